// Command gen writes synthetic trade records in UN Comtrade's CSV column
// layout, as many as asked, for testing and benchmarking the screening
// pipeline (examples/beam/cmd/screen). The records are made up: the output
// starts with comment lines that say so, and no figure in it is a real
// statistic.
//
// Usage:
//
//	go run ./cmd/gen -n 1000000 -seed 1 -o records.csv
//
// The same -n and -seed always give the same bytes. About one record in
// two hundred is malformed on purpose (a partner that is not the DPRK, a
// period that is not a date, an unknown flow code), so that a reader's
// handling of bad records is exercised too.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kpledger/kpledger/examples/beam/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of records")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("o", "", "output file (default: standard output)")
	flag.Parse()
	if err := run(*n, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, out string) error {
	if n < 0 {
		return fmt.Errorf("-n %d: want a number of records, 0 or more", n)
	}
	var w io.Writer = os.Stdout
	var f *os.File
	if out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			return err
		}
		w = f
	}
	if err := synth.Write(w, n, seed); err != nil {
		if f != nil {
			f.Close()
		}
		return err
	}
	if f != nil {
		return f.Close()
	}
	return nil
}
