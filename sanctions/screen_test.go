package sanctions

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func TestScreen(t *testing.T) {
	type f struct {
		ID           string
		Outcome      Outcome
		Match        Match
		InTransition bool
		Exemptions   int
	}
	const cov, und = Covered, Undetermined
	tests := []struct {
		name  string
		trade Trade
		want  []f
	}{
		{
			name:  "coal by HS after the full ban: 2371 covers it, 2270's coal ban (no HS codes) may",
			trade: Trade{Date: day(2017, time.October, 1), Direction: DPRKExports, HS: MustParseHSCode("270112")},
			want:  []f{{"2371/OP8", cov, HSWithin, false, 1}, {"2270/OP29", und, HeadingInferred, false, 2}},
		},
		{
			name:  "coal by HS in January 2017: undetermined, not clean",
			trade: Trade{Date: day(2017, time.January, 15), Direction: DPRKExports, HS: MustParseHSCode("2701")},
			want:  []f{{"2270/OP29", und, HeadingInferred, false, 2}, {"2321/OP26", und, HeadingInferred, false, 1}},
		},
		{
			name:  "coal by commodity under 2270 and 2321: both, with exemptions to check",
			trade: Trade{Date: day(2017, time.March, 1), Direction: DPRKExports, Commodity: Coal},
			want:  []f{{"2270/OP29", cov, ByCommodity, false, 2}, {"2321/OP26", cov, ByCommodity, false, 1}},
		},
		{
			name:  "coal by HS and commodity after 2371: one finding per measure, covered wins",
			trade: Trade{Date: day(2017, time.October, 1), Direction: DPRKExports, HS: MustParseHSCode("2701"), Commodity: Coal},
			want:  []f{{"2371/OP8", cov, HSWithin, false, 1}, {"2270/OP29", cov, ByCommodity, false, 2}},
		},
		{
			name:  "iron ore inside 2371's 30-day window: the Rajin exemption is for coal only",
			trade: Trade{Date: day(2017, time.September, 4), Direction: DPRKExports, HS: MustParseHSCode("2601111000")},
			want:  []f{{"2371/OP8", cov, HSWithin, true, 0}, {"2270/OP29", und, HeadingInferred, false, 1}},
		},
		{
			name:  "iron ore after the window",
			trade: Trade{Date: day(2017, time.September, 5), Direction: DPRKExports, HS: MustParseHSCode("2601111000")},
			want:  []f{{"2371/OP8", cov, HSWithin, false, 0}, {"2270/OP29", und, HeadingInferred, false, 1}},
		},
		{
			name:  "agglomerated iron ore: China's list is cut off, so undetermined",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("260112")},
			want:  []f{{"2270/OP29", und, HeadingInferred, false, 1}, {"2371/OP8", und, HeadingInferred, false, 0}},
		},
		{
			name:  "iron by HS: no verified codes for iron, chapter 72 is headed iron and steel",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("7201")},
			want:  []f{{"2270/OP29", und, HeadingInferred, false, 1}, {"2371/OP8", und, HeadingInferred, false, 0}},
		},
		{
			name:  "textiles inside 2375's window",
			trade: Trade{Date: day(2017, time.December, 11), Direction: DPRKExports, Commodity: Textiles},
			want:  []f{{"2375/OP16", cov, ByCommodity, true, 0}},
		},
		{
			name:  "textiles after the window",
			trade: Trade{Date: day(2017, time.December, 12), Direction: DPRKExports, Commodity: Textiles},
			want:  []f{{"2375/OP16", cov, ByCommodity, false, 0}},
		},
		{
			name:  "apparel by HS in November 2017: undetermined under the textile ban",
			trade: Trade{Date: day(2017, time.November, 15), Direction: DPRKExports, HS: MustParseHSCode("6204")},
			want:  []f{{"2375/OP16", und, HeadingInferred, true, 0}},
		},
		{
			name:  "textiles the day before 2375",
			trade: Trade{Date: day(2017, time.September, 10), Direction: DPRKExports, Commodity: Textiles},
		},
		{
			name:  "aviation fuel to the DPRK: exempt for civilian flights, caller checks",
			trade: Trade{Date: day(2016, time.June, 1), Direction: SupplyToDPRK, Commodity: AviationFuel},
			want:  []f{{"2270/OP31", cov, ByCommodity, false, 2}},
		},
		{
			name:  "HS 2709000000 to the DPRK: crude caps and the condensate ban",
			trade: Trade{Date: day(2018, time.March, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("2709000000")},
			want:  []f{{"2375/OP13", cov, HSWithin, false, 0}, {"2375/OP15", cov, HSWithin, false, 1}, {"2397/OP4", cov, HSWithin, false, 1}},
		},
		{
			name:  "crude oil after 2375's crude cap lapsed",
			trade: Trade{Date: day(2018, time.October, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("2709")},
			want:  []f{{"2375/OP13", und, HSBroader, false, 0}, {"2397/OP4", cov, HSWithin, false, 1}},
		},
		{
			name:  "HS 27 to the DPRK: broader than every petroleum scope, and than aviation fuel's heading",
			trade: Trade{Date: day(2017, time.November, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("27")},
			want: []f{
				{"2375/OP13", und, HSBroader, false, 0}, {"2375/OP14", und, HSBroader, false, 1}, {"2375/OP15", und, HSBroader, false, 1},
				{"2270/OP31", und, HeadingInferred, false, 2},
			},
		},
		{
			name:  "refined petroleum in 2018: 2397's cap, 2375's superseded; aviation fuel may be in 2710",
			trade: Trade{Date: day(2018, time.January, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("271019")},
			want:  []f{{"2397/OP5", cov, HSWithin, false, 1}, {"2270/OP31", und, HeadingInferred, false, 2}},
		},
		{
			name:  "machinery from the DPRK inside 2397's window",
			trade: Trade{Date: day(2018, time.January, 21), Direction: DPRKExports, HS: MustParseHSCode("847130")},
			want:  []f{{"2397/OP6", cov, HSWithin, true, 0}},
		},
		{
			name:  "machinery to the DPRK: 2397 OP7 by Singapore's mapping",
			trade: Trade{Date: day(2018, time.January, 21), Direction: SupplyToDPRK, HS: MustParseHSCode("847130")},
			want:  []f{{"2397/OP7", cov, HSWithin, false, 1}},
		},
		{
			name:  "iron supplied to the DPRK in 2018, by commodity: within iron, steel and other metals",
			trade: Trade{Date: day(2018, time.January, 1), Direction: SupplyToDPRK, Commodity: Iron},
			want:  []f{{"2397/OP7", cov, CommodityWithin, false, 1}},
		},
		{
			name:  "transportation vehicles from the DPRK: vessels within them are banned, so undetermined",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, Commodity: TransportationVehicles},
			want:  []f{{"2397/OP6", und, CommodityBroader, false, 0}},
		},
		{
			name:  "military weapons to the DPRK in 2010: arms embargoes without HS codes, chapter 93 names arms",
			trade: Trade{Date: day(2010, time.January, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("9301")},
			want:  []f{{"1718/OP8(a)(i)-(ii)", und, HeadingInferred, false, 0}, {"1874/OP10", und, HeadingInferred, false, 2}},
		},
		{
			name:  "a passenger car to the DPRK in 2014: luxury or not cannot be read from HS 8703",
			trade: Trade{Date: day(2014, time.January, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("870323")},
			want:  []f{{"1718/OP8(a)(iii)", und, HeadingInferred, false, 0}, {"2094/OP23", und, HeadingInferred, false, 0}},
		},
		{
			name:  "yachts by commodity: within luxury goods",
			trade: Trade{Date: day(2018, time.January, 1), Direction: SupplyToDPRK, Commodity: Yachts},
			want:  []f{{"1718/OP8(a)(iii)", cov, CommodityWithin, false, 0}, {"2094/OP23", cov, CommodityWithin, false, 0}},
		},
		{
			name:  "a trade no measure covers",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("300490")},
		},
		{
			name:  "seafood by HS code: no verified codes, chapter 03 names the goods",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("0302")},
			want:  []f{{"2371/OP9", und, HeadingInferred, false, 0}},
		},
		{
			name:  "seafood by HS code before 2371: clean",
			trade: Trade{Date: day(2017, time.August, 4), Direction: DPRKExports, HS: MustParseHSCode("0303")},
		},
		{
			name:  "seafood by commodity",
			trade: Trade{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("0302"), Commodity: Seafood},
			want:  []f{{"2371/OP9", cov, ByCommodity, false, 0}},
		},
		{
			name:  "a month straddling 2371's adoption: the seafood ban is in force in part of it",
			trade: Trade{Date: day(2017, time.August, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("0303")},
			want:  []f{{"2371/OP9", und, HeadingInferred, false, 0}},
		},
		{
			name:  "the year 2017 of textiles: 2375's window overlaps it",
			trade: Trade{Date: day(2017, time.January, 1), Precision: PrecisionYear, Direction: DPRKExports, Commodity: Textiles},
			want:  []f{{"2375/OP16", cov, ByCommodity, true, 0}},
		},
		{
			name:  "the month before 2375: no textile ban yet",
			trade: Trade{Date: day(2017, time.August, 1), Precision: PrecisionMonth, Direction: DPRKExports, Commodity: Textiles},
		},
	}
	r := DPRK()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := r.Screen(tt.trade)
			if err != nil {
				t.Fatalf("Screen = %v", err)
			}
			var got []f
			for _, x := range fs {
				got = append(got, f{x.MeasureID, x.Outcome, x.Match, x.InTransition, len(x.Exemptions)})
				if x.Reason == "" || x.Citation == "" {
					t.Errorf("finding %s has no reason or citation", x.MeasureID)
				}
				if x.Outcome == Undetermined && x.Action == "" {
					t.Errorf("undetermined finding %s says nothing about what to check", x.MeasureID)
				}
				if (x.Match == HeadingInferred) != (x.Inference.Verified == InferredFromHeading) || (x.Match == HeadingInferred) != (x.Origin == HeadingText) {
					t.Errorf("finding %s: match %v with inference %+v, origin %v", x.MeasureID, x.Match, x.Inference, x.Origin)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Screen(%+v) (-want +got):\n%s", tt.trade, diff)
			}
			want := Clean
			for _, x := range tt.want {
				if want != Covered {
					want = x.Outcome
				}
			}
			if o := OutcomeOf(fs); o != want {
				t.Errorf("OutcomeOf = %v, want %v", o, want)
			}
		})
	}
}

