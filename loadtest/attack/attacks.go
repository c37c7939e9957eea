package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	factcheckv1 "github.com/factcheck/factcheck/proto/factcheck/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
)

// flood: 50 clients send hostile statements for cfg.duration while a
// prober checks health every 20 ms.
func flood(ctx context.Context, d *daemon, cfg config, out io.Writer) error {
	const clients, conns = 50, 5
	var cc []*grpc.ClientConn
	for range conns {
		c, err := dialFrom(d.addr, "")
		if err != nil {
			return err
		}
		defer c.Close()
		cc = append(cc, c)
	}
	statements := hostileStatements()
	ctx, cancel := context.WithTimeout(ctx, cfg.duration)
	defer cancel()
	var mu sync.Mutex
	byCode := map[codes.Code]int{}
	var wg sync.WaitGroup
	cpu0, wall0 := d.cpu(), time.Now()
	for i := range clients {
		api := factcheckv1.NewFactCheckServiceClient(cc[i%conns])
		wg.Go(func() {
			for k := i; ctx.Err() == nil; k++ {
				// Each call has its own 30 s deadline: calls cut by the end
				// of the flood are not counted.
				cctx, ccancel := context.WithTimeout(context.Background(), 30*time.Second)
				_, err := api.CheckClaim(cctx, &factcheckv1.CheckClaimRequest{Statement: statements[k%len(statements)]})
				ccancel()
				mu.Lock()
				byCode[status.Code(err)]++
				mu.Unlock()
			}
		})
	}
	probe, err := dialFrom(d.addr, "127.0.0.2")
	if err != nil {
		return err
	}
	defer probe.Close()
	hc := healthpb.NewHealthClient(probe)
	var lat []time.Duration
	failed := 0
	for tick := time.NewTicker(20 * time.Millisecond); ctx.Err() == nil; <-tick.C {
		pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
		start := time.Now()
		_, err := hc.Check(pctx, &healthpb.HealthCheckRequest{})
		pcancel()
		if err != nil {
			failed++
			continue
		}
		lat = append(lat, time.Since(start))
	}
	wg.Wait()
	cpu, wall := d.cpu()-cpu0, time.Since(wall0)
	slices.Sort(lat)
	var p50, p99, worst time.Duration
	if len(lat) > 0 {
		p50, p99, worst = lat[len(lat)/2], lat[len(lat)*99/100], lat[len(lat)-1]
	}
	fmt.Fprintf(out, "   %d clients sent hostile 4 KB statements for %v: answers %v\n", clients, cfg.duration, byCode)
	fmt.Fprintf(out, "   health every 20 ms: %d answered, %d failed; p50 %v, p99 %v, worst %v\n",
		len(lat), failed, p50.Round(time.Microsecond), p99.Round(time.Microsecond), worst.Round(time.Microsecond))
	fmt.Fprintf(out, "   daemon CPU %v over %v wall (%.2fx); RSS %s\n", cpu.Round(10*time.Millisecond), wall.Round(10*time.Millisecond), cpu.Seconds()/wall.Seconds(), d.rss())
	return nil
}

// metadata: 40 connections each send one call with 16 MB of metadata.
func metadata(ctx context.Context, d *daemon, cfg config, out io.Writer) error {
	const conns, size = 40, 16 << 20
	big := strings.Repeat("a", size)
	var wg sync.WaitGroup
	var sent, refused atomic.Int64
	start := time.Now()
	for range conns {
		wg.Go(func() {
			c, err := dialH2(d.addr)
			if err != nil {
				return
			}
			defer c.close()
			if err := c.headers(1, "/factcheck.v1.FactCheckService/ListClaims", "x-filler", big); err == nil {
				sent.Add(1)
			}
			if c.waitReset(1, 10*time.Second) {
				refused.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Fprintf(out, "   %d connections sent 16 MB of metadata each (%d sent whole) in %v; %d calls refused or connections closed; RSS %s\n",
		conns, sent.Load(), time.Since(start).Round(time.Millisecond), refused.Load(), d.rss())
	return nil
}

// streams: one connection opens 50,000 CheckClaims streams.
func streams(ctx context.Context, d *daemon, cfg config, out io.Writer) error {
	const n = 50000
	c, err := dialH2(d.addr)
	if err != nil {
		return err
	}
	defer c.close()
	start := time.Now()
	for i := range n {
		if err := c.headers(uint32(2*i+1), "/factcheck.v1.FactCheckService/CheckClaims"); err != nil {
			return fmt.Errorf("stream %d: %w", i, err)
		}
	}
	time.Sleep(2 * time.Second) // let the server act on them
	fmt.Fprintf(out, "   opened %d streams on one connection in %v; the server refused %d (its limit lets %d stay open); RSS %s\n",
		n, time.Since(start).Round(time.Millisecond), c.resets.Load(), n-int(c.resets.Load()), d.rss())
	return nil
}

// conns: 20,000 connections held open from 127.0.0.1.
func conns(ctx context.Context, d *daemon, cfg config, out io.Writer) error {
	const n = 20000
	var held []net.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	dialer := net.Dialer{Timeout: 2 * time.Second}
	failed := 0
	start := time.Now()
	for range n {
		c, err := dialer.DialContext(ctx, "tcp", d.addr)
		if err != nil {
			failed++
			continue
		}
		held = append(held, c)
	}
	time.Sleep(2 * time.Second)
	var served, closed, waiting int
	for _, c := range held {
		c.SetReadDeadline(time.Now().Add(time.Millisecond))
		_, err := c.Read(make([]byte, 1))
		var ne net.Error
		switch {
		case err == nil:
			served++ // the server sent its HTTP/2 settings: accepted
		case errors.As(err, &ne) && ne.Timeout():
			waiting++ // nothing yet: in the accept queue
		default:
			closed++ // closed by the server: past the per-address limit
		}
	}
	fmt.Fprintf(out, "   dialled %d connections in %v (%d dials failed): %d served, %d closed by the server, %d waiting to be accepted; RSS %s\n",
		n, time.Since(start).Round(time.Millisecond), failed, served, closed, waiting, d.rss())
	return nil
}

// nonReading: 200 clients stream CheckClaims items without reading.
func nonReading(ctx context.Context, d *daemon, cfg config, out io.Writer) error {
	const clients = 200
	statements := hostileStatements()
	ctx, cancel := context.WithTimeout(ctx, cfg.duration)
	defer cancel()
	var sent atomic.Int64
	var wg sync.WaitGroup
	for i := range clients {
		c, err := dialFrom(d.addr, "")
		if err != nil {
			return err
		}
		defer c.Close()
		wg.Go(func() {
			st, err := factcheckv1.NewFactCheckServiceClient(c).CheckClaims(ctx)
			if err != nil {
				return
			}
			for k := 0; ; k++ {
				req := &factcheckv1.CheckClaimsRequest{Id: fmt.Sprint(i, "-", k), Check: &factcheckv1.CheckClaimRequest{Statement: statements[k%len(statements)]}}
				if st.Send(req) != nil {
					return
				}
				sent.Add(1)
			}
		})
	}
	<-ctx.Done()
	rss := d.rss()
	wg.Wait()
	fmt.Fprintf(out, "   %d clients sent %d items in %v without reading an answer; RSS %s\n", clients, sent.Load(), cfg.duration, rss)
	return nil
}
