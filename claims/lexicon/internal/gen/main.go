// Command gen reads the WordNet 3.0 database files (data.*, index.*, *.exc,
// cntlist.rev) and writes the compact table embedded by package lexicon.
//
// Usage:
//
//	go run ./internal/gen -wordnet /usr/share/wordnet -out wordnet.bin.gz
//
// The output is deterministic: the same input files always give the same
// bytes (sorted strings, synsets in file/offset order, gzip without a
// timestamp or name).
//
// Table format (after gzip; every integer is an unsigned varint unless
// noted; see decode.go in package lexicon, which must agree):
//
//	"WNLX1\n"
//	nstr, then nstr strings sorted bytewise, front-coded:
//	    shared-prefix-len, suffix-len, suffix bytes
//	nsyn, then per synset (noun, verb, adj, adv files, offset order):
//	    pos byte (0 n, 1 v, 2 a, 3 r), minimum hypernym depth,
//	    nmem, member string ids,
//	    nptr, per pointer: type byte, target synset, src byte, tgt byte
//	per string: pos mask byte, then for each set bit (n, v, a, r):
//	    nsenses, synset ids in WordNet sense order, SemCor frequency
//	nexc, per entry: form id, pos byte, base id
//	nvar, per entry: variant (British) id, canonical (American) id
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Pointer type codes; must match package lexicon.
var ptrCodes = map[string]byte{
	"!":  1,  // antonym
	"@":  2,  // hypernym
	"@i": 3,  // instance hypernym
	"&":  4,  // similar to
	"$":  5,  // verb group
	"+":  6,  // derivationally related form
	"^":  7,  // also see
	"=":  8,  // attribute
	"\\": 9,  // pertainym / derived from adjective
	"*":  10, // entailment
	">":  11, // cause
	"<":  12, // participle of verb
	"#p": 13, // part holonym: Brasilia is part of Brazil
}

var posFiles = []string{"noun", "verb", "adj", "adv"}

type ptr struct {
	typ      byte
	off      int
	pos      int
	src, tgt byte
}

type synset struct {
	pos   int
	words []string
	ptrs  []ptr
	depth int
}

type key struct {
	pos int
	off int
}

