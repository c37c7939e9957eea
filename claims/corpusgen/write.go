package corpusgen

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// The JSON records of corpus/SCHEMA.md, as the generator writes them.
type (
	section struct {
		Name  string `json:"name"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	document struct {
		ID        string    `json:"id"`
		Publisher string    `json:"publisher"`
		Headline  string    `json:"headline"`
		Published string    `json:"published"`
		DateNote  string    `json:"date_note"`
		Language  string    `json:"language"`
		Text      string    `json:"text"`
		Sections  []section `json:"sections"`
	}
	period struct {
		Start string `json:"start"`
		End   string `json:"end,omitempty"`
	}
	number struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
		Text  string  `json:"text"`
	}
	office struct {
		Person  string `json:"person"`
		Role    string `json:"role"`
		Country string `json:"country"`
	}
	source struct {
		Name   string `json:"name"`
		Kind   string `json:"kind"`
		Entity string `json:"entity,omitempty"`
	}
	claim struct {
		ID          string   `json:"id"`
		Document    string   `json:"document"`
		Section     string   `json:"section"`
		Statement   string   `json:"statement"`
		Quote       string   `json:"quote"`
		Start       int      `json:"start"`
		End         int      `json:"end"`
		Subjects    []string `json:"subjects"`
		Predicate   string   `json:"predicate"`
		Objects     []string `json:"objects,omitempty"`
		Place       string   `json:"place,omitempty"`
		Numbers     []number `json:"numbers,omitempty"`
		Office      *office  `json:"office,omitempty"`
		Manner      string   `json:"manner,omitempty"`
		Negated     bool     `json:"negated,omitempty"`
		Hedge       string   `json:"hedge"`
		Attribution []source `json:"attribution,omitempty"`
		Time        *period  `json:"time,omitempty"`
	}
	citation struct {
		Title     string `json:"title"`
		Publisher string `json:"publisher"`
		URL       string `json:"url"`
		Accessed  string `json:"accessed"`
	}
	entity struct {
		ID        string    `json:"id"`
		Kind      string    `json:"kind"`
		Name      string    `json:"name"`
		Aliases   []string  `json:"aliases,omitempty"`
		PartOf    []string  `json:"part_of,omitempty"`
		StandsFor []string  `json:"stands_for,omitempty"`
		Period    *period   `json:"period,omitempty"`
		Place     string    `json:"place,omitempty"`
		Citation  *citation `json:"citation,omitempty"`
	}
	role struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases,omitempty"`
	}
	tenure struct {
		ID       string   `json:"id"`
		Person   string   `json:"person"`
		Role     string   `json:"role"`
		Country  string   `json:"country"`
		Start    string   `json:"start"`
		End      string   `json:"end,omitempty"`
		Citation citation `json:"citation"`
	}
)

// WriteDir writes the corpus into dir in the layout claims/jsonl reads:
// documents.jsonl, documents/<id>.txt, claims.jsonl, entities.jsonl,
// roles.jsonl and tenures.jsonl.
func (g *Corpus) WriteDir(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "documents"), 0o755); err != nil {
		return err
	}
	err := writeLines(filepath.Join(dir, "documents.jsonl"), g.Documents, func(d *claims.Document) any {
		r := document{ID: d.ID, Publisher: d.Publisher, Headline: d.Headline, Published: dateOf(d.Published, claims.PrecisionDay),
			DateNote: d.DateNote, Language: d.Language, Text: "documents/" + d.ID + ".txt"}
		for _, s := range d.Sections {
			r.Sections = append(r.Sections, section{s.Name, s.Span.Start, s.Span.End})
		}
		return r
	})
	if err != nil {
		return err
	}
	for _, d := range g.Documents {
		if err := os.WriteFile(filepath.Join(dir, "documents", d.ID+".txt"), []byte(d.Text), 0o644); err != nil {
			return err
		}
	}
	err = writeLines(filepath.Join(dir, "claims.jsonl"), g.Claims, func(c *claims.Claim) any {
		st := c.Structure
		r := claim{ID: c.ID, Document: c.DocumentID, Section: c.Section, Statement: c.Statement, Quote: c.Quote,
			Start: c.Span.Start, End: c.Span.End, Subjects: st.Subjects, Predicate: st.Predicate, Objects: st.Objects,
			Place: st.Place, Manner: st.Manner, Negated: st.Negated, Hedge: c.Hedge.String(), Time: periodOf(c.Time)}
		for _, n := range st.Numbers {
			r.Numbers = append(r.Numbers, number{n.Value, n.Unit, n.Text})
		}
		if o := st.Office; o != nil {
			r.Office = &office{o.Person, o.Role, o.Country}
		}
		for _, s := range c.Attribution {
			r.Attribution = append(r.Attribution, source{s.Name, string(s.Kind), s.EntityID})
		}
		return r
	})
	if err != nil {
		return err
	}
	err = writeLines(filepath.Join(dir, "entities.jsonl"), g.Entities, func(e *claims.Entity) any {
		r := entity{ID: e.ID, Kind: string(e.Kind), Name: e.Name, Aliases: e.Aliases, PartOf: e.PartOf,
			StandsFor: e.StandsFor, Period: periodOf(e.Period), Place: e.Place}
		if e.Citation != nil {
			c := citationOf(*e.Citation)
			r.Citation = &c
		}
		return r
	})
	if err != nil {
		return err
	}
	err = writeLines(filepath.Join(dir, "roles.jsonl"), g.Roles, func(r *claims.Role) any {
		return role{r.ID, r.Name, r.Aliases}
	})
	if err != nil {
		return err
	}
	return writeLines(filepath.Join(dir, "tenures.jsonl"), g.Tenures, func(t *claims.Tenure) any {
		r := tenure{ID: t.ID, Person: t.Person, Role: t.Role, Country: t.Country,
			Start: dateOf(t.Start, t.StartPrecision), Citation: citationOf(t.Citation)}
		if !t.End.IsZero() {
			r.End = dateOf(t.End, t.EndPrecision)
		}
		return r
	})
}

func writeLines[T any](path string, xs []T, rec func(T) any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range xs {
		if err := enc.Encode(rec(x)); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// dateOf writes a date at its precision: "2019", "2019-04", "2019-04-25".
func dateOf(t time.Time, p claims.Precision) string {
	switch p {
	case claims.PrecisionYear:
		return t.Format("2006")
	case claims.PrecisionMonth:
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

func periodOf(p claims.Period) *period {
	if p.IsZero() {
		return nil
	}
	r := &period{Start: dateOf(p.Start, p.Precision)}
	if end := dateOf(p.End, p.Precision); !p.End.IsZero() && end != r.Start {
		r.End = end
	}
	return r
}

func citationOf(c claims.Citation) citation {
	return citation{c.Title, c.Publisher, c.URL, dateOf(c.Accessed, claims.PrecisionDay)}
}
