package incidents

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// cmpTotals compares currency.Totals by their amounts.
func cmpTotals() cmp.Option {
	return cmp.Comparer(func(a, b currency.Totals) bool {
		as, bs := slices.Collect(a.All()), slices.Collect(b.All())
		return slices.EqualFunc(as, bs, currency.Amount.Equal)
	})
}

// cmpSum compares Sums by their totals, items and missing IDs.
func cmpSum() cmp.Option {
	return cmp.Comparer(func(a, b Sum) bool {
		return cmp.Equal(a.Totals, b.Totals, cmpTotals()) && cmp.Equal(a.Missing, b.Missing) &&
			cmp.Equal(a.Items(), b.Items())
	})
}

// roundTrip marshals v, unmarshals it into a new T, checks the two are
// equal, and that marshalling the result gives the same bytes.
func roundTrip[T any](t *testing.T, v T) []byte {
	t.Helper()
	b1, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var got T
	if err := json.Unmarshal(b1, &got); err != nil {
		t.Fatalf("Unmarshal(%.200s…): %v", b1, err)
	}
	if diff := cmp.Diff(v, got, cmpRegion(), cmpTotals(), cmpSum()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	b2, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("second Marshal: %v", err)
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("marshalling twice differs:\n%s\n%s", b1, b2)
	}
	return b1
}

func TestJSONRoundTripBuiltIn(t *testing.T) {
	t.Run("Known", func(t *testing.T) { roundTrip(t, Known()) })
	t.Run("Estimates", func(t *testing.T) { roundTrip(t, Estimates()) })
	t.Run("handBuilt", func(t *testing.T) { roundTrip(t, handBuilt()) })
	for _, m := range []struct {
		name string
		m    Measure
	}{{"ReportedLoss", ReportedLoss}, {"FirstUSD", FirstUSD}, {"LossOrUSD", LossOrUSD}} {
		t.Run(m.name, func(t *testing.T) {
			all := slices.Values(Known())
			roundTrip(t, Total(all, m.m))
			roundTrip(t, ByYear(all, m.m))
			roundTrip(t, ByCountry(all, m.m))
			roundTrip(t, ByActor(all, m.m))
			roundTrip(t, ByStatus(all, m.m))
			roundTrip(t, ByVictimType(all, m.m))
			roundTrip(t, ByCountry(slices.Values(handBuilt()), m.m))
		})
	}
	t.Run("parts", func(t *testing.T) {
		for _, e := range Estimates() {
			for _, p := range e.Parts {
				roundTrip(t, p)
			}
			roundTrip(t, e.Period)
		}
	})
}

// TestJSONZeroValues checks that unset fields are left out, and that the
// zero values round-trip.
func TestJSONZeroValues(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"Incident", Incident{}, `{}`},
		{"Estimate", Estimate{}, `{}`},
		{"Attribution", Attribution{}, `{}`},
		{"Source", Source{}, `{}`},
		{"Reported", Reported{}, `{}`},
		{"Period", Period{}, `{}`},
		{"Part", Part{}, `{}`},
		{"Asset", Asset{}, `{"quantity":"0"}`},
		{"Item", Item{}, `{"id":""}`},
		{"Sum", Sum{}, `{"totals":[]}`},
		{"YearTotal", YearTotal{}, `{"year":0,"totals":[]}`},
		{"CountryTotal", CountryTotal{}, `{"totals":[]}`},
		{"ActorTotal", ActorTotal{}, `{"cluster":"unknown","totals":[]}`},
		{"StatusTotal", StatusTotal{}, `{"status":"unknown","totals":[]}`},
		{"TypeTotal", TypeTotal{}, `{"victim_type":"unknown","totals":[]}`},
		{"empty slices", Incident{Notes: []string{}, Attributions: []Attribution{}}, `{"attributions":[],"notes":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("Marshal(%#v) = %s, want %s", tt.v, b, tt.want)
			}
		})
	}
	roundTrip(t, Incident{Notes: []string{}, Attributions: []Attribution{}})
	roundTrip(t, Sum{})
}

func TestJSONIncidentForm(t *testing.T) {
	inc := Incident{
		ID: "x", Date: day(2022, 3, 23), DatePrecision: PrecisionMonth, Country: region("KR"),
		CountryUnverified: true, VictimType: DeFiBridge,
		Assets: []Asset{{Symbol: "ETH", Quantity: dec("173600"), Qualifier: currency.About}},
		Loss:   mustAmt("1200000000", currency.USD),
		LossUSD: []Reported{{
			Figure: currency.Figure{Qualifier: currency.MoreThan, Amount: mustAmt("5", currency.USD), High: mustAmt("6", currency.USD)},
			By:     "FBI",
		}},
		Attributions: []Attribution{{Clusters: []Cluster{Lazarus}, Date: day(2022, 4, 14), Status: Confirmed}},
	}
	b, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"x","date":"2022-03-23","date_precision":"month","country":"KR","country_unverified":true,` +
		`"victim_type":"DeFi bridge","assets":[{"symbol":"ETH","quantity":"173600","qualifier":"about"}],` +
		`"loss":{"amount":"1200000000.00","currency":"USD"},` +
		`"loss_usd":[{"figure":{"qualifier":"more than","amount":{"amount":"5.00","currency":"USD"},"high":{"amount":"6.00","currency":"USD"}},"by":"FBI"}],` +
		`"attributions":[{"clusters":["Lazarus Group"],"date":"2022-04-14","status":"confirmed"}]}`
	if string(b) != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", b, want)
	}
}

