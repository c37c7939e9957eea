package claims

import (
	"context"
	"errors"
	"fmt"
)

// Error codes used across the domain. The transport maps each one to its own
// status in a single table (see server/errors.go).
const (
	ECONFLICT        = "conflict"        // the request clashes with stored state
	EEXISTS          = "exists"          // something with that id already exists
	EPRECONDITION    = "precondition"    // the system is not in a state that allows it
	EUNAUTHENTICATED = "unauthenticated" // the caller did not prove who it is
	EPERMISSION      = "permission"      // the caller may not do this
	EINTERNAL        = "internal"        // a bug or an unexpected failure
	EINVALID         = "invalid"         // the caller sent something malformed
	ENOTFOUND        = "not_found"       // the named thing does not exist
	EUNAVAILABLE     = "unavailable"     // no corpus is loaded yet
	ECORPUS          = "corpus"          // a corpus file is malformed or inconsistent
	ECANCELED        = "canceled"        // the caller gave up
	EDEADLINE        = "deadline"        // the caller's deadline passed
	ERESOURCE        = "resource"        // the request is too large to serve
	EBUSY            = "busy"            // too much work at once; retry shortly
)

// Error is a domain error: a machine-readable code, a message a person can
// act on and, where the fault lies in one field of the input, that field.
type Error struct {
	Code    string // one of the E* constants
	Field   string // the offending input field, if any ("statement", "page_token")
	Message string // a sentence for a person
	Err     error  // the underlying cause, if any
}

// Error implements the error interface.
func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an *Error blaming one input field.
func FieldErrorf(code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, ECANCELED or
// EDEADLINE for context errors, EINTERNAL for any other non-nil error and ""
// for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	case errors.Is(err, context.Canceled):
		return ECANCELED
	case errors.Is(err, context.DeadlineExceeded):
		return EDEADLINE
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for other errors so internals do not leak to callers.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// ErrorField returns the field blamed by the first *Error in err's chain.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
