package server

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// ListClaims pages through the stored claims (AIP-158). Errors:
// INVALID_ARGUMENT for a negative page_size, a bad page_token or
// document_id; NOT_FOUND when the engine rejects the document id;
// UNAVAILABLE before the corpus is loaded.
func (a *api) ListClaims(ctx context.Context, req *factcheckv1.ListClaimsRequest) (*factcheckv1.ListClaimsResponse, error) {
	page, filter, err := validateList("ListClaims", req, req.GetDocumentId())
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	list, total, err := svc.Claims(ctx, claims.ClaimFilter{DocumentID: req.GetDocumentId(), Page: page})
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("list claims: %w", err))
	}
	docs := documentCache{svc: svc}
	out := &factcheckv1.ListClaimsResponse{
		NextPageToken: nextPageToken(filter, page.Offset, len(list), total),
		TotalSize:     clampInt32(total),
	}
	for _, c := range list {
		out.Claims = append(out.Claims, claimToProto(c, docs.get(ctx, c.DocumentID)))
	}
	return out, nil
}

// GetClaim returns one claim. Errors: INVALID_ARGUMENT for an empty or
// malformed id; NOT_FOUND for an unknown one; UNAVAILABLE before the corpus
// is loaded.
func (a *api) GetClaim(ctx context.Context, req *factcheckv1.GetClaimRequest) (*factcheckv1.GetClaimResponse, error) {
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	c, err := svc.Claim(ctx, req.GetId())
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("get claim: %w", err))
	}
	docs := documentCache{svc: svc}
	return &factcheckv1.GetClaimResponse{Claim: claimToProto(c, docs.get(ctx, c.DocumentID))}, nil
}

// documentCache fetches the documents a page of claims cites, once each.
type documentCache struct {
	svc  claims.Service
	docs map[string]*claims.Document
}

// get returns the document with id, or nil when it cannot be read; the
// claim is then served without its publisher and UTF-16 offsets.
func (c *documentCache) get(ctx context.Context, id string) *claims.Document {
	if d, ok := c.docs[id]; ok {
		return d
	}
	if c.docs == nil {
		c.docs = make(map[string]*claims.Document)
	}
	d, err := c.svc.Document(ctx, id)
	if err != nil {
		d = nil
	}
	c.docs[id] = d
	return d
}
