package gateway_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/gateway"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server/servertest"
	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// fixture is an API served over gRPC and, through the gateway, over HTTP.
type fixture struct {
	http *httptest.Server
	api  factcheckv1.FactCheckServiceClient
}

// newFixture serves servertest.Sample, with the first claim renamed to an
// id holding a slash as real claim ids do, over gRPC and HTTP.
func newFixture(tb testing.TB, opts ...gateway.Option) *fixture {
	tb.Helper()
	mem := servertest.Sample()
	mem.ClaimList[0].ID = "example-bridge/c01"
	srv := servertest.NewServer(mem)
	tb.Cleanup(func() { _ = srv.Close() })
	conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = conn.Close() })
	mux, err := gateway.New(context.Background(), conn, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	hs := httptest.NewServer(mux)
	tb.Cleanup(hs.Close)
	return &fixture{http: hs, api: factcheckv1.NewFactCheckServiceClient(conn)}
}

// do sends an HTTP request and returns the status and the body.
func (f *fixture) do(tb testing.TB, method, path, body string) (int, []byte) {
	tb.Helper()
	req, err := http.NewRequest(method, f.http.URL+path, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := f.http.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return res.StatusCode, b
}

// sameJSON fails unless got and the protojson of want (as grpcurl prints
// it) are the same JSON value.
func sameJSON(tb testing.TB, got []byte, want proto.Message) {
	tb.Helper()
	wantJSON, err := protojson.Marshal(want)
	if err != nil {
		tb.Fatal(err)
	}
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		tb.Fatalf("body is not JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal(wantJSON, &w); err != nil {
		tb.Fatal(err)
	}
	if !reflect.DeepEqual(g, w) {
		tb.Errorf("HTTP body differs from the gRPC answer's protojson:\n got %s\nwant %s", got, wantJSON)
	}
}

func TestHTTPAnswersAsGRPC(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := t.Context()

	code, body := f.do(t, "POST", "/v1/claims:check", `{"statement":"Ada Stone opened the Riverside Bridge","maxEvidence":3}`)
	if code != http.StatusOK {
		t.Fatalf("check: %d %s", code, body)
	}
	check, err := f.api.CheckClaim(ctx, &factcheckv1.CheckClaimRequest{Statement: "Ada Stone opened the Riverside Bridge", MaxEvidence: 3})
	if err != nil {
		t.Fatal(err)
	}
	if check.GetVerdict() != factcheckv1.Verdict_VERDICT_SUPPORTED {
		t.Fatalf("fixture verdict %v, want SUPPORTED", check.GetVerdict())
	}
	sameJSON(t, body, check)
	if !bytes.Contains(body, []byte(`"verdict":"VERDICT_SUPPORTED"`)) && !bytes.Contains(body, []byte(`"verdict": "VERDICT_SUPPORTED"`)) {
		t.Errorf("enum not by name: %s", body)
	}

	for _, tc := range []struct {
		path string
		grpc func() (proto.Message, error)
	}{
		{"/v1/claims?pageSize=2", func() (proto.Message, error) {
			return f.api.ListClaims(ctx, &factcheckv1.ListClaimsRequest{PageSize: 2})
		}},
		{"/v1/claims?documentId=example-bridge", func() (proto.Message, error) {
			return f.api.ListClaims(ctx, &factcheckv1.ListClaimsRequest{DocumentId: "example-bridge"})
		}},
		{"/v1/claims/example-bridge/c01", func() (proto.Message, error) {
			return f.api.GetClaim(ctx, &factcheckv1.GetClaimRequest{Id: "example-bridge/c01"})
		}},
		{"/v1/claims/example-bridge%2Fc01", func() (proto.Message, error) {
			return f.api.GetClaim(ctx, &factcheckv1.GetClaimRequest{Id: "example-bridge/c01"})
		}},
		{"/v1/documents", func() (proto.Message, error) {
			return f.api.ListDocuments(ctx, &factcheckv1.ListDocumentsRequest{})
		}},
		{"/v1/documents/example-bridge", func() (proto.Message, error) {
			return f.api.GetDocument(ctx, &factcheckv1.GetDocumentRequest{Id: "example-bridge"})
		}},
		{"/v1/inconsistencies", func() (proto.Message, error) {
			return f.api.ListInconsistencies(ctx, &factcheckv1.ListInconsistenciesRequest{})
		}},
	} {
		code, body := f.do(t, "GET", tc.path, "")
		if code != http.StatusOK {
			t.Errorf("GET %s: %d %s", tc.path, code, body)
			continue
		}
		want, err := tc.grpc()
		if err != nil {
			t.Fatalf("gRPC for %s: %v", tc.path, err)
		}
		sameJSON(t, body, want)
	}
}

// status is the JSON body of an error: google.rpc.Status.
type status struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Details []struct {
		Type            string `json:"@type"`
		Reason          string `json:"reason"`
		Domain          string `json:"domain"`
		FieldViolations []struct {
			Field       string `json:"field"`
			Description string `json:"description"`
		} `json:"fieldViolations"`
	} `json:"details"`
}

