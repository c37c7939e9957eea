package server_test

import (
	"context"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/factcheck/factcheck/server/servertest"
)

// TestShutdownEndsHealthWatches proves a connected health watcher neither
// misses NOT_SERVING nor holds the drain: Shutdown finishes gracefully
// well within its bound while the watcher is still connected.
func TestShutdownEndsHealthWatches(t *testing.T) {
	t.Parallel()
	ts := servertest.NewServer(servertest.Sample())
	conn, err := grpc.NewClient(ts.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	watch, err := healthpb.NewHealthClient(conn).Watch(t.Context(), &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if first, err := watch.Recv(); err != nil || first.Status != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("first status = %v, %v; want SERVING", first, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	shut := make(chan error, 1)
	go func() { shut <- ts.Server.Shutdown(ctx) }()
	sawNotServing := false
	for {
		resp, err := watch.Recv()
		if err != nil {
			break // the server ended the stream
		}
		if resp.Status == healthpb.HealthCheckResponse_NOT_SERVING {
			sawNotServing = true
		}
	}
	if !sawNotServing {
		t.Error("the watcher never saw NOT_SERVING")
	}
	if err := <-shut; err != nil {
		t.Errorf("Shutdown = %v; want a graceful drain while a watcher is connected", err)
	}
}
