package gateway_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// TestHTTPStreamLongBatch sends a CheckClaims batch far larger than the
// server's read buffer over HTTP/1.1 and wants an answer for every item:
// answers start flowing while the body is still being read, which Go's
// HTTP/1 server forbids unless the handler asks for full duplex (it used
// to close the body at the first answer, and the rest of the batch was
// silently dropped).
func TestHTTPStreamLongBatch(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	const n = 2000
	var reqs strings.Builder
	for i := range n {
		fmt.Fprintf(&reqs, `{"id":"s%d","check":{"statement":"Ada Stone opened the Riverside Bridge in the year %d"}}`+"\n", i, 1900+i%100)
	}
	code, body := f.do(t, "POST", "/v1/claims:checkStream", reqs.String())
	if code != http.StatusOK {
		t.Fatalf("stream: %d %.300s", code, body)
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Result struct{ ID string }
			Error  json.RawMessage
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil || line.Error != nil {
			t.Fatalf("stream line %.300q: %v", sc.Text(), err)
		}
		seen[line.Result.ID] = true
	}
	if len(seen) != n {
		t.Errorf("%d of %d items answered", len(seen), n)
	}
}
