// Package corpusgen builds synthetic corpora of realistic shape for scale
// tests: many documents, people, countries, cities, organisations and their
// yearly summits, offices held for non-overlapping terms, and claims about
// meetings, visits, trips, summits attended, skipped and hosted, offices and
// agreements, with hedges, sources and dates. Every name is synthetic
// ("Person 4711", "City 88", "Forum 7"), every document text is written by
// the generator, and every claim's quote is its document's text at its
// span, so claims.NewCorpus accepts the result. The same Config always
// gives the same corpus.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Config says how large a corpus to build.
type Config struct {
	Claims int    // how many claims, at least 1
	Seed   uint64 // the same seed gives the same corpus
}

// Corpus is a generated corpus as the records NewCorpus takes.
type Corpus struct {
	Documents []*claims.Document
	Claims    []*claims.Claim
	Entities  []*claims.Entity
	Roles     []*claims.Role
	Tenures   []*claims.Tenure
}

// New checks the generated records with claims.NewCorpus.
func (g *Corpus) New() (*claims.Corpus, error) {
	return claims.NewCorpus(g.Documents, g.Claims, g.Entities, g.Roles, g.Tenures)
}

// Sizes of the vocabulary, per claim or fixed, so that shape stays the same
// as the corpus grows: a few hundred countries at most, a city per hundred
// claims, a person per 25, a summit series per 20 000 with a yearly edition.
const (
	firstYear        = 2000
	lastYear         = 2025
	claimsPerCity    = 100
	claimsPerPerson  = 25
	claimsPerCountry = 2000
	claimsPerSeries  = 20000
	outlets          = 20
)

// roles are the offices of every generated country, with the ways to say them.
var roles = []*claims.Role{
	{ID: "president", Name: "President", Aliases: []string{"president", "head of state"}},
	{ID: "prime-minister", Name: "Prime Minister", Aliases: []string{"prime minister", "premier", "head of government"}},
	{ID: "defence-minister", Name: "Defence Minister", Aliases: []string{"defence minister", "defense minister", "minister of defence", "defence chief"}},
	{ID: "foreign-minister", Name: "Foreign Minister", Aliases: []string{"foreign minister", "minister of foreign affairs", "top diplomat"}},
}

var manners = []string{"train", "plane", "car", "ship"}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// gen holds the generator's state.
type gen struct {
	r   *rand.Rand
	out *Corpus

	countries []*claims.Entity
	capitals  []*claims.Entity // capital of countries[i]
	cities    []*claims.Entity
	persons   []*claims.Entity
	homeOf    []int // person → country index
	series    []*claims.Entity
	events    []*claims.Entity // every edition, by series then year
	outlets   []*claims.Entity
	// terms lists, per country and role, who held it when.
	terms map[[2]string][]*claims.Tenure
	// officesOf lists the tenures of each person.
	officesOf map[string][]*claims.Tenure
	accessed  time.Time
}

