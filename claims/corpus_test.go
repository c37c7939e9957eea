package claims_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// fixture is a small consistent corpus that each test case breaks once.
type fixture struct {
	docs     []*claims.Document
	claims   []*claims.Claim
	entities []*claims.Entity
	roles    []*claims.Role
	tenures  []*claims.Tenure
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	day := func(s string) time.Time {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			tb.Fatal(err)
		}
		return t
	}
	cite := claims.Citation{Title: "T", Publisher: "P", URL: "https://example.org/t", Accessed: day("2026-11-29")}
	text := "Putin skips the summit.\nPromo ’line"
	return &fixture{
		docs: []*claims.Document{{ID: "doc", Publisher: "The Week", Headline: "", Published: day("2023-09-05"),
			Language: "en", Text: text, Sections: []claims.Section{
				{Name: claims.SectionBody, Span: claims.Span{Start: 0, End: 23}},
				{Name: claims.SectionBoilerplate, Span: claims.Span{Start: 24, End: len(text)}},
			}}},
		claims: []*claims.Claim{{ID: "doc/c01", DocumentID: "doc", Section: claims.SectionBody,
			Statement: "Putin skips the summit.", Quote: "Putin skips the summit", Span: claims.Span{Start: 0, End: 22},
			Structure: claims.Structure{Subjects: []string{"putin"}, Predicate: "skip", Objects: []string{"summit-2023", "summit"}},
			Hedge:     claims.HedgeAsserted}},
		entities: []*claims.Entity{
			{ID: "putin", Name: "Vladimir Putin", Kind: claims.KindPerson},
			{ID: "russia", Name: "Russia", Kind: claims.KindCountry},
			{ID: "moscow", Name: "Moscow", Kind: claims.KindCity, PartOf: []string{"russia"}, StandsFor: []string{"russia"}},
			{ID: "summit-2023", Name: "Summit", Kind: claims.KindEvent, Place: "moscow", Citation: &cite,
				Period: claims.Period{Start: day("2023-09-09"), End: day("2023-09-10"), Precision: claims.PrecisionDay}},
		},
		roles:   []*claims.Role{{ID: "president", Name: "President"}},
		tenures: []*claims.Tenure{{ID: "putin/president-2012", Person: "putin", Role: "president", Country: "russia", Start: day("2012-05-07"), Citation: cite}},
	}
}

func (f *fixture) build() (*claims.Corpus, error) {
	return claims.NewCorpus(f.docs, f.claims, f.entities, f.roles, f.tenures)
}

func TestNewCorpusAcceptsFixture(t *testing.T) {
	t.Parallel()
	c, err := newFixture(t).build()
	if err != nil {
		t.Fatalf("NewCorpus: %v", err)
	}
	if d, ok := c.Document("doc"); !ok || d.ID != "doc" {
		t.Error("Document lookup failed")
	}
	if _, ok := c.Claim("doc/c01"); !ok {
		t.Error("Claim lookup failed")
	}
	if e, ok := c.Entity("moscow"); !ok || e.StandsFor[0] != "russia" {
		t.Error("Entity lookup failed")
	}
	if _, ok := c.Role("president"); !ok {
		t.Error("Role lookup failed")
	}
	if n := len(c.TenuresOf("putin")); n != 1 {
		t.Errorf("TenuresOf(putin) = %d tenures, want 1", n)
	}
	if n := len(c.ClaimsOf("doc")); n != 1 {
		t.Errorf("ClaimsOf(doc) = %d claims, want 1", n)
	}
	if _, ok := c.Entity("nobody"); ok {
		t.Error("Entity(nobody) found")
	}
}

func TestNewCorpusRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		break_ func(f *fixture)
		field  string // list[index] blamed
		want   string // in the message
	}{
		{"duplicate entity", func(f *fixture) {
			f.entities = append(f.entities, &claims.Entity{ID: "putin", Name: "P", Kind: claims.KindPerson})
		},
			"entities[4]", `entity "putin": duplicate id`},
		{"malformed id", func(f *fixture) { f.roles[0].ID = "Pres ident" }, "roles[0]", "malformed id"},
		{"unknown document", func(f *fixture) { f.claims[0].DocumentID = "doc2" }, "claims[0]", `unknown document "doc2"`},
		{"unknown subject", func(f *fixture) { f.claims[0].Structure.Subjects = []string{"kimm"} }, "claims[0]", `unknown entity "kimm" in subjects`},
		{"unknown object id", func(f *fixture) { f.claims[0].Structure.Objects = []string{"summit-2024"} }, "claims[0]", `unknown entity "summit-2024" in objects`},
		{"quote differs", func(f *fixture) { f.claims[0].Quote = "Putin skips the summit!" }, "claims[0]", "differs from the text"},
		{"span off boundary", func(f *fixture) {
			i := strings.Index(f.docs[0].Text, "’")
			f.claims[0].Span = claims.Span{Start: i + 1, End: i + 2}
		}, "claims[0]", "not on UTF-8 boundaries"},
		{"claim in boilerplate", func(f *fixture) {
			f.claims[0].Span, f.claims[0].Quote, f.claims[0].Section = claims.Span{Start: 24, End: 29}, "Promo", claims.SectionBoilerplate
		}, "claims[0]", "boilerplate"},
		{"place not locational", func(f *fixture) { f.claims[0].Structure.Place = "putin" }, "claims[0]", "not a place"},
		{"office unknown role", func(f *fixture) {
			f.claims[0].Structure.Office = &claims.OfficeMention{Person: "putin", Role: "tsar", Country: "russia"}
		}, "claims[0]", `unknown role "tsar"`},
		{"no hedge", func(f *fixture) { f.claims[0].Hedge = claims.HedgeUnspecified }, "claims[0]", "missing hedge"},
		{"unknown source kind", func(f *fixture) { f.claims[0].Attribution = claims.Attribution{{Name: "x", Kind: "blog"}} }, "claims[0]", "unknown source kind"},
		{"tenure ends before start", func(f *fixture) { f.tenures[0].End = f.tenures[0].Start.AddDate(-1, 0, 0) }, "tenures[0]", "not after it starts"},
		{"tenure of non-person", func(f *fixture) { f.tenures[0].Person = "russia" }, "tenures[0]", "is a country"},
		{"event period order", func(f *fixture) { f.entities[3].Period.End = f.entities[3].Period.Start.AddDate(0, 0, -1) }, "entities[3]", "before it starts"},
		{"event without place", func(f *fixture) { f.entities[3].Place = "" }, "entities[3]", "event without place"},
		{"unknown part_of", func(f *fixture) { f.entities[2].PartOf = []string{"rusia"} }, "entities[2]", `unknown entity "rusia" in part_of`},
		{"overlapping sections", func(f *fixture) { f.docs[0].Sections[1].Span.Start = 10 }, "documents[0]", "overlaps"},
		{"nil record", func(f *fixture) { f.roles = append(f.roles, nil) }, "roles[1]", "nil record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t)
			tt.break_(f)
			_, err := f.build()
			if err == nil {
				t.Fatal("NewCorpus succeeded")
			}
			if code := claims.ErrorCode(err); code != claims.ECORPUS {
				t.Errorf("code %q, want %q", code, claims.ECORPUS)
			}
			if got := claims.ErrorField(err); got != tt.field {
				t.Errorf("field %q, want %q", got, tt.field)
			}
			if !strings.Contains(claims.ErrorMessage(err), tt.want) {
				t.Errorf("message %q does not say %q", claims.ErrorMessage(err), tt.want)
			}
			list, i, ok := claims.RecordOf(err)
			if !ok || list+"["+strconv.Itoa(i)+"]" != tt.field {
				t.Errorf("RecordOf = %q, %d, %v; want %s", list, i, ok, tt.field)
			}
		})
	}
}

func TestValidID(t *testing.T) {
	t.Parallel()
	for id, want := range map[string]bool{
		"putin": true, "north-korea": true, "g20-2023": true, "doc/c01": true, "shoigu/defence-minister-2012": true,
		"": false, "Putin": false, "-x": false, "x-": false, "a--b": false, "a b": false, "a/": false,
	} {
		if got := claims.ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}
