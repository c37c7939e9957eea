package reader

import "github.com/factcheck/factcheck/claims"

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
func (r *Reader) sources(toks []Token, c *Clause, used []bool) []Source {
	var out []Source
	for i := 0; i < len(toks); i++ {
		w := toks[i].Norm
		switch {
		case w == "according" && i+1 < len(toks) && toks[i+1].Norm == "to":
			used[i], used[i+1] = true, true
			if s, ok := r.sourceAt(toks, c, used, i+2, 1); ok {
				out = append(out, s)
			}
		case w == "citing" || w == "quoting":
			used[i] = true
			if s, ok := r.sourceAt(toks, c, used, i+1, 1); ok {
				out = append(out, s)
			}
		case w == "by" && i > 0 && attributionVerbs[toks[i-1].Norm]:
			used[i], used[i-1] = true, true
			if s, ok := r.sourceAt(toks, c, used, i+1, 1); ok {
				out = append(out, s)
			}
		case (attributionVerbs[w] || r.sayingThat(toks, i) || characterises(toks, i)) && w != "according" && i > 0:
			if w == "told" && i+1 < len(toks) {
				// "told AP that ...": the outlet the source told.
				if s, ok := r.sourceAt(toks, c, used, i+1, 1); ok && len(s.IDs) > 0 {
					out = append(out, s)
				}
			}
			// Where the source phrase ends: right before the verb, or,
			// before an aside set off by commas, either inside it (an
			// apposition naming the speaker: "the ministry's spokesman,
			// Otis Driftwood, said") or before it ("Reuters, citing
			// officials, reported"; "Jan Kowalski, the mayor, said").
			ends := []int{i - 1}
			if i >= 4 && toks[i-1].Norm == ")" && toks[i-3].Norm == "(" {
				ends = []int{i - 4} // "the Harbour Commission (CIP) said": past its short form
			}
			if toks[i-1].Norm == "," {
				open := i - 2
				for open > 0 && toks[open].Norm != "," {
					open--
				}
				ends = []int{open - 1}
				if open <= 0 || !asideOpeners[toks[open+1].Norm] {
					ends = []int{i - 2, open - 1}
				}
			}
			for _, k := range ends {
				if k < 0 {
					continue
				}
				s, ok := r.sourceAt(toks, c, used, k, -1)
				if !ok {
					continue
				}
				// "X has confirmed that ...": X is the source, and the
				// statement claims a confirmation (a certainty marker).
				used[i] = !boosters[w]
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
func (r *Reader) sourceAt(toks []Token, c *Clause, used []bool, i, dir int) (Source, bool) {
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
