package sanctions

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func ids(ms []Measure) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestInForce(t *testing.T) {
	r2270 := []string{"2270/OP29", "2270/OP30", "2270/OP31"}
	r2321 := []string{"2321/OP26", "2321/OP28", "2321/OP29"}
	r2321after := []string{"2321/OP28", "2321/OP29"}
	r2371 := []string{"2371/OP8", "2371/OP9", "2371/OP10", "2371/OP11", "2371/OP12"}
	r2375 := []string{"2375/OP13", "2375/OP14", "2375/OP15", "2375/OP16", "2375/OP17", "2375/OP18"}
	r2375after := []string{"2375/OP13", "2375/OP15", "2375/OP16", "2375/OP17", "2375/OP18"}
	r2375lapsed := []string{"2375/OP13", "2375/OP16", "2375/OP17", "2375/OP18"}
	r2397 := []string{"2397/OP4", "2397/OP5", "2397/OP6", "2397/OP6-fishing", "2397/OP7", "2397/OP8"}
	cat := func(parts ...[]string) []string { return slices.Concat(parts...) }
	tests := []struct {
		name string
		on   time.Time
		want []string
	}{
		{"before 2270", day(2016, time.March, 1), nil},
		{"2270 adopted", day(2016, time.March, 2), r2270},
		{"before 2321", day(2016, time.November, 29), r2270},
		{"2321 adopted", day(2016, time.November, 30), cat(r2270, r2321)},
		{"before 2371", day(2017, time.August, 4), cat(r2270, r2321)},
		{"2371 adopted: 2321's coal cap stops", day(2017, time.August, 5), cat(r2270, r2321after, r2371)},
		{"end of 2371 OP8 window", day(2017, time.September, 4), cat(r2270, r2321after, r2371)},
		{"before 2375", day(2017, time.September, 10), cat(r2270, r2321after, r2371)},
		{"2375 adopted", day(2017, time.September, 11), cat(r2270, r2321after, r2371, r2375)},
		{"end of 2375 OP16 window", day(2017, time.December, 11), cat(r2270, r2321after, r2371, r2375)},
		{"before 2397", day(2017, time.December, 21), cat(r2270, r2321after, r2371, r2375)},
		{"2397 adopted", day(2017, time.December, 22), cat(r2270, r2321after, r2371, r2375, r2397)},
		{"last day of 2375's refined cap", day(2017, time.December, 31), cat(r2270, r2321after, r2371, r2375, r2397)},
		{"2397 OP5 takes over", day(2018, time.January, 1), cat(r2270, r2321after, r2371, r2375after, r2397)},
		{"end of 2375 OP18 window", day(2018, time.January, 9), cat(r2270, r2321after, r2371, r2375after, r2397)},
		{"end of 2397 OP6 window", day(2018, time.January, 21), cat(r2270, r2321after, r2371, r2375after, r2397)},
		{"last day of 2375's crude cap", day(2018, time.September, 10), cat(r2270, r2321after, r2371, r2375after, r2397)},
		{"2375's crude cap has lapsed", day(2018, time.September, 11), cat(r2270, r2321after, r2371, r2375lapsed, r2397)},
		{"repatriation deadline", day(2019, time.December, 22), cat(r2270, r2321after, r2371, r2375lapsed, r2397)},
	}
	first := map[string]bool{}
	for _, id := range cat(r2270, r2321, r2371, r2375, r2397) {
		first[id] = true
	}
	r := DPRK()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The measures of the first compilation; TestInForceAll has the rest.
			var got []string
			for _, id := range ids(r.InForce(tt.on)) {
				if first[id] {
					got = append(got, id)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("InForce(%s) (-want +got):\n%s", tt.on.Format("2006-01-02"), diff)
			}
		})
	}
}

// TestInForceAll: on 1 January 2010 the measures of 1718 and 1874 were in
// force, and nothing later.
func TestInForceAll(t *testing.T) {
	want := []string{
		"1718/OP8(a)(i)-(ii)", "1718/OP8(a)(iii)", "1718/OP8(b)", "1718/OP8(d)", "1718/cargo-inspection", "1718/reporting",
		"1874/OP9", "1874/OP10", "1874/OP11", "1874/OP12", "1874/OP13", "1874/OP17", "1874/OP23", "1874/cargo-seizure", "1874/financial",
	}
	if diff := cmp.Diff(want, ids(DPRK().InForce(day(2010, time.January, 1)))); diff != "" {
		t.Errorf("InForce(2010-01-01) (-want +got):\n%s", diff)
	}
	if got := DPRK().InForce(day(2006, time.October, 13)); len(got) != 0 {
		t.Errorf("InForce(2006-10-13) = %v, want none", ids(got))
	}
}

