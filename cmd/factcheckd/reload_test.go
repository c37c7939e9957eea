package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// dropLastClaim removes the last line of claims.jsonl in dir, so the
// corpus differs from the bundled one by one claim.
func dropLastClaim(tb testing.TB, dir string) {
	tb.Helper()
	path := filepath.Join(dir, "claims.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if err := os.WriteFile(path, []byte(strings.Join(lines[:len(lines)-1], "\n")+"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// totalClaims asks the daemon how many claims it serves.
func totalClaims(ctx context.Context, c *client.Client) (int32, error) {
	resp, err := c.API().ListClaims(ctx, &factcheckv1.ListClaimsRequest{PageSize: 1})
	return resp.GetTotalSize(), err
}

// swapCorpus replaces the corpus directory at dir by src, the way an
// operator deploys a new corpus before sending SIGHUP.
func swapCorpus(tb testing.TB, src, dir string) {
	tb.Helper()
	if err := os.RemoveAll(dir); err != nil {
		tb.Fatal(err)
	}
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		tb.Fatal(err)
	}
}

func TestReloadBadCorpusKeepsServing(t *testing.T) {
	t.Parallel()
	dir := corpusCopy(t)
	d := launch(t, "-corpus", dir)
	c := dialAddr(t, d.addr)
	before, err := totalClaims(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}

	mutate(t, dir, "claims.jsonl", 1, `"subjects": ["putin"]`, `"subjects": ["kimm"]`)
	d.reload <- struct{}{}
	line := d.logs.wait(t, "reload failed, still serving the previous corpus", 30*time.Second)
	if msg, _ := line["err"].(string); !strings.Contains(msg, "claims.jsonl:1:") || !strings.Contains(msg, `unknown entity "kimm"`) {
		t.Errorf("reload failure logged %q, want file, line and problem", msg)
	}
	after, err := totalClaims(t.Context(), c)
	if err != nil || after != before {
		t.Errorf("after a bad reload: %d claims, %v; want the old %d", after, err, before)
	}
	if _, err := c.Check(t.Context(), "Putin will skip the G20 summit in India"); err != nil {
		t.Errorf("Check after a bad reload = %v", err)
	}
}

// TestReloadIsAtomic reloads between two corpora of different sizes while
// clients call without pause: every call must succeed and see one corpus
// or the other, whole.
func TestReloadIsAtomic(t *testing.T) {
	t.Parallel()
	full := corpusCopy(t)
	smaller := corpusCopy(t)
	dropLastClaim(t, smaller)
	dir := filepath.Join(t.TempDir(), "live")
	swapCorpus(t, full, dir)
	// Checks queue as long as they need: this test is about reloads, not
	// admission (one check slot on two cores turned one away under CI load).
	d := launch(t, "-corpus", dir, "-check-wait", "1m")
	c := dialAddr(t, d.addr)
	big, err := totalClaims(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	var calls, bad atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for ctx.Err() == nil {
				n, err := totalClaims(ctx, c)
				if ctx.Err() != nil {
					return
				}
				calls.Add(1)
				if err != nil || (n != big && n != big-1) {
					bad.Add(1)
					t.Errorf("during reloads: %d claims, %v; want %d or %d", n, err, big, big-1)
				}
				if _, err := c.Check(ctx, "Putin will skip the G20 summit in India"); err != nil && ctx.Err() == nil {
					bad.Add(1)
					t.Errorf("Check during reloads = %v", err)
				}
			}
		})
	}
	const reloads = 6
	for i := range reloads {
		src := smaller
		if i%2 == 1 {
			src = full
		}
		swapCorpus(t, src, dir)
		d.reload <- struct{}{}
		want := big - 1
		if i%2 == 1 {
			want = big
		}
		waitTotal(t, c, want)
	}
	cancel()
	wg.Wait()
	if got := strings.Count(d.logs.String(), `"msg":"reloaded"`); got != reloads {
		t.Errorf("%d reloads logged, want %d", got, reloads)
	}
	t.Logf("%d calls during %d reloads, %d bad", calls.Load(), reloads, bad.Load())
}

// waitTotal polls until the daemon serves want claims.
func waitTotal(tb testing.TB, c *client.Client, want int32) {
	tb.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		n, err := totalClaims(context.Background(), c)
		if err == nil && n == want {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("still %d claims (%v) after reload, want %d", n, err, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// dialAddr returns a plaintext client for addr.
func dialAddr(tb testing.TB, addr string) *client.Client {
	tb.Helper()
	return dialWith(tb, addr)
}
