package reader_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/corpus"
)

var (
	once sync.Once
	rdr  *reader.Reader
)

func newReader(tb testing.TB) *reader.Reader {
	tb.Helper()
	once.Do(func() {
		c, err := jsonl.Load(corpus.FS)
		if err != nil {
			tb.Fatal(err)
		}
		rdr = reader.New(reader.NewGazetteer(c.Entities, c.Roles), reader.WordNet{})
	})
	return rdr
}

var ref = time.Date(2023, 9, 5, 0, 0, 0, 0, time.UTC)

func times(c reader.Clause) string {
	var out []string
	for _, t := range c.Times {
		layout := "2006-01-02"
		if !t.YearKnown {
			layout = "01-02"
		}
		out = append(out, t.Start.Format(layout)+".."+t.End.Format(layout))
	}
	return strings.Join(out, " ")
}

func TestDates(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"It meets on September 9 and 10.", "09-09..09-10"},
		{"It meets on 9-10 September.", "09-09..09-10"},
		{"It meets from 10 to 13 September.", "09-10..09-13"},
		{"It meets between September 10-13.", "09-10..09-13"},
		{"It meets from Sept. 10 to 13.", "09-10..09-13"},
		{"It met on Aug. 24, 2023.", "2023-08-24..2023-08-24"},
		{"They met on April 25, 2019.", "2019-04-25..2019-04-25"},
		{"They met on 25 April 2019.", "2019-04-25..2019-04-25"},
		{"He went in July 2023.", "2023-07-01..2023-07-31"},
		{"The 1950-53 war.", "1950-01-01..1953-12-31"},
		{"It lasted from 1950 to 1955.", "1950-01-01..1955-12-31"},
		{"He will travel this month.", "2023-09-01..2023-09-30"},
		{"He will go next year.", "2024-01-01..2024-12-31"},
		{"He went in the spring of 2023.", "2023-03-01..2023-05-31"},
		{"They seized it in early 2014.", "2014-01-01..2014-04-30"},
		{"It was at Pier 33.", ""},
		{"The 70th anniversary.", ""},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		if got := times(rd.Clauses[0]); got != tt.want {
			t.Errorf("Read(%q) times = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNumbers(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"the 70th anniversary of the armistice", "70 anniversary"},
		{"Kim plans to visit Pier 44.", "44 pier"},
		{"The train has twenty carriages.", "20 carriage"},
		{"It is a two-day gathering.", "2 day"},
		{"It is a 3-day event.", "3 day"},
		{"The summit lasts two days.", "2 day"},
		{"It marked seven decades since the war.", "7 decade"},
		{"The abbey stood empty for half a century.", "0.5 century"},
		{"Half a million pilgrims came.", "500000 pilgrim"},
		{"Turnout reached 61 per cent.", "61 percent"},
		{"Pilgrims from both villages came.", "2 village"},
		{"Both Teasdale and Firefly came.", ""},
		// A proper name premodifies the noun counted (Quirk et al. §17.108).
		{"The vote drew sixteen Harbour Council members.", "16 member"},
		// Mixed numbers and fractions of a scale (Quirk et al. §6.63).
		{"The mill owns forty-nine and a half percent.", "49.5 percent"},
		{"The mill owns 49.5% of the shares.", "49.5 percent"},
		{"The shares went to the Lamu mill (1%).", "1 percent"},
		{"The mayor pledged a quarter of a million pounds.", "250000 pound"},
		{"It was the third of a series of talks.", "3 "},
		// A number of speakers is part of the attribution.
		{"The port reopened, the two mayors said.", ""},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var got []string
		for _, q := range c.Numbers {
			got = append(got, fmt.Sprintf("%g %s", q.Value, q.Unit))
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("Read(%q) numbers = %v, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMarkers(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text    string
		negated bool
		boosted bool
		clauses int
		sources string
	}{
		{"Putin will not attend the summit.", true, false, 1, ""},
		{"Putin won't attend the summit.", true, false, 1, ""},
		{"Neither Kim nor Putin will attend.", true, false, 2, ""}, // one denied clause for each
		{"Kim will definitely meet Putin.", false, true, 1, ""},
		{"Putin will skip the G20 but is likely to meet Kim.", false, false, 2, ""},
		{"Putin and Kim met in 2019.", false, false, 1, ""},
		{"The Guardian reported that Kim will travel.", false, false, 1, "the Guardian"},
		{"Kim will travel, according to a US official.", false, false, 1, "a US official"},
		{"Experts say Putin is seeking allies.", false, false, 1, "Experts"},
		{"Reuters reported that Kim will travel.", false, false, 1, "Reuters"},
		{"It is certain that the abbess will sail.", false, true, 1, ""},
		{"The abbess is certain of the tide.", false, false, 1, ""},
		{"The abbess was unable to sail.", true, false, 1, ""},
		// A fronted "citing" phrase names a source, not a clause of its own.
		{"Citing harbour officials, the Gazette reported that the abbess will sail.", false, false, 1, "harbour officials,Gazette"},
		// A certainty word in a leading clause of time qualifies that clause.
		{"When the sailing was announced, the abbess was in Lamu.", false, false, 1, ""},
		{"The abbess definitely sailed when the tide turned.", false, true, 2, ""},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		c := rd.Clauses[0]
		var srcs []string
		for _, s := range c.Sources {
			srcs = append(srcs, s.Text)
		}
		if c.Negated != tt.negated || (len(c.Boosters) > 0) != tt.boosted || len(rd.Clauses) != tt.clauses ||
			!strings.EqualFold(strings.Join(srcs, ","), tt.sources) {
			t.Errorf("Read(%q): negated %v boosted %v clauses %d sources %q; want %v %v %d %q",
				tt.text, c.Negated, c.Boosters, len(rd.Clauses), srcs, tt.negated, tt.boosted, tt.clauses, tt.sources)
		}
	}
}

func TestOffices(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"Sergey Lavrov is Russia's defence minister.", "lavrov defence-minister russia copular"},
		{"US President Rishi Sunak is expected at the summit.", "sunak president united-states"},
		{"China is sending a delegation headed by its premier Li Qiang.", "li-qiang prime-minister china"},
		{"Vladimir Putin has been President of Russia since 2012.", "putin president russia copular"},
		{"Sergei Shoigu is secretary of Russia's Security Council.", "shoigu security-council-secretary russia copular"},
		{"Shoigu is secretary of the Security Council.", "shoigu security-council-secretary  copular"},
		{"Shoigu was governor of the Moscow region.", "shoigu governor moscow-oblast copular"},
		{"Rishi Sunak was already Britain's prime minister.", "sunak prime-minister united-kingdom copular"},
		{"Li Qiang replaced Li Keqiang as China's premier.", "li-qiang prime-minister china copular;li-keqiang prime-minister china copular left"},
		// A specificational copula names the holder after it (Higgins 1979).
		{"China's premier in 2014 was Li Keqiang.", "li-keqiang prime-minister china copular"},
		{"Britain's prime minister was Rishi Sunak.", "sunak prime-minister united-kingdom copular"},
		// An apposition may end the sentence.
		{"The delegation is led by Britain's prime minister, Rishi Sunak.", "sunak prime-minister united-kingdom"},
		// Words that qualify the title do not part it from its country.
		{"Britain's popular prime minister Rishi Sunak spoke.", "sunak prime-minister united-kingdom"},
		// Titles apposed to coordinated names are theirs in turn, not the
		// nearest name's: left without a holder rather than misread.
		{"Biden and Sunak, the American president and the British prime minister, spoke.", " president united-states; prime-minister united-kingdom"},
		{"Biden and Sunak, the British prime minister, spoke.", "sunak prime-minister united-kingdom"},
		// "holds the post of" says what "is" says (WordNet's "hold office").
		{"Rishi Sunak holds the post of British prime minister.", "sunak prime-minister united-kingdom copular"},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var got []string
		for _, o := range c.Offices {
			s := o.Person + " " + o.Role + " " + o.Country
			if o.Copular {
				s += " copular"
			}
			if o.Left {
				s += " left"
			}
			got = append(got, s)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("Read(%q) offices = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestClauses checks how statements are cut into the propositions they
// pack: coordinated clauses, relative clauses with and without their
// pronoun, coordinated objects, ellipsis and pronoun subjects.
func TestClauses(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want []string // per clause: its known entity ids, space-separated
	}{
		{"Putin will skip the G20 but is likely to meet Kim.", []string{"putin g20", "kim putin"}},
		{"Putin and Kim met in 2019.", []string{"putin kim"}},
		{"The BRICS summit that Putin skipped was held in Johannesburg.", []string{"brics putin", "brics johannesburg"}},
		{"The BRICS summit Putin missed took place in July 2023.", []string{"brics putin", "brics"}},
		{"Putin will miss both the G20 summit and the Eastern Economic Forum.", []string{"putin g20", "putin eastern-economic-forum"}},
		{"Xi is skipping the G20 summit, and so is Biden.", []string{"xi g20", "biden g20"}},
		{"Putin is expected at the forum, but Kim is not.", []string{"putin", "kim"}},
		{"Putin stayed away from the summit. He attended it virtually.", []string{"putin", "putin"}},
		{"The Kim-Putin meeting will be held in Vladivostok.", []string{"kim putin vladivostok"}},
		{"Putin is avoiding the G20 but meeting Kim.", []string{"putin g20", "kim putin"}},
		{"Xi, like Putin, is missing the G20.", []string{"xi g20", "putin g20"}},
		{"The US worries about talks between Moscow and Pyongyang.", []string{"united-states moscow pyongyang"}},
		{"The UN banned the missiles that Kim showed to Shoigu.", []string{"united-nations", "kim shoigu"}},
		{"Kim showed Shoigu missiles banned by the UN.", []string{"kim shoigu united-nations", "united-nations"}},
		{"Putin seeks allies in Asia, Africa and the Middle East to build a coalition.", []string{"putin asia africa middle-east"}},
		{"Shoigu became defence minister, having served as governor of the Moscow region.", []string{"shoigu", "moscow-oblast shoigu"}},
		{"Shoigu went there and was shown missiles banned by the UN.", []string{"shoigu", "united-nations shoigu", "united-nations"}},
		{"A US official told reporters that Kim will visit Russia.", []string{"kim russia"}},
		{"While Xi is missing the G20, Li Qiang is attending it.", []string{"xi g20", "li-qiang"}},
		{"Although Putin skipped the G20 in 2022, Lavrov attended.", []string{"putin g20", "lavrov"}},
		{"Xi, unlike Putin, is attending the G20.", []string{"xi putin g20"}},
		// A plural verb after one name: the name is the second of two
		// subjects, not a clause of its own (concord); ", where" opens a
		// relative clause of its own.
		{"Xi toured the port, where Lavrov and Defence Minister Sergei Shoigu were waiting.", []string{"xi", "lavrov shoigu"}},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		var got []string
		for _, c := range rd.Clauses {
			var ids []string
			for _, m := range c.Entities {
				if m.Known() {
					ids = append(ids, m.IDs[0])
				}
			}
			got = append(got, strings.Join(ids, " "))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Read(%q) clauses = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOrders checks temporal connectives and what they point at.
func TestOrders(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"They swapped letters after Shoigu's visit.", "after shoigu"},
		{"They swapped letters following Shoigu's visit.", "after shoigu"},
		{"Putin seized Crimea before the 2014 G20 summit.", "before g20-2014"},
		{"He has been president since 2012.", ""},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		var got []string
		for _, o := range c.Orders {
			got = append(got, o.Rel+" "+o.Target)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("Read(%q) orders = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEllipsisNegation checks that "but Kim is not" reads as the clause
// before, turned round.
func TestEllipsisNegation(t *testing.T) {
	t.Parallel()
	rd := newReader(t).Read("Putin will attend the summit, but Kim will not.", ref)
	if len(rd.Clauses) != 2 || rd.Clauses[0].Negated || !rd.Clauses[1].Negated || len(rd.Clauses[1].Terms) == 0 {
		t.Fatalf("clauses = %+v; want the second a negated copy of the first", rd.Clauses)
	}
}

// TestTerms checks which content words a clause keeps: "going to" before a
// verb is a future, like "will", and leaves no word of its own; before a
// place it is a journey. "Went on a visit" is visiting.
func TestTerms(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"Putin is going to snub the summit.", "snub summit"},
		{"Kim is going to Russia.", "travel_to"}, // a journey to a place is WordNet's "travel to"
		{"Kim made a trip to Russia.", "travel_to"},
		{"The envoy discussed tariffs as well as canals.", "envoy discuss tariff canal"}, // a quasi-coordinator, no content word
		{"Kim is going to the summit.", "go_to summit"},
		{"Shoigu went on a visit to Pyongyang.", "visit"},
		{"North Korea has close ties with the West.", "close tie"},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range r.Read(tt.text, ref).Clauses[0].Terms {
			got = append(got, term.Lemma)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Read(%q) terms = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPlaceInsideName checks that a place's name inside a longer proper
// name is read as that unknown name, not as the place.
func TestPlaceInsideName(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"Putin spoke to the Washington Post.", "Putin:putin the Washington Post:?"},
		{"Putin flew to Moscow in July.", "Putin:putin Moscow:moscow"},
		{"Russia President Putin spoke.", "Russia:russia Putin:putin"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.Read(tt.text, ref).Clauses[0].Entities {
			id := "?"
			if m.Known() {
				id = m.IDs[0]
			}
			got = append(got, m.Text+":"+id)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Read(%q) names = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDenied checks the nouns a negating "no" denies outright.
func TestDenied(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"North Korea has little to virtually no relations with the West.", "relation"},
		{"North Korea has no close ties with the West.", "tie"},
		{"Putin no longer attends.", ""},
		{"Putin did not attend the summit.", ""},
	}
	for _, tt := range tests {
		got := strings.Join(r.Read(tt.text, ref).Clauses[0].Denied, " ")
		if got != tt.want {
			t.Errorf("Read(%q) denied = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInheritedOffice checks that a clause whose subject is elided gives
// its offices to the subject it inherits.
func TestInheritedOffice(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	cs := r.Read("Shoigu became defence minister in 2012, having served as governor of the Moscow region.", ref).Clauses
	if len(cs) != 2 || len(cs[1].Offices) != 1 {
		t.Fatalf("clauses %d, offices of the second %v", len(cs), cs)
	}
	if o := cs[1].Offices[0]; o.Person != "shoigu" || o.Role != "governor" || o.Country != "moscow-oblast" || !o.Copular {
		t.Errorf("second clause office = %+v, want Shoigu as governor of Moscow Oblast", o)
	}
	if len(cs[1].Times) != 0 {
		t.Errorf("second clause times = %v, want none: 2012 dates the first", cs[1].Times)
	}
}

// TestNamePrepositions checks the preposition a name is read under,
// across a determiner or a time's possessive.
func TestNamePrepositions(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, name, want string }{
		{"Putin flew to Johannesburg for this year's BRICS summit.", "BRICS summit", "for"},
		{"Putin flew to Johannesburg for the BRICS summit.", "BRICS summit", "for"},
		{"Putin flew to Johannesburg.", "Johannesburg", "to"},
		{"Putin's summit was held in July.", "Putin", ""},
	}
	for _, tt := range tests {
		got := "(none)"
		for _, m := range r.Read(tt.text, ref).Clauses[0].Entities {
			if strings.Contains(m.Text, tt.name) {
				got = m.Prep
			}
		}
		if got != tt.want {
			t.Errorf("Read(%q): %s under %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestOrdinalDays: a day written as an ordinal word is a date where a month
// goes with it, and no date where none does.
func TestOrdinalDays(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		day  int // 0: no date
	}{
		{"The fair opens on the ninth of March.", 9},
		{"The fair opens on March twenty-first.", 21},
		{"The fair hosts the first and second rounds.", 0},
		{"The third round was close.", 0},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		day := 0
		for _, c := range rd.Clauses {
			for _, tm := range c.Times {
				day = tm.Start.Day()
			}
		}
		if day != tt.day {
			t.Errorf("Read(%q): day %d, want %d", tt.text, day, tt.day)
		}
	}
}

// TestNameKey: the one form names are compared in.
func TestNameKey(t *testing.T) {
	t.Parallel()
	for _, p := range [][2]string{{"Kim Jong-un", "Kim Jong Un"}, {"Luiz Inácio", "luiz inacio"}, {"the Kremlin", "Kremlin"}, {"Sergei", "sergei"}, {"G-20", "G20"}, {"the G 20", "G20"}} {
		if a, b := reader.NameKey(p[0]), reader.NameKey(p[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", p[0], a, p[1], b)
		}
	}
	if reader.NameKey("Sergei") == reader.NameKey("Sergey") {
		t.Error("NameKey folds spellings: that is an alias's job")
	}
}

// TestMoney: a scale word multiplies the number before it, and a currency
// sign says what it counts.
func TestMoney(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text  string
		value float64
		unit  string
	}{
		{"The bridge cost $4 billion.", 4e9, "dollar"},
		{"The fund holds €2.5 million.", 2.5e6, "euro"},
		{"The fund holds three million pounds.", 3e6, "pound"},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		var got []reader.Quantity
		for _, c := range rd.Clauses {
			got = append(got, c.Numbers...)
		}
		if len(got) != 1 || got[0].Value != tt.value || got[0].Unit != tt.unit {
			t.Errorf("Read(%q): numbers %+v, want one %v %s", tt.text, got, tt.value, tt.unit)
		}
	}
}

// TestCodeNames: a code of letters and a number is one name however it is
// written with a hyphen (an alias "F35" is found in "F-35").
func TestCodeNames(t *testing.T) {
	t.Parallel()
	g := reader.NewGazetteer([]*claims.Entity{{ID: "f35", Name: "F35", Kind: claims.KindGroup}}, nil)
	r := reader.New(g, reader.WordNet{})
	for _, text := range []string{"The F-35 flew.", "The F35 flew."} {
		found := false
		for _, c := range r.Read(text, ref).Clauses {
			for _, m := range c.Entities {
				found = found || len(m.IDs) > 0 && m.IDs[0] == "f35"
			}
		}
		if !found {
			t.Errorf("Read(%q) does not find F35", text)
		}
	}
}

// TestNonRestrictive: a relative clause set off by commas after the
// subject is a clause of its own, and its negation stays in it (ClausIE).
func TestNonRestrictive(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want []string // per clause: its text, and "not" when negated
	}{
		{"Marsovia, which has no navy, is building a harbour.", []string{"Marsovia, which has no navy not", "Marsovia, which has no navy, is building a harbour"}},
		{"The abbess, who never travels, greeted the pilgrims.", []string{"The abbess, who never travels not", "The abbess, who never travels, greeted the pilgrims"}},
		{"Sylvania, whose fleet is small, signed the accord.", []string{"Sylvania, whose fleet is small", "Sylvania, whose fleet is small, signed the accord"}},
		{"The abbess greeted the pilgrims, who had walked far.", []string{"The abbess greeted the pilgrims, who had walked far"}},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		var got []string
		for _, c := range rd.Clauses {
			s := c.Text
			if c.Negated {
				s += " not"
			}
			got = append(got, s)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Read(%q) clauses = %q, want %q", tt.text, got, tt.want)
		}
		if main := rd.Main(); main.Negated {
			t.Errorf("Read(%q): main clause %q negated", tt.text, main.Text)
		}
	}
}

// TestAges: news style's ways of giving a person's age read as one unit.
func TestAges(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want string // value and unit of the clause's first number, or ""
	}{
		{"Wanda Bellweather, 58, opened the session.", "58 age"},
		{"Bellweather is 58 years old.", "58 age"},
		{"A 58-year-old abbess opened the session.", "58 age"},
		{"Bellweather, aged 58, opened the session.", "58 age"},
		{"Bellweather is 58.", "58 age"},
		{"The ferry carried 58 pilgrims.", "58 pilgrim"},
		{"The tariff is 580.", "580 "},
		{"Turnout was 60, officials said.", "60 "},
		{"Inflation is 5.", "5 "},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		got := ""
		if n := rd.Clauses[0].Numbers; len(n) > 0 {
			got = fmt.Sprintf("%g %s", n[0].Value, n[0].Unit)
		}
		if got != tt.want {
			t.Errorf("Read(%q) number = %q, want %q", tt.text, got, tt.want)
		}
		for _, term := range rd.Clauses[0].Terms {
			if term.Lemma == "old" {
				t.Errorf("Read(%q): %q read as a word to align", tt.text, term.Text)
			}
		}
	}
}

// TestWeekdays: a weekday is the date it names near the reference day,
// looking back in the past and ahead in the future; a report's own
// weekday, named plainly, is the report's day.
func TestWeekdays(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	wed := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct{ text, want string }{
		{"The abbess opened the canal on Wednesday.", "2026-04-01..2026-04-01"},
		{"The abbess opened the canal last Wednesday.", "2026-03-25..2026-03-25"},
		{"The abbess opened the canal on Monday.", "2026-03-30..2026-03-30"},
		{"The abbess will open the canal on Friday.", "2026-04-03..2026-04-03"},
		{"The abbess will open the canal on Wednesday.", "2026-04-08..2026-04-08"},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, wed)
		if got := times(rd.Clauses[0]); got != tt.want {
			t.Errorf("Read(%q) times = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPredicateVerbs: a light verb before a noun of action, past a
// possessive or an ordinal, leaves the noun as the predicate; "in" before
// "last week's auction" takes that phrase as its object, so "dropped in"
// is no phrasal verb, while before "next month" it is a particle ("sworn
// in next month").
func TestPredicateVerbs(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	for text, want := range map[string]string{
		"The abbess made her first speech at the harbour.": "speech",
		"The abbess paid a visit to the harbour.":          "visit",
		"The abbess made the bread.":                       "make",
		"The grain price dropped in last week's auction.":  "drop",
		"The abbess will be sworn in next month.":          "swear_in",
	} {
		got := ""
		for _, term := range r.Read(text, ref).Clauses[0].Terms {
			if term.Verb {
				got = term.Lemma
				break
			}
		}
		if got != want {
			t.Errorf("Read(%q) predicate = %q, want %q", text, got, want)
		}
	}
}

// TestAbleTo: "be able to" is a modal, not a word to align.
func TestAbleTo(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	for _, term := range r.Read("The ferries will be able to sail.", ref).Clauses[0].Terms {
		if term.Lemma == "able" {
			t.Errorf("%q read as a content word", term.Text)
		}
	}
}

// TestEstimates: a number after "about", "nearly" or "some" is an
// estimate, and the word is no content of its own.
func TestEstimates(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	for text, want := range map[string]bool{
		"About 5,000 pilgrims came.":     true,
		"Nearly 50 boats sailed.":        true,
		"The ferry carried 58 pilgrims.": false,
	} {
		c := r.Read(text, ref).Clauses[0]
		if len(c.Numbers) != 1 || c.Numbers[0].Approx != want {
			t.Errorf("Read(%q) numbers %+v, want one with Approx %v", text, c.Numbers, want)
		}
		for _, term := range c.Terms {
			if term.Lemma == "about" || term.Lemma == "nearly" {
				t.Errorf("Read(%q): %q read as content", text, term.Text)
			}
		}
	}
}

// TestFrontedAdverbials: a fronted prepositional phrase is no part of the
// subject, and a fronted free adjunct is a clause of its own, read after
// its main clause, whose subject it takes (Quirk et al. §8.13, §15.58).
func TestFrontedAdverbials(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want []string // per clause: its text and subjects
	}{
		{"During the harvest in Tuscany, the farmers sold wheat.", []string{"During the harvest in Tuscany, the farmers sold wheat: farmer"}},
		{"In return for timber, Norway sent grain.", []string{"In return for timber, Norway sent grain: Norway"}},
		{"Facing a drought, Norway sought grain from Sweden.", []string{"Norway sought grain from Sweden: Norway", "Facing a drought: Norway"}},
		{"Asked about the drought, the farmers said nothing.", []string{"the farmers said nothing: farmer", "Asked about the drought: farmer"}},
		{"Following the drought, Norway sought grain.", []string{"Following the drought, Norway sought grain: Norway"}},
		{"Visiting Oslo, the 54-year-old farmer sold wheat.", []string{"the 54-year-old farmer sold wheat: farmer", "Visiting Oslo: farmer"}},
		{"United Nations officials, who met in Oslo, sought grain.", nil},
		// A finite verb in the opening phrase makes it a subject and verb.
		{"Shipping costs did not rise, the farmers said.", []string{"Shipping costs did not rise, the farmers said: "}},
		// The adjunct follows the whole sentence, its conjuncts in order.
		{"Visiting Oslo, Norway sold grain, and Sweden did too.", []string{"Norway sold grain: Norway", "Sweden did too: Sweden", "Visiting Oslo: Norway"}},
	}
	for _, tt := range tests {
		rd := r.Read(tt.text, ref)
		var got []string
		for _, c := range rd.Clauses {
			var subj []string
			for _, m := range c.Entities {
				if m.Subject {
					subj = append(subj, m.Text)
				}
			}
			for _, term := range c.Terms {
				if term.Subject {
					subj = append(subj, term.Lemma)
				}
			}
			got = append(got, c.Text+": "+strings.Join(subj, " "))
		}
		if tt.want == nil {
			if len(got) != 1 || !strings.HasPrefix(got[0], "United Nations officials") {
				t.Errorf("%q: read %q, want one clause from its start", tt.text, got)
			}
			continue
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestCoordinatedNouns checks that an "and" between nouns does not open a
// clause when a later "and" stands before the verb (Quirk et al. §13.2).
func TestCoordinatedNouns(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Kenya exports tea and coffee and imports oil.", []string{"Kenya exports tea and coffee", "imports oil"}},
		{"The port is short of fuel and grain and has not reopened.", []string{"The port is short of fuel and grain", "has not reopened"}},
		{"The mayor spoke, and Ivy Glen and Otis Driftwood left.", []string{"The mayor spoke", "Ivy Glen and Otis Driftwood left"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range r.Read(tt.text, ref).Clauses {
			got = append(got, c.Text)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Read(%q) clauses = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEmbeddedClauses checks that a finite clause with a pronoun subject
// after the main verb is a clause of its own, whose negation stays in it
// (Quirk et al. §10.64), while what a verb of saying introduces, or an
// "if" clause, stays whole.
func TestEmbeddedClauses(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text string
		want []string // per clause: its text and, when negated, "(neg)"
	}{
		{"The mayor wrote to explain the reason she was unable to sail.", []string{"The mayor wrote to explain the reason", "she was unable to sail (neg)"}},
		{"The envoy sent his regrets that he cannot come to the fair.", []string{"The envoy sent his regrets that", "he cannot come to the fair (neg)"}},
		// What a verb of promising says, a bare object, a clause without a negation: whole.
		{"The mayor promised the voters he would never raise the toll.", []string{"The mayor promised the voters he would never raise the toll (neg)"}},
		{"The mayor assured voters he would never raise the toll.", []string{"The mayor assured voters he would never raise the toll (neg)"}},
		{"The envoy gave the map she drew to the mayor.", []string{"The envoy gave the map she drew to the mayor"}},
		{"The envoy said he would not come to the fair.", []string{"The envoy said he would not come to the fair (neg)"}},
		{"The council warned the envoy it would close the port if he came.", []string{"The council warned the envoy it would close the port if he came"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range r.Read(tt.text, ref).Clauses {
			s := c.Text
			if c.Negated {
				s += " (neg)"
			}
			got = append(got, s)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Read(%q) clauses = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInvertedConditionals checks "had he landed", "should she sail" as
// conditions (Quirk et al. §15.36) and where the supposed part starts; a
// question ("Where had he gone?") is none.
func TestInvertedConditionals(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text        string
		conditional bool
		supposed    string // the text from SupposedFrom on
	}{
		{"The abbess could have been fined had she landed in the harbour.", true, "had she landed in the harbour."},
		{"The mayor will stay home should he lose the vote.", true, "should he lose the vote."},
		{"Where had he gone?", false, ""},
		{"The abbess said she had landed.", false, ""},
	}
	for _, tt := range tests {
		c := r.Read(tt.text, ref).Clauses[0]
		supposed := ""
		if c.SupposedFrom > 0 {
			supposed = tt.text[c.SupposedFrom:]
		}
		if c.Conditional != tt.conditional || supposed != tt.supposed {
			t.Errorf("Read(%q): conditional %v from %q, want %v from %q", tt.text, c.Conditional, supposed, tt.conditional, tt.supposed)
		}
	}
}

// TestCleftSentences checks that "It was X who/that ..." reads as "X ..."
// (Quirk et al. §18.25), and that "It is likely that ..." does not.
func TestCleftSentences(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct {
		text, want string // the first clause's text
	}{
		{"It was the Harbour Gazette that reported the closure.", "the Harbour Gazette that reported the closure"},
		{"It is Otieno Waweru who chairs the council.", "Otieno Waweru who chairs the council"},
		{"It is likely that the council will meet.", "It is likely"},
	}
	for _, tt := range tests {
		if got := r.Read(tt.text, ref).Clauses[0].Text; got != tt.want {
			t.Errorf("Read(%q) first clause %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInversionsWithoutCondition checks that a negative or "so"
// inversion (Quirk et al. §18.24) is no condition.
func TestInversionsWithoutCondition(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	for _, text := range []string{"Never had she lost a vote in the harbour.", "The abbess sailed, and so had he."} {
		for _, c := range r.Read(text, ref).Clauses {
			if c.Conditional {
				t.Errorf("Read(%q): clause %q read as conditional", text, c.Text)
			}
		}
	}
}

// TestOrdinalDayRanges checks days written as ordinal words in a range
// ("from the eleventh to the fourteenth of March", "the ninth and tenth
// of March"), and the teens among ordinal words.
func TestOrdinalDayRanges(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"The fair runs from the eleventh to the fourteenth of March.", "03-11..03-14"},
		{"The fair is on the ninth and tenth of March.", "03-09..03-10"},
		{"The fair opens on the seventeenth of March.", "03-17..03-17"},
	}
	for _, tt := range tests {
		if got := times(r.Read(tt.text, ref).Clauses[0]); got != tt.want {
			t.Errorf("Read(%q) times %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestVerbAndLength checks that "for" before a length of time is a
// preposition, not a particle: "runs for four days" is "run", while "run
// for mayor" stays the phrasal verb.
func TestVerbAndLength(t *testing.T) {
	t.Parallel()
	r := newReader(t)
	tests := []struct{ text, want string }{
		{"The fair will run for four days.", "run"},
		{"The abbess will run for mayor.", "run_for"},
	}
	for _, tt := range tests {
		got := ""
		for _, term := range r.Read(tt.text, ref).Clauses[0].Terms {
			if term.Verb {
				got = term.Lemma
			}
		}
		if got != tt.want {
			t.Errorf("Read(%q) verb %q, want %q", tt.text, got, tt.want)
		}
	}
}