// Generate builds a corpus of cfg.Claims claims.
func Generate(cfg Config) *Corpus {
	n := max(cfg.Claims, 1)
	g := &gen{
		r:         rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		out:       &Corpus{},
		terms:     make(map[[2]string][]*claims.Tenure),
		officesOf: make(map[string][]*claims.Tenure),
		accessed:  day(2026, 1, 15),
	}
	g.entities(n)
	g.tenures()
	g.documents(n)
	return g.out
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func (g *gen) add(e *claims.Entity) *claims.Entity {
	g.out.Entities = append(g.out.Entities, e)
	return e
}

func (g *gen) citation(title string) claims.Citation {
	return claims.Citation{Title: title, Publisher: "Synthetic Reference", URL: "https://example.org/ref/" + strings.ReplaceAll(strings.ToLower(title), " ", "-"), Accessed: g.accessed}
}

func (g *gen) entities(n int) {
	nCountries := min(max(n/claimsPerCountry, 12), 250)
	nCities := max(n/claimsPerCity, 3*nCountries)
	nPersons := max(n/claimsPerPerson, 8*nCountries)
	nSeries := max(n/claimsPerSeries, 3)
	for i := range nCountries {
		name := fmt.Sprintf("Country %d", i+1)
		g.countries = append(g.countries, g.add(&claims.Entity{ID: id(name), Kind: claims.KindCountry, Name: name, Aliases: []string{name}}))
	}
	for i := range nCities {
		name := fmt.Sprintf("City %d", i+1)
		k := i % nCountries
		if i >= nCountries {
			k = g.r.IntN(nCountries)
		}
		c := &claims.Entity{ID: id(name), Kind: claims.KindCity, Name: name, Aliases: []string{name}, PartOf: []string{g.countries[k].ID}}
		if i < nCountries {
			c.StandsFor = []string{g.countries[k].ID} // the capital acts for its country
			g.capitals = append(g.capitals, c)
		}
		g.cities = append(g.cities, g.add(c))
	}
	for i := range nPersons {
		name := fmt.Sprintf("Person %d", i+1)
		g.persons = append(g.persons, g.add(&claims.Entity{ID: id(name), Kind: claims.KindPerson, Name: name, Aliases: []string{name}}))
		g.homeOf = append(g.homeOf, i%nCountries)
	}
	for i := range outlets {
		name := fmt.Sprintf("Outlet %d", i+1)
		g.outlets = append(g.outlets, g.add(&claims.Entity{ID: id(name), Kind: claims.KindOutlet, Name: name, Aliases: []string{name}}))
	}
	for i := range nSeries {
		name := fmt.Sprintf("Forum %d", i+1)
		s := g.add(&claims.Entity{ID: id(name), Kind: claims.KindOrganisation, Name: name, Aliases: []string{name}})
		g.series = append(g.series, s)
		for y := firstYear; y <= lastYear+1; y++ {
			city := g.cities[g.r.IntN(len(g.cities))]
			start := day(y, 1+g.r.IntN(12), 1+g.r.IntN(25))
			full := fmt.Sprintf("%d %s %s summit", y, name, city.Name)
			cit := g.citation(full)
			g.events = append(g.events, g.add(&claims.Entity{
				ID: fmt.Sprintf("%s-%d", s.ID, y), Kind: claims.KindEvent, Name: full,
				Aliases: []string{fmt.Sprintf("%d %s summit", y, name), fmt.Sprintf("%s summit in %s", name, city.Name)},
				PartOf:  []string{s.ID},
				Period:  claims.Period{Start: start, End: start.AddDate(0, 0, 1+g.r.IntN(2)), Precision: claims.PrecisionDay},
				Place:   city.ID, Citation: &cit,
			}))
		}
	}
	g.out.Roles = roles
}

// tenures gives every office of every country a line of holders, each term
// starting the day the one before ended; the last is still running.
func (g *gen) tenures() {
	for k, c := range g.countries {
		// The people of a country, to choose holders from.
		var people []int
		for p := k; p < len(g.persons); p += len(g.countries) {
			people = append(people, p)
		}
		for _, role := range roles {
			t := day(1990+g.r.IntN(5), 1+g.r.IntN(12), 1+g.r.IntN(28))
			for {
				p := g.persons[people[g.r.IntN(len(people))]]
				end := t.AddDate(2+g.r.IntN(6), g.r.IntN(12), g.r.IntN(28))
				ten := &claims.Tenure{
					ID: fmt.Sprintf("%s/%s-%d", p.ID, role.ID, t.Year()), Person: p.ID, Role: role.ID, Country: c.ID,
					Start: t, StartPrecision: claims.PrecisionDay,
					Citation: g.citation(p.Name),
				}
				if end.Year() > lastYear {
					g.addTenure(ten)
					break
				}
				ten.End, ten.EndPrecision = end, claims.PrecisionDay
				g.addTenure(ten)
				t = end
			}
		}
	}
}

func (g *gen) addTenure(t *claims.Tenure) {
	for _, have := range g.officesOf[t.Person] {
		if have.ID == t.ID {
			t.ID += fmt.Sprintf("-%d", len(g.officesOf[t.Person])+1)
		}
	}
	g.out.Tenures = append(g.out.Tenures, t)
	key := [2]string{t.Country, t.Role}
	g.terms[key] = append(g.terms[key], t)
	g.officesOf[t.Person] = append(g.officesOf[t.Person], t)
}

// id makes an entity id of a display name: "City 88" is "city-88".
func id(name string) string { return strings.ReplaceAll(strings.ToLower(name), " ", "-") }

// person picks someone to write about: a few are in the news far more
// often than the rest, as in a real archive.
func (g *gen) person() int {
	if g.r.IntN(5) == 0 {
		return g.r.IntN(min(100, len(g.persons)))
	}
	return g.r.IntN(len(g.persons))
}

func (g *gen) otherPerson(a int) int {
	for {
		if b := g.person(); b != a {
			return b
		}
	}
}

func (g *gen) city() *claims.Entity { return g.cities[g.r.IntN(len(g.cities))] }

func (g *gen) country() *claims.Entity { return g.countries[g.r.IntN(len(g.countries))] }

// documents writes documents of 6 to 18 claims until n claims exist.
func (g *gen) documents(n int) {
	for d := 0; len(g.out.Claims) < n; d++ {
		k := min(6+g.r.IntN(13), n-len(g.out.Claims))
		g.document(d, k)
	}
}

// sentence is one generated sentence with the claim it carries.
type sentence struct {
	text  string // as it stands in the document
	claim *claims.Claim
}

func (g *gen) document(d, k int) {
	pub := day(firstYear+1+g.r.IntN(lastYear-firstYear), 1+g.r.IntN(12), 1+g.r.IntN(28))
	outlet := g.outlets[g.r.IntN(len(g.outlets))]
	docID := fmt.Sprintf("%s-%d-%02d-n%07d", outlet.ID, pub.Year(), int(pub.Month()), d+1)
	var ss []sentence
	for range k {
		ss = append(ss, g.sentence(pub))
	}
	// The first sentence is the headline; the rest is the body.
	var text strings.Builder
	headline := strings.TrimSuffix(ss[0].text, ".")
	text.WriteString(headline)
	text.WriteString("\n\n")
	bodyStart := text.Len()
	doc := &claims.Document{
		ID: docID, Publisher: outlet.Name, Headline: headline, Published: pub,
		DateNote: "Synthetic document; the publication date is generated.", Language: "en",
	}
	for i, s := range ss {
		cl := s.claim
		cl.ID = fmt.Sprintf("%s/c%02d", docID, i+1)
		cl.DocumentID = docID
		if i == 0 {
			cl.Section = claims.SectionHeadline
			cl.Quote = quoteOf(headline, cl.Quote)
			at := strings.Index(headline, cl.Quote)
			cl.Span = claims.Span{Start: at, End: at + len(cl.Quote)}
			continue
		}
		if i > 1 {
			text.WriteByte(' ')
		}
		at := text.Len() + strings.Index(s.text, cl.Quote)
		text.WriteString(s.text)
		cl.Section = claims.SectionBody
		cl.Span = claims.Span{Start: at, End: at + len(cl.Quote)}
	}
	text.WriteByte('\n')
	doc.Text = text.String()
	doc.Sections = []claims.Section{{Name: claims.SectionHeadline, Span: claims.Span{Start: 0, End: len(headline)}}}
	if len(ss) > 1 {
		doc.Sections = append(doc.Sections, claims.Section{Name: claims.SectionBody, Span: claims.Span{Start: bodyStart, End: len(doc.Text) - 1}})
	}
	g.out.Documents = append(g.out.Documents, doc)
	for _, s := range ss {
		g.out.Claims = append(g.out.Claims, s.claim)
	}
}

// quoteOf trims a quote to what the headline keeps of it.
func quoteOf(headline, quote string) string {
	quote = strings.TrimSuffix(quote, ".")
	if strings.Contains(headline, quote) {
		return quote
	}
	return headline
}

func dayText(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), monthNames[t.Month()-1], t.Year())
}
func monthText(t time.Time) string { return fmt.Sprintf("%s %d", monthNames[t.Month()-1], t.Year()) }

