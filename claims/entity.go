package claims

import "time"

// Entity is a person, country, city, organisation, outlet, event or other
// thing that documents name.
type Entity struct {
	ID      string
	Name    string     // the preferred display name
	Kind    EntityKind // what sort of thing it is
	Aliases []string   // other names a writer would use, lower-case matching is the reader's job
	// PartOf lists entities this one lies inside or belongs to:
	// Vladivostok is part of Russia, Bali of Indonesia, G20 2023 of G20.
	PartOf []string
	// StandsFor lists entities this name is used for by metonymy when it is
	// an actor rather than a place: Moscow for Russia, the Kremlin for the
	// Russian government.
	StandsFor []string
	// Period and Place are set for events: when and where they happened.
	Period   Period
	Place    string
	Citation *Citation // the reference for Period and Place, for events
	// Note is a curator's remark, e.g. why an event's date or place is what
	// it is, or why a person not named in any document is in the corpus.
	Note string
}

// EntityKind classifies entities.
type EntityKind string

// Entity kinds.
const (
	KindPerson       EntityKind = "person"
	KindCountry      EntityKind = "country"
	KindCity         EntityKind = "city"
	KindRegion       EntityKind = "region"
	KindPlace        EntityKind = "place" // a building, port, pier
	KindOrganisation EntityKind = "organisation"
	KindOutlet       EntityKind = "outlet"
	KindEvent        EntityKind = "event"
	KindGroup        EntityKind = "group" // "North Korean children", "Western leaders"
)

// Locational reports whether entities of this kind can be where something
// happens.
func (k EntityKind) Locational() bool {
	switch k {
	case KindCountry, KindCity, KindRegion, KindPlace:
		return true
	}
	return false
}

// Role is a kind of office, independent of country and holder: "defence
// minister", "foreign minister", "president", "prime minister".
type Role struct {
	ID      string
	Name    string   // display name, e.g. "Defence Minister"
	Aliases []string // other ways to say it: "defense chief", "minister of defence"
}

// Tenure is a reference fact: a person held a role for a country (or an
// organisation) from Start to End. A zero End means the person still holds it.
type Tenure struct {
	ID      string
	Person  string // entity id
	Role    string // role id
	Country string // entity id of the country or organisation
	Start   time.Time
	End     time.Time
	// StartPrecision and EndPrecision say how finely Start and End are
	// known. PrecisionYear or PrecisionMonth mean the date is the first day
	// of that year or month and the real day is unknown; zero (PrecisionNone)
	// and PrecisionDay both mean exact to the day.
	StartPrecision Precision
	EndPrecision   Precision
	Note           string // e.g. "acting", or why a date is coarse
	Citation       Citation
}

// Holds reports whether the tenure covers the moment t.
func (t Tenure) Holds(at time.Time) bool {
	return !at.Before(t.Start) && (t.End.IsZero() || at.Before(t.End))
}

// Citation names where a reference fact can be checked.
type Citation struct {
	Title     string    // page title
	Publisher string    // e.g. "Government of Russia", "Encyclopaedia Britannica"
	URL       string    // where to read it
	Accessed  time.Time // when it was read
}
