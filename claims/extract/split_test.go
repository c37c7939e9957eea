package extract

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"stops before capitals", "Putin met Kim. Xi stayed home! Why? \"Nobody knows,\" he said.",
			[]string{"Putin met Kim.", "Xi stayed home!", "Why?", "\"Nobody knows,\" he said."}},
		{"no split before lower case or digits", "It rose 2.5 percent. it fell. 3 left.", []string{"It rose 2.5 percent. it fell. 3 left."}},
		{"abbreviations and initials", "Mr. Lavrov met Dr. Ahn in the U.S. State Department. J. R. Smith wrote No. 5 today.",
			[]string{"Mr. Lavrov met Dr. Ahn in the U.S. State Department.", "J. R. Smith wrote No. 5 today."}},
		{"line breaks", "Headline without stop\n\nFirst line.\r\nSecond line", []string{"Headline without stop", "First line.", "Second line"}},
		{"closing quote stays", "He said \"go.\" Then he left.", []string{"He said \"go.\"", "Then he left."}},
		{"credit and label trimmed", "KIM JONG UN-VLADIMIR PUTIN Russian President Vladimir Putin shakes hands | AP",
			[]string{"Russian President Vladimir Putin shakes hands"}},
		{"promotions dropped", "The Week is now on Telegram. Click here to join our channel. Putin left.", []string{"Putin left."}},
		{"white space and invisible characters", "\u00a0 Putin left.\u00a0\u200b ", []string{"Putin left."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, s := range sentences(tc.text, 0, len(tc.text)) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestReadable(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Mr. Lavrov met officials in the U.S. State Department.", "Mr  Lavrov met officials in the US   State Department."},
		{"It rose 2.5 percent.", "It rose 2.5 percent."},
		{"He lives in the U.S.", "He lives in the U.S."},
	}
	for _, tc := range tests {
		if got := readable(tc.in); got != tc.want || len(got) != len(tc.in) {
			t.Errorf("readable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
