package checker

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// TestExplainAlignment is a developer's tool, skipped unless
// FACTCHECK_EXPLAIN holds a statement: it prints the verdict, the evidence
// and, per clause, how every candidate claim aligned unit by unit (covered
// 1, gap 0, conflict 2) and which claims decided the clause.
//
//	FACTCHECK_EXPLAIN="Putin will skip the G20" go test ./claims/checker -run ExplainAlignment -v
//
// FACTCHECK_EXPLAIN_DOC names a text file (headline on its first line) to
// add to the bundled corpus as a new article without curated claims,
// published on FACTCHECK_EXPLAIN_DATE (YYYY-MM-DD).
func TestExplainAlignment(t *testing.T) {
	stmt := os.Getenv("FACTCHECK_EXPLAIN")
	if stmt == "" {
		t.Skip("set FACTCHECK_EXPLAIN to a statement")
	}
	var e *Engine
	if path := os.Getenv("FACTCHECK_EXPLAIN_DOC"); path != "" {
		e = withDocument(t, path, os.Getenv("FACTCHECK_EXPLAIN_DATE"))
	} else {
		e = bundledEngine(t)
	}
	rep, err := e.Check(context.Background(), claims.CheckRequest{Statement: stmt})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s", rep.Verdict, rep.Explanation)
	for _, x := range rep.Evidence {
		t.Logf("  evidence %s %v %q", x.ID, x.Stance, x.Quote)
	}
	for _, x := range rep.Inconsistencies {
		t.Logf("  inconsistency %s %v: %s", x.ID, x.Kind, x.Message)
	}
	for _, rc := range e.reader.Read(stmt, e.defaultAsOf).Clauses {
		c := e.prepare(rc, e.defaultAsOf)
		t.Logf("clause %q (event subject %v, tense %v)", rc.Text, c.eventSubject, c.tense)
		for _, i := range e.index.candidates(e.keys(c), candidateLimit) {
			a := e.align(c, e.features[i])
			t.Log(describeAlignment(a))
		}
		p := e.judge(context.Background(), rc, e.defaultAsOf, nil)
		t.Logf("  decided by support %s, also %s, contradiction %s", claimOf(p.support), claimsOf(p.supportAlso), claimOf(p.contra))
	}
}

// bundledEngine builds an engine over the bundled corpus and any further
// documents, which are checked through the claims drawn from them.
func bundledEngine(tb testing.TB, docs ...*claims.Document) *Engine {
	tb.Helper()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		tb.Fatal(err)
	}
	all, err := claims.NewCorpus(append(c.Documents, docs...), c.Claims, c.Entities, c.Roles, c.Tenures)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := New(all)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// withDocument builds an engine over the bundled corpus and the article
// in the file at path, published on date.
func withDocument(tb testing.TB, path, date string) *Engine {
	tb.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	published, err := time.Parse(time.DateOnly, date)
	if err != nil {
		tb.Fatal(err)
	}
	headline, _, _ := strings.Cut(string(text), "\n")
	return bundledEngine(tb, &claims.Document{ID: "explain-article", Publisher: "Explain", Language: "en", Headline: headline, Published: published, Text: string(text)})
}

func describeAlignment(a *alignment) string {
	cov, gp, con := a.sums()
	var units []string
	for _, u := range a.units {
		units = append(units, fmt.Sprintf("%s:%d", u.text, u.state))
	}
	return fmt.Sprintf("  %s covered %.1f gap %.1f conflict %.1f polarity %v predicate %v: %s",
		a.f.claim.ID, cov, gp, con, a.polarity, a.predAlign, strings.Join(units, " | "))
}

func claimOf(a *alignment) string {
	if a == nil {
		return "-"
	}
	return a.f.claim.ID
}

func claimsOf(as []*alignment) string {
	if len(as) == 0 {
		return "-"
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = claimOf(a)
	}
	return strings.Join(ids, ", ")
}
