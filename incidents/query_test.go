package incidents

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

func TestStatusOn(t *testing.T) {
	tests := []struct {
		id, day     string
		status      Status
		disputed    bool
		made, undet int
	}{
		{"2022-ronin-bridge", "2022-04-13", StatusUnknown, false, 0, 1},
		{"2022-ronin-bridge", "2022-04-14", Confirmed, false, 1, 1},
		// Group-IB (October 2018) counts only from the end of that month.
		{"2018-coincheck", "2018-10-15", Suspected, false, 1, 1},
		{"2018-coincheck", "2018-12-01", Attributed, false, 2, 0},
		{"2018-coincheck", "2019-07-01", Attributed, true, 3, 1}, // the UN report of "2019" cannot be placed yet
		{"2019-upbit", "2022-12-22", Confirmed, false, 1, 0},
		{"2024-munchables", "2025-10-21", StatusUnknown, false, 0, 1}, // ZachXBT's link is undated
		{"2024-munchables", "2025-10-22", Confirmed, false, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.id+"@"+tt.day, func(t *testing.T) {
			inc, _ := Lookup(tt.id)
			got := inc.StatusOn(mustDay(t, tt.day))
			if got.Status != tt.status || got.Disputed != tt.disputed || len(got.Made) != tt.made || len(got.Undetermined) != tt.undet {
				t.Errorf("%s.StatusOn(%s) = %v, disputed %v, %d made, %d undetermined; want %v, %v, %d, %d",
					tt.id, tt.day, got.Status, got.Disputed, len(got.Made), len(got.Undetermined), tt.status, tt.disputed, tt.made, tt.undet)
			}
		})
	}
}

func TestAttributedOn(t *testing.T) {
	nis := mustDay(t, "2022-12-22")
	got := ids(Select(slices.Values(Known()), AttributedOn(nis, Confirmed), InYear(2022)))
	// Ronin (FBI, 2022-04-14); Harmony's FBI attribution came in 2023 and
	// Deribit's DOJ complaint in 2024.
	if diff := cmp.Diff([]string{"2022-ronin-bridge"}, got); diff != "" {
		t.Errorf("confirmed by 2022-12-22, of 2022 (-want +got):\n%s", diff)
	}
	got = ids(Select(slices.Values(Known()), AttributedOn(nis, Suspected), InYear(2022)))
	// Elliptic attributed Harmony in June 2022.
	if diff := cmp.Diff([]string{"2022-ronin-bridge", "2022-harmony-horizon-bridge"}, got); diff != "" {
		t.Errorf("attributed at all by 2022-12-22, of 2022 (-want +got):\n%s", diff)
	}
	for inc := range Select(slices.Values(Known()), AttributedOn(nis, Suspected)) {
		if inc.Date.After(nis) {
			t.Errorf("AttributedOn(2022-12-22) kept %s of %s", inc.ID, inc.DateString())
		}
	}
}

// TestStatusByIsStatusOn checks that the status AttributedOn filters on is
// StatusOn's, for every incident of the data on days around each of its
// attributions (before, on, after, and at the end of a month or year).
func TestStatusByIsStatusOn(t *testing.T) {
	for _, inc := range append(Known(), handBuilt()...) {
		for _, a := range inc.Attributions {
			if a.Date.IsZero() {
				continue
			}
			for _, d := range []time.Time{a.Date.AddDate(0, 0, -1), a.Date, a.Date.AddDate(0, 1, -1), a.Date.AddDate(1, 0, -1), a.Date.AddDate(1, 0, 0)} {
				if got, want := inc.statusBy(utcDay(d)), inc.StatusOn(d).Status; got != want {
					t.Errorf("%s: statusBy(%s) = %v, want StatusOn's %v", inc.ID, d.Format(time.DateOnly), got, want)
				}
			}
		}
	}
}

func TestActorNamed(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"jade sleet", []string{"2023-atomic-wallet", "2023-alphapo", "2023-coinspaid", "2024-dmm-bitcoin", "2024-wazirx", "2025-phemex", "2025-bybit", "2025-woo-x"}},
		{"UNC4899", []string{"2023-atomic-wallet", "2023-alphapo", "2023-coinspaid", "2024-dmm-bitcoin", "2024-wazirx", "2025-phemex", "2025-bybit", "2025-woo-x"}},
		{"citrine sleet", []string{"2024-radiant-capital"}},
		{"APPLEJEUS", []string{"2024-radiant-capital"}},
		{"andaryl", []string{"2019-upbit"}},
		{"CryptoNeuro", []string{"2020-ny-financial-services"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(Select(slices.Values(Known()), ActorNamed(tt.name)))); diff != "" {
				t.Errorf("ActorNamed(%q) (-want +got):\n%s", tt.name, diff)
			}
		})
	}
	for name, want := range map[string]Cluster{"Slow Pisces": TraderTraitor, "  tradertraitor ": TraderTraitor, "Lazarus": Lazarus, "citrine SLEET": UNC4736} {
		if got, ok := ClusterNamed(name); !ok || got != want {
			t.Errorf("ClusterNamed(%q) = %v, %v; want %v", name, got, ok, want)
		}
	}
	if c, ok := ClusterNamed("Empire Monkey"); ok {
		t.Errorf("ClusterNamed(\"Empire Monkey\") = %v, want no cluster", c)
	}
}

