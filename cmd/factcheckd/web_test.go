package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/factcheck/factcheck/corpus"
)

// bundledDoc is the id of the bundled article.
const bundledDoc = "theweek-2023-09-putin-g20-kim"

// lavrovError repeats the bundled article's error: Lavrov was Foreign
// Minister, not Defence Minister, in 2022.
const lavrovError = "In 2022, Russia's Defence Minister Sergey Lavrov attended a G20 event in Bali."

// TestWebPage drives the editors' page in a real headless Chromium against
// the real daemon: it checks a draft, opens the contradicted sentence, reads
// the bundled article, proves pasted markup stays text, measures a
// 30-sentence draft, and saves screenshots as test artefacts (keep them with
// go test -run TestWebPage -artifacts -outputdir DIR ./cmd/factcheckd).
//
// It does not run in parallel with the package's other tests so the timing
// it logs is the page's and the daemon's own; it asserts no timing.
func TestWebPage(t *testing.T) {
	b := newBrowser(t, 1280, 900)
	d := launchWeb(t)
	b.do(t, "open the page", 30*time.Second,
		chromedp.Navigate(d.url+"/"),
		chromedp.WaitVisible(chromedp.CSS(`html[data-ready]`)))

	t.Run("draft", func(t *testing.T) { checkDraft(t, b) })
	t.Run("keyboard", func(t *testing.T) { useKeyboard(t, b) })
	t.Run("as of", func(t *testing.T) { checkAsOf(t, b) })
	t.Run("sentences", func(t *testing.T) { splitSentences(t, b) })
	t.Run("markup stays text", func(t *testing.T) { pasteMarkup(t, b) })
	t.Run("rejected sentence", func(t *testing.T) { rejectSentence(t, b) })
	t.Run("thirty sentences", func(t *testing.T) { markThirty(t, b) })
	t.Run("article", func(t *testing.T) { readArticle(t, b) })
	t.Run("add an article", func(t *testing.T) { addArticle(t, b) })
	t.Run("narrow screen", func(t *testing.T) { narrowScreen(t, b) })

	for _, m := range b.messages() {
		// The page loads nothing it may not: a blocked load, a policy
		// violation or an uncaught exception is a failure.
		if m.IsException() || strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Trusted Type") {
			t.Errorf("console: %s", m)
		}
	}
	t.Run("policy enforced", func(t *testing.T) { policyEnforced(t, b) })
	t.Run("server gone", func(t *testing.T) { serverGone(t, b, d) })
}

// webDaemon is the daemon with its HTTP address.
type webDaemon struct {
	url  string       // http://host:port of -http-addr
	stop func() error // stops the daemon
}

// launchWeb starts the daemon with -http-addr on a free port and a write
// token, and returns its page's address.
func launchWeb(t *testing.T) *webDaemon {
	t.Helper()
	d := launch(t, "-http-addr", "127.0.0.1:0", "-write-token-file", tokenFile(t))
	addr, _ := d.logs.wait(t, "serving HTTP", 10*time.Second)["http_addr"].(string)
	return &webDaemon{url: "http://" + addr, stop: d.stop}
}

