package server

import (
	"strings"
	"time"
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

// The window as_of must fall in: a check is about the recorded past or the
// near future, not about year 1 or year 9999.
var (
	minAsOf = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	maxAsOf = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// validateCheck checks a CheckClaim request. It returns nil or an error
// holding one violation per bad field.
func validateCheck(req *factcheckv1.CheckClaimRequest) error {
	var inv invalidRequest
	checkText(&inv, "statement", req.GetStatement(), MaxStatementBytes)
	if ts := req.GetAsOf(); ts != nil {
		if err := ts.CheckValid(); err != nil {
			inv.add("as_of", "is not a valid timestamp")
		} else if t := ts.AsTime(); t.Before(minAsOf) || !t.Before(maxAsOf) {
			inv.add("as_of", "must be between %s and %s", minAsOf.Format(time.DateOnly), maxAsOf.Format(time.DateOnly))
		}
	}
	if n := req.GetMaxEvidence(); n < 0 || n > MaxEvidence {
		inv.add("max_evidence", "must be between 0 and %d", MaxEvidence)
	}
	return inv.err()
}

// validateGet checks the id of a Get request.
func validateGet(id string) error {
	var inv invalidRequest
	checkID(&inv, "id", id, true)
	return inv.err()
}

// listRequest is what every AIP-158 list request has.
type listRequest interface {
	GetPageSize() int32
	GetPageToken() string
}

// validateList checks the paging fields of a list request and the optional
// document_id filter, and returns the page to fetch and the filter hash the
// next token must carry. listing names the RPC, so tokens do not cross
// listings.
func validateList(listing string, req listRequest, documentID string) (claims.Page, uint64, error) {
	var inv invalidRequest
	if req.GetPageSize() < 0 {
		inv.add("page_size", "must not be negative")
	}
	checkID(&inv, "document_id", documentID, false)
	filter := filterHash(listing, documentID)
	tok, err := decodePageToken(req.GetPageToken(), filter)
	if err != nil {
		inv.add("page_token", "%v", err)
	}
	if err := inv.err(); err != nil {
		return claims.Page{}, 0, err
	}
	return claims.Page{Offset: tok.Offset, Limit: pageSize(req.GetPageSize())}, filter, nil
}

// checkText records why s is not acceptable free text of at most max bytes:
// empty or blank, too long, not UTF-8, or holding control characters other
// than tab and line breaks. Messages never quote the text: statements can be
// confidential.
func checkText(inv *invalidRequest, field, s string, max int) {
	switch {
	case strings.TrimSpace(s) == "":
		inv.add(field, "must not be empty or only white space")
	case len(s) > max:
		inv.add(field, "is %d bytes long; the limit is %d", len(s), max)
	case !utf8.ValidString(s):
		inv.add(field, "is not valid UTF-8")
	case strings.IndexFunc(s, isBadControl) >= 0:
		inv.add(field, "must not contain control characters")
	}
}

// checkID records why id is not an acceptable identifier.
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

// isBadControl reports control characters other than tab, CR and LF.
func isBadControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}
