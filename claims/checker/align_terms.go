package checker

// How a clause's content words align with a claim's: WordNet relations,
// the documented supplements, and word vectors for nouns.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/claims/vectors"
)

// termMatch is how a statement word relates to a claim word.
type termMatch int

const (
	tmNone     termMatch = iota
	tmSpecific           // the statement's word is narrower than the claim's
	tmSibling            // different members of one kind: plane / train
	tmAntonym            // opposites: attend / skip
	tmSame               // same, synonym, or the statement's is wider
)

// pairKind says how two compared words are used.
type pairKind uint8

const (
	pairVerbs pairKind = iota // both verbs, or not known to be nouns
	pairNouns                 // both nouns
	pairMixed                 // one a verb, the other a noun
)

// kindOf returns the pairKind of a statement word and a claim word.
func kindOf(sVerb, cVerb bool) pairKind {
	switch {
	case !sVerb && !cVerb:
		return pairNouns
	case sVerb != cVerb:
		return pairMixed
	}
	return pairVerbs
}

// compareTerms compares a statement word s with a claim word c (callers
// use its memoised form matchTerm, memo.go). Only when both are used as
// nouns does a narrower claim word cover a wider statement word (missile
// covers weapon); verbs' hypernym chains run through too many loose
// senses for that. A verb and a noun relate only as the same word, a
// synonym or a derived form (invade, invasion), or as opposites: a verb's
// hypernyms say nothing of a noun ("keep" a ban is no kind of "ban").
func compareTerms(s, c string, kind pairKind) termMatch {
	nouns := kind == pairNouns
	if kind == pairMixed {
		switch {
		case s == c || lexicon.Stem(s) == lexicon.Stem(c) || lexicon.Synonyms(s, c):
			return tmSame
		case lexicon.Antonyms(s, c):
			return tmAntonym
		}
		return tmNone
	}
	switch {
	case s == c || lexicon.Stem(s) == lexicon.Stem(c) || lexicon.Synonyms(s, c) || nouns && lexicon.Hypernym(c, s):
		return tmSame
	case lexicon.Antonyms(s, c):
		return tmAntonym
	case coAntonyms(s, c):
		return tmSame // both the opposite of one word: stay away ≈ skip (≠ attend)
	case !nouns && lexicon.VerbHypernym(c, s):
		return tmSame // the claim's verb is a kind of the statement's: voiced ⊂ expressed
	case !nouns && lexicon.Entails(c, s):
		return tmSame // the claim's verb entails the statement's (WordNet): bought ⊨ paid
	case c == reader.TravelTo && lexicon.Synonyms(s, "travel"):
		return tmSame // a journey to a place is a kind of journey (WordNet: travel to ⊂ travel)
	case !nouns && sayingVerbs[c] && lexicon.VerbHypernym(s, c):
		return tmSame // a manner of saying adds nothing to check: voiced ≈ expressed
	case nouns && lexicon.Hypernym(s, c), !nouns && lexicon.VerbHypernym(s, c):
		return tmSpecific
	case lexicon.Siblings(s, c):
		return tmSibling
	}
	return tmNone
}

// topicPreps introduce what something is about (Quirk et al. §9.57).
var topicPreps = map[string]bool{"on": true, "about": true, "of": true, "over": true, "regarding": true, "concerning": true}

// sayingVerbs are the general verbs of saying: a statement's narrower verb
// of saying ("voiced", "declared") says no more that evidence could check.
var sayingVerbs = map[string]bool{"express": true, "say": true, "state": true, "communicate": true, "tell": true}

var durationWords = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true, "decade": true, "fortnight": true}

// pivots are common verbs whose opposites are many ("skip", "miss", "stay
// away", "boycott" are all not attending): two words that are both
// opposites of one pivot mean much the same.
var pivots = [...]string{"attend", "include", "accept", "allow", "support", "arrive", "join", "win", "increase"}

func coAntonyms(s, c string) bool {
	for _, p := range pivots {
		if s != p && c != p && lexicon.Antonyms(s, p) && lexicon.Antonyms(c, p) {
			return true
		}
	}
	return false
}

