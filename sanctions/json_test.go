package sanctions

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kpledger/kpledger/currency"
)

// roundTrip marshals v, unmarshals into a new T, checks that nothing was
// lost (nil and empty slices are the same) and that marshalling twice
// gives the same bytes; it returns the JSON.
func roundTrip[T any](t *testing.T, name string, v T) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: Marshal: %v", name, err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: Unmarshal(%s): %v", name, clip(string(b)), err)
	}
	if _, isRegime := any(v).(Regime); !isRegime {
		// A Regime is compared by its measures, by the caller.
		if diff := cmp.Diff(v, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", name, diff)
		}
	}
	b2, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%s: second Marshal: %v", name, err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("%s: marshalling twice differs:\n%s\n%s", name, b, b2)
	}
	return b
}

// TestJSONRoundTripBuiltIn marshals every built-in measure, the regime and
// every revenue estimate and reads them back without loss.
func TestJSONRoundTripBuiltIn(t *testing.T) {
	r := DPRK()
	n := 0
	for m := range r.All() {
		roundTrip(t, "Measure "+m.ID, m)
		n++
	}
	if n == 0 {
		t.Fatal("DPRK() has no measures")
	}
	b := roundTrip(t, "Regime", r)
	var back Regime
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	var want, got []Measure
	for m := range r.All() {
		want = append(want, m)
	}
	for m := range back.All() {
		got = append(got, m)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Regime round trip (-want +got):\n%s", diff)
	}
	for _, e := range RevenueEstimates() {
		roundTrip(t, "RevenueEstimate "+e.Subject, e)
	}
	// A caller's estimate printed as a range, with a hedged equivalent:
	// the high end and the qualifiers must survive the trip.
	roundTrip(t, "RevenueEstimate range", RevenueEstimate{Subject: "test range", Figure: currency.Figure{
		Qualifier: currency.About, Amount: currency.MustNewAmount("300000000", currency.USD),
		HighQualifier: currency.MoreThan, High: currency.MustNewAmount("500000000", currency.USD),
		EquivalentQualifier: currency.About, Equivalent: currency.MustNewAmount("400000000000", currency.KRW),
	}})
	for _, res := range Resolutions() {
		roundTrip(t, "Resolution", res)
	}
	for _, h := range HeadingInferences() {
		roundTrip(t, "HeadingInference "+h.Code.String(), h)
	}
}

// TestJSONRoundTripFindings screens records that give covered,
// undetermined and period findings and round-trips the findings.
func TestJSONRoundTripFindings(t *testing.T) {
	r := DPRK()
	trades := []Trade{
		{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("270112")},
		{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("0303")},
		{Date: day(2017, time.January, 1), Precision: PrecisionYear, Direction: DPRKExports, HS: MustParseHSCode("610910")},
		{Date: day(2017, time.November, 20), Direction: DPRKExports, Commodity: Textiles},
	}
	seen := 0
	for _, tr := range trades {
		fs, err := r.Screen(tr)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			roundTrip(t, "Finding "+f.MeasureID, f)
			seen++
		}
	}
	if seen < 4 {
		t.Errorf("%d findings round-tripped, want at least 4", seen)
	}
}

func TestJSONForms(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"quantity", MustQuantity("7500000", MetricTon), `{"value":"7500000","unit":"metric ton"}`},
		{"zero kilograms kept", MustQuantity("0", Kilogram), `{"value":"0","unit":"kilogram"}`},
		{"paragraph", OPLabel("8 (a) (iii)"), `{"number":8,"label":"8 (a) (iii)"}`},
		{"paragraph not seen", Paragraph{}, `null`},
		{"period", Period{Kind: CalendarYears, Start: day(2017, time.January, 1)}, `{"kind":"calendar years","start":"2017-01-01"}`},
		{"resolution", Resolution{Number: 2371, Adopted: day(2017, time.August, 5)}, `{"number":2371,"adopted":"2017-08-05"}`},
		{"source without date", Source{Publisher: "X"}, `{"publisher":"X"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil || string(b) != tt.want {
				t.Errorf("Marshal = %s, %v; want %s", b, err, tt.want)
			}
		})
	}
	// Keys are lower snake_case throughout.
	b, _ := json.Marshal(DPRK())
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var keys []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				keys = append(keys, k)
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	for _, k := range keys {
		if k != strings.ToLower(k) || strings.ContainsAny(k, " -") {
			t.Errorf("key %q is not lower snake_case", k)
		}
	}
	if len(keys) < 100 {
		t.Errorf("found %d keys; the key scan is broken", len(keys))
	}
}

func TestJSONDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		into json.Unmarshaler
		in   string
	}{
		{"unknown kind", new(Measure), `{"id":"x","resolution":{"number":1},"kind":"embargo","verified":"no","paragraph_verified":"no"}`},
		{"unknown key", new(Measure), `{"id":"x","resolution":{"number":1},"colour":"red","verified":"no","paragraph_verified":"no"}`},
		{"bad date", new(Resolution), `{"number":2371,"adopted":"5 Aug 2017"}`},
		{"date with time", new(Resolution), `{"number":2371,"adopted":"2017-08-05T00:00:00Z"}`},
		{"unknown unit", new(Quantity), `{"value":"1","unit":"furlong"}`},
		{"missing unit", new(Quantity), `{"value":"1"}`},
		{"number as float", new(Quantity), `{"value":1.5,"unit":"barrel"}`},
		{"decimal with exponent", new(Quantity), `{"value":"1e9","unit":"barrel"}`},
		{"bad currency", new(Limit), `{"value":{"amount":"1","currency":"ZZZ"}}`},
		{"paragraph label mismatch", new(Paragraph), `{"number":8,"label":"9 (a)"}`},
		{"trailing data", new(Source), `{"publisher":"X"} {}`},
		{"unknown commodity", new(HSScope), `{"commodity":"gravel","verified":"no"}`},
		{"bad HS code", new(HSScope), `{"codes":["27x1"],"verified":"no"}`},
		{"unknown qualifier", new(RevenueEstimate), `{"figure":{"qualifier":"roughly"}}`},
		{"regime with a self-supersession", new(Regime), `{"measures":[{"id":"2371/OP8","resolution":{"number":2371,"adopted":"2017-08-05"},"kind":"export ban","direction":"DPRK exports","supersedes":[{"id":"2371/OP8"}],"verified":"no","paragraph_verified":"no"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.into.UnmarshalJSON([]byte(tt.in))
			if err == nil {
				t.Fatalf("Unmarshal(%s) succeeded, want an error", tt.in)
			}
			if !strings.HasPrefix(err.Error(), "sanctions: ") && !strings.HasPrefix(err.Error(), "currency: ") {
				t.Errorf("error %q does not start with a package name", err)
			}
		})
	}
	// Errors name what was wrong.
	err := json.Unmarshal([]byte(`{"id":"x","resolution":{"number":1},"kind":"embargo","verified":"no","paragraph_verified":"no"}`), new(Measure))
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "Kind" || fe.Value != "embargo" {
		t.Errorf("unknown kind: error %v, want a *FieldError for Kind \"embargo\"", err)
	}
}

