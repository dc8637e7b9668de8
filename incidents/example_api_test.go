package incidents_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// The main path: the built-in incidents, filtered, added up exactly under a
// measure (here the first USD figure reported), and a publisher's estimate
// for the same year beside them.
func Example() {
	known := slices.Values(incidents.Known())
	of2024 := incidents.Select(known, incidents.InYear(2024), incidents.StatusAtLeast(incidents.Attributed))
	sum := incidents.Total(of2024, incidents.FirstUSD)
	fmt.Printf("2024, attributed or confirmed: %d incidents, %d with a USD figure, %v\n",
		sum.Count(), sum.Len(), sum.Totals)

	e, ok := incidents.LatestEstimate(incidents.Chainalysis, incidents.YearPeriod(2024))
	if ok {
		fmt.Println("Chainalysis for 2024:", e.Figure, "published", e.PublishedString())
	}
	// Output:
	// 2024, attributed or confirmed: 6 incidents, 6 with a USD figure, USD 959500000.00
	// Chainalysis for 2024: USD 1340000000.00 published 2024-12-19
}

// The package's enumerations print their text names, which their JSON
// forms use too; the zero value of each is "unknown" (or no revision), a
// value out of range prints as its number, and reading a name outside the
// list is an error. Validate reports each problem as a *ValidationError,
// which wraps ErrInvalid.
func ExampleStatus() {
	for _, v := range []fmt.Stringer{
		incidents.Confirmed,
		incidents.Exchange,
		incidents.PrecisionMonth,
		incidents.Chainalysis,
		incidents.Lazarus,
		incidents.Attempted,
		incidents.Restates,
		incidents.Primary,
		incidents.CryptoFromExchanges,
	} {
		fmt.Printf("%T: %v\n", v, v)
	}
	fmt.Println(incidents.StatusUnknown, "|", incidents.Status(99))
	var s incidents.Status
	fmt.Println(s.UnmarshalText([]byte("proven")))

	err := incidents.Incident{ID: "x"}.Validate()
	var ve *incidents.ValidationError
	if errors.As(err, &ve) {
		fmt.Printf("record %q, field %s: %s\n", ve.ID, ve.Field, ve.Problem)
	}
	fmt.Println(errors.Is(err, incidents.ErrInvalid))
	// Output:
	// incidents.Status: confirmed
	// incidents.VictimType: exchange
	// incidents.Precision: month
	// incidents.Publisher: Chainalysis
	// incidents.Cluster: Lazarus Group
	// incidents.FlowKind: attempted
	// incidents.Revision: restates
	// incidents.Verification: primary
	// incidents.Scope: crypto from exchanges
	// unknown | Status(99)
	// incidents: unknown Status "proven"
	// record "x", field Date: missing
	// true
}

// The loss as first officially reported, in its own currency; an incident
// whose loss nobody reported officially has no amount.
func ExampleReportedLoss() {
	for _, id := range []string{"2018-coincheck", "2018-cosmos-bank", "2017-coinis"} {
		inc, _ := incidents.Lookup(id)
		loss, ok := incidents.ReportedLoss(inc)
		if !ok {
			fmt.Println(id, "no loss reported")
			continue
		}
		fmt.Println(id, loss, "- by", inc.LossReport.By)
	}
	// Output:
	// 2018-coincheck JPY 58000000000 - by Coincheck press conference
	// 2018-cosmos-bank INR 944200000.00 - by Cosmos chairman Milind Kale; FIR
	// 2017-coinis no loss reported
}

// The first USD figure of each incident; a range counts with its low end,
// so a total of ranges is a lower bound.
func ExampleFirstUSD() {
	for _, id := range []string{"2018-coincheck", "2017-youbit"} {
		inc, _ := incidents.Lookup(id)
		usd, ok := incidents.FirstUSD(inc)
		fmt.Println(id, usd, ok)
		for _, r := range inc.LossUSD {
			fmt.Printf("  %q, by %s, range: %t\n", r.AsPrinted, r.By, r.IsRange())
		}
	}
	// Output:
	// 2018-coincheck USD 533000000.00 true
	//   "~$533–534M", by press, range: true
	// 2017-youbit XXX 0 false
}

