package tracing_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/gateway"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"github.com/factcheck/factcheck/tracing"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	collectortrace "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// statement is what the tests check; no span may carry it.
const statement = "Ada Stone opened the Riverside Bridge"

// serveTraced serves servertest.Sample traced by tr and returns a client.
func serveTraced(tb testing.TB, tr *tracing.Tracing) factcheckv1.FactCheckServiceClient {
	tb.Helper()
	srv := servertest.NewServer(tr.Service(servertest.Sample()), server.WithGRPCOptions(grpc.StatsHandler(tr.StatsHandler())))
	tb.Cleanup(func() { _ = srv.Close() })
	conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = conn.Close() })
	return factcheckv1.NewFactCheckServiceClient(conn)
}

func TestCheckSpanCarriesTheVerdictNotTheStatement(t *testing.T) {
	t.Parallel()
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	api := serveTraced(t, tracing.New(tp))
	if _, err := api.CheckClaim(t.Context(), &factcheckv1.CheckClaimRequest{Statement: statement}); err != nil {
		t.Fatal(err)
	}
	spans := map[string]sdktrace.ReadOnlySpan{}
	for _, s := range ended(t, rec, serverSpan) {
		spans[s.Name()] = s
		for _, a := range s.Attributes() {
			if strings.Contains(a.Value.String(), "Riverside") {
				t.Errorf("span %s attribute %s carries the statement: %q", s.Name(), a.Key, a.Value.String())
			}
		}
	}
	rpc, ok := spans[serverSpan]
	if !ok {
		t.Fatalf("no server span for CheckClaim among %v", keys(spans))
	}
	check, ok := spans[tracing.CheckSpanName]
	if !ok {
		t.Fatalf("no %s span among %v", tracing.CheckSpanName, keys(spans))
	}
	if check.Parent().SpanID() != rpc.SpanContext().SpanID() {
		t.Errorf("the check span is not a child of the CheckClaim span")
	}
	attrs := map[attribute.Key]attribute.Value{}
	for _, a := range check.Attributes() {
		attrs[a.Key] = a.Value
	}
	if v := attrs[tracing.AttrVerdict].AsString(); v != "supported" {
		t.Errorf("verdict attribute %q, want supported", v)
	}
	if n := attrs[tracing.AttrStatementBytes].AsInt64(); n != int64(len(statement)) {
		t.Errorf("statement bytes %d, want %d", n, len(statement))
	}
	if n := attrs[tracing.AttrEvidence].AsInt64(); n != 1 {
		t.Errorf("evidence count %d, want 1", n)
	}
}

// serverSpan is the name of the otelgrpc server span of CheckClaim.
const serverSpan = "factcheck.v1.FactCheckService/CheckClaim"

