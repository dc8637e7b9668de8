package incidents

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// sumView is a Sum as strings, for cmp.Diff.
type sumView struct {
	Totals  string
	Items   []string
	Missing []string
}

func view(s Sum) sumView {
	v := sumView{Totals: s.Totals.String(), Missing: s.Missing}
	for _, it := range s.Items {
		v.Items = append(v.Items, it.ID+" "+it.Amount.String())
	}
	return v
}

func TestTotal(t *testing.T) {
	tests := []struct {
		name string
		m    Measure
		want sumView
	}{
		{"nil measure is ReportedLoss", nil, sumView{
			Totals:  "JPY 300, KRW 1000.5, USD 11.00",
			Items:   []string{"a KRW 1000.5", "b JPY 300", "c USD 10.25", "e USD 0.75"},
			Missing: []string{"d", "f"},
		}},
		{"FirstUSD takes a range's low end", FirstUSD, sumView{
			Totals:  "USD 5.00",
			Items:   []string{"d USD 5.00"},
			Missing: []string{"a", "b", "c", "e", "f"},
		}},
		{"LossOrUSD", LossOrUSD, sumView{
			Totals:  "JPY 300, KRW 1000.5, USD 16.00",
			Items:   []string{"a KRW 1000.5", "b JPY 300", "c USD 10.25", "d USD 5.00", "e USD 0.75"},
			Missing: []string{"f"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Total(slices.Values(handBuilt()), tt.m)
			if diff := cmp.Diff(tt.want, view(got)); diff != "" {
				t.Errorf("Total mismatch (-want +got):\n%s", diff)
			}
			if got.Count() != 6 {
				t.Errorf("Total(…).Count() = %d, want 6", got.Count())
			}
		})
	}
}

func TestTotalEmpty(t *testing.T) {
	for name, seq := range map[string]func(func(Incident) bool){
		"nil":   nil,
		"empty": slices.Values([]Incident(nil)),
	} {
		got := Total(seq, nil)
		if got.Count() != 0 || got.Totals.Len() != 0 {
			t.Errorf("Total(%s) = %+v, want an empty Sum", name, view(got))
		}
		if g := ByYear(seq, nil); len(g) != 0 {
			t.Errorf("ByYear(%s) = %v, want no groups", name, g)
		}
	}
}

func TestByYear(t *testing.T) {
	got := ByYear(slices.Values(handBuilt()), nil)
	want := map[int]sumView{
		0:    {Totals: "0", Missing: []string{"f"}},
		2022: {Totals: "JPY 300, KRW 1000.5, USD 10.25", Items: []string{"a KRW 1000.5", "b JPY 300", "c USD 10.25"}},
		2023: {Totals: "USD 0.75", Items: []string{"e USD 0.75"}, Missing: []string{"d"}},
	}
	var years []int
	gotView := map[int]sumView{}
	for _, g := range got {
		years = append(years, g.Year)
		gotView[g.Year] = view(g.Sum)
	}
	if diff := cmp.Diff([]int{0, 2022, 2023}, years); diff != "" {
		t.Errorf("ByYear years (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, gotView); diff != "" {
		t.Errorf("ByYear (-want +got):\n%s", diff)
	}
}

func TestByCountry(t *testing.T) {
	got := ByCountry(slices.Values(handBuilt()), nil)
	type key struct {
		C string
		U bool
		S sumView
	}
	var keys []key
	for _, g := range got {
		keys = append(keys, key{g.Country.String(), g.Unverified, view(g.Sum)})
	}
	want := []key{
		{"JP", false, sumView{Totals: "JPY 300", Items: []string{"b JPY 300"}}},
		{"KR", false, sumView{Totals: "KRW 1000.5", Items: []string{"a KRW 1000.5"}, Missing: []string{"d"}}},
		{"SC", true, sumView{Totals: "USD 0.75", Items: []string{"e USD 0.75"}}},
		{"US", false, sumView{Totals: "USD 10.25", Items: []string{"c USD 10.25"}}},
		{"ZZ", false, sumView{Totals: "0", Missing: []string{"f"}}},
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("ByCountry (-want +got):\n%s", diff)
	}
}

func TestByActor(t *testing.T) {
	got := ByActor(slices.Values(handBuilt()), nil)
	gotView := map[Cluster]sumView{}
	var order []Cluster
	for _, g := range got {
		order = append(order, g.Cluster)
		gotView[g.Cluster] = view(g.Sum)
	}
	want := map[Cluster]sumView{
		ClusterUnknown: {Totals: "USD 0.75", Items: []string{"e USD 0.75"}, Missing: []string{"d", "f"}},
		Lazarus:        {Totals: "JPY 300, KRW 1000.5", Items: []string{"a KRW 1000.5", "b JPY 300"}},
		APT38:          {Totals: "KRW 1000.5", Items: []string{"a KRW 1000.5"}},
		TraderTraitor:  {Totals: "USD 10.25", Items: []string{"c USD 10.25"}},
	}
	if diff := cmp.Diff([]Cluster{ClusterUnknown, Lazarus, APT38, TraderTraitor}, order); diff != "" {
		t.Errorf("ByActor order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, gotView); diff != "" {
		t.Errorf("ByActor (-want +got):\n%s", diff)
	}
}

func TestByStatus(t *testing.T) {
	got := ByStatus(slices.Values(handBuilt()), nil)
	gotView := map[Status]sumView{}
	var order []Status
	for _, g := range got {
		order = append(order, g.Status)
		gotView[g.Status] = view(g.Sum)
	}
	want := map[Status]sumView{
		StatusUnknown: {Totals: "USD 0.75", Items: []string{"e USD 0.75"}, Missing: []string{"f"}},
		Suspected:     {Totals: "0", Missing: []string{"d"}},
		Attributed:    {Totals: "JPY 300", Items: []string{"b JPY 300"}},
		Confirmed:     {Totals: "KRW 1000.5, USD 10.25", Items: []string{"a KRW 1000.5", "c USD 10.25"}},
		Disputed:      {Totals: "JPY 300", Items: []string{"b JPY 300"}},
	}
	if diff := cmp.Diff([]Status{StatusUnknown, Suspected, Attributed, Confirmed, Disputed}, order); diff != "" {
		t.Errorf("ByStatus order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, gotView); diff != "" {
		t.Errorf("ByStatus (-want +got):\n%s", diff)
	}
}

func TestByVictimType(t *testing.T) {
	got := ByVictimType(slices.Values(handBuilt()), LossOrUSD)
	gotView := map[VictimType]sumView{}
	var order []VictimType
	for _, g := range got {
		order = append(order, g.VictimType)
		gotView[g.VictimType] = view(g.Sum)
	}
	want := map[VictimType]sumView{
		VictimUnknown: {Totals: "0", Missing: []string{"f"}},
		Exchange:      {Totals: "JPY 300, KRW 1000.5, USD 0.75", Items: []string{"a KRW 1000.5", "b JPY 300", "e USD 0.75"}},
		DeFiBridge:    {Totals: "USD 10.25", Items: []string{"c USD 10.25"}},
		Bank:          {Totals: "USD 5.00", Items: []string{"d USD 5.00"}},
	}
	if diff := cmp.Diff([]VictimType{VictimUnknown, Exchange, DeFiBridge, Bank}, order); diff != "" {
		t.Errorf("ByVictimType order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, gotView); diff != "" {
		t.Errorf("ByVictimType (-want +got):\n%s", diff)
	}
}

// testRates: 1,000 KRW per USD for 2022, 1,200 for 2023; 100 JPY per USD
// for 2022.
func testRates() currency.Rates {
	return currency.MustNewRates(
		currency.Rate{From: currency.USD, To: currency.KRW, Value: dec("1000"), Date: day(2022, 1, 1), Span: currency.Year, Source: "test 2022"},
		currency.Rate{From: currency.USD, To: currency.KRW, Value: dec("1200"), Date: day(2023, 1, 1), Span: currency.Year, Source: "test 2023"},
		currency.Rate{From: currency.USD, To: currency.JPY, Value: dec("100"), Date: day(2022, 1, 1), Span: currency.Year, Source: "test JPY"},
	)
}

func TestSumIn(t *testing.T) {
	incs := handBuilt()[:5] // f has no date and no amount; d has no loss
	years := ByYear(slices.Values(incs), nil)
	type conv struct {
		ID, From, To, Rate string
	}
	tests := []struct {
		year      int
		to        currency.Currency
		wantTotal string
		want      []conv
		missing   []string
	}{
		{2022, currency.USD, "USD 14.25", []conv{
			{"a", "KRW 1000.5", "USD 1.00", "0.001 USD per KRW for 2022"},
			{"b", "JPY 300", "USD 3.00", "0.01 USD per JPY for 2022"},
			{"c", "USD 10.25", "USD 10.25", "1 USD per USD on 2022-12-31"},
		}, nil},
		{2022, currency.KRW, "KRW 14250.5", []conv{
			{"a", "KRW 1000.5", "KRW 1000.5", "1 KRW per KRW on 2022-03-01"},
			{"b", "JPY 300", "KRW 3000", "10 KRW per JPY for 2022"},
			{"c", "USD 10.25", "KRW 10250", "1,000 KRW per USD for 2022"},
		}, nil},
		{2023, currency.KRW, "KRW 900", []conv{
			{"e", "USD 0.75", "KRW 900", "1,200 KRW per USD for 2023"},
		}, []string{"d"}},
	}
	for _, tt := range tests {
		var s Sum
		for _, g := range years {
			if g.Year == tt.year {
				s = g.Sum
			}
		}
		got, err := s.In(tt.to, testRates())
		if err != nil {
			t.Fatalf("ByYear %d .In(%v) error: %v", tt.year, tt.to, err)
		}
		if got.Total.String() != tt.wantTotal {
			t.Errorf("ByYear %d .In(%v).Total = %v, want %s", tt.year, tt.to, got.Total, tt.wantTotal)
		}
		var gotConv []conv
		for _, c := range got.Items {
			gotConv = append(gotConv, conv{c.ID, c.Amount.String(), c.Converted.String(), c.Rate.String()})
		}
		if diff := cmp.Diff(tt.want, gotConv); diff != "" {
			t.Errorf("ByYear %d .In(%v) items (-want +got):\n%s", tt.year, tt.to, diff)
		}
		if diff := cmp.Diff(tt.missing, got.Missing); diff != "" {
			t.Errorf("ByYear %d .In(%v) missing (-want +got):\n%s", tt.year, tt.to, diff)
		}
	}
}

func TestSumInErrors(t *testing.T) {
	// No rate before 2022 in testRates.
	early := Sum{Items: []Item{{ID: "old", Date: day(2019, 5, 1), Amount: mustAmt("1", currency.USD)}}}
	if _, err := early.In(currency.KRW, testRates()); !errors.Is(err, currency.ErrNoRate) {
		t.Errorf("Sum.In with no rate: err = %v, want ErrNoRate", err)
	}
	undated := Sum{Items: []Item{{ID: "undated", Amount: mustAmt("1", currency.USD)}}}
	if _, err := undated.In(currency.KRW, testRates()); !errors.Is(err, currency.ErrNoRate) {
		t.Errorf("Sum.In of an undated item: err = %v, want ErrNoRate", err)
	}
	for _, c := range []currency.Currency{currency.XXX, currency.Currency(60000)} {
		if _, err := early.In(c, testRates()); !errors.Is(err, currency.ErrUnknownCurrency) {
			t.Errorf("Sum.In(%v): err = %v, want ErrUnknownCurrency", c, err)
		}
	}
	var zero Sum
	got, err := zero.In(currency.USD, currency.Rates{})
	if err != nil || !got.Total.Equal(mustAmt("0", currency.USD)) {
		t.Errorf("Sum{}.In(USD) = %v, %v; want USD 0.00, nil", got.Total, err)
	}
}

// TestZeroValues checks that aggregating zero values and odd measures
// neither panics nor drops an incident.
func TestZeroValues(t *testing.T) {
	incs := []Incident{{}, {}, {ID: "x", Loss: currency.Amount{}}}
	odd := func(Incident) (currency.Amount, bool) { return currency.Amount{}, true }
	for name, m := range map[string]Measure{"nil": nil, "FirstUSD": FirstUSD, "LossOrUSD": LossOrUSD, "invalid amount": odd} {
		for _, f := range []func() int{
			func() int { return Total(slices.Values(incs), m).Count() },
			func() int { return ByYear(slices.Values(incs), m)[0].Count() },
			func() int { return ByCountry(slices.Values(incs), m)[0].Count() },
			func() int { return ByActor(slices.Values(incs), m)[0].Count() },
			func() int { return ByStatus(slices.Values(incs), m)[0].Count() },
			func() int { return ByVictimType(slices.Values(incs), m)[0].Count() },
		} {
			if got := f(); got != 3 {
				t.Errorf("measure %s: count = %d, want 3", name, got)
			}
		}
	}
}

// TestByYearAgreesWithTotal checks that each year's Totals agree with a
// Total over that year's incidents.
func TestByYearAgreesWithTotal(t *testing.T) {
	known := Known()
	for _, g := range ByYear(slices.Values(known), LossOrUSD) {
		if g.Year == 0 {
			continue
		}
		want := Total(Select(slices.Values(known), InYear(g.Year)), LossOrUSD)
		if g.Totals.String() != want.Totals.String() || g.Count() != want.Count() {
			t.Errorf("ByYear %d = %v (%d), Total(InYear) = %v (%d)", g.Year, g.Totals, g.Count(), want.Totals, want.Count())
		}
	}
}

// TestByCountryUnverifiedApart: a confirmed and an unconfirmed reading of
// one country are separate groups, the confirmed first.
func TestByCountryUnverifiedApart(t *testing.T) {
	incs := []Incident{
		{ID: "unverified", Country: region("SC"), CountryUnverified: true, Loss: mustAmt("1", currency.USD)},
		{ID: "verified", Country: region("SC"), Loss: mustAmt("2", currency.USD)},
		{ID: "unknown", CountryUnverified: true, Loss: mustAmt("3", currency.USD)},
	}
	type key struct {
		C      string
		U      bool
		Totals string
	}
	var got []key
	for _, g := range ByCountry(slices.Values(incs), nil) {
		got = append(got, key{g.Country.String(), g.Unverified, g.Totals.String()})
	}
	want := []key{{"SC", false, "USD 2.00"}, {"SC", true, "USD 1.00"}, {"ZZ", false, "USD 3.00"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ByCountry (-want +got):\n%s", diff)
	}
}