func TestEstimatesPublished(t *testing.T) {
	tests := []struct {
		p    Publisher
		day  string
		want []string
	}{
		{NIS, "2022-12-22", []string{"N2", "N3", "N4"}},
		{Chainalysis, "2024-12-19", []string{"C5", "C5/2023"}},
		{MSMT, "2025-10-22", []string{"M1", "M1/2025", "M2"}},
		// Known only to the month: every day of it.
		{Chainalysis, "2022-01-14", []string{"C1"}},
		{NIS, "2022-12-23", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range EstimatesPublished(tt.p, mustDay(t, tt.day)) {
			got = append(got, e.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("EstimatesPublished(%v, %s) (-want +got):\n%s", tt.p, tt.day, diff)
		}
	}
}

func TestRevisionLinks(t *testing.T) {
	byID := map[string]Estimate{}
	for _, e := range Estimates() {
		byID[e.ID] = e
	}
	for _, e := range byID {
		for _, id := range e.RevisedBy {
			if byID[id].Revises != e.ID {
				t.Errorf("%s.RevisedBy has %s, whose Revises is %q", e.ID, id, byID[id].Revises)
			}
		}
		if e.Revises != "" && !slices.Contains(byID[e.Revises].RevisedBy, e.ID) {
			t.Errorf("%s revises %s, whose RevisedBy %v lacks it", e.ID, e.Revises, byID[e.Revises].RevisedBy)
		}
	}
	for id, want := range map[string][]string{"C2": {"C3/2022"}, "C4": {"C5/2023"}, "C7": {"C6"}, "M1/2025": {"S1"}, "T2/2017-2023": {"T3/since-2017"}, "C5": nil} {
		if diff := cmp.Diff(want, byID[id].RevisedBy); diff != "" {
			t.Errorf("%s.RevisedBy (-want +got):\n%s", id, diff)
		}
	}
}

func TestLatestEstimate(t *testing.T) {
	tests := []struct {
		p      Publisher
		per    Period
		want   string
		wantOK bool
	}{
		{Chainalysis, YearPeriod(2023), "C5/2023", true},
		{Chainalysis, YearPeriod(2022), "C3/2022", true},
		{Chainalysis, YearPeriod(2021), "C2/2021", true},
		{TRMLabs, YearPeriod(2022), "T2/2022", true},
		{MSMT, YearPeriod(2024), "M2", true},
		{Elliptic, YearPeriod(2023), "", false},
		// The same days given in a zone named UTC.
		{Chainalysis, Period{From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.FixedZone("UTC", 0)), To: time.Date(2023, 12, 31, 0, 0, 0, 0, time.FixedZone("UTC", 0))}, "C5/2023", true},
		{Chainalysis, Period{From: day(2023, 1, 1)}, "", false},
	}
	for _, tt := range tests {
		got, ok := LatestEstimate(tt.p, tt.per)
		if ok != tt.wantOK || got.ID != tt.want {
			t.Errorf("LatestEstimate(%v, %v) = %q, %v; want %q, %v", tt.p, tt.per, got.ID, ok, tt.want, tt.wantOK)
		}
	}
}

func TestByYearRange(t *testing.T) {
	confirmed := Select(slices.Values(Known()), StatusIs(Confirmed))
	got := ByYearRange(confirmed, FirstUSD, 2015, 2025)
	var years []int
	var empty []int
	for _, y := range got {
		years = append(years, y.Year)
		if y.Count() == 0 {
			empty = append(empty, y.Year)
		}
	}
	if diff := cmp.Diff([]int{2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025}, years); diff != "" {
		t.Errorf("ByYearRange years (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2021}, empty); diff != "" {
		t.Errorf("ByYearRange empty years (-want +got):\n%s", diff)
	}
	if got := ByYearRange(slices.Values(handBuilt()), nil, 2023, 2022); got != nil {
		t.Errorf("ByYearRange(2023, 2022) = %v, want nil", got)
	}
	// Out-of-range and undated incidents are left out.
	g := ByYearRange(slices.Values(handBuilt()), nil, 2023, 2024)
	if len(g) != 2 || g[0].Count() != 2 || g[1].Count() != 0 {
		t.Errorf("ByYearRange(handBuilt, 2023, 2024) = %+v, want 2 incidents in 2023 and none in 2024", g)
	}
}

func TestImpliedPrices(t *testing.T) {
	upbit, _ := Lookup("2019-upbit")
	var got []string
	for _, p := range upbit.ImpliedPrices() {
		got = append(got, p.Price.String())
	}
	want := []string{"KRW 169590.643274853801", "USD 141.812865497076", "USD 146.198830409357"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Upbit 2019 ImpliedPrices (-want +got):\n%s", diff)
	}
	for _, id := range []string{"2022-ronin-bridge", "2024-playdapp", "2016-bangladesh-bank"} {
		inc, _ := Lookup(id)
		if ps := inc.ImpliedPrices(); ps != nil {
			t.Errorf("%s.ImpliedPrices() = %v, want none (several coins, partial counts or no coins)", id, ps)
		}
	}
	coincheck, _ := Lookup("2018-coincheck")
	ps := coincheck.ImpliedPrices()
	if len(ps) != 2 || ps[1].High.String() != "USD 1.021032504780" || ps[1].Price.String() != "USD 1.019120458891" {
		t.Errorf("Coincheck ImpliedPrices = %v, want JPY and a USD range 533–534M / 523M XEM", ps)
	}
	if _, err := ImpliedPrice(Asset{Symbol: "ETH"}, upbit.LossUSD[0]); err == nil {
		t.Error("ImpliedPrice of zero coins succeeded")
	}
	if _, err := ImpliedPrice(upbit.Assets[0], Reported{}); err == nil {
		t.Error("ImpliedPrice of no value succeeded")
	}
}

func TestNetAndAttempted(t *testing.T) {
	tests := []struct {
		id             string
		net, attempted string
	}{
		{"2024-munchables", "USD 0.00", "none"},
		{"2015-banco-del-austro", "USD 9200000.00", "none"},
		{"2020-ny-financial-services", "USD 9900000.00", "none"},
		{"2018-bancomext", "USD 0.00", "USD 110000000.00"},
		{"2016-bangladesh-bank", "USD 81000000.00", "USD 951000000.00"},
		{"2017-feib", "USD 500000.00", "USD 60000000.00"},
		{"2017-youbit", "none", "none"},
	}
	show := func(a interface{ String() string }, ok bool) string {
		if !ok {
			return "none"
		}
		return a.String()
	}
	for _, tt := range tests {
		inc, _ := Lookup(tt.id)
		n, ok := NetUSD(inc)
		a, ok2 := AttemptedUSD(inc)
		if got := show(n, ok); got != tt.net {
			t.Errorf("NetUSD(%s) = %s, want %s", tt.id, got, tt.net)
		}
		if got := show(a, ok2); got != tt.attempted {
			t.Errorf("AttemptedUSD(%s) = %s, want %s", tt.id, got, tt.attempted)
		}
	}
}

// TestNetUSDRangeFlow: a partial recovery given as a range leaves the net
// undetermined, not the gross less one end of the range.
func TestNetUSDRangeFlow(t *testing.T) {
	usd := func(s string) currency.Amount { return currency.MustNewAmount(s, currency.USD) }
	gross := []Reported{{Figure: currency.Figure{Amount: usd("10000000")}}}
	tests := []struct {
		name      string
		recovered currency.Figure
		want      string
	}{
		{"range", currency.Figure{Amount: usd("1000000"), High: usd("3000000")}, "none"},
		{"single", currency.Figure{Amount: usd("1000000")}, "USD 9000000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := Incident{ID: "x", LossUSD: gross, Flows: []Flow{{Kind: Recovered, Figure: Reported{Figure: tt.recovered}}}}
			got := "none"
			if n, ok := NetUSD(inc); ok {
				got = n.String()
			}
			if got != tt.want {
				t.Errorf("NetUSD(gross 10M, recovered %v) = %s, want %s", tt.recovered, got, tt.want)
			}
		})
	}
}

// ByYearRange bounds the years it lists, so a huge or inverted range
// returns at once.
func TestByYearRangeBounds(t *testing.T) {
	incs := slices.Values(Known())
	for _, tc := range []struct {
		name        string
		first, last int
		wantLen     int
		wantFirst   int
	}{
		{"huge last", 2024, math.MaxInt, MaxRangeYear - 2024 + 1, 2024},
		{"huge first", math.MinInt, 3, 3, 1},
		{"both huge", math.MinInt, math.MaxInt, MaxRangeYear, 1},
		{"after the bound", MaxRangeYear + 1, math.MaxInt, 0, 0},
		{"inverted", 2025, 2015, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ByYearRange(incs, ReportedLoss, tc.first, tc.last)
			if len(got) != tc.wantLen {
				t.Fatalf("ByYearRange(%d, %d) has %d years, want %d", tc.first, tc.last, len(got), tc.wantLen)
			}
			if len(got) > 0 && got[0].Year != tc.wantFirst {
				t.Errorf("ByYearRange(%d, %d) starts at %d, want %d", tc.first, tc.last, got[0].Year, tc.wantFirst)
			}
		})
	}
}
