package currency

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// benchAmounts returns the benchmark data: 1,000,000 random amounts,
// half KRW whole won up to 100 billion, half USD cents up to 100 million
// dollars.
func benchAmounts() []Amount {
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]Amount, 1_000_000)
	for i := range out {
		if i%2 == 0 {
			out[i] = AmountOf(decimal.New(r.Int64N(100_000_000_001), 0), KRW)
		} else {
			out[i] = AmountOf(decimal.New(r.Int64N(10_000_000_001), -2), USD)
		}
	}
	return out
}

func BenchmarkAmountAdd(b *testing.B) {
	x := MustNewAmount("800000000000", KRW)
	y := MustNewAmount("700000000000", KRW)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Add(y); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTotalsAdd adds 1,000,000 amounts per op; divide ns/op by 1e6
// for ns per amount.
func BenchmarkTotalsAdd(b *testing.B) {
	amounts := benchAmounts()
	b.ReportAllocs()
	for b.Loop() {
		var t Totals
		for _, a := range amounts {
			t.Add(a)
		}
	}
}

// BenchmarkDecimalSum is the baseline for BenchmarkTotalsAdd: decimal.Sum
// over the same 1,000,000 values (one currency's worth of bookkeeping less).
func BenchmarkDecimalSum(b *testing.B) {
	amounts := benchAmounts()
	ds := make([]decimal.Decimal, len(amounts))
	for i, a := range amounts {
		ds[i] = a.d
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = decimal.Sum(ds[0], ds[1:]...)
	}
}

func BenchmarkRatesConvert(b *testing.B) {
	rates := AnnualKRWUSD()
	a := MustNewAmount("1500000000000", KRW)
	on := time.Date(2022, 12, 22, 0, 0, 0, 0, time.UTC)
	b.Run("inverse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := rates.Convert(a, USD, on); err != nil {
				b.Fatal(err)
			}
		}
	})
	usd := MustNewAmount("1200000000", USD)
	b.Run("direct", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := rates.Convert(usd, KRW, on); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkTotalsAddAll adds the same 1,000,000 amounts with one AddAll.
func BenchmarkTotalsAddAll(b *testing.B) {
	amounts := benchAmounts()
	b.ReportAllocs()
	for b.Loop() {
		var t Totals
		t.AddAll(amounts...)
	}
}

// TestTotalsAddAllocs checks that adding amounts of currencies already
// seen allocates nothing, on the benchmark's data.
func TestTotalsAddAllocs(t *testing.T) {
	amounts := benchAmounts()[:10_000]
	var tot Totals
	tot.Add(amounts[0])
	tot.Add(amounts[1])
	if n := testing.AllocsPerRun(5, func() {
		for _, a := range amounts {
			tot.Add(a)
		}
	}); n != 0 {
		t.Errorf("Totals.Add of 10,000 amounts: %v allocations, want 0", n)
	}
}

// benchTotals is a Totals of the benchmark's 1,000,000 amounts and a few
// more currencies and finer digits.
func benchTotals() Totals {
	var t Totals
	t.AddAll(benchAmounts()...)
	for _, s := range []string{"JPY 58000000000", "EUR 0.125", "CNY 1", "GBP 2.5", "KRW 0.5"} {
		var a Amount
		if err := a.UnmarshalText([]byte(s)); err != nil {
			panic(err)
		}
		t.Add(a)
	}
	return t
}

func BenchmarkTotalsMarshalBinary(b *testing.B) {
	t := benchTotals()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := t.MarshalBinary(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTotalsUnmarshalBinary(b *testing.B) {
	data, _ := benchTotals().MarshalBinary()
	b.ReportAllocs()
	for b.Loop() {
		var t Totals
		if err := t.UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewAmount(b *testing.B) {
	b.Run("short", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewAmount("1200000000.00", USD); err != nil {
				b.Fatal(err)
			}
		}
	})
	long := "1." + strings.Repeat("0", 1_000_000)
	b.Run("1.+1e6 zeros", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewAmount(long, USD); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	a := MustNewAmount("1000000.01", USD)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Split(MaxParts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocate(b *testing.B) {
	a := MustNewAmount("1000000.01", USD)
	ratios := make([]int, 100_000)
	for i := range ratios {
		ratios[i] = 1 + i%7
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Allocate(ratios...); err != nil {
			b.Fatal(err)
		}
	}
}
