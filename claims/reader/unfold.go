package reader

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// unfold turns one clause into the propositions it packs together: an
// embedded relative clause ("The forum that the minister missed took place
// in Lagos" → "the minister missed the forum" + "The forum took place in
// Lagos"), two coordinated objects ("will miss both the G20 and the
// forum" → one clause for each), and, within each of those, a finite
// clause with a pronoun subject after the main verb ("the reason he was
// unable to travel"). Anything else comes back whole.
func (r *Reader) unfold(toks []Token) [][]Token {
	phrases := r.unfoldPhrases(toks)
	var out [][]Token // made only when an embedded clause splits a phrase
	for k, p := range phrases {
		parts := r.embeddedClauses(p)
		switch {
		case parts != nil && out == nil:
			out = append(append(out, phrases[:k]...), parts...)
		case parts != nil:
			out = append(out, parts...)
		case out != nil:
			out = append(out, p)
		}
	}
	if out == nil {
		return phrases
	}
	return out
}

// unfoldPhrases splits off one kind of embedded phrase, the first that
// toks hold.
func (r *Reader) unfoldPhrases(toks []Token) [][]Token {
	verbs := r.newVerbIndex(toks)
	if parts := r.nonRestrictive(toks, verbs); parts != nil {
		return parts
	}
	if parts := r.relative(toks, verbs); parts != nil {
		return parts
	}
	if parts := r.trailingRelative(toks); parts != nil {
		return parts
	}
	if parts := r.whereRelative(toks); parts != nil {
		return parts
	}
	if parts := r.participleRelative(toks); parts != nil {
		return parts
	}
	if parts := r.reducedRelative(toks, verbs); parts != nil {
		return parts
	}
	if parts := r.coordinated(toks); parts != nil {
		return parts
	}
	if parts := r.listedSubjects(toks); parts != nil {
		return parts
	}
	return [][]Token{toks}
}

// nonRestrictive splits off a relative clause set off by commas after
// the subject: "Merkel, who no longer sits in parliament, watched the
// vote" is "Merkel no longer sits in parliament" and "Merkel watched the
// vote" (ClausIE's non-restrictive relative clause, Del Corro and Gemulla
// 2013). The clause ends at the first comma followed by a verb group, so
// what the relative clause says (its negation above all) stays out of
// the main clause. "Whose" gives the antecedent's possessive: "Sylvania,
// whose navy is small, joined" → "Sylvania's navy is small". verbs
// indexes toks.
func (r *Reader) nonRestrictive(toks []Token, verbs verbIndex) [][]Token {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Norm != "," || !nonRestrictivePronouns[toks[i+1].Norm] {
			continue
		}
		if verbs.has(0, i) {
			return nil // after the main verb: not the subject's relative clause
		}
		relVerb := -1 // the relative clause's own verb
		for k := i + 2; k < len(toks) && relVerb < 0; k++ {
			if r.isVerbAt(toks, k) {
				relVerb = k
			}
		}
		if relVerb < 0 {
			return nil
		}
		for j := relVerb + 1; j+1 < len(toks); j++ {
			if toks[j].Norm != "," || !r.opensVerbGroup(toks, j+1) {
				continue
			}
			ante := toks[:i]
			body := toks[i+2 : j]
			rel := append([]Token{}, ante...)
			if toks[i+1].Norm == "whose" {
				rel = append(rel, Token{Kind: Word, Text: "'s", Norm: "'s", Lemma: "'s", Span: toks[i+1].Span})
			}
			rel = append(rel, body...)
			main := append(append([]Token{}, ante...), toks[j+1:]...)
			return [][]Token{rel, main}
		}
		return nil
	}
	return nil
}

// opensVerbGroup reports whether a verb group starts at toks[k], perhaps
// after one adverb: "looked on", "is facing", "then left".
func (r *Reader) opensVerbGroup(toks []Token, k int) bool {
	if k < len(toks) && (auxiliaries[toks[k].Norm] || r.isVerbAt(toks, k)) {
		return true
	}
	return k+1 < len(toks) && verbAdverbs[toks[k].Norm] && (auxiliaries[toks[k+1].Norm] || r.isVerbAt(toks, k+1))
}

