package checker

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/claims/vectors"
)

// state is how one unit of a statement fares against one piece of evidence.
type state int

const (
	gap      state = iota // the evidence does not say this
	covered               // the evidence says this, in other words or not
	conflict              // the evidence says something incompatible about the same thing
)

// unit is one checkable element of a clause: an entity, a content word, a
// date, a number, a named source.
type unit struct {
	text   string
	weight float64
	state  state
	reason string // for gaps and conflicts: what differs
	prep   string // the preposition governing it in the clause
	// strong marks a conflict that stands on its own (a different number,
	// an opposite, another place); a weak one (a different date) needs the
	// claim's predicate to match before it counts.
	strong bool
	// subject marks a subject of the clause; verb its predicate.
	subject, verb bool
	pos           int // byte offset in the statement, for word order
	// needsPred marks a conflict that counts only when the claim's
	// predicate matches too (a means of travel for the same journey).
	needsPred bool
	source    bool // it names who said it
	mainPred  bool // a conflict that counts only when the claim's own predicate matches
	time      bool // it is a date
}

// alignment is a clause measured against one claim.
type alignment struct {
	f           *features
	units       []unit
	flips       int  // content words matched by an antonym
	verbAlign   bool // a verb of the clause matched a verb of the claim (directly or by antonym)
	predAlign   bool // a word of the clause matched the claim's main predicate
	entityHits  int  // statement entities the claim covers
	polarity    bool // the claim and clause differ in polarity on an aligned predicate
	boosted     bool // the clause claims certainty the claim's hedge does not give
	reference   bool // the features are an event's reference record, not a claim
	conditional bool // the clause is hypothetical
	// otherOccasion is set when the claim is about a past occasion and the
	// clause about a future one: it can neither support nor contradict.
	otherOccasion bool
	// eventIsSubject is set for an event's record when the clause is about
	// that event (its subject).
	eventIsSubject bool
	// usedTerms and usedEntities are the claim's words and entities some
	// unit matched.
	usedTerms    map[string]bool
	usedEntities map[string]bool
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

// complete reports whether the claim covers every unit of the clause.
func (a *alignment) complete() bool {
	_, gp, con := a.sums()
	return gp == 0 && con == 0 && !a.polarity
}

// contradicts reports whether the claim is about the same thing as the
// clause and conflicts with it.
func (a *alignment) contradicts() bool {
	cov, gp, con := a.sums()
	if con == 0 && !a.polarity || a.otherOccasion {
		return false
	}
	if a.polarity && con == 0 && (gp > 1 || cov/(cov+gp) < 0.8 || a.conditional) {
		// An opposite predicate contradicts only the same proposition,
		// and never a hypothetical one.
		return false
	}
	if a.entityHits == 0 && !a.subjectNounCovered() || !a.predAlign && !a.reference && !a.strongConflict() {
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
	if !a.subjectsCovered() {
		return false
	}
	return cov >= 2 && cov/(cov+gp) >= 0.6
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
func (a *alignment) useTerm(lemma string) {
	if a.usedTerms == nil {
		a.usedTerms = make(map[string]bool)
	}
	a.usedTerms[lemma] = true
}

func (a *alignment) useEntity(id string) {
	if a.usedEntities == nil {
		a.usedEntities = make(map[string]bool)
	}
	a.usedEntities[id] = true
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

// onlyTimeConflicts reports whether every conflict is about a date.
func (a *alignment) onlyTimeConflicts() bool {
	any := false
	for _, u := range a.units {
		if u.state == conflict {
			if !u.time {
				return false
			}
			any = true
		}
	}
	return any && !a.polarity
}

// onlySourceConflicts reports whether every conflict is about the source.
func (a *alignment) onlySourceConflicts() bool {
	any := false
	for _, u := range a.units {
		if u.state == conflict {
			if !u.source {
				return false
			}
			any = true
		}
	}
	return any && !a.polarity
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
	a.units = make([]unit, 0, len(c.entities)+len(c.terms)+len(c.times)+len(c.numbers)+len(c.Sources)+len(c.Orders)+1)
	e.alignEntities(c, f, a)
	e.alignTerms(c, f, a)
	alignTimes(c, f, a)
	alignNumbers(c, f, a)
	alignSources(c, f, a)
	alignSlots(c, f, a)
	alignOrders(c, f, a)
	e.alignTense(c, f, a)
	a.dropUnanchored()
	if !hasVerb(a.units) && a.restCovered() {
		a.predAlign = true // "X is (not) a member of Y": the clause is its own predicate
	}
	mixed := f.readNegated != f.quoteNegated && f.claim.Quote != f.claim.Statement && !f.claim.Structure.Negated
	if a.predAlign && !mixed && (c.Negated != f.negated) != (a.flips%2 == 1) {
		a.polarity = true
	}
	if len(c.Boosters) > 0 && !a.reference && (f.claim.Hedge != claims.HedgeAsserted || len(f.claim.Attribution) > 0 || confirms(c.Boosters)) {
		// "Definitely" is more than a hedge or someone's word; "officially
		// confirmed" more than any report: only a reference fact says it.
		a.boosted = true
	}
	return a
}

func (e *Engine) alignEntities(c *clause, f *features, a *alignment) {
	for _, m := range c.entities {
		w := weightEntity
		if m.Subject {
			w = weightSubject
		}
		u := unit{text: m.Text, weight: w, prep: m.Prep, subject: m.Subject, pos: m.Span.Start}
		if !m.Known() {
			e.alignUnknownName(c, m, f, &u)
			a.units = append(a.units, u)
			continue
		}
		best := relNone
		var sibling string
		claimEntities := f.entitiesAt(c.at, e.namesEvent(c))
		asActor := !c.placeSense(m)
		for _, id := range m.IDs {
			for _, ce := range claimEntities {
				if m.Subject && !f.participant(ce) && !c.eventSubject {
					continue // "Shoigu's visit" in a claim about Putin and Kim: Shoigu is not who acts
				}
				r := e.world.relate(id, ce.id, asActor)
				switch {
				case r == relSibling && exclusiveSlot(m, ce, e.world):
					sibling = ce.id
				case r != relSibling && better(r, best):
					best = r
				}
				if r == relSame || r == relGeneral || r == relMetonym {
					a.useEntity(ce.id)
				}
			}
		}
		switch {
		case best == relSame || best == relGeneral || best == relMetonym:
			u.state = covered
			a.entityHits++
		case sibling != "":
			u.state, u.strong = conflict, true
			// A destination, or a place where someone does something,
			// differs only for the same doings; where an event is held is
			// one place whatever the claim's verb.
			u.mainPred = m.Prep == "to" || !c.eventSubject
			u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(sibling), m.Text)
		case best == relSpecific:
			u.reason = m.Text + " is more specific than the evidence"
		case e.describes(m, f, a), e.describesActor(c, m, f):
			u.state = covered
			a.entityHits++
		}
		a.units = append(a.units, u)
	}
}

// better orders relations from most to least useful for support.
func better(r, than relation) bool {
	return relationRank[r] > relationRank[than]
}

var relationRank = [...]int{relNone: 0, relSame: 5, relGeneral: 4, relMetonym: 3, relSpecific: 2, relSibling: 0}

// placeSense reports whether a mention names a place where something is
// or happens ("in Moscow", "travel to Moscow", "visit Pyongyang") rather
// than an actor standing for a country ("Moscow asked Pyongyang", "arms
// to Moscow").
func (c *clause) placeSense(m mention) bool {
	switch m.Prep {
	case "in", "at", "near", "inside", "outside", "across":
		return true
	case "to", "into", "from", "":
		if m.Subject {
			return false
		}
		return c.motionBefore(m.Span.Start)
	}
	return false
}

// motionBefore reports whether the nearest verb before byte offset pos is
// one of going somewhere: travel, visit, head, fly, arrive, return.
func (c *clause) motionBefore(pos int) bool {
	if c.motion == nil {
		c.motion = make([]bool, len(c.terms))
		for i, t := range c.terms {
			c.motion[i] = t.Verb && motionVerb(t.Lemma)
		}
	}
	verb := -1
	for i := range c.terms {
		if c.terms[i].Verb && c.terms[i].Span.Start < pos {
			verb = i
		}
	}
	return verb >= 0 && c.motion[verb]
}

func motionVerb(v string) bool { return motionMemo.get(v, isMotionVerb) }

var motionMemo = newMemo[string, bool](memoLimit)

func isMotionVerb(v string) bool {
	head, _, _ := strings.Cut(v, "_")
	for _, m := range [...]string{"travel", "visit", "go", "arrive", "move"} {
		if head == m || lexicon.Synonyms(head, m) || lexicon.VerbHypernym(head, m) {
			return true
		}
	}
	return false
}

// exclusiveSlot reports whether a statement mention and a claim entity fill
// a slot that takes one value, so different values conflict: where an
// event happens ("in"/"at" a place), or who did a thing ("by" an agent).
func exclusiveSlot(m mention, ce entityRef, w *world) bool {
	switch {
	case (m.Prep == "in" || m.Prep == "at") && ce.place && !m.Nominal:
		return true
	case m.Prep == "to" && ce.prep == "to" && w.kind(ce.id) == claims.KindCountry && len(m.IDs) > 0 && w.kind(m.IDs[0]) == claims.KindCountry:
		return true // one trip goes to one country: "to China" against "to Russia"
	case m.Prep == "by" && ce.prep == "by":
		return true
	}
	return false
}

// alignUnknownName aligns a proper name the gazetteer does not know: the
// claim covers it if its quote names it; in an exclusive slot ("headed by
// X") a different known name conflicts.
func (e *Engine) alignUnknownName(c *clause, m mention, f *features, u *unit) {
	if strings.Contains(strings.ToLower(f.claim.Quote), strings.ToLower(m.Text)) ||
		strings.Contains(strings.ToLower(f.claim.Statement), strings.ToLower(m.Text)) {
		u.state = covered
		return
	}
	if (m.Prep == "in" || m.Prep == "at") && !m.Nominal {
		for _, ce := range f.entitiesAt(c.at, e.namesEvent(c)) {
			if k := e.world.kind(ce.id); ce.place && (k == claims.KindCity || k == claims.KindPlace || k == claims.KindRegion) {
				// An unknown name cannot lie inside a known city we have.
				u.state, u.strong = conflict, true
				u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(ce.id), m.Text)
				return
			}
		}
	}
	if m.Prep == "to" && c.placeSense(m) {
		for _, ce := range f.entities {
			if k := e.world.kind(ce.id); ce.prep == "to" && (k == claims.KindCity || k == claims.KindCountry) {
				// One trip has one destination: "to Tokyo" against "to Beijing".
				u.state, u.mainPred = conflict, true
				u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(ce.id), m.Text)
				return
			}
		}
	}
	if m.Prep == "by" {
		for _, ce := range f.entities {
			if ce.prep == "by" {
				u.state = conflict
				u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(ce.id), m.Text)
				return
			}
		}
	}
}

