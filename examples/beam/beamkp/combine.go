package beamkp

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func init() {
	register.Combiner2[currency.Totals, currency.Amount](&SumFn{})
	register.Combiner2[Tally, Item](&TallyFn{})
}

// SumFn is a Beam combine function that adds [currency.Amount] values into
// a [currency.Totals], one total per currency, exactly. Amount{} adds
// nothing. Use it with beam.Combine or beam.CombinePerKey, or through
// [Sum] and [SumPerKey].
type SumFn struct{}

// CreateAccumulator returns an empty total.
func (*SumFn) CreateAccumulator() currency.Totals { return currency.Totals{} }

// AddInput adds a to t and returns t.
func (*SumFn) AddInput(t currency.Totals, a currency.Amount) currency.Totals {
	t.Add(a)
	return t
}

// MergeAccumulators adds u to t and returns t.
func (*SumFn) MergeAccumulators(t, u currency.Totals) currency.Totals {
	t.Merge(u)
	return t
}

// ExtractOutput returns t.
func (*SumFn) ExtractOutput(t currency.Totals) currency.Totals { return t }

// Sum returns the single [currency.Totals] of a PCollection of
// [currency.Amount].
func Sum(s beam.Scope, amounts beam.PCollection) beam.PCollection {
	return beam.Combine(s.Scope("beamkp.Sum"), &SumFn{}, amounts)
}

// SumPerKey returns a PCollection of KV<K, [currency.Totals]> from one of
// KV<K, [currency.Amount]>: the exact total of each key's amounts.
func SumPerKey(s beam.Scope, amounts beam.PCollection) beam.PCollection {
	return beam.CombinePerKey(s.Scope("beamkp.SumPerKey"), &SumFn{}, amounts)
}

// Key is what a screened trade record is counted under: one measure, one
// year and one outcome, and the unit of the record's quantity (records in
// different units are counted apart, since their quantities do not add).
//
// A record a measure covers counts under that measure with Outcome
// "covered"; one a measure may cover, under that measure with Outcome
// "undetermined" (see [sanctions.Finding]). A record with no finding counts
// once with MeasureID "" and Outcome [OutcomeClean]; a record that could not
// be read or screened, with Outcome [OutcomeRejected] (Year 0 when its
// period could not be read). A record with several findings counts under
// each, so the rows of different measures overlap.
type Key struct {
	MeasureID string
	Citation  string // the measure's citation, as the finding gives it
	Year      int
	Outcome   string
	Unit      string // the quantity's unit (sanctions.Unit text); "" for none
}

// The outcomes of a [Key] beside the findings' own.
const (
	OutcomeClean    = "clean"    // no finding: clean with respect to everything the library knows
	OutcomeRejected = "rejected" // the record could not be read or screened
)

// Item is one screened record's contribution to its [Key]'s [Tally].
type Item struct {
	Value    currency.Amount // the record's value; Amount{} when not reported
	Quantity decimal.Decimal // in the key's unit; zero when not reported
}

// Tally is the exact total of the records counted under one [Key].
type Tally struct {
	Records  int64           // records counted
	NoValue  int64           // of them, records with no value reported
	Value    currency.Totals // the sum of the values, per currency
	Quantity decimal.Decimal // the sum of the quantities, in the key's unit
}

// Add counts it in t.
func (t *Tally) Add(it Item) {
	t.Records++
	if it.Value == (currency.Amount{}) {
		t.NoValue++
	} else {
		t.Value.Add(it.Value)
	}
	t.Quantity = t.Quantity.Add(it.Quantity)
}

// Merge adds u to t.
func (t *Tally) Merge(u Tally) {
	t.Records += u.Records
	t.NoValue += u.NoValue
	t.Value.Merge(u.Value)
	t.Quantity = t.Quantity.Add(u.Quantity)
}

// TallyFn is a Beam combine function that counts [Item] values into a
// [Tally]; use it with beam.CombinePerKey over KV<[Key], [Item]>.
type TallyFn struct{}

// CreateAccumulator returns an empty tally.
func (*TallyFn) CreateAccumulator() Tally { return Tally{} }

// AddInput counts it in t and returns t.
func (*TallyFn) AddInput(t Tally, it Item) Tally {
	t.Add(it)
	return t
}

// MergeAccumulators adds u to t and returns t.
func (*TallyFn) MergeAccumulators(t, u Tally) Tally {
	t.Merge(u)
	return t
}

// ExtractOutput returns t.
func (*TallyFn) ExtractOutput(t Tally) Tally { return t }
