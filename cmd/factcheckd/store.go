package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/jsonl"
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

// openStore opens where created documents are kept: the data directory
// -data. source names it for logs.
func openStore(ctx context.Context, cfg config) (store claims.DocumentStore, source string, err error) {
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
	case cfg.dataDir == "":
		return errors.New("-data must not be empty")
	case cfg.writeClientNames != "" && cfg.tls.clientCA == "":
		return errors.New("-write-client-names needs -tls-client-ca (mutual TLS)")
	}
	return nil
}
