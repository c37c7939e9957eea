package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// ghzReport is the part of ghz's JSON report the load test reads.
type ghzReport struct {
	Count               int64            `json:"count"`
	Total               time.Duration    `json:"total"`
	Rps                 float64          `json:"rps"`
	ErrorDistribution   map[string]int64 `json:"errorDistribution"`
	StatusCodeDist      map[string]int64 `json:"statusCodeDistribution"`
	LatencyDistribution []struct {
		Percentage int           `json:"percentage"`
		Latency    time.Duration `json:"latency"`
	} `json:"latencyDistribution"`
}

// heapAfterGC returns the live heap after two collections.
func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestLoad runs the pinned ghz against an in-process daemon on loopback:
// FACTCHECK_LOAD requests (e.g. 100000; unset skips the test) at
// concurrency 100. It asserts zero errors and the live heap back within
// 16 MiB of its baseline after the load. .ci/run runs it with 10000.
func TestLoad(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("FACTCHECK_LOAD"))
	if n <= 0 {
		t.Skip("set FACTCHECK_LOAD=100000 to run the ghz load test")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "ghz")
	build := exec.Command("go", "build", "-modfile=tools/go.mod", "-o", bin, "github.com/bojand/ghz/cmd/ghz")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build ghz: %v\n%s", err, out)
	}
	// A hundred callers queue for the check slots; let them wait as long
	// as ghz does rather than shed load after the default second, which
	// TestLoad is not about (admission is tested in server/admission_test.go).
	d := launch(t, "-check-wait", "30s")
	// Warm up (engine caches, connections), then take the baseline.
	if _, err := dialAddr(t, d.addr).Check(t.Context(), "Putin will skip the G20 summit in India"); err != nil {
		t.Fatal(err)
	}
	base := heapAfterGC()

	out, err := exec.CommandContext(t.Context(), bin, "--insecure",
		"--call", "factcheck.v1.FactCheckService/CheckClaim",
		"-d", `{"statement":"Putin will skip the G20 summit in India","max_evidence":3}`,
		"-n", strconv.Itoa(n), "-c", "100", "--connections", "4", "--timeout", "30s",
		"--format", "json", d.addr).Output()
	if err != nil {
		t.Fatalf("ghz: %v\n%s", err, out)
	}
	var rep ghzReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("ghz report: %v\n%s", err, out)
	}
	after := heapAfterGC()
	var p99 time.Duration
	for _, l := range rep.LatencyDistribution {
		if l.Percentage == 99 {
			p99 = l.Latency
		}
	}
	t.Logf("%d requests in %v (%.0f/s), status %v, errors %v, p99 %v; live heap %.1f MiB before, %.1f MiB after",
		rep.Count, rep.Total, rep.Rps, rep.StatusCodeDist, rep.ErrorDistribution, p99,
		float64(base)/(1<<20), float64(after)/(1<<20))
	if rep.Count != int64(n) || len(rep.ErrorDistribution) > 0 || rep.StatusCodeDist["OK"] != int64(n) {
		t.Errorf("want %d OK calls and no errors", n)
	}
	if after > base+16<<20 {
		t.Errorf("live heap %d bytes after the load, baseline %d", after, base)
	}
}
