package checker

import (
	"fmt"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/reader"
)

// officeVerbs link a person to an office; "become" and its kin date the
// start of a tenure rather than a moment inside it.
var officeVerbs = map[string]bool{
	"become": true, "serve": true, "remain": true, "name": true, "appoint": true, "elect": true,
	"take_office": true, "swear": true, "hold": true, "act": true, "continue": true, "stay": true,
	"head": true, "lead": true, "run": true, "charge": true, "replace": true, "succeed": true,
}

var startVerbs = map[string]bool{"become": true, "name": true, "appoint": true, "elect": true, "take_office": true, "swear": true,
	"replace": true, "succeed": true}

// officeFinding is the verdict of reference facts on one office a
// statement gives a person.
type officeFinding struct {
	office        reader.Office
	state         state
	reason        string
	evidence      []claims.Evidence
	inconsistency *claims.Inconsistency
}

// incumbent are words that only say an office is held now ("the sitting
// president"), which is what the office's own check asks.
var incumbent = map[string]bool{"sit": true, "sitting": true, "incumbent": true, "current": true, "serving": true}

// officeQuery is what a clause asks about an office: held at a moment,
// held since a date, or begun in a period.
type officeQuery struct {
	at    time.Time    // the moment to check at
	since *reader.Time // "has been X since 2012"
	began *reader.Time // "became X in 2019"
	ended *reader.Time // "Y replaced X as premier in 2023": X's tenure ended then
	in    *reader.Time // "was X in 2019"
	span  *reader.Time // "was X from 2008 to 2012"
	// negated is set for "is not", "has never been"; never for "never".
	negated, never bool
	// past is set for an undated past tense ("Trump was president"):
	// held at some time before the moment.
	past bool
	// former is set for a title given as held before ("former chancellor
	// X"): held once, and no longer at the moment.
	former bool
}

func (e *Engine) officeQuery(c *clause, at time.Time) officeQuery {
	q := officeQuery{at: at, negated: c.Negated, past: c.tense == tensePast}
	for _, t := range c.Tokens {
		if t.Norm == "never" {
			q.never = true
		}
	}
	starts := false
	for _, t := range c.Terms {
		if startVerbs[t.Lemma] {
			starts = true
		}
	}
	times := c.officeTimes
	if len(times) == 0 {
		times = c.contextTimes
	}
	for i := range times {
		t := &times[i]
		switch {
		case (t.Relation == "from" || t.Relation == "between") && t.Start.Before(t.End) && t.Precision != claims.PrecisionNone && spansYears(*t):
			q.span = t
		case t.Relation == "since" || t.Relation == "from":
			q.since = t
		case starts:
			q.began = t
		default:
			q.in = t
		}
	}
	return q
}

// forOffice adapts the clause's query to one of its offices (toks are
// the clause's tokens): for the office someone left, the change dates the
// end of their tenure; only a copular office may be held at any time
// before.
func (q officeQuery) forOffice(o reader.Office, toks []reader.Token) officeQuery {
	if o.Left && q.began != nil {
		q.ended, q.began = q.began, nil
	}
	if !o.Copular {
		// "Vice President X attended the meeting": a title is the
		// person's at the time of what the clause tells, not at some
		// time before, as "X was vice president" may be.
		q.past = false
		if !negatedTitle(toks, o.Span.Start) {
			// "Vice President X did not attend" still calls X vice
			// president: a clause's negation denies its predicate, not
			// the title of a name in it (a presupposition, which
			// survives negation); "X, never its chancellor," denies it.
			q.negated, q.never = false, false
		}
	}
	if o.Denied {
		q.negated = true // "…, not its defence minister"
	}
	if o.Former && !o.Copular {
		q.former = true // "former chancellor X": held once, not now
	}
	return q
}

