package checker_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// TestUncuratedArticle adds an article with no curated claims (a short
// made-up report in claims/extract's test data) to the bundled corpus and
// checks statements about it: the engine checks against the claims it
// draws from the text, with their exact offsets.
func TestUncuratedArticle(t *testing.T) {
	t.Parallel()
	text, err := os.ReadFile("../extract/testdata/synthetic.txt")
	if err != nil {
		t.Fatal(err)
	}
	base, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatal(err)
	}
	doc := &claims.Document{
		ID: "example-2024-01-lavrov-beijing", Publisher: "Example News", Language: "en",
		Headline:  "Lavrov heads to Beijing as Moscow courts Asian partners",
		Published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC), Text: string(text),
	}
	c, err := claims.NewCorpus(append(base.Documents, doc), base.Claims, base.Entities, base.Roles, base.Tenures)
	if err != nil {
		t.Fatal(err)
	}
	e, err := checker.New(c)
	if err != nil {
		t.Fatal(err)
	}
	extracted, _, err := e.Claims(context.Background(), claims.ClaimFilter{DocumentID: doc.ID})
	if err != nil || len(extracted) < 5 {
		t.Fatalf("extracted %d claims, err %v; want several", len(extracted), err)
	}
	for _, cl := range extracted {
		if doc.Text[cl.Span.Start:cl.Span.End] != cl.Quote {
			t.Errorf("%s: quote differs from the text at its span", cl.ID)
		}
	}
	tests := []struct {
		statement string
		want      claims.Verdict
	}{
		{"Lavrov will travel to Beijing to meet Xi Jinping.", claims.VerdictSupported},
		{"Two diplomats said Lavrov will visit Beijing.", claims.VerdictSupported},
		{"Lavrov will travel to Tokyo to meet Xi Jinping.", claims.VerdictContradicted},
		{"Trade grew by 5 percent in 2022, according to the Guardian.", claims.VerdictContradicted},
		{"Lavrov will sign a trade deal in Beijing.", claims.VerdictNotEnoughInfo},
	}
	for _, tt := range tests {
		rep, err := e.Check(context.Background(), claims.CheckRequest{Statement: tt.statement})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Verdict != tt.want {
			t.Errorf("Check(%q) = %v (%s), want %v", tt.statement, rep.Verdict, rep.Explanation, tt.want)
			continue
		}
		if tt.want != claims.VerdictNotEnoughInfo && (len(rep.Evidence) == 0 || rep.Evidence[0].DocumentID != doc.ID) {
			t.Errorf("Check(%q): first evidence %+v, want a claim of the new article", tt.statement, rep.Evidence)
		}
	}
}
