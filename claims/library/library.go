// Package library keeps the served engine in step with the documents
// created at run time: it builds an engine over the corpus loaded at
// start-up plus every document in a claims.DocumentStore, and builds and
// installs a new one after each create or delete, here or (through the
// store's Changes) on another replica. It implements
// claims.DocumentWriter.
//
// Engines are built off to the side and installed whole through the
// publish function (server.SetService swaps one atomic pointer), so calls
// in flight finish on the engine they started with. Builds are coalesced:
// creates that arrive while an engine is being built share the next build,
// so ingestion runs at the pace of the builds, not one build per document.
package library

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// Builder builds the checking engine over a corpus (checker.New).
type Builder func(*claims.Corpus) (claims.Service, error)

// Library is the served corpus with the documents created at run time. It
// is safe for concurrent use.
type Library struct {
	store   claims.DocumentStore
	build   Builder
	publish func(claims.Service)
	logger  *slog.Logger

	mu      sync.Mutex
	base    *claims.Corpus // the corpus loaded at start-up (or the last reload)
	current claims.Service // the engine last built
	asked   uint64         // builds asked for
	built   uint64         // the ask the current engine covers
	lastErr error          // the last build's error, nil after a good one
	done    chan struct{}  // closed and replaced after each build
	kick    chan struct{}  // wakes the build loop
}

var _ claims.DocumentWriter = (*Library)(nil)

// New returns a Library over store that builds engines with build and
// installs each with publish; a nil logger discards. Call Start with the
// corpus loaded at start-up to build the first engine; until then writes
// answer EUNAVAILABLE.
func New(store claims.DocumentStore, build Builder, publish func(claims.Service), logger *slog.Logger) *Library {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Library{store: store, build: build, publish: publish, logger: logger,
		done: make(chan struct{}), kick: make(chan struct{}, 1)}
}

// run builds and publishes the first engine and reports the result to
// ready, then keeps building new ones when asked to or when the store
// reports a change from another process, until ctx ends.
func (l *Library) run(ctx context.Context, ready func(error)) {
	err := l.rebuild(ctx)
	ready(err)
	if err != nil {
		return
	}
	changes := l.store.Changes(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-l.kick:
		case _, ok := <-changes:
			if !ok {
				changes = nil
				continue
			}
			l.mu.Lock()
			l.asked++
			l.mu.Unlock()
		}
		if err := l.rebuild(ctx); err != nil && ctx.Err() == nil {
			l.logger.Error("rebuilding the engine with the created documents failed; the previous one keeps serving", "err", err.Error())
		}
	}
}

// Start builds the first engine over base and the stored documents, then
// runs the build loop in the background until ctx ends. It returns the
// first build's error. Call it once.
func (l *Library) Start(ctx context.Context, base *claims.Corpus) error {
	l.mu.Lock()
	l.base = base
	l.mu.Unlock()
	first := make(chan error, 1)
	go l.run(ctx, func(err error) { first <- err })
	return <-first
}

// SetBase replaces the corpus loaded at start-up (a reload) and waits for
// an engine over it and the stored documents.
func (l *Library) SetBase(ctx context.Context, base *claims.Corpus) error {
	l.mu.Lock()
	l.base = base
	l.mu.Unlock()
	return l.refresh(ctx)
}

// Service returns the engine last built, or nil before the first.
func (l *Library) Service() claims.Service {
	svc, _ := l.snapshot()
	return svc
}

// snapshot returns the engine last built and the base corpus, read
// together.
func (l *Library) snapshot() (claims.Service, *claims.Corpus) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.current, l.base
}

// rebuild builds an engine over the base and every stored document and
// publishes it, marking every ask made before it read the store as done.
func (l *Library) rebuild(ctx context.Context) error {
	l.mu.Lock()
	ask, base := l.asked, l.base
	l.mu.Unlock()
	svc, err := l.buildStored(ctx, base)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lastErr = err
	if err == nil {
		l.current = svc
		l.publish(svc)
	}
	l.built = max(l.built, ask)
	close(l.done)
	l.done = make(chan struct{})
	return err
}

// buildStored builds an engine over base and the documents stored now.
func (l *Library) buildStored(ctx context.Context, base *claims.Corpus) (claims.Service, error) {
	stored, err := l.storedDocuments(ctx)
	if err != nil {
		return nil, err
	}
	return l.buildWith(base, stored, nil)
}

func (l *Library) storedDocuments(ctx context.Context) ([]*claims.Document, error) {
	stored, err := l.store.Documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("read stored documents: %w", err)
	}
	return stored, nil
}

