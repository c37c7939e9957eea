package reader

import (
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
)

// Clause is one clause of a reading, with what the reader found in it.
type Clause struct {
	Index  int
	Text   string
	Span   claims.Span // byte offsets into the read text
	Tokens []Token

	Entities []Mention  // named entities, known and unknown
	Offices  []Office   // offices given to people
	Times    []Time     // dates and periods
	Numbers  []Quantity // other numbers
	Terms    []Term     // the remaining content words, as lemmas
	Sources  []Source   // who the clause says said it

	Negated bool // an odd number of negators
	// Denied holds the lemmas of nouns a negating determiner denies
	// outright: "relations" in "has little to no relations with the West".
	Denied []string
	// Conditional is set when part of the clause is hypothetical: "if he
	// came", "whether", "had he landed".
	Conditional bool
	// SupposedFrom is the byte offset where a hypothetical part that does
	// not open the clause begins ("... arrested had he landed", "asked
	// him not to come in person"), else 0: what stands after it is only
	// supposed or asked for.
	SupposedFrom int
	Hedge        claims.Hedge // the loosest hedge marker, or HedgeUnspecified
	Boosters     []string     // certainty markers: "definitely", "confirmed"
	// Orders are the clause's temporal connectives: "after Shoigu's
	// visit" is {Rel: "after", Target: "shoigu"}.
	Orders []Order
}

// Mention is a name in a clause.
type Mention struct {
	IDs  []string // entity ids; empty for a proper name the gazetteer does not know
	Text string
	Span claims.Span
	Prep string // the preposition governing it: "in", "by", "to"...
	// Nominal is set when that preposition hangs on a noun ("the
	// offensive in Ukraine"), not on the clause's verb.
	Nominal    bool
	Subject    bool // it stands before the clause's first verb
	Possessive bool
	tok, n     int
}

// Known reports whether the mention names a known entity.
func (m Mention) Known() bool { return len(m.IDs) > 0 }

// Term is a content word or collocation.
type Term struct {
	Lemma   string // dictionary form; collocations joined by "_"
	Text    string
	Span    claims.Span
	Prep    string
	Subject bool
	Verb    bool // it heads a verb group
	// Idiom marks a phrasal verb whose particle takes no object ("was
	// sworn in", "gave up"): its meaning is not its verb's (Quirk et al.
	// §16.3), unlike a verb and its preposition ("travel to Oslo").
	Idiom bool
	// Passive marks a verb in the passive ("was killed"): its subject
	// undergoes what it names.
	Passive bool
	tok     int
}

// Source is who a clause says made it: "according to the Guardian",
// "experts say".
type Source struct {
	IDs  []string // entity ids, when the source is a known entity
	Text string
	Kind claims.SourceKind
	// Role and Country are set when the source is a title naming no one
	// ("the president said"): whoever held that office is the source.
	Role, Country string
	lo, hi        int // token range in the clause
}

func (r *Reader) analyse(toks []Token, ref time.Time) Clause {
	c := Clause{Tokens: toks}
	used := make([]bool, len(toks))
	take := func(i, n int) {
		for k := i; k < i+n && k < len(toks); k++ {
			used[k] = true
		}
	}
	var roles []Mention
	for i := 0; i < len(toks); {
		if t, n := parseTime(toks, i, ref); n > 0 {
			c.Times = append(c.Times, t)
			take(i, n)
			i += n
			continue
		}
		if ids, n := r.gaz.matchEntity(toks, i); n > 0 {
			if m := r.nameAroundPlace(toks, i, n, ids); m > n {
				// "The Washington Post", "the Moscow Times": a place's name
				// inside a longer name the gazetteer does not know.
				c.Entities = append(c.Entities, r.mention(toks, i, m, nil))
				take(i, m)
				i += m
				continue
			}
			n += r.eventHead(toks, i+n, ids)
			c.Entities = append(c.Entities, r.mention(toks, i, n, ids))
			take(i, n)
			i += n
			continue
		}
		if ids, n, country, ok := r.roleOfCountry(toks, i); ok {
			c.Entities = append(c.Entities, country)
			roles = append(roles, r.mention(toks, i, n, ids))
			take(i, n)
			i += n
			continue
		}
		if ids, n := r.gaz.matchRole(toks, i); n > 0 {
			roles = append(roles, r.mention(toks, i, n, ids))
			take(i, n)
			i += n
			continue
		}
		if n := r.properName(toks, i); n > 0 {
			c.Entities = append(c.Entities, r.mention(toks, i, n, nil))
			take(i, n)
			i += n
			continue
		}
		i++
	}
	c.Numbers = r.quantities(toks, used, c.Entities)
	var bare []Mention
	c.Offices, bare = r.offices(toks, &c, roles)
	for _, o := range c.Offices {
		if o.Former {
			markFormerWord(toks, used, TokenAt(toks, o.Span.Start)) // "former" belongs to the title
		}
	}
	for _, role := range bare {
		for k := role.tok; k < role.tok+role.n && k < len(toks); k++ {
			used[k] = false // its words are the clause's words
		}
	}
	c.Sources = r.sources(toks, &c, used, bare)
	dropSourceMentions(&c, c.Sources)
	r.bindSpeaker(toks, &c)
	r.dropContrasted(toks, &c, used)
	r.markers(toks, &c, used)
	c.Terms = r.terms(toks, used)
	r.markSubjects(toks, &c)
	c.Orders = r.orders(toks, &c)
	return c
}

func (r *Reader) mention(toks []Token, i, n int, ids []string) Mention {
	m := Mention{IDs: ids, tok: i, n: n, Prep: r.prepBefore(toks, i)}
	m.Nominal = m.Prep != "" && r.nominalPhrase(toks, i)
	m.Span = claims.Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End}
	var words []string
	for _, t := range toks[i : i+n] {
		words = append(words, t.Text)
	}
	m.Text = strings.Join(words, " ")
	m.Possessive = i+n < len(toks) && toks[i+n].Norm == "'s"
	return m
}

// nominalPhrase reports whether the prepositional phrase ending in the
// name at toks[i] hangs on a noun ("the offensive in Ukraine") rather than
// on the verb ("met in Vladivostok", "take place in India").
func (r *Reader) nominalPhrase(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && !prepositions[toks[k].Norm] {
		k--
	}
	if k <= 0 {
		return false
	}
	prev := toks[k-1]
	if prev.Kind != Word || r.isVerbAt(toks, k-1) || auxiliaries[prev.Norm] || stopWords[prev.Norm] || prev.Norm == "place" {
		return false
	}
	if r.lex.EventNoun(prev.Norm) {
		return false // "a G20 event in Thailand": where the event is, which is one place
	}
	if prev.Cap && r.personEndsAt(toks, k-1) {
		return false // "met Putin in Vladivostok": a person is where the meeting is, not a modifier
	}
	// A noun, or a name ("the summit in India", "Bali"): a modifier.
	return true
}

