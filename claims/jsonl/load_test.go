package jsonl_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
)

// corpusCopy returns a writable copy of the embedded corpus.
func corpusCopy(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(corpus.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus.FS, p)
		if err != nil {
			return err
		}
		m[p] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		tb.Fatalf("copying corpus: %v", err)
	}
	return m
}

// lines returns the lines of file in m, without the final empty one.
func lines(tb testing.TB, m fstest.MapFS, file string) []string {
	tb.Helper()
	f, ok := m[file]
	if !ok {
		tb.Fatalf("no file %s", file)
	}
	return strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n")
}

func setLines(m fstest.MapFS, file string, ls []string) {
	m[file] = &fstest.MapFile{Data: []byte(strings.Join(ls, "\n") + "\n")}
}

// editLine decodes line n (1-based) of file as a JSON object, lets edit
// change it and writes it back.
func editLine(tb testing.TB, m fstest.MapFS, file string, n int, edit func(map[string]any)) {
	tb.Helper()
	ls := lines(tb, m, file)
	var rec map[string]any
	if err := json.Unmarshal([]byte(ls[n-1]), &rec); err != nil {
		tb.Fatalf("%s:%d: %v", file, n, err)
	}
	edit(rec)
	b, err := json.Marshal(rec)
	if err != nil {
		tb.Fatalf("encoding %s:%d: %v", file, n, err)
	}
	ls[n-1] = string(b)
	setLines(m, file, ls)
}

// lineOf returns the 1-based line of file whose record has the given id.
func lineOf(tb testing.TB, m fstest.MapFS, file, id string) int {
	tb.Helper()
	for i, l := range lines(tb, m, file) {
		if strings.Contains(l, `"id": "`+id+`"`) || strings.Contains(l, `"id":"`+id+`"`) {
			return i + 1
		}
	}
	tb.Fatalf("no record %q in %s", id, file)
	return 0
}

func TestLoadEmbedded(t *testing.T) {
	t.Parallel()
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(c.Documents) == 0 || len(c.Claims) == 0 || len(c.Entities) == 0 || len(c.Roles) == 0 || len(c.Tenures) == 0 {
		t.Fatalf("empty lists: %d documents, %d claims, %d entities, %d roles, %d tenures",
			len(c.Documents), len(c.Claims), len(c.Entities), len(c.Roles), len(c.Tenures))
	}
	cl, ok := c.Claim(c.Claims[0].ID)
	if !ok || cl != c.Claims[0] {
		t.Errorf("Claim(%q) lookup failed", c.Claims[0].ID)
	}
}

func TestLoadDirNamesPath(t *testing.T) {
	t.Parallel()
	if _, err := jsonl.LoadDir("../../corpus"); err != nil {
		t.Fatalf("LoadDir: %v", err)
	}
	_, err := jsonl.LoadDir(t.TempDir())
	var e *jsonl.Error
	if !errors.As(err, &e) || !strings.HasSuffix(e.File, "/documents.jsonl") || e.Line != 0 {
		t.Fatalf("LoadDir(empty) = %v, want an error naming <dir>/documents.jsonl", err)
	}
}

