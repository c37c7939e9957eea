package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/corpus"
)

// loadCorpus reads the corpus in dir, or the bundled one when dir is
// empty. source names the corpus for logs and errors.
func loadCorpus(dir string) (c *claims.Corpus, source string, err error) {
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
	c, err = readCorpus(fsys)
	return c, source, err
}
