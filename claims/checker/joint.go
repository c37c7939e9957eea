package checker

// Joint support: claims of one passage that together cover a clause.

import "slices"

// jointCandidates bounds the claims tried together.
const jointCandidates = 10

// joint looks for claims of one passage that together cover a clause
// none covers alone: the first holds the clause's core (its verb and
// subjects), each further one covers a good part of the clause, what the
// others leave, and shares a unit with those chosen, so all speak of the
// same thing; and every one stands in the first's sentence or one next to
// it ("Kim showed Shoigu weapons.
// These included missiles banned by the UN."). None may conflict. It
// returns the first and the others, or nil. all must be sorted by
// coverage.
func joint(all []*alignment) []*alignment {
	n := min(len(all), jointCandidates)
	eligible := func(a *alignment) bool {
		return !a.boosted && !a.polarity && !hasConflict(a) && !a.complete()
	}
	for i := 0; i < n; i++ {
		a := all[i]
		if !eligible(a) || a.coverage() < jointShare || !holdsClause(a) {
			continue
		}
		if parts := coverFrom(a, all[:n], eligible); parts != nil {
			return parts
		}
	}
	return nil
}

// coverFrom grows a cover of the clause from seed, adding at each step the
// claim next to seed's sentence that covers most of what is still
// missing, up to jointParts claims; nil when they cannot cover it all.
func coverFrom(seed *alignment, cands []*alignment, eligible func(*alignment) bool) []*alignment {
	parts := []*alignment{seed}
	have := coveredUnits(seed)
	seedKeys := unitKeys(seed)
	for len(parts) < jointParts {
		missing := missingUnits(parts[0], have)
		if missing == 0 {
			return parts
		}
		var best *alignment
		bestGain := 0
		for _, b := range cands {
			if b == seed || slices.Contains(parts, b) || !eligible(b) || b.coverage() < jointShare ||
				!adjacent(seed.f, b.f) || !sharesAny(b, have) || ownGap(b, seedKeys) {
				continue
			}
			if g := gain(b, have); g > bestGain {
				best, bestGain = b, g
			}
		}
		if best == nil {
			return nil
		}
		parts = append(parts, best)
		for k := range coveredUnits(best) {
			have[k] = true
		}
	}
	if missingUnits(parts[0], have) == 0 {
		return parts
	}
	return nil
}

// jointParts bounds how many claims may cover one clause together.
const jointParts = 4

// missingUnits counts the clause's units (as a lists them) not in have.
func missingUnits(a *alignment, have map[unitKey]bool) int {
	n := 0
	for _, u := range a.units {
		if !have[unitKey{u.text, u.pos}] {
			n++
		}
	}
	return n
}

// gain counts the units b covers that have lacks.
func gain(b *alignment, have map[unitKey]bool) int {
	n := 0
	for _, u := range b.units {
		if u.state == covered && !have[unitKey{u.text, u.pos}] {
			n++
		}
	}
	return n
}

// ownGap reports whether b has a gap of its own, a unit the seed's
// alignment (whose unit keys are keys) does not have (a tense, a temporal
// order): the claim speaks of another time or order, so it completes
// nothing.
func ownGap(b *alignment, keys map[unitKey]bool) bool {
	for _, u := range b.units {
		if u.state != covered && !keys[unitKey{u.text, u.pos}] {
			return true
		}
	}
	return false
}

// unitKeys returns the keys of all of a's units.
func unitKeys(a *alignment) map[unitKey]bool {
	keys := make(map[unitKey]bool, len(a.units))
	for _, u := range a.units {
		keys[unitKey{u.text, u.pos}] = true
	}
	return keys
}

// sharesAny reports whether b covers a unit have holds.
func sharesAny(b *alignment, have map[unitKey]bool) bool {
	for _, u := range b.units {
		if u.state == covered && have[unitKey{u.text, u.pos}] {
			return true
		}
	}
	return false
}

// holdsClause reports whether the alignment covers the clause's core: its
// first verb together with every subject, so the second claim only adds
// detail to the same event.
func holdsClause(a *alignment) bool {
	verb := false
	for _, u := range a.units {
		if u.verb {
			if u.state != covered {
				return false
			}
			verb = true
			break
		}
	}
	return verb && a.subjectsCovered()
}

// adjacent reports whether two claims stand in the same sentence of one
// document or in two sentences that follow each other: only then does one
// complete the other ("Kim showed Shoigu weapons. These included...").
func adjacent(a, b *features) bool {
	if a.claim.DocumentID != b.claim.DocumentID || a.doc == nil {
		return false
	}
	d := a.sentenceNo - b.sentenceNo
	return -1 <= d && d <= 1
}

func hasConflict(a *alignment) bool {
	_, _, con := a.sums()
	return con > 0
}

// jointShare is the least share of a clause each of two joint claims must
// cover.
const jointShare = 0.4

// unitKey names a unit of the clause the same way in every alignment: a
// claim may add units of its own to an alignment (a temporal order it
// shares, an implied manner, a tense), so positions in two alignments'
// unit lists need not match.
type unitKey struct {
	text string
	pos  int
}

// coveredUnits returns the keys of the units a covers.
func coveredUnits(a *alignment) map[unitKey]bool {
	out := make(map[unitKey]bool, len(a.units))
	for _, u := range a.units {
		if u.state == covered {
			out[unitKey{u.text, u.pos}] = true
		}
	}
	return out
}
