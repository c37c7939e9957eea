package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// Sense limits. WordNet lists each lemma's senses in descending SemCor
// frequency; rare senses of very polysemous words make sense-unrestricted
// relations over-generate. The values were chosen by measuring the pairs in
// lexicon_test.go.
const (
	// SynonymSenses is how many senses per part of speech of each word
	// Synonyms considers.
	SynonymSenses = 3
	// SynonymReach is how many senses further down the other word's list
	// a shared sense may stand.
	SynonymReach = 2
	// ReachPolysemy is the most senses a word may have for the reach to
	// apply: light verbs with dozens of senses ("get", "have") keep the
	// strict cut.
	ReachPolysemy = 15
	// AntonymSenses is how many senses per part of speech of each word
	// Antonyms considers.
	AntonymSenses = 4
	// HypernymSenses is how many senses per part of speech of the specific
	// word Hypernym and Siblings consider (any sense of the general word
	// counts).
	HypernymSenses = 4
	// SiblingDistance is the largest number of hypernym links from either
	// word up to the common ancestor Siblings looks for.
	SiblingDistance = 5
	// SiblingMinDepth is the smallest depth (links below a root such as
	// "entity") a noun common ancestor may have, so that very abstract
	// ancestors ("artifact", "physical entity") do not make everything
	// siblings. Verb hierarchies are shallow and have no minimum.
	SiblingMinDepth = 6
)

const maxCands = 4

// cands returns the lemma ids a normalised word can stand for: the word
// itself when it is a lemma, its lemma, and their American spellings.
func (t *table) cands(w string, buf *[maxCands]int32) []int32 {
	out := buf[:0]
	add := func(l int32) {
		if l < 0 || len(out) == maxCands {
			return
		}
		for _, x := range out {
			if x == l {
				return
			}
		}
		out = append(out, l)
	}
	if w == "" {
		return out
	}
	if self := t.lookup(w); self >= 0 && t.hasSenses(self) {
		add(self)
	}
	add(t.lemmaID(w))
	for _, l := range out {
		if v, ok := t.variant[l]; ok {
			add(v)
		}
	}
	return out
}

func top(s []int32, k int) []int32 {
	if len(s) > k {
		return s[:k]
	}
	return s
}