func posIndex(c string) int {
	switch c {
	case "n":
		return 0
	case "v":
		return 1
	case "a", "s":
		return 2
	case "r":
		return 3
	}
	log.Fatalf("unknown pos %q", c)
	return -1
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict directory")
	out := flag.String("out", "wordnet.bin.gz", "output file")
	flag.Parse()
	b, err := Build(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

func readLines(path string, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // licence header lines start with two spaces
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

func cleanWord(w string) string {
	w = strings.ToLower(w)
	if i := strings.IndexByte(w, '('); i > 0 { // adjective markers (a) (p) (ip)
		w = w[:i]
	}
	return w
}

// Build reads the WordNet files in dir and returns the gzip-compressed table.
func Build(dir string) ([]byte, error) {
	var order []key
	syn := map[key]*synset{}
	for p, name := range posFiles {
		err := readLines(filepath.Join(dir, "data."+name), func(line string) error {
			if i := strings.Index(line, " | "); i >= 0 {
				line = line[:i]
			}
			f := strings.Fields(line)
			off, err := strconv.Atoi(f[0])
			if err != nil {
				return err
			}
			s := &synset{pos: p}
			nw, err := strconv.ParseInt(f[3], 16, 0)
			if err != nil {
				return err
			}
			i := 4
			for j := 0; j < int(nw); j++ {
				s.words = append(s.words, cleanWord(f[i]))
				i += 2
			}
			np, err := strconv.Atoi(f[i])
			if err != nil {
				return err
			}
			i++
			for j := 0; j < np; j++ {
				sym, toff, tpos, st := f[i], f[i+1], f[i+2], f[i+3]
				i += 4
				code, ok := ptrCodes[sym]
				if !ok {
					continue
				}
				o, err := strconv.Atoi(toff)
				if err != nil {
					return err
				}
				src, _ := strconv.ParseUint(st[:2], 16, 8)
				tgt, _ := strconv.ParseUint(st[2:], 16, 8)
				s.ptrs = append(s.ptrs, ptr{code, o, posIndex(tpos), byte(src), byte(tgt)})
			}
			k := key{p, off}
			syn[k] = s
			order = append(order, k)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	id := make(map[key]int, len(order))
	for i, k := range order {
		id[k] = i
	}
	// Minimum depth below a root of the hypernym graph.
	var depth func(k key, guard int) int
	memo := map[key]int{}
	depth = func(k key, guard int) int {
		if d, ok := memo[k]; ok {
			return d
		}
		best := -1
		if guard < 64 {
			for _, p := range syn[k].ptrs {
				if p.typ == 2 || p.typ == 3 {
					d := depth(key{p.pos, p.off}, guard+1) + 1
					if best < 0 || d < best {
						best = d
					}
				}
			}
		}
		if best < 0 {
			best = 0
		}
		memo[k] = best
		return best
	}
	for _, k := range order {
		syn[k].depth = depth(k, 0)
	}

	// Index files: lemma senses in WordNet order.
	type senses struct {
		ids  []int
		freq int
	}
	lem := map[string]*[4]*senses{}
	strs := map[string]bool{}
	for p, name := range posFiles {
		err := readLines(filepath.Join(dir, "index."+name), func(line string) error {
			f := strings.Fields(line)
			w := f[0]
			sc, err := strconv.Atoi(f[2])
			if err != nil {
				return err
			}
			pc, err := strconv.Atoi(f[3])
			if err != nil {
				return err
			}
			offs := f[4+pc+2:]
			if len(offs) != sc {
				return fmt.Errorf("sense count mismatch for %q", w)
			}
			e := lem[w]
			if e == nil {
				e = new([4]*senses)
				lem[w] = e
			}
			s := &senses{}
			for _, o := range offs {
				n, err := strconv.Atoi(o)
				if err != nil {
					return err
				}
				sid, ok := id[key{p, n}]
				if !ok {
					return fmt.Errorf("unknown synset %s for %q", o, w)
				}
				s.ids = append(s.ids, sid)
			}
			e[p] = s
			strs[w] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, k := range order {
		for _, w := range syn[k].words {
			strs[w] = true
		}
	}
	// SemCor frequencies from cntlist.rev: "lemma%ss_type:..  sense_number tag_cnt".
	err := readLines(filepath.Join(dir, "cntlist.rev"), func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil
		}
		w, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return nil
		}
		p := map[byte]int{'1': 0, '2': 1, '3': 2, '5': 2, '4': 3}[rest[0]]
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if e := lem[w]; e != nil && e[p] != nil {
			e[p].freq += n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Exception lists.
	type exc struct {
		form string
		pos  int
		base string
	}
	var excs []exc
	for p, name := range posFiles {
		err := readLines(filepath.Join(dir, name+".exc"), func(line string) error {
			f := strings.Fields(line)
			for _, b := range f[1:] {
				excs = append(excs, exc{f[0], p, b})
				strs[f[0]] = true
				strs[b] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// British -> American spelling variants: a rewrite rule must turn one
	// lemma into another lemma and the two must share a synset.
	variants := map[string]string{}
	members := map[string]map[int]bool{}
	for i, k := range order {
		for _, w := range syn[k].words {
			if members[w] == nil {
				members[w] = map[int]bool{}
			}
			members[w][i] = true
		}
	}
	for w := range members {
		for _, c := range americanCandidates(w) {
			if c == w || members[c] == nil {
				continue
			}
			shared := false
			for s := range members[w] {
				if members[c][s] {
					shared = true
					break
				}
			}
			if shared {
				variants[w] = c // first valid candidate: all rules applied, then single rules in order
				break
			}
		}
	}

	// String table.
	list := make([]string, 0, len(strs))
	for s := range strs {
		list = append(list, s)
	}
	sort.Strings(list)
	sid := make(map[string]int, len(list))
	for i, s := range list {
		sid[s] = i
	}

	var buf bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x int) {
		if x < 0 {
			panic("negative")
		}
		n := binary.PutUvarint(tmp[:], uint64(x))
		buf.Write(tmp[:n])
	}
	buf.WriteString("WNLX1\n")
	uv(len(list))
	prev := ""
	for _, s := range list {
		n := 0
		for n < len(s) && n < len(prev) && s[n] == prev[n] {
			n++
		}
		uv(n)
		uv(len(s) - n)
		buf.WriteString(s[n:])
		prev = s
	}
	uv(len(order))
	for _, k := range order {
		s := syn[k]
		buf.WriteByte(byte(s.pos))
		uv(s.depth)
		uv(len(s.words))
		for _, w := range s.words {
			uv(sid[w])
		}
		uv(len(s.ptrs))
		for _, p := range s.ptrs {
			t, ok := id[key{p.pos, p.off}]
			if !ok {
				return nil, fmt.Errorf("dangling pointer %v", p)
			}
			buf.WriteByte(p.typ)
			uv(t)
			buf.WriteByte(p.src)
			buf.WriteByte(p.tgt)
		}
	}
	for _, s := range list {
		e := lem[s]
		if e == nil {
			buf.WriteByte(0)
			continue
		}
		var mask byte
		for p := range 4 {
			if e[p] != nil {
				mask |= 1 << p
			}
		}
		buf.WriteByte(mask)
		for p := range 4 {
			if e[p] == nil {
				continue
			}
			uv(len(e[p].ids))
			for _, x := range e[p].ids {
				uv(x)
			}
			uv(e[p].freq)
		}
	}
	sort.SliceStable(excs, func(i, j int) bool {
		if excs[i].form != excs[j].form {
			return excs[i].form < excs[j].form
		}
		return excs[i].pos < excs[j].pos
	})
	uv(len(excs))
	for _, e := range excs {
		uv(sid[e.form])
		buf.WriteByte(byte(e.pos))
		uv(sid[e.base])
	}
	vk := make([]string, 0, len(variants))
	for w := range variants {
		vk = append(vk, w)
	}
	sort.Strings(vk)
	uv(len(vk))
	for _, w := range vk {
		uv(sid[w])
		uv(sid[variants[w]])
	}

	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// spellingRules rewrite British spellings to American ones. A rewrite only
// counts when WordNet lists both spellings in one synset.
var spellingRules = [][2]string{
	{"our", "or"}, {"ence", "ense"}, {"ise", "ize"}, {"isa", "iza"},
	{"yse", "yze"}, {"tre", "ter"}, {"ogue", "og"}, {"mme", "m"},
	{"ae", "e"}, {"oe", "e"}, {"ll", "l"}, {"eable", "able"},
}

// americanCandidates returns w with every spelling rule applied, then w
// with each applicable rule applied on its own.
func americanCandidates(w string) []string {
	all := w
	for _, r := range spellingRules {
		all = strings.ReplaceAll(all, r[0], r[1])
	}
	out := []string{all}
	for _, r := range spellingRules {
		if strings.Contains(w, r[0]) {
			out = append(out, strings.ReplaceAll(w, r[0], r[1]))
		}
	}
	return out
}
