package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/factcheck/factcheck/claims/library"
	"github.com/factcheck/factcheck/metrics"
)

// reloadLoop reloads the corpus each time reload fires (SIGHUP), until ctx
// ends. The library builds the new engine over it and the created
// documents completely, off to the side, before installing it with one
// atomic pointer swap: calls in flight finish on the old one and no call
// sees a half-built index. A corpus that fails to load leaves the old one
// serving, and the log says why. Each reload counts in met by outcome.
func reloadLoop(ctx context.Context, reload <-chan struct{}, lib *library.Library, dir string, logger *slog.Logger, met *metrics.Metrics) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-reload:
		}
		start := time.Now()
		c, source, err := loadCorpus(dir)
		if err == nil {
			err = lib.SetBase(ctx, c)
		}
		met.Reloaded(err)
		if err != nil {
			logger.Error("reload failed, still serving the previous corpus", "corpus", source, "err", err.Error())
			continue
		}
		logger.Info("reloaded", "corpus", source, "load_time", time.Since(start).Round(time.Millisecond))
	}
}
