package client

import (
	"time"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// Verdict is the outcome of a check: "SUPPORTED", "CONTRADICTED",
// "NOT_ENOUGH_INFO" or "UNSPECIFIED", as the evaluation files spell it.
type Verdict string

// Verdicts.
const (
	Unspecified   Verdict = "UNSPECIFIED"
	Supported     Verdict = "SUPPORTED"
	Contradicted  Verdict = "CONTRADICTED"
	NotEnoughInfo Verdict = "NOT_ENOUGH_INFO"
)

// Result is the answer to Check.
type Result struct {
	Verdict         Verdict         `json:"verdict"`
	Confidence      float64         `json:"confidence"`
	Explanation     string          `json:"explanation"`
	Evidence        []Evidence      `json:"evidence,omitempty"`
	Inconsistencies []Inconsistency `json:"inconsistencies,omitempty"`
	Parts           []Part          `json:"parts,omitempty"`
	AsOf            time.Time       `json:"as_of,omitzero"` // the moment judged at

	raw *factcheckv1.CheckClaimResponse
}

// Raw returns the response message the Result was made from.
func (r *Result) Raw() *factcheckv1.CheckClaimResponse { return r.raw }

// Part is one clause of the checked statement with its own verdict.
type Part struct {
	Index   int     `json:"index"`
	Text    string  `json:"text"`
	Span    Span    `json:"span"`
	Verdict Verdict `json:"verdict"`
	Reason  string  `json:"reason,omitempty"`
}

// Span locates text as half-open offsets, in UTF-8 bytes and in UTF-16
// code units.
type Span struct {
	StartByte  int `json:"start_byte"`
	EndByte    int `json:"end_byte"`
	StartUTF16 int `json:"start_utf16"`
	EndUTF16   int `json:"end_utf16"`
}

// Evidence is one item bearing on a statement: a claim quoted from a
// stored document, or a reference fact with its citation.
type Evidence struct {
	Kind       string `json:"kind"`     // "claim" or "reference_fact"
	ClaimID    string `json:"claim_id"` // the claim or reference fact id
	Text       string `json:"text"`     // the whole sentence quoted, or the reference fact in words
	Stance     string `json:"stance"`   // "supports" or "refutes"
	DocumentID string `json:"document_id,omitempty"`
	Span       *Span  `json:"span,omitempty"` // where Text stands in the document, for claims
	// Quote is the claim's own words inside Text, and QuoteSpan where they
	// stand in the document; empty for reference facts.
	Quote       string    `json:"quote,omitempty"`
	QuoteSpan   *Span     `json:"quote_span,omitempty"`
	Hedge       string    `json:"hedge,omitempty"`   // "asserted", "reported", "planned", "expected", "likely", "speculation"
	Sources     []Source  `json:"sources,omitempty"` // the attribution chain, original speaker first
	Publisher   string    `json:"publisher,omitempty"`
	Citation    *Citation `json:"citation,omitempty"`
	PartIndexes []int     `json:"part_indexes,omitempty"`
	Score       float64   `json:"score"`
}

// Source is one link of an attribution chain.
type Source struct {
	Name     string `json:"name"`
	Kind     string `json:"kind,omitempty"`
	EntityID string `json:"entity_id,omitempty"`
}

// Citation names where a reference fact can be checked.
type Citation struct {
	Title     string    `json:"title"`
	Publisher string    `json:"publisher,omitempty"`
	URL       string    `json:"url,omitempty"`
	Accessed  time.Time `json:"accessed,omitzero"`
}

// Inconsistency is an error found in a stored document or a statement.
type Inconsistency struct {
	ID         string     `json:"id,omitempty"`
	Kind       string     `json:"kind"`     // "wrong_office", "conflicting_claims", "outdated", "attribution_drift", "unfulfilled_expectation"
	Severity   string     `json:"severity"` // "low", "medium", "high"
	Message    string     `json:"message"`
	EntityID   string     `json:"entity_id,omitempty"`
	EntityName string     `json:"entity_name,omitempty"`
	Stated     string     `json:"stated_value,omitempty"`
	Correct    string     `json:"correct_value,omitempty"`
	Involved   []Evidence `json:"involved,omitempty"`
	Correction []Evidence `json:"correction,omitempty"`
}

// Claim is one sourced assertion drawn from a stored document.
type Claim struct {
	ID         string    `json:"id"`
	DocumentID string    `json:"document_id"`
	Section    string    `json:"section,omitempty"`
	Statement  string    `json:"statement"`
	Text       string    `json:"text"`
	Span       Span      `json:"span"`
	Hedge      string    `json:"hedge,omitempty"`
	Sources    []Source  `json:"sources,omitempty"`
	Publisher  string    `json:"publisher,omitempty"`
	TimeStart  time.Time `json:"time_start,omitzero"`
	TimeEnd    time.Time `json:"time_end,omitzero"`

	raw *factcheckv1.Claim
}

// Raw returns the message the Claim was made from, with its structure.
func (c *Claim) Raw() *factcheckv1.Claim { return c.raw }

// Document is a stored published text.
type Document struct {
	ID         string    `json:"id"`
	Publisher  string    `json:"publisher"`
	Headline   string    `json:"headline"`
	URL        string    `json:"url,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	DateNote   string    `json:"date_note,omitempty"`
	Language   string    `json:"language,omitempty"`
	Text       string    `json:"text,omitempty"` // only from GetDocument
	ClaimCount int       `json:"claim_count"`
}