// relative splits off an embedded relative clause: antecedent, relative
// pronoun, a clause with its own verb, then the main verb group. verbs
// indexes toks.
func (r *Reader) relative(toks []Token, verbs verbIndex) [][]Token {
	for i := 1; i < len(toks)-2; i++ {
		if !relativePronouns[toks[i].Norm] || r.isVerbAt(toks, i-1) || toks[i-1].Kind != Word || stopWords[toks[i-1].Norm] {
			continue
		}
		if verbs.has(0, i) {
			return nil // "X said that ...": a complement, not a relative
		}
		rel := -1
		for j := i + 1; j < len(toks); j++ {
			if r.isVerbAt(toks, j) {
				rel = j
				break
			}
		}
		if rel < 0 {
			return nil
		}
		main := -1
		for k := rel + 1; k < len(toks); k++ {
			if toks[k].Kind == Word && (auxiliaries[toks[k].Norm] || r.isVerbAt(toks, k)) && !auxiliaries[toks[k-1].Norm] {
				main = k
				break
			}
		}
		if main < 0 {
			return nil
		}
		ante := toks[:i]
		a := append(append([]Token{}, ante...), toks[i+1:main]...)
		b := append(append([]Token{}, ante...), toks[main:]...)
		return [][]Token{a, b}
	}
	return nil
}

// embeddedClauses splits off each negated finite clause with a pronoun
// subject that stands after the main verb and a noun phrase, without a
// connective the splitter knows: "called to convey the reason he was
// unable to travel" is "called to convey the reason" and "he was unable
// to travel". A negation does not reach across the boundary of a finite
// clause (Quirk et al. 1985, §10.64), so each part keeps its own
// polarity; a clause without one stays whole. What a verb of saying or
// promising introduces ("said he would", "assured voters he would never")
// stays whole: it is what was said.
func (r *Reader) embeddedClauses(toks []Token) [][]Token {
	var parts [][]Token
	from := 0
	lastVerb := -1
	for i := 0; i+1 < len(toks); i++ {
		if r.isVerbAt(toks, i) {
			lastVerb = i
			continue
		}
		if i == from || !subjectPronouns[toks[i].Norm] || lastVerb < from || !r.verbGroupAt(toks, i+1) {
			continue
		}
		if attributionVerbs[toks[lastVerb].Norm] || r.sayingThat(toks, lastVerb) || objectClauseVerbs[toks[lastVerb].Lemma] ||
			!r.endsNounBefore(toks, i, from) || !negatedFrom(toks, i) {
			continue
		}
		parts = append(parts, toks[from:i])
		from = i
	}
	if parts == nil {
		return nil
	}
	return append(parts, toks[from:])
}

// endsNounBefore reports whether the words before toks[i] end with a noun
// phrase that opens with a determiner, perhaps followed by "that": "the
// reason he was", "his apologies that he cannot". After "if", "because",
// a verb or a bare object ("assured voters he would") the clause is
// another kind.
func (r *Reader) endsNounBefore(toks []Token, i, from int) bool {
	k := i - 1
	if toks[k].Norm == "that" {
		k--
	}
	if k <= from {
		return false
	}
	t := toks[k]
	if t.Kind != Word || t.Cap || stopWords[t.Norm] || prepositions[t.Norm] || r.isVerbAt(toks, k) {
		return false
	}
	for j := k - 1; j > from && j >= k-3; j-- {
		if determiners[toks[j].Norm] {
			return true
		}
		if toks[j].Kind != Word || r.isVerbAt(toks, j) {
			return false
		}
	}
	return false
}

// negatedFrom reports whether a negator stands in toks from i on, up to
// the clause's end: only then does the split keep a negation in its
// clause; otherwise the clause stays whole.
func negatedFrom(toks []Token, i int) bool {
	for _, t := range toks[i:] {
		if negators[t.Norm] || t.Norm == "unable" || strings.HasSuffix(t.Norm, "n't") {
			return true
		}
	}
	return false
}

// objectClauseVerbs take a person and then a clause as their objects
// ("promised the voters he would never raise it"): the clause is what
// they say, not a fact (Quirk et al. 1985, §16.58).
var objectClauseVerbs = set("advise", "assure", "convince", "inform", "notify", "persuade", "promise",
	"remind", "tell", "warn", "show", "teach", "reassure", "pledge", "vow", "guarantee")

// verbGroupAt reports whether a verb group starts at toks[k], past
// adverbs and a negator: "was", "then left", "cannot make", "never came".
func (r *Reader) verbGroupAt(toks []Token, k int) bool {
	k += leadingAdverbs(toks[k:])
	switch {
	case k >= len(toks):
		return false
	case toks[k].Norm == "cannot":
		return true // a modal and its negator in one word
	case toks[k].Norm == "never":
		k++
	}
	return r.isVerbAt(toks, k)
}

