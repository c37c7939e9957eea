package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/factcheck/factcheck/client"
)

// evalRow is one line of an evaluation file (see shared/eval/GUIDE.md).
type evalRow struct {
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	Label     string   `json:"label"`
	Evidence  []string `json:"evidence"`
	Flag      string   `json:"flag"`
	AsOf      string   `json:"as_of"`
}

// evalOutcome is how the service did on one row.
type evalOutcome struct {
	Row         evalRow `json:"row"`
	Verdict     string  `json:"verdict"`
	Correct     bool    `json:"correct"`
	EvidenceHit bool    `json:"evidence_hit"`
	Flagged     bool    `json:"flagged"` // some inconsistency names Row.Flag
	Alarms      int     `json:"alarms"`  // inconsistencies returned
	// Carried is set when the answer's deciding evidence is itself a span
	// an inconsistency is about: by the guide it must carry that error.
	Carried bool   `json:"carried,omitempty"`
	Err     string `json:"error,omitempty"`
}

// evalScore sums the outcomes.
type evalScore struct {
	Rows        int                `json:"rows"`
	Errors      int                `json:"errors"`
	Accuracy    float64            `json:"accuracy"`
	PerClass    map[string]ratio   `json:"per_class"`
	EvidenceHit ratio              `json:"evidence_hit"`
	FlagRecall  ratio              `json:"inconsistency_recall"`
	FalseAlarm  ratio              `json:"false_alarm"`
	Carried     int                `json:"carried"`   // unflagged rows whose deciding evidence carries a known error
	Confusion   map[string]counter `json:"confusion"` // label -> verdict -> count
}

type counter map[string]int

// ratio is a count out of a total.
type ratio struct {
	N     int `json:"n"`
	Total int `json:"total"`
}

func (r ratio) rate() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.N) / float64(r.Total)
}

func (r ratio) String() string {
	if r.Total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%5.1f%%  (%d/%d)", 100*r.rate(), r.N, r.Total)
}

var labels = []string{"SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO"}

// runEval scores the service on an evaluation file.
func runEval(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval [--min-accuracy F] [--json] [--misses] [--parallel N] FILE", g, stderr)
	minAcc := fs.Float64("min-accuracy", 0, "fail when overall accuracy is below this fraction (0 to 1)")
	asJSON := fs.Bool("json", false, "print the scores and every outcome as JSON")
	misses := fs.Bool("misses", false, "list the rows the service got wrong")
	parallel := fs.Int("parallel", 4, "calls in flight at once")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("eval: want exactly one FILE")
	}
	rows, err := readEval(pos[0])
	if err != nil {
		return err
	}
	c, err := dial(g)
	if err != nil {
		return err
	}
	defer c.Close()

	outcomes := evaluate(ctx, g, c, rows, max(1, *parallel))
	score := scoreOutcomes(outcomes)
	if *asJSON {
		if err := writeJSON(stdout, struct {
			Score    evalScore     `json:"score"`
			Outcomes []evalOutcome `json:"outcomes"`
		}{score, outcomes}); err != nil {
			return err
		}
	} else {
		printScore(stdout, pos[0], score)
		if *misses {
			printMisses(stdout, outcomes)
		}
	}
	if score.Errors > 0 {
		for _, o := range outcomes {
			if o.Err != "" {
				return fmt.Errorf("eval: %d of %d calls failed; first, row %s: %s", score.Errors, score.Rows, o.Row.ID, o.Err)
			}
		}
	}
	if score.Accuracy < *minAcc {
		return fmt.Errorf("eval: accuracy %.3f is below --min-accuracy %.3f", score.Accuracy, *minAcc)
	}
	return nil
}

// readEval reads an evaluation file, checking each row has a statement and
// a known label.
func readEval(path string) ([]evalRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var rows []evalRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var r evalRow
		if err := json.Unmarshal([]byte(text), &r); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, line, err)
		}
		if r.Statement == "" || !slices.Contains(labels, r.Label) {
			return nil, fmt.Errorf("eval: %s:%d: want a statement and a label among %v", path, line, labels)
		}
		if r.AsOf != "" {
			if _, err := parseTime(r.AsOf); err != nil {
				return nil, fmt.Errorf("eval: %s:%d: as_of: %w", path, line, err)
			}
		}
		if r.ID == "" {
			r.ID = fmt.Sprintf("line %d", line)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("eval: %s has no rows", path)
	}
	return rows, nil
}

// evaluate checks every row, parallel at a time, keeping the rows' order.
func evaluate(ctx context.Context, g *globals, c *client.Client, rows []evalRow, parallel int) []evalOutcome {
	out := make([]evalOutcome, len(rows))
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, r := range rows {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = evaluateRow(ctx, g, c, r)
		}()
	}
	wg.Wait()
	return out
}

// evaluateRow checks one row and compares the answer with its label.
func evaluateRow(ctx context.Context, g *globals, c *client.Client, r evalRow) evalOutcome {
	o := evalOutcome{Row: r}
	var opts []client.CheckOption
	if r.AsOf != "" {
		t, _ := parseTime(r.AsOf) // checked by readEval
		opts = append(opts, client.AsOf(t))
	}
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	res, err := c.Check(ctx, r.Statement, opts...)
	if err != nil {
		o.Err = g.describe(err).Error()
		return o
	}
	o.Verdict = string(res.Verdict)
	o.Correct = o.Verdict == r.Label
	o.EvidenceHit = evidenceHit(res, r.Evidence)
	o.Alarms = len(res.Inconsistencies)
	o.Carried = carried(res)
	o.Flagged = r.Flag != "" && flagged(res, r.Flag)
	return o
}

