package jsonl

import (
	"fmt"

	"github.com/factcheck/factcheck/claims"
)

// Error locates a fault in a corpus file. It wraps a *claims.Error with code
// ECORPUS that carries the reason.
type Error struct {
	File string // path of the file within the corpus, e.g. "claims.jsonl"
	Line int    // 1-based line number; 0 when the fault is in the file as a whole
	Err  error  // the *claims.Error with the reason
}

// Error returns "file:line: reason".
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the *claims.Error with the reason.
func (e *Error) Unwrap() error { return e.Err }

// errorAt returns an *Error for file:line with a formatted reason.
func errorAt(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Err: claims.Errorf(claims.ECORPUS, format, args...)}
}

// wrapAt returns an *Error for file:line whose reason is a message and an
// underlying cause.
func wrapAt(file string, line int, msg string, cause error) *Error {
	return &Error{File: file, Line: line, Err: &claims.Error{Code: claims.ECORPUS, Message: msg, Err: cause}}
}
