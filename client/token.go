package client

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// WithToken sends token as "authorization: Bearer <token>" on every call,
// which a server started with -write-token-file asks of CreateDocument
// and DeleteDocument. The token crosses the network in the clear unless
// the connection uses TLS: use WithInsecure only to loopback.
func WithToken(token string) Option {
	return optionFunc(func(c *config) { c.token = token })
}

// bearer is a token as gRPC per-call credentials.
type bearer struct {
	token     string
	secureReq bool
}

// tokenDialOption returns the dial option that sends cfg.token, or nil.
func tokenDialOption(cfg config) grpc.DialOption {
	if cfg.token == "" {
		return nil
	}
	secure := cfg.creds.Info().SecurityProtocol != "insecure"
	return grpc.WithPerRPCCredentials(bearer{token: cfg.token, secureReq: secure})
}

// GetRequestMetadata implements credentials.PerRPCCredentials.
func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity implements credentials.PerRPCCredentials: a
// client made WithInsecure (loopback) may send the token in the clear.
func (b bearer) RequireTransportSecurity() bool { return b.secureReq }

var _ credentials.PerRPCCredentials = bearer{}
