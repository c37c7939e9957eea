package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
)

//go:embed wordnet.bin.gz
var tableGz []byte

// Part-of-speech indexes used in the table.
const (
	nounPos = iota
	verbPos
	adjPos
	advPos
	numPos
)

// Pointer type codes, as written by internal/gen.
const (
	ptrAntonym    = 1
	ptrHypernym   = 2
	ptrInstance   = 3
	ptrSimilar    = 4
	ptrVerbGroup  = 5
	ptrDerivation = 6
	ptrAlsoSee    = 7
	ptrAttribute  = 8
	ptrPertainym  = 9
	ptrEntailment = 10
	ptrCause      = 11
	ptrParticiple = 12
	ptrHolonym    = 13 // part holonym
)

type pointer struct {
	typ    uint8
	src    uint8 // 1-based member index in the source synset, 0 = whole synset
	tgt    uint8 // 1-based member index in the target synset, 0 = whole synset
	target int32
}

type excEntry struct {
	pos  uint8
	base int32
}

type table struct {
	blob string
	off  []uint32 // string i is blob[off[i]:off[i+1]]

	synPos   []uint8
	synDepth []uint8
	memOff   []uint32
	mem      []int32
	ptrOff   []uint32
	ptrs     []pointer

	senseOff []uint32 // senses of (string i, pos p) are senses[senseOff[4i+p]:senseOff[4i+p+1]]
	senses   []int32
	freq     []uint32 // SemCor tag count of (string i, pos p)

	excOff []uint32
	exc    []excEntry

	variant map[int32]int32 // British spelling -> American spelling
}

// get decodes the embedded table on first use; a corrupt table is a build defect.
var get = sync.OnceValue(func() *table {
	t, err := decode(tableGz)
	if err != nil {
		panic("lexicon: corrupt embedded table: " + err.Error())
	}
	return t
})

// reader parses unsigned varints and bytes from the decompressed table.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uv() int {
	if r.err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.b)
	if n <= 0 || x > 1<<31 {
		r.err = errors.New("bad varint")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return int(x)
}

