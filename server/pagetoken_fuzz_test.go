package server

import "testing"

// FuzzPageToken: any token text, no panic; what decodes is a token for the
// filter asked for, with an offset in range, that survives re-encoding.
func FuzzPageToken(f *testing.F) {
	filter := filterHash("ListClaims", "doc-1")
	for _, off := range []int{0, 1, 50, 1 << 20, 1<<31 - 1} {
		f.Add(pageToken{Offset: off, Filter: filter}.encode())
	}
	for _, s := range []string{"", "AQ", "!!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AQAAAAAAAAAA_____w8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok, err := decodePageToken(s, filter)
		if err != nil {
			return
		}
		if tok.Filter != filter || tok.Offset < 0 || tok.Offset > 1<<31-1 {
			t.Fatalf("decodePageToken(%q) = %+v", s, tok)
		}
		again, err := decodePageToken(tok.encode(), filter)
		if err != nil || again != tok {
			t.Fatalf("re-encoded %+v decodes to %+v, %v", tok, again, err)
		}
		if len(s) > maxPageToken {
			t.Fatalf("accepted a %d-byte token, limit %d", len(s), maxPageToken)
		}
	})
}