func TestJSONMarshalRejectsOutOfRange(t *testing.T) {
	for _, v := range []any{Measure{ID: "x", Kind: 200}, Quantity{Unit: 9}, Paragraph{Number: 3}, Finding{Outcome: 50}} {
		if b, err := json.Marshal(v); err == nil {
			t.Errorf("Marshal(%#v) = %s, want an error", v, b)
		}
	}
}

// TestJSONRoundTripTradeAndUsage round-trips trade records (by day and by
// period, from a Comtrade record) and the usage of a cap.
func TestJSONRoundTripTradeAndUsage(t *testing.T) {
	tr, err := chinaImport().Trade()
	if err != nil {
		t.Fatal(err)
	}
	b := roundTrip(t, "Trade from Comtrade", tr)
	if !strings.Contains(string(b), `"date":"2017-10-01","date_precision":"month"`) {
		t.Errorf("Trade JSON %s lacks the date and its precision", b)
	}
	roundTrip(t, "Trade by day", Trade{Date: day(2018, time.March, 1), Direction: SupplyToDPRK, Commodity: Iron})
	roundTrip(t, "Trade with USD 0", Trade{Date: day(2018, time.March, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("72"), Value: currency.MustNewAmount("0", currency.USD)})

	var caps []Cap
	for m := range DPRK().All() {
		if m.ID == "2321/OP26" {
			caps = m.Caps
		}
	}
	if caps == nil {
		t.Fatal("no 2321/OP26 caps")
	}
	ships := []Shipment{
		{Date: day(2017, time.March, 1), Quantity: MustQuantity("4000000", MetricTon)},
		{Date: day(2017, time.May, 1), Quantity: MustQuantity("3000000", MetricTon), Value: currency.MustNewAmount("250000000", currency.USD)},
	}
	for i, s := range ships {
		roundTrip(t, "Shipment "+strconv.Itoa(i), s)
	}
	u, err := CapUsage(caps, day(2017, time.June, 1), ships)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "Usage", u)
}

// TestJSONBanStatus round-trips an answer of each outcome and checks its
// keys: snake_case, and no measure where no ban covers the goods.
func TestJSONBanStatus(t *testing.T) {
	r := DPRK()
	on := day(2018, time.January, 1)
	tests := []struct {
		name     string
		c        Commodity
		d        Direction
		want     Outcome
		measure  bool // "measure" is written
		findings bool // "findings" is written
	}{
		{"covered", Coal, DPRKExports, Covered, true, true},
		{"undetermined", TransportationVehicles, DPRKExports, Undetermined, false, true},
		{"clean", Coal, SupplyToDPRK, Clean, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := r.Banned(tt.c, tt.d, on)
			if err != nil || st.Outcome != tt.want {
				t.Fatalf("Banned(%v, %v, %s) = %v, %v; want %v", tt.c, tt.d, on.Format(time.DateOnly), st.Outcome, err, tt.want)
			}
			b := string(roundTrip(t, "BanStatus "+tt.name, st))
			if want := `{"outcome":"` + tt.want.String() + `"`; !strings.HasPrefix(b, want) {
				t.Errorf("BanStatus JSON %s does not start with %s", clip(b), want)
			}
			if got := strings.Contains(b, `"measure":`); got != tt.measure {
				t.Errorf("BanStatus JSON %s: has \"measure\" = %v, want %v", clip(b), got, tt.measure)
			}
			if got := strings.Contains(b, `"findings":`); got != tt.findings {
				t.Errorf("BanStatus JSON %s: has \"findings\" = %v, want %v", clip(b), got, tt.findings)
			}
		})
	}
}
