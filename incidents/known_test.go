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
	return []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13a", "13b", "14", "15", "16", "17", "18", "19", "20", "21", "22",
		"23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47"}
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

// TestKnownSources fails if any built-in row, or any of its attributions
// or flows, lacks a source, or a figure or coin count lacks who gave it.
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
		for i, r := range inc.OtherLosses {
			if r.By == "" || r.AsPrinted == "" {
				t.Errorf("incident %s: OtherLosses[%d] = %+v lacks who gave it or its printed form", inc.ID, i, r)
			}
		}
		for i, f := range inc.Flows {
			if f.Source.IsZero() || f.Source.URL == "" || f.Figure.By == "" || f.Figure.AsPrinted == "" {
				t.Errorf("incident %s: Flows[%d] = %+v lacks a source, who gave it or its printed form", inc.ID, i, f)
			}
		}
		for i, a := range inc.Assets {
			if a.By == "" {
				t.Errorf("incident %s: Assets[%d] = %+v lacks who reported it", inc.ID, i, a)
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

// TestKnownReference checks the data against kpledger's reference table
// row for row: 48 incidents in 47 rows, in date order, each row's day,
// country ("?" when unverified), victim type, reported loss, first USD
// figure and status as the reference states it.
func TestKnownReference(t *testing.T) {
	type row struct{ Row, ID, Date, Country, Type, Loss, FirstUSD, Status string }
	want := []row{
		{"23", "2015-banco-del-austro", "2015-01-12", "EC", "bank", "none", "USD 12000000.00", "suspected"},
		{"24", "2015-tpbank", "2015-12-08", "VN", "bank", "none", "USD 0.00", "confirmed"},
		{"1", "2016-bangladesh-bank", "2016-02-04", "BD", "bank", "USD 81000000.00", "USD 81000000.00", "confirmed"},
		{"2", "2017-yapizon", "2017-04-22", "KR", "exchange", "KRW 5500000000", "USD 4800000.00", "attributed"},
		{"4", "2017-bithumb", "2017-06", "KR", "exchange", "KRW 7000000000", "USD 7000000.00", "attributed"},
		{"31", "2017-coinis", "2017-09-23", "KR", "exchange", "none", "USD 2190000.00", "attributed"},
		{"25", "2017-feib", "2017-10-03", "TW", "bank", "USD 500000.00", "USD 500000.00", "confirmed"},
		{"20", "2017-nicehash", "2017-12-06", "SI", "other", "none", "USD 64000000.00", "confirmed"},
		{"3", "2017-youbit", "2017-12-19", "KR", "exchange", "none", "none", "attributed"},
		{"26", "2018-bancomext", "2018-01-09", "MX", "bank", "none", "USD 0.00", "confirmed"},
		{"5", "2018-coincheck", "2018-01-26", "JP", "exchange", "JPY 58000000000", "USD 533000000.00", "disputed"},
		{"27", "2018-banco-de-chile", "2018-05-24", "CL", "bank", "USD 10000000.00", "USD 10000000.00", "attributed"},
		{"6", "2018-bithumb", "2018-06-19", "KR", "exchange", "KRW 35000000000", "USD 31000000.00", "attributed"},
		{"28", "2018-cosmos-bank", "2018-08-11", "IN", "bank", "INR 944200000.00", "USD 13400000.00", "attributed"},
		{"32", "2018-indonesian-crypto-company", "2018-09", "ID", "unknown", "none", "USD 24900000.00", "confirmed"},
		{"29", "2018-bankislami", "2018-10-27", "PK", "bank", "PKR 2600000", "USD 6100000.00", "confirmed"},
		{"30", "2019-bank-of-valletta", "2019-02-13", "MT", "bank", "EUR 13000000.00", "USD 14650000.00", "confirmed"},
		{"33", "2019-dragonex", "2019-03-24", "SG", "exchange", "none", "USD 7000000.00", "attributed"},
		{"7", "2019-bithumb", "2019-03-29", "KR", "exchange", "none", "USD 19000000.00", "attributed; disputed"},
		{"34", "2019-exchange-3", "2019-07-01", "ZZ", "exchange", "none", "USD 272000.00", "confirmed"},
		{"35", "2019-exchange-10", "2019-09-25", "US", "other", "none", "USD 2500000.00", "confirmed"},
		{"8", "2019-upbit", "2019-11-27", "KR", "exchange", "KRW 58000000000", "USD 48500000.00", "confirmed"},
		{"36", "2020-ny-financial-services", "2020-08-07", "US", "other", "none", "USD 11800000.00", "confirmed"},
		{"37", "2020-eterbase", "2020-09-07", "SK", "exchange", "none", "USD 5400000.00", "confirmed"},
		{"9", "2020-kucoin", "2020-09-25", "SC?", "exchange", "none", "USD 281000000.00", "attributed"},
		{"21", "2021-liquid", "2021-08-18", "ZZ", "exchange", "none", "USD 91000000.00", "attributed"},
		{"10", "2022-ronin-bridge", "2022-03-23", "SG", "DeFi bridge", "none", "USD 620000000.00", "confirmed"},
		{"11", "2022-harmony-horizon-bridge", "2022-06-23", "US", "DeFi bridge", "USD 100000000.00", "USD 100000000.00", "confirmed"},
		{"38", "2022-deribit", "2022-11", "PA?", "exchange", "none", "USD 28000000.00", "confirmed"},
		{"12", "2023-atomic-wallet", "2023-06-02", "EE?", "wallet provider", "none", "USD 100000000.00", "confirmed"},
		{"13a", "2023-alphapo", "2023-07-22", "ZZ", "payment processor", "none", "USD 60000000.00", "confirmed"},
		{"13b", "2023-coinspaid", "2023-07-22", "EE?", "payment processor", "USD 37300000.00", "USD 37000000.00", "confirmed"},
		{"14", "2023-stake", "2023-09-04", "ZZ", "gambling platform", "none", "USD 41000000.00", "confirmed"},
		{"15", "2023-coinex", "2023-09-12", "ZZ", "exchange", "none", "USD 54000000.00", "attributed"},
		{"16", "2023-htx-heco", "2023-11-22", "ZZ", "exchange", "none", "USD 100000000.00", "attributed"},
		{"39", "2024-playdapp", "2024-02-09", "KR", "other", "none", "USD 290000000.00", "confirmed"},
		{"40", "2024-munchables", "2024-03-26", "ZZ", "other", "none", "USD 62500000.00", "confirmed"},
		{"41", "2024-rain", "2024-04-29", "BH", "exchange", "none", "USD 14100000.00", "confirmed"},
		{"17", "2024-dmm-bitcoin", "2024-05-31", "JP", "exchange", "JPY 48200000000", "USD 308000000.00", "confirmed"},
		{"42", "2024-uwu-lend", "2024-06-10", "ZZ", "other", "none", "USD 19300000.00", "disputed"},
		{"18", "2024-wazirx", "2024-07-18", "IN", "exchange", "none", "USD 234900000.00", "confirmed"},
		{"43", "2024-bingx", "2024-09-20", "SG", "exchange", "none", "USD 26680000.00", "suspected"},
		{"22", "2024-radiant-capital", "2024-10-16", "ZZ", "other", "USD 50000000.00", "USD 50000000.00", "confirmed"},
		{"44", "2025-phemex", "2025-01-23", "SG", "exchange", "none", "USD 29000000.00", "suspected"},
		{"19", "2025-bybit", "2025-02-21", "AE", "exchange", "USD 1400000000.00", "USD 1500000000.00", "confirmed"},
		{"45", "2025-bitopro", "2025-05-08", "TW", "exchange", "none", "USD 11500000.00", "attributed"},
		{"46", "2025-woo-x", "2025-07-24", "ZZ", "exchange", "USD 14000000.00", "USD 14000000.00", "attributed"},
		{"47", "2025-upbit", "2025-11-27", "KR", "exchange", "KRW 44500000000", "USD 30000000.00", "suspected"},
	}
	var got []row
	for _, inc := range Known() {
		loss, usd := "none", "none"
		if a, ok := ReportedLoss(inc); ok {
			loss = a.String()
		}
		if a, ok := FirstUSD(inc); ok {
			usd = a.String()
		}
		country := inc.Country.String()
		if inc.CountryUnverified {
			country += "?"
		}
		got = append(got, row{inc.Row, inc.ID, inc.DateString(), country, inc.VictimType.String(), loss, usd, inc.StatusText()})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Known() against the reference (-want +got):\n%s", diff)
	}
	rows := map[string]bool{}
	for _, inc := range Known() {
		rows[strings.TrimRight(inc.Row, "ab")] = true
	}
	if len(Known()) != 48 || len(rows) != 47 {
		t.Errorf("Known() has %d incidents in %d rows, want 48 in 47", len(Known()), len(rows))
	}
}

// TestKnownStatedStatus checks that every row carries the reference's
// status cell and that the status follows it.
func TestKnownStatedStatus(t *testing.T) {
	prefix := map[Status]string{Confirmed: "confirmed-gov", Attributed: "firm/UN", Suspected: "suspected", Disputed: "disputed"}
	for _, inc := range Known() {
		p, ok := prefix[inc.StatedStatus]
		if !ok || !strings.HasPrefix(inc.StatedText, p) {
			t.Errorf("%s: StatedStatus %v with StatedText %q, want a text starting %q", inc.ID, inc.StatedStatus, inc.StatedText, p)
		}
		if inc.Status() != inc.StatedStatus {
			t.Errorf("%s: Status() = %v, want the stated %v", inc.ID, inc.Status(), inc.StatedStatus)
		}
	}
}

// TestKnownVisible checks that disputes and unverified details stay
// visible: the fields a user reads to know what is not certain.
func TestKnownVisible(t *testing.T) {
	tests := []struct {
		id    string
		check func(Incident) bool
		what  string
	}{
		{"2018-coincheck", func(i Incident) bool { return i.Status() == Disputed && i.StrongestAttribution() == Attributed }, "disputed, though Group-IB attributed it"},
		{"2019-bithumb", func(i Incident) bool { return i.Status() == Attributed && i.Disputed() }, "attributed by the UN Panel and disputed by the victim"},
		{"2024-uwu-lend", func(i Incident) bool { return i.Status() == Disputed && i.StrongestAttribution() == Confirmed }, "disputed, though the MSMT listed it"},
		{"2019-exchange-3", func(i Incident) bool {
			return i.FiledAs == "Exchange 3" && i.IdentifiedAs == "CoinTiger" && i.VictimUnverified
		}, "filed as Exchange 3, CoinTiger only a note"},
		{"2019-exchange-10", func(i Incident) bool {
			return i.FiledAs == "Exchange 10" && i.IdentifiedAs == "Algo Capital" && i.VictimUnverified
		}, "filed as Exchange 10"},
		{"2018-indonesian-crypto-company", func(i Incident) bool {
			return i.FiledAs == "an Indonesian cryptocurrency company" && i.IdentifiedAs == "Indodax (probably)" && !strings.Contains(i.Victim, "Indodax")
		}, "filed as an Indonesian cryptocurrency company"},
		{"2015-tpbank", func(i Incident) bool {
			return i.AttemptOnly && i.VictimUnverified && len(i.Flows) == 2 && i.Flows[0].Kind == Attempted
		}, "an attempt, victim identity unverified"},
		{"2018-bancomext", func(i Incident) bool {
			return i.AttemptOnly && i.Flows[0].Kind == Attempted && i.Flows[2].Kind == Recovered && i.Flows[2].Whole
		}, "an attempt, recovered"},
		{"2024-munchables", func(i Incident) bool {
			return len(i.Flows) == 1 && i.Flows[0].Kind == Returned && i.Flows[0].Whole && i.Flows[0].Source.URL != ""
		}, "all funds returned, with their own source"},
		{"2022-deribit", func(i Incident) bool { return i.CountryUnverified && i.DatePrecision == PrecisionMonth }, "country unverified, month only"},
		{"2024-bingx", func(i Incident) bool { return i.Status() == Suspected && i.StrongestAttribution() == Suspected }, "the MSMT attribution is unverified and does not count"},
	}
	for _, tt := range tests {
		inc, ok := Lookup(tt.id)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.id)
			continue
		}
		if !tt.check(inc) {
			t.Errorf("%s: want %s; got status %v (%q), flows %+v, filed as %q, identified as %q", tt.id, tt.what, inc.Status(), inc.StatedText, inc.Flows, inc.FiledAs, inc.IdentifiedAs)
		}
	}
	for _, inc := range Known() {
		if inc.IdentifiedAs != "" && (inc.IdentifiedBy == "" || strings.Contains(inc.Victim, inc.IdentifiedAs)) {
			t.Errorf("%s: identification %q must be a note with its source, not the victim %q", inc.ID, inc.IdentifiedAs, inc.Victim)
		}
		for i, f := range inc.Flows {
			if f.Source.URL == "" || !f.Kind.valid() || f.Kind == FlowUnknown || f.Figure.AsPrinted == "" {
				t.Errorf("%s: Flows[%d] = %+v lacks a kind, printed form or source", inc.ID, i, f)
			}
		}
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
	if r := coincheck.LossUSD[0]; !r.IsRange() || r.Figure.High.String() != "USD 534000000.00" || r.Figure.Qualifier != currency.About {
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
		if len(inc.Flows) > 0 {
			inc.Flows[0].Kind = Seized
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
	m, _ := Lookup("2024-munchables")
	n := m.Clone()
	n.Flows[0].Whole = false
	if !m.Flows[0].Whole {
		t.Error("Incident.Clone shares Flows with the original")
	}
	e, _ := LookupEstimate("C4")
	f := e.Clone()
	f.RevisedBy[0] = "changed"
	if e.RevisedBy[0] != "C5/2023" {
		t.Error("Estimate.Clone shares RevisedBy with the original")
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
