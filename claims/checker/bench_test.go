package checker_test

import (
	"context"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// benchShapes are statements of the shapes callers send, written for the
// benchmarks (not taken from any evaluation file): a short paraphrase, an
// office at a date, a wrong office, several clauses, a hedge, a date and
// place, something the corpus does not speak to, and a long paragraph.
var benchShapes = []struct {
	name string
	req  claims.CheckRequest
}{
	{"short", claims.CheckRequest{Statement: "Putin will skip the G20 summit in India"}},
	{"office", claims.CheckRequest{Statement: "Sergei Shoigu is Russia's defence minister", AsOf: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)}},
	{"wrong-office", claims.CheckRequest{Statement: "Lavrov is Russia's defence minister"}},
	{"clauses", claims.CheckRequest{Statement: "Kim Jong Un travelled to Russia by armoured train and met Putin, who then flew to India for the G20."}},
	{"hedged", claims.CheckRequest{Statement: "North Korea may be supplying ammunition to Russia in exchange for food."}},
	{"date-place", claims.CheckRequest{Statement: "The Eastern Economic Forum took place in Moscow in March 2021."}},
	{"unrelated", claims.CheckRequest{Statement: "The price of coffee rose sharply in Brazil last winter."}},
	{"long", claims.CheckRequest{Statement: "In the summer of 2023 the Russian defence minister visited Pyongyang for the armistice anniversary, " +
		"where the North Korean leader showed him missiles; weeks later the two leaders exchanged letters, and analysts said " +
		"Pyongyang could send weapons to Moscow while Moscow might send food and technology in return, although the United " +
		"Nations has banned the North's missile programme and Washington voiced concern about the talks."}},
}

// BenchmarkCheck measures one check per statement shape against the
// bundled corpus: time and allocations per check.
func BenchmarkCheck(b *testing.B) {
	e := newEngine(b)
	ctx := context.Background()
	for _, s := range benchShapes {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Check(ctx, s.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckMix cycles through every shape, the figure to compare
// with the per-check target.
func BenchmarkCheckMix(b *testing.B) {
	e := newEngine(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := e.Check(ctx, benchShapes[i%len(benchShapes)].req); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkCheckParallel runs the mix on every core at once, as the
// server does under load.
func BenchmarkCheckParallel(b *testing.B) {
	e := newEngine(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := e.Check(ctx, benchShapes[i%len(benchShapes)].req); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// BenchmarkNew measures building the engine over the bundled corpus:
// reading every claim, indexing, auditing.
func BenchmarkNew(b *testing.B) {
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := checker.New(c); err != nil {
			b.Fatal(err)
		}
	}
}
