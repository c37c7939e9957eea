package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/status"
)

// Stream is an open CheckClaims stream: Send statements with ids of your
// choosing from one goroutine, Recv the answers from another, in whatever
// order the server finishes them. Send and Recv may run concurrently with
// each other but neither with itself. Make one with Client.CheckStream.
type Stream struct {
	st grpc.BidiStreamingClient[factcheckv1.CheckClaimsRequest, factcheckv1.CheckClaimsResponse]
}

// StreamResult is the answer to one streamed statement: its id, and either
// the Result or the error CheckClaim would have returned for it (status
// intact, so status.Code and Violations work on it). The id is the one the
// caller gave Send; CheckMany gives each statement its index in the batch
// ("0", "1", ...) and returns the results in that order.
type StreamResult struct {
	ID     string
	Result *Result
	Err    error
}

// CheckStream opens a CheckClaims stream. ctx bounds the whole stream:
// cancel it to abandon the statements in flight.
func (c *Client) CheckStream(ctx context.Context) (*Stream, error) {
	st, err := c.api.CheckClaims(ctx)
	if err != nil {
		return nil, wrap("check stream", err)
	}
	return &Stream{st: st}, nil
}

// Send queues one statement under id (unique among those in flight). It
// blocks while the server pushes back. An error means the stream is
// broken; Recv then returns why.
func (s *Stream) Send(id, statement string, opts ...CheckOption) error {
	req := &factcheckv1.CheckClaimRequest{Statement: statement}
	for _, o := range opts {
		o.applyCheck(req)
	}
	if err := s.st.Send(&factcheckv1.CheckClaimsRequest{Id: id, Check: req}); err != nil {
		return wrap("check stream send", err)
	}
	return nil
}

// CloseSend says no more statements follow; Recv goes on returning the
// remaining answers, then io.EOF.
func (s *Stream) CloseSend() error {
	if err := s.st.CloseSend(); err != nil {
		return wrap("check stream close", err)
	}
	return nil
}

// Recv returns the next answer. It returns io.EOF after the last answer
// once CloseSend was called, and the stream's error (UNAVAILABLE,
// CANCELED, DEADLINE_EXCEEDED...) if it broke. A statement the server
// rejected is not a stream error: it comes as a StreamResult with Err set.
func (s *Stream) Recv() (StreamResult, error) {
	resp, err := s.st.Recv()
	if errors.Is(err, io.EOF) {
		return StreamResult{}, io.EOF
	}
	if err != nil {
		return StreamResult{}, wrap("check stream", err)
	}
	out := StreamResult{ID: resp.GetId()}
	switch o := resp.GetOutcome().(type) {
	case *factcheckv1.CheckClaimsResponse_Result:
		out.Result = resultFromProto(o.Result)
	case *factcheckv1.CheckClaimsResponse_Error:
		out.Err = wrap("check "+out.ID, status.FromProto(o.Error).Err())
	default:
		out.Err = fmt.Errorf("factcheck check %s: the server sent an empty answer", out.ID)
	}
	return out, nil
}

// CheckMany judges statements over one CheckClaims stream and returns one
// StreamResult per statement, in the order given, whatever order the
// server answered in. A statement the server rejects has its Err set and
// does not stop the others. The error is for the stream as a whole:
// results already received are kept, the rest carry that error too.
func (c *Client) CheckMany(ctx context.Context, statements []string, opts ...CheckOption) ([]StreamResult, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s, err := c.CheckStream(ctx)
	if err != nil {
		return nil, err
	}
	sendErr := make(chan error, 1)
	go func() {
		for i, st := range statements {
			if err := s.Send(strconv.Itoa(i), st, opts...); err != nil {
				sendErr <- err
				return
			}
		}
		sendErr <- s.CloseSend()
	}()

	out := make([]StreamResult, len(statements))
	got := make([]bool, len(statements))
	var streamErr error
	for {
		r, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			streamErr = err
			break
		}
		i, err := strconv.Atoi(r.ID)
		if err != nil || i < 0 || i >= len(out) || got[i] {
			streamErr = fmt.Errorf("factcheck check stream: answer with unexpected id %q", r.ID)
			break
		}
		out[i], got[i] = r, true
	}
	cancel() // unblocks a Send still waiting on flow control
	if err := <-sendErr; streamErr == nil && err != nil && !errors.Is(err, io.EOF) {
		streamErr = err
	}
	for i := range out {
		if !got[i] {
			if streamErr == nil {
				streamErr = fmt.Errorf("factcheck check stream: no answer for statement %d", i)
			}
			out[i] = StreamResult{ID: strconv.Itoa(i), Err: streamErr}
		}
	}
	return out, streamErr
}
