package reader_test

import (
	"math"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/corpus"
	"github.com/factcheck/factcheck/internal/hostile"
)

// maxStatement is the longest statement the server lets through
// (server.MaxStatementBytes); longer fuzz inputs are cut to it.
const maxStatement = 4096

// readBound is how long one Read may take on any input up to maxStatement.
// Reading is linear: the slowest hostile shape (internal/hostile) reads
// 4 KB in about 25 ms on a loaded 2-core machine, while the quadratic
// reader it replaced took 0.3 to 1.8 s on such inputs, so this bound
// catches a blow-up with room for a busy machine.
const readBound = 250 * time.Millisecond * raceSlowdown

// bundled returns a reader over the bundled corpus's gazetteer.
var bundled = sync.OnceValues(func() (*reader.Reader, error) {
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		return nil, err
	}
	r := reader.New(reader.NewGazetteer(c.Entities, c.Roles), reader.WordNet{})
	// The lexicon is decoded on first use; pay that here, not inside the
	// first timed read.
	r.Read("Warm the lexicon: ministers met in Paris on 9 September 2023.", time.Time{})
	return r, nil
})

// read reads text with the bundled reader and checks what every reading
// must satisfy whatever the input: it ends within readBound, and every
// span lies inside the text.
func read(t *testing.T, text string) *reader.Reading {
	t.Helper()
	r, err := bundled()
	if err != nil {
		t.Fatal(err)
	}
	if len(text) > maxStatement {
		text = text[:maxStatement]
	}
	start := time.Now()
	rd := r.Read(text, time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC))
	if d := time.Since(start); d > readBound {
		t.Fatalf("Read took %v on %d bytes, bound %v", d, len(text), readBound)
	}
	inText := func(what string, s claims.Span) {
		t.Helper()
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			t.Fatalf("%s span %v outside the %d-byte text", what, s, len(text))
		}
	}
	for _, tok := range rd.Tokens {
		if tok.Span.End <= tok.Span.Start {
			t.Fatalf("empty token at %d", tok.Span.Start) // a token must move the tokenizer on
		}
	}
	for _, c := range rd.Clauses {
		inText("clause", c.Span)
		for _, m := range c.Entities {
			inText("entity", m.Span)
		}
		for _, tm := range c.Times {
			inText("time", tm.Span)
		}
		for _, q := range c.Numbers {
			inText("number", q.Span)
		}
	}
	return rd
}

// addSeeds adds statements to the fuzz corpus, besides testdata/fuzz.
func addSeeds(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
}

// FuzzRead: any input, no panic, bounded time, spans inside the text.
func FuzzRead(f *testing.F) {
	addSeeds(f,
		"Putin will skip the G20 summit in India",
		"Lavrov is Russia's foreign minister, according to Reuters; Shoigu is not.",
		"((((\"'[Putin]'\"))))", strings.Repeat("and ", 50), "Путин и Ким встретились 13 сентября 2023 г.",
		"Kim\u200bJong\u200dUn \u202eaidnI\u202c 🚆🚆🚆", "", " ", "\t\n",
	)
	for _, s := range hostile.Shapes(maxStatement) {
		f.Add(s.Statement)
	}
	f.Fuzz(func(t *testing.T, s string) { read(t, s) })
}

// FuzzDates: inputs shaped like dates; what is read as a time is a real
// period, start not after end.
func FuzzDates(f *testing.F) {
	addSeeds(f,
		"on September 9 and 10, 2023", "between 25 April 2019 and 2020", "in July 2023",
		"from 1999-08-09 until 2000-05-07", "next year", "this month", "last week",
		"on February 30, 2023", "in 99999999999999999999", "on 0 January 0", "since 2012-13-45",
		"September 9-10", "on 31/12/1999",
	)
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range read(t, s).Clauses {
			for _, tm := range c.Times {
				if !tm.Start.IsZero() && !tm.End.IsZero() && tm.End.Before(tm.Start) {
					t.Fatalf("time %q reads as %v .. %v, ending before it starts", tm.Span, tm.Start, tm.End)
				}
			}
		}
	})
}

// FuzzNumbers: inputs shaped like numbers; what is read as one is a finite
// value and its text is valid UTF-8 taken from the input.
func FuzzNumbers(f *testing.F) {
	addSeeds(f,
		"33 carriages", "1,200 people", "the 70th anniversary", "twenty-one piers", "seventieth",
		"12 million euros", strings.Repeat("9", 5000), "1e308", "-0", "0x1F", "1,2,3,4,,5", "١٢٣ ٤٥",
		"NaN", "Inf", "3.14159265358979323846264338327950288",
	)
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range read(t, s).Clauses {
			for _, q := range c.Numbers {
				if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
					t.Fatalf("number %q reads as %v", q.Text, q.Value)
				}
				if utf8.ValidString(s) && !utf8.ValidString(q.Text) {
					t.Fatalf("number text %q is not valid UTF-8", q.Text)
				}
			}
		}
	})
}