// negatedTitle reports whether a negator stands in the title's own phrase,
// within a few words before byte offset at and after the last comma
// ("Trentino, never Freedonia's chancellor, ...").
func negatedTitle(toks []reader.Token, at int) bool {
	k := reader.TokenAt(toks, at)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].Norm {
		case ",", ";", "(":
			return false
		case "not", "never", "no":
			return true
		}
	}
	return false
}

// officeOfBodyWithin reports whether a statement's "Freedonia's
// convenor" may name the convenor of the one body within Freedonia that
// has one: the country stands for an institution in it (metonymy, the
// place for the institution; Lakoff and Johnson 1980). Only when the
// country itself has no such office, and one body in it alone has.
func (e *Engine) officeOfBodyWithin(role, body, country string) bool {
	if body == country || e.world.kind(body) != claims.KindOrganisation || !e.world.inside(body, country) {
		return false
	}
	if len(e.world.tenuresOfRole(role, country)) > 0 {
		return false
	}
	for _, t := range e.world.tenuresOfRole(role, "") {
		if t.Country != body && t.Country != country && e.world.inside(t.Country, country) {
			return false // another body in the country has one too
		}
	}
	return true
}

// checkOffice decides an office against the person's tenures.
func (e *Engine) checkOffice(o reader.Office, q officeQuery) officeFinding {
	f := officeFinding{office: o}
	if o.Person == "" {
		f.reason = fmt.Sprintf("the statement does not say who the %s is", o.RoleText)
		return f
	}
	held := e.corpus.TenuresOf(o.Person)
	if o.Country == "" {
		// "Premier Li Keqiang": the country of the only such office the
		// person held, so that who held it instead is that country's.
		o.Country = soleCountry(held, o.Role)
	}
	matches := func(t *claims.Tenure) bool {
		return (t.Role == o.Role || e.headOf(t.Role, o.Role)) && (o.Country == "" || t.Country == o.Country || e.officeOfBodyWithin(o.Role, t.Country, o.Country))
	}
	var hit *claims.Tenure
	switch {
	case q.since != nil:
		for _, t := range held {
			if matches(t) && startsIn(t, *q.since) && t.Holds(q.at) {
				hit = t
			}
		}
	case q.began != nil:
		for _, t := range held {
			if matches(t) && startsIn(t, *q.began) {
				hit = t
			}
		}
	case q.ended != nil:
		for _, t := range held {
			if matches(t) && endsIn(t, *q.ended) {
				hit = t
			}
		}
	case q.span != nil:
		for _, t := range held {
			if matches(t) && spans(t, *q.span) {
				hit = t
			}
		}
	case q.in != nil:
		for _, t := range held {
			if matches(t) && overlaps(t, *q.in) {
				hit = t
			}
		}
	case q.former:
		for _, t := range held {
			if matches(t) && !t.End.IsZero() && !t.End.After(q.at) {
				hit = t
			}
		}
		for _, t := range held {
			if matches(t) && t.Holds(q.at) {
				hit = nil // still in office: no former holder
			}
		}
	case q.past:
		for _, t := range held {
			if matches(t) && t.Start.Before(q.at) {
				hit = t
			}
		}
	default:
		for _, t := range held {
			if matches(t) && t.Holds(q.at) {
				hit = t
			}
		}
	}
	moment := q.moment()
	if q.negated {
		return e.negatedOffice(f, o, q, hit, held, matches)
	}
	if hit != nil {
		f.state = covered
		f.evidence = append(f.evidence, e.tenureEvidence(hit, claims.StanceSupports))
		return f
	}
	// Not held as stated: say what the person held then, and who held the office.
	for _, t := range held {
		if t.Holds(moment) {
			f.evidence = append(f.evidence, e.tenureEvidence(t, claims.StanceRefutes))
		}
	}
	if len(held) == 0 && o.Country == "" {
		// The reference facts list neither the person nor which country's
		// office is meant: presidents of other countries say nothing of
		// "Parliament President Anna Novak", so the documents decide.
		return e.documentOffice(f, o, q)
	}
	var holders []*claims.Tenure
	for _, t := range e.world.tenuresOfRole(o.Role, o.Country) {
		if t.Holds(moment) {
			holders = append(holders, t)
		}
	}
	for _, t := range holders {
		f.evidence = append(f.evidence, e.tenureEvidence(t, claims.StanceRefutes))
	}
	everHeld, later := false, true
	for _, t := range held {
		if matches(t) {
			everHeld = true
			later = later && t.Start.After(moment)
			if q.since != nil || q.began != nil || q.ended != nil {
				f.evidence = append(f.evidence, e.tenureEvidence(t, claims.StanceRefutes))
			}
		}
	}
	if len(held) == 0 && len(holders) == 0 && !everHeld {
		return e.documentOffice(f, o, q)
	}
	f.state = conflict
	f.reason = e.officeReason(o, q, everHeld, later)
	switch {
	case !everHeld:
		// Giving someone an office they never held is a wrong office.
		f.inconsistency = e.officeInconsistency(o, q, f.evidence)
	case q.since == nil && q.began == nil && q.ended == nil && q.span == nil:
		// An office held at another time than the one asked about is
		// outdated (the labelling guide's own example: Shoigu as defence
		// minister in 2026). A slip in when a tenure began or ended is
		// only contradicted: the office was held at the time.
		f.inconsistency = e.outdatedInconsistency(o, q, matches, f.evidence)
	}
	return f
}

