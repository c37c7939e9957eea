// Package checker is the checking engine: it implements claims.Service over
// an in-memory corpus.
//
// A check reads the statement into clauses (claims/reader), finds candidate
// claims through an inverted index of entities and word stems, and aligns
// each clause with each candidate unit by unit: entities through aliases,
// containment and metonymy; words through WordNet synonymy, hypernymy,
// antonymy and co-hyponymy; dates, numbers, places, sources, negation and
// hedges by their own rules. Offices are decided by reference facts
// (tenures) at the moment the statement is read at, events' dates and
// places by the events' reference records. A clause is SUPPORTED when every
// unit is covered, CONTRADICTED when a unit conflicts with evidence about
// the same thing, NOT_ENOUGH_INFO otherwise; the statement takes the worst
// of its clauses (see ../../../shared/eval/GUIDE.md for the policy).
//
// The engine also audits the stored documents (Inconsistencies): offices
// the reference facts disprove, claims that cannot both hold, attributions
// that drift, expectations that events proved wrong.
package checker
