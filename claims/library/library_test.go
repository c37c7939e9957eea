package library_test

import (
	"context"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/library"
	"github.com/factcheck/factcheck/corpus"
)

// fixture is a started Library over the bundled corpus and a data
// directory, with what it published.
type fixture struct {
	lib    *library.Library
	store  *jsonl.Store
	served atomic.Pointer[claims.Service]
	builds atomic.Int32
}

func start(tb testing.TB, dir string) *fixture {
	tb.Helper()
	base, err := jsonl.Load(corpus.FS)
	if err != nil {
		tb.Fatal(err)
	}
	store, err := jsonl.OpenStore(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	f := &fixture{store: store}
	build := func(c *claims.Corpus) (claims.Service, error) {
		f.builds.Add(1)
		return checker.New(c)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	f.lib = library.New(store, build, func(s claims.Service) { f.served.Store(&s) }, nil)
	if err := f.lib.Start(ctx, base); err != nil {
		tb.Fatal(err)
	}
	return f
}

func (f *fixture) service() claims.Service { return *f.served.Load() }

func article(tb testing.TB) *claims.Document {
	tb.Helper()
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return &claims.Document{
		Publisher: "Example Wire",
		Headline:  "Sunak flies to Jakarta for talks on trade",
		Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		URL:       "https://example.com/sunak-jakarta",
		Text:      string(text),
	}
}

const statement = "Rishi Sunak arrived in Indonesia"

// evidenceFrom reports whether checking statement on svc quotes docID.
func evidenceFrom(tb testing.TB, svc claims.Service, docID string) bool {
	tb.Helper()
	r, err := svc.Check(context.Background(), claims.CheckRequest{Statement: statement})
	if err != nil {
		tb.Fatal(err)
	}
	for _, ev := range r.Evidence {
		if ev.DocumentID == docID {
			return true
		}
	}
	return false
}

func TestCreateIsServedAndLasts(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	f := start(t, dir)
	ctx := context.Background()
	got, err := f.lib.CreateDocument(ctx, claims.CreateDocumentRequest{Document: article(t)})
	if err != nil {
		t.Fatal(err)
	}
	id := got.Document.ID
	if !got.Created || id != "example-wire-2026-03-sunak-flies-to-jakarta-for-talks" {
		t.Errorf("created %v, id %q", got.Created, id)
	}
	if len(got.Claims) == 0 {
		t.Fatal("no claims drawn from the article")
	}
	for _, cl := range got.Claims {
		if cl.DocumentID != id {
			t.Errorf("claim %s of document %s", cl.ID, cl.DocumentID)
		}
	}
	if !evidenceFrom(t, f.service(), id) {
		t.Errorf("checking %q right after the create quotes nothing from %s", statement, id)
	}

	again, err := f.lib.CreateDocument(ctx, claims.CreateDocumentRequest{Document: article(t)})
	if err != nil || again.Created || again.Document.ID != id || len(again.Claims) != len(got.Claims) {
		t.Errorf("retry: %+v, %v", again, err)
	}
	other := article(t)
	other.Text += "\nA correction was added.\n"
	if _, err := f.lib.CreateDocument(ctx, claims.CreateDocumentRequest{Document: other}); claims.ErrorCode(err) != claims.EEXISTS {
		t.Errorf("same id, other text: err = %v, want EEXISTS", err)
	}

	f.store.Close()
	f2 := start(t, dir)
	if !evidenceFrom(t, f2.service(), id) {
		t.Errorf("after reopening, checking %q quotes nothing from %s", statement, id)
	}
	if err := f2.lib.DeleteDocument(ctx, id); err != nil {
		t.Fatal(err)
	}
	if evidenceFrom(t, f2.service(), id) {
		t.Error("a deleted document is still quoted")
	}
	if err := f2.lib.DeleteDocument(ctx, id); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Errorf("second delete: err = %v, want ENOTFOUND", err)
	}
}

func TestValidateOnlyWritesNothing(t *testing.T) {
	t.Parallel()
	f := start(t, t.TempDir())
	before := f.service()
	got, err := f.lib.CreateDocument(context.Background(), claims.CreateDocumentRequest{Document: article(t), ValidateOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Created || len(got.Claims) == 0 {
		t.Errorf("dry run: created %v, %d claims", got.Created, len(got.Claims))
	}
	if docs, _ := f.store.Documents(context.Background()); len(docs) != 0 {
		t.Errorf("a dry run stored %d documents", len(docs))
	}
	if f.service() != before {
		t.Error("a dry run installed a new engine")
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	t.Parallel()
	f := start(t, t.TempDir())
	d := article(t)
	d.Headline = "Not in the text"
	if _, err := f.lib.CreateDocument(context.Background(), claims.CreateDocumentRequest{Document: d}); claims.ErrorCode(err) != claims.EINVALID {
		t.Errorf("err = %v, want EINVALID", err)
	}
	if docs, _ := f.store.Documents(context.Background()); len(docs) != 0 {
		t.Errorf("a bad create stored %d documents", len(docs))
	}
}

func TestCorpusDocumentsAreNotDeleted(t *testing.T) {
	t.Parallel()
	f := start(t, t.TempDir())
	err := f.lib.DeleteDocument(context.Background(), "theweek-2023-09-putin-g20-kim")
	if claims.ErrorCode(err) != claims.EPRECONDITION {
		t.Errorf("err = %v, want EPRECONDITION", err)
	}
}

// TestConcurrentCreatesShareBuilds: creates that arrive together are all
// served when they return, and share engine builds.
func TestConcurrentCreatesShareBuilds(t *testing.T) {
	t.Parallel()
	f := start(t, t.TempDir())
	const n = 12
	first := f.builds.Load()
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			d := article(t)
			d.ID = "concurrent-" + string(rune('a'+i))
			got, err := f.lib.CreateDocument(context.Background(), claims.CreateDocumentRequest{Document: d})
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := f.service().Document(context.Background(), got.Document.ID); err != nil {
				t.Errorf("%s not served when its create returned: %v", got.Document.ID, err)
			}
		})
	}
	wg.Wait()
	docs, _, err := f.service().Documents(context.Background(), claims.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != n+1 {
		t.Errorf("%d documents served, want %d", len(docs), n+1)
	}
	if builds := f.builds.Load() - first; builds >= n {
		t.Errorf("%d builds for %d concurrent creates; want them shared", builds, n)
	} else {
		t.Logf("%d creates, %d builds", n, builds)
	}
}
