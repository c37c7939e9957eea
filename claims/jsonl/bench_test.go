package jsonl_test

import (
	"testing"

	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// BenchmarkLoad measures reading and checking the bundled corpus.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jsonl.Load(corpus.FS); err != nil {
			b.Fatal(err)
		}
	}
}
