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
	salvageStrings(msg.ProtoReflect(), buf)
	undecodable.Store(msg, decodeFault(msg.ProtoReflect().Descriptor(), buf, err))
	return nil
}

// salvageStrings sets the singular top-level string fields of m that buf
// holds as valid UTF-8, so the handler of a message that failed to decode
// still knows, say, the id of a stream item whose statement is broken, and
// can answer it by that id.
func salvageStrings(m protoreflect.Message, buf []byte) {
	fields := m.Descriptor().Fields()
	for len(buf) > 0 {
		num, typ, n := protowire.ConsumeTag(buf)
		if n < 0 {
			return
		}
		buf = buf[n:]
		m2 := protowire.ConsumeFieldValue(num, typ, buf)
		if m2 < 0 {
			return
		}
		if fd := fields.ByNumber(num); fd != nil && typ == protowire.BytesType && fd.Kind() == protoreflect.StringKind && fd.Cardinality() != protoreflect.Repeated {
			if val, k := protowire.ConsumeBytes(buf); k >= 0 && utf8.Valid(val) {
				m.Set(fd, protoreflect.ValueOfString(string(val)))
			}
		}
		buf = buf[m2:]
	}
}

// decodeFault explains why buf does not decode as a desc message: an
// EINVALID error naming the string field that is not UTF-8 when there is
// one, else the whole request. A field of a nested message is named by
// its own name, as the CheckClaims stream names an item's statement
// ("statement", not "check.statement").
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
			fd := desc.Fields().ByNumber(num)
			switch {
			case fd == nil:
			case fd.Kind() == protoreflect.StringKind && !utf8.Valid(val):
				return claims.FieldErrorf(claims.EINVALID, string(fd.Name()), "is not valid UTF-8")
			case fd.Kind() == protoreflect.MessageKind:
				if err := decodeFault(fd.Message(), val, cause); claims.ErrorField(err) != "" {
					return err
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
