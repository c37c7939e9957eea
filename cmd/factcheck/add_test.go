package main

import (
	"context"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/library"
	"github.com/factcheck/factcheck/corpus"
	fcserver "github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
)

const testToken = "cli-test-token-0123456789"

// writableServer starts an in-process server over the bundled corpus and
// a data directory, taking writes with testToken, and returns its address.
func writableServer(tb testing.TB) string {
	tb.Helper()
	base, err := jsonl.Load(corpus.FS)
	if err != nil {
		tb.Fatal(err)
	}
	store, err := jsonl.OpenStore(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	access, err := fcserver.BearerTokens(testToken)
	if err != nil {
		tb.Fatal(err)
	}
	var srv *servertest.Server
	build := func(c *claims.Corpus) (claims.Service, error) { return checker.New(c) }
	lib := library.New(store, build, func(s claims.Service) { srv.Server.SetService(s) }, nil)
	srv = servertest.NewServer(nil, fcserver.WithDocumentWriter(lib), fcserver.WithWriteAccess(access))
	tb.Cleanup(func() { srv.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	if err := lib.Start(ctx, base); err != nil {
		tb.Fatal(err)
	}
	return srv.Addr
}

// TestAddAndRm runs add and rm as an editor would; subtests share the
// server and the FACTCHECK_TOKEN variable, so they run in order.
func TestAddAndRm(t *testing.T) {
	addr := writableServer(t)
	file := "testdata/article.txt"
	add := []string{"add", file, "--addr", addr, "--publisher", "Example Wire", "--published", "2026-03-10", "--url", "https://example.com/a"}

	t.Setenv(tokenEnv, "")
	_, _, err := factcheck(t, add...)
	if err == nil || !strings.Contains(err.Error(), "set FACTCHECK_TOKEN") {
		t.Errorf("add without a token: %v", err)
	}
	t.Setenv(tokenEnv, "wrong-token-0123456789")
	if _, _, err := factcheck(t, add...); err == nil || !strings.Contains(err.Error(), "refused the token") {
		t.Errorf("add with a wrong token: %v", err)
	}

	t.Setenv(tokenEnv, testToken)
	out, _, err := factcheck(t, append(add, "--dry-run")...)
	if err != nil {
		t.Fatal(err)
	}
	const id = "example-wire-2026-03-sunak-flies-to-jakarta-for-talks"
	for _, want := range []string{"Dry run, nothing stored: " + id, "Example Wire, 10 March 2026", "Claims drawn (", "Rishi Sunak", "Audit findings ("} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = factcheck(t, append(add, "--dry-run", "--json")...)
	if err != nil || !strings.Contains(out, `"claims": [`) || !strings.Contains(out, `"id": "`+id+`"`) {
		t.Errorf("dry run --json: %v\n%s", err, out)
	}
	if _, _, err := factcheck(t, "rm", id, "--addr", addr); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("rm after a dry run: %v (the dry run stored something?)", err)
	}

	out, _, err = factcheck(t, add...)
	t.Logf("add printed:\n%s", out)
	if err != nil || !strings.Contains(out, "Added "+id) {
		t.Fatalf("add: %v\n%s", err, out)
	}
	out, _, err = factcheck(t, add...)
	if err != nil || !strings.Contains(out, "Already stored with the same text") {
		t.Errorf("add again: %v\n%s", err, out)
	}
	out, _, err = factcheck(t, "check", "--addr", addr, "Rishi Sunak arrived in Indonesia")
	if err != nil || !strings.Contains(out, id) {
		t.Errorf("check after add quotes nothing from %s: %v\n%s", id, err, out)
	}
	out, _, err = factcheck(t, "rm", id, "--addr", addr)
	if err != nil || !strings.Contains(out, "Deleted "+id) {
		t.Errorf("rm: %v\n%s", err, out)
	}

	_, _, err = factcheck(t, "add", file, "--addr", addr, "--publisher", "X", "--published", "2026-03-10", "--headline", "Not in it")
	if err == nil || !strings.Contains(err.Error(), "--headline: must occur in the text") {
		t.Errorf("add with a headline not in the text: %v", err)
	}
	for _, args := range [][]string{
		{"add", "--addr", addr},
		{"add", file, "--addr", addr, "--published", "2026-03-10"},
		{"add", file, "--addr", addr, "--publisher", "X", "--published", "soon"},
		{"add", "no-such-file.txt", "--addr", addr, "--publisher", "X", "--published", "2026-03-10"},
		{"rm", "--addr", addr},
	} {
		if _, _, err := factcheck(t, args...); err == nil {
			t.Errorf("%v succeeded", args)
		}
	}
}