// TestJSONTimeOfDay checks that a time that is not midnight UTC keeps its
// instant and offset rather than being cut to a day.
func TestJSONTimeOfDay(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	for _, d := range []time.Time{
		time.Date(2022, 3, 23, 0, 0, 0, 1, time.UTC),
		time.Date(2022, 3, 23, 0, 0, 0, 0, kst),
		time.Date(2022, 3, 23, 15, 4, 5, 0, time.UTC),
	} {
		b := roundTrip(t, Incident{ID: "t", Date: d})
		if bytes.Contains(b, []byte(`"2022-03-23"`)) {
			t.Errorf("Marshal(%v) = %s, want the time kept", d, b)
		}
	}
	// Midnight in a zone named UTC with offset 0 is a calendar day.
	b, err := json.Marshal(Incident{ID: "t", Date: time.Date(2022, 3, 23, 0, 0, 0, 0, time.FixedZone("UTC", 0))})
	if err != nil || !bytes.Contains(b, []byte(`"date":"2022-03-23"`)) {
		t.Errorf("Marshal(midnight, zero offset) = %s, %v; want the day", b, err)
	}
}

func TestJSONDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		into any
		in   string
		want string // in the error
	}{
		{"unknown key", new(Incident), `{"id":"x","victim_country":"KR"}`, `unknown field "victim_country"`},
		{"Go field name", new(Incident), `{"id":"x","DatePrecision":"day"}`, `unknown field "DatePrecision"`},
		{"country ZZ", new(Incident), `{"country":"ZZ"}`, `country: unknown country "ZZ"`},
		{"country lower case", new(Incident), `{"country":"kr"}`, `country: unknown country "kr"`},
		{"country alpha-3", new(Incident), `{"country":"KOR"}`, `country: unknown country "KOR"`},
		{"country numeric", new(Incident), `{"country":"41"}`, `country: unknown country "41"`},
		{"country macro-region", new(Estimate), `{"country":"EU"}`, `country: unknown country "EU"`},
		{"country object", new(Incident), `{"country":{}}`, `cannot unmarshal object`},
		{"currency", new(Incident), `{"loss":{"amount":"1","currency":"ABC"}}`, `loss.currency: unknown currency "ABC"`},
		{"currency in a list", new(Incident), `{"loss_usd":[{},{"figure":{"amount":{"amount":"1","currency":"US"}}}]}`, `loss_usd[1].figure.amount.currency: unknown currency "US"`},
		{"amount malformed", new(Incident), `{"loss":{"amount":"1,000","currency":"USD"}}`, `loss: currency:`},
		{"amount missing currency", new(Incident), `{"loss":{"amount":"1"}}`, `loss: currency: cannot unmarshal amount from JSON: missing "currency"`},
		{"amount unknown key", new(Incident), `{"loss":{"amount":"1","currency":"USD","x":1}}`, `loss: json: unknown field "x"`},
		{"enum victim type", new(Incident), `{"victim_type":"Exchange"}`, `victim_type: unknown victim type "Exchange"`},
		{"enum status", new(Incident), `{"attributions":[{"status":"probable"}]}`, `attributions[0].status: unknown status "probable"`},
		{"enum cluster", new(Attribution), `{"clusters":["Lazarus Group","Lazarus"]}`, `clusters[1]: unknown cluster "Lazarus"`},
		{"enum precision", new(Estimate), `{"published_precision":"week"}`, `published_precision: unknown precision "week"`},
		{"enum qualifier", new(Incident), `{"assets":[{"quantity":"1","qualifier":"approx"}]}`, `assets[0].qualifier: unknown qualifier "approx"`},
		{"enum scope", new(Estimate), `{"scope":"all"}`, `scope: unknown scope "all"`},
		{"enum publisher", new(Estimate), `{"publisher":"NIS (press briefing)"}`, `publisher: unknown publisher "NIS (press briefing)"`},
		{"enum revision", new(Estimate), `{"revision":"amends"}`, `revision: unknown revision "amends"`},
		{"enum flow kind", new(Incident), `{"flows":[{"kind":"stolen"}]}`, `flows[0].kind: unknown flow kind "stolen"`},
		{"enum stated status", new(Incident), `{"stated_status":"firm"}`, `stated_status: unknown status "firm"`},
		{"count qualifier", new(Estimate), `{"attacks":{"n":7,"qualifier":"≥"}}`, `attacks.qualifier: unknown qualifier "≥"`},
		{"enum verification", new(Estimate), `{"verification":"tertiary"}`, `verification: unknown verification "tertiary"`},
		{"long enum clipped", new(Incident), `{"victim_type":"` + strings.Repeat("a", 500) + `"}`, `victim_type: unknown victim type "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"…`},
		{"date malformed", new(Incident), `{"date":"2022-13-01"}`, `date: malformed date "2022-13-01"`},
		{"date US form", new(Incident), `{"date":"03/23/2022"}`, `date: malformed date "03/23/2022"`},
		{"date in attribution source", new(Incident), `{"attributions":[{"source":{"date":"yesterday"}}]}`, `attributions[0].source.date: malformed date "yesterday"`},
		{"date in period", new(Estimate), `{"period":{"from":"2017"}}`, `period.from: malformed date "2017"`},
		{"date zero time", new(Incident), `{"date":"0001-01-01T00:00:00Z"}`, `date: "0001-01-01T00:00:00Z" is the zero time`},
		{"quantity exponent", new(Asset), `{"quantity":"1e9"}`, `quantity: malformed decimal "1e9"`},
		{"quantity missing", new(Asset), `{"symbol":"BTC"}`, `quantity: malformed decimal ""`},
		{"quantity number", new(Asset), `{"quantity":5}`, `cannot unmarshal number`},
		{"quantity long", new(Asset), `{"quantity":"` + strings.Repeat("9", 100) + `"}`, `quantity: malformed decimal "9999999999999999999999999999999999999999"…`},
		{"sum duplicate currency", new(Sum), `{"totals":[{"amount":"1","currency":"USD"},{"amount":"2","currency":"USD"}]}`, `totals[1]: second total in USD`},
		{"sum null total", new(Sum), `{"totals":[null]}`, `totals[0]: null total`},
		{"group cluster", new(ActorTotal), `{"cluster":"APT99","totals":[]}`, `cluster: unknown cluster "APT99"`},
		{"group country", new(CountryTotal), `{"country":"ZZ","totals":[]}`, `country: unknown country "ZZ"`},
		{"trailing data", new(Source), `{} {}`, `trailing data`},
		{"not an object", new(Incident), `[]`, `cannot unmarshal array`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.into.(json.Unmarshaler)
			err := u.UnmarshalJSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("UnmarshalJSON(%.60q) = nil, want an error containing %q", tt.in, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "incidents: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("UnmarshalJSON(%.60q) = %q, want an error starting with \"incidents: \" containing %q", tt.in, err, tt.want)
			}
			if len(err.Error()) > 400 {
				t.Errorf("error is %d bytes long, want a short prefix of the input", len(err.Error()))
			}
		})
	}
}

