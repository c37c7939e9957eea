package checker

import (
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// explain writes one or two plain sentences on why the statement got its
// verdict, from the part that decided it.
func (e *Engine) explain(v claims.Verdict, parts []*partResult) string {
	for _, p := range parts {
		if p.part.Verdict != v {
			continue
		}
		switch v {
		case claims.VerdictContradicted:
			return e.explainContradiction(p)
		case claims.VerdictNotEnoughInfo:
			return e.explainGap(p)
		}
	}
	var says []string
	for _, p := range parts {
		says = append(says, e.explainSupport(p))
	}
	return strings.Join(says, " ")
}

func (e *Engine) explainSupport(p *partResult) string {
	if p.support == nil {
		for _, o := range p.offices {
			if len(o.evidence) == 0 {
				continue
			}
			if ev := o.evidence[0]; ev.Kind != claims.EvidenceReference {
				// No reference fact speaks to it; a document gives the office.
				return fmt.Sprintf("%s %s: “%s”.", ev.Publisher, hedgeVerb(ev.Hedge, ev.Attribution), ev.Quote)
			}
			return "Reference facts confirm it: " + o.evidence[0].Text
		}
		return "The evidence states this."
	}
	if p.support.reference {
		return "Reference facts confirm it: " + p.support.f.claim.Statement
	}
	cl := p.support.f.claim
	says := fmt.Sprintf("%s %s: “%s”.", e.publisher(p.support.f), hedgeVerb(cl.Hedge, cl.Attribution), cl.Quote)
	if len(p.supportAlso) > 0 {
		// Claims that support the clause only together are each named:
		// the explanation names all the evidence that decided.
		quotes := make([]string, len(p.supportAlso))
		for i, a := range p.supportAlso {
			quotes[i] = "“" + a.f.claim.Quote + "”"
		}
		says += " Together with: " + strings.Join(quotes, "; ") + "."
	}
	if how := p.support.paraphrase(); how != "" {
		says += " It tells of the same event: " + how + "."
	}
	return says
}

func (e *Engine) explainContradiction(p *partResult) string {
	reason := p.part.Reason
	if p.contra != nil && len(p.offices) == 0 || p.contra != nil && !officeConflict(p) {
		src := "The article says"
		if p.contra.reference {
			src = "Reference facts say"
		}
		return fmt.Sprintf("Contradicted: %s. %s “%s”.", reason, src, p.contra.f.claim.Quote)
	}
	return fmt.Sprintf("Contradicted: %s.", reason)
}

func officeConflict(p *partResult) bool {
	for _, o := range p.offices {
		if o.state == conflict {
			return true
		}
	}
	return false
}

func (e *Engine) explainGap(p *partResult) string {
	if p.boosted != nil {
		cl := p.boosted.f.claim
		return fmt.Sprintf("Not enough information: the statement is certain (%s), but the article only says it is %s: “%s”.",
			strings.Join(p.boosters, ", "), hedgeAdjective(cl.Hedge), cl.Quote)
	}
	if len(p.related) > 0 {
		if gaps := p.related[0].gaps(); len(gaps) > 0 {
			return fmt.Sprintf("Not enough information: the closest evidence does not mention %s.", quoteList(gaps))
		}
	}
	return "Not enough information: " + p.part.Reason + "."
}

func quoteList(words []string) string {
	if len(words) > 4 {
		words = words[:4]
	}
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "“" + w + "”"
	}
	return strings.Join(q, ", ")
}

func (e *Engine) publisher(f *features) string {
	if f.doc != nil && f.doc.Publisher != "" {
		return f.doc.Publisher
	}
	return "The document"
}

// hedgeVerb says how a document makes a claim: "reports, citing a US
// official via AP, that it is likely".
func hedgeVerb(h claims.Hedge, a claims.Attribution) string {
	var b strings.Builder
	if len(a) > 0 {
		fmt.Fprintf(&b, "reports, citing %s", strings.Join(a.Names(), " via "))
	} else {
		b.WriteString("says")
	}
	if h != claims.HedgeAsserted && h != claims.HedgeReported && h != claims.HedgeUnspecified {
		fmt.Fprintf(&b, " (as %s)", hedgeAdjective(h))
	}
	return b.String()
}

func hedgeAdjective(h claims.Hedge) string {
	switch h {
	case claims.HedgeLikely:
		return "likely"
	case claims.HedgeExpected:
		return "expected"
	case claims.HedgePlanned:
		return "planned"
	case claims.HedgeSpeculation:
		return "speculation"
	case claims.HedgeReported:
		return "reported"
	}
	return "asserted"
}

// paraphraseConfidence caps the confidence of support that covers a
// clause's verb only as a narrower word for the claim's event: the lowest
// a claim covering the clause word for word can give.
const paraphraseConfidence = 0.6

// confidence maps how clear-cut the decisive evidence was to [0, 1]. The
// numbers are set so that, on the evaluation sets, answers with higher
// confidence are right more often (see docs/ENGINE.md).
func confidence(v claims.Verdict, parts []*partResult) float64 {
	c := 1.0
	for _, p := range parts {
		var x float64
		switch p.part.Verdict {
		case claims.VerdictSupported:
			x = 0.75
			if p.support != nil {
				x = 0.6 + 0.35*min(1, weight(p.support)/8)
			}
			if p.support != nil && p.support.paraphrased() {
				x = min(x, paraphraseConfidence) // the verb is read, not matched
			}
		case claims.VerdictContradicted:
			x = 0.9
			if p.contra != nil && !officeConflict(p) {
				x = 0.55 + 0.35*strength(p.contra)
			}
		default:
			x = 0.9 - 0.5*p.coverage
		}
		if p.part.Verdict == v {
			c = min(c, x)
		}
	}
	return c
}
