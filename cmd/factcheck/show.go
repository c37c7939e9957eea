package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// runClaim prints one stored claim.
func runClaim(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("claim", "claim [--json] ID", g, stderr)
	asJSON := fs.Bool("json", false, "print the claim as protojson, as grpcurl and the HTTP API give it")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("claim: give one claim id (factcheck claims lists them)")
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	res, err := c.API().GetClaim(ctx, &factcheckv1.GetClaimRequest{Id: pos[0]})
	if err != nil {
		return g.describe(err)
	}
	if *asJSON {
		return writeProto(stdout, res)
	}
	cl := res.GetClaim()
	fmt.Fprintf(stdout, "%s\n  %s\n\n", cl.GetId(), cl.GetStatement())
	fmt.Fprintf(stdout, "  text:     %q\n", cl.GetText())
	fmt.Fprintf(stdout, "  document: %s (%s), bytes %d-%d\n", cl.GetDocumentId(), cl.GetSection(), cl.GetSpan().GetStartByte(), cl.GetSpan().GetEndByte())
	fmt.Fprintf(stdout, "  hedge:    %s\n", enumWord(cl.GetHedge().String(), "HEDGE_"))
	if a := cl.GetAttribution(); a != nil {
		var names []string
		for _, s := range a.GetChain() {
			names = append(names, s.GetName())
		}
		src := a.GetPublisher()
		if len(names) > 0 {
			src += ", citing " + strings.Join(names, " via ")
		}
		fmt.Fprintf(stdout, "  source:   %s\n", src)
	}
	if s := cl.GetStructure(); s != nil && s.GetPredicate() != "" {
		fmt.Fprintf(stdout, "  reads as: %s %s %s\n", strings.Join(s.GetSubjects(), ", "), s.GetPredicate(), strings.Join(s.GetObjects(), ", "))
	}
	if t := cl.GetTimeStart(); t != nil {
		fmt.Fprintf(stdout, "  time:     %s", t.AsTime().Format("2 January 2006"))
		if e := cl.GetTimeEnd(); e != nil {
			fmt.Fprintf(stdout, " to %s", e.AsTime().Format("2 January 2006"))
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

// runDoc prints one stored document with its text.
func runDoc(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("doc", "doc [--json] ID", g, stderr)
	asJSON := fs.Bool("json", false, "print the document as protojson, as grpcurl and the HTTP API give it")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("doc: give one document id (factcheck claims and audit name them)")
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	res, err := c.API().GetDocument(ctx, &factcheckv1.GetDocumentRequest{Id: pos[0]})
	if err != nil {
		return g.describe(err)
	}
	if *asJSON {
		return writeProto(stdout, res)
	}
	d := res.GetDocument()
	fmt.Fprintf(stdout, "%s\n%s\n", d.GetHeadline(), d.GetPublisher())
	if p := d.GetPublished(); p != nil {
		fmt.Fprintf(stdout, "published %s", p.AsTime().Format("2 January 2006"))
		if d.GetDateNote() != "" {
			fmt.Fprintf(stdout, " (%s)", d.GetDateNote())
		}
		fmt.Fprintln(stdout)
	}
	if d.GetUrl() != "" {
		fmt.Fprintln(stdout, d.GetUrl())
	}
	fmt.Fprintf(stdout, "%s, %d claims (factcheck claims --document %s)\n\n%s\n", d.GetId(), d.GetClaimCount(), d.GetId(), strings.TrimRight(d.GetText(), "\n"))
	return nil
}

// enumWord turns an enum value name into a lower-case word: HEDGE_REPORTED
// is "reported".
func enumWord(name, prefix string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, prefix), "_", " "))
}
