package vectors

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

//go:embed vectors.bin.gz
var tableGz []byte

// dim is the number of components of every vector.
const dim = 100

// magic starts the decompressed table (see internal/gen).
const magic = "FCVEC1\x00\x00"

// table is the decoded vector table.
type table struct {
	index map[string]int32 // word -> row
	vecs  []int8           // row i is vecs[i*dim : (i+1)*dim]
	inv   []float32        // 1 / Euclidean norm of row i (quantised, so ≈ 1/127)
}

// get decodes the embedded table on first use; a corrupt table is a build defect.
var get = sync.OnceValue(func() *table {
	t, err := decode(tableGz)
	if err != nil {
		panic("vectors: corrupt embedded table: " + err.Error())
	}
	return t
})

// decode parses a gzip-compressed table written by internal/gen.
func decode(gz []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if len(gz) >= 4 { // gzip trailer: uncompressed size mod 2^32
		buf.Grow(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	raw := buf.Bytes()
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("bad magic")
	}
	raw = raw[len(magic):]
	uv := func() (int, error) {
		x, n := binary.Uvarint(raw)
		if n <= 0 || x > 1<<30 {
			return 0, errors.New("bad varint")
		}
		raw = raw[n:]
		return int(x), nil
	}
	n, err := uv()
	if err != nil {
		return nil, err
	}
	d, err := uv()
	if err != nil {
		return nil, err
	}
	if d != dim {
		return nil, fmt.Errorf("%d dimensions, want %d", d, dim)
	}
	// Word list: copy it into one string and take substrings of it.
	type span struct{ off, end int }
	spans := make([]span, n)
	var blob []byte
	for i := range spans {
		l, err := uv()
		if err != nil {
			return nil, err
		}
		if l == 0 || l > len(raw) {
			return nil, fmt.Errorf("word %d: bad length %d", i, l)
		}
		spans[i] = span{len(blob), len(blob) + l}
		blob = append(blob, raw[:l]...)
		raw = raw[l:]
	}
	if len(raw) != n*dim {
		return nil, fmt.Errorf("%d vector bytes, want %d", len(raw), n*dim)
	}
	words := string(blob)
	t := &table{
		index: make(map[string]int32, n),
		vecs:  make([]int8, n*dim),
		inv:   make([]float32, n),
	}
	for i, s := range spans {
		w := words[s.off:s.end]
		if _, dup := t.index[w]; dup {
			return nil, fmt.Errorf("duplicate word %q", w)
		}
		t.index[w] = int32(i)
	}
	for i, b := range raw {
		t.vecs[i] = int8(b)
	}
	for i := range n {
		var ss int32
		for _, x := range t.vecs[i*dim : (i+1)*dim] {
			ss += int32(x) * int32(x)
		}
		if ss == 0 {
			return nil, fmt.Errorf("word %q: zero vector", words[spans[i].off:spans[i].end])
		}
		t.inv[i] = float32(1 / math.Sqrt(float64(ss)))
	}
	return t, nil
}

// Similarity returns the cosine similarity, in [-1, 1], of the vectors of
// words a and b, and whether both words are in the table. Related words
// score high whether they mean the same or the opposite; unrelated words
// score near or below 0.2.
//
// Words are looked up as given; a word that is missing is retried
// lower-cased, with a right single quotation mark read as an apostrophe,
// and then without a possessive "'s" or trailing "'" ("Leader's" →
// "leader", "leaders'" → "leaders"). The table holds single words only
// (hyphenated compounds included), no phrases.
//
// Similarity is safe for concurrent use and does not allocate unless a word
// contains non-ASCII characters other than ’.
func Similarity(a, b string) (float64, bool) {
	t := get()
	ia, ok := t.lookup(a)
	if !ok {
		return 0, false
	}
	ib, ok := t.lookup(b)
	if !ok {
		return 0, false
	}
	if ia == ib {
		return 1, true
	}
	va := t.vecs[int(ia)*dim : int(ia)*dim+dim]
	vb := t.vecs[int(ib)*dim : int(ib)*dim+dim]
	s := float64(dot(va, vb)) * float64(t.inv[ia]) * float64(t.inv[ib])
	return max(-1, min(1, s)), true
}

// Known reports whether word (or its normalised form, as for [Similarity])
// has a vector.
func Known(word string) bool {
	_, ok := get().lookup(word)
	return ok
}

// dot returns the integer dot product of two vectors of length dim.
func dot(a, b []int8) int32 {
	a, b = a[:dim], b[:dim]
	var s0, s1, s2, s3 int32
	for i := 0; i < dim; i += 4 {
		s0 += int32(a[i]) * int32(b[i])
		s1 += int32(a[i+1]) * int32(b[i+1])
		s2 += int32(a[i+2]) * int32(b[i+2])
		s3 += int32(a[i+3]) * int32(b[i+3])
	}
	return s0 + s1 + s2 + s3
}

// maxWord bounds the words normalised on the stack; longer ones are unknown
// (the table's longest word is far shorter).
const maxWord = 64

// lookup finds word's row, trying the normalised forms described at
// [Similarity].
func (t *table) lookup(word string) (int32, bool) {
	if i, ok := t.index[word]; ok {
		return i, true
	}
	if len(word) > 4*maxWord {
		return 0, false
	}
	var buf [maxWord]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 0x80:
			if strings.HasPrefix(word[i:], "\u2019") {
				c = '\''
				i += len("\u2019") - 1
				break
			}
			return t.lookupSlow(word)
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = c
		n++
	}
	return t.lookupBytes(buf[:n])
}

// lookupBytes tries b and then b without a possessive ending. b is already
// lower-case with ASCII apostrophes.
func (t *table) lookupBytes(b []byte) (int32, bool) {
	if i, ok := t.index[string(b)]; ok {
		return i, true
	}
	switch {
	case len(b) > 2 && b[len(b)-2] == '\'' && b[len(b)-1] == 's':
		b = b[:len(b)-2]
	case len(b) > 1 && b[len(b)-1] == '\'':
		b = b[:len(b)-1]
	default:
		return 0, false
	}
	i, ok := t.index[string(b)]
	return i, ok
}

// lookupSlow handles words with non-ASCII characters (Unicode case
// mapping). It allocates.
func (t *table) lookupSlow(word string) (int32, bool) {
	w := strings.ReplaceAll(strings.ToLower(word), "\u2019", "'")
	if len(w) > maxWord {
		return 0, false
	}
	return t.lookupBytes([]byte(w))
}
