package reader

import (
	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
)

// sourceNouns name unnamed sources by their kind.
var sourceNouns = map[string]claims.SourceKind{
	"official": claims.SourceOfficial, "officials": claims.SourceOfficial,
	"spokesman": claims.SourceOfficial, "spokeswoman": claims.SourceOfficial, "spokesperson": claims.SourceOfficial,
	"diplomat": claims.SourceOfficial, "diplomats": claims.SourceOfficial,
	"expert": claims.SourceExperts, "experts": claims.SourceExperts, "analyst": claims.SourceExperts,
	"analysts": claims.SourceExperts, "observers": claims.SourceExperts,
	"source": claims.SourceAnonymous, "sources": claims.SourceAnonymous, "insiders": claims.SourceAnonymous,
}

// dropSourceMentions removes from the clause's entities those that name a
// source: who said it is not what was said.
func dropSourceMentions(c *Clause, srcs []Source) {
	kept := c.Entities[:0]
	for _, m := range c.Entities {
		inside := false
		for _, s := range srcs {
			if m.tok >= s.lo && m.tok+m.n-1 <= s.hi {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	c.Entities = kept
}

// sources finds who the clause says made it: "according to X", "X
// reported (that)", "X says", "reported by X". The source's tokens are
// marked used so they do not count as content.
// bare are the titles that name no one ("the president"), which may be the
// source.
func (r *Reader) sources(toks []Token, c *Clause, used []bool, bare []Mention) []Source {
	var out []Source
	for i := 0; i < len(toks); i++ {
		w := toks[i].Norm
		switch {
		case w == "according" && i+1 < len(toks) && toks[i+1].Norm == "to":
			used[i], used[i+1] = true, true
			if s, ok := r.sourceAt(toks, c, used, bare, i+2, 1); ok {
				out = append(out, s)
			} else if s, ok := r.describedSource(toks, c, used, i+2); ok {
				out = append(out, s)
			}
		case w == "citing" || w == "quoting":
			used[i] = true
			if s, ok := r.sourceAt(toks, c, used, bare, i+1, 1); ok {
				out = append(out, s)
			}
		case w == "by" && i > 0 && attributionVerbs[toks[i-1].Norm]:
			used[i], used[i-1] = true, true
			if s, ok := r.sourceAt(toks, c, used, bare, i+1, 1); ok {
				out = append(out, s)
			}
		case (attributionVerbs[w] || r.sayingThat(toks, i) || characterises(toks, i)) && w != "according" && i > 0:
			if s, ok := r.invertedSource(toks, c, used, bare, i); ok {
				out = append(out, s)
				continue
			}
			if w == "told" && i+1 < len(toks) {
				// "told AP that ...": the outlet the source told.
				if s, ok := r.sourceAt(toks, c, used, bare, i+1, 1); ok && len(s.IDs) > 0 {
					out = append(out, s)
				}
			}
			// Where the source phrase ends: right before the verb, or,
			// before an aside set off by commas, either inside it (an
			// apposition naming the speaker: "the ministry's spokesman,
			// Otis Driftwood, said") or before it ("Reuters, citing
			// officials, reported"; "Jan Kowalski, the mayor, said").
			// A medial adverb may stand between the source and its verb
			// ("the spokesman later said", Quirk et al. §8.20); it says
			// when or how it was said, not what.
			v := i
			for v > 1 && medialAdverb(toks[v-1]) && toks[v-1].Norm != "not" && toks[v-1].Norm != "never" && toks[v-1].Norm != "no" {
				v--
			}
			ends := []int{v - 1}
			if v >= 4 && toks[v-1].Norm == ")" && toks[v-3].Norm == "(" {
				ends = []int{v - 4} // "the Harbour Commission (CIP) said": past its short form
			}
			if toks[v-1].Norm == "," {
				open := v - 2
				for open > 0 && toks[open].Norm != "," {
					open--
				}
				ends = []int{open - 1}
				if open <= 0 || !asideOpeners[toks[open+1].Norm] {
					ends = []int{v - 2, open - 1}
				}
			}
			for _, k := range ends {
				if k < 0 {
					continue
				}
				s, ok := r.sourceAt(toks, c, used, bare, k, -1)
				if !ok {
					continue
				}
				// "X has confirmed that ...": X is the source, and the
				// statement claims a confirmation (a certainty marker).
				used[i] = !boosters[w]
				for k := v; k < i; k++ {
					used[k] = used[k] || !boosters[toks[k].Norm] && hedgeWords[toks[k].Norm] == 0
				}
				if i+1 < len(toks) && toks[i+1].Norm == "that" {
					used[i+1] = true
				}
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// characterisingVerbs are Levin's (1993) characterize verbs (§29.2) that
// report how someone spoke of a thing in the frame "V NP as X": "X
// described the pact as a landmark", "X hailed the vote as a victory".
// The speaker is the source; what they said of the thing is the content.
var characterisingVerbs = set("described", "describes", "describe", "hailed", "hails", "hail",
	"labelled", "labeled", "labels", "label", "branded", "brands", "brand",
	"characterised", "characterized", "characterises", "characterizes", "depicted", "depicts", "portrayed", "portrays")

// characterises reports whether toks[i] is a characterising verb in its
// frame: an object, then "as" before the clause's next comma or end.
func characterises(toks []Token, i int) bool {
	if !characterisingVerbs[toks[i].Norm] {
		return false
	}
	for k := i + 2; k < len(toks) && toks[k].Norm != "," && toks[k].Norm != ";"; k++ {
		if toks[k].Norm == "as" {
			return k+1 < len(toks)
		}
	}
	return false
}

// asideOpeners begin a participle aside between a source and its verb of
// saying: "Reuters, citing officials, reported".
var asideOpeners = set("citing", "quoting", "according", "referring", "speaking", "adding", "writing")

// sourceAt reads a source phrase starting (dir=1) or ending (dir=-1) at
// toks[i]: a known entity, or a noun phrase headed by "official",
// "experts", "sources".
func (r *Reader) sourceAt(toks []Token, c *Clause, used []bool, bare []Mention, i, dir int) (Source, bool) {
	// Skip auxiliaries between subject and verb: "the Guardian has reported".
	for dir < 0 && i >= 0 && (toks[i].Norm == "has" || toks[i].Norm == "have" || toks[i].Norm == "had" || toks[i].Norm == "also") {
		i--
	}
	if i < 0 || i >= len(toks) {
		return Source{}, false
	}
	for _, m := range c.Entities {
		if m.tok < 0 {
			continue
		}
		last := m.tok + m.n - 1
		if (dir > 0 && (m.tok == i || m.tok == i+1 && determiners[toks[i].Norm])) || (dir < 0 && last == i) {
			if e, ok := r.gaz.Entity(firstID(m)); ok && speaks(e.Kind) || !m.Known() {
				markUsed(used, m.tok, m.n)
				return Source{IDs: m.IDs, Text: m.Text, Kind: kindOfEntity(e, ok), lo: m.tok, hi: last}, true
			}
		}
	}
	if dir < 0 {
		// "“...,” the president said": a title naming no one speaks as
		// whoever holds it (the sieve's role-appositive pass resolves it).
		for _, o := range c.Offices {
			if o.Person == "" && !o.Denied && !o.Former && o.Span.End == toks[i].Span.End {
				lo := TokenAt(toks, o.Span.Start)
				markUsed(used, lo, i-lo+1)
				return Source{Text: joinText(toks[lo : i+1]), Kind: claims.SourcePerson, Role: o.Role, Country: o.Country, lo: lo, hi: i}, true
			}
		}
		for _, m := range bare {
			if m.tok+m.n-1 == i && len(m.IDs) > 0 && toks[m.tok].Norm == "the" && !former(toks, m.tok) {
				markUsed(used, m.tok, m.n)
				return Source{Text: m.Text, Kind: claims.SourcePerson, Role: m.IDs[0], lo: m.tok, hi: i}, true
			}
		}
	}
	// A noun phrase of up to four words ending (or, forwards, headed) by a source noun.
	lo, hi := i, i
	if dir > 0 {
		for hi < len(toks) && hi < i+4 && toks[hi].Kind == Word {
			if kind, ok := sourceNouns[toks[hi].Norm]; ok {
				markUsed(used, lo, hi-lo+1)
				return Source{Text: joinText(toks[lo : hi+1]), Kind: kind, lo: lo, hi: hi}, true
			}
			hi++
		}
		return Source{}, false
	}
	kind, ok := sourceNouns[toks[i].Norm]
	if !ok {
		return Source{}, false
	}
	for lo > 0 && lo > i-3 && toks[lo-1].Kind == Word && !auxiliaries[toks[lo-1].Norm] && toks[lo-1].Norm != "that" {
		lo--
	}
	markUsed(used, lo, i-lo+1)
	return Source{Text: joinText(toks[lo : i+1]), Kind: kind, lo: lo, hi: i}, true
}

// describedSource reads a source named after its description in
// apposition, after "according to" ("according to its mayor, Jan
// Kowalski", "according to the agency's director Ada Lovelace"): a close
// apposition (Quirk et al. 1985 §17.65), a description of a few lower-case
// words headed by a noun for a person, then the name, which ends the
// phrase. The name is the source.
func (r *Reader) describedSource(toks []Token, c *Clause, used []bool, i int) (Source, bool) {
	for _, m := range c.Entities {
		if m.tok <= i+1 || m.tok > i+6 {
			continue
		}
		head := m.tok - 1
		if toks[head].Norm == "," {
			head--
		}
		for k := i; k <= head; k++ {
			t := toks[k]
			if !(t.Kind == Word && !t.Cap && (!stopWords[t.Norm] || determiners[t.Norm] && !demonstratives[t.Norm]) || t.Norm == "'s") {
				return Source{}, false
			}
		}
		end := m.tok + m.n
		if head < i || !lexicon.Hypernym(toks[head].Lemma, "person") || end < len(toks) && toks[end].Kind != Punct {
			return Source{}, false
		}
		e, ok := r.gaz.Entity(firstID(m))
		if ok && !speaks(e.Kind) {
			return Source{}, false
		}
		markUsed(used, i, end-i)
		return Source{IDs: m.IDs, Text: m.Text, Kind: kindOfEntity(e, ok), lo: i, hi: end - 1}, true
	}
	return Source{}, false
}

// demonstratives are the determiners that may open a clause instead ("told
// reporters that Kim will ...").
var demonstratives = set("this", "that", "these", "those")

func firstID(m Mention) string {
	if len(m.IDs) == 0 {
		return ""
	}
	return m.IDs[0]
}

// speaks reports whether an entity of this kind can be the source of a
// report: an outlet, a person, or an organisation speaking through its
// officials ("according to the Foreign Ministry").
func speaks(k claims.EntityKind) bool {
	return k == claims.KindOutlet || k == claims.KindPerson || k == claims.KindOrganisation
}

func kindOfEntity(e *claims.Entity, ok bool) claims.SourceKind {
	switch {
	case !ok:
		return claims.SourcePerson
	case e.Kind == claims.KindOutlet:
		return claims.SourceOutlet
	case e.Kind == claims.KindOrganisation:
		return claims.SourceOfficial
	}
	return claims.SourcePerson
}

func markUsed(used []bool, i, n int) {
	for k := i; k < i+n && k < len(used); k++ {
		if k >= 0 {
			used[k] = true
		}
	}
}

// sayingThat reports whether toks[i] is a verb of saying that WordNet
// files under expressing or stating, introducing its content with
// "that" ("Fidan emphasised that ..."): a source like "said".
func (r *Reader) sayingThat(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Norm == "that" && toks[i].Kind == Word && r.isVerbAt(toks, i) && r.lex.Saying(toks[i].Lemma)
}

// crowdNouns name listeners who are no one in particular: "told reporters
// he would".
var crowdNouns = set("reporters", "journalists", "the", "a", "crowd", "crowds", "audience", "press",
	"supporters", "lawmakers", "parliament", "delegates", "media")

// bindSpeaker reads the subject pronoun that opens what a person said as
// that person: in "Vulin said he regretted the delay" Vulin regrets it.
// A third-person pronoun right after the verb of saying (or its "that")
// takes the matrix subject first (Hobbs 1978; the sieve's pronoun pass,
// Lee et al. 2013), so the speaker becomes the reported clause's subject.
func (r *Reader) bindSpeaker(toks []Token, c *Clause) {
	for _, s := range c.Sources {
		if s.Kind != claims.SourcePerson || len(s.IDs) == 0 {
			continue
		}
		v := s.hi + 1
		for v < len(toks) && v <= s.hi+3 && (toks[v].Norm == "," || toks[v].Norm == "has" || toks[v].Norm == "had" || toks[v].Norm == "also") {
			v++
		}
		if v >= len(toks) || !attributionVerbs[toks[v].Norm] && !r.sayingThat(toks, v) {
			continue
		}
		p := v + 1
		if toks[v].Norm == "told" {
			// "told reporters he ...": a listener the pronoun might stand
			// for comes between ("told Trentino he had been dismissed"),
			// so only a listener who is no one in particular is passed.
			for p < len(toks) && p <= v+2 && toks[p].Kind == Word && !pronouns[toks[p].Norm] && toks[p].Norm != "that" {
				if toks[p].Cap || !crowdNouns[toks[p].Norm] && !determiners[toks[p].Norm] {
					p = len(toks)
					break
				}
				p++
			}
		}
		if p < len(toks) && toks[p].Norm == "that" {
			p++
		}
		if p < len(toks) && (toks[p].Norm == "he" || toks[p].Norm == "she") {
			c.Entities = append(c.Entities, Mention{IDs: s.IDs, Text: toks[p].Text, Span: toks[p].Span, tok: p, n: 1})
		}
	}
}

// invertedSource reads a reporting clause that follows what was said with
// its subject after the verb: "..., reports Efe news", "..., said the
// ministry on Tuesday" (subject-verb inversion in a final reporting
// clause, Quirk et al. 1985 §14.30, which takes the common verbs of
// saying: invertingVerbs). The verb follows a comma or a closing quotation
// mark, and the source phrase ends the clause but for up to two
// lower-case words describing it ("news agency") or a phrase after a
// preposition ("in a statement"); a possessive after the name makes it
// no source ("announced Pym's resignation").
func (r *Reader) invertedSource(toks []Token, c *Clause, used []bool, bare []Mention, i int) (Source, bool) {
	if p := toks[i-1].Norm; !invertingVerbs[toks[i].Norm] || p != "," && p != "”" && p != "\"" || i+1 >= len(toks) {
		return Source{}, false
	}
	s, ok := r.sourceAt(toks, c, make([]bool, len(used)), bare, i+1, 1)
	if !ok {
		return Source{}, false
	}
	words, adjunct := 0, false
	for k := s.hi + 1; k < len(toks); k++ {
		switch n := toks[k].Norm; {
		case n == "'s" || n == "’s" || n == "and" || n == ",":
			return Source{}, false // a possessive object, or a clause going on
		case adjunctPreps[n]:
			adjunct = true // "on Tuesday", "in a statement"
		case toks[k].Kind == Word && !adjunct:
			if words++; words > 2 || toks[k].Cap {
				return Source{}, false
			}
		}
	}
	markUsed(used, i, len(toks)-i)
	return s, true
}

// adjunctPreps open the adjuncts of time and manner a final reporting
// clause may end with.
var adjunctPreps = set("on", "in", "at", "during")

// invertingVerbs are the verbs of saying a final reporting clause puts
// before its subject.
var invertingVerbs = set("said", "says", "reported", "reports", "added", "adds", "wrote", "writes", "asked", "replied")