// trailingRelative splits off a relative clause that ends the sentence,
// after the main verb: "The UN banned the missiles that Kim showed
// Shoigu" is "The UN banned the missiles" and "the missiles Kim showed
// Shoigu". After a verb of saying, "that" opens what was said instead.
func (r *Reader) trailingRelative(toks []Token) [][]Token {
	for i := 2; i < len(toks)-1; i++ {
		ante := toks[i-1]
		if !relativePronouns[toks[i].Norm] || ante.Kind != Word || ante.Cap || stopWords[ante.Norm] || r.isVerbAt(toks, i-1) {
			continue
		}
		if toks[i].Norm == "that" && (contentNouns[ante.Lemma] || contentNouns[ante.Norm]) && !r.objectGap(toks, i+1) {
			return nil // "speculation that the guild sold it": a content clause, what the noun says, not a relative
		}
		main, rest := toks[:i], toks[i+1:]
		if !r.hasPredicate(main) || !r.hasPredicate(rest) || hasAttribution(main) {
			return nil
		}
		// In text order, like every part: "the missiles (that) Kim showed
		// Shoigu", "the missiles (that) were banned".
		rel := append(append([]Token{}, toks[r.nounPhraseStart(toks, i):i]...), rest...)
		return [][]Token{main, rel}
	}
	return nil
}

// objectGap reports whether the clause from toks[from] lacks its verb's
// object, as a relative clause does ("the claim that she made in May"),
// where a content clause is complete ("the claim that she made a deal"):
// nothing, a comma or a preposition follows its first verb group.
func (r *Reader) objectGap(toks []Token, from int) bool {
	k := from
	for k < len(toks) && !r.isVerbAt(toks, k) {
		k++
	}
	for k+1 < len(toks) && (auxiliaries[toks[k].Norm] || medialAdverb(toks[k+1]) || r.isVerbAt(toks, k+1)) {
		k++
	}
	return k+1 >= len(toks) || toks[k+1].Kind == Punct || prepositions[toks[k+1].Norm]
}

// contentNouns take an appositive "that" clause that states their content
// (Quirk et al. 1985, §17.26: "the fact that", "the belief that", "the
// news that"), not a relative clause about them.
var contentNouns = set("fact", "idea", "belief", "hope", "news", "claim", "report", "rumour", "rumor", "speculation",
	"suggestion", "possibility", "fear", "view", "notion", "assumption", "expectation", "likelihood", "chance",
	"sign", "indication", "evidence", "assurance", "promise", "warning", "allegation", "statement", "announcement",
	"concern", "doubt", "conviction", "impression", "knowledge", "realisation", "realization", "understanding")

// whereRelative splits off a non-restrictive relative clause of place
// after a comma ("will skip the summit, where other leaders will attend"):
// a clause of its own, with its own subject (Quirk et al. 1985, §17.22),
// read with the antecedent it is about.
func (r *Reader) whereRelative(toks []Token) [][]Token {
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Norm != "where" || toks[i-1].Norm != "," {
			continue
		}
		end := i + 1 // the relative clause ends at the next comma
		for end < len(toks) && toks[end].Norm != "," {
			end++
		}
		main := append(append([]Token{}, toks[:i-1]...), toks[min(end+1, len(toks)):]...)
		rel := toks[i+1 : end]
		if !r.hasPredicate(toks[:i-1]) || !r.hasPredicate(rel) || hasAttribution(main) {
			return nil
		}
		// The relative clause's own subject stands in it ("where he met
		// Kim": "he" is resolved as any pronoun); the place is the main
		// clause's.
		return [][]Token{main, rel}
	}
	return nil
}

// participleRelative reads a passive participle phrase after the main
// verb's object as a clause of its own besides the whole: "Kim showed
// Shoigu missiles approved by the UN" also says "missiles approved by the
// UN".
func (r *Reader) participleRelative(toks []Token) [][]Token {
	verb := r.firstVerb(toks)
	if verb < 0 {
		return nil
	}
	for i := verb + 2; i+1 < len(toks); i++ {
		t, ante := toks[i], toks[i-1]
		if toks[i+1].Norm != "by" || t.Kind != Word || t.Cap || t.Lemma == t.Norm || !r.lex.Verb(t.Norm) ||
			ante.Kind != Word || ante.Cap || stopWords[ante.Norm] || r.isVerbAt(toks, i-1) {
			continue
		}
		// The whole stays a part too: what hangs on the phrase ("headed
		// by its premier") may need the main clause to be read.
		rel := append(append([]Token{}, toks[r.nounPhraseStart(toks, i):i]...), toks[i:]...)
		return [][]Token{toks, rel}
	}
	return nil
}

