package metrics

import (
	"context"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Service returns svc observed: each Check counts its verdict and the
// kinds of inconsistency it reports and times the engine, and the loaded
// gauges are set to what svc holds. Install the result where svc would
// go (server.SetService). A nil svc, or a nil m, gives svc back.
func (m *Metrics) Service(svc claims.Service) claims.Service {
	if m == nil || svc == nil {
		return svc
	}
	m.setLoaded(svc)
	return &service{Service: svc, m: m}
}

// setLoaded sets the loaded gauges from svc's listings; a listing that
// fails leaves its gauge as it was.
func (m *Metrics) setLoaded(svc claims.Service) {
	ctx := context.Background()
	if _, n, err := svc.Claims(ctx, claims.ClaimFilter{Page: claims.Page{Limit: 1}}); err == nil {
		m.claimsLoaded.Set(float64(n))
	}
	if _, n, err := svc.Documents(ctx, claims.Page{Limit: 1}); err == nil {
		m.docsLoaded.Set(float64(n))
	}
}

// service is a claims.Service whose checks are observed.
type service struct {
	claims.Service
	m *Metrics
}

// Check checks with the wrapped service and records the answer.
func (s *service) Check(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
	start := time.Now()
	r, err := s.Service.Check(ctx, req)
	if err != nil {
		r = nil
	}
	s.m.observeCheck(r, time.Since(start))
	return r, err
}

// Writer returns w observed: each CreateDocument and DeleteDocument counts
// its outcome in factcheck_ingestions_total. A nil w, or a nil m, gives w
// back.
func (m *Metrics) Writer(w claims.DocumentWriter) claims.DocumentWriter {
	if m == nil || w == nil {
		return w
	}
	return &writer{w: w, m: m}
}

// writer is a claims.DocumentWriter whose writes are counted.
type writer struct {
	w claims.DocumentWriter
	m *Metrics
}

// CreateDocument creates with the wrapped writer and counts the outcome.
func (w *writer) CreateDocument(ctx context.Context, req claims.CreateDocumentRequest) (*claims.CreatedDocument, error) {
	res, err := w.w.CreateDocument(ctx, req)
	outcome := claims.ErrorCode(err)
	switch {
	case err != nil:
	case req.ValidateOnly:
		outcome = "validated"
	case res.Created:
		outcome = "created"
	default:
		outcome = "unchanged"
	}
	w.m.ingestions.WithLabelValues("create", outcome).Inc()
	return res, err
}

// DeleteDocument deletes with the wrapped writer and counts the outcome.
func (w *writer) DeleteDocument(ctx context.Context, id string) error {
	err := w.w.DeleteDocument(ctx, id)
	outcome := claims.ErrorCode(err)
	if err == nil {
		outcome = "deleted"
	}
	w.m.ingestions.WithLabelValues("delete", outcome).Inc()
	return err
}
