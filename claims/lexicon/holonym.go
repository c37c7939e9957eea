package lexicon

import "strings"

// HolonymDepth is how many part-of links PartOf follows up from a name:
// a city lies in a region that lies in a country (Houston, Texas, the
// United States).
const HolonymDepth = 3

// PartOf returns the wholes WordNet says a named place is part of, as
// lemmas, nearest first ("brasilia" → "brazil"; "houston" → "texas",
// "united_states", "north_america"): the part holonyms of the name's noun
// sense that is an instance of something (a name, not a kind of thing),
// followed up to [HolonymDepth] links. A name that is the instance of
// more than one thing (Cairo in Egypt and in Illinois) gives none: proper
// nouns carry no frequencies to choose by.
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
		}
	}
	if len(level) != 1 {
		return nil
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

// InstanceOf reports whether a name is, in WordNet, an instance of the
// class or of a class at most [InstanceReach] links above its own (Moscow
// is a national capital, so a capital and a city; not a region or an
// entity).
func InstanceOf(name, class string) bool {
	t := get()
	l := t.lookup(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), " ", "_"))
	var buf [maxCands]int32
	cs := t.cands(normalize(class), &buf)
	if l < 0 || len(cs) == 0 {
		return false
	}
	for _, s := range t.sensesOf(l, nounPos) {
		var level []int32
		for _, q := range t.pointers(s) {
			if q.typ == ptrInstance {
				level = append(level, q.target)
			}
		}
		for depth := 0; depth <= InstanceReach && len(level) > 0; depth++ {
			var next []int32
			for _, c := range level {
				for _, m := range t.members(c) {
					if contains(cs, m) {
						return true
					}
				}
				for _, q := range t.pointers(c) {
					if q.typ == ptrHypernym {
						next = append(next, q.target)
					}
				}
			}
			level = next
		}
	}
	return false
}

// InstanceReach is how many hypernym links above a name's own class
// InstanceOf looks.
const InstanceReach = 2
