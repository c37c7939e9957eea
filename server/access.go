package server

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
)

// WriteAccess decides whether a call may write (CreateDocument,
// DeleteDocument). Reads are open to every caller. Make one with
// BearerTokens or ClientCertificates.
type WriteAccess interface {
	// allow returns nil when the call in ctx may write, EUNAUTHENTICATED
	// when it presents no credential this access knows, and EPERMISSION
	// when it presents one that is not allowed.
	allow(ctx context.Context) error
}

// MinTokenBytes is the shortest bearer token accepted in a token file.
const MinTokenBytes = 16

// tokenAccess lets in calls with one of a set of bearer tokens.
type tokenAccess struct {
	sums [][sha256.Size]byte // SHA-256 of each token
}

// BearerTokens lets in calls whose "authorization" metadata is "Bearer T"
// for one of tokens. Tokens are compared through their SHA-256 in constant
// time, so neither a token nor its length leaks through timing. It returns
// an error for an empty list or a token shorter than MinTokenBytes or
// containing white space.
func BearerTokens(tokens ...string) (WriteAccess, error) {
	if len(tokens) == 0 {
		return nil, fmt.Errorf("no write token")
	}
	a := &tokenAccess{}
	for i, t := range tokens {
		if len(t) < MinTokenBytes || strings.ContainsFunc(t, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
			return nil, fmt.Errorf("write token %d: want at least %d printable bytes without white space", i+1, MinTokenBytes)
		}
		a.sums = append(a.sums, sha256.Sum256([]byte(t)))
	}
	return a, nil
}

// ReadTokenFile reads write tokens from path, one a line (several lines
// allow a token to be rotated without downtime); blank lines and lines
// starting with '#' are skipped. See BearerTokens.
func ReadTokenFile(path string) (WriteAccess, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("write token file: %w", err)
	}
	var tokens []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			tokens = append(tokens, line)
		}
	}
	a, err := BearerTokens(tokens...)
	if err != nil {
		return nil, fmt.Errorf("write token file %s: %w", path, err)
	}
	return a, nil
}

func (a *tokenAccess) allow(ctx context.Context) error {
	md, _ := metadata.FromIncomingContext(ctx)
	vals := md.Get("authorization")
	if len(vals) == 0 {
		return claims.Errorf(claims.EUNAUTHENTICATED, "writing needs credentials: send the header \"authorization: Bearer <token>\"")
	}
	tok, ok := strings.CutPrefix(vals[0], "Bearer ")
	if !ok {
		tok, ok = strings.CutPrefix(vals[0], "bearer ")
	}
	if !ok || len(vals) > 1 {
		return claims.Errorf(claims.EUNAUTHENTICATED, "the authorization header must be one \"Bearer <token>\"")
	}
	sum := sha256.Sum256([]byte(tok))
	match := 0
	for _, s := range a.sums {
		match |= subtle.ConstantTimeCompare(sum[:], s[:])
	}
	if match != 1 {
		return claims.Errorf(claims.EUNAUTHENTICATED, "the bearer token is not valid for writing")
	}
	return nil
}

// certAccess lets in calls whose verified client certificate names one of
// a set of names.
type certAccess struct{ names []string }

// ClientCertificates lets in calls over mutual TLS whose verified client
// certificate has one of names as its subject common name or among its
// DNS, e-mail or URI subject alternative names. It needs the server to
// verify client certificates (tls.RequireAndVerifyClientCert with a CA).
func ClientCertificates(names ...string) (WriteAccess, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("no client certificate names allowed to write")
	}
	return &certAccess{names: slices.Clone(names)}, nil
}

func (a *certAccess) allow(ctx context.Context) error {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return claims.Errorf(claims.EUNAUTHENTICATED, "writing needs a client certificate")
	}
	info, ok := p.AuthInfo.(credentials.TLSInfo)
	if !ok || len(info.State.VerifiedChains) == 0 || len(info.State.VerifiedChains[0]) == 0 {
		return claims.Errorf(claims.EUNAUTHENTICATED, "writing needs a verified client certificate")
	}
	leaf := info.State.VerifiedChains[0][0]
	names := append([]string{leaf.Subject.CommonName}, leaf.DNSNames...)
	names = append(names, leaf.EmailAddresses...)
	for _, u := range leaf.URIs {
		names = append(names, u.String())
	}
	for _, n := range names {
		if n != "" && slices.Contains(a.names, n) {
			return nil
		}
	}
	return claims.Errorf(claims.EPERMISSION, "client certificate %q is not on the list of writers", leaf.Subject.CommonName)
}

// anyAccess lets in a call any of its members lets in.
type anyAccess []WriteAccess

func (a anyAccess) allow(ctx context.Context) error {
	var first error
	for _, m := range a {
		err := m.allow(ctx)
		if err == nil {
			return nil
		}
		// A credential that was presented and refused says more than one
		// that was missing.
		if first == nil || claims.ErrorCode(err) == claims.EPERMISSION {
			first = err
		}
	}
	if first == nil {
		return claims.Errorf(claims.EPERMISSION, "this server serves reads only: it was started without a write token file or a list of client certificates allowed to write")
	}
	return first
}
