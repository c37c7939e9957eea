package checker

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/reader"
)

// runAudit finds what is wrong inside the stored documents by general rules
// over claims and reference facts:
//
//   - wrong office: a claim gives a person an office the tenures say they
//     did not hold at the claim's time;
//   - conflicting claims: two claims of one document give one office at
//     overlapping times to different people;
//   - attribution drift: a source cited in the singular becomes plural in a
//     later claim relayed by the same outlet;
//   - unfulfilled expectation: a hedged claim placed an event somewhere the
//     event's reference record says it did not happen.
//
// It returns the findings, most severe first, and for each claim id the
// findings whose error that claim carries, directly or through a claim it
// takes its subject from.
func (e *Engine) runAudit() ([]claims.Inconsistency, map[string][]int) {
	var out []claims.Inconsistency
	out = append(out, e.auditOffices()...)
	out = append(out, e.auditDocumentOffices()...)
	out = append(out, e.auditAttribution()...)
	out = append(out, e.auditExpectations()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	carriers := make(map[string][]int)
	for i, in := range out {
		if in.Severity < claims.SeverityHigh {
			continue // only factual errors travel with the claims that carry them
		}
		for _, x := range in.Involved {
			carriers[x.ID] = append(carriers[x.ID], i)
			for _, dep := range e.dependents[x.ID] {
				carriers[dep] = append(carriers[dep], i)
			}
		}
	}
	return out, carriers
}

// officeClaim is an office a claim gives a person, at the claim's time.
type officeClaim struct {
	f      *features
	office reader.Office
	at     time.Time
}

func (e *Engine) officeClaims() []officeClaim {
	var out []officeClaim
	for _, f := range e.features {
		seen := make(map[string]bool)
		for _, o := range f.offices {
			key := o.Person + "/" + o.Role + "/" + o.Country
			if o.Person == "" || seen[key] {
				continue
			}
			seen[key] = true
			at := f.claim.Time.Start
			if at.IsZero() && f.doc != nil {
				at = f.doc.Published
			}
			out = append(out, officeClaim{f: f, office: o, at: at})
		}
	}
	return out
}

// holds reports whether reference facts say the person held the office at
// the moment (or one it names: "Chairman X" for the chairman of a
// commission), and whether they know anything of the person at all.
func (e *Engine) holds(o reader.Office, at time.Time) (held, everHeld, known bool) {
	for _, t := range e.corpus.TenuresOf(o.Person) {
		known = true
		if (t.Role == o.Role || e.headOf(t.Role, o.Role)) && (o.Country == "" || t.Country == o.Country) {
			everHeld = true
			if t.Holds(at) {
				held = true
			}
		}
	}
	return held, everHeld, known
}

func (e *Engine) auditOffices() []claims.Inconsistency {
	var out []claims.Inconsistency
	ocs := e.officeClaims()
	sameOffice := make(map[[3]string][]officeClaim) // document, role, country → the claims giving that office
	for _, oc := range ocs {
		k := [3]string{oc.f.claim.DocumentID, oc.office.Role, oc.office.Country}
		sameOffice[k] = append(sameOffice[k], oc)
	}
	for _, oc := range ocs {
		held, everHeld, known := e.holds(oc.office, oc.at)
		if held || !known {
			continue
		}
		o := oc.office
		name := e.world.name(o.Person)
		stated := e.officeName(o.Role, o.Country)
		var correction []claims.Evidence
		var right []string
		for _, t := range e.corpus.TenuresOf(o.Person) {
			if t.Holds(oc.at) {
				correction = append(correction, e.tenureEvidence(t, claims.StanceRefutes))
				right = append(right, e.officeName(t.Role, t.Country))
			}
		}
		var holders []string
		for _, t := range e.world.tenuresOfRole(o.Role, o.Country) {
			if t.Holds(oc.at) {
				correction = append(correction, e.tenureEvidence(t, claims.StanceRefutes))
				holders = append(holders, e.world.name(t.Person))
			}
		}
		correct := "no office on record"
		if len(right) > 0 {
			correct = right[0]
		}
		kind, id, sev := claims.InconsistencyWrongOffice, "wrong-office/", claims.SeverityHigh
		msg := fmt.Sprintf("The document calls %s %s (%s), but the reference facts say %s held %s then",
			name, stated, oc.at.Format("2006"), lastName(name), correct)
		if everHeld {
			// A real office at the wrong time is outdated (the labelling
			// guide's rule): say when it was held. It is as much a factual
			// error of the document as an office never held, so it travels
			// with the claims that carry it.
			kind, id = claims.InconsistencyOutdated, "outdated/"
			spells := tenureSpells(e.corpus.TenuresOf(o.Person), func(t *claims.Tenure) bool {
				return t.Role == o.Role && (o.Country == "" || t.Country == o.Country)
			})
			msg = fmt.Sprintf("The document calls %s %s (%s), but %s held that office %s",
				name, stated, oc.at.Format("2006"), lastName(name), spells)
		}
		if len(holders) > 0 {
			msg += fmt.Sprintf("; %s held it then", strings.Join(holders, " and "))
		}
		out = append(out, claims.Inconsistency{
			ID: id + oc.f.claim.ID, Kind: kind, Severity: sev,
			Message: msg + ".", EntityID: o.Person, EntityName: name, Stated: stated, Correct: correct,
			Involved:   []claims.Evidence{e.claimEvidence(oc.f, claims.StanceUnspecified)},
			Correction: correction,
		})
		out = append(out, e.conflictsWith(oc, sameOffice[[3]string{oc.f.claim.DocumentID, o.Role, o.Country}])...)
	}
	return out
}

// auditDocumentOffices finds, for people no reference fact lists, an
// office a document gives someone that the same document gives another
// person elsewhere, while it gives the first person another office of that
// country: a slip the document itself shows, as the guide's Lavrov, made
// defence minister while the article names Shoigu so. Only offices one
// person holds at a time count (singleHolder), and none the document gives
// as former or given up.
func (e *Engine) auditDocumentOffices() []claims.Inconsistency {
	var out []claims.Inconsistency
	ocs := e.officeClaims()
	current := func(oc officeClaim) bool {
		return oc.f.doc != nil && !oc.office.Former && !oc.office.Left && oc.office.Country != ""
	}
	for _, oc := range ocs {
		o := oc.office
		if _, _, known := e.holds(o, oc.at); known || !current(oc) || !e.singleHolder(o.Role) {
			continue
		}
		var holder, other *officeClaim
		for i := range ocs {
			x := &ocs[i]
			if x.f.claim.DocumentID != oc.f.claim.DocumentID || !current(*x) || x.office.Country != o.Country {
				continue
			}
			switch {
			case holder == nil && x.office.Role == o.Role && x.office.Person != o.Person:
				holder = x
			case other == nil && x.office.Person == o.Person && !e.roleWithin(x.office.Role, o.Role) && !e.roleWithin(o.Role, x.office.Role):
				other = x
			}
		}
		if holder == nil || other == nil {
			continue
		}
		name, stated := e.world.name(o.Person), e.officeName(o.Role, o.Country)
		correct := e.officeName(other.office.Role, other.office.Country)
		out = append(out, claims.Inconsistency{
			ID: "document-office/" + oc.f.claim.ID + "/" + o.Person, Kind: claims.InconsistencyWrongOffice, Severity: claims.SeverityHigh,
			Message: fmt.Sprintf("The document calls %s %s, but it names %s %s and calls %s %s elsewhere.",
				name, stated, e.world.name(holder.office.Person), stated, lastName(name), correct),
			EntityID: o.Person, EntityName: name, Stated: stated, Correct: correct,
			Involved: []claims.Evidence{e.claimEvidence(oc.f, claims.StanceUnspecified)},
			Correction: []claims.Evidence{
				e.claimEvidence(holder.f, claims.StanceRefutes),
				e.claimEvidence(other.f, claims.StanceRefutes),
			},
		})
	}
	return out
}

// conflictsWith reports other claims of the same document that give the
// same office, at a time one tenure spans with the first, to someone else.
func (e *Engine) conflictsWith(wrong officeClaim, all []officeClaim) []claims.Inconsistency {
	var out []claims.Inconsistency
	o := wrong.office
	for _, other := range all {
		p := other.office
		if other.f == wrong.f || other.f.claim.DocumentID != wrong.f.claim.DocumentID ||
			p.Role != o.Role || p.Country != o.Country || p.Person == o.Person {
			continue
		}
		t := e.tenureSpanning(p, wrong.at, other.at)
		if t == nil {
			continue
		}
		name, holder := e.world.name(o.Person), e.world.name(p.Person)
		office := e.officeName(o.Role, o.Country)
		out = append(out, claims.Inconsistency{
			ID:       "conflicting-claims/" + wrong.f.claim.ID + "/" + other.f.claim.ID,
			Kind:     claims.InconsistencyConflicting,
			Severity: claims.SeverityHigh,
			Message: fmt.Sprintf("The document names both %s and %s as %s, but one person held that office over both dates: %s.",
				name, holder, office, strings.TrimSuffix(e.tenureEvidence(t, claims.StanceSupports).Text, ".")),
			EntityID: o.Person, EntityName: name, Stated: office, Correct: holder + " (" + office + ")",
			Involved: []claims.Evidence{e.claimEvidence(wrong.f, claims.StanceUnspecified)},
			Correction: []claims.Evidence{
				e.claimEvidence(other.f, claims.StanceSupports),
				e.tenureEvidence(t, claims.StanceSupports),
			},
		})
	}
	return out
}

// tenureSpanning returns the tenure of o's holder that covers both moments.
func (e *Engine) tenureSpanning(o reader.Office, a, b time.Time) *claims.Tenure {
	for _, t := range e.corpus.TenuresOf(o.Person) {
		if t.Role == o.Role && t.Country == o.Country && t.Holds(a) && t.Holds(b) {
			return t
		}
	}
	return nil
}

func lastName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// auditAttribution finds sources that change number between claims
// relayed by the same outlet: "a US official" becoming "the officials".
func (e *Engine) auditAttribution() []claims.Inconsistency {
	var out []claims.Inconsistency
	for _, d := range e.corpus.Documents {
		var earlier []*claims.Claim
		for _, cl := range e.corpus.ClaimsOf(d.ID) {
			for _, src := range cl.Attribution {
				if src.Kind != claims.SourceOfficial || !plural(src.Name) {
					continue
				}
				if prev := singularSource(earlier, src, cl.Attribution); prev != nil {
					out = append(out, claims.Inconsistency{
						ID: "attribution-drift/" + cl.ID, Kind: claims.InconsistencyAttribution, Severity: claims.SeverityLow,
						Message: fmt.Sprintf("The document cites %q and later %q for the same report: one source has become several.",
							sourceName(prev), src.Name),
						EntityName: src.Name, Stated: src.Name, Correct: sourceName(prev),
						Involved:   []claims.Evidence{e.claimEvidence(e.featuresByID(cl.ID), claims.StanceUnspecified)},
						Correction: []claims.Evidence{e.claimEvidence(e.featuresByID(prev.ID), claims.StanceUnspecified)},
					})
				}
			}
			earlier = append(earlier, cl)
		}
	}
	return out
}

func plural(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && strings.HasSuffix(f[len(f)-1], "s")
}

func sourceName(cl *claims.Claim) string {
	for _, s := range cl.Attribution {
		if s.Kind == claims.SourceOfficial {
			return s.Name
		}
	}
	return ""
}

// singularSource returns the latest earlier claim that cites a single
// source of the same kind through the same outlets.
func singularSource(earlier []*claims.Claim, src claims.Source, chain claims.Attribution) *claims.Claim {
	for i := len(earlier) - 1; i >= 0; i-- {
		for _, s := range earlier[i].Attribution {
			if s.Kind == src.Kind && !plural(s.Name) && sameOutlets(earlier[i].Attribution, chain) {
				return earlier[i]
			}
		}
	}
	return nil
}

func sameOutlets(a, b claims.Attribution) bool {
	outlets := func(x claims.Attribution) string {
		var n []string
		for _, s := range x {
			if s.Kind == claims.SourceOutlet {
				n = append(n, strings.ToLower(s.Name))
			}
		}
		return strings.Join(n, ",")
	}
	return outlets(a) != "" && outlets(a) == outlets(b)
}

// auditExpectations finds hedged claims that placed an event somewhere its
// reference record says it did not happen.
func (e *Engine) auditExpectations() []claims.Inconsistency {
	var out []claims.Inconsistency
	for _, f := range e.features {
		cl := f.claim
		if cl.Hedge.Firm() || cl.Structure.Place == "" {
			continue
		}
		for _, id := range cl.Structure.Subjects {
			ev := e.world.entity(id)
			if ev == nil || ev.Kind != claims.KindEvent || ev.Place == "" {
				continue
			}
			if e.world.relate(cl.Structure.Place, ev.Place, false) != relSibling {
				continue
			}
			out = append(out, claims.Inconsistency{
				ID: "unfulfilled/" + cl.ID, Kind: claims.InconsistencyUnfulfilled, Severity: claims.SeverityLow,
				Message: fmt.Sprintf("The document expected %s in %s (%s); it took place in %s.",
					ev.Name, e.world.name(cl.Structure.Place), hedgeAdjective(cl.Hedge), e.placeText(ev.Place)),
				EntityID: ev.ID, EntityName: ev.Name, Stated: e.world.name(cl.Structure.Place), Correct: e.placeText(ev.Place),
				Involved:   []claims.Evidence{e.claimEvidence(f, claims.StanceUnspecified)},
				Correction: []claims.Evidence{e.eventEvidence(ev, claims.StanceRefutes)},
			})
		}
	}
	return out
}

func (e *Engine) featuresByID(id string) *features { return e.byID[id] }
