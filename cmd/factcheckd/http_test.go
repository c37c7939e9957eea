package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims/claimreview"
	"github.com/factcheck/factcheck/gateway"
)

// httpCall sends a request with body to url and returns the status and
// body; headers are name, value pairs.
func httpCall(tb testing.TB, method, url, body string, headers ...string) (int, []byte) {
	tb.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
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

func TestHTTPGatewayServesTheCorpus(t *testing.T) {
	t.Parallel()
	d := launch(t, "-http-addr", "127.0.0.1:0")
	base := "http://" + d.logs.wait(t, "serving HTTP", 10*time.Second)["http_addr"].(string)

	code, body := httpCall(t, "POST", base+"/v1/claims:check", `{"statement":"Putin will skip the G20 summit in India"}`)
	var check struct {
		Verdict  string
		Evidence []struct{ ClaimID string }
	}
	if err := json.Unmarshal(body, &check); code != 200 || err != nil || check.Verdict == "" || !strings.HasPrefix(check.Verdict, "VERDICT_") {
		t.Fatalf("check: %d %v %s", code, err, body)
	}

	code, body = httpCall(t, "GET", base+"/v1/claims?pageSize=2", "")
	var list struct {
		Claims        []struct{ ID string }
		NextPageToken string
		TotalSize     int
	}
	if err := json.Unmarshal(body, &list); code != 200 || err != nil || len(list.Claims) != 2 || list.NextPageToken == "" || list.TotalSize < 2 {
		t.Fatalf("list claims: %d %v %s", code, err, body)
	}
	id := list.Claims[0].ID
	code, body = httpCall(t, "GET", base+"/v1/claims/"+id, "")
	var got struct{ Claim struct{ ID string } }
	if err := json.Unmarshal(body, &got); code != 200 || err != nil || got.Claim.ID != id {
		t.Errorf("get claim %s: %d %s", id, code, body)
	}

	code, body = httpCall(t, "POST", base+"/v1/claims:check", `{"statement":""}`)
	if code != 400 || !strings.Contains(string(body), "google.rpc.BadRequest") {
		t.Errorf("blank statement: %d %s, want 400 with a BadRequest", code, body)
	}

	code, body = httpCall(t, "GET", base+gateway.OpenAPIPath, "")
	if code != 200 || string(body) != string(gateway.OpenAPI) {
		t.Errorf("openapi: %d, %d bytes", code, len(body))
	}
	if code, body = httpCall(t, "GET", base+gateway.HealthPath, ""); code != 200 {
		t.Errorf("healthz: %d %s", code, body)
	}
}

func TestHTTPAddrRefusesPlaintextOffLoopback(t *testing.T) {
	t.Parallel()
	_, err := parseFlags([]string{"-http-addr", ":8080"}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "-http-addr") {
		t.Errorf("plaintext HTTP on every interface: %v, want a refusal naming -http-addr", err)
	}
}

func TestHTTPWritesTakeTheBearerToken(t *testing.T) {
	t.Parallel()
	d := launch(t, "-http-addr", "127.0.0.1:0", "-write-token-file", tokenFile(t))
	base := "http://" + d.logs.wait(t, "serving HTTP", 10*time.Second)["http_addr"].(string)
	a := article(t, 7)
	req, err := json.Marshal(map[string]any{"documentId": a.ID, "document": map[string]any{
		"publisher": a.Publisher, "headline": a.Headline, "url": a.URL,
		"published": a.Published.Format(time.RFC3339), "language": "en", "text": a.Text,
	}})
	if err != nil {
		t.Fatal(err)
	}
	if code, body := httpCall(t, "POST", base+"/v1/documents", string(req)); code != http.StatusUnauthorized {
		t.Errorf("create without a token: %d %s, want 401", code, body)
	}
	if code, body := httpCall(t, "POST", base+"/v1/documents", string(req), "Authorization", "Bearer wrong-token"); code != http.StatusUnauthorized {
		t.Errorf("create with a wrong token: %d %s, want 401", code, body)
	}
	code, body := httpCall(t, "POST", base+"/v1/documents", string(req), "Authorization", "Bearer "+writeToken)
	var created struct{ Created bool }
	if err := json.Unmarshal(body, &created); code != http.StatusOK || err != nil || !created.Created {
		t.Fatalf("create with the token: %d %s", code, body)
	}
	if code, body := httpCall(t, "GET", base+"/v1/documents/"+a.ID, ""); code != http.StatusOK {
		t.Errorf("get the created document: %d %s", code, body)
	}
	if code, body := httpCall(t, "DELETE", base+"/v1/documents/"+a.ID, "", "Authorization", "Bearer "+writeToken); code != http.StatusOK {
		t.Errorf("delete: %d %s", code, body)
	}
	if code, _ := httpCall(t, "GET", base+"/v1/documents/"+a.ID, ""); code != http.StatusNotFound {
		t.Errorf("get after delete: %d, want 404", code)
	}
}

func TestHTTPClaimReviewOfTheLavrovFinding(t *testing.T) {
	t.Parallel()
	d := launch(t, "-http-addr", "127.0.0.1:0", "-reviewer-name", "Test Desk", "-reviewer-url", "https://desk.example.org/reviews")
	base := "http://" + d.logs.wait(t, "serving HTTP", 10*time.Second)["http_addr"].(string)
	code, body := httpCall(t, "GET", base+"/v1/inconsistencies?claimReview=true&pageSize=500", "")
	if code != 200 {
		t.Fatalf("audit: %d %s", code, body)
	}
	var list struct {
		Inconsistencies []struct {
			Kind        string
			EntityName  string
			ClaimReview json.RawMessage
		}
	}
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, in := range list.Inconsistencies {
		if problems := claimreview.Validate(in.ClaimReview); len(problems) > 0 {
			t.Errorf("%s finding on %s: %v\n%s", in.Kind, in.EntityName, problems, in.ClaimReview)
		}
		if in.Kind == "INCONSISTENCY_KIND_WRONG_OFFICE" && strings.Contains(in.EntityName, "Lavrov") {
			found = true
			if !strings.Contains(string(in.ClaimReview), "Test Desk") {
				t.Errorf("the reviewer is not named: %s", in.ClaimReview)
			}
		}
	}
	if !found {
		t.Errorf("no wrong-office finding on Lavrov among %d", len(list.Inconsistencies))
	}

	code, body = httpCall(t, "POST", base+"/v1/claims:check", `{"statement":"Lavrov is Russia's defence minister","claimReview":true}`)
	var check struct{ ClaimReview json.RawMessage }
	if err := json.Unmarshal(body, &check); code != 200 || err != nil {
		t.Fatalf("check: %d %v %s", code, err, body)
	}
	if problems := claimreview.ValidateCheck(check.ClaimReview); len(problems) > 0 {
		t.Errorf("check ClaimReview: %v\n%s", problems, check.ClaimReview)
	}
}

func TestReviewerURLMustBeAbsolute(t *testing.T) {
	t.Parallel()
	if _, err := parseFlags([]string{"-reviewer-url", "/reviews"}, io.Discard); err == nil {
		t.Error("a relative -reviewer-url was accepted")
	}
	cfg, err := parseFlags([]string{"-http-addr", "127.0.0.1:8080"}, io.Discard)
	if err != nil || cfg.reviewer.URL != "http://127.0.0.1:8080/" {
		t.Errorf("default reviewer URL %q, %v; want the HTTP page", cfg.reviewer.URL, err)
	}
}
