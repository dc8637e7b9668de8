package sanctions

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// jsonFuzzTypes are the types FuzzUnmarshalJSON decodes, by its first
// argument modulo their number.
func jsonFuzzNew(kind uint8) any {
	switch kind % 17 {
	case 16:
		return new(BanStatus)
	case 14:
		return new(ComtradeRecord)
	case 15:
		return new(HSEntry)
	case 12:
		return new(Trade)
	case 13:
		return new(Usage)
	case 0:
		return new(Measure)
	case 1:
		return new(Regime)
	case 2:
		return new(RevenueEstimate)
	case 3:
		return new(Finding)
	case 4:
		return new(Cap)
	case 5:
		return new(Quantity)
	case 6:
		return new(Period)
	case 7:
		return new(Resolution)
	case 8:
		return new(Paragraph)
	case 9:
		return new(HSScope)
	case 10:
		return new(Event)
	}
	return new(Number)
}

// FuzzUnmarshalJSON decodes fuzzed JSON into the package's value types:
// no panic, and whatever decodes marshals and decodes again to the same
// value, with the same bytes.
func FuzzUnmarshalJSON(f *testing.F) {
	r := DPRK()
	// A small regime: the whole one is too large a seed for the mutator.
	var two []Measure
	for m := range r.All() {
		if len(two) < 2 {
			two = append(two, m)
		}
	}
	b, _ := json.Marshal(struct {
		Measures []Measure `json:"measures"`
	}{two})
	f.Add(uint8(1), b)
	for m := range r.All() {
		b, _ := json.Marshal(m)
		f.Add(uint8(0), b)
		for _, c := range m.Caps {
			b, _ := json.Marshal(c)
			f.Add(uint8(4), b)
		}
		for _, s := range m.HS {
			b, _ := json.Marshal(s)
			f.Add(uint8(9), b)
		}
	}
	for _, e := range RevenueEstimates() {
		b, _ := json.Marshal(e)
		f.Add(uint8(2), b)
		b, _ = json.Marshal(e.Share)
		f.Add(uint8(11), b)
	}
	fs, _ := r.Screen(Trade{Date: day(2017, time.January, 1), Precision: PrecisionYear, Direction: DPRKExports, HS: MustParseHSCode("610910")})
	for _, c := range []Commodity{Coal, Gold, TransportationVehicles} {
		st, _ := r.Banned(c, DPRKExports, day(2018, time.January, 1))
		b, _ := json.Marshal(st)
		f.Add(uint8(16), b)
	}
	for _, x := range fs {
		b, _ := json.Marshal(x)
		f.Add(uint8(3), b)
		for _, e := range x.Changes {
			b, _ := json.Marshal(e)
			f.Add(uint8(10), b)
		}
	}
	tb, _ := json.Marshal(Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("030389"), Quantity: MustQuantity("41000", Kilogram)})
	f.Add(uint8(12), tb)
	ub, _ := json.Marshal(Usage{First: day(2017, time.January, 1), Last: day(2017, time.December, 31), AsOf: day(2017, time.June, 1),
		Limits: []LimitUsage{{Limit: Limit{Quantity: MustQuantity("7500000", MetricTon)}, Thresholds: []Threshold{{Percent: 75, Reached: day(2017, time.May, 1)}}}}})
	f.Add(uint8(13), ub)
	cb, _ := json.Marshal(ComtradeRecord{FreqCode: "M", Period: "201710", ReporterCode: 156, PartnerCode: ComtradeDPRK, FlowCode: "M",
		ClassificationCode: "H5", CmdCode: "030389", QtyUnitCode: 8, IsReported: ComtradeTrue})
	f.Add(uint8(14), cb)
	e, _ := LookupHS(MustParseHSCode("9301"))
	eb, _ := json.Marshal(e)
	f.Add(uint8(15), eb)
	for _, s := range []string{`{"value":"1e9","unit":"barrel"}`, `{"value":"-0.5","unit":"kilogram"}`, `{"kind":"fixed period","start":"2017-02-29"}`,
		`{"number":8,"label":"8"}`, `null`, `{}`, `[]`, `{"number":1e400}`, `{"adopted":"0000-01-01","number":-1}`, `{"measures":null}`,
		`{"measures":[{"id":"","resolution":{"number":0},"verified":"no","paragraph_verified":"no"}]}`, "\x00", `{"value":"` + "9999999999999999999999999999999999999999999999999999999999999" + `","unit":"ton"}`} {
		for k := uint8(0); k < 17; k++ {
			f.Add(k, []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		v := jsonFuzzNew(kind)
		if err := json.Unmarshal(data, v); err != nil {
			return
		}
		b1, err := json.Marshal(v)
		if err != nil {
			// A decoded value may hold what cannot be written (a decimal
			// with a huge exponent is refused on both sides, so this is a
			// bug).
			t.Fatalf("decoded %T from %q but cannot marshal it: %v", v, data, err)
		}
		w := jsonFuzzNew(kind)
		if err := json.Unmarshal(b1, w); err != nil {
			t.Fatalf("cannot decode %s, written from %q: %v", b1, data, err)
		}
		if _, ok := v.(*Regime); !ok {
			if diff := cmp.Diff(v, w, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("round trip of %q (-first +second):\n%s", data, diff)
			}
		}
		b2, err := json.Marshal(w)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("marshalling twice differs: %s vs %s (%v)", b1, b2, err)
		}
	})
}
