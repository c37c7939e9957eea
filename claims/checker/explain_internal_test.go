package checker

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

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
func TestExplainAlignment(t *testing.T) {
	stmt := os.Getenv("FACTCHECK_EXPLAIN")
	if stmt == "" {
		t.Skip("set FACTCHECK_EXPLAIN to a statement")
	}
	e := bundledEngine(t)
	rep, err := e.Check(context.Background(), claims.CheckRequest{Statement: stmt})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s", rep.Verdict, rep.Explanation)
	for _, x := range rep.Evidence {
		t.Logf("  evidence %s %v %q", x.ID, x.Stance, x.Quote)
	}
	for _, rc := range e.reader.Read(stmt, e.defaultAsOf).Clauses {
		c := e.prepare(rc, e.defaultAsOf)
		t.Logf("clause %q (event subject %v, tense %v)", rc.Text, c.eventSubject, c.tense)
		for _, i := range e.index.candidates(e.keys(c), candidateLimit) {
			a := e.align(c, e.features[i])
			t.Log(describeAlignment(a))
		}
		p := e.judge(context.Background(), rc, e.defaultAsOf, nil)
		t.Logf("  decided by support %s, also %s, contradiction %s", claimOf(p.support), claimOf(p.supportAlso), claimOf(p.contra))
	}
}

// bundledEngine builds an engine over the bundled corpus.
func bundledEngine(tb testing.TB) *Engine {
	tb.Helper()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := New(c)
	if err != nil {
		tb.Fatal(err)
	}
	return e
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
