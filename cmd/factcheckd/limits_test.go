package main

import (
	"io"
	"testing"
	"time"
)

// TestLimitFlags: the limit flags reach the config, and values that would
// switch a protection off are refused.
func TestLimitFlags(t *testing.T) {
	t.Parallel()
	cfg, err := parseFlags([]string{"-max-checks", "3", "-check-wait", "250ms", "-max-stream-items", "5",
		"-max-streams", "7", "-max-header-bytes", "4096", "-max-conns", "9", "-max-conns-per-ip", "2"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	l := cfg.limits
	if l.server.MaxChecks != 3 || l.server.CheckWait != 250*time.Millisecond || l.server.MaxStreamItems != 5 ||
		l.server.MaxConcurrentStreams != 7 || l.server.MaxHeaderBytes != 4096 || l.conns != 9 || l.connsPerIP != 2 {
		t.Errorf("limits = %+v", l)
	}
	for _, bad := range [][]string{
		{"-max-checks", "0"}, {"-max-stream-items", "-1"}, {"-max-streams", "0"}, {"-max-header-bytes", "x"},
		{"-max-conns", "0"}, {"-max-conns-per-ip", "0"}, {"-check-wait", "-1s"},
	} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("parseFlags(%v) accepted", bad)
		}
	}
}
