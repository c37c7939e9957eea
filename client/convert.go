package client

import (
	"strings"
	"time"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// This file converts protobuf messages into this package's types. Enum
// values lose their prefix and are lower-cased: HEDGE_LIKELY is "likely".

func resultFromProto(r *factcheckv1.CheckClaimResponse) *Result {
	out := &Result{
		Verdict:         verdictFromProto(r.GetVerdict()),
		Confidence:      r.GetConfidence(),
		Explanation:     r.GetExplanation(),
		Evidence:        evidenceFromProto(r.GetEvidence()),
		Inconsistencies: inconsistenciesFromProto(r.GetInconsistencies()),
		AsOf:            timeFromProto(r.GetAsOf()),
		raw:             r,
	}
	for _, p := range r.GetParts() {
		out.Parts = append(out.Parts, Part{
			Index: int(p.GetIndex()), Text: p.GetText(), Span: spanFromProto(p.GetSpan()),
			Verdict: verdictFromProto(p.GetVerdict()), Reason: p.GetReason(),
		})
	}
	return out
}

func verdictFromProto(v factcheckv1.Verdict) Verdict {
	switch v {
	case factcheckv1.Verdict_VERDICT_SUPPORTED:
		return Supported
	case factcheckv1.Verdict_VERDICT_CONTRADICTED:
		return Contradicted
	case factcheckv1.Verdict_VERDICT_NOT_ENOUGH_INFO:
		return NotEnoughInfo
	}
	return Unspecified
}

func evidenceFromProto(items []*factcheckv1.Evidence) []Evidence {
	var out []Evidence
	for _, e := range items {
		ev := Evidence{
			Kind:       enumName(e.GetKind().String(), "EVIDENCE_KIND_"),
			ClaimID:    e.GetClaimId(),
			Text:       e.GetText(),
			Stance:     enumName(e.GetStance().String(), "STANCE_"),
			DocumentID: e.GetDocumentId(),
			Hedge:      enumName(e.GetHedge().String(), "HEDGE_"),
			Sources:    sourcesFromProto(e.GetAttribution()),
			Publisher:  e.GetAttribution().GetPublisher(),
			Score:      e.GetScore(),
		}
		if e.GetSpan() != nil {
			s := spanFromProto(e.GetSpan())
			ev.Span = &s
		}
		if e.GetQuote() != "" {
			ev.Quote = e.GetQuote()
			if e.GetQuoteSpan() != nil {
				s := spanFromProto(e.GetQuoteSpan())
				ev.QuoteSpan = &s
			}
		}
		if c := e.GetCitation(); c != nil {
			ev.Citation = &Citation{Title: c.GetTitle(), Publisher: c.GetPublisher(), URL: c.GetUrl(), Accessed: timeFromProto(c.GetAccessed())}
		}
		for _, i := range e.GetPartIndexes() {
			ev.PartIndexes = append(ev.PartIndexes, int(i))
		}
		out = append(out, ev)
	}
	return out
}

func inconsistenciesFromProto(items []*factcheckv1.Inconsistency) []Inconsistency {
	var out []Inconsistency
	for _, in := range items {
		out = append(out, Inconsistency{
			ID:         in.GetId(),
			Kind:       enumName(in.GetKind().String(), "INCONSISTENCY_KIND_"),
			Severity:   enumName(in.GetSeverity().String(), "SEVERITY_"),
			Message:    in.GetMessage(),
			EntityID:   in.GetEntityId(),
			EntityName: in.GetEntityName(),
			Stated:     in.GetStatedValue(),
			Correct:    in.GetCorrectValue(),
			Involved:   evidenceFromProto(in.GetInvolved()),
			Correction: evidenceFromProto(in.GetCorrection()),
		})
	}
	return out
}

func claimFromProto(c *factcheckv1.Claim) *Claim {
	return &Claim{
		ID: c.GetId(), DocumentID: c.GetDocumentId(), Section: c.GetSection(),
		Statement: c.GetStatement(), Text: c.GetText(), Span: spanFromProto(c.GetSpan()),
		Hedge: enumName(c.GetHedge().String(), "HEDGE_"), Sources: sourcesFromProto(c.GetAttribution()),
		Publisher: c.GetAttribution().GetPublisher(),
		TimeStart: timeFromProto(c.GetTimeStart()), TimeEnd: timeFromProto(c.GetTimeEnd()),
		raw: c,
	}
}

func documentFromProto(d *factcheckv1.Document) *Document {
	return &Document{
		ID: d.GetId(), Publisher: d.GetPublisher(), Headline: d.GetHeadline(), URL: d.GetUrl(),
		Published: timeFromProto(d.GetPublished()), DateNote: d.GetDateNote(), Language: d.GetLanguage(),
		Text: d.GetText(), ClaimCount: int(d.GetClaimCount()),
	}
}

func sourcesFromProto(a *factcheckv1.Attribution) []Source {
	var out []Source
	for _, s := range a.GetChain() {
		out = append(out, Source{Name: s.GetName(), Kind: s.GetKind(), EntityID: s.GetEntityId()})
	}
	return out
}

func spanFromProto(s *factcheckv1.Span) Span {
	return Span{
		StartByte: int(s.GetStartByte()), EndByte: int(s.GetEndByte()),
		StartUTF16: int(s.GetStartUtf16()), EndUTF16: int(s.GetEndUtf16()),
	}
}

func timeFromProto(ts *timestamppb.Timestamp) time.Time {
	if ts == nil {
		return time.Time{}
	}
	return ts.AsTime()
}

// enumName turns "HEDGE_LIKELY" into "likely"; unspecified values become "".
func enumName(name, prefix string) string {
	s := strings.ToLower(strings.TrimPrefix(name, prefix))
	if s == "unspecified" {
		return ""
	}
	return s
}
