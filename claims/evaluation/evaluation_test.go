package evaluation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/evaluation"
)

func TestReadRejects(t *testing.T) {
	t.Parallel()
	for name, content := range map[string]string{
		"bad json":        "{",
		"no label":        `{"statement":"x"}`,
		"bad label":       `{"statement":"x","label":"MAYBE"}`,
		"blank statement": `{"statement":"  ","label":"SUPPORTED"}`,
		"bad as_of":       `{"statement":"x","label":"SUPPORTED","as_of":"tomorrow"}`,
		"empty":           "\n\n",
	} {
		if _, err := evaluation.Read(strings.NewReader(content), name); err == nil {
			t.Errorf("%s: Read accepted %q", name, content)
		}
	}
}

func TestReadNamesRowsWithoutID(t *testing.T) {
	t.Parallel()
	rows, err := evaluation.Read(strings.NewReader("\n"+`{"statement":"The ferry sank.","label":"NOT_ENOUGH_INFO","as_of":"2030-01-02"}`), "f")
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].ID != "line 2" {
		t.Errorf("id = %q, want line 2", rows[0].ID)
	}
	if at, _ := rows[0].Moment(); at.Year() != 2030 {
		t.Errorf("moment = %v", at)
	}
}

// sentence is the evidence every answer below quotes.
var sentence = evaluation.Quote{ClaimID: "c1", DocumentID: "d1", Text: "Mayor Ada Stone opened the bridge.", Deciding: true}

func TestJudge(t *testing.T) {
	t.Parallel()
	wrongTitle := evaluation.Alarm{Message: "Ada Stone was never mayor", EntityName: "Ada Stone", EntityID: "ada-stone",
		Involved: []evaluation.Quote{{ClaimID: "c2", DocumentID: "d1", Text: sentence.Text}}}
	elsewhere := evaluation.Alarm{Message: "Ben Ash was never mayor", EntityName: "Ben Ash",
		Involved: []evaluation.Quote{{ClaimID: "c9", DocumentID: "d1", Text: "Mayor Ben Ash spoke."}}}
	for _, tc := range []struct {
		name                                  string
		row                                   evaluation.Row
		answer                                evaluation.Answer
		correct, hit, flagged, carried, alarm bool
	}{
		{"right with evidence",
			evaluation.Row{Label: "SUPPORTED", Evidence: []string{"opened the bridge"}},
			evaluation.Answer{Verdict: "SUPPORTED", Evidence: []evaluation.Quote{sentence}},
			true, true, false, false, false},
		{"wrong verdict, evidence missed",
			evaluation.Row{Label: "CONTRADICTED", Evidence: []string{"closed"}},
			evaluation.Answer{Verdict: "SUPPORTED", Evidence: []evaluation.Quote{sentence}},
			false, false, false, false, false},
		{"flag found ignoring case, evidence inside the inconsistency",
			evaluation.Row{Label: "CONTRADICTED", Flag: "stone", Evidence: []string{"Mayor Ada"}},
			evaluation.Answer{Verdict: "CONTRADICTED", Alarms: []evaluation.Alarm{wrongTitle}},
			true, true, true, false, false},
		{"an error in the quoted sentence is carried, not a false alarm",
			evaluation.Row{Label: "SUPPORTED"},
			evaluation.Answer{Verdict: "SUPPORTED", Evidence: []evaluation.Quote{sentence}, Alarms: []evaluation.Alarm{wrongTitle}},
			true, false, false, true, false},
		{"an error about another sentence is a false alarm",
			evaluation.Row{Label: "SUPPORTED"},
			evaluation.Answer{Verdict: "SUPPORTED", Evidence: []evaluation.Quote{sentence}, Alarms: []evaluation.Alarm{elsewhere}},
			true, false, false, false, true},
	} {
		o := evaluation.Judge(tc.row, tc.answer)
		if o.Correct != tc.correct || o.EvidenceHit != tc.hit || o.Flagged != tc.flagged || o.Carried != tc.carried || o.FalseAlarm() != tc.alarm {
			t.Errorf("%s: correct %v hit %v flagged %v carried %v false alarm %v", tc.name, o.Correct, o.EvidenceHit, o.Flagged, o.Carried, o.FalseAlarm())
		}
	}
}

func TestSum(t *testing.T) {
	t.Parallel()
	outcomes := []evaluation.Outcome{
		evaluation.Judge(evaluation.Row{ID: "r1", Label: "SUPPORTED", Evidence: []string{"bridge"}}, evaluation.Answer{Verdict: "SUPPORTED", Confidence: 0.9, Evidence: []evaluation.Quote{sentence}}),
		evaluation.Judge(evaluation.Row{ID: "r2", Label: "CONTRADICTED", Flag: "Stone"}, evaluation.Answer{Verdict: "NOT_ENOUGH_INFO", Confidence: 0.5}),
		evaluation.Failed(evaluation.Row{ID: "r3", Label: "NOT_ENOUGH_INFO"}, errors.New("unavailable")),
	}
	s := evaluation.Sum(outcomes)
	if s.Overall != (evaluation.Ratio{N: 1, Total: 3}) || s.Errors != 1 || s.EvidenceHit != (evaluation.Ratio{N: 1, Total: 1}) ||
		s.FlagRecall != (evaluation.Ratio{N: 0, Total: 1}) || s.FalseAlarm != (evaluation.Ratio{N: 0, Total: 1}) ||
		s.PerClass["NOT_ENOUGH_INFO"] != (evaluation.Ratio{N: 0, Total: 1}) || s.Confusion["CONTRADICTED"]["NOT_ENOUGH_INFO"] != 1 {
		t.Errorf("score = %+v", s)
	}
	misses := evaluation.Misses(outcomes)
	if len(misses) != 2 || !strings.Contains(misses[0], "inconsistency Stone missed") || !strings.Contains(misses[1], "error: unavailable") {
		t.Errorf("misses = %q", misses)
	}
	low, high := evaluation.Halves(outcomes)
	if low != (evaluation.Ratio{N: 0, Total: 1}) || high != (evaluation.Ratio{N: 1, Total: 1}) {
		t.Errorf("halves = %v, %v", low, high)
	}
}

// FuzzRead: any input is read or refused with an error, never a panic, and
// every row read has a statement and a known label.
func FuzzRead(f *testing.F) {
	f.Add(`{"id":"x","statement":"The ferry sank.","label":"SUPPORTED","evidence":["sank"],"flag":"Ada","as_of":"2030-01-02T00:00:00Z"}`)
	f.Add("{\n}\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := evaluation.Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, r := range rows {
			if strings.TrimSpace(r.Statement) == "" || r.ID == "" {
				t.Fatalf("row without statement or id: %+v", r)
			}
		}
	})
}
