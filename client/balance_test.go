package client_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc"
	"google.golang.org/grpc/resolver"
	"google.golang.org/grpc/resolver/manual"
)

// countingReplica is a sample server that counts the checks it answers.
func countingReplica(tb testing.TB, n *atomic.Int64) string {
	tb.Helper()
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		n.Add(1)
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo}, nil
	}
	srv := servertest.NewServer(svc)
	tb.Cleanup(func() { srv.Close() })
	return srv.Addr
}

// TestRoundRobinAcrossReplicas proves the client library spreads calls
// over stateless replicas when the target resolves to several addresses
// and the service config asks for round_robin, as a DNS name with two A
// records would.
func TestRoundRobinAcrossReplicas(t *testing.T) {
	t.Parallel()
	var hits [2]atomic.Int64
	addrs := []string{countingReplica(t, &hits[0]), countingReplica(t, &hits[1])}

	r := manual.NewBuilderWithScheme("replicas")
	r.InitialState(resolver.State{Endpoints: []resolver.Endpoint{
		{Addresses: []resolver.Address{{Addr: addrs[0]}}},
		{Addresses: []resolver.Address{{Addr: addrs[1]}}},
	}})
	c, err := client.New(r.Scheme()+":///factcheck", client.WithInsecure(), client.WithDialOptions(
		grpc.WithResolvers(r),
		grpc.WithDefaultServiceConfig(`{"loadBalancingConfig": [{"round_robin": {}}]}`),
	))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	const calls = 100
	for range calls {
		if _, err := c.Check(t.Context(), "Ada Stone opened the Riverside Bridge."); err != nil {
			t.Fatal(err)
		}
	}
	a, b := hits[0].Load(), hits[1].Load()
	if a+b != calls {
		t.Fatalf("replicas answered %d+%d calls, want %d", a, b, calls)
	}
	// round_robin alternates once both connections are ready; allow a
	// few calls to land on the first ready replica while the other
	// connects.
	if a < calls/4 || b < calls/4 {
		t.Errorf("calls per replica %d and %d: not balanced", a, b)
	}
}