// soleCountry returns the country of the person's tenures of the role
// when they are all of one country, else "".
func soleCountry(held []*claims.Tenure, role string) string {
	country := ""
	for _, t := range held {
		if t.Role != role {
			continue
		}
		if country != "" && t.Country != country {
			return ""
		}
		country = t.Country
	}
	return country
}

// outdatedInconsistency reports an office the person held, but not at the
// moment the statement speaks of: when they held it, and who held it then.
func (e *Engine) outdatedInconsistency(o reader.Office, q officeQuery, matches func(*claims.Tenure) bool, ev []claims.Evidence) *claims.Inconsistency {
	moment := q.moment()
	who, office := e.world.name(o.Person), e.officeName(o.Role, o.Country)
	right := e.officeAt(o.Person, moment)
	msg := fmt.Sprintf("%s held the office of %s %s, not on %s", who, office, tenureSpells(e.corpus.TenuresOf(o.Person), matches), moment.Format("2 January 2006"))
	var holders []string
	for _, t := range e.world.tenuresOfRole(o.Role, o.Country) {
		if t.Holds(moment) && t.Person != o.Person {
			holders = append(holders, e.world.name(t.Person))
		}
	}
	if len(holders) > 0 {
		msg += fmt.Sprintf("; %s held it then", strings.Join(holders, " and "))
	}
	return &claims.Inconsistency{
		Kind:       claims.InconsistencyOutdated,
		Severity:   claims.SeverityMedium,
		Message:    msg + ".",
		EntityID:   o.Person,
		EntityName: who,
		Stated:     office,
		Correct:    right,
		Involved:   e.claimsGiving(o),
		Correction: ev,
	}
}

// officeAt names the office the person held at the moment, the first on
// record when several, or says there is none.
func (e *Engine) officeAt(person string, at time.Time) string {
	for _, t := range e.corpus.TenuresOf(person) {
		if t.Holds(at) {
			return e.officeName(t.Role, t.Country)
		}
	}
	return "no office on record"
}

// tenureSpells says when the tenures that match ran, joined by "and".
func tenureSpells(ts []*claims.Tenure, match func(*claims.Tenure) bool) string {
	var spells []string
	for _, t := range ts {
		if match(t) {
			spells = append(spells, tenureSpell(t))
		}
	}
	return strings.Join(spells, " and ")
}

