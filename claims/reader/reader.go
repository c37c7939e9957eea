package reader

import (
	"context"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
)

// Reader reads statements. It is safe for concurrent use.
type Reader struct {
	gaz *Gazetteer
	lex Lexicon
}

// New returns a Reader that finds names with g and word forms with lex.
func New(g *Gazetteer, lex Lexicon) *Reader {
	if g.common == nil {
		g.common = lex.Known
	}
	return &Reader{gaz: g, lex: lex}
}

// Gazetteer returns the gazetteer the reader finds names with.
func (r *Reader) Gazetteer() *Gazetteer { return r.gaz }

// Reading is a statement read into clauses.
type Reading struct {
	Text    string
	Tokens  []Token
	Clauses []Clause
}

// Main returns the text's main clause: of the clauses that start where
// the first does, the one that runs furthest. A relative clause ("X,
// which has no ties, faces a shortage") starts there too but ends before
// the main verb; a clause after "and" starts later. A reading without
// clauses gives the zero Clause.
func (rd *Reading) Main() Clause {
	if len(rd.Clauses) == 0 {
		return Clause{}
	}
	main := rd.Clauses[0]
	for _, c := range rd.Clauses[1:] {
		if c.Span.Start == main.Span.Start && c.Span.End > main.Span.End {
			main = c
		}
	}
	return main
}

// Read reads text. Relative dates ("this month", "next year") are resolved
// against ref; with a zero ref they are left unread.
func (r *Reader) Read(text string, ref time.Time) *Reading {
	rd, _ := r.ReadContext(context.Background(), text, ref)
	return rd
}

// ReadContext is Read that gives up when ctx ends: it looks at ctx
// between clauses and between the steps of reading each, and returns
// ctx's error with a nil Reading.
func (r *Reader) ReadContext(ctx context.Context, text string, ref time.Time) (*Reading, error) {
	toks := Tokenize(text)
	for i := range toks {
		if toks[i].Kind == Word {
			toks[i].Lemma = r.lemma(toks[i].Norm)
		}
		toks[i].Inner = !sentenceStart(toks, i)
	}
	contractedHad(toks)
	toks = r.unclefted(toks)
	rd := &Reading{Text: text, Tokens: toks}
	var parts [][]Token
	var heirs []int // the part each part takes its subject from, or -1
	var adjuncts []bool
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var firstPart []int // the first part of each bound
	for _, b := range r.split(toks) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		firstPart = append(firstPart, len(parts))
		for _, p := range r.unfold(toks[b.start:b.end]) {
			parts = append(parts, p)
			// A part that starts later than its clause (a relative clause
			// from its antecedent) has a subject of its own.
			heir := -1
			switch {
			case b.adjunct && p[0].Span == toks[b.start].Span && b.heir < len(firstPart)-1:
				heir = firstPart[b.heir] // a free adjunct's subject is its main clause's
			case b.elided && !b.adjunct && p[0].Span == toks[b.start].Span && len(parts) > 1:
				heir = len(parts) - 2
			}
			heirs = append(heirs, heir)
			adjuncts = append(adjuncts, b.adjunct && heir >= 0)
		}
	}
	for k, p := range parts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c := r.analyse(p, ref)
		c.Index = k
		c.Span = claims.Span{Start: p[0].Span.Start, End: p[len(p)-1].Span.End}
		c.Text = text[c.Span.Start:c.Span.End]
		switch h := heirs[k]; {
		case h >= 0 && adjuncts[k]:
			c.inheritAdjunct(&rd.Clauses[h])
		case h >= 0:
			c.inherit(&rd.Clauses[h])
		}
		if k > 0 {
			r.resolvePronoun(&c, rd.Clauses)
			if e, ok := ellipsis(c, rd.Clauses[k-1]); ok {
				c = e
			}
		}
		rd.Clauses = append(rd.Clauses, c)
	}
	return rd, nil
}

// maxClefted is the longest name a cleft sentence focuses.
const maxClefted = 6

