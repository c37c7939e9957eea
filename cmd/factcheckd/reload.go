package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/factcheck/factcheck/server"
)

// reloadLoop reloads the corpus each time reload fires (SIGHUP), until ctx
// ends. The new engine is built completely, off to the side, before
// SetService installs it with one atomic pointer swap: calls in flight
// finish on the old one and no call sees a half-built index. A corpus that
// fails to load leaves the old one serving, and the log says why.
func reloadLoop(ctx context.Context, reload <-chan struct{}, srv *server.Server, dir string, logger *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-reload:
		}
		start := time.Now()
		svc, source, err := loadService(dir)
		if err != nil {
			logger.Error("reload failed, still serving the previous corpus", "corpus", source, "err", err.Error())
			continue
		}
		srv.SetService(svc)
		logger.Info("reloaded", "corpus", source, "load_time", time.Since(start).Round(time.Millisecond))
	}
}
