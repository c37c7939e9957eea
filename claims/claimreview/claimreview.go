// Package claimreview renders a check result or an audit finding as
// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the
// exchange format of fact-checkers that Google's Fact Check Tools and
// search engines read: what claim was reviewed, where it appeared, the
// rating in words (reviewRating.alternateName), who reviewed it, when, and
// the page of the review.
//
// It knows the domain (package claims) and JSON, nothing of the transport.
// Validate checks a rendered document against the properties schema.org
// defines for each type used and those the ClaimReview guidelines require
// or recommend.
package claimreview

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Reviewer is the organisation publishing the reviews.
type Reviewer struct {
	Name string // "factcheck", a newsroom's name
	URL  string // its site; reviews are addressed under it
}

// ClaimReview is a schema.org ClaimReview, in the JSON-LD form.
type ClaimReview struct {
	Context       string         `json:"@context"`
	Type          string         `json:"@type"`
	URL           string         `json:"url"`
	ClaimReviewed string         `json:"claimReviewed"`
	ItemReviewed  Claim          `json:"itemReviewed"`
	ReviewRating  Rating         `json:"reviewRating"`
	Author        Thing          `json:"author"`
	DatePublished string         `json:"datePublished"`
	ReviewBody    string         `json:"reviewBody,omitempty"`
	Citation      []CreativeWork `json:"citation,omitempty"`
}

// Claim is a schema.org Claim: the item reviewed.
type Claim struct {
	Type            string        `json:"@type"`
	Text            string        `json:"text,omitempty"`
	Author          *Thing        `json:"author,omitempty"`
	DatePublished   string        `json:"datePublished,omitempty"`
	Appearance      *CreativeWork `json:"appearance,omitempty"`
	FirstAppearance *CreativeWork `json:"firstAppearance,omitempty"`
}

// CreativeWork is where a claim appears or what a review cites: a news
// article.
type CreativeWork struct {
	Type          string `json:"@type"`
	URL           string `json:"url,omitempty"`
	Headline      string `json:"headline,omitempty"`
	Publisher     *Thing `json:"publisher,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
	Text          string `json:"text,omitempty"`
}

// Thing is a schema.org Person or Organization.
type Thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// Rating is a schema.org Rating on a 1 (false) to 5 (true) scale;
// RatingValue is 0 (left out) when no point of the scale fits.
type Rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue,omitempty"`
	BestRating    int    `json:"bestRating,omitempty"`
	WorstRating   int    `json:"worstRating,omitempty"`
	AlternateName string `json:"alternateName"`
}

// The rating scale.
const (
	worst = 1
	best  = 5
)

// rating returns a Rating of value (0: none) named name.
func rating(value int, name string) Rating {
	r := Rating{Type: "Rating", AlternateName: name}
	if value != 0 {
		r.RatingValue, r.BestRating, r.WorstRating = value, best, worst
	}
	return r
}

// Check renders the check of statement answered by r, reviewed by rev at
// now. The claim reviewed is the statement as given; the documents of the
// evidence are cited.
func Check(statement string, r *claims.Report, docs map[string]*claims.Document, rev Reviewer, now time.Time) ClaimReview {
	sum := sha256.Sum256([]byte(statement))
	cr := newReview(rev, "check-"+hex.EncodeToString(sum[:6]), now)
	cr.ClaimReviewed = statement
	cr.ItemReviewed = Claim{Type: "Claim", Text: statement}
	cr.ReviewBody = r.Explanation
	switch r.Verdict {
	case claims.VerdictSupported:
		cr.ReviewRating = rating(best, "Supported by the sources")
	case claims.VerdictContradicted:
		cr.ReviewRating = rating(worst, "Contradicted by the sources")
	default:
		cr.ReviewRating = rating(0, "Not enough information")
	}
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		if d := docs[e.DocumentID]; d != nil && !seen[d.ID] {
			seen[d.ID] = true
			cr.Citation = append(cr.Citation, article(d))
		}
	}
	return cr
}

// Finding renders an audit finding about a stored document, doc, reviewed
// by rev at now. The claim reviewed is the sentence that carries the error,
// as the document says it and by whom; it appears in doc.
func Finding(in claims.Inconsistency, doc *claims.Document, rev Reviewer, now time.Time) ClaimReview {
	cr := newReview(rev, in.ID, now)
	var quoted claims.Evidence
	if len(in.Involved) > 0 {
		quoted = in.Involved[0]
	}
	cr.ClaimReviewed = quoted.Text
	if cr.ClaimReviewed == "" {
		cr.ClaimReviewed = in.Message
	}
	cr.ReviewBody = in.Message
	value, name := findingRating(in)
	cr.ReviewRating = rating(value, name)
	cr.ItemReviewed = Claim{Type: "Claim", Text: cr.ClaimReviewed}
	if doc != nil {
		a := article(doc)
		cr.ItemReviewed.Appearance, cr.ItemReviewed.FirstAppearance = &a, &a
		cr.ItemReviewed.DatePublished = date(doc.Published)
		cr.ItemReviewed.Author = &Thing{Type: "Organization", Name: doc.Publisher}
	}
	// The speaker, when the document attributes the words to one.
	for _, s := range quoted.Attribution {
		if s.Kind != claims.SourceOutlet && s.Name != "" {
			cr.ItemReviewed.Author = &Thing{Type: "Person", Name: s.Name}
			break
		}
	}
	for _, e := range in.Correction {
		if e.Citation != nil && e.Citation.URL != "" {
			cr.Citation = append(cr.Citation, CreativeWork{Type: "CreativeWork", URL: e.Citation.URL, Headline: e.Citation.Title,
				Publisher: &Thing{Type: "Organization", Name: e.Citation.Publisher}})
		}
	}
	return cr
}

// findingRating rates a finding by its kind: the document's claim is
// false, outdated, disputed by the document itself, misattributed, or
// foretold something that did not happen.
func findingRating(in claims.Inconsistency) (int, string) {
	switch in.Kind {
	case claims.InconsistencyWrongOffice:
		if in.Stated != "" && in.Correct != "" {
			return worst, "False: " + in.EntityName + " was " + in.Correct + ", not " + in.Stated
		}
		return worst, "False: wrong office"
	case claims.InconsistencyOutdated:
		return 2, "Outdated"
	case claims.InconsistencyConflicting:
		return 3, "Disputed: the document contradicts itself"
	case claims.InconsistencyAttribution:
		return 2, "Misattributed"
	case claims.InconsistencyUnfulfilled:
		return worst, "False: it did not happen"
	}
	return 0, "Questionable"
}

// newReview starts a review addressed under rev.URL with fragment id.
func newReview(rev Reviewer, id string, now time.Time) ClaimReview {
	u := rev.URL
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return ClaimReview{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		URL:           u + "#" + url.PathEscape(id),
		Author:        Thing{Type: "Organization", Name: rev.Name, URL: rev.URL},
		DatePublished: date(now),
	}
}

// article is doc as a schema.org NewsArticle.
func article(doc *claims.Document) CreativeWork {
	return CreativeWork{
		Type: "NewsArticle", URL: doc.URL, Headline: doc.Headline,
		Publisher:     &Thing{Type: "Organization", Name: doc.Publisher},
		DatePublished: date(doc.Published),
	}
}

// date is t as an ISO 8601 date, or "" for the zero time.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}