// The own-currency loss where one was reported, else the first USD figure:
// the measure that leaves the fewest incidents without an amount.
func ExampleLossOrUSD() {
	of2017 := slices.Collect(incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2017)))
	for _, m := range []struct {
		name    string
		measure incidents.Measure
	}{
		{"ReportedLoss", incidents.ReportedLoss},
		{"FirstUSD", incidents.FirstUSD},
		{"LossOrUSD", incidents.LossOrUSD},
	} {
		s := incidents.Total(slices.Values(of2017), m.measure)
		fmt.Printf("%s: %v; without an amount: %v\n", m.name, s.Totals, s.Missing)
	}
	// Output:
	// ReportedLoss: KRW 12500000000, USD 500000.00; without an amount: [2017-coinis 2017-nicehash 2017-youbit]
	// FirstUSD: USD 78490000.00; without an amount: [2017-youbit]
	// LossOrUSD: KRW 12500000000, USD 66690000.00; without an amount: [2017-youbit]
}

// What was attempted is kept apart from what was stolen: never add it to
// a theft total.
func ExampleAttemptedUSD() {
	bb, _ := incidents.Lookup("2016-bangladesh-bank")
	attempted, _ := incidents.AttemptedUSD(bb)
	loss, _ := incidents.ReportedLoss(bb)
	fmt.Println("attempted:", attempted, "- lost:", loss)
	for _, f := range bb.Flows {
		fmt.Printf("  %v: %s (%s)\n", f.Kind, f.Figure.AsPrinted, f.Figure.By)
	}
	// Output:
	// attempted: USD 951000000.00 - lost: USD 81000000.00
	//   attempted: 35 SWIFT orders for $951M (press (Manila Times; FT Sri Lanka))
	//   executed: 5 executed ($101M) (press (Manila Times; FT Sri Lanka))
	//   reversed: $20M to Sri Lanka was reversed (press (Manila Times; FT Sri Lanka))
}

// A Measure of your own: the highest USD figure reported, the high end of
// a range included.
func ExampleMeasure() {
	highestUSD := func(inc incidents.Incident) (currency.Amount, bool) {
		var best currency.Amount
		found := false
		for _, r := range inc.LossUSD {
			for _, a := range []currency.Amount{r.Figure.Amount, r.Figure.High} {
				if a.Currency() != currency.USD {
					continue
				}
				if c, err := a.Cmp(best); !found || err == nil && c > 0 {
					best, found = a, true
				}
			}
		}
		return best, found
	}
	coincheck, _ := incidents.Lookup("2018-coincheck")
	low, _ := incidents.FirstUSD(coincheck)
	high, _ := highestUSD(coincheck)
	fmt.Println(low, "to", high)
	// Output:
	// USD 533000000.00 to USD 534000000.00
}

// The disputes, wherever they are: the rows whose status is "disputed" and
// the attributed rows that someone disputes.
func ExampleWithDispute() {
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.WithDispute) {
		fmt.Println(inc.ID, "-", inc.StatusText())
	}
	// Output:
	// 2018-coincheck - disputed
	// 2019-bithumb - attributed; disputed
	// 2024-uwu-lend - disputed
}

// Countries no source confirmed are kept, marked; CountryVerified leaves
// them out, and the incidents whose country is unknown too.
func ExampleCountryVerified() {
	known := incidents.Known()
	verified := slices.Collect(incidents.Select(slices.Values(known), incidents.CountryVerified))
	unknown := slices.Collect(incidents.Select(slices.Values(known), incidents.InCountry(language.Region{})))
	fmt.Println(len(known), "incidents,", len(verified), "with a confirmed country,", len(unknown), "with none known")
	for _, inc := range known {
		if inc.CountryUnverified {
			fmt.Println("unconfirmed:", inc.ID, inc.Country)
		}
	}
	// Output:
	// 48 incidents, 34 with a confirmed country, 10 with none known
	// unconfirmed: 2020-kucoin SC
	// unconfirmed: 2022-deribit PA
	// unconfirmed: 2023-atomic-wallet EE
	// unconfirmed: 2023-coinspaid EE
}

