// Command screen reads trade records in UN Comtrade's CSV column layout
// (one record per line; files matching -input), screens every record
// against the UN 1718 regime with kpledger's sanctions package, and writes
// to -output the exact per-measure, per-year totals of value and quantity
// as CSV (columns: see beamkp.Columns), undetermined findings, clean and
// rejected records included.
//
// It runs as an Apache Beam pipeline: on the prism runner, in this
// process, by default, and on any other Beam runner with the usual Beam
// flags (-runner, -endpoint, -project, …); see the module's README. With
// -plain it runs the same screening in a single loop without Beam, for
// comparison: both give the same bytes.
//
// Usage:
//
//	go run ./cmd/gen -n 100000 -o /tmp/records.csv
//	go run ./cmd/screen -input /tmp/records.csv -output /tmp/totals.csv
//	go run ./cmd/screen -plain -input /tmp/records.csv -output /tmp/totals-plain.csv
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/kpledger/kpledger/examples/beam/beamkp"
)

var (
	input  = flag.String("input", "", "Comtrade-layout CSV files to read (a path or glob; gs:// and s3:// on runners that reach them)")
	output = flag.String("output", "", "the CSV file of totals to write")
	strict = flag.Bool("strict", false, "fail on the first record that cannot be read or screened, instead of counting it as rejected")
	plain  = flag.Bool("plain", false, "run the same screening in one loop in this process, without Beam (local files only)")
)

func main() {
	flag.Parse()
	beam.Init() // a worker started by a runner returns only when done
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "screen: -input and -output are required")
		flag.Usage()
		os.Exit(2)
	}
	var err error
	if *plain {
		err = runPlain(*input, *output, *strict)
	} else {
		err = runBeam(context.Background(), *input, *output, *strict)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "screen:", err)
		os.Exit(1)
	}
}

// pipeline builds the screening pipeline.
func pipeline(input, output string, strict bool) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	beamkp.WriteCSV(s, output, beamkp.Screen(s, input, strict))
	return p
}

func runBeam(ctx context.Context, input, output string, strict bool) error {
	return beamx.Run(ctx, pipeline(input, output, strict))
}

// runPlain is the single-process loop: the same Screener, one file after
// another, one line after another.
func runPlain(input, output string, strict bool) error {
	files, err := filepath.Glob(input)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("-input %s matches no file", input)
	}
	ts := beamkp.Tallies{}
	for _, name := range files {
		if err := screenFile(name, ts, strict); err != nil {
			return err
		}
	}
	rows, err := ts.Rows()
	if err != nil {
		return err
	}
	f, err := os.Create(output)
	if err != nil {
		return err
	}
	if err := beamkp.WriteRows(f, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