// unclefted reads a cleft sentence as the plain one it focuses: "It was
// Biden who told the leaders" is "Biden told the leaders", "It was the
// Associated Press that reported it" is "the Associated Press reported it"
// (Quirk et al. 1985, §18.25). Only a name, perhaps after "the", is taken
// for the focus: "It is likely that ..." is no cleft.
func (r *Reader) unclefted(toks []Token) []Token {
	var out []Token // made only when there is a cleft: most texts have none
	from := 0
	for i := 0; i < len(toks); i++ {
		if toks[i].Norm != "it" {
			continue
		}
		if j := r.cleftAt(toks, i); j > 0 {
			out = append(append(out, toks[from:i]...), toks[i+2:j]...)
			from, i = j+1, j // the relative pronoun goes too
		}
	}
	if out == nil {
		return toks
	}
	return append(out, toks[from:]...)
}

// cleftAt returns the position of the "who" or "that" of a cleft sentence
// opening at toks[i], or 0.
func (r *Reader) cleftAt(toks []Token, i int) int {
	if i+4 >= len(toks) || toks[i].Norm != "it" || !sentenceStart(toks, i) || toks[i+1].Norm != "was" && toks[i+1].Norm != "is" {
		return 0
	}
	k := i + 2
	if determiners[toks[k].Norm] {
		k++
	}
	if !toks[k].Cap {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+maxClefted; j++ {
		switch {
		case toks[j].Norm == "who" || toks[j].Norm == "that":
			if j+1 < len(toks) && (r.verbGroupAt(toks, j+1) || attributionVerbs[toks[j+1].Norm]) {
				return j
			}
			return 0
		case toks[j].Kind != Word || !toks[j].Cap:
			return 0
		}
	}
	return 0
}

func (r *Reader) lemma(norm string) string {
	if stopWords[norm] || negators[norm] {
		return norm
	}
	return r.lex.Lemma(norm)
}

type bounds struct {
	start, end int
	elided     bool // the clause has no subject of its own
	// adjunct marks a fronted free adjunct ("Speaking in Hanoi, ..."),
	// placed after its sentence; heir is the index, among the bounds, of
	// its main clause, whose subject it takes.
	adjunct bool
	heir    int
}

// split cuts tokens into clauses at semicolons, sentence ends and at
// coordinating words ("and", "but", "while") that have a predicate on
// both sides.
func (r *Reader) split(toks []Token) []bounds {
	var out []bounds
	start, elided := 0, false
	var adjunct *bounds // a fronted free adjunct, read after the clause it precedes
	closeAt := func(end, next int, nextElided bool) {
		for end > start && toks[end-1].Kind == Punct && toks[end-1].Norm != "%" {
			end-- // but "(1%)" keeps its sign: it says what the number counts
		}
		if end > start {
			out = append(out, bounds{start: start, end: end, elided: elided})
		}
		if adjunct != nil && (next >= len(toks) || toks[next-1].Norm == ";" || toks[next-1].Norm == ".") {
			// After the whole sentence, so that its clauses follow one
			// another ("..., and Kim did too" still follows the main one).
			out = append(out, *adjunct)
			adjunct = nil
		}
		start, elided = next, nextElided
		for start < len(toks) && toks[start].Kind == Punct {
			start++
		}
	}
	lead := leadingClause(toks)
	verbs := r.newVerbIndex(toks)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		free := -1 // the comma closing a free adjunct that opens a sentence here
		if i == start && adjunct == nil && !(i == 0 && lead) && sentenceStart(toks, i) {
			free = r.frontedParticiple(toks, i)
		}
		switch {
		case t.Norm == ";" || (t.Norm == "." && i+1 < len(toks) && toks[i+1].Cap && !abbreviation(toks, i)):
			closeAt(i, i+1, false)
		case i == 0 && lead:
			start = 1 // "While ...": the connective itself is no part of the clause
		case free > i:
			// "Facing a shortage, Norway sought aid": the free adjunct is
			// a clause of its own, read after the main one's sentence.
			adjunct = &bounds{start: i, end: free, elided: true, adjunct: true, heir: len(out)}
			start, i = free+1, free
		case t.Norm == "," && i+2 < len(toks) && toks[i+1].Norm == "having" && verbs.has(start, i):
			// "…, having briefly served as governor": a clause of its own,
			// earlier than the main one, with its subject elided.
			closeAt(i, i+1, true)
		case lead && t.Norm == "," && verbs.has(start, i) && verbs.startsClause(i+1):
			// "While the president stays home, his deputy will go ...":
			// the leading clause ends at the first comma that can end it.
			lead = false
			closeAt(i, i+1, false)
		case clauseBreaks[t.Norm] && i > start && verbs.has(start, i) && verbs.startsClause(i+1) && !openThatClause(toks, verbs, start, i) &&
			!(t.Norm == "and" && pluralAfterName(toks, i+1)) && !r.participleAfter(toks, start, i):
			closeAt(i, i+1, r.isVerbAt(toks, i+1+verbs.adverbs[i+1]))
		case t.Norm == "and" && i > start && r.sharesModal(toks, i+1):
			// "will travel by train and visit the port": a second verb
			// under the same modal, its subject elided.
			toks[i+1].SharedVerb = true
			closeAt(i, i+1, true)
		}
	}
	closeAt(len(toks), len(toks), false)
	return out
}