func TestJSONNullLeavesValue(t *testing.T) {
	inc := Incident{ID: "kept"}
	if err := json.Unmarshal([]byte(`null`), &inc); err != nil || inc.ID != "kept" {
		t.Errorf("Unmarshal(null) = %v, %q; want nil, \"kept\"", err, inc.ID)
	}
	var got Incident
	if err := json.Unmarshal([]byte(`{"loss":null,"loss_report":null}`), &got); err != nil {
		t.Errorf("Unmarshal with null amount = %v, want nil", err)
	}
}

func TestJSONMarshalErrors(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"undefined victim type", Incident{ID: "x", VictimType: VictimType(99)}, `victim_type: incidents: cannot marshal invalid VictimType(99)`},
		{"undefined cluster", Incident{ID: "x", Attributions: []Attribution{{}, {Clusters: []Cluster{Cluster(200)}}}}, `attributions[1].clusters[0]`},
		{"undefined precision", Estimate{ID: "e", PublishedPrecision: Precision(9)}, `published_precision`},
		{"undefined qualifier", Incident{ID: "x", Assets: []Asset{{Qualifier: currency.Qualifier(99)}}}, `assets[0].qualifier`},
		{"region not a country", Estimate{ID: "e", Country: language.MustParseRegion("EU")}, `country: region EU is not an ISO 3166-1 alpha-2 country`},
		{"region numeric", Incident{ID: "x", Country: language.MustParseRegion("419")}, `country: region 419`},
		{"invalid currency", Incident{ID: "x", Loss: currency.AmountOf(dec("1"), currency.Currency(60000))}, `loss: currency: cannot marshal`},
		{"undefined status group", StatusTotal{Status: Status(42)}, `status`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := json.Marshal(tt.v)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "incidents: cannot marshal") {
				t.Errorf("Marshal(%+v) = %v, want an error containing %q", tt.v, err, tt.want)
			}
		})
	}
}

