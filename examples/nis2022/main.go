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

// report is the NIS briefing as reported in English (AP's text, with the
// won figures of the Korean reports and AP's dollar conversions).
const report = "North Korean hackers have stolen an estimated 1.5 trillion won ($1.2 billion) " +
	"in virtual assets since 2017, about 800 billion won ($626 million) of it this year alone; " +
	"more than 100 billion won ($78 million) came from South Korea. The UN sanctions of 2016–17 " +
	"ban North Korean exports of coal, textiles and seafood and require states to repatriate " +
	"North Korean workers."

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
	for _, step := range []func(io.Writer) error{figures, claims, publishers, knownIncidents, sanctionsContext} {
		fmt.Fprintln(w)
		if err := step(w); err != nil {
			return err
		}
	}
	return nil
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
	day, err := usdKRW(currency.DailyKRWUSD(), briefing)
	if err != nil {
		return err
	}
	year, err := usdKRW(currency.AnnualKRWUSD(), briefing)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   rates: %s KRW per USD on %s (New York noon, FRED DEXKOUS);\n", day.Value.String(), day.Date.Format(time.DateOnly))
	fmt.Fprintf(w, "          %s KRW per USD, the 2022 average (Federal Reserve G.5A)\n", year.Value.String())
	fmt.Fprintf(w, "   %-44s %-9s %-18s %s\n", "as printed", "implied", "won at the day's", "won at 2022's")
	fmt.Fprintf(w, "   %-44s %-9s %-18s %s\n", "", "KRW/USD", "rate, in USD", "average, in USD")
	for _, m := range currency.FindFigures(report) {
		implied, err := m.Figure.ImpliedRate()
		if err != nil {
			return err
		}
		atDay, _, err := currency.DailyKRWUSD().Convert(m.Figure.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		atYear, _, err := currency.AnnualKRWUSD().Convert(m.Figure.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %-44s %-9s %-18s %s\n", report[m.Start:m.End], implied.Value.StringFixed(0), full(atDay), full(atYear))
	}
	fmt.Fprintln(w, "   The implied rates bracket the day's rate: the dollar figures are the press's")
	fmt.Fprintln(w, "   conversions, rounded, not the NIS's own.")
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
		fmt.Fprintf(w, "   %-38s %s of %s = %s", c.claim, currency.FormatFigure(currency.Figure{Amount: part.Figure.Amount}, language.English), currency.FormatFigure(currency.Figure{Amount: total.Figure.Amount}, language.English), r.Percent(1))
		if c.id == idThisYear {
			fmt.Fprintf(w, " (more than half: %s)", yesNo(r.MoreThanHalf()))
		}
		fmt.Fprintln(w)
	}
	this, _ := estimate(idThisYear)
	prose.Wrap(w, "   ", fmt.Sprintf("Caveat: the 2022 figure's scope is %q (%s); the total's is %q, so the share compares unlike things.",
		this.Scope.String(), this.ScopeAsPrinted, total.Scope.String()), 96)
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
	restatedBy := map[string]string{}
	for _, e := range all {
		if e.Revises != "" {
			restatedBy[e.Revises] = e.ID
		}
	}
	row := func(e incidents.Estimate) {
		f := rangeText(e.Figure)
		note := string(e.ScopeAsPrinted)
		if e.Revises != "" {
			note = e.Revision.String() + " " + e.Revises
		} else if id, ok := restatedBy[e.ID]; ok {
			note = "revised by " + id
		}
		fmt.Fprintf(w, "   %-13s %-22s %-10s %-40s %s\n", e.ID, prose.Clip(publisherName(e), 22), e.PublishedString(), f, prose.Clip(note, 44))
	}
	fmt.Fprintln(w, "   For 2022 alone:")
	for _, e := range all {
		if e.Period == incidents.YearPeriod(2022) {
			row(e)
		}
	}
	fmt.Fprintln(w, "   Cumulative from 2017:")
	for _, e := range all {
		if e.Period.From.Year() == 2017 && e.Period.From.YearDay() == 1 && e.Period.To.Year() > 2017 && e.Country == (language.Region{}) {
			row(e)
		}
	}
	fmt.Fprintln(w, "   Revisions:")
	for _, e := range all {
		if e.Revises == "" {
			continue
		}
		old := byID[e.Revises]
		oldFigure := currency.FormatFigure(old.Figure, language.English)
		if old.AllActors {
			oldFigure += ", all actors"
		}
		fmt.Fprintf(w, "   %s %s (%s, published %s): %s; %s %s (%s, published %s: %s)\n", publisherName(e), e.ID, periodText(e.Period), e.PublishedString(),
			currency.FormatFigure(e.Figure, language.English), e.Revision, old.ID, periodText(old.Period), old.PublishedString(), oldFigure)
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
var perHash = currency.MustNewAmount("25000000", currency.USD)

func bar(a currency.Amount) string {
	q, _ := a.Decimal().QuoRem(perHash.Decimal(), 0)
	return strings.Repeat("#", int(q.IntPart()))
}

func knownIncidents(w io.Writer) error {
	fmt.Fprintln(w, "4. The known incidents (incidents.Known), 2017–2022")
	fmt.Fprintln(w, "   USD as first reported (incidents.FirstUSD; a range counts with its low end), by attribution status:")
	statuses := []incidents.Status{incidents.Confirmed, incidents.Attributed, incidents.Suspected, incidents.Disputed}
	fmt.Fprintf(w, "   %-5s", "year")
	for _, s := range statuses {
		fmt.Fprintf(w, " %16s", s)
	}
	fmt.Fprintf(w, " %16s  %-9s %s\n", "total", "no USD", "one # = "+currency.FormatFigure(currency.Figure{Amount: perHash}, language.English))
	for _, yt := range incidents.ByYear(slices.Values(incidents.Known()), incidents.FirstUSD) {
		if yt.Year < 2017 || yt.Year > 2022 {
			continue
		}
		byStatus := map[incidents.Status]currency.Amount{}
		for _, st := range incidents.ByStatus(slices.Values(yearOf(yt.Year)), incidents.FirstUSD) {
			byStatus[st.Status] = st.Totals.Get(currency.USD)
		}
		fmt.Fprintf(w, "   %-5d", yt.Year)
		for _, s := range statuses {
			fmt.Fprintf(w, " %16s", prose.Approx(byStatus[s]))
		}
		total := yt.Totals.Get(currency.USD)
		fmt.Fprintf(w, " %16s  %-9d %s\n", prose.Approx(total), len(yt.Missing), bar(total))
	}
	fmt.Fprintln(w, "   (disputed: rows the reference marks disputed, and attributions someone disputes; the latter")
	fmt.Fprintln(w, "   also count under their status, so the columns can add up to more than the total)")
	disputed := incidents.Select(slices.Values(incidents.Known()), incidents.During(incidents.Period{
		From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)}),
		incidents.WithDispute)
	for inc := range disputed {
		fmt.Fprintf(w, "   disputed: %s (%s): %s\n", inc.ID, inc.Victim, inc.StatusText())
	}

	e, err := estimate(idTotal)
	if err != nil {
		return err
	}
	rec, err := incidents.Reconcile(e, slices.Values(incidents.Known()), incidents.LossOrUSD, currency.AnnualAverages())
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "   Reconciling %s (%s, %s: %s) with the incidents in its period and scope,\n",
		e.ID, publisherName(e), e.PublishedString(), currency.FormatFigure(e.Figure, language.English))
	fmt.Fprintln(w, "   each loss as first reported (else its first USD figure), in won at its year's average rates (G.5A):")
	for _, c := range rec.Converted.Items {
		fmt.Fprintf(w, "     %-31s %-20s %s\n", c.ID, currency.FormatFigure(currency.Figure{Amount: c.Amount}, language.English), prose.Approx(c.Converted))
	}
	fmt.Fprintf(w, "   %d incidents in scope, %d of them with a usable amount, explain %s, %s of the estimate.\n",
		len(rec.Incidents), len(rec.Converted.Items), prose.Approx(rec.Converted.Total), rec.Share.Percent(1))
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
		prose.Wrap(w, "   ", "The total includes disputed incidents: "+strings.Join(disputedIn, ", ")+".", 96)
	}
	if len(later) > 0 {
		prose.Wrap(w, "   ", fmt.Sprintf("Attributed only after %s (incidents.Incident.StatusOn), so not what the NIS could count then: %s.",
			briefing.Format(time.DateOnly), strings.Join(later, ", ")), 96)
	}
	if len(undated) > 0 {
		prose.Wrap(w, "   ", fmt.Sprintf("Attributed at a date the data cannot place before %s: %s.",
			briefing.Format(time.DateOnly), strings.Join(undated, ", ")), 96)
	}
	if missing := rec.Missing(); len(missing) > 0 {
		fmt.Fprintf(w, "   Without a usable amount: %s.\n", strings.Join(missing, ", "))
	}
	for _, u := range rec.Unconverted {
		prose.Wrap(w, "   ", fmt.Sprintf("Not converted: %s (%s): %v.", u.ID, u.Amount, u.Err), 96)
	}
	return nil
}