// evidenceHit reports whether some fragment is a substring of the text of
// some evidence item the result returned, at top level or inside an
// inconsistency.
func evidenceHit(res *client.Result, fragments []string) bool {
	var texts []string
	for _, e := range res.Evidence {
		texts = append(texts, e.Text)
	}
	for _, in := range res.Inconsistencies {
		for _, e := range slices.Concat(in.Involved, in.Correction) {
			texts = append(texts, e.Text)
		}
	}
	for _, f := range fragments {
		for _, t := range texts {
			if f != "" && strings.Contains(t, f) {
				return true
			}
		}
	}
	return false
}

// carried reports whether an inconsistency is about a claim the answer
// quotes as deciding evidence (supports or refutes).
func carried(res *client.Result) bool {
	deciding := make(map[string]bool)
	for _, e := range res.Evidence {
		if e.Stance == "supports" || e.Stance == "refutes" {
			deciding[e.ClaimID] = true
		}
	}
	for _, in := range res.Inconsistencies {
		for _, e := range in.Involved {
			if deciding[e.ClaimID] {
				return true
			}
		}
	}
	return false
}

// flagged reports whether some inconsistency names flag in its message,
// entity name or entity id, ignoring case.
func flagged(res *client.Result, flag string) bool {
	flag = strings.ToLower(flag)
	for _, in := range res.Inconsistencies {
		for _, s := range []string{in.Message, in.EntityName, in.EntityID} {
			if strings.Contains(strings.ToLower(s), flag) {
				return true
			}
		}
	}
	return false
}

// scoreOutcomes sums the outcomes. Rows whose call failed count as wrong.
func scoreOutcomes(outcomes []evalOutcome) evalScore {
	s := evalScore{Rows: len(outcomes), PerClass: map[string]ratio{}, Confusion: map[string]counter{}}
	correct := 0
	for _, o := range outcomes {
		cls := s.PerClass[o.Row.Label]
		cls.Total++
		if o.Err != "" {
			s.Errors++
			s.PerClass[o.Row.Label] = cls
			continue
		}
		if o.Correct {
			cls.N++
			correct++
		}
		s.PerClass[o.Row.Label] = cls
		if s.Confusion[o.Row.Label] == nil {
			s.Confusion[o.Row.Label] = counter{}
		}
		s.Confusion[o.Row.Label][o.Verdict]++
		if len(o.Row.Evidence) > 0 {
			s.EvidenceHit.Total++
			if o.EvidenceHit {
				s.EvidenceHit.N++
			}
		}
		if o.Row.Flag != "" {
			s.FlagRecall.Total++
			if o.Flagged {
				s.FlagRecall.N++
			}
		} else {
			s.FalseAlarm.Total++
			switch {
			case o.Alarms > 0 && o.Carried:
				s.Carried++
			case o.Alarms > 0:
				s.FalseAlarm.N++
			}
		}
	}
	if s.Rows > 0 {
		s.Accuracy = float64(correct) / float64(s.Rows)
	}
	return s
}

// printScore writes the score as a table.
func printScore(w io.Writer, path string, s evalScore) {
	fmt.Fprintf(w, "%s: %d rows", path, s.Rows)
	if s.Errors > 0 {
		fmt.Fprintf(w, ", %d failed calls", s.Errors)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CLASS\tACCURACY\t→ SUPPORTED\t→ CONTRADICTED\t→ NOT_ENOUGH_INFO")
	for _, l := range labels {
		conf := s.Confusion[l]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", l, s.PerClass[l], conf["SUPPORTED"], conf["CONTRADICTED"], conf["NOT_ENOUGH_INFO"])
	}
	correct := 0
	for _, r := range s.PerClass {
		correct += r.N
	}
	fmt.Fprintf(tw, "overall\t%s\t\t\t\n", ratio{correct, s.Rows})
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "evidence hit rate\t%s\n", s.EvidenceHit)
	fmt.Fprintf(tw, "inconsistency recall\t%s\n", s.FlagRecall)
	fmt.Fprintf(tw, "false-alarm rate\t%s\n", s.FalseAlarm)
	if s.Carried > 0 {
		fmt.Fprintf(tw, "carried errors\t%d unflagged rows quote a sentence with a known error\n", s.Carried)
	}
	tw.Flush()
}

// printMisses lists the rows answered wrongly, without evidence or with a
// missed or false inconsistency.
func printMisses(w io.Writer, outcomes []evalOutcome) {
	fmt.Fprintln(w, "\nMisses:")
	for _, o := range outcomes {
		var why []string
		switch {
		case o.Err != "":
			why = append(why, "error: "+o.Err)
		default:
			if !o.Correct {
				why = append(why, fmt.Sprintf("got %s, want %s", o.Verdict, o.Row.Label))
			}
			if len(o.Row.Evidence) > 0 && !o.EvidenceHit {
				why = append(why, "evidence missed")
			}
			if o.Row.Flag != "" && !o.Flagged {
				why = append(why, "inconsistency "+o.Row.Flag+" missed")
			}
			if o.Row.Flag == "" && o.Alarms > 0 && !o.Carried {
				why = append(why, "false alarm")
			}
		}
		if len(why) > 0 {
			fmt.Fprintf(w, "  %s: %s  %q\n", o.Row.ID, strings.Join(why, "; "), o.Row.Statement)
		}
	}
}
