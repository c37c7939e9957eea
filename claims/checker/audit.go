package checker

import "github.com/factcheck/factcheck/claims"

// runAudit finds what is wrong inside the stored documents. It returns the
// findings, most severe first, and for each claim id the findings whose
// error that claim carries.
func (e *Engine) runAudit() ([]claims.Inconsistency, map[string][]int) {
	return nil, map[string][]int{}
}
