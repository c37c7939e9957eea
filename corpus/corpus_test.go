package corpus_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/evaluation"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

const articleID = "theweek-2023-09-putin-g20-kim"

// load returns the embedded corpus or stops the test.
func load(tb testing.TB) *claims.Corpus {
	tb.Helper()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		tb.Fatalf("Load(corpus.FS): %v", err)
	}
	return c
}

func TestEmbeddedCorpusLoads(t *testing.T) {
	t.Parallel()
	c := load(t)
	if _, ok := c.Document(articleID); !ok {
		t.Fatalf("document %q missing", articleID)
	}
	if n := len(c.ClaimsOf(articleID)); n < 45 {
		t.Errorf("article has %d claims, want about fifty", n)
	}
}

func TestArticleIsByteForByte(t *testing.T) {
	t.Parallel()
	want, err := os.ReadFile("../../shared/article/the-week-putin-g20-kim.txt")
	if err != nil {
		t.Skipf("shared article not available: %v", err)
	}
	d, _ := load(t).Document(articleID)
	if d.Text != string(want) {
		t.Fatal("corpus copy of the article differs from ../shared/article")
	}
}

func TestQuotesMatchSpans(t *testing.T) {
	t.Parallel()
	c := load(t)
	for _, cl := range c.Claims {
		t.Run(cl.ID, func(t *testing.T) {
			t.Parallel()
			d, ok := c.Document(cl.DocumentID)
			if !ok {
				t.Fatalf("unknown document %q", cl.DocumentID)
			}
			if !utf8.RuneStart(d.Text[cl.Span.Start]) || (cl.Span.End < len(d.Text) && !utf8.RuneStart(d.Text[cl.Span.End])) {
				t.Errorf("span %v not on rune boundaries", cl.Span)
			}
			if got := d.Text[cl.Span.Start:cl.Span.End]; got != cl.Quote {
				t.Errorf("text at %v = %q, quote %q", cl.Span, got, cl.Quote)
			}
			if _, ok := claims.UTF16(d.Text, cl.Span); !ok {
				t.Errorf("UTF16(%v) not ok", cl.Span)
			}
		})
	}
}

// sentence is one unit of the coverage test.
type sentence struct {
	section string
	span    claims.Span
	text    string
}

