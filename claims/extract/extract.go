package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// IDPrefix is what follows "<document id>/" in the id of an extracted
// claim, before its two-digit number: "theweek-2023-09-putin-g20-kim/auto-07".
const IDPrefix = "auto-"

// Claims reads every content sentence of doc with r and returns one claim
// per sentence that names a known entity, in document order, with ids
// "<doc.ID>/auto-NN". Each claim's Quote is the sentence exactly as in
// doc.Text at its Span; its Statement is the same sentence with a leading
// subject pronoun replaced by the name it stands for. Relative dates are
// read against doc.Published. Claims returns nil for a nil document or
// reader. The result is deterministic and, when doc and r come from the
// same corpus, passes claims.NewCorpus in place of the curated claims.
func Claims(doc *claims.Document, r *reader.Reader) []*claims.Claim {
	if doc == nil || r == nil {
		return nil
	}
	x := extractor{doc: doc, r: r, g: r.Gazetteer(), titles: titles{}}
	x.events.g = x.g
	var out []*claims.Claim
	var prev []referent
	var prevSubjects []string
	for _, u := range units(doc) {
		quote := doc.Text[u.span.Start:u.span.End]
		rd := readUnit(r, doc, u)
		if !content(rd) {
			continue
		}
		items := x.events.items(rd)
		cl, refs := x.claim(u, quote, rd, prev, prevSubjects)
		if cl != nil {
			x.describe(cl, quote, x.events.resolve(rd, items))
			x.edition(cl)
		}
		x.events.remember(items)
		x.titles.learn(rd, x.g)
		prev, prevSubjects = refs, nil
		if cl == nil {
			continue
		}
		if !cl.Time.IsZero() {
			x.lastTime = cl.Time
		}
		prevSubjects = cl.Structure.Subjects
		cl.ID = fmt.Sprintf("%s/%s%02d", doc.ID, IDPrefix, len(out)+1)
		out = append(out, cl)
	}
	quotations(out)
	return out
}

type extractor struct {
	doc *claims.Document
	r   *reader.Reader
	g   *reader.Gazetteer
	// titles, events and lastTime carry the document so far: who was
	// given which title, the events the last sentences named, and the last
	// date a claim stated.
	titles   titles
	events   events
	lastTime claims.Period
}

// description is a definite description ("the chancellor") resolved to
// the person the document gave that title.
type description struct {
	Name     string
	EntityID string
	Span     claims.Span
}

// referent is an entity a sentence names, kept for the next sentence's
// pronouns.
type referent struct {
	pos     int
	id      string
	person  bool
	subject bool
}

// named reports whether a mention names a known entity in writing that
// looks like a name: with a capital letter somewhere ("week" in "next
// week" is not The Week).
func (x *extractor) named(m reader.Mention) bool {
	if !m.Known() || !strings.ContainsFunc(m.Text, unicode.IsUpper) {
		return false
	}
	_, ok := x.g.Entity(m.IDs[0])
	return ok
}

// auxiliaries count as a verb for telling a sentence from a label.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "shall": true, "should": true, "do": true, "does": true, "did": true,
}

// content reports whether a reading carries content: at least three words,
// and a verb unless it is six words or longer.
func content(rd *reader.Reading) bool {
	words, verb := 0, false
	for _, t := range rd.Tokens {
		if t.Kind == reader.Word {
			words++
			verb = verb || auxiliaries[t.Norm]
		}
	}
	for _, c := range rd.Clauses {
		for _, t := range c.Terms {
			verb = verb || t.Verb
		}
	}
	return len(rd.Clauses) > 0 && words >= 3 && (verb || words >= 6)
}

