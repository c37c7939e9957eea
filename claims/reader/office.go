package reader

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Office is an office a clause gives a person: "Russia's Defence Minister
// Sergei Shoigu", "Lavrov is Russia's foreign minister", "US President
// Rishi Sunak".
type Office struct {
	// Former marks an office given as held before ("former defence
	// minister X", "ex-president X"), not at the clause's time.
	Former     bool
	Person     string // entity id of the holder, "" when the clause names none
	PersonName string
	Role       string // role id
	RoleText   string // the role as written
	Country    string // entity id of the country, "" when unstated
	Span       claims.Span
	Copular    bool // stated as "X is/was/became Y", the point of the clause
	// Left marks the office the person gave up to the clause's subject:
	// B's in "A replaced B as foreign minister".
	Left bool
	// Denied marks an office a contrastive "not" denies alone: the
	// second in "X is Y's foreign minister, not its defence minister".
	Denied bool
}

// copulas link a person to an office in "X is Y", "X became Y".
var copulas = set("is", "was", "are", "were", "be", "been", "became", "become", "becomes",
	"remains", "remained", "served", "serves", "named", "appointed", "elected", "as",
	// heading a ministry is holding its office: "Shoigu heads the defence ministry"
	"heads", "headed", "leads", "led", "runs", "ran", "charge", "held", "holds", "hold",
	"replaced", "replaces", "succeeded", "succeeds")

// offices attaches each role mention to its person and country. It
// returns the role mentions that name neither ("run for president", "the
// leaders") apart: a role word alone is no office to check, only words.
func (r *Reader) offices(toks []Token, c *Clause, roles []Mention) (out []Office, bare []Mention) {
	front := 0 // where a fronted phrase ends, found once for every role
	if len(roles) > 0 {
		front = r.frontedPhraseEnd(toks)
	}
	for _, role := range roles {
		o := Office{Role: role.IDs[0], RoleText: role.Text, Span: role.Span, Former: former(toks, role.tok)}
		r.officeCountry(toks, c, role, &o)
		r.officePerson(toks, c, role, front, &o)
		if o.Person == "" && o.Country == "" {
			bare = append(bare, role)
			continue
		}
		out = append(out, o)
		if p := r.predecessor(toks, c, o); p != nil {
			out = append(out, *p)
		}
	}
	return append(out, r.counterparts(toks, c, out)...), bare
}

// counterparts gives "his Turkish counterpart Hakan Fidan" the office the
// clause gives someone of another country, in the counterpart's country:
// a counterpart is "a person having the same function as another"
// (WordNet), so a foreign minister's is a foreign minister.
func (r *Reader) counterparts(toks []Token, c *Clause, offices []Office) []Office {
	var out []Office
	for i, t := range toks {
		if t.Norm != "counterpart" {
			continue
		}
		country := r.mentionEndingAt(c, i, claims.KindCountry)
		j := i + 1
		if j < len(toks) && toks[j].Norm == "," {
			j++ // "his Turkish counterpart, Hakan Fidan,"
		}
		var person *Mention
		for k := range c.Entities {
			if m := &c.Entities[k]; m.tok == j && r.isPerson(m) {
				person = m
			}
		}
		if country == nil || person == nil {
			continue
		}
		if o, ok := possessorOffice(offices, t.Span.Start); ok && o.Country != country.IDs[0] && (len(person.IDs) == 0 || o.Person != person.IDs[0]) {
			co := Office{Role: o.Role, RoleText: o.RoleText, Country: country.IDs[0], Span: t.Span}
			r.setPerson(&co, person)
			out = append(out, co)
		}
	}
	return out
}

// possessorOffice returns the office of whom "his counterpart" at byte
// offset at belongs to: the nearest office with a holder before it, else,
// when none stands before, the first after it ("In a meeting with his
// counterpart X, the Iranian foreign minister said"). The counterpart's
// country is the one before "counterpart", so the possessor's office may
// name none ("Prime Minister X and his Swedish counterpart Y").
func possessorOffice(offices []Office, at int) (Office, bool) {
	var before, after *Office
	for k := range offices {
		o := &offices[k]
		switch {
		case o.Span.End <= at && o.Person != "":
			before = o
		case o.Span.Start > at && after == nil:
			after = o
		}
	}
	o := before
	if o == nil {
		o = after
	}
	if o == nil || o.Role == "" {
		return Office{}, false
	}
	return *o, true
}

// mentionEndingAt returns the known mention of an entity of the kind that
// ends just before toks[i], or nil.
func (r *Reader) mentionEndingAt(c *Clause, i int, kind claims.EntityKind) *Mention {
	for k := range c.Entities {
		m := &c.Entities[k]
		if m.tok >= 0 && m.tok+m.n == i && m.Known() {
			if e, ok := r.gaz.Entity(m.IDs[0]); ok && e.Kind == kind {
				return m
			}
		}
	}
	return nil
}

