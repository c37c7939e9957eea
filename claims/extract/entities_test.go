package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/claims/reader"
)

// TestEntities: unknown names become entities of the kind their context
// or WordNet shows, titles are not part of a name, and a person is also
// known by the last word of the name.
func TestEntities(t *testing.T) {
	t.Parallel()
	text := "Envoys gather in Marsovia\n\n" +
		"Sylvanian Foreign Minister Pinky Pinkerton said on Tuesday that talks had stalled. " +
		"The spokesman of the Ministry, Otis Driftwood, said the meeting in Tehran was cordial. " +
		"Details were not released, according to the Marsovian Foreign Ministry. Driftwood later left."
	got := entitiesByName(t, "wire-2026-03-envoys", text)
	tests := []struct {
		name  string
		kind  claims.EntityKind
		alias string
	}{
		{"Pinky Pinkerton", claims.KindPerson, "Pinkerton"},
		{"Otis Driftwood", claims.KindPerson, "Driftwood"},
		{"Tehran", claims.KindCity, ""},
		{"Marsovia", claims.KindPlace, ""},
		{"Marsovian Foreign Ministry", claims.KindOrganisation, ""},
	}
	for _, tt := range tests {
		e, ok := got[tt.name]
		if !ok {
			t.Errorf("no entity %q among %v", tt.name, got)
			continue
		}
		if e.Kind != tt.kind || !claims.ValidID(e.ID) {
			t.Errorf("%q: kind %q id %q, want kind %q and a valid id", tt.name, e.Kind, e.ID, tt.kind)
		}
		if tt.alias != "" && (len(e.Aliases) != 1 || e.Aliases[0] != tt.alias) {
			t.Errorf("%q: aliases %v, want [%s]", tt.name, e.Aliases, tt.alias)
		}
	}
	for _, not := range []string{"Details", "Sylvanian Foreign Minister Pinky Pinkerton", "Ministry", "Driftwood"} {
		if _, ok := got[not]; ok {
			t.Errorf("%q taken for a name", not)
		}
	}
}

// TestTitleCaseHeadline: a headline in title case yields the names in it,
// not its ordinary words.
func TestTitleCaseHeadline(t *testing.T) {
	t.Parallel()
	text := "Envoys Gather As Pinky Pinkerton Arrives In Marsovia Tomorrow\n\nThe talks open on Monday."
	doc := &claims.Document{ID: "wire-2026-03-envoys", Text: text, Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)}
	r := reader.New(reader.NewGazetteer(nil, nil), reader.WordNet{})
	var names []string
	for _, e := range extract.Entities([]*claims.Document{doc}, r) {
		names = append(names, e.Name)
	}
	if strings.Join(names, "|") != "Pinky Pinkerton|Marsovia" {
		t.Errorf("entities %q, want Pinky Pinkerton and Marsovia", names)
	}
}

// TestRoles: a title before a person's name that the gazetteer does not
// know becomes a role, with its "<head> of <field>" form; an inflected verb
// before a known title is not part of it.
func TestRoles(t *testing.T) {
	t.Parallel()
	text := "Levy rises\n\nThe country's finance minister Harpo Marx said the levy would rise. " +
		"Marx met Chancellor Rufus Firefly on Friday."
	doc := &claims.Document{ID: "wire-2026-04-levy", Text: text, Published: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC)}
	people := []*claims.Entity{
		{ID: "harpo-marx", Name: "Harpo Marx", Kind: claims.KindPerson, Aliases: []string{"Marx"}},
		{ID: "firefly", Name: "Rufus Firefly", Kind: claims.KindPerson},
	}
	r := reader.New(reader.NewGazetteer(people, []*claims.Role{{ID: "chancellor", Name: "Chancellor"}}), reader.WordNet{})
	var got []string
	for _, role := range extract.Roles([]*claims.Document{doc}, r) {
		got = append(got, role.Name+" / "+strings.Join(role.Aliases, ","))
	}
	if want := "finance minister / minister of finance"; strings.Join(got, "|") != want {
		t.Errorf("roles %q, want %q", got, want)
	}
}

// TestPersonCues: a name of ordinary words at the start of a sentence is
// a person where English says so of people only: "who" after it, or an
// age in apposition.
func TestPersonCues(t *testing.T) {
	t.Parallel()
	text := "Harbour plan\n\nAmber Dale, who chairs the board, praised the harbour plan. " +
		"Ivy Glen, 58, opposed it. Stone Field rose sharply in value."
	got := entitiesByName(t, "wire-2026-03-harbour", text)
	for _, name := range []string{"Amber Dale", "Ivy Glen"} {
		if e, ok := got[name]; !ok || e.Kind != claims.KindPerson {
			t.Errorf("%q: %+v, want a person", name, e)
		}
	}
	if _, ok := got["Stone Field"]; ok {
		t.Errorf("%q taken for a name", "Stone Field")
	}
}

// TestAcronyms: an organisation's name of several capitalised words is
// also known by its initials, as news write it on second mention.
func TestAcronyms(t *testing.T) {
	t.Parallel()
	text := "Levy vote\n\nThe Harbour Trade Council voted to scrap the levy on Monday. Pinky Pinkerton chairs the Marsovian Rowing Association."
	got := entitiesByName(t, "wire-2026-03-levy", text)
	for name, alias := range map[string]string{"Harbour Trade Council": "HTC", "Marsovian Rowing Association": "MRA"} {
		e, ok := got[name]
		if !ok || e.Kind != claims.KindOrganisation || !slices.Contains(e.Aliases, alias) {
			t.Errorf("%q: %+v, want an organisation known as %s", name, e, alias)
		}
	}
	if e := got["Pinky Pinkerton"]; e == nil || slices.Contains(e.Aliases, "PP") {
		t.Errorf("Pinky Pinkerton: %+v, want a person without initials", e)
	}
}

