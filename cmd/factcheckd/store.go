package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
	"github.com/factcheck/factcheck/postgres"
	"github.com/factcheck/factcheck/server"
)

// defaultDataDir is where created documents go without -data:
// $XDG_STATE_HOME/factcheckd, else ~/.local/state/factcheckd, else
// ./factcheckd-data.
func defaultDataDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "factcheckd")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "factcheckd")
	}
	return "factcheckd-data"
}

// isPostgres reports whether a -store value names a PostgreSQL database.
func isPostgres(store string) bool {
	return strings.HasPrefix(store, "postgres://") || strings.HasPrefix(store, "postgresql://")
}

// openStore opens where created documents are kept: the PostgreSQL
// database -store names, or the data directory -data. source names it for
// logs, without a password.
func openStore(ctx context.Context, cfg config) (store claims.DocumentStore, source string, err error) {
	if cfg.store != "" {
		source = redact(cfg.store)
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		s, err := postgres.Open(ctx, cfg.store)
		if err != nil {
			return nil, source, err
		}
		return s, source, nil
	}
	s, err := jsonl.OpenStore(cfg.dataDir)
	if err != nil {
		return nil, cfg.dataDir, err
	}
	return s, cfg.dataDir, nil
}

// writeAccess returns who may write, from -write-token-file and
// -write-client-names; none when neither is set.
func writeAccess(cfg config) ([]server.WriteAccess, error) {
	var out []server.WriteAccess
	if cfg.writeTokenFile != "" {
		a, err := server.ReadTokenFile(cfg.writeTokenFile)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if cfg.writeClientNames != "" {
		var names []string
		for n := range strings.SplitSeq(cfg.writeClientNames, ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		a, err := server.ClientCertificates(names...)
		if err != nil {
			return nil, fmt.Errorf("-write-client-names: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

// checkStoreFlags rejects inconsistent store and write flags.
func checkStoreFlags(cfg config) error {
	switch {
	case cfg.store != "" && !isPostgres(cfg.store):
		return fmt.Errorf("-store must be a postgres:// or postgresql:// URL, not %q (leave it empty to keep documents in -data)", redact(cfg.store))
	case cfg.dataDir == "":
		return errors.New("-data must not be empty")
	case cfg.writeClientNames != "" && cfg.tls.clientCA == "":
		return errors.New("-write-client-names needs -tls-client-ca (mutual TLS)")
	}
	return nil
}

// redact hides a password in a store URL, for logs and errors.
func redact(store string) string {
	if u, err := url.Parse(store); err == nil {
		return u.Redacted()
	}
	return "(unparsable URL)"
}
