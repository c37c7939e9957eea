package checker

// Joint support: two claims of one passage that together cover a clause.

// jointCandidates bounds the pairs of claims tried together.
const jointCandidates = 10

// joint looks for two claims that together cover a clause neither covers
// alone: each covers a good part, neither conflicts, and they cover a unit
// of the clause in common, so they speak of the same thing. all must be sorted by
// coverage.
func joint(all []*alignment) (*alignment, *alignment) {
	n := min(len(all), jointCandidates)
	for i := 0; i < n; i++ {
		a := all[i]
		if a.boosted || a.polarity || hasConflict(a) || a.coverage() < jointShare || a.complete() {
			continue
		}
		for j := i + 1; j < n; j++ {
			b := all[j]
			if b.boosted || b.polarity || hasConflict(b) || b.coverage() < jointShare || b.complete() || !sharesUnit(a, b) || !adjacent(a.f, b.f) {
				continue
			}
			if coversTogether(a, b) && (holdsClause(a) || holdsClause(b)) {
				return a, b
			}
		}
	}
	return nil, nil
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

func sharesUnit(a, b *alignment) bool {
	inB := coveredUnits(b)
	for _, u := range a.units {
		if u.state == covered && inB[unitKey{u.text, u.pos}] {
			return true
		}
	}
	return false
}

// coversTogether reports whether every unit of the clause is covered by a
// or by b.
func coversTogether(a, b *alignment) bool {
	inA, inB := coveredUnits(a), coveredUnits(b)
	for _, x := range [...]*alignment{a, b} {
		for _, u := range x.units {
			if k := (unitKey{u.text, u.pos}); !inA[k] && !inB[k] {
				return false
			}
		}
	}
	return true
}
