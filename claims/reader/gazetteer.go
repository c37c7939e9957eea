package reader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factcheck/factcheck/claims"
)

// maxAliasTokens is the longest alias, in tokens, the gazetteer matches.
const maxAliasTokens = 8

// Gazetteer finds the names of known entities and roles in token
// sequences. It is built once per corpus and safe for concurrent use.
type Gazetteer struct {
	entities map[string][]aliasTarget // alias key → entities
	roles    map[string][]aliasTarget // alias key → roles
	byID     map[string]*claims.Entity
	roleByID map[string]*claims.Role
	editions map[string][]*claims.Entity // series id → its events, by start
	longest  int
	// prefixes holds every alias key's leading words ("kim", "kim jong",
	// "kim jong un"): a match grows word by word and stops as soon as no
	// alias starts that way.
	prefixes map[string]bool
	// common reports whether a lower-case word is an ordinary English
	// word; a one-word alias then needs a capital ("week" is not The Week).
	common func(string) bool
}

type aliasTarget struct {
	id string
	// acronym is set for all-capital short aliases (US, UK, ICC): they
	// match only text written in capitals, so "us" the pronoun is not the US.
	acronym bool
	// capital is set for one-word aliases written with a capital ("the
	// Week"): an ordinary word in lower case does not match them.
	capital bool
}

// NewGazetteer indexes the names and aliases of entities and roles.
func NewGazetteer(entities []*claims.Entity, roles []*claims.Role) *Gazetteer {
	g := &Gazetteer{
		entities: make(map[string][]aliasTarget),
		roles:    make(map[string][]aliasTarget),
		byID:     make(map[string]*claims.Entity, len(entities)),
		roleByID: make(map[string]*claims.Role, len(roles)),
		editions: make(map[string][]*claims.Entity),
		prefixes: make(map[string]bool),
	}
	for _, e := range entities {
		g.byID[e.ID] = e
		if e.Kind == claims.KindEvent && !e.Period.IsZero() {
			for _, series := range e.PartOf {
				g.editions[series] = append(g.editions[series], e)
			}
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			g.add(g.entities, name, e.ID)
		}
	}
	for _, r := range roles {
		g.roleByID[r.ID] = r
		for _, name := range append([]string{r.Name}, r.Aliases...) {
			g.add(g.roles, name, r.ID)
		}
	}
	for _, eds := range g.editions {
		slices.SortStableFunc(eds, func(a, b *claims.Entity) int { return a.Period.Start.Compare(b.Period.Start) })
	}
	return g
}

// Editions returns the events that are editions of a series ("2023 G20
// New Delhi summit" of "G20"), earliest first.
func (g *Gazetteer) Editions(series string) []*claims.Entity { return g.editions[series] }

