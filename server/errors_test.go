package server

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestToStatus(t *testing.T) {
	t.Parallel()
	secret := errors.New("disk /var/secret unreadable")
	tests := []struct {
		name   string
		err    error
		code   codes.Code
		reason string
		msg    string
		fields []string
	}{
		{"invalid field", claims.FieldErrorf(claims.EINVALID, "statement", "too long"), codes.InvalidArgument, "INVALID_ARGUMENT", "statement: too long", []string{"statement"}},
		{"not found wrapped", fmt.Errorf("get: %w", claims.Errorf(claims.ENOTFOUND, "no claim c9")), codes.NotFound, "NOT_FOUND", "no claim c9", nil},
		{"not found with field", claims.FieldErrorf(claims.ENOTFOUND, "id", "no claim c9"), codes.NotFound, "NOT_FOUND", "id: no claim c9", nil},
		{"unavailable", claims.Errorf(claims.EUNAVAILABLE, "loading"), codes.Unavailable, "CORPUS_NOT_LOADED", "loading", nil},
		{"corpus hidden", &claims.Error{Code: claims.ECORPUS, Message: "bad line 3", Err: secret}, codes.Internal, "CORPUS_INVALID", "internal error", nil},
		{"plain error hidden", secret, codes.Internal, "INTERNAL", "internal error", nil},
		{"canceled", fmt.Errorf("check: %w", context.Canceled), codes.Canceled, "CANCELED", "the call was canceled", nil},
		{"deadline", context.DeadlineExceeded, codes.DeadlineExceeded, "DEADLINE_EXCEEDED", "the deadline passed before the call finished", nil},
		{"resource", claims.Errorf(claims.ERESOURCE, "too big"), codes.ResourceExhausted, "RESOURCE_EXHAUSTED", "too big", nil},
		{"conflict", claims.Errorf(claims.ECONFLICT, "clash"), codes.Aborted, "CONFLICT", "clash", nil},
		{"unknown code", claims.Errorf("weird", "x"), codes.Internal, "INTERNAL", "internal error", nil},
		{"two violations", &invalidRequest{errs: []error{
			claims.FieldErrorf(claims.EINVALID, "statement", "empty"),
			claims.FieldErrorf(claims.EINVALID, "max_evidence", "negative"),
		}}, codes.InvalidArgument, "INVALID_ARGUMENT", "invalid request", []string{"statement", "max_evidence"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			st := status.Convert(toStatus(tt.err))
			if st.Code() != tt.code || st.Message() != tt.msg {
				t.Errorf("status = %v %q, want %v %q", st.Code(), st.Message(), tt.code, tt.msg)
			}
			var fields []string
			var info *errdetails.ErrorInfo
			for _, d := range st.Details() {
				switch d := d.(type) {
				case *errdetails.ErrorInfo:
					info = d
				case *errdetails.BadRequest:
					for _, v := range d.GetFieldViolations() {
						fields = append(fields, v.GetField())
					}
				}
			}
			if info == nil || info.GetReason() != tt.reason || info.GetDomain() != ErrorDomain {
				t.Errorf("ErrorInfo = %v, want reason %s domain %s", info, tt.reason, ErrorDomain)
			}
			if fmt.Sprint(fields) != fmt.Sprint(tt.fields) && !(len(fields) == 0 && len(tt.fields) == 0) {
				t.Errorf("violations = %v, want %v", fields, tt.fields)
			}
		})
	}
}

func TestToStatusPassesStatusThrough(t *testing.T) {
	t.Parallel()
	in := status.Error(codes.PermissionDenied, "no")
	if got := toStatus(in); got != in {
		t.Errorf("toStatus(status error) = %v, want it unchanged", got)
	}
	if toStatus(nil) != nil {
		t.Error("toStatus(nil) != nil")
	}
}
