package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/claimreview"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"
)

// DefaultMaxRecvMsgSize is the largest request message the server reads:
// room for a CreateDocument text of twice claims.MaxDocumentBytes, so a
// text over the limit is answered INVALID_ARGUMENT with the field named
// rather than cut off by the transport. Other requests are small; the
// limit is still below gRPC's 4 MiB default.
const DefaultMaxRecvMsgSize = 2*claims.MaxDocumentBytes + 64<<10

// Transport constants: flow-control windows and the handshake bound.
const (
	streamWindow     = 64 << 10
	connWindow       = 512 << 10
	handshakeTimeout = 10 * time.Second
)

// ServiceName is the full name of the API service, as health checks and
// reflection know it.
const ServiceName = "factcheck.v1.FactCheckService"

// Server hosts the factcheck API, health and reflection on a grpc.Server.
// It is safe for concurrent use.
type Server struct {
	svc      atomic.Pointer[serviceBox]
	draining atomic.Bool
	mu       sync.Mutex // serialises health changes
	// drainStarted is closed when Shutdown begins; health watchers end then.
	drainStarted chan struct{}
	drainOnce    sync.Once

	grpc   *grpc.Server
	health *health.Server

	logger         *slog.Logger
	logStatements  bool
	reflection     bool
	maxRecvMsgSize int
	limits         Limits
	admission      *admission
	extra          []grpc.ServerOption
	outerUnary     []grpc.UnaryServerInterceptor  // before the server's own
	outerStream    []grpc.StreamServerInterceptor // before the server's own
	reviewer       claimreview.Reviewer           // signs ClaimReview renderings
	docWriter      claims.DocumentWriter          // nil: no writes
	access         anyAccess                      // who may write; empty: nobody
}

// serviceBox lets an interface value live in an atomic.Pointer.
type serviceBox struct{ claims.Service }

// Option configures a Server.
type Option func(*Server)

// WithLogger sets the logger for per-call and lifecycle logs. The default
// discards them.
func WithLogger(l *slog.Logger) Option { return func(s *Server) { s.logger = l } }

// WithStatementLogging makes call logs carry the statement itself, not only
// its hash. Statements can be confidential drafts: use it for debugging.
func WithStatementLogging(on bool) Option { return func(s *Server) { s.logStatements = on } }

// WithReflection switches server reflection (v1 and v1alpha) on or off; it
// is on by default.
func WithReflection(on bool) Option { return func(s *Server) { s.reflection = on } }

// WithMaxRecvMsgSize sets the largest request message accepted, in bytes.
func WithMaxRecvMsgSize(n int) Option { return func(s *Server) { s.maxRecvMsgSize = n } }

// WithDocumentWriter makes CreateDocument and DeleteDocument write through
// w; without it they answer PERMISSION_DENIED.
func WithDocumentWriter(w claims.DocumentWriter) Option {
	return func(s *Server) { s.docWriter = w }
}

// WithWriteAccess lets the callers that any of access lets in write (see
// BearerTokens, ReadTokenFile, ClientCertificates). Without it, writes
// answer PERMISSION_DENIED: the server serves reads only.
func WithWriteAccess(access ...WriteAccess) Option {
	return func(s *Server) { s.access = append(s.access, access...) }
}

// CanWrite reports whether the server takes writes: it has a document
// writer and some callers may write.
func (s *Server) CanWrite() bool { return s.docWriter != nil && len(s.access) > 0 }

// WithGRPCOptions adds options to the underlying grpc.Server, such as
// transport credentials. They are applied after the server's own.
func WithGRPCOptions(opts ...grpc.ServerOption) Option {
	return func(s *Server) { s.extra = append(s.extra, opts...) }
}

// WithInterceptors adds interceptors that run before the server's own
// (logging, recovery, write access, validation), so they see every call,
// rejected ones included: metrics, for instance. Either may be nil.
func WithInterceptors(unary grpc.UnaryServerInterceptor, stream grpc.StreamServerInterceptor) Option {
	return func(s *Server) {
		if unary != nil {
			s.outerUnary = append(s.outerUnary, unary)
		}
		if stream != nil {
			s.outerStream = append(s.outerStream, stream)
		}
	}
}

// GetServiceInfo returns the services the server hosts and their methods,
// as grpc.Server does (for metrics that list every method up front).
func (s *Server) GetServiceInfo() map[string]grpc.ServiceInfo { return s.grpc.GetServiceInfo() }

