package server

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

func TestValidateCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		req    *factcheckv1.CheckClaimRequest
		fields []string // violated fields, in order; nil means valid
	}{
		{"plain", &factcheckv1.CheckClaimRequest{Statement: "The bridge opened."}, nil},
		{"multi-line", &factcheckv1.CheckClaimRequest{Statement: "One.\nTwo.\tThree."}, nil},
		{"at limit", &factcheckv1.CheckClaimRequest{Statement: strings.Repeat("a", MaxStatementBytes)}, nil},
		{"as_of and max", &factcheckv1.CheckClaimRequest{Statement: "x", AsOf: timestamppb.New(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), MaxEvidence: MaxEvidence}, nil},
		{"empty", &factcheckv1.CheckClaimRequest{}, []string{"statement"}},
		{"blank", &factcheckv1.CheckClaimRequest{Statement: " \t\n "}, []string{"statement"}},
		{"zero-width only", &factcheckv1.CheckClaimRequest{Statement: "\u200b\u200c\u200d"}, []string{"statement"}},
		{"bom and joiner", &factcheckv1.CheckClaimRequest{Statement: "\ufeff \u2060 \u00a0"}, []string{"statement"}},
		{"bidi and selectors", &factcheckv1.CheckClaimRequest{Statement: "\u202e\u2067\ufe0f\U000e0100\u034f\u3164\u2800"}, []string{"statement"}},
		{"word among invisibles", &factcheckv1.CheckClaimRequest{Statement: "\u200bPutin\u200b"}, nil},
		{"too long", &factcheckv1.CheckClaimRequest{Statement: strings.Repeat("a", MaxStatementBytes+1)}, []string{"statement"}},
		{"bad utf-8", &factcheckv1.CheckClaimRequest{Statement: "caf\xe9"}, []string{"statement"}},
		{"control", &factcheckv1.CheckClaimRequest{Statement: "a\x00b"}, []string{"statement"}},
		{"escape", &factcheckv1.CheckClaimRequest{Statement: "a\x1b[31mb"}, []string{"statement"}},
		{"as_of invalid", &factcheckv1.CheckClaimRequest{Statement: "x", AsOf: &timestamppb.Timestamp{Seconds: 1, Nanos: -1}}, []string{"as_of"}},
		{"as_of ancient", &factcheckv1.CheckClaimRequest{Statement: "x", AsOf: timestamppb.New(time.Date(1066, 10, 14, 0, 0, 0, 0, time.UTC))}, []string{"as_of"}},
		{"as_of far", &factcheckv1.CheckClaimRequest{Statement: "x", AsOf: timestamppb.New(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))}, []string{"as_of"}},
		{"max negative", &factcheckv1.CheckClaimRequest{Statement: "x", MaxEvidence: -1}, []string{"max_evidence"}},
		{"max too big", &factcheckv1.CheckClaimRequest{Statement: "x", MaxEvidence: MaxEvidence + 1}, []string{"max_evidence"}},
		{"all bad", &factcheckv1.CheckClaimRequest{MaxEvidence: -3, AsOf: timestamppb.New(time.Time{})}, []string{"statement", "as_of", "max_evidence"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assertFields(t, validateCheck(tt.req), tt.fields)
		})
	}
}

