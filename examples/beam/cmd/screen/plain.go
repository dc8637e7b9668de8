package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/kpledger/kpledger/examples/beam/beamkp"
)

// screenFile screens every line of the file name into ts.
func screenFile(name string, ts beamkp.Tallies, strict bool) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	header, err := beamkp.HeaderLine(f)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	sc, err := beamkp.NewScreener(header)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		return err
	}
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 1<<16), 1<<24)
	logged := 0
	for s.Scan() {
		if err := sc.Line(s.Text(), ts.Add); err != nil {
			if strict {
				return fmt.Errorf("%s: %w", name, err)
			}
			if logged < 10 {
				logged++
				fmt.Fprintf(os.Stderr, "screen: %s: %v\n", name, err)
			}
		}
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
