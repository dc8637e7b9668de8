package incidents

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// TestSumItemsKeepEveryItem checks that a Sum gives back each item it was
// made of, exactly: the amount's value, currency and exponent, and the date
// to the second in UTC, whether the item is stored in its compact form or
// whole.
func TestSumItemsKeepEveryItem(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	big := decimal.RequireFromString("123456789012345678901234567890")
	amounts := []currency.Amount{
		currency.AmountOf(decimal.New(1500, 0), currency.KRW),
		currency.AmountOf(decimal.New(15, 11), currency.KRW),   // 1.5 trillion, exponent 11
		currency.AmountOf(decimal.New(150, -2), currency.USD),  // USD 1.50
		currency.AmountOf(decimal.New(1500, -3), currency.USD), // USD 1.500: finer exponent, whole cents
		currency.AmountOf(decimal.New(5, -3), currency.USD),    // USD 0.005: not whole cents
		currency.AmountOf(decimal.New(-42, 0), currency.JPY),   // negative
		currency.AmountOf(decimal.New(0, 7), currency.EUR),     // zero with an exponent
		currency.AmountOf(decimal.New(math.MaxInt64, 0), currency.KRW),
		currency.AmountOf(decimal.New(math.MaxInt64, 0), currency.USD), // beyond an int64 of cents
		currency.AmountOf(decimal.New(1, 200), currency.KRW),           // exponent beyond an int8
		currency.AmountOf(big, currency.GBP),
		{}, // the zero Amount
	}
	dates := []time.Time{
		{},
		time.Date(2022, 3, 23, 0, 0, 0, 0, time.UTC),
		time.Date(2022, 3, 23, 0, 0, 0, 0, seoul),      // midnight in Seoul is 15:00 UTC
		time.Date(2018, 1, 26, 0, 0, 0, 999, time.UTC), // nanoseconds go
		time.Date(2019, 11, 27, 13, 6, 1, 0, time.UTC), // a time of day
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),    // before 1970
		time.Date(300000, 1, 1, 0, 0, 0, 0, time.UTC),  // beyond an int32 of days
		time.Date(-5000, 6, 1, 0, 0, 0, 0, time.UTC),
	}
	var items []Item
	for i, a := range amounts {
		for j, d := range dates {
			items = append(items, Item{ID: string(rune('a'+i)) + string(rune('A'+j)), Date: d, Amount: a})
		}
	}
	s := MakeSum(items, nil)
	got := s.Items()
	if len(got) != len(items) || s.Len() != len(items) {
		t.Fatalf("Items gave %d items, Len %d; want %d", len(got), s.Len(), len(items))
	}
	for i, want := range items {
		g := got[i]
		wantDate := time.Time{}
		if !want.Date.IsZero() {
			wantDate = time.Unix(want.Date.Unix(), 0).UTC()
		}
		if g.ID != want.ID || !g.Date.Equal(wantDate) || g.Date.Location() != wantDate.Location() {
			t.Errorf("item %d: got %q %v, want %q %v", i, g.ID, g.Date, want.ID, wantDate)
		}
		if g.Amount.Currency() != want.Amount.Currency() || !g.Amount.Decimal().Equal(want.Amount.Decimal()) ||
			g.Amount.Decimal().Exponent() != want.Amount.Decimal().Exponent() || g.Amount.String() != want.Amount.String() {
			t.Errorf("item %d (%s): amount %v (exponent %d), want %v (exponent %d)", i, want.ID,
				g.Amount, g.Amount.Decimal().Exponent(), want.Amount, want.Amount.Decimal().Exponent())
		}
	}
	// All yields the same items in the same order.
	i := 0
	for it := range s.All() {
		if it.ID != got[i].ID || !it.Amount.Equal(got[i].Amount) || !it.Date.Equal(got[i].Date) {
			t.Errorf("All item %d = %v, Items gave %v", i, it, got[i])
		}
		i++
	}
	if i != len(got) {
		t.Errorf("All yielded %d items, want %d", i, len(got))
	}
}

// TestByYearMissingWithoutCurrency checks that a loss in no currency (XXX,
// or a Currency value outside the ISO table) is missing, never an item,
// whichever incident comes first.
func TestByYearMissingWithoutCurrency(t *testing.T) {
	d := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	usd := currency.AmountOf(decimal.New(100, 0), currency.USD)
	xxx := currency.AmountOf(decimal.New(100, 0), currency.XXX)
	bad := currency.AmountOf(decimal.New(100, 0), currency.Currency(17000))
	for _, order := range [][]currency.Amount{{xxx, usd, bad}, {usd, xxx, bad}, {bad, usd, xxx}} {
		incs := make([]Incident, len(order))
		for i, a := range order {
			incs[i] = Incident{ID: a.Currency().String(), Date: d, Loss: a}
		}
		for name, got := range map[string][]YearTotal{
			"ByYear":   ByYear(slices.Values(incs), nil),
			"ByYearOf": ByYearOf(incs, nil),
		} {
			if len(got) != 1 || got[0].Len() != 1 || len(got[0].Missing) != 2 || got[0].Items()[0].ID != "USD" {
				t.Errorf("%s over %v: %+v", name, order, got)
			}
		}
	}
}
