// Command revenue sets the export revenue the UN sanctions on the DPRK were
// estimated to cut beside what North Korean actors are reported to have
// stolen, year by year: the value of the known incidents, as reported in
// US dollars, and the publishers' estimates for the same years.
//
// Usage:
//
//	go run ./examples/revenue
//
// Every number comes from sanctions.RevenueEstimates, incidents.Known and
// incidents.Estimates; none is typed in here.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/internal/prose"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/sanctions"
	"golang.org/x/text/language"
)

// The years the table covers: the first sectoral bans to the last year of
// the data.
const firstYear, lastYear = 2016, 2025

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "revenue:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintln(w, "What the sanctions were said to cut, and what was stolen, from kpledger's data")
	fmt.Fprintln(w, "How to read it:")
	for _, l := range []string{
		`"—": none; "#": ` + prose.Amount(perHash()) + " of a year's known value",
		`"known": the first US dollar figure reported for each known incident (incidents.FirstUSD; a range counts with its low end)`,
		`"net": the same, less funds recovered, returned or seized for return (incidents.NetUSD)`,
		`"no USD": incidents with no US dollar figure, not counted in the year's values`,
		`"disputed": incidents with a dispute, counted in both values`,
	} {
		prose.Wrap(w, "  ", l, width)
	}
	fmt.Fprintln(w)
	revenueCut(w, sanctions.RevenueEstimates())
	fmt.Fprintln(w)
	if err := stolen(w, incidents.Known()); err != nil {
		return err
	}
	fmt.Fprintln(w)
	prose.Wrap(w, "", "What the numbers are not: the revenue figures are claims by governments and analysts, "+
		"each on its own basis (a year, 2016, a three-year average); the incident values are the first US dollar "+
		"figures reported, not converted and not adjusted; the publishers' estimates differ in scope and method "+
		"and are restated over time. None of them sums with another.", width)
	return nil
}

// revenueCut writes the revenue estimates all, and the range of each group
// where its sources disagree.
func revenueCut(w io.Writer, all []sanctions.RevenueEstimate) {
	fmt.Fprintln(w, "EXPORT REVENUE THE MEASURES WERE SAID TO CUT (sanctions.RevenueEstimates), as published")
	for _, r := range all {
		prose.Row(w, fmt.Sprintf("  %-36s ", r.Subject), prose.Revenue(r), width)
	}
	prose.Wrap(w, "  ", "Where sources disagree, the range (sanctions.RevenueRange), each end with its source and basis:", width)
	for _, g := range []struct {
		name string
		keep func(sanctions.RevenueEstimate) bool
	}{
		{"textiles", func(r sanctions.RevenueEstimate) bool { return slices.Contains(r.Commodities, sanctions.Textiles) }},
		{"workers", func(r sanctions.RevenueEstimate) bool { return r.Workers && !r.Outcome }},
	} {
		var group []sanctions.RevenueEstimate
		for _, r := range all {
			if g.keep(r) && !r.Figure.Amount.IsZero() {
				group = append(group, r)
			}
		}
		low, high, ok := sanctions.RevenueRange(group)
		if !ok {
			continue
		}
		first := fmt.Sprintf("    %-9s ", g.name)
		// RevenueRange weighs amounts only: sources agree when every figure
		// prints the same, qualifier included ("about $500 million" and
		// "more than $500 million" do not).
		agree := true
		for _, r := range group {
			agree = agree && prose.Figure(r.Figure) == prose.Figure(low.Figure)
		}
		switch {
		case agree:
			all := fmt.Sprintf("all %d sources", len(group))
			switch len(group) {
			case 1:
				all = "the only source"
			case 2:
				all = "both sources"
			}
			prose.Row(w, first, fmt.Sprintf("%s: %s with a figure agree", prose.Figure(low.Figure), all), width)
			continue
		case low.Figure.Amount.Equal(high.Figure.Amount):
			// One amount, put differently: no range, every figure as printed.
			var each []string
			for _, r := range group {
				each = append(each, fmt.Sprintf("%s (%s, %s)", prose.Figure(r.Figure), r.Publisher, basis(r)))
			}
			prose.Row(w, first, "one amount, qualified differently: "+strings.Join(each, "; "), width)
			continue
		}
		prose.Row(w, first, fmt.Sprintf("%s (%s, %s) to %s (%s, %s)",
			prose.Figure(low.Figure), low.Publisher, basis(low), prose.Figure(high.Figure), high.Publisher, basis(high)), width)
	}
}

