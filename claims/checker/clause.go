package checker

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
	"github.com/factcheck/factcheck/claims/reader"
)

type mention = reader.Mention

// clause is a statement clause prepared for alignment: the offices it
// states are set apart (reference facts decide them), and what is left are
// the units a claim must cover.
type clause struct {
	reader.Clause
	entities []mention
	terms    []reader.Term
	// implied are manners the clause implies without saying them ("in
	// person" for a journey to an event): they count where the claim
	// speaks to them, and are no gap where it does not.
	implied []reader.Term
	times   []reader.Time
	numbers []reader.Quantity
	// officeOnly is set when the clause only states who holds an office
	// ("Lavrov is Russia's foreign minister"): tenures decide it alone.
	officeOnly bool
	// officeTimes are the times that date the clause's offices.
	officeTimes []reader.Time
	// eventSubject is set when the clause's subject is an event (or a
	// series of events); subjectEvent names it.
	eventSubject bool
	subjectEvent string
	tense        tense
	at           time.Time // the moment the clause is read at
	// anchor caches timeAnchor; motion caches, per term, whether it is a
	// verb of going somewhere. Both are computed once per clause, not once
	// per candidate claim.
	// contextTimes are the other clauses' dates, for a clause with none.
	contextTimes []reader.Time
	timeTexts    []string // c.times written out once, not per candidate
	anchor       string
	anchorDone   bool
	motion       []bool
	verbsBefore  []verbStart // motionBefore's index, built with motion
	// texts caches mentionText, per entity mention.
	texts []mentionText
	// roles says, once per clause, which mentions fill an argument of its
	// event and which name an event (mentionRoles).
	roles []mentionRole
}

// mentionText is what the alignment of an entity mention reads in its
// text, worked out once per clause rather than once per candidate claim.
type mentionText struct {
	done  bool
	lower string // the text in lower case
	// name is the text without a leading "the", in lower case (namesInText).
	name string
	// words are the words of the text a claim must cover for describes:
	// lower case, without punctuation or stop words, with their lemmas.
	words []describedWord
}

// describedWord is a word of a mention's text and its lemma.
type describedWord struct{ word, lemma string }

// mentionRole is what a mention of the clause is to its event.
type mentionRole struct{ participant, event bool }

// mentionRoles returns the roles of the clause's mentions, worked out on
// first use: every claim's alignment asks the same.
func (e *Engine) mentionRoles(c *clause) []mentionRole {
	if c.roles == nil {
		c.roles = make([]mentionRole, len(c.entities))
		for k, m := range c.entities {
			c.roles[k].participant = e.participantMention(m)
			for _, id := range m.IDs {
				// An event, or a series of them ("this year's BRICS summit").
				c.roles[k].event = c.roles[k].event || e.world.kind(id) == claims.KindEvent || len(e.world.familyMembers(id)) > 0
			}
		}
	}
	return c.roles
}

// mentionText returns the texts of the clause's k-th entity mention.
func (c *clause) mentionText(k int) *mentionText {
	if c.texts == nil {
		c.texts = make([]mentionText, len(c.entities))
	}
	mt := &c.texts[k]
	if mt.done {
		return mt
	}
	text := c.entities[k].Text
	mt.done = true
	mt.lower = strings.ToLower(text)
	mt.name = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
	for _, w := range strings.Fields(mt.lower) {
		w = strings.Trim(w, ".,'\"")
		if w == "" || stopWordLike(w) {
			continue
		}
		mt.words = append(mt.words, describedWord{w, normalized(w)})
	}
	return mt
}

type tense int

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// tenseOf reads whether a clause speaks of the future ("will", "is to",
// "plans to") or plainly of the past ("met", "was").
func tenseOf(rc reader.Clause) tense {
	for i, t := range rc.Tokens {
		switch t.Norm {
		case "will", "shall", "'ll":
			return tenseFuture
		case "going":
			if i+1 < len(rc.Tokens) && rc.Tokens[i+1].Norm == "to" {
				return tenseFuture
			}
		}
	}
	if rc.Hedge == claims.HedgeExpected || rc.Hedge == claims.HedgePlanned || rc.Hedge == claims.HedgeLikely && !pastMarked(rc) {
		return tenseFuture // "is expected to", "plans to", "is likely to": what is to come
	}
	for _, t := range rc.Tokens {
		switch t.Norm {
		case "was", "were", "did", "had":
			return tensePast
		}
	}
	for _, t := range rc.Terms {
		if t.Verb && (strings.HasSuffix(strings.ToLower(t.Text), "ed") || irregularPast(rc.Tokens, t.Span.Start)) && !presentPassive(rc.Tokens, t.Span.Start) {
			return tensePast
		}
	}
	return tenseNone
}