// TestJSONMirrorsCoverFields fails when a field is added to a type without
// being added to its JSON mirror: update the mirror and this list together.
func TestJSONMirrorsCoverFields(t *testing.T) {
	tests := []struct {
		v      any
		mirror any
	}{
		{Incident{}, incidentJSON{}},
		{Attribution{}, attributionJSON{}},
		{Source{}, sourceJSON{}},
		{Asset{}, assetJSON{}},
		{Reported{}, reportedJSON{}},
		{Estimate{}, estimateJSON{}},
		{Period{}, periodJSON{}},
		{Part{}, partJSON{}},
		{Item{}, itemJSON{}},
		{Sum{}, sumJSON{}},
		{currency.Figure{}, figureJSON{}},
		{Flow{}, flowJSON{}},
		{Count{}, countJSON{}},
		{AsOf{}, asOfJSON{}},
		{CoinPrice{}, coinPriceJSON{}},
		{Ratio{}, ratioJSON{}},
		{Conversion{}, conversionJSON{}},
		{Converted{}, convertedJSON{}},
	}
	for _, tt := range tests {
		vt, mt := reflect.TypeOf(tt.v), reflect.TypeOf(tt.mirror)
		t.Run(vt.Name(), func(t *testing.T) {
			for i := range vt.NumField() {
				f := vt.Field(i)
				if !f.IsExported() {
					continue
				}
				name := f.Name
				if f.Anonymous { // an embedded Item is mirrored by an embedded itemJSON
					name = strings.ToLower(name[:1]) + name[1:] + "JSON"
				}
				if _, ok := mt.FieldByName(name); !ok {
					t.Errorf("%s.%s has no field in %s", vt.Name(), f.Name, mt.Name())
				}
			}
		})
	}
}

