package extract

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
)

// quotations gives the sentences of a quotation their speaker: a
// quotation that runs over several sentences names its speaker once, in
// the sentence that closes it ("“... And the future is here,” Biden told
// the leaders."), and its first person ("I", "we") is the speaker (the
// speaker pass of the sieve, Lee et al. 2013). A quotation that opens
// right after a sentence whose quotation named its speaker, and names
// none itself, goes on with that speaker's words ("“...,” Biden said.
// “We will ...”"): news style names a new speaker before or at a new
// quotation. The claims are in document order.
func quotations(out []*claims.Claim) {
	var open []*claims.Claim // sentences of a quotation not yet closed
	var last *claims.Source  // the speaker of a quotation the sentence before closed
	var going *claims.Source // the speaker a quotation still open goes on from
	for _, cl := range out {
		opens, closes := quoteMarks(cl.Quote)
		var who *claims.Source
		switch {
		case len(open) > 0:
			open = append(open, cl)
			if closes > opens {
				who = speakerOf(cl)
				if who == nil && len(cl.Attribution) == 0 && endsQuoted(cl.Quote) {
					who = going
				}
				speak(open, who)
				open = nil
			}
		case opens > closes:
			open = []*claims.Claim{cl}
			going = nil
			if opensWithQuote(cl.Quote) {
				going = last
			}
		default:
			who = speakerOf(cl)
			if who == nil && len(cl.Attribution) == 0 && opens > 0 && opensWithQuote(cl.Quote) && endsQuoted(cl.Quote) {
				who = last
			}
			speak([]*claims.Claim{cl}, who)
		}
		last = nil
		if opens+closes > 0 && len(open) == 0 {
			last = who
		}
	}
}

// endsQuoted reports whether nothing but punctuation follows a sentence's
// last closing quotation mark: no one else is named as its speaker and no
// words of the writer's follow ("“Gannet” began on Monday" is no
// quotation going on).
func endsQuoted(s string) bool {
	end := max(strings.LastIndex(s, "”"), strings.LastIndex(s, "\""))
	if end < 0 {
		return false
	}
	for _, r := range s[end:] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// opensWithQuote reports whether a sentence begins with a quotation mark.
func opensWithQuote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
}

// quoteMarks counts the opening and closing quotation marks of a
// sentence: curly ones by their shape, straight double ones alternately.
func quoteMarks(s string) (opens, closes int) {
	straight := 0
	for _, r := range s {
		switch r {
		case '“':
			opens++
		case '”':
			closes++
		case '"':
			if straight%2 == 0 {
				opens++
			} else {
				closes++
			}
			straight++
		}
	}
	return opens, closes
}

// speakerOf returns the one person a sentence attributes its words to, or
// nil.
func speakerOf(cl *claims.Claim) *claims.Source {
	var who *claims.Source
	for i, s := range cl.Attribution {
		if s.Kind == claims.SourcePerson && s.EntityID != "" {
			if who != nil && who.EntityID != s.EntityID {
				return nil
			}
			who = &cl.Attribution[i]
		}
	}
	return who
}

// speak gives each sentence of a quotation the speaker as its source when
// it names none, and as its subject when its quoted words speak in the
// first person.
func speak(quote []*claims.Claim, who *claims.Source) {
	if who == nil {
		return
	}
	for _, cl := range quote {
		if len(cl.Attribution) == 0 {
			cl.Attribution = claims.Attribution{*who}
			cl.Hedge = max(cl.Hedge, claims.HedgeReported)
			cl.Note += "; words of " + who.Name + ", whose quotation this sentence is part of"
		}
		if firstPerson(cl.Quote) && !contains(cl.Structure.Subjects, who.EntityID) {
			cl.Structure.Subjects = append([]string{who.EntityID}, cl.Structure.Subjects...)
			cl.Note += "; the first person read as " + who.Name
		}
	}
}

// firstPerson reports whether a sentence's quoted words speak as "I" or
// "we": words inside quotation marks, or the whole sentence when it opens
// or closes none (a middle sentence of a quotation). An "I" after a
// ruler's title and name is a regnal number ("King Zeppo I").
func firstPerson(s string) bool {
	if strings.ContainsAny(s, "“”\"") {
		s = quoted(s)
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') })
	for k, w := range words {
		regnal := w == "I" && k > 1 && regnalTitles[words[k-2]]
		if w == "I" && !regnal || w == "we" || w == "We" {
			return true
		}
	}
	return false
}

// regnalTitles are the titles before a ruler's name and number.
var regnalTitles = map[string]bool{"King": true, "Queen": true, "Pope": true, "Emperor": true, "Empress": true,
	"Tsar": true, "Sultan": true, "Prince": true, "Princess": true, "Shah": true, "Pharaoh": true}

// quoted returns the words of s inside quotation marks, taking a
// sentence that closes a quotation it did not open to start inside one.
func quoted(s string) string {
	opens, closes := quoteMarks(s)
	inside := closes > opens
	var b strings.Builder
	straight := 0
	for _, r := range s {
		switch {
		case r == '“':
			inside = true
		case r == '”':
			inside = false
		case r == '"':
			inside = straight%2 == 0
			straight++
		case inside:
			b.WriteRune(r)
		}
	}
	return b.String()
}
