// Package hostile builds statements in shapes that once made reading
// quadratic, or could: a leading subordinator before thousands of commas, a
// repeated word pair, nested clauses, many names, numbers and dates. The
// benchmarks, the server's tests and the load script use the same shapes.
// The statements are written for this purpose, not taken from any
// evaluation file.
package hostile

import (
	"maps"
	"slices"
	"strings"
)

// Shape is one hostile statement.
type Shape struct {
	Name      string
	Statement string
}

// Shapes returns every shape at n bytes or a little less, sorted by name.
func Shapes(n int) []Shape {
	fill := func(head, unit, tail string) string {
		var b strings.Builder
		b.WriteString(head)
		for b.Len()+len(unit)+len(tail) <= n {
			b.WriteString(unit)
		}
		b.WriteString(tail)
		return b.String()
	}
	all := map[string]string{
		"lead-commas":     fill("While Putin skips the summit", ",", " Kim travels to Russia"),
		"lead-comma-word": fill("Although Putin met Kim", ", he", " will go"),
		"lead-no-verb":    fill("While the summit", ",", ""),
		"lead-spaced":     fill("Although", " ,", ""),
		"lead-verb-only":  fill("While Putin met Kim", ",", ""),
		"commas":          fill("Putin met Kim", ",", ""),
		"pair":            fill("", "summit meeting ", ""),
		"pair-and":        fill("", "summit and ", ""),
		"pair-verbs":      fill("", "Putin met ", ""),
		"pair-nor":        fill("neither ", "nor Kim ", ""),
		"nested":          fill("Putin said ", "that Kim said ", "that it rained"),
		"relatives":       fill("The summit ", "that the minister who ", "missed took place"),
		"and-clauses":     fill("Putin met Kim", " and Kim met Putin", ""),
		"names":           fill("", "Putin, Kim, Shoigu, Lavrov, ", "met"),
		"names-run":       fill("", "Vladimir Putin Kim Jong Un ", "met"),
		"numbers":         fill("Kim has ", "33 carriages, 1,200 people, ", "and more"),
		"dates":           fill("Putin met Kim ", "on 13 September 2023, ", "in Russia"),
		"date-ranges":     fill("It met ", "from 10 to 13 September and ", "then"),
		"prepositions":    fill("Putin flew ", "to Moscow in India at ", "the summit"),
		"offices":         fill("", "Russia's defence minister ", "is Shoigu"),
		"having":          fill("Putin met Kim", ", having", " served"),
	}
	var out []Shape
	for _, name := range slices.Sorted(maps.Keys(all)) {
		out = append(out, Shape{Name: name, Statement: all[name]})
	}
	return out
}

// Sizes are the statement sizes the benchmarks read each shape at: 1, 2
// and 4 KB, the last the most a statement may hold.
var Sizes = []int{1024, 2048, 4096}
