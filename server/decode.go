package server

import (
	"context"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// decodeError turns gRPC's INTERNAL answer to a request it could not
// decode (invalid UTF-8 in a string field, bad wire data) into
// INVALID_ARGUMENT: the fault is the caller's. Other errors pass unchanged.
// protobuf does not say which field was bad, so there is no field
// violation, only the ErrorInfo reason INVALID_ARGUMENT.
func decodeError(err error) error {
	st, ok := status.FromError(err)
	if !ok || st.Code() != codes.Internal || !strings.Contains(st.Message(), "unmarshal") {
		return err
	}
	msg := "the request could not be decoded"
	if strings.Contains(st.Message(), "UTF-8") {
		msg += ": a string field is not valid UTF-8"
	}
	return toStatus(claims.Errorf(claims.EINVALID, "%s", msg))
}

// withDecodeErrors returns a copy of desc whose unary handlers report
// undecodable requests with decodeError. gRPC decodes a unary request
// inside the generated handler, before any interceptor runs, so this is
// the only place to catch it; streamed messages are caught by
// validatingStream.
func withDecodeErrors(desc *grpc.ServiceDesc) *grpc.ServiceDesc {
	out := *desc
	out.Methods = make([]grpc.MethodDesc, len(desc.Methods))
	for i, m := range desc.Methods {
		h := m.Handler
		out.Methods[i] = grpc.MethodDesc{
			MethodName: m.MethodName,
			Handler: func(srv any, ctx context.Context, dec func(any) error, ic grpc.UnaryServerInterceptor) (any, error) {
				return h(srv, ctx, func(v any) error { return decodeError(dec(v)) }, ic)
			},
		}
	}
	return &out
}
