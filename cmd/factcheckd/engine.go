package main

import (
	"context"
	"fmt"
	"io/fs"
	"time"

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

// corpusSettle is how long the files of a corpus directory must have been
// left alone before they are read the second time (jsonl.LoadRoot).
const corpusSettle = 200 * time.Millisecond

// readCorpusDir reads the corpus directory dir all or nothing with
// jsonl.LoadRoot: through os.Root, regular files only, read twice and
// compared, and checked against its SHA256SUMS manifest if it has one.
func readCorpusDir(ctx context.Context, dir string) (*claims.Corpus, error) {
	c, err := jsonl.LoadRoot(ctx, dir, corpusSettle)
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
