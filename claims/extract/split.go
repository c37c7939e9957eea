package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// unit is one sentence of a document: its byte span in the text and the
// section it lies in.
type unit struct {
	span    claims.Span
	section string
}

// units returns the content sentences of doc in document order. With
// sections, each section but the boilerplate is split on its own; without,
// the first non-empty line is the headline and the rest is body.
func units(doc *claims.Document) []unit {
	var out []unit
	if len(doc.Sections) > 0 {
		for _, sec := range doc.Sections {
			if sec.Name == claims.SectionBoilerplate || !sec.Span.Valid(len(doc.Text)) {
				continue
			}
			for _, s := range sentences(doc.Text, sec.Span.Start, sec.Span.End) {
				out = append(out, unit{span: s, section: sec.Name})
			}
		}
		return out
	}
	for _, s := range sentences(doc.Text, 0, len(doc.Text)) {
		sec := claims.SectionBody
		if len(out) == 0 && strings.TrimSpace(doc.Text[:s.Start]) == "" && lineOf(doc.Text, s) {
			sec = claims.SectionHeadline
		}
		out = append(out, unit{span: s, section: sec})
	}
	return out
}

// lineOf reports whether s is the whole of its line, give or take a credit
// or label trimmed off: the headline is a line of its own.
func lineOf(text string, s claims.Span) bool {
	end := strings.IndexByte(text[s.End:], '\n')
	if end < 0 {
		end = len(text) - s.End
	}
	return !strings.ContainsAny(text[s.End:s.End+end], ".?!")
}

// sentences splits text[start:end] into trimmed sentence spans: at line
// breaks and after '.', '?' or '!' followed by white space and a capital
// letter or an opening quote, except after an abbreviation or an initial.
// Promotion sentences are left out; photo credits and caption labels are
// trimmed off.
func sentences(text string, start, end int) []claims.Span {
	var out []claims.Span
	add := func(a, b int) {
		s := trim(text, a, b)
		s = trimCredit(text, s)
		s = trimLabel(text, s)
		s = trim(text, s.Start, s.End)
		if s.Len() > 0 && !promotion(text[s.Start:s.End]) {
			out = append(out, s)
		}
	}
	for ls := start; ls < end; {
		le := ls + strings.IndexAny(text[ls:end], "\n\r")
		if le < ls {
			le = end
		}
		from := ls
		for i := ls; i < le; i++ {
			if c := text[i]; c != '.' && c != '?' && c != '!' {
				continue
			}
			if next, ok := boundaryAfter(text[:le], i); ok {
				add(from, next.closeEnd)
				from = next.resume
				i = next.resume - 1
			}
		}
		add(from, le)
		ls = le + 1
	}
	return out
}

type cut struct {
	closeEnd int // end of the sentence, after closing quotes
	resume   int // start of the next sentence
}

// closers may follow sentence-final punctuation inside the sentence.
const closers = "\"')]”’»"

// openers may begin a sentence.
const openers = "\"'“‘«("

// boundaryAfter decides whether the punctuation at text[i] ends a sentence.
func boundaryAfter(text string, i int) (cut, bool) {
	j := i + 1
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(closers, r) || r == utf8.RuneError {
			break
		}
		j += n
	}
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += n
	}
	if k == j || k >= len(text) {
		return cut{}, false // no white space, or nothing after it
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsUpper(r) && !strings.ContainsRune(openers, r) {
		return cut{}, false
	}
	if text[i] == '.' && abbreviation(text, i) {
		return cut{}, false
	}
	return cut{closeEnd: j, resume: k}, true
}

// abbreviations end in a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true,
	"nos": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "maj": true, "sgt": true, "adm": true, "jr": true, "sr": true, "vs": true,
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true, "fig": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "approx": true, "est": true, "mt": true, "ft": true,
	"pres": true, "rev": true, "hon": true, "vol": true, "pp": true, "cf": true, "al": true,
}

