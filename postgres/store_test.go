package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/storetest"
	"github.com/factcheck/factcheck/postgres"
	"github.com/factcheck/factcheck/postgres/postgrestest"
)

func open(tb testing.TB, url string) *postgres.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := postgres.Open(ctx, url)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(tb testing.TB) func(testing.TB) claims.DocumentStore {
		url := postgrestest.URL(tb)
		return func(tb testing.TB) claims.DocumentStore { return open(tb, url) }
	})
}

func TestMigrationsApplyOnce(t *testing.T) {
	t.Parallel()
	url := postgrestest.URL(t)
	stores := make(chan *postgres.Store, 4)
	for range 4 { // replicas starting together
		go func() { s, _ := postgres.Open(context.Background(), url); stores <- s }()
	}
	for range 4 {
		s := <-stores
		if s == nil {
			t.Fatal("a concurrent Open failed")
		}
		if s.SchemaVersion() != 1 {
			t.Errorf("schema version %d, want 1", s.SchemaVersion())
		}
		s.Close()
	}
}

// TestChangesReportOtherWriters: a write through one Store is reported to
// another on the same schema within a second, and not to the writer.
func TestChangesReportOtherWriters(t *testing.T) {
	t.Parallel()
	url := postgrestest.URL(t)
	a, b := open(t, url), open(t, url)
	defer a.Close()
	defer b.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ca, cb := a.Changes(ctx), b.Changes(ctx)
	time.Sleep(200 * time.Millisecond) // let both LISTEN
	start := time.Now()
	if _, _, err := a.Create(ctx, storetest.Doc(t, 1)); err != nil {
		t.Fatal(err)
	}
	select {
	case <-cb:
		t.Logf("reported after %v", time.Since(start))
	case <-time.After(time.Second):
		t.Fatal("no change reported to the other store within a second")
	}
	if err := a.Delete(ctx, "storetest-001"); err != nil {
		t.Fatal(err)
	}
	select {
	case <-cb:
	case <-time.After(time.Second):
		t.Fatal("a delete was not reported within a second")
	}
	select {
	case <-ca:
		t.Error("the writer was told of its own write")
	case <-time.After(200 * time.Millisecond):
	}
}

func TestMissingSchema(t *testing.T) {
	t.Parallel()
	url := postgrestest.URL(t)
	url = strings.Replace(url, "search_path=", "search_path=no_such_", 1)
	_, err := postgres.Open(context.Background(), url)
	if err == nil || !strings.Contains(err.Error(), "CREATE SCHEMA") {
		t.Errorf("Open with a search_path that names no schema: %v", err)
	}
}

func TestUnreachableDatabase(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if _, err := postgres.Open(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=1"); err == nil {
		t.Fatal("Open succeeded against a closed port")
	}
}
