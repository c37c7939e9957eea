package checker

import (
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// features is what the engine knows of one claim, read once at start-up:
// the reader's view of its canonical statement and quote, merged with the
// curated structure, which wins where they differ.
type features struct {
	claim *claims.Claim
	doc   *claims.Document
	// sourceKeys are the reader.NameKey of each name in the claim's
	// attribution chain, in its order.
	sourceKeys []string
	// referents holds, for each source of the attribution chain, whether
	// it is a definite description naming no one ("the officials") and
	// the earlier phrase of the document it refers back to; nil when the
	// chain has no such source.
	referents []referent
	// authorKeys are the reader.NameKey of the document's publisher and
	// of the agency its dateline names, who report every claim of it;
	// wire is that agency's name, or "".
	authorKeys []string
	wire       string
	entities   []entityRef
	terms      []termRef
	times      []reader.Time
	numbers    []reader.Quantity
	// numberOwners holds, for each of numbers, the names that are the
	// subject of the claim's clause the number stands in ("X won 18
	// percent, while Y won 16"): a figure is said of them. Empty when the
	// clause names no subject.
	numberOwners [][]string
	offices      []reader.Office
	negated      bool
	subjects     map[string]bool
	// sentence is the span of the document sentence the claim stands in,
	// sentenceNo its position among the document's sentences.
	sentence   claims.Span
	sentenceNo int
	// sentenceUTF16 and quoteUTF16 are the sentence's and the claim's
	// spans in UTF-16 units, counted once here rather than over the
	// document's text at every quotation.
	sentenceUTF16, quoteUTF16 claims.Span
	// venues are the places of the events the claim is about, from the
	// reference records, each known from a moment on.
	venues []venue
	// eventTimes are the dates of the events the claim is about, for
	// claims that state no date of their own.
	eventTimes []datedFact
	// orders are the claim's temporal connectives ("after Shoigu's visit").
	orders []reader.Order
	// readNegated is set when the reader finds the canonical statement
	// negated ("little to virtually no relations").
	readNegated bool
	// quoteNegated is set when the quote reads negated; a quote and
	// statement that differ ("North Korea, which has little to no
	// relations with the West, is facing a shortage") make polarity
	// unreliable for the claim.
	quoteNegated bool
	// denied holds the nouns a clause of the claim or its quote denies
	// outright ("no relations"), even when the claim's main clause is
	// positive.
	denied map[string]bool
	// predicate is the claim's main predicate as a lemma ("take_place").
	predicate string
	// occurs is set when the claim says an event happens.
	occurs bool
	// unknown are the names the gazetteer does not know that stand in a
	// prepositional phrase ("from Air Force One").
	unknown []unknownName
	// past is set when the claim's main clause is in the past tense.
	past bool
	// lowerQuote and lowerStatement are the claim's quote and statement
	// in lower case, made once for looking names up in them.
	lowerQuote, lowerStatement string
	// says is set when a verb of the claim is one of communication
	// ("voiced", "emphasised"): its subject speaks.
	says bool
}

// unknownName is a name of a claim that no entity stands for, with the
// preposition governing it.
type unknownName struct{ text, prep string }

type entityRef struct {
	id      string
	prep    string
	subject bool
	place   bool // the claim's place, or a location in a locative phrase
	// background marks a name only in a phrase dating the claim by another
	// event ("after Shoigu's visit to North Korea"): it can cover a name,
	// never fill one of the claim's own slots against another.
	background bool
	// possessive marks a name that only modifies another ("Ghazouani's
	// rival"): it does not act, even before the verb.
	possessive bool
	// nominal marks a name whose preposition hangs on a noun ("traders
	// from Port Hale"), not on the claim's verb.
	nominal bool
}

// datedFact is an event's date from the reference records, known from a
// moment on (zero: in advance).
type datedFact struct {
	t     reader.Time
	known time.Time
	event string // the event it dates
}

type venue struct {
	ref   entityRef
	known time.Time // zero: known in advance
	event string    // the event it is the venue of
	// named marks a venue that counts only for clauses that name its event.
	named bool
}

type termRef struct {
	lemma string
	word  string // as written, lower case; "" when only the lemma is known
	prep  string
	verb  bool
	pred  bool // part of the claim's main predicate
	// passive marks a verb the claim has in the passive ("were killed").
	passive bool
	// denied marks the verb of a negated clause beside the main one: a
	// statement that affirms it says the opposite of the claim.
	denied bool
	// title marks a word of an office's title ("prime", "minister"): it
	// can cover a statement's word but never oppose one.
	title bool
	// doers are the known names of the claim clauses the word stands in
	// when each of them has a known subject of its own; nil when a clause
	// with the word names no subject, so what it says may be anyone's.
	doers []string
}

func (e *Engine) featuresOf(cl *claims.Claim) *features {
	f := &features{claim: cl, subjects: make(map[string]bool), lowerQuote: strings.ToLower(cl.Quote), lowerStatement: strings.ToLower(cl.Statement)}
	for _, src := range cl.Attribution {
		f.sourceKeys = append(f.sourceKeys, reader.NameKey(src.Name))
	}
	f.doc, _ = e.corpus.Document(cl.DocumentID)
	if f.doc != nil {
		a := e.authors[f.doc.ID]
		f.wire, f.authorKeys = a.wire, a.keys
	}
	ref := cl.Time.Start
	f.sentence = cl.Span
	if f.doc != nil {
		ref = f.doc.Published
		f.sentence = sentenceAround(f.doc.Text, cl.Span)
		f.sentenceUTF16, _ = claims.UTF16(f.doc.Text, f.sentence)
		f.quoteUTF16, _ = claims.UTF16(f.doc.Text, cl.Span)
		f.referBack(cl.Attribution)
	}
	var statement *reader.Reading
	for k, text := range []string{cl.Statement, cl.Quote} {
		r := statement
		if k == 0 || text != cl.Statement {
			r = e.reader.Read(text, ref)
		}
		statement = r // a quote that is the statement reads the same: read it once
		main := r.Main()
		for _, c := range r.Clauses {
			var beside *reader.Clause
			if c.Negated && c.Index != main.Index {
				beside = &main
			}
			f.addClause(e.world, c, beside)
			f.occurs = f.occurs || !c.Negated && heldGathering(c.Tokens)
		}
		// Polarity is the main clause's: what a relative clause denies
		// ("Merkel, who is no longer an MP, watched") stays in Denied.
		if k == 0 {
			f.readNegated = main.Negated
			f.past = tenseOf(main) == tensePast
		} else {
			f.quoteNegated = main.Negated
		}
	}
	st := cl.Structure
	for _, id := range st.Subjects {
		f.addEntity(entityRef{id: id, subject: true})
		f.subjects[id] = true
	}
	for _, id := range st.Objects {
		if _, ok := e.corpus.Entity(id); ok {
			f.addEntity(entityRef{id: id})
			continue
		}
		for _, l := range lemmas(id) {
			f.addTerm(termRef{lemma: l})
		}
	}
	if st.Predicate != "" {
		f.predicate = strings.ReplaceAll(lexicon.Normalize(st.Predicate), " ", "_")
		// A drawn claim's predicate may come from a negated clause beside
		// a main one without a verb ("X is dependent on oil and has not
		// joined the sanctions"): there it is denied, as that clause's
		// verbs are.
		f.addTerm(termRef{lemma: f.predicate, verb: true, pred: true, denied: cl.Drawn && f.onlyDenied(f.predicate)})
		if !lexicon.Known(f.predicate) {
			// "express concern": each word carries the predicate. A known
			// collocation ("take place") does not split into "take", "place".
			for _, l := range lemmas(st.Predicate) {
				if l == "be" {
					continue // "be clear": the copula carries nothing, the adjective the predicate
				}
				f.addTerm(termRef{lemma: l, verb: true, pred: true})
			}
		}
	}
	for i, t := range f.terms {
		if occurrence[t.lemma] && t.verb {
			f.occurs = true
		}
		// The quote's own verb for the predicate ("swapped" where the
		// statement says "exchanged") is the predicate too.
		if f.predicate != "" && t.verb && !t.pred && (lexicon.Synonyms(t.lemma, f.predicate) || lexicon.VerbHypernym(t.lemma, f.predicate)) {
			f.terms[i].pred = true
		}
	}
	if st.Place != "" {
		f.addEntity(entityRef{id: st.Place, prep: "in", place: true})
	}
	// An event the claim is about brings its venue from the reference
	// records: "the 2023 G20 summit" is in New Delhi. The venue counts from
	// when it was known: an edition of a series is planned in advance, a
	// one-off event's place is known once it has happened.
	about := st.Subjects
	if occurrence[f.predicate] {
		// "The ICC issued the warrant": the object is what came about.
		about = append(append([]string{}, st.Subjects...), st.Objects...)
		for _, r := range f.entities {
			about = append(about, r.id)
		}
	}
	for _, id := range st.Objects {
		// An edition of a series the claim names as an object ("skip the
		// 2023 G20 summit") brings its planned venue too, for clauses that
		// name that event ("the G20 in New Delhi").
		ev, ok := e.corpus.Entity(id)
		if ok && ev.Kind == claims.KindEvent && ev.Place != "" && len(e.world.seriesOf(id)) > 0 && !slices.Contains(about, id) {
			f.venues = append(f.venues, venue{ref: entityRef{id: ev.Place, prep: "in"}, event: id, named: true})
		}
	}
	for _, id := range about {
		ev, ok := e.corpus.Entity(id)
		if !ok || ev.Kind != claims.KindEvent || ev.Place == "" {
			continue
		}
		known := ev.Period.Start
		if len(e.world.seriesOf(id)) > 0 {
			known = time.Time{}
		}
		f.venues = append(f.venues, venue{ref: entityRef{id: ev.Place, prep: "in", place: true}, known: known})
		if !ev.Period.IsZero() && cl.Time.IsZero() {
			f.eventTimes = append(f.eventTimes, datedFact{t: periodTime(ev.Period), known: known, event: ev.ID})
		}
	}
	for _, n := range st.Numbers {
		if q := (reader.Quantity{Value: n.Value, Unit: reader.WordNet{}.Lemma(n.Unit), Text: n.Text}); !f.hasNumber(q) {
			f.numbers = append(f.numbers, q)
			f.numberOwners = append(f.numberOwners, nil)
		}
	}
	if o := st.Office; o != nil && !f.readOffice(o) {
		f.offices = append(f.offices, reader.Office{Person: o.Person, Role: o.Role, Country: o.Country})
	}
	if !cl.Time.IsZero() {
		f.times = append(f.times, periodTime(cl.Time))
	}
	f.negated = st.Negated || f.readNegated
	return f
}

// documentAuthors is who reports a document's claims that cite no one
// else: wire is the agency its dateline names, or "", and keys the
// reader.NameKeys of that agency and of the publisher's line.
type documentAuthors struct {
	wire string
	keys []string
}

// publisherKeys returns the NameKeys of a publisher's line and of each
// part of it set off by brackets, commas or slashes ("People's Daily Online
// (Xinhua)": the whole, "People's Daily Online", "Xinhua"), and of the
// wire agency.
func publisherKeys(publisher, wire string) []string {
	keys := []string{reader.NameKey(publisher)}
	for _, part := range strings.FieldsFunc(publisher, func(r rune) bool { return strings.ContainsRune("(),/;", r) }) {
		keys = append(keys, reader.NameKey(part))
	}
	if wire != "" {
		keys = append(keys, reader.NameKey(wire))
	}
	return keys
}

// heldGathering reports whether the tokens have "have" or "hold" with a
// gathering as its object ("had very good and constructive meetings",
// "held talks"): a light verb whose noun is the event (Jespersen's light
// verbs), which so took place.
func heldGathering(toks []reader.Token) bool {
	for i, t := range toks {
		if t.Lemma != "have" && t.Lemma != "hold" && t.Norm != "had" && t.Norm != "has" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			n := toks[k]
			if n.Kind != reader.Word || n.Norm == "to" || n.Norm == "been" {
				break
			}
			if gathering(n.Lemma) {
				return true
			}
			if n.Lemma != n.Norm {
				break // "had swapped letters": the perfect's auxiliary, or a word of another phrase
			}
		}
	}
	return false
}