// claim builds the claim for one sentence, or nil when the sentence names
// no known entity to be its subject. It also returns the sentence's
// referents for the next sentence.
func (x *extractor) claim(u unit, quote string, rd *reader.Reading, prev []referent, prevSubjects []string) (*claims.Claim, []referent) {
	first := rd.Clauses[0]
	statement := quote
	var notes []string

	subjects := x.subjects(first)
	var resolved *referent
	var described *description // a definite description resolved to a person
	if len(subjects) == 0 {
		if tok, ok := leadPronoun(first); ok {
			if ref, ok := resolve(tok.Norm, prev); ok {
				subjects = []string{ref.id}
				resolved = &referent{pos: tok.Span.Start, id: ref.id, person: ref.person, subject: true}
				name := x.name(ref.id)
				statement = quote[:tok.Span.Start] + name + quote[tok.Span.End:]
				notes = append(notes, fmt.Sprintf("%q read as %s, the last %s named in the sentence before", tok.Text, name, kindWord(tok.Norm)))
			}
		}
	}
	if statement == quote {
		// "His girlfriend Carrie Symonds stood nearby": a possessive
		// pronoun opening the sentence is resolved as a subject pronoun
		// is (the sieve's pronoun pass), and written in as a possessive.
		if tok, ok := leadPossessive(first); ok {
			if ref, ok := resolve(possessives[tok.Norm], prev); ok {
				name := x.name(ref.id)
				statement = quote[:tok.Span.Start] + name + "'s" + quote[tok.Span.End:]
				notes = append(notes, fmt.Sprintf("%q read as %s's, the last %s named in the sentence before", tok.Text, name, kindWord(possessives[tok.Norm])))
			}
		}
	}
	if len(subjects) == 0 && len(prevSubjects) > 0 {
		if at, ok := elided(first); ok {
			subjects = prevSubjects
			names := make([]string, len(subjects))
			for i, id := range subjects {
				names[i] = x.name(id)
			}
			name := strings.Join(names, " and ")
			statement = quote[:at] + name + " " + quote[at:]
			notes = append(notes, "elided subject read as "+name+", the subject of the sentence before")
		}
	}
	if len(subjects) == 0 {
		if id, span, ok := x.titles.subject(first); ok {
			subjects = []string{id}
			name := x.name(id)
			described = &description{Name: quote[span.Start:span.End], EntityID: id, Span: span}
			statement = quote[:span.Start] + name + quote[span.End:]
			notes = append(notes, fmt.Sprintf("%q read as %s, given that title earlier", quote[span.Start:span.End], name))
		}
	}
	if len(subjects) == 0 {
		if ids, span, ok := pluralDescription(first, prev); ok {
			// "The two diplomats also weighed plans": the two people the
			// sentence before names (the sieve's number agreement).
			subjects = ids
			names := make([]string, len(ids))
			for i, id := range ids {
				names[i] = x.name(id)
			}
			written := strings.Join(names, " and ")
			statement = quote[:span.Start] + written + quote[span.End:]
			notes = append(notes, fmt.Sprintf("%q read as %s, the people named in the sentence before", quote[span.Start:span.End], written))
		}
	}
	if len(subjects) == 0 {
		for _, c := range rd.Clauses[1:] {
			if subjects = x.subjects(c); len(subjects) > 0 {
				notes = append(notes, "subject from a later clause")
				break
			}
		}
	}
	place := x.place(rd)
	if len(subjects) == 0 {
		if id, how := x.anyName(rd, place); id != "" {
			subjects = []string{id}
			notes = append(notes, "no named subject before the verb; "+how)
		}
	}
	if resolved == nil && described != nil {
		// "the Iranian foreign minister called for ...": the person the
		// description refers to is named in this sentence for the next.
		resolved = &referent{pos: described.Span.Start, id: described.EntityID, person: true, subject: true}
	}
	refs := x.referents(rd, resolved)
	if contains(subjects, place) {
		place = ""
	}
	st := claims.Structure{
		Subjects:  subjects,
		Predicate: predicate(rd),
		Objects:   x.objects(rd, subjects, place),
		Place:     place,
		Numbers:   numbers(rd),
		Office:    x.office(rd),
		Negated:   rd.Main().Negated,
	}
	hedge, attribution := x.hedge(rd)
	if described != nil {
		// "The chancellor said ...": the speaker is the chancellor named
		// before, whether or not the reader took the title for a source.
		found := false
		for i, src := range attribution {
			if src.EntityID == "" && strings.EqualFold(strings.TrimSpace(src.Name), described.Name) {
				attribution[i].EntityID, found = described.EntityID, true
			}
		}
		if at := reader.TokenAt(rd.Tokens, described.Span.End-1); !found && len(attribution) == 0 && at >= 0 && at+1 < len(rd.Tokens) && sayingVerb(rd.Tokens[at+1]) {
			attribution = claims.Attribution{{Name: x.name(described.EntityID), Kind: claims.SourcePerson, EntityID: described.EntityID}}
			hedge = max(hedge, claims.HedgeReported)
		}
	}
	cl := &claims.Claim{
		DocumentID:  x.doc.ID,
		Section:     u.section,
		Statement:   statement,
		Quote:       quote,
		Span:        u.span,
		Structure:   st,
		Hedge:       hedge,
		Attribution: attribution,
		Time:        x.timeOf(rd),
		Note:        "extracted automatically",
		Drawn:       true,
	}
	if len(notes) > 0 {
		cl.Note += "; " + strings.Join(notes, "; ")
	}
	return cl, refs
}

