package beamkp

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kpledger/kpledger/currency"
)

// totalsDiff describes how got differs from want, in value or printed
// form, or returns "".
func totalsDiff(want, got currency.Totals) string {
	if w, g := want.String(), got.String(); w != g {
		return fmt.Sprintf("printed %q, want %q", g, w)
	}
	if want.Len() != got.Len() {
		return fmt.Sprintf("Len() = %d, want %d", got.Len(), want.Len())
	}
	for a := range want.All() {
		g := got.Get(a.Currency())
		if !g.Equal(a) || g.String() != a.String() {
			return fmt.Sprintf("Get(%v) = %v, want %v", a.Currency(), g, a)
		}
	}
	return ""
}

// roundTrip sends t through the registered Beam coder, as a runner does
// when it ships a partial accumulator.
func roundTrip(t *testing.T, x currency.Totals) currency.Totals {
	t.Helper()
	b, err := EncodeTotals(x)
	if err != nil {
		t.Fatalf("EncodeTotals(%v): %v", x, err)
	}
	y, err := DecodeTotals(b)
	if err != nil {
		t.Fatalf("DecodeTotals(EncodeTotals(%v)): %v", x, err)
	}
	return y
}

func TestSumFnGroupings(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		for _, order := range mergeOrders {
			for _, ship := range []bool{false, true} {
				t.Run(fmt.Sprintf("seed %d/%s/ship %v", seed, order, ship), func(t *testing.T) {
					r := rand.New(rand.NewPCG(seed, 14))
					amounts := randAmounts(r, 1+r.IntN(400))
					var want currency.Totals
					for _, a := range amounts {
						want.Add(a)
					}
					fn := &SumFn{}
					var accs []currency.Totals
					for _, c := range split(r, len(amounts)) {
						acc := fn.CreateAccumulator()
						for _, a := range amounts[c[0]:c[1]] {
							acc = fn.AddInput(acc, a)
						}
						if ship {
							acc = roundTrip(t, acc)
						}
						accs = append(accs, acc)
					}
					got := fn.ExtractOutput(mergeAll(r, order, accs, fn.CreateAccumulator, func(a, b currency.Totals) currency.Totals {
						m := fn.MergeAccumulators(a, b)
						if ship {
							m = roundTrip(t, m)
						}
						return m
					}))
					if d := totalsDiff(want, got); d != "" {
						t.Errorf("SumFn over %d amounts: %s", len(amounts), d)
					}
				})
			}
		}
	}
}

func TestTallyFnGroupings(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		for _, order := range mergeOrders {
			t.Run(fmt.Sprintf("seed %d/%s", seed, order), func(t *testing.T) {
				r := rand.New(rand.NewPCG(seed, 1718))
				items := make([]Item, 1+r.IntN(300))
				var want Tally
				for i := range items {
					items[i] = Item{Quantity: randQuantity(r)}
					if r.IntN(6) > 0 {
						items[i].Value = randAmount(r)
					}
					want.Add(items[i])
				}
				fn := &TallyFn{}
				var accs []Tally
				for _, c := range split(r, len(items)) {
					acc := fn.CreateAccumulator()
					for _, it := range items[c[0]:c[1]] {
						acc = fn.AddInput(acc, it)
					}
					b, err := encodeTally(acc)
					if err != nil {
						t.Fatalf("encodeTally: %v", err)
					}
					if acc, err = decodeTally(b); err != nil {
						t.Fatalf("decodeTally(encodeTally(…)): %v", err)
					}
					accs = append(accs, acc)
				}
				got := fn.ExtractOutput(mergeAll(r, order, accs, fn.CreateAccumulator, fn.MergeAccumulators))
				if got.Records != want.Records || got.NoValue != want.NoValue {
					t.Errorf("counts %d records, %d without value; want %d, %d", got.Records, got.NoValue, want.Records, want.NoValue)
				}
				if d := totalsDiff(want.Value, got.Value); d != "" {
					t.Errorf("Value: %s", d)
				}
				if !got.Quantity.Equal(want.Quantity) || got.Quantity.String() != want.Quantity.String() || got.Quantity.Exponent() != want.Quantity.Exponent() {
					t.Errorf("Quantity = %s (exponent %d), want %s (exponent %d)", got.Quantity, got.Quantity.Exponent(), want.Quantity, want.Quantity.Exponent())
				}
			})
		}
	}
}
