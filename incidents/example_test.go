package incidents_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"golang.org/x/text/language"
)

// Building an incident by hand, and validating it.
func ExampleIncident_Validate() {
	inc := incidents.Incident{
		ID:            "2022-example-exchange",
		Date:          time.Date(2022, time.May, 4, 0, 0, 0, 0, time.UTC),
		DatePrecision: incidents.PrecisionDay,
		Victim:        "Example Exchange",
		Country:       language.MustParseRegion("KR"),
		VictimType:    incidents.Exchange,
		Loss:          currency.MustNewAmount("12000000000", currency.KRW),
		Attributions: []incidents.Attribution{{
			Actor:    "Lazarus Group",
			Clusters: []incidents.Cluster{incidents.Lazarus},
			By:       "ROK National Police Agency",
			Status:   incidents.Confirmed,
			Source:   incidents.Source{By: "press", URL: "https://example.org/"},
		}},
	}
	fmt.Println(inc.Validate())
	fmt.Println(inc.Status(), inc.Clusters()[0])

	inc.Loss = currency.MustNewAmount("-1", currency.KRW)
	inc.Attributions[0].Source = incidents.Source{}
	err := inc.Validate()
	fmt.Println(errors.Is(err, incidents.ErrInvalid))
	fmt.Println(err)
	// Output:
	// <nil>
	// confirmed Lazarus Group
	// true
	// incidents: incident "2022-example-exchange": Loss: negative amount KRW -1
	// incidents: incident "2022-example-exchange": Attributions[0].Source: attribution by "ROK National Police Agency" has no source
}

// The NIS's December 2022 report put the total taken since 2017 at an
// estimated 1.5 trillion won and 2022's part of it at about 800 billion won;
// Share checks the claim that the part is "more than half".
func ExampleShare() {
	since2017, _ := incidents.LookupEstimate("N2")
	in2022, _ := incidents.LookupEstimate("N3")
	r, err := incidents.Share(in2022.Figure.Amount, since2017.Figure.Amount)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Percent(1), r.MoreThanHalf())
	fmt.Println(r.Value.StringFixed(6))
	// The two figures differ in scope, which the data keeps:
	fmt.Println(since2017.Scope, "|", in2022.Scope)
	// Output:
	// 53.3 % true
	// 0.533333
	// crypto | crypto, banks and ransomware
}

// The incidents a government confirmed, year by year, with the USD figure
// each was reported at.
func ExampleKnown_confirmedByYear() {
	confirmed := incidents.Select(slices.Values(incidents.Known()), incidents.StatusIs(incidents.Confirmed))
	for _, y := range incidents.ByYear(confirmed, incidents.FirstUSD) {
		fmt.Printf("%d: %d incidents, %v\n", y.Year, y.Count(), y.Totals)
	}
	// Output:
	// 2015: 1 incidents, USD 0.00
	// 2016: 1 incidents, USD 81000000.00
	// 2017: 2 incidents, USD 64500000.00
	// 2018: 3 incidents, USD 31000000.00
	// 2019: 4 incidents, USD 65922000.00
	// 2020: 2 incidents, USD 17200000.00
	// 2022: 3 incidents, USD 748000000.00
	// 2023: 4 incidents, USD 238000000.00
	// 2024: 6 incidents, USD 959500000.00
	// 2025: 1 incidents, USD 1500000000.00
}

// Losses reported in won, by year, converted to dollars at the Federal
// Reserve's annual average of each incident's year; the rate used for each
// incident is part of the result.
func ExampleByYear_inUSD() {
	korea := incidents.Select(slices.Values(incidents.Known()), incidents.InCountry(language.MustParseRegion("KR")))
	rates := currency.AnnualKRWUSD()
	for _, y := range incidents.ByYear(korea, incidents.ReportedLoss) {
		c, err := y.In(currency.USD, rates)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d: %v = %v; no amount: %v\n", y.Year, y.Totals, c.Total, c.Missing)
		for _, it := range c.Items {
			fmt.Printf("  %s: %v at %v\n", it.ID, it.Converted, it.Rate)
		}
	}
	// Output:
	// 2017: KRW 12500000000 = USD 11071318.34; no amount: [2017-coinis 2017-youbit]
	//   2017-yapizon: USD 4871380.07 at 0.000885705466618 USD per KRW for 2017
	//   2017-bithumb: USD 6199938.27 at 0.000885705466618 USD per KRW for 2017
	// 2018: KRW 35000000000 = USD 31838656.97; no amount: []
	//   2018-bithumb: USD 31838656.97 at 0.000909675913401 USD per KRW for 2018
	// 2019: KRW 58000000000 = USD 49751175.50; no amount: [2019-bithumb]
	//   2019-upbit: USD 49751175.50 at 0.000857778887934 USD per KRW for 2019
	// 2024: 0 = USD 0.00; no amount: [2024-playdapp]
	// 2025: KRW 44500000000 = USD 31307243.45; no amount: []
	//   2025-upbit: USD 31307243.45 at 0.000703533560626 USD per KRW for 2025
}