// TestInForceTimeOfDay: the calendar day of the time, in its own zone,
// decides; a time of day never moves it.
func TestInForceTimeOfDay(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	r := DPRK()
	// 2017-08-05 00:30 in Seoul is 2017-08-04 in UTC; the day is the 5th.
	on := time.Date(2017, time.August, 5, 0, 30, 0, 0, seoul)
	if !slices.Contains(ids(r.InForce(on)), "2371/OP8") {
		t.Errorf("InForce(%v) lacks 2371/OP8: the calendar day in the time's zone is adoption day", on)
	}
	late := time.Date(2017, time.August, 4, 23, 59, 0, 0, time.UTC)
	if slices.Contains(ids(r.InForce(late)), "2371/OP8") {
		t.Errorf("InForce(%v) has 2371/OP8 the day before adoption", late)
	}
}

func TestInTransition(t *testing.T) {
	r := DPRK()
	tests := []struct {
		id   string
		c    Commodity
		on   time.Time
		want bool
	}{
		{"2371/OP8", IronOre, day(2017, time.August, 4), false},
		{"2371/OP8", IronOre, day(2017, time.August, 5), true},
		{"2371/OP8", IronOre, day(2017, time.September, 4), true},
		{"2371/OP8", IronOre, day(2017, time.September, 5), false},
		{"2371/OP8", Coal, day(2017, time.August, 10), false},
		// The window names iron and iron ore: goods of no known commodity
		// are not said to be in it (the doc says what that false means).
		{"2371/OP8", UnknownCommodity, day(2017, time.August, 10), false},
		{"2375/OP16", Textiles, day(2017, time.December, 11), true},
		{"2375/OP16", Textiles, day(2017, time.December, 12), false},
		{"2375/OP16", UnknownCommodity, day(2017, time.December, 1), true},
		{"2375/OP18", UnknownCommodity, day(2018, time.January, 9), true},
		{"2375/OP18", UnknownCommodity, day(2018, time.January, 10), false},
		{"2397/OP6", Wood, day(2018, time.January, 21), true},
		{"2397/OP6", Wood, day(2018, time.January, 22), false},
		{"2397/OP7", IndustrialMachinery, day(2018, time.January, 2), false},
	}
	for _, tt := range tests {
		t.Run(tt.id+" "+tt.on.Format("2006-01-02"), func(t *testing.T) {
			m, ok := r.Measure(tt.id)
			if !ok {
				t.Fatalf("no measure %s", tt.id)
			}
			if got := m.InTransition(tt.c, tt.on); got != tt.want {
				t.Errorf("%s.InTransition(%v, %s) = %v, want %v", tt.id, tt.c, tt.on.Format("2006-01-02"), got, tt.want)
			}
		})
	}
}

func TestSupersededBy(t *testing.T) {
	r := DPRK()
	tests := []struct {
		id     string
		by     string
		from   time.Time
		wantOK bool
	}{
		{"2321/OP26", "2371/OP8", day(2017, time.August, 5), true},
		{"2375/OP14", "2397/OP5", day(2018, time.January, 1), true},
		{"2270/OP29", "", time.Time{}, false},
		{"2375/OP15", "", time.Time{}, false},
	}
	for _, tt := range tests {
		by, from, ok := r.SupersededBy(tt.id)
		if by != tt.by || !from.Equal(tt.from) || ok != tt.wantOK {
			t.Errorf("SupersededBy(%q) = %q, %v, %v; want %q, %v, %v", tt.id, by, from, ok, tt.by, tt.from, tt.wantOK)
		}
	}
}

