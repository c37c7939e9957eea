// Package reader reads an English statement the way a careful fact-checker
// does before looking anything up: it splits the statement into clauses and
// finds, in each, the entities (through their aliases), offices, dates,
// numbers, negation, hedges, certainty markers, named sources and the
// remaining content words as lemmas.
//
// The reader knows no article. What it knows about the world comes from a
// Gazetteer built from the corpus's entities and roles, and what it knows
// about English from a Lexicon (WordNet-derived, see claims/lexicon) and
// the small closed-class word lists in words.go.
//
// The same reader reads stored claims' canonical statements, so a statement
// and the claims it is checked against are compared in one representation.
package reader
