package reader_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/reader"
)

// TestNewsAttribution checks the ways wire copy names who said something:
// a description in close apposition before the name (Quirk et al.
// §17.65), an adverb between the speaker and the verb (§8.20), and a
// title that names no one.
func TestNewsAttribution(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, sources, role string }{
		{"The ferry sank, according to its skipper Ottoline Quarrie.", "Ottoline Quarrie", ""},
		{"The ferry sank, according to the harbour board's chief engineer Ottoline Quarrie.", "Ottoline Quarrie", ""},
		{"The ferry sank, according to the harbour board.", "", ""},
		// A source noun keeps its own reading; the name after its comma is the clause's subject.
		{"According to sources, Quarrie had sold the ferry.", "sources", ""},
		{"The ferry sank, his spokeswoman later said.", "his spokeswoman", ""},
		{"The ferry sank, the spokeswoman reportedly said.", "the spokeswoman", ""},
		// A title that names no one speaks as whoever holds it.
		{"“The ferry sank,” the president said.", "the president", "president"},
		{"He wants to run for president, a spokeswoman said.", "a spokeswoman", ""},
		// A described name does not reach past "that" into what was said.
		{"A spokeswoman told reporters that Quarrie sold the ferry.", "A spokeswoman", ""},
		// A final reporting clause may put its subject after the verb
		// (Quirk et al. §14.30), with a word or two describing it.
		{"The ferry sank, said Ottoline Quarrie.", "Ottoline Quarrie", ""},
		{"The ferry sank on Monday, reports Quarrie news agency.", "Quarrie", ""},
		{"“The ferry sank,” said the spokeswoman.", "the spokeswoman", ""},
		{"The ferry sank, said Ambassador Ottoline Quarrie on Tuesday.", "Ambassador Ottoline Quarrie", ""},
		// Not a second verb of the sentence with its object.
		{"Pym sold the ferry, announced Quarrie's resignation and sailed home.", "", ""},
		{"Pym sold the ferry, reported Quarrie to the police and fled.", "", ""},
		// Not when more follows the name: it is what was said.
		{"A spokeswoman said Quarrie sold the ferry.", "A spokeswoman", ""},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var srcs, roles []string
		for _, s := range c.Sources {
			srcs = append(srcs, s.Text)
			if s.Role != "" {
				roles = append(roles, s.Role)
			}
		}
		if strings.Join(srcs, ",") != tt.sources || strings.Join(roles, ",") != tt.role {
			t.Errorf("Read(%q) sources %q roles %q, want %q %q", tt.text, srcs, roles, tt.sources, tt.role)
		}
	}
}

// TestNewsHedges checks that "due to" is a hedge only where a copula makes
// it predicative ("is due to sail"); before a noun it is the complex
// preposition "because of" (Quirk et al. §9.10).
func TestNewsHedges(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text   string
		hedged bool
	}{
		{"The ferry is due to sail on Monday.", true},
		{"The ferry was also due to sail on Monday.", true},
		{"The ferry stayed in port due to the gale.", false},
		{"The port closed due to damage to its quay.", false},
		{"The delay is due to the gale.", false},
		{"The ferry, due to sail on Monday, was delayed.", true},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		if got := c.Hedge != 0; got != tt.hedged {
			t.Errorf("Read(%q) hedge %v, want hedged %v", tt.text, c.Hedge, tt.hedged)
		}
	}
}

