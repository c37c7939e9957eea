package checker

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/factcheck/factcheck/claims/corpusgen"
)

// scoreAll is the candidate search before the walk budget: every posting
// of every key scored, then a full sort.
func (ix *index) scoreAll(keys []string, limit int) []int32 {
	score := make(map[int32]float64)
	for _, k := range keys {
		p := ix.postings[k]
		if len(p) == 0 {
			continue
		}
		w := 1.0 / float64(len(p))
		if k[0] == 'e' {
			w *= 2
		}
		for _, i := range p {
			score[i] += 1 + w
		}
	}
	out := make([]int32, 0, len(score))
	for i := range score {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool {
		if score[out[a]] != score[out[b]] {
			return score[out[a]] > score[out[b]]
		}
		return out[a] < out[b]
	})
	return out[:min(limit, len(out))]
}

// TestCandidatesWithinBudgetScoreEverything proves that while the keys of a
// lookup fit in the walk budget, the candidates are those of scoring every
// posting; and over it, that the candidates still share a key.
func TestCandidatesWithinBudgetScoreEverything(t *testing.T) {
	c, err := corpusgen.Generate(corpusgen.Config{Claims: 20000, Seed: 2}).New()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for k := range e.index.postings {
		all = append(all, k)
	}
	slices.Sort(all)
	r := rand.New(rand.NewPCG(1, 2))
	within, over := 0, 0
	for range 2000 {
		keys := make([]string, 1+r.IntN(8))
		total := 0
		for i := range keys {
			keys[i] = all[r.IntN(len(all))]
			total += len(e.index.postings[keys[i]])
		}
		got := e.index.candidates(keys, candidateLimit)
		if total <= walkBudget {
			within++
			if want := e.index.scoreAll(keys, candidateLimit); !slices.Equal(got, want) {
				t.Fatalf("keys %v: got %v, want %v", keys, got, want)
			}
			continue
		}
		over++
		for _, i := range got {
			shares := false
			for _, k := range keys {
				_, ok := slices.BinarySearch(e.index.postings[k], i)
				shares = shares || ok
			}
			if !shares {
				t.Fatalf("keys %v: candidate %d shares none", keys, i)
			}
		}
	}
	if within == 0 || over == 0 {
		t.Fatalf("%d lookups within the budget, %d over: widen the test", within, over)
	}
}