func contains(s []int32, x int32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// pair runs rel over every candidate lemma pair of a and b.
func pair(a, b string, rel func(t *table, x, y int32) bool) bool {
	t := get()
	var ba, bb [maxCands]int32
	ca := t.cands(normalize(a), &ba)
	if len(ca) == 0 {
		return false
	}
	cb := t.cands(normalize(b), &bb)
	for _, x := range ca {
		for _, y := range cb {
			if rel(t, x, y) {
				return true
			}
		}
	}
	return false
}

// Synonyms reports whether a and b can mean the same thing: the words or
// their lemmas are equal or spelling variants, share a synset, or one of them is a
// derivationally related form of the other (meet ↔ meeting), or their
// synsets are in one verb group or are similar adjectives (huge ≈ large).
// Only the first [SynonymSenses] senses of each word in each part of speech
// count.
func Synonyms(a, b string) bool {
	if na := normalize(a); na != "" && na == normalize(b) {
		return true
	}
	return pair(a, b, func(t *table, x, y int32) bool {
		return x == y || t.synonyms(x, y, SynonymSenses) || t.synonyms(y, x, SynonymSenses) || synSupplement.has(x, y)
	})
}

//go:embed synonyms_supplement.txt
var synonymSupplementText string

// synSupplement holds the pairs of synonyms_supplement.txt.
var synSupplement = &pairList{text: &synonymSupplementText, name: "synonym"}

// pairList is a supplement of word pairs, read on first use.
type pairList struct {
	text  *string
	name  string
	once  sync.Once
	pairs [][2]int32
}

// has reports whether lemmas x and y are a listed pair, in either order.
func (l *pairList) has(x, y int32) bool {
	l.once.Do(func() {
		t := get()
		for _, line := range strings.Split(*l.text, "\n") {
			f := strings.Fields(line)
			if len(f) != 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			a, b := t.lookup(f[0]), t.lookup(f[1])
			if a < 0 || b < 0 {
				panic("lexicon: supplementary " + l.name + " not in WordNet: " + line)
			}
			l.pairs = append(l.pairs, [2]int32{a, b})
		}
	})
	for _, p := range l.pairs {
		if p[0] == x && p[1] == y || p[0] == y && p[1] == x {
			return true
		}
	}
	return false
}

// synonyms reports whether one of the first k senses of x is a sense of y
// among its first k+SynonymReach, or is linked to one by a verb group,
// similarity or derivation. The reach lets a common sense that one word
// lists a little lower still count (head ≈ lead: "be in charge of" is the
// third sense of head and the fourth of lead). When neither word has more
// than ReachPolysemy senses in a part of speech, any sense they share
// counts: the cut guards against the dozens of loose senses of light
// verbs (get, take, make), which few-sense words do not have (cap ≈
// ceiling, "an upper limit", the fifth sense of cap).
func (t *table) synonyms(x, y int32, k int) bool {
	for p := range numPos {
		kx, ky := k, k
		if n := len(t.sensesOf(y, p)); n <= ReachPolysemy {
			ky += SynonymReach
		}
		if len(t.sensesOf(x, p)) <= ReachPolysemy && len(t.sensesOf(y, p)) <= ReachPolysemy {
			// Few senses each: any sense they share (a cap is a ceiling).
			kx, ky = ReachPolysemy, ReachPolysemy
		}
		sy := top(t.sensesOf(y, p), ky)
		for _, s := range top(t.sensesOf(x, p), kx) {
			if contains(sy, s) {
				return true
			}
			xi := t.memberIndex(s, x)
			for _, q := range t.pointers(s) {
				switch q.typ {
				case ptrVerbGroup, ptrSimilar:
					if contains(top(t.sensesOf(y, int(t.synPos[q.target])), ky), q.target) {
						return true
					}
				case ptrDerivation:
					if (q.src == 0 || q.src == xi) && t.isMember(q.target, q.tgt, y) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isMember reports whether lemma l is member idx (1-based; 0 = any) of s.
func (t *table) isMember(s int32, idx uint8, l int32) bool {
	m := t.members(s)
	if idx == 0 {
		return contains(m, l)
	}
	return int(idx) <= len(m) && m[idx-1] == l
}

// Antonyms reports whether a and b are opposites in WordNet: a direct
// antonym pointer between senses of the two words or of their synonyms
// (synset-mates), extended through similar-to (wet/dry → damp/arid) and
// derivationally related forms (absent ↔ present → absence ↔ presence).
// A sense that is a direct hyponym (for verbs, troponym) of an opposite
// counts too, since a kind of the opposite excludes the word (skip "cut
// class" is a kind of miss, the antonym of attend). Only the first
// [AntonymSenses] senses of each word count. A few general pairs WordNet
// lacks (before/after, shortage/surplus, leave/stay) come from the
// documented supplement antonyms_supplement.txt.
func Antonyms(a, b string) bool {
	return pair(a, b, func(t *table, x, y int32) bool {
		return x != y && (t.antonyms(x, y) || t.antonyms(y, x) || supplemented(x, y))
	})
}

// DirectAntonyms reports whether a and b are opposites without a step
// through derived forms or kinds: an antonym pointer from one of the first
// [AntonymSenses] senses of one word, or of a synset similar to it, to a
// synset holding the other, or a pair of the supplement. Two things or
// manners are incompatible on this ground only ("shortage" and
// "surplus"); "backer" and "confrontation" are opposed only through
// "back", "oppose" and "confront".
func DirectAntonyms(a, b string) bool {
	return pair(a, b, func(t *table, x, y int32) bool {
		return x != y && (t.directAntonyms(x, y) || t.directAntonyms(y, x) || supplemented(x, y))
	})
}

func (t *table) directAntonyms(x, y int32) bool {
	var opp synSet
	for p := range numPos {
		for _, s := range top(t.sensesOf(x, p), AntonymSenses) {
			t.addAntonyms(s, &opp)
			for _, q := range t.pointers(s) {
				if q.typ == ptrSimilar {
					t.addAntonyms(q.target, &opp)
				}
			}
		}
	}
	for _, s := range opp.buf[:opp.n] {
		if contains(t.members(s), y) {
			return true
		}
	}
	return false
}

//go:embed antonyms_supplement.txt
var supplementText string

var (
	suppOnce  sync.Once
	suppPairs [][2]int32
)

// supplemented reports whether lemmas x and y are a pair listed in
// antonyms_supplement.txt (in either order).
func supplemented(x, y int32) bool {
	suppOnce.Do(func() {
		t := get()
		for _, line := range strings.Split(supplementText, "\n") {
			f := strings.Fields(line)
			if len(f) != 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			a, b := t.lookup(f[0]), t.lookup(f[1])
			if a < 0 || b < 0 {
				panic("lexicon: supplementary antonym not in WordNet: " + line)
			}
			suppPairs = append(suppPairs, [2]int32{a, b})
		}
	})
	for _, p := range suppPairs {
		if p[0] == x && p[1] == y || p[0] == y && p[1] == x {
			return true
		}
	}
	return false
}

type synSet struct {
	buf [96]int32
	n   int
}

func (s *synSet) add(x int32) {
	if s.n < len(s.buf) && !contains(s.buf[:s.n], x) {
		s.buf[s.n] = x
		s.n++
	}
}

func (s *synSet) has(x int32) bool { return contains(s.buf[:s.n], x) }

func (t *table) addAntonyms(s int32, out *synSet) {
	for _, q := range t.pointers(s) {
		if q.typ == ptrAntonym {
			out.add(q.target)
		}
	}
}

func (t *table) antonyms(x, y int32) bool {
	var opp synSet
	for p := range numPos {
		for _, s := range top(t.sensesOf(x, p), AntonymSenses) {
			t.addAntonyms(s, &opp)
			xi := t.memberIndex(s, x)
			for _, q := range t.pointers(s) {
				switch q.typ {
				case ptrSimilar:
					t.addAntonyms(q.target, &opp)
				case ptrDerivation:
					if q.src == 0 || q.src == xi {
						t.addAntonyms(q.target, &opp)
					}
				}
			}
		}
	}
	if opp.n == 0 {
		return false
	}
	for p := range numPos {
		for _, s := range top(t.sensesOf(y, p), AntonymSenses) {
			if t.oppositeKind(s, &opp) {
				return true
			}
			yi := t.memberIndex(s, y)
			for _, q := range t.pointers(s) {
				switch q.typ {
				case ptrSimilar:
					if opp.has(q.target) {
						return true
					}
				case ptrDerivation:
					if (q.src == 0 || q.src == yi) && t.oppositeKind(q.target, &opp) {
						return true
					}
				}
			}
		}
	}
	return false
}

// oppositeKind reports whether synset s is in opp or is a direct hyponym
// (troponym, for verbs) of a synset in opp: a kind of the opposite is
// incompatible too (skip "cut" is a kind of miss, the antonym of attend).
func (t *table) oppositeKind(s int32, opp *synSet) bool {
	if opp.has(s) {
		return true
	}
	for _, q := range t.pointers(s) {
		if (q.typ == ptrHypernym || q.typ == ptrInstance) && opp.has(q.target) {
			return true
		}
	}
	return false
}

type ancestor struct {
	syn  int32
	dist uint8
}

type ancestors struct {
	buf [128]ancestor
	n   int
}

// collect adds the hypernym ancestors of s (not s itself) up to maxDist
// links, breadth first, keeping the shortest distance.
func (t *table) collect(s int32, maxDist int, out *ancestors) {
	start := out.n
	if out.n < len(out.buf) {
		out.buf[out.n] = ancestor{s, 0}
		out.n++
	}
	for i := start; i < out.n; i++ {
		a := out.buf[i]
		if int(a.dist) >= maxDist {
			continue
		}
	next:
		for _, q := range t.pointers(a.syn) {
			if q.typ != ptrHypernym && q.typ != ptrInstance {
				continue
			}
			for j := start; j < out.n; j++ {
				if out.buf[j].syn == q.target {
					continue next
				}
			}
			if out.n == len(out.buf) {
				return
			}
			out.buf[out.n] = ancestor{q.target, a.dist + 1}
			out.n++
		}
	}
}

// Hypernym reports whether general names a (transitive) hypernym or
// instance hypernym of specific, for nouns and verbs: missile→weapon,
// summit→meeting, walk_out→leave. The first [HypernymSenses] senses of
// specific and any sense of general count. A word is not its own hypernym.
func Hypernym(specific, general string) bool {
	return pair(specific, general, func(t *table, x, y int32) bool {
		return x != y && t.hypernym(x, y)
	})
}

// VerbHypernym reports whether one of the first two senses of the verb
// general is the immediate hypernym of one of the first [HypernymSenses]
// senses of the verb specific (voice → express, fly → travel). Verb
// hierarchies are shallow and their senses loose, so only one link to a
// main sense counts: "coordinate" is a kind of "meet" only in the sense
// "satisfy", not "come together".
func VerbHypernym(specific, general string) bool {
	return pair(specific, general, func(t *table, x, y int32) bool { return t.verbLink(x, y, ptrHypernym) })
}

// Entails reports whether one of the first [HypernymSenses] senses of the
// verb specific entails one of the first two senses of the verb general in
// WordNet (snore ⊨ sleep, buy ⊨ pay): doing the one is doing the other, as
// with a hypernym, so it is natural logic's forward entailment.
func Entails(specific, general string) bool {
	return pair(specific, general, func(t *table, x, y int32) bool { return t.verbLink(x, y, ptrEntailment) })
}

// Causes reports whether one of the first [HypernymSenses] senses of the
// verb cause causes one of the first two senses of the verb effect in
// WordNet (kill → die, drop → fall): what undergoes the one does the other,
// so "X was killed" says "X died".
func Causes(cause, effect string) bool {
	return pair(cause, effect, func(t *table, x, y int32) bool { return t.verbLink(x, y, ptrCause) })
}

// verbLink reports whether a pointer of kind typ leads from one of the
// first [HypernymSenses] senses of verb x to one of the first two senses
// of verb y: one link to a main sense (VerbHypernym, Entails, Causes).
func (t *table) verbLink(x, y int32, typ uint8) bool {
	if x == y {
		return false
	}
	main := top(t.sensesOf(y, verbPos), 2)
	for _, s := range top(t.sensesOf(x, verbPos), HypernymSenses) {
		for _, q := range t.pointers(s) {
			if q.typ == typ && contains(main, q.target) {
				return true
			}
		}
	}
	return false
}

func (t *table) hypernym(x, y int32) bool {
	return t.hypernymWithin(x, y, []int{nounPos, verbPos}, 64)
}

func (t *table) hypernymWithin(x, y int32, parts []int, depth int) bool {
	for _, p := range parts {
		for _, s := range top(t.sensesOf(x, p), HypernymSenses) {
			var anc ancestors
			t.collect(s, depth, &anc)
			for _, a := range anc.buf[1:anc.n] {
				if t.memberIndex(a.syn, y) != 0 {
					return true
				}
			}
		}
	}
	return false
}

// Siblings reports whether a and b are distinct co-hyponyms: senses of the
// two words (nouns or verbs, first [HypernymSenses] senses) have a common
// hypernym at most [SiblingDistance] links above each, that ancestor is not
// too abstract (noun depth at least [SiblingMinDepth]), and the words are
// neither synonyms nor hypernyms of each other. So train and airplane (both
// conveyances) or car and boat (both vehicles) are siblings; train and
// vehicle, or plane and airplane, are not.
func Siblings(a, b string) bool {
	return pair(a, b, func(t *table, x, y int32) bool {
		if x == y || t.synonyms(x, y, SynonymSenses) || t.synonyms(y, x, SynonymSenses) || t.hypernym(x, y) || t.hypernym(y, x) {
			return false
		}
		return t.siblings(x, y)
	})
}

func (t *table) siblings(x, y int32) bool {
	for _, p := range [...]int{nounPos, verbPos} {
		sy := top(t.sensesOf(y, p), HypernymSenses)
		if len(sy) == 0 {
			continue
		}
		for _, sx := range top(t.sensesOf(x, p), HypernymSenses) {
			var ax ancestors
			t.collect(sx, SiblingDistance, &ax)
			for _, s := range sy {
				var ay ancestors
				t.collect(s, SiblingDistance, &ay)
				for _, u := range ax.buf[1:ax.n] {
					if p == nounPos && int(t.synDepth[u.syn]) < SiblingMinDepth {
						continue
					}
					for _, v := range ay.buf[1:ay.n] {
						if u.syn == v.syn {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// Saying reports whether a verb is one of saying: "say", or a kind of
// expressing, stating or communicating in WordNet ("stress", "announce",
// "tell", "voice").
func Saying(verb string) bool {
	l := Lemma(verb)
	return l == "say" || VerbHypernym(l, "express") || VerbHypernym(l, "state") || VerbHypernym(l, "communicate")
}

// ProperNoun reports whether the most frequent noun sense of word is an
// instance of something (Otis the inventor, Tehran the city) rather than a
// kind of thing: in WordNet such a word is first of all a name.
func ProperNoun(word string) bool {
	t := get()
	var buf [maxCands]int32
	for _, l := range t.cands(normalize(word), &buf) {
		senses := t.sensesOf(l, nounPos)
		if len(senses) == 0 {
			continue
		}
		for _, q := range t.pointers(senses[0]) {
			if q.typ == ptrInstance {
				return true
			}
		}
	}
	return false
}
