package server_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/testcert"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// memoryWriter is a claims.DocumentWriter over a map, recording calls.
type memoryWriter struct {
	mu    sync.Mutex
	docs  map[string]*claims.Document
	calls int
}

func (w *memoryWriter) CreateDocument(_ context.Context, req claims.CreateDocumentRequest) (*claims.CreatedDocument, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	d, err := claims.PrepareNewDocument(req.Document)
	if err != nil {
		return nil, err
	}
	if old, ok := w.docs[d.ID]; ok {
		if old.Text != d.Text {
			return nil, claims.FieldErrorf(claims.EEXISTS, "document.id", "taken")
		}
		return &claims.CreatedDocument{Document: old}, nil
	}
	if !req.ValidateOnly {
		w.docs[d.ID] = d
	}
	cl := &claims.Claim{ID: d.ID + "/auto-01", DocumentID: d.ID, Section: claims.SectionHeadline,
		Statement: d.Headline, Quote: d.Headline, Span: claims.Span{Start: 0, End: len(d.Headline)}, Hedge: claims.HedgeAsserted}
	return &claims.CreatedDocument{Document: d, Claims: []*claims.Claim{cl}, Created: !req.ValidateOnly}, nil
}

func (w *memoryWriter) DeleteDocument(_ context.Context, id string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	if id == "bundled" {
		return claims.FieldErrorf(claims.EPRECONDITION, "id", "part of the corpus")
	}
	if _, ok := w.docs[id]; !ok {
		return claims.FieldErrorf(claims.ENOTFOUND, "id", "no such document")
	}
	delete(w.docs, id)
	return nil
}

func (w *memoryWriter) count() int { w.mu.Lock(); defer w.mu.Unlock(); return w.calls }

const token = "0123456789abcdef-test-token"

func withToken(ctx context.Context, tok string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+tok)
}

func createRequest() *factcheckv1.CreateDocumentRequest {
	return &factcheckv1.CreateDocumentRequest{Document: &factcheckv1.Document{
		Publisher: "Example Wire",
		Headline:  "Bridge opens",
		Published: timestamppb.New(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)),
		Text:      "Bridge opens\n\nThe bridge opened on Sunday.",
	}}
}

func writeServer(tb testing.TB, opts ...server.Option) (*memoryWriter, factcheckv1.FactCheckServiceClient) {
	tb.Helper()
	w := &memoryWriter{docs: map[string]*claims.Document{}}
	_, conn := start(tb, &servertest.Memory{}, append([]server.Option{server.WithDocumentWriter(w)}, opts...)...)
	return w, factcheckv1.NewFactCheckServiceClient(conn)
}

