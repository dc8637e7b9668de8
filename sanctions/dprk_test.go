package sanctions

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// TestDPRKRowsPerResolution checks the data against the reference table:
// the number of rows per resolution (74 in all), and that the 23 rows of
// the first compilation keep their IDs in order. (reference_test.go checks
// the rows added on 2026-12-01 row for row.)
func TestDPRKRowsPerResolution(t *testing.T) {
	wantCount := map[int]int{1718: 6, 1874: 9, 2087: 1, 2094: 8, 2270: 10, 2321: 11, 2356: 1, 2371: 7, 2375: 11, 2397: 10}
	first := map[int][]string{
		2270: {"2270/OP29", "2270/OP30", "2270/OP31"},
		2321: {"2321/OP26", "2321/OP28", "2321/OP29"},
		2371: {"2371/OP8", "2371/OP9", "2371/OP10", "2371/OP11", "2371/OP12"},
		2375: {"2375/OP13", "2375/OP14", "2375/OP15", "2375/OP16", "2375/OP17", "2375/OP18"},
		2397: {"2397/OP4", "2397/OP5", "2397/OP6", "2397/OP6-fishing", "2397/OP7", "2397/OP8"},
	}
	gotCount := map[int]int{}
	got := map[int][]string{}
	for m := range DPRK().All() {
		gotCount[m.Resolution.Number]++
		for _, id := range first[m.Resolution.Number] {
			if id == m.ID {
				got[m.Resolution.Number] = append(got[m.Resolution.Number], m.ID)
			}
		}
	}
	if diff := cmp.Diff(wantCount, gotCount); diff != "" {
		t.Errorf("DPRK() rows per resolution (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(first, got); diff != "" {
		t.Errorf("DPRK() first-compilation rows in order (-want +got):\n%s", diff)
	}
	if n := DPRK().Len(); n != 74 {
		t.Errorf("DPRK().Len() = %d, want 74", n)
	}
}

// TestDPRKSources fails if any measure, HS mapping or cap lacks a source.
func TestDPRKSources(t *testing.T) {
	for m := range DPRK().All() {
		t.Run(m.ID, func(t *testing.T) {
			if len(m.Sources) == 0 {
				t.Fatal("no source")
			}
			for i, s := range m.Sources {
				if s.Publisher == "" || s.URL == "" {
					t.Errorf("Sources[%d] = %+v: publisher or URL missing", i, s)
				}
			}
			for i, s := range m.HS {
				if s.Source.URL == "" || s.Source.Publisher == "" || s.Origin == UnknownOrigin || len(s.Codes) == 0 {
					t.Errorf("HS[%d] = %+v: source, origin or codes missing", i, s)
				}
			}
			for i, c := range m.Caps {
				if c.Source == "" {
					t.Errorf("Caps[%d] has no source", i)
				}
			}
			if m.Quote != "" && m.QuoteSource == "" {
				t.Error("a quote without its source")
			}
			if !strings.HasPrefix(m.ID, strconv.Itoa(m.Resolution.Number)+"/") {
				t.Errorf("ID %q does not match %s", m.ID, m.Resolution.Symbol())
			}
		})
	}
}

// TestDPRKVerification checks the reference's levels: the rows whose
// paragraph number is "N?" are NotVerified, and each row's level.
func TestDPRKVerification(t *testing.T) {
	type level struct{ Row, Paragraph Verified }
	want := map[string]level{
		"2270/OP29":        {NotVerified, NotVerified},
		"2270/OP30":        {NotVerified, NotVerified},
		"2270/OP31":        {VerifiedText, VerifiedText},
		"2321/OP26":        {VerifiedPartly, VerifiedPartly},
		"2321/OP28":        {NotVerified, NotVerified},
		"2321/OP29":        {NotVerified, NotVerified},
		"2371/OP8":         {VerifiedPartly, VerifiedPartly},
		"2371/OP9":         {VerifiedPartly, VerifiedPartly},
		"2371/OP10":        {NotVerified, NotVerified},
		"2371/OP11":        {VerifiedPartly, NotVerified},
		"2371/OP12":        {NotVerified, NotVerified},
		"2375/OP13":        {NotVerified, NotVerified},
		"2375/OP14":        {NotVerified, NotVerified},
		"2375/OP15":        {NotVerified, NotVerified},
		"2375/OP16":        {VerifiedPartly, VerifiedPartly},
		"2375/OP17":        {VerifiedPartly, VerifiedPartly},
		"2375/OP18":        {VerifiedText, VerifiedText},
		"2397/OP4":         {VerifiedPartly, VerifiedPartly},
		"2397/OP5":         {VerifiedPartly, VerifiedPartly},
		"2397/OP6":         {VerifiedText, VerifiedText},
		"2397/OP6-fishing": {VerifiedText, VerifiedText},
		"2397/OP7":         {NotVerified, NotVerified},
		"2397/OP8":         {VerifiedPartly, VerifiedPartly},
	}
	got := map[string]level{}
	for m := range DPRK().All() {
		if _, ok := want[m.ID]; ok {
			got[m.ID] = level{m.Verified, m.ParagraphVerified}
		}
		if m.Verified != VerifiedText && len(m.Unverified) == 0 && len(m.Notes) == 0 {
			t.Errorf("%s is %v but says nothing about what is unchecked", m.ID, m.Verified)
		}
		switch c := m.Citation(); {
		case !m.Paragraph.Known && (m.Paragraph.Number != 0 || !strings.HasSuffix(c, ", paragraph not seen")):
			t.Errorf("%s: paragraph %+v, Citation() = %q; want no number and \"paragraph not seen\"", m.ID, m.Paragraph, c)
		case m.Paragraph.Known && m.ParagraphVerified == NotVerified && !strings.HasSuffix(c, "?"):
			t.Errorf("%s.Citation() = %q, want a trailing ? for an unverified paragraph", m.ID, c)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("verification levels (-want +got):\n%s", diff)
	}
}

// TestDPRKSample checks exact fields of a sample of rows.
func TestDPRKSample(t *testing.T) {
	r := DPRK()
	m, _ := r.Measure("2321/OP26")
	wantCaps := []Cap{
		{
			Period:         Period{Kind: FixedPeriod, Start: day(2016, time.November, 30), End: day(2016, time.December, 31)},
			Limits:         []Limit{{Value: currency.MustNewAmount("53495894", currency.USD)}, {Quantity: MustQuantity("1000866", MetricTon)}},
			WhicheverLower: true,
		},
		{
			Period:         Period{Kind: CalendarYears, Start: day(2017, time.January, 1)},
			Limits:         []Limit{{Value: currency.MustNewAmount("400870018", currency.USD)}, {Quantity: MustQuantity("7500000", MetricTon)}},
			WhicheverLower: true,
			Paragraph:      "26 (b)",
		},
	}
	gotCaps := make([]Cap, len(m.Caps))
	for i, c := range m.Caps {
		gotCaps[i] = Cap{Period: c.Period, Limits: c.Limits, WhicheverLower: c.WhicheverLower, Paragraph: c.Paragraph}
	}
	if diff := cmp.Diff(wantCaps, gotCaps); diff != "" {
		t.Errorf("2321/OP26 caps (-want +got):\n%s", diff)
	}

	m, _ = r.Measure("2397/OP6")
	var codes []string
	for _, s := range m.HS {
		if s.Origin != ResolutionText || s.Verified != VerifiedText {
			t.Errorf("2397/OP6 HS %v: origin %v, verified %v; want resolution text, yes", s.Codes, s.Origin, s.Verified)
		}
		for _, c := range s.Codes {
			codes = append(codes, c.String())
		}
	}
	if diff := cmp.Diff([]string{"12", "08", "07", "84", "85", "25", "44", "89"}, codes); diff != "" {
		t.Errorf("2397/OP6 HS codes (-want +got):\n%s", diff)
	}
	if got, want := m.Transition.LastDay, day(2018, time.January, 21); !got.Equal(want) || !m.Transition.LastDayDerived || m.Transition.NotifyDays != 45 {
		t.Errorf("2397/OP6 transition = %+v, want last day %v, derived, notify 45", m.Transition, want)
	}

	m, _ = r.Measure("2397/OP7")
	for _, s := range m.HS {
		if s.Origin != ImplementingText {
			t.Errorf("2397/OP7 HS %v origin %v, want implementing text (Singapore Customs)", s.Codes, s.Origin)
		}
	}
	if n := len(m.HS[2].Codes); n != 12 || m.HS[2].Codes[0].String() != "72" || m.HS[2].Codes[11].String() != "83" {
		t.Errorf("2397/OP7 metals chapters = %v, want 72 through 83", m.HS[2].Codes)
	}

	m, _ = r.Measure("2397/OP8")
	if d := m.Deadlines[0]; !d.Day.Equal(day(2019, time.December, 22)) || !d.Derived || d.Months != 24 {
		t.Errorf("2397/OP8 repatriation deadline = %+v, want 2019-12-22, derived, 24 months", d)
	}

	m, _ = r.Measure("2375/OP16")
	if tr := m.Transition; !tr.LastDay.Equal(day(2017, time.December, 11)) || tr.LastDayDerived || tr.Days != 90 {
		t.Errorf("2375/OP16 transition = %+v, want 90 days to 2017-12-11, stated", tr)
	}

	m, _ = r.Measure("2371/OP8")
	if s := m.Supersedes; len(s) != 1 || s[0].ID != "2321/OP26" || !s[0].Inferred {
		t.Errorf("2371/OP8 Supersedes = %+v, want an inferred supersession of 2321/OP26", s)
	}
	if tr := m.Transition; !cmp.Equal(tr.Commodities, []Commodity{Iron, IronOre}) {
		t.Errorf("2371/OP8 transition covers %v, want iron and iron ore only", tr.Commodities)
	}
	m, _ = r.Measure("2397/OP5")
	if s := m.Supersedes; len(s) != 1 || s[0].ID != "2375/OP14" || s[0].Inferred || !s[0].From.Equal(day(2018, time.January, 1)) {
		t.Errorf("2397/OP5 Supersedes = %+v, want a stated supersession of 2375/OP14 from 2018-01-01", s)
	}
	m, _ = r.Measure("2397/OP4")
	if c := m.Caps[0]; c.WhicheverLower || len(c.Limits) != 2 || !c.Limits[1].Quantity.Equal(MustQuantity("525000", Ton)) {
		t.Errorf("2397/OP4 cap = %+v, want 4000000 barrels or 525000 tons, which binds not stated", c)
	}
	m, _ = r.Measure("2270/OP31")
	if !strings.Contains(m.Quote, "naptha-type jet fuel") {
		t.Errorf("2270/OP31 quote %q lost the source's spelling \"naptha\"", m.Quote)
	}
}

// TestDPRKUnverifiedHSLeftOut: HS codes the reference marks "not verified"
// are not in the data.
func TestDPRKUnverifiedHSLeftOut(t *testing.T) {
	for _, c := range []Commodity{Seafood, Textiles, Lead, LeadOre, Iron, Gold, Copper, Statues, AviationFuel} {
		if got := c.HSScopes(); len(got) != 0 {
			t.Errorf("%v.HSScopes() = %v, want none (not verified in the reference)", c, got)
		}
	}
	if got := Coal.HSScopes(); len(got) != 1 || got[0].Codes[1].String() != "2702" {
		t.Errorf("Coal.HSScopes() = %v, want China's 2701, 2702", got)
	}
	if got := RefinedPetroleum.HSScopes(); len(got) != 2 {
		t.Errorf("RefinedPetroleum.HSScopes() has %d mappings, want 2 (MOFCOM 2017 No. 52 and 2018 No. 4)", len(got))
	}
}

// TestDPRKFreshCopies: changing what DPRK returns changes nothing else.
func TestDPRKFreshCopies(t *testing.T) {
	r := DPRK()
	m, _ := r.Measure("2321/OP26")
	m.Commodities[0] = Gold
	m.Caps[0].Limits[0] = Limit{}
	m.Sources[0].URL = ""
	for _, x := range r.InForce(day(2017, time.January, 2)) {
		if len(x.Commodities) > 0 {
			x.Commodities[0] = Gold
		}
		for i := range x.Exemptions {
			x.Exemptions[i].Commodities = append(x.Exemptions[i].Commodities, Gold)
		}
		x.Exemptions = nil
	}
	s := Coal.HSScopes()
	s[0].Codes[0] = MustParseHSCode("99")
	for _, again := range []Regime{r, DPRK()} {
		m2, _ := again.Measure("2321/OP26")
		if m2.Commodities[0] != Coal || m2.Caps[0].Limits[0].Value.IsZero() || m2.Sources[0].URL == "" {
			t.Fatalf("a caller's change leaked into the regime: %v", m2)
		}
	}
	if got := Coal.HSScopes()[0].Codes[0].String(); got != "2701" {
		t.Fatalf("Coal.HSScopes() after a caller's change = %q, want 2701", got)
	}
	rs := Resolutions()
	rs[0].Number = 1
	if Resolutions()[0].Number != 1718 {
		t.Fatal("Resolutions() shares its slice")
	}
}

func TestResolution(t *testing.T) {
	r, ok := ResolutionNumbered(2371)
	if !ok || r.Symbol() != "S/RES/2371 (2017)" || !r.Adopted.Equal(day(2017, time.August, 5)) {
		t.Fatalf("ResolutionNumbered(2371) = %v %v, %v; want S/RES/2371 (2017) adopted 2017-08-05", r, r.Adopted, ok)
	}
	if _, ok := ResolutionNumbered(9999); ok {
		t.Fatal("ResolutionNumbered(9999) found a resolution")
	}
	want := map[int]string{1718: "2006-10-14", 1874: "2009-06-12", 2087: "2013-01-22", 2094: "2013-03-07", 2270: "2016-03-02", 2321: "2016-11-30", 2356: "2017-06-02", 2371: "2017-08-05", 2375: "2017-09-11", 2397: "2017-12-22"}
	got := map[int]string{}
	for _, r := range Resolutions() {
		got[r.Number] = r.Adopted.Format("2006-01-02")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("adoption dates (-want +got):\n%s", diff)
	}
}

func TestDayNumber(t *testing.T) {
	for _, tm := range []time.Time{
		day(1970, time.January, 1), day(1969, time.December, 31), day(2000, time.February, 29),
		day(2017, time.August, 5), day(1600, time.March, 1), day(-1, time.January, 1), day(9999, time.December, 31),
		time.Date(2017, time.August, 5, 23, 59, 59, 0, time.FixedZone("KST", 9*3600)),
	} {
		y, m, d := tm.Date()
		want := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
		if y < 1970 && time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()%86400 != 0 {
			want--
		}
		if got := dayNumber(tm); got != want {
			t.Errorf("dayNumber(%v) = %d, want %d", tm, got, want)
		}
	}
}

// TestMeasureJSON: every measure survives a JSON round trip, so the
// enumerations' and HSCode's text forms are wired up.
func TestMeasureJSON(t *testing.T) {
	for m := range DPRK().All() {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("json.Marshal(%s) = %v", m.ID, err)
		}
		var got Measure
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("json.Unmarshal(%s) = %v", m.ID, err)
		}
		if diff := cmp.Diff(m, got); diff != "" {
			t.Errorf("%s JSON round trip (-want +got):\n%s", m.ID, diff)
		}
	}
}
