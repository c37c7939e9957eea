package evaluation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
)

// Labels are the verdicts a row may carry, in the order tables print them.
var Labels = []string{"SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO"}

// Row is one labelled statement of an evaluation file.
type Row struct {
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	Label     string   `json:"label"`
	Evidence  []string `json:"evidence,omitempty"` // fragments of the text that decides the row
	Flag      string   `json:"flag,omitempty"`     // a name some inconsistency of the answer must carry
	AsOf      string   `json:"as_of,omitempty"`    // the moment to check at: a date or an RFC 3339 time
}

// Moment returns the row's as_of as a time; zero when it has none.
func (r Row) Moment() (time.Time, error) {
	if r.AsOf == "" {
		return time.Time{}, nil
	}
	return claims.ParseMoment(r.AsOf)
}

// maxLine bounds one line of an evaluation file.
const maxLine = 1 << 20

// Read reads JSON Lines of rows, skipping blank lines. Each row needs a
// statement, a label among [Labels] and, if it has one, a valid as_of; a
// row without an id is named by its line. name is used in errors.
func Read(r io.Reader, name string) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var row Row
		if err := json.Unmarshal([]byte(text), &row); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if strings.TrimSpace(row.Statement) == "" || !slices.Contains(Labels, row.Label) {
			return nil, fmt.Errorf("%s:%d: want a statement and a label among %v", name, line, Labels)
		}
		if _, err := row.Moment(); err != nil {
			return nil, fmt.Errorf("%s:%d: as_of: %w", name, line, err)
		}
		if row.ID == "" {
			row.ID = fmt.Sprintf("line %d", line)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s has no rows", name)
	}
	return rows, nil
}

// ReadFile reads the rows of the file at path.
func ReadFile(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}
