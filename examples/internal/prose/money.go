package prose

import (
	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// Approx writes a computed amount to three significant digits, or "—" for
// zero. Figures as a source printed them are written with
// currency.FormatFigure, which keeps their own precision.
func Approx(a currency.Amount) string {
	if a.IsZero() {
		return "—"
	}
	return currency.Format(a, language.English, currency.Long)
}
