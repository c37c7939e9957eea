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
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
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
	// "slow" is held until the test has read the first answer, so the
	// first answer must be "fast"'s although "slow" was sent first. Two
	// check slots, so that "slow" waiting does not keep "fast" out.
	release := make(chan struct{})
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		if req.Statement == "slow" {
			select {
			case <-release:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo, Explanation: req.Statement}, nil
	}
	_, conn := start(t, svc, server.WithLimits(server.Limits{MaxChecks: 2}))
	st, err := factcheckv1.NewFactCheckServiceClient(conn).CheckClaims(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []*factcheckv1.CheckClaimsRequest{item("a", "slow"), item("b", "fast")} {
		if err := st.Send(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.CloseSend(); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for {
		r, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 0 {
			close(release)
		}
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
		{"invisible statement", item("invisible", "\u200b\ufeff\u200d\u2060\u00ad\u202e\ufe0f \u200c"), codes.InvalidArgument, []string{"statement"}},
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

// TestCheckClaimsUndecodableItems puts items on the wire that protobuf
// cannot decode (invalid UTF-8 in the id, in the nested statement, broken
// wire data) between good ones: each gets its own INVALID_ARGUMENT naming
// the field, answered under the id when that was readable, and the stream
// goes on to answer the rest.
func TestCheckClaimsUndecodableItems(t *testing.T) {
	t.Parallel()
	_, conn := start(t, servertest.Sample())
	str := func(field protowire.Number, s string) []byte {
		return protowire.AppendString(protowire.AppendTag(nil, field, protowire.BytesType), s)
	}
	msg := func(field protowire.Number, b []byte) []byte {
		return protowire.AppendBytes(protowire.AppendTag(nil, field, protowire.BytesType), b)
	}
	wireItem := func(id, statement string) []byte {
		return append(str(1, id), msg(2, str(1, statement))...)
	}
	tests := []struct {
		name, id string // id is the answer's id
		wire     []byte
		fields   []string // nil: a result; empty: an error naming no field
	}{
		{"good before", "a", wireItem("a", "Ada Stone opened the Riverside Bridge."), nil},
		{"id not UTF-8", "", wireItem("caf\xe9", "Ada Stone opened the Riverside Bridge."), []string{"id"}},
		{"statement not UTF-8", "b", wireItem("b", "Ada \xff\xfe Stone"), []string{"statement"}},
		{"statement lone surrogate", "c", wireItem("c", "\xed\xa0\x80"), []string{"statement"}},
		{"truncated", "", []byte{0x0a, 0x10, 'a'}, []string{}}, // no field to name
		{"good after", "d", wireItem("d", "Ada Stone opened the Riverside Bridge."), nil},
	}
	st, err := conn.NewStream(ctx(t), &grpc.StreamDesc{ServerStreams: true, ClientStreams: true},
		"/factcheck.v1.FactCheckService/CheckClaims", grpc.ForceCodec(rawCodec{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if err := st.SendMsg(&tt.wire); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.CloseSend(); err != nil {
		t.Fatal(err)
	}
	got := map[string][]*factcheckv1.CheckClaimsResponse{}
	for {
		var raw []byte
		err := st.RecvMsg(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the stream ended with %v", err)
		}
		resp := new(factcheckv1.CheckClaimsResponse)
		if err := proto.Unmarshal(raw, resp); err != nil {
			t.Fatal(err)
		}
		got[resp.GetId()] = append(got[resp.GetId()], resp)
	}
	// Answers come in any order; two share the empty id.
	matches := func(resp *factcheckv1.CheckClaimsResponse, fields []string) bool {
		if fields == nil {
			return resp.GetResult() != nil
		}
		return codes.Code(resp.GetError().GetCode()) == codes.InvalidArgument &&
			slices.Equal(violations(status.FromProto(resp.GetError()).Err()), fields)
	}
	for _, tt := range tests {
		k := slices.IndexFunc(got[tt.id], func(r *factcheckv1.CheckClaimsResponse) bool { return matches(r, tt.fields) })
		if k < 0 {
			t.Errorf("%s: no answer under id %q with fields %v among %v", tt.name, tt.id, tt.fields, got[tt.id])
			continue
		}
		got[tt.id] = slices.Delete(got[tt.id], k, k+1)
	}
}
