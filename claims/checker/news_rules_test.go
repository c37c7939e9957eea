package checker_test

import (
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
	text := "Canal shut\n\nThe Tamar canal closed due to flooding, the Gazette reported."
	e := tiny(t, wire("wire-2026-04-shut", "Canal shut", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Tamar canal closed, the Gazette reported.", claims.VerdictSupported},
	})
}
