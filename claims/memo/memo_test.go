package memo_test

import (
	"testing"

	"github.com/factcheck/factcheck/claims/memo"
)

func TestTable(t *testing.T) {
	t.Parallel()
	calls := 0
	square := func(n int) int { calls++; return n * n }
	tab := memo.New[int, int](2, nil)
	for _, n := range []int{3, 3, 4} {
		if got := tab.Get(n, square); got != n*n {
			t.Errorf("Get(%d) = %d", n, got)
		}
	}
	if calls != 2 {
		t.Errorf("computed %d times, want 2 (the repeat remembered)", calls)
	}
	tab.Get(5, square) // full: starts afresh
	tab.Get(3, square)
	if calls != 4 {
		t.Errorf("computed %d times, want 4 after starting afresh", calls)
	}
}

func ExampleStrings() {
	lengths := memo.Strings[int](1 << 10)
	_ = lengths.Get("harbour", func(w string) int { return len(w) })
}
