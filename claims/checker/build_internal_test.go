package checker

import (
	"reflect"
	"testing"

	"github.com/factcheck/factcheck/claims/corpusgen"
)

// TestParallelReadSameFeatures proves that reading the claims on every
// core gives the features a one-by-one read gives.
func TestParallelReadSameFeatures(t *testing.T) {
	c, err := corpusgen.Generate(corpusgen.Config{Claims: 3000, Seed: 5}).New()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for i, cl := range c.Claims {
		if want := e.featuresOf(cl); !reflect.DeepEqual(e.features[i].entities, want.entities) ||
			!reflect.DeepEqual(e.features[i].terms, want.terms) || !reflect.DeepEqual(e.features[i].times, want.times) ||
			!reflect.DeepEqual(e.features[i].offices, want.offices) || e.features[i].negated != want.negated {
			t.Fatalf("claim %s: parallel read differs:\n%+v\n%+v", cl.ID, e.features[i], want)
		}
	}
}
