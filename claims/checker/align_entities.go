package checker

// How a clause's names align with a claim's: the same, wider, a metonym,
// narrower, or a different thing in a slot that takes one.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
)

// alignEntities aligns the clause's names with the claim's entities.
func (e *Engine) alignEntities(c *clause, f *features, a *alignment) {
	var claimEntities []entityRef
	for k, m := range c.entities {
		w := weightEntity
		if m.Subject {
			w = weightSubject
		}
		u := unit{text: m.Text, weight: w, prep: m.Prep, subject: m.Subject, pos: m.Span.Start, name: true}
		role := e.mentionRoles(c)[k]
		u.participant, u.event = role.participant, role.event
		if !m.Known() {
			e.alignUnknownName(c, k, f, &u)
			a.units = append(a.units, u)
			continue
		}
		best := relNone
		var sibling string
		if claimEntities == nil {
			// Once per claim, not per name: it looks at every name of the clause.
			claimEntities = f.entitiesAt(c.at, e.namesEvent(c))
		}
		asActor := !c.placeSense(m)
		for _, id := range m.IDs {
			for _, ce := range claimEntities {
				if m.Subject && !f.participant(ce) && !c.eventSubject && !(m.Possessive && ce.possessive) {
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
		case sibling != "" && inOrder(m.Span, c.Orders):
			// "ended before the G20 opened in India": the place is the
			// connective's event's, not the clause's.
			u.reason = m.Text + " is where another event happens"
		case sibling != "":
			u.state, u.strong, u.place = conflict, true, true
			// A destination, or a place where someone does something,
			// differs only for the same doings; where an event is held is
			// one place whatever the claim's verb.
			// A claim's place is the event's only when those who meet in
			// the clause are the claim's own actors, not names in a phrase
			// of it ("talks in Moscow on a meeting between X and Y").
			u.mainPred = m.Prep == "to" || !c.eventSubject || !actorsOf(c, f)
			u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(sibling), m.Text)
		case best == relSpecific:
			u.reason = m.Text + " is more specific than the evidence"
		case e.describes(c.mentionText(k), f), e.describesActor(c, m, f), namesInText(m, c.mentionText(k), f):
			u.state = covered
			a.entityHits++
		}
		a.units = append(a.units, u)
	}
}

// eventLike reports whether a mention names an event or a series of them
// ("a G20 event"), or ends in a noun of gathering ("the harbour summit").
func (e *Engine) eventLike(m mention) bool {
	for _, id := range m.IDs {
		if e.world.kind(id) == claims.KindEvent || len(e.world.familyMembers(id)) > 0 {
			return true
		}
	}
	w := strings.Fields(strings.ToLower(m.Text))
	return len(w) > 1 && (gathering(w[len(w)-1]) || w[len(w)-1] == "event")
}

// participantMention reports whether a mention fills an argument of the
// clause's event: an event, or a name as subject, object, "with" someone
// or where to ("visit Pyongyang", "travel to Lima": a journey's goal is
// one of its roles); never a possessive or a name in a modifier.
func (e *Engine) participantMention(m mention) bool {
	if m.Possessive {
		return false
	}
	for _, id := range m.IDs {
		if e.world.kind(id) == claims.KindEvent {
			return true
		}
	}
	return m.Prep == "" || m.Prep == "with" || m.Prep == "to"
}

// namesInText reports whether the claim's quote writes the mention's name,
// in any case ("blamed the west" for "the West"), as a name the gazetteer
// does not know is covered: the same words name the same thing. Subjects
// are left to who acts in the claim. mt is the mention's mentionText.
func namesInText(m mention, mt *mentionText, f *features) bool {
	if m.Subject {
		return false
	}
	name := mt.name
	if len(name) < 3 {
		return false
	}
	q := f.lowerQuote
	for i := strings.Index(q, name); i >= 0; {
		end := i + len(name)
		if (i == 0 || !isLetter(q[i-1])) && (end == len(q) || !isLetter(q[end])) && sameSlot(q[:i], m.Prep) {
			return true
		}
		next := strings.Index(q[i+1:], name)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' }

// sameSlot reports whether the words before a name in a claim's text put
// it where the statement's preposition does: after that preposition (and
// "the"), or, for a name with none, after no preposition ("blamed the
// west" for "blamed the West", not "storms in the west").
func sameSlot(before, prep string) bool {
	words := strings.Fields(before)
	if n := len(words); n > 0 && words[n-1] == "the" {
		words = words[:n-1]
	}
	last := ""
	if n := len(words); n > 0 {
		last = strings.Trim(words[n-1], ",.;:“”\"'")
	}
	if prep == "" {
		return !slotPreps[last]
	}
	return last == prep
}

// slotPreps are the prepositions that give a name a slot of its own.
var slotPreps = map[string]bool{"in": true, "at": true, "on": true, "to": true, "from": true, "for": true,
	"with": true, "by": true, "of": true, "into": true, "over": true, "against": true, "near": true}

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
			if t.Verb {
				c.verbsBefore = append(c.verbsBefore, verbStart{start: t.Span.Start, last: i})
			}
		}
		slices.SortStableFunc(c.verbsBefore, func(a, b verbStart) int { return cmp.Compare(a.start, b.start) })
		for k := 1; k < len(c.verbsBefore); k++ {
			c.verbsBefore[k].last = max(c.verbsBefore[k].last, c.verbsBefore[k-1].last)
		}
	}
	// The last verb term (in term order) that starts before pos; a search,
	// not a scan, since a clause may hold hundreds of names and verbs.
	k, _ := slices.BinarySearchFunc(c.verbsBefore, pos, func(v verbStart, pos int) int { return cmp.Compare(v.start, pos) })
	return k > 0 && c.motion[c.verbsBefore[k-1].last]
}

