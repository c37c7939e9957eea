// Package client is the Go client of the factcheck gRPC service.
//
//	c, err := client.New("127.0.0.1:50051", client.WithInsecure())
//	if err != nil { ... }
//	defer c.Close()
//	res, err := c.Check(ctx, "Putin will skip the G20 summit in India")
//	if err != nil { ... }
//	fmt.Println(res.Verdict, res.Explanation)
//	if len(res.Evidence) > 0 { // NOT_ENOUGH_INFO may come with none
//		fmt.Println(res.Evidence[0].Quote, res.Evidence[0].Publisher)
//	}
//
// Results are plain Go structs of this package (Result, Evidence,
// Inconsistency, Claim, Document), not generated protobuf messages; callers
// who want those use Client.API. An Evidence carries the quoted sentence
// (Text, Span) and the claim's own words in it (Quote, QuoteSpan).
// CheckMany returns one StreamResult per statement, in order, each with a
// Result or its own Err, and an error only when the stream as a whole
// broke; CheckStream's results carry the ids given to Send. Every method honours the caller's context
// and deadline. Calls that fail with UNAVAILABLE (a server starting up or
// restarting) are retried a few times with backoff, as the service config
// in retry.go says. Errors keep their gRPC status, so status.Code(err)
// works on them, and Violations lists the fields a server rejected.
package client