// TestNewsWordClasses checks words the first word of a sentence or of a
// quotation makes ambiguous: a plural noun opening a sentence is no verb
// (a finite verb in -s agrees with a subject before it), a capitalised
// common word opening a quotation is no name, and a pronoun's contraction
// ("I've") is a pronoun and an auxiliary.
func TestNewsWordClasses(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, verbs, names string }{
		{"Tariffs rose sharply in May.", "rise", ""},
		{"Gale winds hit the harbour.", "", ""},
		{"Quarrie sells ferries.", "sell", "Quarrie"},
		{"“Weather is not our problem,” Quarrie said.", "", "Quarrie"},
		{"“I’ve sold the ferry,” Quarrie said.", "sell", "Quarrie"},
		// After a closing mark the capitalised word is the speaker, even a
		// word that is also an ordinary noun.
		{"“We will sail,” Rice said.", "sail", "Rice"},
		{"Quarrie called it “Operation Gannet”.", "call", "Quarrie,Operation Gannet"},
		// A word in -s after a name and before a finite verb is its plural subject.
		{"The Lamu talks ended on Monday.", "end", "Lamu"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var verbs, names []string
		for _, term := range c.Terms {
			if term.Verb {
				verbs = append(verbs, term.Lemma)
			}
		}
		for _, m := range c.Entities {
			names = append(names, m.Text)
		}
		for _, s := range c.Sources {
			names = append(names, s.Text)
		}
		if strings.Join(verbs, ",") != tt.verbs || strings.Join(names, ",") != tt.names {
			t.Errorf("Read(%q) verbs %q names %q, want %q %q", tt.text, verbs, names, tt.verbs, tt.names)
		}
	}
}

// TestNewsFrontedClause checks that a fronted adverbial clause ends at its
// comma (Quirk et al. §15.58): a name closing it is not in apposition with
// a title after the comma, and the main clause's subject follows the
// comma; "As many as" opens no clause.
func TestNewsFrontedClause(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	c := r.Read("When the envoy met Quarrie, the president said little.", ref).Clauses[0]
	for _, o := range c.Offices {
		if o.PersonName == "Quarrie" {
			t.Errorf("office %+v given to the name closing the fronted clause", o)
		}
	}
	for _, term := range c.Terms {
		if term.Lemma == "envoy" && term.Subject {
			t.Errorf("the fronted clause's envoy read as the main clause's subject")
		}
	}
	c = r.Read("As many as 300 Quarrie supporters marched in Lima.", ref).Clauses[0]
	subject := false
	for _, m := range c.Entities {
		subject = subject || m.Text == "Quarrie" && m.Subject
	}
	if !subject {
		t.Errorf("As many as 300 Quarrie supporters: Quarrie not in the subject (%+v)", c.Entities)
	}
}

