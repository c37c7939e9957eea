package server

import (
	"net"
	"sync"

	"golang.org/x/net/netutil"
)

// LimitConnections wraps lis so the server holds at most total
// connections at once, and at most perIP from one remote address (zero:
// no limit of that kind). Beyond total, Accept waits for a connection to
// close (golang.org/x/net/netutil.LimitListener), so file descriptors are
// never exhausted; beyond perIP, a new connection from that address is
// closed as soon as it is accepted, so one caller holding many sockets
// does not keep others waiting behind it in the accept queue.
func LimitConnections(lis net.Listener, total, perIP int) net.Listener {
	if perIP > 0 {
		lis = &perIPListener{Listener: lis, limit: perIP, open: make(map[string]int)}
	}
	if total > 0 {
		lis = netutil.LimitListener(lis, total)
	}
	return lis
}

// perIPListener closes connections from an address that already holds
// limit of them.
type perIPListener struct {
	net.Listener
	limit int
	mu    sync.Mutex
	open  map[string]int // remote IP -> connections open
}

// Accept returns the next connection whose address is under its limit.
func (l *perIPListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := remoteIP(c)
		l.mu.Lock()
		if l.open[ip] >= l.limit {
			l.mu.Unlock()
			c.Close()
			continue
		}
		l.open[ip]++
		l.mu.Unlock()
		return &perIPConn{Conn: c, l: l, ip: ip}, nil
	}
}

func remoteIP(c net.Conn) string {
	if a, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		return a.IP.String()
	}
	return c.RemoteAddr().String()
}

// perIPConn gives its address's place back when closed.
type perIPConn struct {
	net.Conn
	l    *perIPListener
	ip   string
	once sync.Once
}

// Close closes the connection and releases its place.
func (c *perIPConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		if c.l.open[c.ip]--; c.l.open[c.ip] <= 0 {
			delete(c.l.open, c.ip)
		}
		c.l.mu.Unlock()
	})
	return err
}