// similarNouns is the word-vector similarity above which two nouns that
// WordNet does not relate count as the same (talks ≈ negotiations,
// assistance ≈ aid, meeting ≈ summit). Verbs are never matched this way:
// vectors place a verb close to its opposite's company ("welcomed" is
// near "expressed"), and tension ≈ confrontation (0.73) shows the margin.
const similarNouns = 0.8

// similar reports whether word vectors place two nouns close enough to be
// paraphrases, as written (lower is t.Text in lower case) or as lemmas. It
// is the last resort, after every WordNet relation.
func similar(t reader.Term, lower string, ct termRef) bool {
	if t.Verb || ct.verb || strings.Contains(t.Lemma, "_") || strings.Contains(ct.lemma, "_") {
		return false
	}
	for _, p := range [...][2]string{{lower, ct.word}, {t.Lemma, ct.lemma}} {
		if p[0] == "" || p[1] == "" {
			continue
		}
		if similarWords(p[0], p[1]) {
			return true
		}
	}
	return false
}

var similarMemo = memo.New[[2]string, bool](memoLimit, ownPair)

// similarWords is a remembered vector comparison of two nouns.
func similarWords(a, b string) bool {
	return similarMemo.Get([2]string{a, b}, func(p [2]string) bool {
		sim, ok := vectors.Similarity(p[0], p[1])
		return ok && sim >= similarNouns
	})
}