// officeAdverbs may stand between a holder's copula and the office: "was
// already prime minister", "is still defence minister".
var officeAdverbs = set("still", "also", "then", "already", "now", "currently", "once", "formerly", "previously", "again", "briefly")

// successionVerbs name taking over someone's office.
var successionVerbs = set("replaced", "replaces", "succeeded", "succeeds")

// predecessor returns the office of the person the holder replaced
// ("A replaced B as foreign minister"): the same office, held up to
// the change.
func (r *Reader) predecessor(toks []Token, c *Clause, o Office) *Office {
	if !o.Copular || o.Person == "" {
		return nil
	}
	for k := range c.Entities {
		m := &c.Entities[k]
		if m.tok < 1 || m.tok+m.n >= len(toks) || !successionVerbs[toks[m.tok-1].Norm] || toks[m.tok+m.n].Norm != "as" || !r.isPerson(m) {
			continue
		}
		if !m.Known() || m.IDs[0] == o.Person {
			return nil
		}
		p := o
		p.Person, p.PersonName, p.Left = m.IDs[0], m.Text, true
		return &p
	}
	return nil
}

// roleOfCountry matches at toks[i] a role named "<title> of the <body>"
// written with a country's possessive for "the": "secretary of Russia's
// Security Council". It returns the role's ids, the number of tokens the
// phrase spans and the country's mention inside it.
func (r *Reader) roleOfCountry(toks []Token, i int) (ids []string, n int, country Mention, ok bool) {
	of := -1
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Norm == "of" {
			of = k
			break
		}
	}
	if of < 0 || of+1 >= len(toks) {
		return nil, 0, Mention{}, false
	}
	cids, m := r.gaz.matchEntity(toks, of+1)
	if m == 0 || of+1+m >= len(toks) || toks[of+1+m].Norm != "'s" {
		return nil, 0, Mention{}, false
	}
	if e, known := r.gaz.Entity(cids[0]); !known || e.Kind != claims.KindCountry {
		return nil, 0, Mention{}, false
	}
	// Read the phrase with "the" in place of the country and its "'s".
	the := Token{Kind: Word, Text: "the", Norm: "the", Lemma: "the"}
	alt := append(append(append(make([]Token, 0, len(toks)), toks[i:of+1]...), the), toks[of+2+m:]...)
	rids, rn := r.gaz.matchRole(alt, 0)
	if rn <= of+1-i+1 {
		return nil, 0, Mention{}, false // the role does not go on past "of the"
	}
	return rids, rn + m, r.mention(toks, of+1, m, cids), true
}

// officeCountry finds the country of a role: "Russia's", "US", "UK"
// right before it, "its" for the clause's country subject, or "of Russia"
// right after it.
func (r *Reader) officeCountry(toks []Token, c *Clause, role Mention, o *Office) {
	for k := range c.Entities {
		m := &c.Entities[k]
		if !r.isCountry(m) && r.standsForCountry(m) == "" {
			continue
		}
		end := m.tok + m.n
		if end < len(toks) && toks[end].Norm == "." && end-1 >= 0 && len(toks[end-1].Norm) == 1 {
			end++ // "U.S. President X": past the abbreviation's last dot
		}
		if end+2 < len(toks) && toks[end].Norm == "(" && toks[end+2].Norm == ")" {
			end += 3 // "Democratic Republic of Congo (DRC) President X": past the short form
		}
		before := end == role.tok || (m.Possessive && (m.tok+m.n+1 == role.tok || r.titleModifiers(toks, c, m.tok+m.n+1, role.tok)))
		after := role.tok+role.n+1 == m.tok && toks[role.tok+role.n].Norm == "of"
		inside := role.tok < m.tok && m.tok+m.n < role.tok+role.n // "secretary of Russia's Security Council"
		if before || after || inside {
			o.Country = m.IDs[0]
			if s := r.standsForCountry(m); s != "" && !r.isCountry(m) {
				o.Country = s // "Pyongyang's leader", "the Kremlin leader"
			}
			o.Span.Start = min(o.Span.Start, m.Span.Start)
			o.Span.End = max(o.Span.End, m.Span.End)
			return
		}
	}
	if role.tok > 0 && toks[role.tok-1].Norm == "its" {
		for _, m := range c.Entities {
			if r.isCountry(&m) && m.tok < role.tok {
				o.Country = m.IDs[0]
				return
			}
		}
	}
}

func (r *Reader) isCountry(m *Mention) bool {
	if !m.Known() {
		return false
	}
	e, ok := r.gaz.Entity(m.IDs[0])
	// A region has offices of its own: "governor of the Moscow region".
	return ok && (e.Kind == claims.KindCountry || e.Kind == claims.KindOrganisation || e.Kind == claims.KindRegion)
}

