package client_test

import (
	"context"
	"errors"
	"io"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// dialSvc starts a server for svc and returns a client for it.
func dialSvc(tb testing.TB, svc claims.Service) *client.Client {
	tb.Helper()
	// Two checks at once at least: reorderingService holds one check until
	// another is answered, which one check slot (the default on two cores)
	// would never allow.
	srv := servertest.NewServer(svc, server.WithLimits(server.Limits{MaxChecks: 4}))
	tb.Cleanup(func() { srv.Close() })
	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

// reorderingService answers "first" only after "second" was checked, so
// a stream's answers tend to come out of order (CheckMany must put them
// back); every answer's explanation is its statement.
func reorderingService() *servertest.Memory {
	secondDone := make(chan struct{})
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		switch req.Statement {
		case "first":
			select {
			case <-secondDone:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		case "second":
			defer close(secondDone)
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo, Explanation: req.Statement}, nil
	}
	return svc
}

func TestStreamOutOfOrder(t *testing.T) {
	t.Parallel()
	// "first" is held until the test has read one answer, so the answers
	// come as second, first, each under the id it was sent with.
	release := make(chan struct{})
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		if req.Statement == "first" {
			select {
			case <-release:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo, Explanation: req.Statement}, nil
	}
	c := dialSvc(t, svc)
	s, err := c.CheckStream(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"first", "second"} {
		if err := s.Send(id, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.CloseSend(); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for {
		r, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 0 {
			close(release)
		}
		if r.Err != nil || r.Result.Explanation != r.ID {
			t.Errorf("id %s: result %+v, err %v", r.ID, r.Result, r.Err)
		}
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"second", "first"}) {
		t.Errorf("answers in order %v, want [second first]", ids)
	}
}

func TestCheckMany(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		svc        claims.Service
		statements []string
		want       []string // explanation, or "ERR:field" for a per-item error
	}{
		{"answered out of order, returned in order", reorderingService(),
			[]string{"first", "second", "third"}, []string{"first", "second", "third"}},
		{"one bad statement keeps the others", reorderingService(),
			[]string{"second", "", "first"}, []string{"second", "ERR:statement", "first"}},
		{"empty batch", servertest.Sample(), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := dialSvc(t, tt.svc)
			got, err := c.CheckMany(t.Context(), tt.statements)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range got {
				if r.Err != nil {
					if status.Code(r.Err) != codes.InvalidArgument {
						t.Errorf("id %s: code %v, want INVALID_ARGUMENT", r.ID, status.Code(r.Err))
					}
					for _, v := range client.Violations(r.Err) {
						out = append(out, "ERR:"+v.Field)
					}
					continue
				}
				out = append(out, r.Result.Explanation)
			}
			if !slices.Equal(out, tt.want) {
				t.Errorf("got %v, want %v", out, tt.want)
			}
		})
	}
}

func TestCheckManyCanceled(t *testing.T) {
	t.Parallel()
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		<-ctx.Done()
		return nil, claims.Errorf(claims.ECANCELED, "canceled")
	}
	c := dialSvc(t, svc)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	got, err := c.CheckMany(ctx, []string{"a", "b"})
	if status.Code(err) != codes.Canceled {
		t.Fatalf("err = %v, want CANCELED", err)
	}
	for _, r := range got {
		if r.Err == nil {
			t.Errorf("id %s has no error after cancel", r.ID)
		}
	}
}
