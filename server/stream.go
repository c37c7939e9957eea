package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"google.golang.org/grpc"
	"google.golang.org/grpc/status"
)

// CheckClaims judges the statements of a stream, up to
// Limits.MaxStreamItems at once, each once a check slot is free (Limits),
// and answers each with its id as soon as it is judged, so responses can
// come out of order. An item that fails validation, decoding or checking
// gets a per-item google.rpc.Status, exactly the error CheckClaim would
// return, and the stream goes on. The server reads no further requests
// while MaxStreamItems items are being checked or wait to be sent, so
// HTTP/2 flow control pushes back on a caller sending faster than the
// engine checks or not reading its answers. The stream ends when the
// caller closes its side and every answer is sent, with UNAVAILABLE
// before the corpus is loaded, or with the caller's CANCELED or
// DEADLINE_EXCEEDED.
func (a *api) CheckClaims(stream grpc.BidiStreamingServer[factcheckv1.CheckClaimsRequest, factcheckv1.CheckClaimsResponse]) error {
	ctx := stream.Context()
	svc, err := a.s.service()
	if err != nil {
		return a.fail(ctx, err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// An answer holds its item's place until it is handed to the sender,
	// so at most MaxStreamItems items are held, plus the one being sent.
	streamWorkers := a.s.limits.MaxStreamItems
	out := make(chan *factcheckv1.CheckClaimsResponse)
	sendErr := make(chan error, 1)
	go func() { sendErr <- sendAll(stream, out, cancel) }()

	var (
		wg            sync.WaitGroup
		sem           = make(chan struct{}, streamWorkers)
		items, failed atomic.Int64
		recvErr       error
	)
recv:
	for {
		req, err := stream.Recv()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				recvErr = err
			}
			break
		}
		decodeErr := takeDecodeError(req) // answered as this item's error
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break recv
		}
		items.Add(1)
		wg.Go(func() {
			defer func() { <-sem }()
			resp := a.checkItem(ctx, svc, req, decodeErr)
			if resp.GetError() != nil {
				failed.Add(1)
			}
			out <- resp
		})
	}
	wg.Wait()
	close(out)
	err = <-sendErr
	logging.AddFields(ctx, logging.Fields{"stream.items", items.Load(), "stream.item_errors", failed.Load()})
	switch {
	case err != nil:
		return err
	case recvErr != nil:
		return recvErr
	case stream.Context().Err() != nil:
		return status.FromContextError(stream.Context().Err()).Err()
	}
	return nil
}

// sendAll sends every response from out, in the order they come. After a
// failed Send it cancels the stream's work and drains out, so no worker
// blocks, and returns that error.
func sendAll(stream grpc.ServerStream, out <-chan *factcheckv1.CheckClaimsResponse, cancel context.CancelFunc) error {
	var err error
	for resp := range out {
		if err != nil {
			continue
		}
		if err = stream.SendMsg(resp); err != nil {
			err = fmt.Errorf("send: %w", err)
			cancel()
		}
	}
	return err
}

// checkItem validates and checks one streamed statement and returns its
// answer: the report, or the status CheckClaim would have failed with.
// decodeErr is why the item could not be decoded (invalid UTF-8 in its id
// or statement), if it could not; the item then carries the id salvaged
// from it, if that was valid. A panic in the engine becomes this item's
// INTERNAL error, because the recovery interceptor only guards the
// handler's own goroutine.
func (a *api) checkItem(ctx context.Context, svc claims.Service, req *factcheckv1.CheckClaimsRequest, decodeErr error) (resp *factcheckv1.CheckClaimsResponse) {
	resp = &factcheckv1.CheckClaimsResponse{Id: req.GetId()}
	defer func() {
		if p := recover(); p != nil {
			resp.Outcome = itemError(a.s.recovered(ctx, p))
		}
	}()
	if decodeErr != nil {
		resp.Outcome = itemError(toStatus(invalid(decodeErr)))
		return resp
	}
	if err := validateStreamItem(req); err != nil {
		resp.Outcome = itemError(toStatus(err))
		return resp
	}
	release, err := a.s.admission.acquireQueued(ctx)
	if err != nil {
		resp.Outcome = itemError(toStatus(err))
		return resp
	}
	report, err := func() (*claims.Report, error) {
		defer release() // also when the engine panics
		return svc.Check(ctx, checkRequestFromProto(req.GetCheck()))
	}()
	if err != nil {
		switch claims.ErrorCode(err) {
		case claims.EINTERNAL, claims.ECORPUS:
			// Not a.fail: the call's log fields are not safe to add to
			// from the workers, so an internal cause gets its own line.
			a.s.logger.ErrorContext(ctx, "stream item failed", "error.cause", err.Error())
		}
		resp.Outcome = itemError(toStatus(err))
		return resp
	}
	result := reportToProto(report, req.GetCheck().GetStatement())
	if req.GetCheck().GetClaimReview() {
		if err := a.s.addCheckReview(ctx, svc, req.GetCheck().GetStatement(), report, result); err != nil {
			a.s.logger.ErrorContext(ctx, "stream item failed", "error.cause", err.Error())
			resp.Outcome = itemError(toStatus(err))
			return resp
		}
	}
	resp.Outcome = &factcheckv1.CheckClaimsResponse_Result{Result: result}
	return resp
}

// validateStreamItem checks one CheckClaims request: the id, then the
// nested check as CheckClaim validates it (field names are CheckClaim's:
// "statement", "as_of", "max_evidence").
func validateStreamItem(req *factcheckv1.CheckClaimsRequest) error {
	var inv invalidRequest
	checkID(&inv, "id", req.GetId(), true)
	if req.GetCheck() == nil {
		inv.add("check", "must be set")
	} else if err := validateCheck(req.GetCheck()); err != nil {
		var bad *invalidRequest
		if !errors.As(err, &bad) {
			return err
		}
		inv.errs = append(inv.errs, bad.errs...)
	}
	return inv.err()
}

// itemError wraps a status error as a per-item outcome.
func itemError(err error) *factcheckv1.CheckClaimsResponse_Error {
	return &factcheckv1.CheckClaimsResponse_Error{Error: status.Convert(err).Proto()}
}
