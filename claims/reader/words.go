package reader

import "github.com/factcheck/factcheck/claims"

// The closed classes of English the reader needs. These are grammar, not
// knowledge about any document: determiners, pronouns, auxiliaries,
// prepositions, negators, hedges and certainty markers.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopWords carry no content of their own.
var stopWords = set(
	"a", "an", "the", "this", "that", "these", "those", "its", "it", "it's", "his", "her", "hers",
	"their", "theirs", "our", "ours", "my", "your", "he", "she", "they", "them", "him", "we", "us",
	"i", "you", "who", "whom", "whose", "which", "what", "where", "when", "there", "here",
	"be", "is", "are", "was", "were", "been", "being", "am", "'s",
	"have", "has", "had", "having", "do", "does", "did", "done",
	"will", "would", "shall", "should", "can", "could", "must", "to", "of", "in", "on", "at",
	"by", "for", "with", "from", "into", "onto", "upon", "about", "as", "than", "then", "so",
	"and", "or", "but", "nor", "if", "while", "whereas", "although", "though", "because",
	"also", "too", "both", "either", "neither", "just", "even", "still", "already", "yet",
	"however", "meanwhile", "namely", "such", "like", "other", "another", "some", "any",
	"all", "each", "every", "much", "many", "most", "more", "own", "same", "very", "only",
	"up", "out", "off", "over", "under", "between", "among", "during", "before", "after",
	"until", "since", "ago", "following", "ahead", "against", "toward", "towards", "via",
	"per", "within", "without", "through", "across", "around", "behind", "beyond", "aboard", "onboard",
	"now", "currently", "today", "again", "once", "ever", "nevertheless", "instead",
	"whether", "said", "says", "say", "saying", "reported", "reports", "report", "reporting",
	"according", "that's", "get", "got",
	"mr", "mrs", "ms", "dr", "particular", "respectively", "several", "certain", "various",
	"time", "times", "one's",
)

// conditionals make what follows them hypothetical.
var conditionals = set("if", "unless", "whether", "suppose", "supposing")

// negators reverse the polarity of the clause they stand in.
var negators = set("not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "hardly", "barely", "scarcely")

// hedgeWords mark a statement as less than certain, with the hedge they
// express.
var hedgeWords = map[string]claims.Hedge{
	"likely": claims.HedgeLikely, "probably": claims.HedgeLikely, "probable": claims.HedgeLikely,
	"expected": claims.HedgeExpected, "expect": claims.HedgeExpected, "expects": claims.HedgeExpected,
	"due": claims.HedgeExpected, "set": claims.HedgeExpected, "scheduled": claims.HedgeExpected,
	"plans": claims.HedgePlanned, "plan": claims.HedgePlanned, "planned": claims.HedgePlanned,
	"planning": claims.HedgePlanned, "intends": claims.HedgePlanned, "intend": claims.HedgePlanned,
	"intended": claims.HedgePlanned, "aims": claims.HedgePlanned, "aim": claims.HedgePlanned,
	"may": claims.HedgeSpeculation, "might": claims.HedgeSpeculation, "could": claims.HedgeSpeculation,
	"possibly": claims.HedgeSpeculation, "possible": claims.HedgeSpeculation, "perhaps": claims.HedgeSpeculation,
	"speculation": claims.HedgeSpeculation, "speculated": claims.HedgeSpeculation, "rumoured": claims.HedgeSpeculation,
	"rumored": claims.HedgeSpeculation, "maybe": claims.HedgeSpeculation, "reportedly": claims.HedgeReported,
	"allegedly": claims.HedgeReported, "supposedly": claims.HedgeReported, "apparently": claims.HedgeReported,
}

// boosters claim more certainty than a hedge allows.
var boosters = set(
	"definitely", "certainly", "surely", "undoubtedly", "unquestionably", "confirmed",
	"confirm", "confirms", "officially", "official", "guaranteed", "assuredly", "indisputably",
	"doubtless", "absolutely", "announced", "formally", "undeniably", "verified",
	"certain", "sure", "bound",
)

// attributionVerbs introduce a source: "X said", "X reported that".
var attributionVerbs = set(
	"said", "says", "say", "reported", "reports", "report", "told", "stated", "states",
	"claimed", "claims", "wrote", "writes", "announced", "announces", "confirmed", "confirms",
	"revealed", "reveals", "noted", "notes", "added", "according",
	"believe", "believes", "think", "thinks", "argue", "argues", "suggest", "suggests",
	"warn", "warns", "warned", "estimate", "estimates", "say", "reckon", "reckons",
)

// auxiliaries head verb groups.
var auxiliaries = set(
	"be", "is", "are", "was", "were", "been", "being", "am", "will", "would", "shall", "should",
	"can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did",
)

// pronouns stand for an entity named elsewhere.
var pronouns = set("he", "she", "it", "they", "him", "her", "them")

// subjectPronouns stand as the subject of a finite clause.
var subjectPronouns = set("he", "she", "they", "we", "i")

// coordinators join words or clauses of one kind.
var coordinators = set("and", "or", "but")

// clauseBreaks split a statement into clauses when a predicate stands on
// both sides.
var clauseBreaks = set("and", "but", "while", "whereas", "although", "though", "yet", "because", "when")

// relativePronouns open a relative clause: "the summit that Putin skipped".
var relativePronouns = set("that", "which", "who")

// nonRestrictivePronouns open a relative clause set off by a comma:
// "Merkel, who ...", "the forum, which ...", "Sylvania, whose navy ...".
var nonRestrictivePronouns = set("which", "who", "whose")

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"million": 1e6, "billion": 1e9, "dozen": 12,
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// particles end phrasal verbs: "stay away", "walk out", "go to", "look
// on" (watch), "take over"; a pair counts only where WordNet lists it.
var particles = set("away", "out", "up", "off", "to", "down", "back", "about", "for", "on", "over")
