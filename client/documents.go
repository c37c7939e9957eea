package client

import (
	"context"
	"time"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// NewDocument is a published text to add with CreateDocument. Publisher,
// Headline (as it occurs in Text), Published and Text are required.
type NewDocument struct {
	// ID is the id to give it; empty derives one from the publisher, the
	// month and the headline, so a retry gets the same one.
	ID        string
	Publisher string
	Headline  string
	URL       string    // optional: where it was published
	Published time.Time // the day it was published; the time of day is dropped
	DateNote  string    // optional: how the date is known
	Language  string    // optional: "en" (the default) or "en-GB" and the like
	Text      string    // the text, byte for byte; at most 1 MiB
}

// CreatedDocument is what CreateDocument answers: the stored document,
// the claims drawn from it and what the audit finds in it.
type CreatedDocument struct {
	Document        *Document
	Claims          []*Claim
	Inconsistencies []Inconsistency
	// Created is false when the same document was already stored (a retry)
	// and for a dry run.
	Created bool

	raw *factcheckv1.CreateDocumentResponse
}

// Raw returns the message the answer was made from.
func (c *CreatedDocument) Raw() *factcheckv1.CreateDocumentResponse { return c.raw }

// CreateOption adjusts a CreateDocument call.
type CreateOption interface {
	applyCreate(*factcheckv1.CreateDocumentRequest)
}

type createOptionFunc func(*factcheckv1.CreateDocumentRequest)

func (f createOptionFunc) applyCreate(r *factcheckv1.CreateDocumentRequest) { f(r) }

// DryRun makes CreateDocument check the document and draw its claims
// without storing anything (validate_only).
func DryRun() CreateOption {
	return createOptionFunc(func(r *factcheckv1.CreateDocumentRequest) { r.ValidateOnly = true })
}

// CreateDocument adds d to the served corpus: when it returns, the claims
// drawn from d can be checked against. It needs write access (WithToken).
// Errors: INVALID_ARGUMENT with the bad fields (see Violations),
// ALREADY_EXISTS when d's id is taken by another text, UNAUTHENTICATED or
// PERMISSION_DENIED without write access, UNAVAILABLE, or ctx's end.
// Retrying it is safe: the same id and text are one document.
func (c *Client) CreateDocument(ctx context.Context, d NewDocument, opts ...CreateOption) (*CreatedDocument, error) {
	req := &factcheckv1.CreateDocumentRequest{
		DocumentId: d.ID,
		Document: &factcheckv1.Document{
			Publisher: d.Publisher, Headline: d.Headline, Url: d.URL, DateNote: d.DateNote,
			Language: d.Language, Text: d.Text,
		},
	}
	if !d.Published.IsZero() {
		req.Document.Published = timestamppb.New(d.Published)
	}
	for _, o := range opts {
		o.applyCreate(req)
	}
	resp, err := c.api.CreateDocument(ctx, req)
	if err != nil {
		return nil, wrap("create document", err)
	}
	out := &CreatedDocument{
		Document:        documentFromProto(resp.GetDocument()),
		Inconsistencies: inconsistenciesFromProto(resp.GetInconsistencies()),
		Created:         resp.GetCreated(),
		raw:             resp,
	}
	for _, cl := range resp.GetClaims() {
		out.Claims = append(out.Claims, claimFromProto(cl))
	}
	return out, nil
}

// DeleteDocument removes a document added with CreateDocument. It needs
// write access. Errors: NOT_FOUND for an unknown id, FAILED_PRECONDITION
// for a document of the server's own corpus, and those of CreateDocument.
func (c *Client) DeleteDocument(ctx context.Context, id string) error {
	if _, err := c.api.DeleteDocument(ctx, &factcheckv1.DeleteDocumentRequest{Id: id}); err != nil {
		return wrap("delete document", err)
	}
	return nil
}
