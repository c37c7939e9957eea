package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
)

func newDoc() *claims.Document {
	return &claims.Document{
		Publisher: "The Daily Example",
		Headline:  "Council opens a new bridge",
		Published: time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC),
		Text:      "Council opens a new bridge\n\nThe council opened a bridge on Monday.\n",
	}
}

func TestPrepareNewDocumentFillsDefaults(t *testing.T) {
	t.Parallel()
	in := newDoc()
	d, err := claims.PrepareNewDocument(in)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "the-daily-example-2026-03-council-opens-a-new-bridge" {
		t.Errorf("id = %q", d.ID)
	}
	if d.Language != "en" || d.DateNote != claims.DefaultDateNote {
		t.Errorf("language %q, date note %q", d.Language, d.DateNote)
	}
	if want := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("published = %v, want %v", d.Published, want)
	}
	if in.ID != "" || in.Language != "" {
		t.Error("PrepareNewDocument modified its argument")
	}
	if _, err := claims.NewCorpus([]*claims.Document{d}, nil, nil, nil, nil); err != nil {
		t.Errorf("a prepared document does not make a corpus: %v", err)
	}
}

func TestCheckNewDocumentRejects(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		edit  func(d *claims.Document)
		field string
	}{
		{"text over 1 MiB", func(d *claims.Document) { d.Text = d.Headline + strings.Repeat("a", claims.MaxDocumentBytes) }, "document.text"},
		{"invalid UTF-8", func(d *claims.Document) { d.Text += "\xff" }, "document.text"},
		{"control character", func(d *claims.Document) { d.Text += "\x00" }, "document.text"},
		{"empty text", func(d *claims.Document) { d.Text = " \n" }, "document.text"},
		{"headline not in text", func(d *claims.Document) { d.Headline = "Something else" }, "document.headline"},
		{"headline with a line break", func(d *claims.Document) { d.Headline = "Council\nopens" }, "document.headline"},
		{"no publisher", func(d *claims.Document) { d.Publisher = " " }, "document.publisher"},
		{"date too early", func(d *claims.Document) { d.Published = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC) }, "document.published"},
		{"date too late", func(d *claims.Document) { d.Published = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC) }, "document.published"},
		{"no date", func(d *claims.Document) { d.Published = time.Time{} }, "document.published"},
		{"id with upper case", func(d *claims.Document) { d.ID = "Bad-Id" }, "document.id"},
		{"id with a slash", func(d *claims.Document) { d.ID = "a/b" }, "document.id"},
		{"id with a dot", func(d *claims.Document) { d.ID = "../etc" }, "document.id"},
		{"long id", func(d *claims.Document) { d.ID = strings.Repeat("a", claims.MaxDocumentIDBytes+1) }, "document.id"},
		{"not English", func(d *claims.Document) { d.Language = "fr" }, "document.language"},
		{"relative URL", func(d *claims.Document) { d.URL = "/news/1" }, "document.url"},
		{"ftp URL", func(d *claims.Document) { d.URL = "ftp://example.com/1" }, "document.url"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDoc()
			tc.edit(d)
			_, err := claims.PrepareNewDocument(d)
			if claims.ErrorCode(err) != claims.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if got := claims.ErrorField(err); got != tc.field {
				t.Errorf("field = %q, want %q (%v)", got, tc.field, err)
			}
		})
	}
}

func TestCheckNewDocumentReportsEveryField(t *testing.T) {
	t.Parallel()
	err := claims.CheckNewDocument(&claims.Document{ID: "x", Language: "en"})
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fields = append(fields, claims.ErrorField(e))
	}
	want := "document.text document.publisher document.headline document.published"
	if got := strings.Join(fields, " "); got != want {
		t.Errorf("fields = %q, want %q", got, want)
	}
}

func TestNewDocumentIDIsBounded(t *testing.T) {
	t.Parallel()
	id := claims.NewDocumentID(strings.Repeat("x", 500), time.Time{}, strings.Repeat("word ", 100))
	if len(id) > claims.MaxDocumentIDBytes || !claims.ValidID(id) {
		t.Errorf("id %q (%d bytes)", id, len(id))
	}
}

// FuzzPrepareNewDocument: any input is either rejected with EINVALID or
// becomes a document that makes a valid corpus.
func FuzzPrepareNewDocument(f *testing.F) {
	f.Add("", "The Week", "Headline", "Headline\nBody.", "en", "https://example.com/a", int64(1693872000))
	f.Add("x-1", "É", "É", "É", "en-GB", "", int64(0))
	f.Fuzz(func(t *testing.T, id, publisher, headline, text, lang, url string, unix int64) {
		d := &claims.Document{ID: id, Publisher: publisher, Headline: headline, Text: text, Language: lang, URL: url}
		if unix != 0 {
			d.Published = time.Unix(unix, 0)
		}
		p, err := claims.PrepareNewDocument(d)
		if err != nil {
			if claims.ErrorCode(err) != claims.EINVALID {
				t.Fatalf("err %v has code %q", err, claims.ErrorCode(err))
			}
			return
		}
		if _, err := claims.NewCorpus([]*claims.Document{p}, nil, nil, nil, nil); err != nil {
			t.Fatalf("prepared document %+v does not make a corpus: %v", p, err)
		}
	})
}
