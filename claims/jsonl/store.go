package jsonl

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// StoreDocumentsDir is the directory of a data directory that holds the
// created documents: for each, its text byte for byte in <id>.txt and its
// record, one line in the form of documents.jsonl, in <id>.json.
const StoreDocumentsDir = "documents"

// Store is a claims.DocumentStore that keeps created documents in a data
// directory, in the corpus's own reviewable form: each document's text in
// documents/<id>.txt and its documents.jsonl record in documents/<id>.json,
// with the text's SHA-256 and a sequence number for the order of creation.
//
// Every write is atomic and durable: a file is written under a temporary
// name, fsynced, renamed into place and the directory fsynced. The text
// goes first and the record last, so the record is the commit point: a
// crash at any moment leaves either the record with its whole text, or no
// record (and at worst a text or temporary file without one, which Open
// removes). Delete removes the record first. One process at a time may
// open a data directory (an exclusive lock on its lock file); all access
// goes through an os.Root, so no name can reach outside it.
type Store struct {
	mu     sync.Mutex // serialises writes; guards docs and seq
	root   *os.Root
	unlock func() error
	docs   []storedDoc // oldest first
	seq    int64       // the highest sequence number used
	closed bool
}

// storedDoc is a stored document and its sequence number.
type storedDoc struct {
	doc *claims.Document
	seq int64
}

// storedRecord is the content of a documents/<id>.json file.
type storedRecord struct {
	documentRecord
	TextSHA256 string `json:"text_sha256"`
	Seq        int64  `json:"seq"`
}

var _ claims.DocumentStore = (*Store)(nil)

// lockFile is the file a Store locks in its data directory.
const lockFile = "lock"

// OpenStore opens the data directory dir, creating it if need be, and
// reads the documents in it. It removes what an interrupted write left
// behind (temporary files, a text without its record). It fails when
// another process has the directory open, or a record is malformed or does
// not match its text.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(path.Join(dir, StoreDocumentsDir), 0o750); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	unlock, err := lockDir(root, lockFile)
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("data directory %s: %w", dir, err)
	}
	s := &Store{root: root, unlock: unlock}
	if err := s.load(); err != nil {
		s.Close()
		return nil, fmt.Errorf("data directory %s: %w", dir, err)
	}
	return s, nil
}

// load reads every record and its text, and clears what interrupted
// writes left.
func (s *Store) load() error {
	entries, err := fs.ReadDir(s.root.FS(), StoreDocumentsDir)
	if err != nil {
		return err
	}
	records := map[string]bool{}
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".json"); ok && e.Type().IsRegular() {
			records[id] = true
		}
	}
	removed := false
	for _, e := range entries {
		name := e.Name()
		id, isText := strings.CutSuffix(name, ".txt")
		switch {
		case strings.Contains(name, ".tmp-"), isText && !records[id]:
			if err := s.root.Remove(path.Join(StoreDocumentsDir, name)); err != nil {
				return fmt.Errorf("remove what an interrupted write left: %w", err)
			}
			removed = true
		case strings.HasSuffix(name, ".json"):
			sd, err := s.read(strings.TrimSuffix(name, ".json"))
			if err != nil {
				return err
			}
			s.docs = append(s.docs, sd)
			s.seq = max(s.seq, sd.seq)
		}
	}
	slices.SortFunc(s.docs, func(a, b storedDoc) int { return int(a.seq - b.seq) })
	if removed {
		return s.syncDir()
	}
	return nil
}

// read reads the record and text of document id.
func (s *Store) read(id string) (storedDoc, error) {
	name := path.Join(StoreDocumentsDir, id+".json")
	raw, _, err := readRegular(context.Background(), s.root, name)
	if err != nil {
		return storedDoc{}, err
	}
	var r storedRecord
	if err := decodeStrict(raw, &r); err != nil {
		return storedDoc{}, wrapAt(name, 1, "malformed record", err)
	}
	if r.ID != id || r.Text != textPath(id) {
		return storedDoc{}, errorAt(name, 1, "record names id %q and text %q, want %q and %q", r.ID, r.Text, id, textPath(id))
	}
	text, _, err := readRegular(context.Background(), s.root, r.Text)
	if err != nil {
		return storedDoc{}, wrapAt(name, 1, "text", err)
	}
	if sum := sha256.Sum256(text); hex.EncodeToString(sum[:]) != r.TextSHA256 {
		return storedDoc{}, errorAt(name, 1, "text %s does not match the record's text_sha256", r.Text)
	}
	d, err := r.document(string(text))
	if err != nil {
		return storedDoc{}, errorAt(name, 1, "%v", err)
	}
	if err := claims.CheckNewDocument(d); err != nil {
		return storedDoc{}, errorAt(name, 1, "%v", err)
	}
	return storedDoc{doc: d, seq: r.Seq}, nil
}

