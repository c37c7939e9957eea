package jsonl_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
)

// fuzzFiles are the files FuzzLoad replaces, chosen by the first argument.
var fuzzFiles = []string{jsonl.DocumentsFile, jsonl.ClaimsFile, jsonl.EntitiesFile, jsonl.RolesFile, jsonl.TenuresFile}

// FuzzLoad replaces one corpus file with arbitrary bytes: Load must not
// panic, must fail only with a located ECORPUS error, and whatever it accepts
// must be consistent.
func FuzzLoad(f *testing.F) {
	base := corpusCopy(f)
	for i, name := range fuzzFiles {
		f.Add(uint8(i), base[name].Data)
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		name := fuzzFiles[int(which)%len(fuzzFiles)]
		m[name] = &fstest.MapFile{Data: data}
		c, err := jsonl.Load(m)
		if err != nil {
			var e *jsonl.Error
			if !errors.As(err, &e) || claims.ErrorCode(err) != claims.ECORPUS {
				t.Fatalf("error %v (%T) is not a located ECORPUS error", err, err)
			}
			return
		}
		for _, cl := range c.Claims {
			d, ok := c.Document(cl.DocumentID)
			if !ok || d.Text[cl.Span.Start:cl.Span.End] != cl.Quote {
				t.Fatalf("accepted claim %q whose quote does not match", cl.ID)
			}
		}
	})
}
