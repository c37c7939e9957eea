package main

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// sample returns the value of the exposition line that starts with
// prefix, or -1 when there is none.
func sample(text, prefix string) float64 {
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, prefix+" "); ok {
			v, err := strconv.ParseFloat(rest, 64)
			if err == nil {
				return v
			}
		}
	}
	return -1
}

func TestMetricsMoveAfterChecksAndReloads(t *testing.T) {
	t.Parallel()
	d := launch(t, "-metrics-addr", "127.0.0.1:0", "-http-addr", "127.0.0.1:0")
	metricsURL := "http://" + d.logs.wait(t, "serving metrics", 10*time.Second)["metrics_addr"].(string) + "/metrics"
	api := "http://" + d.logs.wait(t, "serving HTTP", 10*time.Second)["http_addr"].(string)

	code, before := httpCall(t, "GET", metricsURL, "")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	if n := sample(string(before), "factcheck_claims_loaded"); n <= 0 {
		t.Errorf("factcheck_claims_loaded = %v after loading the bundled corpus", n)
	}
	if n := sample(string(before), "factcheck_documents_loaded"); n <= 0 {
		t.Errorf("factcheck_documents_loaded = %v", n)
	}
	for range 3 {
		if code, body := httpCall(t, "POST", api+"/v1/claims:check", `{"statement":"Lavrov is Russia's defence minister"}`); code != 200 {
			t.Fatalf("check: %d %s", code, body)
		}
	}
	d.reload <- struct{}{}
	d.logs.wait(t, "reloaded", 30*time.Second)

	_, after := httpCall(t, "GET", metricsURL, "")
	text := string(after)
	checks := 0.0
	for _, v := range []string{"supported", "contradicted", "not_enough_info"} {
		checks += sample(text, `factcheck_checks_total{verdict="`+v+`"}`)
	}
	if checks != 3 {
		t.Errorf("factcheck_checks_total sums to %v, want 3", checks)
	}
	if n := sample(text, "factcheck_check_duration_seconds_count"); n != 3 {
		t.Errorf("factcheck_check_duration_seconds_count = %v, want 3", n)
	}
	if n := sample(text, `factcheck_inconsistencies_raised_total{kind="wrong_office"}`); n < 3 {
		t.Errorf("wrong_office inconsistencies = %v, want at least 3 (one a check)", n)
	}
	if n := sample(text, `factcheck_reloads_total{outcome="success"}`); n != 1 {
		t.Errorf("successful reloads = %v, want 1", n)
	}
	if n := sample(text, `grpc_server_handled_total{grpc_code="OK",grpc_method="CheckClaim",grpc_service="factcheck.v1.FactCheckService",grpc_type="unary"}`); n != 3 {
		t.Errorf("grpc_server_handled_total for CheckClaim = %v, want 3", n)
	}
	if !strings.Contains(text, "grpc_server_handling_seconds_bucket{") {
		t.Error("no gRPC latency histogram")
	}
}
