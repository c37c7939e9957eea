package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/client"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// describe turns a failed call into one plain message: an unreachable
// server with its address and how to start one, a refused request with
// each bad field, a missing item, a call that ran out of time.
func (g *globals) describe(err error) error {
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	msg := st.Message()
	switch st.Code() {
	case codes.Unavailable:
		if unreachable(msg) {
			return fmt.Errorf("cannot reach a factcheck server at %s (%s).\nStart one with `go run ./cmd/factcheckd -addr %s`, or pass --addr HOST:PORT", g.addr, reason(msg), g.addr)
		}
		return fmt.Errorf("the server at %s is not ready: %s", g.addr, msg)
	case codes.InvalidArgument:
		vs := client.Violations(err)
		if len(vs) == 0 {
			return fmt.Errorf("the server refused the request: %s", msg)
		}
		return refused("the request", vs, plainField)
	case codes.NotFound:
		return fmt.Errorf("not found: %s", msg)
	case codes.DeadlineExceeded:
		return fmt.Errorf("no answer from %s within --timeout %s", g.addr, g.timeout)
	case codes.Canceled:
		return errors.New("cancelled")
	}
	return fmt.Errorf("%s (%s)", msg, st.Code())
}

// unreachable reports whether an UNAVAILABLE message says no connection
// could be made, rather than that the server is loading or draining.
func unreachable(msg string) bool {
	for _, s := range []string{"connection refused", "connection error", "dial", "no such host", "connection reset", "i/o timeout", "name resolver"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// reason shortens a transport message to its last clause: "connection
// refused", "no such host".
func reason(msg string) string {
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return strings.TrimSuffix(strings.TrimSpace(msg), `"`)
}

// plainField names a request field for a person: "as_of" is "--as-of",
// the flag that sets it, where there is one.
func plainField(field string) string {
	switch field {
	case "statement":
		return "the statement"
	case "as_of":
		return "--as-of"
	case "max_evidence":
		return "--max-evidence"
	case "page_size":
		return "--page-size"
	case "document_id":
		return "--document"
	case "id":
		return "the id"
	}
	return field
}

// refused lists the fields the server refused in what, one a line, each
// named by name.
func refused(what string, vs []client.Violation, name func(string) string) error {
	var b strings.Builder
	b.WriteString("the server refused " + what + ":")
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s: %s", name(v.Field), v.Description)
	}
	return errors.New(b.String())
}