// tenureSpell says when a tenure ran: "from 6 November 2012 to 12 May 2024".
func tenureSpell(t *claims.Tenure) string {
	if t.End.IsZero() {
		return "since " + dateText(t.Start, t.StartPrecision)
	}
	return "from " + dateText(t.Start, t.StartPrecision) + " to " + dateText(t.End, t.EndPrecision)
}

// documentOffice decides an office no reference fact speaks to from the
// documents: a claim that gives the person the same office supports it
// (a new article's "finance minister Anna Novak" says she is one).
func (e *Engine) documentOffice(f officeFinding, o reader.Office, q officeQuery) officeFinding {
	elsewhere := false // a document gives the person the office in another country
	for _, cf := range e.officeHolderClaims[o.Person] {
		for _, fo := range cf.offices {
			elsewhere = elsewhere || fo.Person == o.Person && e.roleWithin(fo.Role, o.Role) && o.Country != "" && fo.Country != "" && fo.Country != o.Country
		}
	}
	for _, cf := range e.officeHolderClaims[o.Person] {
		for _, fo := range cf.offices {
			if (fo.Former || fo.Left) && !q.past && !o.Former {
				continue // "former president X" does not make X president now
			}
			if fo.Person == o.Person && e.roleWithin(fo.Role, o.Role) && (o.Country == "" || fo.Country == "" && !elsewhere || fo.Country == o.Country) {
				f.state = covered
				f.evidence = append(f.evidence, e.claimEvidence(cf, claims.StanceSupports))
				return f
			}
		}
	}
	if other, cf := e.otherDocumentOffice(o, q); cf != nil {
		// The documents give the person another office of that country
		// at the time, and not this one: a wrong office, as the guide's
		// Lavrov, whom the article makes defence minister while naming
		// another.
		right := e.officeName(other.Role, other.Country)
		ev := []claims.Evidence{e.claimEvidence(cf, claims.StanceRefutes)}
		f.state = conflict
		f.evidence = append(f.evidence, ev...)
		f.reason = fmt.Sprintf("%s, not %s, the documents say", right, e.officeName(o.Role, o.Country))
		f.inconsistency = &claims.Inconsistency{
			Kind:       claims.InconsistencyWrongOffice,
			Severity:   claims.SeverityHigh,
			Message:    fmt.Sprintf("The statement makes %s %s; the documents give %s.", e.world.name(o.Person), e.officeName(o.Role, o.Country), right),
			EntityID:   o.Person,
			EntityName: e.world.name(o.Person),
			Stated:     e.officeName(o.Role, o.Country),
			Correct:    right,
			Correction: ev,
		}
		return f
	}
	if holder, cf := e.otherDocumentHolder(o, q); cf != nil {
		// The documents of the time give the office, which one person
		// holds at a time, to someone else: "Angolan President X" where
		// the report names Y Angola's president.
		office := e.officeName(o.Role, o.Country)
		ev := []claims.Evidence{e.claimEvidence(cf, claims.StanceRefutes)}
		f.state = conflict
		f.evidence = append(f.evidence, ev...)
		f.reason = fmt.Sprintf("the documents name %s %s", e.world.name(holder), office)
		f.inconsistency = &claims.Inconsistency{
			Kind:       claims.InconsistencyWrongOffice,
			Severity:   claims.SeverityHigh,
			Message:    fmt.Sprintf("The statement makes %s %s; the documents give that office to %s.", e.world.name(o.Person), office, e.world.name(holder)),
			EntityID:   o.Person,
			EntityName: e.world.name(o.Person),
			Stated:     office,
			Correction: ev,
		}
		return f
	}
	f.reason = fmt.Sprintf("no reference facts about %s or the office", o.PersonName)
	return f
}