// abbreviation reports whether the full stop at text[i] closes an
// abbreviation: a known short form ("Mr.", "No."), one with inner stops
// ("U.S.", "a.m."), or an initial ("J. R. Tolkien").
func abbreviation(text string, i int) bool {
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	word := text[w:i]
	switch {
	case word == "":
		return false
	case strings.Contains(strings.Trim(word, "."), "."):
		return true
	case utf8.RuneCountInString(word) == 1:
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}

// trim returns text[a:b] without leading and trailing white space.
func trim(text string, a, b int) claims.Span {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		b -= n
	}
	// In a text that is not valid UTF-8, keep the span on rune starts:
	// drop stray continuation bytes at the start, take them in at the end.
	for a < b && !utf8.RuneStart(text[a]) {
		a++
	}
	for a < b && b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return claims.Span{Start: a, End: b}
}

func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u2060'
}

// trimCredit cuts a trailing credit such as " | AP" or " | Reuters file
// photo": a short tail after the last " | ".
func trimCredit(text string, s claims.Span) claims.Span {
	q := text[s.Start:s.End]
	k := strings.LastIndex(q, " | ")
	if k <= 0 {
		return s
	}
	tail := q[k+3:]
	if len(tail) > 60 || len(strings.Fields(tail)) > 5 || strings.ContainsAny(tail, ".?!") && !strings.HasSuffix(tail, ".") {
		return s
	}
	return claims.Span{Start: s.Start, End: s.Start + k}
}

// trimLabel cuts a leading caption label in capitals ("KIM JONG
// UN-VLADIMIR PUTIN Russian President Vladimir Putin, right, ..."): three
// or more words in capitals followed by a word in mixed case.
func trimLabel(text string, s claims.Span) claims.Span {
	q := text[s.Start:s.End]
	pos, n := 0, 0
	for {
		rest := q[pos:]
		sp := strings.IndexFunc(rest, unicode.IsSpace)
		if sp <= 0 {
			return s
		}
		word := rest[:sp]
		if !capitals(word) {
			break
		}
		n++
		_, size := utf8.DecodeRuneInString(rest[sp:])
		pos += sp + size
		for pos < len(q) && q[pos] == ' ' {
			pos++
		}
	}
	if n < 3 || pos >= len(q) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(q[pos:])
	if !unicode.IsUpper(r) {
		return s
	}
	return claims.Span{Start: s.Start + pos, End: s.End}
}

// capitals reports whether word is letters in capitals, perhaps with
// hyphens or apostrophes, at least two letters long.
func capitals(word string) bool {
	letters := 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}

// promotions mark a sentence that advertises rather than reports.
var promotions = []string{
	"click here", "join our", "subscribe to", "subscribe now", "subscribe for", "please subscribe",
	"is now on telegram", "is now on whatsapp", "now on telegram", "now on whatsapp",
	"follow us on", "sign up for our", "download our app", "download the app",
	"our newsletter", "also read:", "read more:", "read also:",
}

// promotion reports whether the sentence looks like a promotion line.
func promotion(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "subscribe") || strings.HasPrefix(l, "advertisement") {
		return true
	}
	for _, p := range promotions {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// readable returns the sentence with the full stops of abbreviations and
// initials taken out ("U.S." becomes "US  ", "Mr." "Mr "), padded with
// spaces so that every byte offset stays where it was. The reader cuts
// clauses at a full stop before a capital, so it reads this copy; quotes
// and spans come from the original.
func readable(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j, dots := i, 0
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == '.' {
				dots++
			} else if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		run := s[i:j]
		if dots > 0 && strings.TrimSpace(s[j:]) != "" && abbreviated(s, i, j) {
			if b == nil {
				b = []byte(s)
			}
			k := i
			for _, r := range run {
				if r != '.' {
					k += utf8.EncodeRune(b[k:], r)
				}
			}
			for ; k < j; k++ {
				b[k] = ' '
			}
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// abbreviated reports whether the letters-and-stops run s[i:j] is an
// abbreviation: it ends in a stop that abbreviation accepts, or has only
// stops between single letters or pairs ("U.S", "a.m").
func abbreviated(s string, i, j int) bool {
	run := s[i:j]
	if strings.HasSuffix(run, ".") {
		return abbreviation(s, j-1) && !strings.HasSuffix(run, "..")
	}
	for _, part := range strings.Split(run, ".") {
		if part == "" || utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}
