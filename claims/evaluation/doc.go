// Package evaluation scores a fact checker on labelled statements, as
// ../shared/eval/GUIDE.md defines them: the one scorer that the engine's
// tests and `factcheck eval` share.
//
// A caller reads the rows ([Read]), asks its checker about each statement,
// turns each answer into an [Answer] ([FromReport] does it for the domain's
// [claims.Report]), judges it against its row ([Judge]) and sums the
// outcomes ([Sum]).
package evaluation
