// Command nis2022 reproduces the December 2022 briefing of South Korea's
// National Intelligence Service (NIS) on North Korean theft of virtual
// assets, from kpledger's own data and functions:
//
//  1. it reads the figures from the text of the report with
//     currency.FindFigures and sets each beside the rate it implies, the
//     New York noon rate of the day and the 2022 annual average;
//  2. it checks the report's claims ("more than half this year") exactly;
//  3. it sets the NIS figures beside other publishers' estimates, with
//     their revisions and scopes;
//  4. it totals the known incidents per year and reconciles the NIS
//     estimate with them;
//  5. it closes with the sanctions the thefts stand beside.
//
// Every number it prints comes from the library; none is typed in here.
// Run it with
//
//	go run ./examples/nis2022
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/internal/prose"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/sanctions"
	"golang.org/x/text/language"
)

// report is the project's own summary of the NIS briefing, in its words,
// not a quote: the won figures of the Korean reports and AP's dollar
// conversions, in the forms the press printed them.
const report = "In a December 2022 report, South Korea's National Intelligence Service (NIS) put " +
	"the virtual assets North Korean hackers had taken since 2017 at an estimated " +
	"1.5 trillion won ($1.2 billion): about 800 billion won ($626 million) in 2022 alone, " +
	"and more than 100 billion won ($78 million) from South Korean victims. " +
	"Under the UN sanctions of 2016–17, North Korea's coal, textile and seafood exports " +
	"are prohibited, and states must send North Korean workers home."

// The estimates the report's three figures are, in the library's data.
const (
	idTotal      = "N2" // since 2017
	idThisYear   = "N3" // 2022
	idSouthKorea = "N4" // from South Korea
)

// briefing is the day of the NIS briefing.
var briefing = time.Date(2022, time.December, 22, 0, 0, 0, 0, time.UTC)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "nis2022:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintln(w, "North Korean theft of virtual assets: the NIS briefing of 2022-12-22, from kpledger's data")
	legend(w)
	for _, step := range []func(io.Writer) error{figures, claims, publishers, knownIncidents, sanctionsContext} {
		fmt.Fprintln(w)
		if err := step(w); err != nil {
			return err
		}
	}
	return nil
}

// width is the most characters a line of the output has.
const width = 100

// legend explains, once, the marks the sections use.
func legend(w io.Writer) {
	fmt.Fprintln(w, "How to read it:")
	for _, l := range []string{
		`"—": none; "#": ` + prose.Amount(perHash) + " of a year's total (section 4)",
		`"no USD": incidents with no US dollar figure, not counted in the totals beside them`,
		`"disputed": rows the reference marks disputed, and attributions someone disputes; the latter ` +
			`also count under their status, so a year's columns can add up to more than its total`,
		`"OP 29?": a source gives this paragraph number, but it was not verified in a copy of the text`,
		`"derived": a day computed from a count in the text ("24 months from adoption"), not stated`,
		`"unverified": not seen in a copy of the resolution text`,
	} {
		prose.Wrap(w, "  ", l, width)
	}
}

// full writes every digit of an amount: "$1,175,843,471.72".
func full(a currency.Amount) string { return currency.Format(a, language.English, currency.Full) }

// usdKRW returns the KRW per USD rate of a table on a day.
func usdKRW(rates currency.Rates, on time.Time) (currency.Rate, error) {
	_, r, err := rates.Convert(currency.MustNewAmount("1", currency.USD), currency.KRW, on)
	return r, err
}

