package main

import (
	"os"
	"testing"
)

// runAsDaemonEnv, set in a child's environment, makes the test binary run
// main instead of the tests, so a test can start the real daemon as a
// process it may kill (crash_test.go) without building it first.
const runAsDaemonEnv = "FACTCHECKD_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runAsDaemonEnv) == "1" {
		os.Args = append([]string{"factcheckd"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}
