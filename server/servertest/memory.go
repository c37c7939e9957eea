package servertest

import (
	"context"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Memory is a claims.Service over fixed slices, for tests of the
// transport. Its Check is deliberately naive: a statement equal to a
// claim's statement (ignoring case and a final full stop) is SUPPORTED by
// that claim, anything else NOT_ENOUGH_INFO. Set CheckFunc to answer
// otherwise. The zero Memory is an empty corpus.
type Memory struct {
	DocumentList      []*claims.Document
	ClaimList         []*claims.Claim
	InconsistencyList []claims.Inconsistency
	// CheckFunc, when set, answers Check instead of the naive matcher.
	CheckFunc func(ctx context.Context, req claims.CheckRequest) (*claims.Report, error)
}

var _ claims.Service = (*Memory)(nil)

// Check judges req naively, or with CheckFunc. It returns ECANCELED or
// EDEADLINE when ctx has ended.
func (m *Memory) Check(ctx context.Context, req claims.CheckRequest) (*claims.Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if m.CheckFunc != nil {
		return m.CheckFunc(ctx, req)
	}
	norm := func(s string) string { return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".") }
	r := &claims.Report{
		Verdict:     claims.VerdictNotEnoughInfo,
		Explanation: "No stored claim says this.",
		Confidence:  0.5,
		AsOf:        req.AsOf,
	}
	for _, c := range m.ClaimList {
		if norm(c.Statement) != norm(req.Statement) {
			continue
		}
		ev := claims.Evidence{
			Kind: claims.EvidenceClaim, ID: c.ID, Text: c.Quote, DocumentID: c.DocumentID,
			Span: c.Span, Hedge: c.Hedge, Attribution: c.Attribution, Stance: claims.StanceSupports, Score: 1,
		}
		if d, err := m.Document(ctx, c.DocumentID); err == nil {
			ev.Publisher = d.Publisher
			ev.UTF16, _ = claims.UTF16(d.Text, c.Span)
			if r.AsOf.IsZero() {
				r.AsOf = d.Published
			}
		}
		r.Verdict, r.Confidence = claims.VerdictSupported, 0.9
		r.Explanation = "A stored claim states the same."
		r.Evidence = []claims.Evidence{ev}
		break
	}
	return r, nil
}

// Claim returns the claim with id, or ENOTFOUND.
func (m *Memory) Claim(_ context.Context, id string) (*claims.Claim, error) {
	for _, c := range m.ClaimList {
		if c.ID == id {
			return c, nil
		}
	}
	return nil, claims.FieldErrorf(claims.ENOTFOUND, "id", "no claim has id %q", id)
}

// Claims returns a page of the claims of filter.DocumentID, or of all.
// Returns EINVALID for a negative offset or limit.
func (m *Memory) Claims(_ context.Context, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	var all []*claims.Claim
	for _, c := range m.ClaimList {
		if f.DocumentID == "" || c.DocumentID == f.DocumentID {
			all = append(all, c)
		}
	}
	return window(all, f.Page)
}

// Document returns the document with id, or ENOTFOUND.
func (m *Memory) Document(_ context.Context, id string) (*claims.Document, error) {
	for _, d := range m.DocumentList {
		if d.ID == id {
			return d, nil
		}
	}
	return nil, claims.FieldErrorf(claims.ENOTFOUND, "id", "no document has id %q", id)
}

// Documents returns a page of documents. Returns EINVALID for a negative
// offset or limit.
func (m *Memory) Documents(_ context.Context, p claims.Page) ([]*claims.Document, int, error) {
	return window(m.DocumentList, p)
}

