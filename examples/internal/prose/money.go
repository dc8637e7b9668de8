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

// Figure writes a figure as its source printed it, with each end's
// qualifier, its range and its equivalent (currency.FormatFigure):
// "about 800 billion won ($626 million)". A range whose high end alone has
// an equivalent is written end by end, the equivalent after the high end
// ("$630 million to more than $1 billion (1.2 trillion won)"), since
// FormatFigure writes no equivalent then.
func Figure(f currency.Figure) string {
	if f.IsRange() && f.Equivalent.IsZero() && !f.HighEquivalent.IsZero() {
		lo := currency.Figure{Qualifier: f.Qualifier, Amount: f.Amount}
		hi := currency.Figure{Qualifier: f.HighQualifier, Amount: f.High,
			EquivalentQualifier: f.HighEquivalentQualifier, Equivalent: f.HighEquivalent}
		return Figure(lo) + " to " + Figure(hi)
	}
	return currency.FormatFigure(f, language.English)
}

// Plain writes a figure without its equivalent: "about 800 billion won",
// "$630 million to more than $1 billion".
func Plain(f currency.Figure) string {
	return Figure(currency.Figure{Qualifier: f.Qualifier, Amount: f.Amount, HighQualifier: f.HighQualifier, High: f.High})
}
