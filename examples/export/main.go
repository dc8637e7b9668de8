// Command export writes kpledger's built-in incidents and estimates as tidy
// CSV tables, for pandas, R or a spreadsheet, and the incidents as a STIX
// 2.1 bundle, for threat-intelligence platforms such as MISP or OpenCTI.
//
// Usage:
//
//	go run ./examples/export [DIR]
//
// It writes into DIR (created if missing; by default a new temporary
// directory, whose name it prints) the files
//
//	incidents.csv, incident_figures.csv, incident_assets.csv,
//	incident_flows.csv, incident_attributions.csv, incident_sources.csv,
//	incident_notes.csv                  (incidents.WriteIncidentTables)
//	estimates.csv, estimate_parts.csv, estimate_sources.csv,
//	estimate_notes.csv                  (incidents.WriteEstimateTables)
//	incidents.stix.json                 (stix.Write)
//
// and prints each file with its number of rows (or STIX objects) and the
// start of its SHA-256. The long tables join to their main table on
// incident_id or estimate_id; in pandas:
//
//	inc = pd.read_csv("incidents.csv")
//	att = pd.read_csv("incident_attributions.csv")
//	inc.merge(att, left_on="id", right_on="incident_id", how="left")
//
// The STIX bundle converts each incident's loss in won or another currency
// to USD at the Federal Reserve's annual average for its year
// (currency.AnnualAverages) where the library has that year's rate, and
// names the rate in each converted impact; other losses stay in their own
// currency only.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/stix"
)

// errUsage is a bad command line; main exits 2 for it.
var errUsage = errors.New("usage: export [DIR]")

func main() {
	dir, err := dirArg(os.Args[1:])
	if err == nil {
		err = run(os.Stdout, dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// dirArg returns the directory to write to: the argument, or a new
// temporary directory, which it prints.
func dirArg(args []string) (string, error) {
	switch len(args) {
	case 0:
		dir, err := os.MkdirTemp("", "kpledger-export-")
		if err != nil {
			return "", err
		}
		fmt.Println("writing to", dir)
		return dir, nil
	case 1:
		if args[0] == "" || args[0][0] == '-' {
			return "", errUsage
		}
		return args[0], nil
	}
	return "", errUsage
}

// file is one output file: its name and its content.
type file struct {
	name string
	buf  bytes.Buffer
}

// run writes every file into dir and prints a line per file to w.
func run(w io.Writer, dir string) error {
	names := []string{
		"incidents.csv", "incident_figures.csv", "incident_assets.csv", "incident_flows.csv",
		"incident_attributions.csv", "incident_sources.csv", "incident_notes.csv",
		"estimates.csv", "estimate_parts.csv", "estimate_sources.csv", "estimate_notes.csv",
		"incidents.stix.json",
	}
	files := make([]*file, len(names))
	for i, n := range names {
		files[i] = &file{name: n}
	}
	buf := func(i int) *bytes.Buffer { return &files[i].buf }

	known := incidents.Known()
	if err := incidents.WriteIncidentTables(incidents.IncidentTables{
		Incidents: buf(0), Figures: buf(1), Assets: buf(2), Flows: buf(3),
		Attributions: buf(4), Sources: buf(5), Notes: buf(6),
	}, slices.Values(known)); err != nil {
		return err
	}
	if err := incidents.WriteEstimateTables(incidents.EstimateTables{
		Estimates: buf(7), Parts: buf(8), Sources: buf(9), Notes: buf(10),
	}, slices.Values(incidents.Estimates())); err != nil {
		return err
	}
	if err := stix.Write(buf(11), known, stix.Options{Rates: currency.AnnualAverages(), Indent: "  "}); err != nil {
		return err
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.buf.Bytes(), 0o644); err != nil {
			return err
		}
		n, unit, err := count(f)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		sum := sha256.Sum256(f.buf.Bytes())
		fmt.Fprintf(w, "%-26s %5d %-12s sha256 %s\n", f.name, n, unit, hex.EncodeToString(sum[:6]))
	}
	return nil
}

// count returns the number of data rows of a CSV file, or of objects of a
// STIX bundle, read back as a user's tool would.
func count(f *file) (int, string, error) {
	if filepath.Ext(f.name) == ".json" {
		var b struct{ Objects []json.RawMessage }
		if err := json.Unmarshal(f.buf.Bytes(), &b); err != nil {
			return 0, "", err
		}
		return len(b.Objects), "objects", nil
	}
	recs, err := csv.NewReader(bytes.NewReader(f.buf.Bytes())).ReadAll()
	if err != nil {
		return 0, "", err
	}
	return len(recs) - 1, "rows", nil
}