// ended waits until rec has ended a span named name (the server span ends
// just after the client has its answer) and returns what rec has ended.
func ended(tb testing.TB, rec *tracetest.SpanRecorder, name string) []sdktrace.ReadOnlySpan {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		spans := rec.Ended()
		for _, s := range spans {
			if s.Name() == name {
				return spans
			}
		}
		if time.Now().After(deadline) {
			return spans
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// receiver is an in-process OTLP/gRPC trace receiver.
type receiver struct {
	collectortrace.UnimplementedTraceServiceServer
	mu    sync.Mutex
	spans []*tracepb.Span
	attrs []*commonpb.KeyValue // resource attributes
}

// Export keeps the spans sent.
func (r *receiver) Export(_ context.Context, req *collectortrace.ExportTraceServiceRequest) (*collectortrace.ExportTraceServiceResponse, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, rs := range req.GetResourceSpans() {
		r.attrs = append(r.attrs, rs.GetResource().GetAttributes()...)
		for _, ss := range rs.GetScopeSpans() {
			r.spans = append(r.spans, ss.GetSpans()...)
		}
	}
	return &collectortrace.ExportTraceServiceResponse{}, nil
}

// has reports whether a span named name was received.
func (r *receiver) has(name string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.spans {
		if s.GetName() == name {
			return true
		}
	}
	return false
}

// startReceiver serves a receiver on a free loopback port.
func startReceiver(tb testing.TB) (*receiver, string) {
	tb.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	r := &receiver{}
	gs := grpc.NewServer()
	collectortrace.RegisterTraceServiceServer(gs, r)
	go func() { _ = gs.Serve(lis) }()
	tb.Cleanup(gs.Stop)
	return r, lis.Addr().String()
}

// These tests set OTEL_* variables for the process, so they do not run in
// parallel.

func TestOTLPExportConfiguredByEnvironment(t *testing.T) {
	r, addr := startReceiver(t)
	t.Setenv("OTEL_SDK_DISABLED", "")
	t.Setenv("OTEL_TRACES_EXPORTER", "")
	t.Setenv("OTEL_EXPORTER_OTLP_PROTOCOL", "")
	t.Setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "")
	t.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://"+addr)
	t.Setenv("OTEL_SERVICE_NAME", "factcheckd-test")
	t.Setenv("OTEL_BSP_SCHEDULE_DELAY", "20") // ms: export as spans end
	tr, err := tracing.FromEnv(t.Context())
	if err != nil || tr == nil {
		t.Fatalf("FromEnv: %v, %v", tr, err)
	}
	api := serveTraced(t, tr)
	if _, err := api.CheckClaim(t.Context(), &factcheckv1.CheckClaimRequest{Statement: statement}); err != nil {
		t.Fatal(err)
	}
	// The server span ends just after the client has its answer: wait
	// for it to be exported, then flush the rest.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !r.has(serverSpan); {
		time.Sleep(10 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := tr.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	names := map[string]*tracepb.Span{}
	for _, s := range r.spans {
		names[s.GetName()] = s
		for _, a := range s.GetAttributes() {
			if strings.Contains(a.GetValue().String(), "Riverside") {
				t.Errorf("exported span %s attribute %s carries the statement", s.GetName(), a.GetKey())
			}
		}
	}
	if _, ok := names[serverSpan]; !ok {
		t.Errorf("no CheckClaim span exported: %v", keys(names))
	}
	check, ok := names[tracing.CheckSpanName]
	if !ok {
		t.Fatalf("no %s span exported: %v", tracing.CheckSpanName, keys(names))
	}
	var verdict string
	for _, a := range check.GetAttributes() {
		if a.GetKey() == string(tracing.AttrVerdict) {
			verdict = a.GetValue().GetStringValue()
		}
	}
	if verdict != "supported" {
		t.Errorf("exported verdict %q, want supported", verdict)
	}
	service := ""
	for _, a := range r.attrs {
		if a.GetKey() == "service.name" {
			service = a.GetValue().GetStringValue()
		}
	}
	if service != "factcheckd-test" {
		t.Errorf("service.name %q, want OTEL_SERVICE_NAME's", service)
	}
}

func TestOffUnlessConfigured(t *testing.T) {
	for _, env := range []map[string]string{
		{},
		{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4317", "OTEL_SDK_DISABLED": "true"},
		{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4317", "OTEL_TRACES_EXPORTER": "none"},
	} {
		for _, k := range []string{"OTEL_SDK_DISABLED", "OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"} {
			t.Setenv(k, env[k])
		}
		tr, err := tracing.FromEnv(t.Context())
		if tr != nil || err != nil {
			t.Errorf("env %v: tracing %v, %v; want off", env, tr, err)
		}
	}
	var off *tracing.Tracing
	svc := claims.Service(servertest.Sample())
	if off.Service(svc) != svc || off.StatsHandler() != nil || off.Shutdown(t.Context()) != nil {
		t.Error("a nil *Tracing changed what it was given")
	}
}

func TestHTTPCallerTraceContinues(t *testing.T) {
	t.Parallel()
	rec := tracetest.NewSpanRecorder()
	tr := tracing.New(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec)))
	srv := servertest.NewServer(tr.Service(servertest.Sample()), server.WithGRPCOptions(grpc.StatsHandler(tr.StatsHandler())))
	t.Cleanup(func() { _ = srv.Close() })
	conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	mux, err := gateway.New(t.Context(), conn)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)

	const traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
	req, err := http.NewRequest("POST", hs.URL+"/v1/claims:check", strings.NewReader(`{"statement":"`+statement+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("traceparent", "00-"+traceID+"-00f067aa0ba902b7-01")
	res, err := hs.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("check over HTTP: %d", res.StatusCode)
	}
	found := false
	for _, s := range ended(t, rec, serverSpan) {
		if s.Name() == serverSpan {
			found = true
			if got := s.SpanContext().TraceID().String(); got != traceID {
				t.Errorf("server span trace %s, want the HTTP caller's %s", got, traceID)
			}
		}
	}
	if !found {
		t.Error("no CheckClaim span")
	}
}
