package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/internal/testcert"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"
)

const writeToken = "e2e-write-token-0123456789"

// tokenFile writes a token file for -write-token-file.
func tokenFile(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "tokens")
	if err := os.WriteFile(path, []byte("# writers\n"+writeToken+"\n"), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// article returns the test article, numbered n when n > 0 so that each
// copy is a document of its own.
func article(tb testing.TB, n int) client.NewDocument {
	tb.Helper()
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	d := client.NewDocument{
		Publisher: "Example Wire",
		Headline:  "Sunak flies to Jakarta for talks on trade",
		Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		URL:       "https://example.com/sunak-jakarta",
		Text:      string(text),
	}
	if n > 0 {
		d.ID = fmt.Sprintf("example-wire-%04d", n)
		d.Text += fmt.Sprintf("\nThis is dispatch %d of the series.\n", n)
	}
	return d
}

// dialWith returns a client for addr with opts.
func dialWith(tb testing.TB, addr string, opts ...client.Option) *client.Client {
	tb.Helper()
	return dialExactly(tb, addr, append([]client.Option{client.WithInsecure()}, opts...)...)
}

const aboutTheArticle = "Rishi Sunak arrived in Indonesia"

// evidenceFrom checks aboutTheArticle and returns the verdict and the
// ids of the evidence quoted from document id.
func evidenceFrom(tb testing.TB, c *client.Client, id string) (string, []string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.Check(ctx, aboutTheArticle)
	if err != nil {
		tb.Fatal(err)
	}
	var ids []string
	for _, ev := range res.Evidence {
		if ev.DocumentID == id {
			ids = append(ids, ev.ClaimID)
		}
	}
	return string(res.Verdict), ids
}

// TestCreateDocumentEndToEnd: a document created through the client with
// the token is checked against at once and after a restart; a call without
// the token is refused and writes nothing.
func TestCreateDocumentEndToEnd(t *testing.T) {
	// Not parallel: it runs for a while, and parallel tests
	// elsewhere in the package bound their subtests by one deadline.
	data, tokens := t.TempDir(), tokenFile(t)
	d := launch(t, "-data", data, "-write-token-file", tokens)
	writer := dialWith(t, d.addr, client.WithToken(writeToken))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	created, err := writer.CreateDocument(ctx, article(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	id := created.Document.ID
	if !created.Created || len(created.Claims) == 0 {
		t.Fatalf("created %v with %d claims", created.Created, len(created.Claims))
	}
	verdict, ids := evidenceFrom(t, writer, id)
	if len(ids) == 0 {
		t.Fatalf("checking %q right after the create quotes nothing from %s (verdict %s)", aboutTheArticle, id, verdict)
	}

	reader := dialWith(t, d.addr)
	_, err = reader.CreateDocument(ctx, article(t, 7))
	if status.Code(err) != codes.Unauthenticated {
		t.Errorf("create without the token: %v, want UNAUTHENTICATED", err)
	}
	if err := reader.DeleteDocument(ctx, id); status.Code(err) != codes.Unauthenticated {
		t.Errorf("delete without the token: %v, want UNAUTHENTICATED", err)
	}
	if _, err := reader.GetDocument(ctx, "example-wire-0007"); status.Code(err) != codes.NotFound {
		t.Errorf("the refused document: %v, want NOT_FOUND", err)
	}
	if files, _ := filepath.Glob(filepath.Join(data, "documents", "*.json")); len(files) != 1 {
		t.Errorf("data directory holds %v, want one record", files)
	}

	if err := d.stop(); err != nil {
		t.Fatal(err)
	}
	d = launch(t, "-data", data, "-write-token-file", tokens)
	c := dialWith(t, d.addr)
	verdict2, ids2 := evidenceFrom(t, c, id)
	if verdict2 != verdict || strings.Join(ids2, " ") != strings.Join(ids, " ") {
		t.Errorf("after a restart: %s %v, before: %s %v", verdict2, ids2, verdict, ids)
	}
	doc, err := c.GetDocument(ctx, id)
	if err != nil || doc.Text != article(t, 0).Text {
		t.Errorf("after a restart the document is %v, %v", doc, err)
	}
}

func TestReadOnlyDaemonSaysSo(t *testing.T) {
	t.Parallel()
	d := launch(t)
	line := d.logs.wait(t, "ready", 5*time.Second)
	if line["writes"] != false {
		t.Errorf("ready line: %v", line)
	}
	d.logs.wait(t, "serving reads only: CreateDocument and DeleteDocument answer PERMISSION_DENIED; pass -write-token-file (or -write-client-names with mutual TLS) to take writes", time.Second)
	c := dialWith(t, d.addr, client.WithToken(writeToken))
	if _, err := c.CreateDocument(t.Context(), article(t, 1)); status.Code(err) != codes.PermissionDenied {
		t.Errorf("create on a read-only daemon: %v, want PERMISSION_DENIED", err)
	}
}

func TestDataDirectoryIsOneDaemons(t *testing.T) {
	t.Parallel()
	data := t.TempDir()
	launch(t, "-data", data)
	err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-data", data}, nil, &logBuffer{})
	if err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("a second daemon on one data directory: %v", err)
	}
}

// TestWritesByClientCertificate: with -write-client-names, a client whose
// certificate is on the list writes over mutual TLS without a token; with
// another name on the list it is refused.
func TestWritesByClientCertificate(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	tlsArgs := []string{"-tls-cert", certs.ServerCertFile, "-tls-key", certs.ServerKeyFile, "-tls-client-ca", certs.CAFile}
	allowed := launch(t, append(tlsArgs, "-write-client-names", "someone-else, factcheck-test-client")...)
	refused := launch(t, append(tlsArgs, "-write-client-names", "someone-else")...)
	creds := client.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(true)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := dialExactly(t, allowed.addr, creds).CreateDocument(ctx, article(t, 1)); err != nil {
		t.Errorf("listed certificate: %v", err)
	}
	if _, err := dialExactly(t, refused.addr, creds).CreateDocument(ctx, article(t, 1)); status.Code(err) != codes.PermissionDenied {
		t.Errorf("certificate not on the list: %v, want PERMISSION_DENIED", err)
	}
	if err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-data", t.TempDir(), "-write-client-names", "x"}, nil, &logBuffer{}); err == nil ||
		!strings.Contains(err.Error(), "-tls-client-ca") {
		t.Errorf("-write-client-names without mutual TLS: %v", err)
	}
}

// dialExactly returns a client for addr with exactly opts.
func dialExactly(tb testing.TB, addr string, opts ...client.Option) *client.Client {
	tb.Helper()
	c, err := client.New(addr, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}