func (r *reader) byte() uint8 {
	if len(r.b) == 0 {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.b) {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		r.b = nil
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func decode(gz []byte) (*table, error) {
	if len(gz) < 18 {
		return nil, io.ErrUnexpectedEOF
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	// The gzip trailer holds the uncompressed size; read into one buffer.
	size := binary.LittleEndian.Uint32(gz[len(gz)-4:])
	if size > 64<<20 {
		return nil, errors.New("table too large")
	}
	raw := make([]byte, size)
	if _, err := io.ReadFull(zr, raw); err != nil {
		return nil, err
	}
	if n, _ := zr.Read(make([]byte, 1)); n != 0 {
		return nil, errors.New("trailing data")
	}
	const magic = "WNLX1\n"
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("bad magic")
	}
	r := &reader{b: raw[len(magic):]}
	t := &table{}

	nstr := r.uv()
	t.off = make([]uint32, nstr+1)
	blob := make([]byte, 0, 2<<20)
	prevStart := 0
	for i := range nstr {
		shared, n := r.uv(), r.uv()
		if r.err != nil || shared > len(blob)-prevStart {
			return nil, fmt.Errorf("string %d: bad prefix", i)
		}
		start := len(blob)
		blob = append(blob, blob[prevStart:prevStart+shared]...)
		blob = append(blob, r.bytes(n)...)
		prevStart = start
		t.off[i] = uint32(start)
	}
	t.off[nstr] = uint32(len(blob))
	t.blob = string(blob)

	nsyn := r.uv()
	t.synPos = make([]uint8, nsyn)
	t.synDepth = make([]uint8, nsyn)
	t.memOff = make([]uint32, nsyn+1)
	t.ptrOff = make([]uint32, nsyn+1)
	t.mem = make([]int32, 0, 210000)
	t.ptrs = make([]pointer, 0, 220000)
	for s := range nsyn {
		t.synPos[s] = r.byte()
		t.synDepth[s] = uint8(min(r.uv(), 255))
		t.memOff[s] = uint32(len(t.mem))
		for range r.uv() {
			t.mem = append(t.mem, int32(r.uv()))
		}
		t.ptrOff[s] = uint32(len(t.ptrs))
		for range r.uv() {
			var p pointer
			p.typ = r.byte()
			p.target = int32(r.uv())
			p.src = r.byte()
			p.tgt = r.byte()
			t.ptrs = append(t.ptrs, p)
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	t.memOff[nsyn] = uint32(len(t.mem))
	t.ptrOff[nsyn] = uint32(len(t.ptrs))

	t.senseOff = make([]uint32, nstr*numPos+1)
	t.freq = make([]uint32, nstr*numPos)
	t.senses = make([]int32, 0, 210000)
	for i := range nstr {
		mask := r.byte()
		for p := range numPos {
			t.senseOff[i*numPos+p] = uint32(len(t.senses))
			if mask&(1<<p) == 0 {
				continue
			}
			for range r.uv() {
				t.senses = append(t.senses, int32(r.uv()))
			}
			t.freq[i*numPos+p] = uint32(r.uv())
		}
	}
	t.senseOff[nstr*numPos] = uint32(len(t.senses))

	nexc := r.uv()
	t.excOff = make([]uint32, nstr+1)
	t.exc = make([]excEntry, nexc)
	forms := make([]int32, nexc)
	for i := range nexc {
		forms[i] = int32(r.uv())
		t.exc[i] = excEntry{pos: r.byte(), base: int32(r.uv())}
	}
	j := 0
	for i := 0; i <= nstr; i++ {
		for j < nexc && int(forms[j]) < i {
			j++
		}
		t.excOff[i] = uint32(j)
	}

	nvar := r.uv()
	t.variant = make(map[int32]int32, nvar)
	for range nvar {
		a := int32(r.uv())
		t.variant[a] = int32(r.uv())
	}
	if r.err != nil {
		return nil, r.err
	}
	for _, x := range t.mem {
		if x < 0 || int(x) >= nstr {
			return nil, errors.New("member out of range")
		}
	}
	for _, p := range t.ptrs {
		if p.target < 0 || int(p.target) >= nsyn {
			return nil, errors.New("pointer out of range")
		}
	}
	for _, s := range t.senses {
		if s < 0 || int(s) >= nsyn {
			return nil, errors.New("sense out of range")
		}
	}
	for _, e := range t.exc {
		if e.base < 0 || int(e.base) >= nstr || e.pos >= numPos {
			return nil, errors.New("exception out of range")
		}
	}
	return t, nil
}

// str returns string i.
func (t *table) str(i int32) string { return t.blob[t.off[i]:t.off[i+1]] }

// lookup returns the id of s, or -1.
func (t *table) lookup(s string) int32 {
	lo, hi := 0, len(t.off)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.blob[t.off[m]:t.off[m+1]] < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.off)-1 && t.blob[t.off[lo]:t.off[lo+1]] == s {
		return int32(lo)
	}
	return -1
}

// sensesOf returns the synsets of lemma l in part of speech p, in WordNet order.
func (t *table) sensesOf(l int32, p int) []int32 {
	k := int(l)*numPos + p
	return t.senses[t.senseOff[k]:t.senseOff[k+1]]
}

// hasSenses reports whether l is a lemma in any part of speech.
func (t *table) hasSenses(l int32) bool {
	k := int(l) * numPos
	return t.senseOff[k] != t.senseOff[k+numPos]
}

// totalFreq is the SemCor tag count of l over all parts of speech.
func (t *table) totalFreq(l int32) uint32 {
	k := int(l) * numPos
	return t.freq[k] + t.freq[k+1] + t.freq[k+2] + t.freq[k+3]
}

func (t *table) members(s int32) []int32 { return t.mem[t.memOff[s]:t.memOff[s+1]] }

func (t *table) pointers(s int32) []pointer { return t.ptrs[t.ptrOff[s]:t.ptrOff[s+1]] }

// memberIndex returns the 1-based index of lemma l in synset s, or 0.
func (t *table) memberIndex(s, l int32) uint8 {
	for i, m := range t.members(s) {
		if m == l {
			return uint8(i + 1)
		}
	}
	return 0
}