// irregularPast reports whether the word at byte offset pos is an
// inflected verb form that is neither a present in -s nor a participle in
// -ing or -en, after no "has" or "have": an irregular past ("took",
// "became", "met").
func irregularPast(toks []reader.Token, pos int) bool {
	i := reader.TokenAt(toks, pos)
	if i < 0 {
		return false
	}
	t := toks[i]
	if t.Lemma == t.Norm || t.Lemma == "" || strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "en") || strings.HasSuffix(t.Norm, "ne") {
		return false
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].Norm {
	case "has", "have", "be", "been", "being":
		return false // a perfect, or a passive after a modal ("could be held")
	}
	return true
}

// presentPassive reports whether the participle starting at byte offset
// pos follows a present form of "be" ("is led", "are barred"): a
// present passive, not a past tense (Quirk et al. §3.64).
func presentPassive(toks []reader.Token, pos int) bool {
	k := reader.TokenAt(toks, pos)
	for k > 0 && toks[k-1].Kind == reader.Word && strings.HasSuffix(toks[k-1].Norm, "ly") {
		k-- // "is widely expected"
	}
	if k <= 0 {
		return false
	}
	switch toks[k-1].Norm {
	case "is", "are", "am", "'re": // not "'s", which may be "has"
		return true
	}
	return false
}

// doers returns the known subjects of the clause, not possessives.
func (c *clause) doers() []string {
	var out []string
	for _, m := range c.entities {
		if m.Subject && m.Known() && !m.Possessive {
			out = append(out, m.IDs...)
		}
	}
	return out
}

// occurrence verbs say that an event happens; with an event as subject they
// all mean the same and add nothing a claim must cover.
var occurrence = map[string]bool{
	"take_place": true, "hold": true, "happen": true, "occur": true, "be": true,
	"convene": true, "last": true, "run": true, "go_on": true, "come_about": true,
	"open": true, // WordNet's "open, begin": "the meeting opened with a prayer"
	"sign": true, "issue": true, "conclude": true, "begin": true, "start": true, "end": true, "launch": true,
	"gather": true, "assemble": true, "meet": true, "fight": true, "wage": true,
}

var gatheringMemo = memo.Strings[bool](memoLimit)

// gathering reports whether WordNet files the noun under "gathering",
// remembered.
func gathering(noun string) bool {
	return gatheringMemo.Get(noun, func(w string) bool { return lexicon.Hypernym(w, "gathering") })
}

func (e *Engine) prepare(rc reader.Clause, at time.Time) *clause {
	c := &clause{Clause: rc, at: at, tense: tenseOf(rc)}
	officeCountries := make(map[string]bool)
	officePeople := make(map[string]bool)
	copular := false
	for _, o := range rc.Offices {
		if o.Country != "" {
			officeCountries[o.Country] = true
		}
		if o.Person != "" {
			officePeople[o.Person] = true
		}
		copular = copular || o.Copular
	}
	for _, m := range rc.Entities {
		if m.Known() && (officeCountries[m.IDs[0]] || e.world.kind(m.IDs[0]) != claims.KindPerson && e.world.kind(m.IDs[0]) != claims.KindEvent) && overlapsOffice(m, rc.Offices) {
			// "of Russia" belongs to the office; "of the 2014 G20 summit" does not.
			continue
		}
		if copular && m.Known() && officePeople[m.IDs[0]] {
			continue
		}
		c.entities = append(c.entities, m)
	}
	for _, m := range c.entities {
		for _, id := range m.IDs {
			if m.Subject && (e.world.kind(id) == claims.KindEvent || len(e.world.familyMembers(id)) > 0) {
				c.eventSubject, c.subjectEvent = true, id
			}
		}
	}
	for _, t := range rc.Terms {
		if t.Subject && !t.Verb && gathering(strings.ToLower(t.Text)) {
			c.eventSubject = true // "the talks between the two leaders will be held..."
		}
		if copular && (officeVerbs[t.Lemma] || incumbent[t.Lemma]) {
			continue
		}
		c.terms = append(c.terms, t)
	}
	c.entities = append(c.entities, e.officeHolders(rc, at)...)
	c.terms = append(c.terms, e.presence(c)...)
	e.journeyToEvent(c)
	e.presenceAtEvent(c)
	e.hosting(c)
	c.numbers = rc.Numbers
	if copular {
		c.officeTimes = rc.Times
		if len(rc.Times) == 0 {
			e.datedByEvent(c)
		}
		c.officeOnly = len(c.entities) == 0 && len(c.terms) == 0 && len(c.numbers) == 0
		if !c.officeOnly {
			c.times = rc.Times
		}
	} else {
		c.times = outsideAppositions(rc)
		c.officeTimes = rc.Times
	}
	for _, t := range c.times {
		c.timeTexts = append(c.timeTexts, timeText(t))
	}
	return c
}

