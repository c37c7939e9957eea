package reader

// AgeUnit is the unit of a person's age: "Merkel, 67,", "63 years old",
// "a 63-year-old", "aged 63", "Scholz is 63".
const AgeUnit = "age"

// maxAge bounds the numbers read as ages: no one lives past it.
const maxAge = 125

// ageAt reports whether the whole number q at toks[i] is someone's age,
// and how many tokens after it say so ("years old"). The constructions
// are English news style's: a number in apposition after a name ("Anna
// Novak, 54, said"), "N years old" and "N-year-old", "aged N", and a name
// with "is"/"was" and a bare number ending the clause ("Novak is 54").
func ageAt(toks []Token, i int, q Quantity, names []Mention) (int, bool) {
	if q.Ordinal || q.Unit != "" || q.Value != float64(int(q.Value)) || q.Value < 0 || q.Value > maxAge || q.n > 1 {
		return 0, false
	}
	k := i + 1
	for k < len(toks) && toks[k].Norm == "-" {
		k++
	}
	if k < len(toks) && toks[k].Norm == "year-old" {
		return k - i, true
	}
	if k < len(toks) && (toks[k].Norm == "years" || toks[k].Norm == "year") {
		o := k + 1
		for o < len(toks) && toks[o].Norm == "-" {
			o++
		}
		if o < len(toks) && toks[o].Norm == "old" {
			return o - i, true
		}
	}
	if i > 0 && toks[i-1].Norm == "aged" {
		return 0, true
	}
	end := i+1 == len(toks) || toks[i+1].Kind == Punct && toks[i+1].Norm != "-" && toks[i+1].Norm != "%"
	if i >= 2 && toks[i-1].Norm == "," && nameEndsAt(names, i-2) && i+1 < len(toks) && (toks[i+1].Norm == "," || toks[i+1].Norm == ")") {
		return 0, true // "Anna Novak, 54, said"
	}
	if i >= 2 && (toks[i-1].Norm == "is" || toks[i-1].Norm == "was") && nameEndsAt(names, i-2) && end {
		return 0, true // "Novak is 54.", not "Inflation is 5."
	}
	return 0, false
}

// nameEndsAt reports whether a name, known or not, ends at toks[k].
func nameEndsAt(names []Mention, k int) bool {
	for _, m := range names {
		if m.tok >= 0 && m.tok+m.n-1 == k {
			return true
		}
	}
	return false
}

// ageHolder returns the known name an age at toks[i] is given to: the
// one ending just before it ("Novak, 54", "Novak is 54", "Novak, aged
// 54"), or "".
func ageHolder(toks []Token, i int, names []Mention) string {
	for _, m := range names {
		end := m.tok + m.n
		if m.Known() && end <= i && i-end <= 2 {
			return m.IDs[0]
		}
	}
	return ""
}
