package checker

import (
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// state is how one unit of a statement fares against one piece of evidence.
type state uint8

const (
	gap      state = iota // the evidence does not say this
	covered               // the evidence says this, in other words or not
	conflict              // the evidence says something incompatible about the same thing
)

// unit is one checkable element of a clause: an entity, a content word, a
// date, a number, a named source. Its fields are ordered so that the small
// ones pack together: a check makes a few hundred units.
type unit struct {
	text   string
	reason string // for gaps and conflicts: what differs
	prep   string // the preposition governing it in the clause
	weight float64
	pos    int // byte offset in the statement, for word order
	state  state
	// strong marks a conflict that stands on its own (a different number,
	// an opposite, another place); a weak one (a different date) needs the
	// claim's predicate to match before it counts.
	strong bool
	// subject marks a subject of the clause; verb its predicate.
	subject, verb bool
	// needsPred marks a conflict that counts only when the claim's
	// predicate matches too (a means of travel for the same journey).
	needsPred bool
	source    bool // it names who said it
	mainPred  bool // a conflict that counts only when the claim's own predicate matches
	time      bool // it is a date
	number    bool // it is a figure
	// paraphrase marks a verb covered only as another word for the
	// claim's event (sameEventVerb).
	paraphrase bool
	// narrower marks a word the claim has only in a wider sense (a verb
	// whose hypernym the claim uses).
	narrower bool
	// place marks a conflict between two places where something happens.
	place bool
	// name marks a proper name.
	name bool
	// participant marks a name that fills an argument of the clause's
	// event (participantMention); event one that names an event.
	participant, event bool
	// modifier marks a word before the noun it narrows ("close" in "close
	// relations"): when the claim denies the noun outright, a missing
	// modifier does not keep the denial from contradicting.
	modifier bool
}

// alignment is a clause measured against one claim.
type alignment struct {
	f          *features
	units      []unit
	flips      int  // content words matched by an antonym
	verbAlign  bool // a verb of the clause matched a verb of the claim (directly or by antonym)
	predAlign  bool // a word of the clause matched the claim's main predicate
	entityHits int  // statement entities the claim covers
	polarity   bool // the claim and clause differ in polarity on an aligned predicate
	denies     bool // the polarity differs because the claim denies what the clause affirms
	// affirmsDenied is set when a word of the clause matched a noun a
	// clause of the claim denies outright ("ties" for "no relations").
	affirmsDenied bool
	boosted       bool // the clause claims certainty the claim's hedge does not give
	reference     bool // the features are an event's reference record, not a claim
	conditional   bool // the clause is hypothetical
	// otherOccasion is set when the claim is about a past occasion and the
	// clause about a future one: it can neither support nor contradict.
	otherOccasion bool
	// eventIsSubject is set for an event's record when the clause is about
	// that event (its subject).
	eventIsSubject bool
	// usedTerms and usedEntities are the claim's words and entities some
	// unit matched, each once. A claim has a handful of each, so a slice
	// searched in turn is cheaper than a map.
	usedTerms    []string
	usedEntities []string
}

// Weights of unit kinds: names and numbers matter more than ordinary words.
const (
	weightSubject = 2.5
	weightEntity  = 2.0
	weightVerb    = 1.5
	weightWord    = 1.0
	weightTime    = 1.5
	weightNumber  = 1.5
	weightSource  = 1.0
)

// sums returns the weights covered, missing and conflicting.
func (a *alignment) sums() (cov, gp, con float64) {
	for _, u := range a.units {
		switch u.state {
		case covered:
			cov += u.weight
		case gap:
			gp += u.weight
		case conflict:
			con += u.weight
		}
	}
	return cov, gp, con
}

// modifierGaps returns the weight of the modifiers the claim does not cover.
func (a *alignment) modifierGaps() float64 {
	w := 0.0
	for _, u := range a.units {
		if u.modifier && u.state == gap {
			w += u.weight
		}
	}
	return w
}

// complete reports whether the claim covers every unit of the clause.
func (a *alignment) complete() bool {
	_, gp, con := a.sums()
	return gp == 0 && con == 0 && !a.polarity
}

// contradicts reports whether the claim is about the same thing as the
// clause and conflicts with it.
func (a *alignment) contradicts(kind func(id string) claims.EntityKind) bool {
	cov, gp, con := a.sums()
	if con == 0 && !a.polarity || a.otherOccasion {
		return false
	}
	if a.denies {
		gp -= a.modifierGaps() // "no ties" denies "close ties" too
	}
	if a.polarity && con == 0 && (gp > 1 || cov/(cov+gp) < 0.8 || a.conditional) {
		// An opposite predicate contradicts only the same proposition,
		// and never a hypothetical one.
		return false
	}
	if a.entityHits == 0 && !a.subjectNounCovered() || !a.anchored() && !a.reference && !a.strongConflict() {
		return false
	}
	if a.reference {
		// An event's record says only when and where it was: a clause that
		// names the event and puts it elsewhere or at another time is
		// contradicted, whatever else it says of whom.
		// A date counts only when the event is what the clause is about:
		// "Shoigu's trip in July 2023 marked the armistice's anniversary"
		// does not date the armistice.
		return a.entityHits > 0 && con > 0 && (a.eventIsSubject || !a.onlyTimeConflicts())
	}
	if !a.subjectsCovered() || a.onlyVenueConflicts() && a.participantGap() || a.onlyOccasionConflicts() && a.argumentGap() || a.eventGap(kind) {
		return false
	}
	return cov >= 2 && cov/(cov+gp) >= 0.6
}

// onlyVenueConflicts reports whether every conflict is about where
// something happens ("in", "at" a place; a journey's destination is one
// whatever else the clause says).
func (a *alignment) onlyVenueConflicts() bool {
	return a.onlyConflicts(func(u unit) bool { return u.place && (u.prep == "in" || u.prep == "at") })
}

// onlyOccasionConflicts reports whether every conflict is about where or
// when something happens.
func (a *alignment) onlyOccasionConflicts() bool {
	return a.onlyConflicts(func(u unit) bool { return u.time || u.place && (u.prep == "in" || u.prep == "at") })
}

// participantGap reports whether a name the clause gives, not a place,
// is one the claim does not cover: "Biden will meet Xi in Lima" may be
// another event than the claim's visit to Manaus, so the places do not
// conflict (one event has one place only when it is the same event,
// Davidson 1967).
func (a *alignment) participantGap() bool {
	return a.anyUnit(func(u unit) bool { return u.state == gap && u.name && u.prep != "in" && u.prep != "at" })
}

// anyUnit reports whether some unit is as p asks.
func (a *alignment) anyUnit(p func(u unit) bool) bool {
	return slices.ContainsFunc(a.units, p)
}

// argumentGap reports whether a participant of the clause's event (a
// person or event in an argument of it) is one the claim does not cover:
// then the claim's date and place may be another event's, as "Biden will
// meet Xi next month" is not dated by a claim about meeting Lula in May.
func (a *alignment) argumentGap() bool {
	return a.anyUnit(func(u unit) bool { return u.state == gap && u.participant })
}

// eventGap reports whether the clause names an event the claim does not
// cover while the claim names another: then the claim tells of the other
// event, and neither its manner, time nor place conflicts with the
// clause's (Davidson 1967: those are one event's). Figures, sources and
// polarity still conflict.
func (a *alignment) eventGap(kind func(id string) claims.EntityKind) bool {
	if !a.anyUnit(func(u unit) bool { return u.state == gap && u.event }) || !a.onlyConflicts(func(u unit) bool { return !u.number && !u.source && !u.name || u.place }) {
		return false
	}
	for _, r := range a.f.entities {
		if kind(r.id) == claims.KindEvent {
			return true
		}
	}
	return false
}

// placesOfOtherEvents turns into gaps the place conflicts of a reference
// event's alignment whose place follows another event named after the
// last word the record covers ("the offensive was condemned at a G20
// event in Bali"):
// a place belongs to the nearest phrase before it (Quirk et al. §9.6 on
// prepositional phrases as postmodifiers), so it is the other event's.
func (a *alignment) placesOfOtherEvents(c *clause, eventLike func(mention) bool) {
	for _, t := range c.terms {
		if t.Verb && occurrence[t.Lemma] {
			return // "were held at a summit in Lima": the place is the event's own
		}
	}
	for i := range a.units {
		u := &a.units[i]
		if u.state != conflict || !u.place {
			continue
		}
		own := -1 // the last word before the place that the record covers
		for _, v := range a.units {
			if v.state == covered && !v.verb && v.pos < u.pos && v.pos > own {
				own = v.pos
			}
		}
		if own >= 0 && otherEventBetween(c, own, u.pos, eventLike) {
			u.state, u.strong, u.reason = gap, false, u.text+" is where another event happens"
		}
	}
}

// otherEventBetween reports whether the clause names an event between
// byte offsets from and to: a name of one, or a noun of gathering ("a
// harbour summit", "an event").
func otherEventBetween(c *clause, from, to int, eventLike func(mention) bool) bool {
	for _, m := range c.entities {
		if m.Span.Start > from && m.Span.End <= to && eventLike(m) {
			return true
		}
	}
	for _, t := range c.terms {
		if !t.Verb && t.Span.Start > from && t.Span.End <= to && (t.Lemma == "event" || gathering(t.Lemma)) {
			return true
		}
	}
	return false
}

// anchored reports whether the claim speaks of the clause's event: its
// main predicate matches, or a verb of the clause matches one of the
// claim's and every unit that does not conflict is covered. A claim that
// names the same doing by the same participants describes the same event,
// and one event has one time and place (Davidson 1967, on events as
// individuals): "had been expected to meet 18 leaders and sign a pact on
// Monday" dates the signing too.
func (a *alignment) anchored() bool {
	if a.predAlign {
		return true
	}
	if !a.verbAlign {
		return false
	}
	for _, u := range a.units {
		if u.state == gap {
			return false
		}
	}
	return true
}

// paraphrased reports whether the claim covers the clause's verb only as
// a word for the same event (sameEventVerb).
func (a *alignment) paraphrased() bool { return a.paraphrase() != "" }

// paraphrase says which of the clause's words the claim covers only as a
// word for the same event, or "".
func (a *alignment) paraphrase() string {
	for _, u := range a.units {
		if u.paraphrase {
			return u.reason
		}
	}
	return ""
}

// mostlyCovered reports whether the claim covers most of what the clause
// says apart from its source: then a different source is a conflict, not
// another report.
func (a *alignment) mostlyCovered() bool {
	cov, gp, _ := a.sums()
	return cov > 0 && cov/(cov+gp) >= 0.75
}

func hasVerb(units []unit) bool {
	for _, u := range units {
		if u.verb {
			return true
		}
	}
	return false
}

// useTerm and useEntity record a claim word or entity some unit matched;
// the sets are made on first use, most alignments need none.
func (a *alignment) useTerm(lemma string) { a.usedTerms = addOnce(a.usedTerms, lemma) }

func (a *alignment) useEntity(id string) { a.usedEntities = addOnce(a.usedEntities, id) }

// termUsed and entityUsed report whether useTerm or useEntity recorded the
// claim word or entity.
func (a *alignment) termUsed(lemma string) bool { return slices.Contains(a.usedTerms, lemma) }

func (a *alignment) entityUsed(id string) bool { return slices.Contains(a.usedEntities, id) }

// addOnce appends s to set unless it holds it already.
func addOnce(set []string, s string) []string {
	if slices.Contains(set, s) {
		return set
	}
	if set == nil {
		set = make([]string, 0, 4)
	}
	return append(set, s)
}

// restCovered reports whether every unit is covered.
func (a *alignment) restCovered() bool {
	for _, u := range a.units {
		if u.state != covered {
			return false
		}
	}
	return true
}

// onlyConflicts reports whether some unit conflicts, the polarity does
// not, and every conflicting unit is of the kind kind asks for.
func (a *alignment) onlyConflicts(kind func(u unit) bool) bool {
	any := false
	for _, u := range a.units {
		if u.state == conflict {
			if !kind(u) {
				return false
			}
			any = true
		}
	}
	return any && !a.polarity
}

// onlyTimeConflicts reports whether every conflict is about a date.
func (a *alignment) onlyTimeConflicts() bool {
	return a.onlyConflicts(func(u unit) bool { return u.time })
}

// onlySourceConflicts reports whether every conflict is about the source.
func (a *alignment) onlySourceConflicts() bool {
	return a.onlyConflicts(func(u unit) bool { return u.source })
}

// sourceCovered reports whether the claim is attributed to every source the
// clause names.
func (a *alignment) sourceCovered() bool {
	for _, u := range a.units {
		if u.source && u.state != covered {
			return false
		}
	}
	return true
}

// subjectNounCovered reports whether the clause's subject is a noun the
// claim covers ("the meeting"), for clauses that name no entity.
func (a *alignment) subjectNounCovered() bool {
	for _, u := range a.units {
		if u.subject && !u.verb && u.state == covered {
			return true
		}
	}
	return false
}

// subjectsCovered reports whether the claim covers every subject the
// clause names: evidence about someone else's doings contradicts nothing.
func (a *alignment) subjectsCovered() bool {
	for _, u := range a.units {
		if u.subject && u.state != covered {
			return false
		}
	}
	return true
}

func (a *alignment) strongConflict() bool {
	for _, u := range a.units {
		if u.state == conflict && u.strong {
			return true
		}
	}
	return false
}

// figuresOfAnotherTime turns figures that differ into gaps when the dates
// differ too: the statement speaks of another occasion ("98.79 percent
// seven years ago" against this year's 99.15), of which the claim says
// nothing; the date alone may still contradict.
func (a *alignment) figuresOfAnotherTime() {
	other := false
	for _, u := range a.units {
		other = other || u.time && u.state == conflict
	}
	if !other {
		return
	}
	for i := range a.units {
		if u := &a.units[i]; u.number && u.state == conflict {
			u.state, u.strong = gap, false
		}
	}
}

// dropUnanchored turns conflicts that need the claim's predicate into gaps
// when the predicate does not match.
func (a *alignment) dropUnanchored() {
	if !a.predAlign {
		for i := range a.units {
			if a.units[i].state == conflict && a.units[i].mainPred {
				a.units[i].state = gap
			}
		}
	}
	if a.predAlign || a.verbAlign {
		return
	}
	for i := range a.units {
		if a.units[i].state == conflict && a.units[i].needsPred {
			a.units[i].state = gap
		}
	}
}

// dropSupposed turns conflicts in a hypothetical part of the clause that
// follows its main part ("... could have been arrested had he landed in
// Lagos") into gaps: what is only supposed contradicts nothing.
func (a *alignment) dropSupposed(c *clause) {
	if c.SupposedFrom == 0 {
		return
	}
	for i := range a.units {
		if u := &a.units[i]; u.state == conflict && u.pos >= c.SupposedFrom {
			u.state, u.strong = gap, false
		}
	}
}

// coverage is the share of the clause's weight the claim covers.
func (a *alignment) coverage() float64 {
	cov, gp, con := a.sums()
	if cov+gp+con == 0 {
		return 0
	}
	return cov / (cov + gp + con)
}

// conflicts returns the reasons of the conflicting units.
func (a *alignment) conflicts() []string {
	var out []string
	if a.polarity {
		out = append(out, "the evidence says the opposite")
	}
	for _, u := range a.units {
		if u.state == conflict {
			out = append(out, u.reason)
		}
	}
	return out
}

// gaps returns the texts of the units the claim does not cover.
func (a *alignment) gaps() []string {
	var out []string
	for _, u := range a.units {
		if u.state == gap {
			out = append(out, u.text)
		}
	}
	return out
}

// align measures clause c against the claim features f.
func (e *Engine) align(c *clause, f *features) *alignment {
	a := &alignment{f: f, conditional: c.Conditional}
	a.units = make([]unit, 0, len(c.entities)+len(c.terms)+len(c.implied)+len(c.times)+len(c.numbers)+len(c.Sources)+len(c.Orders)+1)
	e.alignEntities(c, f, a)
	e.alignTerms(c, f, a)
	alignImplied(c, f, a)
	alignTimes(c, f, a)
	alignNumbers(c, f, a, e.world.kind)
	a.figuresOfAnotherTime()
	e.alignSources(c, f, a)
	alignSlots(c, f, a)
	alignOrders(c, f, a)
	e.alignTense(c, f, a)
	a.dropUnanchored()
	a.dropSupposed(c)
	e.alignRoles(c, f, a)
	a.sameEventVerb(c, f)
	if !hasVerb(a.units) && a.restCovered() {
		a.predAlign = true // "X is (not) a member of Y": the clause is its own predicate
	}
	mixed := f.readNegated != f.quoteNegated && f.claim.Quote != f.claim.Statement && !f.claim.Structure.Negated
	// A negated clause whose noun the claim denies says what the claim
	// says: "has almost no ties" against "which has no relations".
	shared := c.Negated && a.affirmsDenied && a.flips%2 == 0
	if c.Negated && !f.negated && !a.predAlign && !shared && a.flips == 0 && hasVerb(a.units) && a.restCovered() {
		// "She will not pay the toll" against "the toll will stay": every
		// word is met, but not as the claim's predicate, so nothing says
		// the claim denies what the statement denies.
		a.units = append(a.units, unit{text: "not", weight: weightWord, reason: "the evidence does not deny it"})
	}
	if a.predAlign && !mixed && !shared && (c.Negated != f.negated) != (a.flips%2 == 1) {
		a.polarity = true
		a.denies = f.negated && !c.Negated && a.flips%2 == 0
	}
	if a.affirmsDenied && !c.Negated && !f.negated && a.flips%2 == 0 {
		// "has close ties with the West" against "North Korea, which has
		// no relations with the West, faces a shortage".
		a.polarity, a.denies = true, true
	}
	if len(c.Boosters) > 0 && !a.reference && (f.claim.Hedge != claims.HedgeAsserted || len(f.claim.Attribution) > 0 || confirms(c.Boosters)) {
		// "Definitely" is more than a hedge or someone's word; "officially
		// confirmed" more than any report: only a reference fact says it.
		a.boosted = true
	}
	return a
}
