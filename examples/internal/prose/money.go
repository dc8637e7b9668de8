package prose

import (
	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// Amount writes a published amount for people in English, keeping up to six
// significant digits so that "$660.50 million" is not shown as
// "$661 million": "$1.2 billion", "800 billion won".
func Amount(a currency.Amount) string {
	return currency.Format(a, language.English, currency.Long, currency.MaxSignificant(6))
}

// Approx writes a computed amount to three significant digits, or "—" for
// zero.
func Approx(a currency.Amount) string {
	if a.IsZero() {
		return "—"
	}
	return currency.Format(a, language.English, currency.Long)
}

// Figure writes a figure as prose, with its qualifier and equivalent:
// "about 800 billion won ($626 million)".
func Figure(f currency.Figure) string {
	s := Amount(f.Amount)
	if f.Qualifier != currency.Exact {
		s = f.Qualifier.String() + " " + s
	}
	if f.Equivalent.Currency() != currency.XXX {
		s += " (" + Amount(f.Equivalent) + ")"
	}
	return s
}
