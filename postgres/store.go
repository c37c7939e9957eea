package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Channel is the NOTIFY channel writes are announced on.
const Channel = "factcheck_documents"

// Store is a claims.DocumentStore in a PostgreSQL database. It is safe for
// concurrent use.
type Store struct {
	pool     *pgxpool.Pool
	schema   string // the schema the tables are in
	instance string // this Store's id in NOTIFY payloads
	version  int    // the schema version after migration
}

var _ claims.DocumentStore = (*Store)(nil)

// Open connects to the database at url (a postgres:// URL or key=value
// string, as pgx reads it), applies the migrations it lacks and returns
// the Store.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: parse the connection string: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	s := &Store{pool: pool, instance: rand.Text()}
	var schema *string
	if err := pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	if schema == nil {
		pool.Close()
		return nil, errors.New("postgres: no schema of the search_path exists: create it (CREATE SCHEMA name) or name an existing one")
	}
	s.schema = *schema
	if s.version, err = migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// SchemaVersion returns the schema version the database is at.
func (s *Store) SchemaVersion() int { return s.version }

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// payload is what a write of this Store notifies.
func (s *Store) payload() string { return s.schema + " " + s.instance }

// Create implements claims.DocumentStore.
func (s *Store) Create(ctx context.Context, d *claims.Document) (*claims.Document, bool, error) {
	if err := claims.CheckNewDocument(d); err != nil {
		return nil, false, err
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	sum := sha256.Sum256([]byte(d.Text))
	var stored *claims.Document
	created := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO documents (id, publisher, headline, url, published, date_note, language, text, text_sha256)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
			d.ID, d.Publisher, d.Headline, d.URL, d.Published.UTC(), d.DateNote, d.Language, d.Text, sum[:])
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 1 {
			created = true
			_, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, Channel, s.payload())
			return err
		}
		old, err := scanDocument(tx.QueryRow(ctx, selectDocument+` WHERE id = $1`, d.ID))
		if err != nil {
			return err
		}
		stored = old
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("postgres: create %s: %w", d.ID, err)
	}
	if !created {
		if stored.Text != d.Text {
			return nil, false, claims.FieldErrorf(claims.EEXISTS, "document.id", "a document with id %q and other text exists", d.ID)
		}
		return stored, false, nil
	}
	out := *d
	out.Published = d.Published.UTC()
	return &out, true, nil
}

// Delete implements claims.DocumentStore.
func (s *Store) Delete(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	found := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
		if err != nil {
			return err
		}
		if found = tag.RowsAffected() == 1; found {
			_, err = tx.Exec(ctx, `SELECT pg_notify($1, $2)`, Channel, s.payload())
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: delete %s: %w", id, err)
	}
	if !found {
		return claims.FieldErrorf(claims.ENOTFOUND, "id", "no created document with id %q", id)
	}
	return nil
}

const selectDocument = `SELECT id, publisher, headline, url, published, date_note, language, text, text_sha256 FROM documents`

// Documents implements claims.DocumentStore.
func (s *Store) Documents(ctx context.Context) ([]*claims.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, selectDocument+` ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("postgres: list documents: %w", err)
	}
	docs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (*claims.Document, error) { return scanDocument(row) })
	if err != nil {
		return nil, fmt.Errorf("postgres: list documents: %w", err)
	}
	return docs, nil
}

// scanDocument reads one row of selectDocument and checks its text
// against its hash.
func scanDocument(row pgx.Row) (*claims.Document, error) {
	var d claims.Document
	var published time.Time
	var sum []byte
	if err := row.Scan(&d.ID, &d.Publisher, &d.Headline, &d.URL, &published, &d.DateNote, &d.Language, &d.Text, &sum); err != nil {
		return nil, err
	}
	if got := sha256.Sum256([]byte(d.Text)); string(got[:]) != string(sum) {
		return nil, fmt.Errorf("document %s: text does not match its text_sha256", d.ID)
	}
	d.Published = time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	return &d, nil
}

// Changes implements claims.DocumentStore: it listens on Channel and
// reports the writes of other Stores on this schema, until ctx ends.
func (s *Store) Changes(ctx context.Context) <-chan struct{} {
	out := make(chan struct{}, 1)
	go s.listen(ctx, out)
	return out
}

// listen holds one connection LISTENing on Channel, reconnecting after a
// failure; each reconnection also reports a change, for the notifications
// lost while it was down.
func (s *Store) listen(ctx context.Context, out chan<- struct{}) {
	defer close(out)
	signal := func() {
		select {
		case out <- struct{}{}:
		default:
		}
	}
	connected := false
	for ctx.Err() == nil {
		// An error ends the connection; the next round reconnects.
		_ = s.listenOnce(ctx, signal, func() {
			if connected {
				signal() // missed while reconnecting
			}
			connected = true
		})
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

// listenOnce listens on one pooled connection until it fails or ctx ends.
func (s *Store) listenOnce(ctx context.Context, signal, listening func()) error {
	pooled, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection leaves the pool for good: its LISTEN state must not
	// be handed to another caller.
	conn := pooled.Hijack()
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, `LISTEN `+Channel); err != nil {
		return err
	}
	listening()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if schema, instance, ok := cut(n.Payload); ok && schema == s.schema && instance != s.instance {
			signal()
		}
	}
}

func cut(payload string) (schema, instance string, ok bool) {
	i := strings.LastIndexByte(payload, ' ')
	if i < 0 {
		return "", "", false
	}
	return payload[:i], payload[i+1:], true
}