// personEndsAt reports whether a known person's name ends at toks[end].
func (r *Reader) personEndsAt(toks []Token, end int) bool {
	for start := end; start >= 0 && start >= end-3 && toks[start].Cap; start-- {
		ids, n := r.gaz.matchEntity(toks, start)
		if start+n-1 != end {
			continue
		}
		for _, id := range ids {
			if e, ok := r.gaz.Entity(id); ok && e.Kind == claims.KindPerson {
				return true
			}
		}
	}
	return false
}

// prepBefore returns the preposition that governs the phrase starting at
// toks[i], looking back over determiners, adjectives and numbers.
func (r *Reader) prepBefore(toks []Token, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		n := toks[k].Norm
		switch {
		case r.isVerbAt(toks, k) && !auxiliaries[n]:
			return "" // "to visit Russia": the verb's object, not "to Russia"
		case prepositions[n]:
			return n
		case determiners[n] || toks[k].Kind == Number:
			continue
		case n == "'s" && k > 0 && durationWords[toks[k-1].Norm], durationWords[n] && k+1 < i && toks[k+1].Norm == "'s":
			continue // "for this year's summit"
		case toks[k].Kind == Word && !auxiliaries[n] && !stopWords[n] && k < i-1:
			return ""
		case toks[k].Kind == Word && !stopWords[n]:
			continue
		default:
			return ""
		}
	}
	return ""
}

// durationWords name spans of time: "this year's summit".
var durationWords = set("year", "month", "week", "day", "decade")

var prepositions = set("in", "at", "to", "into", "near", "from", "by", "with", "over", "for",
	"against", "on", "of", "about", "during", "after", "before", "via", "under", "between", "among",
	"inside", "outside", "toward", "towards", "through", "across", "following", "aboard", "onboard",
	"amid", "amidst", "despite", "alongside", "beside")

// properName returns the length of an unknown proper name at toks[i]: a
// run of capitalised words that are not sentence-initial function words,
// months or pronouns.
func (r *Reader) properName(toks []Token, i int) int {
	n := 0
	for k := i; k < len(toks) && toks[k].Kind == Word && toks[k].Cap && toks[k].Norm != "'s"; k++ {
		if stopWords[toks[k].Norm] || monthNames[toks[k].Norm] > 0 || toks[k].Norm == "i" {
			break
		}
		if k > i && r.startsName(toks, k) {
			break // "Brazilian President Lula": the title and a known name are read on their own
		}
		n++
	}
	if n == 1 && (i == 0 && !toks[0].Inner || quotationStart(toks, i)) && (len(toks) < i+2 || !toks[i+1].Cap) && r.lex.Known(toks[i].Norm) {
		// A capitalised first word alone is just the start of the sentence,
		// or of a quoted one, unless it is not an ordinary English word
		// ("Reuters reported").
		return 0
	}
	if n == 1 && i+1 < len(toks) && toks[i+1].Kind == Number {
		return 0 // "Pier 44": the number carries it
	}
	return n
}

// quotationStart reports whether toks[i] opens a quoted sentence: it
// follows an opening quotation mark (a curly one by its shape, a straight
// one by the count before it) that opens the text or comes after a colon
// or comma ("he said, “Speed matters”"). After a closing mark
// ("“...,” Rice said") the word is the speaker.
func quotationStart(toks []Token, i int) bool {
	if i == 0 || toks[i-1].Norm != "\"" || toks[i-1].Text == "”" {
		return false
	}
	if toks[i-1].Text == "\"" {
		straight := 0
		for _, t := range toks[:i-1] {
			if t.Text == "\"" {
				straight++
			}
		}
		if straight%2 == 1 {
			return false // it closes a quotation
		}
	}
	return i == 1 || toks[i-2].Norm == "," || toks[i-2].Norm == ":"
}

// startsName reports whether a known entity or role name starts at toks[k].
func (r *Reader) startsName(toks []Token, k int) bool {
	if _, m := r.gaz.matchEntity(toks, k); m > 0 {
		return true
	}
	_, m := r.gaz.matchRole(toks, k)
	return m > 0
}

// nameAroundPlace returns the length of a proper name that starts with the
// place ids name at toks[i:i+n] and goes on in capitalised words that are
// neither known names nor roles ("Washington Post"), or n when it does not.
func (r *Reader) nameAroundPlace(toks []Token, i, n int, ids []string) int {
	e, ok := r.gaz.Entity(ids[0])
	k := i + n
	if !ok || !e.Kind.Locational() || k >= len(toks) || !toks[k].Cap {
		return n
	}
	if _, m := r.gaz.matchEntity(toks, k); m > 0 {
		return n
	}
	if _, m := r.gaz.matchRole(toks, k); m > 0 {
		return n
	}
	return n + r.properName(toks, k)
}

