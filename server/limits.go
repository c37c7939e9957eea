package server

import (
	"runtime"
	"time"
)

// Limits bound what callers may make the server hold or do at once. A
// zero field takes its default (DefaultLimits).
type Limits struct {
	// MaxChecks is how many checks run at once, over CheckClaim calls and
	// CheckClaims items; default one less than the number of cores
	// (GOMAXPROCS), at least one, so a core stays free for the transport,
	// health and cheap calls.
	MaxChecks int
	// CheckWait is how long a CheckClaim call waits for a free check
	// before RESOURCE_EXHAUSTED with a RetryInfo; default DefaultCheckWait.
	// A CheckClaims item waits as long as its stream lives instead.
	CheckWait time.Duration
	// MaxStreamItems is how many items of one CheckClaims stream are
	// checked or waiting to be sent at once; beyond it the server stops
	// reading the stream. Default max(4, 2*GOMAXPROCS).
	MaxStreamItems int
	// MaxConcurrentStreams is how many calls one connection may have open
	// (HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS); default 100.
	MaxConcurrentStreams uint32
	// MaxHeaderBytes is the largest header list (metadata) a call may
	// send; default 8 KiB.
	MaxHeaderBytes uint32
}

// DefaultLimits returns the limits a zero Limits stands for on this
// machine.
func DefaultLimits() Limits {
	return Limits{
		MaxChecks:            max(1, runtime.GOMAXPROCS(0)-1),
		CheckWait:            DefaultCheckWait,
		MaxStreamItems:       max(4, 2*runtime.GOMAXPROCS(0)),
		MaxConcurrentStreams: 100,
		MaxHeaderBytes:       8 << 10,
	}
}

// orDefault fills l's zero fields from DefaultLimits.
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxChecks <= 0 {
		l.MaxChecks = d.MaxChecks
	}
	if l.CheckWait <= 0 {
		l.CheckWait = d.CheckWait
	}
	if l.MaxStreamItems <= 0 {
		l.MaxStreamItems = d.MaxStreamItems
	}
	if l.MaxConcurrentStreams == 0 {
		l.MaxConcurrentStreams = d.MaxConcurrentStreams
	}
	if l.MaxHeaderBytes == 0 {
		l.MaxHeaderBytes = d.MaxHeaderBytes
	}
	return l
}

// WithLimits sets the server's limits on concurrent work and on what a
// connection may hold.
func WithLimits(l Limits) Option { return func(s *Server) { s.limits = l } }