func textPath(id string) string { return path.Join(StoreDocumentsDir, id+".txt") }

// Create implements claims.DocumentStore.
func (s *Store) Create(ctx context.Context, d *claims.Document) (*claims.Document, bool, error) {
	if err := claims.CheckNewDocument(d); err != nil {
		return nil, false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return nil, false, err
	}
	if i := s.find(d.ID); i >= 0 {
		old := s.docs[i].doc
		if old.Text != d.Text {
			return nil, false, claims.FieldErrorf(claims.EEXISTS, "document.id", "a document with id %q and other text exists", d.ID)
		}
		return old, false, nil
	}
	sum := sha256.Sum256([]byte(d.Text))
	rec := storedRecord{
		documentRecord: documentRecord{ID: d.ID, Publisher: d.Publisher, Headline: d.Headline, URL: d.URL,
			Published: d.Published.UTC().Format("2006-01-02"), DateNote: d.DateNote, Language: d.Language,
			Text: textPath(d.ID)},
		TextSHA256: hex.EncodeToString(sum[:]),
		Seq:        s.seq + 1,
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return nil, false, fmt.Errorf("store %s: %w", d.ID, err)
	}
	if err := s.writeFile(rec.Text, []byte(d.Text)); err != nil {
		return nil, false, fmt.Errorf("store %s: %w", d.ID, err)
	}
	if err := s.writeFile(path.Join(StoreDocumentsDir, d.ID+".json"), append(line, '\n')); err != nil {
		return nil, false, fmt.Errorf("store %s: %w", d.ID, err)
	}
	stored := *d
	s.seq++
	s.docs = append(s.docs, storedDoc{doc: &stored, seq: s.seq})
	return &stored, true, nil
}

// Delete implements claims.DocumentStore.
func (s *Store) Delete(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	i := s.find(id)
	if i < 0 {
		return claims.FieldErrorf(claims.ENOTFOUND, "id", "no created document with id %q", id)
	}
	// The record goes first: without it the text is an orphan that the
	// next Open removes.
	if err := s.root.Remove(path.Join(StoreDocumentsDir, id+".json")); err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	if err := s.syncDir(); err != nil {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	s.docs = slices.Delete(s.docs, i, i+1)
	if err := s.root.Remove(textPath(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete %s: remove text: %w", id, err)
	}
	return nil
}

// Documents implements claims.DocumentStore.
func (s *Store) Documents(ctx context.Context) ([]*claims.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	out := make([]*claims.Document, len(s.docs))
	for i, sd := range s.docs {
		out[i] = sd.doc
	}
	return out, nil
}

// Changes implements claims.DocumentStore: no other process writes the
// data directory, so it returns nil.
func (s *Store) Changes(context.Context) <-chan struct{} { return nil }

// Close releases the lock and the directory.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return errors.Join(s.unlock(), s.root.Close())
}

// usable returns an error when ctx has ended or the store is closed.
func (s *Store) usable(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed {
		return claims.Errorf(claims.EUNAVAILABLE, "the document store is closed")
	}
	return nil
}

// find returns the index of document id in s.docs, or -1.
func (s *Store) find(id string) int {
	return slices.IndexFunc(s.docs, func(sd storedDoc) bool { return sd.doc.ID == id })
}

// writeFile writes data to name atomically and durably: into a temporary
// file beside it, fsynced, renamed over name, then the directory fsynced.
func (s *Store) writeFile(name string, data []byte) error {
	tmp := name + ".tmp-" + rand.Text()[:8]
	f, err := s.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = s.root.Remove(tmp)
		return err
	}
	if err := s.root.Rename(tmp, name); err != nil {
		_ = s.root.Remove(tmp)
		return err
	}
	return s.syncDir()
}

// syncDir fsyncs the documents directory, making renames and removals in
// it durable.
func (s *Store) syncDir() error {
	dir, err := s.root.Open(StoreDocumentsDir)
	if err != nil {
		return err
	}
	serr := dir.Sync()
	return errors.Join(serr, dir.Close())
}