// nounPhraseStart returns where the noun phrase ending just before toks[i]
// starts: back over up to three words to its determiner ("the ballistic
// missiles"), never past a verb, a preposition or a name.
func (r *Reader) nounPhraseStart(toks []Token, i int) int {
	np := i - 1
	for np > 0 && i-np < 4 && toks[np-1].Kind == Word && !r.isVerbAt(toks, np-1) && !prepositions[toks[np-1].Norm] && !r.nameAt(toks, np-1) {
		np--
		if determiners[toks[np].Norm] {
			break
		}
	}
	return np
}

// hasAttribution reports whether toks hold a verb of saying.
func hasAttribution(toks []Token) bool {
	for _, t := range toks {
		if attributionVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// nameAt reports whether a name, known or capitalised, starts at toks[i].
func (r *Reader) nameAt(toks []Token, i int) bool {
	_, n := r.gaz.matchEntity(toks, i)
	return n > 0 || toks[i].Cap
}

// coordinated splits "V (both) A and B" where A and B are two names after
// the verb into "V A" and "V B".
func (r *Reader) coordinated(toks []Token) [][]Token {
	verb := r.firstVerb(toks)
	if verb < 0 {
		return nil
	}
	var spans [][2]int // token ranges of the names after the verb
	for i := verb + 1; i < len(toks); {
		if ids, n := r.gaz.matchEntity(toks, i); n > 0 && len(ids) > 0 {
			n += r.eventHead(toks, i+n, ids)
			spans = append(spans, [2]int{i, i + n})
			i += n
			continue
		}
		i++
	}
	for k := 0; k+1 < len(spans); k++ {
		a, b := spans[k], spans[k+1]
		if a[1]+1 != b[0] || toks[a[1]].Norm != "and" {
			continue
		}
		if len(spans) > 2 && (k > 0 && spans[k-1][1]+1 == a[0] || k+2 < len(spans) && b[1]+1 == spans[k+2][0]) {
			return nil // a longer list: "Asia, Africa and the Middle East"
		}
		start := a[0]
		if start > 0 && (toks[start-1].Norm == "between" || toks[start-1].Norm == "among") {
			continue // "talks between Moscow and Pyongyang" need both
		}
		if b[1] < len(toks) && r.isVerbAt(toks, b[1]+leadingAdverbs(toks[b[1]:])) || pluralAfterName(toks, b[0]) {
			// "confirmed that A and B will meet": the two are the subject
			// of a later verb, which may need both, not the first verb's
			// objects.
			continue
		}
		if start > 0 && toks[start-1].Norm == "both" {
			start--
		}
		first := append(append(append([]Token{}, toks[:start]...), toks[a[0]:a[1]]...), toks[b[1]:]...)
		second := append(append([]Token{}, toks[:start]...), toks[b[0]:]...)
		return [][]Token{first, second}
	}
	return nil
}

// resolvePronoun gives a clause whose subject is a pronoun the entity it
// stands for: "he" the last person named before, "it" the last other thing.
func (r *Reader) resolvePronoun(c *Clause, before []Clause) {
	if len(c.Tokens) == 0 {
		return
	}
	p := c.Tokens[0].Norm
	if p != "he" && p != "she" && p != "it" && p != "they" {
		return
	}
	for k := len(before) - 1; k >= 0; k-- {
		ents := before[k].Entities
		for i := len(ents) - 1; i >= 0; i-- {
			m := ents[i]
			if !m.Known() {
				continue
			}
			e, ok := r.gaz.Entity(m.IDs[0])
			if !ok {
				continue
			}
			person := e.Kind == claims.KindPerson
			if (p == "he" || p == "she") != person && p != "they" {
				continue
			}
			m.Subject, m.tok, m.n = true, -1, 0
			c.Entities = append(c.Entities, m)
			return
		}
	}
}

// ellipsis reads "..., and so is Biden" or "neither will Xi" as the clause
// before it with its subject replaced: Biden is skipping the summit too.
func ellipsis(c, prev Clause) (Clause, bool) {
	toks := c.Tokens
	negate := false
	switch {
	case len(toks) >= 2 && len(toks) <= 6 && (toks[0].Norm == "so" || toks[0].Norm == "neither" || toks[0].Norm == "nor") && auxiliaries[toks[1].Norm]:
		// "..., and so is Biden", "neither will Xi"
	case len(toks) <= 6 && len(c.Terms) == 0 && len(c.Entities) > 0 && endsInAux(toks):
		// "..., but Kim is not", "and Biden will too": the verb phrase is
		// the clause before's, with "not" turning it round.
		negate = c.Negated
	default:
		return c, false
	}
	var subjects []Mention
	for _, m := range c.Entities {
		m.Subject = true
		subjects = append(subjects, m)
	}
	if len(subjects) == 0 {
		return c, false
	}
	e := prev
	e.Index, e.Span, e.Text, e.Tokens = c.Index, c.Span, c.Text, c.Tokens
	e.Entities = subjects
	for _, m := range prev.Entities {
		if !m.Subject {
			e.Entities = append(e.Entities, m)
		}
	}
	e.Offices = nil
	if negate {
		e.Negated = !prev.Negated
	}
	return e, true
}

// endsInAux reports whether a clause ends in an auxiliary, perhaps with
// "not", "too" or "either": the rest of its verb phrase is left out.
func endsInAux(toks []Token) bool {
	k := len(toks) - 1
	for k >= 0 && (toks[k].Norm == "not" || toks[k].Norm == "too" || toks[k].Norm == "either" || toks[k].Kind == Punct) {
		k--
	}
	return k > 0 && auxiliaries[toks[k].Norm]
}

// reducedRelative splits a relative clause without its pronoun, where a
// person's name follows a noun and is followed by a verb and then the main
// verb: "the forum Ms Rossi skipped opened on Monday".
func (r *Reader) reducedRelative(toks []Token, verbs verbIndex) [][]Token {
	for i := 1; i < len(toks)-2; i++ {
		if toks[i-1].Kind != Word || toks[i-1].Cap || stopWords[toks[i-1].Norm] || r.isVerbAt(toks, i-1) || verbs.has(0, i) {
			continue // a lower-case noun ends the antecedent: "the summit Putin missed"
		}
		ids, n := r.gaz.matchEntity(toks, i)
		if n == 0 || toks[i].Norm == "the" {
			continue
		}
		if e, ok := r.gaz.Entity(ids[0]); !ok || e.Kind != claims.KindPerson {
			continue
		}
		rel := i + n
		if rel >= len(toks) || auxiliaries[toks[rel].Norm] || !r.isVerbAt(toks, rel) {
			continue
		}
		for k := rel + 1; k < len(toks); k++ {
			if toks[k].Kind == Word && (auxiliaries[toks[k].Norm] || r.isVerbAt(toks, k)) {
				ante := toks[:i]
				a := append(append([]Token{}, ante...), toks[i:k]...)
				b := append(append([]Token{}, ante...), toks[k:]...)
				return [][]Token{a, b}
			}
		}
		return nil
	}
	return nil
}

// listedSubjects splits a list of three or more people before the verb
// ("Ruto, Tinubu and Ramaphosa are all skipping the forum") into one
// clause per person: each must hold on its own. Two people ("A and B met")
// stay together, since many predicates need both, unless the list says it
// of each ("A, like B, is missing the forum", "both A and B", "neither A
// nor B", whose clauses each keep the "neither" that denies them).
func (r *Reader) listedSubjects(toks []Token) [][]Token {
	verb := r.firstVerb(toks)
	if verb < 0 {
		return nil
	}
	var names [][2]int
	each := false
	var neither []Token // "neither A nor B": each clause is denied
	for i := 0; i < verb; {
		ids, n := r.gaz.matchEntity(toks, i)
		if n == 0 {
			switch toks[i].Norm {
			case "like", "both":
				each = true // "both A and B" and "A, like B" say it of each
			case "neither":
				each, neither = true, toks[i:i+1]
			case ",", "and", "nor", "the":
			default:
				return nil // something else than a plain list of names
			}
			i++
			continue
		}
		if e, ok := r.gaz.Entity(ids[0]); !ok || e.Kind != claims.KindPerson {
			return nil
		}
		names = append(names, [2]int{i, i + n})
		i += n
	}
	if len(names) < 3 && !(each && len(names) == 2) {
		return nil
	}
	rest := toks[verb:]
	var out [][]Token
	for _, nm := range names {
		out = append(out, append(append(append([]Token{}, neither...), toks[nm[0]:nm[1]]...), rest...))
	}
	return out
}

// firstVerb returns the position of the first verb in toks, or -1.
func (r *Reader) firstVerb(toks []Token) int {
	for i := range toks {
		if r.isVerbAt(toks, i) {
			return i
		}
	}
	return -1
}
