package incidents

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// The rows of the reference table of thefts.
func referenceRows() []string {
	return []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13a", "13b", "14", "15", "16", "17", "18", "19", "20", "21", "22"}
}

func TestKnownRows(t *testing.T) {
	known := Known()
	var rows, ids []string
	for _, inc := range known {
		rows = append(rows, inc.Row)
		ids = append(ids, inc.ID)
	}
	slices.SortFunc(rows, compareRow)
	if diff := cmp.Diff(referenceRows(), rows); diff != "" {
		t.Errorf("Known() rows (-want +got):\n%s", diff)
	}
	slices.Sort(ids)
	if c := slices.Compact(ids); len(c) != len(known) {
		t.Errorf("Known() has %d incidents but %d distinct IDs", len(known), len(c))
	}
	for i := 1; i < len(known); i++ {
		if known[i].Date.Before(known[i-1].Date) {
			t.Errorf("Known() not in date order: %s (%s) after %s (%s)", known[i].ID, known[i].DateString(), known[i-1].ID, known[i-1].DateString())
		}
	}
}

// TestKnownSources fails if any built-in row, or any of its attributions,
// lacks a source.
func TestKnownSources(t *testing.T) {
	for _, inc := range Known() {
		n := 0
		for _, s := range inc.Sources {
			if s.IsZero() || s.URL == "" {
				t.Errorf("incident %s: source %+v lacks a publisher or URL", inc.ID, s)
			}
			n++
		}
		if len(inc.Attributions) == 0 {
			t.Errorf("incident %s: no attribution", inc.ID)
		}
		for i, a := range inc.Attributions {
			if a.Source.IsZero() || a.Source.URL == "" {
				t.Errorf("incident %s: attribution %d (%s) lacks a source", inc.ID, i, a.By)
			}
			n++
		}
		if n == 0 {
			t.Errorf("incident %s has no source", inc.ID)
		}
		for i, r := range inc.LossUSD {
			if r.By == "" || r.AsPrinted == "" {
				t.Errorf("incident %s: LossUSD[%d] = %+v lacks who gave it or its printed form", inc.ID, i, r)
			}
		}
		if inc.HasLoss() && (inc.LossReport.By == "" || inc.LossReport.AsPrinted == "" || !inc.LossReport.Figure.Amount.Equal(inc.Loss)) {
			t.Errorf("incident %s: Loss %v without a matching LossReport %+v", inc.ID, inc.Loss, inc.LossReport)
		}
	}
}

func TestKnownValidate(t *testing.T) {
	for _, inc := range Known() {
		if err := inc.Validate(); err != nil {
			t.Errorf("Known() %s: Validate() = %v", inc.ID, err)
		}
	}
}

