// Package jsonltest holds what tests of a corpus directory share.
package jsonltest

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/jsonl"
)

// Manifest returns a SHA256SUMS listing every file under dir, in the
// format jsonl checks, with claims as the contents of claims.jsonl. The
// manifest itself, and files being written (".new"), are left out.
func Manifest(tb testing.TB, dir string, claims []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), jsonl.ManifestFile) || strings.HasSuffix(d.Name(), ".new") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		if rel == "claims.jsonl" {
			data, err = claims, nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%x  %s\n", sha256.Sum256(data), filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}
