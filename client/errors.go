package client

import (
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/status"
)

// Violation is one request field the server rejected.
type Violation struct {
	Field       string // e.g. "statement", "page_token"
	Description string // why, for a person
}

// String returns "field: description".
func (v Violation) String() string { return v.Field + ": " + v.Description }

// Violations returns the field violations (google.rpc.BadRequest) carried
// by an error a Client method returned, or nil.
func Violations(err error) []Violation {
	st, ok := status.FromError(err)
	if !ok {
		return nil
	}
	var out []Violation
	for _, d := range st.Details() {
		if br, ok := d.(*errdetails.BadRequest); ok {
			for _, v := range br.GetFieldViolations() {
				out = append(out, Violation{Field: v.GetField(), Description: v.GetDescription()})
			}
		}
	}
	return out
}

// Reason returns the google.rpc.ErrorInfo reason of an error a Client
// method returned ("NOT_FOUND", "INVALID_ARGUMENT", ...), or "".
func Reason(err error) string {
	st, ok := status.FromError(err)
	if !ok {
		return ""
	}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			return info.GetReason()
		}
	}
	return ""
}

// wrap adds the operation to err, keeping its gRPC status reachable by
// status.FromError and status.Code.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("factcheck %s: %w", op, err)
}