func TestScreenFindingDetail(t *testing.T) {
	fs, err := DPRK().Screen(Trade{Date: day(2017, time.December, 1), Direction: DPRKExports, Commodity: Textiles})
	if err != nil || len(fs) != 1 {
		t.Fatalf("Screen = %v, %v", fs, err)
	}
	want := Finding{
		MeasureID: "2375/OP16", Citation: "S/RES/2375 (2017), OP 16", Kind: ExportBan, Outcome: Covered, Match: ByCommodity,
		Commodity: Textiles, InTransition: true, TransitionLastDay: day(2017, time.December, 11), Verified: VerifiedPartly,
		Reason: "textiles named by S/RES/2375 (2017), OP 16; banned; inside the transition window to 2017-12-11: allowed only under a contract finalized before adoption",
		Action: "check that the trade is under a contract finalized before adoption",
	}
	if diff := cmp.Diff(want, fs[0]); diff != "" {
		t.Errorf("finding (-want +got):\n%s", diff)
	}
	// The finding's exemptions are the caller's copy.
	fs, _ = DPRK().Screen(Trade{Date: day(2016, time.June, 1), Direction: SupplyToDPRK, Commodity: AviationFuel})
	fs[0].Exemptions[0].Text = "changed"
	m, _ := DPRK().Measure("2270/OP31")
	if m.Exemptions[0].Text == "changed" {
		t.Error("a finding shares its exemptions with the regime")
	}
}

