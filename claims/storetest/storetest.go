// Package storetest is the test suite every claims.DocumentStore must
// pass, so the embedded store and the PostgreSQL one behave the same.
package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Storage gives the suite fresh, empty storage for one test: it returns a
// function that opens a store over that storage, which the suite calls
// again after Close to prove that what was written lasts. Each call to
// Storage must give storage no other test sees; cleaning it up is
// Storage's job (tb.Cleanup).
type Storage func(tb testing.TB) (open func(tb testing.TB) claims.DocumentStore)

// Run runs the suite against the stores storage opens.
func Run(t *testing.T, storage Storage) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, open func(testing.TB) claims.DocumentStore)
	}{
		{"CreateAndList", testCreateAndList},
		{"RetryIsOneDocument", testRetry},
		{"SameIDOtherTextExists", testConflict},
		{"Delete", testDelete},
		{"Durable", testDurable},
		{"Concurrent", testConcurrent},
		{"CanceledContext", testCanceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.fn(t, storage(t))
		})
	}
}

// Doc returns a valid, prepared document numbered n.
func Doc(tb testing.TB, n int) *claims.Document {
	tb.Helper()
	d, err := claims.PrepareNewDocument(&claims.Document{
		ID:        fmt.Sprintf("storetest-%03d", n),
		Publisher: "Storetest Gazette",
		Headline:  fmt.Sprintf("Item %d — «unicode» 日本", n),
		URL:       fmt.Sprintf("https://example.com/items/%d", n),
		Published: time.Date(2025, 1, 1+n%28, 0, 0, 0, 0, time.UTC),
		DateNote:  "printed on the page",
		Language:  "en-GB",
		Text:      fmt.Sprintf("Item %d — «unicode» 日本\n\nBody of item %d.\tTabbed.\r\nLast line 🚀.", n, n),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// open opens a store and closes it when the test ends.
func openStore(tb testing.TB, open func(testing.TB) claims.DocumentStore) claims.DocumentStore {
	tb.Helper()
	s := open(tb)
	tb.Cleanup(func() { _ = s.Close() })
	return s
}

// SameDocument fails tb unless got and want are the same document.
func SameDocument(tb testing.TB, got, want *claims.Document) {
	tb.Helper()
	if got == nil || want == nil {
		tb.Fatalf("document = %v, want %v", got, want)
	}
	g, w := *got, *want
	if !g.Published.Equal(w.Published) {
		tb.Errorf("%s: published %v, want %v", w.ID, g.Published, w.Published)
	}
	g.Published, w.Published = time.Time{}, time.Time{}
	if !reflect.DeepEqual(g, w) {
		tb.Errorf("document differs:\n got %+v\nwant %+v", g, w)
	}
}

func ids(tb testing.TB, s claims.DocumentStore) []string {
	tb.Helper()
	docs, err := s.Documents(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

func create(tb testing.TB, s claims.DocumentStore, d *claims.Document) (*claims.Document, bool) {
	tb.Helper()
	got, created, err := s.Create(context.Background(), d)
	if err != nil {
		tb.Fatalf("create %s: %v", d.ID, err)
	}
	return got, created
}

func testCreateAndList(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	if got := ids(t, s); len(got) != 0 {
		t.Fatalf("fresh store has %v", got)
	}
	var want []*claims.Document
	for _, n := range []int{3, 1, 2} {
		d := Doc(t, n)
		got, created := create(t, s, d)
		if !created {
			t.Errorf("%s: created = false for a new document", d.ID)
		}
		SameDocument(t, got, d)
		want = append(want, d)
	}
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(docs), len(want))
	}
	for i := range want {
		SameDocument(t, docs[i], want[i]) // oldest first
	}
}

func testRetry(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	d := Doc(t, 1)
	create(t, s, d)
	again := Doc(t, 1)
	again.URL = "https://example.com/other" // metadata aside, the text decides
	got, created := create(t, s, again)
	if created {
		t.Error("a retried create reported created = true")
	}
	SameDocument(t, got, d)
	if got := ids(t, s); len(got) != 1 {
		t.Errorf("documents after a retry: %v", got)
	}
}

func testConflict(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	d := Doc(t, 1)
	create(t, s, d)
	other := Doc(t, 1)
	other.Text += " Changed."
	_, _, err := s.Create(context.Background(), other)
	if claims.ErrorCode(err) != claims.EEXISTS {
		t.Fatalf("same id, other text: err = %v, want EEXISTS", err)
	}
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	SameDocument(t, docs[0], d)
}

func testDelete(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	ctx := context.Background()
	create(t, s, Doc(t, 1))
	create(t, s, Doc(t, 2))
	if err := s.Delete(ctx, "storetest-001"); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s); !reflect.DeepEqual(got, []string{"storetest-002"}) {
		t.Errorf("after delete: %v", got)
	}
	if err := s.Delete(ctx, "storetest-001"); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("second delete: err = %v, want ENOTFOUND", err)
	}
	if err := s.Delete(ctx, "never-stored"); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("delete unknown: err = %v, want ENOTFOUND", err)
	}
	d := Doc(t, 1)
	d.Text += " Second edition."
	if _, created := create(t, s, d); !created {
		t.Error("create after delete: created = false")
	}
	if got := ids(t, s); !reflect.DeepEqual(got, []string{"storetest-002", "storetest-001"}) {
		t.Errorf("after re-create: %v", got)
	}
}

func testDurable(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := open(t)
	for n := range 5 {
		create(t, s, Doc(t, n))
	}
	if err := s.Delete(context.Background(), "storetest-002"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, open)
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 1, 3, 4}
	if len(docs) != len(want) {
		t.Fatalf("after reopening: %d documents, want %d", len(docs), len(want))
	}
	for i, n := range want {
		SameDocument(t, docs[i], Doc(t, n))
	}
	create(t, s, Doc(t, 9)) // still writable
}

func testConcurrent(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	const distinct, retries = 20, 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	createdSame := 0
	for n := range distinct {
		wg.Go(func() {
			if _, _, err := s.Create(context.Background(), Doc(t, n)); err != nil {
				t.Errorf("create %d: %v", n, err)
			}
		})
	}
	for range retries {
		wg.Go(func() {
			_, created, err := s.Create(context.Background(), Doc(t, 100))
			if err != nil {
				t.Errorf("create 100: %v", err)
			}
			if created {
				mu.Lock()
				createdSame++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if createdSame != 1 {
		t.Errorf("%d concurrent creates of one document reported created, want 1", createdSame)
	}
	if got := ids(t, s); len(got) != distinct+1 {
		t.Errorf("%d documents, want %d: %v", len(got), distinct+1, got)
	}
}

func testCanceled(t *testing.T, open func(testing.TB) claims.DocumentStore) {
	s := openStore(t, open)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.Create(ctx, Doc(t, 1)); claims.ErrorCode(err) != claims.ECANCELED {
		t.Errorf("create with a canceled context: err = %v, want ECANCELED", err)
	}
	if got := ids(t, s); len(got) != 0 {
		t.Errorf("a canceled create wrote %v", got)
	}
}