// termMatch is how a statement word relates to a claim word.
type termMatch int

const (
	tmNone     termMatch = iota
	tmSpecific           // the statement's word is narrower than the claim's
	tmSibling            // different members of one kind: plane / train
	tmAntonym            // opposites: attend / skip
	tmSame               // same, synonym, or the statement's is wider
)

// compareTerms compares a statement word s with a claim word c (callers
// use its memoised form matchTerm, memo.go). nouns says
// both are used as nouns: only then does a narrower claim word cover a
// wider statement word (missile covers weapon); verbs' hypernym chains run
// through too many loose senses for that.
func compareTerms(s, c string, nouns bool) termMatch {
	switch {
	case s == c || lexicon.Stem(s) == lexicon.Stem(c) || lexicon.Synonyms(s, c) || nouns && lexicon.Hypernym(c, s):
		return tmSame
	case lexicon.Antonyms(s, c):
		return tmAntonym
	case coAntonyms(s, c):
		return tmSame // both the opposite of one word: stay away ≈ skip (≠ attend)
	case !nouns && lexicon.VerbHypernym(c, s):
		return tmSame // the claim's verb is a kind of the statement's: voiced ⊂ expressed
	case nouns && lexicon.Hypernym(s, c), !nouns && lexicon.VerbHypernym(s, c):
		return tmSpecific
	case lexicon.Siblings(s, c):
		return tmSibling
	}
	return tmNone
}

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
// paraphrases, as written or as lemmas. It is the last resort, after every
// WordNet relation.
func similar(t reader.Term, ct termRef) bool {
	if t.Verb || ct.verb || strings.Contains(t.Lemma, "_") || strings.Contains(ct.lemma, "_") {
		return false
	}
	for _, p := range [...][2]string{{strings.ToLower(t.Text), ct.word}, {t.Lemma, ct.lemma}} {
		if p[0] == "" || p[1] == "" {
			continue
		}
		if similarWords(p[0], p[1]) {
			return true
		}
	}
	return false
}