// sentences splits each content section into sentences: the headline,
// subtitle and caption are one each; the body splits after '.', '?' or '!'
// followed by white space and an upper-case letter.
func sentences(tb testing.TB, d *claims.Document) []sentence {
	tb.Helper()
	var out []sentence
	add := func(sec string, start, end int) {
		for start < end && isSpace(d.Text[start:]) {
			_, n := utf8.DecodeRuneInString(d.Text[start:])
			start += n
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(d.Text[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if start < end {
			out = append(out, sentence{sec, claims.Span{Start: start, End: end}, d.Text[start:end]})
		}
	}
	for _, sec := range d.Sections {
		switch sec.Name {
		case claims.SectionBoilerplate:
			if !strings.Contains(d.Text[sec.Span.Start:sec.Span.End], "Telegram") {
				tb.Errorf("boilerplate section is not the Telegram line: %q", d.Text[sec.Span.Start:sec.Span.End])
			}
			continue
		case claims.SectionBody:
		default:
			add(sec.Name, sec.Span.Start, sec.Span.End)
			continue
		}
		start := sec.Span.Start
		text := d.Text[:sec.Span.End]
		for i := start; i < len(text); i++ {
			if c := text[i]; c != '.' && c != '?' && c != '!' {
				continue
			}
			j := i + 1
			for j < len(text) && isSpace(text[j:]) {
				_, n := utf8.DecodeRuneInString(text[j:])
				j += n
			}
			if j == i+1 || j == len(text) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsUpper(r) {
				add(sec.Name, start, i+1)
				start = j
			}
		}
		add(sec.Name, start, sec.Span.End)
	}
	return out
}

func isSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// noFact lists sentences that carry no factual assertion. It is empty: every
// sentence of the article asserts something.
var noFact = map[string]bool{}

func TestEverySentenceHasAClaim(t *testing.T) {
	t.Parallel()
	c := load(t)
	for _, d := range c.Documents {
		ss := sentences(t, d)
		if d.ID == articleID && len(ss) != 35 {
			t.Errorf("%s: %d sentences, want 35 (headline, subtitle, caption and 32 body sentences)", d.ID, len(ss))
		}
		for _, s := range ss {
			if noFact[s.text] {
				continue
			}
			covered := false
			for _, cl := range c.ClaimsOf(d.ID) {
				if s.span.Start <= cl.Span.Start && cl.Span.End <= s.span.End {
					covered = true
					break
				}
			}
			if !covered {
				t.Errorf("%s %s sentence has no claim: %q", d.ID, s.section, s.text)
			}
		}
		for _, cl := range c.ClaimsOf(d.ID) {
			if sec, _ := d.SectionOf(cl.Span); sec.Name == claims.SectionBoilerplate {
				t.Errorf("%s comes from boilerplate", cl.ID)
			}
		}
	}
}

func TestClaimIDsFollowDocumentOrder(t *testing.T) {
	t.Parallel()
	c := load(t)
	idRE := regexp.MustCompile(`^(.+)/c(\d{2,})$`)
	for _, d := range c.Documents {
		prev := -1
		for i, cl := range c.ClaimsOf(d.ID) {
			m := idRE.FindStringSubmatch(cl.ID)
			if m == nil || m[1] != d.ID {
				t.Errorf("claim id %q: want %s/cNN", cl.ID, d.ID)
				continue
			}
			if want := i + 1; strings.TrimLeft(m[2], "0") != strconv.Itoa(want) {
				t.Errorf("claim %q is number %d in the file", cl.ID, want)
			}
			if cl.Span.Start < prev {
				t.Errorf("claim %q starts at %d, before the previous claim (%d)", cl.ID, cl.Span.Start, prev)
			}
			prev = cl.Span.Start
		}
	}
}

// day parses a YYYY-MM-DD date or stops the test.
func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		tb.Fatalf("bad day %q: %v", s, err)
	}
	return t
}

func TestReferenceFacts(t *testing.T) {
	t.Parallel()
	c := load(t)
	for _, e := range c.Entities {
		switch e.Kind {
		case claims.KindPerson:
			if len(c.TenuresOf(e.ID)) == 0 {
				t.Errorf("person %q has no tenure", e.ID)
			}
		case claims.KindEvent:
			if e.Period.IsZero() || e.Place == "" || e.Citation == nil || e.Citation.URL == "" {
				t.Errorf("event %q: want period, place and citation", e.ID)
			}
		}
	}
	for _, tn := range c.Tenures {
		if tn.Citation.URL == "" || tn.Citation.Accessed.IsZero() {
			t.Errorf("tenure %q has no followable citation", tn.ID)
		}
	}
}

// TestKnownFacts pins reference facts the evaluation depends on.
func TestKnownFacts(t *testing.T) {
	t.Parallel()
	c := load(t)
	tests := []struct {
		person, role, country, at string
		want                      bool
	}{
		{"shoigu", "defence-minister", "russia", "2023-09-05", true},
		{"shoigu", "defence-minister", "russia", "2026-11-29", false},
		{"belousov", "defence-minister", "russia", "2026-11-29", true},
		{"lavrov", "foreign-minister", "russia", "2022-11-15", true},
		{"lavrov", "defence-minister", "russia", "2022-11-15", false},
		{"biden", "president", "united-states", "2023-09-05", true},
		{"biden", "president", "united-states", "2026-11-29", false},
		{"trump", "president", "united-states", "2026-11-29", true},
		{"sunak", "prime-minister", "united-kingdom", "2023-09-05", true},
		{"sunak", "prime-minister", "united-kingdom", "2024-07-06", false},
		{"starmer", "prime-minister", "united-kingdom", "2024-07-06", true},
		{"putin", "president", "russia", "2010-01-01", false},
		{"medvedev", "president", "russia", "2010-01-01", true},
		{"putin", "president", "russia", "2023-09-05", true},
		{"xi", "president", "china", "2023-09-05", true},
		{"li-qiang", "prime-minister", "china", "2023-09-05", true},
		{"li-keqiang", "prime-minister", "china", "2022-11-15", true},
		{"kim", "supreme-leader", "north-korea", "2019-04-25", true},
	}
	for _, tt := range tests {
		held := false
		for _, tn := range c.TenuresOf(tt.person) {
			if tn.Role == tt.role && tn.Country == tt.country && tn.Holds(day(t, tt.at)) {
				held = true
			}
		}
		if held != tt.want {
			t.Errorf("%s %s of %s on %s = %v, want %v", tt.person, tt.role, tt.country, tt.at, held, tt.want)
		}
	}
}

// TestNoEvalStatements guards the rule that no evaluation statement is
// copied into the corpus.
func TestNoEvalStatements(t *testing.T) {
	t.Parallel()
	rows, err := evaluation.ReadFile("../claims/checker/testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := load(t)
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	var texts []string
	for _, cl := range c.Claims {
		texts = append(texts, norm(cl.Statement), norm(cl.Note))
	}
	for _, row := range rows {
		s := norm(row.Statement)
		for _, x := range texts {
			if strings.Contains(x, s) {
				t.Errorf("corpus repeats evaluation statement %q", row.Statement)
			}
		}
	}
}