// quantities reads the numbers that are not part of dates.
func (r *Reader) quantities(toks []Token, used []bool, names []Mention) []Quantity {
	var out []Quantity
	for i := range toks {
		if used[i] && toks[i].Kind != Number {
			continue
		}
		if toks[i].Norm == "one" && i+1 < len(toks) && toks[i+1].Norm == "of" && afterCopula(toks, i) {
			used[i] = true // "is one of the members": a partitive that classes, no count (Quirk et al. §5.8)
			continue
		}
		q, ok := parseQuantity(toks, i)
		if !ok || r.isDateNumber(toks, i, used) {
			continue
		}
		if !q.Ordinal && andAHalf(toks, i+q.n) {
			q.Value += 0.5
			q.Text += " and a half"
			q.Span.End = toks[i+q.n+2].Span.End
			q.n += 3
		}
		at := i + q.n - 1 // where what it counts is looked for: after "half a"
		for k := i + 1; k < i+q.n; k++ {
			used[k] = true
		}
		if s := i + q.n; s < len(toks) && !q.Ordinal && q.Unit == "" && scaleWords[toks[s].Norm] > 0 {
			// "21 billion", "two million": one number, scaled.
			q.Value *= scaleWords[toks[s].Norm]
			q.Text += " " + toks[s].Text
			q.Span.End = toks[s].Span.End
			q.n++
			used[s], at = true, s
			if t := s + 1; t < len(toks) && scaleWords[toks[t].Norm] > scaleWords[toks[s].Norm] {
				// "two hundred thousand": a larger scale word scales again.
				q.Value *= scaleWords[toks[t].Norm]
				q.Text += " " + toks[t].Text
				q.Span.End = toks[t].Span.End
				q.n++
				used[t], at = true, t
			} else if n := hundredsAnd(toks, s, q.Value); n > 0 {
				// "one hundred and ninety-four": the tens and units after
				// "and" add to the hundreds (Quirk et al. §6.63).
				v, _, _ := wordNumber(toks[s+2].Norm)
				q.Value += v
				q.Text += " and " + toks[s+2].Text
				q.Span.End = toks[s+2].Span.End
				q.n += n
				used[s+1], used[s+2], at = true, true, s+2
			}
		}
		_, sign := currencies[prevNorm(toks, i)]
		q.Approx = approximators[prevNorm(toks, i)] || sign && i > 1 && approximators[toks[i-2].Norm] // "about $3 billion"
		if approximators[prevNorm(toks, i)] {
			used[i-1] = true // "nearly" says how the number is given, not what happened
		}
		if c, ok := currencies[prevNorm(toks, i)]; ok && q.Unit == "" {
			q.Unit = c // "$21 billion" counts dollars
		}
		if n, ok := ageAt(toks, i, q, names); ok {
			q.Unit = AgeUnit
			q.Of = ageHolder(toks, i, names)
			if i > 0 && toks[i-1].Norm == "aged" {
				used[i-1] = true
			}
			for k := i + 1; k <= i+n; k++ {
				used[k] = true // "years old" is the unit, not a word to align
			}
		}
		if q.Unit == "" {
			q.Unit = r.unitOf(toks, at)
		} else {
			q.Unit = r.lex.Lemma(q.Unit)
		}
		if countsSpeakers(toks, i+q.n) {
			continue // "the two leaders said": who spoke, not a figure of what was said
		}
		if q.Of == "" && durationWords[q.Unit] {
			q.Of = namedAt(toks, names, i+q.n) // "a two-day G20 summit": the summit's length
		}
		out = append(out, q)
		if toks[i].Kind == Word {
			used[i] = true
		}
	}
	return out
}

// currencies are the signs written before an amount of money.
var currencies = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "us$": "dollar"}

func prevNorm(toks []Token, i int) string {
	if i == 0 {
		return ""
	}
	return toks[i-1].Norm
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// numberWord reports whether w is a number written in words.
func numberWord(w string) bool {
	_, _, ok := wordNumber(w)
	return ok
}

// hundredsAnd returns 2 when "hundred" at toks[s], closing a number under
// a thousand, is followed by "and" and a number word under a hundred that
// no scale word follows ("one hundred and ninety-four"; not "two hundred
// and three hundred"), else 0.
func hundredsAnd(toks []Token, s int, value float64) int {
	if toks[s].Norm != "hundred" || s+2 >= len(toks) || toks[s+1].Norm != "and" || toks[s+2].Kind != Word ||
		s+3 < len(toks) && scaleWords[toks[s+3].Norm] > 0 {
		return 0
	}
	if v, ord, ok := wordNumber(toks[s+2].Norm); ok && !ord && v < 100 && value < 1000 {
		return 2
	}
	return 0
}

func (r *Reader) isDateNumber(toks []Token, i int, used []bool) bool {
	return used[i] && toks[i].Kind == Number && !r.insideName(toks, i)
}

// insideName reports whether the number at i belongs to a name like
// "Pier 33": the word before it is capitalised.
func (r *Reader) insideName(toks []Token, i int) bool {
	if _, year := yearAt(toks, i); year {
		return false // "The 2014 G20 summit": a year, not a number in a name
	}
	if i == 0 || toks[i-1].Kind != Word || !toks[i-1].Cap || monthNames[toks[i-1].Norm] > 0 || stopWords[toks[i-1].Norm] {
		return false
	}
	return !numberWord(toks[i-1].Norm) // "Two hundred" is one number, not a name and a number
}

// unitOf returns what the number at i counts or names: the content word
// after it ("70th anniversary", "twenty carriages") or, for names such as
// "Pier 33", the word before it.
func (r *Reader) unitOf(toks []Token, i int) string {
	if r.insideName(toks, i) {
		return toks[i-1].Lemma
	}
	if k := i + 1; k < len(toks) && (toks[k].Norm == "percent" || toks[k].Norm == "%" ||
		toks[k].Norm == "per" && k+1 < len(toks) && toks[k+1].Norm == "cent") {
		return "percent" // "49 per cent", "49 percent", "49%": one unit however written
	}
	if head := nounAfterName(toks, i+1); head >= 0 {
		return toks[head].Lemma // "sixteen Harbour Council members" counts members
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.Kind != Word || stopWords[t.Norm] {
			if t.Norm == "-" {
				continue
			}
			break
		}
		if k == i+1 && r.isVerbAt(toks, k) && t.Lemma != t.Norm {
			break // "a magnitude of 7.6 struck": the clause's verb follows, no unit
		}
		if k+1 < len(toks) && toks[k+1].Kind == Word && !stopWords[toks[k+1].Norm] && !r.isVerbAt(toks, k+1) && k == i+1 {
			// an adjective before the noun: "five North Korean children"
			continue
		}
		return t.Lemma
	}
	if i > 1 && prepositions[toks[i-1].Norm] && toks[i-2].Kind == Word {
		return toks[i-2].Lemma // "children under five"
	}
	if p := i - 1; p >= 0 && toks[p].Kind == Word && !toks[p].Cap && !stopWords[toks[p].Norm] && !approximators[toks[p].Norm] && !r.isVerbAt(toks, p) && !numberWord(toks[p].Norm) {
		return toks[p].Lemma // "magnitude 6.2": a noun that the figure labels
	}
	return ""
}

// markers finds negation, hedges and certainty markers.
func (r *Reader) markers(toks []Token, c *Clause, used []bool) {
	neg, asked := r.implicatives(toks, used)
	if asked > 0 {
		c.SupposedFrom = asked
	}
	neither := len(toks) // the first "neither", for "neither ... nor"
	for i, t := range toks {
		if t.Norm == "neither" {
			neither = min(neither, i)
		}
		if used[i] {
			continue
		}
		switch {
		case (t.Norm == "able" || t.Norm == "unable") && i+1 < len(toks) && toks[i+1].Norm == "to":
			// "be able to cross" is the modal "can cross", "unable to"
			// "cannot": the verb after carries the content.
			if t.Norm == "unable" {
				neg++
			}
			used[i] = true
		case negators[t.Norm]:
			if t.Norm == "no" && i+1 < len(toks) && toks[i+1].Norm == "longer" {
				used[i+1] = true
			}
			if t.Norm != "nor" || neither >= i {
				neg++ // "neither ... nor" negates once
			}
			if t.Norm == "no" {
				if k := deniedNoun(toks, i); k > 0 {
					c.Denied = append(c.Denied, ingNounLemma(toks[k]))
				}
			}
			used[i] = true
		case conditionals[t.Norm] || invertedConditional(toks, i):
			if !c.Conditional && i > 0 && (c.SupposedFrom == 0 || t.Span.Start < c.SupposedFrom) {
				c.SupposedFrom = t.Span.Start
			}
			c.Conditional = true
		case boosters[t.Norm] && (t.Norm != "bound" && t.Norm != "sure" && t.Norm != "certain" || i+1 < len(toks) && (toks[i+1].Norm == "to" || toks[i+1].Norm == "that")):
			// "certain to happen", and "it is certain that it happens"
			used[i] = true
			if !inLeadingAdverbialClause(toks, i) {
				c.Boosters = append(c.Boosters, t.Norm)
			}
		case isHedgeAt(toks, i):
			if h := hedgeWords[t.Norm]; h > c.Hedge {
				c.Hedge = h
			}
			used[i] = true
		}
	}
	c.Negated = neg%2 == 1
}

// deniedNoun returns the position of the noun that "no" at toks[i]
// determines ("no close relations"), or 0 when "no" is not a determiner.
func deniedNoun(toks []Token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.Kind != Word || stopWords[t.Norm] || t.Norm == "longer" {
			return 0
		}
		if k+1 < len(toks) && toks[k+1].Kind == Word && !stopWords[toks[k+1].Norm] {
			continue // a modifier before the noun
		}
		return k
	}
	return 0
}

