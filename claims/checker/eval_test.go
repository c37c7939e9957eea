package checker_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// row is one labelled statement of an evaluation file (see
// ../../../shared/eval/GUIDE.md for the format).
type row struct {
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	Label     string   `json:"label"`
	Evidence  []string `json:"evidence"`
	Flag      string   `json:"flag"`
	AsOf      string   `json:"as_of"`
}

func readRows(tb testing.TB, path string) []row {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s:%d: %v", path, n, err)
		}
		rows = append(rows, r)
	}
	return rows
}

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

// score is the outcome of an evaluation run.
type score struct {
	total, correct            int
	perClass, perClassRight   map[string]int
	evidenceRows, evidenceHit int
	flagRows, flagHit         int
	cleanRows, falseAlarms    int
	carried                   int // unflagged rows whose decisive evidence carries a known error
	failures                  []string
	rows                      []string // one line per row: id, right, verdict, statement
	calibration               []judged
}

func evaluate(tb testing.TB, e *checker.Engine, rows []row) score {
	tb.Helper()
	s := score{perClass: map[string]int{}, perClassRight: map[string]int{}}
	for _, r := range rows {
		req := claims.CheckRequest{Statement: r.Statement}
		if r.AsOf != "" {
			t, err := time.Parse(time.RFC3339, r.AsOf)
			if err != nil {
				tb.Fatalf("%s: as_of: %v", r.ID, err)
			}
			req.AsOf = t
		}
		rep, err := e.Check(context.Background(), req)
		if err != nil {
			tb.Fatalf("%s: %v", r.ID, err)
		}
		s.total++
		s.perClass[r.Label]++
		ok := rep.Verdict.String() == r.Label
		s.rows = append(s.rows, fmt.Sprintf("%s\t%v\t%s\t%s", r.ID, ok, rep.Verdict, r.Statement))
		s.calibration = append(s.calibration, judged{rep.Confidence, ok})
		if ok {
			s.correct++
			s.perClassRight[r.Label]++
		}
		if len(r.Evidence) > 0 {
			s.evidenceRows++
			if evidenceHit(rep, r.Evidence) {
				s.evidenceHit++
			} else if ok {
				s.failures = append(s.failures, fmt.Sprintf("%s evidence miss: %q", r.ID, r.Statement))
			}
		}
		if r.Flag != "" {
			s.flagRows++
			if flagged(rep, r.Flag) {
				s.flagHit++
			} else {
				s.failures = append(s.failures, fmt.Sprintf("%s flag %s missing: %q", r.ID, r.Flag, r.Statement))
			}
		} else {
			s.cleanRows++
			switch {
			case len(rep.Inconsistencies) == 0:
			case leansOnFlagged(rep):
				// The guide: a response that leans on a sentence with a
				// known error carries that error, flagged in the row or not.
				s.carried++
			default:
				s.falseAlarms++
				s.failures = append(s.failures, fmt.Sprintf("%s false alarm %q: %q", r.ID, rep.Inconsistencies[0].Message, r.Statement))
			}
		}
		if !ok {
			s.failures = append(s.failures, fmt.Sprintf("%s want %s got %s: %q — %s", r.ID, r.Label, rep.Verdict, r.Statement, rep.Explanation))
		}
	}
	return s
}

// judged is one answer's confidence and whether it was right.
type judged struct {
	confidence float64
	right      bool
}

// calibrationTable buckets answers by confidence and reports how often each
// bucket was right: a calibrated engine is right more often as confidence
// rises.
func calibrationTable(all []judged) (string, []float64) {
	edges := []float64{0, 0.6, 0.7, 0.8, 0.9, 1.01}
	var b strings.Builder
	var accs []float64
	fmt.Fprintf(&b, "%-12s %5s %7s\n", "confidence", "rows", "right")
	for i := 0; i+1 < len(edges); i++ {
		n, right := 0, 0
		for _, j := range all {
			if j.confidence >= edges[i] && j.confidence < edges[i+1] {
				n++
				if j.right {
					right++
				}
			}
		}
		if n == 0 {
			continue
		}
		accs = append(accs, pct(right, n))
		fmt.Fprintf(&b, "[%.1f, %.1f) %5d %6.1f%%\n", edges[i], min(edges[i+1], 1), n, pct(right, n))
	}
	return b.String(), accs
}

