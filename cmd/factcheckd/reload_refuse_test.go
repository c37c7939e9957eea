package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// logLines returns the fields of every log line with msg, in order.
func (l *logBuffer) lines(msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(l.String(), "\n") {
		var f map[string]any
		if json.Unmarshal([]byte(line), &f) == nil && f["msg"] == msg {
			out = append(out, f)
		}
	}
	return out
}

// reloadOutcome sends a reload and waits for its outcome: the error of a
// failed reload, or "" after a good one.
func reloadOutcome(t *testing.T, d *launched) string {
	t.Helper()
	ok, failed := len(d.logs.lines("reloaded")), len(d.logs.lines("reload failed, still serving the previous corpus"))
	d.reload <- struct{}{}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if len(d.logs.lines("reloaded")) > ok {
			return ""
		}
		if f := d.logs.lines("reload failed, still serving the previous corpus"); len(f) > failed {
			msg, _ := f[failed]["err"].(string)
			return msg
		}
	}
	t.Fatalf("no reload outcome after a minute:\n%s", d.logs)
	return ""
}

// TestReloadRefusesWhatIsNotACorpusFile replaces a corpus file by a FIFO
// (which blocked the reload loop for good), by a link to a file outside
// the corpus directory (which GetDocument then served) and by a link to
// /etc/passwd: each reload fails with a logged error saying why, the old
// corpus keeps serving, and once the file is put back the next SIGHUP
// reloads.
func TestReloadRefusesWhatIsNotACorpusFile(t *testing.T) {
	t.Parallel()
	dir := corpusCopy(t)
	d := launch(t, "-corpus", dir)
	c := dialAddr(t, d.addr)
	text := filepath.Join(dir, "documents", "theweek-2023-09-putin-g20-kim.txt")
	original, err := os.ReadFile(text)
	if err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, original, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		make func(path string) error
		want string
	}{
		{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) }, "not a regular file"},
		{"link out of the directory", func(p string) error { return os.Symlink(outside, p) }, "escapes"},
		{"link to /etc/passwd", func(p string) error { return os.Symlink("/etc/passwd", p) }, "escapes"},
	}
	for _, tt := range tests {
		if err := os.Remove(text); err != nil {
			t.Fatal(err)
		}
		if err := tt.make(text); err != nil {
			t.Fatal(err)
		}
		if msg := reloadOutcome(t, d); !strings.Contains(msg, tt.want) {
			t.Errorf("%s: reload outcome %q, want a failure saying %q", tt.name, msg, tt.want)
		}
		if _, err := c.Check(t.Context(), "Putin will skip the G20 summit in India"); err != nil {
			t.Errorf("%s: check after the refused reload: %v", tt.name, err)
		}
		if err := os.Remove(text); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(text, original, 0o644); err != nil {
			t.Fatal(err)
		}
		if msg := reloadOutcome(t, d); msg != "" {
			t.Errorf("%s: the next reload, with the file back, failed: %s", tt.name, msg)
		}
	}
}

// TestReloadTimeout: a reload that outlasts -reload-timeout fails with a
// logged error naming the bound, and does not hold up the next SIGHUP.
func TestReloadTimeout(t *testing.T) {
	t.Parallel()
	d := launch(t, "-corpus", corpusCopy(t), "-reload-timeout", "1ns")
	for range 2 {
		if msg := reloadOutcome(t, d); !strings.Contains(msg, "-reload-timeout") {
			t.Errorf("reload outcome %q, want a failure naming -reload-timeout", msg)
		}
	}
}
