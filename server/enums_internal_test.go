package server

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// enumPair is a domain enum and the protobuf enum it converts to.
type enumPair struct {
	name   string
	proto  protoreflect.EnumDescriptor
	prefix string // of the protobuf value names
	// domain lists the domain values by number, from 1, with their names;
	// toProto converts one.
	domain  map[int]string
	toProto func(int) int32
}

// named lists the values of a domain enum with a String method: every
// number from 1 whose name differs from the zero value's (String falls
// back to that for unknown numbers), so a new value is found without
// being listed here.
func named(str func(int) string) map[int]string {
	out := map[int]string{}
	for n := 1; n < 256; n++ {
		if s := str(n); s != str(0) {
			out[n] = s
		}
	}
	return out
}

// TestDomainAndProtoEnumsMatch checks every domain enum value converts to
// the protobuf value of the same number and name, and that the protobuf
// enum has no value the domain lacks, so a new kind cannot silently become
// UNSPECIFIED on the wire (or the wire offer one the domain never sets).
func TestDomainAndProtoEnumsMatch(t *testing.T) {
	t.Parallel()
	pairs := []enumPair{
		{"Verdict", factcheckv1.Verdict(0).Descriptor(), "VERDICT_",
			named(func(n int) string { return claims.Verdict(n).String() }),
			func(n int) int32 { return int32(verdictToProto(claims.Verdict(n))) }},
		{"Hedge", factcheckv1.Hedge(0).Descriptor(), "HEDGE_",
			named(func(n int) string { return claims.Hedge(n).String() }),
			func(n int) int32 { return int32(hedgeToProto(claims.Hedge(n))) }},
		{"InconsistencyKind", factcheckv1.InconsistencyKind(0).Descriptor(), "INCONSISTENCY_KIND_",
			named(func(n int) string { return claims.InconsistencyKind(n).String() }),
			func(n int) int32 { return int32(inconsistencyKindToProto(claims.InconsistencyKind(n))) }},
		{"Severity", factcheckv1.Severity(0).Descriptor(), "SEVERITY_",
			named(func(n int) string { return claims.Severity(n).String() }),
			func(n int) int32 { return int32(severityToProto(claims.Severity(n))) }},
		// Stance and EvidenceKind have no String method: their values are
		// listed.
		{"Stance", factcheckv1.Stance(0).Descriptor(), "STANCE_",
			map[int]string{int(claims.StanceSupports): "supports", int(claims.StanceRefutes): "refutes"},
			func(n int) int32 { return int32(stanceToProto(claims.Stance(n))) }},
		{"EvidenceKind", factcheckv1.EvidenceKind(0).Descriptor(), "EVIDENCE_KIND_",
			map[int]string{int(claims.EvidenceClaim): "claim", int(claims.EvidenceReference): "reference_fact"},
			func(n int) int32 { return int32(evidenceKindToProto(claims.EvidenceKind(n))) }},
	}
	for _, p := range pairs {
		if len(p.domain) == 0 {
			t.Errorf("%s: no domain values found", p.name)
		}
		for n, name := range p.domain {
			got := p.toProto(n)
			v := p.proto.Values().ByNumber(protoreflect.EnumNumber(n))
			if got != int32(n) || v == nil {
				t.Errorf("%s %d (%s) becomes %d on the wire: add %s%s = %d to the proto", p.name, n, name, got, p.prefix, strings.ToUpper(name), n)
				continue
			}
			if want := p.prefix + strings.ToUpper(name); string(v.Name()) != want {
				t.Errorf("%s %d is %s in the domain but %s in the proto, want %s", p.name, n, name, v.Name(), want)
			}
		}
		values := p.proto.Values()
		for i := range values.Len() {
			v := values.Get(i)
			if v.Number() == 0 {
				if !strings.HasSuffix(string(v.Name()), "UNSPECIFIED") {
					t.Errorf("%s: zero value %s is not UNSPECIFIED", p.name, v.Name())
				}
				continue
			}
			if _, ok := p.domain[int(v.Number())]; !ok {
				t.Errorf("%s: the proto has %s = %d, the domain has no such value", p.name, v.Name(), v.Number())
			}
		}
	}
}
