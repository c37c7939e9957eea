package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"time"
)

//go:embed assets
var embedded embed.FS

// ContentSecurityPolicy is the policy every response of Handler carries:
// everything from the page's own origin only, no inline script or style,
// no framing, no form posts, and Trusted Types required with no policy
// allowed, so no string can ever be parsed as HTML or script.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
	"require-trusted-types-for 'script'; trusted-types 'none'"

// asset is one embedded file, read once, with its type and validator.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// Handler returns the page's handler. It answers GET and HEAD for "/" (the
// page) and "/assets/…" (its files), 404 for any other path and 405 for
// other methods, each with the security headers. Mount it at "/" beside the
// HTTP/JSON API, whose more specific paths win.
func Handler() http.Handler {
	files, err := load(embedded)
	if err != nil {
		// The files are compiled in; failing to read them is a build defect.
		panic(fmt.Sprintf("web: embedded assets: %v", err))
	}
	return &handler{files: files}
}

// load reads every file under assets/ into memory, keyed by URL path.
func load(fsys fs.FS) (map[string]asset, error) {
	files := map[string]asset{}
	err := fs.WalkDir(fsys, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("read %s: %w", p, err)
		}
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = http.DetectContentType(body)
		}
		sum := sha256.Sum256(body)
		files["/"+p] = asset{body: body, contentType: ct, etag: `"` + base64.RawURLEncoding.EncodeToString(sum[:16]) + `"`}
		return nil
	})
	if err != nil {
		return nil, err
	}
	index, ok := files["/assets/index.html"]
	if !ok {
		return nil, fmt.Errorf("assets/index.html is missing")
	}
	files["/"] = index
	delete(files, "/assets/index.html") // the page lives at "/" only
	return files, nil
}

// handler serves the loaded files.
type handler struct {
	files map[string]asset
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", ContentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Cross-Origin-Opener-Policy", "same-origin")
	hdr.Set("Cross-Origin-Resource-Policy", "same-origin")
	hdr.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	f, ok := h.files[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	hdr.Set("Content-Type", f.contentType)
	hdr.Set("ETag", f.etag)
	// Revalidate every time: the files change with the binary, and the
	// ETag makes an unchanged file a 304.
	hdr.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.body))
}