// Setting the NIS's 2022 figure beside the incidents of 2022.
func ExampleReconcile() {
	nis, _ := incidents.LookupEstimate("N3")
	fmt.Println(nis.Publisher, "|", nis.Venue)
	fmt.Println(nis.AsPrinted, "=", nis.Figure)

	r, err := incidents.Reconcile(nis, slices.Values(incidents.Known()), incidents.LossOrUSD, currency.AnnualKRWUSD())
	if err != nil {
		panic(err)
	}
	for _, it := range r.Converted.Items {
		fmt.Printf("%s: %v = %v\n", it.ID, it.Amount, it.Converted)
	}
	fmt.Println("total:", r.Converted.Total, "=", r.Share.Percent(1), "of the estimate")
	fmt.Println("without an amount:", r.Missing())
	// Output:
	// NIS | press briefing, National Cyber Security Cooperation Center, Pangyo
	// 약 8000억원 / 8000억원 이상; AP: "$626 million" = about KRW 800000000000 (USD 626000000.00)
	// 2022-ronin-bridge: USD 620000000.00 = KRW 800903352000
	// 2022-harmony-horizon-bridge: USD 100000000.00 = KRW 129177960000
	// 2022-deribit: USD 28000000.00 = KRW 36169828800
	// total: KRW 966251140800 = 120.8 % of the estimate
	// without an amount: []
}

// The status is the reference's for the row: Coincheck is disputed; Bithumb
// 2019 is attributed, and the victim's dispute stays visible beside it.
func ExampleIncident_Disputed() {
	for _, id := range []string{"2018-coincheck", "2019-bithumb", "2022-ronin-bridge"} {
		inc, _ := incidents.Lookup(id)
		fmt.Printf("%s: %s (status %v, disputed %v, strongest attribution %v)\n", inc.ID, inc.StatusText(), inc.Status(), inc.Disputed(), inc.StrongestAttribution())
	}
	// Output:
	// 2018-coincheck: disputed (status disputed, disputed true, strongest attribution attributed)
	// 2019-bithumb: attributed; disputed (status attributed, disputed true, strongest attribution attributed)
	// 2022-ronin-bridge: confirmed (status confirmed, disputed false, strongest attribution confirmed)
}

// Revisions are estimates of their own that point at what they revise.
func ExampleEstimates_revisions() {
	for _, e := range incidents.Estimates() {
		if e.Revises == "" {
			continue
		}
		old, _ := incidents.LookupEstimate(e.Revises)
		fmt.Printf("%s (%s), %s: %s (was %s, %s)\n", e.Publisher, e.Revision, e.Published.Format("2006-01-02"), e.AsPrinted, old.AsPrinted, old.Published.Format("2006-01-02"))
	}
	// Output:
	// Chainalysis (restates), 2023-09-14: $1.65 billion (was an estimated $1.7 billion, 2023-02-01)
	// Chainalysis (restates), 2024-12-19: $660.50 million (was roughly $1 billion, 2024-01-24)
	// Chainalysis (supersedes), 2025-12-18: $2.02 billion … a 51% year-over-year increase (was over $2.17 billion, 2025-07-01)
	// TRM Labs (extends), 2025-06-27: more than US$5 billion in crypto since 2017 (paraphrase, TRM) (was nearly $3 billion, 2024-01-05)
	// US State Department (extends), 2026-01-01: bringing the total stolen in 2025 to more than $2 billion (was "$1.65 billion"; Alpha Biz: "₩2.3 trillion", 2025-10-22)
}

