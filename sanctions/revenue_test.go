package sanctions

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

func TestRevenueEstimates(t *testing.T) {
	es := RevenueEstimates()
	if len(es) != 15 {
		t.Fatalf("RevenueEstimates() has %d rows, want the reference's 15", len(es))
	}
	for i, e := range es {
		if e.Publisher == "" || e.Source == "" || e.Text == "" || e.Subject == "" {
			t.Errorf("row %d = %+v: publisher, source, text or subject missing", i, e)
		}
		if e.Figure.Amount.Currency() == currency.XXX && e.Share.IsZero() && e.People.IsZero() {
			t.Errorf("row %d (%s) has no figure, share or count", i, e.Subject)
		}
	}
	type row struct {
		Subject   string
		Figure    string
		Per       string
		Publisher string
		Published string
	}
	want := []row{
		{"2371 (coal, iron, lead, seafood)", "more than USD 1000000000.00", "per year", "US fact sheet", "2017-08-05"},
		{"2321 (coal cap)", "about USD 700000000.00", "per year", "US fact sheet", "2016-11-30"},
		{"2375 (textiles)", "USD 752000000.00", "in 2016", "KOTRA", ""},
		{"workers", "about USD 500000000.00", "per year", "Sejong Institute", "2019-12"},
	}
	var got []row
	for _, e := range es {
		if slices.ContainsFunc(want, func(w row) bool { return w.Subject == e.Subject && w.Publisher == e.Publisher }) {
			got = append(got, row{e.Subject, e.Figure.String(), e.Per, e.Publisher, e.Published})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sample rows (-want +got):\n%s", diff)
	}
	if e := es[9]; e.People.String() != "more than 90000" || !e.Workers {
		t.Errorf("row 10 workers = %v, %v; want more than 90000 workers", e.People, e.Workers)
	}
	if e := es[14]; e.Share.String() != "37.2" || !e.Outcome {
		t.Errorf("row 15 = %v, outcome %v; want 37.2, an outcome", e.Share, e.Outcome)
	}
	es[0].Commodities[0] = Gold
	if RevenueEstimates()[0].Commodities[0] != Coal {
		t.Error("RevenueEstimates() shares its slices")
	}
}

func TestRevenueRange(t *testing.T) {
	var textiles []RevenueEstimate
	for _, e := range RevenueEstimates() {
		if slices.Contains(e.Commodities, Textiles) {
			textiles = append(textiles, e)
		}
	}
	low, high, ok := RevenueRange(textiles)
	if !ok || low.Publisher != "KOTRA" || high.Publisher != "Australian foreign minister Julie Bishop" {
		t.Fatalf("RevenueRange(textiles) = %s, %s, %v; want KOTRA to Bishop", low.Publisher, high.Publisher, ok)
	}
	if _, _, ok := RevenueRange(nil); ok {
		t.Error("RevenueRange(nil) ok")
	}
	mixed := []RevenueEstimate{
		{Figure: currency.Figure{Amount: currency.MustNewAmount("1", currency.USD)}},
		{Figure: currency.Figure{Amount: currency.MustNewAmount("1", currency.KRW)}},
	}
	if _, _, ok := RevenueRange(mixed); ok {
		t.Error("RevenueRange of USD and KRW figures ok, want false")
	}
}
