package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/corpus"
)

// loadService opens the corpus in dir, or the bundled one when dir is
// empty, and builds the checking engine over it. source names the corpus
// for logs and errors.
func loadService(dir string) (svc claims.Service, source string, err error) {
	var fsys fs.FS = corpus.FS
	source = "(bundled)"
	if dir != "" {
		if st, err := os.Stat(dir); err != nil {
			return nil, dir, err
		} else if !st.IsDir() {
			return nil, dir, fmt.Errorf("%s is not a directory", dir)
		}
		fsys, source = os.DirFS(dir), dir
	}
	svc, err = newEngine(fsys)
	return svc, source, err
}
