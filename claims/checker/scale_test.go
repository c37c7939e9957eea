package checker_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/corpusgen"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// scaleSizes are the corpus sizes TestScale measures: 10 000 claims by
// default (skipped with -short); FACTCHECK_SCALE=1 adds 100 000 and
// 1 000 000, or FACTCHECK_SCALE=N,M,... names the sizes.
func scaleSizes() []int {
	switch v := os.Getenv("FACTCHECK_SCALE"); v {
	case "", "0":
		return []int{10_000}
	case "1":
		return []int{10_000, 100_000, 1_000_000}
	default:
		var out []int
		for _, f := range strings.Split(v, ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
				out = append(out, n)
			}
		}
		return out
	}
}

// scaleMix is the fixed statement mix of the scale test, written from the
// generator's vocabulary: the most written-about people, the first
// countries and summits (the keys with the longest postings), an office at
// a year, a plan, a trip, agreements, and something no claim speaks to.
var scaleMix = []string{
	"Person 3 met Person 17 in City 5 on 9 June 2023.",
	"Person 1 visited Country 2 in March 2021.",
	"Person 8 was the president of Country 8 in 2015.",
	"Person 40 is expected to visit Country 1 next year.",
	"City 7 hosted the 2019 Forum 1 summit.",
	"Person 12 did not attend the 2021 Forum 2 summit.",
	"Person 25 travelled to City 30 by train and met Person 2 there.",
	"Person 5 and Person 9 signed 12 agreements in City 3 in May 2020.",
	"The price of coffee rose sharply in Brazil last winter.",
	"Person 60 skipped the 2018 Forum 3 summit, and Person 61 was the foreign minister of Country 5 at the time.",
}

// scaleRow is one line of the growth table.
type scaleRow struct {
	name                 string
	claims               int
	load, build          time.Duration
	bytesPerClaim        float64 // the engine's heap, beyond the corpus
	corpusPerClaim       float64 // the loaded corpus's heap
	p50, p90, maxLatency time.Duration
	verdicts             map[claims.Verdict]int
}

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// measure builds an engine over c and times the mix plus sampled claim
// statements over it.
func measure(t *testing.T, name string, c *claims.Corpus, load time.Duration, corpusHeap int64) scaleRow {
	r := scaleRow{name: name, claims: len(c.Claims), load: load, verdicts: map[claims.Verdict]int{},
		corpusPerClaim: float64(corpusHeap) / float64(len(c.Claims))}
	before := heapAfterGC()
	start := time.Now()
	e, err := checker.New(c)
	if err != nil {
		t.Fatal(err)
	}
	r.build = time.Since(start)
	after := heapAfterGC()
	r.bytesPerClaim = float64(int64(after)-int64(before)) / float64(len(c.Claims))
	stmts := append([]string(nil), scaleMix...)
	for i := range 6 { // claims of the corpus itself, spread over it
		stmts = append(stmts, c.Claims[(i*len(c.Claims))/6].Statement)
	}
	ctx := context.Background()
	var lat []time.Duration
	if prof := os.Getenv("FACTCHECK_SCALE_CPUPROFILE"); prof != "" && len(c.Claims) >= 10_000 {
		// Profile the checks only (of the last size): FACTCHECK_SCALE_CPUPROFILE=cpu.out
		f, err := os.Create(prof)
		if err != nil {
			t.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		for range 40 {
			for _, s := range stmts {
				e.Check(ctx, claims.CheckRequest{Statement: s})
			}
		}
		pprof.StopCPUProfile()
		f.Close()
	}
	for round := range 6 {
		for _, s := range stmts {
			t0 := time.Now()
			rep, err := e.Check(ctx, claims.CheckRequest{Statement: s})
			d := time.Since(t0)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			if round == 0 {
				r.verdicts[rep.Verdict]++
				continue // warm-up: the memos fill once
			}
			lat = append(lat, d)
		}
	}
	slices.Sort(lat)
	r.p50, r.p90, r.maxLatency = lat[len(lat)/2], lat[len(lat)*9/10], lat[len(lat)-1]
	runtime.KeepAlive(e)
	return r
}

// TestScale measures how check latency, engine memory per claim, build and
// load time grow from the bundled article to generated corpora, and logs
// the table of docs/PERFORMANCE.md. It asserts only that every check
// answers; the figures are for reading (go test -run Scale -v).
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("scale test skipped in -short mode")
	}
	var rows []scaleRow
	h0 := heapAfterGC()
	start := time.Now()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatal(err)
	}
	load := time.Since(start)
	rows = append(rows, measure(t, "bundled article", c, load, int64(heapAfterGC())-int64(h0)))
	for _, n := range scaleSizes() {
		dir := t.TempDir()
		g := corpusgen.Generate(corpusgen.Config{Claims: n, Seed: 1})
		if err := g.WriteDir(dir); err != nil {
			t.Fatal(err)
		}
		g = nil
		h0 := heapAfterGC()
		start := time.Now()
		c, err := jsonl.LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		load := time.Since(start)
		rows = append(rows, measure(t, fmt.Sprintf("generated %d", n), c, load, int64(heapAfterGC())-int64(h0)))
		c = nil
		os.RemoveAll(dir)
	}
	t.Logf("GOMAXPROCS=%d, %d statements per row (%d mix + 6 corpus claims), 5 timed rounds after a warm-up",
		runtime.GOMAXPROCS(0), len(scaleMix)+6, len(scaleMix))
	t.Logf("| corpus | claims | jsonl load | checker.New | engine bytes/claim | corpus bytes/claim | check p50 | check p90 | check max | verdicts S/C/N |")
	for _, r := range rows {
		t.Logf("| %s | %d | %v | %v | %.0f | %.0f | %v | %v | %v | %d/%d/%d |", r.name, r.claims,
			r.load.Round(time.Millisecond), r.build.Round(time.Millisecond), r.bytesPerClaim, r.corpusPerClaim,
			r.p50.Round(time.Microsecond), r.p90.Round(time.Microsecond), r.maxLatency.Round(time.Microsecond),
			r.verdicts[claims.VerdictSupported], r.verdicts[claims.VerdictContradicted], r.verdicts[claims.VerdictNotEnoughInfo])
	}
}
