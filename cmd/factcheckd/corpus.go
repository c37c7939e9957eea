package main

import (
	"context"
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/corpus"
)

// loadCorpus reads the corpus in dir, or the bundled one when dir is
// empty. source names the corpus for logs and errors. A directory is read
// all or nothing (readCorpusDir); loadCorpus returns when ctx ends even if
// a read is stuck in the file system, and the stuck read's result is
// dropped.
func loadCorpus(ctx context.Context, dir string) (c *claims.Corpus, source string, err error) {
	if dir == "" {
		c, err = readCorpus(corpus.FS)
		return c, "(bundled)", err
	}
	if st, err := os.Stat(dir); err != nil {
		return nil, dir, err
	} else if !st.IsDir() {
		return nil, dir, fmt.Errorf("%s is not a directory", dir)
	}
	type result struct {
		c   *claims.Corpus
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := readCorpusDir(ctx, dir)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		return r.c, dir, r.err
	case <-ctx.Done():
		return nil, dir, fmt.Errorf("reading the corpus: %w", context.Cause(ctx))
	}
}