// otherDocumentHolder returns another person a document of the
// statement's time gives the statement's office to, and the claim giving
// it, when the office is one person's at a time (singleHolder).
func (e *Engine) otherDocumentHolder(o reader.Office, q officeQuery) (string, *features) {
	if o.Country == "" || !e.singleHolder(o.Role) {
		return "", nil
	}
	moment := q.moment()
	for _, holder := range e.documentHolders[[2]string{o.Role, o.Country}] {
		if holder == o.Person {
			continue
		}
		for _, cf := range e.officeHolderClaims[holder] {
			// Only a document of the time asked about names who holds it
			// then, with or without as_of.
			if cf.doc == nil || cf.negated || absDur(cf.doc.Published.Sub(moment)) > documentTimeliness {
				continue
			}
			for _, fo := range cf.offices {
				if fo.Person == holder && fo.Role == o.Role && fo.Country == o.Country && !fo.Left && !fo.Former {
					return holder, cf
				}
			}
		}
	}
	return "", nil
}

// singleHeads are titles one person holds at a time in a country: its
// head of state or of government (not a queen: a consort and a queen
// mother may live beside a reigning one; not a vice president: some
// countries have several).
var singleHeads = map[string]bool{"president": true, "premier": true, "prime minister": true, "chancellor": true,
	"king": true, "emperor": true, "supreme leader": true}

// sharedMinisters qualify a minister's title that several hold at once:
// chief ministers (one a state), ministers of state, junior ministers.
var sharedMinisters = map[string]bool{"chief": true, "state": true, "cabinet": true, "junior": true, "senior": true,
	"first": true, "deputy": true, "vice": true, "assistant": true, "under": true, "regional": true, "provincial": true}

// singleHolder reports whether one person holds the role in a country at
// a time: a head of state or government, or one portfolio's minister,
// named with its portfolio ("foreign minister", "minister of finance").
// Ambassadors, senators, governors, chief ministers, ministers of state,
// spokesmen and the like are many.
func (e *Engine) singleHolder(role string) bool {
	r, ok := e.corpus.Role(role)
	if !ok {
		return false
	}
	name := reader.NameKey(r.Name)
	if singleHeads[name] {
		return true
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if sharedMinisters[w] {
			return false
		}
	}
	first, last := words[0], words[len(words)-1]
	return last == "minister" || first == "minister" && len(words) > 2 && words[1] == "of"
}

// documentTimeliness is how far a document's date may lie from the moment
// a statement asks about for the offices it gives to count then.
const documentTimeliness = 365 * 24 * time.Hour

// heldBeside reports whether a role is one a person often holds beside
// a state office: a leader's or a party's ("Supreme Leader", "General
// Secretary", "Chairman of the Party").
func (e *Engine) heldBeside(role string) bool {
	for _, k := range e.roleKeys[role] {
		if k == "general secretary" {
			return true
		}
		for _, w := range strings.Fields(k) {
			if w == "leader" || w == "party" {
				return true
			}
		}
	}
	return role == "supreme-leader"
}

// otherDocumentOffice returns an office a document of the statement's
// time gives the person in the same country as the statement's office (or
// in none, see below),
// which neither is nor names that office, and which the document does not
// give as given up or held before ("A replaced B as ...", "former
// minister B"), with the claim giving it.
func (e *Engine) otherDocumentOffice(o reader.Office, q officeQuery) (reader.Office, *features) {
	if o.Country == "" || o.Role == "" {
		return reader.Office{}, nil
	}
	moment := q.moment()
	asked := !q.at.Equal(e.defaultAsOf) // without as_of, each document speaks at its own date
	timely := func(cf *features) bool {
		return cf.doc != nil && !cf.negated && (!asked || absDur(cf.doc.Published.Sub(moment)) <= documentTimeliness)
	}
	abroad := false // a document of the time gives the person an office of another country
	for _, cf := range e.officeHolderClaims[o.Person] {
		for _, fo := range cf.offices {
			abroad = abroad || timely(cf) && fo.Person == o.Person && fo.Country != "" && fo.Country != o.Country && !givenUp(cf, fo)
		}
	}
	for _, cf := range e.officeHolderClaims[o.Person] {
		if !timely(cf) {
			continue
		}
		for _, fo := range cf.offices {
			// A title without a country ("Prime Minister X") is of the
			// country the statement names unless a document places the
			// person's offices elsewhere; not a leader's or a party's
			// title, which one person often holds beside a state office.
			sameCountry := fo.Country == o.Country || fo.Country == "" && !abroad && !e.heldBeside(fo.Role) && !e.heldBeside(o.Role)
			if fo.Person == o.Person && sameCountry && fo.Role != "" && !givenUp(cf, fo) &&
				!e.roleWithin(fo.Role, o.Role) && !e.roleWithin(o.Role, fo.Role) {
				return fo, cf
			}
		}
	}
	return reader.Office{}, nil
}

