package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factcheck/factcheck/client"
)

// ingestToken is the write token the load test's daemon takes.
const ingestToken = "loadtest-ingest-token-0123456789"

// articleSentences are the sentences a generated article cycles through,
// written for the load test; %[1]d is the article's number, %[2]d the
// sentence's, so every article and sentence differs.
var articleSentences = []string{
	"Rishi Sunak met Indonesian officials in Jakarta on day %[2]d of visit %[1]d and signed an agreement on fisheries and shipping lanes.",
	"Xi Jinping told reporters in Beijing that trade with Russia had grown by %[2]d percent over the past year, according to the Guardian.",
	"Vladimir Putin is expected to travel to Vladivostok for talks with Kim Jong Un, two officials said on condition of anonymity.",
	"Sergey Lavrov said in Moscow that the meeting would cover security on the Korean Peninsula and grain deliveries to Africa.",
	"Joe Biden spoke with Keir Starmer by telephone about Ukraine, the White House said in a statement issued late on Tuesday.",
	"Analysts in London say the visit could prepare a summit of the G20 later in the year, though no date has been fixed.",
	"The talks in Jakarta were the %[2]dth round this year, and officials expect a further round before the end of the month.",
	"Kim Jong Un inspected a new port in the east of North Korea, state media reported, without giving the date of the visit.",
}

// article returns a generated article of about words words, numbered n.
func article(n, words int) client.NewDocument {
	headline := fmt.Sprintf("Load test dispatch %d on trade and security talks", n)
	var b strings.Builder
	b.WriteString(headline + "\n\n")
	count := 0
	for i := 0; count < words; i++ {
		s := fmt.Sprintf(articleSentences[i%len(articleSentences)], n, i+1)
		count += len(strings.Fields(s))
		b.WriteString(s)
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return client.NewDocument{
		ID:        fmt.Sprintf("loadtest-dispatch-%04d", n),
		Publisher: "Load Test Wire",
		Headline:  headline,
		Published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Text:      b.String(),
	}
}

// ingestResult is what the ingestion run measured.
type ingestResult struct {
	docs, writers, words int
	took                 time.Duration
	errs                 int
	before, during       latencies // checks alone, then while documents go in
}

// latencies are the durations of one client's checks.
type latencies []time.Duration

func (l latencies) at(q float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

// checkLoop checks the mix one call at a time until stop closes, and
// returns each call's duration.
func checkLoop(ctx context.Context, c *client.Client, stop <-chan struct{}) (latencies, error) {
	var out latencies
	for i := 0; ; i++ {
		select {
		case <-stop:
			return out, nil
		default:
		}
		start := time.Now()
		if _, err := c.Check(ctx, mix[i%len(mix)]); err != nil {
			return out, err
		}
		out = append(out, time.Since(start))
	}
}

// ingest measures how many articles of words words a second the daemon
// takes from writers concurrent writers, and one client's check latency
// before and while they write.
func ingest(ctx context.Context, addr string, docs, writers, words int) (ingestResult, error) {
	res := ingestResult{docs: docs, writers: writers, words: words}
	c, err := client.New(addr, client.WithInsecure(), client.WithToken(ingestToken))
	if err != nil {
		return res, err
	}
	defer c.Close()
	if _, err := c.CheckMany(ctx, mix); err != nil { // warm up
		return res, err
	}
	stop := make(chan struct{})
	time.AfterFunc(5*time.Second, func() { close(stop) })
	if res.before, err = checkLoop(ctx, c, stop); err != nil {
		return res, fmt.Errorf("checks alone: %w", err)
	}

	stop = make(chan struct{})
	var during latencies
	var checkErr error
	var checks sync.WaitGroup
	checks.Go(func() { during, checkErr = checkLoop(ctx, c, stop) })
	var next, errs atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range writers {
		wg.Go(func() {
			for {
				n := int(next.Add(1))
				if n > docs {
					return
				}
				if _, err := c.CreateDocument(ctx, article(n, words)); err != nil {
					errs.Add(1)
				}
			}
		})
	}
	wg.Wait()
	res.took = time.Since(start)
	close(stop)
	checks.Wait()
	res.during, res.errs = during, int(errs.Load())
	if checkErr != nil {
		return res, fmt.Errorf("checks during ingestion: %w", checkErr)
	}
	return res, nil
}

// printIngest reports the ingestion run.
func printIngest(out io.Writer, r ingestResult) {
	fmt.Fprintf(out, "\ningestion: %d articles of %d words from %d writers in %v: %.1f articles/s, %d errors\n",
		r.docs, r.words, r.writers, r.took.Round(time.Millisecond), float64(r.docs)/r.took.Seconds(), r.errs)
	fmt.Fprintf(out, "one client's checks  alone: %5d calls, p50 %v, p99 %v\n", len(r.before), r.before.at(0.5).Round(time.Microsecond), r.before.at(0.99).Round(time.Microsecond))
	fmt.Fprintf(out, "          while ingesting: %5d calls, p50 %v, p99 %v\n", len(r.during), r.during.at(0.5).Round(time.Microsecond), r.during.at(0.99).Round(time.Microsecond))
}