func TestBanned(t *testing.T) {
	r := DPRK()
	tests := []struct {
		c       Commodity
		d       Direction
		on      time.Time
		outcome Outcome
		want    string // the covering ban
	}{
		{Coal, DPRKExports, day(2016, time.March, 1), Clean, ""},
		{Coal, DPRKExports, day(2016, time.March, 2), Covered, "2270/OP29"},
		{Coal, DPRKExports, day(2017, time.January, 15), Covered, "2270/OP29"},
		{Coal, DPRKExports, day(2017, time.August, 5), Covered, "2371/OP8"},
		{Coal, SupplyToDPRK, day(2018, time.January, 1), Clean, ""},
		{Textiles, DPRKExports, day(2017, time.September, 10), Clean, ""},
		{Textiles, DPRKExports, day(2017, time.September, 11), Covered, "2375/OP16"},
		{Seafood, DPRKExports, day(2017, time.August, 5), Covered, "2371/OP9"},
		{FishingRights, DPRKExports, day(2017, time.December, 22), Covered, "2397/OP6-fishing"},
		{RefinedPetroleum, SupplyToDPRK, day(2018, time.June, 1), Clean, ""}, // capped, not banned
		{CondensatesAndNGL, SupplyToDPRK, day(2017, time.September, 11), Covered, "2375/OP13"},
		{Wood, DPRKExports, day(2017, time.December, 31), Covered, "2397/OP6"},
		{IronSteelAndOtherMetals, SupplyToDPRK, day(2017, time.December, 22), Covered, "2397/OP7"},
		// The hierarchy is followed from a class down to what lies within
		// it, never up.
		{Iron, SupplyToDPRK, day(2018, time.January, 1), Covered, "2397/OP7"},
		{Iron, SupplyToDPRK, day(2017, time.December, 21), Clean, ""},
		{Copper, SupplyToDPRK, day(2018, time.January, 1), Covered, "2397/OP7"},
		{Gold, SupplyToDPRK, day(2018, time.January, 1), Clean, ""},
		{Machinery, SupplyToDPRK, day(2018, time.January, 1), Covered, "2397/OP7"},
		{Iron, DPRKExports, day(2018, time.January, 1), Covered, "2371/OP8"},
		// 2397 OP 6 names vessels, a class within transportation vehicles:
		// the goods may be banned, never "clean".
		{TransportationVehicles, DPRKExports, day(2018, time.January, 1), Undetermined, ""},
		{IronSteelAndOtherMetals, SupplyToDPRK, day(2018, time.January, 1), Covered, "2397/OP7"},
	}
	for _, tt := range tests {
		t.Run(tt.c.String()+" "+tt.d.String()+" "+tt.on.Format("2006-01-02"), func(t *testing.T) {
			st, err := r.Banned(tt.c, tt.d, tt.on)
			if err != nil || st.Outcome != tt.outcome || st.Measure.ID != tt.want {
				t.Errorf("Banned(%v, %v, %s) = %v %q, %v; want %v %q", tt.c, tt.d, tt.on.Format("2006-01-02"), st.Outcome, st.Measure.ID, err, tt.outcome, tt.want)
			}
			if (st.Outcome == Clean) != (st.Findings == nil) {
				t.Errorf("Banned(%v, %v, %s): outcome %v with %d findings", tt.c, tt.d, tt.on.Format("2006-01-02"), st.Outcome, len(st.Findings))
			}
		})
	}
	errs := []struct {
		name  string
		c     Commodity
		d     Direction
		on    time.Time
		field string
	}{
		{"unknown commodity", UnknownCommodity, DPRKExports, day(2018, time.January, 1), "Commodity"},
		{"out-of-range commodity", Commodity(200), DPRKExports, day(2018, time.January, 1), "Commodity"},
		{"both ways", Coal, BothWays, day(2018, time.January, 1), "Direction"},
		{"labour", Iron, Labour, day(2018, time.January, 1), "Direction"}, // not a direction goods move in
		{"zero day", Coal, DPRKExports, time.Time{}, "Date"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			st, err := r.Banned(tt.c, tt.d, tt.on)
			if !errors.Is(err, ErrInvalidTrade) || !strings.Contains(err.Error(), tt.field) || st.Outcome != UnknownOutcome {
				t.Errorf("Banned(%v, %v, %s) = %v, %v; want an ErrInvalidTrade naming %s", tt.c, tt.d, tt.on.Format("2006-01-02"), st.Outcome, err, tt.field)
			}
		})
	}
}

// TestBannedNarrowerBans pins down the cases where a ban names a narrower
// class than the commodity asked about: the goods may be banned, so Banned
// says undetermined, naming the narrower class, the cases its doc lists.
func TestBannedNarrowerBans(t *testing.T) {
	r := DPRK()
	tests := []struct {
		c       Commodity
		d       Direction
		on      time.Time
		want    string // the covering ban
		outcome Outcome
		named   Commodity // the narrower class of the undetermined findings
	}{
		{Arms, SupplyToDPRK, day(2006, time.October, 13), "", Clean, 0},
		{Arms, SupplyToDPRK, day(2006, time.October, 14), "", Undetermined, MajorConventionalArms},
		{Arms, DPRKExports, day(2009, time.June, 11), "", Undetermined, MajorConventionalArms},
		{Arms, SupplyToDPRK, day(2009, time.June, 12), "1874/OP10", Covered, 0},
		{Arms, DPRKExports, day(2009, time.June, 12), "1874/OP9", Covered, 0},
		{IronSteelAndOtherMetals, DPRKExports, day(2016, time.March, 1), "", Clean, 0},
		{IronSteelAndOtherMetals, DPRKExports, day(2016, time.March, 2), "", Undetermined, Iron},
		{IronSteelAndOtherMetals, DPRKExports, day(2018, time.June, 1), "", Undetermined, Iron},
		{Vessels, SupplyToDPRK, day(2016, time.November, 29), "", Clean, 0},
		{Vessels, SupplyToDPRK, day(2016, time.November, 30), "", Undetermined, NewVessels},
		{Helicopters, SupplyToDPRK, day(2017, time.December, 21), "", Undetermined, NewHelicopters},
		{TransportationVehicles, SupplyToDPRK, day(2017, time.June, 1), "", Undetermined, NewHelicopters},
		{Vessels, SupplyToDPRK, day(2017, time.December, 22), "2397/OP14", Covered, 0},
		{IndustrialMachinery, DPRKExports, day(2017, time.December, 21), "", Clean, 0},
		{IndustrialMachinery, DPRKExports, day(2017, time.December, 22), "", Undetermined, Machinery},
		{TransportationVehicles, DPRKExports, day(2017, time.December, 22), "", Undetermined, Vessels},
	}
	for _, tt := range tests {
		t.Run(tt.c.String()+" "+tt.d.String()+" "+tt.on.Format(time.DateOnly), func(t *testing.T) {
			st, err := r.Banned(tt.c, tt.d, tt.on)
			if err != nil || st.Outcome != tt.outcome || st.Measure.ID != tt.want {
				t.Fatalf("Banned(%v, %v, %s) = %v %q, %v; want %v %q", tt.c, tt.d, tt.on.Format(time.DateOnly), st.Outcome, st.Measure.ID, err, tt.outcome, tt.want)
			}
			if tt.outcome == Undetermined && (st.Findings[0].Commodity != tt.named || st.Findings[0].Match != CommodityBroader) {
				t.Errorf("Banned(%v, %v, %s)'s first finding names %v (%v), want %v (%v)", tt.c, tt.d, tt.on.Format(time.DateOnly), st.Findings[0].Commodity, st.Findings[0].Match, tt.named, CommodityBroader)
			}
		})
	}
}