// TestKnownValues compares a sample of exact values with the reference table.
func TestKnownValues(t *testing.T) {
	type row struct {
		Date, Country, Type, Loss, FirstUSD, Status string
		CountryUnverified                           bool
	}
	want := map[string]row{
		"2016-bangladesh-bank":        {"2016-02-04", "BD", "bank", "USD 81000000.00", "USD 81000000.00", "confirmed", false},
		"2017-yapizon":                {"2017-04-22", "KR", "exchange", "KRW 5500000000", "USD 4800000.00", "attributed", false},
		"2017-youbit":                 {"2017-12-19", "KR", "exchange", "none", "none", "attributed", false},
		"2017-bithumb":                {"2017-06", "KR", "exchange", "KRW 7000000000", "USD 7000000.00", "attributed", false},
		"2018-coincheck":              {"2018-01-26", "JP", "exchange", "JPY 58000000000", "USD 533000000.00", "attributed; disputed", false},
		"2018-bithumb":                {"2018-06-19", "KR", "exchange", "KRW 35000000000", "USD 31000000.00", "attributed", false},
		"2019-bithumb":                {"2019-03-29", "KR", "exchange", "none", "USD 19000000.00", "attributed; disputed", false},
		"2019-upbit":                  {"2019-11-27", "KR", "exchange", "KRW 58000000000", "USD 48500000.00", "confirmed", false},
		"2020-kucoin":                 {"2020-09-25", "SC", "exchange", "none", "USD 281000000.00", "attributed", true},
		"2022-ronin-bridge":           {"2022-03-23", "SG", "DeFi bridge", "none", "USD 620000000.00", "confirmed", false},
		"2022-harmony-horizon-bridge": {"2022-06-23", "US", "DeFi bridge", "USD 100000000.00", "USD 100000000.00", "confirmed", false},
		"2023-atomic-wallet":          {"2023-06-02", "EE", "wallet provider", "none", "USD 100000000.00", "confirmed", true},
		"2023-alphapo":                {"2023-07-22", "ZZ", "payment processor", "none", "USD 60000000.00", "confirmed", false},
		"2023-coinspaid":              {"2023-07-22", "EE", "payment processor", "USD 37300000.00", "USD 37000000.00", "confirmed", true},
		"2023-stake":                  {"2023-09-04", "ZZ", "gambling platform", "none", "USD 41000000.00", "confirmed", false},
		"2023-coinex":                 {"2023-09-12", "ZZ", "exchange", "none", "USD 54000000.00", "attributed", false},
		"2023-htx-heco":               {"2023-11-22", "ZZ", "exchange", "none", "USD 100000000.00", "attributed", false},
		"2024-dmm-bitcoin":            {"2024-05-31", "JP", "exchange", "JPY 48200000000", "USD 308000000.00", "confirmed", false},
		"2024-wazirx":                 {"2024-07-18", "IN", "exchange", "none", "USD 234900000.00", "confirmed", false},
		"2025-bybit":                  {"2025-02-21", "AE", "exchange", "USD 1400000000.00", "USD 1500000000.00", "confirmed", false},
		"2017-nicehash":               {"2017-12-06", "SI", "other", "none", "USD 64000000.00", "confirmed", false},
		"2021-liquid":                 {"2021-08-18", "ZZ", "exchange", "none", "USD 91000000.00", "attributed", false},
		"2024-radiant-capital":        {"2024-10-16", "ZZ", "other", "USD 50000000.00", "USD 50000000.00", "confirmed", false},
	}
	got := map[string]row{}
	for _, inc := range Known() {
		loss, usd := "none", "none"
		if a, ok := ReportedLoss(inc); ok {
			loss = a.String()
		}
		if a, ok := FirstUSD(inc); ok {
			usd = a.String()
		}
		got[inc.ID] = row{inc.DateString(), inc.Country.String(), inc.VictimType.String(), loss, usd, inc.StatusText(), inc.CountryUnverified}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Known() values (-want +got):\n%s", diff)
	}
}

func TestKnownDetails(t *testing.T) {
	ronin, ok := Lookup("2022-ronin-bridge")
	if !ok {
		t.Fatal(`Lookup("2022-ronin-bridge") not found`)
	}
	wantAssets := []string{"173600 ETH", "25500000 USDC"}
	var gotAssets []string
	for _, a := range ronin.Assets {
		gotAssets = append(gotAssets, a.Quantity.String()+" "+a.Symbol)
	}
	if diff := cmp.Diff(wantAssets, gotAssets); diff != "" {
		t.Errorf("Ronin assets (-want +got):\n%s", diff)
	}
	if got := ronin.Clusters(); !slices.Equal(got, []Cluster{Lazarus, APT38}) {
		t.Errorf("Ronin.Clusters() = %v, want [Lazarus Group APT38]", got)
	}
	if a := ronin.Attributions[0]; a.By != "FBI" || !a.Date.Equal(day(2022, 4, 14)) || a.Actor != "Lazarus Group and APT38" {
		t.Errorf("Ronin first attribution = %+v, want the FBI's of 2022-04-14", a)
	}

	coincheck, _ := Lookup("2018-coincheck")
	if r := coincheck.LossUSD[0]; !r.IsRange() || r.High.Amount.String() != "USD 534000000.00" || r.Figure.Qualifier != currency.About {
		t.Errorf("Coincheck LossUSD[0] = %+v, want about $533–534M", r)
	}
	// The UN's reuse of Group-IB's figure is unverified: kept, flagged, not counted.
	var flagged int
	for _, a := range coincheck.Attributions {
		if a.Unverified != "" {
			flagged++
		}
	}
	if flagged != 1 {
		t.Errorf("Coincheck has %d unverified attributions, want 1", flagged)
	}

	liquid, _ := Lookup("2021-liquid")
	if liquid.Status() != Attributed {
		t.Errorf("Liquid.Status() = %v, want attributed (the DOJ filing was not seen)", liquid.Status())
	}
	nicehash, _ := Lookup("2017-nicehash")
	if !nicehash.VictimUnverified {
		t.Error("NiceHash: VictimUnverified = false, want true")
	}
	bithumb17, _ := Lookup("2017-bithumb")
	if bithumb17.DatePrecision != PrecisionMonth {
		t.Errorf("Bithumb 2017 DatePrecision = %v, want month", bithumb17.DatePrecision)
	}
	if _, ok := Lookup("no-such-incident"); ok {
		t.Error(`Lookup("no-such-incident") found something`)
	}
	for _, inc := range Known() {
		for _, u := range inc.Unverified {
			if strings.TrimSpace(u) == "" {
				t.Errorf("incident %s has an empty Unverified note", inc.ID)
			}
		}
	}
}

