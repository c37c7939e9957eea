package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
)

// FuzzClaims checks that any text extracts without a panic, that every
// claim quotes the text at a valid span inside a content section, and
// that the claims always form a valid corpus with their document.
func FuzzClaims(f *testing.F) {
	f.Add("Putin met Kim in Vladivostok.\n\nHe said Mr. Lavrov would attend. Click here to join our channel.", 0)
	f.Add("Why is Putin avoiding G20?\n\nKIM JONG UN-VLADIMIR PUTIN Putin and Kim shake hands in Moscow | AP\n", 30)
	f.Add("The U.S. and J. R. Smith. Xi Jinping grew 2.5 percent. \"Biden said so.\" But, walked out.", 5)
	f.Add("\xff\xfe. A. B.\u00a0C \u200b Putin . . . ! ? It", 3)
	f.Add("", 0)
	c, r := setup(f)
	f.Fuzz(func(t *testing.T, text string, cut int) {
		if len(text) > 1<<14 {
			text = text[:1<<14]
		}
		d := &claims.Document{ID: "fuzz-2024-01-doc", Publisher: "Fuzz", Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC),
			Language: "en", Text: text}
		// Half the inputs get sections: a headline up to the cut, a body,
		// and a boilerplate tail.
		if cut > 0 && len(text) > 0 {
			k := cut % (len(text) + 1)
			for k > 0 && k < len(text) && !startOfRune(text[k]) {
				k--
			}
			tail := strings.LastIndexByte(text, '\n')
			if tail < k {
				tail = len(text)
			}
			d.Sections = []claims.Section{
				{Name: claims.SectionHeadline, Span: claims.Span{Start: 0, End: k}},
				{Name: claims.SectionBody, Span: claims.Span{Start: k, End: tail}},
				{Name: claims.SectionBoilerplate, Span: claims.Span{Start: tail, End: len(text)}},
			}
		}
		got := extract.Claims(d, r)
		for _, cl := range got {
			if !cl.Span.Valid(len(text)) || text[cl.Span.Start:cl.Span.End] != cl.Quote || cl.Span.Len() == 0 {
				t.Fatalf("%s: bad span %s for %q", cl.ID, cl.Span, cl.Quote)
			}
			if strings.TrimSpace(cl.Statement) == "" {
				t.Fatalf("%s: empty statement", cl.ID)
			}
		}
		if _, err := claims.NewCorpus([]*claims.Document{d}, nil, nil, nil, nil); err != nil {
			return // the made-up document itself is not valid (empty, sections off rune boundaries)
		}
		if _, err := claims.NewCorpus([]*claims.Document{d}, got, c.Entities, c.Roles, c.Tenures); err != nil {
			t.Fatalf("NewCorpus: %v", err)
		}
	})
}

func startOfRune(b byte) bool { return b&0xC0 != 0x80 }
