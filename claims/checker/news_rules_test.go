package checker_test

import (
	"context"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestConfirmationByAnotherSource: "X officially confirmed" a claim the
// evidence has on someone else's word adds a certainty the evidence lacks
// (the guide's booster rule), whoever X is: not enough information, not
// another source.
func TestConfirmationByAnotherSource(t *testing.T) {
	t.Parallel()
	text := "Chancellor to sail\n\nFirefly will sail to Lima this month, the Gazette reported."
	e := tiny(t, wire("wire-2026-05-lima", "Chancellor to sail", day(2026, 5, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale has officially confirmed that Firefly will sail to Lima this month.", claims.VerdictNotEnoughInfo},
		{"Teasdale confirmed that Firefly will sail to Lima this month.", claims.VerdictNotEnoughInfo},
		{"Teasdale said that Firefly will sail to Lima this month.", claims.VerdictContradicted},
	})
}

// TestTitleAsSpeaker: "“...,” the chancellor said" names its speaker by a
// title the article gave someone earlier (the sieve's role-appositive
// pass), and a quotation that opens right after goes on in that
// speaker's words.
func TestTitleAsSpeaker(t *testing.T) {
	t.Parallel()
	text := "Toll stays\n\nChancellor Rufus Firefly met Sylvanian envoys on Monday. " +
		"“The canal toll will stay,” the chancellor said. “The Tamar canal will reopen in May.”"
	e := tiny(t, wire("wire-2026-04-toll", "Toll stays", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly said the canal toll will stay.", claims.VerdictSupported},
		{"Firefly said the Tamar canal will reopen in May.", claims.VerdictSupported},
		{"Teasdale said the Tamar canal will reopen in May.", claims.VerdictContradicted},
	})
}

// TestDueToIsNoPlan: "closed due to flooding" says why it closed (the
// complex preposition, Quirk et al. §9.10), not that it is due to close.
func TestDueToIsNoPlan(t *testing.T) {
	t.Parallel()
	text := "Canal shut\n\nThe Tamar canal closed due to damage to its locks, the Gazette reported."
	e := tiny(t, wire("wire-2026-04-shut", "Canal shut", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Tamar canal closed, the Gazette reported.", claims.VerdictSupported},
	})
}

// TestWireStories: a report opening with a dateline ("LAMU, April 2
// (Harbour News) --") is the agency's, and its publisher's: a statement
// naming either as the source is borne out, one naming another outlet
// names a different source (the guide's rule).
func TestWireStories(t *testing.T) {
	t.Parallel()
	text := "Canal shut\n\nLAMU, April 2 (Harbour News) -- The Tamar canal closed on Monday after a storm."
	e := tiny(t, wire("wire-2026-04-shut", "Canal shut", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Harbour News reported that the Tamar canal closed on Monday.", claims.VerdictSupported},
		{"According to Example Wire, the Tamar canal closed on Monday.", claims.VerdictSupported},
		{"The Lamu Courier reported that the Tamar canal closed on Monday.", claims.VerdictContradicted},
	})
	// An agency passing on another outlet's report did not report it itself.
	text = "Canal shut\n\nLAMU, April 2 (Harbour News) -- The Tamar canal closed on Monday, the Lamu Courier reported."
	e = tiny(t, wire("wire-2026-04-shut", "Canal shut", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Harbour News reported that the Tamar canal closed on Monday.", claims.VerdictContradicted},
	})
}

// TestCounterpartOfAnOfficeWithoutCountry: "Chancellor X and his
// Sylvanian counterpart Y" gives Y Sylvania's chancellorship though X's
// title names no country: the counterpart's country stands before the
// word.
func TestCounterpartOfAnOfficeWithoutCountry(t *testing.T) {
	t.Parallel()
	text := "Leaders meet\n\nChancellor Rufus Firefly and his Sylvanian counterpart Ottoline Quarrie met in Lima on Monday."
	e := tiny(t, wire("wire-2026-04-leaders", "Leaders meet", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Ottoline Quarrie is Sylvania's chancellor.", claims.VerdictSupported},
		{"Ottoline Quarrie is Sylvania's ambassador.", claims.VerdictContradicted},
	})
}

// TestTitleByItsHead: "Chairman Hector Pym" names the office Pym holds,
// the chairmanship of the Canal Board, by its head alone (a postmodifier
// dropped keeps the description true): no wrong office on load, while a
// title he never held is one.
func TestTitleByItsHead(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text  string
		flags int
	}{
		{"Canal opens\n\nChairman Hector Pym opened the Tamar canal on Monday.", 0},
		{"Canal opens\n\nAmbassador Hector Pym opened the Tamar canal on Monday.", 1},
	}
	for _, tt := range cases {
		e := tiny(t, wire("wire-2026-04-opens", "Canal opens", day(2026, 4, 2), tt.text))
		found, _, err := e.Inconsistencies(context.Background(), claims.InconsistencyFilter{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range found {
			if f.EntityID == "pym" {
				n++
			}
		}
		if n != tt.flags {
			t.Errorf("%q: %d findings about Pym (%+v), want %d", tt.text, n, found, tt.flags)
		}
	}
}

// TestVerbEntailment: a claim's verb that WordNet says entails the
// statement's covers it (snoring is sleeping), as a hypernym does; the
// converse does not.
func TestVerbEntailment(t *testing.T) {
	t.Parallel()
	text := "Regatta notes\n\nFirefly snored through the Harbour Regatta's prize-giving on Monday."
	e := tiny(t, wire("wire-2026-07-notes", "Regatta notes", day(2026, 7, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly slept through the Harbour Regatta's prize-giving.", claims.VerdictSupported},
	})
	text = "Regatta notes\n\nFirefly slept through the Harbour Regatta's prize-giving on Monday."
	e = tiny(t, wire("wire-2026-07-notes", "Regatta notes", day(2026, 7, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly snored through the Harbour Regatta's prize-giving.", claims.VerdictNotEnoughInfo},
	})
}

// TestPassiveCause: "were killed" says they died (WordNet: kill causes
// die, and the passive's subject undergoes the killing), where an active
// "X killed" says nothing of X dying.
func TestPassiveCause(t *testing.T) {
	t.Parallel()
	text := "Storm toll\n\nThree fishermen from Lamu were killed when the storm hit on Monday."
	e := tiny(t, wire("wire-2026-04-storm", "Storm toll", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Three fishermen from Lamu died in the storm.", claims.VerdictSupported},
	})
	text = "Storm toll\n\nThree fishermen from Lamu killed a shark on Monday."
	e = tiny(t, wire("wire-2026-04-shark", "Shark caught", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Three fishermen from Lamu died on Monday.", claims.VerdictNotEnoughInfo},
	})
}

// TestCurrentCopulaAgainstItsOpposite: "stayed open" says it was open
// (Quirk et al. §16.21), the opposite of the claim's "closed".
func TestCurrentCopulaAgainstItsOpposite(t *testing.T) {
	t.Parallel()
	text := "Canal shut\n\nThe Tamar canal closed on Monday after a storm."
	e := tiny(t, wire("wire-2026-04-shut", "Canal shut", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Tamar canal stayed open on Monday.", claims.VerdictContradicted},
	})
}

// TestQuotationNotGoingOn: a quotation goes on in the last speaker's words
// only when the sentence is all quotation; a new speaker, or the writer's
// own words after a quoted name, end it.
func TestQuotationNotGoingOn(t *testing.T) {
	t.Parallel()
	text := "Toll stays\n\n“The canal toll will stay,” Teasdale said. “We will dredge the harbour,” Firefly replied. " +
		"“Operation Gannet” began on Monday."
	e := tiny(t, wire("wire-2026-04-toll", "Toll stays", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale said Operation Gannet began on Monday.", claims.VerdictNotEnoughInfo},
		{"Teasdale said they will dredge the harbour.", claims.VerdictNotEnoughInfo},
	})
}

// TestNegationNeedsThePredicate: a negated statement whose words the claim
// has, but not as its predicate ("will not pay the toll" against "the toll
// will stay"), is not borne out: nothing says the claim denies it.
func TestNegationNeedsThePredicate(t *testing.T) {
	t.Parallel()
	text := "Toll stays\n\n“The canal toll will stay,” Teasdale said."
	e := tiny(t, wire("wire-2026-04-toll", "Toll stays", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale said she will not pay the toll.", claims.VerdictNotEnoughInfo},
		{"Teasdale said the canal toll will stay.", claims.VerdictSupported},
	})
}

// TestDocumentOfficeWithoutCountry: "Prime Minister Ottoline Quarrie" in a
// report, with no country, still refutes "Sylvanian President Ottoline
// Quarrie": the title is of the country the statement names unless a
// document places her offices elsewhere.
func TestDocumentOfficeWithoutCountry(t *testing.T) {
	t.Parallel()
	text := "Leaders meet\n\nPrime Minister Ottoline Quarrie met Firefly in Lima on Monday."
	e := tiny(t, wire("wire-2026-04-leaders", "Leaders meet", day(2026, 4, 2), text))
	rep := check(t, e, "Sylvanian President Ottoline Quarrie met Firefly in Lima.", "")
	if rep.Verdict != claims.VerdictContradicted || len(rep.Inconsistencies) == 0 {
		t.Errorf("got %v (%s), inconsistencies %+v; want CONTRADICTED with a wrong office", rep.Verdict, rep.Explanation, rep.Inconsistencies)
	}
}

// TestTitleByItsHeadInAStatement: "the chairman of Freedonia" in a
// statement names the office Pym holds, the chairmanship of its Canal
// Board, by its head and its country.
func TestTitleByItsHeadInAStatement(t *testing.T) {
	t.Parallel()
	text := "Canal opens\n\nChairman Hector Pym opened the Tamar canal on Monday."
	e := tiny(t, wire("wire-2026-04-opens", "Canal opens", day(2026, 4, 2), text))
	expectVerdictsAt(t, e, "2026-04-02", []verdictCase{
		{"Hector Pym is the chairman of Freedonia.", claims.VerdictSupported},
	})
}

// TestMotionBack: a motion verb with the path "back" ("sailed back to
// Lamu") is WordNet's return, "go or come back to place".
func TestMotionBack(t *testing.T) {
	t.Parallel()
	text := "Envoy home\n\nTrentino sailed back to Lamu on Monday after the river talks."
	e := tiny(t, wire("wire-2026-04-home", "Envoy home", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Trentino returned to Lamu on Monday.", claims.VerdictSupported},
	})
}

// TestEventOpens: "the regatta opens on July 1" says when the event
// begins (WordNet's "open, begin"), which its reference record dates.
func TestEventOpens(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdictsAt(t, e, "2026-06-01", []verdictCase{
		{"The 2026 Harbour Regatta event opens on July 1.", claims.VerdictSupported},
	})
}

// TestHeldGatherings: "held talks" or "had constructive meetings" says the
// talks took place (a light verb whose noun is the event), so a statement
// that they took place on another day is contradicted; the perfect's
// "had" ("had sold the ferry after the meeting") says no such thing.
func TestHeldGatherings(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nFirefly and Trentino had long and cordial meetings in Lima on March 3 and 4."
	e := tiny(t, wire("wire-2026-03-lima", "Envoys meet", day(2026, 3, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"The meetings in Lima took place on March 3 and 4.", claims.VerdictSupported},
		{"The meetings in Lima took place on March 8 and 9.", claims.VerdictContradicted},
	})
}

// TestGerundOfTopic: "hopes on reaching a deal" names the act as a topic
// (a gerund after a preposition of topic, Quirk et al. §9.57) without
// saying it happened, while "after meeting Trentino" does say it.
func TestGerundOfTopic(t *testing.T) {
	t.Parallel()
	text := "Talks\n\nFirefly and Trentino voiced high hopes on reaching a deal over the canal toll on Monday."
	e := tiny(t, wire("wire-2026-03-talks", "Talks", day(2026, 3, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly and Trentino reached a deal over the canal toll.", claims.VerdictNotEnoughInfo},
	})
}

// TestTitlesNotWidened: a reference role's own title is never read as the
// head of another office ("leader" is not the Leader of the Opposition),
// and a leader's title beside a state office in a report is no slip.
func TestTitlesNotWidened(t *testing.T) {
	t.Parallel()
	text := "Leaders meet\n\nSupreme Leader Ottoline Quarrie met Firefly in Lima on Monday."
	e := tiny(t, wire("wire-2026-04-leaders", "Leaders meet", day(2026, 4, 2), text))
	rep := check(t, e, "Sylvanian President Ottoline Quarrie met Firefly in Lima.", "")
	if rep.Verdict == claims.VerdictContradicted {
		t.Errorf("a leader's title beside a presidency: got %v (%s)", rep.Verdict, rep.Explanation)
	}
	// Another office the report gives her abroad keeps a country-less
	// title from being read as Sylvania's.
	text = "Leaders meet\n\nPrime Minister Ottoline Quarrie met Firefly in Lima on Monday. Quarrie is Freedonia's ambassador."
	e = tiny(t, wire("wire-2026-04-leaders", "Leaders meet", day(2026, 4, 2), text))
	if rep := check(t, e, "Sylvanian President Ottoline Quarrie met Firefly in Lima.", ""); rep.Verdict == claims.VerdictContradicted && len(rep.Inconsistencies) > 0 && rep.Inconsistencies[0].Correct == "Prime Minister" {
		t.Errorf("country-less title read as Sylvania's though she serves Freedonia: %s", rep.Explanation)
	}
}

// TestIrregularPast: "took office", "became" are past tenses though they
// do not end in -ed, so an office taken at some time before is borne out,
// not read as held at the moment asked.
func TestIrregularPast(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdictsAt(t, e, "2026-04-02", []verdictCase{
		{"Gloria Teasdale took office as chancellor of Freedonia.", claims.VerdictSupported},
		{"Gloria Teasdale became chancellor of Freedonia.", claims.VerdictSupported},
		{"Gloria Teasdale is chancellor of Freedonia.", claims.VerdictContradicted},
	})
}

// TestFusedHeadDescriptions: "The two signed ..." and "Both waved ...",
// a count or "both" standing as the head with its noun left out (fused
// heads, Huddleston & Pullum 2002, ch. 5 §9), refer to the two people
// the sentence before names, as "the two envoys" does.
func TestFusedHeadDescriptions(t *testing.T) {
	t.Parallel()
	const met = "Crossing to reopen\n\nAmbassador Trentino met Chancellor Rufus Firefly in Sylvania on Monday. "
	tests := []struct {
		then  string // the sentence after the meeting
		cases []verdictCase
	}{
		{"The two signed a treaty on the river crossing.", []verdictCase{
			{"Firefly and Trentino signed a treaty on the river crossing.", claims.VerdictSupported},
			{"Teasdale signed a treaty on the river crossing.", claims.VerdictNotEnoughInfo},
		}},
		{"Then the two signed a treaty on the river crossing.", []verdictCase{
			{"Firefly and Trentino signed a treaty on the river crossing.", claims.VerdictSupported},
		}},
		// "One of the two" is one of them, not both.
		{"One of the two signed a treaty on the river crossing.", []verdictCase{
			{"Firefly and Trentino signed a treaty on the river crossing.", claims.VerdictNotEnoughInfo},
		}},
		{"Both waved to the boatmen.", []verdictCase{
			{"Trentino and Firefly waved to the boatmen.", claims.VerdictSupported},
		}},
	}
	for _, tt := range tests {
		e := tiny(t, wire("wire-2026-05-crossing", "Crossing to reopen", day(2026, 5, 6), met+tt.then))
		expectVerdicts(t, e, tt.cases)
	}
}

// TestHostingInThePassive: a place that hosts an event is where it
// happens, in the active ("Sylvania is hosting the regatta") and in the
// passive, progressive too, where the host is the agent ("is being hosted
// by Sylvania", Quirk et al. §3.63-64).
func TestHostingInThePassive(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdicts(t, e, []verdictCase{
		{"Sylvania is hosting the 2026 Harbour Regatta.", claims.VerdictSupported},
		{"The 2026 Harbour Regatta is hosted by Freedonia.", claims.VerdictContradicted},
		{"The 2026 Harbour Regatta is being hosted by Sylvania.", claims.VerdictSupported},
		{"The 2026 Harbour Regatta is being hosted by Freedonia.", claims.VerdictContradicted},
	})
}

// TestUnnamedSourcesOfOneKind: "the officials" of a report refers back
// to the officials an earlier sentence described (the sieve's head
// match), so "Freedonian officials" are its source and "Sylvanian
// officials" another.
func TestUnnamedSourcesOfOneKind(t *testing.T) {
	t.Parallel()
	text := "Ferries to resume\n\nFirefly will open the river crossing in May, a Freedonian official told the Lamu Courier. " +
		"The officials also said that the ferries would carry grain, the Lamu Courier reported."
	e := tiny(t, wire("wire-2026-04-ferries", "Ferries to resume", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Freedonian officials said the ferries would carry grain.", claims.VerdictSupported},
		{"Sylvanian officials said the ferries would carry grain.", claims.VerdictContradicted},
		{"A Sylvanian official told the Lamu Courier that Firefly will open the river crossing in May.", claims.VerdictContradicted},
	})
}

// TestAdjunctsAndAlternatives: a noun in a prepositional adjunct ("during
// his stay") tells a circumstance, so its opposite does not deny the
// claim's verb ("will leave"), as the verb "stay" does; a claim that names both of two opposites
// ("in person or virtually") decides neither, so neither contradicts.
func TestAdjunctsAndAlternatives(t *testing.T) {
	t.Parallel()
	text := "Regatta plans\n\nChancellor Rufus Firefly will leave Sylvania this month. " +
		"Envoys warned Trentino that he would be shunned if he joined the Harbour Regatta in person or virtually."
	e := tiny(t, wire("wire-2026-05-plans", "Regatta plans", day(2026, 5, 2), text))
	for _, stmt := range []string{
		"During his stay Firefly intends to go to a pier where ferries berth.",
		"Trentino joined the Harbour Regatta remotely.",
	} {
		if rep := check(t, e, stmt, ""); rep.Verdict == claims.VerdictContradicted {
			t.Errorf("%q: got CONTRADICTED (%s)", stmt, rep.Explanation)
		}
	}
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will stay in Sylvania this month.", claims.VerdictContradicted},
		// A phrase that is the predicate itself is no adjunct.
		{"Firefly is on an extended stay in Sylvania this month.", claims.VerdictContradicted},
	})
	// Opposites given to different people are no alternatives.
	text = "Regatta notes\n\nChancellor Rufus Firefly attended the Harbour Regatta in person, while Trentino joined virtually."
	e = tiny(t, wire("wire-2026-07-notes", "Regatta notes", day(2026, 7, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly attended the Harbour Regatta remotely.", claims.VerdictContradicted},
	})
}
