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
	fmt.Fprintln(w)
	revenueCut(w)
	fmt.Fprintln(w)
	if err := stolen(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	prose.Wrap(w, "", "What the numbers are not: the revenue figures are claims by governments and analysts, "+
		"each on its own basis (a year, 2016, a three-year average); the incident values are the first US dollar "+
		"figures reported, not converted and not adjusted; the publishers' estimates differ in scope and method "+
		"and are restated over time. None of them sums with another.", 100)
	return nil
}

func revenueCut(w io.Writer) {
	fmt.Fprintln(w, "EXPORT REVENUE THE MEASURES WERE SAID TO CUT (sanctions.RevenueEstimates), as published")
	all := sanctions.RevenueEstimates()
	for _, r := range all {
		figure := r.Text
		if !r.Figure.Amount.IsZero() {
			figure = currency.FormatFigure(r.Figure, language.English)
			if r.Per != "" {
				figure += " " + r.Per
			}
		}
		by := r.Publisher
		if r.Via != "" {
			by += " via " + r.Via
		}
		if r.Published != "" {
			by += ", " + r.Published
		}
		for i, l := range prose.Lines(figure+" — "+by, 62) {
			if i == 0 {
				fmt.Fprintf(w, "  %-36s %s\n", r.Subject, l)
			} else {
				fmt.Fprintf(w, "  %-36s   %s\n", "", l)
			}
		}
	}
	fmt.Fprintln(w, "  Where sources disagree, the range (sanctions.RevenueRange), each end with its source and basis:")
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
		if low.Figure.Amount.Equal(high.Figure.Amount) {
			fmt.Fprintf(w, "    %-9s %s: all %d sources with a figure agree\n", g.name, currency.FormatFigure(low.Figure, language.English), len(group))
			continue
		}
		fmt.Fprintf(w, "    %-9s %s (%s, %s) to %s (%s, %s)\n", g.name,
			currency.FormatFigure(low.Figure, language.English), low.Publisher, basis(low), currency.FormatFigure(high.Figure, language.English), high.Publisher, basis(high))
	}
}

// basis says what a revenue figure covers.
func basis(r sanctions.RevenueEstimate) string {
	if r.Per == "" {
		return "basis not printed"
	}
	return r.Per
}

// perHash is what one '#' of the chart stands for.
func perHash() currency.Amount { return currency.MustNewAmount("50000000", currency.USD) }

func bar(a currency.Amount) string {
	q, _ := a.Decimal().QuoRem(perHash().Decimal(), 0)
	return strings.Repeat("#", int(q.IntPart()))
}

func stolen(w io.Writer) error {
	fmt.Fprintln(w, "STOLEN PER YEAR")
	fmt.Fprintf(w, "  known incidents (incidents.Known): the first US dollar figure reported for each (a range counts\n")
	fmt.Fprintf(w, "  with its low end); one # = %s\n", currency.FormatFigure(currency.Figure{Amount: perHash()}, language.English))
	fmt.Fprintf(w, "  net: less funds recovered, returned or seized for return (incidents.NetUSD); disputed: incidents\n")
	fmt.Fprintf(w, "  with a dispute, counted in both totals\n")
	fmt.Fprintf(w, "  %-5s %15s %15s %9s %8s %8s  %s\n", "year", "known, USD", "net, USD", "incidents", "no USD", "disputed", "")
	all := incidents.Known()
	gross := incidents.ByYearRange(slices.Values(all), incidents.FirstUSD, firstYear, lastYear)
	net := incidents.ByYearRange(slices.Values(all), incidents.NetUSD, firstYear, lastYear)
	disputed := incidents.ByYearRange(incidents.Select(slices.Values(all), incidents.WithDispute), nil, firstYear, lastYear)
	for i, yt := range gross {
		total := yt.Totals.Get(currency.USD)
		fmt.Fprintf(w, "  %-5d %15s %15s %9d %8d %8d  %s\n", yt.Year, prose.Approx(total), prose.Approx(net[i].Totals.Get(currency.USD)),
			yt.Count(), len(yt.Missing), disputed[i].Count(), bar(total))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  publishers' estimates for single years (incidents.Estimates), by publisher and date:")
	restatedBy := map[string]string{}
	estimates := incidents.Estimates()
	for _, e := range estimates {
		if e.Revises != "" {
			restatedBy[e.Revises] = e.ID
		}
	}
	for y := firstYear; y <= lastYear; y++ {
		var lines []string
		for _, e := range estimates {
			if e.Period != incidents.YearPeriod(y) || e.Country != (language.Region{}) {
				continue
			}
			f := rangeText(e.Figure)
			note := ""
			switch {
			case e.Revises != "":
				note = ", " + e.Revision.String() + " " + e.Revises
			case restatedBy[e.ID] != "":
				note = ", revised by " + restatedBy[e.ID]
			}
			name := e.Publisher.String()
			lines = append(lines, fmt.Sprintf("%-8s %-22s %s  %s (%s%s)", e.ID, prose.Clip(name, 22), e.PublishedString(), f, e.Scope, note))
		}
		for i, l := range lines {
			year := ""
			if i == 0 {
				year = fmt.Sprint(y)
			}
			fmt.Fprintf(w, "  %-5s %s\n", year, l)
		}
	}
	return nil
}

// rangeText writes a figure, or a range as "low to high", each end with its
// qualifier and equivalent.
func rangeText(f currency.Figure) string {
	if !f.IsRange() {
		return currency.FormatFigure(f, language.English)
	}
	lo := currency.Figure{Qualifier: f.Qualifier, Amount: f.Amount, Equivalent: f.Equivalent}
	hi := currency.Figure{Qualifier: f.HighQualifier, Amount: f.High, Equivalent: f.HighEquivalent}
	return currency.FormatFigure(lo, language.English) + " to " + currency.FormatFigure(hi, language.English)
}
