// Package tracing traces the daemon with OpenTelemetry: gRPC calls through
// otelgrpc's stats handler (a server span per call, the caller's W3C trace
// context continued) and a span per check, "factcheck.Check", carrying the
// verdict and counts, never the statement text.
//
// It is configured by the standard OTEL_* environment variables and off
// unless they ask for it: FromEnv turns tracing on when
// OTEL_TRACES_EXPORTER is "otlp" or "console", or when it is unset and
// OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set;
// OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none keeps it off. The
// OTLP exporter speaks OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL (grpc, the
// default, or http/protobuf) and reads its endpoint, headers, timeout and
// TLS settings itself; the SDK reads OTEL_TRACES_SAMPLER(_ARG) and
// OTEL_BSP_*; OTEL_SERVICE_NAME (default factcheckd) and
// OTEL_RESOURCE_ATTRIBUTES name the service.
package tracing

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc/stats"
)

// DefaultServiceName names the service when OTEL_SERVICE_NAME does not.
const DefaultServiceName = "factcheckd"

// Tracing is a configured tracer provider. A nil *Tracing traces nothing:
// its decorators return what they are given.
type Tracing struct {
	provider   trace.TracerProvider
	shutdown   func(context.Context) error
	propagator propagation.TextMapPropagator
}

// New traces with provider (for tests: an SDK provider with a
// tracetest.SpanRecorder). Shutdown does nothing for it.
func New(provider trace.TracerProvider) *Tracing {
	return &Tracing{
		provider:   provider,
		shutdown:   func(context.Context) error { return nil },
		propagator: propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}),
	}
}

// FromEnv returns the tracing the OTEL_* environment variables configure,
// or nil when they do not turn it on (see the package doc).
func FromEnv(ctx context.Context) (*Tracing, error) {
	kind := exporterKind(os.Getenv)
	if kind == "" {
		return nil, nil
	}
	exp, err := newExporter(ctx, kind, os.Getenv)
	if err != nil {
		return nil, err
	}
	res, err := resource.New(ctx,
		resource.WithAttributes(semconv.ServiceName(DefaultServiceName)),
		resource.WithFromEnv(), // OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES win
		resource.WithTelemetrySDK(),
	)
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		return nil, fmt.Errorf("tracing resource: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	t := New(tp)
	t.shutdown = tp.Shutdown
	return t, nil
}

// exporterKind says which exporter the environment asks for: "otlp",
// "console", or "" for none.
func exporterKind(getenv func(string) string) string {
	if strings.EqualFold(strings.TrimSpace(getenv("OTEL_SDK_DISABLED")), "true") {
		return ""
	}
	switch v := strings.ToLower(strings.TrimSpace(getenv("OTEL_TRACES_EXPORTER"))); v {
	case "otlp", "console":
		return v
	case "":
		if getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != "" || getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != "" {
			return "otlp"
		}
	}
	return ""
}

// newExporter builds the span exporter of kind.
func newExporter(ctx context.Context, kind string, getenv func(string) string) (sdktrace.SpanExporter, error) {
	if kind == "console" {
		exp, err := stdouttrace.New(stdouttrace.WithWriter(os.Stderr))
		if err != nil {
			return nil, fmt.Errorf("console span exporter: %w", err)
		}
		return exp, nil
	}
	protocol := getenv("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
	if protocol == "" {
		protocol = getenv("OTEL_EXPORTER_OTLP_PROTOCOL")
	}
	var (
		exp sdktrace.SpanExporter
		err error
	)
	switch protocol {
	case "", "grpc":
		exp, err = otlptracegrpc.New(ctx)
	case "http/protobuf":
		exp, err = otlptracehttp.New(ctx)
	default:
		return nil, fmt.Errorf("OTEL_EXPORTER_OTLP_PROTOCOL %q: want grpc or http/protobuf", protocol)
	}
	if err != nil {
		return nil, fmt.Errorf("OTLP span exporter: %w", err)
	}
	return exp, nil
}

// StatsHandler is the otelgrpc server handler: a span per gRPC call,
// continuing the caller's trace context. Nil for a nil t.
func (t *Tracing) StatsHandler() stats.Handler {
	if t == nil {
		return nil
	}
	return otelgrpc.NewServerHandler(otelgrpc.WithTracerProvider(t.provider), otelgrpc.WithPropagators(t.propagator))
}

// Shutdown flushes the spans not yet exported and stops the exporter; a
// no-op on nil.
func (t *Tracing) Shutdown(ctx context.Context) error {
	if t == nil {
		return nil
	}
	if err := t.shutdown(ctx); err != nil {
		return fmt.Errorf("tracing shutdown: %w", err)
	}
	return nil
}
