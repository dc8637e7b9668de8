package sanctions

import (
	"errors"
	"slices"
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
		c    Commodity
		d    Direction
		on   time.Time
		want string // "" for not banned
	}{
		{Coal, DPRKExports, day(2016, time.March, 1), ""},
		{Coal, DPRKExports, day(2016, time.March, 2), "2270/OP29"},
		{Coal, DPRKExports, day(2017, time.January, 15), "2270/OP29"},
		{Coal, DPRKExports, day(2017, time.August, 5), "2371/OP8"},
		{Coal, SupplyToDPRK, day(2018, time.January, 1), ""},
		{Textiles, DPRKExports, day(2017, time.September, 10), ""},
		{Textiles, DPRKExports, day(2017, time.September, 11), "2375/OP16"},
		{Seafood, DPRKExports, day(2017, time.August, 5), "2371/OP9"},
		{FishingRights, DPRKExports, day(2017, time.December, 22), "2397/OP6-fishing"},
		{RefinedPetroleum, SupplyToDPRK, day(2018, time.June, 1), ""}, // capped, not banned
		{CondensatesAndNGL, SupplyToDPRK, day(2017, time.September, 11), "2375/OP13"},
		{Wood, DPRKExports, day(2017, time.December, 31), "2397/OP6"},
		{IronSteelAndOtherMetals, SupplyToDPRK, day(2017, time.December, 22), "2397/OP7"},
		{Commodity(200), DPRKExports, day(2018, time.January, 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.c.String()+" "+tt.on.Format("2006-01-02"), func(t *testing.T) {
			m, ok := r.Banned(tt.c, tt.d, tt.on)
			if ok != (tt.want != "") || m.ID != tt.want {
				t.Errorf("Banned(%v, %v, %s) = %q, %v; want %q", tt.c, tt.d, tt.on.Format("2006-01-02"), m.ID, ok, tt.want)
			}
		})
	}
}

func TestBannedHS(t *testing.T) {
	r := DPRK()
	tests := []struct {
		code string
		d    Direction
		on   time.Time
		want string
	}{
		{"270112", DPRKExports, day(2017, time.August, 5), "2371/OP8"},
		{"270112", DPRKExports, day(2017, time.August, 4), ""}, // 2270's coal ban has no verified HS codes
		{"27", DPRKExports, day(2017, time.August, 5), ""},     // broader than the scope: not "banned"
		{"2601111000", DPRKExports, day(2017, time.August, 5), "2371/OP8"},
		{"0802", DPRKExports, day(2017, time.December, 22), "2397/OP6"},
		{"0802", DPRKExports, day(2017, time.December, 21), ""},
		{"8703", SupplyToDPRK, day(2018, time.March, 1), "2397/OP7"},
		{"8703", DPRKExports, day(2018, time.March, 1), ""},
		{"271012", SupplyToDPRK, day(2018, time.March, 1), ""}, // capped
		{"2711110000", SupplyToDPRK, day(2017, time.October, 1), "2375/OP13"},
		{"0302", DPRKExports, day(2018, time.March, 1), ""}, // seafood codes not verified
	}
	for _, tt := range tests {
		t.Run(tt.code+" "+tt.on.Format("2006-01-02"), func(t *testing.T) {
			m, ok := r.BannedHS(MustParseHSCode(tt.code), tt.d, tt.on)
			if ok != (tt.want != "") || m.ID != tt.want {
				t.Errorf("BannedHS(%s, %v, %s) = %q, %v; want %q", tt.code, tt.d, tt.on.Format("2006-01-02"), m.ID, ok, tt.want)
			}
		})
	}
	if _, ok := r.BannedHS(HSCode{}, DPRKExports, day(2018, time.March, 1)); ok {
		t.Error("BannedHS(zero code) found a ban")
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
	if _, ok := zero.Banned(Coal, DPRKExports, day(2018, time.January, 1)); ok {
		t.Error("Regime{}.Banned found a ban")
	}
	if _, ok := zero.BannedHS(MustParseHSCode("2701"), DPRKExports, day(2018, time.January, 1)); ok {
		t.Error("Regime{}.BannedHS found a ban")
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
