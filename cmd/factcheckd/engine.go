package main

import (
	"fmt"
	"io/fs"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
)

// readCorpus reads a corpus file system with claims/jsonl. This file and
// store.go are the only places the daemon names the loader, the stores
// and the engine.
func readCorpus(fsys fs.FS) (*claims.Corpus, error) {
	c, err := jsonl.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return c, nil
}

// buildEngine builds the claims/checker engine over c.
func buildEngine(c *claims.Corpus) (claims.Service, error) {
	e, err := checker.New(c)
	if err != nil {
		return nil, fmt.Errorf("build engine: %w", err)
	}
	return e, nil
}
