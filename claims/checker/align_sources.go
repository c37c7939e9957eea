package checker

// How named sources and exclusive slots ("headed by", "over") align.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// alignSources checks the sources a clause names against the claim's
// attribution chain.
func (e *Engine) alignSources(c *clause, f *features, a *alignment) {
	chain := f.claim.Attribution
	for _, s := range c.Sources {
		u := unit{text: s.Text, weight: weightSource, source: true}
		if len(s.IDs) == 0 && s.Role != "" {
			// "the president said": the holder at the moment speaks.
			s.IDs = e.holdersOf(s.Role, s.Country, c.at)
		}
		referred := e.referredSource(s, chain, f)
		switch {
		case e.sourceIn(s, chain, f.sourceKeys), speaks(s, f), len(chain) == 0 && e.authoredBy(s, f), referred == covered:
			u.state = covered
		case referred == gap:
			u.reason = "the evidence's source is described only as " + strings.Join(chain.Names(), " via ")
		case (namesSomeone(chain) || otherKindOnly(s, chain)) && a.mostlyCovered() && !selfReported(chain, f) &&
			(s.Role == "" || len(s.IDs) > 0):
			// Same content, another source: the guide's "different source".
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence is attributed to %s, not %s", strings.Join(chain.Names(), " via "), s.Text)
		case f.wire != "" && len(chain) == 0 && s.Kind == claims.SourceOutlet && a.mostlyCovered():
			// A wire story is its agency's report: another outlet named
			// for it is the guide's "different source".
			u.state, u.strong = conflict, true
			u.reason = fmt.Sprintf("the evidence is %s's report, not %s", f.wire, s.Text)
		default:
			u.reason = "the evidence names no source"
		}
		a.units = append(a.units, u)
	}
}

// authoredBy reports whether the statement's source is who published the
// claim's document or the agency its dateline names: they report every
// claim of it that cites no one else ("according to Xinhua" of a Xinhua
// wire story). A name counts when it is a part of the publisher's line
// ("People's Daily Online (Xinhua)") or, when it is of several words or no
// English word, stands in one ("carrying an Associated Press report"), so
// "Washington" is not the Washington Post.
func (e *Engine) authoredBy(s reader.Source, f *features) bool {
	keys := []string{reader.NameKey(s.Text)}
	for _, id := range s.IDs {
		if ent, ok := e.corpus.Entity(id); ok {
			keys = append(keys, reader.NameKey(ent.Name))
			for _, a := range ent.Aliases {
				keys = append(keys, reader.NameKey(a))
			}
		}
	}
	for _, k := range keys {
		if k == "" {
			continue
		}
		inside := strings.Contains(k, " ") || !lexicon.Known(k)
		for _, author := range f.authorKeys {
			if author == k || inside && strings.Contains(" "+author+" ", " "+k+" ") {
				return true
			}
		}
	}
	return false
}

// selfReported reports whether the claim's only sources are its own
// subjects, speaking with a verb of the claim ("The President emphasised
// ..."): they are who spoke,
// not who relayed the words, so a statement naming a relay ("the White
// House said the president stressed ...") names another role, not another
// source (the guide keeps who said a claim and which outlet reported it
// apart).
func selfReported(chain claims.Attribution, f *features) bool {
	if !f.says {
		return false // "The chancellor said the talks were useful": the chancellor is only the source
	}
	for _, src := range chain {
		if src.EntityID == "" || !f.subjects[src.EntityID] {
			return false
		}
	}
	return len(chain) > 0
}

// sourceIn reports whether the chain contains the statement's source: the
// same entity, or an unnamed source of the same kind ("officials" for "a
// US official"), or the same name; keys are the chain's names' NameKeys.
func (e *Engine) sourceIn(s reader.Source, chain claims.Attribution, keys []string) bool {
	key := reader.NameKey(s.Text)
	for i, src := range chain {
		for _, id := range s.IDs {
			if id == src.EntityID {
				return true
			}
		}
		if len(s.IDs) == 0 && s.Kind == src.Kind && s.Kind != claims.SourcePerson && s.Kind != claims.SourceOutlet && e.qualifiersIn(s.Text, src.Name) {
			return true
		}
		if key == keys[i] {
			return true
		}
	}
	return false
}

// speaks reports whether the claim has the statement's named source as its
// subject saying it ("Temer expressed his support": "Temer said he
// supported"; "Fidan emphasised that they would discuss"): a verb of the
// claim is one of communication in WordNet, so the words are the
// source's own.
func speaks(s reader.Source, f *features) bool {
	if !f.says {
		return false
	}
	for _, id := range s.IDs {
		if f.subjects[id] {
			return true
		}
	}
	return false
}

// communicates reports whether a verb is a verb of saying: one of the
// general ones, or one lexicon.Saying knows.
func communicates(verb string) bool {
	return sayingVerbs[verb] || lexicon.Saying(verb)
}

// qualifiersIn reports whether the words that qualify an unnamed source
// ("US" in "US officials", "Japanese" in "a Japanese official") all stand
// in the evidence's source, as the same word or as a name of the same
// country ("an American official" for "the US official"): a Japanese
// official is not the US official.
func (e *Engine) qualifiersIn(stated, evidence string) bool {
	have := make(map[string]bool)
	for _, word := range strings.Fields(evidence) {
		have[lexicon.Lemma(strings.ToLower(word))] = true
		for _, id := range e.reader.Gazetteer().Lookup(word) {
			have[id] = true
		}
	}
	for _, word := range strings.Fields(stated) {
		w := strings.ToLower(word)
		if stopWordLike(w) || have[lexicon.Lemma(w)] || w == "a" || w == "some" || w == "several" || w == "unnamed" || w == "anonymous" || e.namesOneOf(word, have) {
			continue
		}
		return false
	}
	return true
}

