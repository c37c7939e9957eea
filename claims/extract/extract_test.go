package extract_test

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/corpus"
)

const articleID = "theweek-2023-09-putin-g20-kim"

// bundled loads the bundled corpus and a reader over its names once.
var bundled = sync.OnceValues(func() (*claims.Corpus, error) {
	return jsonl.Load(corpus.FS)
})

var bundledReader = sync.OnceValue(func() *reader.Reader {
	c, err := bundled()
	if err != nil {
		return nil
	}
	return reader.New(reader.NewGazetteer(c.Entities, c.Roles), reader.WordNet{})
})

func setup(tb testing.TB) (*claims.Corpus, *reader.Reader) {
	tb.Helper()
	c, err := bundled()
	if err != nil {
		tb.Fatal(err)
	}
	return c, bundledReader()
}

// synthetic returns the made-up article in testdata as a document without
// sections.
func synthetic(tb testing.TB) *claims.Document {
	tb.Helper()
	b, err := os.ReadFile("testdata/synthetic.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return &claims.Document{
		ID: "example-2024-03-lavrov-beijing", Publisher: "Example News", Headline: "Lavrov heads to Beijing as Moscow courts Asian partners",
		Published: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), DateNote: "made up for a test", Language: "en", Text: string(b),
	}
}

// valid checks what every extraction must satisfy and that the claims
// form a corpus with the document in place of the curated claims.
func valid(t *testing.T, c *claims.Corpus, d *claims.Document, got []*claims.Claim) {
	t.Helper()
	for i, cl := range got {
		if want := fmt.Sprintf("%s/auto-%02d", d.ID, i+1); cl.ID != want {
			t.Errorf("claim %d id %q, want %q", i, cl.ID, want)
		}
		if !cl.Span.Valid(len(d.Text)) || d.Text[cl.Span.Start:cl.Span.End] != cl.Quote {
			t.Errorf("%s: quote %q is not the text at %s", cl.ID, cl.Quote, cl.Span)
		}
		if i > 0 && cl.Span.Start < got[i-1].Span.End {
			t.Errorf("%s at %s overlaps or precedes the claim before", cl.ID, cl.Span)
		}
	}
	if _, err := claims.NewCorpus([]*claims.Document{d}, got, c.Entities, c.Roles, c.Tenures); err != nil {
		t.Fatalf("NewCorpus: %v", err)
	}
}

