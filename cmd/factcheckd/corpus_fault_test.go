package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/corpus"
)

// corpusCopy writes the bundled corpus to a fresh directory and returns it.
func corpusCopy(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "corpus")
	if err := os.CopyFS(dir, corpus.FS); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// mutate replaces the first occurrence of old with new on line n (from 1)
// of file in dir.
func mutate(tb testing.TB, dir, file string, n int, old, new string) {
	tb.Helper()
	path := filepath.Join(dir, file)
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.Contains(lines[n-1], old) {
		tb.Fatalf("%s:%d lacks %q", file, n, old)
	}
	lines[n-1] = strings.Replace(lines[n-1], old, new, 1)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// faults are corpus damage the daemon must refuse to start with, each
// with the file:line and words its error must name.
var faults = []struct {
	name      string
	file      string
	line      int
	old, new  string
	wantWords []string
}{
	{"bad span", "claims.jsonl", 1, `"end": 25`, `"end": 26`, []string{"claims.jsonl:1:", "quote"}},
	{"unknown entity", "claims.jsonl", 1, `"subjects": ["putin"]`, `"subjects": ["kimm"]`, []string{"claims.jsonl:1:", `unknown entity "kimm"`}},
	{"duplicate id", "claims.jsonl", 2, `theweek-2023-09-putin-g20-kim/c02`, `theweek-2023-09-putin-g20-kim/c01`, []string{"claims.jsonl:2:", "duplicate"}},
	{"office dates out of order", "tenures.jsonl", 1, `"start": "1999-08-09"`, `"start": "2001-08-09"`, []string{"tenures.jsonl:1:", "not after it starts"}},
}

func TestDaemonRefusesBadCorpus(t *testing.T) {
	t.Parallel()
	for _, tt := range faults {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := corpusCopy(t)
			mutate(t, dir, tt.file, tt.line, tt.old, tt.new)
			err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-corpus", dir, "-data", t.TempDir()}, io.Discard, io.Discard)
			if err == nil {
				t.Fatal("daemon started on a damaged corpus")
			}
			for _, w := range append([]string{dir}, tt.wantWords...) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}
