package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/factcheck/factcheck/client"
)

// runClaims pages through the stored claims and prints them.
func runClaims(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("claims", "claims [--document ID] [--json] [--page-size N]", g, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	doc := fs.String("document", "", "only this document's claims")
	size := fs.Int("page-size", 100, "claims fetched per call")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()

	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "ID\tHEDGE\tSOURCE\tSTATEMENT")
	}
	n := 0
	for cl, err := range c.ListClaims(ctx, client.PageSize(*size), client.InDocument(*doc)) {
		if err != nil {
			tw.Flush()
			return describeError(err)
		}
		n++
		if *asJSON {
			if err := writeJSONLine(stdout, cl); err != nil {
				return err
			}
			continue
		}
		src := cl.Publisher
		if len(cl.Sources) > 0 {
			src = cl.Sources[0].Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", cl.ID, cl.Hedge, src, cl.Statement)
	}
	if !*asJSON {
		fmt.Fprintf(tw, "\n%d claims\n", n)
	}
	return tw.Flush()
}

// runAudit prints the inconsistencies found in the stored documents.
func runAudit(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit", "audit [--document ID] [--json]", g, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	doc := fs.String("document", "", "only this document's inconsistencies")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()

	n := 0
	for in, err := range c.Audit(ctx, client.InDocument(*doc)) {
		if err != nil {
			return describeError(err)
		}
		n++
		if *asJSON {
			if err := writeJSONLine(stdout, in); err != nil {
				return err
			}
			continue
		}
		printInconsistency(stdout, *in)
	}
	if !*asJSON {
		fmt.Fprintf(stdout, "\n%d inconsistencies\n", n)
	}
	return nil
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	b, err := jsonMarshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