func TestClaimsBundledArticle(t *testing.T) {
	t.Parallel()
	c, r := setup(t)
	d, ok := c.Document(articleID)
	if !ok {
		t.Fatalf("no document %s", articleID)
	}
	got := extract.Claims(d, r)
	valid(t, c, d, got)
	// 35 sentences: headline, subtitle, caption and 32 body sentences
	// (see corpus/corpus_test.go). A sentence naming no known entity may
	// be left out.
	if n := len(got); n < 32 || n > 35 {
		t.Errorf("%d claims, want about 35 (one per content sentence)", n)
	}
	boiler := d.Sections[len(d.Sections)-1]
	for _, cl := range got {
		if strings.Contains(cl.Quote, "Telegram") || strings.Contains(cl.Quote, "Click here") || cl.Span.End > boiler.Span.Start {
			t.Errorf("%s comes from the promotion line: %q", cl.ID, cl.Quote)
		}
		if strings.HasSuffix(cl.Quote, "| AP") || strings.HasPrefix(cl.Quote, "KIM JONG UN") {
			t.Errorf("%s keeps the caption's credit or label: %q", cl.ID, cl.Quote)
		}
	}

	find := func(prefix string) *claims.Claim {
		for _, cl := range got {
			if strings.HasPrefix(cl.Quote, prefix) {
				return cl
			}
		}
		t.Errorf("no claim quoting %q...", prefix)
		return nil
	}
	tests := []struct {
		prefix    string
		section   string
		subjects  []string
		predicate string
		place     string
		hedge     claims.Hedge
		sources   []string
		office    *claims.OfficeMention
		negated   bool
		time      string // "2006-01-02..2006-01-02", or "" for none
		statement string // a part the statement must contain
		number    string // the text of a number it must carry
	}{
		{prefix: "Why is Putin avoiding G20", section: "headline", subjects: []string{"putin"}, predicate: "avoid", hedge: claims.HedgeAsserted},
		{prefix: "Putin had found himself isolated", section: "subtitle", subjects: []string{"putin"}, hedge: claims.HedgeAsserted},
		{prefix: "Russian President Vladimir Putin, right,", section: "caption", subjects: []string{"putin", "kim"}, place: "vladivostok",
			office: &claims.OfficeMention{Person: "putin", Role: "president", Country: "russia"}, time: "2019-04-25..2019-04-25"},
		{prefix: "North Korean leader Kim Jong Un will travel", section: "body", subjects: []string{"kim"}, hedge: claims.HedgeReported,
			sources: []string{"a US official", "AP"}, time: "2023-09-01..2023-09-30"},
		{prefix: "Putin will skip the conclave", subjects: []string{"putin"}, predicate: "skip", hedge: claims.HedgeExpected},
		{prefix: "The development comes", place: "india", time: "2023-09-09..2023-09-10"},
		{prefix: "Kim is expected to travel", subjects: []string{"kim"}, predicate: "travel", hedge: claims.HedgeExpected, sources: []string{"the New York Times"}},
		{prefix: "In July 2023, Russia's Defence Minister Sergei Shoigu", subjects: []string{"shoigu"}, predicate: "meet",
			office: &claims.OfficeMention{Person: "shoigu", Role: "defence-minister", Country: "russia"}, time: "2023-07-01..2023-07-31", number: "70th"},
		{prefix: "According to sources, Putin and Kim", subjects: []string{"putin", "kim"}, hedge: claims.HedgeReported, sources: []string{"sources", "the Guardian"}},
		{prefix: "In 2022, Russia's Defence Minister Sergey Lavrov", subjects: []string{"lavrov"}, predicate: "attend",
			office: &claims.OfficeMention{Person: "lavrov", Role: "defence-minister", Country: "russia"}, time: "2022-01-01..2022-12-31"},
		{prefix: "But, walked out", subjects: []string{"lavrov"}, predicate: "walk out", statement: "Lavrov walked out"},
		{prefix: "Experts say that he", subjects: []string{"putin"}, hedge: claims.HedgeReported, sources: []string{"Experts"}, statement: "Putin is seeking"},
		{prefix: "He however attended", subjects: []string{"putin"}, predicate: "attend", statement: "Putin however attended"},
		{prefix: "Putin's landing in South Africa", subjects: []string{"putin"}, hedge: claims.HedgeSpeculation, place: "south-africa"},
	}
	for _, tc := range tests {
		t.Run(tc.prefix, func(t *testing.T) {
			t.Parallel()
			cl := find(tc.prefix)
			if cl == nil {
				return
			}
			st := cl.Structure
			if tc.section != "" && cl.Section != tc.section {
				t.Errorf("section %q, want %q", cl.Section, tc.section)
			}
			if tc.subjects != nil && !slices.Equal(st.Subjects, tc.subjects) {
				t.Errorf("subjects %v, want %v", st.Subjects, tc.subjects)
			}
			if tc.predicate != "" && st.Predicate != tc.predicate {
				t.Errorf("predicate %q, want %q", st.Predicate, tc.predicate)
			}
			if tc.place != "" && st.Place != tc.place {
				t.Errorf("place %q, want %q", st.Place, tc.place)
			}
			if tc.hedge != claims.HedgeUnspecified && cl.Hedge != tc.hedge {
				t.Errorf("hedge %v, want %v", cl.Hedge, tc.hedge)
			}
			if tc.sources != nil && !slices.Equal(cl.Attribution.Names(), tc.sources) {
				t.Errorf("attribution %v, want %v", cl.Attribution.Names(), tc.sources)
			}
			if tc.office != nil && (st.Office == nil || *st.Office != *tc.office) {
				t.Errorf("office %+v, want %+v", st.Office, tc.office)
			}
			if st.Negated != tc.negated {
				t.Errorf("negated %v, want %v", st.Negated, tc.negated)
			}
			if tc.time != "" {
				if got := span(cl.Time); got != tc.time {
					t.Errorf("time %s, want %s", got, tc.time)
				}
			}
			if tc.statement != "" && !strings.Contains(cl.Statement, tc.statement) {
				t.Errorf("statement %q lacks %q", cl.Statement, tc.statement)
			}
			if tc.number != "" && !slices.ContainsFunc(st.Numbers, func(n claims.Number) bool { return n.Text == tc.number }) {
				t.Errorf("numbers %v lack %q", st.Numbers, tc.number)
			}
		})
	}
}

