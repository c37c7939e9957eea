package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/factcheck/factcheck/client"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// runClaims pages through the stored claims and prints them.
func runClaims(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("claims", "claims [--document ID] [--json] [--page-size N]", g, stderr)
	asJSON := fs.Bool("json", false, "print each claim as protojson, one a line")
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

	if *asJSON {
		req := &factcheckv1.ListClaimsRequest{PageSize: int32(*size), DocumentId: *doc}
		for {
			res, err := c.API().ListClaims(ctx, req)
			if err != nil {
				return g.describe(err)
			}
			for _, cl := range res.GetClaims() {
				if err := writeProtoLine(stdout, cl); err != nil {
					return err
				}
			}
			if req.PageToken = res.GetNextPageToken(); req.PageToken == "" {
				return nil
			}
		}
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tHEDGE\tSOURCE\tSTATEMENT")
	n := 0
	for cl, err := range c.ListClaims(ctx, client.PageSize(*size), client.InDocument(*doc)) {
		if err != nil {
			tw.Flush()
			return g.describe(err)
		}
		n++
		src := cl.Publisher
		if len(cl.Sources) > 0 {
			src = cl.Sources[0].Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", cl.ID, cl.Hedge, src, cl.Statement)
	}
	fmt.Fprintf(tw, "\n%d claims\n", n)
	return tw.Flush()
}

// runAudit prints the inconsistencies found in the stored documents.
func runAudit(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit", "audit [--document ID] [--json | --claimreview]", g, stderr)
	asJSON := fs.Bool("json", false, "print each inconsistency as protojson, one a line")
	asReview := fs.Bool("claimreview", false, "print each finding as schema.org ClaimReview JSON-LD, one a line")
	doc := fs.String("document", "", "only this document's inconsistencies")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()

	if *asJSON || *asReview {
		req := &factcheckv1.ListInconsistenciesRequest{DocumentId: *doc, PageSize: 500, ClaimReview: *asReview}
		for {
			res, err := c.API().ListInconsistencies(ctx, req)
			if err != nil {
				return g.describe(err)
			}
			for _, in := range res.GetInconsistencies() {
				if *asReview {
					err = writeProtoLine(stdout, in.GetClaimReview())
				} else {
					err = writeProtoLine(stdout, in)
				}
				if err != nil {
					return err
				}
			}
			if req.PageToken = res.GetNextPageToken(); req.PageToken == "" {
				return nil
			}
		}
	}
	n := 0
	for in, err := range c.Audit(ctx, client.InDocument(*doc)) {
		if err != nil {
			return g.describe(err)
		}
		n++
		printInconsistency(stdout, *in)
	}
	fmt.Fprintf(stdout, "\n%d inconsistencies\n", n)
	return nil
}
