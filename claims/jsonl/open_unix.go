//go:build unix

package jsonl

import "syscall"

// openNonBlocking makes opening a FIFO return at once instead of waiting
// for a writer, so LoadRoot can refuse it.
const openNonBlocking = syscall.O_NONBLOCK
