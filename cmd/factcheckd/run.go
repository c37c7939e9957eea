package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/claimreview"
	"github.com/factcheck/factcheck/claims/library"
	"github.com/factcheck/factcheck/server"
	"github.com/factcheck/factcheck/tracing"
	"google.golang.org/grpc"
)

// config is what the command line says.
type config struct {
	addr          string
	httpAddr      string
	metricsAddr   string
	reviewer      claimreview.Reviewer
	corpusDir     string
	drain         time.Duration
	logFormat     string
	logLevel      slog.Level
	logStatements bool
	reflection    bool
	maxRecv       int
	tls           tlsConfig
	dataDir       string // where created documents are kept
	store         string // a postgres:// URL to keep them in instead
	// writeTokenFile holds the bearer tokens allowed to write.
	writeTokenFile string
	// writeClientNames lists the client certificate names allowed to
	// write, comma-separated.
	writeClientNames string
	limits           limitFlags
}

// parseFlags reads args into a config. It returns flag.ErrHelp for -h.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("factcheckd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:50051", "`host:port` to listen on (port 0 picks a free one)")
	fs.StringVar(&cfg.httpAddr, "http-addr", "", "also serve the API as HTTP/JSON, its OpenAPI document at /openapi.json, /healthz and the editors' page at / on `host:port` (off when empty)")
	fs.StringVar(&cfg.metricsAddr, "metrics-addr", "", "serve Prometheus metrics at /metrics on `host:port` (off when empty)")
	fs.StringVar(&cfg.reviewer.Name, "reviewer-name", server.DefaultReviewer.Name, "the organisation ClaimReview renderings name as their author")
	fs.StringVar(&cfg.reviewer.URL, "reviewer-url", "", "the page ClaimReview renderings are addressed under (default: the -http-addr page, else "+server.DefaultReviewer.URL+")")
	fs.StringVar(&cfg.corpusDir, "corpus", "", "load the corpus from `dir` instead of the bundled one")
	fs.DurationVar(&cfg.drain, "drain", 10*time.Second, "on SIGINT/SIGTERM, let calls in flight finish for at most this long")
	fs.StringVar(&cfg.logFormat, "log-format", "text", "log format: text or json")
	fs.TextVar(&cfg.logLevel, "log-level", slog.LevelInfo, "least log `level`: DEBUG, INFO, WARN or ERROR")
	fs.BoolVar(&cfg.logStatements, "log-statements", false, "log statements in full, not only their hash (debugging only: drafts are confidential)")
	fs.BoolVar(&cfg.reflection, "reflection", true, "serve gRPC server reflection (v1 and v1alpha)")
	fs.IntVar(&cfg.maxRecv, "max-recv-bytes", server.DefaultMaxRecvMsgSize, "largest request message accepted, in bytes")
	fs.StringVar(&cfg.tls.cert, "tls-cert", "", "serve TLS with the certificate (chain) in this PEM `file`; needs -tls-key")
	fs.StringVar(&cfg.tls.key, "tls-key", "", "private key of -tls-cert, a PEM `file`")
	fs.StringVar(&cfg.tls.clientCA, "tls-client-ca", "", "require client certificates signed by a CA in this PEM `file` (mutual TLS)")
	fs.StringVar(&cfg.dataDir, "data", defaultDataDir(), "keep created documents in this data `dir` (created if missing; one daemon at a time)")
	fs.StringVar(&cfg.store, "store", "", "keep created documents in the PostgreSQL database at this postgres:// `URL` instead of -data; replicas sharing it serve the same documents")
	fs.StringVar(&cfg.writeTokenFile, "write-token-file", "", "let callers with a bearer token listed in this `file` (one a line) create and delete documents")
	fs.StringVar(&cfg.writeClientNames, "write-client-names", "", "let callers whose client certificate has one of these comma-separated `names` (CN or SAN) write; needs -tls-client-ca")
	fs.BoolVar(&cfg.tls.allowPlaintext, "allow-plaintext", false, "serve plaintext on an address other than loopback (only inside a trusted network)")
	cfg.limits.register(fs)
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if cfg.logFormat != "text" && cfg.logFormat != "json" {
		return cfg, fmt.Errorf("-log-format must be text or json, not %q", cfg.logFormat)
	}
	if cfg.drain < 0 {
		return cfg, errors.New("-drain must not be negative")
	}
	if err := cfg.limits.check(); err != nil {
		return cfg, err
	}
	if err := cfg.tls.check(cfg.addr); err != nil {
		return cfg, err
	}
	if err := checkStoreFlags(cfg); err != nil {
		return cfg, err
	}
	if cfg.httpAddr != "" {
		if err := cfg.tls.check(cfg.httpAddr); err != nil {
			return cfg, fmt.Errorf("-http-addr: %w", err)
		}
	}
	if err := cfg.checkReviewer(); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// checkReviewer fills in the reviewer's URL when -reviewer-url is not
// given and rejects one that is not an absolute http(s) URL.
func (cfg *config) checkReviewer() error {
	if cfg.reviewer.URL == "" {
		cfg.reviewer.URL = server.DefaultReviewer.URL
		if cfg.httpAddr != "" {
			scheme := "http"
			if cfg.tls.enabled() {
				scheme = "https"
			}
			cfg.reviewer.URL = scheme + "://" + cfg.httpAddr + "/"
		}
		return nil
	}
	u, err := url.Parse(cfg.reviewer.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-reviewer-url %q is not an absolute http(s) URL", cfg.reviewer.URL)
	}
	return nil
}

