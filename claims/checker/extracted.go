package checker

import (
	"fmt"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/claims/reader"
)

// withExtractedClaims gives every document that has no curated claims the
// claims claims/extract draws from its text, one per content sentence, so
// an article added without hand-written claims can still be checked
// against. Curated claims always win: a document with any keeps only them.
// It returns c itself when nothing is missing.
func withExtractedClaims(c *claims.Corpus, r *reader.Reader) (*claims.Corpus, error) {
	var extra []*claims.Claim
	for _, d := range c.Documents {
		if len(c.ClaimsOf(d.ID)) == 0 {
			extra = append(extra, extract.Claims(d, r)...)
		}
	}
	if len(extra) == 0 {
		return c, nil
	}
	all := append(append([]*claims.Claim(nil), c.Claims...), extra...)
	out, err := claims.NewCorpus(c.Documents, all, c.Entities, c.Roles, c.Tenures)
	if err != nil {
		return nil, fmt.Errorf("checker: claims extracted from documents without curated claims: %w", err)
	}
	return out, nil
}
