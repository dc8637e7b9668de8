package sanctions

import (
	"runtime"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// syntheticTrades builds n trade records from a fixed linear congruential
// sequence: days from 2015 to 2020, both directions, HS codes drawn from
// every chapter at 2 to 10 digits (so some hit coal, petroleum, machinery
// and metals scopes and most hit nothing), a few with a commodity.
func syntheticTrades(n int) []Trade {
	out := make([]Trade, n)
	var x uint64 = 0x2371
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x >> 33
	}
	base := day(2015, time.January, 1)
	days := make([]time.Time, 6*366)
	for i := range days {
		days[i] = base.AddDate(0, 0, i)
	}
	codes := make([]HSCode, 4096)
	for i := range codes {
		digits := []int{2, 4, 6, 6, 6, 10}[next()%6]
		b := make([]byte, digits)
		b[0], b[1] = byte('0'+next()%10), byte('1'+next()%9)
		for j := 2; j < digits; j++ {
			b[j] = byte('0' + next()%10)
		}
		codes[i] = MustParseHSCode(string(b))
	}
	qty := MustQuantity("1250", MetricTon)
	val := currency.MustNewAmount("98000", currency.USD)
	for i := range out {
		t := Trade{
			Date:      days[next()%uint64(len(days))],
			Direction: DPRKExports + Direction(next()%2),
			HS:        codes[next()%uint64(len(codes))],
			Quantity:  qty,
			Value:     val,
		}
		if next()%50 == 0 {
			t.Commodity = Commodity(1 + next()%uint64(numCommodities-1))
		}
		out[i] = t
	}
	return out
}

// BenchmarkScreen screens 1,000,000 synthetic trade records per iteration;
// ns/record and allocs/record are reported alongside.
func BenchmarkScreen(b *testing.B) {
	const n = 1_000_000
	trades := syntheticTrades(n)
	r := DPRK()
	findings := 0
	b.ReportAllocs()
	cpu0 := cpuTime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	mallocs0 := ms.Mallocs
	for b.Loop() {
		findings = 0
		for i := range trades {
			fs, err := r.Screen(trades[i])
			if err != nil {
				b.Fatal(err)
			}
			findings += len(fs)
		}
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&ms)
	mallocs := time.Duration(ms.Mallocs - mallocs0)
	records := time.Duration(b.N) * n
	// Ratios of durations give float metrics without a float conversion.
	b.ReportMetric(b.Elapsed().Seconds()/records.Seconds(), "ns/record")
	b.ReportMetric(cpu.Seconds()/records.Seconds(), "cpu-ns/record")
	b.ReportMetric(mallocs.Seconds()/records.Seconds(), "allocs/record")
	b.ReportMetric(time.Duration(findings).Seconds()/time.Duration(n).Seconds(), "findings/record")
}

// BenchmarkScreenNoFinding screens one trade that no measure covers.
func BenchmarkScreenNoFinding(b *testing.B) {
	r := DPRK()
	t := Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("300490"), Quantity: Quantity{Value: decimal.NewFromInt(10), Unit: MetricTon}}
	b.ReportAllocs()
	for b.Loop() {
		if fs, _ := r.Screen(t); fs != nil {
			b.Fatal(fs)
		}
	}
}

// BenchmarkScreenFinding screens one coal shipment inside a chapter with
// several scopes (27): 2371's ban covers it, 2270's coal ban (no verified
// codes) may.
func BenchmarkScreenFinding(b *testing.B) {
	r := DPRK()
	t := Trade{Date: day(2017, time.October, 1), Direction: DPRKExports, HS: MustParseHSCode("270112")}
	b.ReportAllocs()
	for b.Loop() {
		if fs, _ := r.Screen(t); len(fs) != 2 {
			b.Fatal(fs)
		}
	}
}

// BenchmarkScreenPeriodNoFinding screens a monthly record that no measure
// covers.
func BenchmarkScreenPeriodNoFinding(b *testing.B) {
	r := DPRK()
	t := Trade{Date: day(2018, time.March, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("300490")}
	b.ReportAllocs()
	for b.Loop() {
		if fs, _ := r.Screen(t); fs != nil {
			b.Fatal(fs)
		}
	}
}

func BenchmarkDPRK(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = DPRK()
	}
}

// BenchmarkComtradeLineToTrade reads one CSV line of a Comtrade file into
// a record and converts it to a Trade, as a pipeline's map step does
// before screening: record-then-trade is Record then ComtradeRecord.Trade
// (two validations), header-trade is ComtradeHeader.Trade (one).
func BenchmarkComtradeLineToTrade(b *testing.B) {
	h, err := ParseComtradeHeader(splitComma(comtradeTestHeader))
	if err != nil {
		b.Fatal(err)
	}
	line := splitComma("C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False")
	ways := []struct {
		name string
		f    func() error
	}{
		{"record-then-trade", func() error {
			rec, err := h.Record(line)
			if err == nil {
				_, err = rec.Trade()
			}
			return err
		}},
		{"header-trade", func() error {
			_, _, err := h.Trade(line)
			return err
		}},
	}
	for _, w := range ways {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				if err := w.f(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-cpu0).Seconds()/time.Duration(b.N).Seconds(), "cpu-ns/op")
		})
	}
}

// BenchmarkBannedHS asks BannedHS about three codes: one a ban covers
// (coal in 2018), one undetermined (frozen fish in October 2017) and one
// clean (pharmaceuticals in 2018).
func BenchmarkBannedHS(b *testing.B) {
	r := DPRK()
	qs := []struct {
		code HSCode
		on   time.Time
	}{
		{MustParseHSCode("270112"), day(2018, time.March, 1)},
		{MustParseHSCode("0303"), day(2017, time.October, 16)},
		{MustParseHSCode("300490"), day(2018, time.March, 1)},
	}
	for _, q := range qs {
		b.Run(q.code.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.BannedHS(q.code, DPRKExports, q.on); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
