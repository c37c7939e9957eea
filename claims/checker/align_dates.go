package checker

// How dates, numbers, tense, certainty and temporal order align.

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
	"github.com/factcheck/factcheck/claims/reader"
)

// alignTimes aligns the clause's dates with the claim's and its events'.
func alignTimes(c *clause, f *features, a *alignment) {
	if len(c.times) == 0 {
		return
	}
	anchor := c.timeAnchor()
	claimTimes := f.timesAt(c.at, c.subjectEvent) // the same for every date of the clause
	for ti, t := range c.times {
		u := unit{text: c.timeTexts[ti], weight: weightTime, time: true}
		verdict := tmNone
		var other reader.Time
		for _, ct := range claimTimes {
			ct = anchored(ct, anchor)
			ct = yearOfDocument(ct, t, f.doc, f.past)
			switch compareEventTimes(t, ct) {
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
			u.state, u.time = conflict, true
			u.reason = fmt.Sprintf("the evidence gives %s, not %s", boundText(other), boundText(t))
		case tmSpecific:
			u.reason = u.text + " is more precise than the evidence"
		}
		a.units = append(a.units, u)
	}
}

// compareEventTimes compares the dates two clauses give their events: a
// bound on one side only is compared as one (compareBound).
func compareEventTimes(t, ct reader.Time) timeResult {
	if (t.OpenBound() || ct.OpenBound()) && t.Relation != ct.Relation {
		return compareBound(t, ct)
	}
	return compareTimes(t, ct)
}

// boundText writes a time with its signal when it only bounds the event
// ("before 3 March 2026").
func boundText(t reader.Time) string {
	if t.OpenBound() {
		return t.Relation + " " + timeText(t)
	}
	return timeText(t)
}

// yearOfDocument gives an evidence date written without a year ("returns
// to power in January") the year that puts it nearest the document's
// publication (the last one before it, for a claim in the past tense),
// when the statement's date has a year to compare it with: a
// date without a year is read near the time it was written (HeidelTime's
// anchoring to the document's time). The statement's own year is never
// borrowed.
func yearOfDocument(ct, t reader.Time, doc *claims.Document, past bool) reader.Time {
	if ct.YearKnown || !t.YearKnown || doc == nil {
		return ct
	}
	best, bestGap := 0, time.Duration(math.MaxInt64)
	for y := doc.Published.Year() - 1; y <= doc.Published.Year()+1; y++ {
		at := withYear(ct.Start, y)
		if past && at.After(doc.Published) {
			continue // a past tense speaks of the last such date
		}
		if gap := absDur(at.Sub(doc.Published)); gap < bestGap {
			best, bestGap = y, gap
		}
	}
	span := ct.End.Year() - ct.Start.Year() // a range across a new year keeps its length
	ct.Start, ct.End = withYear(ct.Start, best), withYear(ct.End, best+span)
	ct.YearKnown = true
	return ct
}

// alignNumbers compares numbers that count the same thing. A number of
// days with none stated beside it ("a two-day summit") is compared with
// the length of a range of days the evidence dates.
func alignNumbers(c *clause, f *features, a *alignment, kinds func(id string) claims.EntityKind) {
	if len(c.numbers) == 0 {
		return
	}
	var subjects []string
	for _, m := range c.entities {
		if m.Subject && !m.Possessive && m.Prep == "" {
			subjects = append(subjects, m.IDs...)
		}
	}
	for _, q := range c.numbers {
		u := unit{text: q.Text, weight: weightNumber, number: true}
		for k, cq := range f.numbers {
			if q.Of != "" && cq.Of != "" && q.Of != cq.Of {
				continue // two people's ages
			}
			if !f.numberSaidOf(k, subjects) {
				continue // "X won 18 percent, while Y won 16": 16 is Y's
			}
			qv, cv, ok := inYears(q, cq)
			if !ok {
				if q.Unit == "" && cq.Unit == "" && agree(q, cq, q.Value, cq.Value) {
					// The same amount with nothing said of what it counts
					// ("$21 billion in aid") covers; a different one is
					// not known to be about the same thing.
					u.state, u.reason = covered, ""
					break
				}
				if !sameUnit(q.Unit, cq.Unit) {
					continue
				}
				qv, cv = q.Value, cq.Value
			}
			if agree(q, cq, qv, cv) {
				u.state, u.reason = covered, ""
				// What the number counts is said with it: "seven decades"
				// for "70th anniversary", "three billion dollars" for "$3 billion".
				coverUnitWord(a, q.Unit)
				break
			}
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence says %s, not %s", numberText(cq), q.Text)
		}
		if u.state == gap && q.Unit == "day" {
			alignDays(q, f, &u)
			if u.state == covered {
				coverUnitWord(a, q.Unit) // "for four days": the days are the evidence's range
			}
		}
		if u.state == gap && countsNamed(q, f, kinds) {
			u.state, u.reason = covered, ""
			coverUnitWord(a, q.Unit) // "leaders": the people named
		}
		a.units = append(a.units, u)
	}
}

// agree reports whether a statement's value sv (of q) and a claim's cv
// (of cq) are the same figure: equal, or, where either is an estimate,
// the claim's rounding to the statement's.
func agree(q, cq reader.Quantity, sv, cv float64) bool {
	return sv == cv || (q.Approx || cq.Approx) && roundsTo(cv, sv)
}

// roundsTo reports whether value, rounded to the precision stated is
// written with (the place of its last non-zero digit), is stated: an
// estimate ("about 49 per cent", "nearly 50 years") covers 49.2 and 48.6,
// not 47.
func roundsTo(value, stated float64) bool {
	if stated <= 0 || stated > 1e15 {
		return false
	}
	place := 1.0
	for place*10 <= stated && math.Mod(stated, place*10) == 0 {
		place *= 10
	}
	for k := 0; k < 6 && stated != math.Round(stated/place)*place; k++ {
		place /= 10
	}
	return math.Abs(value-stated) <= place/2
}

// maxNamedCount is the largest count of named things ("the two
// countries", "the three leaders") read as the things the claim names.
const maxNamedCount = 10

// countsNamed reports whether a count of people or countries ("the two
// countries", "the two leaders") is borne out by the claim naming at
// least that many of them: a plural definite description of things named
// before (the sieve's pass for plural mentions).
func countsNamed(q reader.Quantity, f *features, kinds func(id string) claims.EntityKind) bool {
	if q.Ordinal || q.Value < 2 || q.Value > maxNamedCount || q.Value != float64(int(q.Value)) || q.Unit == "" {
		return false
	}
	want := countedKind(q.Unit)
	if want == "" {
		return false
	}
	n := 0
	for _, r := range f.entities {
		if !r.background && kinds(r.id) == want {
			n++
		}
	}
	return float64(n) >= q.Value
}

var countedKindMemo = memo.Strings[claims.EntityKind](memoLimit)

// countedKind returns the kind of named thing a counted noun is: a
// country ("countries", "nations") or a person ("leaders", "men"), else "".
func countedKind(unit string) claims.EntityKind {
	return countedKindMemo.Get(unit, func(u string) claims.EntityKind {
		switch {
		case u == "country" || u == "nation" || lexicon.Hypernym(u, "country"):
			return claims.KindCountry
		case lexicon.Hypernym(u, "person"):
			return claims.KindPerson
		}
		return ""
	})
}

// alignDays compares a number of days with the ranges of days the claim
// and its events are dated to ("September 9 and 10" lasts two days). A
// single date says nothing of how long something lasted.
func alignDays(q reader.Quantity, f *features, u *unit) {
	if q.Of != "" && !f.about(q.Of) {
		return // "a two-day G20 summit" gives the summit's length, not another event's
	}
	ranges := f.times
	for _, d := range f.eventTimes {
		ranges = append(ranges[:len(ranges):len(ranges)], d.t)
	}
	for _, t := range ranges {
		if t.Precision != claims.PrecisionDay || !t.End.After(t.Start) {
			continue
		}
		days := int(t.End.Sub(t.Start).Hours()/24) + 1
		if float64(days) == q.Value {
			u.state, u.reason = covered, ""
			return
		}
		u.state = conflict
		u.reason = fmt.Sprintf("the evidence dates it %s, %d days, not %s", timeText(t), days, q.Text)
	}
}

// coverUnitWord marks the clause's word for a unit covered.
func coverUnitWord(a *alignment, unitLemma string) {
	for i, u := range a.units {
		if u.state == gap && lexicon.Lemma(strings.ToLower(u.text)) == unitLemma {
			a.units[i].state, a.units[i].reason = covered, ""
		}
	}
}

// yearsPer gives the years in units of elapsed time; an anniversary's
// ordinal counts years too ("the 70th anniversary" is "seven decades since").
var yearsPer = map[string]float64{"year": 1, "decade": 10, "century": 100, "anniversary": 1}

// inYears converts two quantities of elapsed time to years, when both are.
func inYears(a, b reader.Quantity) (av, bv float64, ok bool) {
	ya, oka := yearsPer[a.Unit]
	yb, okb := yearsPer[b.Unit]
	if !oka || !okb || a.Unit == b.Unit {
		return 0, 0, false
	}
	return a.Value * ya, b.Value * yb, true
}

// sameUnit reports whether two numbers' units count the same thing: the
// same word, a WordNet synonym, or nouns vectors place as close as
// similarNouns asks ("firms", "companies").
func sameUnit(a, b string) bool {
	return a != "" && b != "" && (a == b || matchTerm(a, b, pairNouns) == tmSame || similarWords(a, b))
}

func numberText(q reader.Quantity) string {
	if q.Unit == reader.AgeUnit {
		return fmt.Sprintf("aged %g", q.Value)
	}
	if q.Text != "" {
		if q.Unit != "" && !strings.Contains(strings.ToLower(q.Text), q.Unit) {
			return q.Text + " " + q.Unit
		}
		return q.Text
	}
	return fmt.Sprintf("%g %s", q.Value, q.Unit)
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
