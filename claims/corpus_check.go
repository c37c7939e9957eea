package claims

import "strings"

// check verifies every record's fields and cross-references once the id
// maps are built.
func (c *Corpus) check() error {
	for i, d := range c.Documents {
		if err := c.checkDocument(i, d); err != nil {
			return err
		}
	}
	for i, e := range c.Entities {
		if err := c.checkEntity(i, e); err != nil {
			return err
		}
	}
	for i, r := range c.Roles {
		if strings.TrimSpace(r.Name) == "" {
			return fault(ListRoles, i, r.ID, "missing name")
		}
	}
	for i, t := range c.Tenures {
		if err := c.checkTenure(i, t); err != nil {
			return err
		}
	}
	for i, cl := range c.Claims {
		if err := c.checkClaim(i, cl); err != nil {
			return err
		}
	}
	return nil
}

var sectionNames = map[string]bool{
	SectionHeadline: true, SectionSubtitle: true, SectionCaption: true,
	SectionBody: true, SectionBoilerplate: true,
}

func (c *Corpus) checkDocument(i int, d *Document) error {
	switch {
	case d.Text == "":
		return fault(ListDocuments, i, d.ID, "empty text")
	case d.Publisher == "":
		return fault(ListDocuments, i, d.ID, "missing publisher")
	case d.Published.IsZero():
		return fault(ListDocuments, i, d.ID, "missing publication date")
	case d.Language == "":
		return fault(ListDocuments, i, d.ID, "missing language")
	}
	end := 0
	for _, s := range d.Sections {
		if !sectionNames[s.Name] {
			return fault(ListDocuments, i, d.ID, "unknown section name %q", s.Name)
		}
		if err := spanFault(d.Text, s.Span); err != "" {
			return fault(ListDocuments, i, d.ID, "section %q: %s", s.Name, err)
		}
		if s.Span.Start < end {
			return fault(ListDocuments, i, d.ID, "section %q at %d overlaps or precedes the previous one", s.Name, s.Span.Start)
		}
		end = s.Span.End
		if s.Name == SectionHeadline && d.Headline != "" && d.Text[s.Span.Start:s.Span.End] != d.Headline {
			return fault(ListDocuments, i, d.ID, "headline %q differs from the headline section %q", d.Headline, d.Text[s.Span.Start:s.Span.End])
		}
	}
	return nil
}

// spanFault says what is wrong with s as a span of text, or "".
func spanFault(text string, s Span) string {
	switch {
	case !s.Valid(len(text)):
		return "span " + s.String() + " outside the text"
	case !boundary(text, s.Start) || !boundary(text, s.End):
		return "span " + s.String() + " not on UTF-8 boundaries"
	}
	return ""
}

var entityKinds = map[EntityKind]bool{
	KindPerson: true, KindCountry: true, KindCity: true, KindRegion: true, KindPlace: true,
	KindOrganisation: true, KindOutlet: true, KindEvent: true, KindGroup: true,
}

func (c *Corpus) checkEntity(i int, e *Entity) error {
	if !entityKinds[e.Kind] {
		return fault(ListEntities, i, e.ID, "unknown kind %q", e.Kind)
	}
	if strings.TrimSpace(e.Name) == "" {
		return fault(ListEntities, i, e.ID, "missing name")
	}
	for _, field := range []struct {
		name string
		ids  []string
	}{{"part_of", e.PartOf}, {"stands_for", e.StandsFor}} {
		for _, id := range field.ids {
			if _, ok := c.entities[id]; !ok {
				return fault(ListEntities, i, e.ID, "unknown entity %q in %s", id, field.name)
			}
			if id == e.ID {
				return fault(ListEntities, i, e.ID, "%s names the entity itself", field.name)
			}
		}
	}
	if msg := periodFault(e.Period); msg != "" {
		return fault(ListEntities, i, e.ID, "period: %s", msg)
	}
	if e.Place != "" {
		if msg := c.placeFault(e.Place); msg != "" {
			return fault(ListEntities, i, e.ID, "place: %s", msg)
		}
	}
	if e.Citation != nil {
		if msg := citationFault(*e.Citation); msg != "" {
			return fault(ListEntities, i, e.ID, "citation: %s", msg)
		}
	}
	if e.Kind == KindEvent {
		switch {
		case e.Period.IsZero():
			return fault(ListEntities, i, e.ID, "event without period")
		case e.Place == "":
			return fault(ListEntities, i, e.ID, "event without place")
		case e.Citation == nil:
			return fault(ListEntities, i, e.ID, "event without citation")
		}
	}
	return nil
}

// periodFault says what is wrong with p, or "".
func periodFault(p Period) string {
	switch {
	case p.IsZero():
		if !p.Start.IsZero() || !p.End.IsZero() {
			return "dates without precision"
		}
	case p.Start.IsZero():
		return "missing start"
	case !p.End.IsZero() && p.End.Before(p.Start):
		return "ends " + p.End.Format(dateLayout) + " before it starts " + p.Start.Format(dateLayout)
	}
	return ""
}

const dateLayout = "2006-01-02"

func citationFault(c Citation) string {
	switch {
	case c.Title == "":
		return "missing title"
	case c.Publisher == "":
		return "missing publisher"
	case c.URL == "":
		return "missing url"
	case c.Accessed.IsZero():
		return "missing access date"
	}
	return ""
}

