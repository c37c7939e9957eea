package checker

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/reader"
)

// candidateLimit bounds the claims a clause is aligned with;
// earlyCandidates are aligned first, and the rest only when those leave
// the clause unsettled.
const (
	candidateLimit  = 24
	earlyCandidates = 10
)

// settled reports whether some alignment covers the clause completely,
// without a certainty the claim lacks, while none conflicts with it.
func settled(all []*alignment) bool {
	covered := false
	for _, a := range all {
		switch {
		case a.complete() && !a.boosted:
			covered = true
		case hasConflict(a) || a.polarity:
			return false
		}
	}
	return covered
}

// Check implements claims.Service. Returns EINVALID for an empty,
// oversized or non-UTF-8 statement or a negative MaxEvidence, and
// ECANCELED or EDEADLINE when ctx ends first.
func (e *Engine) Check(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
	stmt, maxEv, err := validate(req)
	if err != nil {
		return nil, err
	}
	at := req.AsOf
	if at.IsZero() {
		at = e.defaultAsOf
	}
	rd, err := e.reader.ReadContext(ctx, stmt, at)
	if err != nil {
		return nil, err
	}
	var parts []*partResult
	var context []reader.Time // every date of the statement, for clauses that give none
	for _, rc := range rd.Clauses {
		context = append(context, rc.Times...)
	}
	if len(context) == 0 {
		// "X was chancellor when the 2023 summit took place": the one
		// dated event the statement names dates its clauses too.
		context = e.eventDate(rd)
	}
	readings := map[time.Time]*reader.Reading{at.UTC(): rd}
	for k, rc := range rd.Clauses {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p := e.judge(ctx, rc, at, context)
		if req.AsOf.IsZero() {
			// Unset as_of means the date of the evidence: read the clause
			// again at its evidence's publication date when that differs,
			// its weekdays and "this month" too.
			if d := p.evidenceDate(); !d.IsZero() && !d.Equal(at) {
				again, ok := readings[d.UTC()]
				if !ok {
					if again, err = e.reader.ReadContext(ctx, stmt, d); err != nil {
						return nil, err
					}
					readings[d.UTC()] = again
				}
				if len(again.Clauses) == len(rd.Clauses) {
					rc = again.Clauses[k]
				}
				p = e.judge(ctx, rc, d, context)
				p.at = d
			}
		}
		parts = append(parts, p)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(context) == 0 {
		e.dateOfficesByEvidence(ctx, rd, parts, at)
	}
	return e.report(parts, at, maxEv), nil
}

// dateOfficesByEvidence checks again, at the date of the event a "when"
// clause tells, the office of a past-tense clause that gives no date: in
// "X was premier when the pact was signed" (or "When the pact was signed,
// X was premier") the signing's date, as the claim that supports that
// clause gives it, is the moment the office is asked at (TimeML: "when"
// links the two events as simultaneous). Only a dated, firmly stated
// claim dates it.
func (e *Engine) dateOfficesByEvidence(ctx context.Context, rd *reader.Reading, parts []*partResult, at time.Time) {
	for k, rc := range rd.Clauses {
		if len(parts[k].offices) == 0 || len(rc.Times) > 0 || !pastMarked(rc) || ctx.Err() != nil {
			continue
		}
		j, ok := whenPartner(rd, k)
		if !ok {
			continue
		}
		a := parts[j].support
		if a == nil || a.reference || len(parts[j].offices) > 0 || a.f.claim.Time.IsZero() || !a.f.claim.Hedge.Firm() {
			continue
		}
		p := e.judge(ctx, rc, at, []reader.Time{periodTime(a.f.claim.Time)})
		p.at = parts[k].at
		parts[k] = p
	}
}

// whenPartner returns the clause a "when" subordinates to clause k: the
// next one when "when" stands between them, or the one before when the
// statement opens with "When".
func whenPartner(rd *reader.Reading, k int) (int, bool) {
	cl := rd.Clauses
	for _, t := range rd.Tokens {
		if t.Norm != "when" {
			continue
		}
		switch {
		case k+1 < len(cl) && t.Span.Start >= cl[k].Span.End && t.Span.End <= cl[k+1].Span.Start+len("when"):
			return k + 1, true
		case k > 0 && t.Span.Start == 0 && k-1 == 0:
			return 0, true
		}
	}
	return 0, false
}

// eventDate returns the date of the one dated event a reading names, or
// nothing when it names none or several.
func (e *Engine) eventDate(rd *reader.Reading) []reader.Time {
	var found *claims.Entity
	for _, rc := range rd.Clauses {
		for _, m := range rc.Entities {
			if !m.Known() {
				continue
			}
			if x := e.world.entity(m.IDs[0]); x != nil && x.Kind == claims.KindEvent && !x.Period.IsZero() {
				if found != nil && found.ID != x.ID {
					return nil
				}
				found = x
			}
		}
	}
	if found == nil {
		return nil
	}
	return []reader.Time{periodTime(found.Period)}
}

func validate(req claims.CheckRequest) (string, int, error) {
	stmt := strings.TrimSpace(req.Statement)
	switch {
	case stmt == "":
		return "", 0, claims.FieldErrorf(claims.EINVALID, "statement", "must not be empty")
	case len(req.Statement) > MaxStatementBytes:
		return "", 0, claims.FieldErrorf(claims.EINVALID, "statement", "must be at most %d bytes, got %d", MaxStatementBytes, len(req.Statement))
	case !utf8.ValidString(req.Statement):
		return "", 0, claims.FieldErrorf(claims.EINVALID, "statement", "must be valid UTF-8")
	case req.MaxEvidence < 0:
		return "", 0, claims.FieldErrorf(claims.EINVALID, "max_evidence", "must not be negative")
	}
	maxEv := req.MaxEvidence
	if maxEv == 0 {
		maxEv = DefaultMaxEvidence
	}
	return req.Statement, min(maxEv, MaxEvidence), nil
}

// partResult is the judgement of one clause.
type partResult struct {
	part    claims.Part
	support *alignment // the evidence that covers the clause, if any
	// supportAlso are further claims that cover, with support, what
	// support alone leaves out ("Kim showed Shoigu weapons" + "these
	// included ballistic missiles").
	supportAlso []*alignment
	// others are further claims that cover the clause on their own or, two
	// by two, together: more evidence for the same verdict.
	others   []*alignment
	contra   *alignment   // the evidence that conflicts with it, if any
	related  []*alignment // the closest evidence otherwise
	offices  []officeFinding
	boosted  *alignment // hedged evidence the clause overstates
	coverage float64    // best coverage any evidence reached
	boosters []string   // the clause's certainty markers
	at       time.Time  // the moment the clause was read at, when not the statement's
}

// evidenceDate returns the publication date of the document the clause's
// deciding or closest claim comes from, or zero.
func (p *partResult) evidenceDate() time.Time {
	for _, a := range []*alignment{p.support, p.contra, p.boosted} {
		if a != nil && !a.reference && a.f.doc != nil {
			return a.f.doc.Published
		}
	}
	if len(p.related) > 0 && !p.related[0].reference && p.related[0].f.doc != nil {
		return p.related[0].f.doc.Published
	}
	return time.Time{}
}

// judge decides one clause.
func (e *Engine) judge(ctx context.Context, rc reader.Clause, at time.Time, context []reader.Time) *partResult {
	c := e.prepare(rc, at)
	if len(c.Times) == 0 {
		c.contextTimes = context // "...when he visited in July 2023" dates this clause's office
	}
	p := &partResult{part: claims.Part{Index: rc.Index, Text: rc.Text, Span: rc.Span}, boosters: rc.Boosters}
	q := e.officeQuery(c, at)
	for _, o := range rc.Offices {
		if ctx.Err() != nil {
			return p // Check sees ctx ended and drops the clause
		}
		if o.Person != "" || o.Copular || !e.holderKnown(o, at) {
			p.offices = append(p.offices, e.checkOffice(o, q.forOffice(o, rc.Tokens)))
		}
	}
	if !c.officeOnly {
		e.alignClaims(ctx, c, at, p)
	}
	if c.universal() && p.support != nil && !p.support.reference {
		// "has never attended a G20 summit" speaks of every summit; one
		// claim about one summit cannot support it.
		p.related = append(p.related, p.support)
		p.support, p.supportAlso = nil, nil
	}
	p.part.Verdict, p.part.Reason = decide(c, p)
	return p
}

// alignClaims aligns the clause with its candidate claims and the events
// it names, and keeps the best support, the strongest contradiction and
// the closest others.
func (e *Engine) alignClaims(ctx context.Context, c *clause, at time.Time, p *partResult) {
	var all, contras []*alignment
	for k, i := range e.index.candidates(e.keys(c), candidateLimit) {
		if ctx.Err() != nil {
			return
		}
		if k == earlyCandidates && settled(all) {
			break // the best-ranked claims already cover the clause without dispute
		}
		all = append(all, e.align(c, e.features[i]))
	}
	for _, ev := range e.eventsFor(c, at) {
		if ctx.Err() != nil {
			return
		}
		if f := e.eventFeats[ev.ID]; f != nil {
			a := e.align(c, f)
			a.reference = true
			a.eventIsSubject = c.subjectEvent != "" && e.world.relate(c.subjectEvent, ev.ID, true) != relNone
			a.placesOfOtherEvents(c, e.eventLike)
			all = append(all, a)
		}
	}
	for _, a := range all {
		cov := a.coverage()
		p.coverage = max(p.coverage, cov)
		switch {
		case a.complete() && a.boosted, a.boosted && a.contradicts(e.world.kind) && a.onlySourceConflicts():
			// A confirmation the evidence lacks is the guide's added
			// certainty, whoever the statement says confirmed it: "the
			// ministry officially confirmed" what an official only said.
			if p.boosted == nil {
				p.boosted = a
			}
		case a.complete():
			if p.support == nil || betterSupport(a, p.support) {
				if p.support != nil {
					p.others = append(p.others, p.support)
				}
				p.support = a
			} else {
				p.others = append(p.others, a)
			}
		case a.contradicts(e.world.kind):
			contras = append(contras, a)
		}
	}
	sortByCoverage(all)
	for _, a := range contras {
		if !standsAgainst(a, all) {
			continue
		}
		if p.contra == nil || strength(a) > strength(p.contra) {
			p.contra = a
		}
	}
	if p.boosted == nil {
		parts := joint(all)
		switch {
		case parts == nil:
		case p.support == nil && (p.contra == nil || p.contra.onlySourceConflicts()):
			// Claims of one passage that together say it all, on the
			// named source's word, outweigh another outlet's report.
			p.support, p.supportAlso, p.contra = parts[0], parts[1:], nil
		case p.support != nil:
			p.others = append(p.others, parts...)
		}
	}
	for _, a := range all {
		if len(p.related) == 3 || a.coverage() < 0.34 {
			break
		}
		if a != p.support && a != p.contra {
			p.related = append(p.related, a)
		}
	}
}

// betterSupport reports whether a is stronger support than b: evidence
// that words the clause's verb is worth more than evidence that only
// tells of the same event, then more covered weight is.
func betterSupport(a, b *alignment) bool {
	if pa, pb := a.paraphrased(), b.paraphrased(); pa != pb {
		return pb
	}
	return weight(a) > weight(b)
}

func weight(a *alignment) float64 {
	cov, _, _ := a.sums()
	return cov
}

// strength ranks contradictions: how much else about the clause the
// conflicting evidence confirms.
func strength(a *alignment) float64 {
	cov, gp, _ := a.sums()
	return cov / (cov + gp + 1e-9)
}

func sortByCoverage(all []*alignment) {
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].coverage() > all[j-1].coverage(); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
}

