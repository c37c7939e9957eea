package checker

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/claims/reader"
	"github.com/factcheck/factcheck/claims/vectors"
)

// Limits on a check's input and output.
const (
	// MaxStatementBytes is the longest statement the engine reads.
	MaxStatementBytes = 4096
	// DefaultMaxEvidence is how many evidence items a check returns by default.
	DefaultMaxEvidence = 5
	// MaxEvidence is the most evidence items a check returns.
	MaxEvidence = 50
)

// Engine checks statements against a corpus. It is immutable after New and
// safe for concurrent use.
type Engine struct {
	corpus   *claims.Corpus
	reader   *reader.Reader
	world    *world
	features []*features // one per corpus claim, in corpus order
	byID     map[string]*features
	// officeHolderClaims maps a person to the claims that give them an office.
	officeHolderClaims map[string][]*features
	// documentHolders maps a role and a country to the people claims
	// give that office.
	documentHolders map[[2]string][]string
	index           *index
	// eventFeats holds the reference records of events as claim features.
	eventFeats map[string]*features
	// participants maps an event to the people its name names.
	participants map[string][]string
	audit        []claims.Inconsistency
	// carriers maps a claim id to the audit findings whose error it
	// carries, so any answer quoting that claim carries them too.
	carriers map[string][]int
	// dependents maps a claim id to the later claims that take their
	// subject from it ("But, walked out..." from the sentence before).
	dependents map[string][]string
	// authors holds, for each document, who reports its claims that cite
	// no one else: its dateline's agency and its publisher (read once per
	// document, not per claim).
	authors map[string]documentAuthors
	// roleKeys holds each role's name and aliases as reader.NameKeys,
	// for comparing titles without reading them again at every check.
	roleKeys map[string][]string
	// defaultAsOf is the moment statements are read at when neither the
	// request nor the evidence says otherwise: the newest publication date.
	defaultAsOf time.Time
}

// New builds an engine over c: it reads every claim, indexes them and
// audits the documents. It returns an error only if c is nil.
func New(c *claims.Corpus) (*Engine, error) {
	if c == nil {
		return nil, claims.Errorf(claims.EINTERNAL, "checker: nil corpus")
	}
	rd := reader.New(reader.NewGazetteer(c.Entities, c.Roles), reader.WordNet{})
	c, rd, err := withExtractedClaims(c, rd)
	if err != nil {
		return nil, err
	}
	e := &Engine{corpus: c, world: newWorld(c), reader: rd, roleKeys: roleKeys(c.Roles)}
	for _, d := range c.Documents {
		if d.Published.After(e.defaultAsOf) {
			e.defaultAsOf = d.Published
		}
	}
	e.authors = make(map[string]documentAuthors, len(c.Documents))
	for _, d := range c.Documents {
		wire := extract.Dateline(d.Text)
		e.authors[d.ID] = documentAuthors{wire: wire, keys: publisherKeys(d.Publisher, wire)}
	}
	e.features = make([]*features, len(c.Claims))
	e.byID = make(map[string]*features, len(c.Claims))
	e.officeHolderClaims = make(map[string][]*features)
	e.documentHolders = make(map[[2]string][]string)
	e.readClaims(c.Claims)
	for i, cl := range c.Claims {
		f := e.features[i]
		e.byID[cl.ID] = f
		var seen []string // a claim gives offices to one or two people
		for _, o := range f.offices {
			if o.Person != "" && !slices.Contains(seen, o.Person) {
				seen = append(seen, o.Person)
				e.officeHolderClaims[o.Person] = append(e.officeHolderClaims[o.Person], f)
			}
			if k := [2]string{o.Role, o.Country}; o.Person != "" && o.Country != "" && !slices.Contains(e.documentHolders[k], o.Person) {
				e.documentHolders[k] = append(e.documentHolders[k], o.Person)
			}
		}
	}
	numberSentences(e.features)
	e.index = newIndex(e.features, e.world)
	e.participants = eventParticipants(c)
	e.eventFeats = make(map[string]*features)
	for _, ent := range c.Entities {
		if ent.Kind == claims.KindEvent && !ent.Period.IsZero() {
			e.eventFeats[ent.ID] = e.eventFeatures(ent)
		}
	}
	e.dependents = e.findDependents()
	e.audit, e.carriers = e.runAudit()
	// The word vectors are decoded on first use; do it while loading, not
	// in the first caller's check (about 150 ms).
	vectors.Known("the")
	return e, nil
}