// isHedgeAt reports whether toks[i] is used as a hedge: "set" and "due"
// only before "to", "plans" and "plan" only before "to".
func isHedgeAt(toks []Token, i int) bool {
	w := toks[i].Norm
	if _, ok := hedgeWords[w]; !ok {
		return false
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Norm
	}
	switch w {
	case "due":
		// "is due to arrive" is scheduled; "closed due to damage" and "is
		// due to the storm" use the complex preposition "due to", because
		// of (Quirk et al. 1985 §9.10): a plan only before a bare verb, and
		// not straight after another verb.
		return next == "to" && i+2 < len(toks) && dueToVerb(toks, i)
	case "set", "plan", "plans", "planned", "planning", "aim", "aims", "intend", "intends":
		return next == "to"
	case "possible":
		return false
	}
	return true
}

// dueToVerb reports whether "due to" at toks[i] says something is
// scheduled: a bare verb follows "to" (no determiner, number or name), and
// no verb other than a copula stands right before "due" ("closed due to
// damage" gives a cause).
func dueToVerb(toks []Token, i int) bool {
	v := toks[i+2]
	if v.Kind != Word || v.Cap || determiners[v.Norm] || stopWords[v.Norm] || v.Lemma != v.Norm || !lexicon.POS(v.Norm).Has(lexicon.Verb) {
		return false
	}
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return copulas[p.Norm] || p.Kind != Word || p.Lemma == p.Norm && !strings.HasSuffix(p.Norm, "ed")
}

// afterCopula reports whether toks[i] follows a form of "be", with medial
// adverbs between ("is also due to").
func afterCopula(toks []Token, i int) bool {
	k := beforeAdverbs(toks, i, medialAdverb)
	return k >= 0 && copulas[toks[k].Norm]
}

// terms collects the content words not used by anything else, joining
// adjacent words into a collocation where the lexicon knows one
// ("take place", "walk out", "stay away", "in person").
func (r *Reader) terms(toks []Token, used []bool) []Term {
	var out []Term
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if used[i] || t.Kind != Word {
			continue
		}
		if r.goingTo(toks, i) {
			i++ // "is going to snub": a future, like "will", not a journey
			continue
		}
		if n := r.aboutVerb(toks, i); n > 0 {
			// "the warrant concerns the removal of children": WordNet's
			// "refer, pertain, relate, concern" ("be relevant to") says only
			// what a preposition ("a warrant over ...", "about", "on")
			// says, so it is no word a claim must repeat.
			i += n - 1
			continue
		}
		if currentCopula(toks, i) {
			continue // "remained unclear" says what "was unclear" says
		}
		if r.travelBack(toks, used, i) {
			// "headed back to the hotel", "flew back": a motion verb with
			// the path "back" is WordNet's return ("go or come back to
			// place"; Talmy's path satellite).
			out = append(out, Term{Lemma: "return", Text: joinText(toks[i : i+2]), Span: claims.Span{Start: t.Span.Start, End: toks[i+1].Span.End}, Prep: r.prepBefore(toks, i), Verb: true, tok: i})
			i++
			continue
		}
		if postHeldAt(toks, i) || i+2 < len(toks) && holdVerbs[t.Norm] && postHeldAt(toks, i+2) {
			continue // "holds the post of minister": "is minister"
		}
		if r.belongsTo(toks, i) {
			// "X belongs to the bloc" is WordNet's belong sense 5, "be a
			// member of a group or organisation": read as "X is a member
			// of the bloc", whose predicate is the noun.
			out = append(out, Term{Lemma: "member", Text: joinText(toks[i : i+2]), Span: claims.Span{Start: t.Span.Start, End: toks[i+1].Span.End}, tok: i})
			i++
			continue
		}
		if t.Norm == "together" && i+1 < len(toks) && toks[i+1].Norm == "with" {
			continue // "together with": a complex preposition, as "with" (Quirk et al. §9.11)
		}
		if prepositions[t.Norm] && t.Norm != "near" && phraseAt(toks, i+1) {
			// "debates inside the group", "despite the gale": a preposition
			// says how a phrase hangs (§9.7); "near" says where, against
			// "far".
			continue
		}
		if asWellAs(toks, i) {
			i += 2 // "A as well as B": a coordinator (Quirk et al. §13.102), no content word
			continue
		}
		if k := r.eventNounAfterOn(toks, used, i); k > 0 {
			// "went on a visit", "embarked on a trip": the noun is the predicate.
			out = append(out, Term{Lemma: r.journeyLemma(toks, k), Text: toks[k].Text, Span: toks[k].Span, Verb: true, tok: k})
			used[k] = true
			i++
			continue
		}
		if n, lemma := r.collocation(toks, used, i); n > 0 {
			idiom := stopWords[toks[i+n-1].Norm] && particleEnds(toks, used, i+n)
			out = append(out, Term{Lemma: lemma, Text: joinText(toks[i : i+n]), Span: claims.Span{Start: t.Span.Start, End: toks[i+n-1].Span.End}, Prep: r.prepBefore(toks, i), Verb: r.isVerbAt(toks, i), Idiom: idiom, tok: i})
			i += n - 1
			continue
		}
		if stopWords[t.Norm] {
			continue
		}
		if lightVerbs[t.Lemma] && r.isVerbAt(toks, i) {
			if k := r.eventNounAfter(toks, used, i); k > 0 {
				// "make the trip", "pay a visit": the noun is the predicate.
				out = append(out, Term{Lemma: r.journeyLemma(toks, k), Text: toks[k].Text, Span: toks[k].Span, Verb: true, tok: k})
				used[k] = true
				continue
			}
		}
		verb := r.isVerbAt(toks, i)
		lemma := t.Lemma
		if !verb {
			lemma = ingNounLemma(t)
		}
		out = append(out, Term{Lemma: lemma, Text: t.Text, Span: t.Span, Prep: r.prepBefore(toks, i), Verb: verb, Passive: verb && passiveAt(toks, i), tok: i})
	}
	return out
}

