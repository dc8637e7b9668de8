package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/kpledger/kpledger/examples/internal/golden"
)

func TestOutput(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())
}

// TestDatedListsInOrder checks that each list of the output whose rows
// begin with a date (the publishers' estimates, the workers' measures and
// their deadlines) runs from the earliest date to the latest.
func TestDatedListsInOrder(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, from, to string
		row            *regexp.Regexp
		atLeast        int
	}{
		{"estimates for 2022", "   For 2022 alone", "   Cumulative from 2017", regexp.MustCompile(`^   \S+ +(\d{4}-\d{2}(-\d{2})?) `), 5},
		{"cumulative estimates", "   Cumulative from 2017", "   Revisions", regexp.MustCompile(`^   \S+ +(\d{4}-\d{2}(-\d{2})?) `), 5},
		{"workers abroad", "   workers abroad", "   Export revenue", regexp.MustCompile(`^     (\d{4}-\d{2}-\d{2})  `), 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := b.String()
			start := strings.Index(out, tc.from)
			end := strings.Index(out, tc.to)
			if start < 0 || end < start {
				t.Fatalf("no list from %q to %q in the output", tc.from, tc.to)
			}
			var dates []string
			for _, l := range strings.Split(out[start:end], "\n") {
				if m := tc.row.FindStringSubmatch(l); m != nil {
					dates = append(dates, m[1])
				}
			}
			if len(dates) < tc.atLeast {
				t.Fatalf("found %d dated rows %q, want at least %d", len(dates), dates, tc.atLeast)
			}
			for i := 1; i < len(dates); i++ {
				if dates[i] < dates[i-1] { // "2023-08" sorts before "2023-08-18", as it should
					t.Errorf("row %d is dated %s, after a row dated %s (dates %q)", i+1, dates[i], dates[i-1], dates)
				}
			}
		})
	}
}
