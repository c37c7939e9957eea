package lexicon

import (
	"strings"
	"sync"
)

// PertainsTo returns the nouns an adjective pertains to in WordNet, as
// lemmas ("brazilian" → "brazil", "iranian" → "iran"): the adjective's
// pertainym pointers, from its first [HypernymSenses] senses.
func PertainsTo(adjective string) []string {
	t := get()
	var out []string
	var buf [maxCands]int32
	for _, l := range t.cands(normalize(adjective), &buf) {
		for _, s := range top(t.sensesOf(l, adjPos), HypernymSenses) {
			xi := t.memberIndex(s, l)
			for _, q := range t.pointers(s) {
				if q.typ != ptrPertainym || q.src != 0 && q.src != xi || int(t.synPos[q.target]) != nounPos {
					continue
				}
				for i, m := range t.members(q.target) {
					if q.tgt == 0 || int(q.tgt) == i+1 {
						out = appendNew(out, t.str(m))
					}
				}
			}
		}
	}
	return out
}

// Demonyms returns the adjectives that pertain to a noun in WordNet, as
// lemmas ("brazil" → "brazilian"): the pointers of PertainsTo read
// backwards, over every sense of the noun.
func Demonyms(noun string) []string {
	t := get()
	back := pertainyms()
	var out []string
	l := t.lookup(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(noun)), " ", "_"))
	if l < 0 {
		return nil
	}
	for _, s := range t.sensesOf(l, nounPos) {
		for _, p := range back[s] {
			if p.noun == 0 || p.noun == t.memberIndex(s, l) {
				out = appendNew(out, t.str(p.adjective))
			}
		}
	}
	return out
}

// pertainym is one pertainym pointer read backwards: the adjective lemma
// and the noun's 1-based member index (0 for any member).
type pertainym struct {
	adjective int32
	noun      uint8
}

// pertainyms maps each noun synset to the adjectives that pertain to it,
// built on first use from every adjective synset's pointers.
var pertainyms = sync.OnceValue(func() map[int32][]pertainym {
	t := get()
	back := map[int32][]pertainym{}
	for s := range t.synPos {
		if int(t.synPos[s]) != adjPos {
			continue
		}
		for _, q := range t.pointers(int32(s)) {
			if q.typ != ptrPertainym || int(t.synPos[q.target]) != nounPos {
				continue
			}
			for i, m := range t.members(int32(s)) {
				if q.src == 0 || int(q.src) == i+1 {
					back[q.target] = append(back[q.target], pertainym{adjective: m, noun: q.tgt})
				}
			}
		}
	}
	return back
})

func appendNew(out []string, s string) []string {
	for _, x := range out {
		if x == s {
			return out
		}
	}
	return append(out, s)
}
