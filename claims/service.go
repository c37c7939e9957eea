package claims

import "context"

// Service is what the transport needs from the domain: checking statements
// and reading the stored corpus. Implementations are safe for concurrent use.
type Service interface {
	// Check judges a statement against the corpus.
	// Returns EINVALID for an empty or oversized statement, and ECANCELED or
	// EDEADLINE when ctx ends first.
	Check(ctx context.Context, req CheckRequest) (*Report, error)

	// Claim returns the claim with the given id, or ENOTFOUND.
	Claim(ctx context.Context, id string) (*Claim, error)
	// Claims returns the claims matching filter in corpus order, and how
	// many match in all. Returns EINVALID for a negative offset or limit.
	Claims(ctx context.Context, filter ClaimFilter) ([]*Claim, int, error)

	// Document returns the document with the given id, or ENOTFOUND.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents returns a page of documents, and how many there are.
	Documents(ctx context.Context, page Page) ([]*Document, int, error)

	// Inconsistencies audits the stored documents and returns what is wrong
	// inside them, and how many match in all. Returns ENOTFOUND for an
	// unknown document id in the filter.
	Inconsistencies(ctx context.Context, filter InconsistencyFilter) ([]Inconsistency, int, error)
}

// Page selects a window of a listing.
type Page struct {
	Offset int // how many items to skip
	Limit  int // how many to return at most; zero means all
}

// ClaimFilter selects claims.
type ClaimFilter struct {
	DocumentID string // only this document's claims, if set
	Page
}

// InconsistencyFilter selects inconsistencies.
type InconsistencyFilter struct {
	DocumentID string // only this document's, if set
	Page
}
