// Package postgres keeps the documents created at run time in PostgreSQL
// (a claims.DocumentStore), so that several replicas of the daemon share
// them. It talks to the database through pgx.
//
// Open applies the embedded migrations (migrations/*.sql, in name order)
// that the database lacks, each in its own transaction, recording each in
// the table factcheck_schema_migrations; a transaction-level advisory lock
// keeps replicas that start together from applying one twice. Every write
// commits with a NOTIFY on the channel factcheck_documents, whose payload
// names the schema and the writing Store; Changes LISTENs on a connection
// of its own and reports the writes of other Stores on the same schema, so
// each replica rebuilds its engine within moments of a write elsewhere.
// After the listening connection is lost it reconnects and reports a
// change, since notifications sent meanwhile are lost.
//
// Tables live in the connection's search_path schema (add
// ?search_path=NAME to the URL to use one other than public).
package postgres
