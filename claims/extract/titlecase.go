package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/reader"
)

// minTitleWords is the fewest ordinary words of four letters or more a
// text needs before it can be told to be in title case.
const minTitleWords = 3

// sentenceCase returns a headline written in title case ("Leaders Arrive
// In Delhi Tomorrow") with the capitals of ordinary words taken away, so
// the reader does not take every word for a name; known names, words
// WordNet knows only as names, and words it does not know keep theirs. A
// text that is not in title case comes back unchanged. The result has the
// same length in bytes, so offsets still hold.
func sentenceCase(text string, g *reader.Gazetteer) string {
	// Title case shows in the ordinary words past the first: in a
	// sentence they are in lower case, names or not around them.
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	long, capital := 0, 0
	for k, w := range words {
		l := strings.ToLower(w)
		if k == 0 || utf8.RuneCountInString(w) < 4 || !lexicon.Known(l) || lexicon.ProperNoun(l) || len(g.Lookup(w)) > 0 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	if long < minTitleWords || capital*10 < long*8 {
		return text
	}
	// First each word on its own, then, from the right, an ordinary noun
	// straight before a word that keeps its capital is part of that name
	// ("Pinky Pinkerton").
	type word struct {
		at, end int
		lower   bool
	}
	var ws []word
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) || i > 0 && isASCIILetter(text[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		w := text[i:j]
		l := strings.ToLower(w)
		lower := i > 0 && 'A' <= w[0] && w[0] <= 'Z' && strings.ToUpper(w) != w && lexicon.Known(l) && !lexicon.ProperNoun(l) && len(g.Lookup(w)) == 0
		ws = append(ws, word{i, j, lower})
		i = j
	}
	for k := len(ws) - 2; k >= 0; k-- {
		next := ws[k+1]
		kept := !next.lower && 'A' <= text[next.at] && text[next.at] <= 'Z' && next.at == ws[k].end+1
		l := strings.ToLower(text[ws[k].at:ws[k].end])
		if ws[k].lower && kept && lexicon.POS(l).Has(lexicon.Noun) && !lexicon.POS(l).Has(lexicon.Verb) {
			ws[k].lower = false
		}
	}
	b := []byte(text)
	for _, w := range ws {
		if w.lower {
			b[w.at] += 'a' - 'A'
		}
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// readUnit reads one unit of a document as every pass reads it: with
// abbreviations' full stops hidden and a title-case headline in sentence
// case, relative dates against the publication date.
func readUnit(r *reader.Reader, d *claims.Document, u unit) *reader.Reading {
	text := readable(d.Text[u.span.Start:u.span.End])
	if u.section != claims.SectionBody {
		// Only headlines, subtitles and captions are written in title
		// case; a body sentence whose few long words are one name ("The
		// Harbour Trade Council met ...") is not.
		text = sentenceCase(text, r.Gazetteer())
	}
	return r.Read(text, d.Published)
}