// addClause adds what a clause of the claim says. main is set when c is a
// negated clause beside that main clause ("Merkel, who no longer sits in
// parliament, watched"): the words c has of its own (not the
// antecedent's, which the main clause repeats) are denied, not the claim.
func (f *features) addClause(w *world, c reader.Clause, main *reader.Clause) {
	own := func(lemma string) bool { return main != nil && !hasTerm(main.Terms, lemma) }
	for _, m := range c.Entities {
		if !m.Known() && m.Prep != "" && !m.Possessive && !m.Nominal && !inOrder(m.Span, c.Orders) {
			f.unknown = append(f.unknown, unknownName{text: m.Text, prep: m.Prep})
		}
		for _, id := range m.IDs {
			place := w.kind(id).Locational() && (m.Prep == "in" || m.Prep == "at")
			f.addEntity(entityRef{id: id, prep: m.Prep, subject: m.Subject, place: place, background: inOrder(m.Span, c.Orders), possessive: m.Possessive, nominal: m.Nominal})
		}
	}
	copular := true // a clause without a verb of its own: "who is no longer a senator"
	doers := clauseDoers(c)
	for _, t := range c.Terms {
		f.addTerm(termRef{lemma: t.Lemma, word: strings.ToLower(t.Text), prep: t.Prep, verb: t.Verb, passive: t.Passive, denied: t.Verb && own(t.Lemma), doers: doers})
		// Only a verb the text reads as one speaks: the structure's
		// predicate may be a noun taken for a verb ("the talks were useful").
		f.says = f.says || t.Verb && !own(t.Lemma) && communicates(t.Lemma)
		copular = copular && !t.Verb
	}
	if main != nil && copular {
		// What a negated copular clause beside the main one says of its
		// subject, the claim denies, as "no" denies a noun.
		for _, t := range c.Terms {
			if own(t.Lemma) {
				f.deny(t.Lemma)
			}
		}
	}
	f.times = append(f.times, c.Times...)
	var owners []string // only a drawn claim's reading says whose a figure is
	for _, m := range c.Entities {
		if f.claim.Drawn && m.Subject && !m.Possessive && m.Prep == "" {
			owners = append(owners, m.IDs...)
		}
	}
	for _, q := range c.Numbers {
		if !f.hasNumber(q) {
			f.numbers = append(f.numbers, q)
			f.numberOwners = append(f.numberOwners, owners)
		}
	}
	f.offices = append(f.offices, c.Offices...)
	for _, o := range c.Offices {
		// "Defence Minister Sergei Shoigu" says "minister" too, for a
		// statement whose title names no one ("the minister said").
		for _, l := range lemmas(o.RoleText) {
			f.addTerm(termRef{lemma: l, title: true})
		}
	}
	f.orders = append(f.orders, c.Orders...)
	if c.Negated {
		for _, l := range c.Denied {
			f.deny(l)
		}
	}
}