// pluralAfterName reports whether toks from k hold one name, perhaps with
// its title ("UK Prime Minister Rishi Sunak"), and then a plural verb
// ("are", "were", "have"): a singular subject cannot take it, so the name
// is the second of two subjects joined by the "and" before k, not the
// subject of a clause of its own (Quirk et al. 1985, §10.34 on concord).
func pluralAfterName(toks []Token, k int) bool {
	if k < 2 || !toks[k-2].Cap { // the first subject ends in a name too
		return false
	}
	j := k
	for j < len(toks) && toks[j].Kind == Word && (toks[j].Cap || toks[j].Norm == "'s") {
		if toks[j].Norm == "i" || strings.HasSuffix(toks[j].Norm, "s") && toks[j].Norm != "'s" {
			return false // "Democrats", "I": plural or first person, no singular name
		}
		j++
	}
	if j == k || j >= len(toks) {
		return false
	}
	switch toks[j].Norm {
	case "are", "were", "have":
		return true
	}
	return false
}

// openThatClause reports whether a "that" opens a clause between start and
// i whose verb has not come yet: in "it was confirmed that Putin and Kim
// will meet" the "and" joins the that-clause's subjects, not two clauses.
func openThatClause(toks []Token, verbs verbIndex, start, i int) bool {
	for k := i - 1; k > start; k-- {
		if toks[k].Norm == "that" {
			return !verbs.has(k+1, i)
		}
	}
	return false
}

// leadingClause reports whether toks open with a connective that makes
// a clause of its own before the main one ("While ...", "Although ...");
// both are asserted, as with the connective between them.
func leadingClause(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Norm {
	case "while", "whereas", "although", "though":
		return true
	}
	return false
}

// hasPredicate reports whether toks contain a verb group.
func (r *Reader) hasPredicate(toks []Token) bool {
	for i := range toks {
		if r.isVerbAt(toks, i) {
			return true
		}
	}
	return false
}

// startsClauseAfter reports whether toks, past their first k adverbs,
// begin a clause of their own: a verb group straight away (its subject
// elided), or a short subject and then one.
func (r *Reader) startsClauseAfter(toks []Token, k int) bool {
	for j := k; j < len(toks) && j <= k+5; j++ {
		if toks[j].Kind == Punct {
			return false
		}
		if j > k && coordinators[toks[j].Norm] && r.isVerbAt(toks, j+1+leadingAdverbs(toks[j+1:])) {
			// "dependent on oil and gas and has not joined": the words
			// before the later "and" are coordinated nouns, and that "and"
			// opens the clause (Quirk et al. 1985, §13.2).
			return false
		}
		if r.isVerbAt(toks, j) && (j == 0 || toks[j-1].Norm != "to") {
			return true // a finite verb: "and the Middle East to build" has none
		}
	}
	return false
}

