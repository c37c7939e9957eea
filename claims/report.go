package claims

import "time"

// CheckRequest asks whether the corpus supports a statement.
type CheckRequest struct {
	Statement string
	// AsOf is the moment to check at; zero means the date of the evidence.
	AsOf time.Time
	// MaxEvidence caps how many evidence items come back; zero means the
	// engine's default.
	MaxEvidence int
}

// Verdict is the outcome of a check.
type Verdict int

// Verdicts.
const (
	VerdictUnspecified Verdict = iota
	VerdictSupported
	VerdictContradicted
	VerdictNotEnoughInfo
)

// String returns the verdict in upper case, as the evaluation files spell it.
func (v Verdict) String() string {
	switch v {
	case VerdictSupported:
		return "SUPPORTED"
	case VerdictContradicted:
		return "CONTRADICTED"
	case VerdictNotEnoughInfo:
		return "NOT_ENOUGH_INFO"
	}
	return "UNSPECIFIED"
}

// Report is the answer to a CheckRequest.
type Report struct {
	Verdict         Verdict
	Confidence      float64 // in [0, 1]; higher is more often right
	Explanation     string  // one or two plain sentences
	Parts           []Part  // the statement split into the parts that were judged
	Evidence        []Evidence
	Inconsistencies []Inconsistency
	AsOf            time.Time // the moment the statement was judged at
}

// Part is one clause of a checked statement with its own verdict.
type Part struct {
	Index   int
	Text    string
	Span    Span // byte offsets into the statement
	Verdict Verdict
	Reason  string
}

// Stance is how evidence bears on the statement.
type Stance int

// Stances.
const (
	StanceUnspecified Stance = iota
	StanceSupports
	StanceRefutes
)

// EvidenceKind says what an Evidence item quotes.
type EvidenceKind int

// Evidence kinds.
const (
	EvidenceUnspecified EvidenceKind = iota
	EvidenceClaim                    // a claim quoted from a document
	EvidenceReference                // a reference fact (an office held, an event)
)

// Evidence is one item that bears on a statement: a claim quoted from its
// document, or a reference fact with its citation.
type Evidence struct {
	Kind       EvidenceKind
	ID         string // the claim id, tenure id or event entity id
	Text       string // the exact quoted text, or the reference fact in words
	DocumentID string // for claims
	Span       Span   // byte offsets of Text in the document, for claims
	UTF16      Span   // the same span in UTF-16 code units
	// Quote is the claim's own words inside Text (the sentence), with
	// their offsets; empty for reference facts.
	Quote       string
	QuoteSpan   Span
	QuoteUTF16  Span
	Hedge       Hedge
	Attribution Attribution
	Publisher   string // the outlet that published the document
	Citation    *Citation
	Stance      Stance
	Parts       []int   // indexes of the statement parts it speaks to
	Score       float64 // relevance, higher first
}

// InconsistencyKind classifies an inconsistency.
type InconsistencyKind int

// Inconsistency kinds.
const (
	InconsistencyUnspecified InconsistencyKind = iota
	InconsistencyWrongOffice                   // a person is given an office they did not hold
	InconsistencyConflicting                   // two claims cannot both be true
	InconsistencyOutdated                      // true when said, no longer true
	InconsistencyAttribution                   // a source changes between sentences
	InconsistencyUnfulfilled                   // an expectation that reference facts show did not happen
)

var inconsistencyNames = [...]string{"unspecified", "wrong_office", "conflicting_claims", "outdated", "attribution_drift", "unfulfilled_expectation"}

// String returns the kind's snake_case name.
func (k InconsistencyKind) String() string {
	if k < 0 || int(k) >= len(inconsistencyNames) {
		return "unspecified"
	}
	return inconsistencyNames[k]
}

// Severity ranks how much an inconsistency matters to a reader.
type Severity int

// Severities.
const (
	SeverityUnspecified Severity = iota
	SeverityLow
	SeverityMedium
	SeverityHigh
)

// String returns the severity's lower-case name.
func (s Severity) String() string {
	switch s {
	case SeverityLow:
		return "low"
	case SeverityMedium:
		return "medium"
	case SeverityHigh:
		return "high"
	}
	return "unspecified"
}

// Inconsistency is an error found in stored documents or in a statement: a
// wrong office, two claims that cannot both hold, a drifting attribution.
type Inconsistency struct {
	ID         string // stable for stored documents, e.g. "wrong-office/c27"
	Kind       InconsistencyKind
	Severity   Severity
	Message    string // a sentence a person can read
	EntityID   string // who or what it is about
	EntityName string
	Stated     string     // the value as stated, e.g. "Defence Minister"
	Correct    string     // the value the evidence supports, e.g. "Foreign Minister"
	Involved   []Evidence // the spans carrying the error
	Correction []Evidence // the evidence for the correct value
}