// roleWithin reports whether holding role narrow is holding role wide:
// the same role, or one named by wide's title with modifiers before it
// ("Assembly Chancellor" is a chancellor, "Bundestag President" a
// president). Dropping a modifier keeps an entailment true (natural
// logic's deletion rule, MacCartney and Manning 2007).
func (e *Engine) roleWithin(narrow, wide string) bool {
	return narrow == wide || e.roleNamesMatch(narrow, wide, func(nk, wk string) bool {
		return strings.HasSuffix(nk, " "+wk) && !privative(strings.TrimSuffix(nk, " "+wk))
	})
}

// headOf reports whether a role is named by the one-word title stated
// with an "of" phrase after it: "Chairman X" for the chairman of a
// commission, the title's postmodifier dropped (the deletion rule again).
// Only a title no reference fact uses counts: "leader" is a role of its
// own, not the Leader of the Opposition.
func (e *Engine) headOf(role, stated string) bool {
	if len(e.world.tenuresOfRole(stated, "")) > 0 {
		return false
	}
	return e.roleNamesMatch(role, stated, func(rk, sk string) bool {
		return !strings.Contains(sk, " ") && strings.HasPrefix(rk, sk+" of ")
	})
}

// roleNamesMatch reports whether some name or alias of role a and some of
// role b, as NameKeys, match.
func (e *Engine) roleNamesMatch(a, b string, match func(ak, bk string) bool) bool {
	for _, ak := range e.roleKeys[a] {
		for _, bk := range e.roleKeys[b] {
			if match(ak, bk) {
				return true
			}
		}
	}
	return false
}

// roleKeys returns each role's name and aliases as NameKeys, empty ones
// left out.
func roleKeys(roles []*claims.Role) map[string][]string {
	out := make(map[string][]string, len(roles))
	for _, r := range roles {
		for _, n := range append([]string{r.Name}, r.Aliases...) {
			if k := reader.NameKey(n); k != "" {
				out[r.ID] = append(out[r.ID], k)
			}
		}
	}
	return out
}

// privativeModifiers make a title another office than its head's: a vice
// president is no president, a deputy minister no minister (privative
// modifiers, Kamp and Partee 1995), where "Assembly Chancellor" is a
// chancellor.
var privativeModifiers = map[string]bool{"vice": true, "deputy": true, "assistant": true, "under": true}

// privative reports whether the words before a title's head hold a
// privative modifier.
func privative(words string) bool {
	for _, w := range strings.Fields(words) {
		if privativeModifiers[w] {
			return true
		}
	}
	return false
}

func (q officeQuery) moment() time.Time {
	switch {
	case q.began != nil:
		return q.began.Start
	case q.ended != nil:
		return q.ended.Start
	case q.in != nil:
		return q.in.Start
	}
	return q.at
}

// startsIn reports whether the tenure began within the time t states, at
// t's precision.
func startsIn(ten *claims.Tenure, t reader.Time) bool {
	return dateIn(ten.Start, ten.StartPrecision, t)
}

