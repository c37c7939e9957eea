package lexicon

import "strings"

// HolonymDepth is how many part-of links PartOf follows up from a name:
// a city lies in a region that lies in a country (Houston, Texas, the
// United States).
const HolonymDepth = 3

// PartOf returns the wholes WordNet says a named place is part of, as
// lemmas, nearest first ("brasilia" → "brazil"; "houston" → "texas",
// "united_states", "north_america"): the part holonyms of the name's
// most frequent noun sense that is an instance of something (a name, not
// a kind of thing), followed up to [HolonymDepth] links.
func PartOf(name string) []string {
	t := get()
	l := t.lookup(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), " ", "_"))
	if l < 0 {
		return nil
	}
	var out []string
	var level []int32
	for _, s := range t.sensesOf(l, nounPos) {
		if t.isInstance(s) {
			level = append(level, s)
			break // the most frequent: Paris in France, not in Texas
		}
	}
	seen := map[int32]bool{}
	for depth := 0; depth < HolonymDepth && len(level) > 0; depth++ {
		var next []int32
		for _, s := range level {
			for _, q := range t.pointers(s) {
				if q.typ != ptrHolonym || seen[q.target] {
					continue
				}
				seen[q.target] = true
				next = append(next, q.target)
				for _, m := range t.members(q.target) {
					out = appendNew(out, t.str(m))
				}
			}
		}
		level = next
	}
	return out
}

// isInstance reports whether synset s is an instance of something.
func (t *table) isInstance(s int32) bool {
	for _, q := range t.pointers(s) {
		if q.typ == ptrInstance {
			return true
		}
	}
	return false
}
