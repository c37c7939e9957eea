package checker

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

func TestDebugAlign(t *testing.T) {
	stmt := os.Getenv("STMT")
	if stmt == "" {
		t.Skip()
	}
	c, _ := jsonl.Load(corpus.FS)
	e, _ := New(c)
	rep, _ := e.Check(context.Background(), claims.CheckRequest{Statement: stmt})
	fmt.Println("VERDICT", rep.Verdict, rep.Explanation)
	for _, x := range rep.Evidence {
		fmt.Printf("  EV %s %v %q\n", x.ID, x.Stance, x.Quote)
	}
	rd := e.reader.Read(stmt, e.defaultAsOf)
	for _, rc := range rd.Clauses {
		cl := e.prepare(rc, e.defaultAsOf)
		fmt.Printf("clause %q eventSubj=%v tense=%v\n", rc.Text, cl.eventSubject, cl.tense)
		for _, i := range e.index.candidates(e.keys(cl), 30) {
			f := e.features[i]
			a := e.align(cl, f)
			cov, gp, con := a.sums()
			fmt.Printf("  %s cov=%.1f gap=%.1f con=%.1f pol=%v pred=%v ent=%d  %q\n", f.claim.ID[len(f.claim.ID)-3:], cov, gp, con, a.polarity, a.predAlign, a.entityHits, f.claim.Statement)
			var us []string
			for _, u := range a.units {
				us = append(us, fmt.Sprintf("%s:%d", u.text, u.state))
			}
			fmt.Printf("      units %s\n", strings.Join(us, " | "))
			var ts []string
			for _, t := range f.terms {
				ts = append(ts, fmt.Sprintf("%s/%s/%v", t.lemma, t.prep, t.pred))
			}
			fmt.Printf("      terms %s\n", strings.Join(ts, " "))
		}
	}
}

func TestDebugJoint(t *testing.T) {
	stmt := os.Getenv("STMT")
	if stmt == "" {
		t.Skip()
	}
	c, _ := jsonl.Load(corpus.FS)
	e, _ := New(c)
	for _, rc := range e.reader.Read(stmt, e.defaultAsOf).Clauses {
		p := e.judge(context.Background(), rc, e.defaultAsOf, nil)
		name := func(a *alignment) string {
			if a == nil {
				return "-"
			}
			return a.f.claim.ID
		}
		fmt.Println("support", name(p.support), "also", name(p.supportAlso), "contra", name(p.contra))
		for _, o := range p.others {
			fmt.Println("  other", name(o))
		}
	}
}
