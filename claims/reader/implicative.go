package reader

// Implicative signatures (Karttunen 1971, 2012; Nairn, Condoravdi and
// Karttunen 2006, "Computing relative polarity for textual inference"):
// what a verb taking an infinitive says of that infinitive's event.
//
//   - Object-control verbs of asking, inviting, urging, ordering and
//     allowing ("X invited Y to attend", "urged Y to leave") assert nothing
//     about whether Y did it: the infinitive is not part of what the clause
//     claims, only the asking is.
//   - Two-way implicatives ("manage to", "remember to") assert the
//     infinitive; the verb itself adds nothing to check.
//   - Negative implicatives ("fail to", "neglect to", "forget to") and the
//     one-way "refuse to", "decline to" assert the infinitive's negation
//     when the clause itself is positive.
//
// Subject-control verbs of intention ("plan to", "intend to", "aim to")
// are hedges, read in words.go: the guide counts planned content as
// hedged support.
var (
	nonCommittal = set("invite", "ask", "urge", "encourage", "request", "beg", "advise", "press", "push",
		"call", "order", "tell", "allow", "permit", "challenge", "implore", "exhort", "appeal", "pressure", "lobby")
	assertive = set("manage", "remember", "bother", "dare")
	denying   = set("fail", "neglect", "forget", "refuse", "decline")
)

// maxControlGap is how many words may stand between a verb of asking and
// the "to" of its infinitive ("invited the visiting Sylvanian minister to
// attend").
const maxControlGap = 6

// implicatives marks what implicative verbs in the clause do to their
// infinitives and returns how many negations they add and the byte
// offset where the first non-committal verb's infinitive begins (0 for
// none).
func (r *Reader) implicatives(toks []Token, used []bool) (neg, supposed int) {
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Word || used[i] {
			continue
		}
		lemma := toks[i].Lemma
		switch {
		case nonCommittal[lemma]:
			// Only a verb with an object before "to": "told reporters"
			// without an infinitive is a verb of saying, read elsewhere.
			to := infinitiveAfter(toks, i+2, maxControlGap)
			if to < 0 || !r.isVerbAt(toks, i) {
				continue
			}
			for k := to; k <= to+1; k++ {
				used[k] = true // the infinitive's verb is not the clause's claim
			}
			if supposed == 0 {
				// What the infinitive says ("not to come in person") is
				// only asked for: nothing in it is asserted.
				from := to
				if from > 0 && toks[from-1].Norm == "not" {
					from--
				}
				supposed = toks[from].Span.Start
			}
		case assertive[lemma] || denying[lemma]:
			if i+2 >= len(toks) || toks[i+1].Norm != "to" || toks[i+2].Kind != Word || !r.lex.Verb(toks[i+2].Norm) {
				continue
			}
			used[i], used[i+1] = true, true
			if denying[lemma] {
				neg++
			}
		}
	}
	return neg, supposed
}

// infinitiveAfter returns the index of the first "to" followed by a verb
// within gap tokens from toks[from], or -1; it stops at punctuation.
func infinitiveAfter(toks []Token, from, gap int) int {
	for k := from; k < len(toks) && k < from+gap; k++ {
		if toks[k].Kind != Word {
			return -1
		}
		if toks[k].Norm == "to" && k+1 < len(toks) && toks[k+1].Kind == Word && !stopWords[toks[k+1].Norm] && !determiners[toks[k+1].Norm] {
			return k
		}
	}
	return -1
}
