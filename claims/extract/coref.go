package extract

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// titles remembers, for one document, who each title word was given to
// ("Chancellor Rufus Firefly", "the ministry's spokesman, Otis
// Driftwood"), so a later definite description ("the chancellor said")
// resolves to that person: the role-appositive and head-match passes of
// the multi-pass sieve (Raghunathan et al. 2010; Lee et al. 2013).
type titles map[string]string

// learn records the titles the reading gives to known people: a noun for a
// person straight before a name, or before the comma of an apposition,
// and the office a clause gives someone ("Boris Johnson becomes prime
// minister": the sieve's predicate-nominative pass).
func (ts titles) learn(rd *reader.Reading, g *reader.Gazetteer) {
	for _, c := range rd.Clauses {
		for _, o := range c.Offices {
			if w := strings.Fields(o.RoleText); o.Person != "" && len(w) > 0 && !o.Left && !c.Negated {
				ts[lexicon.Lemma(strings.ToLower(w[len(w)-1]))] = o.Person
			}
		}
		for _, m := range c.Entities {
			if !m.Known() {
				continue
			}
			if e, ok := g.Entity(m.IDs[0]); !ok || e.Kind != claims.KindPerson {
				continue
			}
			at := reader.TokenAt(rd.Tokens, m.Span.Start)
			k := at - 1
			if k > 0 && rd.Tokens[k].Norm == "," {
				k-- // "the ministry's spokesman, Otis Driftwood"
			}
			if k >= 0 && personNoun(rd.Tokens[k]) {
				ts[rd.Tokens[k].Lemma] = m.IDs[0]
			}
		}
	}
}

// subject returns the person a definite description standing before the
// clause's first verb refers to ("The chancellor said", "the visiting
// minister met"), with the description's byte span, when the document
// gave that title to someone earlier.
func (ts titles) subject(c reader.Clause) (string, claims.Span, bool) {
	toks := c.Tokens
	verbAt := firstVerbAt(c)
	for i, t := range toks {
		if t.Span.Start >= verbAt {
			break
		}
		if t.Norm != "the" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+descriptionWords && toks[k].Span.Start < verbAt; k++ {
			if id, ok := ts[toks[k].Lemma]; ok && personNoun(toks[k]) && !plural(toks[k]) {
				return id, claims.Span{Start: t.Span.Start, End: toks[k].Span.End}, true
			}
		}
	}
	return "", claims.Span{}, false
}

// holder returns the person the document gave the title that ends a
// definite description ("the president", "the American president").
func (ts titles) holder(description string) (string, bool) {
	w := strings.Fields(strings.ToLower(description))
	if len(w) < 2 || w[0] != "the" {
		return "", false
	}
	id, ok := ts[lexicon.Lemma(w[len(w)-1])]
	return id, ok
}

// adverbialParticiple reports whether a verb is a participle opening an
// adverbial phrase ("after arriving in Downing Street, the new prime
// minister began"), not the clause's own verb.
func adverbialParticiple(toks []reader.Token, t reader.Term) bool {
	at := reader.TokenAt(toks, t.Span.Start)
	if at < 1 || !strings.HasSuffix(toks[at].Norm, "ing") {
		return false
	}
	switch toks[at-1].Norm {
	case "after", "before", "since", "while", "when", "upon", "on", "by", "without":
		return true
	}
	return false
}

// descriptionWords is how many words after "the" a description's title
// may stand: "the new Conservative Prime Minister".
const descriptionWords = 4

// plural reports whether a noun is in the plural ("leaders"): a plural
// description cannot refer to one person, the sieve's number agreement
// (Lee et al. 2013).
func plural(t reader.Token) bool {
	if t.Norm == t.Lemma {
		return t.Norm == "people"
	}
	return strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Lemma, "s") || strings.HasSuffix(t.Norm, "men")
}

// offsetUnits are the units "two days later" counts in.
var offsetUnits = map[string][3]int{ // years, months, days
	"day": {0, 0, 1}, "week": {0, 0, 7}, "month": {0, 1, 0}, "year": {1, 0, 0},
}

// offset reads "N days later", "a week earlier", "two months later" in a
// reading and returns the date it names counted from prev, the date of
// the sentence before: HeidelTime's anchored relative expressions.
func offset(rd *reader.Reading, prev claims.Period) (claims.Period, bool) {
	if prev.IsZero() || prev.Precision != claims.PrecisionDay {
		return claims.Period{}, false
	}
	toks := rd.Tokens
	for i := 0; i+2 < len(toks); i++ {
		var dir int
		switch toks[i+2].Norm {
		case "later", "after":
			dir = 1
		case "earlier", "before":
			dir = -1
		default:
			continue
		}
		if i+3 < len(toks) && toks[i+3].Kind == reader.Word && toks[i+2].Norm != "later" && toks[i+2].Norm != "earlier" {
			continue // "two days after the vote": anchored to the vote, not the sentence before
		}
		unit, ok := offsetUnits[lexicon.Lemma(toks[i+1].Norm)]
		if !ok {
			continue
		}
		n := count(toks[i])
		if n <= 0 {
			continue
		}
		d := prev.Start.AddDate(dir*n*unit[0], dir*n*unit[1], dir*n*unit[2])
		p := claims.Period{Start: d, End: d, Precision: claims.PrecisionDay}
		if unit[1] > 0 || unit[0] > 0 {
			p = claims.Period{Start: time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC), Precision: claims.PrecisionMonth}
			p.End = p.Start
		}
		return p, true
	}
	return claims.Period{}, false
}

// count reads a small count: "two", "3", "a".
func count(t reader.Token) int {
	switch strings.ToLower(t.Norm) {
	case "a", "an", "one":
		return 1
	}
	q, ok := reader.ParseCount(t)
	if !ok {
		return 0
	}
	return q
}

// firstVerbAt returns the byte offset of the clause's first verb that is
// no adverbial participle ("Speaking in Lima, the minister said"), or the
// clause's length when it has none.
func firstVerbAt(c reader.Clause) int {
	for _, t := range c.Terms {
		if t.Verb && !adverbialParticiple(c.Tokens, t) {
			return t.Span.Start
		}
	}
	return len(c.Text)
}