// TestJSONRoundTripEveryField round-trips an incident and an estimate with
// every exported field set, so that a field the built-in data leaves empty
// is still checked.
func TestJSONRoundTripEveryField(t *testing.T) {
	src := Source{By: "court filing", Date: day(2023, 1, 2), URL: testURL, Note: "a note"}
	fig := currency.Figure{Qualifier: currency.About, Amount: mustAmt("1500000000000", currency.KRW),
		EquivalentQualifier: currency.MoreThan, Equivalent: mustAmt("1200000000", currency.USD),
		HighQualifier: currency.UpTo, High: mustAmt("1600000000000", currency.KRW),
		HighEquivalentQualifier: currency.Nearly, HighEquivalent: mustAmt("1300000000", currency.USD)}
	rep := Reported{Figure: fig, AsPrinted: "1.5 trillion won", By: "NIS", EquivalentBy: "AP"}
	inc := Incident{
		ID: "every", Row: "99", Date: day(2024, 5, 1), DatePrecision: PrecisionMonth, Victim: "Exchange 3",
		VictimUnverified: true, FiledAs: "Exchange 3", IdentifiedAs: "Example", IdentifiedBy: "press",
		Country: region("KR"), CountryUnverified: true, VictimType: Exchange,
		Assets: []Asset{{Symbol: "ETH", Quantity: dec("342000.125"), Qualifier: currency.MoreThan, By: "victim", Partial: true}},
		Loss:   mustAmt("58000000000", currency.KRW), LossReport: rep, OtherLosses: []Reported{rep, {}},
		LossUSD: []Reported{rep}, AttemptOnly: true,
		Flows:        []Flow{{Kind: Returned, Figure: rep, Whole: true, Source: src}},
		Attributions: []Attribution{{Actor: "TraderTraitor", Clusters: []Cluster{TraderTraitor, Lazarus}, By: "FBI", Date: day(2022, 4, 14), DatePrecision: PrecisionDay, Status: Confirmed, Unverified: "text not seen", Source: src}},
		StatedStatus: Disputed, StatedText: "firm/UN (ROK: suspected)",
		Sources: []Source{src}, Unverified: []string{"u"}, Notes: []string{"n"},
	}
	e := Estimate{
		ID: "E1/2023", Row: "E1", Publisher: Chainalysis, Venue: "annual report", Published: day(2024, 2, 1),
		PublishedPrecision: PrecisionYear, Period: Period{From: day(2023, 1, 1), To: day(2023, 12, 31)},
		PeriodAsPrinted: "2023", Scope: SingleIncident, Country: region("JP"), Incident: "every",
		ScopeAsPrinted: "one theft", Figure: fig, AsPrinted: "$1.2 billion", EquivalentBy: "AP",
		Attacks: Count{N: 17, Qualifier: currency.AtLeast, Unit: "incidents"}, Attempted: true, AllActors: true,
		Parts: []Part{{Label: "DeFi", Figure: fig, Incident: "every"}}, Revises: "E0", Revision: Supersedes,
		RevisedBy: []string{"E2"}, Verification: Secondary, Unverified: []string{"u"}, Notes: []string{"n"}, Sources: []Source{src},
	}
	for _, v := range []any{inc, e, fig} {
		rv := reflect.ValueOf(v)
		for i := range rv.NumField() {
			if f := rv.Type().Field(i); f.IsExported() && rv.Field(i).IsZero() {
				t.Errorf("test value leaves %s.%s zero: set it", rv.Type().Name(), f.Name)
			}
		}
	}
	roundTrip(t, inc)
	roundTrip(t, e)
}

func TestJSONRoundTripResults(t *testing.T) {
	known := Known()
	for _, d := range []time.Time{day(2018, 1, 1), day(2022, 12, 22), day(2025, 12, 31)} {
		for _, inc := range known {
			roundTrip(t, inc.StatusOn(d))
		}
	}
	var prices int
	for _, inc := range known {
		for _, p := range inc.ImpliedPrices() {
			roundTrip(t, p)
			prices++
		}
	}
	if prices == 0 {
		t.Errorf("no implied coin price in Known(): the CoinPrice round trip checked nothing")
	}
	var conversions int
	for _, e := range Estimates() {
		if !e.Attacks.IsZero() {
			roundTrip(t, e.Attacks)
		}
		r, err := Reconcile(e, slices.Values(known), LossOrUSD, currency.AnnualKRWUSD())
		if err != nil {
			continue
		}
		roundTrip(t, r.Converted)
		roundTrip(t, r.Share)
		conversions += len(r.Converted.Items)
	}
	if conversions == 0 {
		t.Errorf("no conversion in any reconciliation: the Converted round trip checked nothing")
	}
	roundTrip(t, Count{})
	roundTrip(t, AsOf{})
	roundTrip(t, Converted{})
}
