package checker

import (
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// memo remembers the results of a pure function of K, up to limit
// entries; when full it starts afresh, so memory stays bounded whatever
// words callers send. It is safe for concurrent use.
type memo[K comparable, V any] struct {
	mu    sync.RWMutex
	m     map[K]V
	limit int
}

func newMemo[K comparable, V any](limit int) *memo[K, V] {
	return &memo[K, V]{m: make(map[K]V), limit: limit}
}

// get returns f(k), computing it at most once while remembered.
func (c *memo[K, V]) get(k K, f func(K) V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(k)
	c.mu.Lock()
	if len(c.m) >= c.limit {
		clear(c.m)
	}
	c.m[owned(k)] = v
	c.mu.Unlock()
	return v
}

// owned returns a key whose strings are the memo's own: a key cut from a
// statement must not keep the whole statement alive while remembered.
func owned[K comparable](k K) K {
	switch x := any(k).(type) {
	case string:
		return any(strings.Clone(x)).(K)
	case [2]string:
		return any([2]string{strings.Clone(x[0]), strings.Clone(x[1])}).(K)
	case termPair:
		return any(termPair{s: strings.Clone(x.s), c: strings.Clone(x.c), kind: x.kind}).(K)
	case entityWord:
		return any(entityWord{ent: x.ent, word: strings.Clone(x.word)}).(K)
	}
	return k
}

// memoLimit bounds each memo. Claim vocabularies hold a few thousand
// lemmas and statements add a few dozen words each, so 1<<16 entries keep
// the working set of a busy server (a few MiB) while a flood of made-up
// words only makes the memo start over.
const memoLimit = 1 << 16

// termPair is a memoised matchTerm question.
type termPair struct {
	s, c string
	kind pairKind
}

var (
	termMemo = newMemo[termPair, termMatch](memoLimit)
)

// matchTerm is compareTerms, remembered: a check compares each statement
// word with every word of two dozen candidate claims, and the WordNet
// relations behind one comparison cost microseconds.
func matchTerm(s, c string, kind pairKind) termMatch {
	return termMemo.get(termPair{s, c, kind}, func(p termPair) termMatch { return compareTerms(p.s, p.c, p.kind) })
}

// nameWordsMemo holds, per entity, the words of its name and aliases and
// their lemmas (namesTerm). Keyed by the entity itself, so engines over
// different corpora never mix.
var nameWordsMemo = newMemo[*claims.Entity, map[string]bool](memoLimit)

// nameWords returns the lower-cased words of ent's name and aliases, and
// their lemmas.
func nameWords(ent *claims.Entity) map[string]bool {
	return nameWordsMemo.get(ent, func(ent *claims.Entity) map[string]bool {
		out := make(map[string]bool)
		for _, name := range append([]string{ent.Name}, ent.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(name)) {
				out[w] = true
				out[lexicon.Lemma(w)] = true
			}
		}
		return out
	})
}

// entityWord is a memoised Gazetteer.Names question.
type entityWord struct {
	ent  *claims.Entity
	word string
}

var namesMemo = newMemo[entityWord, bool](memoLimit)

// gazetteerNames is g.Names(ent, word), remembered: it tokenises every
// alias of the entity on each call. The answer depends on the entity and
// the word only.
func gazetteerNames(g *reader.Gazetteer, ent *claims.Entity, word string) bool {
	return namesMemo.get(entityWord{ent, word}, func(k entityWord) bool { return g.Names(k.ent, k.word) })
}

var normalizeMemo = newMemo[string, string](memoLimit)

// normalized is lexicon.Normalize, remembered.
func normalized(w string) string {
	return normalizeMemo.get(w, lexicon.Normalize)
}