// entitiesByName draws the entities of one made-up article, published on
// 5 March 2026, against an empty gazetteer, keyed by name.
func entitiesByName(tb testing.TB, id, text string) map[string]*claims.Entity {
	tb.Helper()
	doc := &claims.Document{ID: id, Text: text, Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)}
	r := reader.New(reader.NewGazetteer(nil, nil), reader.WordNet{})
	got := map[string]*claims.Entity{}
	for _, e := range extract.Entities([]*claims.Document{doc}, r) {
		got[e.Name] = e
	}
	return got
}

// TestDemonymsAndCountryTitles: an adjective WordNet says pertains to a
// place names that place ("Kenyan" is Kenya), a place is also known by its
// adjectives, and "President of Peru Otis Driftwood" is a title, a country
// and a name, not one name.
func TestDemonymsAndCountryTitles(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nThe Kenyan envoy met President of Peru Otis Driftwood in Lima on Tuesday."
	got := entitiesByName(t, "wire-2026-03-envoys", text)
	kenya, ok := got["Kenya"]
	if !ok || kenya.Kind != claims.KindCountry || !slices.Contains(kenya.Aliases, "Kenyan") {
		t.Errorf("Kenya: %+v (found %v), want a country known as Kenyan; found %v", kenya, ok, got)
	}
	for _, name := range []string{"Peru", "Otis Driftwood"} {
		if _, ok := got[name]; !ok {
			t.Errorf("no entity %q among %v", name, got)
		}
	}
	for _, not := range []string{"Kenyan", "Peru Otis Driftwood"} {
		if _, ok := got[not]; ok {
			t.Errorf("%q taken for a name", not)
		}
	}
}

// TestHyphenatedTitlesAndShortForms: a title joined by a hyphen
// ("president-elect") marks a person; a short form in brackets after a
// body's name is that body's alias, not a name of its own.
func TestHyphenatedTitlesAndShortForms(t *testing.T) {
	t.Parallel()
	text := "Count ends: CHI\n\nThe Independent Harbour Commission (CHI) thanked president-elect Otieno Waweru Mbugua."
	got := entitiesByName(t, "wire-2026-10-count", text)
	if e, ok := got["Otieno Waweru Mbugua"]; !ok || e.Kind != claims.KindPerson {
		t.Errorf("Otieno Waweru Mbugua: %+v, want a person", e)
	}
	if e, ok := got["Independent Harbour Commission"]; !ok || !slices.Contains(e.Aliases, "CHI") {
		t.Errorf("Independent Harbour Commission: %+v, want the alias CHI", e)
	}
	if _, ok := got["CHI"]; ok {
		t.Errorf("CHI taken for a name of its own")
	}
}

// TestArabicArticleNames: a surname joined to a lower-case Arabic article
// ("al-Hakim", "el-Hakim") is part of the name, both spellings are one
// person, and the surname without the article is an alias.
func TestArabicArticleNames(t *testing.T) {
	t.Parallel()
	text := "Hakim wins\n\nPresident Yusuf Idris al-Hakim won the vote. Later, Yusuf Idris el-Hakim thanked his voters. " +
		"Critics of el-Hakim stayed silent."
	got := entitiesByName(t, "wire-2026-10-count", text)
	e, ok := got["Yusuf Idris al-Hakim"]
	if !ok || e.Kind != claims.KindPerson || !slices.Contains(e.Aliases, "Hakim") || !slices.Contains(e.Aliases, "Yusuf Idris el-Hakim") {
		t.Errorf("Yusuf Idris al-Hakim: %+v (found %v), want a person also known as Hakim and Yusuf Idris el-Hakim; found %v", e, ok, got)
	}
	for _, not := range []string{"Hakim", "Yusuf Idris", "Yusuf Idris el-Hakim", "el-Hakim"} {
		if _, ok := got[not]; ok {
			t.Errorf("%q taken for a name of its own", not)
		}
	}
}

// TestShortFormsFitTheirName: a bracketed word that is not made of the
// initials of the name before it ("PORT LOUIS (AP)", a dateline) is no
// short form of that name.
func TestShortFormsFitTheirName(t *testing.T) {
	t.Parallel()
	got := entitiesByName(t, "wire-2026-10-ferry", "Ferry strike\n\nPORT LOUIS (AP) — Ferry crews walked out on Monday.")
	if e, ok := got["PORT LOUIS"]; ok && slices.Contains(e.Aliases, "AP") {
		t.Errorf("PORT LOUIS: %+v, want no alias AP", e)
	}
}

// TestWholeIsKnownCountry: the whole WordNet puts a place in (Siberia is
// part of Russia) is linked to the country the gazetteer knows, whose
// names are capitalised where WordNet's lemmas are not, rather than made
// an entity again.
func TestWholeIsKnownCountry(t *testing.T) {
	t.Parallel()
	doc := &claims.Document{ID: "wire-2026-03-flights", Text: "Flights resume\n\nFlights to Siberia resumed on Tuesday.", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)}
	var found bool
	for _, e := range extract.Entities([]*claims.Document{doc}, bundledReader()) {
		if e.Name == "Russia" {
			t.Errorf("Russia made an entity again: %+v", e)
		}
		if e.Name == "Siberia" {
			found = true
			if !slices.Equal(e.PartOf, []string{"russia"}) {
				t.Errorf("Siberia part of %v, want [russia]", e.PartOf)
			}
		}
	}
	if !found {
		t.Error("no entity Siberia")
	}
}
