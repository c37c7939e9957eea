package claims

import "time"

// Claim is one atomic factual assertion a document makes, with where it is
// said, who says it, how firmly, and what it is about.
type Claim struct {
	ID         string // stable id, unique across the corpus
	DocumentID string // the document it is drawn from
	Section    string // "headline", "subtitle", "caption" or "body"

	// Statement is a plain, self-contained rewording: pronouns and elided
	// subjects resolved, relative dates made absolute.
	Statement string
	// Quote is the exact document text that carries the claim; it equals
	// the document's text at Span.
	Quote string
	Span  Span

	Structure   Structure
	Hedge       Hedge
	Attribution Attribution
	// Time is the period the claim refers to, resolved against the
	// publication date; the zero Period when the claim is timeless.
	Time Period
	// Note is the curator's remark on how the sentence was read (which
	// pronoun resolves to whom, why a hedge was chosen). It is not evidence.
	Note string
	// Drawn is set on a claim the engine drew from a document's text
	// rather than a curator wrote; such a claim may name no subject
	// ("The levy will raise $3 billion").
	Drawn bool
}

// Structure is the shape of a claim: who or what, doing what, to whom, with
// which qualifiers. Entity references are entity ids.
type Structure struct {
	Subjects  []string // entity ids of who or what the claim is about
	Predicate string   // the main predicate as a lemma, e.g. "skip", "travel"
	Objects   []string // entity ids, or plain lower-case terms for things that are not entities
	Place     string   // entity id of where it happens, if stated
	Numbers   []Number // numbers the claim states
	Office    *OfficeMention
	Manner    string // how: "armoured train", "virtually", "in person"
	Negated   bool   // true when the claim says the predicate does not hold
}

// Number is a quantity with what it counts or qualifies.
type Number struct {
	Value float64
	Unit  string // what it counts or names: "anniversary", "pier", "year"
	Text  string // as written: "70th", "33"
}

// OfficeMention is an office a claim gives a person: "Russia's Defence
// Minister Sergei Shoigu".
type OfficeMention struct {
	Person  string // entity id
	Role    string // role id, e.g. "defence-minister"
	Country string // entity id of the country
}

// Hedge says how firmly a claim is made.
type Hedge int

// Hedges, from firm to loose.
const (
	HedgeUnspecified Hedge = iota
	HedgeAsserted          // stated as fact
	HedgeReported          // stated as fact, on someone else's word
	HedgePlanned           // someone intends it
	HedgeExpected          // foreseen as normal course
	HedgeLikely            // probable
	HedgeSpeculation       // possible, rumoured, "might"
)

var hedgeNames = [...]string{"unspecified", "asserted", "reported", "planned", "expected", "likely", "speculation"}

// String returns the hedge's lower-case name.
func (h Hedge) String() string {
	if h < 0 || int(h) >= len(hedgeNames) {
		return "unspecified"
	}
	return hedgeNames[h]
}

// ParseHedge returns the hedge named s, or HedgeUnspecified and false.
func ParseHedge(s string) (Hedge, bool) {
	for i, n := range hedgeNames {
		if n == s && i > 0 {
			return Hedge(i), true
		}
	}
	return HedgeUnspecified, false
}

// Firm reports whether the hedge states the content as fact.
func (h Hedge) Firm() bool { return h == HedgeAsserted || h == HedgeReported }

// Source is one link in an attribution chain.
type Source struct {
	Name     string     // as the document names it: "a US official", "AP"
	Kind     SourceKind // what sort of source it is
	EntityID string     // the entity, when the source is a known one
}

// SourceKind classifies a source.
type SourceKind string

// Source kinds.
const (
	SourceOutlet    SourceKind = "outlet"    // a news organisation
	SourceOfficial  SourceKind = "official"  // an unnamed or named official
	SourcePerson    SourceKind = "person"    // a named person
	SourceAnonymous SourceKind = "anonymous" // "sources"
	SourceExperts   SourceKind = "experts"   // "experts say"
)

// Attribution is who a claim comes from, first the original speaker, then
// each outlet that relayed it. The publishing document itself is implied
// and not listed; an empty chain means the document asserts it in its own
// voice.
type Attribution []Source

// Names returns the names in the chain, in order.
func (a Attribution) Names() []string {
	out := make([]string, len(a))
	for i, s := range a {
		out[i] = s.Name
	}
	return out
}

// Period is a span of time with the precision it was stated at. The zero
// Period means "no time stated".
type Period struct {
	Start     time.Time // first instant, UTC
	End       time.Time // last day's start, UTC; equal to Start for a single day; zero for a period still going on
	Precision Precision
}

// IsZero reports whether no time is stated.
func (p Period) IsZero() bool { return p.Precision == PrecisionNone }

// Precision is how finely a Period was stated.
type Precision int

// Precisions.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)
