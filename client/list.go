package client

import (
	"context"
	"iter"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// A ListOption adjusts a listing.
type ListOption interface {
	applyList(*listConfig)
}

type listConfig struct {
	pageSize   int32
	documentID string
}

type listOptionFunc func(*listConfig)

func (f listOptionFunc) applyList(c *listConfig) { f(c) }

// PageSize sets how many items each underlying call fetches (the server
// allows up to 500; 0 means its default of 50).
func PageSize(n int) ListOption {
	return listOptionFunc(func(c *listConfig) { c.pageSize = int32(n) })
}

// InDocument restricts ListClaims and Audit to one document.
func InDocument(id string) ListOption {
	return listOptionFunc(func(c *listConfig) { c.documentID = id })
}

func listConfigOf(opts []ListOption) listConfig {
	var c listConfig
	for _, o := range opts {
		o.applyList(&c)
	}
	return c
}

// paginate yields the items of successive pages that fetch returns, until a
// page has no next token, an error occurs (yielded once, last) or the
// caller stops.
func paginate[T any](op string, fetch func(token string) ([]T, string, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		token := ""
		for {
			items, next, err := fetch(token)
			if err != nil {
				var zero T
				yield(zero, wrap(op, err))
				return
			}
			for _, it := range items {
				if !yield(it, nil) {
					return
				}
			}
			if next == "" {
				return
			}
			token = next
		}
	}
}

// ListClaims iterates over the stored claims, in corpus order, fetching
// pages as needed. An error (INVALID_ARGUMENT for a bad option, NOT_FOUND,
// UNAVAILABLE, or ctx's end) is yielded once, with a nil claim, and ends
// the iteration.
func (c *Client) ListClaims(ctx context.Context, opts ...ListOption) iter.Seq2[*Claim, error] {
	cfg := listConfigOf(opts)
	return paginate("list claims", func(token string) ([]*Claim, string, error) {
		resp, err := c.api.ListClaims(ctx, &factcheckv1.ListClaimsRequest{PageSize: cfg.pageSize, PageToken: token, DocumentId: cfg.documentID})
		if err != nil {
			return nil, "", err
		}
		out := make([]*Claim, len(resp.GetClaims()))
		for i, cl := range resp.GetClaims() {
			out[i] = claimFromProto(cl)
		}
		return out, resp.GetNextPageToken(), nil
	})
}

// ListDocuments iterates over the stored documents, without their text.
// Errors end the iteration as for ListClaims.
func (c *Client) ListDocuments(ctx context.Context, opts ...ListOption) iter.Seq2[*Document, error] {
	cfg := listConfigOf(opts)
	return paginate("list documents", func(token string) ([]*Document, string, error) {
		resp, err := c.api.ListDocuments(ctx, &factcheckv1.ListDocumentsRequest{PageSize: cfg.pageSize, PageToken: token})
		if err != nil {
			return nil, "", err
		}
		out := make([]*Document, len(resp.GetDocuments()))
		for i, d := range resp.GetDocuments() {
			out[i] = documentFromProto(d)
		}
		return out, resp.GetNextPageToken(), nil
	})
}

// Audit iterates over the inconsistencies found in the stored documents,
// most severe first. Errors (NOT_FOUND for an unknown InDocument id, among
// others) end the iteration as for ListClaims.
func (c *Client) Audit(ctx context.Context, opts ...ListOption) iter.Seq2[*Inconsistency, error] {
	cfg := listConfigOf(opts)
	return paginate("audit", func(token string) ([]*Inconsistency, string, error) {
		resp, err := c.api.ListInconsistencies(ctx, &factcheckv1.ListInconsistenciesRequest{PageSize: cfg.pageSize, PageToken: token, DocumentId: cfg.documentID})
		if err != nil {
			return nil, "", err
		}
		items := inconsistenciesFromProto(resp.GetInconsistencies())
		out := make([]*Inconsistency, len(items))
		for i := range items {
			out[i] = &items[i]
		}
		return out, resp.GetNextPageToken(), nil
	})
}

// GetClaim returns one claim. Errors: NOT_FOUND for an unknown id,
// INVALID_ARGUMENT for an empty or malformed one, UNAVAILABLE, or ctx's end.
func (c *Client) GetClaim(ctx context.Context, id string) (*Claim, error) {
	resp, err := c.api.GetClaim(ctx, &factcheckv1.GetClaimRequest{Id: id})
	if err != nil {
		return nil, wrap("get claim", err)
	}
	return claimFromProto(resp.GetClaim()), nil
}

// GetDocument returns one document with its text. Errors as for GetClaim.
func (c *Client) GetDocument(ctx context.Context, id string) (*Document, error) {
	resp, err := c.api.GetDocument(ctx, &factcheckv1.GetDocumentRequest{Id: id})
	if err != nil {
		return nil, wrap("get document", err)
	}
	return documentFromProto(resp.GetDocument()), nil
}
