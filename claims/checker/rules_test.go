package checker_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
)

// tiny builds an engine over a made-up world that no evaluation set
// speaks of: the republic of Freedonia, its chancellors and its envoy, and
// the given documents (checked through the claims drawn from their text).
func tiny(tb testing.TB, docs ...*claims.Document) *checker.Engine {
	tb.Helper()
	cite := claims.Citation{Title: "Register of offices", Publisher: "Freedonia Gazette", URL: "https://example.org/register", Accessed: day(2026, 1, 1)}
	entities := []*claims.Entity{
		{ID: "freedonia", Name: "Freedonia", Kind: claims.KindCountry, Aliases: []string{"Freedonian"}},
		{ID: "sylvania", Name: "Sylvania", Kind: claims.KindCountry, Aliases: []string{"Sylvanian"}},
		{ID: "firefly", Name: "Rufus T. Firefly", Kind: claims.KindPerson, Aliases: []string{"Rufus Firefly", "Firefly"}},
		{ID: "trentino", Name: "Ambassador Trentino", Kind: claims.KindPerson, Aliases: []string{"Trentino"}},
		{ID: "teasdale", Name: "Gloria Teasdale", Kind: claims.KindPerson, Aliases: []string{"Teasdale"}},
		{ID: "river-talks-2026", Name: "2026 river talks", Kind: claims.KindEvent, Aliases: []string{"the meeting between Firefly and Trentino", "river talks"},
			Period: claims.Period{Start: day(2026, 3, 10), End: day(2026, 3, 10), Precision: claims.PrecisionDay}, Place: "sylvania", Citation: &cite},
		{ID: "harbour-regatta", Name: "Harbour Regatta", Kind: claims.KindOrganisation},
		{ID: "lamu-courier", Name: "Lamu Courier", Kind: claims.KindOutlet, Aliases: []string{"the Courier"}},
		{ID: "pym", Name: "Hector Pym", Kind: claims.KindPerson, Aliases: []string{"Pym"}},
		{ID: "regatta-2025", Name: "2025 Harbour Regatta", Kind: claims.KindEvent, PartOf: []string{"harbour-regatta"},
			Period: claims.Period{Start: day(2025, 7, 1), End: day(2025, 7, 3), Precision: claims.PrecisionDay}, Place: "sylvania", Citation: &cite},
		{ID: "regatta-2026", Name: "2026 Harbour Regatta", Kind: claims.KindEvent, PartOf: []string{"harbour-regatta"},
			Period: claims.Period{Start: day(2026, 7, 1), End: day(2026, 7, 3), Precision: claims.PrecisionDay}, Place: "sylvania", Citation: &cite},
	}
	roles := []*claims.Role{
		{ID: "chancellor", Name: "Chancellor", Aliases: []string{"head of government"}},
		{ID: "ambassador", Name: "Ambassador"},
		{ID: "president", Name: "President"},
		{ID: "supreme-leader", Name: "Supreme Leader", Aliases: []string{"leader"}},
		{ID: "canal-board-chairman", Name: "Chairman of the Canal Board", Aliases: []string{"chairman of the Canal Board"}},
	}
	tenures := []*claims.Tenure{
		{ID: "t1", Person: "teasdale", Role: "chancellor", Country: "freedonia", Start: day(2001, 3, 1), End: day(2011, 6, 1), Citation: cite},
		{ID: "t2", Person: "firefly", Role: "chancellor", Country: "freedonia", Start: day(2011, 6, 1), Citation: cite},
		{ID: "t3", Person: "trentino", Role: "ambassador", Country: "sylvania", Start: day(2005, 1, 1), Citation: cite},
		{ID: "t4", Person: "pym", Role: "canal-board-chairman", Country: "freedonia", Start: day(2020, 1, 1), Citation: cite},
	}
	c, err := claims.NewCorpus(docs, nil, entities, roles, tenures)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := checker.New(c)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// day is a date at midnight UTC.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// wire is an article of the made-up Example Wire: text is the whole
// text, headline on its first line.
func wire(id, headline string, published time.Time, text string) *claims.Document {
	return &claims.Document{ID: id, Publisher: "Example Wire", Language: "en", Headline: headline, Published: published, Text: text}
}

// check runs one statement through e as of the given day ("" for the
// engine's default moment).
func check(tb testing.TB, e *checker.Engine, statement, asOf string) *claims.Report {
	tb.Helper()
	req := claims.CheckRequest{Statement: statement}
	if asOf != "" {
		at, err := time.Parse(time.DateOnly, asOf)
		if err != nil {
			tb.Fatal(err)
		}
		req.AsOf = at
	}
	rep, err := e.Check(context.Background(), req)
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// TestOfficeInconsistencies: an office the person never held is a wrong
// office; one they held at another time is outdated, with when they held
// it and who held it at the moment asked (the labelling guide's rule).
func TestOfficeInconsistencies(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	tests := []struct {
		statement, asOf string
		verdict         claims.Verdict
		kind            claims.InconsistencyKind // InconsistencyUnspecified: none
		mentions        []string                 // in the inconsistency's message
	}{
		{"Gloria Teasdale is the chancellor of Freedonia.", "2020-01-01", claims.VerdictContradicted, claims.InconsistencyOutdated, []string{"2011", "Firefly"}},
		{"Gloria Teasdale is the chancellor of Freedonia.", "2005-01-01", claims.VerdictSupported, claims.InconsistencyUnspecified, nil},
		{"Rufus Firefly was the chancellor of Freedonia in 2003.", "", claims.VerdictContradicted, claims.InconsistencyOutdated, []string{"Teasdale"}},
		{"Ambassador Trentino is the chancellor of Freedonia.", "2020-01-01", claims.VerdictContradicted, claims.InconsistencyWrongOffice, nil},
		{"Rufus Firefly became the chancellor of Freedonia in 2009.", "", claims.VerdictContradicted, claims.InconsistencyUnspecified, nil},
	}
	for _, tt := range tests {
		rep := check(t, e, tt.statement, tt.asOf)
		if rep.Verdict != tt.verdict {
			t.Errorf("%q as of %q: %v (%s), want %v", tt.statement, tt.asOf, rep.Verdict, rep.Explanation, tt.verdict)
		}
		if tt.kind == claims.InconsistencyUnspecified {
			if len(rep.Inconsistencies) > 0 {
				t.Errorf("%q: unexpected inconsistency %+v", tt.statement, rep.Inconsistencies[0])
			}
			continue
		}
		if len(rep.Inconsistencies) != 1 || rep.Inconsistencies[0].Kind != tt.kind {
			t.Errorf("%q: inconsistencies %+v, want one %v", tt.statement, rep.Inconsistencies, tt.kind)
			continue
		}
		for _, m := range tt.mentions {
			if !strings.Contains(rep.Inconsistencies[0].Message, m) {
				t.Errorf("%q: message %q does not mention %q", tt.statement, rep.Inconsistencies[0].Message, m)
			}
		}
	}
}

// marsovia is a made-up wire report naming people, places and bodies the
// tiny corpus does not know.
const marsovia = `Sylvanian envoy meets Firefly in Marsovia

Sylvanian Foreign Minister Pinky Pinkerton said on Tuesday that talks with Freedonia on the river border had stalled. Pinkerton met Chancellor Rufus Firefly in Marsovia for three hours, according to the Marsovian Foreign Ministry. Firefly told reporters that a new round of talks would be held in October. The spokesman of the Ministry, Otis Driftwood, said the two leaders did not discuss trade.`

func marsoviaDoc() *claims.Document {
	return wire("wire-2026-03-marsovia", "Sylvanian envoy meets Firefly in Marsovia", day(2026, 3, 5), marsovia)
}

// TestDocumentEntities: names an article uses that the corpus does not
// know become entities of the kind their context shows, so statements
// about them are checked against the article.
func TestDocumentEntities(t *testing.T) {
	t.Parallel()
	e := tiny(t, marsoviaDoc())
	expectVerdicts(t, e, []verdictCase{
		{"Pinkerton said the talks with Freedonia had stalled.", claims.VerdictSupported},
		{"Pinky Pinkerton met Firefly in Marsovia.", claims.VerdictSupported},
		{"Otis Driftwood said the two leaders did not discuss trade.", claims.VerdictSupported},
		{"Pinkerton met Firefly for five hours.", claims.VerdictContradicted},
		{"Pinkerton signed a border treaty with Firefly.", claims.VerdictNotEnoughInfo},
	})
}

// festival is a made-up report with verbs of asking and urging, a given
// name that is also a month and a "neither … nor".
const festival = `Firefly invites Pinkerton

Chancellor Rufus Firefly invited Pinky Pinkerton to attend the harvest festival in Marsovia. Pinkerton urged Firefly to reopen the river border. Firefly failed to win the vote on the canal levy. Firefly will host the third round of talks, which 12 delegations attend. Jan Kowalski, the Marsovian mayor, said neither Firefly nor Pinkerton would sign the accord. Teasdale missed the canal ceremony. Trentino also missed the canal ceremony.`

// TestImplicativesAndConstructions: a verb of asking or urging asserts
// nothing about its infinitive, "fail to" asserts its negation (Nairn,
// Condoravdi and Karttunen 2006); ordinals and numbers in words; "neither
// … nor"; a month's name before a surname is a given name; a speaker named
// before an apposition ("X, the mayor, said").
func TestImplicativesAndConstructions(t *testing.T) {
	t.Parallel()
	e := tiny(t, wire("wire-2026-04-festival", "Firefly invites Pinkerton", day(2026, 4, 2), festival))
	expectVerdicts(t, e, []verdictCase{
		{"Pinkerton attended the harvest festival.", claims.VerdictNotEnoughInfo},
		{"Firefly invited Pinkerton to the festival.", claims.VerdictSupported},
		{"Firefly reopened the river border.", claims.VerdictNotEnoughInfo},
		{"Firefly did not win the vote on the canal levy.", claims.VerdictSupported},
		{"Firefly won the vote on the canal levy.", claims.VerdictContradicted},
		{"Firefly will host the 3rd round of talks.", claims.VerdictSupported},
		{"Firefly will host the fourth round of talks.", claims.VerdictContradicted},
		{"Twelve delegations attend the talks.", claims.VerdictSupported},
		{"Neither Firefly nor Pinkerton would sign the accord.", claims.VerdictSupported},
		{"Firefly would sign the accord.", claims.VerdictContradicted},
		{"Kowalski said Firefly would not sign the accord.", claims.VerdictSupported},
		{"Neither Teasdale nor Trentino attended the canal ceremony.", claims.VerdictSupported},
		{"Both Teasdale and Trentino attended the canal ceremony.", claims.VerdictContradicted},
	})
}

// TestAuditOfDrawnOffices: a new article that gives a known person an
// office is audited on load: never held is a wrong office, held at another
// time is outdated, with when and who held it then.
func TestAuditOfDrawnOffices(t *testing.T) {
	t.Parallel()
	text := "Talks resume\n\nFreedonian Ambassador Rufus Firefly met Sylvanian envoys on Monday. " +
		"Chancellor Gloria Teasdale of Freedonia welcomed the talks. Ambassador Trentino of Sylvania sent a letter."
	e := tiny(t, wire("wire-2026-04-talks", "Talks resume", day(2026, 4, 2), text))
	ins, _, err := e.Inconsistencies(context.Background(), claims.InconsistencyFilter{DocumentID: "wire-2026-04-talks"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]claims.InconsistencyKind{"firefly": claims.InconsistencyWrongOffice, "teasdale": claims.InconsistencyOutdated}
	for _, in := range ins {
		kind, ok := want[in.EntityID]
		if !ok || in.Kind != kind {
			t.Errorf("unexpected finding %v on %s: %s", in.Kind, in.EntityID, in.Message)
			continue
		}
		delete(want, in.EntityID)
	}
	for id, kind := range want {
		t.Errorf("no %v finding on %s", kind, id)
	}
	// An answer that leans on a sentence with either error carries it,
	// the outdated office as much as the wrong one (the guide's rule).
	for statement, who := range map[string]string{
		"Teasdale welcomed the talks.":            "teasdale",
		"Firefly met Sylvanian envoys on Monday.": "firefly",
	} {
		rep := check(t, e, statement, "")
		found := false
		for _, in := range rep.Inconsistencies {
			found = found || in.EntityID == who
		}
		if rep.Verdict != claims.VerdictSupported || !found {
			t.Errorf("%q: %v with %v, want SUPPORTED carrying the finding on %s", statement, rep.Verdict, rep.Inconsistencies, who)
		}
	}
}

// TestDrawnTimesAndDescriptions: a weekday is the date it names near the
// publication date, "two days later" counts from the sentence before, and
// "the chancellor" is the person the article gave that title.
func TestDrawnTimesAndDescriptions(t *testing.T) {
	t.Parallel()
	text := "Talks resume\n\nChancellor Rufus Firefly met Sylvanian envoys on Monday. Two days later, Firefly flew to Marsovia. " +
		"The chancellor said the talks were useful."
	e := tiny(t, wire("wire-2026-04-talks", "Talks resume", day(2026, 4, 2), text)) // a Thursday
	expectVerdicts(t, e, []verdictCase{
		{"Firefly met Sylvanian envoys on 30 March 2026.", claims.VerdictSupported},
		{"Firefly met Sylvanian envoys on 31 March 2026.", claims.VerdictContradicted},
		{"Firefly flew to Marsovia on 1 April 2026.", claims.VerdictSupported},
		{"Firefly said the talks were useful.", claims.VerdictSupported},
		{"Teasdale said the talks were useful.", claims.VerdictContradicted}, // another source: the guide's rule
	})
}

// TestEventsByParticipants: a statement that names the people an event's
// name names, at the event's time, is checked against the event's record.
func TestEventsByParticipants(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	tests := []struct {
		statement, asOf string
		want            claims.Verdict
	}{
		{"Firefly met Trentino in Freedonia in March 2026.", "2026-06-01", claims.VerdictContradicted},
		{"Firefly met Trentino in Sylvania in March 2026.", "2026-06-01", claims.VerdictSupported},
		{"Firefly met Trentino in Freedonia.", "2026-06-01", claims.VerdictNotEnoughInfo},               // maybe another meeting
		{"Firefly met Trentino in Freedonia in March 2026.", "2026-02-01", claims.VerdictNotEnoughInfo}, // not yet held
	}
	for _, tt := range tests {
		rep := check(t, e, tt.statement, tt.asOf)
		if rep.Verdict != tt.want {
			t.Errorf("%q as of %s: %v (%s), want %v", tt.statement, tt.asOf, rep.Verdict, rep.Explanation, tt.want)
		}
	}
}

// TestDocumentOffices: an office a new article gives someone the corpus
// has no reference facts about ("the country's finance minister X",
// "Freedonia's trade minister, Y,") is a claim of the article: a statement
// giving them that office is supported by it, in either word order, and
// one giving them another office of that country is contradicted (the
// guide's wrong office; since the seventh round, no longer left open).
func TestDocumentOffices(t *testing.T) {
	t.Parallel()
	text := "Talks resume\n\nThe country's finance minister Harpo Marx said the levy would rise. " +
		"Freedonia's trade minister, Groucho Hackenbush, warned of delays. The levy will raise $3 billion for the canal."
	e := tiny(t, wire("wire-2026-04-levy", "Talks resume", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Harpo Marx is the finance minister.", claims.VerdictSupported},
		{"Marx is the minister of finance.", claims.VerdictSupported},
		{"Hackenbush is the trade minister of Freedonia.", claims.VerdictSupported},
		{"Hackenbush is Freedonia's finance minister.", claims.VerdictContradicted},
		{"Hackenbush is Sylvania's finance minister.", claims.VerdictNotEnoughInfo},
		{"Hackenbush warned of delays.", claims.VerdictSupported},
		{"The levy will raise three billion dollars for the canal.", claims.VerdictSupported},
		{"The levy will raise $5 billion for the canal.", claims.VerdictContradicted},
	})
}

// TestEvidenceOncePerSentence: no answer lists one sentence twice, whatever
// number of claims were drawn from it (a property over every statement of
// the dev set, not a score).
func TestEvidenceOncePerSentence(t *testing.T) {
	t.Parallel()
	e := newEngine(t)
	for _, r := range readRows(t, "testdata/dev.jsonl") {
		rep, err := e.Check(context.Background(), claims.CheckRequest{Statement: r.Statement, MaxEvidence: checker.MaxEvidence})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for _, ev := range rep.Evidence {
			if ev.Kind != claims.EvidenceClaim {
				continue
			}
			k := ev.DocumentID + "\x00" + ev.Text
			if id, ok := seen[k]; ok {
				t.Errorf("%s: %s and %s quote the same sentence", r.ID, id, ev.ID)
			}
			seen[k] = ev.ID
		}
	}
}

// TestDescriptionsByDocumentOffice: "the Sylvanian leader" is the one
// person a document calls Sylvania's head when no reference fact names
// one.
func TestDescriptionsByDocumentOffice(t *testing.T) {
	t.Parallel()
	text := "Visit ends\n\nSylvanian President Pinky Pinkerton met Chancellor Rufus Firefly in Marsovia on Monday."
	e := tiny(t, wire("wire-2026-04-visit", "Visit ends", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Sylvanian president met Firefly in Marsovia.", claims.VerdictSupported},
		{"The Sylvanian leader met Firefly.", claims.VerdictSupported},
	})
}

// TestJourneysAndOpposites: a statement's journey to an event is attending
// it; an
// opposite predicate (skip for attend) or noun (surplus for shortage, the
// guide's own pair) contradicts the same proposition.
func TestJourneysAndOpposites(t *testing.T) {
	t.Parallel()
	text := "Talks ahead\n\nGloria Teasdale will attend the river talks. Freedonia faces a severe grain shortage."
	e := tiny(t, wire("wire-2026-03-ahead", "Talks ahead", day(2026, 3, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale will fly to the river talks.", claims.VerdictSupported},
		{"Teasdale will skip the river talks.", claims.VerdictContradicted},
		{"Freedonia faces a grain shortage.", claims.VerdictSupported},
		{"Freedonia has a grain surplus.", claims.VerdictContradicted},
		{"Freedonia will import grain.", claims.VerdictNotEnoughInfo},
	})
}

// verdictCase is a statement and the verdict a rule should give it.
type verdictCase struct {
	statement string
	want      claims.Verdict
}

// expectVerdicts checks each statement with e at its default moment.
func expectVerdicts(t *testing.T, e *checker.Engine, cases []verdictCase) {
	t.Helper()
	expectVerdictsAt(t, e, "", cases)
}

// expectVerdictsAt checks each statement with e as of the given day ("" for
// the engine's default moment).
func expectVerdictsAt(t *testing.T, e *checker.Engine, asOf string, cases []verdictCase) {
	t.Helper()
	for _, tt := range cases {
		rep := check(t, e, tt.statement, asOf)
		if rep.Verdict != tt.want {
			t.Errorf("%q: %v (%s), want %v", tt.statement, rep.Verdict, rep.Explanation, tt.want)
		}
	}
}

// TestEventDescriptions: a definite description of a gathering ("the
// colloquium") in an article is read as the event the
// article named in the sentences before it (the sieve's nominal
// head-match pass), unless a verb of the same family came between ("to
// meet ... the meeting"), which names an act and no event.
func TestEventDescriptions(t *testing.T) {
	t.Parallel()
	text := "Firefly to miss harbour symposium\n\n" +
		"The Marsovia Harbour Symposium opens in Sylvania on 4 May, organisers said on Tuesday. " +
		"Chancellor Rufus Firefly will skip the colloquium because of a budget vote. " +
		"Ambassador Trentino will travel to Freedonia to meet Gloria Teasdale in June. " +
		"Details of the meeting were not released."
	e := tiny(t, wire("wire-2026-04-symposium", "Firefly to miss harbour symposium", day(2026, 4, 7), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will skip the Marsovia Harbour Symposium because of a budget vote.", claims.VerdictSupported},
		{"Firefly will miss the Marsovia Harbour Symposium because of a budget vote.", claims.VerdictSupported},
		{"Details of the Marsovia Harbour Symposium were not released.", claims.VerdictNotEnoughInfo},
	})
}

// TestSeriesEdition: a series named without a year in an article is the
// edition of the article's year (temporal anchoring to the document's
// date).
func TestSeriesEdition(t *testing.T) {
	t.Parallel()
	text := "Firefly to open regatta\n\nChancellor Rufus Firefly will open the Harbour Regatta in Sylvania, his office said on Monday."
	e := tiny(t, wire("wire-2026-06-regatta", "Firefly to open regatta", day(2026, 6, 1), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will open the 2026 Harbour Regatta.", claims.VerdictSupported},
		{"Firefly opened the 2025 Harbour Regatta.", claims.VerdictNotEnoughInfo},
	})
}

// TestPluralDescriptions: a plural description ("the chancellors") is not
// read as the one person the document gave that title (the sieve's number
// agreement).
func TestPluralDescriptions(t *testing.T) {
	t.Parallel()
	text := "Crossing to reopen\n\nAmbassador Trentino met Chancellor Rufus Firefly in Sylvania on Monday. " +
		"The chancellors signed a treaty on the river crossing."
	e := tiny(t, wire("wire-2026-05-crossing", "Crossing to reopen", day(2026, 5, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly signed a treaty on the river crossing.", claims.VerdictNotEnoughInfo},
		{"Trentino met Firefly in Sylvania.", claims.VerdictSupported},
	})
}

// TestOfficeOfUnlistedPerson: the reference facts decide an office only
// for the people they list or for a country's office they list. A title
// without a country given to someone they do not list ("Assembly
// Chancellor Wanda Bellweather") is decided by the documents, not
// contradicted by the chancellors of other countries; the same person
// given Freedonia's chancellorship, which the register shows another
// holding, is contradicted (the guide's Lavrov construction).
func TestOfficeOfUnlistedPerson(t *testing.T) {
	t.Parallel()
	text := "Session opens\n\nAssembly Chancellor Wanda Bellweather opened the autumn session on Tuesday."
	e := tiny(t, wire("wire-2026-09-session", "Session opens", day(2026, 9, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Wanda Bellweather is chancellor.", claims.VerdictSupported},
		{"Chancellor Wanda Bellweather opened the autumn session.", claims.VerdictSupported},
		{"Bellweather is Freedonia's chancellor.", claims.VerdictContradicted},
	})
}

// TestNonRestrictiveClauses: a relative clause set off by commas is a
// proposition of its own (ClausIE): what it denies is not the main
// clause's polarity, and a statement affirming its verb is contradicted.
func TestNonRestrictiveClauses(t *testing.T) {
	t.Parallel()
	text := "Gallery vote\n\nGloria Teasdale, who no longer sits in the senate, watched the vote from the gallery. " +
		"Marsovia, which has no navy, is building a deep harbour. Otis Driftwood, who is no longer a senator, praised the harbour plan."
	e := tiny(t, wire("wire-2026-05-gallery", "Gallery vote", day(2026, 5, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale watched the vote from the gallery.", claims.VerdictSupported},
		{"Teasdale did not watch the vote.", claims.VerdictContradicted},
		{"Teasdale still sits in the senate.", claims.VerdictContradicted},
		{"Teasdale no longer sits in the senate.", claims.VerdictSupported},
		{"Marsovia is building a deep harbour.", claims.VerdictSupported},
		{"Marsovia has a navy.", claims.VerdictContradicted},
		{"Driftwood is a senator.", claims.VerdictContradicted},
		{"Driftwood is no longer a senator.", claims.VerdictSupported},
		{"Driftwood praised the harbour plan.", claims.VerdictSupported},
		{"Otis Driftwood praised the harbour plan.", claims.VerdictSupported},
	})
}

// TestAges: an age given in apposition ("Teasdale, 71,") supports the
// same age said otherwise and contradicts another, of the same person
// only; "old" in "71 years old" is no adjective to oppose "new".
func TestAges(t *testing.T) {
	t.Parallel()
	text := "New envoy\n\nGloria Teasdale, 71, named a new envoy to Sylvania on Friday. Ambassador Trentino, 64, met Teasdale's envoy in Marsovia."
	e := tiny(t, wire("wire-2026-06-envoy", "New envoy", day(2026, 6, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale is 71 years old.", claims.VerdictSupported},
		{"Teasdale, aged 71, named an envoy.", claims.VerdictSupported},
		{"Teasdale is 74.", claims.VerdictContradicted},
		{"Trentino is 64.", claims.VerdictSupported},
		{"The envoy is 64.", claims.VerdictNotEnoughInfo},
		{"Teasdale is 64.", claims.VerdictContradicted}, // her own age, 71, not his
	})
}

// TestWeekdaysAtTheEvidenceDate: without as_of a statement is read at
// its evidence's publication date, and so are its weekdays: "on
// Wednesday" about an April report is that report's Wednesday, not the
// one before the newest document.
func TestWeekdaysAtTheEvidenceDate(t *testing.T) {
	t.Parallel()
	e := tiny(t,
		wire("wire-2026-04-canal", "Canal opens", day(2026, 4, 1), "Canal opens\n\nGloria Teasdale opened the canal on Wednesday."),
		wire("wire-2026-09-harvest", "Harvest ends", day(2026, 9, 4), "Harvest ends\n\nFarmers in Sylvania finished the barley harvest."),
	)
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale opened the canal on Wednesday.", claims.VerdictSupported},
		{"Teasdale opened the canal on 1 April 2026.", claims.VerdictSupported},
	})
}

// TestBareTitles: a title that names no one ("run for president") is no
// office to check but still words of the statement that evidence must
// cover; a claim's own titles cover them ("the ambassador said").
func TestBareTitles(t *testing.T) {
	t.Parallel()
	text := "Winter plans\n\nGloria Teasdale will run the harbour board through the winter. Ambassador Trentino praised the plan."
	e := tiny(t, wire("wire-2026-10-winter", "Winter plans", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale will run the harbour board.", claims.VerdictSupported},
		{"Teasdale will run for president.", claims.VerdictNotEnoughInfo},
		{"The ambassador praised the plan.", claims.VerdictSupported},
		{"A junior envoy praised the plan.", claims.VerdictNotEnoughInfo}, // no opposite of Ambassador's title
	})
}

// TestLeadPossessives: a possessive pronoun opening a sentence of a new
// article stands for the one the sentence before names, as a subject
// pronoun does (the sieve's pronoun pass); and a title after a person's
// possessive ("Teasdale's deputy") is not that person's office.
func TestLeadPossessives(t *testing.T) {
	t.Parallel()
	text := "Canal opens\n\nGloria Teasdale opened the canal at dawn. Her deputy, Otis Driftwood, cut the ribbon."
	e := tiny(t, wire("wire-2026-07-canal", "Canal opens", day(2026, 7, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale's deputy cut the ribbon.", claims.VerdictSupported},
		{"Otis Driftwood is Teasdale's deputy.", claims.VerdictSupported},
	})
}

// TestAcronymMentions: a statement may name a new article's organisation
// by its initials.
func TestAcronymMentions(t *testing.T) {
	t.Parallel()
	text := "Levy vote\n\nThe Harbour Trade Council voted to scrap the ferry levy on Monday."
	e := tiny(t, wire("wire-2026-11-levy", "Levy vote", day(2026, 11, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"The HTC voted to scrap the ferry levy.", claims.VerdictSupported},
	})
}

// TestBodyDescriptions: "the council" in a new article is the council it
// named before, by the same head noun (the sieve's strict head match).
func TestBodyDescriptions(t *testing.T) {
	t.Parallel()
	text := "Levy vote\n\nThe Harbour Trade Council met in Marsovia on Monday. The council voted to scrap the ferry levy."
	e := tiny(t, wire("wire-2026-11-council", "Levy vote", day(2026, 11, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Trade Council voted to scrap the ferry levy.", claims.VerdictSupported},
		{"The Harbour Trade Council voted to keep the ferry levy.", claims.VerdictNotEnoughInfo},
	})
}

// TestVerbAgainstNoun: a statement's verb relates to a claim's noun only
// as the same word, a synonym or derived form, or an opposite; WordNet's
// verb hierarchy ("ban" as a kind of "keep from") says nothing of the
// noun, so "keep the levy" is not "lift a levy".
func TestVerbAgainstNoun(t *testing.T) {
	t.Parallel()
	text := "Levy lifted\n\nFreedonia's Chancellor Rufus Firefly said his government would lift a ban on barley imports."
	e := tiny(t, wire("wire-2026-11-barley", "Levy lifted", day(2026, 11, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly said Freedonia would lift its ban on barley imports.", claims.VerdictSupported},
		{"Firefly said Freedonia would keep its ban on barley imports.", claims.VerdictNotEnoughInfo},
	})
}

// TestNamedCounts: "the two countries" is borne out by a claim that names
// two countries, "the two leaders" by one that names two people.
func TestNamedCounts(t *testing.T) {
	t.Parallel()
	text := "Crossing reopens\n\nSylvania and Freedonia agreed on Tuesday to reopen their main border crossing. " +
		"Gloria Teasdale and Rufus Firefly signed the accord in Marsovia."
	e := tiny(t, wire("wire-2026-11-crossing", "Crossing reopens", day(2026, 11, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"The two countries agreed to reopen their main border crossing.", claims.VerdictSupported},
		{"Both countries agreed to reopen their main border crossing.", claims.VerdictSupported},
		{"The two leaders signed the accord in Marsovia.", claims.VerdictSupported},
		{"The three leaders signed the accord in Marsovia.", claims.VerdictNotEnoughInfo},
	})
}

// TestHalfUnits: "half a century" is fifty years, as "seven decades" is
// seventy.
func TestHalfUnits(t *testing.T) {
	t.Parallel()
	text := "Abbey reopens\n\nThe Marsovia abbey reopened on Sunday after standing empty for nearly half a century."
	e := tiny(t, wire("wire-2026-06-abbey", "Abbey reopens", day(2026, 6, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Marsovia abbey had stood empty for nearly 50 years.", claims.VerdictSupported},
		{"The Marsovia abbey had stood empty for nearly 80 years.", claims.VerdictContradicted},
	})
}

// TestPredicateNominatives: an office a sentence gives someone ("Gloria
// Teasdale became ambassador") lets a later description ("the new
// ambassador") refer to them, past an adverbial phrase that opens the
// sentence (the sieve's predicate-nominative pass).
func TestPredicateNominatives(t *testing.T) {
	t.Parallel()
	text := "Teasdale takes up post\n\nGloria Teasdale became ambassador to Marsovia on Monday. " +
		"Hours after arriving at the quay, the new ambassador opened the embassy garden."
	e := tiny(t, wire("wire-2026-06-envoy", "Teasdale takes up post", day(2026, 6, 9), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale opened the embassy garden.", claims.VerdictSupported},
	})
	// An office the sentence denies gives the description no referent.
	denied := "Teasdale passed over\n\nGloria Teasdale was never ambassador to Marsovia. " +
		"Hours after arriving at the quay, the new ambassador opened the embassy garden."
	e = tiny(t, wire("wire-2026-06-envoy", "Teasdale passed over", day(2026, 6, 9), denied))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale opened the embassy garden.", claims.VerdictNotEnoughInfo},
	})
}

// TestParticleVerbs: "on" and "over" end phrasal verbs WordNet lists
// ("look on" is watch), so the pair is one word to align.
func TestParticleVerbs(t *testing.T) {
	t.Parallel()
	text := "Regatta ends\n\nGloria Teasdale looked on from the harbour wall as the last boats finished."
	e := tiny(t, wire("wire-2026-07-regatta", "Regatta ends", day(2026, 7, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale watched from the harbour wall.", claims.VerdictSupported},
	})
}

// TestAntecedentNotDenied: what a negated relative clause denies is its
// own words, not its antecedent's, which the main clause repeats.
func TestAntecedentNotDenied(t *testing.T) {
	t.Parallel()
	text := "Commission meets\n\nThe river commission, which is no longer active, met in Freedonia on Monday."
	e := tiny(t, wire("wire-2026-05-commission", "Commission meets", day(2026, 5, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"The river commission met in Freedonia.", claims.VerdictSupported},
		{"The river commission is still active.", claims.VerdictContradicted},
	})
}

// TestEstimates: an estimate covers the exact figure it rounds ("about 60
// seats" for 62, "about 49 per cent" for 49.2), to the precision it is
// written with, and no other.
func TestEstimates(t *testing.T) {
	t.Parallel()
	text := "Vote counted\n\nThe Harbour Party won 62 seats and 49.2 per cent of the vote in Freedonia on Saturday."
	e := tiny(t, wire("wire-2026-10-vote", "Vote counted", day(2026, 10, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Party won about 60 seats.", claims.VerdictSupported},
		{"The Harbour Party won 62 seats.", claims.VerdictSupported},
		{"The Harbour Party won about 49 per cent of the vote.", claims.VerdictSupported},
		{"The Harbour Party won about 70 seats.", claims.VerdictContradicted},
		{"The Harbour Party won nearly 65 seats.", claims.VerdictContradicted},
	})
}

// TestFrontedAdverbials: a prepositional phrase or free adjunct before
// the subject, closed by a comma, is no part of the subject (Quirk et al.
// §8.13); a free adjunct is a clause of its own whose subject is the main
// clause's, in a statement and in an article alike.
func TestFrontedAdverbials(t *testing.T) {
	t.Parallel()
	text := "Chancellor tours the north\n\nChancellor Rufus Firefly opened a bridge over the Tamar river on Tuesday. " +
		"Asked about the cost, the chancellor declined to give a figure."
	e := tiny(t, wire("wire-2026-08-bridge", "Chancellor tours the north", day(2026, 8, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"During his tour of the north, Firefly opened a bridge.", claims.VerdictNotEnoughInfo},
		{"On Tuesday, Firefly opened a bridge over the Tamar.", claims.VerdictSupported},
		{"Crossing the Tamar river, Firefly opened a bridge.", claims.VerdictNotEnoughInfo},
		{"Asked about the cost, Firefly declined to give a figure.", claims.VerdictSupported},
		{"Asked about the cost, Firefly gave a figure.", claims.VerdictContradicted},
	})
}

// TestCountryTitlesAndDemonyms: "President of Peru Otis Driftwood" gives
// Driftwood that office; the place's adjective from WordNet ("Peruvian")
// names the place; "the Peruvian president" is then Driftwood (the
// sieve's role-appositive pass, the country inside the title); and a
// name at the end of a fronted phrase is no apposition to the title after
// its comma.
func TestCountryTitlesAndDemonyms(t *testing.T) {
	t.Parallel()
	text := "Leaders meet\n\nPresident of Peru Otis Driftwood arrived in Lima on Monday. " +
		"In a meeting with his Kenyan counterpart Wanjiru Kamau, the Peruvian president called for new trade rules."
	e := tiny(t, wire("wire-2026-09-lima", "Leaders meet", day(2026, 9, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otis Driftwood is Peru's president.", claims.VerdictSupported},
		{"Driftwood is the Peruvian president.", claims.VerdictSupported},
		{"Driftwood called for new trade rules.", claims.VerdictSupported},
		{"The Peruvian president met Wanjiru Kamau.", claims.VerdictSupported},
		// Peru has one president at a time, and the report names
		// Driftwood (TestDocumentHolders); this had been left open.
		{"Wanjiru Kamau is Peru's president.", claims.VerdictContradicted},
	})
}

// TestPlacesWithinCountries: a city a new article names lies in the
// country WordNet's part holonyms put it in, made an entity when the
// article does not name it, so "in Kenya" is borne out by "in Nairobi";
// "after a two-day visit" orders by the visit, not by its length.
func TestPlacesWithinCountries(t *testing.T) {
	t.Parallel()
	text := "Envoy moves on\n\nWanjiru Kamau arrived in Nairobi on Monday after a two-day visit to Lima."
	e := tiny(t, wire("wire-2026-09-nairobi", "Envoy moves on", day(2026, 9, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Wanjiru Kamau arrived in Kenya.", claims.VerdictSupported},
		{"Kamau arrived in Nairobi after visiting Peru.", claims.VerdictSupported},
		{"Kamau arrived in Nairobi before visiting Lima.", claims.VerdictContradicted},
	})
}

// TestPossessiveIsNoActor: a name that only modifies the subject
// ("Kamau's nearest rival, Otieno Waweru") does not act in the claim, so
// a figure the rival won says nothing of Kamau's.
func TestPossessiveIsNoActor(t *testing.T) {
	t.Parallel()
	text := "Count ends\n\nWanjiru Kamau won 52 percent of the vote in Nairobi. " +
		"Kamau's nearest rival, Otieno Waweru, won 31 percent."
	e := tiny(t, wire("wire-2026-10-count", "Count ends", day(2026, 10, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"Wanjiru Kamau won about 52 percent of the vote.", claims.VerdictSupported},
		{"Kamau's nearest rival won 31 percent.", claims.VerdictSupported},
		{"Wanjiru Kamau won 31 percent.", claims.VerdictContradicted},
	})
}

// TestParticleIdioms: a phrasal verb whose particle takes no object ("was
// sworn in next month") means what the phrase means, not what its verb
// alone does (Quirk et al. §16.3); a deictic time takes no preposition.
func TestParticleIdioms(t *testing.T) {
	t.Parallel()
	text := "Count ends\n\nWanjiru Kamau declared herself the winner in Nairobi on Sunday."
	e := tiny(t, wire("wire-2026-10-count", "Count ends", day(2026, 10, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"Kamau will be sworn in next month.", claims.VerdictNotEnoughInfo},
		{"Kamau declared herself the winner on Sunday.", claims.VerdictSupported},
	})
}

// TestBracketedShortNames: a short form in brackets after a body's name
// ("the Independent Harbour Commission (CHI)") is that body, also where it
// appears first, and a title joined by a hyphen ("president-elect") is a
// title.
func TestBracketedShortNames(t *testing.T) {
	t.Parallel()
	text := "Kamau wins: CHI\n\nThe Independent Harbour Commission (CHI) said Wanjiru Kamau won 52 percent. " +
		"Congratulations went to president-elect Otieno Waweru Mbugua from abroad."
	e := tiny(t, wire("wire-2026-10-count", "Kamau wins: CHI", day(2026, 10, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"According to the CHI, Kamau won 52 percent.", claims.VerdictSupported},
		{"According to the Independent Harbour Commission, Kamau won 52 percent.", claims.VerdictSupported},
	})
}

// TestFiguresBelongToTheirClause: in "X won 31 percent, while Y came third
// with 16 percent", each figure is said of its own clause's subject.
func TestFiguresBelongToTheirClause(t *testing.T) {
	t.Parallel()
	text := "Count ends\n\nOtieno Waweru won 31 percent, while Achieng Odhiambo came third with 16 percent."
	e := tiny(t, wire("wire-2026-10-count", "Count ends", day(2026, 10, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru won 31 percent.", claims.VerdictSupported},
		{"Otieno Waweru won 16 percent.", claims.VerdictContradicted},
		{"Achieng Odhiambo came third with 16 percent.", claims.VerdictSupported},
	})
}

// TestSpeakerAsSubject: "X said P" is borne out by a claim whose subject
// X expresses P with a verb of communication (WordNet's "express",
// "communicate"), not only by one attributed to X.
func TestSpeakerAsSubject(t *testing.T) {
	t.Parallel()
	text := "Canal talks\n\nOtieno Waweru voiced support for a new canal toll on Friday."
	e := tiny(t, wire("wire-2026-10-toll", "Canal talks", day(2026, 10, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru said he supported a new canal toll.", claims.VerdictSupported},
		{"Achieng Odhiambo said she supported a new canal toll.", claims.VerdictNotEnoughInfo},
	})
}

// TestFewSenseSynonyms: two words with few senses each that share one are
// synonyms in it, wherever it stands in their lists ("a ceiling on fares"
// is "a cap on fares").
func TestFewSenseSynonyms(t *testing.T) {
	t.Parallel()
	text := "Fares fixed\n\nThe Harbour Trade Council set a ceiling on ferry fares in Freedonia on Monday."
	e := tiny(t, wire("wire-2026-11-fares", "Fares fixed", day(2026, 11, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Trade Council set a cap on ferry fares.", claims.VerdictSupported},
	})
}

// TestBritishVerbSpelling: a British -ised verb is read as the verb (its
// American form's SemCor frequency), not as the adjective WordNet also
// lists, so a verb of saying spelt that way still names the speaker.
func TestBritishVerbSpelling(t *testing.T) {
	t.Parallel()
	text := "Canal talks\n\nOtieno Waweru emphasised the plan for a canal toll on Friday."
	e := tiny(t, wire("wire-2026-10-toll", "Canal talks", day(2026, 10, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru said there was a plan for a canal toll.", claims.VerdictSupported},
	})
}

// TestPlaceOfOthersDoings: a claim's place is where its own actors act;
// names in a phrase of it ("talks in Nairobi to prepare a meeting between
// Teasdale and Firefly") are not put there unless the claim says the same
// doing of them.
func TestPlaceOfOthersDoings(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nWanjiru Kamau and Otieno Waweru held talks in Nairobi on Thursday to prepare a meeting between Gloria Teasdale and Rufus Firefly."
	e := tiny(t, wire("wire-2026-10-envoys", "Envoys meet", day(2026, 10, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale and Firefly met in Mombasa.", claims.VerdictNotEnoughInfo},
		{"Kamau and Waweru met in Mombasa on Thursday.", claims.VerdictContradicted},
	})
}

// TestSayingThat: a verb WordNet files under expressing or stating,
// before "that" ("stressed that"), introduces its subject's words as
// "said" does: the content's own verb is what a statement's polarity is
// measured against.
func TestSayingThat(t *testing.T) {
	t.Parallel()
	text := "Toll debate\n\nOtieno Waweru stressed that the harbour council would raise the canal toll in November."
	e := tiny(t, wire("wire-2026-10-toll", "Toll debate", day(2026, 10, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Waweru said the harbour council would raise the canal toll.", claims.VerdictSupported},
		{"Waweru said the harbour council would not raise the canal toll.", claims.VerdictContradicted},
	})
}

// TestPlaceDescriptions: a noun a named place is an instance of in
// WordNet ("the Kenyan capital" for Nairobi) is borne out by the name.
func TestPlaceDescriptions(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nWanjiru Kamau and Otieno Waweru held talks in Nairobi on Thursday."
	e := tiny(t, wire("wire-2026-10-envoys", "Envoys meet", day(2026, 10, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Kamau and Waweru held talks in the Kenyan capital.", claims.VerdictSupported},
		{"Kamau and Waweru held talks on a Kenyan island.", claims.VerdictNotEnoughInfo},
		{"Kamau and Waweru held talks in a Kenyan region.", claims.VerdictNotEnoughInfo},
	})
}

// TestFiguresOfAnotherTime: a figure that differs for a date that differs
// too speaks of another occasion, which the claim says nothing of.
func TestFiguresOfAnotherTime(t *testing.T) {
	t.Parallel()
	text := "Count ends\n\nOtieno Waweru won 61 percent of the vote in the harbour ballot on Sunday."
	e := tiny(t, wire("wire-2026-10-count", "Count ends", day(2026, 10, 5), text))
	expectVerdicts(t, e, []verdictCase{
		{"Waweru won 61 percent of the vote on Sunday.", claims.VerdictSupported},
		{"Waweru won 55 percent of the vote on Sunday.", claims.VerdictContradicted},
		{"Waweru took part in a ballot in 2019 and got 55 percent.", claims.VerdictNotEnoughInfo},
	})
}

// TestDocumentOfficeSlips: a statement giving someone the reference facts
// do not list another office of the country a document gives them at the
// time is a wrong office, with the inconsistency naming the person and the
// document's office (the guide's rule; its Lavrov example is an article's
// own office conflict).
func TestDocumentOfficeSlips(t *testing.T) {
	t.Parallel()
	text := "Budget passed\n\nFreedonia's trade minister, Groucho Hackenbush, warned of delays on Monday. " +
		"Sylvania's finance minister, Harpo Marx, agreed."
	e := tiny(t, wire("wire-2026-04-budget", "Budget passed", day(2026, 4, 2), text))
	rep := check(t, e, "Hackenbush is Freedonia's finance minister.", "")
	if rep.Verdict != claims.VerdictContradicted || len(rep.Inconsistencies) != 1 || !strings.Contains(rep.Inconsistencies[0].Message, "Hackenbush") || !strings.Contains(rep.Inconsistencies[0].Correct, "trade minister") {
		t.Errorf("got %v (%s), inconsistencies %+v; want CONTRADICTED with a wrong office naming Hackenbush and the trade ministry", rep.Verdict, rep.Explanation, rep.Inconsistencies)
	}
	if rep := check(t, e, "Hackenbush is Freedonia's finance minister.", "2030-01-01"); rep.Verdict == claims.VerdictContradicted {
		t.Errorf("four years later: %v (%s), want no contradiction from an old article", rep.Verdict, rep.Explanation)
	}
	if rep := check(t, e, "Hackenbush warned of delays.", ""); len(rep.Inconsistencies) != 0 {
		t.Errorf("a statement touching no office slip carries %+v", rep.Inconsistencies)
	}
	// An office held before ("former") is no office of the time.
	text = "Budget passed\n\nFormer Freedonian trade minister Groucho Hackenbush warned of delays on Monday. " +
		"Sylvania's finance minister, Harpo Marx, agreed."
	e = tiny(t, wire("wire-2026-04-budget", "Budget passed", day(2026, 4, 2), text))
	if rep := check(t, e, "Hackenbush is Freedonia's finance minister.", ""); rep.Verdict == claims.VerdictContradicted {
		t.Errorf("after a former office: %v (%s), want no contradiction", rep.Verdict, rep.Explanation)
	}
}

// TestCounterparts: "his Sylvanian counterpart Otieno Waweru" holds, in
// Sylvania, the office the sentence gives the other person (WordNet's
// counterpart: a person having the same function as another).
func TestCounterparts(t *testing.T) {
	t.Parallel()
	text := "Chancellors meet\n\nFreedonian Chancellor Rufus Firefly and his Sylvanian counterpart Otieno Waweru met in Nairobi on Monday."
	e := tiny(t, wire("wire-2026-10-chancellors", "Chancellors meet", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru is Sylvania's chancellor.", claims.VerdictSupported},
		{"Otieno Waweru is Freedonia's chancellor.", claims.VerdictContradicted},
	})
}

// TestPeopleByCount: "the two envoys" opening a sentence are the two people
// the sentence before names, when it names exactly two (the sieve's number
// agreement).
func TestPeopleByCount(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nChancellor Rufus Firefly met Otieno Waweru in Nairobi on Monday. " +
		"The two envoys signed a canal treaty."
	e := tiny(t, wire("wire-2026-10-envoys", "Envoys meet", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly and Waweru signed a canal treaty.", claims.VerdictSupported},
		{"Firefly and Teasdale signed a canal treaty.", claims.VerdictNotEnoughInfo},
	})
}

// TestPredicateOfNegatedConjunct: a drawn claim whose main clause has no
// verb of its own takes its predicate from the negated clause beside it
// ("is dependent on oil and gas and has not joined"); the predicate keeps
// that clause's polarity, and the "and" before the verb, not the one
// between the nouns, opens that clause (Quirk et al. §13.2).
func TestPredicateOfNegatedConjunct(t *testing.T) {
	t.Parallel()
	text := "Kenya waits\n\nKenya is totally dependent on Peruvian oil and gas and has not joined western sanctions against Lima."
	e := tiny(t, wire("wire-2026-10-kenya", "Kenya waits", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Kenya has joined western sanctions against Lima.", claims.VerdictContradicted},
		{"Kenya has not joined western sanctions against Lima.", claims.VerdictSupported},
	})
}

// TestCountsBeforeNames: a number before a proper name counts the noun the
// name premodifies (Quirk et al. §17.108), so two counts of that noun
// compare.
func TestCountsBeforeNames(t *testing.T) {
	t.Parallel()
	text := "Council votes\n\nChancellor Rufus Firefly met 14 Harbour Trade Council members in Nairobi on Monday."
	e := tiny(t, wire("wire-2026-10-council", "Council votes", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly met fourteen Harbour Trade Council members.", claims.VerdictSupported},
		{"Firefly met nine Harbour Trade Council members.", claims.VerdictContradicted},
	})
}

// TestSpeakerOfReportedClause: in "X said he regretted ..." the pronoun
// opening what X said is X (Hobbs 1978; the sieve's pronoun pass), so X
// is who regrets, and a plain statement of it is borne out on X's word.
func TestSpeakerOfReportedClause(t *testing.T) {
	t.Parallel()
	text := "Ferry halted\n\nFreedonia's harbour master, Otieno Waweru, said he deeply regretted the closure of the canal."
	e := tiny(t, wire("wire-2026-10-ferry", "Ferry halted", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru deeply regretted the closure of the canal.", claims.VerdictSupported},
		{"Achieng Odhiambo deeply regretted the closure of the canal.", claims.VerdictNotEnoughInfo},
	})
	// After "told" and a listener, "he" may be either: neither is bound.
	text = "Envoy out\n\nRufus Firefly told Otieno Waweru he had been dismissed from the embassy."
	e = tiny(t, wire("wire-2026-10-out", "Envoy out", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly had been dismissed from the embassy.", claims.VerdictNotEnoughInfo},
	})
}

// TestNegationStaysInItsClause: a negation inside a finite clause after
// the main verb ("the reason he was unable to sail") does not deny the
// main verb (Quirk et al. §10.64).
func TestNegationStaysInItsClause(t *testing.T) {
	t.Parallel()
	text := "Envoy writes\n\nOtieno Waweru wrote from Nairobi to explain the reason he was unable to sail to Lima."
	e := tiny(t, wire("wire-2026-10-envoy", "Envoy writes", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Otieno Waweru wrote from Nairobi.", claims.VerdictSupported},
	})
}

// TestOneEventOneTime: a claim that names the clause's doing (a verb
// besides its main one) and covers everything else the clause says is
// about the same event, so another date contradicts it (Davidson 1967:
// an event has one time).
func TestOneEventOneTime(t *testing.T) {
	t.Parallel()
	text := "Treaty delayed\n\nFirefly had been expected to meet 14 envoys and sign a canal treaty with Sylvania on Monday."
	e := tiny(t, wire("wire-2026-10-treaty", "Treaty delayed", day(2026, 10, 9), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly was expected to sign a canal treaty with Sylvania on Monday.", claims.VerdictSupported},
		{"Firefly was to sign a canal treaty with Sylvania on Wednesday.", claims.VerdictContradicted},
	})
}

// TestMonthsWithoutYear: two dates written alike without a year ("in
// September") name the same days.
func TestMonthsWithoutYear(t *testing.T) {
	t.Parallel()
	text := "Fair planned\n\nOtieno Waweru told reporters on Thursday that Firefly had invited him to a river fair in Lima in September."
	e := tiny(t, wire("wire-2026-05-fair", "Fair planned", day(2026, 5, 15), text))
	expectVerdicts(t, e, []verdictCase{
		{"On Thursday, Otieno Waweru said Firefly had invited him to a river fair in Lima this September.", claims.VerdictSupported},
	})
}

// TestOneFillerPerRole: a claim that covers all a clause says but the
// name in one role of its event (where from, where to, where), and names
// another there, conflicts with it (Parsons 1990: an event fills each
// thematic role once).
func TestOneFillerPerRole(t *testing.T) {
	t.Parallel()
	text := "Fair opens\n\nFirefly sailed to the river fair from Port Elgin on Monday."
	e := tiny(t, wire("wire-2026-10-sail", "Fair opens", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly sailed to the river fair from Port Elgin.", claims.VerdictSupported},
		{"Firefly sailed to the river fair from Port Hale.", claims.VerdictContradicted},
		{"Teasdale sailed to the river fair from Port Hale.", claims.VerdictNotEnoughInfo},
	})
	// A name hanging on a noun ("traders from Port Hale") fills no role
	// of the event.
	text = "Fair opens\n\nFirefly sailed to the river fair with traders from Port Hale on Monday."
	e = tiny(t, wire("wire-2026-10-traders", "Fair opens", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly sailed to the river fair from Port Elgin.", claims.VerdictNotEnoughInfo},
	})
}

// TestNarrowerVerbOfOneEvent: a claim that covers all a clause says but
// its light verb, and uses a verb that one is a kind of (WordNet: give is
// a kind of provide), tells of the same event (argument-based event
// coreference); an unrelated verb does not, nor a narrower verb with a
// meaning of its own (invade is a kind of attack).
func TestNarrowerVerbOfOneEvent(t *testing.T) {
	t.Parallel()
	text := "Grain sent\n\nThe Harbour Trade Council provided grain to Kenya on Monday."
	e := tiny(t, wire("wire-2026-10-grain", "Grain sent", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Trade Council gave grain to Kenya on Monday.", claims.VerdictSupported},
		{"The Harbour Trade Council sold grain to Kenya on Monday.", claims.VerdictNotEnoughInfo},
		{"The Harbour Trade Council did not give grain to Kenya.", claims.VerdictNotEnoughInfo},
	})
	// A narrower verb with a meaning of its own adds to the claim.
	text = "Border clash\n\nFreedonia attacked Sylvania in 2025."
	e = tiny(t, wire("wire-2026-10-clash", "Border clash", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Freedonia invaded Sylvania in 2025.", claims.VerdictNotEnoughInfo},
	})
}

// TestSpeakerIsNoRelay: a claim whose only source is its own subject,
// speaking with a verb of the claim ("The chancellor emphasised ..."),
// names who spoke, not who relayed the words; a statement naming a relay
// does not name a different source (the guide keeps who said a claim and
// which outlet reported it apart).
func TestSpeakerIsNoRelay(t *testing.T) {
	t.Parallel()
	text := "Toll kept\n\nChancellor Rufus Firefly met Sylvanian envoys on Monday. " +
		"“The chancellor emphasised continued support for the canal toll,” the statement said."
	e := tiny(t, wire("wire-2026-04-toll", "Toll kept", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Trade Council said Firefly stressed continued support for the canal toll.", claims.VerdictNotEnoughInfo},
	})
}

// TestLengthOfTheNamedEvent: "a one-day 2026 river talks" gives the
// length of the event it qualifies, not of another event the clause names
// (a premodifier belongs to its head, Quirk et al. §17.108).
func TestLengthOfTheNamedEvent(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	for _, s := range []string{
		"The one-day 2026 river talks came months before the 2026 Harbour Regatta.",
		"The three-day 2026 Harbour Regatta came months after the 2026 river talks.",
	} {
		if rep := check(t, e, s, "2026-12-01"); rep.Verdict == claims.VerdictContradicted {
			t.Errorf("%q: %v (%s), want no contradiction", s, rep.Verdict, rep.Explanation)
		}
	}
}

// TestSupposedPart: what a trailing condition only supposes ("had he
// sailed to Lima") contradicts nothing (Quirk et al. §15.36).
func TestSupposedPart(t *testing.T) {
	t.Parallel()
	text := "Chancellor sails\n\nChancellor Rufus Firefly sailed to Nairobi on Monday."
	e := tiny(t, wire("wire-2026-10-nairobi", "Chancellor sails", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly could have been detained had he sailed to Lima on Monday.", claims.VerdictNotEnoughInfo},
		{"Firefly sailed to Lima on Monday.", claims.VerdictContradicted},
	})
}

// TestDateOfAnApposedOffice: a date inside an office given in apposition
// ("Firefly, Freedonia's chancellor since 2011, opened ...") dates the
// office, which the tenures check, not the clause's event (a
// non-restrictive apposition is a proposition of its own, ClausIE).
func TestDateOfAnApposedOffice(t *testing.T) {
	t.Parallel()
	text := "Bridge opens\n\nChancellor Rufus Firefly opened a bridge over the Tamar river on Tuesday."
	e := tiny(t, wire("wire-2026-10-bridge", "Bridge opens", day(2026, 10, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly, Freedonia's chancellor since 2011, opened a bridge over the Tamar river.", claims.VerdictSupported},
		{"Rufus Firefly, Freedonia's chancellor since 2005, opened a bridge over the Tamar river.", claims.VerdictContradicted},
		{"A bridge over the Tamar river was opened by Rufus Firefly, Freedonia's chancellor since 2011.", claims.VerdictSupported},
		// A title after a fronted phrase's comma is no apposition.
		{"Over the Tamar river, Chancellor Rufus Firefly opened a bridge in 2019.", claims.VerdictContradicted},
	})
}

// TestPresentPassiveOffice: "is led by" is a present passive, not a past
// tense (Quirk et al. §3.64), so the office it gives is checked at the
// moment asked; an office named without a country is the country's whose
// office the person held.
func TestPresentPassiveOffice(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	for _, s := range []string{
		"Freedonia's delegation is led by its chancellor, Gloria Teasdale.",
		"Freedonia's delegation is led by Chancellor Gloria Teasdale.",
	} {
		rep := check(t, e, s, "2020-01-01")
		if rep.Verdict != claims.VerdictContradicted || len(rep.Inconsistencies) != 1 || rep.Inconsistencies[0].Kind != claims.InconsistencyOutdated {
			t.Errorf("%q: %v (%s) %+v, want CONTRADICTED with an outdated office", s, rep.Verdict, rep.Explanation, rep.Inconsistencies)
			continue
		}
		if msg := rep.Inconsistencies[0].Message; !strings.Contains(msg, "Firefly") || !strings.Contains(msg, "Freedonia") {
			t.Errorf("%q: message %q, want Firefly as the holder of Freedonia's office", s, msg)
		}
	}
}

// TestNarrowerNounByVectors: a noun WordNet files under the claim's
// (consultation under discussion) is still borne out when word vectors
// place the two as close as the threshold for unrelated nouns requires.
func TestNarrowerNounByVectors(t *testing.T) {
	t.Parallel()
	text := "Fishing rules\n\nThe Harbour Trade Council began discussions with fishermen in Lima on Monday."
	e := tiny(t, wire("wire-2026-10-fish", "Fishing rules", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"The Harbour Trade Council began consultations with fishermen in Lima.", claims.VerdictSupported},
	})
}

// TestDocumentHolders: an office one person holds at a time (a head of
// state or government, one portfolio's minister) that a report of the
// time gives someone else is a wrong office; a vice president is no
// president (privative modifiers, Kamp and Partee 1995); a country
// before its bracketed short form still owns the title after it; and a
// title before a name is the person's when the clause's event happens,
// not at some time before (only "X was ..." may be).
func TestDocumentHolders(t *testing.T) {
	t.Parallel()
	text := "Summit closes\n\nPeruvian President Otis Driftwood met Republic of Kenya (ROK) President Wanjiru Kamau " +
		"and Kenyan Vice President Achieng Odhiambo in Nairobi on Monday."
	e := tiny(t, wire("wire-2026-10-close", "Summit closes", day(2026, 10, 6), text))
	for _, tt := range []struct {
		statement string
		verdict   claims.Verdict
	}{
		{"Kenyan President Wanjiru Kamau met Driftwood in Nairobi.", claims.VerdictSupported},
		{"Kenyan President Achieng Odhiambo met Driftwood in Nairobi.", claims.VerdictContradicted},
		{"Peruvian President Wanjiru Kamau met Driftwood in Nairobi.", claims.VerdictContradicted},
		{"Chancellor Gloria Teasdale met Driftwood in Nairobi.", claims.VerdictContradicted},
		// A vice president is not one person's office everywhere.
		{"Kenyan Vice President Otis Driftwood met Kamau in Nairobi.", claims.VerdictNotEnoughInfo},
	} {
		rep := check(t, e, tt.statement, "")
		if rep.Verdict != tt.verdict {
			t.Errorf("%q: %v (%s), want %v", tt.statement, rep.Verdict, rep.Explanation, tt.verdict)
			continue
		}
		if tt.verdict == claims.VerdictContradicted && len(rep.Inconsistencies) == 0 {
			t.Errorf("%q: no inconsistency", tt.statement)
		}
	}
}

// TestEvidenceMonthWithoutYear: the evidence's month without a year ("in
// January") takes the statement's year when that lies near the document's
// date: "in January 2027" is no other date, "January 2019" is.
func TestEvidenceMonthWithoutYear(t *testing.T) {
	t.Parallel()
	text := "Handover set\n\nThings should change when Rufus Firefly returns to power in January."
	e := tiny(t, wire("wire-2026-11-handover", "Handover set", day(2026, 11, 20), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly is due to return to power in January 2027.", claims.VerdictSupported},
		{"Rufus Firefly returned to power in January 2019.", claims.VerdictContradicted},
	})
}

// TestQuotationSpeaker: a quotation over several sentences names its
// speaker once, where it closes; its sentences are the speaker's words,
// and its first person is the speaker (the sieve's speaker pass, Lee et
// al. 2013).
func TestQuotationSpeaker(t *testing.T) {
	t.Parallel()
	text := "Canal opens\n\n“When I opened the canal with our Sylvanian partners last year, I said the goal was trade. " +
		"And the barges are here,” Chancellor Rufus Firefly told the envoys."
	e := tiny(t, wire("wire-2026-10-canal", "Canal opens", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly opened the canal with Sylvanian partners in 2025.", claims.VerdictSupported},
		{"Firefly said he had opened the canal with Sylvanian partners.", claims.VerdictSupported},
		{"Teasdale opened the canal with Sylvanian partners.", claims.VerdictNotEnoughInfo},
	})
	text = "Treaty signed\n\nRufus Firefly spoke in Nairobi on Monday. “The port is open. Yesterday I signed the ferry treaty with Sylvania,” Firefly said."
	e = tiny(t, wire("wire-2026-10-treaty2", "Treaty signed", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly signed the ferry treaty with Sylvania.", claims.VerdictSupported},
	})
}

// TestCountedNounsByVectors: two counts of nouns word vectors place as
// close as similarNouns asks (firm, company) count the same thing, so
// they agree or conflict.
func TestCountedNounsByVectors(t *testing.T) {
	t.Parallel()
	text := "Port contract\n\nA consortium of three companies will run the port of Lamu from Monday."
	e := tiny(t, wire("wire-2026-10-lamu", "Port contract", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"A consortium of three firms will run the port of Lamu.", claims.VerdictSupported},
		{"A consortium of five firms will run the port of Lamu.", claims.VerdictContradicted},
	})
}

// TestFormerHolderIsNoHolder: a report naming someone the country's
// former president names no one who holds it: another person given the
// office is not contradicted by it, nor is the former holder made the
// holder; and words that qualify a title do not part it from its country
// ("Peru's popular president").
func TestFormerHolderIsNoHolder(t *testing.T) {
	t.Parallel()
	text := "Envoys meet\n\nPeru's former president Otis Driftwood met envoys in Lima on Monday."
	e := tiny(t, wire("wire-2026-10-former", "Envoys meet", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Peru's popular president Wanjiru Kamau met envoys in Lima.", claims.VerdictNotEnoughInfo},
		{"Peru's former president Otis Driftwood met envoys in Lima.", claims.VerdictSupported},
		{"Otis Driftwood is Peru's president.", claims.VerdictNotEnoughInfo},
	})
}

// TestNameWrittenInLowerCase: a claim that writes a known name in lower
// case ("blamed kipini", "blamed the west") names it, as it would a name the gazetteer
// does not know.
func TestNameWrittenInLowerCase(t *testing.T) {
	t.Parallel()
	text := "Ferries stop\n\nOfficials of Kipini met on Monday. Rufus Firefly blamed kipini for the ferry strike on Tuesday."
	e := tiny(t, wire("wire-2026-10-ferries", "Ferries stop", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly blamed Kipini for the ferry strike.", claims.VerdictSupported},
	})

}

// TestVenueOfAnotherEvent: a place in a temporal connective's phrase
// ("before the fair opened in Lima") is that event's; a statement naming
// someone the claim does not ("met Otieno Waweru in Lima") may speak of
// another event than the claim's, so their places do not conflict
// (Davidson 1967: one event, one place); and what a verb of asking asks
// for ("asked Firefly not to come in person") asserts nothing (Nairn,
// Condoravdi and Karttunen 2006).
func TestVenueOfAnotherEvent(t *testing.T) {
	t.Parallel()
	text := "Chancellor travels\n\nIn Nairobi, Chancellor Rufus Firefly will open a bridge on Monday. " +
		"Firefly attended the 2026 Harbour Regatta virtually."
	e := tiny(t, wire("wire-2026-10-venue", "Chancellor travels", day(2026, 10, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will meet Otieno Waweru in Lima.", claims.VerdictNotEnoughInfo},
		{"Firefly will open a bridge in Lima on Monday.", claims.VerdictContradicted},
		{"Firefly will open a bridge on Monday, before the river fair opens in Lima.", claims.VerdictNotEnoughInfo},
		{"Sylvania asked Firefly not to come to the 2026 Harbour Regatta in person.", claims.VerdictNotEnoughInfo},
	})
}

// TestRatherThan: what "rather than" or "instead of" rejects is none of
// what the clause asserts (Quirk et al. §13.46): "headed by X rather than
// by Y" is borne out by "headed by X", and Y fills no slot.
func TestRatherThan(t *testing.T) {
	t.Parallel()
	text := "Talks open\n\nSylvania sent a delegation headed by Ambassador Trentino to the river talks on Monday."
	e := tiny(t, wire("wire-2026-10-rather", "Talks open", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Sylvania sent a delegation headed by Ambassador Trentino rather than by Chancellor Rufus Firefly.", claims.VerdictSupported},
		{"Sylvania sent a delegation headed by Chancellor Rufus Firefly instead of Ambassador Trentino.", claims.VerdictContradicted},
		{"Gloria Teasdale rather than Ambassador Trentino headed a delegation to the river talks.", claims.VerdictNotEnoughInfo},
	})
}

// TestPresenceAtEvent: a clause with no verb but a copula and an event it
// is at ("will not be at the regatta") attends it (WordNet's gloss of
// attend: "be present at"), so opposites of attending bear it out or
// contradict it.
func TestPresenceAtEvent(t *testing.T) {
	t.Parallel()
	text := "Regatta opens\n\nRufus Firefly will skip the 2026 Harbour Regatta."
	e := tiny(t, wire("wire-2026-06-skip", "Regatta opens", day(2026, 6, 20), text))
	expectVerdicts(t, e, []verdictCase{
		{"Neither Rufus Firefly nor Gloria Teasdale will be at the 2026 Harbour Regatta.", claims.VerdictNotEnoughInfo},
		{"Rufus Firefly will not be at the 2026 Harbour Regatta.", claims.VerdictSupported},
		{"Rufus Firefly will be at the 2026 Harbour Regatta.", claims.VerdictContradicted},
		{"Rufus Firefly will be a sponsor for the 2026 Harbour Regatta.", claims.VerdictNotEnoughInfo},
	})
}

// TestLengthOfAnEvent: "will run for three days" reads "for" as the
// preposition of a length, not the phrasal verb "run for" (office), and
// the days are the event's dated range.
func TestLengthOfAnEvent(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdicts(t, e, []verdictCase{
		{"The 2026 Harbour Regatta will run for three days in Sylvania.", claims.VerdictSupported},
		{"The 2026 Harbour Regatta will run for five days in Sylvania.", claims.VerdictContradicted},
	})
}

// TestThingsOpposedOnlyAsNouns: a statement's noun conflicts as an
// opposite thing only with a noun of the claim ("the Lima stop" is no
// opposite of "to preserve"), and a number counting who spoke ("the two
// mayors said") is no figure of the claim.
func TestThingsOpposedOnlyAsNouns(t *testing.T) {
	t.Parallel()
	text := "Canal saved\n\nIn Lima, Rufus Firefly will meet fishermen working to preserve the canal, the two mayors said."
	e := tiny(t, wire("wire-2026-10-preserve", "Canal saved", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Rufus Firefly will use the Lima stop to meet fishermen working to protect the canal.", claims.VerdictNotEnoughInfo},
		{"Rufus Firefly will meet 18 fishermen in Lima.", claims.VerdictNotEnoughInfo},
	})
}

// TestOfficeDatedByAnotherClause: "X was chancellor when the 2026 river
// talks took place" dates the office by the one dated event the
// statement names, in whichever clause.
func TestOfficeDatedByAnotherClause(t *testing.T) {
	t.Parallel()
	expectVerdictsAt(t, tiny(t), "2026-12-01", []verdictCase{
		{"Gloria Teasdale was Freedonia's chancellor when the 2026 river talks took place.", claims.VerdictContradicted},
		{"Rufus Firefly was Freedonia's chancellor when the 2026 river talks took place.", claims.VerdictSupported},
	})
}

// TestDocumentShowsItsOwnSlip: for people no reference fact lists, a
// report that gives someone an office it gives another person elsewhere,
// while it gives them another office of that country, carries a wrong
// office on that sentence, as the guide's Lavrov; answers leaning on it
// say so. Someone given one office only raises nothing.
func TestDocumentShowsItsOwnSlip(t *testing.T) {
	t.Parallel()
	text := "Talks in Nairobi\n\nKenyan President Wanjiru Kamau met Kenyan Foreign Minister Achieng Odhiambo in Nairobi on Monday. " +
		"Kenyan President Achieng Odhiambo told reporters the canal talks went well."
	e := tiny(t, wire("wire-2026-10-slip", "Talks in Nairobi", day(2026, 10, 6), text))
	rep := check(t, e, "Achieng Odhiambo told reporters the canal talks went well.", "")
	found := false
	for _, in := range rep.Inconsistencies {
		found = found || strings.Contains(in.Message, "Odhiambo") && in.Kind == claims.InconsistencyWrongOffice
	}
	if !found {
		t.Errorf("no wrong office for Odhiambo: %v %+v", rep.Verdict, rep.Inconsistencies)
	}
	rep = check(t, e, "Wanjiru Kamau met Achieng Odhiambo in Nairobi.", "")
	for _, in := range rep.Inconsistencies {
		if strings.Contains(in.Message, "Kamau") {
			t.Errorf("false alarm on Kamau: %+v", in)
		}
	}
}

// TestOpenBoundIsNoDate: "since", "before", "after" and "until" bound an
// event on one side without dating it (TimeML's temporal links): a date
// conflicts with a bound only when it falls outside it, and matches none.
func TestOpenBoundIsNoDate(t *testing.T) {
	t.Parallel()
	text := "Envoy in Sylvania\n\nTrentino, the first Freedonian envoy to tour Sylvania since 2009, praised its orchards during his talks with Teasdale."
	e := tiny(t, wire("wire-2026-04-envoy", "Envoy in Sylvania", day(2026, 4, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Trentino praised Sylvania's orchards on 8 April 2026.", claims.VerdictNotEnoughInfo},
		{"Trentino praised Sylvania's orchards.", claims.VerdictSupported},
	})
	text = "Envoy arrives\n\nTrentino arrived in Port Elgin before 3 March 2026."
	e = tiny(t, wire("wire-2026-03-arrives", "Envoy arrives", day(2026, 3, 20), text))
	expectVerdicts(t, e, []verdictCase{
		{"Trentino arrived in Port Elgin on 9 March 2026.", claims.VerdictContradicted},
		{"Trentino arrived in Port Elgin in February 2026.", claims.VerdictNotEnoughInfo},
	})
}

// TestOtherParticipantOtherOccasion: a claim about a meeting with someone
// else does not date or place a statement's meeting (Davidson 1967: one
// event has one time and place only when it is the same event), but the
// same participants at another time do conflict.
func TestOtherParticipantOtherOccasion(t *testing.T) {
	t.Parallel()
	text := "Chancellor abroad\n\nFirefly and Trentino shook hands during their meeting in Lima on 3 March 2026."
	e := tiny(t, wire("wire-2026-03-hands", "Chancellor abroad", day(2026, 3, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will meet Teasdale in Nairobi next month.", claims.VerdictNotEnoughInfo},
		{"Firefly and Trentino met in Lima on 9 March 2026.", claims.VerdictContradicted},
	})
	// A possessive or a demonym is no participant.
	text = "Envoys meet\n\nFirefly and Trentino met in Lima on 3 March 2026."
	e = tiny(t, wire("wire-2026-03-meet", "Envoys meet", day(2026, 3, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly and Trentino met in Lima on 9 March 2026 to discuss Sylvania's orchards.", claims.VerdictContradicted},
		{"Firefly and Trentino met on 9 March 2026 for Freedonian trade talks.", claims.VerdictContradicted},
	})
}

// TestContrastiveNot: ", not" before an office at the clause's end denies
// that office alone (Quirk et al. §10.60): the rest of the clause stays
// affirmed and the denied office is checked as denied. A contrasted name
// is left to the clause's negation as before.
func TestContrastiveNot(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdictsAt(t, e, "2020-05-01", []verdictCase{
		{"Rufus Firefly is Freedonia's chancellor, not its ambassador.", claims.VerdictSupported},
		{"Rufus Firefly is Freedonia's ambassador, not its chancellor.", claims.VerdictContradicted},
		{"Trentino is Sylvania's ambassador, not Freedonia's chancellor.", claims.VerdictSupported},
		{"Trentino is Sylvania's ambassador, not Sylvania's ambassador.", claims.VerdictContradicted},
	})
	text := "Envoys meet\n\nRufus Firefly met Trentino in Lima, not Teasdale, on 3 March 2026."
	e = tiny(t, wire("wire-2026-03-envoys", "Envoys meet", day(2026, 3, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly met Teasdale in Lima.", claims.VerdictContradicted},
	})
}

// TestTitleUnderNegation: a title before a name is presupposed, and a
// presupposition survives the clause's negation: "Chancellor X did not
// attend" still calls X chancellor.
func TestTitleUnderNegation(t *testing.T) {
	t.Parallel()
	text := "Fair opens\n\nChancellor Rufus Firefly missed the river fair in Port Elgin on Monday."
	e := tiny(t, wire("wire-2026-10-fair", "Fair opens", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Chancellor Firefly did not attend the river fair either.", claims.VerdictSupported},
		{"Ambassador Firefly did not attend the river fair.", claims.VerdictContradicted},
	})
}

// TestOfficeOfBodyWithinCountry: a country's name stands for the one body
// within it that has an office ("Freedonia's convenor" for the convenor
// of its ruling party), the place for the institution (Lakoff and
// Johnson 1980), but not where the country has such an office itself or
// another body in it has one too.
func TestOfficeOfBodyWithinCountry(t *testing.T) {
	t.Parallel()
	cite := claims.Citation{Title: "Register of offices", Publisher: "Freedonia Gazette", URL: "https://example.org/register", Accessed: day(2026, 1, 1)}
	entities := []*claims.Entity{
		{ID: "freedonia", Name: "Freedonia", Kind: claims.KindCountry},
		{ID: "sylvania", Name: "Sylvania", Kind: claims.KindCountry},
		{ID: "harvest-party", Name: "Harvest Party of Freedonia", Kind: claims.KindOrganisation, PartOf: []string{"freedonia"}},
		{ID: "grange", Name: "Sylvanian Grange", Kind: claims.KindOrganisation, PartOf: []string{"sylvania"}},
		{ID: "firefly", Name: "Rufus T. Firefly", Kind: claims.KindPerson, Aliases: []string{"Firefly"}},
		{ID: "teasdale", Name: "Gloria Teasdale", Kind: claims.KindPerson, Aliases: []string{"Teasdale"}},
		{ID: "trentino", Name: "Ambassador Trentino", Kind: claims.KindPerson, Aliases: []string{"Trentino"}},
	}
	roles := []*claims.Role{{ID: "convenor", Name: "Convenor"}, {ID: "chancellor", Name: "Chancellor"}}
	tenures := []*claims.Tenure{
		{ID: "t1", Person: "firefly", Role: "convenor", Country: "harvest-party", Start: day(2011, 6, 1), Citation: cite},
		{ID: "t2", Person: "teasdale", Role: "chancellor", Country: "freedonia", Start: day(2012, 1, 1), Citation: cite},
		{ID: "t3", Person: "trentino", Role: "convenor", Country: "grange", Start: day(2012, 1, 1), Citation: cite},
		{ID: "t4", Person: "firefly", Role: "convenor", Country: "sylvania", Start: day(2015, 1, 1), Citation: cite},
	}
	c, err := claims.NewCorpus(nil, nil, entities, roles, tenures)
	if err != nil {
		t.Fatal(err)
	}
	e, err := checker.New(c)
	if err != nil {
		t.Fatal(err)
	}
	expectVerdictsAt(t, e, "2020-05-01", []verdictCase{
		{"Firefly is Freedonia's convenor.", claims.VerdictSupported},
		{"Teasdale is Freedonia's convenor.", claims.VerdictContradicted},
		{"Trentino is Sylvania's convenor.", claims.VerdictContradicted}, // Sylvania has a convenor of its own
	})
}

// TestJointSupportWithOrder: two sentences that follow each other support
// a clause together even when one of them also shares the clause's
// temporal order ("after the vote"), a unit the other lacks.
func TestJointSupportWithOrder(t *testing.T) {
	t.Parallel()
	text := "Fair ends\n\nIn 2025, Firefly opened a river fair in Port Elgin. But, sailed home after the tariff vote was lost."
	e := tiny(t, wire("wire-2025-08-fair", "Fair ends", day(2025, 8, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly sailed home from a river fair in Port Elgin after the tariff vote was lost.", claims.VerdictSupported},
	})
}

// TestJourneyToAPlace: a verb of travelling with a place for its goal
// ("went to", "made a trip to") is WordNet's "travel to", a sense of
// visit; "go to" an event stays WordNet's "go to", a sense of attend.
func TestJourneyToAPlace(t *testing.T) {
	t.Parallel()
	text := "Chancellor abroad\n\nFirefly visited Sylvania in May 2026 and will attend the river talks in March."
	e := tiny(t, wire("wire-2026-06-abroad", "Chancellor abroad", day(2026, 6, 1), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly went to Sylvania in May 2026.", claims.VerdictSupported},
		{"Firefly made a trip to Sylvania in May 2026.", claims.VerdictSupported},
		{"Firefly went to Sylvania in August 2026.", claims.VerdictContradicted},
	})
}

// TestVerbAfterMedialAdverb: an adverb may stand between an auxiliary and
// its verb ("may also seek", Quirk et al. §8.20), and the verb is still
// read as one, so a light verb's noun of action is its predicate.
func TestVerbAfterMedialAdverb(t *testing.T) {
	t.Parallel()
	text := "Chancellor abroad\n\nFirefly is expected to cross to Sylvania on the ferry, officials said."
	e := tiny(t, wire("wire-2026-06-ferry", "Chancellor abroad", day(2026, 6, 1), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will also make the crossing on the ferry.", claims.VerdictSupported},
	})
}

// TestOtherEventNoConflict: a claim that tells of another event than the
// one the clause names says nothing of the clause's event's manner, time
// or place (Davidson 1967: those are one event's); a figure still
// conflicts, and so does anything of the same event.
func TestOtherEventNoConflict(t *testing.T) {
	t.Parallel()
	text := "Chancellor at regatta\n\nIn 2025, Firefly joined the Harbour Regatta in person, officials said."
	e := tiny(t, wire("wire-2026-03-regatta", "Chancellor at regatta", day(2026, 3, 11), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly joined this year's river talks remotely.", claims.VerdictNotEnoughInfo},
		{"In 2025, Firefly joined the Harbour Regatta remotely.", claims.VerdictContradicted},
	})
	// A series of events named by its edition ("this year's Harbour
	// Regatta") is an event too.
	text = "Chancellor at talks\n\nIn 2025, Firefly joined the 2026 river talks' preparatory meeting in person, officials said."
	e = tiny(t, wire("wire-2026-03-prep", "Chancellor at talks", day(2026, 3, 11), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly joined this year's Harbour Regatta remotely.", claims.VerdictNotEnoughInfo},
	})
	text = "Talks end\n\nFirefly met Trentino for three hours on 10 March 2026. Firefly took part in the river talks with Trentino in person."
	e = tiny(t, wire("wire-2026-03-talks", "Talks end", day(2026, 3, 11), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly met Trentino for five hours at the river talks.", claims.VerdictContradicted},
		{"Firefly took part in the river talks remotely.", claims.VerdictContradicted},
	})
}

// TestOfficeWhenEvidenceDated: "X was chancellor when Y happened" asks the
// office at the date the evidence gives Y ("when" links the two as
// simultaneous, TimeML), not at the moment the statement is read.
func TestOfficeWhenEvidenceDated(t *testing.T) {
	t.Parallel()
	text := "Canal opens\n\nThe Tamar canal was opened to barges on 4 May 2005, harbour officials said. Firefly toured Sylvania on 2 May 2026."
	e := tiny(t, wire("wire-2026-05-canal", "Canal opens", day(2026, 5, 4), text))
	expectVerdictsAt(t, e, "2026-05-04", []verdictCase{
		{"Gloria Teasdale was Freedonia's chancellor when the Tamar canal was opened to barges.", claims.VerdictSupported},
		{"Rufus Firefly was Freedonia's chancellor when the Tamar canal was opened to barges.", claims.VerdictContradicted},
		// Only the clause "when" joins is dated, and only a past office.
		{"Firefly toured Sylvania, and Gloria Teasdale was Freedonia's chancellor when the Tamar canal was opened to barges.", claims.VerdictSupported},
		{"Firefly is Freedonia's chancellor, while the Tamar canal was opened to barges.", claims.VerdictSupported},
	})
}

// TestBelongingIsMembership: a person, country or organisation that
// "belongs to" an organisation is a member of it (WordNet's belong sense
// 5, "be a member of a group or organization"); a thing that belongs to
// one is owned, not a member.
func TestBelongingIsMembership(t *testing.T) {
	t.Parallel()
	text := "Regatta grows\n\nSylvania is one of the founding members of the Harbour Regatta. The old lighthouse belongs to the Harbour Regatta."
	e := tiny(t, wire("wire-2026-02-members", "Regatta grows", day(2026, 2, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"Sylvania belongs to the Harbour Regatta.", claims.VerdictSupported},
		{"The old lighthouse is a member of the Harbour Regatta.", claims.VerdictNotEnoughInfo},
	})
}

// TestVerbsOfBeingAbout: "concerns", "relates to" say only what a
// preposition says (WordNet's "refer, pertain, relate, concern": be
// relevant to), so a claim with the same nouns joined by "over" supports
// the clause.
func TestVerbsOfBeingAbout(t *testing.T) {
	t.Parallel()
	text := "Guilds sue\n\nThe harbour guilds filed a lawsuit against Teasdale over the closure of the Tamar canal."
	e := tiny(t, wire("wire-2026-02-lawsuit", "Guilds sue", day(2026, 2, 3), text))
	expectVerdicts(t, e, []verdictCase{
		{"The guilds' lawsuit against Teasdale concerns the closure of the Tamar canal.", claims.VerdictSupported},
		{"The guilds' lawsuit against Teasdale relates to the closure of the Tamar canal.", claims.VerdictSupported},
		{"The guilds' lawsuit against Teasdale concerns the dredging of the harbour.", claims.VerdictNotEnoughInfo},
	})
}

// TestSourceQualifierByCountry: an unnamed source's qualifier names a
// country as a demonym or as the country's name alike ("a Freedonian
// official" is "a Freedonia official").
func TestSourceQualifierByCountry(t *testing.T) {
	t.Parallel()
	text := "Chancellor to travel\n\nFirefly will sail to Lima this month, a Freedonia official told Example Wire."
	e := tiny(t, wire("wire-2026-05-sail", "Chancellor to travel", day(2026, 5, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will sail to Lima this month, according to a Freedonian official.", claims.VerdictSupported},
	})
}

// TestSubjectsOfAThatClause: "confirmed that A and B will meet" keeps A
// and B together as the that-clause's subject (Quirk et al. §13.2: the
// "and" joins noun phrases, not clauses), so the statement is one
// clause, more certain than a hedged claim and contradicted by nothing.
func TestSubjectsOfAThatClause(t *testing.T) {
	t.Parallel()
	text := "Envoys to meet\n\nFirefly and Trentino are expected to meet in Lima, officials said. Details of the meeting were not clear."
	e := tiny(t, wire("wire-2026-05-envoys", "Envoys to meet", day(2026, 5, 4), text))
	const statement = "It has been confirmed that Firefly and Trentino will meet in Lima."
	expectVerdicts(t, e, []verdictCase{{statement, claims.VerdictNotEnoughInfo}})
	if rep := check(t, e, statement, ""); len(rep.Parts) != 1 {
		t.Errorf("%q: %d parts, want one clause", statement, len(rep.Parts))
	}
}

// TestCharacterisingVerbs: "X described Y as Z", "X hailed Y as Z" report
// how X spoke of Y (Levin 1993, §29.2 characterize verbs, in their frame
// "V NP as X"): X is the source and the rest is what X said; "called for"
// or "called an election" is no such frame.
func TestCharacterisingVerbs(t *testing.T) {
	t.Parallel()
	text := "Canal reopens\n\n“The reopening of the Tamar canal is a triumph for the harbour guilds,” Teasdale said."
	e := tiny(t, wire("wire-2026-04-canal", "Canal reopens", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale described the reopening of the Tamar canal as a triumph for the harbour guilds.", claims.VerdictSupported},
		{"Teasdale hailed the reopening of the Tamar canal as a triumph for the harbour guilds.", claims.VerdictSupported},
		{"Teasdale called for the reopening of the Tamar canal.", claims.VerdictNotEnoughInfo},
	})
	// "called" convenes or phones: no characterising frame.
	text = "Snap poll\n\nFirefly called a snap election for May."
	e = tiny(t, wire("wire-2026-04-poll", "Snap poll", day(2026, 4, 2), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly called a snap election for June.", claims.VerdictContradicted},
	})
}

// TestJointSupportOfSeveral: claims of one passage cover a clause together
// only when each covers a good part of it, adds what the others leave and
// shares a unit with them: a claim that shares little with the clause
// does not bridge to another.
func TestJointSupportOfSeveral(t *testing.T) {
	t.Parallel()
	text := "Harbour works\n\nTeasdale praised Sylvania. Trentino showed Teasdale the harbour. Firefly never bought dredgers refitted by Sylvania."
	e := tiny(t, wire("wire-2026-04-harbour", "Harbour works", day(2026, 4, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Trentino showed Teasdale dredgers refitted by Sylvania.", claims.VerdictNotEnoughInfo},
	})
}

// TestContentClauses: a complete "that" clause after a noun such as
// "hope" or "rumour" states what the noun says (Quirk et al. §17.26), so
// "hopes rose that X" keeps X whole; one whose verb lacks its object ("the
// claim that she made in May") is a relative clause.
func TestContentClauses(t *testing.T) {
	t.Parallel()
	text := "Guild talk\n\nIn April 2026, Trentino made a claim about the canal. The guilds rejected the claim."
	e := tiny(t, wire("wire-2026-05-claim", "Guild talk", day(2026, 5, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"The guilds rejected the claim that Trentino made in May 2026.", claims.VerdictContradicted},
	})
	text = "Guild talk\n\nThe rumour that Teasdale will sell the Tamar canal to Sylvania alarmed the harbour guilds, officials said."
	e = tiny(t, wire("wire-2026-04-rumour", "Guild talk", day(2026, 4, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"There is a rumour that Teasdale will sell the Tamar canal to Sylvania.", claims.VerdictSupported},
	})
}

// TestProportionsAsPercentages: a share written in words ("half of",
// "a third of", "two-fifths of") is a percentage of the whole.
func TestProportionsAsPercentages(t *testing.T) {
	t.Parallel()
	text := "Harbour trade\n\nThe harbour guilds handle about 40 per cent of Freedonia's grain exports."
	e := tiny(t, wire("wire-2026-04-grain", "Harbour trade", day(2026, 4, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"The harbour guilds handle about two-fifths of Freedonia's grain exports.", claims.VerdictSupported},
		{"The harbour guilds handle about half of Freedonia's grain exports.", claims.VerdictContradicted},
	})
}

// TestInitialisms: a word in capitals is the initialism of words the
// claim spells out ("harbour improvement levy", HIL).
func TestInitialisms(t *testing.T) {
	t.Parallel()
	text := "Levy raised\n\nTeasdale raised the harbour improvement levy by a fifth on Monday."
	e := tiny(t, wire("wire-2026-04-levy", "Levy raised", day(2026, 4, 8), text))
	expectVerdicts(t, e, []verdictCase{
		{"Teasdale raised the HIL on Monday.", claims.VerdictSupported},
		{"Teasdale raised the HPL on Monday.", claims.VerdictNotEnoughInfo},
	})
}

// TestPlaceOfAnotherEvent: a place after another event named later in the
// clause is that event's ("praised at a harbour summit in Freedonia"), not
// the recorded event's; where the recorded event was held still
// conflicts.
func TestPlaceOfAnotherEvent(t *testing.T) {
	t.Parallel()
	e := tiny(t)
	expectVerdictsAt(t, e, "2026-06-01", []verdictCase{
		{"The 2026 river talks were praised at a harbour summit in Freedonia.", claims.VerdictNotEnoughInfo},
		{"The 2026 river talks were held in Freedonia.", claims.VerdictContradicted},
		{"The 2026 river talks were held at a harbour summit in Freedonia.", claims.VerdictContradicted},
		{"Firefly and Trentino's 2026 river talks took place in Freedonia.", claims.VerdictContradicted},
	})
}

// TestVerbsBelongToTheirClause: a relative clause of place after a comma
// (", where ...") is a clause of its own (Quirk et al. §17.22), and a
// claim's verb speaks only of the names of its own clause: "Firefly will
// skip the fair, where Trentino will attend" does not say Firefly attends.
func TestVerbsBelongToTheirClause(t *testing.T) {
	t.Parallel()
	text := "Fair opens\n\nFirefly will skip the river fair, where Trentino and Gloria Teasdale are expected to attend."
	e := tiny(t, wire("wire-2026-08-fair", "Fair opens", day(2026, 8, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will attend the river fair.", claims.VerdictContradicted},
		{"Teasdale is expected to attend the river fair.", claims.VerdictSupported},
	})
	// The relative clause's own subject may be a pronoun for the main
	// clause's: then the verb may be that person's.
	text = "Fair opens\n\nFirefly sailed to Sylvania, where he will attend the river fair."
	e = tiny(t, wire("wire-2026-08-sail", "Fair opens", day(2026, 8, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Firefly will attend the river fair.", claims.VerdictSupported},
	})
}

// TestJointSupportExplained: an answer that two claims decide together
// quotes both in its explanation.
func TestJointSupportExplained(t *testing.T) {
	t.Parallel()
	text := "Fair ends\n\nIn 2025, Firefly opened a river fair in Port Elgin. But, sailed home after the tariff vote was lost."
	e := tiny(t, wire("wire-2025-08-fair", "Fair ends", day(2025, 8, 4), text))
	rep := check(t, e, "Firefly sailed home from a river fair in Port Elgin after the tariff vote was lost.", "")
	if rep.Verdict != claims.VerdictSupported {
		t.Fatalf("verdict %v, want SUPPORTED", rep.Verdict)
	}
	for _, q := range []string{"opened a river fair in Port Elgin", "sailed home after the tariff vote was lost"} {
		if !strings.Contains(rep.Explanation, q) {
			t.Errorf("explanation %q does not quote %q", rep.Explanation, q)
		}
	}
}

// TestFormerTitles: "former chancellor X" says X held the office once and
// no longer holds it at the moment the clause speaks of.
func TestFormerTitles(t *testing.T) {
	t.Parallel()
	text := "Fair opens\n\nChancellor Rufus Firefly and Gloria Teasdale missed the river fair in Port Elgin on Monday."
	e := tiny(t, wire("wire-2026-10-fair", "Fair opens", day(2026, 10, 6), text))
	expectVerdicts(t, e, []verdictCase{
		{"Former chancellor Teasdale did not attend the river fair.", claims.VerdictSupported},
		{"Former chancellor Firefly did not attend the river fair.", claims.VerdictContradicted},
		{"Former ambassador Teasdale did not attend the river fair.", claims.VerdictContradicted},
	})
}

// TestContrastedVerbPhrase: ", not" before a verb phrase sets that phrase
// aside (Quirk et al. §10.60): its "not" negates nothing else.
func TestContrastedVerbPhrase(t *testing.T) {
	t.Parallel()
	text := "Grain plan\n\nFreedonia will import grain, not export it, officials said."
	e := tiny(t, wire("wire-2026-05-grain", "Grain plan", day(2026, 5, 4), text))
	expectVerdicts(t, e, []verdictCase{
		{"Freedonia will import grain.", claims.VerdictSupported},
	})
}