// basis says what a revenue figure covers.
func basis(r sanctions.RevenueEstimate) string {
	if r.Per == "" {
		return "basis not printed"
	}
	return r.Per
}

// width is the most characters a line of the output has.
const width = 100

// perHash is what one '#' of the chart stands for.
func perHash() currency.Amount { return currency.MustNewAmount("50000000", currency.USD) }

func bar(a currency.Amount) string {
	q, _ := a.Decimal().QuoRem(perHash().Decimal(), 0)
	return strings.Repeat("#", int(q.IntPart()))
}

// stolen writes the value of incs per year and the publishers' estimates
// for single years.
func stolen(w io.Writer, all []incidents.Incident) error {
	fmt.Fprintln(w, "STOLEN PER YEAR, in the known incidents (incidents.Known)")
	fmt.Fprintf(w, "  %-5s %15s %15s %9s %8s %8s\n", "year", "known, USD", "net, USD", "incidents", "no USD", "disputed")
	gross := incidents.ByYearRange(slices.Values(all), incidents.FirstUSD, firstYear, lastYear)
	net := incidents.ByYearRange(slices.Values(all), incidents.NetUSD, firstYear, lastYear)
	disputed := incidents.ByYearRange(incidents.Select(slices.Values(all), incidents.WithDispute), nil, firstYear, lastYear)
	var netOnly []string // with a US dollar figure, but no net one
	for i, yt := range gross {
		total := yt.Totals.Get(currency.USD)
		fmt.Fprintf(w, "  %-5d %15s %15s %9d %8d %8d  %s\n", yt.Year, prose.Known(total, yt.Count(), len(yt.Missing)),
			prose.Known(net[i].Totals.Get(currency.USD), net[i].Count(), len(net[i].Missing)),
			yt.Count(), len(yt.Missing), disputed[i].Count(), bar(total))
		for _, id := range net[i].Missing {
			if !slices.Contains(yt.Missing, id) {
				netOnly = append(netOnly, id)
			}
		}
	}
	// The "no USD" column counts the known values' gaps; an incident whose
	// recovery the data cannot subtract is a gap of the net values only:
	// left out of a year's net without a word, it would read as recovered.
	if len(netOnly) > 0 {
		prose.Wrap(w, "  ", "Not in the net values, with a recovery the data cannot subtract: "+strings.Join(netOnly, ", ")+".", width)
	}
	fmt.Fprintln(w)
	prose.Wrap(w, "  ", "Publishers' estimates for single years (incidents.Estimates), by date of publication:", width)
	estimates := incidents.Estimates()
	// By the day of publication; estimates of one day in the data's order.
	slices.SortStableFunc(estimates, func(a, b incidents.Estimate) int { return a.Published.Compare(b.Published) })
	for y := firstYear; y <= lastYear; y++ {
		first := true
		for _, e := range estimates {
			if e.Period != incidents.YearPeriod(y) || e.Country != (language.Region{}) {
				continue
			}
			year := ""
			if first {
				year, first = fmt.Sprint(y), false
			}
			lead := fmt.Sprintf("  %-5s %-8s %-10s ", year, e.ID, e.PublishedString())
			prose.Row(w, lead, fmt.Sprintf("%s: %s — scope: %s%s", e.Publisher, prose.Figure(e.Figure), e.Scope, prose.Revisions(e)), width)
		}
	}
	return nil
}
