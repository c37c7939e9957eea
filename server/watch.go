package server

import (
	"context"
	"time"

	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// watchGrace is how long a health watcher keeps its stream after the
// server starts draining: long enough to receive NOT_SERVING.
const watchGrace = 200 * time.Millisecond

// endWatches ends health Watch streams once the server drains: a watcher
// that stays connected would otherwise count as a call in flight and hold
// the graceful stop until the drain bound. The watcher first receives
// NOT_SERVING, then its stream ends and it can reconnect elsewhere.
func (s *Server) endWatches(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	if info.FullMethod != healthpb.Health_Watch_FullMethodName {
		return handler(srv, ss)
	}
	ctx, cancel := context.WithCancel(ss.Context())
	defer cancel()
	go func() {
		select {
		case <-s.drainStarted:
			select {
			case <-time.After(watchGrace):
			case <-ctx.Done():
			}
			cancel()
		case <-ctx.Done():
		}
	}()
	return handler(srv, &watchStream{ServerStream: ss, ctx: ctx})
}

// watchStream is a server stream with a context the server can end.
type watchStream struct {
	grpc.ServerStream
	ctx context.Context
}

// Context implements grpc.ServerStream.
func (w *watchStream) Context() context.Context { return w.ctx }