// TestKnownFreshCopies checks that changing what Known returns does not
// change the next call.
func TestKnownFreshCopies(t *testing.T) {
	first := Known()
	want := Known()
	for i := range first {
		inc := &first[i]
		inc.ID = "changed"
		if len(inc.Assets) > 0 {
			inc.Assets[0].Symbol = "XXX"
		}
		if len(inc.LossUSD) > 0 {
			inc.LossUSD[0].By = "changed"
		}
		for j := range inc.Attributions {
			inc.Attributions[j].By = "changed"
			if len(inc.Attributions[j].Clusters) > 0 {
				inc.Attributions[j].Clusters[0] = Kimsuky
			}
		}
		if len(inc.Sources) > 0 {
			inc.Sources[0].URL = "changed"
		}
		if len(inc.Notes) > 0 {
			inc.Notes[0] = "changed"
		}
	}
	if diff := cmp.Diff(want, Known(), cmpRegion()); diff != "" {
		t.Errorf("Known() changed after mutating an earlier result (-want +got):\n%s", diff)
	}
	// Clone is deep.
	a, _ := Lookup("2019-upbit")
	b := a.Clone()
	b.Attributions[1].Clusters[0] = Kimsuky
	if a.Attributions[1].Clusters[0] != Lazarus {
		t.Error("Incident.Clone shares Attributions[].Clusters with the original")
	}
}

func TestAttributionNames(t *testing.T) {
	a := confirmedBy(Lazarus, APT38)
	for c, want := range map[Cluster]bool{Lazarus: true, APT38: true, Andariel: false, ClusterUnknown: false} {
		if got := a.Names(c); got != want {
			t.Errorf("Attribution naming Lazarus and APT38: Names(%v) = %v, want %v", c, got, want)
		}
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		inc  Incident
		want string
	}{
		{Incident{Date: day(2022, 3, 23), DatePrecision: PrecisionDay}, "2022-03-23"},
		{Incident{Date: day(2022, 3, 23)}, "2022-03-23"},
		{Incident{Date: day(2017, 6, 1), DatePrecision: PrecisionMonth}, "2017-06"},
		{Incident{Date: day(2019, 1, 1), DatePrecision: PrecisionYear}, "2019"},
		{Incident{}, "date unknown"},
	}
	for _, tt := range tests {
		if got := tt.inc.DateString(); got != tt.want {
			t.Errorf("Incident{Date: %v, DatePrecision: %v}.DateString() = %q, want %q", tt.inc.Date, tt.inc.DatePrecision, got, tt.want)
		}
	}
}

func TestPublishedString(t *testing.T) {
	for id, want := range map[string]string{"N2": "2022-12-22", "C1": "2022-01"} {
		e, ok := LookupEstimate(id)
		if !ok {
			t.Fatalf("no estimate %s", id)
		}
		if got := e.PublishedString(); got != want {
			t.Errorf("%s.PublishedString() = %q, want %q", id, got, want)
		}
	}
}

func TestStatusText(t *testing.T) {
	onlyDispute := Incident{Attributions: []Attribution{disputedBy()}}
	unverifiedConfirm := Incident{Attributions: []Attribution{{Status: Confirmed, Unverified: "filing not seen", Source: Source{By: "test", URL: testURL}}, attributedBy()}}
	tests := []struct {
		name string
		inc  Incident
		want string
	}{
		{"no attribution", Incident{}, "unknown"},
		{"only a dispute", onlyDispute, "disputed"},
		{"unverified confirmation does not count", unverifiedConfirm, "attributed"},
	}
	for _, tt := range tests {
		if got := tt.inc.StatusText(); got != tt.want {
			t.Errorf("%s: StatusText() = %q, want %q", tt.name, got, tt.want)
		}
	}
}
