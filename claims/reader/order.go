package reader

import "github.com/factcheck/factcheck/claims"

// Order is a temporal connective and what it relates the clause to.
type Order struct {
	Rel    string // "before" or "after"
	Target string // entity id, or the lemma of the first content word after it
	// Span covers the phrase, from the connective to the next comma or the
	// end of the clause: what it names is the other event's, not the
	// clause's ("after Shoigu's visit to North Korea").
	Span claims.Span
}

// orderWords map connectives to the relation they state.
var orderWords = map[string]string{
	"before": "before", "ahead": "before", "prior": "before", "until": "before",
	"after": "after", "following": "after", "since": "after",
}

// orders finds "before X", "ahead of X", "after X", "following X".
func (r *Reader) orders(toks []Token, c *Clause) []Order {
	var out []Order
	for i, t := range toks {
		rel, ok := orderWords[t.Norm]
		if !ok {
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j].Norm == "of" || toks[j].Norm == "to") {
			j++ // "ahead of", "prior to"
		}
		if target := r.targetAt(toks, c, j); target != "" {
			end := i
			for end+1 < len(toks) && toks[end+1].Norm != "," && !clauseBreaks[toks[end+1].Norm] {
				end++
			}
			out = append(out, Order{Rel: rel, Target: target, Span: claims.Span{Start: t.Span.Start, End: toks[end].Span.End}})
		}
	}
	return out
}

// targetAt returns the entity that starts at or just after toks[j] (past
// determiners), or the lemma of the first content word.
func (r *Reader) targetAt(toks []Token, c *Clause, j int) string {
	for j < len(toks) && (determiners[toks[j].Norm] || toks[j].Kind == Number || inQuantity(c.Numbers, j)) {
		j++ // "after a one-day visit": the visit
	}
	if j >= len(toks) {
		return ""
	}
	for _, m := range c.Entities {
		if m.tok >= 0 && m.tok <= j && j < m.tok+m.n && m.Known() {
			return m.IDs[0]
		}
	}
	for _, tm := range c.Times {
		if tm.tok <= j && j < tm.tok+tm.n {
			return "" // "after 2012": a date, not an event
		}
	}
	if toks[j].Kind == Word && !stopWords[toks[j].Norm] {
		return toks[j].Lemma
	}
	return ""
}

// inQuantity reports whether token j is part of a number the clause read
// ("one-day", "two-week").
func inQuantity(qs []Quantity, j int) bool {
	for _, q := range qs {
		if q.tok <= j && j < q.tok+q.n {
			return true
		}
	}
	return false
}
