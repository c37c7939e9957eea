package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"
)

// logBuffer collects the daemon's JSON log lines for a test to read while
// the daemon writes.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// maxLogBytes bounds what a logBuffer keeps of the per-call lines, so a
// load test's calls do not pile up in memory; later per-call lines are
// dropped, the daemon's own events ("ready", "reloaded") always kept.
const maxLogBytes = 1 << 20

// Write appends p, or drops it when it logs a finished call once
// maxLogBytes are kept.
func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buf.Len() >= maxLogBytes && bytes.Contains(p, []byte("finished call")) {
		return len(p), nil
	}
	return l.buf.Write(p)
}

// String returns everything written so far.
func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// wait polls until a log line has msg, and returns that line's fields.
func (l *logBuffer) wait(tb testing.TB, msg string, timeout time.Duration) map[string]any {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(l.String(), "\n") {
			var f map[string]any
			if json.Unmarshal([]byte(line), &f) == nil && f["msg"] == msg {
				return f
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	tb.Fatalf("no %q log line after %v:\n%s", msg, timeout, l.String())
	return nil
}

// launched is a daemon started by launch.
type launched struct {
	addr   string
	logs   *logBuffer
	reload chan struct{} // send to reload the corpus, as SIGHUP does
	stop   func() error  // cancels the daemon and returns runReloading's error
}

// launch runs the daemon through runReloading on a free loopback port with
// JSON logs, a fresh data directory and args added, and waits for it to be
// ready.
func launch(tb testing.TB, args ...string) *launched {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	d := &launched{logs: &logBuffer{}, reload: make(chan struct{})}
	dataDir := tb.TempDir() // a later -data in args wins
	done := make(chan error, 1)
	go func() {
		done <- runReloading(ctx, append([]string{"-addr", "127.0.0.1:0", "-log-format", "json", "-drain", "5s", "-data", dataDir}, args...), nil, d.logs, d.reload)
	}()
	deadline := time.Now().Add(30 * time.Second)
	for d.addr == "" {
		select {
		case err := <-done:
			cancel()
			tb.Fatalf("daemon exited before ready: %v\n%s", err, d.logs)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			tb.Fatalf("daemon not ready after 30s:\n%s", d.logs)
		}
		for _, line := range strings.Split(d.logs.String(), "\n") {
			var f struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &f) == nil && f.Msg == "ready" {
				d.addr = f.Addr
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	d.stop = stopper(tb, cancel, done)
	return d
}

// stopper returns a daemon's stop: it cancels the daemon once and returns
// the error its run returned, every time it is called. It also stops the
// daemon when the test ends, failing the test on an unclean stop.
func stopper(tb testing.TB, cancel context.CancelFunc, done <-chan error) func() error {
	var once sync.Once
	var err error
	stop := func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	tb.Cleanup(func() {
		if err := stop(); err != nil {
			tb.Errorf("daemon stopped with %v", err)
		}
	})
	return stop
}
