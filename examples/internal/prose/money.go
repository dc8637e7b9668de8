package prose

import (
	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// Amount writes a published amount for people in English with every
// significant digit it has, so that "$660.50 million" is not shown as
// "$661 million": "$1.2 billion", "800 billion won", "$660.5 million".
func Amount(a currency.Amount) string {
	return currency.FormatFigure(currency.Figure{Amount: a}, language.English)
}

// Approx writes a computed amount to three significant digits, or "—" for
// zero.
func Approx(a currency.Amount) string {
	if a.IsZero() {
		return "—"
	}
	return currency.Format(a, language.English, currency.Long)
}

// Known writes the USD total of a group as [Approx] does, but "not known"
// where the total is zero only because none of the group's incidents has a
// figure (missing of them lack one): "—" would say there was nothing.
func Known(total currency.Amount, count, missing int) string {
	if total.IsZero() && missing > 0 && missing == count {
		return "not known"
	}
	return Approx(total)
}

// Figure writes a figure as its source printed it, with each end's
// qualifier, its range and its equivalent (currency.FormatFigure):
// "about 800 billion won ($626 million)", or, where only the high end of a
// range has one, "$630 million to more than $1 billion (1.2 trillion won)".
func Figure(f currency.Figure) string {
	return currency.FormatFigure(f, language.English)
}

// Plain writes a figure without its equivalent: "about 800 billion won",
// "$630 million to more than $1 billion".
func Plain(f currency.Figure) string {
	return Figure(currency.Figure{Qualifier: f.Qualifier, Amount: f.Amount, HighQualifier: f.HighQualifier, High: f.High})
}
