package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// TokenKind classifies tokens.
type TokenKind int

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with inner hyphens or apostrophes
	Number                  // digits, possibly with separators or an ordinal suffix
	Punct                   // anything else
)

// Token is one word, number or punctuation mark of a text.
type Token struct {
	Kind  TokenKind
	Text  string      // as written
	Norm  string      // lower case, typographic quotes and dashes folded
	Lemma string      // dictionary form (words only)
	Span  claims.Span // byte offsets into the text
	Upper bool        // written in capitals throughout (US, ICC)
	Cap   bool        // starts with a capital letter
	// Inner is set by the reader on a token that does not open a
	// sentence: a capitalised word there is a name even when it is also
	// an ordinary word ("..., Norway sought aid").
	Inner bool
	// SharedVerb is set by the reader on a bare verb coordinated under a
	// modal before it ("will travel and visit"): it heads its own clause.
	SharedVerb bool
}

// maxTokens bounds the work done on one text; statements are limited far
// below this by the transport, claims are short.
const maxTokens = 4096

// Tokenize splits text into tokens. Contractions are expanded ("won't" →
// "will" "not"), the possessive "'s" becomes a token of its own, and a
// hyphen or dash between two numbers is kept as its own token so ranges such
// as "1950-53" and "10-13" can be read.
func Tokenize(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) && len(toks) < maxTokens {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || isInvisible(r):
			i += size
		case '0' <= r && r <= '9':
			j := scanNumber(text, i)
			toks = append(toks, newToken(Number, text, i, j))
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// Digits of other scripts ("٤٥") are read as a word: scanNumber
			// only reads ASCII digits, and a token must never be empty.
			j := max(scanWord(text, i), i+size)
			toks = appendWord(toks, text, i, j)
			i = j
		default:
			toks = append(toks, newToken(Punct, text, i, i+size))
			i += size
		}
	}
	return toks
}

func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single hyphens or apostrophes followed by a letter or digit.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if isJoiner(r) && j+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			first, _ := utf8.DecodeRuneInString(text[i:])
			if r == '-' && unicode.IsUpper(first) && unicode.IsUpper(next) && utf8.RuneCountInString(text[i:j]) > 1 {
				break // "Kim-Putin", "Russia-Ukraine": two names joined
			}
			if unicode.IsLetter(next) || (r == '-' && unicode.IsDigit(next)) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

func isJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '‑'
}

// scanNumber returns the end of the number starting at i: digits with inner
// commas or points, and an ordinal suffix (70th, 1st).
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			j++
		case (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9':
			j++
		default:
			return j + ordinalSuffix(text[j:])
		}
	}
	return j
}

func ordinalSuffix(s string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) >= 2 && strings.EqualFold(s[:2], suf) {
			if len(s) == 2 || !unicode.IsLetter(rune(s[2])) {
				return 2
			}
		}
	}
	return 0
}

// appendWord adds the word text[i:j], split at a possessive or a
// contraction.
func appendWord(toks []Token, text string, i, j int) []Token {
	w := text[i:j]
	k := strings.LastIndexAny(w, "'’")
	if k <= 0 {
		return append(toks, newToken(Word, text, i, j))
	}
	cut := i + k
	norm := fold(w)
	switch suffix := fold(text[cut:j]); suffix {
	case "'s":
		return append(toks, newToken(Word, text, i, cut), newToken(Word, text, cut, j))
	case "'ve", "'m", "'re", "'ll", "'d":
		// "I've", "we're", "they'll": a pronoun and its auxiliary, so the
		// pronoun is never read as a capitalised name.
		if pronounContractions[fold(text[i:cut])] {
			b := newToken(Word, text, cut, j)
			b.Norm = subjectContractions[suffix]
			return append(toks, newToken(Word, text, i, cut), b)
		}
	case "'t":
		if aux, ok := contractions[norm]; ok && cut-1 > i {
			a := newToken(Word, text, i, cut-1)
			a.Norm = aux
			b := newToken(Word, text, cut-1, j)
			b.Norm = "not"
			return append(toks, a, b)
		}
	}
	return append(toks, newToken(Word, text, i, j))
}

// subjectContractions maps the auxiliary a pronoun's contraction ends in
// to the auxiliary; "'d" is "would" or "had", both auxiliaries.
var subjectContractions = map[string]string{"'ve": "have", "'m": "am", "'re": "are", "'ll": "will", "'d": "would"}

// pronounContractions are the words a subject contraction attaches to.
var pronounContractions = set("i", "you", "we", "they", "he", "she", "it", "who", "that", "there")

// contractions maps negative contractions to their auxiliary.
var contractions = map[string]string{
	"won't": "will", "can't": "can", "don't": "do", "doesn't": "do", "didn't": "do",
	"isn't": "be", "aren't": "be", "wasn't": "be", "weren't": "be", "hasn't": "have",
	"haven't": "have", "hadn't": "have", "wouldn't": "would", "shouldn't": "should",
	"couldn't": "could", "mustn't": "must", "needn't": "need", "mightn't": "might",
	"shan't": "shall", "ain't": "be",
}

func newToken(kind TokenKind, text string, i, j int) Token {
	w := text[i:j]
	first, _ := utf8.DecodeRuneInString(w)
	t := Token{Kind: kind, Text: w, Norm: fold(w), Span: claims.Span{Start: i, End: j}}
	t.Cap = unicode.IsUpper(first) || kind == Word && ArticleName(w) != ""
	t.Upper = kind == Word && utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w
	return t
}

// arabicArticles are the transliterations of the Arabic article that a
// surname carries joined by a hyphen and in lower case ("al-Sisi",
// "el-Sisi", "ash-Sharaa"), the sun letters' assimilated forms among them.
var arabicArticles = set("al", "el", "ad", "ar", "as", "at", "an", "ash", "az", "ud", "ul", "ur")

// ArticleName returns the name a word carries after a lower-case Arabic
// article ("Sisi" for "al-Sisi"), or "": such a word is a capitalised name
// though it starts in lower case.
func ArticleName(w string) string {
	article, rest, ok := strings.Cut(w, "-")
	if !ok || !arabicArticles[article] || rest == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return ""
	}
	return rest
}

// fold lower-cases s and folds typographic apostrophes, quotes and dashes
// to their ASCII forms.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			return '\''
		case '“', '”', '„':
			return '"'
		case '–', '—', '‑', '‒', '−':
			return '-'
		}
		return unicode.ToLower(r)
	}, s)
}

// TokenAt returns the index of the token that holds byte offset at, or -1.
func TokenAt(toks []Token, at int) int {
	for i, t := range toks {
		if t.Span.Start <= at && at < t.Span.End {
			return i
		}
	}
	return -1
}
