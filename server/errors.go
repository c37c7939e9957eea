package server

import (
	"errors"
	"time"

	"github.com/factcheck/factcheck/claims"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/protoadapt"
	"google.golang.org/protobuf/types/known/durationpb"
)

// ErrorDomain is the google.rpc.ErrorInfo domain of every error the server
// returns.
const ErrorDomain = "factcheck"

// errorMapping is how one domain error code travels over gRPC.
type errorMapping struct {
	code   codes.Code
	reason string // google.rpc.ErrorInfo reason, UPPER_SNAKE_CASE
}

// errorTable is the one place where domain error codes become gRPC codes.
// A code missing from the table is treated as EINTERNAL.
var errorTable = map[string]errorMapping{
	claims.EINVALID:         {codes.InvalidArgument, "INVALID_ARGUMENT"},
	claims.ENOTFOUND:        {codes.NotFound, "NOT_FOUND"},
	claims.EUNAVAILABLE:     {codes.Unavailable, "CORPUS_NOT_LOADED"},
	claims.ECORPUS:          {codes.Internal, "CORPUS_INVALID"},
	claims.ECANCELED:        {codes.Canceled, "CANCELED"},
	claims.EDEADLINE:        {codes.DeadlineExceeded, "DEADLINE_EXCEEDED"},
	claims.ERESOURCE:        {codes.ResourceExhausted, "RESOURCE_EXHAUSTED"},
	claims.EBUSY:            {codes.ResourceExhausted, "OVERLOADED"},
	claims.EINTERNAL:        {codes.Internal, "INTERNAL"},
	claims.ECONFLICT:        {codes.Aborted, "CONFLICT"},
	claims.EEXISTS:          {codes.AlreadyExists, "ALREADY_EXISTS"},
	claims.EPRECONDITION:    {codes.FailedPrecondition, "FAILED_PRECONDITION"},
	claims.EUNAUTHENTICATED: {codes.Unauthenticated, "UNAUTHENTICATED"},
	claims.EPERMISSION:      {codes.PermissionDenied, "PERMISSION_DENIED"},
}

// invalidRequest gathers every field violation found in one request. It
// unwraps to its *claims.Error values, so claims.ErrorCode reports EINVALID.
type invalidRequest struct {
	errs []error // each a *claims.Error with a Field
}

// Error joins the violations' messages.
func (e *invalidRequest) Error() string { return errors.Join(e.errs...).Error() }

// Unwrap returns the violations.
func (e *invalidRequest) Unwrap() []error { return e.errs }

// add records that field is invalid, with a message for a person.
func (e *invalidRequest) add(field, format string, args ...any) {
	e.errs = append(e.errs, claims.FieldErrorf(claims.EINVALID, field, format, args...))
}

// err returns nil when nothing was recorded, or e.
func (e *invalidRequest) err() error {
	if len(e.errs) == 0 {
		return nil
	}
	return e
}

// toStatus converts any error from validation or the domain into a gRPC
// status error. Errors that already carry a gRPC status pass through. The
// message of internal errors is generic so internals do not leak; the
// caller logs the original.
func toStatus(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(interface{ GRPCStatus() *status.Status }); ok {
		return err
	}
	code := claims.ErrorCode(err)
	m, ok := errorTable[code]
	if !ok {
		code, m = claims.EINTERNAL, errorTable[claims.EINTERNAL]
	}
	msg := claims.ErrorMessage(err)
	switch code {
	case claims.EINTERNAL, claims.ECORPUS:
		msg = "internal error"
	case claims.ECANCELED:
		msg = "the call was canceled"
	case claims.EDEADLINE:
		msg = "the deadline passed before the call finished"
	}

	// Every field blamed; they become BadRequest violations for
	// INVALID_ARGUMENT, and ErrorInfo metadata for any code.
	var blamed []error
	var invalid *invalidRequest
	if errors.As(err, &invalid) {
		blamed = invalid.errs
		msg = "invalid request"
		if len(blamed) == 1 {
			msg = blamed[0].Error()
		}
	} else if fields := fieldErrors(err); len(fields) > 1 {
		for _, f := range fields {
			blamed = append(blamed, f)
		}
		msg = "invalid request"
	} else if f := claims.ErrorField(err); f != "" {
		blamed = []error{err}
		msg = f + ": " + msg
	}

	info := &errdetails.ErrorInfo{Reason: m.reason, Domain: ErrorDomain}
	details := []protoadapt.MessageV1{info}
	var retry interface{ RetryDelay() time.Duration }
	if errors.As(err, &retry) {
		details = append(details, &errdetails.RetryInfo{RetryDelay: durationpb.New(retry.RetryDelay())})
	}
	if len(blamed) > 0 {
		info.Metadata = map[string]string{"field": claims.ErrorField(blamed[0])}
		if m.code == codes.InvalidArgument {
			br := &errdetails.BadRequest{}
			for _, e := range blamed {
				br.FieldViolations = append(br.FieldViolations, violation(e))
			}
			details = append(details, br)
		}
	}
	st := status.New(m.code, msg)
	if d, err := st.WithDetails(details...); err == nil {
		return d.Err()
	}
	return st.Err()
}

// violation turns a field error into a BadRequest field violation.
func violation(err error) *errdetails.BadRequest_FieldViolation {
	return &errdetails.BadRequest_FieldViolation{
		Field:       claims.ErrorField(err),
		Description: claims.ErrorMessage(err),
	}
}

// fieldErrors returns the *claims.Error values blaming a field among the
// errors joined in err (claims.CheckNewDocument reports every bad field).
func fieldErrors(err error) []*claims.Error {
	var out []*claims.Error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case *claims.Error:
			if e.Field != "" {
				out = append(out, e)
			}
		case interface{ Unwrap() []error }:
			for _, c := range e.Unwrap() {
				walk(c)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}
