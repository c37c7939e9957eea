package jsonl

import (
	"fmt"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// parseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the first instant
// of that year, month or day (UTC) and the precision it was written at.
func parseDate(s string) (time.Time, claims.Precision, error) {
	var layout string
	var p claims.Precision
	switch len(s) {
	case 4:
		layout, p = "2006", claims.PrecisionYear
	case 7:
		layout, p = "2006-01", claims.PrecisionMonth
	case 10:
		layout, p = "2006-01-02", claims.PrecisionDay
	default:
		return time.Time{}, claims.PrecisionNone, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, claims.PrecisionNone, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return t.UTC(), p, nil
}

// lastDay returns the start of the last day of the year, month or day that
// begins at t.
func lastDay(t time.Time, p claims.Precision) time.Time {
	switch p {
	case claims.PrecisionYear:
		return t.AddDate(1, 0, -1)
	case claims.PrecisionMonth:
		return t.AddDate(0, 1, -1)
	}
	return t
}

// periodRecord is a period as written: {"start", "end", "open"}.
type periodRecord struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Open  bool   `json:"open"`
}

// period converts r; a nil record is the zero Period.
func (r *periodRecord) period() (claims.Period, error) {
	if r == nil {
		return claims.Period{}, nil
	}
	if r.Start == "" {
		return claims.Period{}, fmt.Errorf("period without start")
	}
	start, p, err := parseDate(r.Start)
	if err != nil {
		return claims.Period{}, err
	}
	if r.Open {
		if r.End != "" {
			return claims.Period{}, fmt.Errorf("open period with an end")
		}
		return claims.Period{Start: start, Precision: p}, nil
	}
	end, ep := start, p
	if r.End != "" {
		if end, ep, err = parseDate(r.End); err != nil {
			return claims.Period{}, err
		}
	}
	if ep != p {
		return claims.Period{}, fmt.Errorf("period %q..%q mixes precisions", r.Start, r.End)
	}
	if end.Before(start) {
		return claims.Period{}, fmt.Errorf("period ends %s before it starts %s", r.End, r.Start)
	}
	return claims.Period{Start: start, End: lastDay(end, p), Precision: p}, nil
}

// citationRecord is a citation as written.
type citationRecord struct {
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Accessed  string `json:"accessed"`
}

// citation converts r; every field is required.
func (r *citationRecord) citation() (claims.Citation, error) {
	switch {
	case r.Title == "":
		return claims.Citation{}, fmt.Errorf("citation without title")
	case r.Publisher == "":
		return claims.Citation{}, fmt.Errorf("citation without publisher")
	case r.URL == "":
		return claims.Citation{}, fmt.Errorf("citation without url")
	}
	at, p, err := parseDate(r.Accessed)
	if err != nil {
		return claims.Citation{}, fmt.Errorf("citation accessed: %w", err)
	}
	if p != claims.PrecisionDay {
		return claims.Citation{}, fmt.Errorf("citation accessed %q: want a day", r.Accessed)
	}
	return claims.Citation{Title: r.Title, Publisher: r.Publisher, URL: r.URL, Accessed: at}, nil
}