// TestBannedAnswers checks what every answer of Banned holds, over every
// commodity, both directions of goods and the days of bannedHSDays: a
// Covered answer's Measure is a ban in force that day, in that direction,
// naming the commodity or a class it lies within; an Undetermined answer
// comes only from bans naming a narrower class (by commodity, nothing else
// is unknown); a Clean answer has no findings.
func TestBannedAnswers(t *testing.T) {
	r := DPRK()
	for c := Commodity(1); c < numCommodities; c++ {
		for _, d := range []Direction{DPRKExports, SupplyToDPRK} {
			for _, on := range bannedHSDays(r) {
				st, err := r.Banned(c, d, on)
				if err != nil {
					t.Fatalf("Banned(%v, %v, %s): %v", c, d, on.Format(time.DateOnly), err)
				}
				where := fmt.Sprintf("Banned(%v, %v, %s) = %v %q", c, d, on.Format(time.DateOnly), st.Outcome, st.Measure.ID)
				switch st.Outcome {
				case Covered:
					m := st.Measure
					names := slices.ContainsFunc(m.Commodities, func(mc Commodity) bool { return c == mc || c.Within(mc) })
					if !m.Kind.IsBan() || !names || (m.Direction != d && m.Direction != BothWays) || !slices.ContainsFunc(r.InForce(on), func(f Measure) bool { return f.ID == m.ID }) {
						t.Fatalf("%s: the measure is %v %v for %v, in force: %v", where, m.Kind, m.Direction, m.Commodities, slices.ContainsFunc(r.InForce(on), func(f Measure) bool { return f.ID == m.ID }))
					}
				case Undetermined:
					for _, f := range st.Findings {
						if f.Outcome == Undetermined && f.Match != CommodityBroader {
							t.Fatalf("%s: undetermined by %v (%s)", where, f.Match, f.MeasureID)
						}
					}
				case Clean:
					if st.Findings != nil {
						t.Fatalf("%s with %d findings", where, len(st.Findings))
					}
				default:
					t.Fatalf("%s: not one of the three answers", where)
				}
			}
		}
	}
}

// found is a finding as BannedHS tests compare it: the measure, how it
// was met, for which commodity, and its outcome.
type found struct {
	ID        string
	Match     Match
	Commodity Commodity
	Outcome   Outcome
}

func foundOf(fs []Finding) []found {
	var out []found
	for _, f := range fs {
		out = append(out, found{f.MeasureID, f.Match, f.Commodity, f.Outcome})
	}
	return out
}