// placeFault says why id cannot be a place, or "".
func (c *Corpus) placeFault(id string) string {
	e, ok := c.entities[id]
	switch {
	case !ok:
		return "unknown entity \"" + id + "\""
	case !e.Kind.Locational():
		return "entity \"" + id + "\" is a " + string(e.Kind) + ", not a place"
	}
	return ""
}

func (c *Corpus) checkTenure(i int, t *Tenure) error {
	if p, ok := c.entities[t.Person]; !ok {
		return fault(ListTenures, i, t.ID, "unknown entity %q in person", t.Person)
	} else if p.Kind != KindPerson {
		return fault(ListTenures, i, t.ID, "person %q is a %s", t.Person, p.Kind)
	}
	if _, ok := c.roles[t.Role]; !ok {
		return fault(ListTenures, i, t.ID, "unknown role %q", t.Role)
	}
	if k, ok := c.entities[t.Country]; !ok {
		return fault(ListTenures, i, t.ID, "unknown entity %q in country", t.Country)
	} else if k.Kind != KindCountry && k.Kind != KindRegion && k.Kind != KindOrganisation {
		return fault(ListTenures, i, t.ID, "country %q is a %s", t.Country, k.Kind)
	}
	switch {
	case t.Start.IsZero():
		return fault(ListTenures, i, t.ID, "missing start")
	case !t.End.IsZero() && !t.End.After(t.Start):
		return fault(ListTenures, i, t.ID, "ends %s, not after it starts %s", t.End.Format(dateLayout), t.Start.Format(dateLayout))
	}
	if msg := citationFault(t.Citation); msg != "" {
		return fault(ListTenures, i, t.ID, "citation: %s", msg)
	}
	return nil
}

var sourceKinds = map[SourceKind]bool{
	SourceOutlet: true, SourceOfficial: true, SourcePerson: true, SourceAnonymous: true, SourceExperts: true,
}

func (c *Corpus) checkClaim(i int, cl *Claim) error {
	bad := func(format string, args ...any) error { return fault(ListClaims, i, cl.ID, format, args...) }
	d, ok := c.documents[cl.DocumentID]
	if !ok {
		return bad("unknown document %q", cl.DocumentID)
	}
	if strings.TrimSpace(cl.Statement) == "" {
		return bad("empty statement")
	}
	if msg := spanFault(d.Text, cl.Span); msg != "" {
		return bad("%s", msg)
	}
	if got := d.Text[cl.Span.Start:cl.Span.End]; got != cl.Quote {
		return bad("quote %q differs from the text at %s: %q", cl.Quote, cl.Span, got)
	}
	if cl.Span.Len() == 0 {
		return bad("empty span")
	}
	if len(d.Sections) > 0 {
		sec, ok := d.SectionOf(cl.Span)
		switch {
		case !ok:
			return bad("span %s crosses a section boundary", cl.Span)
		case sec.Name == SectionBoilerplate:
			return bad("claim drawn from boilerplate at %s", cl.Span)
		case sec.Name != cl.Section:
			return bad("section %q, but the span lies in %q", cl.Section, sec.Name)
		}
	} else if !sectionNames[cl.Section] {
		return bad("unknown section %q", cl.Section)
	}
	if err := c.checkStructure(cl.Structure, cl.Drawn, bad); err != nil {
		return err
	}
	if cl.Hedge <= HedgeUnspecified || cl.Hedge > HedgeSpeculation {
		return bad("missing hedge")
	}
	for _, s := range cl.Attribution {
		if strings.TrimSpace(s.Name) == "" {
			return bad("attribution source without name")
		}
		if !sourceKinds[s.Kind] {
			return bad("unknown source kind %q in attribution", s.Kind)
		}
		if _, ok := c.entities[s.EntityID]; s.EntityID != "" && !ok {
			return bad("unknown entity %q in attribution", s.EntityID)
		}
	}
	if msg := periodFault(cl.Time); msg != "" {
		return bad("time: %s", msg)
	}
	return nil
}

func (c *Corpus) checkStructure(s Structure, drawn bool, bad func(string, ...any) error) error {
	if len(s.Subjects) == 0 && !drawn {
		return bad("no subjects")
	}
	for _, id := range s.Subjects {
		if _, ok := c.entities[id]; !ok {
			return bad("unknown entity %q in subjects", id)
		}
	}
	if strings.TrimSpace(s.Predicate) == "" {
		return bad("missing predicate")
	}
	for _, o := range s.Objects {
		if _, ok := c.entities[o]; !ok && LooksLikeID(o) {
			return bad("unknown entity %q in objects", o)
		}
	}
	if s.Place != "" {
		if msg := c.placeFault(s.Place); msg != "" {
			return bad("place: %s", msg)
		}
	}
	if o := s.Office; o != nil {
		if p, ok := c.entities[o.Person]; !ok || p.Kind != KindPerson {
			return bad("unknown person %q in office", o.Person)
		}
		if _, ok := c.roles[o.Role]; !ok {
			return bad("unknown role %q in office", o.Role)
		}
		if _, ok := c.entities[o.Country]; !ok {
			return bad("unknown entity %q in office country", o.Country)
		}
	}
	return nil
}

// LooksLikeID reports whether a claim object is meant as an entity id rather
// than a plain term: one token of lower-case words joined by '-'. Plain terms
// that need a hyphen contain a space ("anti-west coalition").
func LooksLikeID(s string) bool {
	return strings.Contains(s, "-") && !strings.Contains(s, " ") && ValidID(s)
}
