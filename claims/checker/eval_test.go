package checker_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/evaluation"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

var (
	engineOnce sync.Once
	engine     *checker.Engine
	engineErr  error
)

func newEngine(tb testing.TB) *checker.Engine {
	tb.Helper()
	engineOnce.Do(func() {
		c, err := jsonl.Load(corpus.FS)
		if err != nil {
			engineErr = err
			return
		}
		engine, engineErr = checker.New(c)
	})
	if engineErr != nil {
		tb.Fatal(engineErr)
	}
	return engine
}

// evaluate checks every row with the engine and judges the answers.
func evaluate(tb testing.TB, e *checker.Engine, rows []evaluation.Row) []evaluation.Outcome {
	tb.Helper()
	out := make([]evaluation.Outcome, 0, len(rows))
	for _, r := range rows {
		at, _ := r.Moment() // checked by evaluation.Read
		rep, err := e.Check(context.Background(), claims.CheckRequest{Statement: r.Statement, AsOf: at})
		if err != nil {
			tb.Fatalf("%s: %v", r.ID, err)
		}
		out = append(out, evaluation.Judge(r, evaluation.FromReport(rep)))
	}
	return out
}

// readRows reads an evaluation file or fails the test.
func readRows(tb testing.TB, path string) []evaluation.Row {
	tb.Helper()
	rows, err := evaluation.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// report logs a file's score and misses, and writes one line per row to
// $EVAL_OUT when it is set.
func report(t *testing.T, file string, outcomes []evaluation.Outcome) evaluation.Score {
	t.Helper()
	s := evaluation.Sum(outcomes)
	var b strings.Builder
	s.WriteTable(&b, file)
	for _, line := range evaluation.Misses(outcomes) {
		b.WriteString("\n  " + line)
	}
	t.Log(b.String())
	if dir := os.Getenv("EVAL_OUT"); dir != "" {
		var rows strings.Builder
		for _, o := range outcomes {
			fmt.Fprintf(&rows, "%s\t%v\t%s\t%s\n", o.Row.ID, o.Correct, o.Verdict, o.Row.Statement)
		}
		_ = os.WriteFile(filepath.Join(dir, filepath.Base(file)+".tsv"), []byte(rows.String()), 0o644)
	}
	return s
}

// TestEvaluation scores the engine on every labelled file in testdata and
// holds it to the project's targets on dev: 95% accuracy, every expected
// inconsistency, no false alarms.
func TestEvaluation(t *testing.T) {
	e := newEngine(t)
	files, _ := filepath.Glob("testdata/*.jsonl")
	var all []evaluation.Outcome
	for _, file := range files {
		outcomes := evaluate(t, e, readRows(t, file))
		all = append(all, outcomes...)
		s := report(t, file, outcomes)
		if filepath.Base(file) == "dev.jsonl" {
			if s.Accuracy < 0.95 || s.FlagRecall.N < s.FlagRecall.Total || s.FalseAlarm.N > 0 {
				t.Errorf("%s below target: accuracy %s, flags %s, false alarms %s", file, s.Overall, s.FlagRecall, s.FalseAlarm)
			}
		}
		if s.FalseAlarm.N > 0 {
			// A false alarm is a defect by the guide on any set; accuracy on
			// the team's own sets is reported, not held to a floor.
			t.Errorf("%s: %d false alarms", file, s.FalseAlarm.N)
		}
	}
	var b strings.Builder
	evaluation.Calibration(&b, all)
	low, high := evaluation.Halves(all)
	t.Logf("calibration over all files\n%s\nthe less confident half is right %s, the more confident half %s", b.String(), low, high)
	if high.Rate() <= low.Rate() {
		t.Errorf("confidence is not calibrated: the more confident half is right %s, the less confident %s", high, low)
	}
}

// TestEvaluationExtracted scores the engine on the same files with the
// curated claims taken away, so it checks against claims claims/extract
// draws from the article by itself: a measure of how it does on an
// article added without hand-written claims. It reports; the targets are
// the curated corpus's.
func TestEvaluationExtracted(t *testing.T) {
	if testing.Short() {
		t.Skip("long: reads every evaluation file again")
	}
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatal(err)
	}
	bare, err := claims.NewCorpus(c.Documents, nil, c.Entities, c.Roles, c.Tenures)
	if err != nil {
		t.Fatal(err)
	}
	e, err := checker.New(bare)
	if err != nil {
		t.Fatal(err)
	}
	all, _, _ := e.Claims(context.Background(), claims.ClaimFilter{})
	t.Logf("%d claims extracted", len(all))
	files, _ := filepath.Glob("testdata/*.jsonl")
	for _, file := range files {
		report(t, file+" (extracted claims)", evaluate(t, e, readRows(t, file)))
	}
}
