package checker

import (
	"github.com/factcheck/factcheck/claims/memo"
	"slices"
	"sort"

	"github.com/factcheck/factcheck/claims/lexicon"
)

// index finds the claims that share an entity or a word stem with a
// statement, so a check looks at a handful of claims, not all of them.
type index struct {
	postings map[string][]int32 // key → claim positions, ascending
	n        int
}

func entityKey(id string) string { return "e:" + id }

// stemKeys remembers the stem key of a lemma: the Snowball stemmer costs
// a microsecond, and a corpus of a million claims has a few thousand lemmas.
var stemKeys = memo.Strings[string](memoLimit)

func stemKey(lemma string) string {
	return stemKeys.Get(lemma, func(l string) string { return "s:" + lexicon.Stem(l) })
}

func newIndex(fs []*features, w *world) *index {
	ix := &index{postings: make(map[string][]int32), n: len(fs)}
	var seen []string // the keys of one claim: a dozen, so a slice beats a map
	entityKeys := make(map[string]string)
	ekey := func(id string) string {
		k, ok := entityKeys[id]
		if !ok {
			k = entityKey(id)
			entityKeys[id] = k
		}
		return k
	}
	for i, f := range fs {
		seen = seen[:0]
		add := func(k string) {
			if !slices.Contains(seen, k) {
				seen = append(seen, k)
				ix.postings[k] = append(ix.postings[k], int32(i))
			}
		}
		for _, e := range f.entities {
			add(ekey(e.id))
			for up := range w.ancestors[e.id] {
				add(ekey(up))
			}
		}
		for _, t := range f.terms {
			add(stemKey(t.lemma))
		}
	}
	for k, p := range ix.postings {
		ix.postings[k] = slices.Clip(p) // no spare capacity left from append
	}
	return ix
}

// walkBudget bounds the postings a lookup walks. Keys are walked rarest
// first while their postings fit in what is left of it; a key too common
// for that (a frequent verb stem, a country in a million claims) only
// raises the score of candidates the rarer keys found, by a galloping
// search forward through its postings, so a lookup costs
// O(budget + candidates·keys·log(n/candidates)) whatever the corpus size. While the keys of a lookup hold no more
// postings than this, together, every key is walked and the result is the
// one of scoring every posting.
const walkBudget = 4096

// candidates returns up to limit claim positions scoring highest on the
// given keys, weighting rare keys more: each key adds 1 + 1/df (twice the
// fraction for an entity key) to every claim it lists.
func (ix *index) candidates(keys []string, limit int) []int32 {
	lists := make([][]int32, len(keys))
	order := make([]int, 0, len(keys))
	for j, k := range keys {
		lists[j] = ix.postings[k]
		if len(lists[j]) > 0 {
			order = append(order, j)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return len(lists[order[a]]) < len(lists[order[b]]) })
	walk := make([]bool, len(keys))
	budget := walkBudget
	for _, j := range order {
		if len(lists[j]) <= budget {
			walk[j] = true
			budget -= len(lists[j])
		}
	}
	weights := make([]float64, len(keys))
	for _, j := range order {
		w := 1.0 / float64(len(lists[j]))
		if keys[j][0] == 'e' {
			w *= 2
		}
		weights[j] = 1 + w
	}
	if budget == walkBudget && len(order) > 0 {
		// Every key is common: the first postings of the rarest stand in.
		j := order[0]
		lists[j] = lists[j][:walkBudget]
		walk[j] = true
	}
	// Merge the walked postings: the claims found, ascending, each scored
	// by adding its keys' weights in the caller's order, so sums round as
	// they always did.
	var walked []int
	for j := range keys {
		if walk[j] {
			walked = append(walked, j)
		}
	}
	heads := make([]int, len(keys))
	var found []int32
	var scores []float64
	for {
		next, any := int32(0), false
		for _, j := range walked {
			if h := heads[j]; h < len(lists[j]) && (!any || lists[j][h] < next) {
				next, any = lists[j][h], true
			}
		}
		if !any {
			break
		}
		var sc float64
		for _, j := range walked {
			if h := heads[j]; h < len(lists[j]) && lists[j][h] == next {
				sc += weights[j]
				heads[j]++
			}
		}
		found = append(found, next)
		scores = append(scores, sc)
	}
	// Commoner keys add to the claims found by a galloping search that
	// only moves forward through their postings.
	for j := range keys {
		if walk[j] || len(lists[j]) == 0 {
			continue
		}
		w, p := weights[j], lists[j]
		for k, i := range found {
			at := gallop(p, i)
			if at < len(p) && p[at] == i {
				scores[k] += w
			}
			p = p[at:]
		}
	}
	return topScored(found, scores, limit)
}

// gallop returns the first position in p, ascending, whose value is at
// least x, looking at 1, 2, 4... places first so that a search near the
// start of p costs little.
func gallop(p []int32, x int32) int {
	hi := 1
	for hi < len(p) && p[hi-1] < x {
		hi *= 2
	}
	lo := hi / 2
	hi = min(hi, len(p))
	at, _ := slices.BinarySearch(p[lo:hi], x)
	return lo + at
}

// topScored returns the limit positions of highest score, ties to the
// earlier claim, best first. found is ascending, scores[k] the score of
// found[k].
func topScored(found []int32, scores []float64, limit int) []int32 {
	better := func(a, b int) bool { // indices into found
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return found[a] < found[b]
	}
	top := make([]int, 0, min(limit, len(found)))
	for k := range found {
		if len(top) == limit {
			if limit == 0 || !better(k, top[limit-1]) {
				continue
			}
			top = top[:limit-1]
		}
		at := sort.Search(len(top), func(m int) bool { return better(k, top[m]) })
		top = slices.Insert(top, at, k)
	}
	out := make([]int32, len(top))
	for m, k := range top {
		out[m] = found[k]
	}
	return out
}
