// Command attack replays, against a real factcheckd, the attacks of the
// hostile-load review (issue 10) and prints what each did to the daemon:
//
//	go run ./loadtest/attack                  # every attack
//	go run ./loadtest/attack -only flood,conns
//
// Each attack gets a fresh daemon (built from ./cmd/factcheckd, default
// limits, bundled corpus, loopback), so its memory figures are its own:
//
//   - flood: 50 clients send the hostile 4 KB statements of
//     internal/hostile for -duration while a prober calls health every
//     20 ms; it prints the answers by code, the probe latencies and the
//     daemon's CPU time over wall time.
//   - metadata: 40 connections each send one call with 16 MB of metadata.
//   - streams: one connection opens 50,000 CheckClaims streams and holds
//     them.
//   - conns: 20,000 connections held open from 127.0.0.1.
//   - nonreading: 200 clients stream CheckClaims items without ever
//     reading the answers, for -duration.
//
// After each, a new client (from 127.0.0.2, so the per-address limit does
// not apply to it) must get health and a check answered. Figures are the
// daemon's resident memory (VmRSS now, VmHWM peak) from /proc, so this
// runs on Linux. docs/RELIABILITY.md keeps the figures.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "attack:", err)
		os.Exit(1)
	}
}

// attacks, in the order they run.
var attacks = []struct {
	name string
	run  func(ctx context.Context, d *daemon, cfg config, out io.Writer) error
}{
	{"flood", flood},
	{"metadata", metadata},
	{"streams", streams},
	{"conns", conns},
	{"nonreading", nonReading},
}

// config is what the command line sets.
type config struct {
	duration time.Duration
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("attack", flag.ContinueOnError)
	only := fs.String("only", "", "comma-separated attacks to run (default all: flood,metadata,streams,conns,nonreading)")
	duration := fs.Duration("duration", 10*time.Second, "how long the flood and the non-reading clients go on")
	daemonFlags := fs.String("daemon-flags", "", "extra flags for factcheckd, space-separated (e.g. \"-max-checks 1\")")
	if err := fs.Parse(args); err != nil {
		return err
	}
	raiseFileLimit()
	ctx := context.Background()
	root, err := repoRoot(ctx)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "factcheck-attack-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "factcheckd")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/factcheckd")
	build.Dir, build.Stderr = root, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build factcheckd: %w", err)
	}
	var chosen []string
	if *only != "" {
		chosen = strings.Split(*only, ",")
	}
	for _, a := range attacks {
		if chosen != nil && !slices.Contains(chosen, a.name) {
			continue
		}
		d, err := startDaemon(ctx, bin, filepath.Join(tmp, a.name), strings.Fields(*daemonFlags)...)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "== %s (daemon pid %d, RSS %s at start)\n", a.name, d.cmd.Process.Pid, d.rss())
		err = a.run(ctx, d, config{duration: *duration}, out)
		if err == nil {
			err = d.served(ctx, out)
		}
		d.stop()
		if err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
	}
	return nil
}

// raiseFileLimit lifts this process's open-file limit to its hard limit,
// for the 20,000 connections; the daemon inherits it, as it would a
// generous limit in production.
func raiseFileLimit() {
	var l syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l) == nil && l.Cur < l.Max {
		l.Cur = l.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
}

// repoRoot returns the module root.
func repoRoot(ctx context.Context) (string, error) {
	b, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(b))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("run inside the factcheck module")
	}
	return filepath.Dir(mod), nil
}