// yearOf returns the known incidents of one year.
func yearOf(y int) []incidents.Incident {
	return slices.Collect(incidents.Select(slices.Values(incidents.Known()), incidents.InYear(y)))
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
	fmt.Fprintln(w, "   workers abroad")
	for m := range regime.All() {
		if m.Direction != sanctions.Labour {
			continue
		}
		fmt.Fprintf(w, "     %s  %-28s %s\n", m.Adopted().Format(time.DateOnly), m.Citation(), m.Kind)
		for _, d := range m.Deadlines {
			how := "stated"
			if d.Derived {
				how = fmt.Sprintf("derived: %d months from adoption", d.Months)
			}
			if d.Verified == sanctions.NotVerified {
				how += ", unverified"
			}
			fmt.Fprintf(w, "     %s  deadline (%s): %s\n", d.Day.Format(time.DateOnly), how, prose.Clip(d.What, 50))
		}
	}
	fmt.Fprintln(w, "   Export revenue the measures were said to cut, as published:")
	for _, r := range sanctions.RevenueEstimates() {
		if r.Outcome || r.Figure.Amount.IsZero() {
			continue
		}
		per := r.Per
		if per != "" {
			per = " " + per
		}
		by := r.Publisher
		if r.Published != "" {
			by += ", " + r.Published
		}
		fmt.Fprintf(w, "     %-38s %-36s %s\n", r.Subject, currency.FormatFigure(r.Figure, language.English)+per, by)
	}
	fmt.Fprintln(w, "   Beside them, stolen in the known incidents (USD as reported, 2017–2022):")
	sum := incidents.Total(incidents.Select(slices.Values(incidents.Known()), incidents.During(incidents.Period{
		From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)})), incidents.FirstUSD)
	fmt.Fprintf(w, "     %s over six years, from %d incidents with a USD figure (%d without).\n",
		prose.Approx(sum.Totals.Get(currency.USD)), sum.Len(), len(sum.Missing))
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
