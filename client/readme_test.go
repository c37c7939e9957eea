package client_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/server/servertest"
)

// The README's Go snippet, verbatim from here to the end of check:
// TestREADMESnippet checks it is and runs it.

// check prints the verdict on statement with its best evidence, then
// checks a batch in one stream, where each statement gets its own answer
// or its own error.
func check(ctx context.Context, addr, statement string) error {
	c, err := client.New(addr, client.WithInsecure())
	if err != nil {
		return err
	}
	defer c.Close()
	res, err := c.Check(ctx, statement)
	if err != nil {
		return err // status.Code(err) and client.Violations(err) say why
	}
	fmt.Printf("%s (confidence %.2f)\n", res.Verdict, res.Confidence)
	if len(res.Evidence) > 0 { // NOT_ENOUGH_INFO may come with none
		e := res.Evidence[0]
		fmt.Printf("%s: %q in %q\n", e.Publisher, e.Quote, e.Text)
	}
	results, err := c.CheckMany(ctx, []string{statement, "  "})
	if err != nil {
		return err // the stream itself broke
	}
	for _, r := range results { // in the order given; r.ID is "0", "1", ...
		if r.Err != nil {
			fmt.Printf("%s: refused: %v\n", r.ID, client.Violations(r.Err))
			continue
		}
		fmt.Printf("%s: %s\n", r.ID, r.Result.Verdict)
	}
	return nil
}

// readmeSnippet returns the README's first Go code block after the
// client library's heading.
func readmeSnippet(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		tb.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "## The Go client library")
	if !ok {
		tb.Fatal("README has no Go client library section")
	}
	_, rest, ok = strings.Cut(rest, "```go\n")
	if !ok {
		tb.Fatal("the Go client library section has no Go block")
	}
	code, _, ok := strings.Cut(rest, "```")
	if !ok {
		tb.Fatal("unterminated Go block in the README")
	}
	return code
}

// TestREADMESnippet is not parallel: it captures os.Stdout.
func TestREADMESnippet(t *testing.T) {
	src, err := os.ReadFile("readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	snippet := readmeSnippet(t)
	if !strings.Contains(string(src), snippet) {
		t.Fatalf("the README's Go snippet is not check in readme_test.go verbatim; copy it over:\n%s", snippet)
	}

	mem := servertest.Sample()
	srv := servertest.NewServer(mem)
	defer srv.Close()
	for _, tc := range []struct {
		statement string
		want      []string
	}{
		{"Ada Stone opened the Riverside Bridge.", []string{
			"SUPPORTED (confidence 0.90)",
			`The Example Gazette: "" in "Mayor Ada Stone opened the Riverside Bridge on Monday."`,
			"0: SUPPORTED",
			"1: refused: [statement: must not be empty",
		}},
		{"Nothing is known about this.", []string{"NOT_ENOUGH_INFO (confidence 0.50)", "0: NOT_ENOUGH_INFO"}},
	} {
		out := captureStdout(t, func() error { return check(t.Context(), srv.Addr, tc.statement) })
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: output lacks %q:\n%s", tc.statement, w, out)
			}
		}
	}
}

// captureStdout runs f with os.Stdout sent to a pipe and returns what it
// printed; f's error fails the test.
func captureStdout(tb testing.TB, f func() error) string {
	tb.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	var buf bytes.Buffer
	done := make(chan struct{})
	go func() { _, _ = io.Copy(&buf, r); close(done) }()
	ferr := f()
	os.Stdout = old
	w.Close()
	<-done
	if ferr != nil {
		tb.Fatal(ferr)
	}
	return buf.String()
}
