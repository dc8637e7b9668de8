package incidents

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpledger/kpledger/currency"
)

// The sane range of incident and attribution dates that
// [Incident.Validate] accepts, in calendar years (both included).
const (
	MinYear = 2000 // the earliest year accepted
	MaxYear = 2099 // the latest year accepted
)

// ErrInvalid is wrapped by every [*ValidationError].
var ErrInvalid = errors.New("invalid incident")

// ValidationError is one problem [Incident.Validate] or
// [Estimate.Validate] found: which record, which field, and what is wrong.
// It wraps [ErrInvalid].
type ValidationError struct {
	// Record is what was validated: "incident" or "estimate"; empty reads
	// as "incident".
	Record  string
	ID      string // the record's ID (may be empty: that is then the problem)
	Field   string // the field: "Loss", "Attributions[1].Source", "LossUSD[0]"
	Problem string // what is wrong with it
}

// Error returns "incidents: incident <ID>: <Field>: <Problem>" (or
// "estimate" for an estimate).
func (e *ValidationError) Error() string {
	rec := e.Record
	if rec == "" {
		rec = "incident"
	}
	return fmt.Sprintf("incidents: %s %q: %s: %s", rec, e.ID, e.Field, e.Problem)
}

// Unwrap returns [ErrInvalid].
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks an incident built by a caller, and returns every problem
// found, each a [*ValidationError] (joined with [errors.Join]; use
// [errors.As] to read the first, [errors.Is] with [ErrInvalid] to test).
//
// Validate reports:
//   - an empty ID;
//   - a Date that is zero, not a UTC calendar day (midnight UTC), or outside
//     the years [MinYear] to [MaxYear];
//   - an undefined DatePrecision or VictimType;
//   - a negative Loss, or a Loss with a value but no valid currency;
//   - a negative or non-USD figure in LossUSD, a negative figure in
//     OtherLosses, a negative asset quantity;
//   - an attribution with an unknown or undefined Status, without a
//     Source, or with a Date outside the sane years.
func (inc Incident) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &ValidationError{Record: "incident", ID: inc.ID, Field: field, Problem: fmt.Sprintf(format, args...)})
	}
	if inc.ID == "" {
		bad("ID", "empty")
	}
	switch {
	case inc.Date.IsZero():
		bad("Date", "missing")
	case !saneYear(inc.Date):
		bad("Date", "%s is outside the years %d–%d", inc.Date.Format(time.DateOnly), MinYear, MaxYear)
	case inc.Date.Location() != time.UTC || !inc.Date.Equal(utcDay(inc.Date)):
		bad("Date", "%s is not a UTC calendar day (midnight UTC)", inc.Date.Format(time.RFC3339))
	}
	if !inc.DatePrecision.valid() {
		bad("DatePrecision", "undefined %v", inc.DatePrecision)
	}
	if !inc.VictimType.valid() {
		bad("VictimType", "undefined %v", inc.VictimType)
	}
	switch {
	case inc.Loss.Sign() < 0:
		bad("Loss", "negative amount %v", inc.Loss)
	case !inc.Loss.IsZero() && !isMoney(inc.Loss.Currency()):
		bad("Loss", "amount %s has no valid currency", inc.Loss.Decimal().String())
	}
	checkReported := func(field string, r Reported, usd bool) {
		for _, end := range [...]struct {
			name string
			a    currency.Amount
		}{{"", r.Figure.Amount}, {".High", r.High.Amount}} {
			switch {
			case end.a.Sign() < 0:
				bad(field+end.name, "negative amount %v", end.a)
			case usd && !end.a.IsZero() && end.a.Currency() != currency.USD:
				bad(field+end.name, "%v is not in USD", end.a)
			}
		}
	}
	for i, r := range inc.LossUSD {
		checkReported(fmt.Sprintf("LossUSD[%d]", i), r, true)
	}
	for i, r := range inc.OtherLosses {
		checkReported(fmt.Sprintf("OtherLosses[%d]", i), r, false)
	}
	for i, a := range inc.Assets {
		if a.Quantity.Sign() < 0 {
			bad(fmt.Sprintf("Assets[%d]", i), "negative quantity %s %s", a.Quantity.String(), a.Symbol)
		}
	}
	for i, a := range inc.Attributions {
		f := fmt.Sprintf("Attributions[%d]", i)
		if a.Status == StatusUnknown || !a.Status.valid() {
			bad(f+".Status", "unknown status %v", a.Status)
		}
		if a.Source.IsZero() {
			bad(f+".Source", "attribution by %q has no source", a.By)
		}
		if !a.Date.IsZero() && !saneYear(a.Date) {
			bad(f+".Date", "%s is outside the years %d–%d", a.Date.Format(time.DateOnly), MinYear, MaxYear)
		}
	}
	return errors.Join(errs...)
}

func saneYear(t time.Time) bool {
	y := t.UTC().Year()
	return y >= MinYear && y <= MaxYear
}

func (t VictimType) valid() bool { _, ok := t.name(); return ok }
func (p Precision) valid() bool  { _, ok := p.name(); return ok }