func TestHTTPErrorsCarryStatusDetails(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for _, tc := range []struct {
		name, method, path, body string
		code, grpcCode           int
		field                    string // a BadRequest field violation expected
		reason                   bool   // an ErrorInfo expected
	}{
		{"blank statement", "POST", "/v1/claims:check", `{"statement":"  "}`, 400, 3, "statement", true},
		{"max evidence out of range", "POST", "/v1/claims:check", `{"statement":"x","maxEvidence":51}`, 400, 3, "max_evidence", true},
		{"unknown claim", "GET", "/v1/claims/nope", "", 404, 5, "", true},
		{"unknown document", "GET", "/v1/documents/nope", "", 404, 5, "", true},
		{"bad page token", "GET", "/v1/claims?pageToken=!!", "", 400, 3, "page_token", true},
		{"unknown JSON field", "POST", "/v1/claims:check", `{"statment":"typo"}`, 400, 3, "", false},
		{"not JSON", "POST", "/v1/claims:check", `statement=x`, 400, 3, "", false},
	} {
		code, body := f.do(t, tc.method, tc.path, tc.body)
		if code != tc.code {
			t.Errorf("%s: HTTP %d, want %d: %s", tc.name, code, tc.code, body)
			continue
		}
		var st status
		if err := json.Unmarshal(body, &st); err != nil {
			t.Errorf("%s: body is not a google.rpc.Status: %v\n%s", tc.name, err, body)
			continue
		}
		if st.Code != tc.grpcCode || st.Message == "" {
			t.Errorf("%s: status %+v, want code %d and a message", tc.name, st, tc.grpcCode)
		}
		var fields []string
		var info bool
		for _, d := range st.Details {
			switch d.Type {
			case "type.googleapis.com/google.rpc.BadRequest":
				for _, v := range d.FieldViolations {
					fields = append(fields, v.Field)
				}
			case "type.googleapis.com/google.rpc.ErrorInfo":
				info = d.Domain == "factcheck" && d.Reason != ""
			}
		}
		if tc.field != "" && !slices.Contains(fields, tc.field) {
			t.Errorf("%s: field violations %v, want %q: %s", tc.name, fields, tc.field, body)
		}
		if info != tc.reason {
			t.Errorf("%s: ErrorInfo present %v, want %v: %s", tc.name, info, tc.reason, body)
		}
	}
}

func TestHTTPBodyLimit(t *testing.T) {
	t.Parallel()
	f := newFixture(t, gateway.WithMaxBodyBytes(100))
	code, body := f.do(t, "POST", "/v1/claims:check", `{"statement":"`+strings.Repeat("a", 200)+`"}`)
	if code != http.StatusBadRequest {
		t.Errorf("oversized body: %d %s, want 400", code, body)
	}
}

func TestHTTPStream(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	reqs := `{"id":"a","check":{"statement":"Ada Stone opened the Riverside Bridge"}}
{"id":"b","check":{"statement":"  "}}
{"id":"c","check":{"statement":"The moon is made of cheese"}}
`
	code, body := f.do(t, "POST", "/v1/claims:checkStream", reqs)
	if code != http.StatusOK {
		t.Fatalf("stream: %d %s", code, body)
	}
	got := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		var line struct {
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil || line.Result == nil {
			t.Fatalf("stream line %q: %v", sc.Text(), err)
		}
		var res factcheckv1.CheckClaimsResponse
		if err := protojson.Unmarshal(line.Result, &res); err != nil {
			t.Fatalf("stream result %s: %v", line.Result, err)
		}
		switch {
		case res.GetResult() != nil:
			got[res.GetId()] = res.GetResult().GetVerdict().String()
		case res.GetError() != nil:
			got[res.GetId()] = "error " + res.GetError().GetMessage()
		}
	}
	want := map[string]string{"a": "VERDICT_SUPPORTED", "c": "VERDICT_NOT_ENOUGH_INFO"}
	for id, v := range want {
		if got[id] != v {
			t.Errorf("item %s: %q, want %q (all: %v)", id, got[id], v, got)
		}
	}
	if !strings.HasPrefix(got["b"], "error ") {
		t.Errorf("blank item b: %q, want a per-item error", got["b"])
	}
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	code, body := f.do(t, "GET", gateway.HealthPath, "")
	if code != http.StatusOK || !bytes.Contains(body, []byte("SERVING")) {
		t.Errorf("healthz: %d %s", code, body)
	}
}

// TestEveryMethodHasHTTP checks each RPC has a google.api.http rule and
// appears in the served OpenAPI document, so a new RPC cannot be left off
// HTTP or out of a stale document.
func TestEveryMethodHasHTTP(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	code, body := f.do(t, "GET", gateway.OpenAPIPath, "")
	if code != http.StatusOK || !bytes.Equal(body, gateway.OpenAPI) {
		t.Fatalf("openapi: %d, %d bytes, want the embedded document", code, len(body))
	}
	var doc struct {
		Swagger string `json:"swagger"`
		Paths   map[string]map[string]struct {
			OperationID string `json:"operationId"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); err != nil || doc.Swagger != "2.0" {
		t.Fatalf("openapi document: %v, swagger %q", err, doc.Swagger)
	}
	ops := map[string]bool{}
	for _, methods := range doc.Paths {
		for _, op := range methods {
			ops[op.OperationID] = true
		}
	}
	methods := factcheckv1.File_factcheck_v1_factcheck_proto.Services().ByName("FactCheckService").Methods()
	for i := range methods.Len() {
		m := methods.Get(i)
		rule, _ := proto.GetExtension(m.Options(), annotations.E_Http).(*annotations.HttpRule)
		if rule.GetPattern() == nil {
			t.Errorf("%s has no google.api.http rule", m.FullName())
		}
		if op := "FactCheckService_" + string(m.Name()); !ops[op] {
			t.Errorf("%s is not in the OpenAPI document (run go generate ./proto)", op)
		}
	}
}
