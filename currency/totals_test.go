package currency

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestTotalsZeroValue(t *testing.T) {
	var tot Totals
	if tot.Len() != 0 || tot.String() != "0" {
		t.Errorf("zero Totals: Len %d, String %q", tot.Len(), tot.String())
	}
	if got := tot.Get(USD); got.String() != "USD 0.00" {
		t.Errorf("zero Totals.Get(USD) = %v, want USD 0.00", got)
	}
	tot.Add(Amount{})
	if tot.Len() != 0 {
		t.Errorf("adding Amount{} added a currency: %v", tot)
	}
}

func TestTotals(t *testing.T) {
	var tot Totals
	for _, a := range []Amount{
		MustNewAmount("800000000000", KRW),
		MustNewAmount("626000000", USD),
		MustNewAmount("700000000000", KRW),
		MustNewAmount("0.005", USD), // finer than a cent
		MustNewAmount("58000000000", JPY),
		MustNewAmount("1.5", KRW), // finer than a won
		MustNewAmount("-1.5", KRW),
	} {
		tot.Add(a)
	}
	want := []Amount{
		MustNewAmount("58000000000", JPY),
		MustNewAmount("1500000000000", KRW),
		MustNewAmount("626000000.005", USD),
	}
	if d := cmp.Diff(want, slices.Collect(tot.All())); d != "" {
		t.Errorf("All (-want +got):\n%s", d)
	}
	// KRW 1.5 and -1.5 leave a tenth's digit: the total prints as adding
	// the amounts in any grouping would.
	if got := tot.String(); got != "JPY 58000000000, KRW 1500000000000.0, USD 626000000.005" {
		t.Errorf("String = %q", got)
	}
	if tot.Len() != 3 {
		t.Errorf("Len = %d", tot.Len())
	}
	if got := tot.Get(EUR); !got.Equal(MustNewAmount("0", EUR)) {
		t.Errorf("Get(EUR) = %v", got)
	}
}

func TestTotalsInt64Overflow(t *testing.T) {
	// Push the int64 running sum of cents across its limit in both directions.
	big := AmountOf(decimal.New(math.MaxInt64/2, -2), USD) // about 46 quadrillion dollars, in cents
	var tot Totals
	for range 5 {
		tot.Add(big)
	}
	want := decimal.New(math.MaxInt64/2, -2).Mul(decimal.NewFromInt(5))
	if got := tot.Get(USD); !got.Decimal().Equal(want) {
		t.Errorf("5 × MaxInt64/2 cents = %v, want %s", got, want.String())
	}
	for range 10 {
		tot.Add(big.Neg())
	}
	if got := tot.Get(USD); !got.Decimal().Equal(want.Neg()) {
		t.Errorf("after subtracting 10: %v, want %s", got, want.Neg().String())
	}
	// A value whose minor units alone overflow int64 goes to the exact path.
	huge := MustNewAmount("123456789012345678901234567890", KRW)
	tot.Add(huge)
	tot.Add(MustNewAmount("1", KRW))
	if got := tot.Get(KRW); got.String() != "KRW 123456789012345678901234567891" {
		t.Errorf("huge KRW = %v", got)
	}
	// Exponent shifts that overflow: 9e18 won is 9e18 units, fits; 9.3e18 does not.
	var t2 Totals
	t2.Add(MustNewAmount("9e18", KRW))
	t2.Add(MustNewAmount("9.3e18", KRW))
	t2.Add(MustNewAmount("9e18", KRW))
	if got := t2.Get(KRW); got.String() != "KRW 27300000000000000000" {
		t.Errorf("9e18+9.3e18+9e18 won = %v", got)
	}
}