func (g *Gazetteer) add(m map[string][]aliasTarget, name, id string) {
	toks := Tokenize(name)
	if len(toks) > 0 && toks[0].Norm == "the" {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > maxAliasTokens {
		return
	}
	key := aliasKey(toks)
	if key == "" {
		return
	}
	// An all-capital alias must be written in capitals only where its
	// lower-case form is an ordinary word: "US" is not "us", but "icc"
	// and "g20" can only mean the ICC and the G20.
	t := aliasTarget{id: id, acronym: len(toks) == 1 && isAcronym(toks[0].Text) && (stopWords[toks[0].Norm] || negators[toks[0].Norm])}
	t.capital = len(toks) == 1 && toks[0].Cap
	for i, have := range m[key] {
		if have.id == id {
			// A lower-case spelling of the same alias frees it from the acronym rule.
			m[key][i].acronym = have.acronym && t.acronym
			return
		}
	}
	m[key] = append(m[key], t)
	g.longest = max(g.longest, len(toks))
	for i := range key {
		switch {
		case key[i] == ' ':
			g.prefixes[key[:i]] = true
		case i > 0 && '0' <= key[i] && key[i] <= '9' && 'a' <= key[i-1] && key[i-1] <= 'z':
			g.prefixes[key[:i]] = true // "g" on the way to "g20", read from "G-20"
		}
	}
	g.prefixes[key] = true
}

func isAcronym(s string) bool {
	if len(s) > 5 {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// NameKey is the one form in which names are compared across the engine:
// the gazetteer's aliases, drawn entities' ids and named sources. It is
// lower case, without a leading "the", accents, hyphens, dots or
// apostrophes inside words, a code's letters and number joined, so that
// G-20 = G20, Kim Jong-un = Kim Jong Un
// and Inácio = Inacio.
func NameKey(name string) string {
	toks := Tokenize(name)
	if len(toks) > 0 && toks[0].Norm == "the" {
		toks = toks[1:]
	}
	return aliasKey(toks)
}

// aliasKey folds a token sequence into NameKey's form.
func aliasKey(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if t.Kind == Punct && (t.Norm == "." || t.Norm == "-") {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range plain(t.Norm) {
			if r == '-' || r == '.' {
				b.WriteByte(' ')
				continue
			}
			if r == '\'' {
				continue
			}
			b.WriteRune(r)
		}
	}
	words := strings.Fields(b.String())
	out := words[:0]
	for _, w := range words {
		if k := len(out) - 1; k >= 0 && codeJoin(out[k], w) {
			out[k] += w // "G-20", "G 20": the code G20
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// codeJoin reports whether a number continues the short code of letters
// before it, as in G20, P5 or F35, however it was split.
func codeJoin(prev, next string) bool {
	if len(prev) < 1 || len(prev) > 3 || next == "" {
		return false
	}
	for i := 0; i < len(prev); i++ {
		if prev[i] < 'a' || prev[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(next); i++ {
		if next[i] < '0' || next[i] > '9' {
			return false
		}
	}
	return true
}

// Entity returns the entity with the given id.
func (g *Gazetteer) Entity(id string) (*claims.Entity, bool) {
	e, ok := g.byID[id]
	return e, ok
}

// Role returns the role with the given id.
func (g *Gazetteer) Role(id string) (*claims.Role, bool) {
	r, ok := g.roleByID[id]
	return r, ok
}

// matchEntity returns the longest entity name at toks[i] (see match).
func (g *Gazetteer) matchEntity(toks []Token, i int) ([]string, int) {
	return g.match(g.entities, toks, i, true)
}

// matchRole returns the longest role name at toks[i] (see match).
func (g *Gazetteer) matchRole(toks []Token, i int) ([]string, int) {
	return g.match(g.roles, toks, i, false)
}

// match returns the longest alias starting at toks[i] in m, as the ids it
// names and the number of tokens it spans.
func (g *Gazetteer) match(m map[string][]aliasTarget, toks []Token, i int, names bool) ([]string, int) {
	start := i
	if toks[i].Norm == "the" && i+1 < len(toks) {
		start = i + 1
	}
	if toks[start].Kind == Punct {
		return nil, 0
	}
	var bestIDs []string
	bestN := 0
	key := ""
	for n := 1; n <= g.longest && start+n <= len(toks); n++ {
		piece := keyPiece(toks[start+n-1])
		if piece == "" {
			continue // "." and "-" inside a name: "G-20", "Washington, D.C."
		}
		switch last := key[strings.LastIndexByte(key, ' ')+1:]; {
		case key == "":
			key = piece
		case codeJoin(last, piece):
			key += piece
		default:
			key += " " + piece
		}
		if !g.prefixes[key] {
			break
		}
		span := toks[start : start+n]
		if span[n-1].Kind == Punct {
			continue
		}
		if ids := g.allowed(m[key], span, names); len(ids) > 0 {
			bestIDs, bestN = ids, n
		}
	}
	if bestN == 0 {
		return nil, 0
	}
	return bestIDs, start + bestN - i
}

// allowed returns the ids of the targets a span may name: an all-capital
// alias only in capitals where its lower case is an ordinary word, a
// capitalised one-word alias not as an ordinary lower-case word.
func (g *Gazetteer) allowed(targets []aliasTarget, span []Token, names bool) []string {
	if len(targets) == 0 {
		return nil
	}
	lowerCommon := names && len(span) == 1 && !span[0].Cap && g.common != nil && g.common(span[0].Norm)
	var ids []string
	for _, t := range targets {
		if t.acronym && !(span[0].Upper || len(span[0].Text) == 1) {
			continue
		}
		if lowerCommon && t.capital {
			continue // "next week" is not The Week: a capitalised name needs its capital
		}
		ids = append(ids, t.id)
	}
	return ids
}

// keyPiece is the form a token takes in an alias key (see aliasKey).
func keyPiece(t Token) string {
	if t.Kind == Punct && (t.Norm == "." || t.Norm == "-") {
		return ""
	}
	if !strings.ContainsAny(t.Norm, "-.' ") && isASCII(t.Norm) {
		return t.Norm
	}
	return aliasKey([]Token{t})
}

// Names reports whether word, in lower case, is one of the words of the
// entity's name or aliases.
func (g *Gazetteer) Names(e *claims.Entity, word string) bool {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		for _, t := range Tokenize(name) {
			if t.Norm == word {
				return true
			}
		}
	}
	return false
}

// Lookup returns the ids of the known entities that name, as a whole, is
// a name or alias of.
func (g *Gazetteer) Lookup(name string) []string { return g.whole(g.entities, name, true) }

// plain removes accents: "inácio" becomes "inacio".
func plain(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// LookupRole returns the ids of the roles that name, as a whole, is a name
// or alias of.
func (g *Gazetteer) LookupRole(name string) []string { return g.whole(g.roles, name, false) }

// whole returns the ids m gives name when its alias spans all of name.
func (g *Gazetteer) whole(m map[string][]aliasTarget, name string, names bool) []string {
	toks := Tokenize(name)
	if len(toks) == 0 {
		return nil
	}
	ids, n := g.match(m, toks, 0, names)
	if n != len(toks) {
		return nil
	}
	return ids
}
