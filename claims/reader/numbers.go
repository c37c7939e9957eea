package reader

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Quantity is a number a text states, with what it counts or names.
type Quantity struct {
	Value   float64
	Ordinal bool   // "70th", "seventieth"
	Unit    string // lemma of what it counts or names: "anniversary", "pier", "carriage"
	// Of is the entity id of the person an age belongs to, or of the
	// event a length qualifies ("a two-day G20 summit"), when known.
	Of string
	// Approx is set when the number is given as an estimate: "about 5,000",
	// "nearly 50", "some 300".
	Approx bool
	Text   string // as written
	Span   claims.Span
	tok, n int
}

// maxNumberDigits bounds the digits the reader converts; longer runs are
// kept as text so a hostile statement cannot make it work hard.
const maxNumberDigits = 18

// parseQuantity reads a number at toks[i]: digits ("33", "1,200",
// "70th"), number words ("twenty", "seventieth", "twenty-one") or a number
// word fused with its unit ("two-day", whose Unit is then "day" as written).
func parseQuantity(toks []Token, i int) (Quantity, bool) {
	t := toks[i]
	q := Quantity{Text: t.Text, Span: t.Span, tok: i, n: 1}
	switch t.Kind {
	case Number:
		s := strings.ReplaceAll(t.Norm, ",", "")
		if suf := ordinalSuffix(s); suf > 0 || (len(s) > 2 && ordinalSuffix(s[len(s)-2:]) > 0) {
			s, q.Ordinal = s[:len(s)-2], true
		}
		if len(s) == 0 || len(s) > maxNumberDigits {
			return q, false
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(v, 0) {
			return q, false
		}
		q.Value = v
	case Word:
		if t.Norm == "both" && i+1 < len(toks) && toks[i+1].Kind == Word && !toks[i+1].Cap &&
			strings.HasSuffix(toks[i+1].Norm, "s") && toks[i+1].Lemma != toks[i+1].Norm {
			// "both countries" counts two of them, as "the two countries".
			q.Value = 2
			return q, true
		}
		if f, ok := fractions[t.Norm]; ok && i > 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "one") &&
			i+2 < len(toks) && toks[i+1].Norm == "of" && (toks[i+2].Norm == "a" || toks[i+2].Norm == "an") {
			// "a quarter of a billion": that part of the unit that follows.
			q.Value, q.n = f, 3
			q.Text += " of " + toks[i+2].Text
			q.Span.End = toks[i+2].Span.End
			return q, true
		}
		if f, ok := proportionAt(toks, i); ok {
			// "half of the world's trade", "three-tenths of its output": a
			// share of the whole, as a percentage is (Quirk et al. §6.63).
			q.Value, q.Unit = f*100, "percent"
			return q, true
		}
		if t.Norm == "half" && i+1 < len(toks) && (toks[i+1].Norm == "a" || toks[i+1].Norm == "an") {
			// "half a century": a half of the unit that follows.
			q.Value, q.n = 0.5, 2
			q.Text += " " + toks[i+1].Text
			q.Span.End = toks[i+1].Span.End
			return q, true
		}
		v, ord, ok := wordNumber(t.Norm)
		if !ok {
			// "two-day", "five-year": a number fused with what it counts.
			n, unit, cut := strings.Cut(t.Norm, "-")
			if v, ok = numberWords[n]; !cut || !ok || unit == "" {
				return q, false
			}
			q.Unit = unit
		}
		q.Value, q.Ordinal = v, ord
	default:
		return q, false
	}
	return q, true
}

// fractions are the parts of a unit written before "of a": "a quarter of
// a billion", "a third of a century".
var fractions = map[string]float64{"quarter": 0.25, "third": 1.0 / 3}

// denominators name the parts a whole is cut into, singular and plural.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// proportionAt reads a share of a whole written in words before "of"
// ("half of", "a third of", "two-thirds of", "three-tenths of"), not a
// part of a unit ("a quarter of a billion").
func proportionAt(toks []Token, i int) (float64, bool) {
	if i+2 >= len(toks) || toks[i+1].Norm != "of" || toks[i+2].Norm == "a" || toks[i+2].Norm == "an" {
		return 0, false
	}
	w := toks[i].Norm
	if num, den, cut := strings.Cut(w, "-"); cut {
		n, ok := numberWords[num]
		d, dok := denominators[den]
		if !ok || !dok {
			return 0, false
		}
		return n / d, true
	}
	d, ok := denominators[w]
	if !ok {
		return 0, false
	}
	switch {
	case w == "half":
		return 0.5, true
	case i > 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "one"):
		return 1 / d, true
	}
	return 0, false
}

// andAHalf reports whether "and a half" follows a number ending at
// toks[end-1]: "forty-nine and a half percent" is 49.5 (Quirk et al.
// §6.63 on mixed numbers).
func andAHalf(toks []Token, end int) bool {
	return end+2 < len(toks) && toks[end].Norm == "and" && (toks[end+1].Norm == "a" || toks[end+1].Norm == "an") && toks[end+2].Norm == "half"
}

func wordNumber(w string) (float64, bool, bool) {
	if v, ok := numberWords[w]; ok {
		return v, false, true
	}
	if v, ok := ordinalWords[w]; ok {
		return v, true, true
	}
	// "twenty-one", "seventy-first"
	if a, b, ok := strings.Cut(w, "-"); ok {
		tens, ok1 := numberWords[a]
		if ok1 && tens >= 20 && tens < 100 {
			if u, ok := numberWords[b]; ok && u < 10 {
				return tens + u, false, true
			}
			if u, ok := ordinalWords[b]; ok && u < 10 {
				return tens + u, true, true
			}
		}
	}
	return 0, false, false
}

// ParseCount reads a token as a whole count ("3", "two"), not an ordinal.
func ParseCount(t Token) (int, bool) {
	q, ok := parseQuantity([]Token{t}, 0)
	if !ok || q.Ordinal || q.Unit != "" || q.Value < 0 || q.Value > 1e6 || q.Value != math.Trunc(q.Value) {
		return 0, false
	}
	return int(q.Value), true
}

// approximators mark a number as an estimate when they stand before it.
var approximators = set("about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa")
