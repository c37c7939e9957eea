package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/factcheck/factcheck/client"
)

// streamResult compares one client's unary calls with its stream.
type streamResult struct {
	n              int
	unary, stream  time.Duration
	unaryErrs, bad int
}

func (s streamResult) unaryRate() float64  { return float64(s.n) / s.unary.Seconds() }
func (s streamResult) streamRate() float64 { return float64(s.n) / s.stream.Seconds() }
func (s streamResult) ratio() float64      { return s.streamRate() / s.unaryRate() }

// streamVsUnary checks n statements of the mix from one client, first one
// unary call at a time, then over one CheckClaims stream.
func streamVsUnary(ctx context.Context, addr string, n int) (streamResult, error) {
	c, err := client.New(addr, client.WithInsecure())
	if err != nil {
		return streamResult{}, err
	}
	defer c.Close()
	statements := make([]string, n)
	for i := range statements {
		statements[i] = mix[i%len(mix)]
	}
	// Warm the connection and the engine's memos alike for both.
	if _, err := c.CheckMany(ctx, mix); err != nil {
		return streamResult{}, err
	}
	res := streamResult{n: n}
	start := time.Now()
	for _, s := range statements {
		if _, err := c.Check(ctx, s); err != nil {
			res.unaryErrs++
		}
	}
	res.unary = time.Since(start)

	start = time.Now()
	out, err := c.CheckMany(ctx, statements)
	res.stream = time.Since(start)
	if err != nil {
		return res, err
	}
	for _, r := range out {
		if r.Err != nil {
			res.bad++
		}
	}
	return res, nil
}

func printStream(out io.Writer, s streamResult) {
	fmt.Fprintf(out, "one client, %d statements\n", s.n)
	fmt.Fprintf(out, "%-28s %12s %8s\n", "mode", "statements/s", "errors")
	fmt.Fprintf(out, "%-28s %12.0f %8d\n", "unary, one at a time", s.unaryRate(), s.unaryErrs)
	fmt.Fprintf(out, "%-28s %12.0f %8d\n", "CheckClaims stream", s.streamRate(), s.bad)
	fmt.Fprintf(out, "stream / unary: %.1fx (target >= 3x)\n", s.ratio())
}