func TestBannedHS(t *testing.T) {
	r := DPRK()
	tests := []struct {
		name    string
		code    string
		d       Direction
		on      time.Time
		outcome Outcome
		measure string  // the ban, when Covered
		bans    []found // the findings; nil to check only the outcome and measure
	}{
		{"frozen fish after 2371", "0303", DPRKExports, day(2017, time.October, 16), Undetermined, "",
			[]found{{"2371/OP9", HeadingInferred, Seafood, Undetermined}}},
		{"coal in 2018", "2701", DPRKExports, day(2018, time.March, 1), Covered, "2371/OP8",
			[]found{{"2371/OP8", HSWithin, Coal, Covered}, {"2270/OP29", HeadingInferred, Coal, Undetermined}}},
		{"chapter 27 in 2018", "27", DPRKExports, day(2018, time.March, 1), Undetermined, "", nil},
		{"pharmaceuticals before 1718", "3004", DPRKExports, day(2006, time.October, 13), Clean, "", nil},
		{"coal before 1718", "2701", DPRKExports, day(2006, time.October, 13), Clean, "", nil},
		{"pharmaceuticals in 2018", "300490", SupplyToDPRK, day(2018, time.March, 1), Clean, "", nil},
		{"coal on 2371's day", "270112", DPRKExports, day(2017, time.August, 5), Covered, "2371/OP8", nil},
		{"coal the day before 2371", "270112", DPRKExports, day(2017, time.August, 4), Undetermined, "",
			[]found{{"2270/OP29", HeadingInferred, Coal, Undetermined}}},
		{"iron ore tariff line", "2601111000", DPRKExports, day(2017, time.August, 5), Covered, "2371/OP8", nil},
		{"food on 2397's day", "0802", DPRKExports, day(2017, time.December, 22), Covered, "2397/OP6", nil},
		{"food the day before 2397", "0802", DPRKExports, day(2017, time.December, 21), Clean, "", nil},
		{"cars supplied", "8703", SupplyToDPRK, day(2018, time.March, 1), Covered, "2397/OP7", nil},
		{"computers exported", "847130", DPRKExports, day(2018, time.February, 1), Covered, "2397/OP6", nil},
		// Refined petroleum is capped, and may be aviation fuel, which
		// 2270 OP 31 bans; paraffin wax (2712) is capped only.
		{"refined petroleum supplied", "271012", SupplyToDPRK, day(2018, time.March, 1), Undetermined, "",
			[]found{{"2270/OP31", HeadingInferred, AviationFuel, Undetermined}}},
		{"petroleum jelly and waxes supplied: capped, not banned", "2712", SupplyToDPRK, day(2018, time.March, 1), Clean, "", nil},
		{"condensates supplied", "2711110000", SupplyToDPRK, day(2017, time.October, 1), Covered, "2375/OP13", nil},
		{"fish in 2018", "0302", DPRKExports, day(2018, time.March, 1), Undetermined, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := MustParseHSCode(tt.code)
			got, err := r.BannedHS(code, tt.d, tt.on)
			if err != nil {
				t.Fatalf("BannedHS(%s, %v, %s) error: %v", tt.code, tt.d, tt.on.Format(time.DateOnly), err)
			}
			if got.Outcome != tt.outcome || got.Measure.ID != tt.measure {
				t.Errorf("BannedHS(%s, %v, %s) = %v %q, want %v %q", tt.code, tt.d, tt.on.Format(time.DateOnly), got.Outcome, got.Measure.ID, tt.outcome, tt.measure)
			}
			if tt.bans != nil {
				if diff := cmp.Diff(tt.bans, foundOf(got.Findings)); diff != "" {
					t.Errorf("BannedHS(%s, %v, %s).Findings (-want +got):\n%s", tt.code, tt.d, tt.on.Format(time.DateOnly), diff)
				}
			}
			switch got.Outcome {
			case Clean:
				if got.Findings != nil {
					t.Errorf("a clean BanStatus has findings: %+v", got.Findings)
				}
			case Undetermined:
				// What would decide it: every finding names the ban,
				// the commodity and what to check.
				for _, f := range got.Findings {
					if f.Outcome != Undetermined || f.Citation == "" || f.Commodity == UnknownCommodity || f.Reason == "" || f.Action == "" {
						t.Errorf("undetermined finding without what would decide it: %+v", f)
					}
				}
			}
		})
	}
}

// TestBannedHSSaysWhatIsMissing checks the texts of the two kinds of
// undetermined answer: a ban whose goods have no verified HS codes, and a
// code broader than a ban's scope.
func TestBannedHSSaysWhatIsMissing(t *testing.T) {
	r := DPRK()
	tests := []struct {
		name, code string
		on         time.Time
		want       []string // in the reason of the finding for measure id
		id         string
	}{
		{"no verified mapping", "0303", day(2017, time.October, 16), []string{"seafood", "S/RES/2371 (2017), OP 9", "verifies no HS codes"}, "2371/OP9"},
		{"broader than the scope", "27", day(2018, time.March, 1), []string{"broader than 2701", "coal"}, "2371/OP8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := r.BannedHS(MustParseHSCode(tt.code), DPRKExports, tt.on)
			if err != nil || st.Outcome != Undetermined {
				t.Fatalf("BannedHS(%s) = %v, %v; want undetermined", tt.code, st.Outcome, err)
			}
			i := slices.IndexFunc(st.Findings, func(f Finding) bool { return f.MeasureID == tt.id })
			if i < 0 {
				t.Fatalf("BannedHS(%s).Findings = %+v, want one for %s", tt.code, foundOf(st.Findings), tt.id)
			}
			for _, w := range tt.want {
				if !strings.Contains(st.Findings[i].Reason, w) {
					t.Errorf("BannedHS(%s) finding %s reason = %q, want it to contain %q", tt.code, tt.id, st.Findings[i].Reason, w)
				}
			}
		})
	}
}