// standsForCountry returns the country a capital or seat of government
// stands for ("Moscow", "the Kremlin"), or "".
func (r *Reader) standsForCountry(m *Mention) string {
	if !m.Known() {
		return ""
	}
	e, ok := r.gaz.Entity(m.IDs[0])
	if !ok {
		return ""
	}
	for _, s := range e.StandsFor {
		if c, ok := r.gaz.Entity(s); ok && c.Kind == claims.KindCountry {
			return s
		}
	}
	return ""
}

func (r *Reader) isPerson(m *Mention) bool {
	if !m.Known() {
		return m.n >= 2 // an unknown full name
	}
	e, ok := r.gaz.Entity(m.IDs[0])
	return ok && e.Kind == claims.KindPerson
}

// officePerson finds who holds the role: the name right after it (a title:
// "Defence Minister Sergei Shoigu"), or the subject linked to it by a
// copula ("Lavrov is Russia's defence minister"), or a name in apposition
// ("Lavrov, Russia's foreign minister,").
func (r *Reader) officePerson(toks []Token, c *Clause, role Mention, front int, o *Office) {
	after := role.tok + role.n
	for _, m := range c.Entities {
		if o.Country != "" && len(m.IDs) > 0 && m.IDs[0] == o.Country && m.tok == after+1 && toks[after].Norm == "of" {
			after = m.tok + m.n // "President of Brazil Michel Temer"
		}
	}
	for k := range c.Entities {
		m := &c.Entities[k]
		// "trade minister Groucho Hackenbush", or set off by a comma:
		// "Freedonia's trade minister, Groucho Hackenbush, said", "led
		// by its trade minister, Groucho Hackenbush."
		apposed := m.tok == after+1 && after < len(toks) && toks[after].Norm == "," && (m.tok+m.n == len(toks) || toks[m.tok+m.n].Kind == Punct)
		if (m.tok == after || apposed) && r.isPerson(m) {
			r.setPerson(o, m)
			return
		}
		// "Russia's president at the time was Dmitry Medvedev": a
		// specificational copula names the holder after it (Higgins 1979;
		// Quirk et al. §10.8), as "X was Russia's president" does before.
		if cop := r.specifyingCopula(toks, after); cop >= 0 && m.tok == cop+1 && r.isPerson(m) && (m.tok+m.n == len(toks) || toks[m.tok+m.n].Kind == Punct || prepositions[toks[m.tok+m.n].Norm]) {
			r.setPerson(o, m)
			o.Copular = true
			return
		}
	}
	start := role.tok
	if o.Country != "" {
		for _, m := range c.Entities {
			if len(m.IDs) > 0 && m.IDs[0] == o.Country && m.tok >= 0 && m.tok < start {
				start = m.tok
			}
		}
	}
	// Walk back from the role over determiners, adverbs, a modifier or two
	// ("the sitting US president") and a copula.
	sawCopula, modifiers := false, 0
	lo := 0
	if front > 0 && start >= front {
		lo = front // "In a meeting with X, the minister said": a fronted phrase holds no apposition
	}
	for k := start - 1; k >= lo; k-- {
		n := toks[k].Norm
		switch {
		case n == "as" && k > 0:
			// "Lavrov attended ... as Russia's defence minister": the
			// clause's subject holds the office.
			for i := range c.Entities {
				m := &c.Entities[i]
				if m.tok >= 0 && m.tok < k && r.isPerson(m) {
					r.setPerson(o, m)
					o.Copular = true
					return
				}
			}
			return
		case copulas[n] || n == "has" || n == "have" || n == "had":
			sawCopula = sawCopula || copulas[n]
			continue
		case n == "of" && k >= 3 && postHeldAt(toks, k-1):
			// "holds the post of defence minister": the light verb and its
			// noun say what "is" says (WordNet's "hold office").
			k -= 3
			sawCopula = true
			continue
		case n == "'s" && r.personEndsAt(toks, k-1):
			return // "Putin's spokesman": the title is someone else's, in the person's service
		case n == "," || determiners[n] || n == "'s" || n == "not" || n == "never" || officeAdverbs[n]:
			continue
		case n == "of" && k > 0 && toks[k-1].Norm == "charge", n == "in" && k+1 < len(toks) && toks[k+1].Norm == "charge":
			continue // "is in charge of"
		case !sawCopula && modifiers < 2 && toks[k].Kind == Word && !r.isVerbAt(toks, k) && !stopWords[n] && !hasMentionAt(c, k):
			modifiers++
			continue
		}
		for i := range c.Entities {
			m := &c.Entities[i]
			if m.tok >= 0 && m.tok+m.n-1 == k && r.isPerson(m) {
				if !sawCopula && r.coordinatedPerson(toks, c, m) && role.tok+role.n < len(toks) && toks[role.tok+role.n].Norm == "and" {
					// "Biden and Sunak, the American president and the
					// British prime minister": coordinated titles after
					// coordinated names go to them in turn (respectively),
					// not to the nearest; left unread rather than misread.
					return
				}
				r.setPerson(o, m)
				o.Copular = sawCopula
				return
			}
		}
		return
	}
}

