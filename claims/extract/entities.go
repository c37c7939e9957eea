package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// Entities finds the proper names in docs that r's gazetteer does not
// know and returns one entity for each, so claims can be drawn about the
// people, places and bodies a new article names without hand-written
// entries. The kind comes from context and WordNet:
//
//   - a name WordNet files under country, city, region or location is that
//     kind of place ("Tehran" is an instance of city);
//   - a name whose head noun is an organisation or social group in WordNet
//     is an organisation ("the Foreign Ministry");
//   - a name right after a noun for a person ("President", "spokesman",
//     "Mr"), or before a verb of saying ("… said"), is a person;
//   - a name after "in", "at", "to" or "from" is a place;
//   - any other name of two or more words is a person, one word an
//     organisation.
//
// A person is also known by the last word of the name ("Modi" for
// "Narendra Modi") when no other entity uses it. The same name in several
// documents is one entity. Ids are the name's words joined by "-", made
// unique against known ids. Entities returns nil when nothing is found.
func Entities(docs []*claims.Document, r *reader.Reader) []*claims.Entity {
	f := finder{r: r, g: r.Gazetteer(), byKey: map[string]*found{}, initials: map[string]string{}}
	for _, d := range docs {
		for _, u := range units(d) {
			f.sentence(readUnit(r, d, u))
		}
	}
	return f.entities()
}

// found is a name seen in the documents, with the evidence for its kind.
type found struct {
	name   string
	order  int
	kind   claims.EntityKind // from WordNet, when it knows the name
	person bool              // a title before it or a verb of saying after it
	place  bool              // governed by a locative preposition
	// spellings are the other ways the documents write the name ("el-Sisi"
	// for "al-Sisi"): aliases of it.
	spellings []string
}

type finder struct {
	r     *reader.Reader
	g     *reader.Gazetteer
	byKey map[string]*found
	// initials maps a short form given in brackets after a name ("the
	// Independent National Electoral Commission (CENI)"), in lower case,
	// to that name's key: the short form is an alias, not a name of its own.
	initials map[string]string
}

// sentence records the unknown names of one reading: its unknown
// mentions, and the names inside the sources it quotes ("Foreign Minister
// X said", whose speaker the reader keeps as a source, not a mention).
func (f *finder) sentence(rd *reader.Reading) {
	f.shortForms(rd.Tokens)
	seen := map[claims.Span]bool{}
	for _, c := range rd.Clauses {
		for _, m := range c.Entities {
			if m.Known() || seen[m.Span] {
				continue
			}
			seen[m.Span] = true
			f.mention(rd, m)
		}
		for _, src := range c.Sources {
			if len(src.IDs) == 0 {
				f.source(src.Text)
			}
		}
	}
}

func (f *finder) mention(rd *reader.Reading, m reader.Mention) {
	if w := strings.Fields(m.Text); len(w) == 1 {
		if place := placeOfDemonym(w); place[0] != w[0] {
			f.add(place, false, true) // "the Kenyan envoy" names Kenya
			return
		}
	}
	if f.initials[strings.ToLower(m.Text)] != "" {
		return
	}
	words, titled := withoutTitle(strings.Fields(m.Text))
	at := reader.TokenAt(rd.Tokens, m.Span.Start)
	end := reader.TokenAt(rd.Tokens, m.Span.End-1)
	person := titled || (at > 0 && personNoun(rd.Tokens[at-1])) || apposition(rd.Tokens, at)
	if end >= 0 && end+1 < len(rd.Tokens) && sayingVerb(rd.Tokens[end+1]) {
		person = person || len(words) > 1
	}
	if end >= 0 && personFollows(rd.Tokens, end+1) {
		person = person || len(words) > 1
	}
	if at >= 2 && rd.Tokens[at-1].Norm == "of" && personNoun(rd.Tokens[at-2]) {
		// "President of Brazil Michel Temer": a title of a country, then
		// the holder's name, run together in capitals.
		for k := 1; k+2 <= len(words); k++ {
			if placeKind(strings.Join(words[:k], " ")) != "" {
				f.add(words[:k], false, true)
				f.add(words[k:], true, false)
				return
			}
		}
	}
	place := false
	switch m.Prep {
	case "in", "at", "to", "from":
		place = true
	}
	f.add(words, person, place)
}

// source records the names in a quoted source's words: a speaker of two
// words or more is a person.
func (f *finder) source(text string) {
	var run []string
	flush := func() {
		if len(run) > 0 {
			words, titled := withoutTitle(run)
			f.add(words, titled || len(words) > 1, false)
		}
		run = nil
	}
	for _, t := range reader.Tokenize(text) {
		if t.Kind == reader.Word && t.Cap && t.Norm != "the" && t.Norm != "'s" {
			run = append(run, t.Text)
			continue
		}
		flush()
	}
	flush()
}

