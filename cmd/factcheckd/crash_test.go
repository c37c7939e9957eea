package main

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
)

// process is the daemon running as a child process.
type process struct {
	cmd  *exec.Cmd
	addr string
	done chan struct{} // closed when it has exited
}

// startProcess runs the daemon as a child process (this test binary, see
// TestMain) with args and waits for its "ready" line.
func startProcess(tb testing.TB, args ...string) *process {
	tb.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-addr", "127.0.0.1:0", "-log-format", "json"}, args...)...)
	cmd.Env = append(os.Environ(), runAsDaemonEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	ready := make(chan string, 1)
	var tail []string
	var mu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "ready" {
				ready <- line.Addr
			}
			if !strings.Contains(sc.Text(), `"finished call"`) {
				mu.Lock()
				tail = append(tail, sc.Text())
				mu.Unlock()
			}
		}
		_ = cmd.Wait()
		close(p.done)
	}()
	select {
	case p.addr = <-ready:
	case <-p.done:
		mu.Lock()
		defer mu.Unlock()
		tb.Fatalf("daemon exited before ready:\n%s", strings.Join(tail, "\n"))
	case <-time.After(60 * time.Second):
		p.kill()
		tb.Fatal("daemon not ready after 60s")
	}
	return p
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *process) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// TestCrashLosesNoAcknowledgedDocument kills the daemon with SIGKILL at
// random moments while four writers create documents, restarts it on the
// same data directory, and checks that every acknowledged document is
// served whole and that no document is served that differs from what was
// sent (no partial text). Unacknowledged creates are retried after the
// restart with the same id and text, which must be accepted whether or
// not the first attempt was stored. FACTCHECK_CRASH=N runs N creates
// (the figure is 200); the default is 16, to keep the suite quick.
func TestCrashLosesNoAcknowledgedDocument(t *testing.T) {
	// Not parallel: it runs for a while, and parallel tests
	// elsewhere in the package bound their subtests by one deadline.
	total := 16
	if n, err := strconv.Atoi(os.Getenv("FACTCHECK_CRASH")); err == nil && n > 0 {
		total = n
	}
	data, tokens := t.TempDir(), tokenFile(t)
	texts := map[string]string{} // id → text, every create attempted
	acked := map[string]bool{}
	var pending []string // attempted, not acknowledged: retried next round
	next, kills, restarts := 1, 0, 0
	var mu sync.Mutex
	for len(acked) < total {
		p := startProcess(t, "-data", data, "-write-token-file", tokens)
		restarts++
		verifyServed(t, p.addr, texts, acked)
		c := dialWith(t, p.addr, client.WithToken(writeToken), client.WithoutRetries())
		// The kill comes at a random moment after the round's first
		// acknowledged create, up to three creates' time later, so every
		// round makes progress however slow the machine is and most kills
		// land in the middle of creates.
		var timer *time.Timer
		armed := false
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for {
					mu.Lock()
					var id string
					switch {
					case len(pending) > 0:
						id, pending = pending[0], pending[1:]
					case next <= total:
						d := article(t, next)
						id, texts[d.ID] = d.ID, d.Text
						next++
					default:
						mu.Unlock()
						return
					}
					mu.Unlock()
					d := article(t, mustNumber(t, id))
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					sent := time.Now()
					_, err := c.CreateDocument(ctx, d)
					took := time.Since(sent)
					cancel()
					mu.Lock()
					if err != nil {
						pending = append(pending, id)
						mu.Unlock()
						return // the daemon is gone (or going)
					}
					acked[id] = true
					if !armed {
						armed = true
						timer = time.AfterFunc(time.Duration(rand.Int64N(int64(3*took)+1)), p.kill)
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if armed && !timer.Stop() {
			kills++
		} else { // every create was done before the kill
			p.kill()
		}
		<-p.done
		c.Close()
	}
	p := startProcess(t, "-data", data, "-write-token-file", tokens)
	defer p.kill()
	verifyServed(t, p.addr, texts, acked)
	t.Logf("%d creates acknowledged, %d kills during creates, %d restarts", len(acked), kills, restarts)
	if kills == 0 {
		t.Error("the daemon was never killed during a create")
	}
}

func mustNumber(tb testing.TB, id string) int {
	tb.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(id, "example-wire-"))
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// verifyServed fails tb unless the daemon at addr serves every
// acknowledged document, and serves only documents whose text is exactly
// what was sent.
func verifyServed(tb testing.TB, addr string, texts map[string]string, acked map[string]bool) {
	tb.Helper()
	c, err := client.New(addr, client.WithInsecure())
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	served := map[string]bool{}
	for d, err := range c.ListDocuments(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		if !strings.HasPrefix(d.ID, "example-wire-") {
			continue
		}
		served[d.ID] = true
		want, ok := texts[d.ID]
		if !ok {
			tb.Errorf("serves %s, which was never sent", d.ID)
			continue
		}
		full, err := c.GetDocument(ctx, d.ID)
		if err != nil {
			tb.Fatal(err)
		}
		if full.Text != want {
			tb.Errorf("%s is served with %d bytes of text, %d were sent: a partial document", d.ID, len(full.Text), len(want))
		}
	}
	for id := range acked {
		if !served[id] {
			tb.Errorf("acknowledged document %s is lost", id)
		}
	}
	if tb.Failed() {
		tb.FailNow()
	}
}
