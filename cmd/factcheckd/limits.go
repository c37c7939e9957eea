package main

import (
	"errors"
	"flag"
	"strconv"
	"time"

	"github.com/factcheck/factcheck/server"
)

// limitFlags are the flags that bound what callers may make the daemon
// hold or do at once (docs/RELIABILITY.md has the attacks behind each).
type limitFlags struct {
	server     server.Limits
	conns      int
	connsPerIP int
	// reloadTimeout bounds a whole SIGHUP reload: reading the corpus and
	// building the engine over it.
	reloadTimeout time.Duration
}

// register adds the limit flags to fs, with their defaults.
func (l *limitFlags) register(fs *flag.FlagSet) {
	d := server.DefaultLimits()
	fs.IntVar(&l.server.MaxChecks, "max-checks", d.MaxChecks, "checks running at once, by default one less than the cores (at least 1); more wait -check-wait, then get RESOURCE_EXHAUSTED")
	fs.DurationVar(&l.server.CheckWait, "check-wait", d.CheckWait, "how long a CheckClaim call waits for a free check before RESOURCE_EXHAUSTED with a RetryInfo")
	fs.IntVar(&l.server.MaxStreamItems, "max-stream-items", d.MaxStreamItems, "items of one CheckClaims stream checked or waiting to be sent at once; beyond it the stream is not read")
	fs.Func("max-streams", "calls one connection may have open at once, HTTP/2 MAX_CONCURRENT_STREAMS (default 100)", uint32Flag(&l.server.MaxConcurrentStreams))
	fs.Func("max-header-bytes", "largest metadata (header list) a call may send, in bytes (default 8192)", uint32Flag(&l.server.MaxHeaderBytes))
	fs.IntVar(&l.conns, "max-conns", 512, "connections held at once; further ones wait to be accepted")
	fs.IntVar(&l.connsPerIP, "max-conns-per-ip", 64, "connections held at once from one remote address; further ones are closed at once")
	fs.DurationVar(&l.reloadTimeout, "reload-timeout", 2*time.Minute, "longest a SIGHUP reload (reading the corpus, building the engine) may take before it is given up as failed")
}

// check rejects limits that would switch a protection off.
func (l *limitFlags) check() error {
	if l.server.MaxChecks < 1 || l.server.MaxStreamItems < 1 || l.conns < 1 || l.connsPerIP < 1 {
		return errors.New("-max-checks, -max-stream-items, -max-conns and -max-conns-per-ip must be at least 1")
	}
	if l.server.CheckWait < 0 {
		return errors.New("-check-wait must not be negative")
	}
	if l.reloadTimeout <= 0 {
		return errors.New("-reload-timeout must be positive")
	}
	return nil
}

// uint32Flag parses a flag value into *p.
func uint32Flag(p *uint32) func(string) error {
	return func(s string) error {
		n, err := strconv.ParseUint(s, 10, 32)
		if err != nil || n == 0 {
			return errors.New("must be a whole number from 1 to 4294967295")
		}
		*p = uint32(n)
		return nil
	}
}
