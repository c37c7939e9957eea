// Package claims is the domain of factcheck: documents, the sourced claims
// they make, the entities those claims are about, reference facts (offices
// held and events) and the outcome of checking a statement against all of
// them.
//
// The package holds types and small pure functions only. Reading corpus files
// lives in claims/jsonl, reading statements in claims/reader, the lexical
// tables in claims/lexicon and the checking engine in claims/checker. Nothing
// here knows about gRPC or generated code: the server package converts at the
// transport boundary.
package claims
