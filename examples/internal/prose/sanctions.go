package prose

import (
	"fmt"
	"io"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"

	"github.com/kpledger/kpledger/sanctions"
)

// Quantity writes a physical quantity with its digits grouped:
// "1,000,866 metric tons", "1 barrel".
func Quantity(q sanctions.Quantity) string {
	s, v := q.String(), q.Value.String()
	if unit, ok := strings.CutPrefix(s, v); ok {
		return Number(q.Value) + unit
	}
	return s // a form Quantity.String does not write today: as it is
}

// Limit writes one ceiling of a cap with its digits grouped:
// "$53,495,894.00" (every digit, as currency.Full writes it),
// "1,000,866 metric tons".
func Limit(l sanctions.Limit) string {
	if l.IsValue() {
		return currency.Format(l.Value, language.English, currency.Full)
	}
	return Quantity(l.Quantity)
}

// Cap writes one cap period as the sanctions package's timeline does, with
// the digits grouped: "$400,870,018.00 or 7,500,000 metric tons,
// whichever is lower, calendar years from 2017".
func Cap(c sanctions.Cap) string {
	var limits []string
	for _, l := range c.Limits {
		limits = append(limits, Limit(l))
	}
	s := strings.Join(limits, " or ")
	if s == "" {
		s = c.Basis
	}
	if c.WhicheverLower {
		s += ", whichever is lower"
	}
	if c.PerState {
		s += ", per State"
	}
	return s + ", " + c.Period.String()
}

// Finding writes one screening finding under a record, every field a reader
// acts on included: the paragraph, kind, outcome and how well the paragraph
// is attested, then why, what to do, each exemption to check and each change
// of the measure inside the trade's period.
func Finding(w io.Writer, f sanctions.Finding, width int) {
	Wrap(w, "   ", fmt.Sprintf("%s: %s, %s (%s)", f.Citation, f.Kind, f.Outcome, Verification(f.Verified)), width)
	Wrap(w, "     ", "why: "+f.Reason, width)
	if f.Action != "" {
		Wrap(w, "     ", "to do: "+f.Action, width)
	}
	for _, x := range f.Exemptions {
		Wrap(w, "     ", fmt.Sprintf("exemption to check: %s (%s)", x.Text, x.Source), width)
	}
	for _, c := range f.Changes {
		Wrap(w, "     ", "inside the period: "+c.String(), width)
	}
}

// Verification says in words how well a measure's paragraph is attested.
func Verification(v sanctions.Verified) string {
	switch v {
	case sanctions.VerifiedText:
		return "paragraph seen in the text"
	case sanctions.VerifiedPartly:
		return "attested indirectly"
	case sanctions.NotVerified:
		return "paragraph not verified"
	}
	return "attestation " + v.String() // not a level a measure carries
}

// Revenue writes a revenue estimate as published, with who gave it: its
// figure and basis, or its words where it has no figure, then the
// publisher, whom it came through and the day: "about $500 million per
// year — US officials via NPR", "nearly $1.2 billion in 2016 — secondary
// press".
func Revenue(r sanctions.RevenueEstimate) string {
	figure := r.Text
	if !r.Figure.Amount.IsZero() {
		figure = Figure(r.Figure)
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
	return figure + " — " + by
}

// Derived says how a deadline's day was computed: "derived: 24 months
// from adoption", "derived: 90 days from adoption", or "derived" where the
// count is not given; "" for a day the text states.
func Derived(d sanctions.Deadline) string {
	switch {
	case !d.Derived:
		return ""
	case d.Months > 0:
		return fmt.Sprintf("derived: %d months from adoption", d.Months)
	case d.Days > 0:
		return fmt.Sprintf("derived: %d days from adoption", d.Days)
	}
	return "derived"
}