// verbStart is a verb term's start and the highest index of any verb term
// starting there or before.
type verbStart struct{ start, last int }

func motionVerb(v string) bool { return motionMemo.Get(v, isMotionVerb) }

var motionMemo = memo.Strings[bool](memoLimit)

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
	case ce.background:
		return false
	case (m.Prep == "in" || m.Prep == "at") && ce.place && !m.Nominal:
		return true
	case m.Prep == "to" && ce.prep == "to" && w.kind(ce.id) == claims.KindCountry && len(m.IDs) > 0 && w.kind(m.IDs[0]) == claims.KindCountry:
		return true // one trip goes to one country: "to China" against "to Russia"
	case m.Prep == "by" && ce.prep == "by":
		return true
	}
	return false
}

// alignUnknownName aligns a proper name the gazetteer does not know, the
// clause's k-th entity mention: the claim covers it if its quote names it;
// in an exclusive slot ("headed by X") a different known name conflicts.
func (e *Engine) alignUnknownName(c *clause, k int, f *features, u *unit) {
	m := c.entities[k]
	if name := c.mentionText(k).lower; strings.Contains(f.lowerQuote, name) || strings.Contains(f.lowerStatement, name) || initialsIn(m.Text, f.lowerQuote) {
		u.state = covered // the same words, or their initials ("GDP", "gross domestic product")
		return
	}
	if (m.Prep == "in" || m.Prep == "at") && !m.Nominal {
		for _, ce := range f.entitiesAt(c.at, e.namesEvent(c)) {
			if k := e.world.kind(ce.id); ce.place && (k == claims.KindCity || k == claims.KindPlace || k == claims.KindRegion) {
				// An unknown name cannot lie inside a known city we have;
				// for others than the claim's actors, only where the claim
				// says the same doing.
				u.state, u.strong, u.mainPred, u.place = conflict, true, !actorsOf(c, f), true
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

// describes reports whether the claim states what an entity mention names
// in other words: "war in Ukraine" is covered by a claim that speaks of a
// war and names Ukraine. mt is the mention's mentionText.
func (e *Engine) describes(mt *mentionText, f *features) bool {
	byEvent := false
	for _, dw := range mt.words {
		found := false
		for _, ct := range f.terms {
			if matchTerm(dw.lemma, ct.lemma, kindOf(false, ct.verb)) == tmSame {
				found = true
				break
			}
		}
		for _, ce := range f.entities {
			if found {
				break
			}
			if ent := e.world.entity(ce.id); ent != nil && gazetteerNames(e.reader.Gazetteer(), ent, dw.word) {
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
	return len(mt.words) > 1 || len(mt.words) == 1 && byEvent
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

// actorsOf reports whether every subject the clause names is a subject of
// the claim; an event's reference record speaks of whoever took part.
func actorsOf(c *clause, f *features) bool {
	if f.doc == nil {
		return true
	}
	for _, m := range c.entities {
		if !m.Subject {
			continue
		}
		for _, id := range m.IDs {
			if !f.subjects[id] {
				return false
			}
		}
	}
	return true
}
