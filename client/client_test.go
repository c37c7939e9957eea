package client_test

import (
	"context"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// dial starts a sample server and returns a client for it.
func dial(tb testing.TB) *client.Client {
	tb.Helper()
	srv := servertest.NewServer(servertest.Sample())
	tb.Cleanup(func() { srv.Close() })
	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

func TestNewNeedsCredentials(t *testing.T) {
	t.Parallel()
	if _, err := client.New("127.0.0.1:1"); err == nil {
		t.Error("New without credentials succeeded")
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	c := dial(t)
	ctx := t.Context()
	tests := []struct {
		name   string
		call   func() error
		code   codes.Code
		reason string
	}{
		{"unknown claim", func() error { _, err := c.GetClaim(ctx, "nope"); return err }, codes.NotFound, "NOT_FOUND"},
		{"unknown document", func() error { _, err := c.GetDocument(ctx, "nope"); return err }, codes.NotFound, "NOT_FOUND"},
		{"empty statement", func() error { _, err := c.Check(ctx, ""); return err }, codes.InvalidArgument, "INVALID_ARGUMENT"},
		{"bad max evidence", func() error { _, err := c.Check(ctx, "x", client.MaxEvidence(99)); return err }, codes.InvalidArgument, "INVALID_ARGUMENT"},
		{"bad as_of", func() error {
			_, err := c.Check(ctx, "x", client.AsOf(time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)))
			return err
		}, codes.InvalidArgument, "INVALID_ARGUMENT"},
		{"audit unknown doc", func() error {
			for _, err := range c.Audit(ctx, client.InDocument("nope")) {
				return err
			}
			return nil
		}, codes.NotFound, "NOT_FOUND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.call()
			if status.Code(err) != tt.code || client.Reason(err) != tt.reason {
				t.Errorf("err = %v (code %v, reason %q), want %v %q", err, status.Code(err), client.Reason(err), tt.code, tt.reason)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "factcheck ") {
				t.Errorf("error lacks context: %v", err)
			}
		})
	}
}

func TestDeadlineRespected(t *testing.T) {
	t.Parallel()
	// A listener that accepts and never speaks HTTP/2: the call can only
	// end by the caller's deadline.
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lis.Close() })
	go func() {
		for {
			conn, err := lis.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { conn.Close() })
		}
	}()
	c, err := client.New(lis.Addr().String(), client.WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = c.Check(ctx, "anything")
	if status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("err = %v, want DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("call took %v, deadline was 200ms", d)
	}
}

func TestRetriesUnavailable(t *testing.T) {
	t.Parallel()
	// The first two attempts find no corpus loaded; the retry policy must
	// carry the call through to the third.
	var attempts atomic.Int32
	svc := servertest.Sample()
	svc.CheckFunc = func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
		if attempts.Add(1) <= 2 {
			return nil, claims.Errorf(claims.EUNAVAILABLE, "loading")
		}
		return &claims.Report{Verdict: claims.VerdictNotEnoughInfo}, nil
	}
	srv := servertest.NewServer(svc)
	defer srv.Close()
	for _, retry := range []bool{true, false} {
		attempts.Store(0)
		opts := []client.Option{client.WithInsecure()}
		if !retry {
			opts = append(opts, client.WithoutRetries())
		}
		c, err := client.New(srv.Addr, opts...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Check(t.Context(), "x")
		c.Close()
		switch {
		case retry && (err != nil || attempts.Load() != 3):
			t.Errorf("with retries: err = %v after %d attempts, want success after 3", err, attempts.Load())
		case !retry && (status.Code(err) != codes.Unavailable || attempts.Load() != 1):
			t.Errorf("without retries: err = %v after %d attempts, want Unavailable after 1", err, attempts.Load())
		}
	}
}

func TestListDocumentsAndGet(t *testing.T) {
	t.Parallel()
	c := dial(t)
	var ids []string
	for d, err := range c.ListDocuments(t.Context()) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	if len(ids) != 1 {
		t.Fatalf("documents = %v", ids)
	}
	d, err := c.GetDocument(t.Context(), ids[0])
	if err != nil || d.Text == "" || d.ClaimCount != 3 || d.Published.IsZero() {
		t.Errorf("GetDocument = %+v, %v", d, err)
	}
	cl, err := c.GetClaim(t.Context(), "c2")
	if err != nil || cl.Publisher != "The Example Gazette" || len(cl.Sources) != 1 || cl.Raw() == nil {
		t.Errorf("GetClaim = %+v, %v", cl, err)
	}
}