// datedByEvent dates a clause's offices by the one dated event it names
// ("was then foreign minister, at the time of the 2014 summit in
// Brisbane"). When the event, its place and words of timing are all the
// clause says besides the office, they are only the date and leave it.
func (e *Engine) datedByEvent(c *clause) {
	var ev *claims.Entity
	for _, m := range c.entities {
		if !m.Known() {
			continue
		}
		if x := e.world.entity(m.IDs[0]); x != nil && x.Kind == claims.KindEvent && !x.Period.IsZero() {
			if ev != nil {
				return // two events: which one dates the office is unclear
			}
			ev = x
		}
	}
	if ev == nil {
		return
	}
	c.officeTimes = []reader.Time{periodTime(ev.Period)}
	var rest []mention
	for _, m := range c.entities {
		if m.Known() && (m.IDs[0] == ev.ID || m.IDs[0] == ev.Place || e.world.relate(ev.Place, m.IDs[0], false) == relGeneral) {
			continue
		}
		rest = append(rest, m)
	}
	for _, t := range c.terms {
		if !timingWords[t.Lemma] {
			return
		}
	}
	if len(rest) == 0 {
		c.entities, c.terms = nil, nil
	}
}

// timingWords only place an office in time: "by the time of", "already".
var timingWords = map[string]bool{"time": true, "already": true, "still": true, "during": true}

func overlapsOffice(m mention, offices []reader.Office) bool {
	for _, o := range offices {
		if m.Span.Start >= o.Span.Start && m.Span.End <= o.Span.End || m.Prep == "of" {
			return true
		}
	}
	return false
}

// keys returns the index keys to look a clause's candidates up by.
func (e *Engine) keys(c *clause) []string {
	var keys []string
	for _, m := range c.entities {
		for _, id := range m.IDs {
			keys = append(keys, entityKey(id))
			for _, ch := range e.world.familyMembers(id) {
				keys = append(keys, entityKey(ch))
			}
			if ent := e.world.entity(id); ent != nil {
				for _, s := range ent.StandsFor {
					keys = append(keys, entityKey(s))
				}
			}
		}
	}
	for _, t := range c.terms {
		keys = append(keys, stemKey(t.Lemma))
	}
	return keys
}

// officeHolders resolves offices named without a person ("Russia's
// president") to who held them at the moment, as mentions of that person.
func (e *Engine) officeHolders(rc reader.Clause, at time.Time) []mention {
	var out []mention
	verbAt := rc.Span.End // where the first verb starts: before it stands the subject
	for _, t := range rc.Terms {
		if t.Verb {
			verbAt = min(verbAt, t.Span.Start)
		}
	}
	for _, o := range rc.Offices {
		if o.Person != "" || o.Country == "" {
			continue
		}
		for _, id := range e.holdersOf(o.Role, o.Country, at) {
			out = append(out, mention{IDs: []string{id}, Text: o.RoleText, Span: o.Span, Subject: o.Span.Start < verbAt})
		}
	}
	return out
}

// presence reads "X is (not) at the summit" as "X attends (skips) the
// summit": a clause with no verb but "be at" an event or organisation.
func (e *Engine) presence(c *clause) []reader.Term {
	for _, t := range c.terms {
		if t.Verb {
			return nil
		}
	}
	for _, m := range c.entities {
		if m.Prep != "at" || !m.Known() {
			continue
		}
		if k := e.world.kind(m.IDs[0]); k == claims.KindEvent || k == claims.KindOrganisation {
			return []reader.Term{{Lemma: "attend", Text: "be at", Span: m.Span, Verb: true}}
		}
	}
	return nil
}

