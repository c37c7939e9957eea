package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/jsonl/jsonltest"
)

// TestReloadDuringRewrites sends 60 reloads while claims.jsonl is
// rewritten in place, line by line, alternating the whole file and the
// file without its last claim, and checks after each reload that the
// daemon serves one of the two corpora whole. It runs twice: with the
// tooling renaming a SHA256SUMS manifest into place after each rewrite,
// and without one (the double read alone). Skipped unless
// FACTCHECK_RELOAD_STRESS is set; docs/RELIABILITY.md has its figures:
//
//	FACTCHECK_RELOAD_STRESS=1 go test -run '^TestReloadDuringRewrites$' -v ./cmd/factcheckd
func TestReloadDuringRewrites(t *testing.T) {
	if os.Getenv("FACTCHECK_RELOAD_STRESS") == "" {
		t.Skip("set FACTCHECK_RELOAD_STRESS=1 to run 60 reloads during rewrites")
	}
	for _, withManifest := range []bool{true, false} {
		t.Run(fmt.Sprintf("manifest=%v", withManifest), func(t *testing.T) {
			dir := corpusCopy(t)
			path := filepath.Join(dir, "claims.jsonl")
			full, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := bytes.SplitAfter(bytes.TrimRight(full, "\n"), []byte("\n"))
			short := append(bytes.TrimRight(bytes.Join(lines[:len(lines)-1], nil), "\n"), '\n')
			manifests := [][]byte{jsonltest.Manifest(t, dir, full), jsonltest.Manifest(t, dir, short)}
			if withManifest {
				if err := os.WriteFile(filepath.Join(dir, jsonl.ManifestFile), manifests[0], 0o644); err != nil {
					t.Fatal(err)
				}
			}
			d := launch(t, "-corpus", dir)
			c := dialAddr(t, d.addr)
			n, err := totalClaims(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			ctx, stop := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			wg.Go(func() {
				for i := 1; ctx.Err() == nil; i++ {
					data := [][]byte{full, short}[i%2]
					f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
					if err != nil {
						t.Error(err)
						return
					}
					for _, line := range bytes.SplitAfter(data, []byte("\n")) {
						f.Write(line)
						time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
					}
					f.Close()
					if withManifest {
						tmp := filepath.Join(dir, jsonl.ManifestFile+".new")
						os.WriteFile(tmp, manifests[i%2], 0o644)
						os.Rename(tmp, filepath.Join(dir, jsonl.ManifestFile))
					}
					time.Sleep(time.Duration(rand.IntN(400)) * time.Millisecond)
				}
			})
			counts := map[string]int{}
			seen := map[int32]bool{}
			for range 60 {
				if msg := reloadOutcome(t, d); msg != "" {
					counts["refused"]++
				} else {
					counts["installed"]++
				}
				got, err := totalClaims(t.Context(), c)
				if err != nil {
					t.Fatal(err)
				}
				seen[got] = true
				if got != n && got != n-1 {
					counts["partial"]++
					t.Errorf("serving %d claims, want %d or %d", got, n, n-1)
				}
			}
			stop()
			wg.Wait()
			t.Logf("60 reloads during in-place rewrites (manifest %v): %v; claim totals served %v", withManifest, counts, seen)
		})
	}
}
