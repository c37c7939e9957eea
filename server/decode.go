package server

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// gRPC answers a request it cannot decode (a string field that is not
// valid UTF-8, broken wire data) with INTERNAL, written to the stream
// before any interceptor or handler sees the error. The fault is the
// caller's, so the server installs decodeCodec: when decoding fails it
// leaves the message empty, records why in undecodable, and lets the call
// go on; the validation interceptors (validation.go), which see every
// decoded message, then answer INVALID_ARGUMENT with a field violation.

// undecodable maps a message that failed to decode to its error, from the
// codec to the interceptor of the same call.
var undecodable sync.Map // proto.Message -> error

// takeDecodeError returns and forgets the decoding error of msg, or nil.
func takeDecodeError(msg any) error {
	if err, ok := undecodable.LoadAndDelete(msg); ok {
		return err.(error)
	}
	return nil
}

// decodeCodec is the proto codec, but defers decoding errors to the
// interceptors as described above.
type decodeCodec struct{ encoding.CodecV2 }

// newDecodeCodec wraps gRPC's registered proto codec.
func newDecodeCodec() decodeCodec {
	return decodeCodec{encoding.GetCodecV2("proto")}
}

// Unmarshal decodes data into v; on failure it empties v and records why.
func (c decodeCodec) Unmarshal(data mem.BufferSlice, v any) error {
	err := c.CodecV2.Unmarshal(data, v)
	msg, ok := v.(proto.Message)
	if err == nil || !ok {
		return err
	}
	buf := data.Materialize()
	proto.Reset(msg)
	undecodable.Store(msg, decodeFault(msg.ProtoReflect().Descriptor(), buf, err))
	return nil
}

// decodeFault explains why buf does not decode as a desc message: an
// EINVALID error naming the top-level string field that is not UTF-8 when
// there is one, else the whole request.
func decodeFault(desc protoreflect.MessageDescriptor, buf []byte, cause error) error {
	for len(buf) > 0 {
		num, typ, n := protowire.ConsumeTag(buf)
		if n < 0 {
			break
		}
		buf = buf[n:]
		if typ == protowire.BytesType {
			val, m := protowire.ConsumeBytes(buf)
			if m < 0 {
				break
			}
			if fd := desc.Fields().ByNumber(num); fd != nil && !utf8.Valid(val) {
				if fd.Kind() == protoreflect.StringKind {
					return claims.FieldErrorf(claims.EINVALID, string(fd.Name()), "is not valid UTF-8")
				}
			}
			buf = buf[m:]
			continue
		}
		m := protowire.ConsumeFieldValue(num, typ, buf)
		if m < 0 {
			break
		}
		buf = buf[m:]
	}
	return &claims.Error{Code: claims.EINVALID, Message: fmt.Sprintf("the request could not be decoded: %v", cause)}
}
