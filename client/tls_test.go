package client_test

import (
	"context"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/internal/testcert"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

func TestClientTLS(t *testing.T) {
	t.Parallel()
	certs := testcert.New(t)
	serve := func(mutual bool) string {
		srv := servertest.NewServer(servertest.Sample(),
			server.WithGRPCOptions(grpc.Creds(credentials.NewTLS(certs.ServerTLS(mutual)))))
		t.Cleanup(func() { srv.Close() })
		return srv.Addr
	}
	tlsAddr, mtlsAddr := serve(false), serve(true)
	tests := []struct {
		name     string
		addr     string
		withCert bool
		wantOK   bool
	}{
		{"tls", tlsAddr, false, true},
		{"tls with a client cert", tlsAddr, true, true},
		{"mtls", mtlsAddr, true, true},
		{"mtls without a client cert", mtlsAddr, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := client.New(tt.addr, client.WithTransportCredentials(credentials.NewTLS(certs.ClientTLS(tt.withCert))), client.WithoutRetries())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
			defer cancel()
			_, err = c.GetClaim(ctx, "c1")
			if (err == nil) != tt.wantOK {
				t.Errorf("GetClaim over %s = %v, want ok=%v", tt.name, err, tt.wantOK)
			}
		})
	}
}
