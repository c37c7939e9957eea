package checker

import (
	"sort"

	"github.com/factcheck/factcheck/claims/lexicon"
)

// index finds the claims that share an entity or a word stem with a
// statement, so a check looks at a handful of claims, not all of them.
type index struct {
	postings map[string][]int32 // key → claim positions, ascending
	df       map[string]int     // key → how many claims have it
	n        int
}

func entityKey(id string) string  { return "e:" + id }
func stemKey(lemma string) string { return "s:" + lexicon.Stem(lemma) }

func newIndex(fs []*features, w *world) *index {
	ix := &index{postings: make(map[string][]int32), df: make(map[string]int), n: len(fs)}
	for i, f := range fs {
		seen := make(map[string]bool)
		add := func(k string) {
			if !seen[k] {
				seen[k] = true
				ix.postings[k] = append(ix.postings[k], int32(i))
			}
		}
		for _, e := range f.entities {
			add(entityKey(e.id))
			for up := range w.ancestors[e.id] {
				add(entityKey(up))
			}
		}
		for _, t := range f.terms {
			add(stemKey(t.lemma))
		}
	}
	for k, p := range ix.postings {
		ix.df[k] = len(p)
	}
	return ix
}

// candidates returns up to limit claim positions scoring highest on the
// given keys, weighting rare keys more.
func (ix *index) candidates(keys []string, limit int) []int32 {
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
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}
