package checker_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/hostile"
)

// giveUpBound is how long a cancelled check may go on before the test
// calls it stuck: generous, for a loaded machine under -race. The figure
// that matters (a few milliseconds) is logged and kept in
// docs/RELIABILITY.md; this bound only catches a check that ignores ctx.
const giveUpBound = 2 * time.Second

// TestCheckStopsWhenCancelled cancels checks of the hostile shapes while
// they run and expects each to return the context's error soon after,
// measured here, beside the engine, not at a client.
func TestCheckStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	var worst time.Duration
	for _, s := range hostile.Shapes(4096) {
		req := claims.CheckRequest{Statement: s.Statement}
		var full time.Duration
		for range 2 { // the first check of a process also loads tables
			start := time.Now()
			if _, err := e.Check(context.Background(), req); err != nil {
				t.Fatalf("%s: %v", s.Name, err)
			}
			full = time.Since(start)
		}
		if full < 10*time.Millisecond {
			continue // too quick to cancel in the middle
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := e.Check(ctx, req)
			done <- err
		}()
		time.Sleep(full / 4)
		cancel()
		cancelled := time.Now()
		select {
		case err := <-done:
			took := time.Since(cancelled)
			worst = max(worst, took)
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("%s: cancelled check returned %v, want context.Canceled", s.Name, err)
			}
			t.Logf("%s: a %v check returned %v after cancel (err %v)", s.Name, full.Round(time.Millisecond), took, err)
		case <-time.After(giveUpBound):
			t.Fatalf("%s: check still running %v after its context was cancelled", s.Name, giveUpBound)
		}
	}
	t.Logf("slowest return after cancel: %v", worst)
}

// TestCheckRefusesEndedContext: a check whose context has already ended
// does no work and says why.
func TestCheckRefusesEndedContext(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	ctx, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	_, err := e.Check(ctx, claims.CheckRequest{Statement: hostile.Shapes(4096)[0].Statement})
	if !errors.Is(err, context.DeadlineExceeded) || claims.ErrorCode(err) != claims.EDEADLINE {
		t.Fatalf("err = %v (code %q), want the deadline", err, claims.ErrorCode(err))
	}
}