func TestScreenBadTrade(t *testing.T) {
	good := Trade{Date: day(2018, time.January, 1), Direction: DPRKExports, HS: MustParseHSCode("2701")}
	with := func(f func(*Trade)) Trade { t := good; f(&t); return t }
	tests := []struct {
		name  string
		trade Trade
		field string
	}{
		{"no date", with(func(t *Trade) { t.Date = time.Time{} }), "Trade.Date"},
		{"no direction", with(func(t *Trade) { t.Direction = UnknownDirection }), "Trade.Direction"},
		{"labour direction", with(func(t *Trade) { t.Direction = Labour }), "Trade.Direction"},
		{"no goods", with(func(t *Trade) { t.HS = HSCode{} }), "Trade.HS"},
		{"commodity out of range", with(func(t *Trade) { t.Commodity = 250 }), "Trade.Commodity"},
		{"negative quantity", with(func(t *Trade) { t.Quantity = MustQuantity("-1", MetricTon) }), "Trade.Quantity"},
		{"quantity without unit", with(func(t *Trade) { t.Quantity = Quantity{Value: decimal.NewFromInt(5)} }), "Trade.Quantity.Unit"},
		{"negative value", with(func(t *Trade) { t.Value = currency.MustNewAmount("-5", currency.USD) }), "Trade.Value"},
	}
	r := DPRK()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := r.Screen(tt.trade)
			var fe *FieldError
			if !errors.Is(err, ErrInvalidTrade) || !errors.As(err, &fe) || fe.Field != tt.field || fs != nil {
				t.Fatalf("Screen(%s) = %v, %v; want a *FieldError on %s wrapping ErrInvalidTrade", tt.name, fs, err, tt.field)
			}
		})
	}
}

