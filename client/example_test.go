package client_test

import (
	"context"
	"fmt"
	"log"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/server/servertest"
)

// An in-process server over a small made-up corpus stands in for
// factcheckd, which serves the bundled corpus on 127.0.0.1:50051.
func Example() {
	srv := servertest.NewServer(servertest.Sample())
	defer srv.Close()

	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	res, err := c.Check(context.Background(), "Ada Stone opened the Riverside Bridge.")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Verdict)
	for _, ev := range res.Evidence {
		fmt.Printf("%q (%s, %s, bytes %d-%d)\n", ev.Text, ev.Publisher, ev.Hedge, ev.Span.StartByte, ev.Span.EndByte)
	}
	// Output:
	// SUPPORTED
	// "Mayor Ada Stone opened the Riverside Bridge on Monday." (The Example Gazette, asserted, bytes 0-54)
}

func ExampleClient_ListClaims() {
	srv := servertest.NewServer(servertest.Sample())
	defer srv.Close()
	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	// The iterator fetches pages of two as it goes.
	for claim, err := range c.ListClaims(context.Background(), client.PageSize(2)) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(claim.ID, claim.Statement)
	}
	// Output:
	// c1 Ada Stone opened the Riverside Bridge.
	// c2 The Riverside Bridge cost 12 million euros.
	// c3 Ada Stone is the fire chief.
}

func ExampleClient_Audit() {
	srv := servertest.NewServer(servertest.Sample())
	defer srv.Close()
	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	for in, err := range c.Audit(context.Background()) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %s: %s -> %s\n", in.Severity, in.Kind, in.Stated, in.Correct)
	}
	// Output:
	// high wrong_office: Fire Chief -> Mayor
}

func ExampleViolations() {
	srv := servertest.NewServer(servertest.Sample())
	defer srv.Close()
	c, err := client.New(srv.Addr, client.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	_, err = c.Check(context.Background(), "   ")
	for _, v := range client.Violations(err) {
		fmt.Println(v)
	}
	// Output:
	// statement: must not be empty or only white space or invisible characters
}
