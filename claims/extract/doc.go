// Package extract draws claims from a document's text automatically, so a
// document added to the corpus without hand-curated claims can still be
// checked against.
//
// The idea is to let the same reader that reads incoming statements
// (claims/reader) read every content sentence of the document, and to record
// each sentence as one claim: the whole sentence is both the Statement and
// the Quote, the Span is the sentence's exact byte range in the text, and
// the Structure, Hedge, Attribution and Time are filled from the reading
// (named subjects, the first verb's lemma, other named entities, a place
// after "in"/"at", numbers, an office given to a person, negation, hedge
// words, named sources, the first date). The engine reads the Statement
// again when it indexes the claim, so the Structure is a summary that helps
// the search and the audit rather than the whole of what is compared.
//
// Sentences are cut by a splitter that knows line breaks, sentence-final
// punctuation before a capital or a quote, common abbreviations ("U.S.",
// "Mr.", "No."), initials and decimals. Promotion lines ("Click here",
// "join our channel", "is now on Telegram") and the document's boilerplate
// section yield nothing; a trailing photo credit (" | AP") and a leading
// all-capitals caption label are trimmed from the quote.
//
// Limits. A curator writes several atomic claims per sentence, resolves every
// pronoun and elided subject, and makes every relative date absolute; this
// package writes one claim per sentence and rewrites only a leading subject
// pronoun ("He however attended..." becomes "Putin however attended..."),
// resolved to the previous sentence's last matching named subject, and a
// leading elided subject ("But, walked out...") from the sentence before. A
// sentence that names no known entity, not even as its source, yields no
// claim, because a claim needs a subject the corpus knows; when no named
// subject stands before the verb the first other name (else the named
// source) is taken and the claim's Note says so. The reader reads a copy of
// each sentence with the stops of abbreviations blanked ("U.S." as "US  "),
// as it would otherwise cut a clause there. Structure is
// drawn from the first clause, so a later clause's predicate is only in the
// Statement. Dates written without a year take the publication year. The
// hedge is the loosest the sentence carries, which over-hedges a sentence
// whose clauses differ. Nothing here knows the article's own errors; they
// are kept as stated, like a curator would.
package extract
