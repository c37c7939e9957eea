package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// maxRoleModifiers is how many words before an office's head noun belong
// to its name ("finance minister", "deputy foreign minister").
const maxRoleModifiers = 2

// Roles finds the offices docs give people that r's gazetteer does not
// know: a title whose head noun WordNet files under leader, official or
// representative ("minister", "governor", "envoy"), with up to two words
// before it that are not names ("finance minister", "deputy prime
// minister"), standing straight before a person's name or set off by a
// comma before it. Each becomes a role, also known in the "<head> of
// <field>" form ("minister of finance"), so the office a new article gives
// someone is a claim of its own.
func Roles(docs []*claims.Document, r *reader.Reader) []*claims.Role {
	g := r.Gazetteer()
	var out []*claims.Role
	seen := map[string]bool{}
	for _, d := range docs {
		for _, u := range units(d) {
			rd := readUnit(r, d, u)
			for _, name := range roleNames(rd, g) {
				id := slug(name)
				if seen[id] {
					continue
				}
				seen[id] = true
				if _, taken := g.Role(id); taken || len(g.LookupRole(name)) > 0 {
					continue
				}
				role := &claims.Role{ID: id, Name: name}
				if w := strings.Fields(name); len(w) > 1 {
					role.Aliases = []string{w[len(w)-1] + " of " + strings.Join(w[:len(w)-1], " ")}
				}
				out = append(out, role)
			}
		}
	}
	return out
}

// roleNames returns the titles the reading puts before people's names.
func roleNames(rd *reader.Reading, g *reader.Gazetteer) []string {
	var out []string
	toks := rd.Tokens
	for _, at := range personStarts(toks, g) {
		head := at - 1
		if head > 0 && toks[head].Norm == "," {
			head--
		}
		if head < 0 || !officeNoun(toks[head]) {
			continue
		}
		start := head
		for k := head - 1; k >= 0 && k >= head-maxRoleModifiers && toks[k].Cap == toks[head].Cap && roleModifier(toks[k], g); k-- {
			start = k
		}
		words := make([]string, 0, head-start+1)
		for _, t := range toks[start : head+1] {
			words = append(words, t.Norm)
		}
		if name := strings.Join(words, " "); !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// personStarts returns the indexes of the tokens where a known person's
// name begins, speakers included.
func personStarts(toks []reader.Token, g *reader.Gazetteer) []int {
	var out []int
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != reader.Word || !toks[i].Cap {
			continue
		}
		for n := min(4, len(toks)-i); n >= 1; n-- {
			var words []string
			for _, t := range toks[i : i+n] {
				words = append(words, t.Text)
			}
			if ids := g.Lookup(strings.Join(words, " ")); len(ids) > 0 {
				if e, ok := g.Entity(ids[0]); ok && e.Kind == claims.KindPerson {
					out = append(out, i)
				}
				i += n - 1
				break
			}
		}
	}
	return out
}

// officeNoun reports whether a token names an office's holder in WordNet:
// a kind of leader, official or representative, and not a name.
func officeNoun(t reader.Token) bool {
	if !personNoun(t) {
		return false
	}
	return lexicon.Hypernym(t.Norm, "leader") || lexicon.Hypernym(t.Norm, "official") || lexicon.Hypernym(t.Norm, "representative")
}

// roleModifier reports whether a token can be part of an office's name
// before its head: an ordinary noun or adjective, not a function word, an
// inflected verb, a possessive or a known name ("Sylvanian",
// "Freedonia's"). Callers also ask that it be written with a capital
// exactly when the head is ("Foreign Minister", "finance minister").
func roleModifier(t reader.Token, g *reader.Gazetteer) bool {
	if t.Kind != reader.Word || t.Norm == "'s" || len(g.Lookup(t.Text)) > 0 {
		return false
	}
	switch t.Norm {
	case "the", "a", "an", "its", "his", "her", "their", "our", "country", "nation", "state", "former", "new", "then", "current", "sitting":
		return false
	}
	pos := lexicon.POS(t.Norm)
	if pos.Has(lexicon.Verb) && lexicon.Lemma(t.Norm) != t.Norm {
		return false // an inflected verb ("met", "said"), not part of a title
	}
	return pos.Has(lexicon.Noun) || pos.Has(lexicon.Adjective)
}
