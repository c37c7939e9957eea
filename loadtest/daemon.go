package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// daemon is a running factcheckd.
type daemon struct {
	cmd  *exec.Cmd
	addr string
}

// startDaemon runs bin on a free loopback port, with a data directory and
// a write token file in tmp, and waits until health says SERVING (the
// corpus is loaded), for at most a minute.
func startDaemon(ctx context.Context, bin, corpusDir, tmp string) (*daemon, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	tokens := filepath.Join(tmp, "write-tokens")
	if err := os.WriteFile(tokens, []byte(ingestToken+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write token file: %w", err)
	}
	// ghz's callers queue for the check slots as long as they wait, rather
	// than being shed after the daemon's default second: the run measures
	// throughput, not admission.
	args := []string{"-addr", addr, "-data", filepath.Join(tmp, "data"), "-write-token-file", tokens, "-check-wait", "30s"}
	if corpusDir != "" {
		args = append(args, "-corpus", corpusDir)
	}
	cmd := exec.Command(bin, append(args, "-log-level", "warn")...)
	cmd.Stderr = os.Stderr // warnings and errors only: per-call logs would drown the report
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start factcheckd: %w", err)
	}
	d := &daemon{cmd: cmd, addr: addr}
	if err := waitServing(ctx, addr, time.Minute); err != nil {
		d.stop()
		return nil, err
	}
	return d, nil
}

// stop interrupts the daemon (it drains) and waits for it.
func (d *daemon) stop() {
	_ = d.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = d.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = d.cmd.Process.Kill()
		<-done
	}
}

// freeAddr returns a 127.0.0.1 address with a port free a moment ago.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// waitServing polls the health service until it answers SERVING.
func waitServing(ctx context.Context, addr string, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return fmt.Errorf("dial %s: %w", addr, err)
	}
	defer conn.Close()
	hc := healthpb.NewHealthClient(conn)
	for {
		resp, err := hc.Check(ctx, &healthpb.HealthCheckRequest{})
		if err == nil && resp.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("factcheckd on %s not serving after %v (last: %v)", addr, limit, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
