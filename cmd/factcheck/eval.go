package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/factcheck/factcheck/claims/evaluation"
	"github.com/factcheck/factcheck/client"
)

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
	rows, err := evaluation.ReadFile(pos[0])
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	c, err := dial(g)
	if err != nil {
		return err
	}
	defer c.Close()

	outcomes := evaluate(ctx, g, c, rows, max(1, *parallel))
	score := evaluation.Sum(outcomes)
	if *asJSON {
		if err := writeJSON(stdout, struct {
			Score    evaluation.Score     `json:"score"`
			Outcomes []evaluation.Outcome `json:"outcomes"`
		}{score, outcomes}); err != nil {
			return err
		}
	} else {
		score.WriteTable(stdout, pos[0])
		if *misses {
			fmt.Fprintln(stdout, "\nMisses:")
			for _, line := range evaluation.Misses(outcomes) {
				fmt.Fprintln(stdout, "  "+line)
			}
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

// evaluate checks every row, parallel at a time, keeping the rows' order.
func evaluate(ctx context.Context, g *globals, c *client.Client, rows []evaluation.Row, parallel int) []evaluation.Outcome {
	out := make([]evaluation.Outcome, len(rows))
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

// evaluateRow checks one row and judges the answer against its label.
func evaluateRow(ctx context.Context, g *globals, c *client.Client, r evaluation.Row) evaluation.Outcome {
	var opts []client.CheckOption
	if t, _ := r.Moment(); !t.IsZero() { // checked by evaluation.Read
		opts = append(opts, client.AsOf(t))
	}
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	res, err := c.Check(ctx, r.Statement, opts...)
	if err != nil {
		return evaluation.Failed(r, g.describe(err))
	}
	return evaluation.Judge(r, answer(res))
}

// answer turns the client's result into the scorer's terms.
func answer(res *client.Result) evaluation.Answer {
	a := evaluation.Answer{Verdict: string(res.Verdict), Confidence: res.Confidence, Evidence: quotes(res.Evidence)}
	for _, in := range res.Inconsistencies {
		a.Alarms = append(a.Alarms, evaluation.Alarm{
			Message:    in.Message,
			EntityID:   in.EntityID,
			EntityName: in.EntityName,
			Involved:   quotes(in.Involved),
			Correction: quotes(in.Correction),
		})
	}
	return a
}

func quotes(evidence []client.Evidence) []evaluation.Quote {
	out := make([]evaluation.Quote, 0, len(evidence))
	for _, e := range evidence {
		out = append(out, evaluation.Quote{
			ClaimID:    e.ClaimID,
			DocumentID: e.DocumentID,
			Text:       e.Text,
			Deciding:   e.Stance == "supports" || e.Stance == "refutes",
		})
	}
	return out
}
