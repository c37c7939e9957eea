package jsonl_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/jsonl/jsonltest"
	"github.com/factcheck/factcheck/corpus"
)

// corpusDir copies the bundled corpus into a fresh directory.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "corpus")
	if err := os.CopyFS(dir, corpus.FS); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// loadBound is how long a LoadRoot that must fail fast may take before
// the test calls it stuck (a FIFO would block an ordinary open forever).
const loadBound = 30 * time.Second

// loadRoot runs LoadRoot with a bound, failing the test if it hangs.
func loadRoot(t *testing.T, dir string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := jsonl.LoadRoot(context.Background(), dir, 0)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(loadBound):
		t.Fatal("LoadRoot still running")
		return nil
	}
}

func TestLoadRootReadsTheCorpus(t *testing.T) {
	t.Parallel()
	want, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatal(err)
	}
	got, err := jsonl.LoadRoot(context.Background(), corpusDir(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != len(want.Claims) || len(got.Documents) != len(want.Documents) {
		t.Errorf("%d claims, %d documents; want %d, %d", len(got.Claims), len(got.Documents), len(want.Claims), len(want.Documents))
	}
}

// TestLoadRootRefusesWhatIsNotAFile: a FIFO in place of a corpus file is
// refused at once (an ordinary open would wait for a writer forever), and
// so is a symbolic link leading out of the directory; a link inside it is
// followed.
func TestLoadRootRefusesWhatIsNotAFile(t *testing.T) {
	t.Parallel()
	text := filepath.Join("documents", "theweek-2023-09-putin-g20-kim.txt")
	outside := filepath.Join(t.TempDir(), "outside.txt")
	if err := os.WriteFile(outside, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		replace func(t *testing.T, dir string)
		want    string // in the error; "" for success
	}{
		{"fifo as claims file", func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "claims.jsonl"))
		}, "not a regular file"},
		{"fifo as text", func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, text))
		}, "not a regular file"},
		{"directory as claims file", func(t *testing.T, dir string) {
			replace(t, filepath.Join(dir, "claims.jsonl"), func(p string) error { return os.Mkdir(p, 0o755) })
		}, "not a regular file"},
		{"link out of the directory", func(t *testing.T, dir string) {
			replace(t, filepath.Join(dir, text), func(p string) error { return os.Symlink(outside, p) })
		}, "escapes"},
		{"relative link out", func(t *testing.T, dir string) {
			replace(t, filepath.Join(dir, text), func(p string) error {
				return os.Symlink("../../../"+filepath.Base(filepath.Dir(outside))+"/outside.txt", p)
			})
		}, "escapes"},
		{"link inside the directory", func(t *testing.T, dir string) {
			if err := os.Rename(filepath.Join(dir, text), filepath.Join(dir, "moved.txt")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("../moved.txt", filepath.Join(dir, text)); err != nil {
				t.Fatal(err)
			}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := corpusDir(t)
			tt.replace(t, dir)
			err := loadRoot(t, dir)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("err = %v, want a corpus", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func replace(t *testing.T, path string, make func(string) error) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := make(path); err != nil {
		t.Fatal(err)
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	replace(t, path, func(p string) error { return syscall.Mkfifo(p, 0o644) })
}

// TestLoadRootWhileRewritten loads the corpus 60 times while another
// goroutine rewrites claims.jsonl in place, line by line (so a reader
// catching it half written sees whole records, which parse), alternating
// the whole file and the file without its last claim, and after each
// rewrite renames a new manifest into place: every load either fails or
// gives one of the two corpora whole, never a truncated one, however the
// writer is scheduled. (Without the manifest, a plain Load of the same
// directory returns a truncated corpus most of the time.)
func TestLoadRootWhileRewritten(t *testing.T) {
	t.Parallel()
	dir := corpusDir(t)
	path := filepath.Join(dir, "claims.jsonl")
	full, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(bytes.TrimRight(full, "\n"), []byte("\n"))
	short := bytes.Join(lines[:len(lines)-1], nil)
	short = append(bytes.TrimRight(short, "\n"), '\n')
	n := len(lines)
	manifests := [][]byte{jsonltest.Manifest(t, dir, full), jsonltest.Manifest(t, dir, short)}
	if err := os.WriteFile(filepath.Join(dir, jsonl.ManifestFile), manifests[0], 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, stop := context.WithCancel(context.Background())
	loaded := make(chan struct{}, 1) // a load has finished
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 1; ctx.Err() == nil; i++ {
			data := [][]byte{full, short}[i%2]
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
			if err != nil {
				t.Error(err)
				return
			}
			for _, line := range bytes.SplitAfter(data, []byte("\n")) {
				f.Write(line)
				time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
			}
			f.Close()
			tmp := filepath.Join(dir, jsonl.ManifestFile+".new")
			if err := os.WriteFile(tmp, manifests[i%2], 0o644); err != nil {
				t.Error(err)
				return
			}
			if err := os.Rename(tmp, filepath.Join(dir, jsonl.ManifestFile)); err != nil {
				t.Error(err)
				return
			}
			if i%4 == 0 {
				// A quiet spell, however slow the loads: two whole loads
				// (the first may have started before it).
				for len(loaded) > 0 {
					<-loaded
				}
				for range 2 {
					select {
					case <-loaded:
					case <-ctx.Done():
						return
					}
				}
				continue
			}
			time.Sleep(time.Duration(rand.IntN(50)) * time.Millisecond)
		}
	})
	counts := map[string]int{}
	for range 60 {
		c, err := jsonl.LoadRoot(context.Background(), dir, 5*time.Millisecond)
		select {
		case loaded <- struct{}{}:
		default:
		}
		switch {
		case err != nil:
			counts["refused"]++
		case len(c.Claims) == n || len(c.Claims) == n-1:
			counts["whole"]++
		default:
			counts["partial"]++
			t.Errorf("a load gave %d claims, want %d or %d", len(c.Claims), n, n-1)
		}
	}
	stop()
	wg.Wait()
	if counts["whole"] == 0 {
		t.Error("no load succeeded between the rewrites")
	}
	t.Logf("60 loads during rewrites: %v", counts)
}

// TestLoadRootChecksTheManifest: a file that differs from its manifest
// line, or one the manifest does not list, fails the load.
func TestLoadRootChecksTheManifest(t *testing.T) {
	t.Parallel()
	dir := corpusDir(t)
	claimsFile, err := os.ReadFile(filepath.Join(dir, "claims.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	good := jsonltest.Manifest(t, dir, claimsFile)
	write := func(m []byte) {
		if err := os.WriteFile(filepath.Join(dir, jsonl.ManifestFile), m, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(good)
	if _, err := jsonl.LoadRoot(context.Background(), dir, 0); err != nil {
		t.Fatalf("with a true manifest: %v", err)
	}
	write(jsonltest.Manifest(t, dir, append(claimsFile, '\n')))
	if _, err := jsonl.LoadRoot(context.Background(), dir, 0); err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Errorf("with a wrong sum: %v", err)
	}
	var kept []string
	for _, l := range strings.Split(string(good), "\n") {
		if !strings.HasSuffix(l, "entities.jsonl") {
			kept = append(kept, l)
		}
	}
	write([]byte(strings.Join(kept, "\n")))
	if _, err := jsonl.LoadRoot(context.Background(), dir, 0); err == nil || !strings.Contains(err.Error(), "does not list entities.jsonl") {
		t.Errorf("with a file left out: %v", err)
	}
}

func TestLoadRootStopsWithItsContext(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := jsonl.LoadRoot(ctx, corpusDir(t), 0); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
