// Package corpus ships the bundled corpus: the article text and the JSON Lines
// files of claims, entities, roles and tenures drawn from it (see SCHEMA.md).
//
// The files are data, not code: they are reviewed like any other change and
// read by claims/jsonl, which checks every record and every cross-reference.
// The server uses FS as its default corpus; a directory laid out the same way
// can be loaded instead with os.DirFS.
package corpus

import "embed"

// FS holds the corpus files at its root: documents.jsonl, claims.jsonl,
// entities.jsonl, roles.jsonl, tenures.jsonl and the documents/ texts. Pass it
// to jsonl.Load.
//
//go:embed documents.jsonl claims.jsonl entities.jsonl roles.jsonl tenures.jsonl documents
var FS embed.FS