// halves splits answers at the median confidence and returns the accuracy
// of each half.
func halves(all []judged) (low, high float64) {
	sorted := append([]judged(nil), all...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].confidence < sorted[j].confidence })
	acc := func(js []judged) float64 {
		right := 0
		for _, j := range js {
			if j.right {
				right++
			}
		}
		return pct(right, len(js))
	}
	mid := len(sorted) / 2
	return acc(sorted[:mid]), acc(sorted[mid:])
}

func evidenceHit(rep *claims.Report, fragments []string) bool {
	for _, f := range fragments {
		for _, x := range rep.Evidence {
			if strings.Contains(x.Text, f) {
				return true
			}
		}
	}
	return false
}

func flagged(rep *claims.Report, name string) bool {
	for _, in := range rep.Inconsistencies {
		if strings.Contains(in.Message, name) || strings.Contains(in.EntityName, name) {
			return true
		}
	}
	return false
}

// leansOnFlagged reports whether an inconsistency of the answer is one
// that its decisive evidence carries: the evidence quotes the very span the
// inconsistency is about.
func leansOnFlagged(rep *claims.Report) bool {
	for _, in := range rep.Inconsistencies {
		for _, inv := range in.Involved {
			for _, x := range rep.Evidence {
				if x.Stance != claims.StanceUnspecified && x.DocumentID == inv.DocumentID && x.Span == inv.Span {
					return true
				}
			}
		}
	}
	return false
}

func (s score) table() string {
	var b strings.Builder
	classes := make([]string, 0, len(s.perClass))
	for c := range s.perClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	fmt.Fprintf(&b, "%-18s %5s %5s %7s\n", "class", "rows", "right", "acc")
	for _, c := range classes {
		fmt.Fprintf(&b, "%-18s %5d %5d %6.1f%%\n", c, s.perClass[c], s.perClassRight[c], pct(s.perClassRight[c], s.perClass[c]))
	}
	fmt.Fprintf(&b, "%-18s %5d %5d %6.1f%%\n", "overall", s.total, s.correct, pct(s.correct, s.total))
	fmt.Fprintf(&b, "evidence hit rate   %d/%d %.1f%%\n", s.evidenceHit, s.evidenceRows, pct(s.evidenceHit, s.evidenceRows))
	fmt.Fprintf(&b, "inconsistency recall %d/%d %.1f%%\n", s.flagHit, s.flagRows, pct(s.flagHit, s.flagRows))
	fmt.Fprintf(&b, "false alarms        %d/%d %.1f%%\n", s.falseAlarms, s.cleanRows, pct(s.falseAlarms, s.cleanRows))
	fmt.Fprintf(&b, "carried errors      %d unflagged rows lean on a sentence with a known error\n", s.carried)
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// TestEvaluation scores the engine on every labelled file in testdata and
// holds it to the project's targets on dev: 95% accuracy, every expected
// inconsistency, no false alarms.
func TestEvaluation(t *testing.T) {
	e := newEngine(t)
	files, _ := filepath.Glob("testdata/*.jsonl")
	var calibration []judged
	defer func() {
		table, _ := calibrationTable(calibration)
		t.Logf("calibration over all files\n%s", table)
		low, high := halves(calibration)
		t.Logf("accuracy of the less confident half %.1f%%, of the more confident half %.1f%%", low, high)
		if high <= low {
			t.Errorf("confidence is not calibrated: the more confident half is right %.1f%% of the time, the less confident %.1f%%", high, low)
		}
	}()
	for _, file := range files {
		rows := readRows(t, file)
		s := evaluate(t, e, rows)
		calibration = append(calibration, s.calibration...)
		t.Logf("%s\n%s", file, s.table())
		if dir := os.Getenv("EVAL_OUT"); dir != "" {
			_ = os.WriteFile(filepath.Join(dir, filepath.Base(file)+".tsv"), []byte(strings.Join(s.rows, "\n")+"\n"), 0o644)
		}
		for _, f := range s.failures {
			t.Log("  ", f)
		}
		if filepath.Base(file) == "dev.jsonl" {
			if pct(s.correct, s.total) < 95 || s.flagHit < s.flagRows || s.falseAlarms > 0 {
				t.Errorf("%s below target: accuracy %.1f%%, flags %d/%d, false alarms %d", file, pct(s.correct, s.total), s.flagHit, s.flagRows, s.falseAlarms)
			}
		}
		if s.falseAlarms > 0 {
			// A false alarm is a defect by the guide on any set; accuracy on
			// the team's own sets is reported, not held to a floor.
			t.Errorf("%s: %d false alarms", file, s.falseAlarms)
		}
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
		s := evaluate(t, e, readRows(t, file))
		t.Logf("%s (extracted claims)\n%s", file, s.table())
	}
}
