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
// The names and offices those documents use that the corpus does not know
// become entities and roles first (extract.Entities, extract.Roles), and
// the reader returned knows them,
// so statements about a new article's people are read as about them. It
// returns c and r themselves when nothing is missing.
func withExtractedClaims(c *claims.Corpus, r *reader.Reader) (*claims.Corpus, *reader.Reader, error) {
	var bare []*claims.Document
	for _, d := range c.Documents {
		if len(c.ClaimsOf(d.ID)) == 0 {
			bare = append(bare, d)
		}
	}
	if len(bare) == 0 {
		return c, r, nil
	}
	entities, roles := c.Entities, c.Roles
	if found := extract.Entities(bare, r); len(found) > 0 {
		entities = append(append([]*claims.Entity(nil), c.Entities...), found...)
		r = reader.New(reader.NewGazetteer(entities, roles), reader.WordNet{})
	}
	if found := extract.Roles(bare, r); len(found) > 0 {
		roles = append(append([]*claims.Role(nil), c.Roles...), found...)
		r = reader.New(reader.NewGazetteer(entities, roles), reader.WordNet{})
	}
	var extra []*claims.Claim
	for _, d := range bare {
		extra = append(extra, extract.Claims(d, r)...)
	}
	all := append(append([]*claims.Claim(nil), c.Claims...), extra...)
	out, err := claims.NewCorpus(c.Documents, all, entities, roles, c.Tenures)
	if err != nil {
		return nil, nil, fmt.Errorf("checker: claims extracted from documents without curated claims: %w", err)
	}
	return out, r, nil
}