func TestValidateList(t *testing.T) {
	t.Parallel()
	tok := pageToken{Offset: 7, Filter: filterHash("ListClaims", "d1")}.encode()
	tests := []struct {
		name   string
		req    *factcheckv1.ListClaimsRequest
		want   claims.Page
		fields []string
	}{
		{"defaults", &factcheckv1.ListClaimsRequest{}, claims.Page{Limit: DefaultPageSize}, nil},
		{"clamped", &factcheckv1.ListClaimsRequest{PageSize: 9000}, claims.Page{Limit: MaxPageSize}, nil},
		{"token", &factcheckv1.ListClaimsRequest{PageSize: 3, PageToken: tok, DocumentId: "d1"}, claims.Page{Offset: 7, Limit: 3}, nil},
		{"token other filter", &factcheckv1.ListClaimsRequest{PageToken: tok, DocumentId: "d2"}, claims.Page{}, []string{"page_token"}},
		{"negative size", &factcheckv1.ListClaimsRequest{PageSize: -1}, claims.Page{}, []string{"page_size"}},
		{"garbage token", &factcheckv1.ListClaimsRequest{PageToken: "nope"}, claims.Page{}, []string{"page_token"}},
		{"bad document id", &factcheckv1.ListClaimsRequest{DocumentId: "a b"}, claims.Page{}, []string{"document_id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := validateRequest(tt.req)
			var page claims.Page
			if err == nil {
				page, _, err = validateList("ListClaims", tt.req, tt.req.GetDocumentId())
			}
			assertFields(t, err, tt.fields)
			if err == nil && page != tt.want {
				t.Errorf("page = %+v, want %+v", page, tt.want)
			}
		})
	}
}

func TestValidateRules(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", MaxIDBytes+1)
	tests := []struct {
		name   string
		req    proto.Message
		fields []string
	}{
		{"claim id", &factcheckv1.GetClaimRequest{Id: "doc/c01"}, nil},
		{"claim id empty", &factcheckv1.GetClaimRequest{}, []string{"id"}},
		{"claim id long", &factcheckv1.GetClaimRequest{Id: long}, []string{"id"}},
		{"claim id newline", &factcheckv1.GetClaimRequest{Id: "a\nb"}, []string{"id"}},
		{"claim id nbsp", &factcheckv1.GetClaimRequest{Id: "a\u00a0b"}, []string{"id"}},
		{"document id", &factcheckv1.GetDocumentRequest{Id: "example-bridge"}, nil},
		{"document id space", &factcheckv1.GetDocumentRequest{Id: "a b"}, []string{"id"}},
		{"documents negative", &factcheckv1.ListDocumentsRequest{PageSize: -5}, []string{"page_size"}},
		{"token alphabet", &factcheckv1.ListDocumentsRequest{PageToken: "a+b/c="}, []string{"page_token"}},
		{"token long", &factcheckv1.ListDocumentsRequest{PageToken: strings.Repeat("A", maxPageToken+1)}, []string{"page_token"}},
		{"audit filter", &factcheckv1.ListInconsistenciesRequest{DocumentId: "x\ty", PageSize: -1}, []string{"page_size", "document_id"}},
		{"statement nbsp only", &factcheckv1.CheckClaimRequest{Statement: "\u00a0\u2003\u3000"}, []string{"statement"}},
		{"statement C1 control", &factcheckv1.CheckClaimRequest{Statement: "a\u0085b"}, []string{"statement"}},
		{"statement DEL", &factcheckv1.CheckClaimRequest{Statement: "a\x7fb"}, []string{"statement"}},
		{"statement zero width", &factcheckv1.CheckClaimRequest{Statement: "a\u200bb"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assertFields(t, validateRequest(tt.req), tt.fields)
		})
	}
}

// assertFields checks that err blames exactly fields, in order.
func assertFields(tb testing.TB, err error, fields []string) {
	tb.Helper()
	if fields == nil {
		if err != nil {
			tb.Fatalf("unexpected error: %v", err)
		}
		return
	}
	inv, ok := err.(*invalidRequest)
	if !ok {
		tb.Fatalf("error = %v (%T), want *invalidRequest", err, err)
	}
	var got []string
	for _, e := range inv.errs {
		got = append(got, claims.ErrorField(e))
	}
	if strings.Join(got, ",") != strings.Join(fields, ",") {
		tb.Errorf("violated fields = %v, want %v", got, fields)
	}
	if claims.ErrorCode(err) != claims.EINVALID {
		tb.Errorf("ErrorCode = %q, want EINVALID", claims.ErrorCode(err))
	}
}
