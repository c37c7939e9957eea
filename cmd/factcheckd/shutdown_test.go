package main

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
)

// TestShutdownUnderLoad stops the daemon the way SIGTERM does (main turns
// it into the cancellation of run's context) while 32 clients call
// without pause: health must turn NOT_SERVING, every call must either
// succeed or be refused with UNAVAILABLE (none cut off in flight), and
// the daemon must exit within the drain bound.
func TestShutdownUnderLoad(t *testing.T) {
	t.Parallel()
	const drain = 5 * time.Second
	// Calls queue for a check slot as long as they need: this test is
	// about the drain, not about turning calls away.
	d := launch(t, "-drain", drain.String(), "-check-wait", "1m")
	// Warm up: the first check loads the engine's tables, which under -race
	// takes longer than the load below is given to build up.
	if _, err := dialAddr(t, d.addr).Check(t.Context(), "Putin will skip the G20 summit in India"); err != nil {
		t.Fatal(err)
	}
	wctx, endWatch := context.WithCancel(t.Context())
	defer endWatch()
	watch, err := healthpb.NewHealthClient(dialAddr(t, d.addr).Conn()).Watch(wctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := watch.Recv(); err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health before shutdown = %v, %v", resp.GetStatus(), err)
	}

	var ok, refused atomic.Int64
	var mu sync.Mutex
	other := map[codes.Code]int{}
	stopLoad := make(chan struct{})
	var wg sync.WaitGroup
	for range 32 {
		c, err := client.New(d.addr, client.WithInsecure(), client.WithoutRetries())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		wg.Go(func() {
			for {
				select {
				case <-stopLoad:
					return
				default:
				}
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				_, err := c.Check(ctx, "Putin will skip the G20 summit in India")
				cancel()
				switch status.Code(err) {
				case codes.OK:
					ok.Add(1)
				case codes.Unavailable:
					refused.Add(1)
					time.Sleep(time.Millisecond)
				default:
					mu.Lock()
					other[status.Code(err)]++
					mu.Unlock()
				}
			}
		})
	}
	// Let the load build up: some calls done, the others in flight.
	for wait := time.Now(); ok.Load() < 2 && time.Since(wait) < 20*time.Second; {
		time.Sleep(10 * time.Millisecond)
	}
	before := ok.Load()

	start := time.Now()
	stopped := make(chan error, 1)
	go func() { stopped <- d.stop() }()
	resp, err := watch.Recv()
	if err == nil && resp.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("health during drain = %v, want NOT_SERVING", resp.GetStatus())
	}
	healthAfter := time.Since(start)
	// A Watch is a call in flight too: the drain would wait for it until
	// the bound. A client that sees NOT_SERVING goes away.
	endWatch()
	if err := <-stopped; err != nil {
		t.Errorf("daemon stopped with %v", err)
	}
	exitAfter := time.Since(start)
	time.Sleep(100 * time.Millisecond) // calls after the exit are refused
	close(stopLoad)
	wg.Wait()

	if before == 0 {
		t.Fatalf("no call succeeded before the shutdown (refused %d, other %v)", refused.Load(), other)
	}
	if exitAfter > drain+time.Second {
		t.Errorf("exit took %v, drain bound %v", exitAfter, drain)
	}
	if len(other) > 0 {
		t.Errorf("calls cut off or failed otherwise than UNAVAILABLE: %v", other)
	}
	if refused.Load() == 0 {
		t.Error("no call was refused after the shutdown: was the load still running?")
	}
	t.Logf("ok %d (before SIGTERM-equivalent %d), refused UNAVAILABLE %d, other %v; NOT_SERVING after %v, exit after %v",
		ok.Load(), before, refused.Load(), other, healthAfter.Round(time.Microsecond), exitAfter.Round(time.Microsecond))
}
