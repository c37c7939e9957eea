package claims

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Document is one published text that claims are drawn from.
type Document struct {
	ID        string    // stable id, e.g. "theweek-2023-09-putin-g20-kim"
	Publisher string    // the outlet that published it, e.g. "The Week"
	Headline  string    // the headline as printed
	URL       string    // where it was published, if known
	Published time.Time // publication date (UTC midnight when only the day is known)
	DateNote  string    // how the publication date was established
	Language  string    // BCP 47 tag, e.g. "en"
	Text      string    // the exact text, byte for byte
	// Sections splits Text into named, non-overlapping spans in order:
	// headline, subtitle, caption, body, and boilerplate for text that is
	// not content (a promotion line). Nil when the document is not split.
	Sections []Section
}

// Section names used in Document.Sections and Claim.Section.
const (
	SectionHeadline    = "headline"
	SectionSubtitle    = "subtitle"
	SectionCaption     = "caption"
	SectionBody        = "body"
	SectionBoilerplate = "boilerplate" // not content: no claim comes from it
)

// Section is a named part of a document's text.
type Section struct {
	Name string // one of the Section* names
	Span Span
}

// SectionOf returns the section that wholly contains s, if any.
func (d *Document) SectionOf(s Span) (Section, bool) {
	for _, sec := range d.Sections {
		if sec.Span.Start <= s.Start && s.End <= sec.Span.End {
			return sec, true
		}
	}
	return Section{}, false
}

// Span is a half-open range of byte offsets [Start, End) into a text.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// UTF16 converts a byte span of text into UTF-16 code unit offsets, the
// units editors running in browsers count in. It returns ok=false when the
// span is out of range or does not fall on UTF-8 boundaries.
func UTF16(text string, s Span) (u Span, ok bool) {
	if !s.Valid(len(text)) || !boundary(text, s.Start) || !boundary(text, s.End) {
		return Span{}, false
	}
	u.Start = utf16Len(text[:s.Start])
	u.End = u.Start + utf16Len(text[s.Start:s.End])
	return u, true
}

func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// String formats the span as [start,end).
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }
