package reader

import (
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Time is a date or period a text states.
type Time struct {
	claims.Period
	// YearKnown is false for dates written without a year ("September 9
	// and 10"); Start and End then carry year 0 and only month and day
	// count.
	YearKnown bool
	// Relation is the word that ties the time to its clause: "in", "on",
	// "since", "until", "before", "after", "from", "between" or "".
	Relation string
	Span     claims.Span
	tok, n   int // token position and length in the clause
}

// OpenBound reports whether the time bounds its clause's event on one
// side only ("since 2012", "before March", "until 2020"): TimeML reads
// such a signal as a temporal link (BEGUN_BY, BEFORE, ENDED_BY) that
// limits the event's date without giving it.
func (t Time) OpenBound() bool {
	switch t.Relation {
	case "before", "after", "since", "until", "till":
		return true
	}
	return false
}

// civil is a calendar date whose fields are zero when unknown.
type civil struct{ y, m, d int }

func (c civil) precision() claims.Precision {
	switch {
	case c.d > 0:
		return claims.PrecisionDay
	case c.m > 0:
		return claims.PrecisionMonth
	case c.y > 0:
		return claims.PrecisionYear
	}
	return claims.PrecisionNone
}

func (c civil) first() time.Time {
	return time.Date(c.y, time.Month(max(c.m, 1)), max(c.d, 1), 0, 0, 0, 0, time.UTC)
}

// last returns the first instant of the last day c covers.
func (c civil) last() time.Time {
	switch {
	case c.d > 0:
		return c.first()
	case c.m > 0:
		return c.first().AddDate(0, 1, -1)
	}
	return time.Date(c.y, 12, 31, 0, 0, 0, 0, time.UTC)
}

// parseTime reads a date or period starting at toks[i], resolving relative
// words ("this month", "last year") against ref. It returns the time and
// the number of tokens it spans, or n == 0.
func parseTime(toks []Token, i int, ref time.Time) (Time, int) {
	rel := ""
	j := i
	// A deictic time ("next month", "last week") takes no preposition
	// (Quirk et al. §9.39): "sworn in next month" keeps its particle.
	deictic := j+1 < len(toks) && (toks[j+1].Norm == "next" || toks[j+1].Norm == "last")
	if j < len(toks) && timeRelations[toks[j].Norm] && !(toks[j].Norm == "in" && deictic) {
		rel = toks[j].Norm
		j++
		if j < len(toks) && toks[j].Norm == "of" && rel == "ahead" { // "ahead of"
			j++
		}
	}
	a, b, n := parseRange(toks, j, ref)
	if n == 0 {
		return Time{}, 0
	}
	// A range like "1950-53" or "2022-23" gives the second year in short.
	if b.y > 0 && b.y < 100 && a.y >= 100 {
		b.y = a.y/100*100 + b.y
		if b.y < a.y {
			b.y += 100
		}
	}
	// Fill what the end states and the start omits: "9 and 10 September 2023".
	if a.m == 0 && b.m > 0 {
		a.m = b.m
	}
	if a.y == 0 {
		a.y = b.y
	}
	if b.y == 0 {
		b.y = a.y
	}
	if b.m == 0 && b.d == 0 {
		b.m, b.d = a.m, a.d
	}
	if b.m == 0 {
		b.m = a.m
	}
	if a.y == 0 && a.m == 0 {
		return Time{}, 0 // bare numbers are not dates
	}
	if a.d < 0 { // a part of a year: months a.m to -a.d
		last := -a.d
		start := time.Date(a.y, time.Month(a.m), 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(a.y, time.Month(last)+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		t := Time{YearKnown: true, Relation: rel}
		t.Start, t.End, t.Precision = start, end, claims.PrecisionMonth
		t.Span = claims.Span{Start: toks[i].Span.Start, End: toks[j+n-1].Span.End}
		t.tok, t.n = i, j+n-i
		return t, j + n - i
	}
	if !validCivil(a) || !validCivil(b) {
		return Time{}, 0
	}
	t := Time{YearKnown: a.y > 0, Relation: rel}
	prec := a.precision()
	if a.y == 0 { // precision without a year: count month and day
		prec = civil{1, a.m, a.d}.precision()
		a.y, b.y = 0, 0
	}
	t.Start, t.End, t.Precision = a.first(), b.last(), prec
	if t.End.Before(t.Start) {
		return Time{}, 0
	}
	t.Span = claims.Span{Start: toks[i].Span.Start, End: toks[j+n-1].Span.End}
	t.tok, t.n = i, j+n-i
	return t, j + n - i
}

var timeRelations = set("in", "on", "since", "until", "till", "before", "after", "from",
	"between", "during", "by", "ahead", "following", "throughout", "through")

func validCivil(c civil) bool {
	if c.m < 0 || c.m > 12 || c.d < 0 || c.d > 31 || c.y < 0 || c.y > 9999 {
		return false
	}
	if c.d > 0 && c.m > 0 && c.y > 0 {
		t := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
		return t.Day() == c.d
	}
	return true
}

// parseRange reads one date or a range of two ("September 9 and 10",
// "9-10 September", "from 10 to 13 September", "1950-53").
func parseRange(toks []Token, i int, ref time.Time) (a, b civil, n int) {
	a, n = parseDate(toks, i, ref)
	if n == 0 {
		// "9-10 September", "9 and 10 September": a bare day first, in
		// digits ("the first and second rounds" is no date).
		d, ok := dayAt(toks, i)
		if !ok || toks[i].Kind != Number && !ordinalRangeStart(toks, i) {
			return a, b, 0
		}
		a, n = civil{d: d}, 1
	}
	k := i + n
	if k+1 < len(toks) && rangeJoiners[toks[k].Norm] {
		end := k + 1
		if toks[end].Norm == "the" {
			end++ // "from the eleventh to the fourteenth of September"
		}
		if e, m := parseDate(toks, end, ref); m > 0 && compatibleEnd(a, e) {
			return a, e, end - i + m
		}
		if d, ok := dayAt(toks, k+1); ok && (a.d > 0 || a.m == 0) {
			e := civil{d: d}
			m := 1
			if a.m == 0 { // "9-10 September 2023"
				if e2, m2 := parseDate(toks, k+1, ref); m2 > 0 {
					e, m = e2, m2
				}
			}
			if a.d == 0 && a.m == 0 && e.m == 0 {
				return a, b, 0
			}
			if a.m > 0 && a.y == 0 {
				// "February 27-28, 2019": the year after the range dates both ends.
				if year, n := yearAfter(toks, k+1+m); n > 0 {
					a.y, e.y = year, year
					m += n
				}
			}
			return a, e, n + 1 + m
		}
		if y, ok := shortYearAt(toks, k+1); ok && a.y > 0 && a.m == 0 { // "1950-53"
			return a, civil{y: y}, n + 2
		}
	}
	if a.m == 0 && a.y == 0 {
		return a, b, 0
	}
	return a, a, n
}

// ordinalRangeStart reports whether an ordinal day in words at toks[i]
// opens a range that a joiner and a dated ordinal close ("the ninth and
// tenth of September", "from the eleventh to the fourteenth of
// September"); alone, "the first and second rounds" is no date.
func ordinalRangeStart(toks []Token, i int) bool {
	k := i + 1
	if k >= len(toks) || !rangeJoiners[toks[k].Norm] {
		return false
	}
	k++
	if k < len(toks) && toks[k].Norm == "the" {
		k++
	}
	if _, ok := dayAt(toks, k); !ok || toks[k].Kind != Word {
		return false
	}
	k++
	if k < len(toks) && toks[k].Norm == "of" {
		k++
	}
	_, w := monthAt(toks, k)
	return w > 0
}

var rangeJoiners = set("-", "to", "and", "through", "till", "until")

func compatibleEnd(a, e civil) bool {
	return (a.y > 0) == (e.y > 0) || e.y > 0
}

// parseDate reads a single date: "April 25, 2019", "25 April 2019", "July
// 2023", "September 9", "2019", "this month", "last year".
func parseDate(toks []Token, i int, ref time.Time) (civil, int) {
	if i >= len(toks) {
		return civil{}, 0
	}
	if c, n := partOfYear(toks, i); n > 0 {
		return c, n
	}
	if c, n := relativeDate(toks, i, ref); n > 0 {
		return c, n
	}
	if m, w := monthAt(toks, i); w > 0 {
		c, n := civil{m: m}, w
		if d, ok := dayAt(toks, i+w); ok {
			c.d, n = d, w+1
		}
		if y, m := yearAfter(toks, i+n); m > 0 {
			c.y, n = y, n+m
		}
		return c, n
	}
	if d, ok := dayAt(toks, i); ok {
		k := i + 1
		if k < len(toks) && toks[k].Norm == "of" {
			k++
		}
		if m, w := monthAt(toks, k); w > 0 {
			c, n := civil{m: m, d: d}, k+w-i
			if y, ok := yearAt(toks, k+w); ok {
				c.y, n = y, n+1
			}
			return c, n
		}
	}
	if y, ok := yearAt(toks, i); ok {
		return civil{y: y}, 1
	}
	return civil{}, 0
}

func relativeDate(toks []Token, i int, ref time.Time) (civil, int) {
	if ref.IsZero() || i >= len(toks) {
		return civil{}, 0
	}
	if c, n := weekday(toks, i, ref); n > 0 {
		return c, n
	}
	if i+1 >= len(toks) {
		return civil{}, 0
	}
	shift := map[string]int{"this": 0, "last": -1, "next": 1, "current": 0, "past": -1, "coming": 1}
	s, ok := shift[toks[i].Norm]
	if !ok {
		return civil{}, 0
	}
	switch toks[i+1].Norm {
	case "year":
		return civil{y: ref.Year() + s}, 2
	case "month":
		t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, s, 0)
		return civil{y: t.Year(), m: int(t.Month())}, 2
	}
	return civil{}, 0
}

// weekdays maps a day's name, capitalised, to its weekday.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// weekday reads a day's name ("on Monday", "last Friday", "next Tuesday")
// as the date it names near ref, the way HeidelTime and SUTime normalise
// it against the document's date: "last" and a plain name in a clause
// without a future ("will", "next") look back to the latest such day
// before ref (a plain name of ref's own weekday is ref itself), "next"
// and a plain name in a clause about the future look ahead to the first
// one after it; "this" takes the one in ref's week.
func weekday(toks []Token, i int, ref time.Time) (civil, int) {
	n, dir := 1, -1
	switch toks[i].Norm {
	case "last":
		n = 2
	case "next":
		n, dir = 2, 1
	case "this":
		n, dir = 2, 0
	}
	k := i + n - 1
	if k >= len(toks) || !toks[k].Cap {
		return civil{}, 0
	}
	wd, ok := weekdays[toks[k].Norm]
	if !ok {
		return civil{}, 0
	}
	// Only now, at a weekday: the tense is read over the whole clause, and
	// reading it at every token made reading quadratic.
	if n == 1 && futureClause(toks) {
		dir = 1
	}
	diff := int(wd) - int(ref.Weekday())
	switch {
	case dir < 0 && diff == 0 && n == 1:
		// A report dated Wednesday that says "on Wednesday" means that
		// day: news name the weekday for the past week, the day of
		// publication included (AP style; HeidelTime's news rules).
	case dir < 0 && diff >= 0:
		diff -= 7
	case dir > 0 && diff <= 0:
		diff += 7
	}
	d := ref.AddDate(0, 0, diff)
	return civil{y: d.Year(), m: int(d.Month()), d: d.Day()}, n
}

// futureClause reports whether a clause speaks of the future: "will",
// "shall", "'ll" or "next".
func futureClause(toks []Token) bool {
	for _, t := range toks {
		switch t.Norm {
		case "will", "shall", "'ll", "next":
			return true
		}
	}
	return false
}

// monthAt reads a month name at toks[i] and returns it with the number of
// tokens it spans: two for an abbreviation and its full stop ("Sept.").
func monthAt(toks []Token, i int) (month, n int) {
	if i >= len(toks) || toks[i].Kind != Word {
		return 0, 0
	}
	m, ok := monthNames[strings.TrimSuffix(toks[i].Norm, ".")]
	if !ok {
		return 0, 0
	}
	// "may" and "march" are also a modal and a verb: only a capitalised
	// form next to a number is a month.
	if (toks[i].Norm == "may" || toks[i].Norm == "march") && !toks[i].Cap {
		return 0, 0
	}
	if len(toks[i].Norm) <= 3 && !toks[i].Cap {
		return 0, 0
	}
	if givenName(toks, i) {
		return 0, 0
	}
	abbreviated := toks[i].Norm != strings.ToLower(time.Month(m).String())
	if abbreviated && i+1 < len(toks) && toks[i+1].Norm == "." {
		return m, 2
	}
	return m, 1
}

// givenName reports whether a month's name at toks[i] is a person's given
// name ("Jan Kowalski", "April Ryan"): written with a capital, straight
// before another capitalised word that is not a month, and not after a
// word that introduces a date ("in", "since", "early", "last").
func givenName(toks []Token, i int) bool {
	if !toks[i].Cap || i+1 >= len(toks) || toks[i+1].Kind != Word || !toks[i+1].Cap || monthNames[toks[i+1].Norm] > 0 {
		return false
	}
	return i == 0 || !dateLeads[toks[i-1].Norm]
}

// dateLeads are words that stand before a date.
var dateLeads = set("in", "on", "since", "by", "until", "till", "from", "to", "through", "of", "early", "late", "mid",
	"this", "last", "next", "before", "after", "during", "between", "and", "or", "each", "every")

func dayAt(toks []Token, i int) (int, bool) {
	if i < len(toks) && toks[i].Kind == Word {
		// "the ninth of September", "September twenty-first"
		if v, ord, ok := wordNumber(toks[i].Norm); ok && ord && v >= 1 && v <= 31 {
			return int(v), true
		}
		return 0, false
	}
	if i >= len(toks) || toks[i].Kind != Number {
		return 0, false
	}
	s := strings.TrimRight(toks[i].Norm, "stndrh")
	if len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// yearAfter reads a year at toks[k], perhaps after a comma ("April 25,
// 2019"), and returns it with the tokens it takes, or 0.
func yearAfter(toks []Token, k int) (year, n int) {
	j := k
	if j < len(toks) && toks[j].Norm == "," {
		j++
	}
	if y, ok := yearAt(toks, j); ok {
		return y, j + 1 - k
	}
	return 0, 0
}

func yearAt(toks []Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != Number || len(toks[i].Norm) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i].Norm)
	if err != nil || y < 1000 || y > 2999 {
		return 0, false
	}
	return y, true
}

func shortYearAt(toks []Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != Number || len(toks[i].Norm) != 2 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i].Norm)
	return y, err == nil
}

