// Package memo remembers the results of pure functions for the reader and
// the checker, within a bound.
package memo

import (
	"strings"
	"sync"
)

// Table remembers a pure function's results by key, up to a limit of
// entries; when full it starts afresh, so memory stays bounded whatever
// keys callers send. It is safe for concurrent use.
type Table[K comparable, V any] struct {
	mu    sync.RWMutex
	m     map[K]V
	limit int
	own   func(K) K
}

// New returns a Table of at most limit entries. own, when not nil, makes
// a key the table's own before it is stored (a key cut from a statement
// must not keep the whole statement alive while remembered).
func New[K comparable, V any](limit int, own func(K) K) *Table[K, V] {
	return &Table[K, V]{m: make(map[K]V), limit: limit, own: own}
}

// Strings returns a Table keyed by strings it copies before storing them.
func Strings[V any](limit int) *Table[string, V] {
	return New[string, V](limit, strings.Clone)
}

// Get returns f(k), computing it at most once while remembered.
func (t *Table[K, V]) Get(k K, f func(K) V) V {
	t.mu.RLock()
	v, ok := t.m[k]
	t.mu.RUnlock()
	if ok {
		return v
	}
	v = f(k)
	if t.own != nil {
		k = t.own(k)
	}
	t.mu.Lock()
	if len(t.m) >= t.limit {
		clear(t.m)
	}
	t.m[k] = v
	t.mu.Unlock()
	return v
}
