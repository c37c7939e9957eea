package client

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// An Option configures a Client. Options are made by the With functions of
// this package.
type Option interface {
	apply(*config)
}

// config is what options set.
type config struct {
	creds credentials.TransportCredentials
	dial  []grpc.DialOption
	retry bool
	token string // bearer token for writes, if any
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// WithInsecure talks plaintext HTTP/2, for a server on loopback or inside a
// trusted network.
func WithInsecure() Option {
	return optionFunc(func(c *config) { c.creds = insecure.NewCredentials() })
}

// WithTransportCredentials talks over the given transport security, for
// example credentials.NewTLS(cfg).
func WithTransportCredentials(creds credentials.TransportCredentials) Option {
	return optionFunc(func(c *config) { c.creds = creds })
}

// WithDialOptions adds options to the underlying grpc.NewClient call. They
// come after the client's own and so override them.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return optionFunc(func(c *config) { c.dial = append(c.dial, opts...) })
}

// WithoutRetries switches off the retries on UNAVAILABLE.
func WithoutRetries() Option {
	return optionFunc(func(c *config) { c.retry = false })
}
