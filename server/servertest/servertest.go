// Package servertest runs a factcheck gRPC server in-process for tests and
// examples, the way net/http/httptest runs an HTTP server, and offers
// Memory, a small in-memory claims.Service with fixed data.
package servertest

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/server"
)

// Server is a factcheck server listening on a free loopback port.
type Server struct {
	// Addr is the host:port the server listens on, for client.New.
	Addr string
	// Server is the running server.
	Server *server.Server

	done chan error
}

// TestLimits are the limits a test server runs with unless opts set
// others: as many checks at once as a test is likely to start, each
// waiting a minute for a slot. Test services may block one check on
// another (to force an order), which the production default of one check
// per spare core would deadlock, and tests under -race on a busy machine
// are slow.
var TestLimits = server.Limits{MaxChecks: 64, CheckWait: time.Minute}

// NewServer starts a server for svc on 127.0.0.1 and a free port, with
// TestLimits unless opts set limits. It panics when it cannot listen, like
// httptest.NewServer; call Close when done.
func NewServer(svc claims.Service, opts ...server.Option) *Server {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("servertest: listen: %v", err))
	}
	opts = append([]server.Option{server.WithLimits(TestLimits)}, opts...)
	s := &Server{Addr: lis.Addr().String(), Server: server.New(svc, opts...), done: make(chan error, 1)}
	go func() { s.done <- s.Server.Serve(lis) }()
	return s
}

// Close stops the server at once, cutting off calls in flight, and
// returns the error Serve returned.
func (s *Server) Close() error {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_ = s.Server.Shutdown(ctx) // an immediate stop is the point
	return <-s.done
}
