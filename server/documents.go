package server

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// ListDocuments pages through the stored documents, without their text
// (AIP-158). Errors: INVALID_ARGUMENT for a negative page_size or a bad
// page_token; UNAVAILABLE before the corpus is loaded.
func (a *api) ListDocuments(ctx context.Context, req *factcheckv1.ListDocumentsRequest) (*factcheckv1.ListDocumentsResponse, error) {
	page, filter, err := validateList("ListDocuments", req, "")
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	list, total, err := svc.Documents(ctx, page)
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("list documents: %w", err))
	}
	out := &factcheckv1.ListDocumentsResponse{
		NextPageToken: nextPageToken(filter, page.Offset, len(list), total),
		TotalSize:     clampInt32(total),
	}
	for _, d := range list {
		n, err := claimCount(ctx, svc, d.ID)
		if err != nil {
			return nil, a.fail(ctx, err)
		}
		out.Documents = append(out.Documents, documentToProto(d, n, false))
	}
	return out, nil
}

// GetDocument returns one document with its text. Errors: INVALID_ARGUMENT
// for an empty or malformed id; NOT_FOUND for an unknown one; UNAVAILABLE
// before the corpus is loaded.
func (a *api) GetDocument(ctx context.Context, req *factcheckv1.GetDocumentRequest) (*factcheckv1.GetDocumentResponse, error) {
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	d, err := svc.Document(ctx, req.GetId())
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("get document: %w", err))
	}
	n, err := claimCount(ctx, svc, d.ID)
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	return &factcheckv1.GetDocumentResponse{Document: documentToProto(d, n, true)}, nil
}

// claimCount returns how many claims document id has.
func claimCount(ctx context.Context, svc claims.Service, id string) (int, error) {
	_, n, err := svc.Claims(ctx, claims.ClaimFilter{DocumentID: id, Page: claims.Page{Limit: 1}})
	if err != nil {
		return 0, fmt.Errorf("count claims of document %q: %w", id, err)
	}
	return n, nil
}
