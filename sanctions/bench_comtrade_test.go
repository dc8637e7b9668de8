package sanctions

import (
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// syntheticComtrade builds n Comtrade records from a fixed linear
// congruential sequence: monthly and annual periods from 2015 to 2020,
// partners' imports from and exports to the DPRK, 6-digit HS codes from
// every chapter (so some fall under coal, petroleum, textile, seafood and
// metal measures or their inferences and most under none), quantities in
// kilograms, values in dollars. They are made up for the benchmark.
func syntheticComtrade(n int) []ComtradeRecord {
	out := make([]ComtradeRecord, n)
	var x uint64 = 0x2397
	next := func() uint64 {
		x = x*6364136223846793005 + 1442695040888963407
		return x >> 33
	}
	periods := make([]string, 0, 6*13)
	for y := 2015; y <= 2020; y++ {
		periods = append(periods, strconv.Itoa(y))
		for m := 1; m <= 12; m++ {
			periods = append(periods, strconv.Itoa(y*100+m))
		}
	}
	codes := make([]string, 4096)
	for i := range codes {
		b := make([]byte, 6)
		b[0], b[1] = byte('0'+next()%10), byte('1'+next()%9)
		for j := 2; j < 6; j++ {
			b[j] = byte('0' + next()%10)
		}
		codes[i] = string(b)
	}
	qty := decimal.NullDecimal{Decimal: decimal.NewFromInt(1250000), Valid: true}
	val := currency.MustNewAmount("98000", currency.USD)
	for i := range out {
		p := periods[next()%uint64(len(periods))]
		freq := "M"
		if len(p) == 4 {
			freq = "A"
		}
		flow := "M"
		if next()%2 == 0 {
			flow = "X"
		}
		out[i] = ComtradeRecord{
			TypeCode: "C", FreqCode: freq, Period: p, ReporterCode: 156, FlowCode: flow, PartnerCode: ComtradeDPRK,
			ClassificationCode: "H5", CmdCode: codes[next()%uint64(len(codes))], QtyUnitCode: 8, Qty: qty, NetWgt: qty,
			PrimaryValue: val, IsReported: ComtradeTrue,
		}
	}
	return out
}

// BenchmarkComtradeScreen converts and screens 1,000,000 synthetic
// Comtrade records per iteration against the full regime; ns/record and
// allocs/record are reported alongside.
func BenchmarkComtradeScreen(b *testing.B) {
	const n = 1_000_000
	recs := syntheticComtrade(n)
	r := DPRK()
	findings, clean := 0, 0
	b.ReportAllocs()
	cpu0 := cpuTime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	mallocs0 := ms.Mallocs
	for b.Loop() {
		findings, clean = 0, 0
		for i := range recs {
			t, err := recs[i].Trade()
			if err != nil {
				b.Fatal(err)
			}
			fs, err := r.Screen(t)
			if err != nil {
				b.Fatal(err)
			}
			findings += len(fs)
			if len(fs) == 0 {
				clean++
			}
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
	b.ReportMetric(time.Duration(clean).Seconds()/time.Duration(n).Seconds(), "clean/record")
}

// BenchmarkComtradeTradeClean converts and screens one record no measure
// covers (pharmaceuticals, HS 300490, March 2018).
func BenchmarkComtradeTradeClean(b *testing.B) {
	r := DPRK()
	rec := ComtradeRecord{TypeCode: "C", FreqCode: "M", Period: "201803", ReporterCode: 156, FlowCode: "M", PartnerCode: ComtradeDPRK,
		ClassificationCode: "H5", CmdCode: "300490", QtyUnitCode: 8, Qty: decimal.NullDecimal{Decimal: decimal.NewFromInt(10), Valid: true},
		PrimaryValue: currency.MustNewAmount("98000", currency.USD)}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		t, err := rec.Trade()
		if err != nil {
			b.Fatal(err)
		}
		if fs, _ := r.Screen(t); fs != nil {
			b.Fatal(fs)
		}
	}
	// On a shared machine wall time per record can be many times the CPU
	// time; both are reported.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/(time.Duration(b.N)).Seconds(), "cpu-ns/op")
}

// BenchmarkComtradeTrade converts one record, without screening.
func BenchmarkComtradeTrade(b *testing.B) {
	rec := syntheticComtrade(1)[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rec.Trade(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkComtradeRecordCSV reads one CSV line into a record.
func BenchmarkComtradeRecordCSV(b *testing.B) {
	h, err := ParseComtradeHeader(splitComma(comtradeTestHeader))
	if err != nil {
		b.Fatal(err)
	}
	line := splitComma("C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Record(line); err != nil {
			b.Fatal(err)
		}
	}
}

func splitComma(s string) []string {
	var out []string
	for {
		i := 0
		for i < len(s) && s[i] != ',' {
			i++
		}
		out = append(out, s[:i])
		if i == len(s) {
			return out
		}
		s = s[i+1:]
	}
}

// BenchmarkComtradeScreenClean converts and screens 1,000,000 synthetic
// Comtrade records that have no finding (the synthetic records filtered to
// those, repeated), to measure the target case in bulk: no allocation.
func BenchmarkComtradeScreenClean(b *testing.B) {
	const n = 1_000_000
	r := DPRK()
	var clean []ComtradeRecord
	for _, rec := range syntheticComtrade(n / 4) {
		t, err := rec.Trade()
		if err != nil {
			b.Fatal(err)
		}
		if fs, _ := r.Screen(t); len(fs) == 0 {
			clean = append(clean, rec)
		}
	}
	recs := make([]ComtradeRecord, n)
	for i := range recs {
		recs[i] = clean[i%len(clean)]
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	mallocs0 := ms.Mallocs
	for b.Loop() {
		for i := range recs {
			t, err := recs[i].Trade()
			if err != nil {
				b.Fatal(err)
			}
			if fs, _ := r.Screen(t); fs != nil {
				b.Fatal(fs)
			}
		}
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&ms)
	mallocs := time.Duration(ms.Mallocs - mallocs0)
	records := time.Duration(b.N) * n
	b.ReportMetric(b.Elapsed().Seconds()/records.Seconds(), "ns/record")
	b.ReportMetric(cpu.Seconds()/records.Seconds(), "cpu-ns/record")
	b.ReportMetric(mallocs.Seconds()/records.Seconds(), "allocs/record")
}

// BenchmarkComtradeReaderTrades reads a 10,000-line Comtrade CSV file
// from memory into Trades: read-then-trade is Read then
// ComtradeRecord.Trade (two validations per record), read-trade is
// ReadTrade (one).
func BenchmarkComtradeReaderTrades(b *testing.B) {
	const lines = 10_000
	var file strings.Builder
	file.WriteString(comtradeTestHeader + "\n")
	for range lines {
		file.WriteString("C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False\n")
	}
	data := file.String()
	ways := []struct {
		name string
		next func(*ComtradeReader) (Trade, error)
	}{
		{"read-then-trade", func(cr *ComtradeReader) (Trade, error) {
			rec, err := cr.Read()
			if err != nil {
				return Trade{}, err
			}
			return rec.Trade()
		}},
		{"read-trade", func(cr *ComtradeReader) (Trade, error) {
			_, t, err := cr.ReadTrade()
			return t, err
		}},
	}
	for _, w := range ways {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cr, err := NewComtradeReader(strings.NewReader(data))
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for {
					_, err := w.next(cr)
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != lines {
					b.Fatalf("read %d trades, want %d", n, lines)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*lines), "ns/record")
		})
	}
}
