package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/internal/hostile"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// daemon is a running factcheckd.
type daemon struct {
	cmd    *exec.Cmd
	addr   string
	status *os.File // /proc/PID/status, opened once: the conns attack leaves no descriptor to open it
}

// startDaemon runs bin on a free loopback port with its data in dataDir
// and waits until health says SERVING.
func startDaemon(ctx context.Context, bin, dataDir string, flags ...string) (*daemon, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, append([]string{"-addr", addr, "-data", dataDir, "-log-level", "error"}, flags...)...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start factcheckd: %w", err)
	}
	d := &daemon{cmd: cmd, addr: addr}
	d.status, _ = os.Open(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	conn, err := dialFrom(addr, "")
	if err != nil {
		d.stop()
		return nil, err
	}
	defer conn.Close()
	hc := healthpb.NewHealthClient(conn)
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		resp, err := hc.Check(ctx, &healthpb.HealthCheckRequest{})
		if err == nil && resp.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			return d, nil
		}
		if time.Now().After(deadline) {
			d.stop()
			return nil, fmt.Errorf("factcheckd not serving after a minute: %v", err)
		}
	}
}

// stop interrupts the daemon and waits for it, killing it after 15 s.
func (d *daemon) stop() {
	if d.status != nil {
		d.status.Close()
	}
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

// rss returns the daemon's resident memory now and at its peak.
func (d *daemon) rss() string {
	if d.status == nil {
		return "?"
	}
	b := make([]byte, 8192)
	n, _ := d.status.ReadAt(b, 0)
	var now, peak string
	for _, line := range strings.Split(string(b[:n]), "\n") {
		k, v, _ := strings.Cut(line, ":")
		switch k {
		case "VmRSS":
			now = strings.TrimSpace(v)
		case "VmHWM":
			peak = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("%s (peak %s)", now, peak)
}

// cpu returns the CPU time the daemon has used, user and system.
func (d *daemon) cpu() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", d.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ
}

// served checks that a new client, from 127.0.0.2, gets health and a
// check answered, and prints how long each took.
func (d *daemon) served(ctx context.Context, out io.Writer) error {
	conn, err := dialFrom(d.addr, "127.0.0.2")
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	start := time.Now()
	if _, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
		return fmt.Errorf("a new client's health check: %w", err)
	}
	h := time.Since(start)
	start = time.Now()
	if _, err := factcheckv1.NewFactCheckServiceClient(conn).CheckClaim(ctx, &factcheckv1.CheckClaimRequest{Statement: "Putin will skip the G20 summit in India"}); err != nil {
		return fmt.Errorf("a new client's check: %w", err)
	}
	fmt.Fprintf(out, "   after: RSS %s; a new client got health in %v and a check in %v\n",
		d.rss(), h.Round(time.Microsecond), time.Since(start).Round(time.Microsecond))
	return nil
}

// dialFrom returns a client connection to addr from the local address
// from ("" for any).
func dialFrom(addr, from string) (*grpc.ClientConn, error) {
	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if from != "" {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
		opts = append(opts, grpc.WithContextDialer(func(ctx context.Context, a string) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", a)
		}))
	}
	return grpc.NewClient(addr, opts...)
}

// hostileStatements returns the hostile shapes at 4 KB.
func hostileStatements() []string {
	var out []string
	for _, s := range hostile.Shapes(4096) {
		out = append(out, s.Statement)
	}
	return out
}
