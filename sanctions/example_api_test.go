package sanctions_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/sanctions"
)

// The main path: the built-in regime, what banned a commodity on a day, and
// a trade screened against every measure. HS 2701 (coal) is in the scope of
// 2371's coal ban; 2270's ban named coal too, but the reference verifies no
// HS codes for it, so its finding is inferred from the heading's text and
// undetermined ("OP 29?": a paragraph number the reference has not seen).
func Example() {
	dprk := sanctions.DPRK()
	if m, ok := dprk.Banned(sanctions.Coal, sanctions.DPRKExports, date("2017-10-01")); ok {
		fmt.Println("coal exports banned by", m.Citation())
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
	_, banned := r.Banned(sanctions.Coal, sanctions.DPRKExports, date("2018-01-01"))
	fmt.Println("coal banned:", banned)

	own.ID = ""
	_, err = sanctions.NewRegime([]sanctions.Measure{own})
	fmt.Println(err)
	fmt.Println(errors.Is(err, sanctions.ErrInvalidMeasure))
	// Output:
	// 1 measure
	// coal banned: true
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
			fmt.Printf("HS %s: %s (%s)\n", h.Code, h.Heading, h.Verified)
		}
	}
	// Output:
	// HS 03: Fish and crustaceans, molluscs and other aquatic invertebrates (inferred from HS heading text)
	// HS 1604: Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs (inferred from HS heading text)
	// HS 1605: Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved (inferred from HS heading text)
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
		fmt.Printf("%s: %s (%s)\n", e.Subject, e.Text, e.Publisher)
	}
	// Output:
	// 2371 (coal, iron, lead, seafood): would stop the DPRK "earning over a $1 billion per year" of its "approximately $3 billion per year from export revenues" (US fact sheet)
	// 2321 (coal cap): cuts coal exports by "approximately $700 million per year from 2015 (more than 60%)" (US fact sheet)
	// 2321 (copper, nickel, silver, zinc): "approximately $100 million" a year; statues "tens of millions" (US fact sheet)
}

var _ = currency.USD
var _ = strings.Split
