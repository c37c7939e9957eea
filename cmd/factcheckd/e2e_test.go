package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
)

// These tests start the daemon through run, exactly as main does, on a
// free loopback port, and call it through the client library and grpcurl.

// daemon is a running factcheckd.
type daemon struct {
	addr string
	stop func() error // cancels run's context and returns run's error
}

// startDaemon runs the daemon with args added to a free address, JSON
// logs and a fresh data directory, and waits until it logs "ready".
func startDaemon(tb testing.TB, args ...string) *daemon {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	dataDir := tb.TempDir() // a later -data in args wins
	done := make(chan error, 1)
	go func() {
		err := run(ctx, append([]string{"-addr", "127.0.0.1:0", "-log-format", "json", "-drain", "5s", "-data", dataDir}, args...), io.Discard, pw)
		pw.CloseWithError(io.EOF)
		done <- err
	}()
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sent := false
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "ready" && !sent {
				ready <- line.Addr
				sent = true
			}
		}
		if !sent {
			close(ready)
		}
	}()
	var d daemon
	select {
	case addr, ok := <-ready:
		if !ok {
			cancel()
			tb.Fatalf("daemon exited before ready: %v", <-done)
		}
		d.addr = addr
	case <-time.After(30 * time.Second):
		cancel()
		tb.Fatal("daemon not ready after 30s")
	}
	d.stop = stopper(tb, cancel, done)
	return &d
}

// dial returns a client for d.
func dial(tb testing.TB, d *daemon) *client.Client {
	tb.Helper()
	c, err := client.New(d.addr, client.WithInsecure())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

func TestDaemonEndToEnd(t *testing.T) {
	t.Parallel()
	d := startDaemon(t)
	c := dial(t, d)
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	t.Cleanup(cancel) // subtests are parallel: they run after this function returns

	t.Run("health serving after load", func(t *testing.T) {
		t.Parallel()
		for _, svc := range []string{"", "factcheck.v1.FactCheckService"} {
			resp, err := healthpb.NewHealthClient(c.Conn()).Check(ctx, &healthpb.HealthCheckRequest{Service: svc})
			if err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
				t.Errorf("health(%q) = %v, %v", svc, resp.GetStatus(), err)
			}
		}
	})
	t.Run("reflection lists services", func(t *testing.T) {
		t.Parallel()
		stream, err := reflectionpb.NewServerReflectionClient(c.Conn()).ServerReflectionInfo(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}}); err != nil {
			t.Fatal(err)
		}
		resp, err := stream.Recv()
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range resp.GetListServicesResponse().GetService() {
			names = append(names, s.GetName())
		}
		for _, want := range []string{"factcheck.v1.FactCheckService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"} {
			if !slices.Contains(names, want) {
				t.Errorf("reflection lists %v, missing %s", names, want)
			}
		}
	})
	t.Run("check answers with a verdict and evidence", func(t *testing.T) {
		t.Parallel()
		res, err := c.Check(ctx, "Putin will skip the G20 summit in India")
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == client.Unspecified || len(res.Evidence) == 0 || res.Explanation == "" {
			t.Errorf("result = %+v, want a verdict, evidence and an explanation", res)
		}
	})
	t.Run("listings page through", func(t *testing.T) {
		t.Parallel()
		n := 0
		for _, err := range c.ListClaims(ctx, client.PageSize(7)) {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
		if n == 0 {
			t.Error("no claims listed")
		}
		for _, err := range c.ListDocuments(ctx) {
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, err := range c.Audit(ctx) {
			if err != nil {
				t.Fatal(err)
			}
		}
	})

	errTests := []struct {
		name   string
		call   func() error
		code   codes.Code
		fields []string
	}{
		{"unknown claim", func() error { _, err := c.GetClaim(ctx, "no-such-claim"); return err }, codes.NotFound, nil},
		{"unknown document", func() error { _, err := c.GetDocument(ctx, "no-such-document"); return err }, codes.NotFound, nil},
		{"empty statement", func() error { _, err := c.Check(ctx, ""); return err }, codes.InvalidArgument, []string{"statement"}},
		{"oversized statement", func() error { _, err := c.Check(ctx, strings.Repeat("Putin ", 1000)); return err }, codes.InvalidArgument, []string{"statement"}},
		{"control characters", func() error { _, err := c.Check(ctx, "Putin\x00skips"); return err }, codes.InvalidArgument, []string{"statement"}},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.call()
			if status.Code(err) != tt.code {
				t.Fatalf("err = %v, want %v", err, tt.code)
			}
			var fields []string
			for _, v := range client.Violations(err) {
				fields = append(fields, v.Field)
			}
			if !slices.Equal(fields, tt.fields) {
				t.Errorf("violations = %v, want %v", fields, tt.fields)
			}
		})
	}
}