// Totals by cluster keep each currency apart: a loss reported in yen stays
// in yen until the caller converts. An incident counts under every cluster
// it is attributed to.
func ExampleByActor() {
	for _, g := range incidents.ByActor(slices.Values(incidents.Known()), incidents.LossOrUSD) {
		fmt.Printf("%-14v %2d incidents: %v\n", g.Cluster, g.Count(), g.Totals)
	}
	// Output:
	// unknown         6 incidents: KRW 44500000000, USD 378980000.00
	// DPRK           16 incidents: INR 944200000.00, KRW 47500000000, USD 757462000.00
	// Lazarus Group  26 incidents: EUR 13000000.00, JPY 58000000000, KRW 58000000000, PKR 2600000, USD 1649400000.00
	// APT38          15 incidents: EUR 13000000.00, PKR 2600000, USD 1140500000.00
	// Andariel        1 incidents: KRW 58000000000
	// BlueNoroff      1 incidents: USD 81000000.00
	// TraderTraitor   5 incidents: JPY 48200000000, USD 1597300000.00
	// UNC4736         1 incidents: USD 50000000.00
}

// Finding one incident and reading who attributed it, how firmly, and
// where that was seen.
func ExampleLookup() {
	inc, ok := incidents.Lookup("2024-dmm-bitcoin")
	if !ok {
		return
	}
	fmt.Println(inc.Victim, inc.DateString(), inc.Country, inc.VictimType)
	fmt.Println(inc.Assets[0].Quantity, inc.Assets[0].Symbol, "=", inc.LossReport.Figure, "per", inc.LossReport.By)
	for _, a := range inc.Attributions {
		fmt.Printf("%s, %s: %q (%v)\n", a.By, a.Date.Format("2006-01-02"), a.Actor, a.Status)
		fmt.Println(a.Source.URL)
	}
	// Output:
	// DMM Bitcoin 2024-05-31 JP exchange
	// 4502.9 BTC = about JPY 48200000000 per DMM Bitcoin
	// FBI, DC3 and Japan NPA (joint), 2024-12-23: "TraderTraitor" (confirmed)
	// https://dailyhodl.com/2024/12/24/fbi-and-other-federal-agencies-identify-hacker-behind-308000000-hack-of-dmm-crypto-exchange/amp
}

// Filters compose: the confirmed thefts from exchanges, 2017–2022, and
// their total as first reported, currencies kept apart.
func ExampleSelect() {
	confirmedExchanges := incidents.Select(slices.Values(incidents.Known()),
		incidents.During(incidents.Period{
			From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC),
			To:   time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC),
		}),
		incidents.StatusIs(incidents.Confirmed),
		incidents.OfType(incidents.Exchange),
	)
	sum := incidents.Total(confirmedExchanges, incidents.ReportedLoss)
	for it := range sum.All() {
		fmt.Println(it.ID, it.Amount)
	}
	fmt.Println("total:", sum.Totals.String())
	// Output:
	// 2019-upbit KRW 58000000000
	// total: KRW 58000000000
}

// The victims' countries, as the reference gives them: a country no source
// confirmed is a group of its own.
func ExampleByCountry() {
	for _, g := range incidents.ByCountry(slices.Values(incidents.Known()), incidents.FirstUSD) {
		flag := ""
		if g.Unverified {
			flag = " (unverified)"
		}
		fmt.Printf("%v%s: %v from %d (%d without a USD figure)\n", g.Country, flag, g.Totals.String(), g.Count(), len(g.Missing))
	}
	// Output:
	// AE: USD 1500000000.00 from 1 (0 without a USD figure)
	// BD: USD 81000000.00 from 1 (0 without a USD figure)
	// BH: USD 14100000.00 from 1 (0 without a USD figure)
	// CL: USD 10000000.00 from 1 (0 without a USD figure)
	// EC: USD 12000000.00 from 1 (0 without a USD figure)
	// EE (unverified): USD 137000000.00 from 2 (0 without a USD figure)
	// ID: USD 24900000.00 from 1 (0 without a USD figure)
	// IN: USD 248300000.00 from 2 (0 without a USD figure)
	// JP: USD 841000000.00 from 2 (0 without a USD figure)
	// KR: USD 432490000.00 from 9 (1 without a USD figure)
	// MT: USD 14650000.00 from 1 (0 without a USD figure)
	// MX: USD 0.00 from 1 (0 without a USD figure)
	// PA (unverified): USD 28000000.00 from 1 (0 without a USD figure)
	// PK: USD 6100000.00 from 1 (0 without a USD figure)
	// SC (unverified): USD 281000000.00 from 1 (0 without a USD figure)
	// SG: USD 682680000.00 from 4 (0 without a USD figure)
	// SI: USD 64000000.00 from 1 (0 without a USD figure)
	// SK: USD 5400000.00 from 1 (0 without a USD figure)
	// TW: USD 12000000.00 from 2 (0 without a USD figure)
	// US: USD 114300000.00 from 3 (0 without a USD figure)
	// VN: USD 0.00 from 1 (0 without a USD figure)
	// ZZ: USD 492072000.00 from 10 (0 without a USD figure)
}

