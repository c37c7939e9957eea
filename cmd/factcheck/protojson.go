package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// --json prints the API's messages exactly as grpcurl and the HTTP API
// give them: protojson (lowerCamelCase names, enums by name, unset fields
// left out), indented by two spaces like grpcurl, or on one line each in
// listings.

// writeProto writes m as indented protojson.
func writeProto(w io.Writer, m proto.Message) error {
	return writeProtoJSON(w, m, func(out *bytes.Buffer, b []byte) error { return json.Indent(out, b, "", "  ") })
}

// writeProtoLine writes m as protojson on one line.
func writeProtoLine(w io.Writer, m proto.Message) error {
	return writeProtoJSON(w, m, json.Compact)
}

// writeProtoJSON writes m as protojson laid out by format, and a newline.
func writeProtoJSON(w io.Writer, m proto.Message, format func(*bytes.Buffer, []byte) error) error {
	b, err := protojson.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode %s: %w", m.ProtoReflect().Descriptor().FullName(), err)
	}
	var out bytes.Buffer
	if err := format(&out, b); err != nil {
		return fmt.Errorf("lay out %s: %w", m.ProtoReflect().Descriptor().FullName(), err)
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}