// Inconsistencies returns a page of the stored inconsistencies of
// filter.DocumentID, or of all. Returns ENOTFOUND for an unknown document.
func (m *Memory) Inconsistencies(ctx context.Context, f claims.InconsistencyFilter) ([]claims.Inconsistency, int, error) {
	if f.DocumentID != "" {
		if _, err := m.Document(ctx, f.DocumentID); err != nil {
			return nil, 0, claims.FieldErrorf(claims.ENOTFOUND, "document_id", "no document has id %q", f.DocumentID)
		}
	}
	var all []claims.Inconsistency
	for _, in := range m.InconsistencyList {
		if f.DocumentID == "" || involves(in, f.DocumentID) {
			all = append(all, in)
		}
	}
	return window(all, f.Page)
}

func involves(in claims.Inconsistency, doc string) bool {
	for _, e := range in.Involved {
		if e.DocumentID == doc {
			return true
		}
	}
	return false
}

// window returns the page p of all, and len(all).
func window[T any](all []T, p claims.Page) ([]T, int, error) {
	if p.Offset < 0 || p.Limit < 0 {
		return nil, 0, claims.Errorf(claims.EINVALID, "negative offset or limit")
	}
	if p.Offset >= len(all) {
		return nil, len(all), nil
	}
	end := len(all)
	if p.Limit > 0 && p.Offset+p.Limit < end {
		end = p.Offset + p.Limit
	}
	return all[p.Offset:end], len(all), nil
}

// Sample returns a Memory holding one made-up document with three claims
// and one inconsistency, for examples and tests.
func Sample() *Memory {
	text := "Mayor Ada Stone opened the Riverside Bridge on Monday. " +
		"The bridge cost 12 million euros, officials said. " +
		"Fire Chief Ada Stone cut the ribbon."
	doc := &claims.Document{
		ID: "example-bridge", Publisher: "The Example Gazette", Headline: "Riverside Bridge opens",
		URL: "https://example.org/bridge", Published: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC),
		DateNote: "printed on the page", Language: "en", Text: text,
	}
	span := func(quote string) claims.Span {
		i := strings.Index(text, quote)
		return claims.Span{Start: i, End: i + len(quote)}
	}
	q1 := "Mayor Ada Stone opened the Riverside Bridge on Monday."
	q2 := "The bridge cost 12 million euros, officials said."
	q3 := "Fire Chief Ada Stone cut the ribbon."
	c1 := &claims.Claim{ID: "c1", DocumentID: doc.ID, Section: "body", Statement: "Ada Stone opened the Riverside Bridge.", Quote: q1, Span: span(q1), Hedge: claims.HedgeAsserted}
	c2 := &claims.Claim{ID: "c2", DocumentID: doc.ID, Section: "body", Statement: "The Riverside Bridge cost 12 million euros.", Quote: q2, Span: span(q2), Hedge: claims.HedgeReported,
		Attribution: claims.Attribution{{Name: "officials", Kind: claims.SourceOfficial}}}
	c3 := &claims.Claim{ID: "c3", DocumentID: doc.ID, Section: "body", Statement: "Ada Stone is the fire chief.", Quote: q3, Span: span(q3), Hedge: claims.HedgeAsserted}
	ev := func(c *claims.Claim) claims.Evidence {
		u, _ := claims.UTF16(text, c.Span)
		return claims.Evidence{Kind: claims.EvidenceClaim, ID: c.ID, Text: c.Quote, DocumentID: doc.ID, Span: c.Span, UTF16: u, Hedge: c.Hedge, Publisher: doc.Publisher}
	}
	return &Memory{
		DocumentList: []*claims.Document{doc},
		ClaimList:    []*claims.Claim{c1, c2, c3},
		InconsistencyList: []claims.Inconsistency{{
			ID: "wrong-office/c3", Kind: claims.InconsistencyWrongOffice, Severity: claims.SeverityHigh,
			Message:  "Ada Stone is called Fire Chief, but the same document calls her Mayor.",
			EntityID: "ada-stone", EntityName: "Ada Stone", Stated: "Fire Chief", Correct: "Mayor",
			Involved: []claims.Evidence{ev(c3)}, Correction: []claims.Evidence{ev(c1)},
		}},
	}
}