func kindWord(pronoun string) string {
	switch pronoun {
	case "he", "she":
		return "person"
	case "it":
		return "thing"
	}
	return "name"
}

// subjects returns the known entities that stand before the clause's verb
// without a preposition, possessives only when nothing else does, and
// without the country of an office given to one of them ("Russia's" in
// "Russia's Defence Minister Sergei Shoigu").
func (x *extractor) subjects(c reader.Clause) []string {
	var plain, poss []string
	for _, m := range c.Entities {
		if !x.named(m) || !m.Subject || m.Prep != "" || inDescription(m, c.Offices) {
			continue
		}
		if m.Possessive {
			poss = appendNew(poss, m.IDs[0])
		} else {
			plain = appendNew(plain, m.IDs[0])
		}
	}
	out := plain
	if len(out) == 0 {
		out = poss
	}
	for _, o := range c.Offices {
		if o.Person != "" && o.Country != "" && contains(out, o.Person) && len(out) > 1 {
			out = remove(out, o.Country)
		}
	}
	return out
}

// inDescription reports whether a country mention is part of a title that
// names no one ("the Iranian foreign minister said"): the subject is the
// person the description refers to, not the country.
func inDescription(m reader.Mention, offices []reader.Office) bool {
	for _, o := range offices {
		within := o.Span.Start <= m.Span.Start && m.Span.End <= o.Span.End
		before := m.Span.End <= o.Span.Start && o.Span.Start-m.Span.End <= 1
		if o.Person == "" && len(m.IDs) > 0 && o.Country == m.IDs[0] && (within || before) {
			return true
		}
	}
	return false
}

// leadPronoun returns a subject pronoun standing before the clause's first
// verb: "He however attended", "Experts say that he is seeking". "It"
// before "is" or "was" is left alone: it is usually the dummy subject of
// "it is natural that".
func leadPronoun(c reader.Clause) (reader.Token, bool) {
	verbAt := -1
	for _, t := range c.Terms {
		if t.Verb {
			verbAt = t.Span.Start
			break
		}
	}
	for i, t := range c.Tokens {
		if verbAt >= 0 && t.Span.Start >= verbAt {
			break
		}
		switch t.Norm {
		case "he", "she", "they":
			return t, true
		case "it":
			if i+1 < len(c.Tokens) {
				if n := c.Tokens[i+1].Norm; n == "is" || n == "was" || n == "'s" {
					return reader.Token{}, false
				}
			}
			return t, true
		}
	}
	return reader.Token{}, false
}

