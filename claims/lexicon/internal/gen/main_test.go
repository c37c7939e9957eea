package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

const wordnetDir = "/usr/share/wordnet"

// TestDeterministic regenerates the table twice and compares it with the
// committed wordnet.bin.gz byte for byte.
func TestDeterministic(t *testing.T) {
	if _, err := os.Stat(filepath.Join(wordnetDir, "data.noun")); err != nil {
		t.Skip("WordNet database not installed:", err)
	}
	a, err := Build(wordnetDir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(wordnetDir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two runs of the generator differ")
	}
	tmp := filepath.Join(t.TempDir(), "wordnet.bin.gz")
	if err := os.WriteFile(tmp, a, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(tmp)
	committed, err := os.ReadFile("../../wordnet.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Fatal("wordnet.bin.gz is stale: run go generate ./claims/lexicon")
	}
}

func TestAmericanCandidates(t *testing.T) {
	t.Parallel()
	for w, want := range map[string]string{"armoured": "armored", "defence": "defense", "programme": "program", "centre": "center", "catalogue": "catalog"} {
		found := false
		for _, c := range americanCandidates(w) {
			found = found || c == want
		}
		if !found {
			t.Errorf("americanCandidates(%q) = %v, want %q among them", w, americanCandidates(w), want)
		}
	}
}
