package client

import (
	"context"
	"time"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// A CheckOption adjusts one Check call.
type CheckOption interface {
	applyCheck(*factcheckv1.CheckClaimRequest)
}

type checkOptionFunc func(*factcheckv1.CheckClaimRequest)

func (f checkOptionFunc) applyCheck(r *factcheckv1.CheckClaimRequest) { f(r) }

// AsOf judges the statement at moment t instead of at the date of the
// evidence.
func AsOf(t time.Time) CheckOption {
	return checkOptionFunc(func(r *factcheckv1.CheckClaimRequest) { r.AsOf = timestamppb.New(t) })
}

// MaxEvidence caps the evidence items returned (the server allows 0 to 50;
// 0 means its default).
func MaxEvidence(n int) CheckOption {
	return checkOptionFunc(func(r *factcheckv1.CheckClaimRequest) { r.MaxEvidence = int32(n) })
}

// Check judges a statement against the server's corpus. Errors carry the
// gRPC status: INVALID_ARGUMENT (see Violations) for an empty, oversized
// or malformed statement or a bad option, UNAVAILABLE when the server
// cannot be reached after retries, DEADLINE_EXCEEDED or CANCELED when ctx
// ends first.
func (c *Client) Check(ctx context.Context, statement string, opts ...CheckOption) (*Result, error) {
	req := &factcheckv1.CheckClaimRequest{Statement: statement}
	for _, o := range opts {
		o.applyCheck(req)
	}
	resp, err := c.api.CheckClaim(ctx, req)
	if err != nil {
		return nil, wrap("check", err)
	}
	return resultFromProto(resp), nil
}