// TestScreenNoFindingAllocs: a trade no measure covers allocates nothing,
// for a day or a period, by HS code or by commodity.
func TestScreenNoFindingAllocs(t *testing.T) {
	r := DPRK()
	for _, tr := range []Trade{
		{Date: day(2018, time.March, 1), Direction: DPRKExports, HS: MustParseHSCode("300490"), Quantity: MustQuantity("10", MetricTon)},
		{Date: day(2018, time.March, 1), Precision: PrecisionYear, Direction: SupplyToDPRK, HS: MustParseHSCode("0901")},
		{Date: day(2016, time.January, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("0303"), Commodity: Seafood},
	} {
		if n := testing.AllocsPerRun(100, func() {
			if fs, err := r.Screen(tr); fs != nil || err != nil {
				t.Fatal(fs, err)
			}
		}); n != 0 {
			t.Errorf("Screen(%+v) of an uncovered trade: %v allocs, want 0", tr, n)
		}
	}
}

// FuzzScreen: any trade either fails validation with a *FieldError or is
// screened without panicking into findings that each have a citation, a
// reason and an outcome of Covered or Undetermined, with an action when
// undetermined.
func FuzzScreen(f *testing.F) {
	f.Add(int64(17500), uint8(0), uint8(1), "0303", uint8(0))
	f.Add(int64(17400), uint8(2), uint8(2), "27", uint8(21))
	f.Add(int64(-999999), uint8(3), uint8(5), "2.7", uint8(200))
	f.Add(int64(12000), uint8(9), uint8(1), "", uint8(31))
	r := DPRK()
	f.Fuzz(func(t *testing.T, days int64, prec, dir uint8, code string, c uint8) {
		if days < -1_000_000 || days > 1_000_000 {
			return
		}
		tr := Trade{Date: dayTime(days), Precision: Precision(prec), Direction: Direction(dir), Commodity: Commodity(c)}
		if code != "" {
			hc, err := ParseHSCode(code)
			if err != nil {
				return
			}
			tr.HS = hc
		}
		fs, err := r.Screen(tr)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidTrade) || fs != nil {
				t.Fatalf("Screen(%+v) = %v, %v", tr, fs, err)
			}
			return
		}
		for _, x := range fs {
			if x.Citation == "" || x.Reason == "" || (x.Outcome != Covered && x.Outcome != Undetermined) || (x.Outcome == Undetermined && x.Action == "") {
				t.Fatalf("Screen(%+v): bad finding %+v", tr, x)
			}
		}
	})
}