// possessives maps a possessive determiner to its subject pronoun.
var possessives = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// leadPossessive returns a possessive determiner opening the clause,
// perhaps after a conjunction or adverb: "His girlfriend ...", "But her
// aides ...".
func leadPossessive(c reader.Clause) (reader.Token, bool) {
	for _, t := range c.Tokens {
		if _, ok := possessives[t.Norm]; ok {
			return t, true
		}
		if t.Kind != reader.Word || !leadWords[t.Norm] {
			break
		}
	}
	return reader.Token{}, false
}

// elided reports whether the clause starts with its verb, only a
// conjunction or adverb and punctuation before it ("But, walked out
// after..."), and returns the verb's offset.
func elided(c reader.Clause) (int, bool) {
	for _, t := range c.Terms {
		if !t.Verb {
			continue
		}
		lead := false
		for _, tok := range c.Tokens {
			if tok.Span.Start >= t.Span.Start {
				return t.Span.Start, lead // "Shunned by..." opens with a participle, not an elided subject
			}
			if tok.Kind == reader.Word && !leadWords[tok.Norm] {
				return 0, false
			}
			lead = lead || tok.Kind == reader.Word
		}
		return 0, false
	}
	return 0, false
}

// leadWords may stand before a verb whose subject is elided.
var leadWords = map[string]bool{
	"but": true, "and": true, "yet": true, "then": true, "also": true, "however": true,
	"so": true, "later": true, "still": true,
}

// resolve finds what a pronoun stands for among the previous sentence's
// referents: the last subject of the right kind, else the last name of the
// right kind.
func resolve(pronoun string, prev []referent) (referent, bool) {
	fits := func(r referent) bool {
		switch pronoun {
		case "he", "she":
			return r.person
		case "it":
			return !r.person
		}
		return true
	}
	for _, subjectOnly := range []bool{true, false} {
		for i := len(prev) - 1; i >= 0; i-- {
			if (!subjectOnly || prev[i].subject) && fits(prev[i]) {
				return prev[i], true
			}
		}
	}
	return referent{}, false
}

