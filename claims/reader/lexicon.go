package reader

import (
	"strings"

	"github.com/factcheck/factcheck/claims/lexicon"
	"github.com/factcheck/factcheck/claims/memo"
)

// Lexicon is the English word knowledge the reader needs. WordNet answers
// by default; tests may substitute their own.
type Lexicon interface {
	// Lemma returns the dictionary form of a lower-case word, in one
	// spelling standard, with collocations joined by underscores.
	Lemma(word string) string
	// Known reports whether a lemma, possibly a collocation joined by
	// underscores ("take_place"), is in the dictionary.
	Known(lemma string) bool
	// Verb reports whether the word can be a verb.
	Verb(word string) bool
	// EventNoun reports whether the word names a gathering or an event
	// ("summit", "meeting", "talks", "event").
	EventNoun(word string) bool
	// ActionNoun reports whether the word names an act, such as a journey
	// or a visit, that a light verb ("make the trip") can carry.
	ActionNoun(word string) bool
	// Saying reports whether a verb's lemma is a verb of saying ("say",
	// "stress", "announce").
	Saying(lemma string) bool
	// Travel reports whether a verb's lemma means to travel, change
	// location ("go", "journey").
	Travel(lemma string) bool
}

// WordNet is the Lexicon backed by claims/lexicon. It remembers its
// answers, which reading a statement asks of the same words many times
// over, and each check asks again.
type WordNet struct{}

var (
	lemmaMemo  = memo.Strings[string](wordMemoLimit)
	knownMemo  = memo.Strings[bool](wordMemoLimit)
	verbMemo   = memo.Strings[bool](wordMemoLimit)
	actionMemo = memo.Strings[bool](wordMemoLimit)
	eventMemo  = memo.Strings[bool](wordMemoLimit)
)

// Lemma implements Lexicon.
func (WordNet) Lemma(word string) string { return lemmaMemo.Get(word, lemmaOf) }

// lemmaOf is lexicon.Normalize in a string of its own: a word it does not
// know may come back as itself, a piece of the caller's whole text, which
// the memo must not keep alive.
func lemmaOf(word string) string { return strings.Clone(lexicon.Normalize(word)) }

// Known implements Lexicon.
func (WordNet) Known(lemma string) bool { return knownMemo.Get(lemma, lexicon.Known) }

// Verb implements Lexicon.
func (WordNet) Verb(word string) bool { return verbMemo.Get(word, canBeVerb) }

func canBeVerb(word string) bool { return lexicon.POS(word).Has(lexicon.Verb) }

// Saying implements Lexicon.
func (WordNet) Saying(lemma string) bool { return lexicon.Saying(lemma) }

// Travel implements Lexicon: a synonym of WordNet's "travel".
func (WordNet) Travel(lemma string) bool { return lexicon.Synonyms(lemma, "travel") }

// ActionNoun implements Lexicon.
func (WordNet) ActionNoun(word string) bool { return actionMemo.Get(word, actionNoun) }

func actionNoun(word string) bool {
	return lexicon.POS(word).Has(lexicon.Noun) && (lexicon.Hypernym(word, "act") || lexicon.Hypernym(word, "event"))
}

// EventNoun implements Lexicon. Besides gatherings it takes the people an
// organisation's gathering is made of ("the G20 leaders", "BRICS
// delegates").
func (WordNet) EventNoun(word string) bool { return eventMemo.Get(word, eventNoun) }

func eventNoun(word string) bool {
	switch word {
	case "event", "events", "leaders", "delegates", "members", "delegations":
		return true
	}
	return word == "gathering" || word == "gatherings" || lexicon.Hypernym(word, "gathering")
}

// wordMemoLimit bounds each memo of words: English has far fewer words in use,
// and a flood of made-up ones only makes the memo start afresh.
const wordMemoLimit = 1 << 16
