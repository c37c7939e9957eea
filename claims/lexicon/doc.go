// Package lexicon gives the checking engine general English lexical
// knowledge: lemmatisation, British/American spelling normalisation, and
// the WordNet relations synonymy, antonymy, hypernymy and co-hyponymy
// ("siblings").
//
// # Data
//
// All knowledge comes from Princeton WordNet 3.0 (see WORDNET-LICENSE), not
// from any list of words taken from the corpus. The generator in
// internal/gen reads the WordNet database files (data.*, index.*, *.exc and
// cntlist.rev, as installed by Debian's wordnet-base in /usr/share/wordnet)
// and writes wordnet.bin.gz: a gzip-compressed table of the lemma strings,
// every synset's members and the semantic/lexical pointers the engine
// needs (antonym, hypernym, instance hypernym, similar-to, verb group,
// derivation, also-see, attribute, pertainym, entailment, cause,
// participle, part holonym), each lemma's senses in WordNet's frequency order with its
// SemCor tag count, the morphological exception lists, and spelling
// variant pairs. Glosses, examples, meronyms, member and substance
// holonyms and hyponym back-pointers are dropped. The table is embedded with go:embed and decoded once, lazily,
// on first use; regenerate it with "go generate".
//
// British/American variant pairs are derived, not listed: the generator
// rewrites each lemma with general spelling rules (our→or, ence→ense,
// ise→ize, yse→yze, tre→ter, ogue→og, mme→m, ae/oe→e, ll→l) and keeps a
// pair only when the rewritten word is also a lemma and both spellings
// share a synset (armoured/armored, defence/defense, programme/program).
//
// # Lookups
//
// Every function accepts any inflected form, in any case, with spaces or
// underscores between the words of a collocation ("stay away",
// "take_part"); it lemmatises internally. Functions are safe for concurrent
// use; for lower-case input the relations do not allocate (Lemma and
// Normalize only allocate when falling back to the Snowball stemmer).
//
// # Precision
//
// WordNet senses are fine-grained and very common words have dozens of
// them ("take" has 42 verb senses, "get" 36, "make" 49, "go" 30), so
// sense-unrestricted synonymy says "take" means "get", "make" means "have"
// and "go" means "die". Synonyms therefore only considers the first
// [SynonymSenses] senses of each word in each part of speech (WordNet lists
// senses in descending corpus frequency). The tests record which pairs
// this accepts and rejects. Antonyms, Hypernym and Siblings likewise use
// the first few senses of each word ([AntonymSenses], [HypernymSenses]).
//
// WordNet's own gaps are kept, not patched: it files "train" under public
// transport → conveyance, not under vehicle, so Hypernym("train",
// "vehicle") is false and Siblings("train", "vehicle") is true. The only
// hand-written data are the two supplements: antonyms_supplement.txt, a
// short list of opposites WordNet lacks, mostly the labelling guide's own
// examples (shortage/surplus, banned/approved, concern/welcome), and
// synonyms_supplement.txt, now empty. Each pair needs a general source
// written beside it, which TestSupplementsJustified checks.
package lexicon

//go:generate go run ./internal/gen -wordnet /usr/share/wordnet -out wordnet.bin.gz
