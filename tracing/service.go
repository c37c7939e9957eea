package tracing

import (
	"context"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// tracerName is the instrumentation scope of the check spans.
const tracerName = "github.com/factcheck/factcheck/tracing"

// CheckSpanName names the span of one check.
const CheckSpanName = "factcheck.Check"

// Attribute keys of a check span. No attribute carries statement text.
const (
	AttrVerdict         = attribute.Key("factcheck.verdict")         // supported, contradicted, not_enough_info
	AttrConfidence      = attribute.Key("factcheck.confidence")      // in [0, 1]
	AttrEvidence        = attribute.Key("factcheck.evidence.count")  // evidence items answered
	AttrInconsistencies = attribute.Key("factcheck.inconsistencies") // kinds raised, in order
	AttrStatementBytes  = attribute.Key("factcheck.statement.bytes") // the statement's length
	AttrErrorCode       = attribute.Key("factcheck.error.code")      // the domain error code of a failed check
)

// Service returns svc traced: each Check runs in a span named
// CheckSpanName, a child of the caller's (the gRPC call's), with the
// verdict, confidence and counts as attributes. A nil svc, or a nil t,
// gives svc back.
func (t *Tracing) Service(svc claims.Service) claims.Service {
	if t == nil || svc == nil {
		return svc
	}
	return &service{Service: svc, tracer: t.provider.Tracer(tracerName)}
}

// service is a claims.Service whose checks are traced.
type service struct {
	claims.Service
	tracer trace.Tracer
}

// Check checks with the wrapped service inside a span.
func (s *service) Check(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
	ctx, span := s.tracer.Start(ctx, CheckSpanName, trace.WithAttributes(AttrStatementBytes.Int(len(req.Statement))))
	defer span.End()
	r, err := s.Service.Check(ctx, req)
	if err != nil {
		// The code only: a message may quote the input.
		span.SetAttributes(AttrErrorCode.String(claims.ErrorCode(err)))
		span.SetStatus(codes.Error, claims.ErrorCode(err))
		return r, err
	}
	kinds := make([]string, len(r.Inconsistencies))
	for i, in := range r.Inconsistencies {
		kinds[i] = in.Kind.String()
	}
	span.SetAttributes(
		AttrVerdict.String(strings.ToLower(r.Verdict.String())),
		AttrConfidence.Float64(r.Confidence),
		AttrEvidence.Int(len(r.Evidence)),
		AttrInconsistencies.StringSlice(kinds),
	)
	return r, nil
}
