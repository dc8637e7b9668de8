package sanctions_test

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kpledger/kpledger/sanctions"
)

// The main path: the built-in regime, what banned a commodity on a day, and
// a trade screened against every measure. HS 2701 (coal) is in the scope of
// 2371's coal ban; 2270's ban named coal too, but the reference verifies no
// HS codes for it, so its finding is inferred from the heading's text and
// undetermined ("OP 29?": a paragraph number the reference has not seen).
func Example() {
	dprk := sanctions.DPRK()
	if st, err := dprk.Banned(sanctions.Coal, sanctions.DPRKExports, date("2017-10-01")); err == nil && st.Outcome == sanctions.Covered {
		fmt.Println("coal exports banned by", st.Measure.Citation())
	}
	findings, err := dprk.Screen(sanctions.Trade{
		Date:      date("2018-03-01"),
		Direction: sanctions.DPRKExports,
		HS:        sanctions.MustParseHSCode("2701"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("HS 2701 in March 2018:", sanctions.OutcomeOf(findings))
	for _, f := range findings {
		fmt.Printf("- %s: %s, %s\n", f.Citation, f.Outcome, f.Match)
	}
	// Output:
	// coal exports banned by S/RES/2371 (2017), OP 8
	// HS 2701 in March 2018: covered
	// - S/RES/2371 (2017), OP 8: covered, HS code within scope
	// - S/RES/2270 (2016), OP 29?: undetermined, inferred from HS heading
}

// The package's enumerations print their text names, which their JSON
// forms use too; the zero value of each is "unknown" or "not set", a value
// out of range prints as its number, and reading a name outside the list is
// an error. Bad input to the package's functions gives a *FieldError that
// names the field and wraps one of the sentinel errors.
func ExampleKind() {
	for _, v := range []fmt.Stringer{
		sanctions.ExportBan,
		sanctions.SupplyToDPRK,
		sanctions.Coal,
		sanctions.Adopted,
		sanctions.HeadingInferred,
		sanctions.Undetermined,
		sanctions.CalendarYears,
		sanctions.PrecisionMonth,
		sanctions.MetricTon,
		sanctions.VerifiedPartly,
		sanctions.ImplementingText,
		sanctions.HSComtrade,
		sanctions.ComtradeTrue,
	} {
		fmt.Printf("%T: %v\n", v, v)
	}
	fmt.Println(sanctions.UnknownKind, "|", sanctions.Kind(200))
	text, _ := sanctions.SupplyCap.MarshalText()
	fmt.Println(string(text))
	var k sanctions.Kind
	fmt.Println(k.UnmarshalText([]byte("ban on everything")))

	_, err := sanctions.ParseHSCode("27x1")
	var fe *sanctions.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("field %s, value %q: %s\n", fe.Field, fe.Value, fe.Reason)
	}
	fmt.Println(errors.Is(err, sanctions.ErrInvalidHSCode))
	// Output:
	// sanctions.Kind: export ban
	// sanctions.Direction: supply to the DPRK
	// sanctions.Commodity: coal
	// sanctions.Change: adopted
	// sanctions.Match: inferred from HS heading
	// sanctions.Outcome: undetermined
	// sanctions.PeriodKind: calendar years
	// sanctions.Precision: month
	// sanctions.Unit: metric ton
	// sanctions.Verified: partly
	// sanctions.HSOrigin: implementing text
	// sanctions.HSVerification: UN Comtrade descriptor
	// sanctions.ComtradeFlag: true
	// unknown | Kind(200)
	// supply cap
	// sanctions: Kind "ban on everything": not a known name
	// field HSCode, value "27x1": byte 2 is 'x', want a digit
	// true
}

// Paragraph numbers as the data writes them. OP builds a bare paragraph;
// OPLabel reads a label with sub-paragraphs, and gives the zero Paragraph,
// "not seen", for a label that does not start with a paragraph number.
func ExampleOPLabel() {
	for _, label := range []string{"8 (a) (iii)", "9–15", "08", "(a)"} {
		p := sanctions.OPLabel(label)
		fmt.Printf("%q: %v, number %d, known %t\n", label, p, p.Number, p.Known)
	}
	// Output:
	// "8 (a) (iii)": OP 8 (a) (iii), number 8, known true
	// "9–15": OP 9–15, number 9, known true
	// "08": paragraph not seen, number 0, known false
	// "(a)": paragraph not seen, number 0, known false
}

func ExampleOP() {
	p := sanctions.OP(26)
	fmt.Println(p, p.Number, p.Known)
	fmt.Println(sanctions.Paragraph{})
	// Output:
	// OP 26 26 true
	// paragraph not seen
}

// A regime of your own measures, such as a State's implementing rules,
// answers the same questions as the built-in one. NewRegime checks the
// measures first.
func ExampleNewRegime() {
	m, _ := sanctions.DPRK().Measure("2371/OP8")
	own := m.Clone()
	own.ID = "mine/coal"
	own.Supersedes = nil // 2321's cap is not in this regime
	r, err := sanctions.NewRegime([]sanctions.Measure{own})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Len(), "measure")
	st, _ := r.Banned(sanctions.Coal, sanctions.DPRKExports, date("2018-01-01"))
	fmt.Println("coal exports:", st.Outcome)

	own.ID = ""
	_, err = sanctions.NewRegime([]sanctions.Measure{own})
	fmt.Println(err)
	fmt.Println(errors.Is(err, sanctions.ErrInvalidMeasure))
	// Output:
	// 1 measure
	// coal exports: covered
	// sanctions: Measure.ID: empty
	// true
}

func ExampleResolutions() {
	for _, r := range sanctions.Resolutions() {
		fmt.Println(r.Symbol(), r.Adopted.Format("2 January 2006"))
	}
	// Output:
	// S/RES/1718 (2006) 14 October 2006
	// S/RES/1874 (2009) 12 June 2009
	// S/RES/2087 (2013) 22 January 2013
	// S/RES/2094 (2013) 7 March 2013
	// S/RES/2270 (2016) 2 March 2016
	// S/RES/2321 (2016) 30 November 2016
	// S/RES/2356 (2017) 2 June 2017
	// S/RES/2371 (2017) 5 August 2017
	// S/RES/2375 (2017) 11 September 2017
	// S/RES/2397 (2017) 22 December 2017
}

func ExampleResolutionNumbered() {
	r, ok := sanctions.ResolutionNumbered(2397)
	fmt.Println(r, ok)
	fmt.Println(r.Subject)
	_, ok = sanctions.ResolutionNumbered(2500)
	fmt.Println(ok)
	// Output:
	// S/RES/2397 (2017) true
	// crude and refined petroleum caps; food, machinery, electrical, stone, wood, vessels; supply bans; worker repatriation
	// false
}

// Commodities form a hierarchy: the classes of goods the measures name, some
// within others.
func ExampleCommodities() {
	within := 0
	for _, c := range sanctions.Commodities() {
		if c.Parent() != sanctions.UnknownCommodity {
			within++
		}
	}
	fmt.Println(len(sanctions.Commodities()), "commodities,", within, "within another")
	for c := sanctions.NewHelicopters; c != sanctions.UnknownCommodity; c = c.Parent() {
		fmt.Println(c)
	}
	fmt.Println(sanctions.NewHelicopters.Within(sanctions.TransportationVehicles))
	// Output:
	// 49 commodities, 23 within another
	// new helicopters
	// helicopters
	// transportation vehicles
	// true
}

// MustParseHSCode is for codes written in a program; use ParseHSCode for
// input.
func ExampleMustParseHSCode() {
	c := sanctions.MustParseHSCode("2701.12")
	fmt.Println(c, c.Digits(), c.Chapter())
	fmt.Println(c.Within(sanctions.MustParseHSCode("27")))
	// Output:
	// 270112 6 27
	// true
}

func ExampleHSChapters() {
	chapters := sanctions.HSChapters()
	fmt.Println(len(chapters), "chapters")
	for _, h := range chapters {
		if h.Code.Chapter() >= 25 && h.Code.Chapter() <= 27 {
			fmt.Println(h.Code, h.Descriptor.Text)
		}
	}
	// Output:
	// 98 chapters
	// 25 Salt; sulphur; earths, stone; plastering materials, lime and cement
	// 26 Ores, slag and ash
	// 27 Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes
}

func ExampleHSHeadings() {
	for _, h := range sanctions.HSHeadings() {
		if h.Code.Within(sanctions.MustParseHSCode("27")) && h.Code.String() <= "2704" {
			fmt.Println(h.Code, h.Text().Text)
		}
	}
	// Output:
	// 2701 Coal; briquettes, ovoids and similar solid fuels manufactured from coal
	// 2702 Lignite; whether or not agglomerated, excluding jet
	// 2703 Peat; (including peat litter), whether or not agglomerated
	// 2704 Coke and semi-coke; of coal, lignite or peat, whether or not agglomerated; retort carbon
}

func ExampleHSSections() {
	for _, s := range sanctions.HSSections()[:5] {
		fmt.Println(s)
	}
	// Output:
	// section I (chapters 01–05)
	// section II (chapters 06–14)
	// section III (chapter 15)
	// section IV (chapters 16–24)
	// section V (chapters 25–27)
}

// A wording's SourceID names the source it comes from; HSSource gives the
// address and the edition.
func ExampleHSSource() {
	h, _ := sanctions.LookupHS(sanctions.MustParseHSCode("2701"))
	w := h.Deepest().Descriptor
	fmt.Println(w.SourceID, w.Edition)
	src, edition, ok := sanctions.HSSource(w.SourceID)
	fmt.Println(src)
	fmt.Println(edition, ok)
	_, _, ok = sanctions.HSSource("Z9")
	fmt.Println(ok)
	// Output:
	// C1 HS 2022
	// ropensci/comtradr @ 3d5b52d6a3e10093b24b7883fb62f3d49b1ba4c8, inst/extdata/cmd_h6.rds (= UN Comtrade reference H6.json, labelled "Product [HS 2022]")
	// HS 2022 true
	// false
}

func ExampleHSChanges() {
	for _, c := range sanctions.HSChanges() {
		if len(c.Headings) > 0 {
			fmt.Println(c.Change)
			for _, h := range c.Headings {
				fmt.Println("-", h.Code, "in HS 2022:", h.InHS2022)
			}
		}
	}
	// Output:
	// headings added in HS 2022 (in Comtrade's H6 table, not in H5)
	// - 0309 in HS 2022: true
	// - 2404 in HS 2022: true
	// - 3827 in HS 2022: true
	// - 8485 in HS 2022: true
	// - 8524 in HS 2022: true
	// - 8549 in HS 2022: true
	// - 8806 in HS 2022: true
	// - 8807 in HS 2022: true
	// headings in HS 2017 that HS 2022 no longer has (in Comtrade's H5 table, not in H6)
	// - 8107 in HS 2022: false
	// - 8803 in HS 2022: false
}

// The library's own inferences from heading texts: what screening may
// report as undetermined, never as banned.
func ExampleHeadingInferences() {
	for _, h := range sanctions.HeadingInferences() {
		if h.Commodity == sanctions.Seafood {
			fmt.Printf("HS %s: %s\n", h.Code, h.Heading)
		}
	}
	fmt.Println("level:", sanctions.HeadingInferences()[0].Verified)
	// Output:
	// HS 03: Fish and crustaceans, molluscs and other aquatic invertebrates
	// HS 1604: Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs
	// HS 1605: Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved
	// level: inferred from HS heading text
}

// OutcomeOf sums up one trade's findings: no finding is Clean.
func ExampleOutcomeOf() {
	dprk := sanctions.DPRK()
	for _, day := range []string{"2016-01-01", "2018-01-01"} {
		fs, err := dprk.Screen(sanctions.Trade{
			Date:      date(day),
			Direction: sanctions.DPRKExports,
			Commodity: sanctions.Textiles,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, sanctions.OutcomeOf(fs))
		for _, f := range fs {
			fmt.Println("-", f.Citation, f.Kind)
		}
	}
	// Output:
	// 2016-01-01 clean
	// 2018-01-01 covered
	// - S/RES/2375 (2017), OP 16 export ban
}

func ExampleParseQuantity() {
	for _, s := range []string{"7.5 million barrels", "525,000 tons", "2500t", "14,00 t", "10 MT"} {
		q, err := sanctions.ParseQuantity(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(q)
	}
	// Output:
	// 7500000 barrels
	// 525000 tons
	// 2500 metric tons
	// sanctions: Quantity "14,00 t": digits badly grouped by commas
	// sanctions: Quantity "10 MT": unknown unit MT: want metric tons, tons, barrels or kilograms
}

func ExampleMustQuantity() {
	q := sanctions.MustQuantity("4000000", sanctions.Barrel)
	fmt.Println(q)
	p, _ := sanctions.ParseQuantity("4 million bbl")
	fmt.Println(q.Equal(p))
	// Output:
	// 4000000 barrels
	// true
}

// The published estimates of the revenue the measures cut, as printed,
// each with its publisher.
func ExampleRevenueEstimates() {
	for _, e := range sanctions.RevenueEstimates()[:3] {
		fmt.Printf("%s, by %s:\n  %s\n", e.Subject, e.Publisher, e.Text)
	}
	// Output:
	// 2371 (coal, iron, lead, seafood), by US fact sheet:
	//   would stop the DPRK "earning over a $1 billion per year" of its "approximately $3 billion per year from export revenues"
	// 2321 (coal cap), by US fact sheet:
	//   cuts coal exports by "approximately $700 million per year from 2015 (more than 60%)"
	// 2321 (copper, nickel, silver, zinc), by US fact sheet:
	//   "approximately $100 million" a year; statues "tens of millions"
}

// 2397's crude-oil cap: two quantity limits joined by "or", the source not
// saying which binds, over 12-month periods from adoption.
func ExampleCap() {
	m, _ := sanctions.DPRK().Measure("2397/OP4")
	c := m.Caps[0]
	fmt.Println(c.Period)
	for _, l := range c.Limits {
		fmt.Println("limit:", l, "- a value:", l.IsValue())
	}
	fmt.Println("whichever lower:", c.WhicheverLower, "- verified:", c.Verified)
	fmt.Println("source:", c.Source)
	// Output:
	// 12-month periods from 2017-12-22
	// limit: 4000000 barrels - a value: false
	// limit: 525000 tons - a value: false
	// whichever lower: false - verified: partly
	// source: US Mission fact sheet; 1718 Committee; UN Chinese and Arabic summaries
}

// 2321's coal cap has a money limit and a quantity limit; IsValue tells
// them apart.
func ExampleLimit_IsValue() {
	m, _ := sanctions.DPRK().Measure("2321/OP26")
	for _, l := range m.Caps[1].Limits {
		if l.IsValue() {
			fmt.Println("value:", l.Value)
		} else {
			fmt.Println("quantity:", l.Quantity)
		}
	}
	// Output:
	// value: USD 400870018.00
	// quantity: 7500000 metric tons
}

// The 12-month periods of 2397's crude-oil cap start on the day of
// adoption, 22 December 2017; Window gives the period holding a day.
func ExamplePeriod_Window() {
	m, _ := sanctions.DPRK().Measure("2397/OP4")
	p := m.Caps[0].Period
	for _, day := range []string{"2017-12-21", "2018-06-01", "2019-01-01"} {
		first, last, ok := p.Window(date(day))
		if !ok {
			fmt.Println(day, "before the first period")
			continue
		}
		fmt.Println(day, "in", first.Format("2006-01-02"), "to", last.Format("2006-01-02"))
	}
	// Output:
	// 2017-12-21 before the first period
	// 2018-06-01 in 2017-12-22 to 2018-12-21
	// 2019-01-01 in 2018-12-22 to 2019-12-21
}

// 2371's Rajin exemption is scoped to coal: it cannot apply to iron ore.
func ExampleExemption_AppliesTo() {
	m, _ := sanctions.DPRK().Measure("2371/OP8")
	e := m.Exemptions[0]
	fmt.Println("quoted:", e.Quoted, "- source:", e.Source)
	for _, c := range []sanctions.Commodity{sanctions.Coal, sanctions.IronOre, sanctions.UnknownCommodity} {
		fmt.Printf("applies to %v: %t\n", c, e.AppliesTo(c))
	}
	// Output:
	// quoted: true - source: dprknow.jp text copy (coal; exempt with advance notification)
	// applies to coal: true
	// applies to iron ore: false
	// applies to unknown: true
}

// 2371's window for contracts signed before adoption covers iron and iron
// ore, not coal; its last day is computed from "30 days".
func ExampleTransition() {
	m, _ := sanctions.DPRK().Measure("2371/OP8")
	t := m.Transition
	fmt.Println(t.Commodities, t.Days, "days")
	fmt.Println("last day:", t.LastDay.Format("2006-01-02"), "- computed:", t.LastDayDerived)
	fmt.Println("in transition:",
		m.InTransition(sanctions.IronOre, date("2017-09-01")),
		m.InTransition(sanctions.Coal, date("2017-09-01")),
		m.InTransition(sanctions.IronOre, date("2017-09-05")))
	fmt.Println(sanctions.Transition{}.IsZero())
	// Output:
	// [iron iron ore] 30 days
	// last day: 2017-09-04 - computed: true
	// in transition: true false false
	// true
}

// No visible text says that 2371's coal ban replaces 2321's coal cap; the
// library infers it and says so.
func ExampleSupersession() {
	dprk := sanctions.DPRK()
	by, from, ok := dprk.SupersededBy("2321/OP26")
	fmt.Println(by, from.Format("2006-01-02"), ok)
	m, _ := dprk.Measure(by)
	for _, s := range m.Supersedes {
		fmt.Println(s.ID, "inferred:", s.Inferred)
	}
	// Output:
	// 2371/OP8 2017-08-05 true
	// 2321/OP26 inferred: true
}

// China's implementing text maps 2371's coal to HS 2701 and 2702; its list
// of iron-ore codes was cut off, so other codes may be in scope too.
func ExampleHSScope() {
	m, _ := sanctions.DPRK().Measure("2371/OP8")
	for _, sc := range m.HS {
		fmt.Println(sc.Commodity, sc.Codes, sc.Origin, "- incomplete:", sc.Incomplete)
		fmt.Println("  ", sc.Source.Publisher)
	}
	// Output:
	// coal [2701 2702] implementing text - incomplete: false
	//    China MOFCOM/GAC Announcement 2017 No. 40, annex
	// iron ore [2601111000 2601112000 2601119000] implementing text - incomplete: true
	//    China MOFCOM/GAC Announcement 2017 No. 40, annex
}

// A heading's wordings, each as one source prints it, with the source's
// short id and the edition it shows.
func ExampleHSWording() {
	h, _ := sanctions.LookupHS(sanctions.MustParseHSCode("26"))
	ch := h.Deepest()
	fmt.Printf("%q [%s] %s\n", ch.Descriptor.Text, ch.Descriptor.SourceID, ch.Descriptor.Edition)
	for _, w := range ch.Wordings {
		fmt.Printf("%q [%s] %s\n", w.Text, w.SourceID, w.Edition)
	}
	// Output:
	// "Ores, slag and ash" [C1] HS 2022
	// "ORES, SLAG and ASH" [B3] "Tariff Reference (HS2012)"
}

// A count printed with an estimate keeps the source's hedge.
func ExampleNumber() {
	for _, e := range sanctions.RevenueEstimates() {
		if !e.People.IsZero() {
			fmt.Println(e.Subject, "-", e.People, "workers -", e.Publisher)
		}
	}
	// Output:
	// workers (2371, 2375, 2397) - more than 90000 workers - US officials
	// workers - about 93000 workers - US officials
	// workers - about 100000 workers - Sejong Institute
	// workers (outcome) - about 23000 workers - Yonhap
}

// The measures of one kind, change by change: the supply caps on petroleum.
func ExampleFilter() {
	for _, e := range sanctions.DPRK().TimelineOf(sanctions.Filter{Kind: sanctions.SupplyCap, Commodity: sanctions.CrudeOil}) {
		fmt.Println(e.Date.Format("2006-01-02"), e.Citation, e.Change)
	}
	// Output:
	// 2017-09-11 S/RES/2375 (2017), OP 15? adopted
	// 2017-12-22 S/RES/2397 (2017), OP 4 adopted
	// 2018-09-11 S/RES/2375 (2017), OP 15? lapsed
}

// An event's day may be computed rather than stated, and a supersession
// may be the library's inference; the flags say which.
func ExampleEvent() {
	for _, e := range sanctions.DPRK().Timeline(sanctions.IronOre) {
		fmt.Println(e.Date.Format("2006-01-02"), e.Change, "- derived:", e.Derived, "- inferred:", e.Inferred)
	}
	// Output:
	// 2016-03-02 adopted - derived: false - inferred: false
	// 2017-08-05 adopted - derived: false - inferred: false
	// 2017-09-04 transition ends - derived: true - inferred: false
}

// Validate says what is wrong with a trade before screening: here it has
// no direction.
func ExampleTrade_Validate() {
	t := sanctions.Trade{Date: date("2018-01-01")}
	fmt.Println(t.Validate())
	t.Direction = sanctions.SupplyToDPRK
	t.Commodity = sanctions.CrudeOil
	t.Quantity = sanctions.MustQuantity("1000", sanctions.Barrel)
	fmt.Println(t.Validate())
	// Output:
	// sanctions: Trade.Direction "unknown": want DPRK exports or supply to the DPRK
	// <nil>
}

// Where a measure was read: each source with its publisher and address.
func ExampleSource() {
	m, _ := sanctions.DPRK().Measure("2397/OP4")
	for _, src := range m.Sources {
		fmt.Println(src.Publisher)
	}
	// Output:
	// US Mission to the UN
	// 1718 Committee
	// UN summary (ZH)
	// UN summary (AR)
}

// A deadline's day is stated, or computed from a period the text counts
// from adoption: the day of 2375's report on work authorizations is stated
// (by one press source, unverified), 2397's days are computed from months.
// Sorted by day here; the data keeps the reference's order.
func ExampleDeadline() {
	dprk := sanctions.DPRK()
	for _, id := range []string{"2375/OP17", "2397/OP8"} {
		m, _ := dprk.Measure(id)
		ds := slices.Clone(m.Deadlines)
		slices.SortFunc(ds, func(a, b sanctions.Deadline) int { return a.Day.Compare(b.Day) })
		for _, d := range ds {
			how := "stated"
			switch {
			case d.Derived && d.Months > 0:
				how = fmt.Sprintf("computed: %d months from adoption", d.Months)
			case d.Derived:
				how = fmt.Sprintf("computed: %d days from adoption", d.Days)
			}
			fmt.Printf("%s %s, %s (verified: %s)\n", id, d.Day.Format("2006-01-02"), how, d.Verified)
		}
	}
	// Output:
	// 2375/OP17 2017-12-15, stated (verified: no)
	// 2397/OP8 2019-03-22, computed: 15 months from adoption (verified: partly)
	// 2397/OP8 2019-12-22, computed: 24 months from adoption (verified: partly)
	// 2397/OP8 2020-03-22, computed: 27 months from adoption (verified: partly)
}

// A whole Comtrade CSV file, read record by record; a bad line is
// reported and the reader goes on. The lines are illustrative, made for
// this example.
func ExampleNewComtradeReader() {
	file := `freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue
A,2016,156,M,408,H4,2701,8,22500000000,1180000000
A,2016,156,M,408,H4,2601,8,1.5e9,ninety
A,2016,156,X,408,H4,2710,8,100000000,62000000
`
	cr, err := sanctions.NewComtradeReader(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		t, err := rec.Trade()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("line", cr.Line(), t.Direction, "HS", t.HS, t.Value)
	}
	// Output:
	// line 2 DPRK exports HS 2701 USD 1180000000.00
	// sanctions: line 3, primaryValue "ninety": not a decimal number
	// line 4 supply to the DPRK HS 2710 USD 62000000.00
}

// ReadTrade reads a record and its Trade with one validation, for a
// pipeline that screens every line: coal exported in 2018 (2371's ban),
// a record whose partner is not the DPRK, which comes with its error and
// the record read, and refined petroleum supplied in 2018 (2397's cap).
func ExampleComtradeReader_ReadTrade() {
	file := `freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue
A,2018,156,M,408,H5,2701,8,2500000,210000
A,2018,156,M,410,H5,2701,8,1000,50
A,2018,156,X,408,H5,2710,8,100000,62000
`
	cr, err := sanctions.NewComtradeReader(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	dprk := sanctions.DPRK()
	for {
		rec, t, err := cr.ReadTrade()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("line", cr.Line(), "partner", rec.PartnerCode, "not screened")
			continue
		}
		findings, err := dprk.Screen(t)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("line", cr.Line(), t.Direction, "HS", t.HS, sanctions.OutcomeOf(findings))
	}
	// Output:
	// line 2 DPRK exports HS 2701 covered
	// line 3 partner 410 not screened
	// line 4 supply to the DPRK HS 2710 covered
}

// Parse the header once, then each line with Record.
func ExampleParseComtradeHeader() {
	h, err := sanctions.ParseComtradeHeader(strings.Split("\ufefffreqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,cmdDesc", ","))
	if err != nil {
		fmt.Println(err)
		return
	}
	rec, err := h.Record(strings.Split("M,201709,156,M,408,H5,6109,T-shirts", ","))
	fmt.Println(rec.Period, rec.ReporterCode, rec.PartnerCode, rec.CmdCode, rec.CmdDesc, err)

	_, err = sanctions.ParseComtradeHeader([]string{"period", "cmdCode"})
	fmt.Println(err)
	// Output:
	// 201709 156 408 6109 T-shirts <nil>
	// sanctions: header "freqCode": missing column
}

// A pipeline's map step: each line becomes its record and the Trade to
// screen, with one validation. A line that cannot be read comes back with
// the zero record; a record that cannot be screened (here a re-export,
// whose place in the DPRK's trade is not documented) comes back with the
// record read (illustrative lines).
func ExampleComtradeHeader_Trade() {
	h, err := sanctions.ParseComtradeHeader(strings.Split("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,primaryValue", ","))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range []string{
		"M,201710,156,M,408,H5,270112,125000",
		"M,201710,156,RX,408,H5,270112,125000",
		"M,201713,156,M,408,H5,270112,125000",
	} {
		rec, t, err := h.Trade(strings.Split(line, ","))
		switch {
		case err == nil:
			fmt.Println(t.Direction, t.HS, t.Value)
		case rec.Period == "": // the zero record: the line was not read
			fmt.Println("unreadable:", err)
		default:
			fmt.Println("not screened:", rec.FlowCode, errors.Is(err, sanctions.ErrDirectionUndetermined))
		}
	}
	// Output:
	// DPRK exports 270112 USD 125000.00
	// not screened: RX true
	// unreadable: sanctions: ComtradeRecord.Period "201713": month not 01 to 12
}

// One line at a time, with its header: a partner's exports to the DPRK of
// refined petroleum in barrels (illustrative).
func ExampleParseComtradeCSV() {
	header := strings.Split("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty", ",")
	rec, err := sanctions.ParseComtradeCSV(header, strings.Split("M,201803,643,X,408,H5,271019,19,12000", ","))
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := rec.Trade()
	fmt.Println(t.Direction, t.HS, t.Quantity, err)
	// Output:
	// supply to the DPRK 271019 12000 barrels <nil>
}

func ExampleLookupComtradeArea() {
	for _, code := range []int{408, 0, 842, 999} {
		a, ok := sanctions.LookupComtradeArea(code)
		if !ok {
			fmt.Println(code, "not in the data")
			continue
		}
		r, hasRegion := a.Region()
		fmt.Printf("%d %q ISO3 %q region %v %t\n", a.Code, a.Name, a.ISO3, r, hasRegion)
	}
	// Output:
	// 408 "Dem. People's Rep. of Korea" ISO3 "PRK" region KP true
	// 0 "World" ISO3 "W00" region ZZ false
	// 842 "USA" ISO3 "USA" region US true
	// 999 not in the data
}

func ExampleComtradeAreas() {
	areas := sanctions.ComtradeAreas()
	fmt.Println(len(areas), "areas; the first:", areas[0].Name)
	// Output:
	// 58 areas; the first: World
}

func ExampleLookupComtradeClassification() {
	for _, code := range []string{"H6", "H5", "S4"} {
		c, ok := sanctions.LookupComtradeClassification(code)
		fmt.Println(code, ok, c.Variable, "- HS:", c.IsHS())
	}
	// Output:
	// H6 true Product [HS 2022] - HS: true
	// H5 true Product [HS 2017] - HS: true
	// S4 true Product [SITC Rev.4] - HS: false
}

func ExampleLookupComtradeFlow() {
	f, ok := sanctions.LookupComtradeFlow("RX")
	fmt.Println(f.Code, f.Text, ok)
	_, ok = sanctions.LookupComtradeFlow("Z")
	fmt.Println(ok)
	// Output:
	// RX Re-export true
	// false
}

func ExampleComtradeFlows() {
	for _, f := range sanctions.ComtradeFlows() {
		fmt.Printf("%-3s %s\n", f.Code, f.Text)
	}
	// Output:
	// M   Import
	// X   Export
	// DX  Domestic Export
	// FM  Foreign Import
	// MIP Import of goods for inward processing
	// MOP Import of goods after outward processing
	// RM  Re-import
	// RX  Re-export
	// XIP Export of goods after inward processing
	// XOP Export of goods for outward processing
}

func ExampleLookupComtradeUnit() {
	for _, code := range []int{8, 19, -1, 1, 500} {
		u, ok := sanctions.LookupComtradeUnit(code)
		fmt.Printf("%d %t %q %q no quantity: %t\n", code, ok, u.Abbr, u.Description, u.NoQuantity)
	}
	// Output:
	// 8 true "kg" "Weight in kilograms" no quantity: false
	// 19 true "BBL" "Barrels" no quantity: false
	// -1 true "N/A" "Not available or not specified or no quantity." no quantity: true
	// 1 true "–" "No quantity" no quantity: true
	// 500 false "" "" no quantity: false
}

func ExampleComtradeUnits() {
	n := 0
	for _, u := range sanctions.ComtradeUnits() {
		if u.Source == "QuantityUnits.json" {
			n++
		}
	}
	fmt.Println(len(sanctions.ComtradeUnits()), "units,", n, "from QuantityUnits.json")
	// Output:
	// 42 units, 41 from QuantityUnits.json
}

// All yields every measure in the regime's order; here the caps.
func ExampleRegime_All() {
	for m := range sanctions.DPRK().All() {
		if m.Kind.IsCap() {
			fmt.Println(m.Citation(), "-", m.Kind, "-", m.Commodities)
		}
	}
	// Output:
	// S/RES/2321 (2016), OP 26 - export cap - [coal]
	// S/RES/2375 (2017), OP 14? - supply cap - [refined petroleum products]
	// S/RES/2375 (2017), OP 15? - supply cap - [crude oil]
	// S/RES/2397 (2017), OP 4 - supply cap - [crude oil]
	// S/RES/2397 (2017), OP 5 - supply cap - [refined petroleum products]
}

// Measure finds one measure by its ID; an ID not in the regime is false,
// never a nearby measure.
func ExampleRegime_Measure() {
	dprk := sanctions.DPRK()
	m, ok := dprk.Measure("2397/OP8")
	fmt.Println(ok, m.Citation(), m.Kind, m.Adopted().Format("2006-01-02"))
	_, ok = dprk.Measure("2397/OP99")
	fmt.Println(ok)
	// Output:
	// true S/RES/2397 (2017), OP 8 worker repatriation 2017-12-22
	// false
}
