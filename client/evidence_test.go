package client_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/server/servertest"
)

func TestEvidenceCarriesQuoteAndSpan(t *testing.T) {
	t.Parallel()
	mem := servertest.Sample()
	doc := mem.DocumentList[0]
	sentence := "The bridge cost 12 million euros, officials said."
	quote := "The bridge cost 12 million euros"
	start := strings.Index(doc.Text, sentence)
	mem.CheckFunc = func(context.Context, claims.CheckRequest) (*claims.Report, error) {
		span := claims.Span{Start: start, End: start + len(sentence)}
		qspan := claims.Span{Start: start, End: start + len(quote)}
		return &claims.Report{Verdict: claims.VerdictSupported, Evidence: []claims.Evidence{{
			Kind: claims.EvidenceClaim, ID: "c2", DocumentID: doc.ID, Text: sentence, Span: span, UTF16: span,
			Quote: quote, QuoteSpan: qspan, QuoteUTF16: qspan, Stance: claims.StanceSupports,
		}}}, nil
	}
	res, err := dialSvc(t, mem).Check(t.Context(), "What did the bridge cost?")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Evidence) != 1 {
		t.Fatalf("evidence %+v", res.Evidence)
	}
	e := res.Evidence[0]
	if e.Quote != quote || e.QuoteSpan == nil || doc.Text[e.QuoteSpan.StartByte:e.QuoteSpan.EndByte] != quote ||
		e.QuoteSpan.StartUTF16 != start || e.Span == nil || doc.Text[e.Span.StartByte:e.Span.EndByte] != e.Text {
		t.Errorf("evidence %+v, quote span %+v: want the quote and its span in the document", e, e.QuoteSpan)
	}
}