func TestBannedHSErrors(t *testing.T) {
	r := DPRK()
	on := day(2018, time.March, 1)
	coal := MustParseHSCode("2701")
	tests := []struct {
		name  string
		code  HSCode
		d     Direction
		on    time.Time
		field string
	}{
		{"both ways", coal, BothWays, on, "Trade.Direction"},
		{"unknown direction", coal, UnknownDirection, on, "Trade.Direction"},
		{"labour", coal, Labour, on, "Trade.Direction"},
		{"direction out of range", coal, Direction(200), on, "Trade.Direction"},
		{"zero code", HSCode{}, DPRKExports, on, "Trade.HS"},
		{"zero day", coal, DPRKExports, time.Time{}, "Trade.Date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, reg := range []Regime{r, {}} {
				st, err := reg.BannedHS(tt.code, tt.d, tt.on)
				var fe *FieldError
				if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidTrade) || fe.Field != tt.field {
					t.Fatalf("BannedHS(%v, %v, %v) error = %v, want a *FieldError for %s wrapping ErrInvalidTrade", tt.code, tt.d, tt.on, err, tt.field)
				}
				if st.Outcome != UnknownOutcome || st.Measure.ID != "" || st.Findings != nil {
					t.Errorf("BannedHS(%v, %v, %v) = %+v with an error, want the zero BanStatus", tt.code, tt.d, tt.on, st)
				}
			}
		})
	}
}

// bannedHSDays are the days the invariant tests ask about: 1 January and
// 1 July of every year from 2006 to 2018, and the day of adoption of every
// resolution, the day before it, the days a measure stops applying and
// the days after transition windows end.
func bannedHSDays(r Regime) []time.Time {
	var days []time.Time
	for y := 2006; y <= 2018; y++ {
		days = append(days, day(y, time.January, 1), day(y, time.July, 1))
	}
	for _, res := range Resolutions() {
		days = append(days, res.Adopted, res.Adopted.AddDate(0, 0, -1))
	}
	for i, m := range r.measures {
		if r.ix.end[i] != math.MaxInt64 {
			days = append(days, dayTime(r.ix.end[i]), dayTime(r.ix.end[i]-1))
		}
		if !m.Transition.IsZero() {
			days = append(days, m.Transition.LastDay, m.Transition.LastDay.AddDate(0, 0, 1))
		}
	}
	return days
}

// bannedHSCodes are every chapter and heading LookupHS knows, and every
// code of every measure's HS scopes.
func bannedHSCodes(r Regime) []HSCode {
	var codes []HSCode
	for _, h := range HSChapters() {
		codes = append(codes, h.Code)
	}
	for _, h := range HSHeadings() {
		codes = append(codes, h.Code)
	}
	for _, m := range r.measures {
		for _, s := range m.HS {
			codes = append(codes, s.Codes...)
		}
	}
	return codes
}

// TestBannedHSAgreesWithScreen checks BannedHS against Screen for the
// one-day trade of the same code, direction and day, over every heading
// LookupHS knows, every direction and the days of bannedHSDays. BannedHS
// is Screen restricted to bans, so its findings are exactly Screen's ban
// findings and its outcome is theirs. Against Screen's whole answer only
// weaker rules hold, because Screen also reports caps: Screen clean ⇒
// BannedHS clean; BannedHS covered ⇒ Screen covered; BannedHS
// undetermined ⇒ Screen not clean; and where BannedHS is clean and Screen
// is not, every finding of Screen is a cap.
func TestBannedHSAgreesWithScreen(t *testing.T) {
	r := DPRK()
	codes, days := bannedHSCodes(r), bannedHSDays(r)
	var outcomes [numOutcomes]int
	for d := UnknownDirection; d <= numDirections; d++ {
		for _, code := range codes {
			for _, on := range days {
				tr := Trade{Date: on, Direction: d, HS: code}
				fs, serr := r.Screen(tr)
				st, err := r.BannedHS(code, d, on)
				if serr != nil || err != nil {
					if serr == nil || err == nil || serr.Error() != err.Error() {
						t.Fatalf("BannedHS(%s, %v, %s) error %v, Screen error %v; want the same", code, d, on.Format(time.DateOnly), err, serr)
					}
					continue
				}
				outcomes[st.Outcome]++
				var bans []Finding
				for _, f := range fs {
					if f.Kind.IsBan() {
						bans = append(bans, f)
					}
				}
				if diff := cmp.Diff(bans, st.Findings); diff != "" {
					t.Fatalf("BannedHS(%s, %v, %s).Findings, want Screen's ban findings (-want +got):\n%s", code, d, on.Format(time.DateOnly), diff)
				}
				if want := OutcomeOf(bans); st.Outcome != want {
					t.Fatalf("BannedHS(%s, %v, %s) = %v, Screen's bans say %v", code, d, on.Format(time.DateOnly), st.Outcome, want)
				}
				whole := OutcomeOf(fs)
				switch {
				case whole == Clean && st.Outcome != Clean,
					st.Outcome == Covered && whole != Covered,
					st.Outcome == Undetermined && whole == Clean:
					t.Fatalf("BannedHS(%s, %v, %s) = %v, Screen = %v", code, d, on.Format(time.DateOnly), st.Outcome, whole)
				case st.Outcome == Clean && whole != Clean:
					for _, f := range fs {
						if !f.Kind.IsCap() {
							t.Fatalf("BannedHS(%s, %v, %s) = clean, but Screen reports %s (%v), not a cap", code, d, on.Format(time.DateOnly), f.MeasureID, f.Kind)
						}
					}
				}
				if (st.Outcome == Covered) != (st.Measure.ID != "") {
					t.Fatalf("BannedHS(%s, %v, %s) = %v with measure %q", code, d, on.Format(time.DateOnly), st.Outcome, st.Measure.ID)
				}
				if st.Outcome == Covered {
					i := slices.IndexFunc(st.Findings, func(f Finding) bool { return f.MeasureID == st.Measure.ID })
					if i < 0 || st.Findings[i].Outcome != Covered || !st.Measure.Kind.IsBan() {
						t.Fatalf("BannedHS(%s, %v, %s).Measure = %s, not a covering ban among %+v", code, d, on.Format(time.DateOnly), st.Measure.ID, foundOf(st.Findings))
					}
				}
			}
		}
	}
	// The sweep must meet all three answers, or it proves little.
	for _, o := range []Outcome{Clean, Covered, Undetermined} {
		if outcomes[o] == 0 {
			t.Errorf("no BannedHS answer was %v over %d codes and %d days", o, len(codes), len(days))
		}
	}
}

