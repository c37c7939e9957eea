package claimreview_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/claimreview"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

var (
	reviewer = claimreview.Reviewer{Name: "Example Desk", URL: "https://factcheck.example.org/reviews"}
	now      = time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)
)

// render marshals a review.
func render(tb testing.TB, cr claimreview.ClaimReview) []byte {
	tb.Helper()
	b, err := json.Marshal(cr)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestLavrovFindingValidates renders the bundled corpus's finding that an
// article calls Sergey Lavrov defence minister.
func TestLavrovFindingValidates(t *testing.T) {
	t.Parallel()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := checker.New(c)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	found, _, err := svc.Inconsistencies(ctx, claims.InconsistencyFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var lavrov *claims.Inconsistency
	for i, in := range found {
		if in.Kind == claims.InconsistencyWrongOffice && strings.Contains(in.EntityName, "Lavrov") {
			lavrov = &found[i]
			break
		}
	}
	if lavrov == nil || len(lavrov.Involved) == 0 {
		t.Fatalf("no wrong-office finding about Lavrov in the bundled corpus (%d findings)", len(found))
	}
	doc, err := svc.Document(ctx, lavrov.Involved[0].DocumentID)
	if err != nil {
		t.Fatal(err)
	}
	b := render(t, claimreview.Finding(*lavrov, doc, reviewer, now))
	if problems := claimreview.Validate(b); len(problems) > 0 {
		t.Fatalf("the Lavrov finding's ClaimReview does not validate:\n%s\n%s", strings.Join(problems, "\n"), b)
	}
	var got struct {
		ClaimReviewed string
		URL           string
		DatePublished string
		ReviewRating  struct {
			RatingValue   int
			AlternateName string
		}
		ItemReviewed struct {
			Type       string `json:"@type"`
			Appearance struct{ URL, Headline string }
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.ClaimReviewed != lavrov.Involved[0].Text || !strings.Contains(got.ClaimReviewed, "Lavrov") {
		t.Errorf("claimReviewed %q, want the article's sentence %q", got.ClaimReviewed, lavrov.Involved[0].Text)
	}
	if got.ItemReviewed.Type != "Claim" || got.ItemReviewed.Appearance.URL != doc.URL || got.ItemReviewed.Appearance.Headline != doc.Headline {
		t.Errorf("itemReviewed %+v, want a Claim appearing in %s", got.ItemReviewed, doc.URL)
	}
	if got.ReviewRating.RatingValue != 1 || !strings.HasPrefix(got.ReviewRating.AlternateName, "False") ||
		!strings.Contains(got.ReviewRating.AlternateName, lavrov.Correct) {
		t.Errorf("reviewRating %+v, want 1 and a False naming %q", got.ReviewRating, lavrov.Correct)
	}
	if got.DatePublished != "2026-12-02" || !strings.HasPrefix(got.URL, reviewer.URL+"#") {
		t.Errorf("datePublished %q, url %q", got.DatePublished, got.URL)
	}
}

func TestCheckReviewValidates(t *testing.T) {
	t.Parallel()
	doc := &claims.Document{ID: "d", URL: "https://news.example.com/a", Headline: "A", Publisher: "Example News", Published: now.AddDate(0, -1, 0)}
	for _, tc := range []struct {
		verdict claims.Verdict
		value   int
		name    string
	}{
		{claims.VerdictSupported, 5, "Supported by the sources"},
		{claims.VerdictContradicted, 1, "Contradicted by the sources"},
		{claims.VerdictNotEnoughInfo, 0, "Not enough information"},
	} {
		r := &claims.Report{Verdict: tc.verdict, Explanation: "Because.", Evidence: []claims.Evidence{{DocumentID: "d"}, {DocumentID: "d"}}}
		cr := claimreview.Check("Ada Stone opened the bridge", r, map[string]*claims.Document{"d": doc}, reviewer, now)
		b := render(t, cr)
		if problems := claimreview.ValidateCheck(b); len(problems) > 0 {
			t.Errorf("%v: %s\n%s", tc.verdict, strings.Join(problems, "; "), b)
		}
		if cr.ReviewRating.RatingValue != tc.value || cr.ReviewRating.AlternateName != tc.name {
			t.Errorf("%v: rating %+v", tc.verdict, cr.ReviewRating)
		}
		if len(cr.Citation) != 1 || cr.Citation[0].URL != doc.URL {
			t.Errorf("%v: citations %+v, want the evidence's document once", tc.verdict, cr.Citation)
		}
	}
}

func TestValidateFindsProblems(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ doc, want string }{
		{`[]`, "not a JSON object"},
		{`{"@context":"https://schema.org","@type":"Review"}`, `@type "Review"`},
		{`{"@context":"https://schema.org","@type":"ClaimReview","url":"https://x.org/r","claimReviewed":"c","reviewRating":{"@type":"Rating"}}`, "alternateName"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","rating":1}`, "rating is not a schema.org property"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","url":"/relative"}`, "not an absolute URL"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"yesterday"}`, "not an ISO 8601 date"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","reviewRating":{"@type":"Rating","alternateName":"x","ratingValue":9,"bestRating":5,"worstRating":1}}`, "not within"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","itemReviewed":{"@type":"Claim"}}`, "appearance"},
		{`{"@context":"https://schema.org","@type":"ClaimReview","author":{"@type":"Rating","alternateName":"x"}}`, `ClaimReview.author has @type "Rating"`},
	} {
		problems := strings.Join(claimreview.Validate([]byte(tc.doc)), "\n")
		if !strings.Contains(problems, tc.want) {
			t.Errorf("Validate(%s) = %q, want a problem with %q", tc.doc, problems, tc.want)
		}
	}
}
