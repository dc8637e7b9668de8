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
// sanctions.DPRK(); a legend at the top explains the marks ("?" after a
// paragraph number, "paragraph not seen", "derived", the levels of
// verification).
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
	legend(w)
	for _, c := range []sanctions.Commodity{sanctions.Coal, sanctions.Textiles, sanctions.Seafood} {
		fmt.Fprintf(w, "\n%s\n", strings.ToUpper(c.String()))
		for _, e := range regime.Timeline(c) {
			m, _ := regime.Measure(e.MeasureID)
			printEvent(w, e, m)
			if e.Change == sanctions.Adopted {
				printDetails(w, m)
			}
		}
	}
	fmt.Fprintf(w, "\nWORKERS ABROAD\n")
	for _, e := range regime.TimelineOf(sanctions.Filter{Direction: sanctions.Labour}) {
		m, _ := regime.Measure(e.MeasureID)
		if e.Change == sanctions.DeadlineFalls {
			for _, d := range m.Deadlines {
				if d.What == e.Text && d.Day.Equal(e.Date) {
					row(w, e.Date, e.Citation, "deadline: "+d.What+deadlineFlags(d))
				}
			}
			continue
		}
		printEvent(w, e, m)
		if e.Change == sanctions.Adopted {
			printDetails(w, m)
		}
	}

	inForce := regime.InForce(day)
	fmt.Fprintf(w, "\nIN FORCE ON %s (%s)\n", day.Format(time.DateOnly), prose.Count(len(inForce), "measure", "measures"))
	if len(inForce) == 0 {
		fmt.Fprintln(w, "  no measure of the regime")
	}
	for _, m := range inForce {
		prose.Hang(w, fmt.Sprintf("  %-38s ", m.Citation()), indent, m.Kind.String()+": "+subject(m), width)
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
		return m.Scope
	}
	names := make([]string, len(m.Commodities))
	for i, c := range m.Commodities {
		names[i] = c.String()
	}
	return strings.Join(names, ", ")
}

// legend explains the marks the timeline uses, once.
func legend(w io.Writer) {
	fmt.Fprintln(w, "How to read it:")
	for _, l := range []string{
		`"OP 29?": a source gives this paragraph number, but it was not verified in a copy of the text`,
		`"paragraph not seen": no source seen gives the paragraph number`,
		`"derived": a day computed from a count in the text ("24 months from adoption"), not stated`,
		`"the library's inference": a link between measures no source seen states`,
		`"seen in the text", "attested indirectly", "not verified": how well a detail is attested`,
	} {
		prose.Wrap(w, "  ", l, width)
	}
}

// row writes one line of a timeline: the day, the citation and the text,
// wrapped under the text's column.
func row(w io.Writer, day time.Time, citation, text string) {
	prose.Hang(w, fmt.Sprintf("  %s  %-26s ", day.Format(time.DateOnly), citation), indent, text, width)
}

// printEvent writes a change of measure m. A cap's limits are written by
// prose.Cap, with their digits grouped.
func printEvent(w io.Writer, e sanctions.Event, m sanctions.Measure) {
	text := e.Text
	switch e.Change {
	case sanctions.Adopted:
		if len(m.Caps) > 0 && m.Caps[0].Period.Start.Equal(e.Date) {
			text = m.Kind.String()
			if n := len(m.Exemptions); n > 0 {
				text += " with " + prose.Count(n, "exemption", "exemptions")
			}
			text += ": " + prose.Cap(m.Caps[0])
		}
	case sanctions.CapPeriodStarts:
		var caps []string // every cap that starts on the day, not the last one only
		for _, c := range m.Caps {
			if c.Period.Start.Equal(e.Date) {
				caps = append(caps, prose.Cap(c))
			}
		}
		if len(caps) > 0 {
			text = strings.Join(caps, "; ")
		}
	}
	switch {
	case e.Derived:
		text += " (day derived from a count, not stated)"
	case e.Inferred:
		text += " (the library's inference: no source seen says \"replaces\")"
	}
	row(w, e.Date, e.Citation, e.Change.String()+": "+text)
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
	if how := prose.Derived(d); how != "" {
		flags = append(flags, how)
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
	width  = 100
)