// TravelTo is the lemma of a journey to a place ("went to Lima", "a trip
// to Lima"): WordNet's "travel to", a sense of visit whose hypernym is
// travel.
const TravelTo = "travel_to"

// journeyLemma returns the lemma of the event noun at toks[k] carried by a
// light verb, or "travel_to" for a journey to a place ("made a trip to
// Lima"): WordNet's "travel to" (= visit), as "went to Lima" is.
func (r *Reader) journeyLemma(toks []Token, k int) string {
	if k+2 < len(toks) && toks[k+1].Norm == "to" && r.lex.Travel(toks[k].Lemma) && r.placeAt(toks, k+2) {
		return TravelTo
	}
	return toks[k].Lemma
}

// aboutVerb returns how many tokens at toks[i] make a verb of being about
// something ("concerns", "relates to", "pertains to", "refers to") before
// a noun phrase, or 0. "Concern" before a pronoun is its other sense
// ("it concerns me": worry).
func (r *Reader) aboutVerb(toks []Token, i int) int {
	if i+1 >= len(toks) || !r.isVerbAt(toks, i) {
		return 0
	}
	switch toks[i].Lemma {
	case "concern":
		if next := toks[i+1]; next.Kind == Word && !pronouns[next.Norm] && (determiners[next.Norm] || !stopWords[next.Norm]) {
			return 1
		}
	case "relate", "pertain", "refer":
		if toks[i+1].Norm == "to" && i+2 < len(toks) && !pronouns[toks[i+2].Norm] {
			return 2
		}
	}
	return 0
}

// belongsTo reports whether toks[i] is the verb belong with "to" and an
// organisation or group after it and a person, country or organisation
// before it: a member, not a thing owned ("the lighthouse belongs to the
// guild") nor an owner ("belongs to me").
func (r *Reader) belongsTo(toks []Token, i int) bool {
	if toks[i].Lemma != "belong" || i+2 >= len(toks) || toks[i+1].Norm != "to" || !r.memberBefore(toks, i) {
		return false
	}
	k := i + 2
	if determiners[toks[k].Norm] && k+1 < len(toks) {
		k++
	}
	return r.nameOfKindAt(toks, k, claims.KindOrganisation, claims.KindGroup)
}

// memberBefore reports whether a person, country or organisation the
// gazetteer knows is named before toks[i].
func (r *Reader) memberBefore(toks []Token, i int) bool {
	for k := 0; k < i; k++ {
		ids, n := r.gaz.matchEntity(toks, k)
		for _, id := range ids {
			if e, ok := r.gaz.Entity(id); ok && (e.Kind == claims.KindPerson || e.Kind == claims.KindCountry || e.Kind == claims.KindOrganisation) {
				return true
			}
		}
		k += max(n, 1) - 1
	}
	return false
}

// asWellAs reports whether toks[i] opens the quasi-coordinator "as well
// as".
func asWellAs(toks []Token, i int) bool {
	return i+2 < len(toks) && toks[i].Norm == "as" && toks[i+1].Norm == "well" && toks[i+2].Norm == "as"
}

// goingTo reports whether toks[i] starts the future "going to" before a
// verb ("going to snub the summit"), not a journey ("going to Russia").
func (r *Reader) goingTo(toks []Token, i int) bool {
	if toks[i].Norm != "going" || i+2 >= len(toks) || toks[i+1].Norm != "to" {
		return false
	}
	v := toks[i+2]
	return v.Kind == Word && !v.Cap && v.Lemma == v.Norm && r.lex.Verb(v.Norm) && !determiners[v.Norm] && !stopWords[v.Norm]
}

// collocation returns the length and lemma of a known multiword expression
// starting at toks[i], or 0.
func (r *Reader) collocation(toks []Token, used []bool, i int) (int, string) {
	for n := 3; n >= 2; n-- {
		if i+n > len(toks) {
			continue
		}
		parts := make([]string, 0, n)
		ok := true
		for k := i; k < i+n; k++ {
			if used[k] || toks[k].Kind != Word || toks[k].Norm == "'s" {
				ok = false
				break
			}
			parts = append(parts, toks[k].Lemma)
		}
		if !ok || stopWords[parts[n-1]] && !particles[parts[n-1]] && !(parts[n-1] == "in" && noObjectAt(toks, i+n)) {
			continue
		}
		if stopWords[toks[i].Norm] && toks[i].Norm != "in" {
			continue
		}
		if parts[n-1] == "for" && durationAt(toks, i+n) {
			continue // "runs for four days": a verb and its length, not "run for" office
		}
		if n == 2 && prepositionalParticles[parts[1]] && passiveAt(toks, i) && phraseAt(toks, i+n) {
			// "was held on the first day": in the passive a phrasal verb's
			// object is its subject, so a noun phrase after the particle is
			// a preposition's (Quirk et al. §16.3-16.5), not "hold on".
			continue
		}
		lemma := strings.Join(parts, "_")
		if n == 2 && parts[1] == "to" && r.placeAt(toks, i+n) && r.lex.Travel(parts[0]) {
			// "went to Lima": a verb of travelling and its goal is
			// WordNet's "travel to" (= visit), not the collocation's own
			// sense ("go to" is WordNet's "attend", of school or a
			// meeting).
			return n, TravelTo
		}
		if r.lex.Known(lemma) {
			return n, lemma
		}
	}
	return 0, ""
}

