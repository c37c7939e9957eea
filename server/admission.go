package server

import (
	"context"
	"fmt"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// DefaultCheckWait is how long a CheckClaim call waits for a free check
// slot before it is turned away with RESOURCE_EXHAUSTED.
const DefaultCheckWait = time.Second

// admission caps the checks running at once. Checks are CPU-bound: more
// of them than cores only queue inside the scheduler, where they slow
// every call, health probes included, and cannot be turned away. Here a
// call waits briefly for a slot and is then refused with a hint to retry,
// while calls that cost nothing (health, listings, lookups) never wait.
type admission struct {
	slots chan struct{}
	wait  time.Duration
}

func newAdmission(n int, wait time.Duration) *admission {
	return &admission{slots: make(chan struct{}, max(n, 1)), wait: wait}
}

// acquire takes a slot, waiting at most the admission's wait. It returns
// the function that gives the slot back, or an EBUSY error (an
// *overloaded) when none came free, or ctx's error when ctx ended first.
func (ad *admission) acquire(ctx context.Context) (func(), error) {
	select {
	case ad.slots <- struct{}{}:
		return ad.release, nil
	default:
	}
	t := time.NewTimer(ad.wait)
	defer t.Stop()
	select {
	case ad.slots <- struct{}{}:
		return ad.release, nil
	case <-t.C:
		return nil, &overloaded{retry: max(ad.wait, 50*time.Millisecond), running: cap(ad.slots)}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// acquireQueued takes a slot, waiting as long as ctx lets it: for the
// items of a CheckClaims stream, whose waiting stops the stream's reading
// and so pushes back on the caller through flow control.
func (ad *admission) acquireQueued(ctx context.Context) (func(), error) {
	select {
	case ad.slots <- struct{}{}:
		return ad.release, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (ad *admission) release() { <-ad.slots }

// overloaded is the error of a call turned away because every check slot
// stayed busy. It is claims.EBUSY, and its status carries a
// google.rpc.RetryInfo with retry as the delay.
type overloaded struct {
	retry   time.Duration
	running int
}

func (e *overloaded) Error() string {
	return fmt.Sprintf("the server is running %d checks, its limit; retry after %v", e.running, e.retry)
}

// Unwrap gives the domain error, for claims.ErrorCode and the error table.
func (e *overloaded) Unwrap() error {
	return claims.Errorf(claims.EBUSY, "the server is running %d checks, its limit; retry after %v", e.running, e.retry)
}

// RetryDelay is how long the caller should wait before retrying.
func (e *overloaded) RetryDelay() time.Duration { return e.retry }
