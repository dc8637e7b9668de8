package sanctions

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

func TestPeriodWindow(t *testing.T) {
	tests := []struct {
		name        string
		p           Period
		on          time.Time
		first, last time.Time
		ok          bool
	}{
		{"fixed inside", Period{Kind: FixedPeriod, Start: day(2016, 11, 30), End: day(2016, 12, 31)}, day(2016, 12, 31), day(2016, 11, 30), day(2016, 12, 31), true},
		{"fixed after", Period{Kind: FixedPeriod, Start: day(2016, 11, 30), End: day(2016, 12, 31)}, day(2017, 1, 1), time.Time{}, time.Time{}, false},
		{"fixed before", Period{Kind: FixedPeriod, Start: day(2016, 11, 30), End: day(2016, 12, 31)}, day(2016, 11, 29), time.Time{}, time.Time{}, false},
		{"calendar year", Period{Kind: CalendarYears, Start: day(2017, 1, 1)}, day(2019, 6, 30), day(2019, 1, 1), day(2019, 12, 31), true},
		{"calendar year before start", Period{Kind: CalendarYears, Start: day(2017, 1, 1)}, day(2016, 12, 31), time.Time{}, time.Time{}, false},
		{"12 months, first period", Period{Kind: TwelveMonths, Start: day(2017, 12, 22)}, day(2018, 12, 21), day(2017, 12, 22), day(2018, 12, 21), true},
		{"12 months, second period", Period{Kind: TwelveMonths, Start: day(2017, 12, 22)}, day(2018, 12, 22), day(2018, 12, 22), day(2019, 12, 21), true},
		{"12 months, early in a year", Period{Kind: TwelveMonths, Start: day(2017, 12, 22)}, day(2019, 1, 5), day(2018, 12, 22), day(2019, 12, 21), true},
		{"12 months from 1 January", Period{Kind: TwelveMonths, Start: day(2018, 1, 1)}, day(2020, 12, 31), day(2020, 1, 1), day(2020, 12, 31), true},
		{"unknown kind", Period{Start: day(2018, 1, 1)}, day(2020, 1, 1), time.Time{}, time.Time{}, false},
		{"from 29 Feb, its first day", Period{Kind: TwelveMonths, Start: day(2016, 2, 29)}, day(2016, 2, 29), day(2016, 2, 29), day(2017, 2, 28), true},
		{"from 29 Feb, asked on 28 Feb next year", Period{Kind: TwelveMonths, Start: day(2016, 2, 29)}, day(2017, 2, 28), day(2016, 2, 29), day(2017, 2, 28), true},
		{"from 29 Feb, asked on 1 Mar next year", Period{Kind: TwelveMonths, Start: day(2016, 2, 29)}, day(2017, 3, 1), day(2017, 3, 1), day(2018, 2, 28), true},
		{"from 29 Feb, asked on 28 Feb of a leap year", Period{Kind: TwelveMonths, Start: day(2016, 2, 29)}, day(2020, 2, 28), day(2019, 3, 1), day(2020, 2, 28), true},
		{"from 29 Feb, asked on 29 Feb of a leap year", Period{Kind: TwelveMonths, Start: day(2016, 2, 29)}, day(2020, 2, 29), day(2020, 2, 29), day(2021, 2, 28), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, last, ok := tt.p.Window(tt.on)
			if !first.Equal(tt.first) || !last.Equal(tt.last) || ok != tt.ok {
				t.Errorf("%v.Window(%s) = %s, %s, %v; want %s, %s, %v", tt.p, tt.on.Format("2006-01-02"),
					first.Format("2006-01-02"), last.Format("2006-01-02"), ok, tt.first.Format("2006-01-02"), tt.last.Format("2006-01-02"), tt.ok)
			}
		})
	}
}