// New returns a Server answering with svc. svc may be nil: the API then
// answers UNAVAILABLE and health reports NOT_SERVING until SetService
// installs a service.
func New(svc claims.Service, opts ...Option) *Server {
	s := &Server{
		logger:         slog.New(slog.DiscardHandler),
		reflection:     true,
		maxRecvMsgSize: DefaultMaxRecvMsgSize,
		drainStarted:   make(chan struct{}),
		reviewer:       DefaultReviewer,
	}
	for _, o := range opts {
		o(s)
	}
	s.limits = s.limits.orDefault()
	s.admission = newAdmission(s.limits.MaxChecks, s.limits.CheckWait)
	gopts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(s.maxRecvMsgSize),
		grpc.MaxConcurrentStreams(s.limits.MaxConcurrentStreams),
		grpc.MaxHeaderListSize(s.limits.MaxHeaderBytes),
		// Fixed flow-control windows, not ones grown by bandwidth
		// estimation (up to 16 MiB a connection): a caller that sends
		// without reading answers makes the server buffer at most this.
		grpc.InitialWindowSize(streamWindow),
		grpc.InitialConnWindowSize(connWindow),
		// A connection that has not finished its handshake in this time
		// is closed, so idle sockets do not hold connection slots.
		grpc.ConnectionTimeout(handshakeTimeout),
		grpc.ForceServerCodecV2(newDecodeCodec()), // bad requests are INVALID_ARGUMENT (decode.go)
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
			MinTime:             10 * time.Second, // pings more often than this are abuse
			PermitWithoutStream: true,
		}),
		grpc.KeepaliveParams(keepalive.ServerParameters{
			MaxConnectionIdle: 15 * time.Minute,
			Time:              time.Minute,
			Timeout:           20 * time.Second,
		}),
		grpc.ChainUnaryInterceptor(append(s.outerUnary, s.unaryInterceptors()...)...),
		grpc.ChainStreamInterceptor(append(s.outerStream, s.streamInterceptors()...)...),
	}
	s.grpc = grpc.NewServer(append(gopts, s.extra...)...)
	s.health = health.NewServer()
	factcheckv1.RegisterFactCheckServiceServer(s.grpc, &api{s: s})
	healthpb.RegisterHealthServer(s.grpc, s.health)
	if s.reflection {
		reflection.Register(s.grpc)
	}
	s.SetService(svc)
	return s
}

// SetService installs svc, atomically: calls already running finish with
// the service they started with. Health becomes SERVING for a non-nil svc
// (unless the server is draining) and NOT_SERVING for nil.
func (s *Server) SetService(svc claims.Service) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if svc == nil {
		s.svc.Store(nil)
	} else {
		s.svc.Store(&serviceBox{svc})
	}
	st := healthpb.HealthCheckResponse_NOT_SERVING
	if svc != nil && !s.draining.Load() {
		st = healthpb.HealthCheckResponse_SERVING
	}
	s.health.SetServingStatus("", st)
	s.health.SetServingStatus(ServiceName, st)
}

// service returns the installed domain service, or an EUNAVAILABLE error.
func (s *Server) service() (claims.Service, error) {
	b := s.svc.Load()
	if b == nil {
		return nil, claims.Errorf(claims.EUNAVAILABLE, "the corpus is not loaded yet; retry shortly")
	}
	return b.Service, nil
}

// Serve accepts connections on lis until Shutdown. It returns nil after a
// Shutdown, and the listener's error otherwise.
func (s *Server) Serve(lis net.Listener) error {
	s.logger.Info("serving", "addr", lis.Addr().String())
	if err := s.grpc.Serve(lis); err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return fmt.Errorf("serve %s: %w", lis.Addr(), err)
	}
	return nil
}

// Shutdown drains the server: health turns NOT_SERVING, new calls are
// refused, calls in flight finish. When ctx ends before they do, the
// remaining calls are cancelled and their connections closed, and
// Shutdown returns an error wrapping ctx.Err() within stopBound, whether
// or not the cancelled handlers have returned by then: a handler that
// ignores its context cannot hold the process past the drain.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.draining.Store(true)
	s.health.Shutdown() // every service NOT_SERVING, and it stays so
	s.mu.Unlock()
	s.drainOnce.Do(func() { close(s.drainStarted) })

	done := make(chan struct{})
	go func() {
		s.grpc.GracefulStop()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
	}
	// Stop cancels every call and closes every connection, but then waits
	// for the handlers to return; give it stopBound, no more.
	go s.grpc.Stop()
	t := time.NewTimer(stopBound)
	defer t.Stop()
	select {
	case <-done:
		return fmt.Errorf("drain cut short, calls in flight were cancelled: %w", ctx.Err())
	case <-t.C:
		s.logger.Warn("handlers still running after their calls were cancelled; stopping without them", "bound", stopBound)
		return fmt.Errorf("drain cut short, calls in flight were cancelled, some handlers had not returned after %v: %w", stopBound, ctx.Err())
	}
}

// stopBound is how long Shutdown waits, once the drain is over, for the
// handlers of cancelled calls to return.
const stopBound = 500 * time.Millisecond
