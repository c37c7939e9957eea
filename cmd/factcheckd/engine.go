package main

import (
	"fmt"
	"io/fs"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
)

// newEngine reads a corpus file system with claims/jsonl and builds the
// claims/checker engine over it. This file is the only place the daemon
// names the loader and the engine.
func newEngine(fsys fs.FS) (claims.Service, error) {
	c, err := jsonl.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	e, err := checker.New(c)
	if err != nil {
		return nil, fmt.Errorf("build engine: %w", err)
	}
	return e, nil
}
