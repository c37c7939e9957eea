package main

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factcheck/factcheck/client"
	"github.com/factcheck/factcheck/postgres/postgrestest"
)

// documentIDs lists the ids a daemon serves.
func documentIDs(tb testing.TB, c *client.Client) []string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var ids []string
	for d, err := range c.ListDocuments(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	return ids
}

// TestReplicasShareOnePostgreSQLDatabase: two daemons on one database; a
// document created on one is checked on the other within a second, and 50
// concurrent creates on both, interleaved with checks, leave both serving
// the same corpus.
func TestReplicasShareOnePostgreSQLDatabase(t *testing.T) {
	// Not parallel: it runs for a while, and parallel tests
	// elsewhere in the package bound their subtests by one deadline.
	store, tokens := postgrestest.URL(t), tokenFile(t)
	a := launch(t, "-store", store, "-write-token-file", tokens)
	b := launch(t, "-store", store, "-write-token-file", tokens)
	ca := dialWith(t, a.addr, client.WithToken(writeToken))
	cb := dialWith(t, b.addr, client.WithToken(writeToken))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	created, err := ca.CreateDocument(ctx, article(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	id := created.Document.ID
	start := time.Now()
	var ids []string
	for {
		if _, ids = evidenceFrom(t, cb, id); len(ids) > 0 {
			break
		}
		if time.Since(start) > time.Second {
			t.Fatalf("the other replica quotes nothing from %s a second after it was created", id)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("created on one replica, checked on the other with evidence after %v", time.Since(start).Round(time.Millisecond))

	const creates = 50
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for _, c := range []*client.Client{ca, cb} {
		wg.Go(func() { // checks while the creates run
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := c.Check(ctx, aboutTheArticle); err != nil {
					t.Errorf("check during creates: %v", err)
					return
				}
			}
		})
	}
	var writers sync.WaitGroup
	for i := range creates {
		writers.Go(func() {
			c := ca
			if i%2 == 1 {
				c = cb
			}
			if _, err := c.CreateDocument(ctx, article(t, 100+i)); err != nil {
				t.Errorf("create %d: %v", i, err)
			}
		})
	}
	writers.Wait()
	close(stop)
	wg.Wait()

	deadline := time.Now().Add(5 * time.Second)
	for {
		ia, ib := documentIDs(t, ca), documentIDs(t, cb)
		slices.Sort(ia)
		slices.Sort(ib)
		if slices.Equal(ia, ib) && len(ia) == 2+creates {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("replicas differ 5 s after the creates:\n%s\n%s", strings.Join(ia, " "), strings.Join(ib, " "))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cb.DeleteDocument(ctx, id); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	for slices.Contains(documentIDs(t, ca), id) {
		if time.Since(start) > time.Second {
			t.Fatal("a document deleted on one replica is still served on the other after a second")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