func TestDaemonShutdownIsClean(t *testing.T) {
	t.Parallel()
	d := startDaemon(t)
	c := dial(t, d)
	if _, err := c.Check(t.Context(), "Putin will skip the G20 summit in India"); err != nil {
		t.Fatal(err)
	}
	if err := d.stop(); err != nil {
		t.Fatalf("run returned %v after cancel, want nil", err)
	}
}

func TestDaemonRejectsBadStart(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
	}{
		{"missing corpus dir", []string{"-addr", "127.0.0.1:0", "-corpus", filepath.Join(t.TempDir(), "none")}},
		{"bad address", []string{"-addr", "256.0.0.1:-1"}},
		{"bad log format", []string{"-log-format", "xml"}},
		{"stray argument", []string{"serve"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := run(t.Context(), tt.args, io.Discard, io.Discard); err == nil {
				t.Errorf("run(%v) = nil, want an error", tt.args)
			}
		})
	}
}

// grpcurl builds the pinned grpcurl once per test binary.
var grpcurl = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "factcheck-grpcurl")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "grpcurl")
	root, err := filepath.Abs("../..")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "build", "-modfile=tools/go.mod", "-o", bin, "github.com/fullstorydev/grpcurl/cmd/grpcurl")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{err, string(out)}
	}
	return bin, nil
})

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "build grpcurl: " + e.err.Error() + "\n" + e.out }

func TestGrpcurl(t *testing.T) {
	if testing.Short() {
		t.Skip("builds grpcurl; skipped with -short")
	}
	t.Parallel()
	bin, err := grpcurl()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(bin)) })
	d := startDaemon(t)

	tests := []struct {
		name string
		args []string
		want []string // substrings of the output
	}{
		{"list", []string{"ADDR", "list"}, []string{"factcheck.v1.FactCheckService", "grpc.health.v1.Health"}},
		{"describe", []string{"ADDR", "describe", "factcheck.v1.FactCheckService"}, []string{"rpc CheckClaim"}},
		{"check", []string{"-d", `{"statement":"Putin will skip the G20 summit in India"}`, "ADDR", "factcheck.v1.FactCheckService/CheckClaim"}, []string{`"verdict": "VERDICT_`, `"evidence"`}},
		{"list claims", []string{"-d", `{"page_size":2}`, "ADDR", "factcheck.v1.FactCheckService/ListClaims"}, []string{`"nextPageToken"`}},
		{"health", []string{"ADDR", "grpc.health.v1.Health/Check"}, []string{`"status": "SERVING"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()
			args := []string{"-plaintext"}
			for _, a := range tt.args {
				if a == "ADDR" {
					a = d.addr
				}
				args = append(args, a)
			}
			out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
			if err != nil {
				t.Fatalf("grpcurl %v: %v\n%s", args, err, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("grpcurl %v output lacks %q:\n%s", args, w, out)
				}
			}
		})
	}

	// An error comes back as INVALID_ARGUMENT with its field violation.
	out, err := exec.Command(bin, "-plaintext", "-d", `{"statement":""}`, d.addr, "factcheck.v1.FactCheckService/CheckClaim").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "InvalidArgument") {
		t.Errorf("empty statement via grpcurl: %v\n%s", err, out)
	}
}