// TestPeriodWindowPartition: for 12-month periods from any start, 29
// February included, every day lies in exactly one window, and asking any
// day of a window gives that same window.
func TestPeriodWindowPartition(t *testing.T) {
	for _, start := range []time.Time{day(2016, 2, 29), day(2017, 12, 22), day(2018, 1, 1), day(2015, 3, 31)} {
		p := Period{Kind: TwelveMonths, Start: start}
		var prevLast time.Time
		for d := start; d.Before(start.AddDate(9, 0, 0)); d = d.AddDate(0, 0, 1) {
			first, last, ok := p.Window(d)
			if !ok || dayNumber(first) > dayNumber(d) || dayNumber(last) < dayNumber(d) {
				t.Fatalf("%v.Window(%s) = %s, %s, %v: does not contain the day", p, d.Format(time.DateOnly), first.Format(time.DateOnly), last.Format(time.DateOnly), ok)
			}
			if dayNumber(first) == dayNumber(d) && !prevLast.IsZero() && dayNumber(prevLast)+1 != dayNumber(first) {
				t.Fatalf("%v: window starting %s does not follow the one ending %s", p, first.Format(time.DateOnly), prevLast.Format(time.DateOnly))
			}
			f2, l2, _ := p.Window(first)
			f3, l3, _ := p.Window(last)
			if !f2.Equal(first) || !l2.Equal(last) || !f3.Equal(first) || !l3.Equal(last) {
				t.Fatalf("%v.Window(%s) = %s..%s, but its first and last days give %s..%s and %s..%s", p, d.Format(time.DateOnly),
					first.Format(time.DateOnly), last.Format(time.DateOnly), f2.Format(time.DateOnly), l2.Format(time.DateOnly), f3.Format(time.DateOnly), l3.Format(time.DateOnly))
			}
			prevLast = last
		}
	}
}

func usdAmt(v string) currency.Amount { return currency.MustNewAmount(v, currency.USD) }

func coalCaps(t *testing.T) []Cap {
	t.Helper()
	m, ok := DPRK().Measure("2321/OP26")
	if !ok {
		t.Fatal("no 2321/OP26")
	}
	return m.Caps
}

func TestCapUsageCrossing(t *testing.T) {
	ships := []Shipment{
		// Out of order on purpose; one before the period, one after the day asked.
		{Date: day(2017, 5, 1), Value: usdAmt("100000000"), Quantity: MustQuantity("1000000", MetricTon)},
		{Date: day(2016, 12, 20), Value: usdAmt("50000000"), Quantity: MustQuantity("900000", MetricTon)},
		{Date: day(2017, 2, 1), Value: usdAmt("300000000"), Quantity: MustQuantity("4000000", MetricTon)},
		{Date: day(2017, 3, 1), Value: usdAmt("70000000"), Quantity: MustQuantity("1000000", MetricTon)},
		{Date: day(2017, 9, 1), Value: usdAmt("10000000"), Quantity: MustQuantity("100000", MetricTon)},
		{Date: day(2017, 4, 1), Quantity: MustQuantity("500000", MetricTon)}, // no value reported
	}
	u, err := CapUsage(coalCaps(t), day(2017, 6, 30), ships)
	if err != nil {
		t.Fatal(err)
	}
	if !u.First.Equal(day(2017, 1, 1)) || !u.Last.Equal(day(2017, 12, 31)) {
		t.Errorf("period = %v to %v, want 2017", u.First, u.Last)
	}
	// Value: 300M (Feb: 74.8 %), 370M (Mar: 92.3 %), 470M (May: crossed).
	// Tons: 4.0M (53 %), 5.0M (67 %), 5.5M (Apr: 73 %), 6.5M (May: 87 %).
	want := []LimitUsage{
		{
			Limit: Limit{Value: usdAmt("400870018")}, Used: Limit{Value: usdAmt("470000000")}, Remaining: Limit{Value: usdAmt("-69129982")},
			Missing:    1,
			Thresholds: []Threshold{{75, day(2017, 3, 1)}, {90, day(2017, 3, 1)}, {95, day(2017, 5, 1)}},
			Crossed:    day(2017, 5, 1),
		},
		{
			Limit: Limit{Quantity: MustQuantity("7500000", MetricTon)}, Used: Limit{Quantity: MustQuantity("6500000", MetricTon)}, Remaining: Limit{Quantity: MustQuantity("1000000", MetricTon)},
			Thresholds: []Threshold{{75, day(2017, 5, 1)}, {90, time.Time{}}, {95, time.Time{}}},
		},
	}
	if diff := cmp.Diff(want, u.Limits); diff != "" {
		t.Errorf("CapUsage limits (-want +got):\n%s", diff)
	}
	if !u.Crossed.Equal(day(2017, 5, 1)) {
		t.Errorf("Crossed = %v, want 2017-05-01", u.Crossed)
	}
	// The stub period of 2016 counts only the December shipment.
	u, err = CapUsage(coalCaps(t), day(2016, 12, 31), ships)
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Limits[1].Used.Quantity; !got.Equal(MustQuantity("900000", MetricTon)) {
		t.Errorf("2016 stub used = %v, want 900000 metric ton", got)
	}
	// 95 % exactly is reached, not crossed.
	exact := []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("475000", Barrel)}}
	m, _ := DPRK().Measure("2397/OP5")
	u, err = CapUsage(m.Caps, day(2018, 12, 31), exact)
	if err != nil {
		t.Fatal(err)
	}
	if th := u.Limits[0].Thresholds; !th[2].Reached.Equal(day(2018, 2, 1)) || !u.Crossed.IsZero() {
		t.Errorf("475000 of 500000 barrels: thresholds %v, crossed %v; want 95 %% reached, not crossed", th, u.Crossed)
	}
	u, _ = CapUsage(m.Caps, day(2018, 12, 31), []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("500000", Barrel)}})
	if !u.Crossed.IsZero() {
		t.Errorf("exactly the cap: crossed %v, want not crossed (the cap is \"shall not exceed\")", u.Crossed)
	}
}

