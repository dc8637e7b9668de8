package beamkp

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/beam/internal/synth"
)

// BenchmarkScreenerLine screens synthetic Comtrade lines, one per op.
func BenchmarkScreenerLine(b *testing.B) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 4096, 1); err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	sc, err := NewScreener(lines[2])
	if err != nil {
		b.Fatal(err)
	}
	lines = lines[3:]
	ts := Tallies{}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = sc.Line(lines[i%len(lines)], ts.Add)
		i++
	}
}

// BenchmarkSumFnAddInput adds one amount per op.
func BenchmarkSumFnAddInput(b *testing.B) {
	amounts := randAmounts(rand.New(rand.NewPCG(1, 1)), 4096)
	fn := &SumFn{}
	acc := fn.CreateAccumulator()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		acc = fn.AddInput(acc, amounts[i%len(amounts)])
		i++
	}
}

// BenchmarkTotalsCoder encodes and decodes a total of 11 currencies per op.
func BenchmarkTotalsCoder(b *testing.B) {
	var t currency.Totals
	for _, a := range randAmounts(rand.New(rand.NewPCG(2, 2)), 500) {
		t.Add(a)
	}
	b.ReportAllocs()
	for b.Loop() {
		p, err := EncodeTotals(t)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := DecodeTotals(p); err != nil {
			b.Fatal(err)
		}
	}
}
