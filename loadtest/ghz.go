package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"time"
)

// report is the part of ghz's JSON report the load test reads.
type report struct {
	Count        int            `json:"count"`
	Total        time.Duration  `json:"total"`
	RPS          float64        `json:"rps"`
	StatusCodes  map[string]int `json:"statusCodeDistribution"`
	ErrorDist    map[string]int `json:"errorDistribution"`
	LatencyDist  []latency      `json:"latencyDistribution"`
	AverageNanos time.Duration  `json:"average"`
}

type latency struct {
	Percentage int           `json:"percentage"`
	Latency    time.Duration `json:"latency"`
}

// percentile returns the latency at p percent, or 0.
func (r *report) percentile(p int) time.Duration {
	for _, l := range r.LatencyDist {
		if l.Percentage == p {
			return l.Latency
		}
	}
	return 0
}

// errors counts the calls that did not end OK.
func (r *report) errors() int {
	n := 0
	for code, k := range r.StatusCodes {
		if code != "OK" {
			n += k
		}
	}
	return n
}

// runGhz makes n calls of method at concurrency c over conns connections,
// with the requests in dataFile (round robin) or empty ones, and returns
// ghz's report. The server's reflection service gives ghz the schema.
func runGhz(ctx context.Context, ghz, addr, method, dataFile string, n, c, conns int) (*report, error) {
	args := []string{
		"--insecure", "--call", method,
		"-n", strconv.Itoa(n), "-c", strconv.Itoa(c), "--connections", strconv.Itoa(conns),
		"--timeout", "10s", "--format", "json",
	}
	if dataFile != "" {
		args = append(args, "--data-file", dataFile)
	} else {
		args = append(args, "-d", "{}")
	}
	cmd := exec.CommandContext(ctx, ghz, append(args, addr)...)
	b, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("ghz: %w: %s", err, ee.Stderr)
		}
		return nil, fmt.Errorf("ghz: %w", err)
	}
	var r report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("read ghz report: %w", err)
	}
	return &r, nil
}

func printUnary(out io.Writer, n, c int, check, health *report) {
	fmt.Fprintf(out, "unary, %d calls each at concurrency %d\n", n, c)
	fmt.Fprintf(out, "%-12s %10s %10s %10s %8s\n", "call", "calls/s", "p50", "p99", "errors")
	for _, row := range []struct {
		name string
		r    *report
	}{{"CheckClaim", check}, {"Health", health}} {
		fmt.Fprintf(out, "%-12s %10.0f %10v %10v %8d\n", row.name, row.r.RPS,
			row.r.percentile(50).Round(time.Microsecond), row.r.percentile(99).Round(time.Microsecond), row.r.errors())
	}
	fmt.Fprintf(out, "CheckClaim / Health throughput: %.1f%% (target >= 85%%)\n\n", 100*check.RPS/health.RPS)
}
