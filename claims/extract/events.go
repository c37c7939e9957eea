package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// descriptionWindow is how many sentences before a definite description
// are searched for the event it refers to: the window the multi-pass sieve
// searches for an antecedent (the current sentence and the previous
// three; Lee et al. 2013).
const descriptionWindow = 3

// gatheringNoun reports whether a noun is "meeting" or "gathering", or
// WordNet files it under "meeting" (a formally arranged gathering: summit,
// forum, conclave, convention, symposium) and neither under organisation
// nor legislature, so that it names an occasion rather than a standing
// body ("council", "congress").
func gatheringNoun(word string) bool {
	w := strings.ToLower(word)
	for _, n := range []string{w, lexicon.Lemma(w)} {
		if n == "meeting" || n == "gathering" ||
			lexicon.Hypernym(n, "meeting") && !lexicon.Hypernym(n, "organization") && !lexicon.Hypernym(n, "legislature") {
			return true
		}
	}
	return false
}

// eventItem is one thing an earlier sentence said that a description of
// an event may point back to: a known entity named there (with the head
// noun of how it was named), or a verb.
type eventItem struct {
	pos   int
	id    string   // for a named entity
	text  string   // the mention as written
	event bool     // the entity is an event by the gazetteer
	org   bool     // the entity is an organisation
	heads []string // head nouns of the mention and of the entity's name
	verb  string   // lemma, for a verb
}

// events remembers the items of the last [descriptionWindow] sentences of
// one document, oldest first, so that a definite description of a
// gathering ("the conclave", "the forum", "the event") resolves to the
// event the document named before: the sieve's nominal head-match pass
// (Raghunathan et al. 2010; Lee et al. 2013), for events.
type events struct {
	g         *reader.Gazetteer
	sentences [][]eventItem
}

// eventDescription is a definite description resolved to an event.
type eventDescription struct {
	EntityID string
	Name     string      // the event as the document named it: "G-20 summit"
	Span     claims.Span // in the sentence
}

// items lists a reading's named entities and verbs in text order.
func (ev *events) items(rd *reader.Reading) []eventItem {
	var out []eventItem
	seen := map[claims.Span]bool{}
	for _, c := range rd.Clauses {
		for _, m := range c.Entities {
			if !m.Known() || seen[m.Span] {
				continue
			}
			seen[m.Span] = true
			e, ok := ev.g.Entity(m.IDs[0])
			if !ok {
				continue
			}
			out = append(out, eventItem{pos: m.Span.Start, id: e.ID, text: m.Text, event: e.Kind == claims.KindEvent, org: e.Kind == claims.KindOrganisation,
				heads: []string{nameHead(m.Text), nameHead(e.Name)}})
		}
		for _, t := range c.Terms {
			if t.Verb && !seen[t.Span] {
				seen[t.Span] = true
				out = append(out, eventItem{pos: t.Span.Start, verb: t.Lemma})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b eventItem) int { return a.pos - b.pos })
	return out
}

// remember adds a sentence's items, forgetting the oldest beyond the window.
func (ev *events) remember(items []eventItem) {
	ev.sentences = append(ev.sentences, items)
	if len(ev.sentences) > descriptionWindow {
		ev.sentences = ev.sentences[1:]
	}
}

// resolve finds the definite descriptions of a gathering in a reading and
// the event each refers to. Only a bare description counts: no phrase
// after the noun ("the meeting between the two leaders" describes its own
// occasion) and no word before it that the event's name lacks (the
// sieve's strict head match with included modifiers). The nearest
// earlier compatible event is taken; a verb of the same family as the
// description's head met first ("to meet Putin" before "the meeting",
// "visited" before "the visit") means the description points to that
// act, which names no entity, and it is left alone.
func (ev *events) resolve(rd *reader.Reading, items []eventItem) []eventDescription {
	var out []eventDescription
	for _, c := range rd.Clauses {
		for _, t := range c.Terms {
			if t.Verb {
				continue
			}
			start, mods, ok := definite(rd.Tokens, t)
			if !ok || insideMention(c.Entities, t.Span) {
				continue
			}
			head := strings.ToLower(t.Text)
			if lexicon.Lemma(head) == "event" {
				head = "event"
			}
			if head != "event" && !gatheringNoun(head) && !organisationHead(head) {
				continue
			}
			if it, ok := ev.antecedent(head, mods, t.Span.Start, items); ok {
				out = append(out, eventDescription{EntityID: it.id, Name: it.text, Span: claims.Span{Start: start, End: t.Span.End}})
			}
		}
	}
	return out
}

// antecedent searches back from pos in the sentence's items, then in the
// remembered sentences, newest first.
func (ev *events) antecedent(head string, mods []string, pos int, items []eventItem) (eventItem, bool) {
	search := func(items []eventItem, before int) (eventItem, bool, bool) {
		for i := len(items) - 1; i >= 0; i-- {
			it := items[i]
			if it.pos >= before {
				continue
			}
			if it.verb != "" {
				if lexicon.Synonyms(it.verb, head) {
					return eventItem{}, false, true // the description names this act
				}
				continue
			}
			if compatible(head, it) && named(mods, it.text) {
				return it, true, true
			}
		}
		return eventItem{}, false, false
	}
	if it, ok, done := search(items, pos); done {
		return it, ok
	}
	for i := len(ev.sentences) - 1; i >= 0; i-- {
		if it, ok, done := search(ev.sentences[i], int(^uint(0)>>1)); done {
			return it, ok
		}
	}
	return eventItem{}, false
}

// compatible reports whether a description's head can refer to an
// entity: a body's noun ("the council") to an organisation named with that
// noun; "the event" to any event; "the meeting" and "the gathering",
// words for any encounter, only to an entity named with the same noun; a
// more particular gathering noun ("the conclave", "the forum") to an
// entity named by any gathering noun ("G20 summit").
func compatible(head string, it eventItem) bool {
	if head != "event" && !gatheringNoun(head) && organisationHead(head) {
		// A body only by its own head noun: "the council" for the
		// Harbour Trade Council (the sieve's strict head match).
		for _, h := range it.heads {
			if h != "" && it.org && lexicon.Lemma(h) == lexicon.Lemma(head) {
				return true
			}
		}
		return false
	}
	for _, h := range it.heads {
		switch {
		case h == "":
		case head == "meeting" || head == "gathering":
			if lexicon.Lemma(h) == head {
				return true
			}
		case gatheringNoun(h):
			return true
		}
	}
	return head == "event" && it.event
}

// named reports whether every modifier of a description is a word of the
// name it would refer to.
func named(mods []string, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, m := range mods {
		if !slices.Contains(words, m) {
			return false
		}
	}
	return true
}

// prepositions that, after a description's noun, give it a phrase of its
// own.
var postModifiers = map[string]bool{"of": true, "between": true, "with": true, "in": true, "on": true, "at": true, "for": true, "among": true, "by": true}

// definite returns where "the" stands before a noun, with the words
// between them (at most two), when no name or prepositional phrase follows
// the noun.
func definite(toks []reader.Token, t reader.Term) (int, []string, bool) {
	at := reader.TokenAt(toks, t.Span.Start)
	if at < 0 {
		return 0, nil, false
	}
	if n := at + 1; n < len(toks) && toks[n].Kind == reader.Word && (toks[n].Cap || postModifiers[toks[n].Norm]) {
		return 0, nil, false
	}
	var mods []string
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch {
		case toks[k].Norm == "the":
			return toks[k].Span.Start, mods, true
		case toks[k].Kind != reader.Word || toks[k].Cap:
			return 0, nil, false
		}
		mods = append(mods, toks[k].Norm)
	}
	return 0, nil, false
}

