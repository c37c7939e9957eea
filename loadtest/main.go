// Command loadtest measures the factcheck server against its own floor, on
// loopback, in one bounded run:
//
//	go run ./loadtest                 # 20000 calls each at concurrency 50
//	go run ./loadtest -n 5000 -c 50   # a shorter run
//
// It builds ./cmd/factcheckd, starts one daemon on a free 127.0.0.1 port
// with the bundled corpus, and drives it with the pinned ghz
// (go tool -modfile=tools/go.mod ghz): first CheckClaim with a mix of
// statements, then the standard grpc.health.v1.Health/Check (the cheapest
// unary RPC the server has), at the same concurrency over the same number
// of calls. It prints both throughputs, p50 and p99 latencies, errors and
// the ratio. Then, from one client of the client library, it checks the
// same statements one unary call at a time and over one CheckClaims stream
// and prints statements per second for both and their ratio. Last, it
// creates -ingest generated articles of -words words from -writers
// concurrent writers while one client keeps checking, and prints articles
// per second and that client's check latency before and during the
// ingestion. Every step has a time limit; the daemon is stopped at the end.
//
// Targets (docs/PERFORMANCE.md): CheckClaim at least 85% of the health
// throughput with zero errors; the stream at least 3x the statements per
// second of one-at-a-time unary calls.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	n := fs.Int("n", 20000, "calls per unary run (CheckClaim, then health)")
	c := fs.Int("c", 50, "concurrency (ghz workers)")
	conns := fs.Int("connections", 1, "gRPC connections ghz spreads the workers over")
	batch := fs.Int("batch", 2000, "statements for the stream vs unary comparison")
	limit := fs.Duration("timeout", 5*time.Minute, "limit for the whole run")
	corpusDir := fs.String("corpus", "", "corpus directory for the daemon (default: the bundled one)")
	docs := fs.Int("ingest", 100, "articles to create in the ingestion run (0 skips it)")
	words := fs.Int("words", 1000, "words per article in the ingestion run")
	writers := fs.Int("writers", 4, "concurrent writers in the ingestion run")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *limit)
	defer cancel()

	root, err := repoRoot(ctx)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "factcheck-loadtest-")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)

	fmt.Fprintln(out, "building factcheckd and ghz...")
	bin := filepath.Join(tmp, "factcheckd")
	if err := command(ctx, root, "go", "build", "-o", bin, "./cmd/factcheckd").Run(); err != nil {
		return fmt.Errorf("build factcheckd: %w", err)
	}
	ghz := filepath.Join(tmp, "ghz")
	if err := command(ctx, root, "go", "build", "-modfile=tools/go.mod", "-o", ghz, "github.com/bojand/ghz/cmd/ghz").Run(); err != nil {
		return fmt.Errorf("build ghz: %w", err)
	}

	d, err := startDaemon(ctx, bin, *corpusDir, tmp)
	if err != nil {
		return err
	}
	defer d.stop()
	fmt.Fprintf(out, "daemon on %s (pid %d)\n\n", d.addr, d.cmd.Process.Pid)

	data, err := writeMix(tmp)
	if err != nil {
		return err
	}
	check, err := runGhz(ctx, ghz, d.addr, "factcheck.v1.FactCheckService.CheckClaim", data, *n, *c, *conns)
	if err != nil {
		return fmt.Errorf("CheckClaim run: %w", err)
	}
	health, err := runGhz(ctx, ghz, d.addr, "grpc.health.v1.Health.Check", "", *n, *c, *conns)
	if err != nil {
		return fmt.Errorf("health run: %w", err)
	}
	printUnary(out, *n, *c, check, health)

	su, err := streamVsUnary(ctx, d.addr, *batch)
	if err != nil {
		return fmt.Errorf("stream vs unary: %w", err)
	}
	printStream(out, su)

	if *docs > 0 {
		ir, err := ingest(ctx, d.addr, *docs, *writers, *words)
		if err != nil {
			return fmt.Errorf("ingestion: %w", err)
		}
		printIngest(out, ir)
	}

	var failed error
	if r := check.RPS / health.RPS; r < 0.85 {
		failed = errors.Join(failed, fmt.Errorf("CheckClaim reached %.0f%% of health throughput, target 85%%", 100*r))
	}
	if check.errors()+health.errors() > 0 {
		failed = errors.Join(failed, fmt.Errorf("%d errors", check.errors()+health.errors()))
	}
	if su.ratio() < 3 {
		failed = errors.Join(failed, fmt.Errorf("stream reached %.1fx unary, target 3x", su.ratio()))
	}
	if failed != nil {
		fmt.Fprintf(out, "\nmissed: %v\n", failed)
	} else {
		fmt.Fprintln(out, "\nall targets met")
	}
	return nil
}

// repoRoot returns the module root, so the command runs from anywhere in
// the repository.
func repoRoot(ctx context.Context) (string, error) {
	b, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := string(b[:len(b)-1])
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run inside the factcheck module")
	}
	return filepath.Dir(mod), nil
}

func command(ctx context.Context, dir, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	return cmd
}
