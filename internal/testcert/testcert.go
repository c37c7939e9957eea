// Package testcert makes a throwaway certificate authority, a server
// certificate for loopback and a client certificate at test time, so TLS
// and mutual TLS can be tested without committed keys.
package testcert

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Set is a CA and the certificates it signed, as PEM files in a test's
// temporary directory and as parsed values.
type Set struct {
	CAFile         string // the CA certificate, PEM
	ServerCertFile string // server certificate for 127.0.0.1, ::1 and localhost
	ServerKeyFile  string // its private key
	ClientCertFile string // client certificate (CN "factcheck-test-client")
	ClientKeyFile  string // its private key

	CAPool *x509.CertPool  // holds the CA, for RootCAs or ClientCAs
	Server tls.Certificate // the server certificate and key
	Client tls.Certificate // the client certificate and key
}

// New makes a Set valid for an hour. It fails tb on any error.
func New(tb testing.TB) *Set {
	tb.Helper()
	dir := tb.TempDir()
	caKey, caCert, caDER := makeCA(tb)
	s := &Set{CAFile: filepath.Join(dir, "ca.pem"), CAPool: x509.NewCertPool()}
	s.CAPool.AddCert(caCert)
	writePEM(tb, s.CAFile, "CERTIFICATE", caDER)

	s.ServerCertFile, s.ServerKeyFile = filepath.Join(dir, "server.pem"), filepath.Join(dir, "server-key.pem")
	s.Server = leaf(tb, caKey, caCert, &x509.Certificate{
		Subject:     pkix.Name{CommonName: "localhost"},
		DNSNames:    []string{"localhost"},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}, s.ServerCertFile, s.ServerKeyFile)

	s.ClientCertFile, s.ClientKeyFile = filepath.Join(dir, "client.pem"), filepath.Join(dir, "client-key.pem")
	s.Client = leaf(tb, caKey, caCert, &x509.Certificate{
		Subject:     pkix.Name{CommonName: "factcheck-test-client"},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}, s.ClientCertFile, s.ClientKeyFile)
	return s
}

// ClientTLS returns a client configuration trusting the CA, presenting the
// client certificate when withCert is set.
func (s *Set) ClientTLS(withCert bool) *tls.Config {
	cfg := &tls.Config{RootCAs: s.CAPool, MinVersion: tls.VersionTLS12}
	if withCert {
		cfg.Certificates = []tls.Certificate{s.Client}
	}
	return cfg
}

// ServerTLS returns a server configuration with the server certificate,
// requiring client certificates signed by the CA when mutual is set.
func (s *Set) ServerTLS(mutual bool) *tls.Config {
	cfg := &tls.Config{Certificates: []tls.Certificate{s.Server}, MinVersion: tls.VersionTLS12}
	if mutual {
		cfg.ClientCAs, cfg.ClientAuth = s.CAPool, tls.RequireAndVerifyClientCert
	}
	return cfg
}

// makeCA returns a self-signed CA.
func makeCA(tb testing.TB) (*ecdsa.PrivateKey, *x509.Certificate, []byte) {
	tb.Helper()
	key := newKey(tb)
	tmpl := &x509.Certificate{
		SerialNumber:          serial(tb),
		Subject:               pkix.Name{CommonName: "factcheck test CA"},
		NotBefore:             time.Now().Add(-time.Minute),
		NotAfter:              time.Now().Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		tb.Fatalf("testcert: create CA: %v", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatalf("testcert: parse CA: %v", err)
	}
	return key, cert, der
}

// leaf signs tmpl with the CA, writes certificate and key to certFile and
// keyFile, and returns them as a tls.Certificate.
func leaf(tb testing.TB, caKey *ecdsa.PrivateKey, ca, tmpl *x509.Certificate, certFile, keyFile string) tls.Certificate {
	tb.Helper()
	key := newKey(tb)
	tmpl.SerialNumber = serial(tb)
	tmpl.NotBefore, tmpl.NotAfter = time.Now().Add(-time.Minute), time.Now().Add(time.Hour)
	tmpl.KeyUsage = x509.KeyUsageDigitalSignature
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		tb.Fatalf("testcert: create %s: %v", tmpl.Subject.CommonName, err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		tb.Fatalf("testcert: marshal key: %v", err)
	}
	writePEM(tb, certFile, "CERTIFICATE", der)
	writePEM(tb, keyFile, "PRIVATE KEY", keyDER)
	pair, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		tb.Fatalf("testcert: load %s: %v", certFile, err)
	}
	return pair
}

func newKey(tb testing.TB) *ecdsa.PrivateKey {
	tb.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatalf("testcert: generate key: %v", err)
	}
	return key
}

func serial(tb testing.TB) *big.Int {
	tb.Helper()
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		tb.Fatalf("testcert: serial: %v", err)
	}
	return n
}

func writePEM(tb testing.TB, path, kind string, der []byte) {
	tb.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0o600); err != nil {
		tb.Fatalf("testcert: %v", err)
	}
}
