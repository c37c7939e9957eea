//go:build !unix

package jsonl

import "os"

// lockDir does nothing where flock is not available: keep to one process
// per data directory by hand there.
func lockDir(root *os.Root, name string) (unlock func() error, err error) {
	return func() error { return nil }, nil
}
