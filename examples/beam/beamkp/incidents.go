package beamkp

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
)

func init() {
	register.Combiner2[YearTally, Measured](&IncidentYearFn{})
	register.Function1x2(measuredYear)
}

// Measured is one incident's amount under an [incidents.Measure], ready to
// cross a Beam boundary (an [incidents.Incident] has no Beam coder: build
// Measured values where the incidents are read, with [MeasureIncident]).
type Measured struct {
	ID     string
	Year   int             // the calendar year of the incident's date (UTC); 0 if it has none
	Amount currency.Amount // Amount{} when the incident has no amount under the measure
}

// MeasureIncident returns inc measured by m (nil is
// [incidents.ReportedLoss]), with the year [incidents.ByYear] files it
// under. An incident whose measure gives no amount, or an amount in no
// currency (XXX or invalid), is Measured with Amount{}, as [incidents.Total]
// counts it among the missing.
func MeasureIncident(inc incidents.Incident, m incidents.Measure) Measured {
	if m == nil {
		m = incidents.ReportedLoss
	}
	out := Measured{ID: inc.ID}
	if !inc.Date.IsZero() {
		out.Year = inc.Date.UTC().Year()
	}
	if a, ok := m(inc); ok && a.Currency() != currency.XXX && a.Currency().Valid() {
		out.Amount = a
	}
	return out
}

// MeasureNamed returns the library's measure of that name:
// "reported_loss" ([incidents.ReportedLoss]), "first_usd"
// ([incidents.FirstUSD]) or "loss_or_usd" ([incidents.LossOrUSD]), so that a
// DoFn's configuration, which Beam serializes, can name one.
//
// MeasureNamed returns an error naming the known measures for any other
// name.
func MeasureNamed(name string) (incidents.Measure, error) {
	switch name {
	case "reported_loss":
		return incidents.ReportedLoss, nil
	case "first_usd":
		return incidents.FirstUSD, nil
	case "loss_or_usd":
		return incidents.LossOrUSD, nil
	}
	return nil, fmt.Errorf("beamkp: unknown measure %q: want reported_loss, first_usd or loss_or_usd", clip(name))
}

// YearTally is the exact total of one year's measured incidents, the Beam
// counterpart of an [incidents.YearTotal]'s Sum without its items.
type YearTally struct {
	Incidents int64           // incidents counted, with or without an amount
	Totals    currency.Totals // the exact total, per currency
	Missing   []string        // IDs of the incidents without an amount, sorted
}

// Add counts m in t.
func (t *YearTally) Add(m Measured) {
	t.Incidents++
	if m.Amount == (currency.Amount{}) {
		i, _ := slices.BinarySearch(t.Missing, m.ID)
		t.Missing = slices.Insert(t.Missing, i, m.ID)
		return
	}
	t.Totals.Add(m.Amount)
}

// Merge adds u to t.
func (t *YearTally) Merge(u YearTally) {
	t.Incidents += u.Incidents
	t.Totals.Merge(u.Totals)
	if len(u.Missing) > 0 {
		t.Missing = append(t.Missing, u.Missing...)
		slices.Sort(t.Missing)
	}
}

// IncidentYearFn is a Beam combine function that counts [Measured]
// incidents into a [YearTally]; [IncidentsByYear] applies it per year.
type IncidentYearFn struct{}

// CreateAccumulator returns an empty tally.
func (*IncidentYearFn) CreateAccumulator() YearTally { return YearTally{} }

// AddInput counts m in t and returns t.
func (*IncidentYearFn) AddInput(t YearTally, m Measured) YearTally {
	t.Add(m)
	return t
}

// MergeAccumulators adds u to t and returns t.
func (*IncidentYearFn) MergeAccumulators(t, u YearTally) YearTally {
	t.Merge(u)
	return t
}

// ExtractOutput returns t.
func (*IncidentYearFn) ExtractOutput(t YearTally) YearTally { return t }

func measuredYear(m Measured) (int, Measured) { return m.Year, m }

// IncidentsByYear returns a PCollection of KV<int, [YearTally]> from one of
// [Measured]: the exact total of each year's incidents, as
// [incidents.ByYear] computes it on one machine.
func IncidentsByYear(s beam.Scope, measured beam.PCollection) beam.PCollection {
	s = s.Scope("beamkp.IncidentsByYear")
	keyed := beam.ParDo(s, measuredYear, measured)
	return beam.CombinePerKey(s, &IncidentYearFn{}, keyed)
}

// clip quotes at most a short prefix of s, cut at the start of a rune so
// that a multi-byte character is not split. Invalid bytes before the cut
// stay: %q shows them escaped.
func clip(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	i := n
	for i > n-utf8.UTFMax && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