// deny records a noun the claim denies outright.
func (f *features) deny(lemma string) {
	if f.denied == nil {
		f.denied = make(map[string]bool)
	}
	f.denied[lemma] = true
}

// onlyDenied reports whether the claim's verbs with this lemma are all
// verbs of a negated clause beside the main one, and there is one.
func (f *features) onlyDenied(lemma string) bool {
	denied := false
	for _, t := range f.terms {
		if t.verb && t.lemma == lemma {
			if !t.denied {
				return false
			}
			denied = true
		}
	}
	return denied
}

// about reports whether the claim is an event's record for id, or a
// document's claim that names id.
func (f *features) about(id string) bool {
	if f.doc == nil {
		return f.claim.ID == id
	}
	for _, r := range f.entities {
		if r.id == id {
			return true
		}
	}
	return false
}

// readOffice reports whether the reading already gives the structure's
// office to its person, with what the reading knows of it (a former
// office, one given up), which the structure does not say.
func (f *features) readOffice(o *claims.OfficeMention) bool {
	for _, r := range f.offices {
		if r.Person == o.Person && r.Role == o.Role && (r.Country == "" || r.Country == o.Country) {
			return true
		}
	}
	return false
}

// hasTerm reports whether terms hold one with the lemma.
func hasTerm(terms []reader.Term, lemma string) bool {
	for _, t := range terms {
		if t.Lemma == lemma {
			return true
		}
	}
	return false
}

