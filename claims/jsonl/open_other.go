//go:build !unix

package jsonl

// openNonBlocking is 0 where there are no FIFOs to refuse.
const openNonBlocking = 0
