package server

import (
	"context"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
)

// api implements factcheckv1.FactCheckServiceServer. Its handlers live one
// concern a file (check.go, claims.go, documents.go, audit.go); each
// validates, converts, calls the domain and maps errors, nothing more.
type api struct {
	factcheckv1.UnimplementedFactCheckServiceServer
	s *Server
}

// fail converts err into a gRPC status error. Internal errors, whose
// message is hidden from callers, are added to the call's log line.
func (a *api) fail(ctx context.Context, err error) error {
	switch claims.ErrorCode(err) {
	case claims.EINTERNAL, claims.ECORPUS:
		logging.AddFields(ctx, logging.Fields{"error.cause", err.Error()})
	}
	return toStatus(err)
}
