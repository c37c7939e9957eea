package jsonl_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/storetest"
)

func TestStore(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(tb testing.TB) func(testing.TB) claims.DocumentStore {
		dir := tb.TempDir()
		return func(tb testing.TB) claims.DocumentStore {
			tb.Helper()
			s, err := jsonl.OpenStore(dir)
			if err != nil {
				tb.Fatal(err)
			}
			return s
		}
	})
}

func TestStoreIsLocked(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := jsonl.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s2, err := jsonl.OpenStore(dir); err == nil {
		s2.Close()
		t.Fatal("a second OpenStore on a data directory in use succeeded")
	} else if !strings.Contains(err.Error(), "in use") {
		t.Errorf("err = %v, want one saying the directory is in use", err)
	}
}

// TestStoreClearsInterruptedWrites plants what a crash between the steps
// of a create leaves, and checks Open serves only whole documents.
func TestStoreClearsInterruptedWrites(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := jsonl.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	whole := storetest.Doc(t, 1)
	if _, _, err := s.Create(context.Background(), whole); err != nil {
		t.Fatal(err)
	}
	s.Close()
	docs := filepath.Join(dir, jsonl.StoreDocumentsDir)
	for name, content := range map[string]string{
		"storetest-002.txt":           "a text whose record was never written",
		"storetest-003.txt.tmp-abcd":  "a text cut short",
		"storetest-004.json.tmp-abcd": `{"id": "storetest-004"`,
		"storetest-001.json.tmp-zzzz": "a retry's record cut short",
	} {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err = jsonl.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("%d documents, want 1", len(got))
	}
	storetest.SameDocument(t, got[0], whole)
	left, _ := os.ReadDir(docs)
	var names []string
	for _, e := range left {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "storetest-001.json storetest-001.txt" {
		t.Errorf("files left: %v", names)
	}
}

func TestStoreRefusesATamperedText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := jsonl.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Create(context.Background(), storetest.Doc(t, 1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.WriteFile(filepath.Join(dir, jsonl.StoreDocumentsDir, "storetest-001.txt"), []byte("edited"), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := jsonl.OpenStore(dir); err == nil {
		s.Close()
		t.Fatal("OpenStore accepted a text that does not match its record")
	} else if !strings.Contains(err.Error(), "text_sha256") {
		t.Errorf("err = %v", err)
	}
}

// TestStoreRefusesAFIFO: a FIFO in place of a stored text is refused when
// the store opens, at once, rather than waited on for ever.
func TestStoreRefusesAFIFO(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := jsonl.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Create(context.Background(), storetest.Doc(t, 1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	text := filepath.Join(dir, jsonl.StoreDocumentsDir, "storetest-001.txt")
	if err := os.Remove(text); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(text, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		s, err := jsonl.OpenStore(dir)
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("err = %v, want the FIFO refused", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("OpenStore still waiting on a FIFO")
	}
}
