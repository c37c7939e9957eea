// Command corpusgen writes a synthetic corpus directory (the JSONL layout
// of corpus/SCHEMA.md) for scale tests:
//
//	go run ./cmd/corpusgen -claims 1000000 -seed 1 -out /tmp/corpus-1m
//	factcheckd -corpus /tmp/corpus-1m   (or jsonl.LoadDir)
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/factcheck/factcheck/claims/corpusgen"
)

func main() {
	n := flag.Int("claims", 10000, "how many claims")
	seed := flag.Uint64("seed", 1, "the same seed writes the same corpus")
	out := flag.String("out", "", "directory to write (created)")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: corpusgen -claims N [-seed S] -out DIR")
		os.Exit(2)
	}
	g := corpusgen.Generate(corpusgen.Config{Claims: *n, Seed: *seed})
	if _, err := g.New(); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen: generated corpus rejected:", err)
		os.Exit(1)
	}
	if err := g.WriteDir(*out); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d documents, %d claims, %d entities, %d roles, %d tenures\n",
		*out, len(g.Documents), len(g.Claims), len(g.Entities), len(g.Roles), len(g.Tenures))
}