// presenceAtEvent reads a clause with no verb but a copula and an event
// it is at ("will not be in India for the G20", "was at the summit") as
// attending it: WordNet glosses attend as "be present at".
func (e *Engine) presenceAtEvent(c *clause) {
	for _, t := range c.terms {
		if t.Verb {
			return
		}
	}
	cop := -1
	for i, t := range c.Tokens {
		if copulaForms[t.Norm] {
			cop = i
			break
		}
	}
	if cop < 0 {
		return
	}
	// Only prepositional phrases follow the copula, past "not" and
	// adverbs ("will not be in India for the G20", "was at the summit"),
	// not a noun ("was a sponsor for the regatta").
	k := cop + 1
	for k < len(c.Tokens) && (c.Tokens[k].Norm == "not" || strings.HasSuffix(c.Tokens[k].Norm, "ly")) {
		k++
	}
	if k >= len(c.Tokens) || !presencePreps[c.Tokens[k].Norm] {
		return
	}
	for _, m := range c.entities {
		if !presencePreps[m.Prep] || !m.Known() || m.Span.Start < c.Tokens[k].Span.Start || !e.onlyPlacesBefore(c, k, m) {
			continue
		}
		if kind := e.world.kind(m.IDs[0]); kind == claims.KindEvent || (kind == claims.KindOrganisation && len(e.world.familyMembers(m.IDs[0])) > 0) {
			t := c.Tokens[cop]
			c.terms = append(c.terms, reader.Term{Lemma: "attend", Text: t.Text, Span: t.Span, Verb: true})
			return
		}
	}
}

// presencePreps say where someone is: at, in, for an event.
var presencePreps = map[string]bool{"at": true, "in": true, "for": true}

// onlyPlacesBefore reports whether, between the clause's token k and the
// mention m, there stand only prepositions, determiners and places ("in
// India for the G20").
func (e *Engine) onlyPlacesBefore(c *clause, k int, m mention) bool {
	for _, t := range c.Tokens[k:] {
		if t.Span.Start >= m.Span.Start {
			return true
		}
		if t.Kind != reader.Word || presencePreps[t.Norm] || t.Norm == "the" || t.Norm == "a" {
			continue
		}
		place := false
		for _, o := range c.entities {
			if o.Known() && o.Span.Start <= t.Span.Start && t.Span.End <= o.Span.End && e.world.kind(o.IDs[0]).Locational() {
				place = true
			}
		}
		if !place {
			return false
		}
	}
	return true
}

// copulaForms are the forms of "be".
var copulaForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "am": true}

// journeyVerbs are verbs of the subject itself going somewhere. motionVerb
// is wider (WordNet puts "send" under moving) and would read "send a
// delegation to the summit" as attending it.
var journeyVerbs = map[string]bool{"travel": true, "go": true, "fly": true, "head": true, "come": true, "journey": true}

// journeyToEvent reads going to or for an event ("travel to India for the
// G20", "fly to the summit") as attending it in person, which is what such
// a journey says of the event, unless the clause only supposes it.
func (e *Engine) journeyToEvent(c *clause) {
	if c.Conditional {
		return // "if he came to the summit" says nothing of whether he did
	}
	verb := -1
	for i, t := range c.terms {
		if t.Verb && journeyVerbs[strings.SplitN(t.Lemma, "_", 2)[0]] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return
	}
	for _, m := range c.entities {
		if (m.Prep != "for" && m.Prep != "to") || !m.Known() {
			continue
		}
		if k := e.world.kind(m.IDs[0]); k == claims.KindEvent || (k == claims.KindOrganisation && len(e.world.familyMembers(m.IDs[0])) > 0) {
			t := c.terms[verb]
			c.terms[verb] = reader.Term{Lemma: "attend", Text: t.Text, Span: t.Span, Verb: true}
			c.implied = append(c.implied, reader.Term{Lemma: "in_person", Text: "in person", Span: t.Span, Prep: "in"})
			return
		}
	}
}

// headOfState are the roles that lead a country, in the order to try when
// a text says only "the leader" of a country.
var headOfState = []string{"president", "supreme-leader", "prime-minister"}

