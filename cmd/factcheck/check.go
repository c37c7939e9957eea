package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/client"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// runCheck judges one statement and prints the result: for a person, or
// with --json as protojson, or with --claimreview as schema.org
// ClaimReview JSON-LD.
func runCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", "check [--json | --claimreview] [--as-of DATE] [--max-evidence N] STATEMENT", g, stderr)
	asJSON := fs.Bool("json", false, "print the answer as protojson, as grpcurl and the HTTP API give it")
	asReview := fs.Bool("claimreview", false, "print the answer as schema.org ClaimReview JSON-LD")
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
	if *asJSON && *asReview {
		return errors.New("check: --json and --claimreview do not go together")
	}
	req := &factcheckv1.CheckClaimRequest{Statement: strings.Join(pos, " "), MaxEvidence: int32(*maxEv), ClaimReview: *asReview}
	if *asOf != "" {
		t, err := claims.ParseMoment(*asOf)
		if err != nil {
			return fmt.Errorf("check: --as-of: %w", err)
		}
		req.AsOf = timestamppb.New(t)
	}

	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	if *asJSON || *asReview {
		res, err := c.API().CheckClaim(ctx, req)
		if err != nil {
			return g.describe(err)
		}
		if *asReview {
			return writeProto(stdout, res.GetClaimReview())
		}
		return writeProto(stdout, res)
	}
	var opts []client.CheckOption
	if req.AsOf != nil {
		opts = append(opts, client.AsOf(req.AsOf.AsTime()))
	}
	if *maxEv != 0 {
		opts = append(opts, client.MaxEvidence(*maxEv))
	}
	res, err := c.Check(ctx, req.Statement, opts...)
	if err != nil {
		return g.describe(err)
	}
	printResult(stdout, req.Statement, res)
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
