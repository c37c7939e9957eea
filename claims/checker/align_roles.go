package checker

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// roleSlots are the prepositions of roles one event fills once: where it
// happens, where from and where to.
var roleSlots = map[string]bool{"in": true, "at": true, "from": true, "to": true}

// alignRoles finds a substitution in a role of the clause's event: the
// claim names the clause's doing and covers all it says but one name,
// governed by one of roleSlots, where the claim has a name of its own of
// the same kind that the clause does not use ("called from the Oval
// Office" against "called from Air Force One"). One event fills each such
// role once (Parsons 1990, the uniqueness of thematic roles), so the two
// names conflict.
func (e *Engine) alignRoles(f *features, a *alignment) {
	if !a.verbAlign {
		return
	}
	k := -1
	for i, u := range a.units {
		switch {
		case u.state == covered:
		case u.state == gap && k < 0 && u.name && !u.subject && roleSlots[u.prep] && u.reason == "":
			k = i
		default:
			return // a conflict already, or more than one gap
		}
	}
	if k < 0 {
		return
	}
	u := &a.units[k]
	for _, ce := range f.entities {
		if ce.prep != u.prep || ce.background || ce.possessive || ce.subject || a.usedEntities[ce.id] || !e.sameKind(u.entity, ce.id) {
			continue
		}
		u.state, u.strong = conflict, true
		u.reason = fmt.Sprintf("the evidence names %s, not %s", e.world.name(ce.id), u.text)
		return
	}
	for _, n := range f.unknown {
		if n.prep == u.prep && !strings.EqualFold(n.text, u.text) {
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence names %s, not %s", n.text, u.text)
			return
		}
	}
}

// sameKind reports whether two names can fill one role: both places, or
// things of one kind; a name the gazetteer does not know may be either.
func (e *Engine) sameKind(statement, claim string) bool {
	if statement == "" {
		return true
	}
	ks, kc := e.world.kind(statement), e.world.kind(claim)
	return ks == kc || ks.Locational() && kc.Locational() || kc == claims.EntityKind("")
}