func insideMention(ms []reader.Mention, s claims.Span) bool {
	for _, m := range ms {
		if m.Span.Start <= s.Start && s.End <= m.Span.End {
			return true
		}
	}
	return false
}

// nameHead returns the lemma of a name's head noun: its last word before a
// preposition ("summit" in "G20 summit in India", "forum" in "Eastern
// Economic Forum").
func nameHead(name string) string {
	head := ""
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if head != "" && (lw == "in" || lw == "of" || lw == "at" || lw == "on" || lw == "for" || lw == "between") {
			break
		}
		head = lw
	}
	return strings.Trim(head, ".,;:'\"")
}

// describe writes the events that a claim's descriptions refer to into
// its statement ("the conclave" → "the 2023 G20 New Delhi summit") and
// its objects, with a note, as a pronoun's antecedent is written in: in the
// words the document named it with, so the statement reads as if the
// writer had repeated the name.
func (x *extractor) describe(cl *claims.Claim, quote string, descs []eventDescription) {
	for _, d := range descs {
		text := quote[d.Span.Start:d.Span.End]
		if strings.Count(cl.Statement, text) != 1 || contains(cl.Structure.Subjects, d.EntityID) {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(d.Name, "the "), "The ")
		cl.Statement = strings.Replace(cl.Statement, text, "the "+name, 1)
		cl.Structure.Objects = appendNew(cl.Structure.Objects, d.EntityID)
		cl.Note += fmt.Sprintf("; %q read as %s, the event named before", text, name)
	}
}

// edition adds to a claim the edition of each series it names without
// one ("the G-20 summit" in an article of September 2023 is the 2023
// summit): the edition held in the year of the claim's date, else of the
// document's, the nearest to that day when the year had several. A named
// series is anchored to the document's time as "this year's" would be,
// the temporal anchoring of HeidelTime (Strötgen and Gertz 2010).
func (x *extractor) edition(cl *claims.Claim) {
	ref := cl.Time.Start
	if ref.IsZero() {
		ref = x.doc.Published
	}
	if ref.IsZero() {
		return
	}
	for _, list := range []*[]string{&cl.Structure.Subjects, &cl.Structure.Objects} {
		for _, id := range *list {
			var best *claims.Entity
			for _, ed := range x.g.Editions(id) {
				if ed.Period.Start.Year() != ref.Year() {
					continue
				}
				if best == nil || distance(ed.Period, ref) < distance(best.Period, ref) {
					best = ed
				}
			}
			if best == nil || contains(cl.Structure.Subjects, best.ID) || contains(cl.Structure.Objects, best.ID) {
				continue
			}
			*list = append(*list, best.ID)
			cl.Note += fmt.Sprintf("; %s read as %s, the edition of the article's year", x.name(id), best.Name)
		}
	}
}

// distance is how far a day lies from a period, zero inside it.
func distance(p claims.Period, day time.Time) time.Duration {
	end := p.End
	if end.IsZero() {
		end = p.Start
	}
	switch {
	case day.Before(p.Start):
		return p.Start.Sub(day)
	case day.After(end):
		return day.Sub(end)
	}
	return 0
}
