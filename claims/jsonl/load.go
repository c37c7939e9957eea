package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
)

// The files of a corpus directory.
const (
	DocumentsFile = "documents.jsonl"
	ClaimsFile    = "claims.jsonl"
	EntitiesFile  = "entities.jsonl"
	RolesFile     = "roles.jsonl"
	TenuresFile   = "tenures.jsonl"
)

// Load reads the corpus at the root of fsys (corpus.FS, or os.DirFS(dir))
// and checks it with claims.NewCorpus. Every error is an *Error naming the
// file and line at fault and wrapping a *claims.Error with code ECORPUS.
func Load(fsys fs.FS) (*claims.Corpus, error) {
	var l loader
	docs, err := readFile(fsys, DocumentsFile, &l.docLines, func(r *documentRecord, line int) (*claims.Document, error) {
		return l.document(fsys, r)
	})
	if err != nil {
		return nil, err
	}
	cls, err := readFile(fsys, ClaimsFile, &l.claimLines, func(r *claimRecord, _ int) (*claims.Claim, error) { return r.claim() })
	if err != nil {
		return nil, err
	}
	ents, err := readFile(fsys, EntitiesFile, &l.entityLines, func(r *entityRecord, _ int) (*claims.Entity, error) { return r.entity() })
	if err != nil {
		return nil, err
	}
	roles, err := readFile(fsys, RolesFile, &l.roleLines, func(r *roleRecord, _ int) (*claims.Role, error) { return r.role() })
	if err != nil {
		return nil, err
	}
	tens, err := readFile(fsys, TenuresFile, &l.tenureLines, func(r *tenureRecord, _ int) (*claims.Tenure, error) { return r.tenure() })
	if err != nil {
		return nil, err
	}
	c, err := claims.NewCorpus(docs, cls, ents, roles, tens)
	if err != nil {
		return nil, l.locate(err)
	}
	return c, nil
}

// LoadDir loads the corpus in the directory dir; errors name files by their
// path under dir ("corpus/claims.jsonl:17: ...").
func LoadDir(dir string) (*claims.Corpus, error) {
	c, err := Load(os.DirFS(dir))
	if e, ok := errors.AsType[*Error](err); ok {
		e.File = path.Join(dir, e.File)
	}
	return c, err
}

// loader remembers the line of each record so that NewCorpus's errors,
// which name records by list and index, can be reported as file:line.
type loader struct {
	docLines, claimLines, entityLines, roleLines, tenureLines []int
}

func (l *loader) locate(err error) error {
	list, i, ok := claims.RecordOf(err)
	if !ok {
		return fmt.Errorf("corpus: %w", err)
	}
	var file string
	var lines []int
	switch list {
	case claims.ListDocuments:
		file, lines = DocumentsFile, l.docLines
	case claims.ListClaims:
		file, lines = ClaimsFile, l.claimLines
	case claims.ListEntities:
		file, lines = EntitiesFile, l.entityLines
	case claims.ListRoles:
		file, lines = RolesFile, l.roleLines
	case claims.ListTenures:
		file, lines = TenuresFile, l.tenureLines
	}
	line := 0
	if i >= 0 && i < len(lines) {
		line = lines[i]
	}
	return errorAt(file, line, "%s", claims.ErrorMessage(err))
}

// maxText bounds a document text file, so that a corrupt corpus cannot
// exhaust memory.
const maxText = 16 << 20

// document reads the text file r names and converts r.
func (l *loader) document(fsys fs.FS, r *documentRecord) (*claims.Document, error) {
	if r.Text == "" {
		return nil, errors.New("missing text")
	}
	if !fs.ValidPath(r.Text) {
		return nil, fmt.Errorf("text %q: not a path inside the corpus", r.Text)
	}
	f, err := fsys.Open(r.Text)
	if err != nil {
		return nil, fmt.Errorf("text %q: %w", r.Text, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxText+1))
	if err != nil {
		return nil, fmt.Errorf("text %q: %w", r.Text, err)
	}
	if len(b) > maxText {
		return nil, fmt.Errorf("text %q: larger than %d bytes", r.Text, maxText)
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("text %q: not valid UTF-8", r.Text)
	}
	return r.document(string(b))
}

// readFile decodes every non-blank line of name strictly into an R and
// converts it with conv, recording each record's line number in lines.
func readFile[R any, T any](fsys fs.FS, name string, lines *[]int, conv func(*R, int) (T, error)) ([]T, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, wrapAt(name, 0, "cannot read file", err)
	}
	var out []T
	for n, raw := range bytes.Split(data, []byte("\n")) {
		line := n + 1
		raw = bytes.TrimSuffix(raw, []byte("\r"))
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		var r R
		if err := decodeStrict(raw, &r); err != nil {
			return nil, wrapAt(name, line, "malformed record", err)
		}
		v, err := conv(&r, line)
		if err != nil {
			return nil, errorAt(name, line, "%v", err)
		}
		out = append(out, v)
		*lines = append(*lines, line)
	}
	return out, nil
}

// decodeStrict decodes one JSON object, rejecting unknown fields and
// anything after the object.
func decodeStrict(raw []byte, v any) error {
	if !bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
		return errors.New("want a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON object")
	}
	return nil
}
