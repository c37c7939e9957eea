package vectors

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

func sim(t testing.TB, a, b string) float64 {
	t.Helper()
	s, ok := Similarity(a, b)
	if !ok {
		t.Fatalf("Similarity(%q, %q): unknown word", a, b)
	}
	return s
}

// TestDecode is not parallel, and comes first, so that its heap measurement
// is not disturbed by other tests decoding the shared table.
func TestDecode(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	tb, err := decode(tableGz)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(tb)
	t.Logf("decoded %d words in %v; live heap +%.1f MB; embedded %.2f MB",
		len(tb.index), elapsed, float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), float64(len(tableGz))/(1<<20))
	if got := len(tb.index); got != 60000 {
		t.Errorf("%d words, want 60000", got)
	}
	if len(tb.vecs) != len(tb.index)*dim || len(tb.inv) != len(tb.index) {
		t.Fatalf("vecs %d, inv %d for %d words", len(tb.vecs), len(tb.inv), len(tb.index))
	}
	for w, i := range tb.index {
		for _, c := range []byte(w) {
			if !('a' <= c && c <= 'z' || c == '-' || c == '\'') {
				t.Errorf("word %q: unexpected byte %q", w, c)
				break
			}
		}
		// Unit vectors scaled by 127, rounded: the norm stays close to 127.
		if n := 1 / float64(tb.inv[i]); math.Abs(n-127) > 2 {
			t.Errorf("word %q: quantised norm %.2f, want ≈127", w, n)
		}
	}
	for _, w := range []string{"the", "talks", "negotiations", "warships", "snubbed"} {
		if _, ok := tb.index[w]; !ok {
			t.Errorf("%q missing", w)
		}
	}
}

func TestDecodeCorrupt(t *testing.T) {
	t.Parallel()
	for name, gz := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": tableGz[:len(tableGz)/2],
	} {
		if _, err := decode(gz); err == nil {
			t.Errorf("%s: decode succeeded", name)
		}
	}
}

// TestOrder checks that paraphrases score above unrelated words.
func TestOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ a, b, unrelated string }{
		{"talks", "negotiations", "banana"},
		{"assistance", "aid", "guitar"},
		{"drills", "exercises", "poetry"},
		{"voiced", "expressed", "banana"},
		{"coalition", "alliance", "recipe"},
		{"warships", "ships", "violin"},
		{"summit", "meeting", "cucumber"},
		{"weapons", "arms", "lullaby"},
		{"journey", "trip", "spreadsheet"},
		{"help", "aid", "banana"},
	} {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			t.Parallel()
			related, unrelated := sim(t, tc.a, tc.b), sim(t, tc.a, tc.unrelated)
			if related < 0.5 {
				t.Errorf("Similarity(%q, %q) = %.3f, want ≥ 0.5", tc.a, tc.b, related)
			}
			if unrelated > 0.3 || related-unrelated < 0.3 {
				t.Errorf("Similarity(%q, %q) = %.3f vs unrelated %q %.3f: want a clear gap", tc.a, tc.b, related, tc.unrelated, unrelated)
			}
		})
	}
}

func TestSymmetryAndRange(t *testing.T) {
	t.Parallel()
	words := []string{"talks", "negotiations", "aid", "the", "banana", "offensive", "war", "rail", "train", "well-known", "long-term"}
	for _, a := range words {
		if s := sim(t, a, a); s != 1 {
			t.Errorf("Similarity(%q, %q) = %v, want 1", a, a, s)
		}
		for _, b := range words {
			ab, ba := sim(t, a, b), sim(t, b, a)
			if ab != ba {
				t.Errorf("Similarity(%q, %q) = %v but Similarity(%q, %q) = %v", a, b, ab, b, a, ba)
			}
			if ab < -1 || ab > 1 || math.IsNaN(ab) {
				t.Errorf("Similarity(%q, %q) = %v out of range", a, b, ab)
			}
		}
	}
}

func TestUnknown(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ a, b string }{
		{"talks", "qwzxvbnmk"},
		{"qwzxvbnmk", "talks"},
		{"", "talks"},
		{"talks", ""},
		{"peace talks", "talks"}, // phrases are not in the table
		{"talks", "2014"},
		{"talks", ","},
		{"talks", "'s"},
		{"talks", strings.Repeat("a", 1000)},
	} {
		if s, ok := Similarity(tc.a, tc.b); ok || s != 0 {
			t.Errorf("Similarity(%q, %q) = %v, %v; want 0, false", tc.a, tc.b, s, ok)
		}
	}
	if Known("qwzxvbnmk") || Known("") || Known("Qwzxvbnmk's") {
		t.Error("Known accepts a nonsense word")
	}
}

