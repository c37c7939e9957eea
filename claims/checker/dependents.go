package checker

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// findDependents links each claim whose quote does not name its subject
// (an elided subject, a pronoun) to the nearest earlier claim of the same
// document that does: the claim depends on that sentence for who it is
// about, so an error in that sentence travels with it.
func (e *Engine) findDependents() map[string][]string {
	deps := make(map[string][]string)
	for _, d := range e.corpus.Documents {
		cls := e.corpus.ClaimsOf(d.ID)
		for i, cl := range cls {
			for _, subj := range cl.Structure.Subjects {
				if e.quoteNames(cl, subj) {
					continue
				}
				for j := i - 1; j >= 0; j-- {
					if e.quoteNames(cls[j], subj) && cls[j].Span.Start < cl.Span.Start {
						deps[cls[j].ID] = append(deps[cls[j].ID], cl.ID)
						break
					}
				}
			}
		}
	}
	return deps
}

// quoteNames reports whether the claim's quote names the entity by one of
// its names.
func (e *Engine) quoteNames(cl *claims.Claim, id string) bool {
	ent := e.world.entity(id)
	if ent == nil {
		return false
	}
	quote := strings.ToLower(cl.Quote)
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if n != "" && strings.Contains(quote, strings.ToLower(n)) {
			return true
		}
	}
	return false
}
