package server

import (
	"strings"
	"testing"
)

func TestPageTokenRoundTrip(t *testing.T) {
	t.Parallel()
	f := filterHash("ListClaims", "doc-1")
	for _, off := range []int{0, 1, 49, 500, 1 << 20} {
		tok := pageToken{Offset: off, Filter: f}.encode()
		got, err := decodePageToken(tok, f)
		if err != nil || got.Offset != off {
			t.Errorf("decode(encode(%d)) = %+v, %v", off, got, err)
		}
	}
}

func TestPageTokenRejects(t *testing.T) {
	t.Parallel()
	f := filterHash("ListClaims", "doc-1")
	good := pageToken{Offset: 50, Filter: f}.encode()
	tests := []struct {
		name, token string
		filter      uint64
	}{
		{"other filter", good, filterHash("ListClaims", "doc-2")},
		{"other listing", good, filterHash("ListInconsistencies", "doc-1")},
		{"not base64", "!!!", f},
		{"too short", "AQ", f},
		{"too long", strings.Repeat("A", maxPageToken+1), f},
		{"trailing bytes", good + "AAAA", f},
		{"bad version", pageToken{Offset: 1, Filter: f}.encode()[:0] + "Ag" + good[2:], f},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if _, err := decodePageToken(tt.token, tt.filter); err == nil {
				t.Errorf("decodePageToken(%q) accepted", tt.token)
			}
		})
	}
}

func TestNextPageToken(t *testing.T) {
	t.Parallel()
	f := filterHash("ListDocuments")
	if got := nextPageToken(f, 0, 10, 10); got != "" {
		t.Errorf("last page token = %q, want empty", got)
	}
	tok := nextPageToken(f, 10, 10, 25)
	got, err := decodePageToken(tok, f)
	if err != nil || got.Offset != 20 {
		t.Errorf("next token = %+v, %v; want offset 20", got, err)
	}
}

func TestPageSize(t *testing.T) {
	t.Parallel()
	for in, want := range map[int32]int{0: DefaultPageSize, 1: 1, 500: 500, 501: MaxPageSize, 1 << 30: MaxPageSize} {
		if got := pageSize(in); got != want {
			t.Errorf("pageSize(%d) = %d, want %d", in, got, want)
		}
	}
}
