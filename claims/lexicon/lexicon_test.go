package lexicon

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestLemma(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"met", "meet"}, {"left", "leave"}, {"skipped", "skip"}, {"swapped", "swap"},
		{"led", "lead"}, {"headed", "head"}, {"countries", "country"}, {"armoured", "armoured"},
		{"meeting", "meet"}, {"was", "be"}, {"has", "have"}, {"running", "run"},
		{"hopped", "hop"}, {"travelled", "travel"}, {"lives", "live"}, {"glasses", "glass"},
		{"news", "news"}, {"data", "data"}, {"women", "woman"}, {"children", "child"},
		{"better", "good"}, {"took", "take"}, {"flew", "fly"}, {"planes", "plane"},
		{"Met", "meet"}, {"walked out", "walk_out"}, {"stayed_away", "stay_away"},
		{"took part", "take_part"}, {"prime ministers", "prime_minister"}, {"in person", "in_person"},
		{"meet", "meet"}, {"", ""},
		// British -ise verbs count with their American forms' SemCor frequency.
		{"memorised", "memorise"}, {"emphasised", "emphasise"},
		// Not in WordNet: Snowball stem.
		{"blorfing", "blorf"},
	} {
		if got := Lemma(tc.in); got != tc.want {
			t.Errorf("Lemma(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormalizeSpelling(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"armoured", "armored"}, {"armored", "armored"}, {"defence", "defense"},
		{"programme", "program"}, {"programmes", "program"}, {"colour", "color"},
		{"centre", "center"}, {"organisation", "organization"}, {"catalogue", "catalog"},
		{"analyse", "analyze"}, {"travelled", "travel"}, {"country", "country"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStem(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"running": "run", "countries": "countri", "meeting": "meet"} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKnownPOS(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in    string
		known bool
		pos   PartOfSpeech
	}{
		{"train", true, Noun | Verb},
		{"quickly", true, Adverb},
		{"stay away", true, Verb},
		{"met", true, Noun | Verb | Adjective},
		{"blorfing", false, 0},
		{"", false, 0},
	} {
		if got := Known(tc.in); got != tc.known {
			t.Errorf("Known(%q) = %v, want %v", tc.in, got, tc.known)
		}
		if got := POS(tc.in); got != tc.pos {
			t.Errorf("POS(%q) = %v, want %v", tc.in, got, tc.pos)
		}
	}
	if s := (Noun | Verb).String(); s != "noun|verb" {
		t.Errorf("String = %q", s)
	}
}

type pairCase struct {
	a, b string
	want bool
}

func runPairs(t *testing.T, name string, rel func(a, b string) bool, cases []pairCase) {
	t.Helper()
	for _, tc := range cases {
		if got := rel(tc.a, tc.b); got != tc.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSynonyms(t *testing.T) {
	t.Parallel()
	runPairs(t, "Synonyms", Synonyms, []pairCase{
		{"meet", "meeting", true}, {"met", "meetings", true}, {"big", "large", true},
		{"huge", "large", true}, {"take part", "participate", true}, {"buy", "purchase", true},
		{"armoured", "armored", true}, {"defence", "defense", true}, {"plane", "airplane", true},
		{"car", "automobile", true}, {"begin", "start", true}, {"said", "told", true},
		{"attend", "go_to", true}, {"Car", "AUTOMOBILE", true},
		// Polysemous verbs: true with every sense, false with the first three.
		{"go", "die", false}, {"take", "get", false}, {"make", "have", false},
		{"get", "have", false}, {"go", "run", false}, {"take", "bring", false},
		{"be", "have", false},
		// Few senses each: any shared sense ("an upper limit" is cap's fifth).
		{"cap", "ceiling", true}, {"tally", "count", true},
		// Other relations are not synonymy.
		{"big", "small", false}, {"win", "lose", false}, {"summit", "meeting", false},
		{"kill", "murder", false}, {"train", "plane", false}, {"stay away", "absent", false},
		{"blorf", "blorf", true}, {"blorf", "car", false}, {"", "car", false},
	})
}

// TestSenseRestriction documents why Synonyms only looks at the first
// SynonymSenses senses: with every sense these pairs of very common words
// would all count as synonyms.
func TestSenseRestriction(t *testing.T) {
	t.Parallel()
	tab := get()
	for _, p := range [][2]string{{"go", "die"}, {"take", "get"}, {"make", "have"}, {"get", "have"}, {"go", "run"}, {"take", "bring"}} {
		x, y := tab.lookup(p[0]), tab.lookup(p[1])
		all := tab.synonyms(x, y, 1000) || tab.synonyms(y, x, 1000)
		restricted := tab.synonyms(x, y, SynonymSenses) || tab.synonyms(y, x, SynonymSenses)
		if !all || restricted {
			t.Errorf("%v: all senses %v, first %d senses %v; want true, false", p, all, SynonymSenses, restricted)
		}
	}
}

func TestAntonyms(t *testing.T) {
	t.Parallel()
	runPairs(t, "Antonyms", Antonyms, []pairCase{
		// Supported by WordNet (directly or through the extensions).
		{"attend", "miss", true},        // direct
		{"attend", "skip", true},        // skip "cut class" is a kind of miss
		{"attended", "skipped", true},   // any inflection
		{"attend", "absent", true},      // attend→attendance ! nonattendance ⊃ absence←absent
		{"attendance", "absence", true}, //
		{"present", "absent", true},
		{"ban", "permit", true}, // ban is a kind of forbid ! permit
		{"ban", "allow", true},
		{"arrive", "leave", true}, {"arrive", "depart", true}, {"win", "lose", true},
		{"increase", "decrease", true}, {"accept", "reject", true}, {"early", "late", true},
		{"include", "exclude", true}, {"wet", "arid", true}, {"rise", "fall", true},
		{"buy", "sell", true}, {"true", "false", true}, {"open", "close", true},
		{"man", "woman", true}, {"hot", "cold", true}, {"agree", "disagree", true},
		{"come", "go", true}, {"start", "end", true},
		// From the supplement (WordNet has no link).
		{"before", "after", true}, {"shortage", "surplus", true}, {"leave", "stay", true},
		{"left", "stayed", true}, {"attend", "stay away", true}, {"in person", "virtually", true},
		{"ban", "approve", true}, {"banned", "authorized", true}, {"concern", "welcome", true},
		{"welcomed", "worried", true},
		// Not supported by WordNet, not supplemented.
		{"ban", "sanction", false}, {"welcome", "express", false},
		// Not opposites.
		{"big", "large", false}, {"go", "get", false}, {"leave", "get", false},
		{"buy", "purchase", false}, {"run", "walk", false}, {"dog", "cat", false},
		{"attend", "go", false}, {"meet", "attend", false}, {"say", "tell", false},
		{"increase", "rise", false}, {"win", "beat", false}, {"stay", "remain", false},
		{"have", "get", false}, {"make", "do", false}, {"take", "get", false},
		{"go", "stop", false}, {"train", "plane", false}, {"meet", "miss", false},
		{"win", "win", false}, {"blorf", "car", false},
	})
}

// TestDirectAntonyms: opposites by an antonym pointer (or the supplement),
// not through derived forms: "lender" is opposed to "borrowing" only
// through "lend" and "borrow".
func TestDirectAntonyms(t *testing.T) {
	t.Parallel()
	runPairs(t, "DirectAntonyms", DirectAntonyms, []pairCase{
		{"friend", "enemy", true}, {"import", "export", true}, {"absence", "presence", true},
		{"shortage", "surplus", true}, // the supplement
		{"lender", "borrowing", false}, {"friend", "friend", false}, {"dog", "cat", false},
	})
}

func TestHypernym(t *testing.T) {
	t.Parallel()
	runPairs(t, "Hypernym", Hypernym, []pairCase{
		{"missile", "weapon", true}, {"missiles", "weapons", true}, {"train", "conveyance", true},
		{"summit", "meeting", true}, {"walk out", "leave", true}, {"walked_out", "left", true},
		{"dog", "animal", true}, {"car", "vehicle", true}, {"plane", "vehicle", true},
		{"walked", "travel", true}, {"president", "leader", true}, {"paris", "city", true},
		{"murder", "kill", true},
		// WordNet files train under public transport → conveyance, not vehicle.
		{"train", "vehicle", false},
		{"weapon", "missile", false}, {"dog", "dog", false}, {"car", "automobile", false},
		{"animal", "dog", false}, {"blorf", "thing", false},
	})
}

func TestEntails(t *testing.T) {
	t.Parallel()
	runPairs(t, "Entails", Entails, []pairCase{
		{"snore", "sleep", true}, {"snored", "slept", true}, {"buy", "pay", true},
		{"sleep", "snore", false}, {"pay", "buy", false}, {"limp", "limp", false},
	})
}

func TestCauses(t *testing.T) {
	t.Parallel()
	runPairs(t, "Causes", Causes, []pairCase{
		{"kill", "die", true}, {"feed", "eat", true}, {"raise", "rise", true},
		{"die", "kill", false}, {"eat", "feed", false},
	})
}

func TestSiblings(t *testing.T) {
	t.Parallel()
	runPairs(t, "Siblings", Siblings, []pairCase{
		{"train", "airplane", true}, {"train", "plane", true}, {"trains", "planes", true},
		{"car", "boat", true}, {"train", "car", true}, {"bus", "train", true},
		{"cat", "dog", true}, {"apple", "orange", true}, {"monday", "tuesday", true},
		{"france", "germany", true}, {"missile", "rifle", true}, {"red", "blue", true},
		{"walk", "fly", true}, {"walk", "drive", true},
		// Synonyms and hypernyms are not siblings.
		{"plane", "airplane", false}, {"car", "vehicle", false}, {"dog", "animal", false},
		{"car", "car", false},
		// Too far apart (common ancestor too abstract or too distant).
		{"train", "hammer", false}, {"train", "idea", false}, {"meet", "eat", false},
		{"blorf", "car", false},
	})
}

func TestSupplementWords(t *testing.T) {
	t.Parallel()
	supplemented(0, 0) // panics if a supplement word is not a WordNet lemma
	if len(suppPairs) == 0 || len(suppPairs) > 20 {
		t.Fatalf("supplement has %d pairs; keep it short", len(suppPairs))
	}
}

func TestDecode(t *testing.T) {
	t.Parallel()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	tab, err := decode(tableGz)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	retained := len(tab.blob) + 4*len(tab.off) + 2*len(tab.synPos) + 4*len(tab.memOff) + 4*len(tab.mem) +
		4*len(tab.ptrOff) + 8*len(tab.ptrs) + 4*len(tab.senseOff) + 4*len(tab.senses) + 4*len(tab.freq) +
		4*len(tab.excOff) + 8*len(tab.exc) + 16*len(tab.variant)
	t.Logf("decode: %v, %d strings, %d synsets, %d pointers, %d variant pairs, %.1f MB allocated, %.1f MB retained (embedded %.2f MB)",
		elapsed, len(tab.off)-1, len(tab.synPos), len(tab.ptrs), len(tab.variant),
		float64(after.TotalAlloc-before.TotalAlloc)/1e6, float64(retained)/1e6, float64(len(tableGz))/1e6)
	if len(tab.synPos) != 117659 {
		t.Errorf("synsets = %d, want 117659 (WordNet 3.0)", len(tab.synPos))
	}
	if _, err := decode(tableGz[:len(tableGz)/2]); err == nil {
		t.Error("truncated table decoded without error")
	}
}

func TestConcurrent(t *testing.T) {
	t.Parallel()
	done := make(chan bool)
	for range 8 {
		go func() {
			ok := Synonyms("meet", "meeting") && Antonyms("win", "lose") && Hypernym("missile", "weapon") && Siblings("train", "plane")
			done <- ok
		}()
	}
	for range 8 {
		if !<-done {
			t.Error("concurrent lookups disagreed")
		}
	}
}

func TestNoAllocs(t *testing.T) {
	get()
	for name, f := range map[string]func(){
		"Lemma":    func() { Lemma("skipped") },
		"Synonyms": func() { Synonyms("meet", "meeting") },
		"Antonyms": func() { Antonyms("attend", "skip") },
		"Hypernym": func() { Hypernym("missile", "weapon") },
		"Siblings": func() { Siblings("train", "airplane") },
	} {
		if n := testing.AllocsPerRun(20, f); n > 0 {
			t.Errorf("%s allocates %.0f times per call", name, n)
		}
	}
}

func FuzzLemma(f *testing.F) {
	for _, s := range []string{"met", "skipped", "walked out", "", " ", "ies", "ed", "Ünïcode", "a_b_", "_", "___x", "ss", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := Lemma(s)
		n := Normalize(s)
		Known(s)
		POS(s)
		Synonyms(s, "meet")
		Antonyms(s, "win")
		Hypernym(s, "entity")
		Siblings(s, "train")
		if utf8.ValidString(s) && strings.TrimSpace(s) != "" && (l == "" || n == "") && Stem(normalize(s)) != "" {
			t.Errorf("Lemma(%q) = %q, Normalize = %q", s, l, n)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(tableGz); err != nil {
			b.Fatal(err)
		}
	}
}

func benchPair(b *testing.B, rel func(a, b string) bool, x, y string) {
	get()
	b.ReportAllocs()
	for b.Loop() {
		rel(x, y)
	}
}

func BenchmarkLemma(b *testing.B) {
	get()
	b.ReportAllocs()
	for b.Loop() {
		Lemma("skipped")
	}
}
func BenchmarkSynonyms(b *testing.B) { benchPair(b, Synonyms, "met", "meetings") }
func BenchmarkAntonyms(b *testing.B) { benchPair(b, Antonyms, "attended", "skipped") }
func BenchmarkHypernym(b *testing.B) { benchPair(b, Hypernym, "missile", "weapon") }
func BenchmarkSiblings(b *testing.B) { benchPair(b, Siblings, "train", "airplane") }

func TestNoAllocsRegular(t *testing.T) {
	get()
	for _, w := range []string{"hopped", "countries", "meeting", "headed", "armoured"} {
		if n := testing.AllocsPerRun(20, func() { Lemma(w) }); n > 0 {
			t.Errorf("Lemma(%q) allocates %.0f times per call", w, n)
		}
	}
}

// TestSupplementsJustified: every hand-written pair stands under a comment
// naming its general source (WordNet, a grammar construction, or the
// labelling guide's own examples).
func TestSupplementsJustified(t *testing.T) {
	t.Parallel()
	for name, text := range map[string]string{"synonyms": synonymSupplementText, "antonyms": supplementText} {
		why := ""
		for _, line := range strings.Split(text, "\n") {
			switch f := strings.Fields(line); {
			case len(f) == 0:
				why = ""
			case strings.HasPrefix(f[0], "#"):
				why += line
			case !strings.Contains(why, "WordNet") && !strings.Contains(why, "guide") && !strings.Contains(why, "grammar"):
				t.Errorf("%s supplement: %q has no general source above it", name, line)
			}
		}
	}
}

// TestGuideAntonyms: the guide's own opposites, in words no evaluation set
// uses with them.
func TestGuideAntonyms(t *testing.T) {
	t.Parallel()
	for _, p := range [][2]string{{"banned", "approves"}, {"shortages", "surpluses"}, {"welcomes", "concerns"}, {"stayed away", "attends"}} {
		if !Antonyms(p[0], p[1]) {
			t.Errorf("Antonyms(%q, %q) = false", p[0], p[1])
		}
	}
	if Synonyms("take part", "attend") {
		t.Error("Synonyms(take part, attend) = true: no general source links them")
	}
}

func TestProperNoun(t *testing.T) {
	t.Parallel()
	for w, want := range map[string]bool{"otis": true, "tehran": true, "minister": false, "spokeswoman": false, "bridge": false} {
		if got := ProperNoun(w); got != want {
			t.Errorf("ProperNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPertainyms(t *testing.T) {
	t.Parallel()
	for adj, want := range map[string]string{"Peruvian": "peru", "kenyan": "kenya", "chilean": "chile", "tall": ""} {
		got := strings.Join(PertainsTo(adj), " ")
		if got != want {
			t.Errorf("PertainsTo(%q) = %q, want %q", adj, got, want)
		}
	}
	for noun, want := range map[string]string{"Peru": "peruvian", "kenya": "kenyan", "bridge": ""} {
		got := strings.Join(Demonyms(noun), " ")
		if got != want {
			t.Errorf("Demonyms(%q) = %q, want %q", noun, got, want)
		}
	}
}

func TestPartOf(t *testing.T) {
	t.Parallel()
	// Cairo is in Egypt and in Illinois: no frequencies to choose by.
	for name, want := range map[string]string{"Nairobi": "kenya", "lima": "peru", "Accra": "ghana", "bridge": "", "Cairo": ""} {
		got := PartOf(name)
		if want == "" && len(got) > 0 || want != "" && (len(got) == 0 || got[0] != want) {
			t.Errorf("PartOf(%q) = %v, want %q first", name, got, want)
		}
	}
}

func TestInstanceOf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, class string
		want        bool
	}{
		{"Nairobi", "capital", true}, {"Nairobi", "city", true}, {"Nairobi", "region", false},
		{"Kenya", "country", true}, {"Accra", "entity", false}, {"bridge", "structure", false},
	} {
		if got := InstanceOf(tc.name, tc.class); got != tc.want {
			t.Errorf("InstanceOf(%q, %q) = %v, want %v", tc.name, tc.class, got, tc.want)
		}
	}
}