func span(p claims.Period) string {
	if p.IsZero() {
		return ""
	}
	return p.Start.Format("2006-01-02") + ".." + p.End.Format("2006-01-02")
}

func TestClaimsSyntheticArticle(t *testing.T) {
	t.Parallel()
	c, r := setup(t)
	d := synthetic(t)
	got := extract.Claims(d, r)
	valid(t, c, d, got)
	var quotes []string
	for _, cl := range got {
		quotes = append(quotes, cl.Quote)
	}
	if len(got) == 0 || got[0].Section != claims.SectionHeadline || got[0].Quote != d.Headline {
		t.Fatalf("first claim is not the headline: %q", quotes)
	}
	for _, cl := range got[1:] {
		if cl.Section != claims.SectionBody {
			t.Errorf("%s in section %q, want body", cl.ID, cl.Section)
		}
	}
	tests := []struct {
		name  string
		quote string // a claim must quote exactly this
		check func(*claims.Claim) string
	}{
		{"abbreviations do not split", "The visit was announced by Mr. Lavrov's office after a call with Dr. Ahn, an adviser in Seoul.", nil},
		{"U.S. does not split", "Officials in the U.S. State Department said Washington was watching the talks closely.", nil},
		{"decimal does not split", "Trade between the two countries grew by 2.5 percent in 2022, according to the Guardian.", func(cl *claims.Claim) string {
			if !slices.ContainsFunc(cl.Structure.Numbers, func(n claims.Number) bool { return n.Value == 2.5 }) {
				return fmt.Sprintf("numbers %v lack 2.5", cl.Structure.Numbers)
			}
			return ""
		}},
		{"credit trimmed", "Lavrov greets Xi Jinping in Beijing", func(cl *claims.Claim) string {
			if cl.Structure.Place != "beijing" {
				return "place " + cl.Structure.Place
			}
			return ""
		}},
		{"pronoun resolved", "He is expected to discuss trade and the war in Ukraine.", func(cl *claims.Claim) string {
			if !slices.Equal(cl.Structure.Subjects, []string{"lavrov"}) || !strings.HasPrefix(cl.Statement, "Sergey Lavrov is expected") || cl.Hedge != claims.HedgeExpected {
				return fmt.Sprintf("subjects %v, statement %q, hedge %v", cl.Structure.Subjects, cl.Statement, cl.Hedge)
			}
			return ""
		}},
		{"negation", "Kim Jong Un is not expected to join the meeting.", func(cl *claims.Claim) string {
			if !cl.Structure.Negated || !slices.Equal(cl.Structure.Subjects, []string{"kim"}) {
				return fmt.Sprintf("negated %v, subjects %v", cl.Structure.Negated, cl.Structure.Subjects)
			}
			return ""
		}},
		{"office", "Russian Foreign Minister Sergei Lavrov will travel to Beijing next week to meet Chinese President Xi Jinping, two diplomats said on Monday.", func(cl *claims.Claim) string {
			o := cl.Structure.Office
			if o == nil || *o != (claims.OfficeMention{Person: "lavrov", Role: "foreign-minister", Country: "russia"}) || cl.Hedge != claims.HedgeReported {
				return fmt.Sprintf("office %+v, hedge %v", o, cl.Hedge)
			}
			return ""
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			i := slices.Index(quotes, tc.quote)
			if i < 0 {
				t.Fatalf("no claim quotes %q; quotes: %q", tc.quote, quotes)
			}
			if tc.check != nil {
				if msg := tc.check(got[i]); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
	for _, q := range quotes {
		l := strings.ToLower(q)
		if strings.Contains(l, "click here") || strings.Contains(l, "newsletter") || strings.Contains(q, "| Reuters") {
			t.Errorf("promotion or credit kept: %q", q)
		}
	}
}

func TestClaimsDeterministic(t *testing.T) {
	t.Parallel()
	c, r := setup(t)
	d, _ := c.Document(articleID)
	a, b := extract.Claims(d, r), extract.Claims(d, r)
	if !reflect.DeepEqual(a, b) {
		t.Error("two extractions differ")
	}
}

func TestClaimsNil(t *testing.T) {
	t.Parallel()
	_, r := setup(t)
	if got := extract.Claims(nil, r); got != nil {
		t.Errorf("nil document: %v", got)
	}
	if got := extract.Claims(&claims.Document{ID: "x", Text: "Putin met Kim in Moscow."}, nil); got != nil {
		t.Errorf("nil reader: %v", got)
	}
}