// initialsIn reports whether a word written in capitals ("GDP") is the
// initialism of words the claim's lower-case quote spells out ("gross
// domestic product"): an abbreviation names what its words name.
func initialsIn(word, lowerQuote string) bool {
	if len(word) < 2 || len(word) > 6 || strings.ToUpper(word) != word || strings.ToLower(word) == word {
		return false
	}
	want := strings.ToLower(word)
	words := strings.FieldsFunc(lowerQuote, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i+len(want) <= len(words); i++ {
		ok := true
		for k := range len(want) {
			if words[i+k][0] != want[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// othersDoing reports whether a claim verb is done only in clauses whose
// names leave out every subject of the statement's clause.
func othersDoing(subjects, doers []string) bool {
	if len(subjects) == 0 || doers == nil {
		return false
	}
	for _, s := range subjects {
		if slices.Contains(doers, s) {
			return false
		}
	}
	return true
}

// alignTerms aligns the clause's content words with the claim's.
func (e *Engine) alignTerms(c *clause, f *features, a *alignment) {
	doers := c.doers()
	for k, t := range c.terms {
		w := weightWord
		if t.Verb {
			w = weightVerb
		}
		if durationWords[t.Lemma] {
			w = weightTime // "for a week": how long is a fact of its own
		}
		u := unit{text: t.Text, weight: w, prep: t.Prep, verb: t.Verb, subject: t.Subject && !t.Verb, pos: t.Span.Start}
		u.modifier = !t.Verb && k+1 < len(c.terms) && !c.terms[k+1].Verb && c.terms[k+1].Span.Start == t.Span.End+1
		best, with, pred, withVerb := tmNone, "", false, false
		if c.eventSubject && occurrence[t.Lemma] && f.occurs && e.eventSubjectOf(f, c.subjectEvent) {
			// Both say the event happens; "the details of the meeting
			// were not clear" does not say it happened.
			best, pred = tmSame, true
		}
		for _, ct := range f.terms {
			if ct.title && t.Verb {
				continue // a title's words are nouns
			}
			m := matchTerm(t.Lemma, ct.lemma, kindOf(t.Verb, ct.verb))
			if t.Verb && t.Prep == "" && topicPreps[ct.prep] && strings.HasSuffix(ct.word, "ing") && m != tmAntonym {
				// "optimism on reaching a deal": a gerund after a
				// preposition of topic names the act without saying it
				// happened ("after meeting him" says it did).
				m = tmNone
			}
			if m == tmAntonym && !t.Verb && circumstancePreps[t.Prep] && ct.verb {
				// "during his stay" against "will travel": a noun in a
				// prepositional adjunct tells a circumstance, not the
				// clause's predicate, so its opposite is no denial of the
				// claim's verb (adjuncts: Quirk et al. §8.1).
				m = tmNone
			}
			if m == tmNone && t.Verb && !t.Passive && ct.verb && ct.passive && causes(ct.lemma, t.Lemma) {
				// "were killed" says they died: what undergoes a cause
				// does its effect (WordNet's cause relation).
				m = tmSame
			}
			if ct.title && m != tmSame {
				continue // "senior ministers" is no opposite of "prime minister"
			}
			if t.Verb && (m == tmSame || m == tmAntonym) && othersDoing(doers, ct.doers) {
				// "X will skip the fair, where Y will attend": the claim's
				// verb belongs to a clause whose names leave out the
				// statement's subject, so it is someone else's doing (a
				// verb's arguments are its own clause's).
				continue
			}
			if ct.denied && t.Verb {
				// The verb of a clause the claim negates beside its main
				// one ("who no longer sits in parliament"): the same verb
				// has the opposite polarity, an opposite the same.
				switch m {
				case tmSame:
					m, pred = tmAntonym, true
				case tmAntonym:
					m, pred = tmSame, true
				}
			}
			if (m == tmSame || m == tmAntonym) && ct.pred {
				pred = true
			}
			if m == tmSame || m == tmAntonym {
				a.useTerm(ct.lemma)
			}
			if m == tmSibling && (t.Verb || ct.verb || !mannerSlot(t.Prep) || !mannerSlot(ct.prep)) {
				m = tmNone
			}
			if m > best {
				best, with, withVerb = m, ct.lemma, ct.verb
			}
		}
		if best < tmSame && (e.namesTerm(f, t.Lemma) || !t.Verb && e.placeIsA(f, t.Lemma) || !t.Verb && initialsIn(t.Text, f.lowerQuote)) {
			best = tmSame
		}
		if best == tmNone || best == tmSpecific && !t.Verb {
			// Vectors are the last resort, for a noun WordNet files under
			// the claim's too (consultation under discussion): they must
			// still place the two as close as similarNouns asks.
			lower := strings.ToLower(t.Text)
			for _, ct := range f.terms {
				if similar(t, lower, ct) {
					best, with = tmSame, ct.lemma
					pred = pred || ct.pred
					a.useTerm(ct.lemma)
					break
				}
			}
		}
		if head, ok := collocationHead(t); ok && (best == tmNone || best >= tmSame && !pred) {
			// "travel to" that no claim words as such is still "travel".
			for _, ct := range f.terms {
				m := matchTerm(head, ct.lemma, kindOf(true, ct.verb))
				if m == tmSame || m == tmAntonym {
					best, with = m, ct.lemma
					pred = pred || ct.pred
				}
			}
		}
		if pred {
			a.predAlign = true
		}
		switch best {
		case tmSame:
			u.state = covered
			if f.denied[with] && !t.Verb {
				a.affirmsDenied = true
			}
			if t.Verb {
				a.verbAlign = true
			}
		case tmAntonym:
			u.state = covered
			a.flips++
			a.verbAlign = true
			if !pred {
				// An opposite that is not the claim's predicate is a
				// different thing, not a different polarity: shortage,
				// surplus; in person, virtually. Opposite adjectives
				// (little, serious) are too loose a sign and only leave a gap.
				a.flips--
				u.state = gap
				if thingOrManner(t.Lemma) && thingOrManner(with) && !t.Verb && !withVerb && lexicon.DirectAntonyms(t.Lemma, with) && !offersBothPoles(f, with) {
					u.state, u.strong = conflict, true
					u.reason = fmt.Sprintf("the evidence says %s, not %s", strings.ReplaceAll(with, "_", " "), t.Text)
				}
			}
		case tmSibling:
			// A different means (plane, train) conflicts for the same action.
			u.state, u.needsPred = conflict, true
			u.reason = fmt.Sprintf("the evidence says %s, not %s", strings.ReplaceAll(with, "_", " "), t.Text)
		case tmSpecific:
			u.reason = t.Text + " is more specific than the evidence"
			u.narrower = true
		}
		a.units = append(a.units, u)
	}
}

// alignImplied aligns what the clause implies without saying it: a unit
// only where the claim says the same or the opposite.
func alignImplied(c *clause, f *features, a *alignment) {
	for _, t := range c.implied {
		if u, ok := impliedUnit(t, f); ok {
			a.units = append(a.units, u)
		}
	}
}

// impliedUnit aligns one implied word with the first claim word that says
// the same or the opposite.
func impliedUnit(t reader.Term, f *features) (unit, bool) {
	u := unit{text: t.Text, weight: weightWord, prep: t.Prep, pos: t.Span.Start}
	for _, ct := range f.terms {
		switch matchTerm(t.Lemma, ct.lemma, pairNouns) {
		case tmSame:
			u.state = covered
			return u, true
		case tmAntonym:
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence says %s, not %s", strings.ReplaceAll(ct.lemma, "_", " "), t.Text)
			return u, true
		}
	}
	return u, false
}

// circumstancePreps open adjuncts of time and circumstance ("during his
// stay", "after his departure").
var circumstancePreps = map[string]bool{"during": true, "after": true, "before": true, "since": true, "throughout": true, "following": true, "amid": true}

// offersBothPoles reports whether the claim joins its word w and an
// opposite of it by "or" ("in person or virtually"): offering both
// alternatives, it decides neither (Quirk et al. §13.28).
func offersBothPoles(f *features, w string) bool {
	a := strings.ReplaceAll(w, "_", " ")
	for _, ct := range f.terms {
		if ct.lemma == w || !lexicon.DirectAntonyms(w, ct.lemma) {
			continue
		}
		for _, b := range []string{strings.ToLower(ct.word), strings.ReplaceAll(ct.lemma, "_", " ")} {
			if strings.Contains(f.lowerQuote, a+" or "+b) || strings.Contains(f.lowerQuote, b+" or "+a) {
				return true
			}
		}
	}
	return false
}

// thingOrManner reports whether a word can be a noun or an adverb.
func thingOrManner(lemma string) bool {
	p := lexicon.POS(lemma)
	return p.Has(lexicon.Noun) || p.Has(lexicon.Adverb)
}

// collocationHead returns the word a collocation is about: the verb of a
// phrasal verb ("travel to"), the last noun of a compound ("armoured car").
func collocationHead(t reader.Term) (string, bool) {
	first, _, ok := strings.Cut(t.Lemma, "_")
	if !ok || t.Idiom {
		return "", false // "sworn in" is not "swear"
	}
	if t.Verb {
		return first, true
	}
	return t.Lemma[strings.LastIndexByte(t.Lemma, '_')+1:], true
}

// mannerSlot reports whether a preposition introduces how something is
// done: "by plane", "in an armoured train", "on foot", "via video link".
func mannerSlot(prep string) bool {
	return prep == "by" || prep == "in" || prep == "on" || prep == "via" || prep == "aboard" || prep == "onboard"
}

// namesTerm reports whether the word is part of the name of an entity the
// claim mentions: "summit" for "the 2023 G20 summit".
func (e *Engine) namesTerm(f *features, lemma string) bool {
	for _, ce := range f.entities {
		if ent := e.world.entity(ce.id); ent != nil && nameWords(ent)[lemma] {
			return true
		}
	}
	return false
}

// placeIsA reports whether a place the claim names is, in WordNet, an
// instance of the noun: "the capital" for Moscow, "the island" for Bali.
func (e *Engine) placeIsA(f *features, noun string) bool {
	for _, ce := range f.entities {
		if ent := e.world.entity(ce.id); ent != nil && ent.Kind.Locational() && instanceOf(ent.Name, noun) {
			return true
		}
	}
	return false
}

var instanceMemo = memo.New[[2]string, bool](memoLimit, ownPair)

// instanceOf is a remembered WordNet lookup of whether a name is an
// instance of a noun.
func instanceOf(name, noun string) bool {
	return instanceMemo.Get([2]string{name, noun}, func(p [2]string) bool { return lexicon.InstanceOf(p[0], p[1]) })
}

// eventSubjectOf reports whether the claim says that the clause's event
// happens: one of its subjects is that event (or an edition of it), or,
// when the clause names no event ("the meeting"), any event or occurrence.
func (e *Engine) eventSubjectOf(f *features, event string) bool {
	for id := range f.subjects {
		if e.world.kind(id) != claims.KindEvent {
			continue
		}
		if event == "" {
			return true
		}
		switch e.world.relate(event, id, true) {
		case relSame, relGeneral, relSpecific:
			return true
		}
	}
	return event == "" && f.occurs
}