func (f *features) addEntity(r entityRef) {
	for i, have := range f.entities {
		if have.id == r.id {
			f.entities[i].subject = have.subject || r.subject
			f.entities[i].place = have.place || r.place
			f.entities[i].background = have.background && r.background
			f.entities[i].possessive = have.possessive && r.possessive
			if have.prep == "" {
				f.entities[i].prep = r.prep
			}
			return
		}
	}
	f.entities = append(f.entities, r)
}

// inOrder reports whether a span lies inside one of the order phrases.
func inOrder(s claims.Span, orders []reader.Order) bool {
	for _, o := range orders {
		if o.Span.Start <= s.Start && s.End <= o.Span.End {
			return true
		}
	}
	return false
}

// lemmas returns the lemmas of the words of a phrase, and the phrase's
// own lemma when the lexicon knows it as a collocation.
func lemmas(phrase string) []string {
	words := strings.Fields(strings.ToLower(phrase))
	var out []string
	if len(words) > 1 {
		if joined := strings.Join(words, "_"); lexicon.Known(joined) {
			out = append(out, lexicon.Normalize(joined))
		}
	}
	for _, w := range words {
		if !stopWordLike(w) {
			out = append(out, lexicon.Normalize(w))
		}
	}
	return out
}

// clauseDoers returns the known names of a claim clause that has a known
// subject of its own, or nil: who takes part in what its verbs say.
func clauseDoers(c reader.Clause) []string {
	var names []string
	subject := false
	for _, m := range c.Entities {
		names = append(names, m.IDs...)
		subject = subject || m.Subject && m.Known() && !m.Possessive
	}
	for _, t := range c.Tokens {
		if t.Kind == reader.Word && subjectPronoun(t.Norm) {
			return nil // "where he met Kim": who "he" is, the clause may not say
		}
	}
	if !subject {
		return nil
	}
	return names
}

