package claims

import (
	"fmt"
	"strconv"
	"strings"
)

// Corpus is everything the service knows: documents, the claims drawn from
// them, the entities they name, the roles offices are of, and the tenures
// (who held which office when). A Corpus built by NewCorpus is consistent:
// every id is unique and every reference resolves. It is read-only after
// construction and safe for concurrent use.
type Corpus struct {
	Documents []*Document
	Claims    []*Claim
	Entities  []*Entity
	Roles     []*Role
	Tenures   []*Tenure

	documents map[string]*Document
	claims    map[string]*Claim
	entities  map[string]*Entity
	roles     map[string]*Role
	tenuresOf map[string][]*Tenure
	claimsOf  map[string][]*Claim
}

// NewCorpus checks the records and indexes them. It returns an *Error with
// code ECORPUS for the first fault found: a duplicate or malformed id, an
// unknown document, entity or role id, a quote that differs from the
// document text at its span, a span off UTF-8 boundaries or outside its
// section, a tenure that ends before it starts, an event without period,
// place or citation. The error's Field names the offending record as
// list[index] ("claims[16]"), see RecordOf, and its Message starts with the
// record's kind and id.
func NewCorpus(docs []*Document, claims []*Claim, entities []*Entity, roles []*Role, tenures []*Tenure) (*Corpus, error) {
	c := &Corpus{
		Documents: docs, Claims: claims, Entities: entities, Roles: roles, Tenures: tenures,
		documents: make(map[string]*Document, len(docs)),
		claims:    make(map[string]*Claim, len(claims)),
		entities:  make(map[string]*Entity, len(entities)),
		roles:     make(map[string]*Role, len(roles)),
		tenuresOf: make(map[string][]*Tenure),
		claimsOf:  make(map[string][]*Claim),
	}
	if err := c.index(); err != nil {
		return nil, err
	}
	if err := c.check(); err != nil {
		return nil, err
	}
	return c, nil
}

// index fills the id maps, rejecting nil records and bad or duplicate ids.
func (c *Corpus) index() error {
	for i, d := range c.Documents {
		if d == nil {
			return fault(ListDocuments, i, "", "nil record")
		}
		if err := addID(c.documents, d.ID, d, ListDocuments, i); err != nil {
			return err
		}
	}
	for i, e := range c.Entities {
		if e == nil {
			return fault(ListEntities, i, "", "nil record")
		}
		if err := addID(c.entities, e.ID, e, ListEntities, i); err != nil {
			return err
		}
	}
	for i, r := range c.Roles {
		if r == nil {
			return fault(ListRoles, i, "", "nil record")
		}
		if err := addID(c.roles, r.ID, r, ListRoles, i); err != nil {
			return err
		}
	}
	seen := make(map[string]*Tenure, len(c.Tenures))
	for i, t := range c.Tenures {
		if t == nil {
			return fault(ListTenures, i, "", "nil record")
		}
		if err := addID(seen, t.ID, t, ListTenures, i); err != nil {
			return err
		}
		c.tenuresOf[t.Person] = append(c.tenuresOf[t.Person], t)
	}
	for i, cl := range c.Claims {
		if cl == nil {
			return fault(ListClaims, i, "", "nil record")
		}
		if err := addID(c.claims, cl.ID, cl, ListClaims, i); err != nil {
			return err
		}
		c.claimsOf[cl.DocumentID] = append(c.claimsOf[cl.DocumentID], cl)
	}
	return nil
}

func addID[T any](m map[string]T, id string, v T, list string, i int) error {
	if !ValidID(id) {
		return fault(list, i, id, "malformed id (want lower-case words joined by - or /)")
	}
	if _, dup := m[id]; dup {
		return fault(list, i, id, "duplicate id")
	}
	m[id] = v
	return nil
}

// Record lists as named in a corpus error's Field.
const (
	ListDocuments = "documents"
	ListClaims    = "claims"
	ListEntities  = "entities"
	ListRoles     = "roles"
	ListTenures   = "tenures"
)

var recordKind = map[string]string{
	ListDocuments: "document", ListClaims: "claim", ListEntities: "entity",
	ListRoles: "role", ListTenures: "tenure",
}

// fault returns the ECORPUS error blaming record i of list.
func fault(list string, i int, id, format string, args ...any) *Error {
	msg := fmt.Sprintf(format, args...)
	if id != "" {
		msg = fmt.Sprintf("%s %q: %s", recordKind[list], id, msg)
	}
	return &Error{Code: ECORPUS, Field: list + "[" + strconv.Itoa(i) + "]", Message: msg}
}

// RecordOf returns the list ("claims", "entities", ...) and the index in it of
// the record a NewCorpus error blames, and ok=false when err is not such an
// error.
func RecordOf(err error) (list string, index int, ok bool) {
	f := ErrorField(err)
	if ErrorCode(err) != ECORPUS || !strings.HasSuffix(f, "]") {
		return "", 0, false
	}
	open := strings.IndexByte(f, '[')
	if open < 0 {
		return "", 0, false
	}
	n, perr := strconv.Atoi(f[open+1 : len(f)-1])
	if perr != nil || recordKind[f[:open]] == "" {
		return "", 0, false
	}
	return f[:open], n, true
}

// ValidID reports whether id is a well-formed corpus id: lower-case ASCII
// letters and digits in words joined by single '-' or '/'.
func ValidID(id string) bool {
	if id == "" {
		return false
	}
	prevSep := true
	for i := 0; i < len(id); i++ {
		switch b := id[i]; {
		case 'a' <= b && b <= 'z', '0' <= b && b <= '9':
			prevSep = false
		case b == '-' || b == '/':
			if prevSep {
				return false
			}
			prevSep = true
		default:
			return false
		}
	}
	return !prevSep
}

// Document returns the document with the given id.
func (c *Corpus) Document(id string) (*Document, bool) { d, ok := c.documents[id]; return d, ok }

// Claim returns the claim with the given id.
func (c *Corpus) Claim(id string) (*Claim, bool) { cl, ok := c.claims[id]; return cl, ok }

// Entity returns the entity with the given id.
func (c *Corpus) Entity(id string) (*Entity, bool) { e, ok := c.entities[id]; return e, ok }

// Role returns the role with the given id.
func (c *Corpus) Role(id string) (*Role, bool) { r, ok := c.roles[id]; return r, ok }

// TenuresOf returns the offices the person held, in corpus order. The slice
// is shared: do not modify it.
func (c *Corpus) TenuresOf(personID string) []*Tenure { return c.tenuresOf[personID] }

// ClaimsOf returns the document's claims in corpus order. The slice is
// shared: do not modify it.
func (c *Corpus) ClaimsOf(documentID string) []*Claim { return c.claimsOf[documentID] }
