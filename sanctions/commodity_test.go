package sanctions

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCommodityWithin(t *testing.T) {
	tests := []struct {
		c, p Commodity
		want bool
	}{
		{Iron, IronSteelAndOtherMetals, true},
		{Copper, IronSteelAndOtherMetals, true},
		{Gold, IronSteelAndOtherMetals, false},
		{Silver, IronSteelAndOtherMetals, false},
		{IronOre, IronSteelAndOtherMetals, false},
		{IronSteelAndOtherMetals, Iron, false},
		{Machinery, IndustrialMachinery, true},
		{ElectricalEquipment, IndustrialMachinery, true},
		{NewVessels, TransportationVehicles, true},
		{NewHelicopters, Helicopters, true},
		{Vessels, NewVessels, false},
		{SmallArmsAndLightWeapons, Arms, true},
		{Yachts, LuxuryGoods, true},
		{Coal, Coal, true},
		{UnknownCommodity, UnknownCommodity, false},
		{Coal, UnknownCommodity, false},
	}
	for _, tt := range tests {
		if got := tt.c.Within(tt.p); got != tt.want {
			t.Errorf("%v.Within(%v) = %v, want %v", tt.c, tt.p, got, tt.want)
		}
	}
	for _, c := range Commodities() {
		// The hierarchy has no cycles: walking up ends within a few steps.
		n := 0
		for x := c; x != UnknownCommodity; x = x.Parent() {
			if n++; n > 5 {
				t.Fatalf("%v: the parent chain does not end", c)
			}
		}
	}
}

func TestExemptionAppliesTo(t *testing.T) {
	rajin := Exemption{Text: "Rajin transit", Commodities: []Commodity{Coal}}
	any := Exemption{Text: "livelihood"}
	tests := []struct {
		e    Exemption
		c    Commodity
		want bool
	}{
		{rajin, Coal, true},
		{rajin, IronOre, false},
		{rajin, Iron, false},
		{rajin, UnknownCommodity, true},
		{any, IronOre, true},
		{Exemption{Commodities: []Commodity{Vessels}}, NewVessels, true},
		{Exemption{Commodities: []Commodity{NewVessels}}, Vessels, true},
	}
	for _, tt := range tests {
		if got := tt.e.AppliesTo(tt.c); got != tt.want {
			t.Errorf("Exemption%v.AppliesTo(%v) = %v, want %v", tt.e.Commodities, tt.c, got, tt.want)
		}
	}
	// In the data: iron ore under 2371 gets no Rajin exemption, coal does.
	r := DPRK()
	for _, tt := range []struct {
		hs   string
		want int
	}{{"2701", 1}, {"2601111000", 0}} {
		fs, _ := r.Screen(Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode(tt.hs)})
		i := slices.IndexFunc(fs, func(f Finding) bool { return f.MeasureID == "2371/OP8" })
		if i < 0 || len(fs[i].Exemptions) != tt.want {
			t.Errorf("Screen(HS %s) 2371/OP8 finding %v: want %d exemptions", tt.hs, fs, tt.want)
		}
	}
}

// TestHeadingInferences: every entry is marked as the library's inference
// and none names goods whose measures all have verified codes.
func TestHeadingInferences(t *testing.T) {
	verifiedOnly := []Commodity{FoodAndAgriculturalProducts, Machinery, ElectricalEquipment, EarthAndStone, Wood, RefinedPetroleum, CrudeOil, CondensatesAndNGL}
	seen := map[string]bool{}
	for _, h := range HeadingInferences() {
		if h.Verified != InferredFromHeading || h.Heading == "" || h.Wording == "" || h.Code.IsZero() || h.Commodity == UnknownCommodity {
			t.Errorf("%+v: incomplete or not marked as an inference", h)
		}
		if slices.Contains(verifiedOnly, h.Commodity) {
			t.Errorf("%+v: an inference for goods with verified codes", h)
		}
		key := h.Commodity.String() + h.Code.String()
		if seen[key] {
			t.Errorf("duplicate inference %v %v", h.Commodity, h.Code)
		}
		seen[key] = true
	}
	a := HeadingInferences()
	a[0].Heading = "changed"
	if HeadingInferences()[0].Heading == "changed" {
		t.Error("HeadingInferences shares its slice")
	}
}

