package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/examples/beam/internal/synth"
)

var rewrite = flag.Bool("rewrite", false, "rewrite the golden files in testdata (Beam takes -update)")

// TestMain runs the pipelines on the prism runner, in process, unless
// -runner names another.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// runBoth runs the pipeline and the plain loop over input and returns both
// outputs.
func runBoth(t *testing.T, input string) (pipelineOut, plainOut []byte) {
	t.Helper()
	dir := t.TempDir()
	outBeam, outPlain := filepath.Join(dir, "beam.csv"), filepath.Join(dir, "plain.csv")
	if err := ptest.Run(pipeline(input, outBeam, false)); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	if err := runPlain(input, outPlain, false); err != nil {
		t.Fatalf("runPlain: %v", err)
	}
	a, err := os.ReadFile(outBeam)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(outPlain)
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

func TestSmallGolden(t *testing.T) {
	got, plain := runBoth(t, filepath.Join("testdata", "small.csv"))
	if d := cmp.Diff(string(plain), string(got)); d != "" {
		t.Errorf("pipeline output differs from the plain loop's (-plain +pipeline):\n%s", d)
	}
	golden := filepath.Join("testdata", "small-totals.csv")
	if *rewrite {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("totals (-want +got):\n%s", d)
	}
}

// TestPipelineEqualsPlainLoop screens 100,000 synthetic records (10,000
// with -short) on the runner and in one loop, and wants the same bytes.
func TestPipelineEqualsPlainLoop(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	input := filepath.Join(t.TempDir(), "records.csv")
	var b bytes.Buffer
	if err := synth.Write(&b, n, 2026); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, plain := runBoth(t, input)
	if !bytes.Equal(got, plain) {
		t.Fatalf("pipeline output differs from the plain loop's (-plain +pipeline):\n%s", cmp.Diff(string(plain), string(got)))
	}
	// The input exercises every kind of row.
	for _, outcome := range []string{",covered,", ",undetermined,", ",clean,", ",rejected,"} {
		if !strings.Contains(string(got), outcome) {
			t.Errorf("no %s row in the totals of %d synthetic records", strings.Trim(outcome, ","), n)
		}
	}
}