func dayPeriod(t time.Time) claims.Period {
	return claims.Period{Start: t, End: t, Precision: claims.PrecisionDay}
}

func monthPeriod(t time.Time) claims.Period {
	s := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return claims.Period{Start: s, End: s.AddDate(0, 1, -1), Precision: claims.PrecisionMonth}
}

func yearPeriod(y int) claims.Period {
	return claims.Period{Start: day(y, 1, 1), End: day(y, 12, 31), Precision: claims.PrecisionYear}
}

// before returns a day up to two years before pub.
func (g *gen) before(pub time.Time) time.Time { return pub.AddDate(0, 0, -1-g.r.IntN(730)) }

// after returns a day up to a year after pub.
func (g *gen) after(pub time.Time) time.Time { return pub.AddDate(0, 0, 7+g.r.IntN(360)) }

// edition picks a summit held before pub, or nil.
func (g *gen) edition(pub time.Time) *claims.Entity {
	s := g.r.IntN(len(g.series))
	years := lastYear + 2 - firstYear
	for try := 0; try < 4; try++ {
		ev := g.events[s*years+g.r.IntN(years)]
		if ev.Period.End.Before(pub) {
			return ev
		}
	}
	return nil
}

func (g *gen) claim(statement string, subjects []string, predicate string) *claims.Claim {
	return &claims.Claim{Statement: statement, Quote: statement, Hedge: claims.HedgeAsserted,
		Structure: claims.Structure{Subjects: subjects, Predicate: predicate}}
}