// Cluster names as attributors print them, aliases included.
func ExampleClusterNamed() {
	for _, name := range []string{"apt38", "UNC4899", "Hidden Dragon"} {
		c, ok := incidents.ClusterNamed(name)
		fmt.Printf("%q: %v %t\n", name, c, ok)
	}
	// Output:
	// "apt38": APT38 true
	// "UNC4899": TraderTraitor true
	// "Hidden Dragon": unknown false
}

// A coin count and a money figure imply a price per coin; the figures here
// are made up for the example.
func ExampleImpliedPrice() {
	coins := incidents.Asset{Symbol: "ETH", Quantity: decimal.RequireFromString("1200"), By: "the victim"}
	value := incidents.Reported{Figure: currency.Figure{Amount: currency.MustNewAmount("3000000", currency.USD)}, AsPrinted: "$3 million", By: "press"}
	p, err := incidents.ImpliedPrice(coins, value)
	fmt.Println(p, err)
	coins.Quantity = decimal.Zero
	_, err = incidents.ImpliedPrice(coins, value)
	fmt.Println(err)
	// Output:
	// USD 2500.000000000000 per ETH (USD 3000000.00 / 1200 ETH, press) <nil>
	// incidents: implied price of 0 ETH: the quantity must be positive
}

func ExampleLookupEstimate() {
	e, ok := incidents.LookupEstimate("N2")
	fmt.Println(ok, e.Publisher, e.PublishedString(), e.PeriodAsPrinted)
	fmt.Println(e.AsPrinted)
	fmt.Println(e.Figure, "- verification:", e.Verification)
	_, ok = incidents.LookupEstimate("N99")
	fmt.Println(ok)
	// Output:
	// true NIS 2022-12-22 2017 – Dec 2022
	// 약 1조5000억원 / 1조5000억원 (1.5 trillion won); AP: "$1.2 billion"
	// about KRW 1500000000000 (USD 1200000000.00) - verification: secondary
	// false
}

// The thefts of the first half of 2019.
func ExampleDuring() {
	h1 := incidents.Period{From: day(2019, time.January, 1), To: day(2019, time.June, 30)}
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.During(h1)) {
		fmt.Println(inc.DateString(), inc.ID)
	}
	// Output:
	// 2019-02-13 2019-bank-of-valletta
	// 2019-03-24 2019-dragonex
	// 2019-03-29 2019-bithumb
}

// The thefts a verified, undisputed attribution ties to TraderTraitor.
func ExampleInCluster() {
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.InCluster(incidents.TraderTraitor)) {
		fmt.Println(inc.DateString(), inc.ID)
	}
	// Output:
	// 2023-06-02 2023-atomic-wallet
	// 2023-07-22 2023-alphapo
	// 2023-07-22 2023-coinspaid
	// 2024-05-31 2024-dmm-bitcoin
	// 2025-02-21 2025-bybit
}

func ExampleInCountry() {
	japan := incidents.Select(slices.Values(incidents.Known()), incidents.InCountry(language.MustParseRegion("JP")))
	s := incidents.Total(japan, incidents.ReportedLoss)
	for it := range s.All() {
		fmt.Println(it.ID, it.Amount)
	}
	// Output:
	// 2018-coincheck JPY 58000000000
	// 2024-dmm-bitcoin JPY 48200000000
}

func ExampleInYear() {
	s := incidents.Total(incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2023)), incidents.FirstUSD)
	fmt.Println(s.Count(), "incidents in 2023:", s.Totals)
	// Output:
	// 6 incidents in 2023: USD 392000000.00
}

func ExampleOfType() {
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.OfType(incidents.DeFiBridge)) {
		usd, _ := incidents.FirstUSD(inc)
		fmt.Println(inc.ID, usd)
	}
	// Output:
	// 2022-ronin-bridge USD 620000000.00
	// 2022-harmony-horizon-bridge USD 100000000.00
}

// StatusAtLeast ranks the statuses; a disputed row ranks below every
// attribution.
func ExampleStatusAtLeast() {
	of2024 := slices.Collect(incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2024)))
	for _, s := range []incidents.Status{incidents.Disputed, incidents.Suspected, incidents.Attributed, incidents.Confirmed} {
		n := 0
		for range incidents.Select(slices.Values(of2024), incidents.StatusAtLeast(s)) {
			n++
		}
		fmt.Printf("at least %v: %d of %d\n", s, n, len(of2024))
	}
	// Output:
	// at least disputed: 8 of 8
	// at least suspected: 7 of 8
	// at least attributed: 6 of 8
	// at least confirmed: 6 of 8
}

