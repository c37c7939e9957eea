package server

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math"
)

// Paging limits (AIP-158).
const (
	// DefaultPageSize is the page size when a request leaves it at 0.
	DefaultPageSize = 50
	// MaxPageSize is the largest page served; larger requests are clamped.
	MaxPageSize = 500
	// maxPageToken bounds the length of a page token before decoding.
	maxPageToken = 64
)

// pageTokenVersion is the first byte of every token; bump it to invalidate
// tokens handed out by older servers.
const pageTokenVersion = 1

// pageToken is the state a next_page_token carries: where the next page
// starts, and which listing and filter it belongs to. Tokens are opaque to
// callers but not secret: they are base64url of
// version(1) | filter hash(8) | offset(uvarint).
type pageToken struct {
	Offset int
	Filter uint64 // filterHash of the listing the token was made for
}

// errPageToken is the cause of every token rejection.
var errPageToken = errors.New("page token is malformed, expired or was made for another filter")

// filterHash identifies a listing and its filter, so a token made for one
// cannot be replayed against another.
func filterHash(listing string, filter ...string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(listing))
	for _, f := range filter {
		h.Write([]byte{0})
		h.Write([]byte(f))
	}
	return h.Sum64()
}

// encode returns the token's opaque text.
func (t pageToken) encode() string {
	b := make([]byte, 0, 1+8+binary.MaxVarintLen64)
	b = append(b, pageTokenVersion)
	b = binary.BigEndian.AppendUint64(b, t.Filter)
	b = binary.AppendUvarint(b, uint64(t.Offset))
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodePageToken parses s, which must have been made for the listing with
// filter hash want. The empty string is the first page.
func decodePageToken(s string, want uint64) (pageToken, error) {
	if s == "" {
		return pageToken{Filter: want}, nil
	}
	if len(s) > maxPageToken {
		return pageToken{}, errPageToken
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < 10 || b[0] != pageTokenVersion {
		return pageToken{}, errPageToken
	}
	t := pageToken{Filter: binary.BigEndian.Uint64(b[1:9])}
	off, n := binary.Uvarint(b[9:])
	if n <= 0 || 9+n != len(b) || off > math.MaxInt32 || t.Filter != want {
		return pageToken{}, errPageToken
	}
	t.Offset = int(off)
	return t, nil
}

// pageSize applies the AIP-158 default and maximum to a validated size.
func pageSize(n int32) int {
	switch {
	case n <= 0:
		return DefaultPageSize
	case n > MaxPageSize:
		return MaxPageSize
	}
	return int(n)
}

// nextPageToken returns the token for the page after one that started at
// offset and held n items out of total, or "" when it was the last.
func nextPageToken(filter uint64, offset, n, total int) string {
	next := offset + n
	if n == 0 || next >= total {
		return ""
	}
	return pageToken{Offset: next, Filter: filter}.encode()
}
