package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/factcheck/factcheck/claims/library"
	"github.com/factcheck/factcheck/metrics"
)

// reloadLoop reloads the corpus each time reload fires (SIGHUP), until ctx
// ends, each reload bounded by timeout (reloadOnce). The library builds
// the new engine over it and the created documents completely, off to the
// side, before installing it with one atomic pointer swap: calls in flight finish on the old one and no call
// sees a half-built index. A corpus that fails to load leaves the old one
// serving, and the log says why. Each reload counts in met by outcome.
func reloadLoop(ctx context.Context, reload <-chan struct{}, lib *library.Library, dir string, timeout time.Duration, logger *slog.Logger, met *metrics.Metrics) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-reload:
		}
		start := time.Now()
		source, err := reloadOnce(ctx, lib, dir, timeout)
		met.Reloaded(err)
		if err != nil {
			logger.Error("reload failed, still serving the previous corpus", "corpus", source, "err", err.Error())
			continue
		}
		logger.Info("reloaded", "corpus", source, "load_time", time.Since(start).Round(time.Millisecond))
	}
}

// reloadOnce reads the corpus in dir and has lib build and install an
// engine over it, all within timeout: a read stuck in the file system or
// a build that outlasts it fails the reload, and the loop goes on to the
// next SIGHUP. (A build already under way when the time runs out still
// installs its engine when it completes; that engine is whole.) It
// returns where the corpus was read from.
func reloadOnce(ctx context.Context, lib *library.Library, dir string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, fmt.Errorf("the reload took longer than -reload-timeout %v", timeout))
	defer cancel()
	c, source, err := loadCorpus(ctx, dir)
	if err != nil {
		return source, err
	}
	if err := lib.SetBase(ctx, c); err != nil {
		if ctx.Err() != nil {
			return source, context.Cause(ctx)
		}
		return source, err
	}
	return source, nil
}