// TestNewsDateRanges checks that the year after a range of days in one
// month dates both ends ("March 3-4, 2026").
func TestNewsDateRanges(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"The regatta ran on March 3-4, 2026.", "2026-03-03..2026-03-04"},
		{"The regatta ran on March 3 and 4, 2026, off Lamu.", "2026-03-03..2026-03-04"},
		{"The regatta ran on March 3-4.", "03-03..03-04"},
	}
	for _, tt := range tests {
		if got := times(r.Read(tt.text, ref).Clauses[0]); got != tt.want {
			t.Errorf("Read(%q) times = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPassiveParticles checks that a particle that is also a preposition,
// after a passive verb and before a noun phrase, is that preposition
// ("was held on the first day" is no "hold on"), while a phrasal verb
// keeps its particle where no noun phrase follows (Quirk et al. §16.3-16.5).
func TestPassiveParticles(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, verb string }{
		{"The regatta was held on the first day of spring.", "hold"},
		{"The regatta was called off on Monday.", "call_off"},
		{"The crew held on until dawn.", "hold_on"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		verbs := verbsOf(c)
		if strings.Join(verbs, ",") != tt.verb {
			t.Errorf("Read(%q) verbs %q, want %q", tt.text, verbs, tt.verb)
		}
	}
}

// TestUnitBeforeTheVerb checks that a figure closing a noun's "of" phrase
// counts that noun, not the clause's verb after it ("a magnitude of 6.2
// struck").
func TestUnitBeforeTheVerb(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, unit string }{
		{"A tremor with a magnitude of 6.2 struck the coast.", "magnitude"},
		{"A tremor of magnitude 6.2 struck the coast.", "magnitude"},
		{"Eleven ferries sank.", "ferry"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		if len(c.Numbers) != 1 || c.Numbers[0].Unit != tt.unit {
			t.Errorf("Read(%q) numbers %+v, want one counting %q", tt.text, c.Numbers, tt.unit)
		}
	}
}

// TestVerbsUnderOneModal checks that a bare verb after "and" under a
// modal before it opens a clause of its own, its subject elided ("will
// sail to Lamu and meet the envoy", Quirk et al. §13.51), while two nouns
// after the verb stay one clause.
func TestVerbsUnderOneModal(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text    string
		clauses []string
	}{
		{"Quarrie will sail to Lamu and meet the envoy.", []string{"Quarrie will sail to Lamu", "meet the envoy"}},
		{"Quarrie will buy oil and gas from Lamu.", []string{"Quarrie will buy oil and gas from Lamu"}},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		var got []string
		for _, c := range rd.Clauses {
			got = append(got, c.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.clauses, "|") {
			t.Errorf("Read(%q) clauses %q, want %q", tt.text, got, tt.clauses)
		}
	}
}

// TestCurrentCopulas checks that "remain", "stay" and "keep" before an
// adjective link like "be" (Quirk et al. §16.21) and leave no word of
// their own, while "stayed home" and "remained in Lamu" say where.
func TestCurrentCopulas(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, terms string }{
		{"The cause of the fire remains unclear.", "cause,fire,unclear"},
		{"The ferry terminal stayed shut.", "ferry,terminal,shut"},
		{"The envoy remained in Lamu.", "envoy,remain"},
		{"The envoy stayed home.", "envoy,stay,home"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var got []string
		for _, term := range c.Terms {
			got = append(got, term.Lemma)
		}
		if strings.Join(got, ",") != tt.terms {
			t.Errorf("Read(%q) terms %q, want %q", tt.text, got, tt.terms)
		}
	}
}

// TestContractedAuxiliaries checks that "'d" before a past participle is
// "had" and elsewhere "would".
func TestContractedAuxiliaries(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ text, aux string }{
		{"She'd resigned in May.", "had"},
		{"She'd resign if asked.", "would"},
	} {
		toks := newReader(t).Read(tt.text, ref).Tokens
		if len(toks) < 2 || toks[1].Norm != tt.aux {
			t.Errorf("Read(%q): %+v, want %q second", tt.text, toks, tt.aux)
		}
	}
}

// TestHundreds checks numbers in words with "hundred" and "and" (Quirk et
// al. §6.63): "one hundred and ninety-four" is 194, "two hundred" 200.
func TestHundreds(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text  string
		value float64
		unit  string
	}{
		{"One hundred and ninety-four ferries sailed.", 194, "ferry"},
		{"Two hundred people marched.", 200, "people"},
		{"Nine hundred and twelve sheep grazed.", 912, "sheep"},
		{"Two hundred thousand sheep grazed.", 200000, "sheep"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		if len(c.Numbers) != 1 || c.Numbers[0].Value != tt.value || c.Numbers[0].Unit != tt.unit {
			t.Errorf("Read(%q) numbers %+v, want %v %s", tt.text, c.Numbers, tt.value, tt.unit)
		}
	}
}

// TestFunctionWordsOfNews checks words that say how a phrase hangs, not
// what happened: prepositions of place and concession ("inside",
// "despite"), "together with" (a complex preposition) and the partitive
// "one of" (no count).
func TestFunctionWordsOfNews(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, terms string }{
		{"The vote was delayed by debates inside the guild.", "vote,delay,debate,guild"},
		{"The ferry sailed despite the gale.", "ferry,sail,gale"},
		{"Lamu applied together with Malindi.", "apply"},
		{"Lamu is one of the guild's members.", "guild,member"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var got []string
		for _, term := range c.Terms {
			got = append(got, term.Lemma)
		}
		if strings.Join(got, ",") != tt.terms || len(c.Numbers) != 0 {
			t.Errorf("Read(%q) terms %q numbers %+v, want %q and no number", tt.text, got, c.Numbers, tt.terms)
		}
	}
}

// TestParticipleAfterAnd checks that "and" before an -ing participle with
// no auxiliary of its own opens no clause ("with A and B signing a deal"),
// unless the clause before has a progressive it shares ("is avoiding the
// fair but meeting the envoy").
func TestParticipleAfterAnd(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text    string
		clauses int
	}{
		{"The fair ended with Quarrie and Pym signing a deal.", 1},
		{"Quarrie is avoiding the fair but meeting the envoy.", 2},
	}
	for _, tt := range tests {
		if rd := r.Read(tt.text, ref); len(rd.Clauses) != tt.clauses {
			t.Errorf("Read(%q): %d clauses, want %d", tt.text, len(rd.Clauses), tt.clauses)
		}
	}
}

// TestNumbersNotMerged checks that two ranges' ends stay two numbers
// ("between two hundred and three hundred") and that a number in words
// after a verb is no unit of itself ("rose to two hundred").
func TestNumbersNotMerged(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	c := r.Read("Between two hundred and three hundred sheep grazed.", ref).Clauses[0]
	if len(c.Numbers) != 2 || c.Numbers[0].Value != 200 || c.Numbers[1].Value != 300 {
		t.Errorf("numbers %+v, want 200 and 300", c.Numbers)
	}
	c = r.Read("The toll rose to two hundred.", ref).Clauses[0]
	if len(c.Numbers) != 1 || c.Numbers[0].Value != 200 || c.Numbers[0].Unit != "" {
		t.Errorf("numbers %+v, want 200 counting nothing named", c.Numbers)
	}
	// "One of the ferries" counts one; only "is one of" classes.
	c = r.Read("One of the ferries sank.", ref).Clauses[0]
	if len(c.Numbers) != 1 || c.Numbers[0].Value != 1 {
		t.Errorf("One of the ferries: numbers %+v, want one", c.Numbers)
	}
}

// TestTravelBackKeepsPhrasalVerbs checks that "back" after a verb of
// travel is a return only where WordNet has no phrasal verb and no object
// follows.
func TestTravelBackKeepsPhrasalVerbs(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, verb string }{
		{"Quarrie sailed back to Lamu.", "return"},
		{"Quarrie went back on her promise.", "go_back_on"},
		{"The guards drove back the crowd.", "drive_back"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		verbs := verbsOf(c)
		if strings.Join(verbs, ",") != tt.verb {
			t.Errorf("Read(%q) verbs %q, want %q", tt.text, verbs, tt.verb)
		}
	}
}

// TestSVerbBeforeParticiple checks that a verb in -s after a name keeps
// its verb reading before an attributive participle ("Quarrie signs
// revised law"); only in a noun phrase opened by a determiner is the word
// a plural subject ("The Lamu talks ended").
func TestSVerbBeforeParticiple(t *testing.T) {
	t.Parallel()
	c := newReader(t).Read("Quarrie signs revised law on ferries.", ref).Clauses[0]
	signs := false
	for _, term := range c.Terms {
		signs = signs || term.Lemma == "sign" && term.Verb
	}
	if !signs {
		t.Errorf("Quarrie signs revised law: %+v, want sign as the verb", c.Terms)
	}
}

// verbsOf returns the lemmas of a clause's verbs, in order.
func verbsOf(c reader.Clause) []string {
	var verbs []string
	for _, term := range c.Terms {
		if term.Verb {
			verbs = append(verbs, term.Lemma)
		}
	}
	return verbs
}

// TestProgressiveAfterMedialAdverb: an -ing form after an auxiliary and
// an adverb in medial position is the progressive's verb ("is probably
// staying away", Quirk et al. §8.20), as a bare form after "will
// probably" is.
func TestProgressiveAfterMedialAdverb(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	for text, want := range map[string]string{
		"Quarrie is probably staying away from the fair.": "stay_away",
		"Pym was reportedly sailing to Lamu.":             "sail",
		"The rebels are still fighting near Lamu.":        "fight",
		"Officials there are also weighing options.":      "weigh",
	} {
		if got := verbsOf(r.Read(text, ref).Clauses[0]); !slices.Contains(got, want) {
			t.Errorf("Read(%q): verbs %v, want %s among them", text, got, want)
		}
	}
	// Not after an adverb that is also an adjective, nor after an
	// existential "there is": there the -ing form is a noun.
	for text, noun := range map[string]string{
		"There was also fighting near Lamu.":   "fight",
		"The main draw was daily sailing.":     "sail",
		"There was reportedly rowing at dawn.": "row",
	} {
		if got := verbsOf(r.Read(text, ref).Clauses[0]); slices.Contains(got, noun) {
			t.Errorf("Read(%q): verbs %v, want %s a noun", text, got, noun)
		}
	}
}

// TestIngNounKeepsItsLemma: an -ing form in a noun's place that WordNet
// lists as a noun of its own ("the gathering", "a hearing") keeps that
// lemma, so its noun relations (a conclave is a gathering) apply.
func TestIngNounKeepsItsLemma(t *testing.T) {
	t.Parallel()
	c := newReader(t).Read("Quarrie left the gathering early.", ref).Clauses[0]
	found := false
	for _, term := range c.Terms {
		if term.Text == "gathering" {
			found = true
			if term.Verb || term.Lemma != "gathering" {
				t.Errorf("gathering read as %+v, want the noun gathering", term)
			}
		}
	}
	if !found {
		t.Errorf("no term gathering in %+v", c.Terms)
	}
	// A denied noun keeps the same lemma: "no gathering" denies gatherings.
	c = newReader(t).Read("There was no gathering.", ref).Clauses[0]
	if !slices.Contains(c.Denied, "gathering") {
		t.Errorf("There was no gathering: denied %v, want gathering", c.Denied)
	}
}

// TestSubjectOfThatClause: an -s form straight after "that" is the
// subject of a that-clause when "that" follows a verb of saying (Quirk
// et al. §15.3).
func TestSubjectOfThatClause(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text, word string
		verb       bool
	}{
		{"Quarrie said that ferries between the islands have slowed.", "ferries", false},
		{"Pym warned that ferries would stop.", "ferries", false},
		{"Quarrie admitted that ferries between the islands have slowed.", "ferries", false},
	}
	for _, tt := range tests {
		found := false
		for _, c := range r.Read(tt.text, ref).Clauses {
			for _, term := range c.Terms {
				if term.Text == tt.word {
					found = true
					if term.Verb != tt.verb {
						t.Errorf("Read(%q): %s read as verb=%v, want %v", tt.text, tt.word, term.Verb, tt.verb)
					}
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no term %s", tt.text, tt.word)
		}
	}
}

// TestVerbAfterRelativePronoun: a bare form after "who" or "which" with
// an object after it is the relative clause's verb ("envoys who back
// Quarrie", Quirk et al. §17.9), not a noun.
func TestVerbAfterRelativePronoun(t *testing.T) {
	t.Parallel()
	c := newReader(t).Read("Pym thanked the envoys who back Quarrie.", ref).Clauses
	var verbs []string
	for _, cl := range c {
		verbs = append(verbs, verbsOf(cl)...)
	}
	if !slices.Contains(verbs, "back") {
		t.Errorf("envoys who back Quarrie: verbs %v, want back among them", verbs)
	}
	// "which" is also a determiner.
	c = newReader(t).Read("Pym did not say which route the ferries would take.", ref).Clauses
	for _, cl := range c {
		if got := verbsOf(cl); slices.Contains(got, "route") {
			t.Errorf("which route the ferries take: verbs %v, want route a noun", got)
		}
	}
}
