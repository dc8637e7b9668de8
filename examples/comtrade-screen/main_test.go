package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/kpledger/kpledger/examples/internal/golden"
	"github.com/kpledger/kpledger/sanctions"
)

func TestOutput(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b, "records.csv (built in)", builtIn); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())
}

// TestRecordsShowEachCase keeps the illustration honest: the file must be
// marked as made up, and its records must include a covered, an
// undetermined and a clean record, a period that straddles a change, and
// records that cannot be screened (a re-export, a partner other than the
// DPRK, a malformed period).
func TestRecordsShowEachCase(t *testing.T) {
	body, comments := uncomment(builtIn)
	if !strings.Contains(strings.Join(comments, " "), "NOT real statistics") {
		t.Errorf("records.csv comments %q do not say the records are not real statistics", comments)
	}
	regime := sanctions.DPRK()
	cr, err := sanctions.NewComtradeReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for {
		rec, err := cr.Read()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			seen["not read"] = true
			continue
		}
		tr, err := rec.Trade()
		if err != nil {
			seen["not screened"] = true
			continue
		}
		fs, err := regime.Screen(tr)
		if err != nil {
			t.Fatal(err)
		}
		seen[sanctions.OutcomeOf(fs).String()] = true
		for _, f := range fs {
			if len(f.Changes) > 0 {
				seen["straddles"] = true
			}
		}
	}
	for _, want := range []string{"covered", "undetermined", "clean", "straddles", "not screened", "not read"} {
		if !seen[want] {
			t.Errorf("no record shows %q", want)
		}
	}
}

// TestDescribeSaysWhatIsMissing checks that a record's description names
// a missing value or quantity and a net weight the
// quantity does not give, instead of leaving them out.
func TestDescribeSaysWhatIsMissing(t *testing.T) {
	const header = "typeCode,freqCode,refYear,refMonth,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,netWgt,primaryValue\n"
	for _, tc := range []struct{ name, row, want string }{
		{"no value", "C,M,2017,10,201710,156,M,408,H5,030389,8,41000,41000,", ", 41,000 kg, no value given"},
		{"a value of zero", "C,M,2017,10,201710,156,M,408,H5,030389,8,41000,41000,0", ", 41,000 kg, $0.00"},
		{"no quantity", "C,M,2017,10,201710,156,M,408,H5,030389,,,,96000", ", no quantity given, $96 thousand"},
		{"net weight beside a count", "C,M,2017,10,201710,156,M,408,H5,030389,5,300,90,96000", ", 300 u, net weight 90 kg, $96 thousand"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cr, err := sanctions.NewComtradeReader(strings.NewReader(header + tc.row + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			rec, err := cr.Read()
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(rec); !strings.HasSuffix(got, tc.want) {
				t.Errorf("describe(%q) = %q, want it to end %q", tc.row, got, tc.want)
			}
		})
	}
}