func tokenAccess(tb testing.TB) server.WriteAccess {
	tb.Helper()
	a, err := server.BearerTokens(token)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestWritesWithoutAccessAreRefused(t *testing.T) {
	t.Parallel()
	w, c := writeServer(t)
	_, err := c.CreateDocument(withToken(ctx(t), token), createRequest())
	if status.Code(err) != codes.PermissionDenied || !strings.Contains(err.Error(), "reads only") {
		t.Errorf("create on a read-only server: %v", err)
	}
	if _, err := c.DeleteDocument(ctx(t), &factcheckv1.DeleteDocumentRequest{Id: "x"}); status.Code(err) != codes.PermissionDenied {
		t.Errorf("delete on a read-only server: %v", err)
	}
	if _, err := c.ListDocuments(ctx(t), &factcheckv1.ListDocumentsRequest{}); err != nil {
		t.Errorf("reads stay open: %v", err)
	}
	if w.count() != 0 {
		t.Errorf("the writer was called %d times", w.count())
	}
}

func TestWritesNeedTheToken(t *testing.T) {
	t.Parallel()
	w, c := writeServer(t, server.WithWriteAccess(tokenAccess(t)))
	bad := createRequest()
	bad.Document.Text = "" // invalid too: the missing token is reported first
	for name, cx := range map[string]context.Context{
		"no token":     ctx(t),
		"wrong token":  withToken(ctx(t), token+"x"),
		"empty bearer": withToken(ctx(t), ""),
		"basic auth":   metadata.AppendToOutgoingContext(ctx(t), "authorization", "Basic "+token),
	} {
		for _, req := range []*factcheckv1.CreateDocumentRequest{createRequest(), bad} {
			if _, err := c.CreateDocument(cx, req); status.Code(err) != codes.Unauthenticated {
				t.Errorf("%s: %v, want UNAUTHENTICATED", name, err)
			}
		}
		if _, err := c.DeleteDocument(cx, &factcheckv1.DeleteDocumentRequest{Id: "x"}); status.Code(err) != codes.Unauthenticated {
			t.Errorf("%s: delete: %v, want UNAUTHENTICATED", name, err)
		}
	}
	if w.count() != 0 {
		t.Fatalf("refused calls reached the writer %d times", w.count())
	}
	res, err := c.CreateDocument(withToken(ctx(t), token), createRequest())
	if err != nil {
		t.Fatal(err)
	}
	if !res.GetCreated() || res.GetDocument().GetId() != "example-wire-2026-03-bridge-opens" || len(res.GetClaims()) != 1 ||
		res.GetDocument().GetText() == "" || res.GetDocument().GetClaimCount() != 1 {
		t.Errorf("response: %v", res)
	}
	if got := res.GetDocument().GetPublished().AsTime(); !got.Equal(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v, want the day", got)
	}
	again, err := c.CreateDocument(withToken(ctx(t), token), createRequest())
	if err != nil || again.GetCreated() {
		t.Errorf("retry: created %v, err %v", again.GetCreated(), err)
	}
	other := createRequest()
	other.Document.Text += " Later edition."
	if _, err := c.CreateDocument(withToken(ctx(t), token), other); status.Code(err) != codes.AlreadyExists {
		t.Errorf("same id, other text: %v, want ALREADY_EXISTS", err)
	}
	if _, err := c.DeleteDocument(withToken(ctx(t), token), &factcheckv1.DeleteDocumentRequest{Id: "example-wire-2026-03-bridge-opens"}); err != nil {
		t.Errorf("delete: %v", err)
	}
	if _, err := c.DeleteDocument(withToken(ctx(t), token), &factcheckv1.DeleteDocumentRequest{Id: "example-wire-2026-03-bridge-opens"}); status.Code(err) != codes.NotFound {
		t.Errorf("delete again: %v, want NOT_FOUND", err)
	}
	if _, err := c.DeleteDocument(withToken(ctx(t), token), &factcheckv1.DeleteDocumentRequest{Id: "bundled"}); status.Code(err) != codes.FailedPrecondition {
		t.Errorf("delete a corpus document: %v, want FAILED_PRECONDITION", err)
	}
}

func TestCreateBadInput(t *testing.T) {
	t.Parallel()
	w, c := writeServer(t, server.WithWriteAccess(tokenAccess(t)))
	for _, tc := range []struct {
		name   string
		edit   func(r *factcheckv1.CreateDocumentRequest)
		fields []string
	}{
		{"text over 1 MiB", func(r *factcheckv1.CreateDocumentRequest) {
			r.Document.Text = r.Document.Headline + strings.Repeat("x", claims.MaxDocumentBytes)
		}, []string{"document.text"}},
		{"control character", func(r *factcheckv1.CreateDocumentRequest) { r.Document.Text += "\x1b[2J" }, []string{"document.text"}},
		{"empty text", func(r *factcheckv1.CreateDocumentRequest) { r.Document.Text = "" }, []string{"document.text"}},
		{"headline not in text", func(r *factcheckv1.CreateDocumentRequest) { r.Document.Headline = "Tunnel opens" }, []string{"document.headline"}},
		{"date out of range", func(r *factcheckv1.CreateDocumentRequest) {
			r.Document.Published = timestamppb.New(time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC))
		}, []string{"document.published"}},
		{"no date", func(r *factcheckv1.CreateDocumentRequest) { r.Document.Published = nil }, []string{"document.published"}},
		{"bad id", func(r *factcheckv1.CreateDocumentRequest) { r.DocumentId = "../../etc/passwd" }, []string{"document_id"}},
		{"bad id in the document", func(r *factcheckv1.CreateDocumentRequest) { r.Document.Id = "Upper/Case" }, []string{"document.id"}},
		{"no document", func(r *factcheckv1.CreateDocumentRequest) { r.Document = nil }, []string{"document"}},
		{"several faults", func(r *factcheckv1.CreateDocumentRequest) {
			r.Document.Publisher, r.Document.Url, r.Document.Language = "", "javascript:alert(1)", "de"
		}, []string{"document.publisher", "document.url", "document.language"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := createRequest()
			tc.edit(req)
			_, err := c.CreateDocument(withToken(ctx(t), token), req)
			if status.Code(err) != codes.InvalidArgument {
				t.Fatalf("%v, want INVALID_ARGUMENT", err)
			}
			got := violations(err)
			for _, f := range tc.fields {
				if !slices.Contains(got, f) {
					t.Errorf("violations %v lack %q (%v)", got, f, err)
				}
			}
		})
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.docs) != 0 {
		t.Errorf("bad requests stored %d documents", len(w.docs))
	}
}

func TestValidateOnlyStoresNothing(t *testing.T) {
	t.Parallel()
	w, c := writeServer(t, server.WithWriteAccess(tokenAccess(t)))
	req := createRequest()
	req.ValidateOnly = true
	res, err := c.CreateDocument(withToken(ctx(t), token), req)
	if err != nil || res.GetCreated() || len(res.GetClaims()) != 1 {
		t.Fatalf("%v, %v", res, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.docs) != 0 {
		t.Errorf("validate_only stored %d documents", len(w.docs))
	}
}

func TestWritesByClientCertificate(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	for _, tc := range []struct {
		name  string
		names []string
		code  codes.Code
	}{
		{"allowed", []string{"factcheck-test-client"}, codes.OK},
		{"not on the list", []string{"someone-else"}, codes.PermissionDenied},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			access, err := server.ClientCertificates(tc.names...)
			if err != nil {
				t.Fatal(err)
			}
			w := &memoryWriter{docs: map[string]*claims.Document{}}
			ts := servertest.NewServer(&servertest.Memory{}, server.WithDocumentWriter(w), server.WithWriteAccess(access),
				server.WithGRPCOptions(grpc.Creds(credentials.NewTLS(certs.ServerTLS(true)))))
			defer ts.Close()
			conn, err := grpc.NewClient(ts.Addr, grpc.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(true))))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			_, err = factcheckv1.NewFactCheckServiceClient(conn).CreateDocument(ctx(t), createRequest())
			if status.Code(err) != tc.code {
				t.Errorf("%v, want %v", err, tc.code)
			}
		})
	}
}

func TestTokenFileRules(t *testing.T) {
	t.Parallel()
	for _, toks := range [][]string{nil, {"short"}, {"with white space in it"}} {
		if _, err := server.BearerTokens(toks...); err == nil {
			t.Errorf("BearerTokens(%q) accepted", toks)
		}
	}
}
