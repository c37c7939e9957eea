package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/client"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// tokenEnv names the variable holding the bearer token for writes.
const tokenEnv = "FACTCHECK_TOKEN"

// runAdd sends an article's text to CreateDocument and prints what the
// service drew from it.
func runAdd(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("add", "add FILE --publisher NAME --published YYYY-MM-DD [--headline TEXT] [--url URL] [--id ID] [--dry-run] [--json]\n\n"+
		"Adds the article in FILE (- for standard input) with its text byte for byte and prints\n"+
		"the claims drawn from it and the audit's findings. The headline defaults to the first\n"+
		"line of the text. Writing needs the server's token in $"+tokenEnv+".", g, stderr)
	var d client.NewDocument
	fs.StringVar(&d.Publisher, "publisher", "", "the outlet that published it (required)")
	published := fs.String("published", "", "the day it was published, YYYY-MM-DD (required)")
	fs.StringVar(&d.Headline, "headline", "", "the headline as printed in the text (default: the text's first line)")
	fs.StringVar(&d.URL, "url", "", "where it was published")
	fs.StringVar(&d.ID, "id", "", "the id to give it (default: derived from publisher, month and headline)")
	fs.StringVar(&d.Language, "language", "", "its language tag (default en)")
	fs.StringVar(&d.DateNote, "date-note", "", "how the publication date is known")
	dryRun := fs.Bool("dry-run", false, "show what would be drawn from it without storing it")
	asJSON := fs.Bool("json", false, "print the answer as protojson, as grpcurl and the HTTP API give it")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("add takes one FILE (or - for standard input)")
	}
	if d.Publisher == "" || *published == "" {
		return errors.New("--publisher and --published are required")
	}
	if d.Published, err = claims.ParseMoment(*published); err != nil {
		return fmt.Errorf("--published: %w", err)
	}
	text, err := readText(pos[0])
	if err != nil {
		return err
	}
	d.Text = text
	if d.Headline == "" {
		d.Headline = firstLine(text)
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	var opts []client.CreateOption
	if *dryRun {
		opts = append(opts, client.DryRun())
	}
	res, err := c.CreateDocument(ctx, d, opts...)
	if err != nil {
		return g.writeError(err)
	}
	if *asJSON {
		return writeProto(stdout, res.Raw())
	}
	return printCreated(stdout, res, *dryRun)
}

// runRm deletes a document added with add.
func runRm(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rm", "rm ID\n\nDeletes a document added with add. Needs the token in $"+tokenEnv+".", g, stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("rm takes one document ID")
	}
	c, ctx, done, err := connect(ctx, g)
	if err != nil {
		return err
	}
	defer done()
	if err := c.DeleteDocument(ctx, pos[0]); err != nil {
		return g.writeError(err)
	}
	fmt.Fprintf(stdout, "Deleted %s.\n", pos[0])
	return nil
}

// maxTextFile bounds what add reads: a little over the server's limit, so
// the server still names the fault.
const maxTextFile = 2 * claims.MaxDocumentBytes

// readText reads the article from path, or standard input for "-".
func readText(path string) (string, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxTextFile+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxTextFile {
		return "", fmt.Errorf("%s is larger than %d bytes; the server takes at most 1 MiB", path, maxTextFile)
	}
	return string(b), nil
}

// firstLine returns the first non-blank line of text, trimmed.
func firstLine(text string) string {
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

// writeError explains a failed write: how to get write access, the
// fields at fault by the flags that set them, or what describe says.
func (g *globals) writeError(err error) error {
	switch status.Code(err) {
	case codes.Unauthenticated:
		if os.Getenv(tokenEnv) == "" {
			return fmt.Errorf("the server wants a write token: set %s to it (%s)", tokenEnv, status.Convert(err).Message())
		}
		return fmt.Errorf("the server refused the token in %s (%s)", tokenEnv, status.Convert(err).Message())
	case codes.PermissionDenied:
		return fmt.Errorf("the server takes no writes from you: %s", status.Convert(err).Message())
	case codes.AlreadyExists:
		return fmt.Errorf("%s: pass --id to add it under another id", status.Convert(err).Message())
	case codes.InvalidArgument:
		vs := client.Violations(err)
		if len(vs) == 0 {
			break
		}
		return refused("the article", vs, addField)
	}
	return g.describe(err)
}

// addField names a CreateDocument field by the flag or file that sets it.
func addField(field string) string {
	switch field {
	case "document.text":
		return "the text of FILE"
	case "document_id", "document.id":
		return "--id"
	case "document.date_note":
		return "--date-note"
	}
	if f, ok := strings.CutPrefix(field, "document."); ok {
		return "--" + f
	}
	return field
}

// printCreated prints a create's answer as an editor reads it: what was
// stored, each claim drawn with its hedge and source, and the findings.
func printCreated(w io.Writer, res *client.CreatedDocument, dryRun bool) error {
	d := res.Document
	switch {
	case dryRun:
		fmt.Fprintf(w, "Dry run, nothing stored: %s would be added.\n", d.ID)
	case res.Created:
		fmt.Fprintf(w, "Added %s.\n", d.ID)
	default:
		fmt.Fprintf(w, "Already stored with the same text: %s.\n", d.ID)
	}
	fmt.Fprintf(w, "%s, %s: %q\n", d.Publisher, d.Published.Format("2 January 2006"), d.Headline)

	fmt.Fprintf(w, "\nClaims drawn (%d):\n", len(res.Claims))
	if len(res.Claims) == 0 {
		fmt.Fprintln(w, "  none: no sentence names a person, place or organisation the service knows.")
	}
	tw := tabwriter.NewWriter(w, 0, 4, 1, ' ', 0)
	for i, cl := range res.Claims {
		src := "the publisher"
		if len(cl.Sources) > 0 {
			var names []string
			for _, s := range cl.Sources {
				names = append(names, s.Name)
			}
			src = strings.Join(names, " via ")
		}
		fmt.Fprintf(tw, "  %d.\t%s\n", i+1, cl.Statement)
		if cl.Text != cl.Statement {
			fmt.Fprintf(tw, "\tquoting %q\n", cl.Text)
		}
		fmt.Fprintf(tw, "\t%s, %s, %s, bytes %d-%d\n", cl.Section, cl.Hedge, src, cl.Span.StartByte, cl.Span.EndByte)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nAudit findings (%d):\n", len(res.Inconsistencies))
	if len(res.Inconsistencies) == 0 {
		fmt.Fprintln(w, "  none.")
	}
	for i, in := range res.Inconsistencies {
		fmt.Fprintf(w, "  %d. %s (%s): %s\n", i+1, strings.ReplaceAll(in.Kind, "_", " "), in.Severity, in.Message)
		for _, ev := range in.Involved {
			fmt.Fprintf(w, "     %q\n", ev.Text)
		}
	}
	return nil
}
