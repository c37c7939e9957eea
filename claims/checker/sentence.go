package checker

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// numberSentences gives each claim the position of its sentence among
// the sentences of its document that carry claims.
func numberSentences(fs []*features) {
	starts := make(map[string][]int)
	for _, f := range fs {
		starts[f.claim.DocumentID] = append(starts[f.claim.DocumentID], f.sentence.Start)
	}
	for doc, s := range starts {
		sort.Ints(s)
		starts[doc] = slices.Compact(s)
	}
	for _, f := range fs {
		f.sentenceNo, _ = slices.BinarySearch(starts[f.claim.DocumentID], f.sentence.Start)
	}
}

// sentenceAround widens a span of text to the sentence it stands in: back
// to the end of the previous sentence or line, forward to the end of its
// own. A sentence ends at ".", "!" or "?" followed by white space, or at a
// line break.
func sentenceAround(text string, s claims.Span) claims.Span {
	if !s.Valid(len(text)) {
		return s
	}
	start := s.Start
	for start > 0 {
		if text[start-1] == '\n' {
			break
		}
		if start >= 2 && isSentenceEnd(text[start-2]) && text[start-1] == ' ' {
			break
		}
		start--
	}
	end := s.End
	for end < len(text) && text[end] != '\n' {
		if isSentenceEnd(text[end]) && (end+1 == len(text) || isSpaceAt(text, end+1)) {
			end++
			break
		}
		end++
	}
	for start < end && text[start] == ' ' {
		start++
	}
	return claims.Span{Start: start, End: max(end, s.End)}
}

func isSentenceEnd(c byte) bool { return c == '.' || c == '!' || c == '?' }

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}
