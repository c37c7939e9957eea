package server_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/checker"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/corpus"
	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"github.com/factcheck/factcheck/server"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
)

// hostileBound is how long any one hostile statement may take, generous
// for a loaded CI machine under -race.
const hostileBound = 10 * time.Second

// engine returns the real checking engine over the bundled corpus.
var engine = sync.OnceValues(func() (claims.Service, error) {
	c, err := jsonl.Load(corpus.FS)
	if err != nil {
		return nil, err
	}
	return checker.New(c)
})

// startEngine serves the real engine and returns a client connection.
func startEngine(tb testing.TB) *grpc.ClientConn {
	tb.Helper()
	svc, err := engine()
	if err != nil {
		tb.Fatal(err)
	}
	// servertest's limits: these tests are about what the engine makes of
	// hostile input, not about admission, and the time bound of each
	// statement should not include waiting for another's check.
	_, conn := start(tb, svc)
	return conn
}

// hostileStatements returns a few hundred statements built to hurt a
// reader: long words, deep nesting, mixed scripts, invisible and
// bidirectional characters, emoji, huge numbers, control characters.
func hostileStatements() map[string]string {
	out := map[string]string{}
	add := func(name, s string) { out[name] = s }
	bases := []string{"Putin will skip the G20 summit in India", "Shoigu inspected missiles in Pyongyang", "Kim Jong Un met Putin"}
	for _, n := range []int{1, 10, 100, 1000, 4000} {
		add(fmt.Sprintf("word of %d letters", n), strings.Repeat("a", n))
		add(fmt.Sprintf("name stretched %d", n), "Puti"+strings.Repeat("n", n))
		add(fmt.Sprintf("digits %d", n), strings.Repeat("9", n))
		add(fmt.Sprintf("digits %d with unit", n), "Putin has "+strings.Repeat("7", min(n, 4000-20))+" carriages")
		add(fmt.Sprintf("grouped number %d", n), strings.TrimSuffix(strings.Repeat("123,", n/4+1), ","))
		add(fmt.Sprintf("decimal %d", n), "0."+strings.Repeat("0", n/2)+"1 euros")
	}
	for _, depth := range []int{1, 10, 100, 500, 1000, 2000} {
		for _, pair := range []string{"()", "[]", "{}", `""`, "''", "«»", "“”", "‘’", "<>"} {
			open, close := string([]rune(pair)[:1]), string([]rune(pair)[1:])
			s := strings.Repeat(open, depth) + "Putin" + strings.Repeat(close, depth)
			if len(s) <= server.MaxStatementBytes {
				add(fmt.Sprintf("nesting %s depth %d", pair, depth), s)
			}
			add(fmt.Sprintf("unbalanced %s depth %d", pair, depth), strings.Repeat(open, min(depth, 1000))+"Putin")
		}
	}
	invisible := map[string]string{
		"zero width space": "\u200b", "zero width joiner": "\u200d", "zero width non-joiner": "\u200c",
		"bom": "\ufeff", "rtl override": "\u202e", "ltr override": "\u202d", "rtl mark": "\u200f",
		"pop directional": "\u202c", "rtl isolate": "\u2067", "soft hyphen": "\u00ad",
		"combining acute": "\u0301", "variation selector": "\ufe0f", "word joiner": "\u2060",
		"line separator": "\u2028", "ideographic space": "\u3000", "nbsp": "\u00a0",
	}
	for name, ch := range invisible {
		for i, b := range bases {
			add(fmt.Sprintf("%s between letters %d", name, i), strings.Join(strings.Split(b, ""), ch))
			add(fmt.Sprintf("%s between words %d", name, i), strings.ReplaceAll(b, " ", ch))
		}
		add(name+" only", strings.Repeat(ch, 100))
		add(name+" flood", "Putin"+strings.Repeat(ch, 3000))
	}
	scripts := []string{
		"Путин пропустит саммит G20 в Индии", "普京将缺席在印度举行的二十国集团峰会", "بوتين سيتغيب عن قمة العشرين في الهند",
		"פוטין ידלג על פסגת G20 בהודו", "पुतिन भारत में जी20 शिखर सम्मेलन में शामिल नहीं होंगे", "プーチンはインドのG20を欠席する",
		"Πούτιν θα απουσιάσει", "ปูตินจะไม่เข้าร่วม", "Putin 将 skip the सम्मेलन في India",
		"𝐏𝐮𝐭𝐢𝐧 𝐰𝐢𝐥𝐥 𝐬𝐤𝐢𝐩", "Ｐｕｔｉｎ ｗｉｌｌ ｓｋｉｐ", "Рutin (Cyrillic Р) will skip the G20",
	}
	for i, s := range scripts {
		add(fmt.Sprintf("script %d", i), s)
		add(fmt.Sprintf("script %d repeated", i), strings.Repeat(s+" ", 4000/(len(s)+1)))
	}
	emoji := []string{"🚆", "🇷🇺", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🤷🏽‍♀️", "💥", "🔥"}
	for i, e := range emoji {
		add(fmt.Sprintf("emoji %d alone", i), e)
		add(fmt.Sprintf("emoji %d in words", i), strings.ReplaceAll(bases[i%len(bases)], " ", " "+e+" "))
		add(fmt.Sprintf("emoji %d flood", i), strings.Repeat(e, 4000/len(e)))
	}
	for i, b := range bases {
		add(fmt.Sprintf("many clauses %d", i), strings.Repeat(b+" and ", 4000/(len(b)+5)))
		add(fmt.Sprintf("many sentences %d", i), strings.Repeat(b+". ", 4000/(len(b)+2)))
		add(fmt.Sprintf("many negations %d", i), strings.Repeat("not ", 900)+b)
		add(fmt.Sprintf("many dates %d", i), b+strings.Repeat(" on 9 September 2023", 150))
		add(fmt.Sprintf("many hedges %d", i), strings.Repeat("reportedly allegedly ", 150)+b)
		add(fmt.Sprintf("tabs and newlines %d", i), strings.ReplaceAll(b, " ", "\t\n\r"))
		add(fmt.Sprintf("shouting %d", i), strings.ToUpper(b))
		add(fmt.Sprintf("over the limit %d", i), strings.Repeat(b+" ", 4097/len(b)+1))
		add(fmt.Sprintf("NUL %d", i), b+"\x00")
		add(fmt.Sprintf("escape %d", i), "\x1b[31m"+b)
		add(fmt.Sprintf("bell %d", i), b+"\a")
		add(fmt.Sprintf("C1 control %d", i), b+"\u0085\u009b")
		add(fmt.Sprintf("DEL %d", i), b+"\x7f")
	}
	for _, s := range []string{"", " ", "\t\n", strings.Repeat(" ", 5000), ".", "?!", "'", "\"", "-", "$", "%s%d%x", "{{.}}", "<script>alert(1)</script>", "'; DROP TABLE claims; --", "../../etc/passwd", "\\x00", "null", "NaN", "-1e309"} {
		add(fmt.Sprintf("odd %q", s[:min(len(s), 12)]), s)
	}
	return out
}

// saneCheck reports what is wrong with an answer to statement, or "".
func saneCheck(statement string, resp *factcheckv1.CheckClaimResponse, err error) string {
	switch status.Code(err) {
	case codes.OK:
		if resp.GetVerdict() == factcheckv1.Verdict_VERDICT_UNSPECIFIED {
			return "no verdict"
		}
		if c := resp.GetConfidence(); c < 0 || c > 1 {
			return fmt.Sprintf("confidence %v", c)
		}
		for _, p := range resp.GetParts() {
			sp := p.GetSpan()
			if sp.GetStartByte() < 0 || sp.GetEndByte() < sp.GetStartByte() || int(sp.GetEndByte()) > len(statement) {
				return fmt.Sprintf("part span %v outside the statement", sp)
			}
		}
		return ""
	case codes.InvalidArgument:
		var info bool
		for _, d := range status.Convert(err).Details() {
			if i, ok := d.(*errdetails.ErrorInfo); ok && i.GetReason() != "" {
				info = true
			}
		}
		if !info || status.Convert(err).Message() == "" {
			return "INVALID_ARGUMENT without a message and an ErrorInfo reason"
		}
		return ""
	}
	return fmt.Sprintf("code %v: %v", status.Code(err), err)
}

func TestHostileStatements(t *testing.T) {
	t.Parallel()
	api := factcheckv1.NewFactCheckServiceClient(startEngine(t))
	statements := hostileStatements()
	if len(statements) < 200 {
		t.Fatalf("only %d hostile statements", len(statements))
	}
	var mu sync.Mutex
	counts := map[codes.Code]int{}
	for name, s := range statements {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(t.Context(), 2*hostileBound)
			defer cancel()
			start := time.Now()
			resp, err := api.CheckClaim(ctx, &factcheckv1.CheckClaimRequest{Statement: s})
			if d := time.Since(start); d > hostileBound {
				t.Errorf("took %v, bound %v", d, hostileBound)
			}
			if why := saneCheck(s, resp, err); why != "" {
				t.Errorf("%d-byte statement: %s", len(s), why)
			}
			mu.Lock()
			counts[status.Code(err)]++
			mu.Unlock()
		})
	}
	t.Cleanup(func() { t.Logf("%d hostile statements: %v", len(statements), counts) })
}

