package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"

	"google.golang.org/grpc/credentials"
)

// tlsConfig is what the TLS flags say.
type tlsConfig struct {
	cert, key      string // PEM files of the server's certificate and key
	clientCA       string // PEM file of the CAs client certificates must chain to
	allowPlaintext bool   // serve plaintext on a non-loopback address
}

// enabled reports whether the server speaks TLS.
func (c tlsConfig) enabled() bool { return c.cert != "" }

// check rejects inconsistent TLS flags, and plaintext on an address other
// than loopback unless -allow-plaintext says so: statements are
// confidential drafts and must not cross a network in the clear.
func (c tlsConfig) check(addr string) error {
	switch {
	case (c.cert == "") != (c.key == ""):
		return errors.New("-tls-cert and -tls-key go together")
	case c.clientCA != "" && c.cert == "":
		return errors.New("-tls-client-ca needs -tls-cert and -tls-key")
	case c.enabled() || c.allowPlaintext:
		return nil
	}
	if !isLoopback(addr) {
		return fmt.Errorf("refusing plaintext on %s, which is not a loopback address: pass -tls-cert and -tls-key, or -allow-plaintext", addr)
	}
	return nil
}

// isLoopback reports whether a listen address only accepts connections
// from this machine: its host is localhost or a loopback IP. An empty host
// (":50051") listens on every interface.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// credentials returns the server's gRPC transport credentials from
// serverTLS, or nil for plaintext.
func (c tlsConfig) credentials() (credentials.TransportCredentials, error) {
	cfg, err := c.serverTLS()
	if cfg == nil || err != nil {
		return nil, err
	}
	return credentials.NewTLS(cfg), nil
}

// serverTLS returns the server's TLS configuration, for gRPC and HTTP
// alike: TLS 1.2 or later with the configured certificate and, with a
// client CA, client certificates required and verified (mutual TLS). It
// returns nil for plaintext.
func (c tlsConfig) serverTLS() (*tls.Config, error) {
	if !c.enabled() {
		return nil, nil
	}
	cert, err := tls.LoadX509KeyPair(c.cert, c.key)
	if err != nil {
		return nil, fmt.Errorf("load TLS key pair %s, %s: %w", c.cert, c.key, err)
	}
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if c.clientCA != "" {
		pem, err := os.ReadFile(c.clientCA)
		if err != nil {
			return nil, fmt.Errorf("read client CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("client CA %s holds no PEM certificate", c.clientCA)
		}
		cfg.ClientCAs = pool
		cfg.ClientAuth = tls.RequireAndVerifyClientCert
	}
	return cfg, nil
}
