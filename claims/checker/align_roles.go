package checker

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
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
func (e *Engine) alignRoles(c *clause, f *features, a *alignment) {
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
	entity := ""
	for _, m := range c.entities {
		if m.Span.Start == u.pos && m.Known() {
			entity = m.IDs[0]
		}
	}
	for _, ce := range f.entities {
		if ce.prep != u.prep || ce.background || ce.possessive || ce.subject || ce.nominal || a.entityUsed(ce.id) || !e.sameKind(entity, ce.id) {
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
// things of one kind; a name the gazetteer does not know may be a place,
// never a person.
func (e *Engine) sameKind(statement, claim string) bool {
	ks, kc := e.world.kind(statement), e.world.kind(claim)
	if statement == "" {
		return kc != claims.KindPerson
	}
	return ks == kc || ks.Locational() && kc.Locational() || kc == claims.EntityKind("")
}

// minEventArguments is how many of a clause's names, words, dates and
// numbers (its subjects among them, one at least not a subject) a claim
// must cover before its verb may stand for the clause's narrower one.
const minEventArguments = 2

// sameEventVerb covers the clause's one uncovered unit when it is a light
// verb ("give", "make", "take": its meaning lies in its noun) that WordNet
// files under one of the claim's verbs ("gave backing" for "provided
// support"), and the claim covers everything else the clause says, its
// subject and at least one argument or circumstance besides. Mentions of
// events whose participants, time and place all match are one event
// (argument-based event coreference, Bejan and Harabagiu 2010; Lee et al.
// 2012). A narrower verb with a meaning of its own adds what the claim
// does not say ("murdered" for "killed", "invaded" for "attacked"), so it
// stays a gap. Not for a negated clause or claim, whose polarity an
// unmatched verb cannot settle, nor for a hypothetical clause.
func (a *alignment) sameEventVerb(c *clause, f *features) {
	if c.Negated || f.negated || c.Conditional || a.reference || a.polarity {
		return
	}
	k, args, others := -1, 0, 0
	for i, u := range a.units {
		switch {
		case u.state == covered && !u.verb:
			args++
			if !u.subject {
				others++
			}
		case u.state == covered:
		case u.state == gap && u.verb && u.narrower && k < 0 && !u.source && reader.LightVerb(lexicon.Lemma(strings.ToLower(u.text))):
			k = i
		default:
			return
		}
	}
	if k < 0 || args < minEventArguments || others == 0 || !a.subjectsCovered() {
		return
	}
	u := &a.units[k]
	u.state, u.paraphrase = covered, true
	u.reason = fmt.Sprintf("“%s” read as a narrower word for the evidence's “%s”", u.text, strings.ReplaceAll(f.predicate, "_", " "))
}