// Totals by year over a stated range: every year from 2015 to 2025 is
// listed, a year without an incident with a zero total.
func ExampleByYearRange() {
	confirmed := incidents.Select(slices.Values(incidents.Known()), incidents.StatusIs(incidents.Confirmed))
	for _, y := range incidents.ByYearRange(confirmed, incidents.FirstUSD, 2015, 2025) {
		fmt.Printf("%d: %2d incidents, %d with a USD figure: %v\n", y.Year, y.Count(), y.Len(), y.Totals.Get(currency.USD))
	}
	// Output:
	// 2015:  1 incidents, 1 with a USD figure: USD 0.00
	// 2016:  1 incidents, 1 with a USD figure: USD 81000000.00
	// 2017:  2 incidents, 2 with a USD figure: USD 64500000.00
	// 2018:  3 incidents, 3 with a USD figure: USD 31000000.00
	// 2019:  4 incidents, 4 with a USD figure: USD 65922000.00
	// 2020:  2 incidents, 2 with a USD figure: USD 17200000.00
	// 2021:  0 incidents, 0 with a USD figure: USD 0.00
	// 2022:  3 incidents, 3 with a USD figure: USD 748000000.00
	// 2023:  4 incidents, 4 with a USD figure: USD 238000000.00
	// 2024:  6 incidents, 6 with a USD figure: USD 959500000.00
	// 2025:  1 incidents, 1 with a USD figure: USD 1500000000.00
}

// Gross and net of funds recovered, returned or seized: the Munchables
// thief handed everything back, so its net loss is zero.
func ExampleNetUSD() {
	withFlows := incidents.Select(slices.Values(incidents.Known()), func(inc incidents.Incident) bool {
		for _, f := range inc.Flows {
			if f.Kind == incidents.Recovered || f.Kind == incidents.Returned || f.Kind == incidents.Seized {
				return true
			}
		}
		return false
	})
	list := slices.Collect(withFlows)
	gross := incidents.Total(slices.Values(list), incidents.FirstUSD)
	net := incidents.Total(slices.Values(list), incidents.NetUSD)
	for _, inc := range list {
		g, _ := incidents.FirstUSD(inc)
		n, _ := incidents.NetUSD(inc)
		fmt.Printf("%-28s gross %-18v net %v\n", inc.ID, g, n)
	}
	fmt.Println("gross:", gross.Totals, "net:", net.Totals)
	// Output:
	// 2015-banco-del-austro        gross USD 12000000.00    net USD 9200000.00
	// 2018-bancomext               gross USD 0.00           net USD 0.00
	// 2020-ny-financial-services   gross USD 11800000.00    net USD 9900000.00
	// 2024-munchables              gross USD 62500000.00    net USD 0.00
	// gross: USD 86300000.00 net: USD 19100000.00
}

// What the NIS could know on the day of its briefing, 2022-12-22: the
// thefts of 2022 that someone had attributed by then, and by whom.
func ExampleAttributedOn() {
	briefing := time.Date(2022, 12, 22, 0, 0, 0, 0, time.UTC)
	of2022 := incidents.Select(slices.Values(incidents.Known()), incidents.InYear(2022), incidents.AttributedOn(briefing, incidents.Suspected))
	for inc := range of2022 {
		on := inc.StatusOn(briefing)
		fmt.Printf("%s: %v on %s\n", inc.ID, on.Status, briefing.Format(time.DateOnly))
		for _, a := range on.Made {
			fmt.Printf("  %s, %s: %v\n", a.By, a.Date.Format(time.DateOnly), a.Status)
		}
	}
	ronin, _ := incidents.Lookup("2022-ronin-bridge")
	fmt.Println("Ronin the day before the FBI:", ronin.StatusOn(time.Date(2022, 4, 13, 0, 0, 0, 0, time.UTC)).Status)
	// Output:
	// 2022-ronin-bridge: confirmed on 2022-12-22
	//   FBI, 2022-04-14: confirmed
	// 2022-harmony-horizon-bridge: attributed on 2022-12-22
	//   Elliptic, 2022-06-01: attributed
	// Ronin the day before the FBI: unknown
}

