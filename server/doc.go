// Package server is the gRPC transport of factcheck: it adapts a
// claims.Service to the factcheck.v1.FactCheckService API and hosts it with
// the standard health and reflection services.
//
// The idea is the one of WTF Dial's http package: the domain (package
// claims) knows nothing of gRPC, and this package is the only place where
// generated protobuf types meet domain types. Each concern has one file:
//
//   - validate.go checks requests by hand and blames fields;
//   - pagetoken.go encodes and checks opaque AIP-158 page tokens;
//   - convert.go converts between protobuf messages and domain values;
//   - errors.go maps domain error codes to gRPC status codes in one table,
//     with google.rpc.BadRequest and google.rpc.ErrorInfo details;
//   - interceptors.go logs every call with log/slog and recovers panics;
//   - check.go, claims.go, documents.go and audit.go hold thin handlers:
//     validate, convert, call the domain, map errors;
//   - stream.go runs the CheckClaims stream: items checked concurrently,
//     answered by id as they finish, per-item errors;
//   - server.go owns the grpc.Server, the health status and shutdown.
//
// A Server can start without a domain service and answer UNAVAILABLE (and
// NOT_SERVING on health) until SetService installs one, so a daemon can
// listen before its corpus is loaded and swap a reloaded corpus in
// atomically.
package server