func leadingAdverbs(toks []Token) int {
	k := 0
	for k < len(toks) && (toks[k].Norm == "also" || toks[k].Norm == "then" || toks[k].Norm == "still" ||
		toks[k].Norm == "however" || toks[k].Norm == "," || toks[k].Norm == "instead") {
		k++
	}
	return k
}

// isVerbAt reports whether toks[i] is a finite verb or an auxiliary: an
// auxiliary or modal, or a word the lexicon knows as a verb that is
// inflected as one and not preceded by a determiner.
func (r *Reader) isVerbAt(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != Word {
		return false
	}
	t := toks[i]
	if auxiliaries[t.Norm] {
		return !(t.Norm == "may" && t.Cap && i > 0)
	}
	if t.SharedVerb {
		return true
	}
	if stopWords[t.Norm] || t.Cap && i > 0 {
		return false
	}
	if i > 0 && determiners[toks[i-1].Norm] && toks[i-1].Norm != "that" {
		return false // "the plans"; but "that ended" is a relative clause's verb
	}
	if !r.lex.Verb(t.Norm) {
		return false
	}
	if strings.HasSuffix(t.Norm, "ing") && t.Lemma != t.Norm && i > 0 {
		// "is meeting", "after meeting": a verb; "the Kim-Putin meeting",
		// "a G20 meeting": a noun.
		prev := toks[i-1].Norm
		if determiners[prev] {
			return false
		}
		var next Token
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		// A participle with an object ("countries attending the summit",
		// "Putin avoiding G20") is a verb too.
		object := determiners[next.Norm] || (next.Cap && !t.Cap)
		return auxiliaries[prev] || prev == "," || prepositions[prev] || prev == "not" || object || progressiveAcrossAdverb(toks, i)
	}
	if strings.HasSuffix(t.Norm, "s") && t.Lemma != t.Norm && i > 0 {
		// "plans", "seeks": a verb after its subject, a plural noun
		// elsewhere. Adverbs may stand between ("who no longer sits").
		k := beforeAdverbs(toks, i, func(t Token) bool { return verbAdverbs[t.Norm] })
		prev := toks[k]
		if k > 0 && determiners[toks[k-1].Norm] && i+1 < len(toks) && finiteAfter(toks[i+1]) && r.lex.Verb(toks[i+1].Norm) {
			return false // "the Hanoi talks took place": a plural noun in a noun phrase, before the clause's verb
		}
		if prev.Norm == "that" && k > 0 && (attributionVerbs[toks[k-1].Norm] || r.isVerbAt(toks, k-1) && !passiveAt(toks, k-1)) {
			// "acknowledged that ties have frayed": "that" after an active
			// verb opens a that-clause, whose subject comes first (Quirk
			// et al. §15.3); after a noun or a passive it may be relative
			// ("a pact that ties", "a deal was reached that allows").
			return false
		}
		return prev.Cap && r.subjectName(toks, k) || pronouns[prev.Norm] || prev.Norm == "who" || prev.Norm == "which" || prev.Norm == "that"
	}
	if i == 0 && t.Cap && strings.HasSuffix(t.Norm, "s") && t.Lemma != t.Norm && !strings.HasSuffix(t.Norm, "ss") {
		// A finite verb in -s agrees with a subject before it; opening
		// the sentence, the form is a plural noun ("Prices rose").
		return false
	}
	// A bare form counts after a modal or "to" only; inflected forms count.
	// After "has", a bare form is a participle only where the two are one
	// ("has come"); otherwise it is a noun or adjective ("has close ties").
	if i > 0 && perfect[toks[i-1].Norm] && t.Lemma == t.Norm {
		return bareParticiples[t.Norm]
	}
	if t.Lemma != t.Norm || i == 0 {
		return t.Lemma != t.Norm
	}
	prev := toks[i-1].Norm
	if auxiliaries[prev] || prev == "to" || pronouns[prev] || prev == "not" {
		return true
	}
	if prev == "who" && i+1 < len(toks) && phraseAt(toks, i+1) {
		// "leaders who back Ukraine": a relative pronoun as subject is
		// followed by its clause's verb (Quirk et al. §17.9), here with
		// its object after it ("which" is also a determiner: "which
		// route the ferries take").
		return true
	}
	if afterMedialAdverb(toks, i) {
		return true
	}
	return prev == "and" && r.sharesModal(toks, i)
}

