//go:build race

package reader_test

// raceSlowdown is how much slower code runs under the race detector,
// which widens time bounds.
const raceSlowdown = 10
