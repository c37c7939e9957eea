package checker

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
	"github.com/factcheck/factcheck/claims/reader"
)

// ownPair copies both words of a pair of strings used as a memo key.
func ownPair(p [2]string) [2]string { return [2]string{strings.Clone(p[0]), strings.Clone(p[1])} }

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

// own copies the pair's words, for a memo key.
func (p termPair) own() termPair {
	return termPair{s: strings.Clone(p.s), c: strings.Clone(p.c), kind: p.kind}
}

var (
	termMemo = memo.New[termPair, termMatch](memoLimit, termPair.own)
)

// matchTerm is compareTerms, remembered: a check compares each statement
// word with every word of two dozen candidate claims, and the WordNet
// relations behind one comparison cost microseconds.
func matchTerm(s, c string, kind pairKind) termMatch {
	return termMemo.Get(termPair{s, c, kind}, func(p termPair) termMatch { return compareTerms(p.s, p.c, p.kind) })
}

var causeMemo = memo.New[[2]string, bool](memoLimit, ownPair)

// causes is lexicon.Causes, remembered.
func causes(cause, effect string) bool {
	return causeMemo.Get([2]string{cause, effect}, func(p [2]string) bool { return lexicon.Causes(p[0], p[1]) })
}

// nameWordsMemo holds, per entity, the words of its name and aliases and
// their lemmas (namesTerm). Keyed by the entity itself, so engines over
// different corpora never mix.
var nameWordsMemo = memo.New[*claims.Entity, map[string]bool](memoLimit, nil)

// nameWords returns the lower-cased words of ent's name and aliases, and
// their lemmas.
func nameWords(ent *claims.Entity) map[string]bool {
	return nameWordsMemo.Get(ent, func(ent *claims.Entity) map[string]bool {
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

// own copies the word, for a memo key.
func (k entityWord) own() entityWord { return entityWord{ent: k.ent, word: strings.Clone(k.word)} }

var namesMemo = memo.New[entityWord, bool](memoLimit, entityWord.own)

// gazetteerNames is g.Names(ent, word), remembered: it tokenises every
// alias of the entity on each call. The answer depends on the entity and
// the word only.
func gazetteerNames(g *reader.Gazetteer, ent *claims.Entity, word string) bool {
	return namesMemo.Get(entityWord{ent, word}, func(k entityWord) bool { return g.Names(k.ent, k.word) })
}

var normalizeMemo = memo.Strings[string](memoLimit)

// normalized is lexicon.Normalize, remembered.
func normalized(w string) string {
	return normalizeMemo.Get(w, lexicon.Normalize)
}
