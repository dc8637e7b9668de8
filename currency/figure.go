package currency

import (
	"fmt"
	"time"
)

// Qualifier is the hedge a source printed before a figure: "about",
// "more than", "up to". The data keeps it, so a figure is never shown as
// more precise than its source made it.
type Qualifier uint8

// The qualifiers. New values are only appended.
const (
	Exact    Qualifier = iota // no qualifier: the figure as printed
	About                     // about, approximately, an estimated, roughly, 약
	MoreThan                  // more than, over, 이상
	LessThan                  // less than, under, 미만
	UpTo                      // up to, as much as
	AtLeast                   // at least
	Nearly                    // nearly, almost
)

const numQualifiers = 7

// String returns the qualifier as English prose: "about", "more than";
// Exact is "exact".
func (q Qualifier) String() string {
	switch q {
	case Exact:
		return "exact"
	case About:
		return "about"
	case MoreThan:
		return "more than"
	case LessThan:
		return "less than"
	case UpTo:
		return "up to"
	case AtLeast:
		return "at least"
	case Nearly:
		return "nearly"
	}
	return fmt.Sprintf("Qualifier(%d)", q)
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (q Qualifier) MarshalText() ([]byte, error) {
	if q >= numQualifiers {
		return nil, fmt.Errorf("currency: cannot marshal invalid %v", q)
	}
	return []byte(q.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (q *Qualifier) UnmarshalText(text []byte) error {
	for v := range Qualifier(numQualifiers) {
		if string(text) == v.String() {
			*q = v
			return nil
		}
	}
	return fmt.Errorf("currency: unknown qualifier %q", text)
}

// Figure is an amount as a source reported it: its qualifier, the amount,
// and the equivalent in another currency printed beside it, as in
// "an estimated 1.5 trillion won ($1.2 billion)". Equivalent is the zero
// Amount when none was printed.
type Figure struct {
	Qualifier  Qualifier
	Amount     Amount
	Equivalent Amount
}

// ImpliedRate returns the exchange rate the figure's two amounts imply, as
// one unit of the equivalent's currency in the amount's currency: for
// 1.5 trillion won ($1.2 billion), USD/KRW 1250. The Rate has no date and
// the source "implied by <figure>"; its value keeps 12 fraction digits.
//
// ImpliedRate returns an error if the figure has no equivalent, either
// amount is zero or negative, or both are in one currency.
func (f Figure) ImpliedRate() (Rate, error) {
	switch {
	case f.Equivalent.IsZero() || f.Amount.IsZero():
		return Rate{}, fmt.Errorf("currency: ImpliedRate of %v: need an amount and a non-zero equivalent", f)
	case f.Amount.Sign() < 0 || f.Equivalent.Sign() < 0:
		return Rate{}, fmt.Errorf("currency: ImpliedRate of %v: amounts must be positive", f)
	case f.Amount.c == f.Equivalent.c:
		return Rate{}, fmt.Errorf("currency: ImpliedRate of %v: both amounts are in %v", f, f.Amount.c)
	}
	v := roundRate(f.Amount.d.DivRound(f.Equivalent.d, convertDigits))
	return Rate{From: f.Equivalent.c, To: f.Amount.c, Value: v, Date: time.Time{}, Source: "implied by " + f.String()}, nil
}

// String returns the figure in the locale-free form of [Amount.String]:
// "about KRW 800000000000 (USD 626000000.00)"; an Exact figure has no
// qualifier word, and a figure without equivalent no parenthesis.
func (f Figure) String() string {
	s := f.Amount.String()
	if f.Qualifier != Exact {
		s = f.Qualifier.String() + " " + s
	}
	if !f.Equivalent.empty() {
		s += " (" + f.Equivalent.String() + ")"
	}
	return s
}