func figures(w io.Writer) error {
	fmt.Fprintln(w, "1. The figures, as currency.FindFigures reads them from the report")
	daily, annual := currency.DailyKRWUSD(), currency.AnnualKRWUSD()
	day, err := usdKRW(daily, briefing)
	if err != nil {
		return err
	}
	year, err := usdKRW(annual, briefing)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   rates: %s (New York noon, FRED DEXKOUS);\n", day)
	fmt.Fprintf(w, "          %s, the year's average (Federal Reserve G.5A)\n", year)
	fmt.Fprintf(w, "   %-44s %-11s %-18s %s\n", "as printed", "implied,", "won at the day's", "won at 2022's")
	fmt.Fprintf(w, "   %-44s %-11s %-18s %s\n", "", "KRW per USD", "rate, in USD", "average, in USD")
	for _, m := range currency.FindFigures(report) {
		implied, err := m.Figure.ImpliedRate()
		if err != nil {
			return err
		}
		atDay, _, err := daily.Convert(m.Figure.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		atYear, _, err := annual.Convert(m.Figure.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %-44s %-11s %-18s %s\n", report[m.Start:m.End], prose.Number(implied.Value.Round(0)), full(atDay), full(atYear))
	}
	prose.Wrap(w, "   ", "The implied rates (rounded to the won) bracket the day's rate: the dollar figures are "+
		"the press's conversions, rounded, not the NIS's own.", width)
	return nil
}

func estimate(id string) (incidents.Estimate, error) {
	e, ok := incidents.LookupEstimate(id)
	if !ok {
		return e, fmt.Errorf("no estimate %q in the library's data", id)
	}
	return e, nil
}

func claims(w io.Writer) error {
	fmt.Fprintln(w, "2. The claims, checked exactly (incidents.Share)")
	total, err := estimate(idTotal)
	if err != nil {
		return err
	}
	for _, c := range []struct{ id, claim string }{
		{idThisYear, "2022's share of the total since 2017"},
		{idSouthKorea, "South Korea's share of the total"},
	} {
		part, err := estimate(c.id)
		if err != nil {
			return err
		}
		r, err := incidents.Share(part.Figure.Amount, total.Figure.Amount)
		if err != nil {
			return err
		}
		line := fmt.Sprintf("%s: %s of %s = %s", c.claim, prose.Plain(part.Figure), prose.Plain(total.Figure), r.Percent(1))
		if c.id == idThisYear {
			line += fmt.Sprintf(" (more than half: %s)", yesNo(r.MoreThanHalf()))
		}
		prose.Wrap(w, "   ", line, width)
	}
	this, _ := estimate(idThisYear)
	prose.Wrap(w, "   ", fmt.Sprintf("Caveat: the 2022 figure's scope is %q (%s); the total's is %q, so the share compares unlike things.",
		this.Scope.String(), this.ScopeAsPrinted, total.Scope.String()), width)
	return nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// publisherName is the estimate's publisher key: "NIS".
func publisherName(e incidents.Estimate) string { return e.Publisher.String() }

func publishers(w io.Writer) error {
	fmt.Fprintln(w, "3. Other publishers' estimates (incidents.Estimates)")
	all := incidents.Estimates()
	byID := map[string]incidents.Estimate{}
	for _, e := range all {
		byID[e.ID] = e
	}
	row := func(e incidents.Estimate) {
		note := "scope as printed: " + string(e.ScopeAsPrinted) + prose.Revisions(e)
		first := fmt.Sprintf("   %-13s %-10s ", e.ID, e.PublishedString())
		prose.Row(w, first, publisherName(e)+": "+prose.Figure(e.Figure)+" — "+note, width)
	}
	// By the day of publication; estimates of one day in the data's order.
	byDate := slices.Clone(all)
	slices.SortStableFunc(byDate, func(a, b incidents.Estimate) int { return a.Published.Compare(b.Published) })
	fmt.Fprintln(w, "   For 2022 alone, by date of publication:")
	for _, e := range byDate {
		if e.Period == incidents.YearPeriod(2022) {
			row(e)
		}
	}
	fmt.Fprintln(w, "   Cumulative from 2017, by date of publication:")
	for _, e := range byDate {
		if e.Period.From.Year() == 2017 && e.Period.From.YearDay() == 1 && e.Period.To.Year() > 2017 && e.Country == (language.Region{}) {
			row(e)
		}
	}
	fmt.Fprintln(w, "   Revisions, by date of publication:")
	for _, e := range byDate {
		if e.Revises == "" {
			continue
		}
		old := byID[e.Revises]
		oldFigure := prose.Figure(old.Figure)
		if old.AllActors {
			oldFigure += ", all actors"
		}
		prose.Wrap(w, "   ", fmt.Sprintf("%s %s (%s, published %s): %s; %s %s (%s, published %s: %s)", publisherName(e), e.ID, periodText(e.Period), e.PublishedString(),
			prose.Figure(e.Figure), e.Revision, old.ID, periodText(old.Period), old.PublishedString(), oldFigure), width)
	}
	return nil
}

// periodText writes a one-year period as its year.
func periodText(p incidents.Period) string {
	if y := p.From.Year(); p == incidents.YearPeriod(y) {
		return fmt.Sprint(y)
	}
	return p.String()
}

// perHash is the value one '#' of a bar stands for.
var perHash = currency.MustNewAmount("50000000", currency.USD)

func bar(a currency.Amount) string {
	q, _ := a.Decimal().QuoRem(perHash.Decimal(), 0)
	return strings.Repeat("#", int(q.IntPart()))
}

func knownIncidents(w io.Writer) error {
	fmt.Fprintln(w, "4. The known incidents (incidents.Known), 2017–2022")
	prose.Wrap(w, "   ", "USD as first reported (incidents.FirstUSD; a range counts with its low end), by the status the reference gives each row:", width)
	statuses := []incidents.Status{incidents.Confirmed, incidents.Attributed, incidents.Suspected, incidents.Disputed}
	fmt.Fprintf(w, "   %-4s", "year")
	for _, s := range statuses {
		fmt.Fprintf(w, " %13s", s)
	}
	fmt.Fprintf(w, " %13s %6s\n", "total", "no USD")
	known := incidents.Known()
	// Every year of the range, one with no incident included.
	for _, yt := range incidents.ByYearRange(slices.Values(known), incidents.FirstUSD, 2017, 2022) {
		byStatus := map[incidents.Status]string{}
		for _, st := range incidents.ByStatus(incidents.Select(slices.Values(known), incidents.InYear(yt.Year)), incidents.FirstUSD) {
			if !slices.Contains(statuses, st.Status) {
				// An incident of a status with no column would be in the
				// total and in none of the columns beside it.
				return fmt.Errorf("%d: %s of status %q, for which the table has no column", yt.Year, prose.Count(st.Count(), "incident", "incidents"), st.Status)
			}
			byStatus[st.Status] = prose.Known(st.Totals.Get(currency.USD), st.Count(), len(st.Missing))
		}
		fmt.Fprintf(w, "   %-4d", yt.Year)
		for _, s := range statuses {
			cell, ok := byStatus[s]
			if !ok {
				cell = prose.Approx(currency.Amount{}) // no incident of the status
			}
			fmt.Fprintf(w, " %13s", cell)
		}
		total := yt.Totals.Get(currency.USD)
		fmt.Fprintf(w, " %13s %6d  %s\n", prose.Known(total, yt.Count(), len(yt.Missing)), len(yt.Missing), bar(total))
	}
	disputed := incidents.Select(slices.Values(known), incidents.During(incidents.Period{
		From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)}),
		incidents.WithDispute)
	for inc := range disputed {
		prose.Wrap(w, "   ", fmt.Sprintf("disputed: %s (%s): %s", inc.ID, inc.Victim, inc.StatusText()), width)
	}

	e, err := estimate(idTotal)
	if err != nil {
		return err
	}
	rec, err := incidents.Reconcile(e, slices.Values(known), incidents.LossOrUSD, currency.AnnualAverages())
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	prose.Wrap(w, "   ", fmt.Sprintf("Reconciling %s (%s, %s: %s) with the incidents in its period and scope, "+
		"each loss as first reported (else its first USD figure), in won at its year's average rate (G.5A):",
		e.ID, publisherName(e), e.PublishedString(), prose.Figure(e.Figure)), width)
	fmt.Fprintf(w, "     %-31s %-20s %s\n", "incident", "as reported", "in won")
	for _, c := range rec.Converted.Items {
		fmt.Fprintf(w, "     %-31s %-20s %s\n", c.ID, prose.Amount(c.Amount), prose.Approx(c.Converted))
	}
	with := "the 1 with a usable amount explains"
	if n := len(rec.Converted.Items); n != 1 {
		with = fmt.Sprintf("the %d with a usable amount explain", n)
	}
	prose.Wrap(w, "   ", fmt.Sprintf("%s in scope; %s %s, %s of the estimate.",
		prose.Count(len(rec.Incidents), "incident", "incidents"), with, prose.Approx(rec.Converted.Total), rec.Share.Percent(1)), width)
	var later, undated, disputedIn []string
	for _, id := range rec.Incidents {
		inc, _ := incidents.Lookup(id)
		if inc.Disputed() {
			disputedIn = append(disputedIn, id+" ("+inc.StatusText()+")")
		}
		switch on := inc.StatusOn(briefing); {
		case on.Status != incidents.StatusUnknown:
		case len(on.Undetermined) > 0:
			undated = append(undated, id)
		default:
			later = append(later, id)
		}
	}
	if len(disputedIn) > 0 {
		prose.Wrap(w, "   ", "The total includes disputed incidents: "+strings.Join(disputedIn, ", ")+".", width)
	}
	if len(later) > 0 {
		prose.Wrap(w, "   ", fmt.Sprintf("Attributed only after %s (incidents.Incident.StatusOn), so not what the NIS could count then: %s.",
			briefing.Format(time.DateOnly), strings.Join(later, ", ")), width)
	}
	if len(undated) > 0 {
		prose.Wrap(w, "   ", fmt.Sprintf("Attributed at a date the data cannot place before %s: %s.",
			briefing.Format(time.DateOnly), strings.Join(undated, ", ")), width)
	}
	if missing := rec.Missing(); len(missing) > 0 {
		prose.Wrap(w, "   ", fmt.Sprintf("Without a usable amount: %s.", strings.Join(missing, ", ")), width)
	}
	for _, u := range rec.Unconverted {
		prose.Wrap(w, "   ", fmt.Sprintf("Not converted: %s (%s): %v.", u.ID, u.Amount, u.Err), width)
	}
	return nil
}

func sanctionsContext(w io.Writer) error {
	fmt.Fprintln(w, "5. What the sanctions cut (sanctions.DPRK, sanctions.RevenueEstimates)")
	regime := sanctions.DPRK()
	for _, c := range []sanctions.Commodity{sanctions.Coal, sanctions.Textiles, sanctions.Seafood} {
		fmt.Fprintf(w, "   %s\n", c)
		for _, ev := range regime.Timeline(c) {
			if ev.Change != sanctions.Adopted {
				continue
			}
			m, _ := regime.Measure(ev.MeasureID)
			fmt.Fprintf(w, "     %s  %-28s %s\n", ev.Date.Format(time.DateOnly), ev.Citation, m.Kind)
		}
	}
	fmt.Fprintln(w, "   workers abroad, with the deadlines of the measures, by date")
	for _, ev := range regime.TimelineOf(sanctions.Filter{Direction: sanctions.Labour}) {
		m, _ := regime.Measure(ev.MeasureID)
		switch ev.Change {
		case sanctions.Adopted:
			fmt.Fprintf(w, "     %s  %-28s %s\n", ev.Date.Format(time.DateOnly), ev.Citation, m.Kind)
		case sanctions.DeadlineFalls:
			for _, d := range m.Deadlines {
				if d.What != ev.Text || !d.Day.Equal(ev.Date) {
					continue
				}
				how := "stated"
				if d.Derived {
					how = prose.Derived(d)
				}
				if d.Verified == sanctions.NotVerified {
					how += ", unverified"
				}
				first := fmt.Sprintf("     %s  ", d.Day.Format(time.DateOnly))
				prose.Row(w, first, fmt.Sprintf("deadline of %s (%s): %s", ev.Citation, how, d.What), width)
			}
		}
	}
	fmt.Fprintln(w, "   Export revenue the measures were said to cut, as published:")
	for _, r := range sanctions.RevenueEstimates() {
		if r.Outcome || r.Figure.Amount.IsZero() {
			continue
		}
		prose.Row(w, fmt.Sprintf("     %-36s ", r.Subject), prose.Revenue(r), width)
	}
	fmt.Fprintln(w, "   Beside them, stolen in the known incidents (USD as reported, 2017–2022):")
	sum := incidents.Total(incidents.Select(slices.Values(incidents.Known()), incidents.During(incidents.Period{
		From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)})), incidents.FirstUSD)
	prose.Wrap(w, "     ", fmt.Sprintf("%s over six years, from %s with a USD figure (%d without).",
		prose.Approx(sum.Totals.Get(currency.USD)), prose.Count(sum.Len(), "incident", "incidents"), len(sum.Missing)), width)
	return nil
}
