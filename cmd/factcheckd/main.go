// Command factcheckd serves the factcheck gRPC API.
//
//	go run ./cmd/factcheckd                  # bundled corpus on 127.0.0.1:50051
//	go run ./cmd/factcheckd -corpus DIR      # a corpus directory instead
//	go run ./cmd/factcheckd -addr :9000 -drain 5s -log-format json
//
// It serves factcheck.v1.FactCheckService, the standard health service
// (NOT_SERVING until the corpus is loaded and while draining) and server
// reflection. SIGINT or SIGTERM drains calls in flight for at most -drain,
// then stops. Run with -h for every flag.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "factcheckd:", err)
		os.Exit(1)
	}
}
