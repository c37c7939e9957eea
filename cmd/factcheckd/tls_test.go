package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/internal/testcert"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"
)

func TestDaemonTLS(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	tlsOnly := launch(t, "-tls-cert", certs.ServerCertFile, "-tls-key", certs.ServerKeyFile)
	mutual := launch(t, "-tls-cert", certs.ServerCertFile, "-tls-key", certs.ServerKeyFile, "-tls-client-ca", certs.CAFile)

	tests := []struct {
		name   string
		addr   string
		opt    client.Option
		wantOK bool
	}{
		{"tls", tlsOnly.addr, client.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(false))), true},
		{"tls, plaintext client", tlsOnly.addr, client.WithInsecure(), false},
		{"tls, untrusted server", tlsOnly.addr, client.WithTransportCredentials(credentials.NewTLS(nil)), false},
		{"mtls with client cert", mutual.addr, client.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(true))), true},
		{"mtls without client cert", mutual.addr, client.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(false))), false},
		{"mtls, plaintext client", mutual.addr, client.WithInsecure(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := client.New(tt.addr, tt.opt, client.WithoutRetries())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
			defer cancel()
			_, err = c.Check(ctx, "Putin will skip the G20 summit in India")
			if tt.wantOK && err != nil {
				t.Fatalf("Check = %v, want success", err)
			}
			if !tt.wantOK && err == nil {
				t.Fatal("Check succeeded, want a refused connection")
			}
			if !tt.wantOK {
				t.Logf("refused as expected: %v (%v)", status.Code(err), err)
			}
		})
	}
}

func TestPlaintextOnlyOnLoopback(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	tests := []struct {
		name    string
		args    []string
		wantErr string // "" means the flags are accepted
	}{
		{"loopback v4", []string{"-addr", "127.0.0.1:0"}, ""},
		{"loopback v6", []string{"-addr", "[::1]:0"}, ""},
		{"localhost", []string{"-addr", "localhost:0"}, ""},
		{"all interfaces", []string{"-addr", ":50051"}, "not a loopback address"},
		{"any v4", []string{"-addr", "0.0.0.0:50051"}, "not a loopback address"},
		{"lan address", []string{"-addr", "10.1.2.3:50051"}, "not a loopback address"},
		{"allowed explicitly", []string{"-addr", "0.0.0.0:50051", "-allow-plaintext"}, ""},
		{"tls anywhere", []string{"-addr", "0.0.0.0:50051", "-tls-cert", certs.ServerCertFile, "-tls-key", certs.ServerKeyFile}, ""},
		{"cert without key", []string{"-tls-cert", certs.ServerCertFile}, "go together"},
		{"client ca without cert", []string{"-tls-client-ca", certs.CAFile}, "needs -tls-cert"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := parseFlags(tt.args, io.Discard)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("parseFlags(%v) = %v, want accepted", tt.args, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("parseFlags(%v) = %v, want an error saying %q", tt.args, err, tt.wantErr)
			}
		})
	}
}

func TestDaemonRejectsBadTLSFiles(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-tls-cert", certs.ServerCertFile, "-tls-key", certs.ClientKeyFile}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "load TLS key pair") {
		t.Errorf("mismatched key: run = %v, want a key pair error", err)
	}
	err = run(t.Context(), []string{"-addr", "127.0.0.1:0", "-tls-cert", certs.ServerCertFile, "-tls-key", certs.ServerKeyFile, "-tls-client-ca", certs.ServerKeyFile}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "no PEM certificate") {
		t.Errorf("key as client CA: run = %v, want a client CA error", err)
	}
}
