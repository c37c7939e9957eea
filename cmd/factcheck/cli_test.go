package main

import (
	"bytes"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims/evaluation"
	"github.com/factcheck/factcheck/server/servertest"
)

// server starts an in-process server over the sample corpus and returns
// its address.
func server(tb testing.TB) string {
	tb.Helper()
	srv := servertest.NewServer(servertest.Sample())
	tb.Cleanup(func() { srv.Close() })
	return srv.Addr
}

// factcheck runs the command with args and returns stdout, stderr and the
// error.
func factcheck(tb testing.TB, args ...string) (string, string, error) {
	tb.Helper()
	var out, errOut bytes.Buffer
	err := run(tb.Context(), args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestCommands(t *testing.T) {
	t.Parallel()
	addr := server(t)
	evalFile := filepath.Join(t.TempDir(), "eval.jsonl")
	rows := `{"id":"r1","statement":"Ada Stone opened the Riverside Bridge.","label":"SUPPORTED","evidence":["Riverside Bridge on Monday"]}
{"id":"r2","statement":"The bridge is made of cheese.","label":"NOT_ENOUGH_INFO","evidence":[]}
{"id":"r3","statement":"Ada Stone is the fire chief.","label":"CONTRADICTED","evidence":["Mayor"],"flag":"Stone","as_of":"2025-01-01"}
`
	if err := os.WriteFile(evalFile, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr string   // substring of the error; "" means success
		want    []string // substrings of stdout
	}{
		{"check", []string{"--addr", addr, "check", "Ada Stone opened the Riverside Bridge."},
			"", []string{"SUPPORTED", "Mayor Ada Stone opened", "The Example Gazette", "hedge: asserted", "bytes 0-54"}},
		{"check flags after", []string{"check", "Ada Stone opened the Riverside Bridge.", "--addr", addr, "--json"},
			"", []string{`"verdict": "VERDICT_SUPPORTED"`, `"endUtf16": 54`, `"confidence": 0.9`}},
		{"check claimreview", []string{"check", "--addr", addr, "--claimreview", "Ada Stone opened the Riverside Bridge."},
			"", []string{`"@type": "ClaimReview"`, `"alternateName": "Supported by the sources"`, `"claimReviewed": "Ada Stone opened the Riverside Bridge."`}},
		{"check json and claimreview", []string{"check", "--addr", addr, "--json", "--claimreview", "x"}, "do not go together", nil},
		{"check as-of", []string{"check", "--addr=" + addr, "--as-of", "2026-01-01", "nothing known"},
			"", []string{"NOT_ENOUGH_INFO", "judged as of 1 January 2026"}},
		{"check empty", []string{"check", "--addr", addr, "  "}, "the server refused the request:\n  the statement: must not be empty", nil},
		{"check max evidence", []string{"check", "--addr", addr, "--max-evidence", "99", "x"}, "\n  --max-evidence: must be", nil},
		{"check bad as-of", []string{"check", "--addr", addr, "--as-of", "soon", "x"}, "--as-of", nil},
		{"check none", []string{"check", "--addr", addr}, "no statement", nil},
		{"claims", []string{"claims", "--addr", addr, "--page-size", "2"}, "", []string{"c1", "c3", "officials", "3 claims"}},
		{"claims json", []string{"claims", "--addr", addr, "--json"}, "", []string{`{"id":"c2","documentId":"example-bridge"`}},
		{"claim", []string{"claim", "--addr", addr, "c2"}, "", []string{"The Riverside Bridge cost 12 million euros.", "hedge:    reported", "citing officials"}},
		{"claim json", []string{"claim", "--addr", addr, "--json", "c2"}, "", []string{`"claim": {`, `"hedge": "HEDGE_REPORTED"`}},
		{"claim unknown", []string{"claim", "--addr", addr, "nope"}, `not found: id: no claim has id "nope"`, nil},
		{"claim no id", []string{"claim", "--addr", addr}, "give one claim id", nil},
		{"doc", []string{"doc", "--addr", addr, "example-bridge"}, "", []string{"Riverside Bridge opens", "The Example Gazette", "published 6 May 2024", "3 claims", "Fire Chief Ada Stone cut the ribbon."}},
		{"doc json", []string{"doc", "--addr", addr, "--json", "example-bridge"}, "", []string{`"document": {`, `"claimCount": 3`}},
		{"audit claimreview", []string{"audit", "--addr", addr, "--claimreview"}, "", []string{`"@type":"ClaimReview"`, `"claimReviewed":"Fire Chief Ada Stone cut the ribbon."`}},
		{"audit", []string{"audit", "--addr", addr}, "", []string{"wrong_office (high", "Fire Chief", "1 inconsistencies"}},
		{"audit unknown doc", []string{"audit", "--addr", addr, "--document", "nope"}, "not found", nil},
		{"eval", []string{"eval", "--addr", addr, "--misses", evalFile}, "", []string{
			"3 rows", "SUPPORTED", "100.0%  (1/1)", "overall", "66.7%  (2/3)", "evidence hit rate", "inconsistency recall", "0.0%  (0/1)", "false-alarm rate", "got SUPPORTED, want CONTRADICTED"}},
		{"eval min accuracy", []string{"eval", "--addr", addr, "--min-accuracy", "0.9", evalFile}, "below --min-accuracy", nil},
		{"eval missing file", []string{"eval", "--addr", addr, filepath.Join(t.TempDir(), "none.jsonl")}, "no such file", nil},
		{"unknown command", []string{"frobnicate"}, "unknown command", nil},
		{"no command", nil, "no command", nil},
		{"help", []string{"help"}, "", []string{"Commands:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, _, err := factcheck(t, tt.args...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	t.Parallel()
	addr := server(t)
	f := filepath.Join(t.TempDir(), "e.jsonl")
	os.WriteFile(f, []byte(`{"statement":"Ada Stone opened the Riverside Bridge.","label":"SUPPORTED","evidence":["nowhere"]}`+"\n"), 0o644)
	out, _, err := factcheck(t, "eval", "--json", "--addr", addr, f)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Score evaluation.Score
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Score.Accuracy != 1 || got.Score.EvidenceHit != (evaluation.Ratio{N: 0, Total: 1}) {
		t.Errorf("score = %+v", got.Score)
	}
}

func TestUnreachableServerSaysHowToStartOne(t *testing.T) {
	t.Parallel()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	lis.Close() // nothing listens there now
	out, errOut, err := factcheck(t, "--addr", addr, "--timeout", "5s", "check", "anything")
	if err == nil {
		t.Fatal("a check against no server succeeded")
	}
	msg := err.Error()
	if !strings.Contains(msg, "cannot reach a factcheck server at "+addr) || !strings.Contains(msg, "go run ./cmd/factcheckd -addr "+addr) {
		t.Errorf("error %q does not name the address and how to start the daemon", msg)
	}
	if strings.Count(msg, addr) != 2 || strings.Contains(msg, "rpc error") || out != "" || errOut != "" {
		t.Errorf("not one plain message: err %q, stdout %q, stderr %q", msg, out, errOut)
	}
}
