package incidents

import (
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

const benchIncidents = 1_000_000

// synthetic returns n incidents over 2016–2025, their losses in KRW (whole
// won), USD (cents) and JPY, one in 16 without a loss.
func synthetic(n int) []Incident {
	curs := [...]currency.Currency{currency.KRW, currency.USD, currency.JPY}
	out := make([]Incident, n)
	for i := range out {
		inc := &out[i]
		inc.ID = "synthetic-" + strconv.Itoa(i)
		inc.Date = time.Date(2016+i%10, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		if i%16 != 15 {
			c := curs[i%3]
			inc.Loss = currency.AmountOf(decimal.New(int64(1_000+i*7919%1_000_000), -c.Scale()), c)
		}
	}
	return out
}

// reportPerIncident adds ns/incident to the benchmark's output.
func reportPerIncident(b *testing.B, n int) {
	ps := b.Elapsed() * 1000 / time.Duration(b.N*n) // picoseconds per incident
	b.ReportMetric(ps.Seconds()*1e6, "ns/incident")
}

// reportCPUPerIncident adds cpu-ns/incident, the process's CPU time since
// cpu0 per incident: on a shared machine wall time per incident can be
// many times the CPU time.
func reportCPUPerIncident(b *testing.B, n int, cpu0 time.Duration) {
	ps := (cpuTime() - cpu0) * 1000 / time.Duration(b.N*n)
	b.ReportMetric(ps.Seconds()*1e6, "cpu-ns/incident")
}

// BenchmarkByYear groups 1,000,000 incidents by year with exact
// per-currency totals and the list of items per group, in the two forms:
// seq is ByYear over slices.Values, slice is ByYearOf. It reports ns, CPU
// ns and bytes per incident (targets: at most 100 ns and 64 B). The seq
// form also pays the copy of each whole Incident that ranging an
// iter.Seq[Incident] makes: BenchmarkRangeOnly measures that alone.
func BenchmarkByYear(b *testing.B) {
	incs := synthetic(benchIncidents)
	forms := []struct {
		name string
		f    func() []YearTotal
	}{
		{"seq", func() []YearTotal { return ByYear(slices.Values(incs), ReportedLoss) }},
		{"slice", func() []YearTotal { return ByYearOf(incs, ReportedLoss) }},
	}
	for _, form := range forms {
		b.Run(form.name, func(b *testing.B) {
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu0 := cpuTime()
			var got []YearTotal
			for b.Loop() {
				got = form.f()
			}
			runtime.ReadMemStats(&after)
			if len(got) != 10 {
				b.Fatalf("%s gave %d years, want 10", form.name, len(got))
			}
			reportPerIncident(b, benchIncidents)
			reportCPUPerIncident(b, benchIncidents, cpu0)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N*benchIncidents), "B/incident")
		})
	}
}

// BenchmarkRangeOnly ranges over the incidents of BenchmarkByYear with
// slices.Values and reads one field of each: the cost of the copy of the
// whole Incident that every yield of an iter.Seq[Incident] makes, which
// ByYear cannot go under (ByYearOf does not pay it).
func BenchmarkRangeOnly(b *testing.B) {
	incs := synthetic(benchIncidents)
	n := 0
	for b.Loop() {
		for inc := range slices.Values(incs) {
			n += len(inc.ID)
		}
	}
	if n == 0 {
		b.Fatal("no IDs read")
	}
	reportPerIncident(b, benchIncidents)
}

// BenchmarkTotal is Total over the same incidents: one group.
func BenchmarkTotal(b *testing.B) {
	incs := synthetic(benchIncidents)
	b.ReportAllocs()
	for b.Loop() {
		Total(slices.Values(incs), ReportedLoss)
	}
	reportPerIncident(b, benchIncidents)
}

// BenchmarkDecimalAdd is the bare baseline: adding the same 1,000,000 loss
// values with decimal.Add, ignoring currencies and years.
func BenchmarkDecimalAdd(b *testing.B) {
	incs := synthetic(benchIncidents)
	ds := make([]decimal.Decimal, len(incs))
	for i, inc := range incs {
		ds[i] = inc.Loss.Decimal()
	}
	b.ReportAllocs()
	var sum decimal.Decimal
	for b.Loop() {
		sum = decimal.Decimal{}
		for _, d := range ds {
			sum = sum.Add(d)
		}
	}
	if sum.IsZero() {
		b.Fatal("sum is zero")
	}
	reportPerIncident(b, benchIncidents)
}
