package server

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/claimreview"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/structpb"
)

// DefaultReviewer signs ClaimReviews unless WithClaimReviewer says
// otherwise.
var DefaultReviewer = claimreview.Reviewer{Name: "factcheck", URL: "http://localhost/"}

// WithClaimReviewer sets the organisation, and the page under which its
// reviews are addressed, that ClaimReview renderings name as their author
// and url.
func WithClaimReviewer(r claimreview.Reviewer) Option { return func(s *Server) { s.reviewer = r } }

// addCheckReview sets out.ClaimReview to the ClaimReview of the check of
// statement answered by r, citing the evidence's documents.
func (s *Server) addCheckReview(ctx context.Context, svc claims.Service, statement string, r *claims.Report, out *factcheckv1.CheckClaimResponse) error {
	docs := map[string]*claims.Document{}
	for _, e := range r.Evidence {
		if e.DocumentID == "" || docs[e.DocumentID] != nil {
			continue
		}
		d, err := svc.Document(ctx, e.DocumentID)
		if err != nil {
			return fmt.Errorf("document %s of the evidence: %w", e.DocumentID, err)
		}
		docs[e.DocumentID] = d
	}
	st, err := toStruct(claimreview.Check(statement, r, docs, s.reviewer, time.Now()))
	out.ClaimReview = st
	return err
}

// addFindingReviews sets each out[i].ClaimReview to the ClaimReview of
// the finding list[i].
func (s *Server) addFindingReviews(ctx context.Context, svc claims.Service, list []claims.Inconsistency, out []*factcheckv1.Inconsistency) error {
	now := time.Now()
	for i, in := range list {
		var doc *claims.Document
		if len(in.Involved) > 0 && in.Involved[0].DocumentID != "" {
			d, err := svc.Document(ctx, in.Involved[0].DocumentID)
			if err != nil {
				return fmt.Errorf("document %s of finding %s: %w", in.Involved[0].DocumentID, in.ID, err)
			}
			doc = d
		}
		st, err := toStruct(claimreview.Finding(in, doc, s.reviewer, now))
		if err != nil {
			return err
		}
		out[i].ClaimReview = st
	}
	return nil
}

// toStruct converts a review to a google.protobuf.Struct through its JSON.
func toStruct(cr claimreview.ClaimReview) (*structpb.Struct, error) {
	b, err := json.Marshal(cr)
	if err != nil {
		return nil, fmt.Errorf("render ClaimReview: %w", err)
	}
	st := &structpb.Struct{}
	if err := st.UnmarshalJSON(b); err != nil {
		return nil, fmt.Errorf("ClaimReview as a Struct: %w", err)
	}
	return st, nil
}