// subjectPronoun reports whether a word is a personal pronoun that may be
// a clause's subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return false
}

// joinDoers merges the doers of a word found twice: nil (anyone) wins.
func joinDoers(a, b []string) []string {
	if a == nil || b == nil {
		return nil
	}
	return append(slices.Clip(a), b...)
}

func (f *features) addTerm(r termRef) {
	for i, have := range f.terms {
		if have.lemma == r.lemma {
			f.terms[i].verb = have.verb || r.verb
			f.terms[i].pred = have.pred || r.pred
			f.terms[i].denied = have.denied && r.denied // affirmed anywhere, it is not denied
			f.terms[i].title = have.title && r.title
			if have.prep == "" {
				f.terms[i].prep = r.prep
			}
			if have.word == "" {
				f.terms[i].word = r.word
			}
			f.terms[i].doers = joinDoers(have.doers, r.doers)
			return
		}
	}
	f.terms = append(f.terms, r)
}

func (f *features) hasPlace() bool {
	for _, r := range f.entities {
		if r.place {
			return true
		}
	}
	return false
}

// numberSaidOf reports whether the claim's k-th number may be said of the
// clause's subjects: its clause names no subject, the statement's clause
// names none, or they share one.
func (f *features) numberSaidOf(k int, subjects []string) bool {
	if k >= len(f.numberOwners) || len(f.numberOwners[k]) == 0 || len(subjects) == 0 {
		return true
	}
	for _, id := range subjects {
		if slices.Contains(f.numberOwners[k], id) {
			return true
		}
	}
	return false
}

// hasNumber reports whether the claim already holds the quantity.
func (f *features) hasNumber(q reader.Quantity) bool {
	for _, have := range f.numbers {
		if have.Value == q.Value && have.Unit == q.Unit {
			return true
		}
	}
	return false
}

// entitiesAt returns the claim's entities with the venues of its events
// known at the moment at, for a clause that names the events in named.
func (f *features) entitiesAt(at time.Time, named func(event string) bool) []entityRef {
	if len(f.venues) == 0 {
		return f.entities
	}
	// The full slice expression makes the first append copy, so f.entities
	// is never written and a claim whose venues all fall away costs nothing.
	out := f.entities[:len(f.entities):len(f.entities)]
	hasPlace := f.hasPlace()
	for _, v := range f.venues {
		if v.named && !named(v.event) {
			continue
		}
		if v.known.IsZero() || !at.Before(v.known) {
			r := v.ref
			// The venue of an event the claim only names as an object
			// can cover a place, never conflict with one.
			r.place = !hasPlace && !v.named
			out = append(out, r)
		}
	}
	return out
}

// timesAt returns the claim's times with the dates of its events known at
// the moment at. A clause about one event (subject) takes only that
// event's date: the armistice's day does not date the war it ended.
func (f *features) timesAt(at time.Time, subject string) []reader.Time {
	if len(f.eventTimes) == 0 {
		return f.times
	}
	out := f.times[:len(f.times):len(f.times)] // appending copies, as in entitiesAt
	for _, d := range f.eventTimes {
		if (d.known.IsZero() || !at.Before(d.known)) && (subject == "" || subject == d.event) {
			out = append(out, d.t)
		}
	}
	return out
}

// participant reports whether an entity takes part in what the claim says:
// one of its subjects or objects, as curated or as read, not a name in a
// modifier ("following Shoigu's visit").
func (f *features) participant(r entityRef) bool {
	if len(f.claim.Structure.Subjects) == 0 && len(f.claim.Structure.Objects) == 0 {
		return true // no structure: every name counts
	}
	if f.subjects[r.id] || r.subject && !r.possessive {
		return true
	}
	for _, id := range f.claim.Structure.Objects {
		if id == r.id {
			return true
		}
	}
	return r.place
}
