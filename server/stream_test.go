package server_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// streamAll sends reqs on one CheckClaims stream, closes the sending side
// and returns the responses in the order they came.
func streamAll(tb testing.TB, api factcheckv1.FactCheckServiceClient, reqs []*factcheckv1.CheckClaimsRequest) ([]*factcheckv1.CheckClaimsResponse, error) {
	tb.Helper()
	st, err := api.CheckClaims(ctx(tb))
	if err != nil {
		return nil, err
	}
	sendErr := make(chan error, 1)
	go func() {
		for _, r := range reqs {
			if err := st.Send(r); err != nil {
				sendErr <- err
				return
			}
		}
		sendErr <- st.CloseSend()
	}()
	var out []*factcheckv1.CheckClaimsResponse
	for {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			return out, <-sendErr
		}
		if err != nil {
			return out, err
		}
		out = append(out, resp)
	}
}

func item(id, statement string) *factcheckv1.CheckClaimsRequest {
	return &factcheckv1.CheckClaimsRequest{Id: id, Check: &factcheckv1.CheckClaimRequest{Statement: statement}}
}

func TestCheckClaimsOutOfOrder(t *testing.T) {
	t.Parallel()
	// "slow" waits until "fast" has been checked, so its answer must come
	// second although it was sent first.
	fastDone := make(chan struct{})
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		switch req.Statement {
		case "slow":
			select {
			case <-fastDone:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		case "fast":
			defer close(fastDone)
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo, Explanation: req.Statement}, nil
	}
	_, conn := start(t, svc)
	got, err := streamAll(t, factcheckv1.NewFactCheckServiceClient(conn), []*factcheckv1.CheckClaimsRequest{item("a", "slow"), item("b", "fast")})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range got {
		ids = append(ids, r.GetId())
		want := map[string]string{"a": "slow", "b": "fast"}[r.GetId()]
		if r.GetResult().GetExplanation() != want {
			t.Errorf("id %s answered %q, want the answer to %q", r.GetId(), r.GetResult().GetExplanation(), want)
		}
	}
	if !slices.Equal(ids, []string{"b", "a"}) {
		t.Errorf("ids in order %v, want [b a]", ids)
	}
}

func TestCheckClaimsPerItemErrors(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample())
	api := factcheckv1.NewFactCheckServiceClient(conn)
	tests := []struct {
		name   string
		req    *factcheckv1.CheckClaimsRequest
		code   codes.Code
		fields []string
	}{
		{"supported", item("ok", "Ada Stone opened the Riverside Bridge."), codes.OK, nil},
		{"empty statement", item("empty", ""), codes.InvalidArgument, []string{"statement"}},
		{"bad max evidence", &factcheckv1.CheckClaimsRequest{Id: "max", Check: &factcheckv1.CheckClaimRequest{Statement: "x", MaxEvidence: 99}}, codes.InvalidArgument, []string{"max_evidence"}},
		{"no check", &factcheckv1.CheckClaimsRequest{Id: "nocheck"}, codes.InvalidArgument, []string{"check"}},
		{"no id", item("", "Ada Stone opened the Riverside Bridge."), codes.InvalidArgument, []string{"id"}},
		{"id with space", item("a b", ""), codes.InvalidArgument, []string{"id", "statement"}},
	}
	var reqs []*factcheckv1.CheckClaimsRequest
	for _, tt := range tests {
		reqs = append(reqs, tt.req)
	}
	got, err := streamAll(t, api, reqs)
	if err != nil {
		t.Fatalf("one bad item ended the stream: %v", err)
	}
	if len(got) != len(tests) {
		t.Fatalf("%d answers for %d requests", len(got), len(tests))
	}
	byID := make(map[string]*factcheckv1.CheckClaimsResponse)
	for _, r := range got {
		byID[r.GetId()] = r
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := byID[tt.req.GetId()]
			if r == nil {
				t.Fatalf("no answer for id %q", tt.req.GetId())
			}
			st := status.FromProto(r.GetError())
			if st.Code() != tt.code {
				t.Fatalf("code = %v (%v), want %v", st.Code(), st.Message(), tt.code)
			}
			if tt.code == codes.OK {
				if r.GetResult().GetVerdict() != factcheckv1.Verdict_VERDICT_SUPPORTED {
					t.Errorf("verdict = %v, want SUPPORTED", r.GetResult().GetVerdict())
				}
				return
			}
			var fields []string
			for _, d := range st.Details() {
				if br, ok := d.(*errdetails.BadRequest); ok {
					for _, v := range br.GetFieldViolations() {
						fields = append(fields, v.GetField())
					}
				}
			}
			if !slices.Equal(fields, tt.fields) {
				t.Errorf("fields = %v, want %v", fields, tt.fields)
			}
		})
	}
}

func TestCheckClaimsMany(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample())
	const n = 500
	reqs := make([]*factcheckv1.CheckClaimsRequest, n)
	for i := range reqs {
		reqs[i] = item(fmt.Sprint(i), "The Riverside Bridge cost 12 million euros.")
	}
	got, err := streamAll(t, factcheckv1.NewFactCheckServiceClient(conn), reqs)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	for _, r := range got {
		if seen[r.GetId()] {
			t.Errorf("id %s answered twice", r.GetId())
		}
		seen[r.GetId()] = true
		if r.GetResult().GetVerdict() != factcheckv1.Verdict_VERDICT_SUPPORTED {
			t.Errorf("id %s: %v %v", r.GetId(), r.GetResult().GetVerdict(), r.GetError())
		}
	}
	if len(seen) != n {
		t.Errorf("%d ids answered, want %d", len(seen), n)
	}
}

func TestCheckClaimsUnavailable(t *testing.T) {
	t.Parallel()
	_, conn := start(t, nil)
	_, err := streamAll(t, factcheckv1.NewFactCheckServiceClient(conn), []*factcheckv1.CheckClaimsRequest{item("a", "x")})
	if status.Code(err) != codes.Unavailable {
		t.Errorf("code = %v (%v), want UNAVAILABLE", status.Code(err), err)
	}
}

func TestCheckClaimsCanceled(t *testing.T) {
	t.Parallel()
	started := make(chan struct{}, 1)
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		started <- struct{}{}
		<-ctx.Done() // only cancellation ends this check
		return nil, claims.Errorf(claims.ECANCELED, "canceled")
	}
	_, conn := start(t, svc)
	c, cancel := context.WithCancel(ctx(t))
	st, err := factcheckv1.NewFactCheckServiceClient(conn).CheckClaims(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Send(item("a", "x")); err != nil {
		t.Fatal(err)
	}
	<-started
	cancel()
	if _, err := st.Recv(); status.Code(err) != codes.Canceled {
		t.Errorf("code = %v (%v), want CANCELED", status.Code(err), err)
	}
}
