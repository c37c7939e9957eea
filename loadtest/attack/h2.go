package main

import (
	"bytes"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// h2conn is a raw HTTP/2 client connection, for what a gRPC client would
// not send: header blocks past the server's limit, streams past its
// concurrency.
type h2conn struct {
	conn   net.Conn
	mu     sync.Mutex // guards fr's writes
	fr     *http2.Framer
	resets atomic.Int64 // RST_STREAM frames received
	closed chan struct{}
	reset  sync.Map // stream id -> struct{}
}

// dialH2 connects, sends the client preface and settings, and reads the
// server's frames in the background (acknowledging its settings).
func dialH2(addr string) (*h2conn, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Write([]byte(http2.ClientPreface)); err != nil {
		conn.Close()
		return nil, err
	}
	c := &h2conn{conn: conn, fr: http2.NewFramer(conn, conn), closed: make(chan struct{})}
	c.fr.ReadMetaHeaders = hpack.NewDecoder(4096, nil)
	if err := c.fr.WriteSettings(); err != nil {
		conn.Close()
		return nil, err
	}
	go c.read()
	return c, nil
}

func (c *h2conn) read() {
	defer close(c.closed)
	for {
		f, err := c.fr.ReadFrame()
		if err != nil {
			return
		}
		switch f := f.(type) {
		case *http2.SettingsFrame:
			if !f.IsAck() {
				c.mu.Lock()
				_ = c.fr.WriteSettingsAck()
				c.mu.Unlock()
			}
		case *http2.RSTStreamFrame:
			c.resets.Add(1)
			c.reset.Store(f.StreamID, struct{}{})
		case *http2.PingFrame:
			c.mu.Lock()
			_ = c.fr.WritePing(true, f.Data)
			c.mu.Unlock()
		}
	}
}

// headers opens stream id with a gRPC request's headers for path, plus
// the extra name/value pairs, split into frames of at most 16 KB.
func (c *h2conn) headers(id uint32, path string, extra ...string) error {
	var block bytes.Buffer
	enc := hpack.NewEncoder(&block)
	fields := []string{":method", "POST", ":scheme", "http", ":path", path, ":authority", "factcheck",
		"content-type", "application/grpc", "te", "trailers"}
	all := append(fields, extra...)
	for i := 0; i+1 < len(all); i += 2 {
		if err := enc.WriteField(hpack.HeaderField{Name: all[i], Value: all[i+1]}); err != nil {
			return err
		}
	}
	b := block.Bytes()
	const frame = 16 << 10
	c.mu.Lock()
	defer c.mu.Unlock()
	first := b[:min(frame, len(b))]
	if err := c.fr.WriteHeaders(http2.HeadersFrameParam{StreamID: id, BlockFragment: first, EndHeaders: len(b) <= frame}); err != nil {
		return err
	}
	for rest := b[len(first):]; len(rest) > 0; {
		n := min(frame, len(rest))
		if err := c.fr.WriteContinuation(id, n == len(rest), rest[:n]); err != nil {
			return err
		}
		rest = rest[n:]
	}
	return nil
}

// waitReset reports whether stream id was reset, or the connection
// closed, within limit.
func (c *h2conn) waitReset(id uint32, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if _, ok := c.reset.Load(id); ok {
			return true
		}
		select {
		case <-c.closed:
			return true
		case <-time.After(10 * time.Millisecond):
		}
	}
	return false
}

func (c *h2conn) close() { c.conn.Close() }
