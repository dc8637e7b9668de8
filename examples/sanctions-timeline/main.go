// Command sanctions-timeline prints how the UN Security Council's DPRK
// sanctions treated coal, textiles, seafood and North Korean workers abroad,
// change by change, with the paragraph of each change, its exemptions and
// its transition windows; then every measure in force on one day.
//
// Usage:
//
//	go run ./examples/sanctions-timeline [YYYY-MM-DD]
//
// The day defaults to 2017-12-31. Everything printed comes from
// sanctions.DPRK(); a paragraph number the library's reference has not seen
// in the resolution text is marked "?", and days computed from a count
// ("24 months from adoption") are marked as derived.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/kpledger/kpledger/examples/internal/prose"
	"github.com/kpledger/kpledger/sanctions"
)

const defaultDay = "2017-12-31"

// errUsage is a bad command line; main exits 2 for it.
var errUsage = errors.New("usage: sanctions-timeline [YYYY-MM-DD]")

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "sanctions-timeline:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// parseArgs returns the day to report on.
func parseArgs(args []string) (time.Time, error) {
	s := defaultDay
	switch len(args) {
	case 0:
	case 1:
		s = args[0]
	default:
		return time.Time{}, errUsage
	}
	day, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD (%w)", s, errUsage)
	}
	return day, nil
}

func run(w io.Writer, args []string) error {
	day, err := parseArgs(args)
	if err != nil {
		return err
	}
	regime := sanctions.DPRK()
	fmt.Fprintln(w, "UN Security Council sanctions on the DPRK: coal, textiles, seafood and workers")
	fmt.Fprintln(w, `("?" after a paragraph number: the number was not seen in the resolution text)`)
	for _, c := range []sanctions.Commodity{sanctions.Coal, sanctions.Textiles, sanctions.Seafood} {
		fmt.Fprintf(w, "\n%s\n", strings.ToUpper(c.String()))
		for _, e := range regime.Timeline(c) {
			printEvent(w, e)
			if e.Change == sanctions.Adopted {
				if m, ok := regime.Measure(e.MeasureID); ok {
					printDetails(w, m)
				}
			}
		}
	}
	fmt.Fprintf(w, "\nWORKERS ABROAD\n")
	for _, e := range regime.TimelineOf(sanctions.Filter{Direction: sanctions.Labour}) {
		m, _ := regime.Measure(e.MeasureID)
		if e.Change == sanctions.DeadlineFalls {
			for _, d := range m.Deadlines {
				if d.What == e.Text && d.Day.Equal(e.Date) {
					fmt.Fprintf(w, "  %s  %-26s deadline: %s%s\n", d.Day.Format(time.DateOnly), e.Citation, d.What, deadlineFlags(d))
				}
			}
			continue
		}
		printEvent(w, e)
		if e.Change == sanctions.Adopted {
			printDetails(w, m)
		}
	}

	fmt.Fprintf(w, "\nIN FORCE ON %s\n", day.Format(time.DateOnly))
	inForce := regime.InForce(day)
	if len(inForce) == 0 {
		fmt.Fprintln(w, "  no measure of the regime")
	}
	for _, m := range inForce {
		fmt.Fprintf(w, "  %-38s %-27s %s\n", m.Citation(), m.Kind, subject(m))
		if m.InTransition(sanctions.UnknownCommodity, day) || anyInTransition(m, day) {
			prose.Wrap(w, indent, fmt.Sprintf("(inside its window to %s: %s)", m.Transition.LastDay.Format(time.DateOnly), m.Transition.Applies), width)
		}
	}
	return nil
}

// anyInTransition reports whether day is inside m's window for any of its
// commodities.
func anyInTransition(m sanctions.Measure, day time.Time) bool {
	for _, c := range m.Commodities {
		if m.InTransition(c, day) {
			return true
		}
	}
	return false
}

// subject names what a measure covers: its commodities, or its scope.
func subject(m sanctions.Measure) string {
	if len(m.Commodities) == 0 {
		return prose.Clip(m.Scope, 70)
	}
	names := make([]string, len(m.Commodities))
	for i, c := range m.Commodities {
		names[i] = c.String()
	}
	return strings.Join(names, ", ")
}

func printEvent(w io.Writer, e sanctions.Event) {
	text := e.Text
	switch {
	case e.Derived:
		text += " (day derived from a count, not stated)"
	case e.Inferred:
		text += " (the library's inference: no source seen says \"replaces\")"
	}
	fmt.Fprintf(w, "  %s  %-26s %s: %s\n", e.Date.Format(time.DateOnly), e.Citation, e.Change, text)
}

// printDetails prints a measure's exemptions. (Its transition window has
// an event of its own in the timeline.)
func printDetails(w io.Writer, m sanctions.Measure) {
	for _, x := range m.Exemptions {
		q := x.Text
		if x.Quoted {
			q = `"` + q + `"`
		}
		prose.Wrap(w, indent, fmt.Sprintf("exemption: %s (%s; %s)", q, x.Source, verification(x.Verified)), width)
	}
}

func deadlineFlags(d sanctions.Deadline) string {
	var flags []string
	if d.Derived {
		switch {
		case d.Months > 0:
			flags = append(flags, fmt.Sprintf("derived: %d months from adoption", d.Months))
		case d.Days > 0:
			flags = append(flags, fmt.Sprintf("derived: %d days from adoption", d.Days))
		default:
			flags = append(flags, "derived")
		}
	}
	if d.Verified == sanctions.NotVerified {
		flags = append(flags, "not verified")
	}
	if len(flags) == 0 {
		return ""
	}
	return " (" + strings.Join(flags, "; ") + ")"
}

// verification says how well a detail is attested, in words.
func verification(v sanctions.Verified) string {
	switch v {
	case sanctions.VerifiedText:
		return "seen in the text"
	case sanctions.VerifiedPartly:
		return "attested indirectly"
	}
	return "not verified"
}

// indent lines up details under the text of a timeline line.
const (
	indent = "                                         "
	width  = 110 - len(indent)
)