// randomAmounts returns n amounts: half KRW whole won up to 100 billion,
// half USD cents up to 100 million dollars, some negative, a few with finer
// digits or near the int64 limit.
func randomAmounts(r *rand.Rand, n int) []Amount {
	out := make([]Amount, n)
	for i := range out {
		switch r.IntN(20) {
		case 0:
			out[i] = AmountOf(decimal.New(r.Int64N(1e6), -5), USD) // finer than a cent
		case 1:
			out[i] = AmountOf(decimal.New(math.MaxInt64-r.Int64N(1000), 0), KRW) // near int64 max
		case 2:
			out[i] = AmountOf(decimal.New(-math.MaxInt64+r.Int64N(1000), -2), USD)
		case 3:
			out[i] = AmountOf(decimal.New(r.Int64N(1000), 0), JPY)
		default:
			if i%2 == 0 {
				out[i] = AmountOf(decimal.New(r.Int64N(100_000_000_001)-1000, 0), KRW)
			} else {
				out[i] = AmountOf(decimal.New(r.Int64N(10_000_000_001), -2), USD)
			}
		}
	}
	return out
}

// TestTotalsMergeProperty checks that merging partial totals in any grouping
// gives exactly the sequential total, which is what lets users split an
// aggregation across goroutines or machines.
func TestTotalsMergeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		amounts := randomAmounts(r, 1+r.IntN(300))
		// The reference: exact decimal sums per currency.
		ref := map[Currency]decimal.Decimal{}
		var seq Totals
		for _, a := range amounts {
			seq.Add(a)
			ref[a.Currency()] = ref[a.Currency()].Add(a.Decimal())
		}
		// Split at random cut points, total each part, merge in random order.
		var parts []Totals
		for i := 0; i < len(amounts); {
			j := i + 1 + r.IntN(len(amounts)-i)
			var p Totals
			for _, a := range amounts[i:j] {
				p.Add(a)
			}
			parts = append(parts, p)
			i = j
		}
		r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		var merged Totals
		for _, p := range parts {
			merged.Merge(p)
		}
		// And a tree: merge pairs until one is left.
		tree := slices.Clone(parts)
		for len(tree) > 1 {
			var next []Totals
			for i := 0; i < len(tree); i += 2 {
				m := tree[i].Clone()
				if i+1 < len(tree) {
					m.Merge(tree[i+1])
				}
				next = append(next, m)
			}
			tree = next
		}
		var all Totals
		all.AddAll(amounts...)
		for _, tot := range []struct {
			name string
			t    Totals
		}{{"sequential", seq}, {"merged", merged}, {"tree", tree[0]}, {"AddAll", all}} {
			if tot.t.Len() != len(ref) {
				t.Fatalf("trial %d %s: %d currencies, want %d", trial, tot.name, tot.t.Len(), len(ref))
			}
			for c, want := range ref {
				if got := tot.t.Get(c); !got.Decimal().Equal(want) {
					t.Fatalf("trial %d %s: %v total = %v, want %s", trial, tot.name, c, got, want.String())
				}
			}
		}
	}
}

// TestTotalsSlotCollision checks currencies that share a fast slot (c&7):
// the second keeps its sum in its entry, and both totals stay exact.
func TestTotalsSlotCollision(t *testing.T) {
	same := []Currency{USD}
	for a := byte('A'); a <= 'Z' && len(same) < 3; a++ {
		for b := byte('A'); b <= 'Z' && len(same) < 3; b++ {
			c, err := ParseCurrency(string([]byte{a, b, 'D'}))
			if err == nil && c != USD && c&7 == USD&7 {
				same = append(same, c)
			}
		}
	}
	if len(same) < 3 {
		t.Fatalf("found only %v sharing USD's slot", same)
	}
	var tot Totals
	for i := range 10 {
		for _, c := range same {
			tot.Add(AmountOf(decimal.New(int64(i+1), 0), c))
		}
	}
	for _, c := range same {
		if got := tot.Get(c); !got.Decimal().Equal(decimal.NewFromInt(55)) {
			t.Errorf("%v total = %v, want 55", c, got)
		}
	}
	var m Totals
	m.Merge(tot)
	m.Merge(tot)
	for _, c := range same {
		if got := m.Get(c); !got.Decimal().Equal(decimal.NewFromInt(110)) {
			t.Errorf("merged twice: %v total = %v, want 110", c, got)
		}
	}
}

