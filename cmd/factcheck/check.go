package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/client"
)

// runCheck judges one statement and prints the result.
func runCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", "check [--json] [--as-of DATE] [--max-evidence N] STATEMENT", g, stderr)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	asOf := fs.String("as-of", "", "judge at this `date` (2026-01-01 or RFC 3339) instead of the evidence's")
	maxEv := fs.Int("max-evidence", 0, "most evidence items (0: server default)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return errors.New("check: no statement given")
	}
	statement := strings.Join(pos, " ")
	var opts []client.CheckOption
	if *asOf != "" {
		t, err := parseTime(*asOf)
		if err != nil {
			return fmt.Errorf("check: --as-of: %w", err)
		}
		opts = append(opts, client.AsOf(t))
	}
	if *maxEv != 0 {
		opts = append(opts, client.MaxEvidence(*maxEv))
	}

	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	res, err := c.Check(ctx, statement, opts...)
	if err != nil {
		return describeError(err)
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	printResult(stdout, statement, res)
	return nil
}

// printResult writes a result for a person to read.
func printResult(w io.Writer, statement string, r *client.Result) {
	fmt.Fprintf(w, "%s  (confidence %.2f)\n", r.Verdict, r.Confidence)
	fmt.Fprintf(w, "  %q\n", statement)
	if !r.AsOf.IsZero() {
		fmt.Fprintf(w, "  judged as of %s\n", r.AsOf.Format("2 January 2006"))
	}
	if r.Explanation != "" {
		fmt.Fprintf(w, "\n%s\n", r.Explanation)
	}
	if len(r.Parts) > 1 {
		fmt.Fprintln(w, "\nParts:")
		for _, p := range r.Parts {
			fmt.Fprintf(w, "  %d. %s: %q", p.Index+1, p.Verdict, p.Text)
			if p.Reason != "" {
				fmt.Fprintf(w, " (%s)", p.Reason)
			}
			fmt.Fprintln(w)
		}
	}
	if len(r.Evidence) > 0 {
		fmt.Fprintln(w, "\nEvidence:")
		for i, e := range r.Evidence {
			printEvidence(w, fmt.Sprintf("  %d. ", i+1), e)
		}
	}
	if len(r.Inconsistencies) > 0 {
		fmt.Fprintln(w, "\nInconsistencies:")
		for _, in := range r.Inconsistencies {
			printInconsistency(w, in)
		}
	}
}

// printEvidence writes one evidence item: stance, quote, and where it
// comes from.
func printEvidence(w io.Writer, prefix string, e client.Evidence) {
	indent := strings.Repeat(" ", len(prefix))
	stance := e.Stance
	if stance == "" {
		stance = "related"
	}
	fmt.Fprintf(w, "%s[%s] %q\n", prefix, stance, e.Text)
	var src []string
	if e.Publisher != "" {
		src = append(src, e.Publisher)
	}
	if len(e.Sources) > 0 {
		var names []string
		for _, s := range e.Sources {
			names = append(names, s.Name)
		}
		src = append(src, "citing "+strings.Join(names, " via "))
	}
	if e.Hedge != "" {
		src = append(src, "hedge: "+e.Hedge)
	}
	if len(src) > 0 {
		fmt.Fprintf(w, "%s%s\n", indent, strings.Join(src, "; "))
	}
	if e.DocumentID != "" && e.Span != nil {
		where := e.ClaimID
		if !strings.HasPrefix(e.ClaimID, e.DocumentID) {
			where = e.DocumentID + " " + e.ClaimID
		}
		fmt.Fprintf(w, "%s%s, bytes %d-%d, UTF-16 %d-%d\n", indent, where,
			e.Span.StartByte, e.Span.EndByte, e.Span.StartUTF16, e.Span.EndUTF16)
	}
	if c := e.Citation; c != nil {
		fmt.Fprintf(w, "%sreference: %s", indent, c.Title)
		if c.Publisher != "" {
			fmt.Fprintf(w, " (%s)", c.Publisher)
		}
		if c.URL != "" {
			fmt.Fprintf(w, " %s", c.URL)
		}
		fmt.Fprintln(w)
	}
}

// printInconsistency writes one inconsistency with its evidence.
func printInconsistency(w io.Writer, in client.Inconsistency) {
	fmt.Fprintf(w, "  ! %s (%s", in.Kind, in.Severity)
	if in.ID != "" {
		fmt.Fprintf(w, ", %s", in.ID)
	}
	fmt.Fprintf(w, "): %s\n", in.Message)
	if in.Stated != "" || in.Correct != "" {
		fmt.Fprintf(w, "    stated %q, correct %q\n", in.Stated, in.Correct)
	}
	for _, e := range in.Involved {
		printEvidence(w, "    involved: ", e)
	}
	for _, e := range in.Correction {
		printEvidence(w, "    correction: ", e)
	}
}
