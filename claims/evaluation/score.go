package evaluation

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Ratio is a count out of a total.
type Ratio struct {
	N     int `json:"n"`
	Total int `json:"total"`
}

// Rate is N/Total, or 0 for an empty total.
func (r Ratio) Rate() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.N) / float64(r.Total)
}

// String prints the ratio as a percentage with its counts.
func (r Ratio) String() string {
	if r.Total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%5.1f%%  (%d/%d)", 100*r.Rate(), r.N, r.Total)
}

// Score sums the outcomes of a run.
type Score struct {
	Rows        int                       `json:"rows"`
	Errors      int                       `json:"errors"`   // calls that failed; they count as wrong
	Accuracy    float64                   `json:"accuracy"` // Overall as a fraction
	Overall     Ratio                     `json:"overall"`
	PerClass    map[string]Ratio          `json:"per_class"`
	Confusion   map[string]map[string]int `json:"confusion"` // label -> verdict -> rows
	EvidenceHit Ratio                     `json:"evidence_hit"`
	FlagRecall  Ratio                     `json:"inconsistency_recall"`
	FalseAlarm  Ratio                     `json:"false_alarm"`
	// Carried counts unflagged rows whose deciding evidence carries a
	// known error (not false alarms, by the guide).
	Carried int `json:"carried"`
}

// Sum scores the outcomes.
func Sum(outcomes []Outcome) Score {
	s := Score{Rows: len(outcomes), PerClass: map[string]Ratio{}, Confusion: map[string]map[string]int{}}
	s.Overall.Total = len(outcomes)
	for _, o := range outcomes {
		cls := s.PerClass[o.Row.Label]
		cls.Total++
		if o.Err != "" {
			s.Errors++
			s.PerClass[o.Row.Label] = cls
			continue
		}
		if o.Correct {
			cls.N++
			s.Overall.N++
		}
		s.PerClass[o.Row.Label] = cls
		if s.Confusion[o.Row.Label] == nil {
			s.Confusion[o.Row.Label] = map[string]int{}
		}
		s.Confusion[o.Row.Label][o.Verdict]++
		if len(o.Row.Evidence) > 0 {
			s.EvidenceHit.Total++
			if o.EvidenceHit {
				s.EvidenceHit.N++
			}
		}
		if o.Row.Flag != "" {
			s.FlagRecall.Total++
			if o.Flagged {
				s.FlagRecall.N++
			}
			continue
		}
		s.FalseAlarm.Total++
		switch {
		case o.FalseAlarm():
			s.FalseAlarm.N++
		case o.Alarms > 0:
			s.Carried++
		}
	}
	s.Accuracy = s.Overall.Rate()
	return s
}

// WriteTable writes the score as a table headed by name.
func (s Score) WriteTable(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d rows", name, s.Rows)
	if s.Errors > 0 {
		fmt.Fprintf(w, ", %d failed calls", s.Errors)
	}
	fmt.Fprint(w, "\n\n")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CLASS\tACCURACY\t→ SUPPORTED\t→ CONTRADICTED\t→ NOT_ENOUGH_INFO")
	for _, l := range Labels {
		conf := s.Confusion[l]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", l, s.PerClass[l], conf["SUPPORTED"], conf["CONTRADICTED"], conf["NOT_ENOUGH_INFO"])
	}
	fmt.Fprintf(tw, "overall\t%s\n", s.Overall)
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "evidence hit rate\t%s\n", s.EvidenceHit)
	fmt.Fprintf(tw, "inconsistency recall\t%s\n", s.FlagRecall)
	fmt.Fprintf(tw, "false-alarm rate\t%s\n", s.FalseAlarm)
	if s.Carried > 0 {
		fmt.Fprintf(tw, "carried errors\t%d unflagged rows quote a sentence with a known error\n", s.Carried)
	}
	tw.Flush()
}

// Misses lists, one line each, the rows answered wrongly, without their
// evidence, or with a missed or false inconsistency.
func Misses(outcomes []Outcome) []string {
	var lines []string
	for _, o := range outcomes {
		var why []string
		switch {
		case o.Err != "":
			why = append(why, "error: "+o.Err)
		default:
			if !o.Correct {
				why = append(why, fmt.Sprintf("got %s, want %s", o.Verdict, o.Row.Label))
			}
			if len(o.Row.Evidence) > 0 && !o.EvidenceHit {
				why = append(why, "evidence missed")
			}
			if o.Row.Flag != "" && !o.Flagged {
				why = append(why, "inconsistency "+o.Row.Flag+" missed")
			}
			if o.FalseAlarm() {
				why = append(why, fmt.Sprintf("false alarm %q", o.FirstAlarm))
			}
		}
		if len(why) > 0 {
			lines = append(lines, fmt.Sprintf("%s: %s  %q", o.Row.ID, strings.Join(why, "; "), o.Row.Statement))
		}
	}
	return lines
}

// confidenceEdges bound the buckets of the calibration table.
var confidenceEdges = []float64{0, 0.6, 0.7, 0.8, 0.9, 1.01}

// Calibration buckets the answered rows by confidence and writes how often
// each bucket was right: a calibrated checker is right more often as its
// confidence rises.
func Calibration(w io.Writer, outcomes []Outcome) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CONFIDENCE\tROWS\tRIGHT")
	for i := 0; i+1 < len(confidenceEdges); i++ {
		var r Ratio
		for _, o := range outcomes {
			if o.Err == "" && o.Confidence >= confidenceEdges[i] && o.Confidence < confidenceEdges[i+1] {
				r.Total++
				if o.Correct {
					r.N++
				}
			}
		}
		if r.Total > 0 {
			fmt.Fprintf(tw, "[%.1f, %.1f)\t%d\t%s\n", confidenceEdges[i], min(confidenceEdges[i+1], 1), r.Total, r)
		}
	}
	tw.Flush()
}

// Halves splits the answered rows at the median confidence and returns how
// often each half was right.
func Halves(outcomes []Outcome) (low, high Ratio) {
	var answered []Outcome
	for _, o := range outcomes {
		if o.Err == "" {
			answered = append(answered, o)
		}
	}
	sort.SliceStable(answered, func(i, j int) bool { return answered[i].Confidence < answered[j].Confidence })
	mid := len(answered) / 2
	for i, o := range answered {
		half := &high
		if i < mid {
			half = &low
		}
		half.Total++
		if o.Correct {
			half.N++
		}
	}
	return low, high
}
