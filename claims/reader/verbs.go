package reader

// verbIndex answers, in constant time, whether a range of one token slice
// holds a verb group: what hasPredicate answers by scanning. The clause
// splitter and the unfolders ask it at every comma or word, and a scan
// from the clause's start each time made reading quadratic in the
// statement (a leading "While" before thousands of commas).
type verbIndex struct {
	r    *Reader
	toks []Token
	// next[k] is the first j >= k with r.isVerbAt(toks, j), or len(toks).
	next []int
	// adverbs[k] is leadingAdverbs(toks[k:]).
	adverbs []int
}

func (r *Reader) newVerbIndex(toks []Token) verbIndex {
	v := verbIndex{r: r, toks: toks, next: make([]int, len(toks)+1), adverbs: make([]int, len(toks)+1)}
	v.next[len(toks)] = len(toks)
	for k := len(toks) - 1; k >= 0; k-- {
		v.next[k] = v.next[k+1]
		if r.isVerbAt(toks, k) {
			v.next[k] = k
		}
		if leadingAdverbs(toks[k:k+1]) == 1 {
			v.adverbs[k] = v.adverbs[k+1] + 1
		}
	}
	return v
}

// has reports whether toks[lo:hi] holds a verb group, as
// r.hasPredicate(toks[lo:hi]) does. isVerbAt looks at the tokens either
// side, so only the range's first and last token can read differently
// inside the range than in the whole slice; every other one is looked up.
func (v verbIndex) has(lo, hi int) bool {
	if hi <= lo {
		return false
	}
	sub := v.toks[lo:hi]
	if v.r.isVerbAt(sub, 0) || v.r.isVerbAt(sub, len(sub)-1) {
		return true
	}
	return lo+1 <= hi-2 && v.next[lo+1] <= hi-2
}

// startsClause reports what r.startsClause(toks[p:]) does, without
// scanning the leading adverbs and commas again.
func (v verbIndex) startsClause(p int) bool {
	return v.r.startsClauseAfter(v.toks[p:], v.adverbs[p])
}