// progressiveAcrossAdverb reports whether the -ing form at toks[i] is a
// progressive's verb with adverbs in medial position between it and its
// "be" ("is probably staying", "are still fighting", Quirk et al. §8.20):
// an adverb in -ly is none that WordNet also lists as an adjective ("is
// early voting", "was daily sailing"), and "be" is not existential
// ("there was also fighting", where the -ing form is a noun).
func progressiveAcrossAdverb(toks []Token, i int) bool {
	k := beforeAdverbs(toks, i, func(t Token) bool {
		return medialAdverb(t) && (verbAdverbs[t.Norm] || !lexicon.POS(t.Norm).Has(lexicon.Adjective))
	})
	return k < i-1 && beForms[toks[k].Norm] && !existentialThere(toks, k-1)
}

// existentialThere reports whether toks[k] is the "there" of an
// existential clause: the clause's first word, or the first after a
// comma or a conjunction ("Officials there are" keeps its adverb).
func existentialThere(toks []Token, k int) bool {
	if k < 0 || toks[k].Norm != "there" {
		return false
	}
	return k == 0 || toks[k-1].Norm == "," || toks[k-1].Norm == "and" || toks[k-1].Norm == "but"
}

// beForms are the finite and non-finite forms of "be" a progressive takes.
var beForms = set("is", "are", "was", "were", "be", "been", "am", "'s", "'re")

// afterMedialAdverb reports whether the word at toks[i] follows an
// auxiliary across adverbs in medial position: "will probably make", "may
// also seek" (Quirk et al. §8.20).
func afterMedialAdverb(toks []Token, i int) bool {
	k := beforeAdverbs(toks, i, medialAdverb)
	return k < i-1 && auxiliaries[toks[k].Norm]
}

// beforeAdverbs returns the index of the word before the run of adverbs
// that ends right before toks[i] (i-1 when there is none), walking back
// no further than the clause's first word.
func beforeAdverbs(toks []Token, i int, adverb func(Token) bool) int {
	k := i - 1
	for k > 0 && adverb(toks[k]) {
		k--
	}
	return k
}

// sharesModal reports whether the bare form at toks[i], after "and", is a
// verb coordinated under a modal before it ("will travel by train and
// visit the port": the modal is not repeated, Quirk et al. §13.51): a
// modal and a bare verb stand earlier in the clause, and an object starts
// after this word (a determiner, a name, a number), so "will buy oil and
// gas from Norway" stays two nouns.
func (r *Reader) sharesModal(toks []Token, i int) bool {
	if i+1 >= len(toks) || !r.lex.Verb(toks[i].Norm) {
		return false
	}
	next := toks[i+1]
	if !(determiners[next.Norm] || next.Kind == Word && next.Cap || next.Kind == Number) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		switch {
		case toks[k].Kind == Punct && toks[k].Norm != "-":
			return false
		case modals[toks[k].Norm] && k+1 < i-1 && toks[k+1].Lemma == toks[k+1].Norm && r.lex.Verb(toks[k+1].Norm):
			return true
		}
	}
	return false
}

// modals are the modal auxiliaries.
var modals = set("will", "would", "shall", "should", "can", "could", "may", "might", "must")

