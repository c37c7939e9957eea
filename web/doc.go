// Package web serves the editors' page: a single HTML page, its style sheet
// and its scripts, embedded in the binary with go:embed, that checks a draft
// sentence by sentence, reads a stored article with its claims and audit
// findings, and adds an article. The page calls the service's own HTTP/JSON
// API (the gateway the daemon serves on -http-addr) and nothing else: no
// CDN, no fonts, no network beyond its own origin.
//
// Handler serves the page with a strict Content-Security-Policy: scripts
// and styles only from the page's own origin, no inline script, no plugins,
// no framing, and Trusted Types required, so a script that tried to turn a
// string into HTML (innerHTML and the like) would throw rather than parse
// it. The page renders every statement, claim and article as text.
package web