// sentence writes one sentence of a document published at pub.
func (g *gen) sentence(pub time.Time) sentence {
	a := g.persons[g.person()]
	switch k := g.r.IntN(100); {
	case k < 18: // a meeting
		b := g.persons[g.otherPerson(g.personIndex(a))]
		c, t := g.city(), g.before(pub)
		s := fmt.Sprintf("%s met %s in %s on %s.", a.Name, b.Name, c.Name, dayText(t))
		cl := g.claim(s, []string{a.ID}, "meet")
		cl.Structure.Objects, cl.Structure.Place, cl.Time = []string{b.ID}, c.ID, dayPeriod(t)
		if g.r.IntN(4) == 0 { // on a source's word
			o := g.outlets[g.r.IntN(len(g.outlets))]
			text := fmt.Sprintf("%s met %s in %s on %s, %s reported.", a.Name, b.Name, c.Name, dayText(t), o.Name)
			cl.Quote = strings.TrimSuffix(text, ".")
			cl.Hedge = claims.HedgeReported
			cl.Attribution = claims.Attribution{{Name: o.Name, Kind: claims.SourceOutlet, EntityID: o.ID}}
			return sentence{text, cl}
		}
		return sentence{s, cl}
	case k < 32: // a visit
		c, t := g.country(), g.before(pub)
		s := fmt.Sprintf("%s visited %s in %s.", a.Name, c.Name, monthText(t))
		cl := g.claim(s, []string{a.ID}, "visit")
		cl.Structure.Objects, cl.Time = []string{c.ID}, monthPeriod(t)
		return sentence{s, cl}
	case k < 42: // a trip
		c, t, m := g.city(), g.before(pub), manners[g.r.IntN(len(manners))]
		s := fmt.Sprintf("%s travelled to %s by %s on %s.", a.Name, c.Name, m, dayText(t))
		cl := g.claim(s, []string{a.ID}, "travel")
		cl.Structure.Place, cl.Structure.Manner, cl.Time = c.ID, m, dayPeriod(t)
		return sentence{s, cl}
	case k < 52: // a plan: expected, likely or planned
		c, t := g.country(), g.after(pub)
		hedge, phrase := claims.HedgeExpected, "is expected to"
		switch g.r.IntN(3) {
		case 1:
			hedge, phrase = claims.HedgeLikely, "is likely to"
		case 2:
			hedge, phrase = claims.HedgePlanned, "plans to"
		}
		s := fmt.Sprintf("%s %s visit %s in %s.", a.Name, phrase, c.Name, monthText(t))
		cl := g.claim(s, []string{a.ID}, "visit")
		cl.Structure.Objects, cl.Time, cl.Hedge = []string{c.ID}, monthPeriod(t), hedge
		return sentence{s, cl}
	case k < 72: // a summit attended, skipped or hosted
		ev := g.edition(pub)
		if ev == nil {
			return g.sentence(pub)
		}
		short := ev.Aliases[0]
		switch g.r.IntN(4) {
		case 0:
			s := fmt.Sprintf("%s skipped the %s.", a.Name, short)
			cl := g.claim(s, []string{a.ID}, "skip")
			cl.Structure.Objects, cl.Time = []string{ev.ID}, ev.Period
			return sentence{s, cl}
		case 1:
			host := g.entity(ev.Place)
			s := fmt.Sprintf("%s hosted the %s.", host.Name, short)
			cl := g.claim(s, []string{host.ID}, "host")
			cl.Structure.Objects, cl.Time = []string{ev.ID}, ev.Period
			return sentence{s, cl}
		case 2:
			s := fmt.Sprintf("%s did not attend the %s.", a.Name, short)
			cl := g.claim(s, []string{a.ID}, "attend")
			cl.Structure.Objects, cl.Structure.Negated, cl.Time = []string{ev.ID}, true, ev.Period
			return sentence{s, cl}
		default:
			s := fmt.Sprintf("%s attended the %s.", a.Name, short)
			cl := g.claim(s, []string{a.ID}, "attend")
			cl.Structure.Objects, cl.Time = []string{ev.ID}, ev.Period
			return sentence{s, cl}
		}
	case k < 87: // an office, as the reference facts have it (rarely not)
		t := g.heldBefore(a, pub)
		for try := 0; t == nil && try < 8; try++ {
			t = g.heldBefore(g.entity(g.out.Tenures[g.r.IntN(len(g.out.Tenures))].Person), pub)
		}
		if t == nil {
			return g.sentence(pub)
		}
		a = g.entity(t.Person)
		y := t.Start.Year() + 1
		role := t.Role
		if g.r.IntN(2000) == 0 { // the article's kind of slip: an office they never held
			role = roles[(roleIndex(role)+1)%len(roles)].ID
		}
		country := g.entity(t.Country)
		s := fmt.Sprintf("%s was the %s of %s in %d.", a.Name, strings.ToLower(roleName(role)), country.Name, y)
		cl := g.claim(s, []string{a.ID}, "be")
		cl.Structure.Objects = []string{strings.ToLower(roleName(role))}
		cl.Structure.Office = &claims.OfficeMention{Person: a.ID, Role: role, Country: country.ID}
		cl.Time = yearPeriod(y)
		return sentence{s, cl}
	default: // agreements signed
		b := g.persons[g.otherPerson(g.personIndex(a))]
		c, t, n := g.city(), g.before(pub), 2+g.r.IntN(30)
		s := fmt.Sprintf("%s and %s signed %d agreements in %s in %s.", a.Name, b.Name, n, c.Name, monthText(t))
		cl := g.claim(s, []string{a.ID, b.ID}, "sign")
		cl.Structure.Objects, cl.Structure.Place, cl.Time = []string{"agreement"}, c.ID, monthPeriod(t)
		cl.Structure.Numbers = []claims.Number{{Value: float64(n), Unit: "agreement", Text: fmt.Sprint(n)}}
		return sentence{s, cl}
	}
}

