package claims

import "context"

// DocumentStore keeps the documents added at run time, beside the corpus
// loaded at start-up. A document is durable when Create returns: a crash at
// any moment leaves either the whole document stored or none of it.
// Implementations are safe for concurrent use.
type DocumentStore interface {
	// Create stores d, which CheckNewDocument accepts. When a document with
	// d.ID is already stored with the same text, Create stores nothing and
	// returns the stored one with created false, so a retried create is not
	// a second document; with other text it returns EEXISTS.
	Create(ctx context.Context, d *Document) (stored *Document, created bool, err error)
	// Delete removes the document with the given id, or returns ENOTFOUND.
	Delete(ctx context.Context, id string) error
	// Documents returns every stored document, oldest first.
	Documents(ctx context.Context) ([]*Document, error)
	// Changes returns a channel that receives a value after documents were
	// created or deleted by another process sharing the storage (another
	// replica), until ctx ends; several changes may fold into one value. A
	// store no other process can write returns a nil channel.
	Changes(ctx context.Context) <-chan struct{}
	// Close releases the store.
	Close() error
}
