// Package metrics exposes factcheck's Prometheus metrics: the standard gRPC
// server metrics of go-grpc-middleware's Prometheus provider (calls
// started, handled by code, messages, and handling-time histograms), the
// Go runtime and process collectors, and the service's own:
//
//	factcheck_checks_total{verdict}                    checks answered, by verdict
//	factcheck_inconsistencies_raised_total{kind}       inconsistencies in check answers, by kind
//	factcheck_check_duration_seconds                   engine time per check (histogram)
//	factcheck_claims_loaded, factcheck_documents_loaded what the served engine holds
//	factcheck_reloads_total{outcome}                   corpus reloads: success or failure
//	factcheck_ingestions_total{operation,outcome}      CreateDocument and DeleteDocument by outcome
//
// The service metrics are taken by decorators over the domain interfaces
// (Service, Writer), so the engine and the transport stay unaware of them.
// Labels never carry statement text.
package metrics

import (
	"net/http"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/reflection"
)

// namespace prefixes the service's own metrics.
const namespace = "factcheck"

// Metrics is one registry with every metric the daemon exports. It is safe
// for concurrent use. A nil *Metrics records nothing: its decorators return
// what they are given and its interceptors are nil, so a daemon without
// -metrics-addr needs no branches.
type Metrics struct {
	reg  *prometheus.Registry
	grpc *grpcprom.ServerMetrics

	checks          *prometheus.CounterVec
	inconsistencies *prometheus.CounterVec
	checkSeconds    prometheus.Histogram
	claimsLoaded    prometheus.Gauge
	docsLoaded      prometheus.Gauge
	reloads         *prometheus.CounterVec
	ingestions      *prometheus.CounterVec
}

// New returns Metrics on a registry of its own, with every verdict, kind
// and reload outcome present at zero so dashboards see them before the
// first event.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		grpc: grpcprom.NewServerMetrics(grpcprom.WithServerHandlingTimeHistogram(
			grpcprom.WithHistogramBuckets([]float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}),
		)),
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "checks_total",
			Help: "Statements checked, by verdict.",
		}, []string{"verdict"}),
		inconsistencies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "inconsistencies_raised_total",
			Help: "Inconsistencies reported in check answers, by kind.",
		}, []string{"kind"}),
		checkSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: namespace, Name: "check_duration_seconds",
			Help:    "Time the engine spent on one check, whatever its outcome.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2.5, 12), // 0.1 ms to about 6 s
		}),
		claimsLoaded: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: namespace, Name: "claims_loaded",
			Help: "Claims the served engine holds.",
		}),
		docsLoaded: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: namespace, Name: "documents_loaded",
			Help: "Documents the served engine holds (the corpus and those created).",
		}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "reloads_total",
			Help: "Corpus reloads (SIGHUP), by outcome: success, or failure (the previous corpus kept serving).",
		}, []string{"outcome"}),
		ingestions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "ingestions_total",
			Help: "Document writes, by operation (create, delete) and outcome (created, unchanged, validated, deleted, or the error code).",
		}, []string{"operation", "outcome"}),
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.grpc, m.checks, m.inconsistencies, m.checkSeconds, m.claimsLoaded, m.docsLoaded, m.reloads, m.ingestions,
	)
	for _, v := range []claims.Verdict{claims.VerdictSupported, claims.VerdictContradicted, claims.VerdictNotEnoughInfo} {
		m.checks.WithLabelValues(verdictLabel(v))
	}
	// Every kind after Unspecified; String says "unspecified" past the last.
	for k := claims.InconsistencyKind(1); k.String() != claims.InconsistencyUnspecified.String(); k++ {
		m.inconsistencies.WithLabelValues(k.String())
	}
	m.reloads.WithLabelValues("success")
	m.reloads.WithLabelValues("failure")
	return m
}

// Handler serves the registry in the Prometheus exposition formats.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry is where the metrics live, for tests and for more collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// UnaryServerInterceptor records gRPC server metrics for unary calls;
// install it before any interceptor that may reject a call.
func (m *Metrics) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	if m == nil {
		return nil
	}
	return m.grpc.UnaryServerInterceptor()
}

// StreamServerInterceptor records gRPC server metrics for streaming calls.
func (m *Metrics) StreamServerInterceptor() grpc.StreamServerInterceptor {
	if m == nil {
		return nil
	}
	return m.grpc.StreamServerInterceptor()
}

// InitializeGRPC makes every method of the server's services appear, at
// zero, before its first call.
func (m *Metrics) InitializeGRPC(server reflection.ServiceInfoProvider) {
	if m == nil {
		return
	}
	m.grpc.InitializeMetrics(server)
}

// Reloaded counts a corpus reload that ended with err (nil: success).
func (m *Metrics) Reloaded(err error) {
	switch {
	case m == nil:
		return
	case err != nil:
		m.reloads.WithLabelValues("failure").Inc()
	default:
		m.reloads.WithLabelValues("success").Inc()
	}
}

// observeCheck counts one check's answer.
func (m *Metrics) observeCheck(r *claims.Report, took time.Duration) {
	m.checkSeconds.Observe(took.Seconds())
	if r == nil {
		return
	}
	m.checks.WithLabelValues(verdictLabel(r.Verdict)).Inc()
	for _, in := range r.Inconsistencies {
		m.inconsistencies.WithLabelValues(in.Kind.String()).Inc()
	}
}

// verdictLabel is the verdict's label value: supported, contradicted,
// not_enough_info.
func verdictLabel(v claims.Verdict) string { return strings.ToLower(v.String()) }
