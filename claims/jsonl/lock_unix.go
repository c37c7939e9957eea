//go:build unix

package jsonl

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockDir takes an exclusive, non-blocking lock on the file name in root,
// held until the returned function is called or the process ends (a
// killed process's lock is released by the kernel).
func lockDir(root *os.Root, name string) (unlock func() error, err error) {
	f, err := root.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o640)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errors.New("in use by another process (its lock file is locked)")
		}
		return nil, fmt.Errorf("lock: %w", err)
	}
	return f.Close, nil
}
