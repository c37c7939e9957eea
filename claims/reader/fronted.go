package reader

import "strings"

// Fronted adverbials. An adjunct may stand before the subject, closed by
// a comma (Quirk et al. 1985, A Comprehensive Grammar of the English
// Language, §8.13 and §15.58; ClausIE's adverbial constituent): a
// prepositional phrase ("During the visit, the mayor spoke") or a
// participle phrase, a free adjunct ("Facing a shortage, Norway sought
// aid"; "Asked about the vote, the mayor declined"). The subject is what
// follows the comma. A free adjunct's understood subject is the main
// clause's (the grammar's attachment rule), so it is a clause of its own
// that takes that subject.

// frontPrepositions open a fronted prepositional phrase: the reader's
// prepositions and the grammar's marginal ones ("despite", "amid"),
// without "of" and "to", which open no adjunct.
var frontPrepositions = set("in", "at", "from", "by", "with", "over", "for", "on", "about", "during",
	"after", "before", "via", "under", "between", "among", "inside", "outside", "toward", "towards",
	"through", "across", "following", "aboard", "despite", "amid", "amidst", "ahead", "since",
	"throughout", "within", "without", "upon", "regarding", "concerning", "besides", "beyond")

// frontSubordinators open a fronted adverbial clause ("As he sat down
// with the envoy, the minister said"; Quirk et al. §15.58, §14.12): like a
// fronted phrase it ends at its comma, and the main clause's subject
// follows, so no name inside it is in apposition with what follows.
var frontSubordinators = set("as", "when", "while", "whilst", "although", "though", "because", "once",
	"whereas", "unless", "if", "whenever", "until", "till")

// asQuantifiers follow an "as" that opens no clause: "as many as", "as
// much as", "as of".
var asQuantifiers = set("many", "much", "few", "little", "well", "of")

// frontedPhraseEnd returns the index just past the comma that closes a
// fronted prepositional phrase or adverbial clause at the start of toks,
// when a clause follows it, or 0.
func (r *Reader) frontedPhraseEnd(toks []Token) int {
	if len(toks) < 4 || toks[0].Kind != Word || !frontPrepositions[toks[0].Norm] && !frontSubordinators[toks[0].Norm] {
		return 0
	}
	if toks[0].Norm == "as" && asQuantifiers[toks[1].Norm] {
		return 0 // "As many as 300 people marched": a quantifier of the subject
	}
	for j := 1; j+1 < len(toks); j++ {
		switch toks[j].Norm {
		case ",":
			if r.clauseFollows(toks[j+1:]) {
				return j + 1
			}
			return 0
		case ";", ".":
			return 0
		}
	}
	return 0
}

// frontedParticiple returns the index of the comma that closes a free
// adjunct opening toks at i ("Speaking in Hanoi, ..."), when a clause
// follows it, or -1. The participle is a verb's -ing or -ed form, and the
// adjunct has no finite verb of its own: "Shipping costs did not rise,
// the ministry said" opens with a subject, not an adjunct. The marginal
// prepositions made from participles ("following", "including") open
// phrases, not clauses.
func (r *Reader) frontedParticiple(toks []Token, i int) int {
	t := toks[i]
	if t.Kind != Word || t.Lemma == t.Norm || !strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "ed") ||
		strings.HasSuffix(t.Norm, "ed") && i+1 < len(toks) && toks[i+1].Cap || // "United Nations officials, ..." is a name
		marginalPrepositions[t.Norm] || asideOpeners[t.Norm] || !r.lex.Verb(t.Norm) {
		return -1 // "Citing officials, AP reported": a source, read by sources
	}
	for j := i + 1; j+1 < len(toks); j++ {
		switch toks[j].Norm {
		case ",":
			if j > i+1 && r.clauseFollows(toks[j+1:]) {
				return j
			}
			return -1
		case ";", ".":
			return -1
		}
		if r.isVerbAt(toks, j) {
			return -1 // a finite verb: the phrase is a clause's subject and verb
		}
	}
	return -1
}

// marginalPrepositions are participles that the grammar lists as
// prepositions (Quirk et al. §9.9): a phrase they open has no subject to
// take.
var marginalPrepositions = set("following", "including", "excluding", "concerning", "regarding",
	"considering", "according", "barring", "pending", "notwithstanding", "given", "granted", "provided")

// sentenceStart reports whether toks[i] opens a sentence of toks.
func sentenceStart(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].Norm
	return p == ";" || p == "." && !abbreviation(toks, i-1)
}

// clauseFollows reports whether toks open a clause: a short subject and a
// finite verb, or a verb of saying ("the farmers said").
func (r *Reader) clauseFollows(toks []Token) bool {
	// A hyphen inside a compound modifier ("the 66-year-old president")
	// is part of the subject, not the end of the phrase.
	words := make([]Token, 0, min(len(toks), 12))
	for _, t := range toks[:min(len(toks), 12)] {
		if t.Norm != "-" {
			words = append(words, t)
		}
	}
	toks = words
	k := leadingAdverbs(toks)
	if r.startsClauseAfter(toks, k) {
		return true
	}
	for j := k; j < len(toks) && j <= k+5 && toks[j].Kind != Punct; j++ {
		if attributionVerbs[toks[j].Norm] && j > k {
			return true
		}
	}
	return false
}
