package server

import (
	"context"
	"strings"

	"github.com/factcheck/factcheck/claims"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
)

// perItemValidation lists the streaming methods whose handler validates
// each received message itself and answers a bad one with a per-item
// status, so one bad statement does not end the stream.
var perItemValidation = map[string]bool{
	"/factcheck.v1.FactCheckService/CheckClaims": true,
}

// validateUnary rejects a request that breaks its buf.validate rules with
// INVALID_ARGUMENT, a google.rpc.BadRequest naming each bad field and a
// google.rpc.ErrorInfo, before the handler runs.
func (s *Server) validateUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
	if err := takeDecodeError(req); err != nil {
		return nil, toStatus(invalid(err))
	}
	if msg, ok := req.(proto.Message); ok && isAPI(info.FullMethod) {
		if err := validateRequest(msg); err != nil {
			return nil, toStatus(err)
		}
	}
	return next(ctx, req)
}

// validateStream does for each message a client streams what validateUnary
// does for a unary request, except on perItemValidation methods. Both turn
// a message that could not be decoded (decode.go) into INVALID_ARGUMENT.
func (s *Server) validateStream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, next grpc.StreamHandler) error {
	perItem := perItemValidation[info.FullMethod]
	return next(srv, &validatingStream{ServerStream: ss, rules: isAPI(info.FullMethod) && !perItem, perItem: perItem})
}

// validatingStream checks every message RecvMsg decodes.
type validatingStream struct {
	grpc.ServerStream
	rules bool // apply the buf.validate rules, not only decoding checks
	// perItem leaves decoding errors to the handler (takeDecodeError),
	// which answers that one item with them.
	perItem bool
}

// RecvMsg receives a message and validates it.
func (v *validatingStream) RecvMsg(m any) error {
	if err := v.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	if v.perItem {
		return nil
	}
	if err := takeDecodeError(m); err != nil {
		return toStatus(invalid(err))
	}
	if msg, ok := m.(proto.Message); ok && v.rules {
		if err := validateRequest(msg); err != nil {
			return toStatus(err)
		}
	}
	return nil
}

// validateRequest checks a request message: its buf.validate rules, plus
// the hand-written checks of validateCheck for a CheckClaimRequest.
func validateRequest(msg proto.Message) error {
	if req, ok := msg.(*factcheckv1.CheckClaimRequest); ok {
		return validateCheck(req)
	}
	return validateRules(msg)
}

// isAPI reports whether method belongs to the factcheck API, whose
// messages carry buf.validate rules (health and reflection do not).
func isAPI(method string) bool {
	return strings.HasPrefix(method, "/"+ServiceName+"/")
}

// invalid wraps a field error as an *invalidRequest, so it becomes a
// google.rpc.BadRequest violation; other errors pass unchanged.
func invalid(err error) error {
	if claims.ErrorField(err) == "" {
		return err
	}
	return &invalidRequest{errs: []error{err}}
}
