package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/server"
	"google.golang.org/grpc/codes"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
)

// callLog returns the fields of the finished-call log line for method.
func callLog(tb testing.TB, logs *logBuffer, method string) map[string]any {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(logs.String(), "\n") {
			var f map[string]any
			if json.Unmarshal([]byte(line), &f) == nil && f["grpc.method"] == method && f["grpc.code"] != nil {
				return f
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	tb.Fatalf("no log line for %s:\n%s", method, logs.String())
	return nil
}

func TestCallLogsHideStatements(t *testing.T) {
	t.Parallel()
	const secret = "Confidential draft: Putin will skip the G20 summit in India"
	tests := []struct {
		name      string
		args      []string
		statement bool // the log line carries the statement itself
	}{
		{"default", nil, false},
		{"debug flag", []string{"-log-statements"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := launch(t, tt.args...)
			if _, err := dialAddr(t, d.addr).Check(t.Context(), secret); err != nil {
				t.Fatal(err)
			}
			f := callLog(t, d.logs, "CheckClaim")
			for _, key := range []string{"grpc.service", "grpc.code", "grpc.duration", "statement.sha256"} {
				if f[key] == nil {
					t.Errorf("call log lacks %s: %v", key, f)
				}
			}
			if f["statement.sha256"] != server.StatementHash(secret) || f["grpc.code"] != "OK" {
				t.Errorf("call log = %v, want hash %s and code OK", f, server.StatementHash(secret))
			}
			if got := strings.Contains(d.logs.String(), secret); got != tt.statement {
				t.Errorf("logs contain the statement: %v, want %v\n%s", got, tt.statement, d.logs)
			}
		})
	}
}

func TestReflectionCanBeSwitchedOff(t *testing.T) {
	t.Parallel()
	d := launch(t, "-reflection=false")
	stream, err := reflectionpb.NewServerReflectionClient(dialAddr(t, d.addr).Conn()).ServerReflectionInfo(t.Context())
	if err == nil {
		// Send may see io.EOF once the server has ended the stream; Recv
		// then returns the status.
		_ = stream.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}})
		_, err = stream.Recv()
	}
	if status.Code(err) != codes.Unimplemented {
		t.Errorf("reflection with -reflection=false: %v, want Unimplemented", err)
	}
}