// holdersOf returns who held a role for a country at a moment. A role no
// one ever held there, named as "leader", falls back to the country's head
// of state: "the Russian leader" is Russia's president.
func (e *Engine) holdersOf(role, country string, at time.Time) []string {
	find := func(role string) (ids []string, ever bool) {
		for _, t := range e.world.tenuresOfRole(role, country) {
			{
				ever = true
				if t.Holds(at) {
					ids = append(ids, t.Person)
				}
			}
		}
		return ids, ever
	}
	ids, ever := find(role)
	if ever {
		return ids
	}
	if role == "supreme-leader" {
		for _, r := range headOfState {
			if ids, _ := find(r); len(ids) > 0 {
				return ids
			}
		}
	}
	// No reference fact speaks of the office: the one person the
	// documents give it ("Ukrainian President Volodymyr Zelenskyy" for
	// "the Ukrainian leader").
	roles := []string{role}
	if role == "supreme-leader" {
		roles = append(roles, headOfState[:]...)
	}
	for _, r := range roles {
		if people := e.documentHolders[[2]string{r, country}]; len(people) == 1 {
			return people
		}
	}
	return nil
}

// universal reports whether the clause speaks of all times or all cases:
// "never", "ever", "always".
func (c *clause) universal() bool {
	for _, t := range c.Tokens {
		switch t.Norm {
		case "never", "ever", "always", "every", "whenever":
			return true
		}
	}
	return false
}

// hosting reads "India is hosting the G20 summit" as "the G20 summit takes
// place in India": a place that hosts an event is where it happens.
func (e *Engine) hosting(c *clause) {
	// The event is looked for first: it is the cheaper test, and most
	// clauses name none. The host is the active clause's subject, the
	// passive's agent: "the summit is hosted by India" (Quirk et al.
	// §3.63), so the event is the active's object, the passive's subject.
	var asObject, asSubject bool
	for _, m := range c.entities {
		if m.Known() && (e.world.kind(m.IDs[0]) == claims.KindEvent || len(e.world.familyMembers(m.IDs[0])) > 0) {
			asSubject = asSubject || m.Subject
			asObject = asObject || !m.Subject
		}
	}
	if !asObject && !asSubject {
		return
	}
	host := -1
	for i, t := range c.terms {
		if t.Verb && (t.Lemma == "host" || lexicon.Synonyms(t.Lemma, "host")) {
			host = i
		}
	}
	if host < 0 {
		return
	}
	passive := c.terms[host].Passive
	if passive && !asSubject || !passive && !asObject {
		return
	}
	for i := range c.entities {
		m := &c.entities[i]
		hostSlot := !passive && m.Subject || passive && m.Prep == "by"
		if hostSlot && m.Known() && e.world.kind(m.IDs[0]).Locational() {
			m.Subject, m.Prep = false, "in"
		}
	}
	c.terms[host].Lemma = "take_place"
	c.eventSubject = true
}

// pastMarked reports whether a clause is in a past tense ("was likely").
func pastMarked(rc reader.Clause) bool {
	for _, t := range rc.Tokens {
		switch t.Norm {
		case "was", "were", "did", "had":
			return true
		}
	}
	return false
}

// outsideAppositions returns the clause's dates but those inside an office
// given in apposition to a name, set off by commas on both sides
// ("Lavrov, Russia's foreign minister since 2004, attended"): such a date
// dates the office, which
// the reference facts check, not what the clause says happened (a
// non-restrictive apposition is a proposition of its own, as ClausIE
// reads it).
func outsideAppositions(rc reader.Clause) []reader.Time {
	var spans []claims.Span
	for _, o := range rc.Offices {
		if o.Copular {
			continue
		}
		k := reader.TokenAt(rc.Tokens, o.Span.Start)
		if k <= 1 || rc.Tokens[k-1].Norm != "," || !endsName(rc, rc.Tokens[k-2].Span.End) {
			continue // an apposition follows the name it describes
		}
		end, closed := o.Span.End, false
		for _, t := range rc.Tokens[k:] {
			if t.Span.Start >= o.Span.End && t.Norm == "," {
				closed = true
				break
			}
			end = t.Span.End
		}
		if closed || end == rc.Tokens[len(rc.Tokens)-1].Span.End {
			// closed by a comma, or by the clause's end
			spans = append(spans, claims.Span{Start: o.Span.Start, End: end})
		}
	}
	if len(spans) == 0 {
		return rc.Times
	}
	var out []reader.Time
	for _, t := range rc.Times {
		inside := false
		for _, sp := range spans {
			inside = inside || t.Span.Start >= sp.Start && t.Span.End <= sp.End
		}
		if !inside {
			out = append(out, t)
		}
	}
	return out
}

// endsName reports whether a name of the clause ends at byte offset end.
func endsName(rc reader.Clause, end int) bool {
	for _, m := range rc.Entities {
		if m.Span.End == end {
			return true
		}
	}
	return false
}