// partsOfYear maps words for parts of a year to their first and last
// months (northern-hemisphere seasons).
var partsOfYear = map[string][2]int{
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "fall": {9, 11}, "winter": {12, 14},
	"early": {1, 4}, "mid": {5, 8}, "middle": {5, 8}, "late": {9, 12},
}

// partOfYear reads "the spring of 2023", "summer 2023", "early 2014",
// "mid-2022" as a month range; the month range is carried in civil.m
// (first month) and returned through rangeEnd.
func partOfYear(toks []Token, i int) (civil, int) {
	k := i
	if toks[k].Norm == "the" {
		k++
	}
	if k >= len(toks) {
		return civil{}, 0
	}
	w := strings.TrimSuffix(toks[k].Norm, "-")
	if strings.HasPrefix(toks[k].Norm, "mid-") {
		w = "mid"
	}
	months, ok := partsOfYear[w]
	if !ok {
		return civil{}, 0
	}
	j := k + 1
	if strings.HasPrefix(toks[k].Norm, "mid-") {
		j = k // "mid-2022" is one word token followed by nothing
	}
	if j < len(toks) && (toks[j].Norm == "of" || toks[j].Norm == "-") {
		j++
	}
	y, ok := yearAt(toks, j)
	if !ok {
		return civil{}, 0
	}
	return civil{y: y, m: months[0], d: -months[1]}, j + 1 - i
}
