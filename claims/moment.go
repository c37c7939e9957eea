package claims

import (
	"fmt"
	"time"
)

// ParseMoment reads a moment as people and evaluation files write one: a
// date (2006-01-02, midnight UTC) or an RFC 3339 time.
func ParseMoment(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a date (2006-01-02) nor an RFC 3339 time", s)
	}
	return t, nil
}