func TestCapUsageErrors(t *testing.T) {
	r := DPRK()
	crude2375, _ := r.Measure("2375/OP15")
	refined, _ := r.Measure("2397/OP5")
	tests := []struct {
		name  string
		caps  []Cap
		on    time.Time
		ships []Shipment
		err   error
		field string
	}{
		{"no period", coalCaps(t), day(2016, 1, 1), nil, ErrNoPeriod, "on"},
		{"no fixed limit", crude2375.Caps, day(2018, 1, 1), nil, ErrNoLimit, "caps[0].Limits"},
		{"wrong unit", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("10", MetricTon)}}, ErrUnitMismatch, "shipments[0].Quantity.Unit"},
		{"wrong currency", coalCaps(t), day(2017, 6, 1), []Shipment{{Date: day(2017, 2, 1), Value: currency.MustNewAmount("10", currency.CNY)}}, ErrUnitMismatch, "shipments[0].Value"},
		{"no date", coalCaps(t), day(2017, 6, 1), []Shipment{{Value: usdAmt("1")}}, ErrInvalidShipment, "shipments[0].Date"},
		{"negative value", coalCaps(t), day(2017, 6, 1), []Shipment{{Date: day(2017, 2, 1), Value: usdAmt("-1")}}, ErrInvalidShipment, "shipments[0].Value"},
		{"negative quantity", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("-1", Barrel)}}, ErrInvalidShipment, "shipments[0].Quantity"},
		{"empty shipment", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1)}}, ErrInvalidShipment, "shipments[0]"},
		{"quantity without unit", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Quantity: Quantity{Value: MustQuantity("3", Barrel).Value}}}, ErrInvalidShipment, "shipments[0].Quantity.Unit"},
		{"value only against a barrel cap", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Value: usdAmt("10")}}, ErrUnitMismatch, "shipments[0].Value"},
		{"kilograms against barrels", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("10", Kilogram)}}, ErrUnitMismatch, "shipments[0].Quantity.Unit"},
		{"second shipment bad", refined.Caps, day(2018, 6, 1), []Shipment{{Date: day(2018, 2, 1), Quantity: MustQuantity("1", Barrel)}, {Date: day(2018, 3, 1), Quantity: MustQuantity("1", Ton)}}, ErrUnitMismatch, "shipments[1].Quantity.Unit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CapUsage(tt.caps, tt.on, tt.ships)
			var fe *FieldError
			if !errors.Is(err, tt.err) || !errors.As(err, &fe) || fe.Field != tt.field {
				t.Fatalf("CapUsage(%s) = %v; want a *FieldError on %s wrapping %v", tt.name, err, tt.field, tt.err)
			}
		})
	}
}