// add records one sighting of a name with the evidence for its kind.
func (f *finder) add(words []string, person, place bool) {
	if len(words) == 0 {
		return
	}
	name := strings.Join(words, " ")
	kind := placeKind(name)
	if kind == "" && len(words) > 1 && organisationHead(words[len(words)-1]) {
		kind = claims.KindOrganisation
	}
	if kind == "" && ordinaryWords(words) && (len(words) == 1 || !person) {
		// "Brazilian", "Details", "Trade Talks": ordinary words with a
		// capital are a name only where the context says whose.
		return
	}
	if len(f.g.Lookup(name)) > 0 {
		return // known after all, once its title is gone
	}
	key := spellingKey(name)
	x, ok := f.byKey[key]
	if !ok {
		x = &found{name: name, order: len(f.byKey), kind: kind}
		f.byKey[key] = x
	}
	if name != x.name && !slices.Contains(x.spellings, name) {
		x.spellings = append(x.spellings, name) // "el-Sisi" beside "al-Sisi"
	}
	x.person = x.person || person
	x.place = x.place || place
}

// personFollows reports whether what follows a name at toks[k] is said
// only of people in English: the relative pronoun "who" ("Otis Driftwood,
// who chairs the board") or an age in apposition ("Otis Driftwood, 54,").
func personFollows(toks []reader.Token, k int) bool {
	if k < len(toks) && toks[k].Norm == "," {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if toks[k].Norm == "who" {
		return true
	}
	return toks[k].Kind == reader.Number && k+1 < len(toks) && toks[k+1].Norm == ","
}

// apposition reports whether the name at toks[at] is set off by a comma
// after a phrase with a noun for a person: "The spokesman of the
// ministry, Otis Driftwood, said".
func apposition(toks []reader.Token, at int) bool {
	if at < 2 || toks[at-1].Norm != "," {
		return false
	}
	for k := at - 2; k >= 0 && k >= at-6; k-- {
		if personNoun(toks[k]) {
			return true
		}
	}
	return false
}

// withoutTitle drops the words up to the last noun for a person before the
// name's last word ("Sylvanian Foreign Minister Pinky Pinkerton" is Pinky
// Pinkerton; a surname that is also such a noun, "President Idris Hakim",
// stays) and says whether there was one.
func withoutTitle(words []string) ([]string, bool) {
	if len(words) > 1 && organisationHead(words[len(words)-1]) {
		return words, false // "Independent National Electoral Commission": a body's name, not a title
	}
	for i := len(words) - 2; i >= 0; i-- {
		if personNoun(reader.Token{Kind: reader.Word, Norm: strings.ToLower(words[i])}) {
			return words[i+1:], true
		}
	}
	return words, false
}

// entities turns what was found into entities with ids and aliases.
func (f *finder) entities() []*claims.Entity {
	all := make([]*found, 0, len(f.byKey))
	for key, x := range f.byKey {
		if long := f.initials[key]; long != "" && f.byKey[long] != nil {
			continue // "CENI" in the headline, before its name was given
		}
		all = append(all, x)
	}
	slices.SortFunc(all, func(a, b *found) int { return a.order - b.order })
	all = mergeSurnames(all)
	ids := map[string]bool{}
	lastWords := map[string]int{}
	var out []*claims.Entity
	for _, x := range all {
		e := &claims.Entity{Name: x.name, Kind: x.kindOf(), Aliases: slices.Clone(x.spellings)}
		e.ID = f.uniqueID(slug(x.name), ids)
		ids[e.ID] = true
		out = append(out, e)
		if e.Kind == claims.KindPerson {
			lastWords[lastWord(x.name)]++
		}
	}
	out = f.wholes(out, ids)
	short := map[string][]string{}
	for k, name := range f.initials {
		short[name] = append(short[name], strings.ToUpper(k))
	}
	for _, e := range out {
		if a := acronym(e.Name); a != "" && e.Kind == claims.KindOrganisation && !f.known(a) && !ids[strings.ToLower(a)] {
			e.Aliases = append(e.Aliases, a)
		}
		for _, a := range short[spellingKey(e.Name)] {
			if !f.known(a) && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if e.Kind.Locational() {
			for _, a := range demonyms(e.Name) {
				if !f.known(a) && !ids[strings.ToLower(a)] {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		w := lastWord(e.Name)
		if e.Kind != claims.KindPerson || w == e.Name || lastWords[w] > 1 || f.known(w) {
			continue
		}
		e.Aliases = append(e.Aliases, w)
	}
	return out
}

// acronym returns the initials an organisation's name is also written as
// ("European Union" → "EU", "International Criminal Court" → "ICC"):
// the first letters of its capitalised words, leaving out "of", "the",
// "and" and "for". A name of fewer than two such words has none.
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for":
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return ""
		}
		b.WriteRune(r[0])
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// mergeSurnames drops a one-word name that is the last word of a person's
// longer name ("Zelenskyy" beside "Volodymyr Zelenskyy"): it is that
// person, known by the alias entities gives them, not someone else.
func mergeSurnames(all []*found) []*found {
	last := map[string]bool{}
	for _, x := range all {
		if w := strings.Fields(x.name); len(w) > 1 && x.kindOf() == claims.KindPerson {
			last[strings.ToLower(lastWord(x.name))] = true
		}
	}
	out := all[:0]
	for _, x := range all {
		if !strings.Contains(x.name, " ") && last[strings.ToLower(lastWord(x.name))] {
			continue
		}
		out = append(out, x)
	}
	return out
}

func (x *found) kindOf() claims.EntityKind {
	switch {
	case x.kind != "":
		return x.kind
	case x.person:
		return claims.KindPerson
	case x.place:
		return claims.KindPlace
	case len(strings.Fields(x.name)) > 1:
		return claims.KindPerson
	}
	return claims.KindOrganisation
}

// known reports whether a single word already names a known entity.
func (f *finder) known(word string) bool { return len(f.g.Lookup(word)) > 0 }

// uniqueID returns base, or base with a number, unused by the
// gazetteer's entities and by ids already given.
func (f *finder) uniqueID(base string, given map[string]bool) string {
	id := base
	for n := 2; ; n++ {
		if _, taken := f.g.Entity(id); !taken && !given[id] {
			return id
		}
		id = base + "-" + strconv.Itoa(n)
	}
}

// slug is a name as an id: its reader.NameKey with words joined by "-"
// and anything but ASCII letters and digits dropped; "name" when nothing
// is left.
func slug(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(reader.NameKey(name)) {
		w = strings.Map(func(r rune) rune {
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				return r
			}
			return -1
		}, w)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	if b.Len() == 0 {
		return "name"
	}
	return b.String()
}

func lastWord(name string) string {
	w := strings.Fields(name)
	if rest := reader.ArticleName(w[len(w)-1]); rest != "" {
		return rest // "Sisi" for "Abdel Fattah al-Sisi"
	}
	return w[len(w)-1]
}

// spellingKey is the key names are found under: lower case, each Arabic
// article dropped, so "al-Sisi" and "el-Sisi" are one name.
func spellingKey(name string) string {
	w := strings.Fields(name)
	for i := range w {
		if rest := reader.ArticleName(w[i]); rest != "" {
			w[i] = rest
		}
	}
	return strings.ToLower(strings.Join(w, " "))
}

// placeKind returns the kind of place WordNet files the name under, or "".
func placeKind(name string) claims.EntityKind {
	w := strings.ToLower(name)
	switch {
	case lexicon.Hypernym(w, "city"):
		return claims.KindCity
	case lexicon.Hypernym(w, "country"):
		return claims.KindCountry
	case lexicon.Hypernym(w, "region"), lexicon.Hypernym(w, "state"):
		return claims.KindRegion
	case lexicon.Hypernym(w, "location"):
		return claims.KindPlace
	}
	return ""
}

// organisationHead reports whether WordNet files a name's last word under
// organisation or social group: "Ministry", "Congress", "Council".
func organisationHead(word string) bool {
	w := strings.ToLower(word)
	return lexicon.Hypernym(w, "organization") || lexicon.Hypernym(w, "social_group")
}

// ordinaryWords reports whether every word of a name is an ordinary
// English word that WordNet does not file as a name of a place or body.
func ordinaryWords(words []string) bool {
	for _, w := range words {
		if !lexicon.Known(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// personNoun reports whether a token is a noun for a person ("President",
// "minister", "spokeswoman", "Mr"), by WordNet's hypernyms; not a name
// WordNet happens to list (Otis the inventor).
func personNoun(t reader.Token) bool {
	if t.Kind != reader.Word {
		return false
	}
	if head, _, ok := strings.Cut(t.Norm, "-"); ok {
		// "president-elect", "minister-designate": the head comes first;
		// "ex-minister", "vice-president": last.
		last := t.Norm[strings.LastIndex(t.Norm, "-")+1:]
		return personWord(head) || personWord(last)
	}
	return personWord(t.Norm)
}

// personWord reports whether WordNet files a common noun under person.
func personWord(w string) bool {
	return lexicon.POS(w).Has(lexicon.Noun) && !lexicon.ProperNoun(w) && lexicon.Hypernym(w, "person")
}

// sayingVerb reports whether a token is a verb of saying ("said", "told",
// "added"), as lexicon.Saying knows them.
func sayingVerb(t reader.Token) bool {
	if t.Kind != reader.Word || !lexicon.POS(t.Norm).Has(lexicon.Verb) {
		return false
	}
	return lexicon.Saying(t.Norm)
}

// placeOfDemonym returns the place a one-word name is the adjective of in
// WordNet ("Brazilian" pertains to Brazil, "Saudi" to Saudi Arabia), when
// WordNet files that noun under a place; else the words as they are. An
// article that says "the Iranian minister" names Iran.
func placeOfDemonym(words []string) []string {
	for _, n := range lexicon.PertainsTo(strings.ToLower(words[0])) {
		if placeKind(n) == "" {
			continue
		}
		return strings.Fields(titleWords(strings.ReplaceAll(n, "_", " ")))
	}
	return words
}

// demonyms returns the adjectives WordNet gives for a place's name
// ("Brazil" → "Brazilian"), capitalised, as the place's aliases.
func demonyms(name string) []string {
	var out []string
	for _, a := range lexicon.Demonyms(name) {
		if !strings.Contains(a, "_") && a != "" {
			out = append(out, strings.ToUpper(a[:1])+a[1:])
		}
	}
	return out
}

// wholes links each place to the nearest whole WordNet says it is part of
// (its part holonyms: Brasilia is part of Brazil) that is a known entity or
// one the documents name, so a statement that says "in Brazil" is borne
// out by "in Brasilia". A country the documents do not name is made an
// entity of its own: a report dated "HANOI" is about Vietnam.
func (f *finder) wholes(out []*claims.Entity, ids map[string]bool) []*claims.Entity {
	byName := map[string]*claims.Entity{}
	for _, e := range out {
		byName[strings.ToLower(e.Name)] = e
	}
	for _, e := range out[:len(out):len(out)] {
		if e.Kind != claims.KindCity && e.Kind != claims.KindRegion && e.Kind != claims.KindPlace {
			continue
		}
		for _, w := range lexicon.PartOf(e.Name) {
			name := strings.ReplaceAll(w, "_", " ")
			// WordNet's lemmas are in lower case, the gazetteer's names
			// capitalised: "russia" is the known Russia.
			if id, ok := f.knownPlace(titleWords(name)); ok {
				e.PartOf = append(e.PartOf, id)
				break
			}
			if x := byName[name]; x != nil {
				e.PartOf = append(e.PartOf, x.ID)
				break
			}
			if placeKind(name) == claims.KindCountry {
				x := &claims.Entity{Name: titleWords(name), Kind: claims.KindCountry}
				x.ID = f.uniqueID(slug(x.Name), ids)
				ids[x.ID] = true
				byName[name] = x
				out = append(out, x)
				e.PartOf = append(e.PartOf, x.ID)
				break
			}
		}
	}
	return out
}

// titleWords capitalises each word of a WordNet lemma: "saudi arabia" →
// "Saudi Arabia".
func titleWords(name string) string {
	w := strings.Fields(name)
	for i := range w {
		w[i] = strings.ToUpper(w[i][:1]) + w[i][1:]
	}
	return strings.Join(w, " ")
}

// initialsOf reports whether every letter of a short form is the initial
// of a word of the name, in any order (the Independent National Electoral
// Commission's "CENI" is written in French order): "SAN FRANCISCO (AP)"
// gives no short form.
func initialsOf(short string, words []string) bool {
	have := map[rune]bool{}
	for _, w := range words {
		for _, r := range w {
			have[unicode.ToUpper(r)] = true
			break
		}
	}
	for _, r := range short {
		if !have[unicode.ToUpper(r)] {
			return false
		}
	}
	return true
}

// shortForms records each short form written in brackets after a name of
// two or more capitalised words ("the Independent Harbour Commission
// (CHI)"): one word in capitals, an alias of that name.
func (f *finder) shortForms(toks []reader.Token) {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Norm != "(" || toks[k+2].Norm != ")" || !toks[k+1].Upper || toks[k+1].Kind != reader.Word {
			continue
		}
		start := k
		for start > 0 && toks[start-1].Kind == reader.Word && toks[start-1].Cap && toks[start-1].Norm != "the" {
			start--
		}
		var words []string
		for _, t := range toks[start:k] {
			words = append(words, t.Text)
		}
		if words, _ = withoutTitle(words); len(words) > 1 && initialsOf(toks[k+1].Text, words) {
			f.initials[strings.ToLower(toks[k+1].Text)] = spellingKey(strings.Join(words, " "))
		}
	}
}

// knownPlace returns the gazetteer's place (a country, region, city or
// site) of that name: a capitalised one-word name may also be someone's.
func (f *finder) knownPlace(name string) (string, bool) {
	for _, id := range f.g.Lookup(name) {
		if e, ok := f.g.Entity(id); ok && e.Kind.Locational() {
			return id, true
		}
	}
	return "", false
}