// namesOneOf reports whether a word is a name or alias of an entity in
// ids.
func (e *Engine) namesOneOf(w string, ids map[string]bool) bool {
	for _, id := range e.reader.Gazetteer().Lookup(w) {
		if ids[id] {
			return true
		}
	}
	return false
}

// otherKindOnly reports whether the chain's sources are all of a definite
// kind other than the statement's: "US officials" for what experts say.
// Unnamed "sources" may be anyone and never differ.
func otherKindOnly(s reader.Source, chain claims.Attribution) bool {
	if len(chain) == 0 || s.Kind == claims.SourceAnonymous {
		return false
	}
	for _, src := range chain {
		if src.Kind == s.Kind || src.Kind == claims.SourceAnonymous {
			return false
		}
	}
	return true
}

// referredSource decides a statement's unnamed source against a chain
// whose source of that kind is a definite description ("the officials"):
// such a description refers back to an earlier mention in the document
// (the sieve's head match, Lee et al. 2013), so the statement's source is
// that mention's when its words all stand there ("US officials" for "a US
// official ... The officials also said"), covered; another ("Japanese
// officials") is a conflict; and with no earlier mention found it is a
// gap, no different source. Any other chain returns conflict, meaning the
// ordinary rules decide.
func (e *Engine) referredSource(s reader.Source, chain claims.Attribution, f *features) state {
	if len(s.IDs) > 0 || f.referents == nil {
		return conflict
	}
	for i, src := range chain {
		if !f.referents[i].definite || src.Kind != s.Kind {
			continue
		}
		switch ante := f.referents[i].antecedent; {
		case ante == "":
			return gap
		case e.qualifiersIn(s.Text, ante):
			return covered
		}
	}
	return conflict
}

// referent is what one source of a claim's chain refers back to: set for
// a definite description naming no one, with the earlier phrase of the
// document it stands for ("" when none stands before it).
type referent struct {
	definite   bool
	antecedent string
}

// referBack fills f.referents for the claim's chain, once when the claim
// is read.
func (f *features) referBack(chain claims.Attribution) {
	for i, src := range chain {
		name := strings.Fields(strings.ToLower(src.Name))
		if src.EntityID != "" || len(name) < 2 || name[0] != "the" {
			continue
		}
		if f.referents == nil {
			f.referents = make([]referent, len(chain))
		}
		f.referents[i] = referent{definite: true, antecedent: antecedent(f.doc.Text[:min(f.sentence.Start, len(f.doc.Text))], lexicon.Lemma(name[len(name)-1]))}
	}
}

// antecedentWords is how many words before its head noun an antecedent
// phrase may have ("a senior US official").
const antecedentWords = 3

// antecedent returns the last phrase in text whose head noun has the given
// lemma, with up to antecedentWords words before it, or "".
func antecedent(text, head string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := len(words) - 1; i >= 0; i-- {
		if lexicon.Lemma(strings.ToLower(words[i])) == head {
			return strings.Join(words[max(0, i-antecedentWords):i+1], " ")
		}
	}
	return ""
}

func namesSomeone(chain claims.Attribution) bool {
	for _, s := range chain {
		if s.Kind == claims.SourceOutlet || s.Kind == claims.SourcePerson || s.EntityID != "" {
			return true
		}
	}
	return false
}

// exclusivePreps introduce slots that take one filler: who did it ("by"),
// and on what grounds ("over" a cause).
var exclusivePreps = map[string]bool{"by": true, "over": true}

// alignSlots finds substitutions in exclusive slots: the clause and the
// claim fill the same slot ("headed by X", "a warrant over Y") with things
// neither side mentions elsewhere.
func alignSlots(c *clause, f *features, a *alignment) {
	for i := range a.units {
		u := &a.units[i]
		if u.state != gap || !exclusivePreps[u.prep] || u.reason != "" || phraseCovered(a.units, u) {
			continue
		}
		for _, ct := range f.terms {
			if ct.prep == u.prep && !a.termUsed(ct.lemma) {
				u.state = conflict
				u.reason = fmt.Sprintf("the evidence gives %s, not %s", strings.ReplaceAll(ct.lemma, "_", " "), u.text)
				break
			}
		}
		for _, ce := range f.entities {
			if u.state == gap && ce.prep == u.prep && !a.entityUsed(ce.id) {
				u.state = conflict
				u.reason = fmt.Sprintf("the evidence names %s, not %s", ce.id, u.text)
			}
		}
	}
}

// phraseCovered reports whether a unit of the prepositional phrase that
// head starts ("over the deportation of children from Ukraine") is covered:
// then the phrase is not a different filler, only a differently worded one.
func phraseCovered(units []unit, head *unit) bool {
	next := -1
	for _, u := range units {
		if u.pos > head.pos && u.prep != "of" && u.prep != "from" && u.prep != "" && (next < 0 || u.pos < next) {
			next = u.pos
		}
	}
	for _, u := range units {
		if u.pos > head.pos && (next < 0 || u.pos < next) && u.state == covered && !u.verb {
			return true
		}
	}
	return false
}
