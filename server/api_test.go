package server_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
)

// start runs a server for svc and returns a connection to it.
func start(tb testing.TB, svc claims.Service, opts ...server.Option) (*servertest.Server, *grpc.ClientConn) {
	tb.Helper()
	ts := servertest.NewServer(svc, opts...)
	tb.Cleanup(func() { ts.Close() })
	conn, err := grpc.NewClient(ts.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { conn.Close() })
	return ts, conn
}

// ctx returns a context that ends with the test or after 10 seconds.
func ctx(tb testing.TB) context.Context {
	tb.Helper()
	c, cancel := context.WithTimeout(tb.Context(), 10*time.Second)
	tb.Cleanup(cancel)
	return c
}

// violations returns the BadRequest fields of err.
func violations(err error) []string {
	var out []string
	for _, d := range status.Convert(err).Details() {
		if br, ok := d.(*errdetails.BadRequest); ok {
			for _, v := range br.GetFieldViolations() {
				out = append(out, v.GetField())
			}
		}
	}
	return out
}

func TestCheckClaim(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample())
	api := factcheckv1.NewFactCheckServiceClient(conn)
	tests := []struct {
		name      string
		statement string
		code      codes.Code
		verdict   factcheckv1.Verdict
		fields    []string
	}{
		{"supported", "ada stone opened the riverside bridge", codes.OK, factcheckv1.Verdict_VERDICT_SUPPORTED, nil},
		{"unknown", "The moon is made of cheese.", codes.OK, factcheckv1.Verdict_VERDICT_NOT_ENOUGH_INFO, nil},
		{"empty", "", codes.InvalidArgument, 0, []string{"statement"}},
		{"blank", "   ", codes.InvalidArgument, 0, []string{"statement"}},
		{"invisible", "\u200b\ufeff\u200d", codes.InvalidArgument, 0, []string{"statement"}},
		{"too long", strings.Repeat("word ", 1000), codes.InvalidArgument, 0, []string{"statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			resp, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: tt.statement})
			if status.Code(err) != tt.code {
				t.Fatalf("code = %v (%v), want %v", status.Code(err), err, tt.code)
			}
			if got := strings.Join(violations(err), ","); got != strings.Join(tt.fields, ",") {
				t.Errorf("violations = %q, want %q", got, tt.fields)
			}
			if err != nil {
				return
			}
			if resp.GetVerdict() != tt.verdict {
				t.Errorf("verdict = %v, want %v", resp.GetVerdict(), tt.verdict)
			}
			if tt.verdict == factcheckv1.Verdict_VERDICT_SUPPORTED {
				ev := resp.GetEvidence()[0]
				if ev.GetAttribution().GetPublisher() != "The Example Gazette" || ev.GetSpan().GetEndUtf16() == 0 {
					t.Errorf("evidence lacks publisher or span: %v", ev)
				}
			}
		})
	}
}

func TestGetAndList(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample())
	api := factcheckv1.NewFactCheckServiceClient(conn)
	c := ctx(t)

	if _, err := api.GetClaim(c, &factcheckv1.GetClaimRequest{Id: "nope"}); status.Code(err) != codes.NotFound {
		t.Errorf("GetClaim(nope) = %v, want NotFound", err)
	}
	if _, err := api.GetClaim(c, &factcheckv1.GetClaimRequest{}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("GetClaim(\"\") = %v, want InvalidArgument", err)
	}
	got, err := api.GetClaim(c, &factcheckv1.GetClaimRequest{Id: "c2"})
	if err != nil || got.GetClaim().GetAttribution().GetChain()[0].GetName() != "officials" {
		t.Errorf("GetClaim(c2) = %v, %v", got, err)
	}
	doc, err := api.GetDocument(c, &factcheckv1.GetDocumentRequest{Id: "example-bridge"})
	if err != nil || doc.GetDocument().GetText() == "" || doc.GetDocument().GetClaimCount() != 3 {
		t.Errorf("GetDocument = %v, %v", doc, err)
	}

	// Page through claims two at a time.
	var ids []string
	req := &factcheckv1.ListClaimsRequest{PageSize: 2, DocumentId: "example-bridge"}
	for page := 0; ; page++ {
		resp, err := api.ListClaims(c, req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.GetTotalSize() != 3 {
			t.Errorf("total_size = %d, want 3", resp.GetTotalSize())
		}
		for _, cl := range resp.GetClaims() {
			ids = append(ids, cl.GetId())
		}
		if resp.GetNextPageToken() == "" {
			break
		}
		if page > 3 {
			t.Fatal("paging does not end")
		}
		// A token reused with another filter is refused.
		_, err = api.ListClaims(c, &factcheckv1.ListClaimsRequest{PageToken: resp.GetNextPageToken()})
		if status.Code(err) != codes.InvalidArgument || violations(err)[0] != "page_token" {
			t.Errorf("token with other filter: %v", err)
		}
		req.PageToken = resp.GetNextPageToken()
	}
	if strings.Join(ids, ",") != "c1,c2,c3" {
		t.Errorf("paged ids = %v", ids)
	}

	docs, err := api.ListDocuments(c, &factcheckv1.ListDocumentsRequest{})
	if err != nil || len(docs.GetDocuments()) != 1 || docs.GetDocuments()[0].GetText() != "" {
		t.Errorf("ListDocuments = %v, %v", docs, err)
	}
	audit, err := api.ListInconsistencies(c, &factcheckv1.ListInconsistenciesRequest{})
	if err != nil || len(audit.GetInconsistencies()) != 1 || audit.GetInconsistencies()[0].GetKind() != factcheckv1.InconsistencyKind_INCONSISTENCY_KIND_WRONG_OFFICE {
		t.Errorf("ListInconsistencies = %v, %v", audit, err)
	}
	if _, err := api.ListInconsistencies(c, &factcheckv1.ListInconsistenciesRequest{DocumentId: "nope"}); status.Code(err) != codes.NotFound {
		t.Errorf("ListInconsistencies(nope) = %v, want NotFound", err)
	}
}

