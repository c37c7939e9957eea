package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/factcheck/factcheck/metrics"
)

// metricsFront serves Prometheus metrics on -metrics-addr at /metrics.
type metricsFront struct {
	hs *http.Server
}

// startMetrics listens on cfg.metricsAddr and serves m there. It returns
// nil when -metrics-addr is not set (m is nil then too). The metrics carry
// no statement text, so plaintext is allowed on any address.
func startMetrics(cfg config, m *metrics.Metrics, logger *slog.Logger) (*metricsFront, error) {
	if cfg.metricsAddr == "" {
		return nil, nil
	}
	lis, err := net.Listen("tcp", cfg.metricsAddr)
	if err != nil {
		return nil, fmt.Errorf("listen for metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	f := &metricsFront{hs: &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}}
	go func() {
		if err := f.hs.Serve(lis); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics serving failed", "addr", lis.Addr().String(), "err", err)
		}
	}()
	logger.Info("serving metrics", "metrics_addr", lis.Addr().String())
	return f, nil
}

// newMetrics returns the daemon's metrics, or nil without -metrics-addr.
func newMetrics(cfg config) *metrics.Metrics {
	if cfg.metricsAddr == "" {
		return nil
	}
	return metrics.New()
}

// shutdown stops serving metrics; a no-op on nil.
func (f *metricsFront) shutdown(ctx context.Context) error {
	if f == nil {
		return nil
	}
	return f.hs.Shutdown(ctx)
}
