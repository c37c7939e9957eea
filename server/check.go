package server

import (
	"context"
	"fmt"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// CheckClaim judges one statement. Errors: INVALID_ARGUMENT with field
// violations for a bad statement, as_of or max_evidence; UNAVAILABLE
// before the corpus is loaded; RESOURCE_EXHAUSTED with a RetryInfo when
// every check slot stays busy for the admission wait (Limits); CANCELED or
// DEADLINE_EXCEEDED when the caller gives up; INTERNAL otherwise.
func (a *api) CheckClaim(ctx context.Context, req *factcheckv1.CheckClaimRequest) (*factcheckv1.CheckClaimResponse, error) {
	// The validateUnary interceptor has checked req against its rules.
	svc, err := a.s.service()
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	release, err := a.s.admission.acquire(ctx)
	if err != nil {
		return nil, a.fail(ctx, err)
	}
	defer release()
	report, err := svc.Check(ctx, checkRequestFromProto(req))
	if err != nil {
		return nil, a.fail(ctx, fmt.Errorf("check: %w", err))
	}
	out := reportToProto(report, req.GetStatement())
	if req.GetClaimReview() {
		if err := a.s.addCheckReview(ctx, svc, req.GetStatement(), report, out); err != nil {
			return nil, a.fail(ctx, err)
		}
	}
	return out, nil
}