// referents lists the known entities the reading names, in text order.
func (x *extractor) referents(rd *reader.Reading, resolved *referent) []referent {
	var out []referent
	seen := map[claims.Span]bool{}
	for _, c := range rd.Clauses {
		for _, m := range c.Entities {
			if !x.named(m) || seen[m.Span] {
				continue
			}
			seen[m.Span] = true
			e, ok := x.g.Entity(m.IDs[0])
			if !ok {
				continue
			}
			out = append(out, referent{pos: m.Span.Start, id: e.ID, person: e.Kind == claims.KindPerson, subject: m.Subject && m.Prep == ""})
		}
	}
	if resolved != nil {
		out = append(out, *resolved)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

// anyName returns, for a sentence without a named subject, the first
// known entity that no preposition governs, else the first that is not the
// sentence's place, else the first named source ("Lavrov told
// reporters"). It says which in its second result.
func (x *extractor) anyName(rd *reader.Reading, place string) (string, string) {
	for _, free := range []bool{true, false} {
		for _, c := range rd.Clauses {
			for _, m := range c.Entities {
				if x.named(m) && m.IDs[0] != place && (!free || m.Prep == "") {
					return m.IDs[0], "the first name taken as subject"
				}
			}
		}
	}
	for _, c := range rd.Clauses {
		for _, s := range c.Sources {
			if len(s.IDs) > 0 {
				if _, ok := x.g.Entity(s.IDs[0]); ok {
					return s.IDs[0], "the named source taken as subject"
				}
			}
		}
	}
	return "", ""
}

// predicate returns the lemma of the main clause's first verb, else of
// any clause's, else "be" or "have" for a sentence whose only verb is an
// auxiliary, else the first content word.
func predicate(rd *reader.Reading) string {
	for _, t := range rd.Main().Terms {
		if t.Verb && strings.TrimSpace(t.Lemma) != "" {
			return strings.ReplaceAll(t.Lemma, "_", " ")
		}
	}
	for _, c := range rd.Clauses {
		for _, t := range c.Terms {
			if t.Verb && strings.TrimSpace(t.Lemma) != "" {
				return strings.ReplaceAll(t.Lemma, "_", " ")
			}
		}
	}
	for _, c := range rd.Clauses {
		for i, t := range c.Terms {
			if i > 0 && !strings.Contains(t.Lemma, "_") && lexicon.POS(strings.ToLower(t.Text)).Has(lexicon.Verb) {
				return t.Lemma // "Members of the forum include ...": a verb the reader did not take for one
			}
		}
	}
	for _, t := range rd.Tokens {
		switch t.Norm {
		case "has", "have", "had":
			return "have"
		}
		if auxiliaries[t.Norm] {
			return "be"
		}
	}
	for _, c := range rd.Clauses {
		for _, t := range c.Terms {
			if strings.TrimSpace(t.Lemma) != "" {
				return strings.ReplaceAll(t.Lemma, "_", " ")
			}
		}
	}
	return "be"
}

// place returns the first known place something happens in: a city,
// country, region or place named after "in" or "at".
func (x *extractor) place(rd *reader.Reading) string {
	for _, c := range rd.Clauses {
		for _, m := range c.Entities {
			if !x.named(m) || (m.Prep != "in" && m.Prep != "at") {
				continue
			}
			if e, ok := x.g.Entity(m.IDs[0]); ok && e.Kind.Locational() {
				return e.ID
			}
		}
	}
	return ""
}

// objects returns the other known entities the sentence names.
func (x *extractor) objects(rd *reader.Reading, subjects []string, place string) []string {
	var out []string
	for _, c := range rd.Clauses {
		for _, m := range c.Entities {
			if !x.named(m) {
				continue
			}
			id := m.IDs[0]
			if id == place || contains(subjects, id) {
				continue
			}
			out = appendNew(out, id)
		}
	}
	return out
}

func numbers(rd *reader.Reading) []claims.Number {
	var out []claims.Number
	seen := map[claims.Span]bool{}
	for _, c := range rd.Clauses {
		for _, q := range c.Numbers {
			if seen[q.Span] {
				continue
			}
			seen[q.Span] = true
			out = append(out, claims.Number{Value: q.Value, Unit: q.Unit, Text: q.Text})
		}
	}
	return out
}

// office returns the first office the sentence gives a named person in a
// named country.
func (x *extractor) office(rd *reader.Reading) *claims.OfficeMention {
	for _, c := range rd.Clauses {
		for _, o := range c.Offices {
			if o.Person == "" || o.Role == "" || o.Country == "" {
				continue
			}
			p, ok := x.g.Entity(o.Person)
			if !ok || p.Kind != claims.KindPerson {
				continue
			}
			if _, ok := x.g.Role(o.Role); !ok {
				continue
			}
			if _, ok := x.g.Entity(o.Country); !ok {
				continue
			}
			return &claims.OfficeMention{Person: o.Person, Role: o.Role, Country: o.Country}
		}
	}
	return nil
}

var sourceKinds = map[claims.SourceKind]bool{
	claims.SourceOutlet: true, claims.SourceOfficial: true, claims.SourcePerson: true,
	claims.SourceAnonymous: true, claims.SourceExperts: true,
}

// hedge returns the loosest hedge the sentence carries, "reported" for a
// sentence with a named source and no looser hedge, and the sources in the
// order the text gives them.
func (x *extractor) hedge(rd *reader.Reading) (claims.Hedge, claims.Attribution) {
	h := claims.HedgeUnspecified
	var chain claims.Attribution
	for _, c := range rd.Clauses {
		if c.Hedge > h && c.Hedge <= claims.HedgeSpeculation {
			h = c.Hedge
		}
		for _, s := range c.Sources {
			src := claims.Source{Name: strings.TrimSpace(s.Text), Kind: s.Kind}
			if src.Name == "" {
				continue
			}
			if !sourceKinds[src.Kind] {
				src.Kind = claims.SourceAnonymous
			}
			if len(s.IDs) > 0 {
				if _, ok := x.g.Entity(s.IDs[0]); ok {
					src.EntityID = s.IDs[0]
				}
			} else if id, ok := x.titles.holder(s.Text); ok && s.Kind == claims.SourcePerson {
				src.EntityID, src.Name = id, x.name(id) // "the president said", after "President Trump"
			}
			dup := false
			for _, o := range chain {
				dup = dup || o == src
			}
			if !dup {
				chain = append(chain, src)
			}
		}
	}
	if h < claims.HedgeAsserted {
		h = claims.HedgeAsserted
	}
	if h == claims.HedgeAsserted && len(chain) > 0 {
		h = claims.HedgeReported
	}
	return h, chain
}

// timeOf returns the date the sentence states, or one it counts from the
// sentence before ("two days later").
func (x *extractor) timeOf(rd *reader.Reading) claims.Period {
	if p, ok := offset(rd, x.lastTime); ok {
		return p
	}
	return x.time(rd)
}

// time returns the first date or period the sentence states; one written
// without a year takes the publication year. An open bound ("since 2012")
// limits the date of what the sentence tells without giving it.
func (x *extractor) time(rd *reader.Reading) claims.Period {
	for _, c := range rd.Clauses {
		for _, t := range c.Times {
			p := t.Period
			if p.Precision == claims.PrecisionNone || p.Start.IsZero() || t.OpenBound() {
				continue
			}
			if !t.YearKnown {
				if x.doc.Published.IsZero() {
					continue
				}
				y := x.doc.Published.Year()
				p.Start = withYear(p.Start, y)
				if !p.End.IsZero() {
					p.End = withYear(p.End, y)
					if p.End.Before(p.Start) {
						p.End = p.End.AddDate(1, 0, 0)
					}
				}
			}
			if !p.End.IsZero() && p.End.Before(p.Start) {
				p.End = time.Time{}
			}
			return p
		}
	}
	return claims.Period{}
}

func withYear(t time.Time, y int) time.Time {
	return time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// name returns the display name of an entity.
func (x *extractor) name(id string) string {
	if e, ok := x.g.Entity(id); ok && strings.TrimSpace(e.Name) != "" {
		return e.Name
	}
	return id
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

func remove(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// pluralDescription reads a subject such as "the two diplomats" or "both
// leaders" before the clause's first verb: a count and a plural noun for
// people, or the count or "both" alone right before that verb ("the two
// met"). It returns the people the sentence before names when there are
// exactly that many of them, with the description's span.
func pluralDescription(c reader.Clause, prev []referent) ([]string, claims.Span, bool) {
	toks := c.Tokens
	for i := 0; i+1 < len(toks) && i < 3; i++ {
		if toks[i].Norm != "the" && toks[i].Norm != "both" {
			continue
		}
		k, n := i+1, 2
		if toks[i].Norm == "the" {
			if n = count(toks[k]); n < 2 {
				return nil, claims.Span{}, false
			}
			k++
		}
		end := k // the description's last token
		switch {
		case k < len(toks) && personNoun(toks[k]) && plural(toks[k]):
		case (i == 0 || toks[i-1].Norm != "of") && (k > i+1 || toks[i].Norm == "both"):
			// "The two shook hands", "Both denied it": a count or "both"
			// as the head, its noun left out, when a verb follows (fused
			// heads: Huddleston & Pullum 2002, ch. 5 §9); not "one of the
			// two".
			if k >= len(toks) || toks[k].Span.Start != firstVerbAt(c) {
				return nil, claims.Span{}, false
			}
			end = k - 1
		default:
			return nil, claims.Span{}, false
		}
		var people []string
		for _, r := range prev {
			if r.person && !contains(people, r.id) {
				people = append(people, r.id)
			}
		}
		if len(people) != n {
			return nil, claims.Span{}, false
		}
		return people, claims.Span{Start: toks[i].Span.Start, End: toks[end].Span.End}, true
	}
	return nil, claims.Span{}, false
}
