package server_test

import (
	"errors"
	"io"
	"net"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/server"
)

// acceptAll accepts on lis until it closes and sends each connection on.
func acceptAll(lis net.Listener) <-chan net.Conn {
	out := make(chan net.Conn, 100)
	go func() {
		defer close(out)
		for {
			c, err := lis.Accept()
			if err != nil {
				return
			}
			out <- c
		}
	}()
	return out
}

func dial(t *testing.T, addr string, from string) net.Conn {
	t.Helper()
	d := net.Dialer{Timeout: 5 * time.Second}
	if from != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(from)}
	}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// TestConnectionsPerIPLimited: past the per-address limit a connection is
// closed at once; another address still gets in; a closed connection
// gives its place back.
func TestConnectionsPerIPLimited(t *testing.T) {
	t.Parallel()
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lis := server.LimitConnections(raw, 10, 2)
	defer lis.Close()
	accepted := acceptAll(lis)
	addr := raw.Addr().String()
	dial(t, addr, "127.0.0.1")
	dial(t, addr, "127.0.0.1")
	held := <-accepted
	<-accepted
	third := dial(t, addr, "127.0.0.1")
	third.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := third.Read(make([]byte, 1)); !errors.Is(err, io.EOF) && !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("third connection from one address: read %v, want it closed", err)
	}
	dial(t, addr, "127.0.0.2") // another address
	select {
	case <-accepted:
	case <-time.After(5 * time.Second):
		t.Fatal("a connection from another address was not accepted")
	}
	held.Close()
	dial(t, addr, "127.0.0.1")
	select {
	case c := <-accepted:
		c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("a place given back was not taken")
	}
}

// TestConnectionsTotalLimited: past the total, Accept waits until a
// connection closes.
func TestConnectionsTotalLimited(t *testing.T) {
	t.Parallel()
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lis := server.LimitConnections(raw, 1, 0)
	defer lis.Close()
	accepted := acceptAll(lis)
	addr := raw.Addr().String()
	dial(t, addr, "")
	c1 := <-accepted
	dial(t, addr, "")
	select {
	case <-accepted:
		t.Fatal("a second connection was accepted, limit 1")
	case <-time.After(100 * time.Millisecond):
	}
	c1.Close()
	select {
	case <-accepted:
	case <-time.After(5 * time.Second):
		t.Fatal("the waiting connection was not accepted after one closed")
	}
}