// travelBack reports whether toks[i] is a verb of travel with the path
// "back" and no object after it ("flew back to Lamu", "headed back
// home"), where WordNet has no phrasal verb of its own ("go back on" a
// promise, "fall back").
func (r *Reader) travelBack(toks []Token, used []bool, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) || toks[i+1].Norm != "back" || used[i+1] || !r.isVerbAt(toks, i) || r.lex.Known(t.Lemma+"_back") {
		return false
	}
	if k := i + 2; k < len(toks) && toks[k].Kind == Word && toks[k].Norm != "to" && toks[k].Norm != "home" && toks[k].Norm != "into" {
		return false
	}
	return r.lex.Travel(t.Lemma) || lexicon.VerbHypernym(t.Lemma, "travel")
}

// currentCopula reports whether toks[i] is "remain", "stay" or "keep"
// linking its subject to an adjective after it ("remained unclear",
// "stayed open"): a current copula (Quirk et al. §16.21) says of its
// subject what "be" does.
func currentCopula(toks []Token, i int) bool {
	switch toks[i].Lemma {
	case "remain", "stay", "keep":
	default:
		return false
	}
	k := i + 1
	for k < len(toks) && medialAdverb(toks[k]) && !lexicon.POS(toks[k].Norm).Has(lexicon.Adjective) {
		k++ // "remained largely intact"
	}
	if k >= len(toks) || toks[k].Kind != Word || toks[k].Cap || stopWords[toks[k].Norm] {
		return false
	}
	w := toks[k]
	if strings.HasSuffix(w.Norm, "ed") && w.Lemma != w.Norm {
		return true // "remained closed": an adjectival participle
	}
	// An adjective, but not a word that is also an adverb of place or
	// manner ("stayed home", "kept close" say where).
	pos := lexicon.POS(w.Norm)
	return pos.Has(lexicon.Adjective) && !pos.Has(lexicon.Adverb)
}

// prepositionalParticles are the particles that are also prepositions.
var prepositionalParticles = set("on", "in", "over", "for", "about", "to")

// passiveAt reports whether toks[i] is a past participle after a form of
// "be", perhaps with medial adverbs between ("was later held").
func passiveAt(toks []Token, i int) bool {
	t := toks[i]
	// "is being hosted" is the progressive passive (Quirk et al. §3.64).
	return t.Lemma != t.Norm && !strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "s") && (afterCopula(toks, i) || i > 0 && toks[i-1].Norm == "being")
}

// phraseAt reports whether a noun phrase starts at toks[k]: a determiner,
// a number or a capitalised word.
func phraseAt(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return t.Kind == Number || determiners[t.Norm] || t.Kind == Word && t.Cap
}

// placeAt reports whether a name the gazetteer knows as a place (a
// country, city, region or site) starts at toks[k].
func (r *Reader) placeAt(toks []Token, k int) bool {
	return r.nameOfKindAt(toks, k, claims.KindCountry, claims.KindCity, claims.KindRegion, claims.KindPlace)
}

// nameOfKindAt reports whether a name the gazetteer knows starts at
// toks[k] and every entity it may name is of one of the kinds.
func (r *Reader) nameOfKindAt(toks []Token, k int, kinds ...claims.EntityKind) bool {
	if k >= len(toks) {
		return false
	}
	ids, n := r.gaz.matchEntity(toks, k)
	if n == 0 {
		return false
	}
	for _, id := range ids {
		e, ok := r.gaz.Entity(id)
		if !ok || !slices.Contains(kinds, e.Kind) {
			return false
		}
	}
	return true
}

// durationAt reports whether a length of time starts at toks[k]: a
// number, perhaps after "a", "the" or "about", and a unit of time ("four
// days", "a week", "about two hours").
func durationAt(toks []Token, k int) bool {
	for k < len(toks) && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "the" || approximators[toks[k].Norm]) {
		k++
	}
	if k < len(toks) && (toks[k].Kind == Number || numberWords[toks[k].Norm] > 0) {
		k++
	}
	return k < len(toks) && (durationWords[toks[k].Lemma] || durationWords[toks[k].Norm])
}

func joinText(toks []Token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return strings.Join(words, " ")
}

// markSubjects flags the mentions and terms before the clause's first verb
// and after a fronted prepositional phrase.
func (r *Reader) markSubjects(toks []Token, c *Clause) {
	from := r.frontedPhraseEnd(toks) // "During the visit, the mayor ...": the subject follows the comma
	first := len(toks)
	for i := from; i < len(toks); i++ {
		if r.isVerbAt(toks, i) && !c.sourceVerb(i) {
			first = i
			break
		}
	}
	for k := range c.Entities {
		c.Entities[k].Subject = from <= c.Entities[k].tok && c.Entities[k].tok < first
	}
	for k := range c.Terms {
		c.Terms[k].Subject = from <= c.Terms[k].tok && c.Terms[k].tok < first
		if c.Terms[k].tok == first {
			c.Terms[k].Verb = true
		}
	}
}

// sourceVerb reports whether toks[i] is the verb that introduces a named
// source ("A US official told AP that ...").
func (c *Clause) sourceVerb(i int) bool {
	for _, s := range c.Sources {
		if i == s.hi+1 || i == s.lo-1 {
			return true
		}
	}
	return false
}

// inheritAdjunct gives a fronted free adjunct ("Asked about the vote, the
// mayor declined") its main clause's subject: a name, else a subject
// noun ("the mayor"), else the speaker of a clause that reports someone's
// words ("Speaking in Hanoi, Biden said ...").
func (c *Clause) inheritAdjunct(main *Clause) {
	c.inherit(main)
	for _, m := range c.Entities {
		if m.Subject {
			return
		}
	}
	nouns := false
	for _, t := range main.Terms {
		if t.Subject && !t.Verb {
			t.tok = -1
			c.Terms = append(c.Terms, t)
			nouns = true
		}
	}
	if nouns || len(main.Sources) != 1 || len(main.Sources[0].IDs) == 0 {
		return
	}
	s := main.Sources[0]
	m := Mention{IDs: s.IDs, Text: s.Text, Subject: true, tok: -1}
	c.Entities = append(c.Entities, m)
	c.holdOffices(m)
}

