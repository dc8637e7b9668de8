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
	fmt.Println(inc.Status(), inc.Clusters()[0], inc.Clusters()[0].MITRE())

	inc.Loss = currency.MustNewAmount("-1", currency.KRW)
	inc.Attributions[0].Source = incidents.Source{}
	err := inc.Validate()
	fmt.Println(errors.Is(err, incidents.ErrInvalid))
	fmt.Println(err)
	// Output:
	// <nil>
	// confirmed Lazarus Group G0032
	// true
	// incidents: incident "2022-example-exchange": Loss: negative amount KRW -1
	// incidents: incident "2022-example-exchange": Attributions[0].Source: attribution by "ROK National Police Agency" has no source
}

// The NIS said in December 2022 that of an estimated 1.5 trillion won stolen
// since 2017, about 800 billion won was stolen that year: "more than half".
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
	// 2016: 1 incidents, USD 81000000.00
	// 2017: 1 incidents, USD 64000000.00
	// 2019: 1 incidents, USD 48500000.00
	// 2022: 2 incidents, USD 720000000.00
	// 2023: 4 incidents, USD 238000000.00
	// 2024: 3 incidents, USD 592900000.00
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
	// 2017: KRW 12500000000 = USD 11071318.34; no amount: [2017-youbit]
	//   2017-yapizon: USD 4871380.07 at 0.000885705466618 USD per KRW for 2017
	//   2017-bithumb: USD 6199938.27 at 0.000885705466618 USD per KRW for 2017
	// 2018: KRW 35000000000 = USD 31838656.97; no amount: []
	//   2018-bithumb: USD 31838656.97 at 0.000909675913401 USD per KRW for 2018
	// 2019: KRW 58000000000 = USD 49751175.50; no amount: [2019-bithumb]
	//   2019-upbit: USD 49751175.50 at 0.000857778887934 USD per KRW for 2019
}

// Setting the NIS's 2022 figure beside the incidents of 2022.
func ExampleReconcile() {
	nis, _ := incidents.LookupEstimate("N3")
	fmt.Println(nis.Publisher)
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
	// NIS (press briefing, National Cyber Security Cooperation Center, Pangyo)
	// 약 8000억원 / 8000억원 이상; AP: "$626 million" = about KRW 800000000000 (USD 626000000.00)
	// 2022-ronin-bridge: USD 620000000.00 = KRW 800903352000
	// 2022-harmony-horizon-bridge: USD 100000000.00 = KRW 129177960000
	// total: KRW 930081312000 = 116.3 % of the estimate
	// without an amount: []
}

// A dispute stays visible beside the strongest attribution.
func ExampleIncident_Disputed() {
	for _, id := range []string{"2018-coincheck", "2019-bithumb", "2022-ronin-bridge"} {
		inc, _ := incidents.Lookup(id)
		fmt.Printf("%s: %s (status %v, disputed %v)\n", inc.ID, inc.StatusText(), inc.Status(), inc.Disputed())
	}
	// Output:
	// 2018-coincheck: attributed; disputed (status attributed, disputed true)
	// 2019-bithumb: attributed; disputed (status attributed, disputed true)
	// 2022-ronin-bridge: confirmed (status confirmed, disputed false)
}

// Revisions are estimates of their own that point at what they revise.
func ExampleEstimates_revisions() {
	for _, e := range incidents.Estimates() {
		if e.Revises == "" {
			continue
		}
		old, _ := incidents.LookupEstimate(e.Revises)
		fmt.Printf("%s, %s: %s (was %s, %s)\n", e.Publisher, e.Published.Format("2006-01-02"), e.AsPrinted, old.AsPrinted, old.Published.Format("2006-01-02"))
	}
	// Output:
	// Chainalysis (mid-year update), 2023-09-14: $1.65 billion (was an estimated $1.7 billion, 2023-02-01)
	// Chainalysis, 2024-12-19: $660.50 million (was roughly $1 billion, 2024-01-24)
}

// Totals by cluster keep each currency apart: a loss reported in yen stays
// in yen until the caller converts. An incident counts under every cluster
// it is attributed to.
func ExampleByActor() {
	for _, g := range incidents.ByActor(slices.Values(incidents.Known()), incidents.LossOrUSD) {
		fmt.Printf("%-14v %2d incidents: %v\n", g.Cluster, g.Count(), g.Totals)
	}
	// Output:
	// DPRK            9 incidents: KRW 47500000000, USD 675900000.00
	// Lazarus Group  13 incidents: JPY 58000000000, KRW 58000000000, USD 1538300000.00
	// APT38           8 incidents: USD 1103300000.00
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
	for _, it := range sum.Items {
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
	// EE (unverified): USD 137000000.00 from 2 (0 without a USD figure)
	// IN: USD 234900000.00 from 1 (0 without a USD figure)
	// JP: USD 841000000.00 from 2 (0 without a USD figure)
	// KR: USD 110300000.00 from 6 (1 without a USD figure)
	// SC (unverified): USD 281000000.00 from 1 (0 without a USD figure)
	// SG: USD 620000000.00 from 1 (0 without a USD figure)
	// SI: USD 64000000.00 from 1 (0 without a USD figure)
	// US: USD 100000000.00 from 1 (0 without a USD figure)
	// ZZ: USD 396000000.00 from 6 (0 without a USD figure)
}
