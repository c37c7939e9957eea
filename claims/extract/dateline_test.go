package extract_test

import (
	"testing"

	"github.com/factcheck/factcheck/claims/extract"
)

func TestDateline(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"Ferry sinks\n\nLAMU, Kenya (Example Wire) - A ferry sank on Monday.", "Example Wire"},
		{"Ferry sinks\n\nLAMU, March 3 (Harbour News) -- A ferry sank.", "Harbour News"},
		{"Ferry sinks\n\nPORT LOUIS (AP) — A ferry sank.", "AP"},
		{"Ferry sinks\n\nA ferry sank off Lamu (Kenya) - officials said.", ""},
		{"Ferry sinks\n\nThe ferry sank. NATO (the alliance) - no comment.", ""},
	}
	for _, tt := range tests {
		if got := extract.Dateline(tt.text); got != tt.want {
			t.Errorf("Dateline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzDateline(f *testing.F) {
	f.Add("LAMU, Kenya (Example Wire) - A ferry sank.")
	f.Fuzz(func(t *testing.T, text string) {
		_ = extract.Dateline(text)
	})
}
