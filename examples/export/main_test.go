package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kpledger/kpledger/examples/internal/golden"
	"github.com/kpledger/kpledger/incidents"
	"golang.org/x/text/language"
)

func TestOutput(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	if err := run(&b, filepath.Join(dir, "out")); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())

	// The incident tables read back to the built-in data.
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	got, err := incidents.ReadIncidentTables(incidents.IncidentReaders{
		Incidents: open("incidents.csv"), Figures: open("incident_figures.csv"), Assets: open("incident_assets.csv"),
		Flows: open("incident_flows.csv"), Attributions: open("incident_attributions.csv"),
		Sources: open("incident_sources.csv"), Notes: open("incident_notes.csv"),
	})
	if err != nil {
		t.Fatal(err)
	}
	region := cmp.Comparer(func(a, b language.Region) bool { return a == b })
	if diff := cmp.Diff(incidents.Known(), got, region, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("incident tables read back (-want +got):\n%s", diff)
	}

	// So do the estimate tables: no field is lost on the way out.
	gotEst, err := incidents.ReadEstimateTables(incidents.EstimateReaders{
		Estimates: open("estimates.csv"), Parts: open("estimate_parts.csv"),
		Sources: open("estimate_sources.csv"), Notes: open("estimate_notes.csv"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(incidents.Estimates(), gotEst, region, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("estimate tables read back (-want +got):\n%s", diff)
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"a", "b"}, {"-h"}, {""}} {
		if _, err := dirArg(args); !errors.Is(err, errUsage) {
			t.Errorf("dirArg(%q) = %v, want the usage error", args, err)
		}
	}
}
