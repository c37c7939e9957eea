package main

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/internal/hostile"
)

// TestDrainBoundWithSlowCalls stops the daemon the way SIGTERM does while
// 40 clients keep the slowest hostile statements in flight: the daemon
// must exit within the drain bound plus one second, cancelling what is
// still running. The bound asserted is looser, for a loaded machine
// under -race; the figure is logged.
func TestDrainBoundWithSlowCalls(t *testing.T) {
	t.Parallel()
	const drain = time.Second
	d := launch(t, "-drain", drain.String(), "-max-checks", "40", "-check-wait", "1m")
	var slowest string
	for _, s := range hostile.Shapes(4096) {
		if s.Name == "names" {
			slowest = s.Statement
		}
	}
	var inFlight atomic.Int64
	stopLoad := make(chan struct{})
	var wg sync.WaitGroup
	for range 40 {
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
				inFlight.Add(1)
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				_, err := c.Check(ctx, slowest)
				cancel()
				inFlight.Add(-1)
				if err != nil {
					time.Sleep(time.Millisecond)
				}
			}
		})
	}
	for wait := time.Now(); inFlight.Load() < 40 && time.Since(wait) < 10*time.Second; {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // the calls reach the engine
	start := time.Now()
	err := d.stop()
	exit := time.Since(start)
	close(stopLoad)
	wg.Wait()
	if err != nil {
		t.Errorf("daemon stopped with %v", err)
	}
	if exit > drain+5*time.Second {
		t.Errorf("exit took %v with -drain %v", exit, drain)
	}
	t.Logf("40 slow calls in flight, -drain %v: exit after %v", drain, exit.Round(time.Millisecond))
}
