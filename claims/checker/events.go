package checker

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/reader"
)

// eventFeatures turns an event's reference record into the features of a
// claim, so a statement about when or where an event happened aligns with
// it the same way it aligns with a document's claims.
func (e *Engine) eventFeatures(ev *claims.Entity) *features {
	text := e.eventText(ev)
	cl := &claims.Claim{ID: ev.ID, Statement: text, Quote: text, Hedge: claims.HedgeAsserted, Time: ev.Period}
	f := &features{claim: cl, subjects: map[string]bool{ev.ID: true}}
	f.addEntity(entityRef{id: ev.ID, subject: true})
	if ev.Place != "" {
		f.addEntity(entityRef{id: ev.Place, prep: "in", place: true})
	}
	for lemma := range occurrence {
		f.addTerm(termRef{lemma: lemma, verb: true})
	}
	if people := e.participants[ev.ID]; len(people) > 0 {
		// An event named by the people in it is their meeting (WordNet
		// relates meeting to meet): they are who met.
		for _, id := range people {
			f.subjects[id] = true
			f.addEntity(entityRef{id: id, subject: true})
		}
		f.addTerm(termRef{lemma: "meet", verb: true, pred: true})
	}
	if !ev.Period.IsZero() {
		f.times = append(f.times, periodTime(ev.Period))
	}
	return f
}

// eventText states an event's date and place in words.
func (e *Engine) eventText(ev *claims.Entity) string {
	var b strings.Builder
	b.WriteString(ev.Name)
	if !ev.Period.IsZero() {
		p := ev.Period
		start := dateText(p.Start, p.Precision)
		if p.End.IsZero() || p.End.Equal(p.Start) {
			fmt.Fprintf(&b, ": %s", start)
		} else {
			fmt.Fprintf(&b, ": %s to %s", start, dateText(p.End, p.Precision))
		}
	}
	if ev.Place != "" {
		fmt.Fprintf(&b, ", %s", e.placeText(ev.Place))
	}
	b.WriteString(".")
	return b.String()
}

// placeText names a place with what it lies in: "New Delhi, India".
func (e *Engine) placeText(id string) string {
	parts := []string{e.world.name(id)}
	if p := e.world.entity(id); p != nil {
		for _, up := range p.PartOf {
			if k := e.world.kind(up); k == claims.KindCountry {
				parts = append(parts, e.world.name(up))
			}
		}
	}
	return strings.Join(parts, ", ")
}

// eventsFor returns the events a clause names, resolving a series ("the
// G20 summit") to the edition its dates name or, failing that, the one
// nearest to the moment the statement is read at.
func (e *Engine) eventsFor(c *clause, at time.Time) []*claims.Entity {
	var out []*claims.Entity
	for _, m := range c.entities {
		for _, id := range m.IDs {
			ent := e.world.entity(id)
			if ent == nil {
				continue
			}
			if ent.Kind == claims.KindEvent && !ent.Period.IsZero() {
				if len(e.world.seriesOf(ent.ID)) > 0 || !at.Before(ent.Period.Start) {
					out = append(out, ent) // planned editions are known ahead, others once begun
				}
				continue
			}
			if ed := e.edition(id, c, at); ed != nil {
				out = append(out, ed)
			}
		}
	}
	for _, ev := range e.eventsByParticipants(c, at) {
		if !slices.Contains(out, ev) {
			out = append(out, ev)
		}
	}
	return out
}

func (e *Engine) edition(series string, c *clause, at time.Time) *claims.Entity {
	members := e.world.familyMembers(series)
	if len(members) == 0 {
		return nil
	}
	var eds []*claims.Entity
	for _, id := range members {
		if ed := e.world.entity(id); ed != nil && !ed.Period.IsZero() {
			eds = append(eds, ed)
		}
	}
	times := c.times
	if len(times) == 0 {
		times = c.contextTimes // "the summit he walked out of in 2014 took place in..."
	}
	for _, t := range times {
		if !t.YearKnown {
			continue
		}
		for _, ed := range eds {
			if r := compareTimes(t, periodTime(ed.Period)); r == timeMatch || r == timeFiner {
				return ed
			}
			if ed.Period.Start.Year() == t.Start.Year() {
				return ed
			}
		}
		return nil // the dates name no edition we know: let the claims decide
	}
	sort.Slice(eds, func(i, j int) bool {
		return absDur(eds[i].Period.Start.Sub(at)) < absDur(eds[j].Period.Start.Sub(at))
	})
	if len(eds) == 0 {
		return nil
	}
	return eds[0]
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// eventEvidence quotes an event's reference record.
func (e *Engine) eventEvidence(ev *claims.Entity, stance claims.Stance) claims.Evidence {
	x := claims.Evidence{Kind: claims.EvidenceReference, ID: ev.ID, Text: e.eventText(ev), Hedge: claims.HedgeAsserted, Stance: stance}
	if ev.Citation != nil {
		c := *ev.Citation
		x.Citation = &c
	}
	return x
}

// eventParticipants finds, for each one-off event, the people its name or
// aliases name ("the meeting between Putin and Kim", "2023 Putin-Kim
// summit"): an event is known by who took part as well as by its name.
// Events whose names name fewer than two people get none.
func eventParticipants(c *claims.Corpus) map[string][]string {
	var persons []*claims.Entity
	for _, ent := range c.Entities {
		if ent.Kind == claims.KindPerson {
			persons = append(persons, ent)
		}
	}
	// A reader that knows only people, so an alias is not read as the
	// event it names.
	r := reader.New(reader.NewGazetteer(persons, nil), reader.WordNet{})
	out := make(map[string][]string)
	for _, ent := range c.Entities {
		if ent.Kind != claims.KindEvent || ent.Period.IsZero() {
			continue
		}
		var people []string
		for _, name := range append([]string{ent.Name}, ent.Aliases...) {
			for _, cl := range r.Read(name, time.Time{}).Clauses {
				for _, m := range cl.Entities {
					for _, id := range m.IDs {
						if p, ok := c.Entity(id); ok && p.Kind == claims.KindPerson && !slices.Contains(people, id) {
							people = append(people, id)
						}
					}
				}
			}
		}
		if len(people) >= 2 {
			out[ent.ID] = people
		}
	}
	return out
}

// eventsByParticipants returns the events whose participants the clause
// names, at a time the clause gives that matches the event's ("Kim met
// Putin in September 2023" is the 2023 summit), once each has begun by at.
// Without such a time the clause may speak of another meeting of the same
// people, and the record is not brought in.
func (e *Engine) eventsByParticipants(c *clause, at time.Time) []*claims.Entity {
	if len(c.times) == 0 {
		return nil // most clauses: no time to match an event's by
	}
	var out []*claims.Entity
	for id, people := range e.participants {
		ent := e.world.entity(id)
		if ent == nil || at.Before(ent.Period.Start) || !namesAll(c, people) {
			continue
		}
		for _, t := range c.times {
			if r := compareTimes(t, periodTime(ent.Period)); t.YearKnown && (r == timeMatch || r == timeFiner) {
				out = append(out, ent)
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b *claims.Entity) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// namesAll reports whether the clause names every one of the people.
func namesAll(c *clause, people []string) bool {
	for _, p := range people {
		found := false
		for _, m := range c.entities {
			found = found || slices.Contains(m.IDs, p)
		}
		if !found {
			return false
		}
	}
	return true
}
