package checker

import (
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/memo"
	"github.com/factcheck/factcheck/claims/reader"
)

type timeResult int

const (
	timeUnrelated timeResult = iota
	timeMatch                // the same time, or the statement's is coarser and contains the evidence's
	timeFiner                // the statement's is more precise than the evidence can confirm
	timeConflict             // the times cannot both be right
)

// civilKey is a date truncated to a precision, comparable as a tuple.
type civilKey struct{ y, m, d int }

func (a civilKey) less(b civilKey) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

func trunc(t time.Time, p claims.Precision) civilKey {
	switch p {
	case claims.PrecisionYear:
		return civilKey{y: t.Year()}
	case claims.PrecisionMonth:
		return civilKey{y: t.Year(), m: int(t.Month())}
	}
	return civilKey{t.Year(), int(t.Month()), t.Day()}
}

func withYear(t time.Time, y int) time.Time {
	return time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// compareTimes compares a statement's time s with an evidence time c. A
// range in the statement ("from 1950 to 1955") must equal the evidence's; a
// single date must fall inside it. Dates written without a year take the
// evidence's.
func compareTimes(s, c reader.Time) timeResult {
	if s.Precision == claims.PrecisionNone || c.Precision == claims.PrecisionNone {
		return timeUnrelated
	}
	if !s.YearKnown {
		if !c.YearKnown {
			// Two dates without a year ("in September") name the same
			// days when they are written alike; otherwise either year
			// may be meant.
			if s.Precision == c.Precision && withYear(s.Start, 2000) == withYear(c.Start, 2000) && withYear(s.End, 2000) == withYear(c.End, 2000) {
				return timeMatch
			}
			return timeUnrelated
		}
		s.Start, s.End = withYear(s.Start, c.Start.Year()), withYear(s.End, c.End.Year())
	}
	p := min(s.Precision, c.Precision)
	s0, s1 := trunc(s.Start, p), trunc(s.End, p)
	c0, c1 := trunc(c.Start, p), trunc(c.End, p)
	isRange := trunc(s.Start, s.Precision) != trunc(s.End, s.Precision)
	var ok bool
	if isRange {
		ok = s0 == c0 && s1 == c1
		if !ok && p < s.Precision && !s1.less(c0) && !c1.less(s0) {
			// At the evidence's coarser precision the range is not pinned down.
			ok = !s0.less(c0) && !c1.less(s1)
		}
	} else {
		ok = !s0.less(c0) && !c1.less(s0)
	}
	switch {
	case !ok:
		return timeConflict
	case s.Precision > c.Precision:
		return timeFiner
	}
	return timeMatch
}

// compareBound compares two times of which one or both bound the event on
// one side only ("before 3 March", "since 2012"): TimeML reads such a
// signal as a temporal link (BEFORE, AFTER, BEGUN_BY, ENDED_BY) that limits
// the event's date without giving it, so a date conflicts only when it
// falls outside the bound, and nothing matches a bound but the same bound.
func compareBound(s, c reader.Time) timeResult {
	point, bound := s, c
	if s.OpenBound() {
		point, bound = c, s
	}
	if point.OpenBound() || !point.YearKnown || !bound.YearKnown {
		return timeUnrelated
	}
	end := point.End
	if end.IsZero() {
		end = point.Start
	}
	boundEnd := bound.End
	if boundEnd.IsZero() {
		boundEnd = bound.Start
	}
	var outside bool
	switch bound.Relation {
	case "before":
		outside = !point.Start.Before(bound.Start)
	case "after":
		outside = !end.After(boundEnd)
	case "since":
		outside = end.Before(bound.Start)
	case "until", "till":
		outside = point.Start.After(boundEnd)
	}
	if outside {
		return timeConflict
	}
	return timeUnrelated
}

// timeText writes a time the way a person would.
func timeText(t reader.Time) string {
	layout := timeLayout(t)
	if layout == "" {
		return ""
	}
	var buf [64]byte
	a := t.Start.AppendFormat(buf[:0], layout)
	n := len(a)
	ab := t.End.AppendFormat(a, layout)
	if string(ab[:n]) == string(ab[n:]) {
		return string(ab[:n])
	}
	return string(ab[:n]) + " to " + string(ab[n:])
}

// timeLayout is the time.Format layout that writes t to its precision,
// with its year when it is known, or "".
func timeLayout(t reader.Time) string {
	switch {
	case t.Precision == claims.PrecisionMonth && t.YearKnown:
		return "January 2006"
	case t.Precision == claims.PrecisionMonth:
		return "January"
	case t.Precision == claims.PrecisionDay && t.YearKnown:
		return "2 January 2006"
	case t.Precision == claims.PrecisionDay:
		return "2 January"
	case t.Precision == claims.PrecisionYear && t.YearKnown:
		return "2006"
	}
	return ""
}

// periodTime makes a reader.Time of a stored period; an open end (an
// ongoing event) compares as its start.
func periodTime(p claims.Period) reader.Time {
	if p.End.IsZero() || p.End.Before(p.Start) {
		p.End = p.Start
	}
	return reader.Time{Period: p, YearKnown: true}
}

// timeAnchor says which end of a period a clause dates: "opens on", "began
// in" date the start; "ends", "closed" the end; anything else the whole.
func (c *clause) timeAnchor() string {
	if c.anchorDone {
		return c.anchor
	}
	c.anchor, c.anchorDone = c.findAnchor(), true
	return c.anchor
}

func (c *clause) findAnchor() string {
	for _, t := range c.terms {
		if t.Verb {
			if a := anchorMemo.Get(t.Lemma, anchorOf); a != "" {
				return a
			}
		}
	}
	return ""
}

var anchorMemo = memo.Strings[string](memoLimit)

// anchorOf says whether a verb opens ("start") or closes ("end") a period.
// Aspectual verbs are a closed class; WordNet's looser links would make
// "last" (endure) an "end".
func anchorOf(verb string) string {
	switch verb {
	case "begin", "start", "open", "launch", "commence", "kick_off", "get_down", "inaugurate":
		return "start"
	case "end", "close", "conclude", "finish", "wrap_up", "terminate":
		return "end"
	}
	return ""
}

// anchored narrows a period to the end a clause dates.
func anchored(t reader.Time, anchor string) reader.Time {
	switch anchor {
	case "start":
		t.End = t.Start
	case "end":
		if !t.End.IsZero() {
			t.Start = t.End
		}
	}
	return t
}