// Chainalysis's latest figure for 2023, following its revisions.
func ExampleLatestEstimate() {
	e, ok := incidents.LatestEstimate(incidents.Chainalysis, incidents.YearPeriod(2023))
	if !ok {
		return
	}
	fmt.Println(e.ID, e.PublishedString(), e.Figure, e.Attacks)
	old, _ := incidents.LookupEstimate(e.Revises)
	fmt.Println(e.Revision, old.ID, old.PublishedString(), old.Figure, "revised by", old.RevisedBy)
	// Output:
	// C5/2023 2024-12-19 USD 660500000.00 20 incidents
	// restates C4 2024-01-24 about USD 1000000000.00 revised by [C5/2023]
}

// The ETH price the Upbit theft of 2019 implies: 342,000 ETH against each
// money figure reported for it.
func ExampleIncident_ImpliedPrices() {
	upbit, _ := incidents.Lookup("2019-upbit")
	for _, p := range upbit.ImpliedPrices() {
		fmt.Println(p)
	}
	// Output:
	// KRW 169590.643274853801 per ETH (KRW 58000000000 / 342000 ETH, ROK police)
	// USD 141.812865497076 per ETH (USD 48500000.00 / 342000 ETH, US DOJ complaint)
	// USD 146.198830409357 per ETH (USD 50000000.00 / 342000 ETH, US–Japan–ROK joint statement)
}

// Estimates by publisher and day of publication: the three figures of the
// NIS briefing of 2022-12-22.
func ExampleEstimatesPublished() {
	for _, e := range incidents.EstimatesPublished(incidents.NIS, time.Date(2022, 12, 22, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(e.ID, e.Figure, "|", e.Scope)
	}
	// Output:
	// N2 about KRW 1500000000000 (USD 1200000000.00) | crypto
	// N3 about KRW 800000000000 (USD 626000000.00) | crypto, banks and ransomware
	// N4 more than KRW 100000000000 (USD 78000000.00) | crypto
}

// Actor names as attributors printed them match through the cluster's
// aliases: "Jade Sleet" finds what the FBI calls TraderTraitor.
func ExampleActorNamed() {
	for inc := range incidents.Select(slices.Values(incidents.Known()), incidents.ActorNamed("jade sleet"), incidents.InYear(2024)) {
		fmt.Println(inc.ID)
	}
	c, _ := incidents.ClusterNamed("Citrine Sleet")
	fmt.Println(c, c.Aliases())
	// Output:
	// 2024-dmm-bitcoin
	// 2024-wazirx
	// UNC4736 [AppleJeus Citrine Sleet]
}

// Validating an estimate built by hand: each problem names the estimate
// and the field.
func ExampleEstimate_Validate() {
	e := incidents.Estimate{
		ID: "my-1", Publisher: incidents.Chainalysis,
		Published: time.Date(2024, 1, 24, 0, 0, 0, 0, time.UTC), PublishedPrecision: incidents.PrecisionDay,
		Period: incidents.YearPeriod(2023), Scope: incidents.Crypto, Verification: incidents.Secondary,
		Figure: currency.Figure{
			Amount: currency.MustNewAmount("1000000000", currency.USD),
			High:   currency.MustNewAmount("700000000", currency.USD),
		},
		Revises: "C4",
	}
	fmt.Println(e.Validate())
	// Output:
	// incidents: estimate "my-1": Figure.High: range from USD 1000000000.00 to USD 700000000.00: the low end exceeds the high end
	// incidents: estimate "my-1": Revision: Revises "C4" with revision kind none: give both or neither
}

// A year converts as far as the rates reach: the yen loss of 2024 has no
// rate in the won table, so it is listed with the reason instead of failing
// the year.
func ExampleSum_InPartial() {
	y := incidents.ByYearRange(slices.Values(incidents.Known()), incidents.ReportedLoss, 2024, 2024)[0]
	p, err := y.InPartial(currency.USD, currency.AnnualKRWUSD())
	if err != nil {
		panic(err)
	}
	for _, c := range p.Items {
		fmt.Println("converted:", c.ID, c.Converted)
	}
	for _, u := range p.Unconverted {
		fmt.Println("not converted:", u.ID, u.Amount)
	}
	fmt.Println("total:", p.Total, "without an amount:", len(p.Missing))
	// Output:
	// converted: 2024-radiant-capital USD 50000000.00
	// not converted: 2024-dmm-bitcoin JPY 48200000000
	// total: USD 50000000.00 without an amount: 6
}
