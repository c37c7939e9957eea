package server

import (
	"math"
	"strconv"
	"time"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// This file is the only place where protobuf messages and domain values
// meet. Domain enums and protobuf enums share their numbering (both start
// with an UNSPECIFIED zero), so they convert by value after a range check.

// checkRequestFromProto converts a validated CheckClaim request.
func checkRequestFromProto(req *factcheckv1.CheckClaimRequest) claims.CheckRequest {
	out := claims.CheckRequest{
		Statement:   req.GetStatement(),
		MaxEvidence: int(req.GetMaxEvidence()),
	}
	if req.GetAsOf() != nil {
		out.AsOf = req.GetAsOf().AsTime()
	}
	return out
}

// reportToProto converts a Report into the CheckClaim response. statement
// is the checked text, which the parts' byte spans point into.
func reportToProto(r *claims.Report, statement string) *factcheckv1.CheckClaimResponse {
	out := &factcheckv1.CheckClaimResponse{
		Verdict:         verdictToProto(r.Verdict),
		Evidence:        evidenceToProto(r.Evidence),
		Inconsistencies: inconsistenciesToProto(r.Inconsistencies),
		Explanation:     r.Explanation,
		Confidence:      r.Confidence,
		AsOf:            timeToProto(r.AsOf),
	}
	for _, p := range r.Parts {
		u16, _ := claims.UTF16(statement, p.Span)
		out.Parts = append(out.Parts, &factcheckv1.StatementPart{
			Index:   int32(p.Index),
			Text:    p.Text,
			Span:    spanToProto(p.Span, u16),
			Verdict: verdictToProto(p.Verdict),
			Reason:  p.Reason,
		})
	}
	return out
}

// evidenceToProto converts evidence items, keeping their order.
func evidenceToProto(items []claims.Evidence) []*factcheckv1.Evidence {
	if len(items) == 0 {
		return nil
	}
	out := make([]*factcheckv1.Evidence, len(items))
	for i, e := range items {
		pe := &factcheckv1.Evidence{
			Kind:        evidenceKindToProto(e.Kind),
			ClaimId:     e.ID,
			Text:        e.Text,
			Stance:      stanceToProto(e.Stance),
			DocumentId:  e.DocumentID,
			Hedge:       hedgeToProto(e.Hedge),
			Attribution: attributionToProto(e.Attribution, e.Publisher),
			Citation:    citationToProto(e.Citation),
			Score:       e.Score,
		}
		if e.Kind != claims.EvidenceReference || e.Span != (claims.Span{}) {
			pe.Span = spanToProto(e.Span, e.UTF16)
		}
		if e.Quote != "" {
			pe.Quote = e.Quote
			pe.QuoteSpan = spanToProto(e.QuoteSpan, e.QuoteUTF16)
		}
		for _, p := range e.Parts {
			pe.PartIndexes = append(pe.PartIndexes, int32(p))
		}
		out[i] = pe
	}
	return out
}

// inconsistenciesToProto converts inconsistencies, keeping their order.
func inconsistenciesToProto(items []claims.Inconsistency) []*factcheckv1.Inconsistency {
	if len(items) == 0 {
		return nil
	}
	out := make([]*factcheckv1.Inconsistency, len(items))
	for i, in := range items {
		out[i] = &factcheckv1.Inconsistency{
			Id:           in.ID,
			Kind:         inconsistencyKindToProto(in.Kind),
			Severity:     severityToProto(in.Severity),
			Message:      in.Message,
			EntityId:     in.EntityID,
			EntityName:   in.EntityName,
			StatedValue:  in.Stated,
			CorrectValue: in.Correct,
			Involved:     evidenceToProto(in.Involved),
			Correction:   evidenceToProto(in.Correction),
		}
	}
	return out
}

// claimToProto converts a claim; doc is its document, when known, which
// gives the publisher and the UTF-16 offsets of the span.
func claimToProto(c *claims.Claim, doc *claims.Document) *factcheckv1.Claim {
	var publisher string
	var u16 claims.Span
	if doc != nil {
		publisher = doc.Publisher
		u16, _ = claims.UTF16(doc.Text, c.Span)
	}
	out := &factcheckv1.Claim{
		Id:          c.ID,
		DocumentId:  c.DocumentID,
		Section:     c.Section,
		Statement:   c.Statement,
		Text:        c.Quote,
		Span:        spanToProto(c.Span, u16),
		Hedge:       hedgeToProto(c.Hedge),
		Attribution: attributionToProto(c.Attribution, publisher),
		Structure:   structureToProto(c.Structure),
	}
	if !c.Time.IsZero() {
		out.TimeStart = timeToProto(c.Time.Start)
		out.TimeEnd = timeToProto(c.Time.End)
	}
	return out
}

// structureToProto converts a claim's structure.
func structureToProto(s claims.Structure) *factcheckv1.ClaimStructure {
	out := &factcheckv1.ClaimStructure{
		Subjects:  s.Subjects,
		Predicate: s.Predicate,
		Objects:   s.Objects,
		Place:     s.Place,
		Manner:    s.Manner,
		Negated:   s.Negated,
	}
	for _, n := range s.Numbers {
		text := n.Text
		if text == "" {
			text = strconv.FormatFloat(n.Value, 'f', -1, 64)
		}
		out.Numbers = append(out.Numbers, text)
	}
	if o := s.Office; o != nil {
		out.Office = o.Person + ":" + o.Role + ":" + o.Country
	}
	return out
}

// documentToProto converts a document. The text is included only when
// withText is set (GetDocument); claimCount is how many claims cite it.
func documentToProto(d *claims.Document, claimCount int, withText bool) *factcheckv1.Document {
	out := &factcheckv1.Document{
		Id:         d.ID,
		Publisher:  d.Publisher,
		Headline:   d.Headline,
		Url:        d.URL,
		Published:  timeToProto(d.Published),
		DateNote:   d.DateNote,
		Language:   d.Language,
		ClaimCount: clampInt32(claimCount),
	}
	if withText {
		out.Text = d.Text
	}
	return out
}

// attributionToProto converts an attribution chain and the publishing
// outlet; it returns nil when both are empty.
func attributionToProto(a claims.Attribution, publisher string) *factcheckv1.Attribution {
	if len(a) == 0 && publisher == "" {
		return nil
	}
	out := &factcheckv1.Attribution{Publisher: publisher}
	for _, s := range a {
		out.Chain = append(out.Chain, &factcheckv1.Source{Name: s.Name, Kind: string(s.Kind), EntityId: s.EntityID})
	}
	return out
}

// citationToProto converts a citation; nil stays nil.
func citationToProto(c *claims.Citation) *factcheckv1.Citation {
	if c == nil {
		return nil
	}
	return &factcheckv1.Citation{Title: c.Title, Publisher: c.Publisher, Url: c.URL, Accessed: timeToProto(c.Accessed)}
}

// spanToProto combines a byte span and the same span in UTF-16 code units.
func spanToProto(b, u claims.Span) *factcheckv1.Span {
	return &factcheckv1.Span{
		StartByte:  clampInt32(b.Start),
		EndByte:    clampInt32(b.End),
		StartUtf16: clampInt32(u.Start),
		EndUtf16:   clampInt32(u.End),
	}
}

// timeToProto converts a time; the zero time becomes an unset field.
func timeToProto(t time.Time) *timestamppb.Timestamp {
	if t.IsZero() {
		return nil
	}
	return timestamppb.New(t)
}

func verdictToProto(v claims.Verdict) factcheckv1.Verdict {
	return enumToProto[factcheckv1.Verdict](int(v), factcheckv1.Verdict_name)
}

func stanceToProto(s claims.Stance) factcheckv1.Stance {
	return enumToProto[factcheckv1.Stance](int(s), factcheckv1.Stance_name)
}

func hedgeToProto(h claims.Hedge) factcheckv1.Hedge {
	return enumToProto[factcheckv1.Hedge](int(h), factcheckv1.Hedge_name)
}

func evidenceKindToProto(k claims.EvidenceKind) factcheckv1.EvidenceKind {
	return enumToProto[factcheckv1.EvidenceKind](int(k), factcheckv1.EvidenceKind_name)
}

func inconsistencyKindToProto(k claims.InconsistencyKind) factcheckv1.InconsistencyKind {
	return enumToProto[factcheckv1.InconsistencyKind](int(k), factcheckv1.InconsistencyKind_name)
}

func severityToProto(s claims.Severity) factcheckv1.Severity {
	return enumToProto[factcheckv1.Severity](int(s), factcheckv1.Severity_name)
}

// enumToProto converts a domain enum value to the protobuf enum with the
// same number, or to UNSPECIFIED (0) when the protobuf enum has no such
// value.
func enumToProto[E ~int32](v int, names map[int32]string) E {
	if v < 0 || v > math.MaxInt32 {
		return 0
	}
	if _, ok := names[int32(v)]; !ok {
		return 0
	}
	return E(v)
}

// clampInt32 converts a count or offset to int32, saturating.
func clampInt32(n int) int32 {
	switch {
	case n > math.MaxInt32:
		return math.MaxInt32
	case n < math.MinInt32:
		return math.MinInt32
	}
	return int32(n)
}