// inherit gives a clause whose subject was elided ("...but is likely to
// meet Kim") the subject of the clause before it.
func (c *Clause) inherit(prev *Clause) {
	if len(prev.Sources) > 0 && len(c.Sources) == 0 && len(c.Tokens) > 1 && (characterises(c.Tokens, 0) || attributionVerbs[c.Tokens[0].Norm]) {
		// "X called the plan reckless and described it as a gamble": the
		// second verb of saying is the same speaker's, and what follows
		// it is what was said; the first clause's subject was its content's.
		c.Sources = append(c.Sources, prev.Sources...)
		c.Terms = slices.DeleteFunc(c.Terms, func(t Term) bool { return t.Span == c.Tokens[0].Span })
		return
	}
	for _, m := range prev.Entities {
		if m.Subject {
			m.tok, m.n = -1, 0 // it stands outside this clause's tokens
			c.Entities = append(c.Entities, m)
			c.holdOffices(m)
		}
	}
}

// holdOffices gives an inherited person subject the offices the clause
// links to it with "as" or a copula ("…, having served as governor").
func (c *Clause) holdOffices(m Mention) {
	if !m.Known() {
		return
	}
	for i := range c.Offices {
		o := &c.Offices[i]
		if o.Person != "" {
			continue
		}
		before := ""
		for _, t := range c.Tokens {
			if t.Span.End <= o.Span.Start && t.Kind == Word && !determiners[t.Norm] {
				before = t.Norm
			}
		}
		if before == "as" || copulas[before] {
			o.Person, o.PersonName, o.Copular = m.IDs[0], m.Text, true
		}
	}
}

// eventHead returns 1 when toks[i] is a word like "summit" or "meeting"
// right after the name of an organisation or event ("the G20 meeting",
// "a BRICS event"): it belongs to the name, not to what is said of it.
func (r *Reader) eventHead(toks []Token, i int, ids []string) int {
	if i >= len(toks) || toks[i].Kind != Word || len(ids) == 0 {
		return 0
	}
	e, ok := r.gaz.Entity(ids[0])
	if !ok || (e.Kind != claims.KindOrganisation && e.Kind != claims.KindEvent) {
		return 0
	}
	if r.lex.EventNoun(toks[i].Norm) {
		return 1
	}
	return 0
}

// sequenceWords may stand between a light verb and its noun besides
// ordinals: "gave her last speech".
var sequenceWords = set("last", "final", "latest", "next")

// lightVerbs carry little meaning of their own before a noun of action:
// "make the trip", "take a decision", "pay a visit", "hold talks".
var lightVerbs = set("make", "take", "pay", "undertake", "give", "hold", "have", "do")

// LightVerb reports whether a verb's lemma is a light verb, whose
// meaning lies in the noun it takes ("give backing", "make a call").
func LightVerb(lemma string) bool { return lightVerbs[lemma] }

// eventNounAfterOn returns the position of the noun of action a verb of
// setting out governs through "on" ("go on a visit", "embark on a
// journey"), or 0.
func (r *Reader) eventNounAfterOn(toks []Token, used []bool, i int) int {
	if i+1 >= len(toks) || toks[i+1].Norm != "on" || !r.isVerbAt(toks, i) {
		return 0
	}
	switch toks[i].Lemma {
	case "go", "embark", "set":
		return r.eventNounAfter(toks, used, i+1)
	}
	return 0
}

// eventNounAfter returns the position of the noun of action a light verb
// at i governs ("make the journey", "made his first speech"), or 0.
func (r *Reader) eventNounAfter(toks []Token, used []bool, i int) int {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if _, ordinal := ordinalWords[t.Norm]; determiners[t.Norm] || ordinal || sequenceWords[t.Norm] {
			continue
		}
		if used[k] || t.Kind != Word || !r.lex.ActionNoun(t.Norm) {
			return 0
		}
		return k
	}
	return 0
}

// noObjectAt reports whether no noun phrase starts at toks[k]: the clause
// ends, or a preposition or a deictic time adverb follows. A word like
// "in" with no object is a particle, not a preposition (Quirk et al.
// §16.3): "was sworn in on Monday", "was sworn in next month".
func noObjectAt(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Kind == Punct {
		return true
	}
	n := toks[k].Norm
	return prepositions[n] || n == "as" || deicticAt(toks, k)
}

// deicticAt reports whether toks[k] opens a deictic time adverb ("next
// month", "yesterday"), not a noun phrase that only starts with one ("last
// week's poll").
func deicticAt(toks []Token, k int) bool {
	switch toks[k].Norm {
	case "yesterday", "today", "tomorrow":
		return true
	case "next", "last":
		return !(k+2 < len(toks) && toks[k+2].Norm == "'s")
	}
	return false
}

// particleEnds reports whether a phrasal verb's particle ends its verb
// phrase at toks[k]: the clause ends, or "as", a deictic time adverb or a
// date follows ("was sworn in on Monday"), not a phrase of its own
// ("showed off to Shoigu", where the object stands elsewhere).
func particleEnds(toks []Token, used []bool, k int) bool {
	if k >= len(toks) || toks[k].Kind == Punct {
		return true
	}
	n := toks[k].Norm
	return n == "as" || deicticAt(toks, k) || used[k] && prepositions[n] // a date's preposition
}

// maxNameModifier is the longest proper name read as a modifier between a
// number and the noun it counts.
const maxNameModifier = 5

// nounAfterName returns the index of the common noun after a proper name
// that starts at toks[i] and modifies it ("Harbour Council members"), or
// -1: a proper noun premodifies the head noun of its phrase (Quirk et al.
// 1985, §17.108), and a number counts the head.
func nounAfterName(toks []Token, i int) int {
	k := i
	for k < len(toks) && k < i+maxNameModifier && toks[k].Kind == Word && toks[k].Cap && !stopWords[toks[k].Norm] {
		k++
	}
	if k == i || k >= len(toks) {
		return -1
	}
	if t := toks[k]; t.Kind == Word && !t.Cap && !stopWords[t.Norm] && t.Lemma != t.Norm {
		return k // an inflected plural: "members", "leaders"
	}
	return -1
}

// namedAt returns the first entity id of the known name that starts at
// token k, past a year ("a two-day 2023 summit"), or "".
func namedAt(toks []Token, names []Mention, k int) string {
	if _, year := yearAt(toks, k); year {
		k++
	}
	for _, m := range names {
		if m.tok == k && m.Known() {
			return m.IDs[0]
		}
	}
	return ""
}

// invertedConditional reports whether toks[i] opens a conditional clause
// by inversion: "had", "were" or "should" before a subject pronoun, after
// other words ("he could have been arrested had he landed", "should he
// take part"): Quirk et al. 1985, §15.36. At the start of a sentence the
// same words ask a question.
func invertedConditional(toks []Token, i int) bool {
	switch toks[i].Norm {
	case "had", "were", "should":
	default:
		return false
	}
	if i == 0 || i+1 >= len(toks) || !subjectPronouns[toks[i+1].Norm] {
		return false
	}
	prev := toks[i-1]
	return prev.Norm == "," || prev.Kind == Word && !whWords[prev.Norm] && !inverting[prev.Norm]
}

