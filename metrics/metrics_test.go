package metrics_test

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/metrics"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// scrape returns the exposition text m serves.
func scrape(tb testing.TB, m *metrics.Metrics) string {
	tb.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, err := io.ReadAll(rec.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// hasLine fails unless the exposition has a sample line starting with
// prefix (name and labels) and ending in value.
func hasLine(tb testing.TB, text, prefix, value string) {
	tb.Helper()
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, prefix) && strings.HasSuffix(line, " "+value) {
			return
		}
	}
	tb.Errorf("no sample %s ... %s in:\n%s", prefix, value, grepLines(text, strings.SplitN(prefix, "{", 2)[0]))
}

// grepLines returns the lines of text holding s.
func grepLines(text, s string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, s) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

func TestServiceAndGRPCMetricsMove(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	mem := servertest.Sample()
	wrong := mem.InconsistencyList[0]
	mem.CheckFunc = func(_ context.Context, req claims.CheckRequest) (*claims.Report, error) {
		if strings.Contains(req.Statement, "chief") {
			return &claims.Report{Verdict: claims.VerdictContradicted, Inconsistencies: []claims.Inconsistency{wrong}}, nil
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo}, nil
	}
	srv := servertest.NewServer(nil, server.WithInterceptors(m.UnaryServerInterceptor(), m.StreamServerInterceptor()))
	defer srv.Close()
	m.InitializeGRPC(srv.Server)
	srv.Server.SetService(m.Service(mem))

	conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	api := factcheckv1.NewFactCheckServiceClient(conn)
	ctx := t.Context()
	for _, s := range []string{"Ada Stone is the fire chief", "Ada Stone is the fire chief", "It rained"} {
		if _, err := api.CheckClaim(ctx, &factcheckv1.CheckClaimRequest{Statement: s}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := api.CheckClaim(ctx, &factcheckv1.CheckClaimRequest{Statement: " "}); err == nil {
		t.Fatal("a blank statement was accepted")
	}

	text := scrape(t, m)
	hasLine(t, text, `factcheck_checks_total{verdict="contradicted"}`, "2")
	hasLine(t, text, `factcheck_checks_total{verdict="not_enough_info"}`, "1")
	hasLine(t, text, `factcheck_checks_total{verdict="supported"}`, "0")
	hasLine(t, text, `factcheck_inconsistencies_raised_total{kind="wrong_office"}`, "2")
	hasLine(t, text, `factcheck_inconsistencies_raised_total{kind="outdated"}`, "0")
	hasLine(t, text, `factcheck_check_duration_seconds_count`, "3")
	hasLine(t, text, `factcheck_claims_loaded`, "3")
	hasLine(t, text, `factcheck_documents_loaded`, "1")
	hasLine(t, text, `grpc_server_handled_total{grpc_code="OK",grpc_method="CheckClaim",grpc_service="factcheck.v1.FactCheckService",grpc_type="unary"}`, "3")
	// Rejected by validation, so the metrics interceptor runs before it.
	hasLine(t, text, `grpc_server_handled_total{grpc_code="InvalidArgument",grpc_method="CheckClaim",grpc_service="factcheck.v1.FactCheckService",grpc_type="unary"}`, "1")
	hasLine(t, text, `grpc_server_handling_seconds_count{grpc_method="CheckClaim",grpc_service="factcheck.v1.FactCheckService",grpc_type="unary"}`, "4")
	// InitializeGRPC lists methods not called yet.
	hasLine(t, text, `grpc_server_started_total{grpc_method="ListClaims",grpc_service="factcheck.v1.FactCheckService",grpc_type="unary"}`, "0")

	problems, err := testutil.GatherAndLint(m.Registry())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("metric %s breaks Prometheus naming: %s", p.Metric, p.Text)
	}
}

func TestReloadsAndIngestionsCounted(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	m.Reloaded(nil)
	m.Reloaded(errors.New("bad corpus"))
	m.Reloaded(errors.New("bad corpus"))
	w := m.Writer(&fakeWriter{})
	ctx := t.Context()
	doc := &claims.Document{ID: "d"}
	_, _ = w.CreateDocument(ctx, claims.CreateDocumentRequest{Document: doc})
	_, _ = w.CreateDocument(ctx, claims.CreateDocumentRequest{Document: doc})
	_, _ = w.CreateDocument(ctx, claims.CreateDocumentRequest{Document: doc, ValidateOnly: true})
	_, _ = w.CreateDocument(ctx, claims.CreateDocumentRequest{Document: &claims.Document{}})
	_ = w.DeleteDocument(ctx, "d")
	_ = w.DeleteDocument(ctx, "d")

	text := scrape(t, m)
	hasLine(t, text, `factcheck_reloads_total{outcome="success"}`, "1")
	hasLine(t, text, `factcheck_reloads_total{outcome="failure"}`, "2")
	hasLine(t, text, `factcheck_ingestions_total{operation="create",outcome="created"}`, "1")
	hasLine(t, text, `factcheck_ingestions_total{operation="create",outcome="unchanged"}`, "1")
	hasLine(t, text, `factcheck_ingestions_total{operation="create",outcome="validated"}`, "1")
	hasLine(t, text, `factcheck_ingestions_total{operation="create",outcome="invalid"}`, "1")
	hasLine(t, text, `factcheck_ingestions_total{operation="delete",outcome="deleted"}`, "1")
	hasLine(t, text, `factcheck_ingestions_total{operation="delete",outcome="not_found"}`, "1")
	if m.Service(nil) != nil || m.Writer(nil) != nil {
		t.Error("nil was wrapped")
	}
	var off *metrics.Metrics
	if off.Writer(w) != w || off.UnaryServerInterceptor() != nil || off.StreamServerInterceptor() != nil {
		t.Error("a nil *Metrics changed what it was given")
	}
	off.Reloaded(nil)
}

// fakeWriter stores ids: an empty id is invalid, a second create is a retry.
type fakeWriter struct{ ids map[string]bool }

func (f *fakeWriter) CreateDocument(_ context.Context, req claims.CreateDocumentRequest) (*claims.CreatedDocument, error) {
	if req.Document.ID == "" {
		return nil, claims.FieldErrorf(claims.EINVALID, "document.id", "empty")
	}
	if req.ValidateOnly {
		return &claims.CreatedDocument{Document: req.Document}, nil
	}
	if f.ids == nil {
		f.ids = map[string]bool{}
	}
	created := !f.ids[req.Document.ID]
	f.ids[req.Document.ID] = true
	return &claims.CreatedDocument{Document: req.Document, Created: created}, nil
}

func (f *fakeWriter) DeleteDocument(_ context.Context, id string) error {
	if !f.ids[id] {
		return claims.Errorf(claims.ENOTFOUND, "no document %q", id)
	}
	delete(f.ids, id)
	return nil
}
