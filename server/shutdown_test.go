package server_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// TestShutdownKeepsItsBound: 40 calls whose handlers ignore their context
// are in flight when the drain ends; Shutdown cancels them and returns
// anyway, and every caller hears at once that its call is over.
func TestShutdownKeepsItsBound(t *testing.T) {
	t.Parallel()
	const calls = 40
	stuck := make(chan struct{}) // the handlers wait for this, whatever their context says
	t.Cleanup(func() { close(stuck) })
	started := make(chan struct{}, calls)
	svc := servertest.Sample()
	svc.CheckFunc = func(context.Context, claims.CheckRequest) (*claims.Report, error) {
		started <- struct{}{}
		<-stuck
		return &claims.Report{}, nil
	}
	ts, conn := start(t, svc, server.WithLimits(server.Limits{MaxChecks: calls}))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	var wg sync.WaitGroup
	codesSeen := make(chan codes.Code, calls)
	for range calls {
		wg.Go(func() {
			_, err := api.CheckClaim(context.Background(), &factcheckv1.CheckClaimRequest{Statement: "slow"})
			codesSeen <- status.Code(err)
		})
	}
	for range calls {
		<-started
	}
	drain, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	shut := make(chan error, 1)
	go func() { shut <- ts.Server.Shutdown(drain) }()
	select {
	case err := <-shut:
		if err == nil {
			t.Error("Shutdown reported a clean drain with 40 calls stuck")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Shutdown still waiting for handlers that ignore their context")
	}
	callsDone := make(chan struct{})
	go func() { wg.Wait(); close(callsDone) }()
	select {
	case <-callsDone:
	case <-time.After(30 * time.Second):
		t.Fatal("callers still waiting after Shutdown returned")
	}
	close(codesSeen)
	for c := range codesSeen {
		if c == codes.OK {
			t.Errorf("a stuck call answered OK")
		}
	}
}
