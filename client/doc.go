// Package client is the Go client of the factcheck gRPC service.
//
//	c, err := client.New("127.0.0.1:50051", client.WithInsecure())
//	if err != nil { ... }
//	defer c.Close()
//	res, err := c.Check(ctx, "Putin will skip the G20 summit in India")
//	fmt.Println(res.Verdict, res.Explanation)
//
// Results are plain Go structs of this package (Result, Evidence,
// Inconsistency, Claim, Document), not generated protobuf messages; callers
// who want those use Client.API. Every method honours the caller's context
// and deadline. Calls that fail with UNAVAILABLE (a server starting up or
// restarting) are retried a few times with backoff, as the service config
// in retry.go says. Errors keep their gRPC status, so status.Code(err)
// works on them, and Violations lists the fields a server rejected.
package client