func TestTotalsCloneAndSelfMerge(t *testing.T) {
	var a Totals
	a.Add(MustNewAmount("1", USD))
	b := a.Clone()
	b.Add(MustNewAmount("1", USD))
	if got := a.Get(USD).String(); got != "USD 1.00" {
		t.Errorf("adding to a clone changed the original: %s", got)
	}
	a.Merge(a)
	if got := a.Get(USD).String(); got != "USD 2.00" {
		t.Errorf("a.Merge(a) = %s, want USD 2.00", got)
	}
}

func TestTotalsIn(t *testing.T) {
	var tot Totals
	tot.Add(MustNewAmount("1500000000000", KRW))
	tot.Add(MustNewAmount("58000000000", JPY))
	tot.Add(MustNewAmount("1", USD))
	rates := MustNewRates(
		rate(USD, KRW, "1250", date(2022, 1, 1), "k"),
		rate(JPY, USD, "0.0075", date(2022, 1, 1), "j"),
	)
	got, err := tot.In(USD, rates, date(2022, 6, 1))
	if err != nil || got.String() != "USD 1635000001.00" {
		t.Errorf("In(USD) = %v, %v; want USD 1635000001.00", got, err)
	}
	tot.Add(MustNewAmount("1", EUR))
	if _, err := tot.In(USD, rates, date(2022, 6, 1)); err == nil {
		t.Error("In(USD) with no EUR rate: no error")
	}
	var empty Totals
	if got, err := empty.In(KRW, rates, date(2022, 6, 1)); err != nil || got.String() != "KRW 0" {
		t.Errorf("empty In(KRW) = %v, %v", got, err)
	}
}

// The errors of In and InPartial name the method the caller called.
func TestTotalsInErrorsNameTheMethod(t *testing.T) {
	var tot Totals
	tot.Add(MustNewAmount("1", USD))
	if _, err := tot.In(XXX, Rates{}, date(2022, 6, 1)); err == nil || !errors.Is(err, ErrUnknownCurrency) ||
		!strings.HasPrefix(err.Error(), "currency: Totals.In XXX:") {
		t.Errorf("In(XXX) error = %v, want one starting %q and wrapping ErrUnknownCurrency", err, "currency: Totals.In XXX:")
	}
	if _, err := tot.InPartial(XXX, Rates{}, date(2022, 6, 1)); err == nil || !errors.Is(err, ErrUnknownCurrency) ||
		!strings.HasPrefix(err.Error(), "currency: Totals.InPartial XXX:") {
		t.Errorf("InPartial(XXX) error = %v, want one starting %q and wrapping ErrUnknownCurrency", err, "currency: Totals.InPartial XXX:")
	}
}

func TestSum(t *testing.T) {
	got, err := Sum(MustNewAmount("1", USD), MustNewAmount("2.5", USD), Amount{})
	if err != nil || got.String() != "USD 3.50" {
		t.Errorf("Sum = %v, %v", got, err)
	}
	if got, err := Sum(); err != nil || !got.Equal(Amount{}) {
		t.Errorf("Sum() = %v, %v; want Amount{}", got, err)
	}
	if _, err := Sum(MustNewAmount("1", USD), MustNewAmount("1", KRW)); err == nil {
		t.Error("Sum of USD and KRW: no error")
	}
}

func TestPow10(t *testing.T) {
	for n := range int32(19) {
		want, _ := strconv.ParseInt("1"+strings.Repeat("0", int(n)), 10, 64)
		if got := pow10(n); got != want {
			t.Errorf("pow10(%d) = %d, want %d", n, got, want)
		}
	}
}
