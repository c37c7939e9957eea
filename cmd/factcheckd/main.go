// Command factcheckd serves the factcheck gRPC API.
//
//	go run ./cmd/factcheckd                  # bundled corpus on 127.0.0.1:50051
//	go run ./cmd/factcheckd -corpus DIR      # a corpus directory instead
//	go run ./cmd/factcheckd -addr :9000 -drain 5s -log-format json
//	go run ./cmd/factcheckd -http-addr 127.0.0.1:8080 -metrics-addr 127.0.0.1:9464
//
// It serves factcheck.v1.FactCheckService, the standard health service
// (NOT_SERVING until the corpus is loaded and while draining) and server
// reflection. SIGINT or SIGTERM drains calls in flight for at most -drain,
// then stops. SIGHUP reloads the corpus: a good one is swapped in
// atomically, a bad one is logged and the old one keeps serving. It serves
// TLS with -tls-cert/-tls-key (mutual TLS with -tls-client-ca), and
// plaintext only on loopback unless -allow-plaintext. With -http-addr it
// also serves the API as HTTP/JSON (package gateway), its OpenAPI document
// and the editors' page (package web); with -metrics-addr, Prometheus
// metrics (package metrics); and it traces with OpenTelemetry when the
// OTEL_* environment variables ask for it (package tracing). Run with -h
// for every flag.
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
	if err := runReloading(ctx, os.Args[1:], os.Stdout, os.Stderr, hangups()); err != nil {
		fmt.Fprintln(os.Stderr, "factcheckd:", err)
		os.Exit(1)
	}
}

// hangups returns a channel that receives a value each time the process
// gets SIGHUP; signals arriving during a reload are folded into one.
func hangups() <-chan struct{} {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP)
	out := make(chan struct{}, 1)
	go func() {
		for range sig {
			select {
			case out <- struct{}{}:
			default:
			}
		}
	}()
	return out
}
