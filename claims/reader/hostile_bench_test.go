package reader_test

import (
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/internal/hostile"
)

// BenchmarkReadHostile reads each hostile shape at 1, 2 and 4 KB: time
// per read grows about linearly with the size (MB/s stays flat).
func BenchmarkReadHostile(b *testing.B) {
	r := newReader(b)
	for _, size := range hostile.Sizes {
		for _, s := range hostile.Shapes(size) {
			b.Run(fmt.Sprintf("%s/%dKB", s.Name, size/1024), func(b *testing.B) {
				b.SetBytes(int64(len(s.Statement)))
				for b.Loop() {
					r.Read(s.Statement, ref)
				}
			})
		}
	}
}