// StatusIs keeps the rows with exactly that status.
func ExampleStatusIs() {
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.StatusIs(incidents.Suspected)) {
		fmt.Println(inc.ID)
	}
	// Output:
	// 2015-banco-del-austro
	// 2024-bingx
	// 2025-phemex
	// 2025-upbit
}

func ExampleYearPeriod() {
	p := incidents.YearPeriod(2024)
	fmt.Println(p)
	fmt.Println(p.Contains(day(2024, time.December, 31)), p.Contains(day(2025, time.January, 1)))
	// Output:
	// 2024-01-01 – 2024-12-31
	// true false
}

func ExamplePublisherNamed() {
	for _, name := range []string{" chainalysis ", "TRM Labs", "Reuters"} {
		p, ok := incidents.PublisherNamed(name)
		fmt.Printf("%q: %v %t\n", name, p, ok)
	}
	// Output:
	// " chainalysis ": Chainalysis true
	// "TRM Labs": TRM Labs true
	// "Reuters": unknown false
}

// Totals per status. The disputed group also shows the attributed rows
// that someone disputes, which count under their status too.
func ExampleByStatus() {
	for _, g := range incidents.ByStatus(slices.Values(incidents.Known()), incidents.FirstUSD) {
		fmt.Printf("%v: %d incidents, %v\n", g.Status, g.Count(), g.Totals)
	}
	// Output:
	// suspected: 4 incidents, USD 97680000.00
	// attributed: 15 incidents, USD 645890000.00
	// confirmed: 27 incidents, USD 3705122000.00
	// disputed: 3 incidents, USD 571300000.00
}

func ExampleByVictimType() {
	for _, g := range incidents.ByVictimType(slices.Values(incidents.Known()), incidents.FirstUSD) {
		fmt.Printf("%v: %d incidents, %d without a USD figure, %v\n", g.VictimType, g.Count(), len(g.Missing), g.Totals)
	}
	// Output:
	// unknown: 1 incidents, 0 without a USD figure, USD 24900000.00
	// exchange: 25 incidents, 1 without a USD figure, USD 3380342000.00
	// DeFi bridge: 2 incidents, 0 without a USD figure, USD 720000000.00
	// wallet provider: 1 incidents, 0 without a USD figure, USD 100000000.00
	// payment processor: 2 incidents, 0 without a USD figure, USD 97000000.00
	// gambling platform: 1 incidents, 0 without a USD figure, USD 41000000.00
	// bank: 9 incidents, 0 without a USD figure, USD 137650000.00
	// other: 7 incidents, 0 without a USD figure, USD 500100000.00
}

// A Sum of your own figures; MakeSum keeps the currencies apart, and the
// incidents without an amount in Missing.
func ExampleMakeSum() {
	s := incidents.MakeSum([]incidents.Item{
		{ID: "a", Date: day(2024, time.March, 1), Amount: currency.MustNewAmount("1500000", currency.USD)},
		{ID: "b", Date: day(2024, time.May, 9), Amount: currency.MustNewAmount("2000000000", currency.KRW)},
		{ID: "c", Date: day(2024, time.June, 2), Amount: currency.MustNewAmount("250000.50", currency.USD)},
	}, []string{"d"})
	fmt.Println(s.Totals, "|", s.Len(), "of", s.Count(), "with an amount; missing:", s.Missing)
	// Output:
	// KRW 2000000000, USD 1750000.50 | 3 of 4 with an amount; missing: [d]
}

// Total adds every incident under one measure; the items say what it is
// made of.
func ExampleTotal() {
	s := incidents.Total(slices.Values(incidents.Known()), incidents.ReportedLoss)
	fmt.Println(s.Count(), "incidents,", s.Len(), "with a reported loss")
	fmt.Println(s.Totals)
	// Output:
	// 48 incidents, 18 with a reported loss
	// EUR 13000000.00, INR 944200000.00, JPY 106200000000, KRW 150000000000, PKR 2600000, USD 1692800000.00
}