// endsIn reports whether the tenure ended within the time t states, at
// t's precision.
func endsIn(ten *claims.Tenure, t reader.Time) bool {
	return !ten.End.IsZero() && dateIn(ten.End, ten.EndPrecision, t)
}

// dateIn reports whether a tenure's date, known to precision p, falls
// within the time t states, at the coarser of the two precisions.
func dateIn(d time.Time, p claims.Precision, t reader.Time) bool {
	x := tenureDate(d, p)
	return compareTimes(t, x) == timeMatch || compareTimes(x, t) == timeMatch
}

// tenureDate is a tenure's start or end as a time, a day when its
// precision is not recorded.
func tenureDate(d time.Time, p claims.Precision) reader.Time {
	if p == claims.PrecisionNone {
		p = claims.PrecisionDay
	}
	return reader.Time{Period: claims.Period{Start: d, End: d, Precision: p}, YearKnown: true}
}

// overlaps reports whether the tenure covers some of the time t states.
func overlaps(ten *claims.Tenure, t reader.Time) bool {
	end := t.End.AddDate(0, 0, 1)
	return ten.Start.Before(end) && (ten.End.IsZero() || ten.End.After(t.Start))
}

// officeReason says why an office does not fit: everHeld says the person
// held it at some time, later that every such tenure began after the
// moment asked about.
func (e *Engine) officeReason(o reader.Office, q officeQuery, everHeld, later bool) string {
	office := e.officeName(o.Role, o.Country)
	switch {
	case q.since != nil && everHeld:
		return fmt.Sprintf("%s did not hold the office of %s continuously since %s", o.PersonName, office, timeText(*q.since))
	case q.began != nil && everHeld:
		return fmt.Sprintf("%s did not become %s in %s", o.PersonName, office, timeText(*q.began))
	case q.ended != nil && everHeld:
		return fmt.Sprintf("%s did not leave the office of %s in %s", o.PersonName, office, timeText(*q.ended))
	case everHeld && later:
		return fmt.Sprintf("%s did not yet hold the office of %s on %s", o.PersonName, office, q.moment().Format("2 January 2006"))
	case everHeld:
		return fmt.Sprintf("%s no longer held the office of %s on %s", o.PersonName, office, q.moment().Format("2 January 2006"))
	}
	return fmt.Sprintf("%s was not %s on %s", o.PersonName, office, q.moment().Format("2 January 2006"))
}

// officeName names a role for a country: "Defence Minister of Russia".
func (e *Engine) officeName(roleID, countryID string) string {
	name := roleID
	if r, ok := e.corpus.Role(roleID); ok {
		name = r.Name
	}
	if countryID != "" {
		return name + " of " + e.world.name(countryID)
	}
	return name
}

// tenureEvidence states a tenure as a reference fact.
func (e *Engine) tenureEvidence(t *claims.Tenure, stance claims.Stance) claims.Evidence {
	who, office := e.world.name(t.Person), e.officeName(t.Role, t.Country)
	var text string
	switch {
	case t.End.IsZero():
		text = fmt.Sprintf("%s has been %s since %s.", who, office, dateText(t.Start, t.StartPrecision))
	default:
		text = fmt.Sprintf("%s was %s from %s to %s.", who, office, dateText(t.Start, t.StartPrecision), dateText(t.End, t.EndPrecision))
	}
	if t.Note != "" && len(t.Note) <= 60 {
		text = strings.TrimSuffix(text, ".") + " (" + strings.TrimSuffix(t.Note, ".") + ")."
	}
	cit := t.Citation
	return claims.Evidence{Kind: claims.EvidenceReference, ID: t.ID, Text: text, Hedge: claims.HedgeAsserted, Citation: &cit, Stance: stance}
}

func dateText(t time.Time, p claims.Precision) string {
	switch p {
	case claims.PrecisionYear:
		return t.Format("2006")
	case claims.PrecisionMonth:
		return t.Format("January 2006")
	}
	return t.Format("2 January 2006")
}

