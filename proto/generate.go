// Package proto holds the factcheck API definition and the Go code generated
// from it. Run `go generate ./proto` after editing a .proto file; it runs buf
// from the repository root, where buf.yaml (the workspace, one module under
// proto/) and buf.gen.yaml live.
package proto

//go:generate go run -C ../tools ./protovendor -dir ../proto
//go:generate go tool -C .. -modfile=tools/go.mod buf format -w
//go:generate go tool -C .. -modfile=tools/go.mod buf lint
//go:generate go tool -C .. -modfile=tools/go.mod buf generate