// TestBannedMostRecent checks that a Covered answer of Banned or BannedHS
// names the most recently adopted ban that covers the goods. By HS code
// the built-in data never has two covering bans (2270 OP 29's coal has no
// verified codes), so the sweep takes commodities too, where 2270 OP 29
// and 2371 OP 8 both cover coal from 2017-08-05; it fails if no answer has
// two covering bans, as then nothing was chosen.
func TestBannedMostRecent(t *testing.T) {
	r := DPRK()
	several := 0 // Covered answers with more than one covering ban
	check := func(where string, st BanStatus) {
		if st.Outcome != Covered {
			return
		}
		n := 0
		for _, f := range st.Findings {
			if f.Outcome != Covered {
				continue
			}
			n++
			m, _ := r.Measure(f.MeasureID)
			if m.Resolution.Adopted.After(st.Measure.Resolution.Adopted) {
				t.Errorf("%s.Measure = %s, but %s, adopted later, also covers", where, st.Measure.ID, f.MeasureID)
			}
		}
		if n > 1 {
			several++
		}
	}
	for _, on := range bannedHSDays(r) {
		for _, d := range []Direction{DPRKExports, SupplyToDPRK} {
			for _, code := range bannedHSCodes(r) {
				if st, err := r.BannedHS(code, d, on); err == nil {
					check(fmt.Sprintf("BannedHS(%s, %v, %s)", code, d, on.Format(time.DateOnly)), st)
				}
			}
			for c := Commodity(1); c < numCommodities; c++ {
				if st, err := r.Banned(c, d, on); err == nil {
					check(fmt.Sprintf("Banned(%v, %v, %s)", c, d, on.Format(time.DateOnly)), st)
				}
			}
		}
	}
	if several == 0 {
		t.Error("no Banned or BannedHS answer had several covering bans: the choice of the most recent was never tested")
	}
}

func TestTimelineCoal(t *testing.T) {
	type ev struct {
		Date   string
		ID     string
		Change Change
		Inf    bool
	}
	want := []ev{
		{"2016-03-02", "2270/OP29", Adopted, false},
		{"2016-11-30", "2321/OP26", Adopted, false},
		{"2017-01-01", "2321/OP26", CapPeriodStarts, false},
		{"2017-08-05", "2371/OP8", Adopted, false},
		{"2017-08-05", "2321/OP26", Superseded, true},
	}
	var got []ev
	for _, e := range DPRK().Timeline(Coal) {
		got = append(got, ev{e.Date.Format("2006-01-02"), e.MeasureID, e.Change, e.Inferred})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline(Coal) (-want +got):\n%s", diff)
	}
}

func TestTimelineIronOre(t *testing.T) {
	var got []string
	for _, e := range DPRK().Timeline(IronOre) {
		got = append(got, e.Date.Format("2006-01-02")+" "+e.MeasureID+" "+e.Change.String())
	}
	want := []string{
		"2016-03-02 2270/OP29 adopted",
		"2017-08-05 2371/OP8 adopted",
		"2017-09-04 2371/OP8 transition ends",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline(IronOre) (-want +got):\n%s", diff)
	}
}

