package claims

import "context"

// DocumentWriter adds documents to the served corpus and removes them. The
// claims drawn from a created document can be checked against as soon as
// CreateDocument returns. Implementations are safe for concurrent use.
type DocumentWriter interface {
	// CreateDocument checks req.Document with CheckNewDocument, stores it
	// (unless req.ValidateOnly) and returns it with the claims drawn from
	// it and the audit's findings on it. Returns EINVALID for a bad
	// document and EEXISTS when its id is taken by a document with other
	// text; the same id with the same text returns the stored document
	// with Created false.
	CreateDocument(ctx context.Context, req CreateDocumentRequest) (*CreatedDocument, error)
	// DeleteDocument removes a document created at run time. Returns
	// ENOTFOUND for an unknown id and EPRECONDITION for a document of the
	// corpus loaded at start-up.
	DeleteDocument(ctx context.Context, id string) error
}

// CreateDocumentRequest asks for a document to be added.
type CreateDocumentRequest struct {
	// Document is the document to add. An empty ID is derived with
	// NewDocumentID; an empty Language means "en"; an empty DateNote says
	// the date was given by whoever created it.
	Document *Document
	// ValidateOnly checks the document and draws its claims without
	// storing anything.
	ValidateOnly bool
}

// CreatedDocument is what CreateDocument made.
type CreatedDocument struct {
	Document        *Document
	Claims          []*Claim        // drawn from the document, in document order
	Inconsistencies []Inconsistency // the audit's findings that involve it
	// Created is false when the document was already stored (a retry) or
	// when the request only validated.
	Created bool
}
