package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/factcheck/factcheck/client"
)

const usage = `Usage: factcheck [--addr HOST:PORT] [--timeout D] COMMAND [FLAGS] [ARGS]

Commands:
  check STATEMENT   judge a statement: verdict, evidence, inconsistencies
  claims            list the stored claims
  claim ID          show one claim
  doc ID            show one document, with its text
  audit             list the inconsistencies found in the stored documents
  eval FILE         score the service on an evaluation JSON Lines file
  add FILE          add an article (--publisher, --published; --dry-run to try it)
  rm ID             delete an article added with add
  help              print this text

Run "factcheck COMMAND -h" for a command's flags. Flags may come before or
after the arguments. add and rm send the token in $FACTCHECK_TOKEN.
`

// globals are the flags every command takes.
type globals struct {
	addr    string
	timeout time.Duration
}

// register adds the global flags to fs, with g's current values as defaults.
func (g *globals) register(fs *flag.FlagSet) {
	fs.StringVar(&g.addr, "addr", g.addr, "server `host:port`")
	fs.DurationVar(&g.timeout, "timeout", g.timeout, "deadline of each call")
}

// command is one subcommand.
type command func(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"check":  runCheck,
	"claims": runClaims,
	"audit":  runAudit,
	"claim":  runClaim,
	"doc":    runDoc,
	"eval":   runEval,
	"add":    runAdd,
	"rm":     runRm,
}

// run is the whole command: it parses args and runs the subcommand they
// name. It returns an error for bad usage, a failed call or, for eval, a
// score under --min-accuracy.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	g := &globals{addr: "127.0.0.1:50051", timeout: 30 * time.Second}
	fs := flag.NewFlagSet("factcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	g.register(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	if name == "help" {
		fmt.Fprint(stdout, usage)
		return nil
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", name)
	}
	err := cmd(ctx, g, rest, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

// parse parses args with fs, allowing flags after positional arguments
// ("check STATEMENT --json"), and returns the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// newFlagSet returns a FlagSet for a subcommand, with the global flags.
func newFlagSet(name, synopsis string, g *globals, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: factcheck %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	g.register(fs)
	return fs
}

// connect dials the server and bounds the command by the global timeout;
// done releases both.
func connect(ctx context.Context, g *globals) (c *client.Client, bounded context.Context, done func(), err error) {
	if c, err = dial(g); err != nil {
		return nil, nil, nil, err
	}
	bounded, cancel := context.WithTimeout(ctx, g.timeout)
	return c, bounded, func() { cancel(); c.Close() }, nil
}

// dial returns a client for the server g names, sending the token in
// $FACTCHECK_TOKEN if set.
func dial(g *globals) (*client.Client, error) {
	opts := []client.Option{client.WithInsecure()}
	if tok := os.Getenv(tokenEnv); tok != "" {
		opts = append(opts, client.WithToken(tok))
	}
	c, err := client.New(g.addr, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", g.addr, err)
	}
	return c, nil
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
