package lexicon

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// PartOfSpeech is a set of WordNet parts of speech.
type PartOfSpeech uint8

// Parts of speech returned by [POS].
const (
	Noun PartOfSpeech = 1 << iota
	Verb
	Adjective
	Adverb
)

// Has reports whether every part of speech in q is in p.
func (p PartOfSpeech) Has(q PartOfSpeech) bool { return p&q == q }

// String lists the parts of speech, e.g. "noun|verb".
func (p PartOfSpeech) String() string {
	names := [...]string{"noun", "verb", "adj", "adv"}
	var b strings.Builder
	for i, n := range names {
		if p&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// morphy detachment rules (WordNet morph(7WN)), per part of speech.
var rules = [numPos][][2]string{
	nounPos: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	verbPos: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	adjPos:  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// order in which Lemma tries the parts of speech.
var posOrder = [numPos]int{verbPos, nounPos, adjPos, advPos}

// normalize lower-cases w and joins collocation words with underscores. It
// only allocates when w needs changing.
func normalize(w string) string {
	w = strings.TrimSpace(w)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == ' ' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\t' {
			return strings.Join(strings.Fields(strings.ToLower(w)), "_")
		}
	}
	return w
}

// lemmaID returns the id of the lemma of the normalised word w, or -1 when
// WordNet has no lemma for it.
func (t *table) lemmaID(w string) int32 {
	if w == "" {
		return -1
	}
	self := t.lookup(w)
	isLemma := self >= 0 && t.hasSenses(self)
	var selfFreq uint32
	if isLemma {
		selfFreq = t.totalFreq(self)
		if v, ok := t.variant[self]; ok {
			selfFreq = max(selfFreq, t.totalFreq(v))
		}
	}
	// better reports whether base (a lemma in pos p) should replace w. A
	// British spelling counts with its American one's frequency, which
	// SemCor tags ("emphasised" is the verb "emphasise", as "emphasized"
	// is "emphasize", not the adjective).
	better := func(base int32, p int) bool {
		if base < 0 || len(t.sensesOf(base, p)) == 0 {
			return false
		}
		f := t.freq[int(base)*numPos+p]
		if v, ok := t.variant[base]; ok {
			f = max(f, t.freq[int(v)*numPos+p])
		}
		return !isLemma || f > selfFreq
	}
	for _, p := range posOrder {
		if self >= 0 {
			for _, e := range t.exc[t.excOff[self]:t.excOff[self+1]] {
				if int(e.pos) == p && e.base != self && better(e.base, p) {
					return e.base
				}
			}
		}
		for _, r := range rules[p] {
			stem, ok := strings.CutSuffix(w, r[0])
			if !ok || stem == "" {
				continue
			}
			if b := t.lookupJoin(stem, r[1]); better(b, p) {
				return b
			}
			// Doubled final consonant: skipped -> skipp -> skip.
			if r[1] == "" && (r[0] == "ed" || r[0] == "ing" || r[0] == "er" || r[0] == "est") &&
				len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && !isVowel(stem[len(stem)-1]) {
				if b := t.lookup(stem[:len(stem)-1]); better(b, p) {
					return b
				}
			}
		}
	}
	if isLemma {
		return self
	}
	// Collocations: inflect the head word ("walked_out" -> "walk_out",
	// "prime_ministers" -> "prime_minister").
	if i := strings.IndexByte(w, '_'); i > 0 && i < len(w)-1 {
		if l := t.lemmaID(w[:i]); l >= 0 {
			if c := t.lookupJoin(t.str(l), w[i:]); c >= 0 && t.hasSenses(c) {
				return c
			}
		}
		j := strings.LastIndexByte(w, '_')
		if l := t.lemmaID(w[j+1:]); l >= 0 {
			if c := t.lookupJoin(w[:j+1], t.str(l)); c >= 0 && t.hasSenses(c) {
				return c
			}
		}
	}
	return -1
}

// lookupJoin looks up a+b; it allocates only when both are non-empty.
func (t *table) lookupJoin(a, b string) int32 {
	if b == "" {
		return t.lookup(a)
	}
	return t.lookup(a + b)
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// Lemma returns the dictionary form of word. It applies WordNet's morphy
// (the exception lists, then the detachment rules, trying verb, noun,
// adjective, adverb in that order: "met"→"meet", "left"→"leave",
// "skipped"→"skip", "countries"→"country"). When word is itself a WordNet
// lemma, a base form replaces it only if the base is more frequent in the
// SemCor counts, so "headed"→"head" and "meeting"→"meet", but
// "armoured" stays "armoured" ("armour" as a verb is never tagged).
// Collocations come back with underscores ("walked out"→"walk_out").
// Words WordNet does not know are reduced with the Snowball English
// stemmer. The result is lower case; spelling is not changed (see
// [Normalize]).
func Lemma(word string) string {
	w := normalize(word)
	if w == "" {
		return ""
	}
	t := get()
	if l := t.lemmaID(w); l >= 0 {
		return t.str(l)
	}
	return Stem(w)
}

// Normalize returns [Lemma] of word in American spelling when WordNet lists
// a British/American pair in one synset: "armoured"→"armored",
// "defence"→"defense", "programmes"→"program".
func Normalize(word string) string {
	w := normalize(word)
	if w == "" {
		return ""
	}
	t := get()
	l := t.lemmaID(w)
	if l < 0 {
		return Stem(w)
	}
	if v, ok := t.variant[l]; ok {
		l = v
	}
	return t.str(l)
}

// Stem returns the Snowball (Porter2) English stem of word, for index keys:
// "running"→"run", "countries"→"countri". Stop words are stemmed too.
func Stem(word string) string {
	return english.Stem(word, true)
}

// Known reports whether WordNet has a lemma for word (after lemmatisation).
func Known(word string) bool {
	w := normalize(word)
	return get().lemmaID(w) >= 0
}

// POS returns the parts of speech WordNet lists for the word's lemma and
// for the word itself ("left" is a noun, adjective, adverb and, as the past
// of "leave", a verb). It returns 0 for unknown words.
func POS(word string) PartOfSpeech {
	t := get()
	var ids [maxCands]int32
	var p PartOfSpeech
	for _, l := range t.cands(normalize(word), &ids) {
		for i := range numPos {
			if len(t.sensesOf(l, i)) > 0 {
				p |= 1 << i
			}
		}
	}
	return p
}