// heldBefore picks an office a held that began more than a year before pub.
func (g *gen) heldBefore(a *claims.Entity, pub time.Time) *claims.Tenure {
	var ok []*claims.Tenure
	for _, t := range g.officesOf[a.ID] {
		if t.Start.Year()+1 < pub.Year() {
			ok = append(ok, t)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	return ok[g.r.IntN(len(ok))]
}

func roleIndex(id string) int {
	for i, r := range roles {
		if r.ID == id {
			return i
		}
	}
	return 0
}

func roleName(id string) string { return roles[roleIndex(id)].Name }

func (g *gen) personIndex(e *claims.Entity) int {
	var n int
	fmt.Sscanf(e.ID, "person-%d", &n)
	return n - 1
}

func (g *gen) entity(id string) *claims.Entity {
	var n int
	switch {
	case strings.HasPrefix(id, "person-"):
		fmt.Sscanf(id, "person-%d", &n)
		return g.persons[n-1]
	case strings.HasPrefix(id, "city-"):
		fmt.Sscanf(id, "city-%d", &n)
		return g.cities[n-1]
	case strings.HasPrefix(id, "country-"):
		fmt.Sscanf(id, "country-%d", &n)
		return g.countries[n-1]
	}
	panic("corpusgen: no entity " + id)
}