var similarMemo = newMemo[[2]string, bool](memoLimit)

// similarWords is a remembered vector comparison of two nouns.
func similarWords(a, b string) bool {
	return similarMemo.get([2]string{a, b}, func(p [2]string) bool {
		sim, ok := vectors.Similarity(p[0], p[1])
		return ok && sim >= similarNouns
	})
}

func (e *Engine) alignTerms(c *clause, f *features, a *alignment) {
	for _, t := range c.terms {
		w := weightWord
		if t.Verb {
			w = weightVerb
		}
		if durationWords[t.Lemma] {
			w = weightTime // "for a week": how long is a fact of its own
		}
		u := unit{text: t.Text, weight: w, prep: t.Prep, verb: t.Verb, subject: t.Subject && !t.Verb, pos: t.Span.Start}
		best, with, pred := tmNone, "", false
		if c.eventSubject && occurrence[t.Lemma] && e.eventSubjectOf(f, c.subjectEvent) {
			best, pred = tmSame, true
		}
		for _, ct := range f.terms {
			m := matchTerm(t.Lemma, ct.lemma, !t.Verb && !ct.verb)
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
				best, with = m, ct.lemma
			}
		}
		if best < tmSame && e.namesTerm(f, t.Lemma) {
			best = tmSame
		}
		if best == tmNone {
			for _, ct := range f.terms {
				if similar(t, ct) {
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
				m := matchTerm(head, ct.lemma, false)
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
				if thingOrManner(t.Lemma) && thingOrManner(with) && !t.Verb {
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
		}
		a.units = append(a.units, u)
	}
}

// thingOrManner reports whether a word can be a noun or an adverb.
func thingOrManner(lemma string) bool {
	p := lexicon.POS(lemma)
	return p.Has(lexicon.Noun) || p.Has(lexicon.Adverb)
}

// collocationHead returns the word a collocation is about: the verb of a
// phrasal verb ("travel to"), the last noun of a compound ("armoured car").
func collocationHead(t reader.Term) (string, bool) {
	parts := strings.Split(t.Lemma, "_")
	if len(parts) < 2 {
		return "", false
	}
	if t.Verb {
		return parts[0], true
	}
	return parts[len(parts)-1], true
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

func alignTimes(c *clause, f *features, a *alignment) {
	anchor := c.timeAnchor()
	for ti, t := range c.times {
		u := unit{text: c.timeTexts[ti], weight: weightTime, time: true}
		verdict := tmNone
		var other reader.Time
		for _, ct := range f.timesAt(c.at, c.subjectEvent) {
			ct = anchored(ct, anchor)
			switch compareTimes(t, ct) {
			case timeMatch:
				verdict = tmSame
			case timeFiner:
				if verdict < tmSpecific {
					verdict = tmSpecific
				}
			case timeConflict:
				if verdict == tmNone {
					verdict, other = tmSibling, ct
				}
			}
		}
		switch verdict {
		case tmSame:
			u.state = covered
		case tmSibling:
			if t.Relation == "before" || t.Relation == "after" || t.Relation == "since" || t.Relation == "until" {
				break // an open bound is not a date to compare
			}
			u.state, u.time = conflict, true
			u.reason = fmt.Sprintf("the evidence gives %s, not %s", timeText(other), timeText(t))
		case tmSpecific:
			u.reason = timeText(t) + " is more precise than the evidence"
		}
		a.units = append(a.units, u)
	}
}

func alignNumbers(c *clause, f *features, a *alignment) {
	for _, q := range c.numbers {
		u := unit{text: q.Text, weight: weightNumber}
		for _, cq := range f.numbers {
			if !sameUnit(q.Unit, cq.Unit) {
				continue
			}
			if q.Value == cq.Value {
				u.state, u.reason = covered, ""
				break
			}
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence says %s, not %s", numberText(cq), q.Text)
		}
		a.units = append(a.units, u)
	}
}

func sameUnit(a, b string) bool {
	return a != "" && b != "" && (a == b || matchTerm(a, b, true) == tmSame)
}

func numberText(q reader.Quantity) string {
	if q.Text != "" {
		if q.Unit != "" && !strings.Contains(strings.ToLower(q.Text), q.Unit) {
			return q.Text + " " + q.Unit
		}
		return q.Text
	}
	return fmt.Sprintf("%g %s", q.Value, q.Unit)
}

func alignSources(c *clause, f *features, a *alignment) {
	chain := f.claim.Attribution
	for _, s := range c.Sources {
		u := unit{text: s.Text, weight: weightSource, source: true}
		switch {
		case sourceIn(s, chain):
			u.state = covered
		case namesSomeone(chain) && a.mostlyCovered():
			// Same content, another source: the guide's "different source".
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence is attributed to %s, not %s", strings.Join(chain.Names(), " via "), s.Text)
		default:
			u.reason = "the evidence names no source"
		}
		a.units = append(a.units, u)
	}
}

// sourceIn reports whether the chain contains the statement's source: the
// same entity, or an unnamed source of the same kind ("officials" for "a
// US official").
func sourceIn(s reader.Source, chain claims.Attribution) bool {
	for _, src := range chain {
		for _, id := range s.IDs {
			if id == src.EntityID {
				return true
			}
		}
		if len(s.IDs) == 0 && s.Kind == src.Kind && s.Kind != claims.SourcePerson && s.Kind != claims.SourceOutlet && qualifiersIn(s.Text, src.Name) {
			return true
		}
		if strings.EqualFold(strings.TrimPrefix(strings.ToLower(s.Text), "the "), strings.TrimPrefix(strings.ToLower(src.Name), "the ")) {
			return true
		}
	}
	return false
}

// qualifiersIn reports whether the words that qualify an unnamed source
// ("US" in "US officials", "Japanese" in "a Japanese official") all stand
// in the evidence's source: a Japanese official is not the US official.
func qualifiersIn(stated, evidence string) bool {
	have := make(map[string]bool)
	for _, w := range strings.Fields(strings.ToLower(evidence)) {
		have[lexicon.Lemma(w)] = true
	}
	for _, w := range strings.Fields(strings.ToLower(stated)) {
		l := lexicon.Lemma(w)
		if stopWordLike(w) || have[l] || w == "a" || w == "some" || w == "several" || w == "unnamed" || w == "anonymous" {
			continue
		}
		return false
	}
	return true
}

func namesSomeone(chain claims.Attribution) bool {
	for _, s := range chain {
		if s.Kind == claims.SourceOutlet || s.Kind == claims.SourcePerson || s.EntityID != "" {
			return true
		}
	}
	return false
}

// exclusivePreps introduce slots that take one filler: who did it ("by"),
// and on what grounds ("over" a cause).
var exclusivePreps = map[string]bool{"by": true, "over": true}

// alignSlots finds substitutions in exclusive slots: the clause and the
// claim fill the same slot ("headed by X", "a warrant over Y") with things
// neither side mentions elsewhere.
func alignSlots(c *clause, f *features, a *alignment) {
	for i := range a.units {
		u := &a.units[i]
		if u.state != gap || !exclusivePreps[u.prep] || u.reason != "" || phraseCovered(a.units, u) {
			continue
		}
		for _, ct := range f.terms {
			if ct.prep == u.prep && !a.usedTerms[ct.lemma] {
				u.state = conflict
				u.reason = fmt.Sprintf("the evidence gives %s, not %s", strings.ReplaceAll(ct.lemma, "_", " "), u.text)
				break
			}
		}
		for _, ce := range f.entities {
			if u.state == gap && ce.prep == u.prep && !a.usedEntities[ce.id] {
				u.state = conflict
				u.reason = fmt.Sprintf("the evidence names %s, not %s", ce.id, u.text)
			}
		}
	}
}

// describes reports whether the claim states what an entity mention names
// in other words: "war in Ukraine" is covered by a claim that speaks of a
// war and names Ukraine.
func (e *Engine) describes(m mention, f *features, a *alignment) bool {
	words, byEvent := 0, false
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		w = strings.Trim(w, ".,'\"")
		if w == "" || stopWordLike(w) {
			continue
		}
		words++
		lemma := normalized(w)
		found := false
		for _, ct := range f.terms {
			if matchTerm(lemma, ct.lemma, !ct.verb) == tmSame {
				found = true
				break
			}
		}
		for _, ce := range f.entities {
			if found {
				break
			}
			if ent := e.world.entity(ce.id); ent != nil && gazetteerNames(e.reader.Gazetteer(), ent, w) {
				found = true
				byEvent = byEvent || ent.Kind == claims.KindEvent
			}
		}
		if !found {
			return false
		}
	}
	// A one-word name ("Russia") must match by what it names, or by the
	// name of an event it takes part in ("Russia's invasion of Ukraine"),
	// not by a word in someone's title ("Russia's president").
	return words > 1 || words == 1 && byEvent
}

// describesActor reports whether a capital acting for its country ("Moscow's
// offensive") is covered by an event of the claim named for that country
// ("Russia's offensive in Ukraine").
func (e *Engine) describesActor(c *clause, m mention, f *features) bool {
	if !m.Known() || c.placeSense(m) {
		return false
	}
	ent := e.world.entity(m.IDs[0])
	if ent == nil {
		return false
	}
	for _, sf := range ent.StandsFor {
		country := e.world.entity(sf)
		if country == nil {
			continue
		}
		word := strings.ToLower(country.Name)
		for _, ce := range f.entities {
			if ev := e.world.entity(ce.id); ev != nil && ev.Kind == claims.KindEvent && gazetteerNames(e.reader.Gazetteer(), ev, word) {
				return true
			}
		}
	}
	return false
}

func stopWordLike(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "on", "at", "to", "for", "against", "'s", "s", "and":
		return true
	}
	return false
}

// confirms reports whether certainty markers claim an official
// confirmation, not just firmness: "confirmed", "officially", "announced".
func confirms(boosters []string) bool {
	for _, b := range boosters {
		switch b {
		case "confirmed", "confirm", "confirms", "officially", "announced", "formally", "verified":
			return true
		}
	}
	return false
}

// prospective reports whether a hedge looks ahead: planned, expected, likely.
func prospective(h claims.Hedge) bool {
	return h == claims.HedgePlanned || h == claims.HedgeExpected || h == claims.HedgeLikely
}

// alignTense keeps a claim about the past from supporting a statement
// about the future, and the other way round, when the statement gives no
// date of its own.
func (e *Engine) alignTense(c *clause, f *features, a *alignment) {
	if len(c.times) > 0 || c.tense == tenseNone || f.claim.Time.IsZero() {
		return
	}
	end := f.claim.Time.End
	if end.IsZero() {
		end = f.claim.Time.Start
	}
	past := end.AddDate(0, 1, 0).Before(c.at)
	if c.tense == tenseFuture && past {
		a.otherOccasion = true
		a.units = append(a.units, unit{text: "the future", weight: weightTime, reason: "the evidence is about " + timeText(periodTime(f.claim.Time))})
	}
	if c.tense == tensePast && prospective(f.claim.Hedge) && !end.Before(c.at) {
		a.units = append(a.units, unit{text: "the past", weight: weightTime, reason: "the evidence speaks of what is " + hedgeAdjective(f.claim.Hedge)})
	}
}

// phraseCovered reports whether a unit of the prepositional phrase that
// head starts ("over the deportation of children from Ukraine") is covered:
// then the phrase is not a different filler, only a differently worded one.
func phraseCovered(units []unit, head *unit) bool {
	next := -1
	for _, u := range units {
		if u.pos > head.pos && u.prep != "of" && u.prep != "from" && u.prep != "" && (next < 0 || u.pos < next) {
			next = u.pos
		}
	}
	for _, u := range units {
		if u.pos > head.pos && (next < 0 || u.pos < next) && u.state == covered && !u.verb {
			return true
		}
	}
	return false
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

// alignOrders finds a reversed temporal order: the clause puts something
// before what the claim puts it after ("swapped letters before Shoigu's
// visit" against "following Shoigu's visit").
func alignOrders(c *clause, f *features, a *alignment) {
	for _, o := range c.Orders {
		for _, co := range f.orders {
			if co.Target != o.Target {
				continue
			}
			u := unit{text: o.Rel + " " + o.Target, weight: weightTime, state: covered}
			if co.Rel != o.Rel {
				u.state, u.needsPred = conflict, true
				u.reason = fmt.Sprintf("the evidence says %s, not %s", co.Rel, o.Rel)
			}
			a.units = append(a.units, u)
			break
		}
	}
}

// namesEvent returns whether the clause names an event or the series it
// belongs to.
func (e *Engine) namesEvent(c *clause) func(string) bool {
	return func(event string) bool {
		for _, m := range c.entities {
			for _, id := range m.IDs {
				if id == event || e.world.inside(event, id) {
					return true
				}
			}
		}
		return false
	}
}
