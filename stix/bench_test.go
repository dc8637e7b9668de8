package stix

import (
	"io"
	"testing"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
)

func BenchmarkWriteKnown(b *testing.B) {
	known := incidents.Known()
	opt := Options{Rates: currency.AnnualKRWUSD()}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, known, opt); err != nil {
			b.Fatal(err)
		}
	}
}