func TestUnavailableUntilServiceSet(t *testing.T) {
	t.Parallel()
	ts, conn := start(t, nil)
	api := factcheckv1.NewFactCheckServiceClient(conn)
	hc := healthpb.NewHealthClient(conn)
	c := ctx(t)

	assertHealth(t, hc, healthpb.HealthCheckResponse_NOT_SERVING)
	if _, err := api.CheckClaim(c, &factcheckv1.CheckClaimRequest{Statement: "x"}); status.Code(err) != codes.Unavailable {
		t.Errorf("CheckClaim before load = %v, want Unavailable", err)
	}
	ts.Server.SetService(servertest.Sample())
	assertHealth(t, hc, healthpb.HealthCheckResponse_SERVING)
	if _, err := api.CheckClaim(c, &factcheckv1.CheckClaimRequest{Statement: "x"}); err != nil {
		t.Errorf("CheckClaim after load = %v", err)
	}
}

func assertHealth(tb testing.TB, hc healthpb.HealthClient, want healthpb.HealthCheckResponse_ServingStatus) {
	tb.Helper()
	for _, svc := range []string{"", server.ServiceName} {
		resp, err := hc.Check(ctx(tb), &healthpb.HealthCheckRequest{Service: svc})
		if err != nil || resp.GetStatus() != want {
			tb.Errorf("health(%q) = %v, %v; want %v", svc, resp.GetStatus(), err, want)
		}
	}
}

func TestShutdownDrains(t *testing.T) {
	t.Parallel()
	started, release := make(chan struct{}), make(chan struct{})
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		close(started)
		<-release
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo}, nil
	}
	ts, conn := start(t, svc)
	api := factcheckv1.NewFactCheckServiceClient(conn)
	done := make(chan error, 1)
	go func() {
		_, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: "slow"})
		done <- err
	}()
	<-started
	shut := make(chan error, 1)
	go func() { shut <- ts.Server.Shutdown(ctx(t)) }()
	// Health flips before the in-flight call ends.
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := healthpb.NewHealthClient(conn).Check(ctx(t), &healthpb.HealthCheckRequest{})
		if err != nil || resp.GetStatus() == healthpb.HealthCheckResponse_NOT_SERVING {
			break // NOT_SERVING, or already refusing new calls
		}
		if time.Now().After(deadline) {
			t.Fatal("health still SERVING while draining")
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("in-flight call failed during drain: %v", err)
	}
	if err := <-shut; err != nil {
		t.Errorf("Shutdown = %v", err)
	}
}

func TestPanicIsInternalAndLogsHideStatements(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil))
	svc := servertest.Sample()
	svc.CheckFunc = func(context.Context, claims.CheckRequest) (*claims.Report, error) { panic("boom") }
	_, conn := start(t, svc, server.WithLogger(logger))
	api := factcheckv1.NewFactCheckServiceClient(conn)

	const secret = "Confidential draft sentence"
	_, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: secret})
	if status.Code(err) != codes.Internal {
		t.Fatalf("panic gave %v, want Internal", err)
	}
	mu.Lock()
	defer mu.Unlock()
	logs := buf.String()
	if strings.Contains(logs, secret) {
		t.Errorf("logs contain the statement:\n%s", logs)
	}
	for _, want := range []string{server.StatementHash(secret), `"grpc.code":"Internal"`, "CheckClaim", "handler panic"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
}

// lockedWriter serialises writes to a buffer shared with the test.
type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