// rawCodec sends and receives bytes as they are, to put on the wire what
// the protobuf library refuses to marshal.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error)      { return *v.(*[]byte), nil }
func (rawCodec) Unmarshal(data []byte, v any) error { *v.(*[]byte) = data; return nil }
func (rawCodec) Name() string                       { return "proto" }

var _ encoding.Codec = rawCodec{}

func TestUndecodableRequests(t *testing.T) {
	t.Parallel()
	conn := startEngine(t)
	str := func(field protowire.Number, s string) []byte {
		return protowire.AppendString(protowire.AppendTag(nil, field, protowire.BytesType), s)
	}
	tests := []struct {
		name   string
		method string
		wire   []byte
	}{
		{"statement not UTF-8", "CheckClaim", str(1, "caf\xe9 Putin")},
		{"statement lone surrogate", "CheckClaim", str(1, "\xed\xa0\x80")},
		{"id not UTF-8", "GetClaim", str(1, "\xff\xfe")},
		{"truncated message", "CheckClaim", []byte{0x0a, 0x10, 'a'}},
		{"bad wire type", "ListClaims", []byte{0x0f}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if utf8.Valid(tt.wire) && strings.Contains(tt.name, "UTF-8") {
				t.Fatal("test input is valid UTF-8")
			}
			var out []byte
			err := conn.Invoke(ctx(t), "/factcheck.v1.FactCheckService/"+tt.method, &tt.wire, &out, grpc.ForceCodec(rawCodec{}))
			if status.Code(err) != codes.InvalidArgument {
				t.Errorf("code = %v (%v), want InvalidArgument", status.Code(err), err)
			}
		})
	}
}

func TestDeadlineAbandonsCheck(t *testing.T) {
	t.Parallel()
	api := factcheckv1.NewFactCheckServiceClient(startEngine(t))
	long := strings.Repeat("Putin will skip the G20 summit in India and Shoigu met Kim. ", 70)[:server.MaxStatementBytes]
	for _, timeout := range []time.Duration{time.Millisecond, 5 * time.Millisecond, 20 * time.Millisecond} {
		t.Run(timeout.String(), func(t *testing.T) {
			t.Parallel()
			c, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			start := time.Now()
			_, err := api.CheckClaim(c, &factcheckv1.CheckClaimRequest{Statement: long})
			if err != nil && status.Code(err) != codes.DeadlineExceeded {
				t.Errorf("code = %v, want DeadlineExceeded or OK", status.Code(err))
			}
			if d := time.Since(start); d > timeout+time.Second {
				t.Errorf("call returned after %v with a %v deadline", d, timeout)
			}
		})
	}
}