// TestTimelineWorkers: the labour measures in date order, with 2397's
// deadlines.
func TestTimelineWorkers(t *testing.T) {
	var got []string
	for _, e := range DPRK().TimelineOf(Filter{Direction: Labour}) {
		got = append(got, e.Date.Format(time.DateOnly)+" "+e.MeasureID+" "+e.Change.String())
	}
	want := []string{
		"2017-08-05 2371/OP11 adopted",
		"2017-09-11 2375/OP17 adopted",
		"2017-12-15 2375/OP17 deadline",
		"2017-12-22 2397/OP8 adopted",
		"2019-03-22 2397/OP8 deadline",
		"2019-12-22 2397/OP8 deadline",
		"2020-03-22 2397/OP8 deadline",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TimelineOf(Labour) (-want +got):\n%s", diff)
	}
}

// TestTimelineLapseAndSupersededPeriod: 2375's crude cap lapses after its
// fixed period; its refined cap's 2018 period, superseded the day it would
// start, never appears as starting.
func TestTimelineLapseAndSupersededPeriod(t *testing.T) {
	r := DPRK()
	var got []string
	for _, e := range r.TimelineOf(Filter{Kind: SupplyCap}) {
		got = append(got, e.Date.Format(time.DateOnly)+" "+e.MeasureID+" "+e.Change.String())
	}
	want := []string{
		"2017-09-11 2375/OP14 adopted",
		"2017-09-11 2375/OP15 adopted",
		"2017-10-01 2375/OP14 cap period starts",
		"2017-12-22 2397/OP4 adopted",
		"2017-12-22 2397/OP5 adopted",
		"2018-01-01 2397/OP5 cap period starts",
		"2018-01-01 2375/OP14 superseded",
		"2018-09-11 2375/OP15 lapsed",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TimelineOf(SupplyCap) (-want +got):\n%s", diff)
	}
}

// TestScreenPeriodChanges: a period record lists the changes it straddles.
func TestScreenPeriodChanges(t *testing.T) {
	r := DPRK()
	change := func(tr Trade, id string) []string {
		fs, err := r.Screen(tr)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.MeasureID == id {
				var out []string
				for _, e := range f.Changes {
					out = append(out, e.Date.Format(time.DateOnly)+" "+e.Change.String())
				}
				return out
			}
		}
		t.Fatalf("Screen(%+v): no finding for %s in %v", tr, id, fs)
		return nil
	}
	tests := []struct {
		name string
		tr   Trade
		id   string
		want []string
	}{
		{"August 2017 seafood straddles 2371's adoption",
			Trade{Date: day(2017, time.August, 1), Precision: PrecisionMonth, Direction: DPRKExports, Commodity: Seafood}, "2371/OP9",
			[]string{"2017-08-05 adopted"}},
		{"December 2017 textiles straddle the end of 2375's window",
			Trade{Date: day(2017, time.December, 1), Precision: PrecisionMonth, Direction: DPRKExports, Commodity: Textiles}, "2375/OP16",
			[]string{"2017-12-11 transition ends"}},
		{"2017 coal straddles the 2017 cap's adoption-year boundary and its supersession",
			Trade{Date: day(2017, time.January, 1), Precision: PrecisionYear, Direction: DPRKExports, Commodity: Coal}, "2321/OP26",
			[]string{"2017-08-05 superseded"}},
		{"2018 crude straddles 2397's 12-month boundary and 2375's lapse",
			Trade{Date: day(2018, time.January, 1), Precision: PrecisionYear, Direction: SupplyToDPRK, Commodity: CrudeOil}, "2397/OP4",
			[]string{"2018-12-22 cap period starts"}},
		{"a day record has no changes",
			Trade{Date: day(2017, time.August, 5), Direction: DPRKExports, Commodity: Seafood}, "2371/OP9", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, change(tt.tr, tt.id)); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHeadingInferencesMatchHSData: each inference quotes its heading as
// the HS reference data holds it (UN Comtrade's HS 2022 descriptor), so the
// hand-copied table cannot drift from the HS data.
func TestHeadingInferencesMatchHSData(t *testing.T) {
	for _, h := range HeadingInferences() {
		e, ok := LookupHS(h.Code)
		d := e.Deepest()
		if !ok || d.Code != h.Code {
			t.Errorf("LookupHS(%s) = %v, %v: the inference's code is not in the HS data", h.Code, d.Code, ok)
			continue
		}
		if got := d.Descriptor.Text; got != h.Heading {
			t.Errorf("inference %v %s heading %q, HS data %q", h.Commodity, h.Code, h.Heading, got)
		}
	}
}
