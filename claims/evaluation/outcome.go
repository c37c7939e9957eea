package evaluation

import (
	"slices"
	"strings"
)

// Outcome is how a checker did on one row.
type Outcome struct {
	Row         Row     `json:"row"`
	Verdict     string  `json:"verdict"`
	Confidence  float64 `json:"confidence"`
	Correct     bool    `json:"correct"`
	EvidenceHit bool    `json:"evidence_hit"`
	Flagged     bool    `json:"flagged"` // some inconsistency names Row.Flag
	Alarms      int     `json:"alarms"`  // inconsistencies returned
	FirstAlarm  string  `json:"first_alarm,omitempty"`
	// Carried is set when an inconsistency is about a sentence the answer
	// quotes as deciding evidence: by the guide the answer then carries
	// that error, flagged in the row or not.
	Carried bool   `json:"carried,omitempty"`
	Err     string `json:"error,omitempty"`
}

// Judge compares an answer with its row.
func Judge(r Row, a Answer) Outcome {
	o := Outcome{
		Row:         r,
		Verdict:     a.Verdict,
		Confidence:  a.Confidence,
		Correct:     a.Verdict == r.Label,
		EvidenceHit: evidenceHit(a, r.Evidence),
		Alarms:      len(a.Alarms),
		Carried:     carried(a),
		Flagged:     r.Flag != "" && flagged(a, r.Flag),
	}
	if len(a.Alarms) > 0 {
		o.FirstAlarm = a.Alarms[0].Message
	}
	return o
}

// Failed is the outcome of a row whose call failed; it counts as wrong.
func Failed(r Row, err error) Outcome {
	return Outcome{Row: r, Err: err.Error()}
}

// FalseAlarm reports whether the answer raised an inconsistency the row
// does not call for and the answer does not carry.
func (o Outcome) FalseAlarm() bool {
	return o.Err == "" && o.Row.Flag == "" && o.Alarms > 0 && !o.Carried
}

// evidenceHit reports whether some fragment is a substring of some quoted
// text, at top level or inside an inconsistency.
func evidenceHit(a Answer, fragments []string) bool {
	texts := a.Evidence
	for _, al := range a.Alarms {
		texts = slices.Concat(texts, al.Involved, al.Correction)
	}
	for _, f := range fragments {
		for _, q := range texts {
			if f != "" && strings.Contains(q.Text, f) {
				return true
			}
		}
	}
	return false
}

// carried reports whether an inconsistency is about a sentence the answer
// quotes as deciding evidence.
func carried(a Answer) bool {
	deciding := make(map[string]bool)
	for _, q := range a.Evidence {
		if q.Deciding {
			deciding[q.sentence()] = true
		}
	}
	for _, al := range a.Alarms {
		for _, q := range al.Involved {
			if deciding[q.sentence()] {
				return true
			}
		}
	}
	return false
}

// flagged reports whether some inconsistency names flag in its message,
// entity name or entity id, ignoring case.
func flagged(a Answer, flag string) bool {
	flag = strings.ToLower(flag)
	for _, al := range a.Alarms {
		for _, s := range []string{al.Message, al.EntityName, al.EntityID} {
			if strings.Contains(strings.ToLower(s), flag) {
				return true
			}
		}
	}
	return false
}
