// Command factcheck is the command-line client of the factcheck service.
//
//	factcheck check "Lavrov is Russia's defence minister"
//	factcheck check --json --as-of 2026-01-01 "Shoigu heads the Russian defence ministry"
//	factcheck check --claimreview "Lavrov is Russia's defence minister"
//	factcheck claims [--document ID]
//	factcheck claim ID
//	factcheck doc ID
//	factcheck audit [--document ID] [--claimreview]
//	factcheck eval [--min-accuracy 0.8] claims/checker/testdata/dev.jsonl
//
// Every command takes --addr (default 127.0.0.1:50051) and --timeout.
// Run "factcheck help" for the details.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "factcheck:", err)
		os.Exit(1)
	}
}
