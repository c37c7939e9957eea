package server_test

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// blockingService is the sample service whose checks wait for release
// (or their context) and count how many run at once.
type blockingService struct {
	*servertest.Memory
	release          chan struct{}
	running, maxSeen atomic.Int64
	started          chan struct{} // one value per check that starts
}

func newBlockingService() *blockingService {
	b := &blockingService{Memory: servertest.Sample(), release: make(chan struct{}), started: make(chan struct{}, 1000)}
	b.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		n := b.running.Add(1)
		defer b.running.Add(-1)
		for {
			m := b.maxSeen.Load()
			if n <= m || b.maxSeen.CompareAndSwap(m, n) {
				break
			}
		}
		b.started <- struct{}{}
		select {
		case <-b.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo}, nil
	}
	return b
}

// TestAdmissionTurnsAwayChecks: with every check slot busy, a CheckClaim
// waits the admission wait and is refused with RESOURCE_EXHAUSTED, an
// OVERLOADED ErrorInfo and a RetryInfo, while health and listings answer;
// once a slot frees, checks are served again.
func TestAdmissionTurnsAwayChecks(t *testing.T) {
	t.Parallel()
	svc := newBlockingService()
	_, conn := start(t, svc, server.WithLimits(server.Limits{MaxChecks: 2, CheckWait: 20 * time.Millisecond}))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if _, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: "busy"}); err != nil {
				t.Errorf("admitted check: %v", err)
			}
		})
	}
	<-svc.started
	<-svc.started
	_, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: "one too many"})
	if status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("third check: %v, want ResourceExhausted", err)
	}
	var retry *errdetails.RetryInfo
	var reason string
	for _, d := range status.Convert(err).Details() {
		switch d := d.(type) {
		case *errdetails.RetryInfo:
			retry = d
		case *errdetails.ErrorInfo:
			reason = d.GetReason()
		}
	}
	if retry == nil || retry.GetRetryDelay().AsDuration() <= 0 || reason != "OVERLOADED" {
		t.Errorf("details: retry %v, reason %q; want a RetryInfo and OVERLOADED", retry, reason)
	}
	hc, err := healthpb.NewHealthClient(conn).Check(ctx(t), &healthpb.HealthCheckRequest{})
	if err != nil || hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("health while checks are full: %v, %v", hc, err)
	}
	if _, err := api.ListClaims(ctx(t), &factcheckv1.ListClaimsRequest{}); err != nil {
		t.Errorf("ListClaims while checks are full: %v", err)
	}
	close(svc.release)
	wg.Wait()
	if _, err := api.CheckClaim(ctx(t), &factcheckv1.CheckClaimRequest{Statement: "later"}); err != nil {
		t.Errorf("check after the slots freed: %v", err)
	}
	if m := svc.maxSeen.Load(); m > 2 {
		t.Errorf("%d checks ran at once, limit 2", m)
	}
}

// TestStreamItemsAreCapped: a CheckClaims stream has at most
// MaxStreamItems items checked at once, and every check at most MaxChecks,
// whatever the caller sends; the rest wait (the server stops reading) and
// are all answered in the end.
func TestStreamItemsAreCapped(t *testing.T) {
	t.Parallel()
	svc := newBlockingService()
	_, conn := start(t, svc, server.WithLimits(server.Limits{MaxChecks: 3, MaxStreamItems: 2}))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	const items = 20
	var reqs []*factcheckv1.CheckClaimsRequest
	for i := range items {
		reqs = append(reqs, item(strings.Repeat("x", i+1), "some statement"))
	}
	done := make(chan error, 1)
	var got []*factcheckv1.CheckClaimsResponse
	go func() {
		var err error
		got, err = streamAll(t, api, reqs)
		done <- err
	}()
	<-svc.started
	<-svc.started
	time.Sleep(50 * time.Millisecond) // room for a third item, were the cap not kept
	if n := svc.running.Load(); n != 2 {
		t.Errorf("%d items checked at once on one stream, cap 2", n)
	}
	close(svc.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(got) != items {
		t.Errorf("%d answers for %d items", len(got), items)
	}
	if m := svc.maxSeen.Load(); m > 2 {
		t.Errorf("up to %d items ran at once, cap 2", m)
	}
}

// TestLargeMetadataRefused: a call with more metadata than MaxHeaderBytes
// fails, and the connection goes on serving normal calls.
func TestLargeMetadataRefused(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample(), server.WithLimits(server.Limits{MaxHeaderBytes: 4 << 10}))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	big := metadata.AppendToOutgoingContext(ctx(t), "x-filler", strings.Repeat("a", 64<<10))
	if _, err := api.ListClaims(big, &factcheckv1.ListClaimsRequest{}); err == nil {
		t.Error("a call with 64 KiB of metadata succeeded, limit 4 KiB")
	}
	if _, err := api.ListClaims(ctx(t), &factcheckv1.ListClaimsRequest{}); err != nil {
		t.Errorf("normal call after the refused one: %v", err)
	}
}

// TestStreamsPerConnectionCapped: beyond MaxConcurrentStreams open calls
// on one connection, a further call waits (the client queues it) until one
// ends.
func TestStreamsPerConnectionCapped(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample(), server.WithLimits(server.Limits{MaxConcurrentStreams: 2}))
	api := factcheckv1.NewFactCheckServiceClient(conn)
	var cancels []context.CancelFunc
	for range 2 {
		c, cancel := context.WithCancel(ctx(t))
		cancels = append(cancels, cancel)
		st, err := api.CheckClaims(c)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Send(item("a", "x")); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Recv(); err != nil { // the stream is open at the server
			t.Fatal(err)
		}
	}
	short, cancel := context.WithTimeout(ctx(t), 200*time.Millisecond)
	defer cancel()
	if _, err := api.ListClaims(short, &factcheckv1.ListClaimsRequest{}); status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("third call on a connection capped at 2 streams: %v, want it to wait", err)
	}
	cancels[0]()
	if _, err := api.ListClaims(ctx(t), &factcheckv1.ListClaimsRequest{}); err != nil {
		t.Errorf("call after a stream ended: %v", err)
	}
	cancels[1]()
}