func TestNewRegimeErrors(t *testing.T) {
	ok := Measure{ID: "1/OP1", Resolution: Resolution{Number: 1, Adopted: day(2020, time.January, 1)}, Paragraph: OP(1), Kind: ExportBan, Direction: DPRKExports}
	with := func(f func(*Measure)) Measure { m := ok.Clone(); f(&m); return m }
	tests := []struct {
		name string
		ms   []Measure
	}{
		{"no ID", []Measure{with(func(m *Measure) { m.ID = "" })}},
		{"duplicate", []Measure{ok, ok}},
		{"no date", []Measure{with(func(m *Measure) { m.Resolution.Adopted = time.Time{} })}},
		{"unknown kind", []Measure{with(func(m *Measure) { m.Kind = UnknownKind })}},
		{"kind out of range", []Measure{with(func(m *Measure) { m.Kind = 99 })}},
		{"unknown direction", []Measure{with(func(m *Measure) { m.Direction = 0 })}},
		{"dangling supersession", []Measure{with(func(m *Measure) { m.Supersedes = []Supersession{{ID: "9/OP9"}} })}},
		{"dangling clarification", []Measure{with(func(m *Measure) { m.Clarifies = "9/OP9" })}},
		{"zero HS code", []Measure{with(func(m *Measure) { m.HS = []HSScope{{Codes: []HSCode{{}}}} })}},
		{"supersedes itself", []Measure{with(func(m *Measure) { m.Supersedes = []Supersession{{ID: "1/OP1"}} })}},
		{"clarifies itself", []Measure{with(func(m *Measure) { m.Clarifies = "1/OP1" })}},
		{"direction out of range", []Measure{with(func(m *Measure) { m.Direction = 200 })}},
		{"commodity out of range", []Measure{with(func(m *Measure) { m.Commodities = []Commodity{200} })}},
		{"unknown commodity", []Measure{with(func(m *Measure) { m.Commodities = []Commodity{UnknownCommodity} })}},
		{"verified out of range", []Measure{with(func(m *Measure) { m.Verified = 9 })}},
		{"paragraph level out of range", []Measure{with(func(m *Measure) { m.ParagraphVerified = 9 })}},
		{"inferred level on a measure", []Measure{with(func(m *Measure) { m.Verified = InferredFromHeading })}},
		{"HS origin out of range", []Measure{with(func(m *Measure) { m.HS = []HSScope{{Codes: hs("27"), Origin: 9}} })}},
		{"HS origin is the library's inference", []Measure{with(func(m *Measure) { m.HS = []HSScope{{Codes: hs("27"), Origin: HeadingText}} })}},
		{"HS level out of range", []Measure{with(func(m *Measure) { m.HS = []HSScope{{Codes: hs("27"), Verified: 7}} })}},
		{"cap period kind out of range", []Measure{with(func(m *Measure) { m.Caps = []Cap{{Period: Period{Kind: 9, Start: day(2020, 1, 1)}}} })}},
		{"cap unit out of range", []Measure{with(func(m *Measure) {
			m.Caps = []Cap{{Period: Period{Kind: CalendarYears, Start: day(2020, 1, 1)}, Limits: []Limit{{Quantity: MustQuantity("1", 77)}}}}
		})}},
		{"exemption level out of range", []Measure{with(func(m *Measure) { m.Exemptions = []Exemption{{Verified: 5}} })}},
		{"exemption commodity out of range", []Measure{with(func(m *Measure) { m.Exemptions = []Exemption{{Commodities: []Commodity{99}}} })}},
		{"transition commodity out of range", []Measure{with(func(m *Measure) { m.Transition.Commodities = []Commodity{99} })}},
		{"number on a paragraph not seen", []Measure{with(func(m *Measure) { m.Paragraph = Paragraph{Number: 7} })}},
		{"label not starting with its number", []Measure{with(func(m *Measure) { m.Paragraph = Paragraph{Number: 7, Label: "8 (a)", Known: true} })}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewRegime(tt.ms)
			var fe *FieldError
			if !errors.Is(err, ErrInvalidMeasure) || !errors.As(err, &fe) {
				t.Fatalf("NewRegime(%s) = %v, want a *FieldError wrapping ErrInvalidMeasure", tt.name, err)
			}
		})
	}
	notSeen := with(func(m *Measure) { m.ID, m.Paragraph = "1/not-seen", Paragraph{} })
	if r, err := NewRegime([]Measure{ok, notSeen}); err != nil || r.Len() != 2 {
		t.Fatalf("NewRegime(valid, with a paragraph not seen) = %v, %v", r.Len(), err)
	}
	if r, err := NewRegime([]Measure{ok}); err != nil || r.Len() != 1 {
		t.Fatalf("NewRegime(valid) = %v, %v", r.Len(), err)
	}
	var zero Regime
	if got := zero.InForce(day(2018, time.January, 1)); got != nil {
		t.Errorf("Regime{}.InForce = %v, want nil", got)
	}
	if st, err := zero.Banned(Coal, DPRKExports, day(2018, time.January, 1)); st.Outcome != Clean || err != nil {
		t.Errorf("Regime{}.Banned = %v, %v; want clean", st.Outcome, err)
	}
	if st, err := zero.BannedHS(MustParseHSCode("2701"), DPRKExports, day(2018, time.January, 1)); st.Outcome != Clean || err != nil {
		t.Errorf("Regime{}.BannedHS = %v, %v; want clean", st.Outcome, err)
	}
	if got := zero.Timeline(Coal); got != nil {
		t.Errorf("Regime{}.Timeline = %v, want nil", got)
	}
	if _, _, ok := zero.SupersededBy("2321/OP26"); ok {
		t.Error("Regime{}.SupersededBy found a supersession")
	}
	if fs, err := zero.Screen(Trade{Date: day(2018, time.January, 1), Direction: DPRKExports, Commodity: Coal}); fs != nil || err != nil {
		t.Errorf("Regime{}.Screen = %v, %v; want nil, nil", fs, err)
	}
}
