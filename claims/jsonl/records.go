package jsonl

import (
	"errors"
	"fmt"

	"github.com/factcheck/factcheck/claims"
)

// The record types mirror the JSON of corpus/SCHEMA.md one to one; each
// converts itself to the domain type and reports missing required fields.
// Cross-references are left to claims.NewCorpus.

type documentRecord struct {
	ID        string          `json:"id"`
	Publisher string          `json:"publisher"`
	Headline  string          `json:"headline"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	DateNote  string          `json:"date_note"`
	Language  string          `json:"language"`
	Text      string          `json:"text"`
	Sections  []sectionRecord `json:"sections"`
}

type sectionRecord struct {
	Name  string `json:"name"`
	Start *int   `json:"start"`
	End   *int   `json:"end"`
}

// document converts r; text is the content of the file r.Text names.
func (r *documentRecord) document(text string) (*claims.Document, error) {
	if err := required("id", r.ID, "publisher", r.Publisher, "headline", r.Headline,
		"published", r.Published, "date_note", r.DateNote, "language", r.Language); err != nil {
		return nil, err
	}
	pub, p, err := parseDate(r.Published)
	if err != nil {
		return nil, fmt.Errorf("published: %w", err)
	}
	if p != claims.PrecisionDay {
		return nil, fmt.Errorf("published %q: want a day", r.Published)
	}
	d := &claims.Document{ID: r.ID, Publisher: r.Publisher, Headline: r.Headline, URL: r.URL,
		Published: pub, DateNote: r.DateNote, Language: r.Language, Text: text}
	for i, s := range r.Sections {
		if s.Name == "" || s.Start == nil || s.End == nil {
			return nil, fmt.Errorf("sections[%d]: want name, start and end", i)
		}
		d.Sections = append(d.Sections, claims.Section{Name: s.Name, Span: claims.Span{Start: *s.Start, End: *s.End}})
	}
	return d, nil
}

type claimRecord struct {
	ID          string         `json:"id"`
	Document    string         `json:"document"`
	Section     string         `json:"section"`
	Statement   string         `json:"statement"`
	Quote       string         `json:"quote"`
	Start       *int           `json:"start"`
	End         *int           `json:"end"`
	Subjects    []string       `json:"subjects"`
	Predicate   string         `json:"predicate"`
	Objects     []string       `json:"objects"`
	Place       string         `json:"place"`
	Numbers     []numberRecord `json:"numbers"`
	Office      *officeRecord  `json:"office"`
	Manner      string         `json:"manner"`
	Negated     bool           `json:"negated"`
	Hedge       string         `json:"hedge"`
	Attribution []sourceRecord `json:"attribution"`
	Time        *periodRecord  `json:"time"`
	Note        string         `json:"note"`
}

type numberRecord struct {
	Value *float64 `json:"value"`
	Unit  string   `json:"unit"`
	Text  string   `json:"text"`
}

type officeRecord struct {
	Person  string `json:"person"`
	Role    string `json:"role"`
	Country string `json:"country"`
}

type sourceRecord struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Entity string `json:"entity"`
}

func (r *claimRecord) claim() (*claims.Claim, error) {
	if err := required("id", r.ID, "document", r.Document, "section", r.Section,
		"statement", r.Statement, "quote", r.Quote, "predicate", r.Predicate, "hedge", r.Hedge); err != nil {
		return nil, err
	}
	if r.Start == nil || r.End == nil {
		return nil, errors.New("missing start or end")
	}
	h, ok := claims.ParseHedge(r.Hedge)
	if !ok {
		return nil, fmt.Errorf("unknown hedge %q", r.Hedge)
	}
	t, err := r.Time.period()
	if err != nil {
		return nil, fmt.Errorf("time: %w", err)
	}
	c := &claims.Claim{ID: r.ID, DocumentID: r.Document, Section: r.Section, Statement: r.Statement,
		Quote: r.Quote, Span: claims.Span{Start: *r.Start, End: *r.End}, Hedge: h, Time: t, Note: r.Note,
		Structure: claims.Structure{Subjects: r.Subjects, Predicate: r.Predicate, Objects: r.Objects,
			Place: r.Place, Manner: r.Manner, Negated: r.Negated}}
	for i, n := range r.Numbers {
		if n.Value == nil || n.Unit == "" || n.Text == "" {
			return nil, fmt.Errorf("numbers[%d]: want value, unit and text", i)
		}
		c.Structure.Numbers = append(c.Structure.Numbers, claims.Number{Value: *n.Value, Unit: n.Unit, Text: n.Text})
	}
	if o := r.Office; o != nil {
		if err := required("office.person", o.Person, "office.role", o.Role, "office.country", o.Country); err != nil {
			return nil, err
		}
		c.Structure.Office = &claims.OfficeMention{Person: o.Person, Role: o.Role, Country: o.Country}
	}
	for _, s := range r.Attribution {
		c.Attribution = append(c.Attribution, claims.Source{Name: s.Name, Kind: claims.SourceKind(s.Kind), EntityID: s.Entity})
	}
	return c, nil
}

type entityRecord struct {
	ID        string          `json:"id"`
	Kind      string          `json:"kind"`
	Name      string          `json:"name"`
	Aliases   []string        `json:"aliases"`
	PartOf    []string        `json:"part_of"`
	StandsFor []string        `json:"stands_for"`
	Period    *periodRecord   `json:"period"`
	Place     string          `json:"place"`
	Citation  *citationRecord `json:"citation"`
	Note      string          `json:"note"`
}

func (r *entityRecord) entity() (*claims.Entity, error) {
	if err := required("id", r.ID, "kind", r.Kind, "name", r.Name); err != nil {
		return nil, err
	}
	p, err := r.Period.period()
	if err != nil {
		return nil, fmt.Errorf("period: %w", err)
	}
	e := &claims.Entity{ID: r.ID, Kind: claims.EntityKind(r.Kind), Name: r.Name, Aliases: r.Aliases,
		PartOf: r.PartOf, StandsFor: r.StandsFor, Period: p, Place: r.Place, Note: r.Note}
	if r.Citation != nil {
		c, err := r.Citation.citation()
		if err != nil {
			return nil, err
		}
		e.Citation = &c
	}
	return e, nil
}

type roleRecord struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

func (r *roleRecord) role() (*claims.Role, error) {
	if err := required("id", r.ID, "name", r.Name); err != nil {
		return nil, err
	}
	return &claims.Role{ID: r.ID, Name: r.Name, Aliases: r.Aliases}, nil
}

type tenureRecord struct {
	ID       string          `json:"id"`
	Person   string          `json:"person"`
	Role     string          `json:"role"`
	Country  string          `json:"country"`
	Start    string          `json:"start"`
	End      string          `json:"end"`
	Note     string          `json:"note"`
	Citation *citationRecord `json:"citation"`
}

func (r *tenureRecord) tenure() (*claims.Tenure, error) {
	if err := required("id", r.ID, "person", r.Person, "role", r.Role, "country", r.Country, "start", r.Start); err != nil {
		return nil, err
	}
	if r.Citation == nil {
		return nil, errors.New("missing citation")
	}
	cit, err := r.Citation.citation()
	if err != nil {
		return nil, err
	}
	t := &claims.Tenure{ID: r.ID, Person: r.Person, Role: r.Role, Country: r.Country, Note: r.Note, Citation: cit}
	if t.Start, t.StartPrecision, err = parseDate(r.Start); err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	if r.End != "" {
		if t.End, t.EndPrecision, err = parseDate(r.End); err != nil {
			return nil, fmt.Errorf("end: %w", err)
		}
	}
	return t, nil
}

// required takes name, value pairs and reports the first empty value.
func required(pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			return fmt.Errorf("missing %s", pairs[i])
		}
	}
	return nil
}
