package corpusgen_test

import (
	"reflect"
	"testing"

	"github.com/factcheck/factcheck/claims/corpusgen"
	"github.com/factcheck/factcheck/claims/jsonl"
)

func TestGenerateIsAccepted(t *testing.T) {
	g := corpusgen.Generate(corpusgen.Config{Claims: 2000, Seed: 1})
	c, err := g.New()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Claims) != 2000 {
		t.Fatalf("got %d claims, want 2000", len(c.Claims))
	}
	kinds := map[string]int{}
	for _, e := range c.Entities {
		kinds[string(e.Kind)]++
	}
	for _, k := range []string{"person", "country", "city", "organisation", "event", "outlet"} {
		if kinds[k] == 0 {
			t.Errorf("no %s entities", k)
		}
	}
	if len(c.Tenures) == 0 || len(c.Documents) < 2000/18 {
		t.Errorf("%d tenures, %d documents", len(c.Tenures), len(c.Documents))
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a := corpusgen.Generate(corpusgen.Config{Claims: 500, Seed: 7})
	b := corpusgen.Generate(corpusgen.Config{Claims: 500, Seed: 7})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different corpora")
	}
	c := corpusgen.Generate(corpusgen.Config{Claims: 500, Seed: 8})
	if reflect.DeepEqual(a.Claims, c.Claims) {
		t.Fatal("different seeds, same claims")
	}
}

// TestWriteDirRoundTrip writes a corpus and reads it back with the jsonl
// loader: the loader accepts it and sees the same records.
func TestWriteDirRoundTrip(t *testing.T) {
	g := corpusgen.Generate(corpusgen.Config{Claims: 1000, Seed: 3})
	dir := t.TempDir()
	if err := g.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	c, err := jsonl.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Claims) != len(g.Claims) || len(c.Documents) != len(g.Documents) ||
		len(c.Entities) != len(g.Entities) || len(c.Tenures) != len(g.Tenures) || len(c.Roles) != len(g.Roles) {
		t.Fatalf("loaded %d/%d/%d/%d/%d records, wrote %d/%d/%d/%d/%d",
			len(c.Claims), len(c.Documents), len(c.Entities), len(c.Tenures), len(c.Roles),
			len(g.Claims), len(g.Documents), len(g.Entities), len(g.Tenures), len(g.Roles))
	}
	for i, want := range g.Claims {
		if got := c.Claims[i]; !reflect.DeepEqual(got, want) {
			t.Fatalf("claim %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	for i, want := range g.Documents {
		if got := c.Documents[i]; !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	for i, want := range g.Entities {
		if got := c.Entities[i]; !reflect.DeepEqual(got, want) {
			t.Fatalf("entity %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	for i, want := range g.Tenures {
		if got := c.Tenures[i]; !reflect.DeepEqual(got, want) {
			t.Fatalf("tenure %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
}