// run is the whole daemon: it listens, loads the corpus, serves until ctx
// ends, then drains. It returns nil after a clean shutdown (or -h), and an
// error when the flags are wrong, the address cannot be listened on, the
// corpus cannot be loaded or serving fails.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runReloading(ctx, args, stdout, stderr, nil)
}

// runReloading is run that also reloads the corpus each time reload fires
// (main sends SIGHUP there); see reloadLoop.
func runReloading(ctx context.Context, args []string, stdout, stderr io.Writer, reload <-chan struct{}) error {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	logger := newLogger(cfg, stderr)
	creds, err := cfg.tls.credentials()
	if err != nil {
		return err
	}
	access, err := writeAccess(cfg)
	if err != nil {
		return err
	}
	store, storeSource, err := openStore(ctx, cfg)
	if err != nil {
		return fmt.Errorf("open document store %s: %w", storeSource, err)
	}
	defer store.Close()
	met := newMetrics(cfg)          // nil without -metrics-addr: then it records nothing
	tr, err := tracing.FromEnv(ctx) // nil unless OTEL_* ask for it: then it traces nothing
	if err != nil {
		return err
	}
	defer flushTraces(tr, logger)
	var srv *server.Server
	lib := library.New(store, buildEngine, func(svc claims.Service) { srv.SetService(tr.Service(met.Service(svc))) }, logger)
	opts := []server.Option{
		server.WithInterceptors(met.UnaryServerInterceptor(), met.StreamServerInterceptor()),
		server.WithDocumentWriter(met.Writer(lib)),
		server.WithClaimReviewer(cfg.reviewer),
		server.WithWriteAccess(access...),
		server.WithLogger(logger),
		server.WithStatementLogging(cfg.logStatements),
		server.WithReflection(cfg.reflection),
		server.WithMaxRecvMsgSize(cfg.maxRecv),
		server.WithLimits(cfg.limits.server),
	}
	if creds != nil {
		opts = append(opts, server.WithGRPCOptions(grpc.Creds(creds)))
	}
	if tr != nil {
		opts = append(opts, server.WithGRPCOptions(grpc.StatsHandler(tr.StatsHandler())))
	}

	lis, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	lis = server.LimitConnections(lis, cfg.limits.conns, cfg.limits.connsPerIP)
	// Serve at once, NOT_SERVING, so health probes see the daemon loading.
	srv = server.New(nil, opts...)
	met.InitializeGRPC(srv)
	metricsSrv, err := startMetrics(cfg, met, logger)
	if err != nil {
		return err
	}
	defer func() { _ = metricsSrv.shutdown(context.Background()) }()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(lis) }()
	front, err := startHTTP(ctx, cfg, srv, logger)
	if err != nil {
		_ = srv.Shutdown(context.Background())
		<-served
		return err
	}

	start := time.Now()
	rctx, stopReloads := context.WithCancel(ctx)
	defer stopReloads()
	base, source, err := loadCorpus(rctx, cfg.corpusDir)
	if err == nil {
		err = lib.Start(rctx, base)
	}
	if err != nil {
		_ = front.shutdown(context.Background())
		_ = srv.Shutdown(context.Background())
		<-served
		return fmt.Errorf("load corpus %s with the documents in %s: %w", source, storeSource, err)
	}
	if !srv.CanWrite() {
		logger.Warn("serving reads only: CreateDocument and DeleteDocument answer PERMISSION_DENIED; pass -write-token-file (or -write-client-names with mutual TLS) to take writes")
	}
	logger.Info("ready", "addr", lis.Addr().String(), "corpus", source, "store", storeSource, "writes", srv.CanWrite(),
		"tls", cfg.tls.enabled(), "mtls", cfg.tls.clientCA != "", "load_time", time.Since(start).Round(time.Millisecond))
	go reloadLoop(rctx, reload, lib, cfg.corpusDir, cfg.limits.reloadTimeout, logger, met)

	select {
	case err := <-served:
		_ = front.shutdown(context.Background())
		return err
	case <-ctx.Done():
	}
	logger.Info("draining", "bound", cfg.drain)
	dctx, cancel := context.WithTimeout(context.Background(), cfg.drain)
	defer cancel()
	httpDrained := make(chan error, 1)
	go func() { httpDrained <- front.shutdown(dctx) }()
	shutErr := srv.Shutdown(dctx)
	if err := <-served; err != nil {
		return err
	}
	shutErr = errors.Join(shutErr, <-httpDrained)
	if shutErr != nil {
		logger.Warn("drain bound reached", "err", shutErr)
	}
	logger.Info("stopped")
	return nil
}

// flushTraces exports the spans still buffered, for at most five seconds.
func flushTraces(tr *tracing.Tracing, logger *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := tr.Shutdown(ctx); err != nil {
		logger.Warn("spans not exported", "err", err)
	}
}

// newLogger returns the daemon's slog logger writing to w.
func newLogger(cfg config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.logLevel}
	if cfg.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
