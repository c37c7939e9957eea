package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"runtime/debug"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// unaryInterceptors returns, outermost first: one slog line per finished
// call (method, code, duration, peer), the statement hash added to that
// line, panic recovery turning a panic into INTERNAL, refusal of write
// calls without write access (writes.go), and validation of the request
// against its buf.validate rules (validation.go).
func (s *Server) unaryInterceptors() []grpc.UnaryServerInterceptor {
	return []grpc.UnaryServerInterceptor{
		logging.UnaryServerInterceptor(slogAdapter(s.logger), loggingOptions()...),
		s.statementField,
		recovery.UnaryServerInterceptor(recovery.WithRecoveryHandlerContext(s.recovered)),
		s.authorizeWrites,
		s.validateUnary,
	}
}

// streamInterceptors does for streaming calls (health Watch, reflection)
// what unaryInterceptors does for unary ones.
func (s *Server) streamInterceptors() []grpc.StreamServerInterceptor {
	return []grpc.StreamServerInterceptor{
		logging.StreamServerInterceptor(slogAdapter(s.logger), loggingOptions()...),
		recovery.StreamServerInterceptor(recovery.WithRecoveryHandlerContext(s.recovered)),
		s.validateStream,
		s.endWatches,
	}
}

// loggingOptions logs finished calls only, never payloads: requests carry
// statements, which can be confidential.
func loggingOptions() []logging.Option {
	return []logging.Option{
		logging.WithLogOnEvents(logging.FinishCall),
		logging.WithDurationField(logging.DurationToDurationField),
	}
}

// slogAdapter lets the middleware log through l.
func slogAdapter(l *slog.Logger) logging.Logger {
	return logging.LoggerFunc(func(ctx context.Context, lvl logging.Level, msg string, fields ...any) {
		l.Log(ctx, slog.Level(lvl), msg, fields...)
	})
}

// statementField adds to the call's log line a short hash of the request's
// statement, so calls can be correlated without the text being recorded;
// the text itself only with WithStatementLogging.
func (s *Server) statementField(ctx context.Context, req any, _ *grpc.UnaryServerInfo, next grpc.UnaryHandler) (any, error) {
	if r, ok := req.(interface{ GetStatement() string }); ok {
		fields := logging.Fields{"statement.sha256", StatementHash(r.GetStatement()), "statement.bytes", len(r.GetStatement())}
		if s.logStatements {
			fields = append(fields, "statement", r.GetStatement())
		}
		logging.AddFields(ctx, fields)
	}
	return next(ctx, req)
}

// StatementHash returns the first 12 hex digits of the SHA-256 of a
// statement: enough to tell calls apart in logs, useless to read them.
func StatementHash(statement string) string {
	sum := sha256.Sum256([]byte(statement))
	return hex.EncodeToString(sum[:6])
}

// recovered logs a handler panic with its stack and answers INTERNAL.
func (s *Server) recovered(ctx context.Context, p any) error {
	s.logger.ErrorContext(ctx, "handler panic", "panic", p, "stack", string(debug.Stack()))
	return status.Error(codes.Internal, "internal error")
}