func TestLoadRejects(t *testing.T) {
	t.Parallel()
	const kim = "kim"
	tests := []struct {
		name   string
		break_ func(tb testing.TB, m fstest.MapFS) (file string, line int)
		reason string
	}{
		{"bad json", func(tb testing.TB, m fstest.MapFS) (string, int) {
			ls := lines(tb, m, jsonl.ClaimsFile)
			ls[2] = `{"id": "x",`
			setLines(m, jsonl.ClaimsFile, ls)
			return jsonl.ClaimsFile, 3
		}, "malformed record"},
		{"not an object", func(tb testing.TB, m fstest.MapFS) (string, int) {
			ls := lines(tb, m, jsonl.RolesFile)
			ls[0] = `["president"]`
			setLines(m, jsonl.RolesFile, ls)
			return jsonl.RolesFile, 1
		}, "want a JSON object"},
		{"data after object", func(tb testing.TB, m fstest.MapFS) (string, int) {
			ls := lines(tb, m, jsonl.RolesFile)
			ls[1] += ` {}`
			setLines(m, jsonl.RolesFile, ls)
			return jsonl.RolesFile, 2
		}, "data after the JSON object"},
		{"unknown field", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.EntitiesFile, 2, func(r map[string]any) { r["colour"] = "red" })
			return jsonl.EntitiesFile, 2
		}, `unknown field "colour"`},
		{"missing field", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 4, func(r map[string]any) { delete(r, "statement") })
			return jsonl.ClaimsFile, 4
		}, "missing statement"},
		{"bad span", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 5, func(r map[string]any) { r["start"] = r["start"].(float64) + 1 })
			return jsonl.ClaimsFile, 5
		}, "differs from the text"},
		{"span outside text", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 6, func(r map[string]any) { r["end"] = 1 << 20 })
			return jsonl.ClaimsFile, 6
		}, "outside the text"},
		{"span off UTF-8 boundary", func(tb testing.TB, m fstest.MapFS) (string, int) {
			text := string(m["documents/theweek-2023-09-putin-g20-kim.txt"].Data)
			i := strings.Index(text, "’") // three bytes
			editLine(tb, m, jsonl.ClaimsFile, 7, func(r map[string]any) { r["start"], r["end"] = i+1, i+5 })
			return jsonl.ClaimsFile, 7
		}, "not on UTF-8 boundaries"},
		{"unknown entity", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 17, func(r map[string]any) { r["subjects"] = []string{kim + "m"} })
			return jsonl.ClaimsFile, 17
		}, `unknown entity "kimm" in subjects`},
		{"unknown entity id in objects", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 1, func(r map[string]any) { r["objects"] = []string{"g20-2032"} })
			return jsonl.ClaimsFile, 1
		}, `unknown entity "g20-2032" in objects`},
		{"unknown role", func(tb testing.TB, m fstest.MapFS) (string, int) {
			n := lineOf(tb, m, jsonl.TenuresFile, "lavrov/foreign-minister-2004")
			editLine(tb, m, jsonl.TenuresFile, n, func(r map[string]any) { r["role"] = "foreign-ministre" })
			return jsonl.TenuresFile, n
		}, `unknown role "foreign-ministre"`},
		{"unknown hedge", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 9, func(r map[string]any) { r["hedge"] = "rumoured" })
			return jsonl.ClaimsFile, 9
		}, `unknown hedge "rumoured"`},
		{"wrong section", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.ClaimsFile, 1, func(r map[string]any) { r["section"] = "body" })
			return jsonl.ClaimsFile, 1
		}, `section "body", but the span lies in "headline"`},
		{"duplicate id", func(tb testing.TB, m fstest.MapFS) (string, int) {
			ls := lines(tb, m, jsonl.RolesFile)
			ls = append(ls, ls[0])
			setLines(m, jsonl.RolesFile, ls)
			return jsonl.RolesFile, len(ls)
		}, "duplicate id"},
		{"malformed id", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.EntitiesFile, 3, func(r map[string]any) { r["id"] = "Sergey Lavrov" })
			return jsonl.EntitiesFile, 3
		}, "malformed id"},
		{"tenure dates out of order", func(tb testing.TB, m fstest.MapFS) (string, int) {
			n := lineOf(tb, m, jsonl.TenuresFile, "shoigu/defence-minister-2012")
			editLine(tb, m, jsonl.TenuresFile, n, func(r map[string]any) { r["end"] = "2012-05-12" })
			return jsonl.TenuresFile, n
		}, "ends 2012-05-12, not after it starts 2012-11-06"},
		{"bad date", func(tb testing.TB, m fstest.MapFS) (string, int) {
			editLine(tb, m, jsonl.TenuresFile, 2, func(r map[string]any) { r["start"] = "2000-13-01" })
			return jsonl.TenuresFile, 2
		}, `start: date "2000-13-01"`},
		{"event period out of order", func(tb testing.TB, m fstest.MapFS) (string, int) {
			n := lineOf(tb, m, jsonl.EntitiesFile, "korean-war")
			editLine(tb, m, jsonl.EntitiesFile, n, func(r map[string]any) {
				r["period"] = map[string]any{"start": "1953-07-27", "end": "1950-06-25"}
			})
			return jsonl.EntitiesFile, n
		}, "ends 1950-06-25 before it starts 1953-07-27"},
		{"event without citation", func(tb testing.TB, m fstest.MapFS) (string, int) {
			n := lineOf(tb, m, jsonl.EntitiesFile, "g20-2023")
			editLine(tb, m, jsonl.EntitiesFile, n, func(r map[string]any) { delete(r, "citation") })
			return jsonl.EntitiesFile, n
		}, "event without citation"},
		{"place not locational", func(tb testing.TB, m fstest.MapFS) (string, int) {
			n := lineOf(tb, m, jsonl.EntitiesFile, "pier-33")
			editLine(tb, m, jsonl.EntitiesFile, n, func(r map[string]any) { r["part_of"] = []string{"vladivostok", "pacifc-fleet"} })
			return jsonl.EntitiesFile, n
		}, `unknown entity "pacifc-fleet" in part_of`},
		{"missing text file", func(tb testing.TB, m fstest.MapFS) (string, int) {
			delete(m, "documents/theweek-2023-09-putin-g20-kim.txt")
			return jsonl.DocumentsFile, 1
		}, `text "documents/theweek-2023-09-putin-g20-kim.txt"`},
		{"missing file", func(tb testing.TB, m fstest.MapFS) (string, int) {
			delete(m, jsonl.TenuresFile)
			return jsonl.TenuresFile, 0
		}, "cannot read file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := corpusCopy(t)
			file, line := tt.break_(t, m)
			_, err := jsonl.Load(m)
			assertFault(t, err, file, line, tt.reason)
		})
	}
}

// assertFault checks that err is a corpus error at file:line with reason.
func assertFault(tb testing.TB, err error, file string, line int, reason string) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("Load succeeded, want %s:%d: %s", file, line, reason)
	}
	var e *jsonl.Error
	if !errors.As(err, &e) {
		tb.Fatalf("error %v (%T) is not a *jsonl.Error", err, err)
	}
	if e.File != file || e.Line != line {
		tb.Errorf("error at %s:%d, want %s:%d (%v)", e.File, e.Line, file, line, err)
	}
	if code := claims.ErrorCode(err); code != claims.ECORPUS {
		tb.Errorf("code %q, want %q", code, claims.ECORPUS)
	}
	if !strings.Contains(err.Error(), reason) {
		tb.Errorf("error %q does not say %q", err, reason)
	}
}
