package evaluation

import "github.com/factcheck/factcheck/claims"

// Answer is what a checker said about one statement, in the terms the
// scorer needs, whatever carried it (the engine, gRPC, HTTP).
type Answer struct {
	Verdict    string // as a row's label spells it
	Confidence float64
	Evidence   []Quote
	Alarms     []Alarm // the inconsistencies returned
}

// Quote is one evidence item.
type Quote struct {
	ClaimID    string // the claim or reference fact quoted
	DocumentID string // the claim's document; empty for reference facts
	Text       string // the quoted sentence or reference fact in words
	Deciding   bool   // it supports or refutes the statement
}

// Alarm is one inconsistency of an answer.
type Alarm struct {
	Message    string
	EntityID   string
	EntityName string
	Involved   []Quote // the spans carrying the error
	Correction []Quote // the evidence for the correct value
}

// FromReport turns the engine's report into an Answer.
func FromReport(rep *claims.Report) Answer {
	a := Answer{Verdict: rep.Verdict.String(), Confidence: rep.Confidence}
	a.Evidence = quotes(rep.Evidence)
	for _, in := range rep.Inconsistencies {
		a.Alarms = append(a.Alarms, Alarm{
			Message:    in.Message,
			EntityID:   in.EntityID,
			EntityName: in.EntityName,
			Involved:   quotes(in.Involved),
			Correction: quotes(in.Correction),
		})
	}
	return a
}

// sentence names the text a quote stands on: the guide's "a sentence with
// a known error" is carried by any claim quoted from that sentence.
func (q Quote) sentence() string { return q.DocumentID + "\x00" + q.Text }

func quotes(evidence []claims.Evidence) []Quote {
	out := make([]Quote, 0, len(evidence))
	for _, e := range evidence {
		out = append(out, Quote{ClaimID: e.ID, DocumentID: e.DocumentID, Text: e.Text, Deciding: e.Stance != claims.StanceUnspecified})
	}
	return out
}