// A year's losses converted to dollars, each at the Federal Reserve's
// annual average for its year, and the rate used for each.
func ExampleSum_In() {
	korea2018 := incidents.Select(slices.Values(incidents.Known()),
		incidents.InYear(2018), incidents.InCountry(language.MustParseRegion("KR")))
	c, err := incidents.Total(korea2018, incidents.ReportedLoss).In(currency.USD, currency.AnnualKRWUSD())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range c.Items {
		fmt.Println(it.ID, it.Amount, "=", it.Converted, "at", it.Rate)
	}
	fmt.Println("total:", c.Total)
	// Output:
	// 2018-bithumb KRW 35000000000 = USD 31838656.97 at 0.000909675913401 USD per KRW for 2018
	// total: USD 31838656.97
}

// With rates for won only, the yen and the two rupee losses of 2018 cannot
// be converted: InPartial converts the rest and says what it could not.
func ExampleSum_InPartial_perYear() {
	of2018 := incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2018))
	p, err := incidents.Total(of2018, incidents.ReportedLoss).InPartial(currency.USD, currency.AnnualKRWUSD())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("converted:", p.Total, "from", len(p.Items), "items")
	for _, u := range p.Unconverted {
		fmt.Println("not converted:", u.ID, u.Amount)
	}
	fmt.Println("no amount:", p.Missing)
	// Output:
	// converted: USD 41838656.97 from 2 items
	// not converted: 2018-coincheck JPY 58000000000
	// not converted: 2018-cosmos-bank INR 944200000.00
	// not converted: 2018-bankislami PKR 2600000
	// no amount: [2018-bancomext 2018-indonesian-crypto-company]
}

// A range as printed keeps both ends, each with its qualifier.
func ExampleReported_IsRange() {
	inc, _ := incidents.Lookup("2019-bithumb")
	for _, r := range inc.LossUSD {
		if r.IsRange() {
			fmt.Printf("%q (%s): %v\n", r.AsPrinted, r.By, r.Figure)
		}
	}
	// Output:
	// "~$19–20M" (reporter not named in the reference): about USD 19000000.00 to about USD 20000000.00
}

// The counts of attacks printed with estimates keep their hedges.
func ExampleCount() {
	for _, e := range incidents.Estimates() {
		if !e.Attacks.IsZero() && e.Publisher == incidents.Chainalysis {
			fmt.Println(e.ID, e.Attacks)
		}
	}
	// Output:
	// C1 at least 7 attacks
	// C4 20 incidents
	// C5 47 incidents
	// C5/2023 20 incidents
}

// The thefts the US–Japan–ROK joint statement itemized, each matched to
// an incident of the data where there is one.
func ExamplePart() {
	e, _ := incidents.LookupEstimate("J1")
	fmt.Println(e.Publisher, e.PublishedString())
	for _, p := range e.Parts {
		id := p.Incident
		if id == "" {
			id = "no incident linked"
		}
		fmt.Printf("  %s: %v (%s)\n", p.Label, p.Figure, id)
	}
	// Output:
	// US–Japan–ROK joint statement 2025-01-14
	//   DMM Bitcoin: USD 308000000.00 (2024-dmm-bitcoin)
	//   Upbit: USD 50000000.00 (2019-upbit)
	//   Rain Management: USD 16130000.00 (no incident linked)
	//   WazirX (US & ROK attribution): USD 235000000.00 (2024-wazirx)
	//   Radiant Capital (US & ROK): USD 50000000.00 (2024-radiant-capital)
}

// What the Bank of Valletta heist moved, beside what it lost.
func ExampleFlow() {
	inc, _ := incidents.Lookup("2019-bank-of-valletta")
	loss, _ := incidents.ReportedLoss(inc)
	fmt.Println("loss:", loss)
	for _, f := range inc.Flows {
		fmt.Println(f.Kind, f.Figure.Figure, "- whole loss:", f.Whole, "- seen at", f.Source.By)
	}
	// Output:
	// loss: EUR 13000000.00
	// unrecovered less than EUR 1000000.00 - whole loss: false - seen at Times of Malta
}