// decide turns a clause's findings into its verdict and a short reason.
func decide(c *clause, p *partResult) (claims.Verdict, string) {
	for _, o := range p.offices {
		if o.state == conflict {
			return claims.VerdictContradicted, o.reason
		}
	}
	officesOK := true
	for _, o := range p.offices {
		if o.state != covered {
			officesOK = false
		}
	}
	if c.officeOnly {
		if officesOK && len(p.offices) > 0 {
			return claims.VerdictSupported, "reference facts confirm the office"
		}
		if len(p.offices) > 0 {
			return claims.VerdictNotEnoughInfo, p.offices[0].reason
		}
		return claims.VerdictNotEnoughInfo, "nothing stored speaks to this"
	}
	switch {
	case p.contra != nil && (p.support == nil || p.support.paraphrased() || strength(p.contra) >= 1 && weight(p.contra) > weight(p.support) ||
		p.contra.reference && !p.support.reference && !p.support.f.claim.Hedge.Firm()):
		// Reference facts about what happened outweigh an expectation.
		p.support = nil
		return claims.VerdictContradicted, strings.Join(p.contra.conflicts(), "; ")
	case p.support != nil && officesOK:
		return claims.VerdictSupported, "the evidence states this"
	case p.support != nil:
		return claims.VerdictNotEnoughInfo, p.offices[0].reason
	case p.boosted != nil:
		return claims.VerdictNotEnoughInfo, "the statement is more certain than the evidence"
	}
	return claims.VerdictNotEnoughInfo, "nothing stored says this"
}

// holderKnown reports whether reference facts say who held an office
// named without its holder.
func (e *Engine) holderKnown(o reader.Office, at time.Time) bool {
	return len(e.holdersOf(o.Role, o.Country, at)) > 0
}
