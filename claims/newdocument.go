package claims

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on a document created at run time.
const (
	// MaxDocumentBytes is the longest text a created document may have.
	MaxDocumentBytes = 1 << 20
	// MaxDocumentIDBytes is the longest id a created document may have.
	MaxDocumentIDBytes = 128
	// MaxHeadlineBytes is the longest headline.
	MaxHeadlineBytes = 1024
	// MaxPublisherBytes is the longest publisher name.
	MaxPublisherBytes = 256
	// MaxURLBytes is the longest URL.
	MaxURLBytes = 2048
	// MaxDateNoteBytes is the longest date note.
	MaxDateNoteBytes = 4096
)

// The range a created document's publication day must lie in.
var (
	EarliestPublished = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	LatestPublished   = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC) // excluded
)

// DefaultDateNote is the date note of a created document that gives none.
const DefaultDateNote = "Given by whoever added the document."

// languageTag is the BCP 47 shape the reader can read: English, with any
// region or script subtags ("en", "en-GB").
var languageTag = regexp.MustCompile(`^en(-[A-Za-z0-9]{1,8})*$`)

// PrepareNewDocument returns a copy of d with the defaults of a created
// document filled in (an id from NewDocumentID, language "en", the date
// note, the publication time cut to its UTC day, no sections) and checks it
// with CheckNewDocument. d is not modified.
func PrepareNewDocument(d *Document) (*Document, error) {
	if d == nil {
		return nil, FieldErrorf(EINVALID, "document", "is required")
	}
	n := *d
	n.Sections = nil
	if n.Language == "" {
		n.Language = "en"
	}
	if n.DateNote == "" {
		n.DateNote = DefaultDateNote
	}
	if !n.Published.IsZero() {
		n.Published = n.Published.UTC().Truncate(24 * time.Hour)
	}
	if n.ID == "" {
		n.ID = NewDocumentID(n.Publisher, n.Published, n.Headline)
	}
	if err := CheckNewDocument(&n); err != nil {
		return nil, err
	}
	return &n, nil
}

// CheckNewDocument reports everything wrong with d as a document to add,
// as EINVALID errors naming each field ("document.text"), joined; nil when
// d is fine. A created document has a valid id of words joined by '-' (no
// '/'), a publisher, a headline that occurs in its text, a text of at most
// MaxDocumentBytes of valid UTF-8 without control characters other than
// tab and line breaks, a publication day in [EarliestPublished,
// LatestPublished), an English language tag and an absolute http(s) URL if
// any.
func CheckNewDocument(d *Document) error {
	if d == nil {
		return FieldErrorf(EINVALID, "document", "is required")
	}
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, FieldErrorf(EINVALID, "document."+field, format, args...))
	}
	switch {
	case len(d.ID) > MaxDocumentIDBytes:
		bad("id", "must be at most %d bytes", MaxDocumentIDBytes)
	case !ValidID(d.ID) || strings.Contains(d.ID, "/"):
		bad("id", "must be lower-case letters and digits in words joined by '-', like theweek-2023-09-putin-g20-kim")
	}
	textOK := false
	switch {
	case len(d.Text) > MaxDocumentBytes:
		bad("text", "must be at most %d bytes, not %d", MaxDocumentBytes, len(d.Text))
	case !utf8.ValidString(d.Text):
		bad("text", "must be valid UTF-8")
	case strings.TrimSpace(d.Text) == "":
		bad("text", "must not be empty")
	case strings.ContainsFunc(d.Text, control):
		bad("text", "must not contain control characters other than tab and line breaks")
	default:
		textOK = true
	}
	checkLine(bad, "publisher", d.Publisher, MaxPublisherBytes)
	if checkLine(bad, "headline", d.Headline, MaxHeadlineBytes) && textOK && !strings.Contains(d.Text, d.Headline) {
		bad("headline", "must occur in the text exactly as printed")
	}
	if d.URL != "" {
		if u, err := url.Parse(d.URL); len(d.URL) > MaxURLBytes || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("url", "must be an absolute http or https URL of at most %d bytes", MaxURLBytes)
		}
	}
	switch {
	case d.Published.IsZero():
		bad("published", "is required")
	case d.Published.Before(EarliestPublished) || !d.Published.Before(LatestPublished):
		bad("published", "must lie between 1900-01-01 and 2199-12-31")
	}
	if !languageTag.MatchString(d.Language) {
		bad("language", "must be English (en, or en with a region such as en-GB): the reader reads English only")
	}
	if len(d.DateNote) > MaxDateNoteBytes || !utf8.ValidString(d.DateNote) || strings.ContainsFunc(d.DateNote, control) {
		bad("date_note", "must be valid UTF-8 of at most %d bytes without control characters", MaxDateNoteBytes)
	}
	return errors.Join(errs...)
}

// checkLine checks a required one-line field, reporting through bad, and
// says whether it is fine.
func checkLine(bad func(field, format string, args ...any), field, v string, limit int) bool {
	switch {
	case strings.TrimSpace(v) == "":
		bad(field, "is required")
	case len(v) > limit:
		bad(field, "must be at most %d bytes", limit)
	case !utf8.ValidString(v):
		bad(field, "must be valid UTF-8")
	case strings.ContainsFunc(v, unicode.IsControl):
		bad(field, "must be one line without control characters")
	default:
		return true
	}
	return false
}

// control reports a control character other than tab and line breaks.
func control(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// NewDocumentID derives a document id the way the curated corpus names
// documents: publisher, year, month and the headline's first words, as
// lower-case ASCII words joined by '-' ("the-week-2023-09-why-is-putin-
// avoiding-g20"). The same metadata always gives the same id, so a
// retried create finds its first attempt.
func NewDocumentID(publisher string, published time.Time, headline string) string {
	parts := slugWords(publisher, 4)
	if !published.IsZero() {
		parts = append(parts, published.UTC().Format("2006"), published.UTC().Format("01"))
	}
	parts = append(parts, slugWords(headline, 6)...)
	id := strings.Join(parts, "-")
	for len(id) > MaxDocumentIDBytes && strings.Contains(id, "-") {
		id = id[:strings.LastIndexByte(id, '-')]
	}
	return id
}

// apostrophes are dropped from inside a word of an id ("putin's" → "putins").
var apostrophes = strings.NewReplacer("'", "", "’", "")

// slugWords returns up to n words of s in lower-case ASCII letters and
// digits; other letters are dropped.
func slugWords(s string, n int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\'' || r == '’')
	}) {
		w = apostrophes.Replace(w)
		if w == "" {
			continue
		}
		if len(w) > 24 {
			w = w[:24]
		}
		if out = append(out, w); len(out) == n {
			break
		}
	}
	return out
}