// TestCapUsageUnitMessages: a unit error says which unit the cap needs
// and which the shipment has.
func TestCapUsageUnitMessages(t *testing.T) {
	r := DPRK()
	refined, _ := r.Measure("2397/OP5")
	crude, _ := r.Measure("2397/OP4")
	tests := []struct {
		name string
		caps []Cap
		s    Shipment
		want string
	}{
		{"tons for barrels", refined.Caps, Shipment{Date: day(2018, 2, 1), Quantity: MustQuantity("10", MetricTon)},
			`sanctions: shipments[0].Quantity.Unit "10 metric tons": got metric tons; the cap needs barrels (limits: 500000 barrels)`},
		{"kilograms for barrels or tons", crude.Caps, Shipment{Date: day(2018, 2, 1), Quantity: MustQuantity("10", Kilogram)},
			`sanctions: shipments[0].Quantity.Unit "10 kilograms": got kilograms; the cap needs barrels or tons (limits: 4000000 barrels; 525000 tons)`},
		{"yuan for dollars", coalCaps(t), Shipment{Date: day(2017, 2, 1), Value: currency.MustNewAmount("10", currency.CNY)},
			`sanctions: shipments[0].Value "CNY 10.00": got CNY; the cap's value limit needs USD (limits: USD 400870018.00; 7500000 metric tons)`},
		{"dollars for barrels", refined.Caps, Shipment{Date: day(2018, 2, 1), Value: usdAmt("10")},
			`sanctions: shipments[0].Value "USD 10.00": got a value in USD; the cap has no value limit, it needs barrels (limits: 500000 barrels)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CapUsage(tt.caps, day(2018, 6, 1).AddDate(0, 0, 0), []Shipment{tt.s})
			if tt.name == "yuan for dollars" {
				_, err = CapUsage(tt.caps, day(2017, 6, 1), []Shipment{tt.s})
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("CapUsage error = %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestCapUsageKilograms: kilograms count exactly against a limit in metric
// tons.
func TestCapUsageKilograms(t *testing.T) {
	u, err := CapUsage(coalCaps(t), day(2017, 6, 30), []Shipment{
		{Date: day(2017, 2, 1), Quantity: MustQuantity("1500", Kilogram)},
		{Date: day(2017, 3, 1), Quantity: MustQuantity("2", MetricTon)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Limits[1].Used.Quantity; !got.Equal(MustQuantity("3.5", MetricTon)) {
		t.Errorf("used = %v, want 3.5 metric tons", got)
	}
}

// TestCapUsageBarrelsOrTons: 2397's crude cap counts barrels and tons
// separately; a shipment in one unit is missing from the other.
func TestCapUsageBarrelsOrTons(t *testing.T) {
	m, _ := DPRK().Measure("2397/OP4")
	u, err := CapUsage(m.Caps, day(2018, 6, 1), []Shipment{
		{Date: day(2018, 1, 10), Quantity: MustQuantity("3000000", Barrel)},
		{Date: day(2018, 2, 10), Quantity: MustQuantity("530000", Ton)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if u.Limits[0].Missing != 1 || u.Limits[1].Missing != 1 {
		t.Errorf("missing = %d, %d; want 1, 1", u.Limits[0].Missing, u.Limits[1].Missing)
	}
	if !u.Crossed.Equal(day(2018, 2, 10)) || !u.Limits[0].Crossed.IsZero() {
		t.Errorf("crossed = %v (barrels %v); want 2018-02-10 by the tons limit only", u.Crossed, u.Limits[0].Crossed)
	}
}

func TestQuantityString(t *testing.T) {
	tests := []struct {
		q    Quantity
		want string
	}{
		{MustQuantity("7500000", MetricTon), "7500000 metric tons"},
		{MustQuantity("1", Barrel), "1 barrel"},
		{MustQuantity("525000", Ton), "525000 tons"},
		{MustQuantity("2.5", Barrel), "2.5 barrels"},
		{Quantity{}, "0 unknown"},
	}
	for _, tt := range tests {
		if got := tt.q.String(); got != tt.want {
			t.Errorf("Quantity.String() = %q, want %q", got, tt.want)
		}
	}
}
