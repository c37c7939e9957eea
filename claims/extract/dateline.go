package extract

import (
	"regexp"
	"strings"
)

// datelinePattern matches a wire dateline opening a paragraph: the place
// of filing in capitals, an optional country or date, the agency in
// brackets and a dash ("BUDAPEST, Feb. 26 (Xinhua) --", "WAJIMA, Japan
// (Reuters) -", "NEW DELHI (AP) —"). Agencies open their copy so (the AP
// Stylebook's "datelines"); what follows is the agency's report.
var datelinePattern = regexp.MustCompile(`(?m)^[A-Z][A-Z.'’ -]{1,40}(?:,[^()\n]{1,40})?\s*\(([A-Z][A-Za-z.&'’ -]{0,38}[A-Za-z.])\)\s*(?:--|-|–|—)`)

// datelineReach is how far into a text a dateline may stand: it opens the
// first paragraph of the body, after a headline and perhaps a standfirst.
const datelineReach = 1200

// Dateline returns the news agency a report's dateline names, or "".
func Dateline(text string) string {
	head := text[:min(len(text), datelineReach)]
	m := datelinePattern.FindStringSubmatch(head)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}