// paste replaces the draft with text as a paste does: one input event.
func paste(t *testing.T, b *browser, text string) {
	t.Helper()
	b.do(t, "paste", 10*time.Second,
		chromedp.Focus(chromedp.ID("draft")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('draft').select()`),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
			return err
		}))
}

// waitMarked waits until every sentence of the draft has its mark.
func waitMarked(t *testing.T, b *browser) {
	t.Helper()
	b.do(t, "wait for the marks", 30*time.Second, chromedp.WaitVisible(chromedp.CSS(`#marked[data-state="done"]`)))
}

// mark is a sentence's mark as the page shows it.
type mark struct {
	Text    string `json:"text"`
	Verdict string `json:"verdict"`
	Label   string `json:"label"`
	Icon    string `json:"icon"`
}

func marks(t *testing.T, b *browser) []mark {
	t.Helper()
	return value(t, b, "read the marks", chromedp.Evaluate[[]mark](`[...document.querySelectorAll('#marked .sentence')].map((m) => ({
		text: m.lastChild.textContent, verdict: m.dataset.verdict,
		label: m.querySelector('.sr-only').textContent, icon: m.querySelector('.icon').textContent }))`))
}

// checkRequests counts the page's calls to the CheckClaims stream so far.
func checkRequests(t *testing.T, b *browser) int {
	t.Helper()
	return value(t, b, "count requests", chromedp.Evaluate[int](
		`performance.getEntriesByType('resource').filter((e) => e.name.includes('claims:check')).length`))
}

func screenshot(t *testing.T, b *browser, name string) {
	t.Helper()
	png := value(t, b, "screenshot", chromedp.FullScreenshot(100))
	p := filepath.Join(t.ArtifactDir(), name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

func checkDraft(t *testing.T, b *browser) {
	draft := "Putin will skip the G20 summit in India. " + lavrovError +
		" Kim Jong Un will travel to Russia by armoured train. The leaders met on the Moon in 1850."
	before := checkRequests(t, b)
	// Typed key by key: the page waits for a pause, then sends the
	// sentences it has not checked in one request. On a loaded machine the
	// typing itself can stall past the pause, so a request per finished
	// sentence at most, never one per keystroke.
	b.do(t, "type the draft", time.Minute,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('draft').value = ''`),
		chromedp.SendKeys(chromedp.ID("draft"), draft))
	waitMarked(t, b)
	if n := checkRequests(t, b) - before; n < 1 || n > 4 {
		t.Errorf("typing a draft of four sentences (%d keys) made %d check requests, want 1 to 4", len(draft), n)
	}
	got := marks(t, b)
	if len(got) != 4 {
		t.Fatalf("%d marks, want 4: %+v", len(got), got)
	}
	want := map[string]string{"Putin will skip the G20 summit in India.": "VERDICT_SUPPORTED", lavrovError: "VERDICT_CONTRADICTED"}
	for _, m := range got {
		if w, ok := want[m.Text]; ok && m.Verdict != w {
			t.Errorf("%q marked %s, want %s", m.Text, m.Verdict, w)
		}
		// Not colour alone: an icon, and words for screen readers.
		if m.Icon == "" || !strings.HasSuffix(m.Label, ": ") {
			t.Errorf("%q has icon %q and label %q", m.Text, m.Icon, m.Label)
		}
	}

	// Open the contradicted sentence with a real click.
	b.do(t, "open the contradicted sentence", 10*time.Second,
		chromedp.Click(chromedp.CSS(`#marked .sentence[data-verdict="VERDICT_CONTRADICTED"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#detail .values .correct`)))
	detail := readDetail(t, b)
	if !strings.Contains(detail.Statement, "Defence Minister Sergey Lavrov") || detail.Verdict != "VERDICT_CONTRADICTED" {
		t.Errorf("detail shows %q as %s", detail.Statement, detail.Verdict)
	}
	if !slicesContain(detail.Stated, "Defence Minister") || !slicesContain(detail.Correct, "Foreign Minister") {
		t.Errorf("correction: stated %q, correct %q; want Defence → Foreign Minister", detail.Stated, detail.Correct)
	}
	if detail.Confidence == "" || detail.Explanation == "" {
		t.Errorf("confidence %q, explanation %q", detail.Confidence, detail.Explanation)
	}
	if !slicesContain(detail.Citations, "https://") {
		t.Errorf("no citation link for the reference fact: %q", detail.Citations)
	}
	// The article's own sentence is evidence, quoted inside its paragraph
	// (which the page fetches), with the quoted words highlighted, the
	// speaker, the hedge and the article's headline, publisher and date
	// (the bundled article has no link to show).
	const evidenceShown = `[...document.querySelectorAll('#detail .evidence')].map((e) => ({
		paragraph: (e.querySelector('.source-para') || {}).textContent || '',
		quote: (e.querySelector('.source-para mark.quote') || {}).textContent || '',
		speaker: (e.querySelector('.speaker') || {}).textContent || '',
		hedge: (e.querySelector('.hedge') || {}).textContent || '',
		source: (e.querySelector('.source') || {}).textContent || '' }))`
	type shown struct{ Paragraph, Quote, Speaker, Hedge, Source string }
	inParagraph := func(e shown) bool {
		return strings.Contains(e.Paragraph, "Putin had found himself isolated") && strings.Contains(e.Paragraph, "Defence Minister Sergey Lavrov attended") &&
			e.Quote != "" && e.Speaker != "" && e.Hedge != "" &&
			strings.Contains(e.Source, "Why is Putin avoiding G20") && strings.Contains(e.Source, "The Week") && strings.Contains(e.Source, "5 September 2023")
	}
	var items []shown
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		items = value(t, b, "read the evidence", chromedp.Evaluate[[]shown](evidenceShown))
		if slices.ContainsFunc(items, inParagraph) {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("no evidence shows the Lavrov sentence in its paragraph with its source: %+v", items)
			break
		}
	}
	screenshot(t, b, "draft-contradicted.png")

	// The checked sentence exports as ClaimReview JSON-LD.
	review := exportedReview(t, b, "#detail")
	if review.Type != "ClaimReview" || !strings.Contains(review.ClaimReviewed, "Defence Minister Sergey Lavrov") ||
		review.ReviewRating.AlternateName == "" {
		t.Errorf("the sentence's ClaimReview: %+v", review)
	}
}

// claimReview is the part of a ClaimReview the test reads.
type claimReview struct {
	Type          string `json:"@type"`
	ClaimReviewed string `json:"claimReviewed"`
	ReviewRating  struct {
		AlternateName string `json:"alternateName"`
	} `json:"reviewRating"`
}

// exportedReview opens the first ClaimReview export under scope and
// decodes the JSON-LD it shows; it also finds the download link.
func exportedReview(t *testing.T, b *browser, scope string) claimReview {
	t.Helper()
	b.do(t, "open the export", 10*time.Second,
		chromedp.Click(chromedp.CSS(scope+` details.export summary`)),
		chromedp.WaitVisible(chromedp.CSS(scope+` details.export pre`)))
	raw := value(t, b, "export", chromedp.Text(chromedp.CSS(scope+` details.export pre`)))
	var r claimReview
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		t.Fatalf("the export is not JSON: %v\n%s", err, raw)
	}
	name := value(t, b, "download", chromedp.AttributeValue(chromedp.CSS(scope+` details.export a[download]`), "download"))
	if !strings.HasSuffix(name.Value, ".claimreview.jsonld") {
		t.Errorf("the download is named %q", name.Value)
	}
	return r
}

// detailView is what the detail panel shows.
type detailView struct {
	Statement   string   `json:"statement"`
	Verdict     string   `json:"verdict"`
	Confidence  string   `json:"confidence"`
	Explanation string   `json:"explanation"`
	Stated      []string `json:"stated"`
	Correct     []string `json:"correct"`
	Citations   []string `json:"citations"`
	Error       string   `json:"error"`
}

func readDetail(t *testing.T, b *browser) detailView {
	t.Helper()
	return value(t, b, "read the detail", chromedp.Evaluate[detailView](`(() => {
		const d = document.getElementById('detail');
		const text = (sel) => { const n = d.querySelector(sel); return n ? n.textContent : ''; };
		const all = (sel) => [...d.querySelectorAll(sel)].map((n) => n.textContent);
		return {
			statement: text('.statement'), verdict: (d.querySelector('.verdict-line .mark') || {dataset: {}}).dataset.verdict || '',
			confidence: text('.confidence'), explanation: text('.explanation'),
			stated: all('.values .stated'), correct: all('.values .correct'),
			citations: [...d.querySelectorAll('.citation a')].map((a) => a.href), error: text('.error'),
		};
	})()`))
}

func slicesContain(list []string, part string) bool {
	for _, s := range list {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// useKeyboard opens a sentence with Enter and closes it with Escape.
func useKeyboard(t *testing.T, b *browser) {
	b.do(t, "close the detail", 5*time.Second, chromedp.Click(chromedp.ID("detail-close")), chromedp.WaitNotVisible(chromedp.ID("detail")))
	b.do(t, "open with Enter", 10*time.Second,
		chromedp.Focus(chromedp.CSS(`#marked .sentence[data-verdict="VERDICT_SUPPORTED"]`)),
		chromedp.KeyEvent("\r"),
		chromedp.WaitVisible(chromedp.ID("detail")))
	if f := value(t, b, "focus", chromedp.Evaluate[string](`document.activeElement.id`)); f != "detail" {
		t.Errorf("after Enter the focus is on %q, want the detail", f)
	}
	b.do(t, "close with Escape", 10*time.Second, chromedp.KeyEvent(kb.Escape), chromedp.WaitNotVisible(chromedp.ID("detail")))
	if v := value(t, b, "focus", chromedp.Evaluate[string](`document.activeElement.dataset.verdict || document.activeElement.id`)); v != "VERDICT_SUPPORTED" {
		t.Errorf("after Escape the focus is on %q, want the sentence again", v)
	}
}

// checkAsOf re-checks a sentence at another date with the as-of control.
func checkAsOf(t *testing.T, b *browser) {
	const shoigu = "Sergei Shoigu is Russia's defence minister."
	paste(t, b, shoigu)
	waitMarked(t, b)
	if got := marks(t, b); len(got) != 1 || got[0].Verdict != "VERDICT_SUPPORTED" {
		t.Errorf("at the evidence's date %q is marked %+v, want supported", shoigu, got)
	}
	b.do(t, "as of 2026", 30*time.Second,
		chromedp.SetValue(chromedp.ID("as-of"), "2026-01-01"),
		chromedp.WaitVisible(chromedp.CSS(`#marked[data-state="done"] .sentence[data-verdict="VERDICT_CONTRADICTED"]`)),
		chromedp.Click(chromedp.CSS(`#marked .sentence`)),
		chromedp.WaitVisible(chromedp.CSS(`#detail .verdict-line time`)))
	if got := value(t, b, "as of", chromedp.Text(chromedp.CSS(`#detail .verdict-line time`))); got != "1 January 2026" {
		t.Errorf("the detail is as of %q, want 1 January 2026", got)
	}
	if named := unnamedControls(t, b); len(named) > 0 {
		t.Errorf("controls without an accessible name in the draft view: %v", named)
	}
	b.do(t, "clear as of", 10*time.Second, chromedp.Click(chromedp.ID("as-of-clear")), chromedp.Click(chromedp.ID("detail-close")))
}

// unnamedControls returns the role of each control a screen reader would
// announce without a name, from the browser's own accessibility tree.
func unnamedControls(t *testing.T, b *browser) []string {
	t.Helper()
	tree := value(t, b, "accessibility tree", chromedp.Action[accessibility.GetFullAXTreeResult](
		func(ctx context.Context, tg *chromedp.Target) (accessibility.GetFullAXTreeResult, error) {
			return cdp.Call(ctx, tg, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		}))
	text := func(v *accessibility.Value) string {
		var s string
		if v != nil {
			_ = json.Unmarshal(v.Value, &s)
		}
		return s
	}
	controls := map[string]bool{"button": true, "link": true, "textbox": true, "combobox": true, "checkbox": true, "date": true, "DisclosureTriangle": true}
	var bad []string
	seen := 0
	for _, n := range tree.Nodes {
		if role := text(n.Role); !n.Ignored && controls[role] {
			seen++
			if strings.TrimSpace(text(n.Name)) == "" {
				bad = append(bad, role)
			}
		}
	}
	if seen < 5 {
		t.Fatalf("the accessibility tree shows %d controls; the check cannot be working", seen)
	}
	return bad
}

// splitSentences checks where the page cuts a draft: not after a title or
// an initial, and at a line break.
func splitSentences(t *testing.T, b *browser) {
	paste(t, b, "Mr. Putin met Kim Jong Un in Vladivostok. Gen. J. Smith said so on Sept. 9 in the U.S. capital.\nA headline without a full stop\nPutin will skip the G20 summit in India.")
	waitMarked(t, b)
	var texts []string
	for _, m := range marks(t, b) {
		texts = append(texts, m.Text)
	}
	want := []string{"Mr. Putin met Kim Jong Un in Vladivostok.", "Gen. J. Smith said so on Sept. 9 in the U.S. capital.", "A headline without a full stop", "Putin will skip the G20 summit in India."}
	if !slices.Equal(texts, want) {
		t.Errorf("sentences %q, want %q", texts, want)
	}
}

// pasteMarkup pastes HTML and script and proves none of it runs or renders.
func pasteMarkup(t *testing.T, b *browser) {
	hostile := `<img src=x onerror="window.__pwned=1"> Putin met <b>Kim</b> in <script>window.__pwned=2</script>Vladivostok. ` +
		`Lavrov <svg onload="window.__pwned=3"></svg> is <a href="javascript:window.__pwned=4">Russia's</a> foreign minister.`
	paste(t, b, hostile)
	waitMarked(t, b)
	b.do(t, "open the markup sentence", 10*time.Second,
		chromedp.Click(chromedp.CSS(`#marked .sentence`)),
		chromedp.WaitVisible(chromedp.CSS(`#detail .statement`)))
	type verdict struct {
		Pwned    bool   `json:"pwned"`
		Elements int    `json:"elements"`
		Marked   string `json:"marked"`
		Detail   string `json:"detail"`
	}
	v := value(t, b, "inspect", chromedp.Evaluate[verdict](`({
		pwned: window.__pwned !== undefined,
		elements: document.querySelectorAll('#marked img, #marked script, #marked b, #marked svg, #marked a, #detail img, #detail script, #detail b, #detail svg, #detail-body blockquote a').length,
		marked: document.getElementById('marked').textContent,
		detail: document.querySelector('#detail .statement').textContent })`))
	if v.Pwned || v.Elements != 0 {
		t.Errorf("pasted markup ran (%v) or became %d elements", v.Pwned, v.Elements)
	}
	if !strings.Contains(v.Marked, `<img src=x onerror="window.__pwned=1">`) || !strings.Contains(v.Marked, "<script>window.__pwned=2</script>") {
		t.Errorf("the marked draft does not show the markup as text: %q", v.Marked)
	}
	if !strings.Contains(v.Detail, "<b>Kim</b>") {
		t.Errorf("the detail does not show the markup as text: %q", v.Detail)
	}
	screenshot(t, b, "draft-markup.png")
}

// rejectSentence pastes a sentence the service refuses and finds the
// reason in place.
func rejectSentence(t *testing.T, b *browser) {
	long := "Putin said that " + strings.Repeat("the summit was very long and ", 160) + "tiring."
	paste(t, b, "Putin will skip the G20 summit in India. "+long)
	waitMarked(t, b)
	b.do(t, "open the refused sentence", 10*time.Second,
		chromedp.Click(chromedp.CSS(`#marked .sentence[data-verdict="error"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#detail .error`)))
	if d := readDetail(t, b); !strings.Contains(d.Error, "4096") {
		t.Errorf("the refused sentence says %q, want the 4096-byte limit", d.Error)
	}
	got := marks(t, b)
	if len(got) != 2 || got[0].Verdict != "VERDICT_SUPPORTED" {
		t.Errorf("marks %+v: the good sentence must still be checked", got)
	}
}

// articleSentences returns n distinct sentences of the bundled article.
func articleSentences(t *testing.T, n int) []string {
	t.Helper()
	text, err := fs.ReadFile(corpus.FS, "documents/"+bundledDoc+".txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range regexp.MustCompile(`[A-Z][^.!?\n]{20,}[.!?]`).FindAllString(string(text), -1) {
		if !seen[s] && len(out) < n {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(out) < n {
		t.Fatalf("the article has %d sentences, want %d", len(out), n)
	}
	return out
}

// newsDraft is a draft of 30 sentences written for this test in the
// words of a news report on the bundled article's subject, few of them the
// article's own.
var newsDraft = []string{
	"Vladimir Putin has decided not to travel to New Delhi for the summit of the Group of Twenty.",
	"The Kremlin said the Russian leader had a busy schedule at home.",
	"Foreign Minister Sergey Lavrov will lead the Russian delegation instead.",
	"North Korea's leader is preparing a rare trip abroad.",
	"Kim Jong Un prefers to travel by train rather than by plane.",
	"The two leaders last met in the spring of 2019.",
	"Their talks took place on Russky Island near Vladivostok.",
	"Washington has warned Pyongyang against selling ammunition to Moscow.",
	"Officials in Seoul are watching the preparations closely.",
	"The Eastern Economic Forum gathers investors from across Asia every year.",
	"This year the forum runs for four days in September.",
	"China is sending its premier rather than its president to India.",
	"Xi Jinping has attended every previous summit of the group.",
	"Joe Biden will arrive in India on Friday.",
	"Rishi Sunak is expected to join the other leaders at the summit.",
	"Russia's war in Ukraine has divided the members of the group.",
	"Western leaders condemned the invasion at the meeting in Bali.",
	"Indonesia hosted the summit in November 2022.",
	"India holds the rotating presidency of the group this year.",
	"The summit's final declaration is still being negotiated.",
	"Diplomats say agreement on the wording about Ukraine will be hard.",
	"Sergei Shoigu visited Pyongyang in the summer.",
	"He was shown missiles that the United Nations has banned.",
	"The visit marked the anniversary of the end of the Korean War.",
	"South Africa hosted the BRICS summit in August.",
	"Putin joined that meeting by video link.",
	"The International Criminal Court has issued a warrant for his arrest.",
	"Travelling abroad could expose the Russian president to arrest.",
	"Analysts expect the Kremlin to deepen ties with Asia and Africa.",
	"The next summit of the group will be held in Brazil.",
}

// markThirty pastes 30 sentences and logs how long after the pause the
// last mark appears, as the page measures it (from the last edit, the
// page's pause included) and as the test sees it: the bundled article's
// sentences on a daemon that has checked little so far; a news draft in
// other words; and the article's sentences again at another as-of date,
// which the page must send again, on an engine that has seen their words.
func markThirty(t *testing.T, b *browser) {
	article := articleSentences(t, 30)
	for _, run := range []struct {
		name, asOf string
		draft      []string
	}{
		{"the article's sentences, first", "2023-09-06", article},
		{"a news draft in other words", "2023-09-06", newsDraft},
		{"the article's sentences again, as of another date", "2023-09-07", article},
	} {
		// An empty draft, then the as-of date: every sentence of the
		// paste is new to the page's cache.
		b.do(t, "set as of", 30*time.Second,
			chromedp.Evaluate[chromedp.Void](`(() => { const d = document.getElementById('draft'); d.value = ''; d.dispatchEvent(new Event('input')); })()`),
			chromedp.SetValue(chromedp.ID("as-of"), run.asOf),
			chromedp.WaitVisible(chromedp.CSS(`#marked:is([data-state="done"], [data-state="empty"])`)))
		before := checkRequests(t, b)
		start := time.Now()
		paste(t, b, strings.Join(run.draft, " "))
		waitMarked(t, b)
		seen := time.Since(start)
		got := marks(t, b)
		if len(got) != 30 {
			t.Fatalf("%s: %d marks, want 30", run.name, len(got))
		}
		if n := checkRequests(t, b) - before; n != 1 {
			t.Errorf("%s: 30 sentences took %d check requests, want 1", run.name, n)
		}
		type timing struct{ Elapsed, Request, Items, Pause string }
		tm := value(t, b, "read the timing", chromedp.Evaluate[timing](`(() => { const d = document.getElementById('marked').dataset;
			return {Elapsed: d.elapsedMs, Request: d.requestMs, Items: d.requestItems, Pause: d.pauseMs}; })()`))
		counts := map[string]int{}
		for _, m := range got {
			counts[m.Verdict]++
		}
		t.Logf("30-sentence draft (%s) marked %s ms after the last edit by the page's clock (its %s ms pause included; the one request for %s sentences took %s ms); %v by the test's clock; verdicts %v",
			run.name, tm.Elapsed, tm.Pause, tm.Items, tm.Request, seen.Round(time.Millisecond), counts)
		if run.draft[0] == newsDraft[0] {
			screenshot(t, b, "draft-thirty.png")
		}
	}
	b.do(t, "clear as of", 5*time.Second, chromedp.Click(chromedp.ID("as-of-clear")))
}

// readArticle opens the bundled article and finds the Lavrov sentence
// flagged with its correction beside it.
func readArticle(t *testing.T, b *browser) {
	b.do(t, "open the article", 30*time.Second,
		chromedp.Click(chromedp.ID("nav-read")),
		chromedp.WaitVisible(chromedp.CSS(`#doc-list a[data-id="`+bundledDoc+`"]`)),
		chromedp.Click(chromedp.CSS(`#doc-list a[data-id="`+bundledDoc+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#doc-text mark.finding`)))
	type found struct {
		Flagged  bool     `json:"flagged"`
		Fix      []string `json:"fix"`
		Findings string   `json:"findings"`
		Claims   int      `json:"claims"`
		Title    string   `json:"title"`
	}
	f := value(t, b, "inspect the article", chromedp.Evaluate[found](`({
		flagged: [...document.querySelectorAll('#doc-text mark.finding')].some((m) => m.textContent.includes('Defence Minister Sergey Lavrov')),
		fix: [...document.querySelectorAll('#doc-text .fix ins')].map((n) => n.textContent),
		findings: document.getElementById('doc-findings').textContent,
		claims: document.querySelectorAll('#doc-text .claim').length,
		title: document.getElementById('doc-title').textContent })`))
	if !f.Flagged {
		t.Errorf("the Lavrov sentence is not flagged in the article")
	}
	if !slicesContain(f.Fix, "Foreign Minister") {
		t.Errorf("no correction to Foreign Minister beside the flagged text: %q", f.Fix)
	}
	if !strings.Contains(f.Findings, "Wrong office") || f.Claims == 0 || !strings.Contains(f.Title, "Putin") {
		t.Errorf("article view: title %q, %d claim spans, findings %q", f.Title, f.Claims, f.Findings)
	}
	screenshot(t, b, "article.png")
	if named := unnamedControls(t, b); len(named) > 0 {
		t.Errorf("controls without an accessible name in the article view: %v", named)
	}

	// The Lavrov finding exports as ClaimReview JSON-LD.
	idx := value(t, b, "finding index", chromedp.Evaluate[int](`[...document.querySelectorAll('#doc-findings > li')].findIndex((li) =>
		li.textContent.includes('Wrong office') && li.textContent.includes('Defence Minister Sergey Lavrov'))`))
	if idx < 0 {
		t.Fatalf("no Wrong office finding quotes the Lavrov sentence")
	}
	review := exportedReview(t, b, fmt.Sprintf("#finding-%d", idx))
	if review.Type != "ClaimReview" || !strings.Contains(review.ClaimReviewed, "Lavrov") || review.ReviewRating.AlternateName == "" {
		t.Errorf("the finding's ClaimReview: %+v", review)
	}
}

// addArticle adds testdata/article.txt through the form: refused with a
// wrong token (said in place), tried, added, read, and checked against.
func addArticle(t *testing.T, b *browser) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	b.do(t, "fill the form", 20*time.Second,
		chromedp.Click(chromedp.ID("nav-add")),
		chromedp.WaitVisible(chromedp.ID("add-form")),
		chromedp.SetValue(chromedp.ID("add-token"), "not-the-write-token-at-all"),
		chromedp.SetValue(chromedp.ID("add-headline"), "Sunak flies to Jakarta for talks on trade"),
		chromedp.SetValue(chromedp.ID("add-publisher"), "Example Wire"),
		chromedp.SetValue(chromedp.ID("add-published"), "2026-03-10"),
		chromedp.SetValue(chromedp.ID("add-url"), "https://example.com/sunak-jakarta"),
		chromedp.SetValue(chromedp.ID("add-text"), string(text)),
		chromedp.Click(chromedp.ID("add-dry")),
		chromedp.WaitVisible(chromedp.ID("add-error")))
	if msg := value(t, b, "refusal", chromedp.Text(chromedp.ID("add-error"))); !strings.Contains(msg, "Refused (401)") || !strings.Contains(msg, "token") {
		t.Errorf("a wrong token is answered %q, want the 401 refusal in place", msg)
	}
	if !value(t, b, "save disabled", chromedp.Evaluate[bool](`document.getElementById('add-save').disabled`)) {
		t.Errorf("Add is enabled before a successful dry run")
	}
	b.do(t, "dry run", 30*time.Second,
		chromedp.SetValue(chromedp.ID("add-token"), writeToken),
		chromedp.Click(chromedp.ID("add-dry")),
		chromedp.WaitVisible(chromedp.CSS(`#add-result .claims li`)),
		chromedp.WaitEnabled(chromedp.ID("add-save")))
	if got := value(t, b, "dry-run heading", chromedp.Text(chromedp.CSS(`#add-result h3`))); got != "Dry run" {
		t.Errorf("after a dry run the result says %q", got)
	}
	// Not stored yet.
	if n := value(t, b, "documents", chromedp.Evaluate[int](`fetch('v1/documents').then((r) => r.json()).then((j) => j.documents.length)`, chromedp.EvalAwaitPromise)); n != 1 {
		t.Errorf("after the dry run %d documents are stored, want 1", n)
	}
	screenshot(t, b, "add-dry-run.png")
	if named := unnamedControls(t, b); len(named) > 0 {
		t.Errorf("controls without an accessible name in the add view: %v", named)
	}
	b.do(t, "add", 30*time.Second,
		chromedp.Click(chromedp.ID("add-save")),
		chromedp.WaitVisible(chromedp.CSS(`#add-result a[href^="#read/"]`)),
		chromedp.Click(chromedp.CSS(`#add-result a[href^="#read/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#doc-text .claim`)))
	if got := value(t, b, "title", chromedp.Text(chromedp.ID("doc-title"))); got != "Sunak flies to Jakarta for talks on trade" {
		t.Errorf("the added article opens as %q", got)
	}
	// The token is nowhere but in the field.
	stored := value(t, b, "storage", chromedp.Evaluate[string](`JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie + location.href`))
	if strings.Contains(stored, writeToken) {
		t.Errorf("the token is kept outside the page's memory: %s", stored)
	}
	b.do(t, "check against it", 30*time.Second, chromedp.Click(chromedp.ID("nav-draft")), chromedp.WaitVisible(chromedp.ID("draft")))
	paste(t, b, aboutTheArticle+".")
	waitMarked(t, b)
	if got := marks(t, b); len(got) != 1 || got[0].Verdict != "VERDICT_SUPPORTED" {
		t.Errorf("a statement from the added article is marked %+v, want supported", got)
	}
}

// narrowScreen checks a draft on a phone-sized screen: nothing wider than it.
func narrowScreen(t *testing.T, b *browser) {
	b.do(t, "narrow", 20*time.Second,
		chromedp.EmulateViewport(390, 844),
		chromedp.Click(chromedp.ID("nav-draft")),
		chromedp.WaitVisible(chromedp.ID("draft")))
	paste(t, b, "Putin will skip the G20 summit in India. "+lavrovError)
	waitMarked(t, b)
	b.do(t, "open", 10*time.Second,
		chromedp.Click(chromedp.CSS(`#marked .sentence[data-verdict="VERDICT_CONTRADICTED"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#detail .values .correct`)))
	type width struct{ Scroll, Inner int }
	w := value(t, b, "width", chromedp.Evaluate[width](`({Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth})`))
	if w.Scroll > w.Inner {
		t.Errorf("the page is %dpx wide on a %dpx screen", w.Scroll, w.Inner)
	}
	screenshot(t, b, "narrow.png")
	b.do(t, "wide again", 10*time.Second, chromedp.EmulateViewport(1280, 900))
}

// policyEnforced proves the Content-Security-Policy is in force: turning a
// string into HTML throws (Trusted Types), and inline script is refused.
func policyEnforced(t *testing.T, b *browser) {
	got := value(t, b, "try innerHTML", chromedp.Evaluate[string](`(() => {
		try { document.createElement('div').innerHTML = '<b>x</b>'; return 'parsed'; } catch (e) { return e.name; }
	})()`))
	if got != "TypeError" {
		t.Errorf("innerHTML with a string gave %q, want a TypeError from Trusted Types", got)
	}
}

// serverGone stops the daemon and finds the failure said in place.
func serverGone(t *testing.T, b *browser, d *webDaemon) {
	if err := d.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	paste(t, b, "Kim Jong Un met Vladimir Putin in Vladivostok in April 2019.")
	b.do(t, "wait for the error", 20*time.Second, chromedp.WaitVisible(chromedp.ID("draft-error")))
	msg := value(t, b, "error", chromedp.Text(chromedp.ID("draft-error")))
	if !strings.Contains(msg, "could not be reached") {
		t.Errorf("with the server gone the page says %q", msg)
	}
	if got := marks(t, b); len(got) != 1 || got[0].Verdict != "error" {
		t.Errorf("marks %+v, want one 'not checked'", got)
	}
	screenshot(t, b, "server-gone.png")
}