// Names reports whether an attribution names a cluster; Bybit's
// attributions, by whom and how firmly.
func ExampleAttribution_Names() {
	inc, _ := incidents.Lookup("2025-bybit")
	for _, a := range inc.Attributions {
		fmt.Printf("%s, %s: %q (%v), names TraderTraitor: %t\n",
			a.By, a.Date.Format("2006-01-02"), a.Actor, a.Status, a.Names(incidents.TraderTraitor))
	}
	// Output:
	// FBI (PSA), 2025-02-26: "TraderTraitor" (confirmed), names TraderTraitor: true
}

// What had been said about Coincheck on three days. The NIS's suspicion is
// dated to February 2018 only, so on a day of that month it cannot be
// placed (undetermined), and so is the UN Panel's mention, dated to 2019
// only, on a day of 2019; by December 2019 a dispute (June 2019) stands
// beside Group-IB's attribution (October 2018).
func ExampleIncident_StatusOn() {
	coincheck, _ := incidents.Lookup("2018-coincheck")
	for _, d := range []time.Time{day(2018, time.February, 15), day(2018, time.March, 1), day(2019, time.December, 1)} {
		on := coincheck.StatusOn(d)
		fmt.Printf("%s: %v, disputed %t, %d made, %d undetermined\n",
			d.Format(time.DateOnly), on.Status, on.Disputed, len(on.Made), len(on.Undetermined))
	}
	// Output:
	// 2018-02-15: unknown, disputed false, 0 made, 1 undetermined
	// 2018-03-01: suspected, disputed false, 1 made, 0 undetermined
	// 2019-12-01: attributed, disputed true, 3 made, 1 undetermined
}

// HasLoss says whether a loss was officially reported; the USD figures are
// a separate matter.
func ExampleIncident_HasLoss() {
	for _, id := range []string{"2019-upbit", "2022-ronin-bridge", "2017-youbit"} {
		inc, _ := incidents.Lookup(id)
		fmt.Println(id, inc.HasLoss(), len(inc.LossUSD), "USD figures")
	}
	// Output:
	// 2019-upbit true 2 USD figures
	// 2022-ronin-bridge false 2 USD figures
	// 2017-youbit false 0 USD figures
}

// An estimate of thefts from exchanges over January 2017 to September 2018
// covers an exchange hacked in that span, not a bank, and nothing after it.
func ExampleEstimate_Covers() {
	e, _ := incidents.LookupEstimate("U6/exchanges")
	fmt.Println(e.Publisher, "|", e.PeriodAsPrinted, "|", e.Scope)
	for _, id := range []string{"2018-coincheck", "2018-bancomext", "2019-upbit"} {
		inc, _ := incidents.Lookup(id)
		fmt.Println(id, e.Covers(inc))
	}
	// Output:
	// UN Panel of Experts | Jan 2017 – Sep 2018 | crypto from exchanges
	// 2018-coincheck true
	// 2018-bancomext false
	// 2019-upbit false
}

// A range keeps both ends, each with its own qualifier.
func ExampleEstimate_IsRange() {
	e, _ := incidents.LookupEstimate("U2")
	fmt.Println(e.IsRange(), e.Figure)
	fmt.Println(e.AsPrinted)
	// Output:
	// true USD 630000000.00 to more than USD 1000000000.00 (high end: KRW 1200000000000)
	// "$630 million" (South Korean estimate) to "more than $1 billion" / "over $1 billion" (cybersecurity firm)
}

func ExampleEstimate_Validate_empty() {
	err := incidents.Estimate{ID: "mine"}.Validate()
	fmt.Println(errors.Is(err, incidents.ErrInvalid))
	fmt.Println(err)
	// Output:
	// true
	// incidents: estimate "mine": Publisher: undefined value unknown
	// incidents: estimate "mine": Published: missing
	// incidents: estimate "mine": Figure: no figure: XXX 0
}

// The items of a Sum, in input order, with the day each converts at.
func ExampleSum_Items() {
	s := incidents.Total(incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2025)), incidents.ReportedLoss)
	for _, it := range s.Items() {
		fmt.Println(it.Date.Format(time.DateOnly), it.ID, it.Amount)
	}
	fmt.Println(s.Len(), "of", s.Count(), "with a reported loss")
	// Output:
	// 2025-02-21 2025-bybit USD 1400000000.00
	// 2025-07-24 2025-woo-x USD 14000000.00
	// 2025-11-27 2025-upbit KRW 44500000000
	// 3 of 5 with a reported loss
}
