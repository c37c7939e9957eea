package server

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
)

// Request limits. They are part of the API contract and documented in
// README.md; validation rejects anything outside them with
// INVALID_ARGUMENT and a google.rpc.BadRequest field violation.
const (
	// MaxStatementBytes is the longest statement CheckClaim accepts, in
	// UTF-8 bytes.
	MaxStatementBytes = 4096
	// MaxEvidence is the largest max_evidence a CheckClaim request may ask.
	MaxEvidence = 50
	// MaxIDBytes is the longest claim or document id accepted.
	MaxIDBytes = 256
)

// validateCheck checks a CheckClaim request outside the interceptor, for
// callers such as the CheckClaims stream that validate each item
// themselves: the buf.validate rules of the proto, then what they cannot
// say (valid UTF-8, which protobuf decoding guarantees on the wire but not
// for messages built in-process, and a well-formed as_of). It returns nil
// or an error holding one violation per bad field.
func validateCheck(req *factcheckv1.CheckClaimRequest) error {
	var inv invalidRequest
	if !utf8.ValidString(req.GetStatement()) {
		inv.add("statement", "is not valid UTF-8")
	}
	if ts := req.GetAsOf(); ts != nil && ts.CheckValid() != nil {
		inv.add("as_of", "is not a valid timestamp")
	}
	if len(inv.errs) > 0 {
		return inv.err()
	}
	return validateRules(req)
}

// listRequest is what every AIP-158 list request has.
type listRequest interface {
	GetPageSize() int32
	GetPageToken() string
}

// validateList decodes the page token of a list request, whose other
// fields the buf.validate rules have checked, and returns the page to
// fetch and the filter hash the next token must carry. listing names the
// RPC, so tokens do not cross listings. Token decoding is the one check
// the rules cannot express: a token is only valid for its listing and
// filter.
func validateList(listing string, req listRequest, documentID string) (claims.Page, uint64, error) {
	filter := filterHash(listing, documentID)
	tok, err := decodePageToken(req.GetPageToken(), filter)
	if err != nil {
		var inv invalidRequest
		inv.add("page_token", "%v", err)
		return claims.Page{}, 0, inv.err()
	}
	return claims.Page{Offset: tok.Offset, Limit: pageSize(req.GetPageSize())}, filter, nil
}

// checkID records why id is not an acceptable identifier, by the same
// rules the proto gives GetClaimRequest.id, for ids in messages that are
// validated item by item (CheckClaimsRequest.id).
func checkID(inv *invalidRequest, field, id string, required bool) {
	switch {
	case id == "":
		if required {
			inv.add(field, "must not be empty")
		}
	case len(id) > MaxIDBytes:
		inv.add(field, "is %d bytes long; the limit is %d", len(id), MaxIDBytes)
	case !utf8.ValidString(id):
		inv.add(field, "is not valid UTF-8")
	case strings.IndexFunc(id, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) >= 0:
		inv.add(field, "must not contain white space or control characters")
	}
}
