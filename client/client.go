package client

import (
	"errors"
	"fmt"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
)

// Client calls a factcheck server. It is safe for concurrent use; make one
// per server and Close it when done.
type Client struct {
	conn *grpc.ClientConn
	api  factcheckv1.FactCheckServiceClient
}

// errNoCredentials is returned by New when no transport security is set.
var errNoCredentials = errors.New("client: no transport credentials: pass WithInsecure or WithTransportCredentials")

// New returns a Client for target, a gRPC target such as "127.0.0.1:50051"
// or "dns:///factcheck.internal:443". It does not connect yet: the first
// call does. It returns an error when no credentials option is given or
// when grpc.NewClient rejects the target or options.
func New(target string, opts ...Option) (*Client, error) {
	cfg := config{retry: true}
	for _, o := range opts {
		o.apply(&cfg)
	}
	if cfg.creds == nil {
		return nil, errNoCredentials
	}
	sc := serviceConfig
	if !cfg.retry {
		sc = noRetryConfig
	}
	dial := append([]grpc.DialOption{
		grpc.WithTransportCredentials(cfg.creds),
		grpc.WithDefaultServiceConfig(sc),
	}, cfg.dial...)
	if o := tokenDialOption(cfg); o != nil {
		dial = append(dial, o)
	}
	conn, err := grpc.NewClient(target, dial...)
	if err != nil {
		return nil, fmt.Errorf("client: new client for %q: %w", target, err)
	}
	return &Client{conn: conn, api: factcheckv1.NewFactCheckServiceClient(conn)}, nil
}

// API returns the generated gRPC client, for callers who want protobuf
// messages rather than this package's types.
func (c *Client) API() factcheckv1.FactCheckServiceClient { return c.api }

// Conn returns the underlying connection, for example to call the health
// service on it.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close releases the connection. Calls in flight fail with CANCELED.
func (c *Client) Close() error {
	if err := c.conn.Close(); err != nil {
		return fmt.Errorf("client: close: %w", err)
	}
	return nil
}