// named returns the office with the person's full name, for messages.
func named(o reader.Office, name string) reader.Office {
	o.PersonName = name
	return o
}

// officeInconsistency reports a statement's office error: an office the
// person never held.
func (e *Engine) officeInconsistency(o reader.Office, q officeQuery, ev []claims.Evidence) *claims.Inconsistency {
	moment := q.moment()
	right := e.officeAt(o.Person, moment)
	if q.since != nil || q.began != nil {
		for _, x := range ev {
			if x.ID != "" && x.Kind == claims.EvidenceReference {
				right = x.Text
				break
			}
		}
	}
	return &claims.Inconsistency{
		Kind:       claims.InconsistencyWrongOffice,
		Severity:   claims.SeverityHigh,
		Message:    fmt.Sprintf("%s; the reference facts give %s.", e.officeReason(named(o, e.world.name(o.Person)), q, false, false), right),
		EntityID:   o.Person,
		EntityName: e.world.name(o.Person),
		Stated:     e.officeName(o.Role, o.Country),
		Correct:    right,
		Involved:   e.claimsGiving(o),
		Correction: ev,
	}
}

// claimsGiving returns, as evidence, the stored claims that give a person
// the same office a statement does: the error the statement repeats.
func (e *Engine) claimsGiving(o reader.Office) []claims.Evidence {
	var out []claims.Evidence
	for _, f := range e.officeHolderClaims[o.Person] {
		for _, fo := range f.offices {
			if fo.Person == o.Person && fo.Role == o.Role && (o.Country == "" || fo.Country == o.Country) {
				out = append(out, e.claimEvidence(f, claims.StanceUnspecified))
				break
			}
		}
	}
	return out
}

// negatedOffice decides "X is not Y" and "X has never been Y": supported
// when the tenures show no such office (at the moment, or ever), and
// contradicted by the tenure that shows it.
func (e *Engine) negatedOffice(f officeFinding, o reader.Office, q officeQuery, hit *claims.Tenure, held []*claims.Tenure, matches func(*claims.Tenure) bool) officeFinding {
	if q.never {
		hit = nil
		for _, t := range held {
			if matches(t) {
				hit = t
			}
		}
	}
	if hit != nil {
		f.state = conflict
		f.reason = fmt.Sprintf("%s held the office of %s", o.PersonName, e.officeName(o.Role, o.Country))
		f.evidence = append(f.evidence, e.tenureEvidence(hit, claims.StanceRefutes))
		return f
	}
	if len(held) == 0 {
		f.reason = fmt.Sprintf("no reference facts about %s", o.PersonName)
		return f
	}
	f.state = covered
	for _, t := range held {
		if t.Holds(q.moment()) {
			f.evidence = append(f.evidence, e.tenureEvidence(t, claims.StanceSupports))
		}
	}
	return f
}

// spansYears reports whether a time is a range of more than one day.
func spansYears(t reader.Time) bool { return !t.Start.Equal(t.End) }

// spans reports whether a tenure ran from the start to the end of the
// range t states, at t's precision.
func spans(ten *claims.Tenure, t reader.Time) bool {
	if ten.End.IsZero() {
		return false
	}
	start := reader.Time{Period: claims.Period{Start: t.Start, End: t.Start, Precision: t.Precision}, YearKnown: true}
	end := reader.Time{Period: claims.Period{Start: t.End, End: t.End, Precision: t.Precision}, YearKnown: true}
	return startsIn(ten, start) && compareTimes(end, tenureDate(ten.End, ten.EndPrecision)) != timeConflict
}

// givenUp reports whether the claim gives the office as given up or held
// before, in any of its readings (the curated structure carries no such
// mark; the reading of its words does).
func givenUp(cf *features, o reader.Office) bool {
	for _, fo := range cf.offices {
		if fo.Person == o.Person && fo.Role == o.Role && (fo.Left || fo.Former) {
			return true
		}
	}
	return false
}
