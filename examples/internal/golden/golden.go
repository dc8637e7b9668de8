// Package golden compares the output of the example programs with files
// under their testdata/ folders, and holds every program's output to the
// layout rule of the examples: no line longer than [MaxLine] characters,
// and no text clipped with "…". Run the tests with -update to rewrite the
// files from the current output, then review the diff:
//
//	go test ./examples/... -update
//
// Every test binary under examples/ must define -update, or that command
// fails with "flag provided but not defined": a test package that checks
// no golden file imports this one anyway (see examples/internal/prose).
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the current output")

// MaxLine is the most characters (runes, not bytes) a line of a program's
// output may have.
const MaxLine = 100

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Problems returns what breaks the layout rule in out, one message per
// line at fault naming its number (from 1): a line of more than [MaxLine]
// runes, or one with "…", the mark of clipped text. Text that is too long
// must be wrapped, not cut.
func Problems(out []byte) []string {
	var ps []string
	for i, l := range strings.Split(string(out), "\n") {
		if n := utf8.RuneCountInString(l); n > MaxLine {
			ps = append(ps, fmt.Sprintf("line %d has %d characters, more than %d: %q", i+1, n, MaxLine, l))
		}
		if strings.Contains(l, "…") {
			ps = append(ps, fmt.Sprintf("line %d clips text with \"…\" (wrap it instead): %q", i+1, l))
		}
	}
	return ps
}

// Check holds got to the layout rule ([Problems]) and compares it with
// the file testdata/name, or rewrites the file when the test runs with
// -update (a layout fault fails the test either way). On a difference it
// reports the first line that differs.
func Check(t *testing.T, name string, got []byte) {
	t.Helper()
	for _, p := range Problems(got) {
		t.Errorf("output for %s: %s", name, p)
	}
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Fatalf("output differs from %s at line %d:\n got: %q\nwant: %q\n(run with -update to accept the new output)", path, i+1, g, w)
		}
	}
}