// inverting words invert subject and auxiliary without a condition:
// "Never had she lost a vote", "... and so had he" (Quirk et al. §18.24).
var inverting = set("never", "not", "nor", "neither", "rarely", "seldom", "only", "so", "little", "hardly", "scarcely", "once", "nowhere")

// whWords open questions: "where had he gone" is no condition.
var whWords = set("what", "where", "when", "why", "how", "who", "whom", "which")

// temporalOpeners open an adverbial clause of time before the main one.
var temporalOpeners = set("when", "after", "before", "once", "since", "as")

// inLeadingAdverbialClause reports whether toks[i] stands in an adverbial
// clause of time that opens the sentence and ends at a comma ("When the
// visit was announced, X was president"): its words qualify that clause,
// not the main one (Quirk et al. §15.2), so "announced" there adds no
// certainty to what the main clause says.
func inLeadingAdverbialClause(toks []Token, i int) bool {
	if len(toks) == 0 || !temporalOpeners[toks[0].Norm] {
		return false
	}
	for k := 1; k < i; k++ {
		if toks[k].Norm == "," {
			return false
		}
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Norm == "," {
			return true
		}
	}
	return false
}

// dropContrasted sets aside what "rather than" or "instead of" rejects, up
// to the next comma, verb or the clause's end ("led by its premier rather
// than by its president", "in 2025 rather than in 2024"): the phrase says
// what is not the case, so its names, words, dates and numbers are none of
// what the clause asserts (Quirk et al. §13.46 on contrastive
// coordination).
func (r *Reader) dropContrasted(toks []Token, c *Clause, used []bool) {
	for i := 0; i+1 < len(toks); i++ {
		if denyContrastedOffice(toks, c, used, i) {
			continue
		}
		notVerb := toks[i].Norm == "," && toks[i+1].Norm == "not" && r.isVerbAt(toks, i+2)
		if !(toks[i].Norm == "rather" && toks[i+1].Norm == "than" || toks[i].Norm == "instead" && toks[i+1].Norm == "of" || notVerb) {
			continue
		}
		if notVerb {
			// "will import grain, not export it": a contrasted verb phrase
			// is set aside like "rather than" (Quirk et al. §10.60); its
			// "not" negates nothing else.
			end := i + 2
			for end < len(toks) && toks[end].Norm != "," && toks[end].Norm != ";" {
				end++
			}
			dropSpan(toks, c, used, i, end)
			i = end
			continue
		}
		end := i + 2 // the rejected phrase ends at a comma or the next verb
		for end < len(toks) && toks[end].Norm != "," && toks[end].Norm != ";" && !r.isVerbAt(toks, end) {
			end++
		}
		if end == i+2 {
			continue
		}
		dropSpan(toks, c, used, i, end)
		i = end
	}
}

// dropSpan sets toks[from:to] aside: its words are used and its names,
// offices, dates and figures are none of the clause's.
func dropSpan(toks []Token, c *Clause, used []bool, from, to int) {
	for k := from; k < to; k++ {
		used[k] = true
	}
	lo, hi := toks[from].Span.Start, toks[to-1].Span.End
	inside := func(sp claims.Span) bool { return sp.Start >= lo && sp.End <= hi }
	c.Entities = slices.DeleteFunc(c.Entities, func(m Mention) bool { return inside(m.Span) })
	c.Offices = slices.DeleteFunc(c.Offices, func(o Office) bool { return inside(o.Span) })
	c.Times = slices.DeleteFunc(c.Times, func(t Time) bool { return inside(t.Span) })
	c.Numbers = slices.DeleteFunc(c.Numbers, func(q Quantity) bool { return inside(q.Span) })
}

// denyContrastedOffice reads ", not" before an office at the end of the
// clause ("X is Y's foreign minister, not its defence minister"):
// contrastive negation (Quirk et al. §10.60) denies that office alone, so
// the office is marked denied and the "not" negates nothing else. It
// reports whether toks[i] opened such a phrase.
func denyContrastedOffice(toks []Token, c *Clause, used []bool, i int) bool {
	if toks[i].Norm != "," || i+2 >= len(toks) || toks[i+1].Norm != "not" {
		return false
	}
	lo := toks[i+2].Span.Start
	k := -1
	for j, o := range c.Offices {
		if o.Span.Start >= lo {
			k = j
		}
	}
	if k < 0 || !officeEndsClause(toks, c.Offices[k].Span.End) {
		return false
	}
	for _, m := range c.Entities {
		if m.Span.Start >= lo && m.Span.Start < c.Offices[k].Span.Start && !slices.Contains(m.IDs, c.Offices[k].Country) {
			return false // another name is denied too: "not Y's but Z's"
		}
	}
	o := &c.Offices[k]
	if o.Person == "" {
		// "X is Sylvania's ambassador, not Freedonia's chancellor": the
		// denied office is said of the copula's subject too.
		for _, p := range c.Offices[:k] {
			if p.Copular && p.Person != "" {
				o.Person, o.PersonName, o.Copular = p.Person, p.PersonName, true
			}
		}
	}
	if o.Person == "" {
		return false
	}
	o.Denied = true
	used[i+1] = true
	return true
}

// officeEndsClause reports whether nothing but punctuation follows byte
// offset end in toks.
func officeEndsClause(toks []Token, end int) bool {
	for _, t := range toks {
		if t.Span.Start >= end && t.Kind == Word {
			return false
		}
	}
	return true
}

// countsSpeakers reports whether the noun after a number is followed by a
// verb of saying ("..., the two leaders said"): the number counts who
// spoke, part of the attribution, not a figure of the claim.
func countsSpeakers(toks []Token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if toks[j].Kind != Word {
			return false
		}
		if j+1 < len(toks) && attributionVerbs[toks[j+1].Norm] {
			return true
		}
	}
	return false
}

// ingNounLemma returns the lemma of a word used as a noun: an -ing form
// that WordNet lists as a noun of its own ("the gathering", "a hearing")
// keeps that form, morphy's noun reading for a word in a noun's place,
// where the token's lemma prefers the commoner verb ("gather").
func ingNounLemma(t Token) string {
	if t.Norm != t.Lemma && strings.HasSuffix(t.Norm, "ing") && lexicon.POS(t.Norm).Has(lexicon.Noun) {
		return t.Norm
	}
	return t.Lemma
}
