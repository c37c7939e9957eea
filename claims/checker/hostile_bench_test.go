package checker_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/internal/hostile"
)

// BenchmarkCheckHostile checks each hostile shape at 1, 2 and 4 KB: time
// per check grows about linearly with the size (MB/s stays flat).
func BenchmarkCheckHostile(b *testing.B) {
	e := newEngine(b)
	ctx := context.Background()
	for _, size := range hostile.Sizes {
		for _, s := range hostile.Shapes(size) {
			b.Run(fmt.Sprintf("%s/%dKB", s.Name, size/1024), func(b *testing.B) {
				b.SetBytes(int64(len(s.Statement)))
				for b.Loop() {
					if _, err := e.Check(ctx, claims.CheckRequest{Statement: s.Statement}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