// postNouns name a post in "hold the post of X"; holdVerbs hold one.
var (
	postNouns = set("post", "office", "position", "role", "job", "portfolio")
	holdVerbs = set("hold", "holds", "held", "holding", "occupy", "occupies", "occupied", "occupying")
)

// postHeldAt reports whether toks[k] is the noun of "holds the post of":
// a post noun after a verb of holding and "the", before "of".
func postHeldAt(toks []Token, k int) bool {
	return k >= 2 && k+1 < len(toks) && postNouns[toks[k].Norm] && toks[k+1].Norm == "of" &&
		toks[k-1].Norm == "the" && holdVerbs[toks[k-2].Norm]
}

// coordinatedPerson reports whether person m is the last of coordinated
// names ("Biden and Sunak").
func (r *Reader) coordinatedPerson(toks []Token, c *Clause, m *Mention) bool {
	k := m.tok - 1
	if k < 1 || toks[k].Norm != "and" && toks[k].Norm != "," {
		return false
	}
	for i := range c.Entities {
		o := &c.Entities[i]
		if o.tok >= 0 && o.tok+o.n == k && r.isPerson(o) {
			return true
		}
	}
	return false
}

// maxSpecifyingGap is the longest phrase ("in 2014", "at the time")
// between a title and the copula that names its holder.
const maxSpecifyingGap = 4

// specifyingCopula returns the position of the copula of a specificational
// clause at or shortly after toks[k] ("the premier (in 2014) was X"), past
// a prepositional phrase with no verb or comma, or -1.
func (r *Reader) specifyingCopula(toks []Token, k int) int {
	if k < len(toks) && prepositions[toks[k].Norm] {
		for j := k + 1; j < len(toks) && j <= k+maxSpecifyingGap; j++ {
			if specifying[toks[j].Norm] {
				return j
			}
			if toks[j].Kind == Punct || r.isVerbAt(toks, j) {
				return -1
			}
		}
		return -1
	}
	if k < len(toks) && specifying[toks[k].Norm] {
		return k
	}
	return -1
}

// specifying are the copulas of a specificational clause: "the president
// was X".
var specifying = set("is", "was", "are", "were")

// maxTitleModifiers is how many words may stand between a country's
// possessive and the title they qualify ("Brazil's leftist president").
const maxTitleModifiers = 2

// titleModifiers reports whether toks[from:to] are one or two words that
// qualify a title (adjectives or nouns, no names, verbs or function
// words), as in "Britain's Conservative prime minister": the country's
// possessive still names the office's country.
func (r *Reader) titleModifiers(toks []Token, c *Clause, from, to int) bool {
	if to <= from || to-from > maxTitleModifiers {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].Kind != Word || stopWords[toks[k].Norm] || r.isVerbAt(toks, k) || hasMentionAt(c, k) {
			return false
		}
	}
	return true
}

func hasMentionAt(c *Clause, k int) bool {
	for _, m := range c.Entities {
		if m.tok >= 0 && m.tok <= k && k < m.tok+m.n {
			return true
		}
	}
	return false
}

func (r *Reader) setPerson(o *Office, m *Mention) {
	if m.Known() {
		o.Person = m.IDs[0]
	}
	o.PersonName = m.Text
}

// formerWords say an office was held before: "former", "ex", "outgoing",
// "erstwhile", "then" ("then-president").
var formerWords = set("former", "ex", "outgoing", "erstwhile", "then", "onetime", "one-time")

// former reports whether one of the three words before a title says it was
// held before ("former Russian defence minister", "the ex-president").
// markFormerWord marks used the word that makes the title at toks[at] a
// former one.
func markFormerWord(toks []Token, used []bool, at int) {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		n := toks[k].Norm
		if formerWords[n] || strings.HasPrefix(n, "ex-") || strings.HasPrefix(n, "former-") {
			used[k] = true
			return
		}
		if toks[k].Kind == Punct && n != "-" {
			return
		}
	}
}

func former(toks []Token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		n := toks[k].Norm
		if formerWords[n] || strings.HasPrefix(n, "ex-") || strings.HasPrefix(n, "former-") {
			return true
		}
		if toks[k].Kind == Punct && n != "-" {
			return false
		}
	}
	return false
}
