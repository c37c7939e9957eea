package checker

import (
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// world answers questions about entities: what contains what, what a name
// stands for, who held which office.
type world struct {
	c         *claims.Corpus
	ancestors map[string]map[string]bool // entity → every entity it lies inside (transitively)
	children  map[string][]string        // entity → entities directly part of it
	// offices maps a role to its tenures, for "who held it then".
	offices map[string][]*claims.Tenure
	// officesIn maps a role and a country to its tenures, in corpus order.
	officesIn map[[2]string][]*claims.Tenure
}

func newWorld(c *claims.Corpus) *world {
	w := &world{c: c, ancestors: make(map[string]map[string]bool), children: make(map[string][]string), offices: make(map[string][]*claims.Tenure), officesIn: make(map[[2]string][]*claims.Tenure)}
	for _, t := range c.Tenures {
		w.offices[t.Role] = append(w.offices[t.Role], t)
		k := [2]string{t.Role, t.Country}
		w.officesIn[k] = append(w.officesIn[k], t)
	}
	for _, e := range c.Entities {
		anc := make(map[string]bool)
		var walk func(id string, depth int)
		walk = func(id string, depth int) {
			if depth > 16 {
				return // a cycle in the data; the loader should have refused it
			}
			p, ok := c.Entity(id)
			if !ok {
				return
			}
			for _, up := range p.PartOf {
				if !anc[up] {
					anc[up] = true
					walk(up, depth+1)
				}
			}
		}
		walk(e.ID, 0)
		w.ancestors[e.ID] = anc
		for _, up := range e.PartOf {
			w.children[up] = append(w.children[up], e.ID)
		}
	}
	return w
}

func (w *world) entity(id string) *claims.Entity {
	e, _ := w.c.Entity(id)
	return e
}

func (w *world) kind(id string) claims.EntityKind {
	if e := w.entity(id); e != nil {
		return e.Kind
	}
	return ""
}

func (w *world) name(id string) string {
	if e := w.entity(id); e != nil {
		return e.Name
	}
	return id
}

// inside reports whether a lies inside b (or is b).
func (w *world) inside(a, b string) bool {
	return a == b || w.ancestors[a][b]
}

// relation is how an entity a statement names relates to one a claim names.
type relation int

const (
	relNone     relation = iota
	relSame              // the same entity
	relGeneral           // the statement's is wider: "Russia" for the claim's "Vladivostok"
	relMetonym           // the statement's name stands for the claim's: "Moscow" acting for "Russia"
	relSpecific          // the statement's is narrower: "Moscow" for the claim's "Russia"
	relSibling           // distinct things of one kind, neither inside the other
)

// relate compares a statement entity s with a claim entity c. asActor says
// the statement uses s as an actor, not a place, so metonymy applies.
func (w *world) relate(s, c string, asActor bool) relation {
	if s == c {
		return relSame
	}
	se, ce := w.entity(s), w.entity(c)
	if asActor && se != nil && ce != nil {
		// An actor's name stands for its country before it lies inside it:
		// "Pyongyang supplies arms" is North Korea, not a city in it.
		for _, x := range se.StandsFor {
			if x == c {
				return relMetonym
			}
		}
		for _, x := range ce.StandsFor {
			if x == s {
				return relMetonym
			}
		}
	}
	switch {
	case w.ancestors[c][s]:
		return relGeneral
	case w.ancestors[s][c]:
		return relSpecific
	}
	if se == nil || ce == nil {
		return relNone
	}
	if se.Kind.Locational() && ce.Kind.Locational() {
		return relSibling
	}
	if se.Kind == ce.Kind && se.Kind == claims.KindPerson {
		return relSibling
	}
	return relNone
}

// seriesOf returns the series (organisations) an event is an edition of.
func (w *world) seriesOf(id string) []string {
	var out []string
	if e := w.entity(id); e != nil {
		for _, up := range e.PartOf {
			if w.kind(up) == claims.KindOrganisation {
				out = append(out, up)
			}
		}
	}
	return out
}

// tenuresOfRole returns the tenures of a role for a country ("" for any).
func (w *world) tenuresOfRole(role, country string) []*claims.Tenure {
	if country == "" {
		return w.offices[role]
	}
	return slices.Clip(w.officesIn[[2]string{role, country}])
}

// familyMembers returns the events that are part of id (its yearly
// editions), or nil when id is not such a family.
func (w *world) familyMembers(id string) []string {
	var out []string
	for _, ch := range w.children[id] {
		if w.kind(ch) == claims.KindEvent {
			out = append(out, ch)
		}
	}
	return out
}