func TestNormalise(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"Talks", "talks"},
		{"TALKS", "talks"},
		{"leader's", "leader"},
		{"Leader’s", "leader"},
		{"LEADER'S", "leader"},
		{"leaders'", "leaders"},
		{"Ünited", ""},   // non-ASCII: Unicode lower-casing, then unknown
		{"KİEV", "kiev"}, // Unicode lower-casing maps İ to i
	} {
		if tc.want == "" {
			if Known(tc.in) {
				t.Errorf("Known(%q) = true", tc.in)
			}
			continue
		}
		if !Known(tc.in) {
			t.Errorf("Known(%q) = false", tc.in)
			continue
		}
		if s := sim(t, tc.in, tc.want); s != 1 {
			t.Errorf("Similarity(%q, %q) = %v, want 1", tc.in, tc.want, s)
		}
	}
	// The table has no words with apostrophes: "it's" falls back to "it".
	if s := sim(t, "it's", "it"); s != 1 {
		t.Errorf("Similarity(it's, it) = %v, want 1", s)
	}
}

func TestNoAllocation(t *testing.T) {
	Similarity("a", "b") // decode outside the measurement
	for _, pair := range [][2]string{{"talks", "negotiations"}, {"Talks", "Leader's"}, {"talks", "qwzxvbnmk"}} {
		if n := testing.AllocsPerRun(100, func() { Similarity(pair[0], pair[1]) }); n != 0 {
			t.Errorf("Similarity(%q, %q) allocates %v times", pair[0], pair[1], n)
		}
	}
}

func TestConcurrent(t *testing.T) {
	t.Parallel()
	want := sim(t, "talks", "negotiations")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				if s, ok := Similarity("talks", "negotiations"); !ok || s != want {
					t.Errorf("Similarity = %v, %v; want %v", s, ok, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// pairs are the word pairs the engine's thresholds are chosen from.
var pairs = [][2]string{
	{"talks", "negotiations"}, {"assistance", "aid"}, {"drills", "exercises"},
	{"voiced", "expressed"}, {"coalition", "alliance"}, {"warships", "ships"},
	{"trip", "travel"}, {"rail", "train"}, {"see", "meet"}, {"talk", "discuss"},
	{"provide", "supply"}, {"welcomed", "expressed"}, {"deal", "discuss"},
	{"plane", "train"}, {"car", "train"}, {"attend", "skip"},
	{"surplus", "shortage"}, {"snubbed", "skipped"}, {"host", "hold"},
	{"journey", "trip"}, {"head", "travel"}, {"help", "aid"},
	{"summit", "meeting"}, {"gathering", "meeting"}, {"leader", "president"},
	{"weapons", "arms"}, {"concern", "worry"}, {"concern", "welcome"},
	{"approve", "ban"}, {"invasion", "offensive"}, {"war", "offensive"},
	{"drill", "exercise"},
}

// TestTable logs the similarities of pairs (go test -run TestTable -v).
func TestTable(t *testing.T) {
	t.Parallel()
	var sb strings.Builder
	for _, p := range pairs {
		fmt.Fprintf(&sb, "\n%-22s %.3f", p[0]+"/"+p[1], sim(t, p[0], p[1]))
	}
	t.Log(sb.String())
}

func BenchmarkSimilarity(b *testing.B) {
	Similarity("a", "b")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		Similarity(p[0], p[1])
		i++
	}
}

func BenchmarkSimilarityNormalised(b *testing.B) {
	Similarity("a", "b")
	b.ReportAllocs()
	for b.Loop() {
		Similarity("Leader's", "President")
	}
}

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(tableGz); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzSimilarity(f *testing.F) {
	for _, s := range []string{"talks", "Talks", "leader's", "Leader’s", "leaders'", "", "'", "'s", "’", "\xff", "İ", "a-b", strings.Repeat("A", 70)} {
		f.Add(s, "negotiations")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		s, ok := Similarity(a, b)
		if !ok {
			if s != 0 {
				t.Fatalf("Similarity(%q, %q) = %v, false", a, b, s)
			}
			return
		}
		if s < -1 || s > 1 || math.IsNaN(s) {
			t.Fatalf("Similarity(%q, %q) = %v out of range", a, b, s)
		}
		if !Known(a) || !Known(b) {
			t.Fatalf("Similarity(%q, %q) ok but Known false", a, b)
		}
		if s2, _ := Similarity(b, a); s2 != s {
			t.Fatalf("asymmetric: %v vs %v", s, s2)
		}
		_ = utf8.ValidString(a)
	})
}
