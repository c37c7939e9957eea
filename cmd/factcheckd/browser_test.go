package main

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browserPaths are where a Chromium-family browser is looked for, after
// $CHROME_PATH. .ci/run installs Debian's chromium when none is found.
var browserPaths = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// findBrowser returns the browser's executable, or "" when none is
// installed (or $CHROME_PATH names no executable).
func findBrowser() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		p, _ = exec.LookPath(p)
		return p
	}
	for _, name := range browserPaths {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is a headless Chromium tab driven over the DevTools protocol.
type browser struct {
	ctx context.Context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage // what the page logged and threw
}

// newBrowser starts a headless Chromium with a fresh profile, no network
// services of its own and no GPU, opens a tab of width×height and collects
// the tab's console. It skips the test when no browser is installed, and
// closes the browser when the test ends.
func newBrowser(tb testing.TB, width, height int) *browser {
	tb.Helper()
	path := findBrowser()
	if path == "" {
		tb.Skip("no Chromium found (looked for $CHROME_PATH, " + strings.Join(browserPaths, ", ") + "): " +
			"install it with `apt-get install -y chromium` (.ci/run does so) to run the browser tests")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("safebrowsing-disable-auto-update", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	tb.Cleanup(func() {
		cancelTab()
		cancelAlloc()
	})
	// Start the browser before subscribing: a subscription on a context
	// without a browser would start a second one. The browser lives as long
	// as the context of this first call, so it is the tab's own.
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("start %s: %v", path, err)
	}
	b := &browser{ctx: ctx}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, m)
			b.mu.Unlock()
		}
	}()
	return b
}

// messages returns what the tab logged so far.
func (b *browser) messages() []chromedp.ConsoleMessage {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]chromedp.ConsoleMessage(nil), b.console...)
}

// do runs steps within timeout, failing the test with what on error.
func (b *browser) do(tb testing.TB, what string, timeout time.Duration, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatalf("%s: %v\nconsole: %v", what, err, b.messages())
	}
}

// value runs one action that returns a value, within 20 seconds.
func value[T any](tb testing.TB, b *browser, what string, a chromedp.Action[T]) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		tb.Fatalf("%s: %v\nconsole: %v", what, err, b.messages())
	}
	return v
}
