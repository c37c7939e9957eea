package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesThePage(t *testing.T) {
	t.Parallel()
	h := Handler()
	for _, tc := range []struct {
		path, contentType, contains string
	}{
		{"/", "text/html; charset=utf-8", `<textarea id="draft"`},
		{"/assets/app.js", "text/javascript; charset=utf-8", "capabilities"},
		{"/assets/app.css", "text/css; charset=utf-8", ".mark"},
		{"/assets/icon.svg", "image/svg+xml", "<svg"},
	} {
		rec := get(t, h, http.MethodGet, tc.path, nil)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", tc.path, rec.Code)
		}
		if got := rec.Header().Get("Content-Type"); got != tc.contentType {
			t.Errorf("GET %s: Content-Type %q, want %q", tc.path, got, tc.contentType)
		}
		if !strings.Contains(rec.Body.String(), tc.contains) {
			t.Errorf("GET %s: body lacks %q", tc.path, tc.contains)
		}
		checkSecurityHeaders(t, tc.path, rec.Header())
	}
}

func checkSecurityHeaders(t *testing.T, path string, h http.Header) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy": ContentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"X-Frame-Options":         "DENY",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %s = %q, want %q", path, k, got, v)
		}
	}
}

func TestHandlerRefusesOtherPathsAndMethods(t *testing.T) {
	t.Parallel()
	h := Handler()
	for _, p := range []string{"/nope", "/assets/", "/assets", "/assets/index.html", "/index.html", "/assets/../web.go", "/v1/claims"} {
		rec := get(t, h, http.MethodGet, p, nil)
		if rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, rec.Code)
		}
		checkSecurityHeaders(t, p, rec.Header())
	}
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
		rec := get(t, h, m, "/", nil)
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /: %d, Allow %q; want 405, GET, HEAD", m, rec.Code, rec.Header().Get("Allow"))
		}
	}
	if rec := get(t, h, http.MethodHead, "/", nil); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD /: %d with %d bytes, want 200 and no body", rec.Code, rec.Body.Len())
	}
}

func TestHandlerRevalidatesWithETag(t *testing.T) {
	t.Parallel()
	h := Handler()
	first := get(t, h, http.MethodGet, "/assets/app.js", nil)
	etag := first.Header().Get("ETag")
	if etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q", etag, first.Header().Get("Cache-Control"))
	}
	if rec := get(t, h, http.MethodGet, "/assets/app.js", map[string]string{"If-None-Match": etag}); rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match with the ETag: %d, want 304", rec.Code)
	}
	if rec := get(t, h, http.MethodGet, "/assets/draft.js", map[string]string{"If-None-Match": etag}); rec.Code != http.StatusOK {
		t.Errorf("another file with app.js's ETag: %d, want 200", rec.Code)
	}
}

// TestAssetsKeepThePolicy reads the embedded files as the policy sees them:
// no inline script or style, nothing from another origin, and no script
// API that parses a string as HTML or code.
func TestAssetsKeepThePolicy(t *testing.T) {
	t.Parallel()
	forbidden := regexp.MustCompile(`\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(\s*['"\x60]|createContextualFragment|DOMParser`)
	remote := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	err := fs.WalkDir(embedded, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(embedded, p)
		if err != nil {
			return err
		}
		text := string(b)
		if strings.HasSuffix(p, ".js") {
			if m := forbidden.FindString(text); m != "" {
				t.Errorf("%s uses %q", p, m)
			}
		}
		if strings.HasSuffix(p, ".html") {
			for _, bad := range []string{"<script>", "<style", " style=", " onclick=", " onload=", "javascript:"} {
				if strings.Contains(text, bad) {
					t.Errorf("%s has %q, which the policy blocks", p, bad)
				}
			}
		}
		for _, m := range remote.FindAllString(text, -1) {
			if m != "http://www.w3.org" {
				t.Errorf("%s refers to another origin: %q", p, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPageRefersOnlyToEmbeddedFiles checks that every asset the page and
// its scripts name is served.
func TestPageRefersOnlyToEmbeddedFiles(t *testing.T) {
	t.Parallel()
	h := Handler()
	refs := regexp.MustCompile(`(?:href|src)="(assets/[^"]+)"|from '\./([^']+)'|import\('\./([^']+)'\)`)
	seen := 0
	err := fs.WalkDir(embedded, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(embedded, p)
		if err != nil {
			return err
		}
		for _, m := range refs.FindAllStringSubmatch(string(b), -1) {
			ref := m[1] + m[2] + m[3]
			if !strings.HasPrefix(ref, "assets/") {
				ref = "assets/" + ref
			}
			seen++
			if rec := get(t, h, http.MethodGet, "/"+ref, nil); rec.Code != http.StatusOK {
				t.Errorf("%s names %s, which answers %d", p, ref, rec.Code)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 5 {
		t.Errorf("found only %d references; the pattern is out of date", seen)
	}
}
