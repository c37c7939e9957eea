package checker

// Whether a contradiction holds up against the rest of the evidence.

// standsAgainst reports whether a contradiction holds up against the other
// evidence: a date conflict gives way to a claim that dates the same doings
// compatibly (the clause may speak of that occasion), unless it is the
// record of the very event the clause is about; a different source to a
// report by the named source that says as much.
func standsAgainst(contra *alignment, all []*alignment) bool {
	if contra.onlyTimeConflicts() && !(contra.reference && contra.eventIsSubject) && anotherOccasion(all, contra) {
		return false
	}
	if contra.onlySourceConflicts() {
		// The named source's own reports, together, say all the other does.
		var own []*alignment
		for _, a := range all {
			if a != contra && a.sourceCovered() && hasSource(a) {
				own = append(own, a)
			}
		}
		if coveredByAny(own, contra) {
			return false
		}
		for _, a := range own {
			if weight(a) >= weight(contra) {
				return false // the named source reports as much of it
			}
		}
	}
	return true
}

// coveredByAny reports whether every non-source unit b covers is covered
// by one of the alignments in as.
func coveredByAny(as []*alignment, b *alignment) bool {
	if len(as) == 0 {
		return false
	}
	for i, u := range b.units {
		if u.source || u.state != covered {
			continue
		}
		found := false
		for _, a := range as {
			if i < len(a.units) && a.units[i].state == covered {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// anotherOccasion reports whether some other alignment matches the clause's
// predicate and subjects and dates it compatibly (covered, or a date more
// precise than the claim's).
func anotherOccasion(all []*alignment, contra *alignment) bool {
	for _, a := range all {
		if a == contra || !a.predAlign || !a.subjectsCovered() || hasConflict(a) {
			continue
		}
		for _, u := range a.units {
			if u.time && (u.state == covered || u.reason != "") {
				return true
			}
		}
	}
	return false
}

func hasSource(a *alignment) bool {
	for _, u := range a.units {
		if u.source {
			return true
		}
	}
	return false
}
