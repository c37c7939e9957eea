package checker_test

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoEvaluationTextInEngine proves that no statement of any evaluation
// file appears in the engine's code or data: answers must come from general
// mechanisms, never from a rule keyed to a known statement. It reads every
// labelled file in testdata and, where present, ../shared/eval beside the
// repository, and searches every source and data file of the module except
// tests, test data and prose.
func TestNoEvaluationTextInEngine(t *testing.T) {
	t.Parallel()
	root := moduleRoot(t)
	statements := withoutArticleText(t, root, evaluationStatements(t, root))
	if len(statements) == 0 {
		t.Fatal("no evaluation statements found")
	}
	var checked int
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if name == "testdata" || name == ".git" || name == "node_modules" || name == "tools" {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".gz") {
			return nil
		}
		ext := filepath.Ext(name)
		if ext != ".go" && ext != ".jsonl" && ext != ".txt" && ext != ".json" && ext != ".proto" {
			return nil
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := strings.ToLower(string(body))
		checked++
		for _, s := range statements {
			if strings.Contains(text, s) {
				t.Errorf("%s contains the evaluation statement %q", path, s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d statements searched for in %d files", len(statements), checked)
}

// withoutArticleText drops statements the stored articles print word for
// word: quoting a document is not keying an answer to a statement.
func withoutArticleText(tb testing.TB, root string, statements []string) []string {
	tb.Helper()
	docs, _ := filepath.Glob(filepath.Join(root, "corpus", "documents", "*.txt"))
	var texts []string
	for _, d := range docs {
		b, err := os.ReadFile(d)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(b)))
	}
	var out []string
next:
	for _, s := range statements {
		for _, t := range texts {
			if strings.Contains(t, s) {
				continue next
			}
		}
		out = append(out, s)
	}
	return out
}

// moduleRoot returns the directory holding go.mod.
func moduleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// evaluationStatements returns the lower-cased statements, without a
// final full stop, of every evaluation file it can find, longer than 25
// characters (shorter ones are common phrases).
func evaluationStatements(tb testing.TB, root string) []string {
	tb.Helper()
	files, _ := filepath.Glob("testdata/*.jsonl")
	shared, _ := filepath.Glob(filepath.Join(root, "..", "shared", "eval", "*.jsonl"))
	var out []string
	for _, file := range append(files, shared...) {
		f, err := os.Open(file)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var row struct{ Statement string }
			if json.Unmarshal(sc.Bytes(), &row) != nil {
				continue
			}
			s := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(row.Statement)), ".")
			if len(s) > 25 {
				out = append(out, s)
			}
		}
		f.Close()
	}
	return out
}