// readClaims fills e.features, reading the claims on every core: each
// claim's features depend on that claim and the read-only corpus only, so
// the result is the same in any order.
func (e *Engine) readClaims(cls []*claims.Claim) {
	workers := min(runtime.GOMAXPROCS(0), len(cls)/256+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(cls); i += workers {
				e.features[i] = e.featuresOf(cls[i])
			}
		})
	}
	wg.Wait()
}

var _ claims.Service = (*Engine)(nil)

// Claim implements claims.Service. Returns ENOTFOUND for an unknown id.
func (e *Engine) Claim(ctx context.Context, id string) (*claims.Claim, error) {
	if cl, ok := e.corpus.Claim(id); ok {
		return cl, nil
	}
	return nil, claims.FieldErrorf(claims.ENOTFOUND, "id", "no claim with id %q", id)
}

// Claims implements claims.Service. Returns ENOTFOUND for an unknown
// document id and EINVALID for a negative offset or limit.
func (e *Engine) Claims(ctx context.Context, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	all := e.corpus.Claims
	if f.DocumentID != "" {
		if _, ok := e.corpus.Document(f.DocumentID); !ok {
			return nil, 0, claims.FieldErrorf(claims.ENOTFOUND, "document_id", "no document with id %q", f.DocumentID)
		}
		all = e.corpus.ClaimsOf(f.DocumentID)
	}
	page, err := window(all, f.Page)
	return page, len(all), err
}

// Document implements claims.Service. Returns ENOTFOUND for an unknown id.
func (e *Engine) Document(ctx context.Context, id string) (*claims.Document, error) {
	if d, ok := e.corpus.Document(id); ok {
		return d, nil
	}
	return nil, claims.FieldErrorf(claims.ENOTFOUND, "id", "no document with id %q", id)
}

// Documents implements claims.Service. Returns EINVALID for a negative
// offset or limit.
func (e *Engine) Documents(ctx context.Context, p claims.Page) ([]*claims.Document, int, error) {
	page, err := window(e.corpus.Documents, p)
	return page, len(e.corpus.Documents), err
}

// Inconsistencies implements claims.Service. Returns ENOTFOUND for an
// unknown document id and EINVALID for a negative offset or limit.
func (e *Engine) Inconsistencies(ctx context.Context, f claims.InconsistencyFilter) ([]claims.Inconsistency, int, error) {
	all := e.audit
	if f.DocumentID != "" {
		if _, ok := e.corpus.Document(f.DocumentID); !ok {
			return nil, 0, claims.FieldErrorf(claims.ENOTFOUND, "document_id", "no document with id %q", f.DocumentID)
		}
		all = nil
		for _, in := range e.audit {
			if inDocument(in, f.DocumentID) {
				all = append(all, in)
			}
		}
	}
	page, err := window(all, f.Page)
	return page, len(all), err
}

func inDocument(in claims.Inconsistency, docID string) bool {
	for _, ev := range in.Involved {
		if ev.DocumentID == docID {
			return true
		}
	}
	return false
}

// window returns the part of all that p selects.
func window[T any](all []T, p claims.Page) ([]T, error) {
	if p.Offset < 0 {
		return nil, claims.FieldErrorf(claims.EINVALID, "offset", "must not be negative")
	}
	if p.Limit < 0 {
		return nil, claims.FieldErrorf(claims.EINVALID, "limit", "must not be negative")
	}
	if p.Offset >= len(all) {
		return nil, nil
	}
	end := len(all)
	if p.Limit > 0 && p.Offset+p.Limit < end {
		end = p.Offset + p.Limit
	}
	return all[p.Offset:end], nil
}
