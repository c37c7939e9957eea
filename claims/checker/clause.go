package checker

import (
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
	times    []reader.Time
	numbers  []reader.Quantity
	// officeOnly is set when the clause only states who holds an office
	// ("Lavrov is Russia's foreign minister"): tenures decide it alone.
	officeOnly bool
	// officeTimes are the times that date the clause's offices.
	officeTimes []reader.Time
}

// occurrence verbs say that an event happens; with an event as subject they
// all mean the same and add nothing a claim must cover.
var occurrence = map[string]bool{
	"take_place": true, "hold": true, "happen": true, "occur": true, "be": true,
	"convene": true, "last": true, "run": true, "go_on": true, "come_about": true,
}

func (e *Engine) prepare(rc reader.Clause) *clause {
	c := &clause{Clause: rc}
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
		if m.Known() && officeCountries[m.IDs[0]] && overlapsOffice(m, rc.Offices) {
			continue
		}
		if copular && m.Known() && officePeople[m.IDs[0]] {
			continue
		}
		c.entities = append(c.entities, m)
	}
	eventSubject := false
	for _, m := range c.entities {
		for _, id := range m.IDs {
			if m.Subject && e.world.kind(id) == "event" || len(e.world.familyMembers(id)) > 0 {
				eventSubject = true
			}
		}
	}
	for _, t := range rc.Terms {
		if eventSubject && occurrence[t.Lemma] {
			continue
		}
		c.terms = append(c.terms, t)
	}
	c.numbers = rc.Numbers
	if copular {
		c.officeTimes = rc.Times
		c.officeOnly = len(c.entities) == 0 && len(c.terms) == 0 && len(c.numbers) == 0
		if !c.officeOnly {
			c.times = rc.Times
		}
	} else {
		c.times = rc.Times
		c.officeTimes = rc.Times
	}
	return c
}

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
