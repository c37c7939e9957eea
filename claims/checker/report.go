package checker

import (
	"sort"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// report combines the clauses' judgements into the answer: the verdict of
// the whole statement, ranked evidence, inconsistencies, explanation and
// confidence.
func (e *Engine) report(parts []*partResult, at time.Time, maxEv int) *claims.Report {
	r := &claims.Report{AsOf: at}
	if len(parts) > 0 && !parts[0].at.IsZero() {
		r.AsOf = parts[0].at
	}
	r.Verdict = combine(parts)
	ev := newEvidenceSet()
	for _, p := range parts {
		r.Parts = append(r.Parts, p.part)
		e.collectEvidence(p, ev)
	}
	r.Evidence = ev.ranked(maxEv)
	r.Inconsistencies = e.inconsistencies(parts, r.Evidence)
	r.Explanation = e.explain(r.Verdict, parts)
	r.Confidence = confidence(r.Verdict, parts)
	return r
}

// combine applies the guide: one contradicted part contradicts the whole,
// and the whole is supported only when every part is.
func combine(parts []*partResult) claims.Verdict {
	v := claims.VerdictSupported
	for _, p := range parts {
		switch p.part.Verdict {
		case claims.VerdictContradicted:
			return claims.VerdictContradicted
		case claims.VerdictNotEnoughInfo:
			v = claims.VerdictNotEnoughInfo
		}
	}
	if len(parts) == 0 {
		return claims.VerdictNotEnoughInfo
	}
	return v
}

// evidenceSet gathers evidence items, merging repeats of one item.
type evidenceSet struct {
	items []*claims.Evidence
	byID  map[string]*claims.Evidence
	rank  map[*claims.Evidence]float64
}

func newEvidenceSet() *evidenceSet {
	return &evidenceSet{byID: make(map[string]*claims.Evidence), rank: make(map[*claims.Evidence]float64)}
}

// add records x for part, with a ranking score: decisive items first.
// Items are one per claim, and one per sentence: a second claim drawn
// from a sentence already listed merges into it.
func (s *evidenceSet) add(x claims.Evidence, part int, score float64) {
	key := x.ID
	if x.Kind == claims.EvidenceClaim && x.DocumentID != "" && x.Text != "" {
		key = x.DocumentID + "\x00" + x.Text
	}
	if have, ok := s.byID[key]; ok {
		have.Parts = appendPart(have.Parts, part)
		if x.Stance != claims.StanceUnspecified && have.Stance == claims.StanceUnspecified {
			have.Stance = x.Stance
		}
		s.rank[have] = max(s.rank[have], score)
		return
	}
	x.Parts = []int{part}
	x.Score = score
	p := &x
	s.items = append(s.items, p)
	s.byID[key] = p
	s.rank[p] = score
}

func appendPart(parts []int, p int) []int {
	for _, have := range parts {
		if have == p {
			return parts
		}
	}
	return append(parts, p)
}

func (s *evidenceSet) ranked(limit int) []claims.Evidence {
	sort.SliceStable(s.items, func(i, j int) bool { return s.rank[s.items[i]] > s.rank[s.items[j]] })
	out := make([]claims.Evidence, 0, min(limit, len(s.items)))
	for _, x := range s.items {
		if len(out) == limit {
			break
		}
		x.Score = s.rank[x]
		out = append(out, *x)
	}
	return out
}

// collectEvidence adds a clause's evidence: what decided it first, then the
// offices' reference facts and the document claims about the same office
// holders, then the closest claims.
func (e *Engine) collectEvidence(p *partResult, s *evidenceSet) {
	idx := p.part.Index
	if p.support != nil {
		s.add(e.evidenceOf(p.support, claims.StanceSupports), idx, 2+p.support.coverage())
	}
	for _, a := range p.supportAlso {
		s.add(e.evidenceOf(a, claims.StanceSupports), idx, 2+a.coverage())
	}
	if p.part.Verdict == claims.VerdictSupported {
		for _, a := range p.others {
			if len(e.carriers[a.f.claim.ID]) == 0 {
				s.add(e.evidenceOf(a, claims.StanceSupports), idx, 1.5+a.coverage()/2)
			}
		}
	}
	if p.contra != nil && p.part.Verdict == claims.VerdictContradicted {
		s.add(e.evidenceOf(p.contra, claims.StanceRefutes), idx, 2+strength(p.contra))
	}
	if p.boosted != nil {
		s.add(e.evidenceOf(p.boosted, claims.StanceUnspecified), idx, 1.5)
	}
	for _, o := range p.offices {
		for k, x := range o.evidence {
			s.add(x, idx, 2.5-float64(k)*0.01)
		}
		for _, f := range e.officeHolderClaims[o.office.Person] {
			for _, fo := range f.offices {
				if fo.Person != o.office.Person || fo.Person == "" {
					continue
				}
				stance := claims.StanceRefutes
				if fo.Role == o.office.Role && (o.office.Country == "" || fo.Country == o.office.Country) {
					stance = claims.StanceSupports
				}
				s.add(e.claimEvidence(f, stance), idx, 1.2)
			}
		}
	}
	for k, a := range p.related {
		if len(e.carriers[a.f.claim.ID]) > 0 {
			// A claim known to carry an error is quoted only where it
			// decides the answer, and then with the error beside it.
			continue
		}
		s.add(e.evidenceOf(a, claims.StanceUnspecified), idx, a.coverage()-float64(k)*0.01)
	}
}

// evidenceOf quotes the claim or reference record behind an alignment.
func (e *Engine) evidenceOf(a *alignment, stance claims.Stance) claims.Evidence {
	if a.reference {
		if ev := e.world.entity(a.f.claim.ID); ev != nil {
			return e.eventEvidence(ev, stance)
		}
	}
	return e.claimEvidence(a.f, stance)
}

// claimEvidence quotes a document claim with its place, source and hedge.
func (e *Engine) claimEvidence(f *features, stance claims.Stance) claims.Evidence {
	cl := f.claim
	x := claims.Evidence{
		Kind: claims.EvidenceClaim, ID: cl.ID, Text: cl.Quote, DocumentID: cl.DocumentID,
		Span: cl.Span, Hedge: cl.Hedge, Attribution: cl.Attribution, Stance: stance,
		Quote: cl.Quote, QuoteSpan: cl.Span,
	}
	if f.doc != nil {
		x.Publisher = f.doc.Publisher
		x.Span = f.sentence
		x.Text = f.doc.Text[f.sentence.Start:f.sentence.End]
		x.UTF16, x.QuoteUTF16 = f.sentenceUTF16, f.quoteUTF16
	}
	return x
}

// inconsistencies returns the statement's own office errors and the audit
// findings carried by any claim the answer quotes.
func (e *Engine) inconsistencies(parts []*partResult, ev []claims.Evidence) []claims.Inconsistency {
	var out []claims.Inconsistency
	seen := make(map[string]bool)
	for _, p := range parts {
		for _, o := range p.offices {
			if o.inconsistency != nil {
				in := *o.inconsistency
				in.ID = "statement/" + in.Kind.String() + "/" + in.EntityID
				if !seen[in.ID] {
					seen[in.ID] = true
					out = append(out, in)
				}
			}
		}
	}
	for _, x := range ev {
		for _, k := range e.carriers[x.ID] {
			in := e.audit[k]
			if !seen[in.ID] {
				seen[in.ID] = true
				out = append(out, in)
			}
		}
	}
	return out
}