// contractedHad reads a contracted "'d" before a past participle as
// "had" ("he'd resigned"), where the tokenizer gave "would".
func contractedHad(toks []Token) {
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if t.Norm == "would" && (strings.HasPrefix(t.Text, "'") || strings.HasPrefix(t.Text, "’")) &&
			next.Kind == Word && next.Lemma != next.Norm && (strings.HasSuffix(next.Norm, "ed") || strings.HasSuffix(next.Norm, "en")) {
			toks[i].Norm, toks[i].Lemma = "had", "have"
		}
	}
}

// finiteAfter reports whether t may be a finite verb: an auxiliary or an
// inflected form not in -s, -ing or -en ("took", "ended"; an attributive
// participle such as "revised" qualifies too, so the caller asks for a
// determiner opening the noun phrase before it).
func finiteAfter(t Token) bool {
	if t.Kind != Word || t.Cap {
		return false
	}
	return auxiliaries[t.Norm] && t.Norm != "be" && t.Norm != "been" && t.Norm != "being" ||
		t.Lemma != t.Norm && !strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "en")
}

// participleAfter reports whether the coordinator at toks[i] is followed,
// before any finite verb, by an -ing participle with no auxiliary of its
// own ("with A and B reaching a deal"), while the clause before it,
// from start, has no progressive the participle could share ("is
// avoiding the summit but meeting Kim"): no finite verb, no clause.
func (r *Reader) participleAfter(toks []Token, start, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		t := toks[j]
		if t.Kind == Punct {
			return false
		}
		if !r.isVerbAt(toks, j) {
			continue
		}
		if !strings.HasSuffix(t.Norm, "ing") || t.Lemma == t.Norm || auxiliaries[toks[j-1].Norm] {
			return false
		}
		for k := start; k+1 < i; k++ {
			if copulas[toks[k].Norm] && strings.HasSuffix(toks[k+1+leadingAdverbs(toks[k+1:i])].Norm, "ing") {
				return false
			}
		}
		return true
	}
	return false
}

// subjectName reports whether the capitalised toks[k] may be a name: past the
// sentence's first word any capital is; the first word is capitalised
// anyway, so there it must be a name the gazetteer knows, a word the
// dictionary does not know or knows as a name ("Tsunami waves hit" opens
// with a common noun).
func (r *Reader) subjectName(toks []Token, k int) bool {
	_, n := r.gaz.matchEntity(toks, k)
	return k > 0 || n > 0 || !r.lex.Known(toks[k].Lemma) || lexicon.ProperNoun(toks[k].Norm)
}

// medialAdverb reports whether a token is an adverb that may stand between
// an auxiliary and its verb: one of verbAdverbs, or a word in -ly.
func medialAdverb(t Token) bool {
	return t.Kind == Word && !t.Cap && (verbAdverbs[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly"))
}

var (
	// verbAdverbs may stand between a subject and its verb: "who no
	// longer sits", "which still holds", "she also says".
	verbAdverbs = set("no", "longer", "still", "also", "now", "never", "not", "already", "often", "again", "only", "even", "usually",
		"later", "then", "recently", "formally", "officially", "finally", "initially", "eventually", "previously", "currently", "quickly")
	perfect = set("has", "have", "had")
	// bareParticiples are the verbs whose past participle is their bare form.
	bareParticiples = set("come", "become", "overcome", "run", "put", "set", "cut", "hit", "let", "shut",
		"spread", "hurt", "quit", "cost", "burst", "bet", "cast", "read", "broadcast", "forecast", "upset")
)

var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
	"this", "that", "these", "those", "'s", "some", "any", "no", "every", "each")

// abbreviation reports whether the full stop at toks[i] ends an
// abbreviation ("Mr.", "Dr.", "U.S.") or an initial ("J."), not a sentence.
func abbreviation(toks []Token, i int) bool {
	if i == 0 || toks[i-1].Kind != Word {
		return false
	}
	w := toks[i-1].Norm
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "no", "vs", "jr", "sr", "u.s", "u.k", "u.n":
		return true
	}
	return len([]rune(w)) == 1 // an initial, or the last letter of "U.S."
}
