package server

import (
	"context"
	"fmt"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// ListInconsistencies pages through the audit of the stored documents
// (AIP-158). Errors: INVALID_ARGUMENT for a negative page_size, a bad
// page_token or document_id; NOT_FOUND for an unknown document_id;
// UNAVAILABLE before the corpus is loaded.
func (a *api) ListInconsistencies(ctx context.Context, req *factcheckv1.ListInconsistenciesRequest) (*factcheckv1.ListInconsistenciesResponse, error) {
	page, filter, err := validateList("ListInconsistencies", req, req.GetDocumentId())
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	list, total, err := svc.Inconsistencies(ctx, claims.InconsistencyFilter{DocumentID: req.GetDocumentId(), Page: page})
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("audit: %w", err))
	}
	out := inconsistenciesToProto(list)
	if req.GetClaimReview() {
		if err := a.s.addFindingReviews(ctx, svc, list, out); err != nil {
			return nil, a.fail(ctx, fmt.Errorf("audit: %w", err))
		}
	}
	return &factcheckv1.ListInconsistenciesResponse{
		Inconsistencies: out,
		NextPageToken:   nextPageToken(filter, page.Offset, len(list), total),
		TotalSize:       clampInt32(total),
	}, nil
}