// buildWith builds an engine over base, the stored documents and extra.
// A stored document whose id the base corpus has is left out: the curated
// one wins.
func (l *Library) buildWith(base *claims.Corpus, stored []*claims.Document, extra *claims.Document) (claims.Service, error) {
	docs := append([]*claims.Document(nil), base.Documents...)
	for _, d := range append(stored, extra) {
		if d == nil {
			continue
		}
		if _, dup := base.Document(d.ID); dup {
			l.logger.Warn("a created document has the id of a corpus document; the corpus one is served", "id", d.ID)
			continue
		}
		docs = append(docs, d)
	}
	c, err := claims.NewCorpus(docs, base.Claims, base.Entities, base.Roles, base.Tenures)
	if err != nil {
		return nil, fmt.Errorf("corpus with created documents: %w", err)
	}
	svc, err := l.build(c)
	if err != nil {
		return nil, fmt.Errorf("build engine: %w", err)
	}
	return svc, nil
}

// refresh asks for a build that reads the store after now, and waits for
// it.
func (l *Library) refresh(ctx context.Context) error {
	l.mu.Lock()
	l.asked++
	ask := l.asked
	l.mu.Unlock()
	select {
	case l.kick <- struct{}{}:
	default: // a kick is pending; that build will cover this ask
	}
	for {
		l.mu.Lock()
		built, lastErr, done := l.built, l.lastErr, l.done
		l.mu.Unlock()
		if built >= ask {
			return lastErr
		}
		select {
		case <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// CreateDocument implements claims.DocumentWriter.
func (l *Library) CreateDocument(ctx context.Context, req claims.CreateDocumentRequest) (*claims.CreatedDocument, error) {
	d, err := claims.PrepareNewDocument(req.Document)
	if err != nil {
		return nil, err
	}
	svc, base := l.snapshot()
	if svc == nil {
		return nil, claims.Errorf(claims.EUNAVAILABLE, "the corpus is not loaded yet; retry shortly")
	}
	if old, ok := base.Document(d.ID); ok {
		if old.Text != d.Text {
			return nil, claims.FieldErrorf(claims.EEXISTS, "document.id", "the corpus has a document with id %q and other text", d.ID)
		}
		return l.describe(ctx, svc, old, false)
	}
	if req.ValidateOnly {
		stored, err := l.storedDocuments(ctx)
		if err != nil {
			return nil, err
		}
		for _, s := range stored {
			if s.ID == d.ID {
				if s.Text != d.Text {
					return nil, claims.FieldErrorf(claims.EEXISTS, "document.id", "a document with id %q and other text exists", d.ID)
				}
				return l.describe(ctx, svc, s, false)
			}
		}
		dry, err := l.buildWith(base, stored, d)
		if err != nil {
			return nil, err
		}
		return l.describe(ctx, dry, d, false)
	}
	stored, created, err := l.store.Create(ctx, d)
	if err != nil {
		return nil, err
	}
	// The document is durable now; the caller waits until it is served
	// too, but a caller that gives up does not undo the create.
	if err := l.refresh(context.WithoutCancel(ctx)); err != nil {
		return nil, fmt.Errorf("document %s is stored but the engine could not be rebuilt with it: %w", d.ID, err)
	}
	return l.describe(ctx, l.Service(), stored, created)
}

// describe returns d with its claims and the audit's findings on it, as svc
// serves them.
func (l *Library) describe(ctx context.Context, svc claims.Service, d *claims.Document, created bool) (*claims.CreatedDocument, error) {
	if svc == nil {
		return nil, claims.Errorf(claims.EUNAVAILABLE, "the corpus is not loaded yet; retry shortly")
	}
	cls, _, err := svc.Claims(ctx, claims.ClaimFilter{DocumentID: d.ID})
	if err != nil {
		return nil, fmt.Errorf("claims of %s: %w", d.ID, err)
	}
	ins, _, err := svc.Inconsistencies(ctx, claims.InconsistencyFilter{DocumentID: d.ID})
	if err != nil {
		return nil, fmt.Errorf("audit of %s: %w", d.ID, err)
	}
	return &claims.CreatedDocument{Document: d, Claims: cls, Inconsistencies: ins, Created: created}, nil
}

// DeleteDocument implements claims.DocumentWriter.
func (l *Library) DeleteDocument(ctx context.Context, id string) error {
	svc, base := l.snapshot()
	if svc == nil {
		return claims.Errorf(claims.EUNAVAILABLE, "the corpus is not loaded yet; retry shortly")
	}
	if _, ok := base.Document(id); ok {
		return claims.FieldErrorf(claims.EPRECONDITION, "id", "document %q is part of the corpus loaded at start-up; remove it from the corpus files instead", id)
	}
	if err := l.store.Delete(ctx, id); err != nil {
		return err
	}
	if err := l.refresh(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("document %s is deleted but the engine could not be rebuilt without it: %w", id, err)
	}
	return nil
}
