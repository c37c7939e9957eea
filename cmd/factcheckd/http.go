package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/factcheck/factcheck/gateway"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/web"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/test/bufconn"
)

// httpFront serves the HTTP/JSON API (package gateway) on -http-addr. The
// gateway reaches the gRPC server through an in-memory connection, so
// every HTTP call passes the same interceptors (validation, limits, logs,
// metrics) as a gRPC call, whatever TLS the gRPC listener speaks.
type httpFront struct {
	hs   *http.Server
	conn *grpc.ClientConn
}

// memBufferBytes is the in-memory connection's buffer per direction.
const memBufferBytes = 1 << 20

// startHTTP listens on cfg.httpAddr and serves the gateway there, with TLS
// when the gRPC listener has it (same certificate, same client CA). It
// returns nil when -http-addr is not set.
func startHTTP(ctx context.Context, cfg config, srv *server.Server, logger *slog.Logger) (*httpFront, error) {
	if cfg.httpAddr == "" {
		return nil, nil
	}
	tlsCfg, err := cfg.tls.serverTLS()
	if err != nil {
		return nil, err
	}
	mem := bufconn.Listen(memBufferBytes)
	go func() { _ = srv.Serve(mem) }() // ends with srv.Shutdown
	conn, err := grpc.NewClient("passthrough:///in-memory",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return mem.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, fmt.Errorf("connect the HTTP gateway: %w", err)
	}
	mux, err := gateway.New(ctx, conn)
	if err != nil {
		_ = conn.Close()
		return nil, err
	}
	// The editors' page at "/": the gateway's mux routes only
	// gateway.APIPrefix, gateway.OpenAPIPath and gateway.HealthPath, so
	// every other path is the page's (which answers 404 for what it lacks).
	mux.Handle("/", web.Handler())
	lis, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("listen for HTTP: %w", err)
	}
	f := &httpFront{
		hs: &http.Server{
			Handler:           mux,
			TLSConfig:         tlsCfg,
			ReadHeaderTimeout: 10 * time.Second,
			IdleTimeout:       2 * time.Minute,
			ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		},
		conn: conn,
	}
	addr := lis.Addr().String()
	go func() {
		var err error
		if tlsCfg != nil {
			err = f.hs.ServeTLS(lis, "", "")
		} else {
			err = f.hs.Serve(lis)
		}
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("HTTP serving failed", "addr", addr, "err", err)
		}
	}()
	logger.Info("serving HTTP", "http_addr", addr, "tls", tlsCfg != nil)
	return f, nil
}

// shutdown stops accepting HTTP calls and waits for those in flight until
// ctx ends, then closes the in-memory connection. It is a no-op on nil.
func (f *httpFront) shutdown(ctx context.Context) error {
	if f == nil {
		return nil
	}
	err := f.hs.Shutdown(ctx)
	_ = f.conn.Close()
	if err != nil {
		return fmt.Errorf("HTTP drain: %w", err)
	}
	return nil
}
