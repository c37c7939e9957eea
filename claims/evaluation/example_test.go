package evaluation_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/factcheck/factcheck/claims/evaluation"
)

func Example() {
	rows, _ := evaluation.Read(strings.NewReader(`{"id":"r1","statement":"The bridge opened.","label":"SUPPORTED","evidence":["opened"]}`), "example")
	// Here a checker would answer each row's statement.
	answer := evaluation.Answer{Verdict: "SUPPORTED", Evidence: []evaluation.Quote{{Text: "The bridge opened on Monday.", Deciding: true}}}
	outcomes := []evaluation.Outcome{evaluation.Judge(rows[0], answer)}
	s := evaluation.Sum(outcomes)
	fmt.Println(s.Overall, s.EvidenceHit)
	s.WriteTable(os.Stdout, "example")
	// Output:
	// 100.0%  (1/1) 100.0%  (1/1)
	// example: 1 rows
	//
	// CLASS            ACCURACY       → SUPPORTED  → CONTRADICTED  → NOT_ENOUGH_INFO
	// SUPPORTED        100.0%  (1/1)  1            0               0
	// CONTRADICTED     n/a            0            0               0
	// NOT_ENOUGH_INFO  n/a            0            0               0
	// overall          100.0%  (1/1)
	//
	// evidence hit rate     100.0%  (1/1)
	// inconsistency recall  n/a
	// false-alarm rate        0.0%  (0/1)
}
