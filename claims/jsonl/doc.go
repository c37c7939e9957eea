// Package jsonl reads a corpus directory of JSON Lines files into a
// *claims.Corpus, and keeps documents created at run time in a data
// directory of the same form (Store, a claims.DocumentStore).
//
// The layout and every field are described in corpus/SCHEMA.md: one record
// per line in documents.jsonl, claims.jsonl, entities.jsonl, roles.jsonl and
// tenures.jsonl, and each document's text in the file its record names.
// Decoding is strict: unknown fields, trailing data, missing required fields
// and malformed dates are errors, and so is every inconsistency
// claims.NewCorpus finds. Each error is an *Error naming the file and line of
// the faulty record and wrapping a *claims.Error with code ECORPUS, so that
// a reviewer can go straight to the line.
package jsonl
