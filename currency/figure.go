package currency

import (
	"errors"
	"fmt"
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
	return fmt.Errorf("currency: unknown qualifier %s", quote(string(text)))
}

// Figure is an amount as a source reported it: its qualifier, the amount,
// and the equivalent in another currency printed beside it, as in
// "an estimated 1.5 trillion won ($1.2 billion)"; or a range with a low
// and a high end, each with its own qualifier, as in
// "between $630 million and more than $1 billion".
//
// A single figure has the zero Amount as High; a figure printed without an
// equivalent has the zero Amount as Equivalent. Amount is the low end of a
// range. The qualifiers say how each end was hedged where it was printed:
// Qualifier that of Amount ("about" in "about $1.3 billion to $1.5
// billion"), HighQualifier that of High, EquivalentQualifier and
// HighEquivalentQualifier those printed inside the parentheses ("(약 12억
// 달러)"). The zero Figure is no figure; a Figure is a value, safe for
// concurrent use. Compare Figures with go-cmp or field by field with
// [Amount.Equal], not with ==.
type Figure struct {
	Qualifier  Qualifier
	Amount     Amount
	Equivalent Amount

	// EquivalentQualifier is the hedge printed with the equivalent,
	// inside its parentheses.
	EquivalentQualifier Qualifier

	// HighQualifier and High are the high end of a range, in the
	// currency of Amount; High is the zero Amount for a single figure.
	HighQualifier Qualifier
	High          Amount

	// HighEquivalentQualifier and HighEquivalent are the high end of the
	// equivalent, when the equivalent was printed as a range too.
	HighEquivalentQualifier Qualifier
	HighEquivalent          Amount
}

// IsRange reports whether f is a range: whether it has a high end.
func (f Figure) IsRange() bool { return !f.High.empty() }

// IsZero reports whether f is the zero Figure, with no amount and no
// qualifier.
func (f Figure) IsZero() bool {
	return f.Qualifier == Exact && f.EquivalentQualifier == Exact && f.HighQualifier == Exact &&
		f.HighEquivalentQualifier == Exact && f.Amount.empty() && f.Equivalent.empty() &&
		f.High.empty() && f.HighEquivalent.empty()
}

// ErrNoEquivalent: a figure has no equivalent for its amount, so no
// exchange rate follows from it. [Figure.ImpliedRate] wraps it.
var ErrNoEquivalent = errors.New("no equivalent")

// ImpliedRate returns the exchange rate the figure's two amounts imply, as
// units of the amount's currency per one unit of the equivalent's: for
// 1.5 trillion won ($1.2 billion), 1250 KRW per USD. For a range whose
// equivalent is a range too, the low ends give the rate. The Rate has no
// date and the source "implied by <figure>"; its value is rounded half to
// even to 12 significant digits, so that a rate far below one keeps its
// precision. Qualifiers do not change the rate: that of "more than 100
// billion won ($78 million)" is 100 billion / 78 million.
//
// A range whose high end alone has an equivalent (Equivalent empty,
// HighEquivalent set) gives no rate: ImpliedRate is the rate of the low
// ends, and the low end has no equivalent. It does not fall back to the
// high ends, whose rate would come back from the same call as if it were
// the amount's: text such as "$630 million to more than $1 billion (1.2
// trillion won)", which is how [FormatFigure] writes such a figure, does
// not say which end the parenthesis belongs to, so only the caller who
// built the Figure knows the pairing. A caller who does can ask for the
// high end's rate explicitly:
//
//	Figure{Amount: f.High, Equivalent: f.HighEquivalent}.ImpliedRate()
//
// ImpliedRate returns an error saying what is missing if: the figure has
// no amount, or no equivalent, or only its high end has one (these wrap
// [ErrNoEquivalent]); the amount or the equivalent is zero, negative or in
// no currency (XXX); both are in one currency; or only one of the amount
// and the equivalent is a range (no single rate then follows from the
// text).
func (f Figure) ImpliedRate() (Rate, error) {
	fail := func(format string, args ...any) (Rate, error) {
		return Rate{}, fmt.Errorf("currency: ImpliedRate of %v: "+format, append([]any{f}, args...)...)
	}
	switch {
	case f.Amount.empty():
		return fail("the figure has no amount")
	case f.Equivalent.empty() && !f.HighEquivalent.empty():
		return fail("%w for the low end: only the high end has one, and ImpliedRate gives the low ends' rate; "+
			"for the high end's, call ImpliedRate on Figure{Amount: High, Equivalent: HighEquivalent}", ErrNoEquivalent)
	case f.Equivalent.empty():
		return fail("%w: no amount in another currency is printed beside the amount", ErrNoEquivalent)
	case f.Amount.c == XXX || f.Equivalent.c == XXX:
		return fail("the %s has no currency (XXX): a rate needs two", whichOf(f.Amount.c == XXX))
	case f.Amount.IsZero() || f.Equivalent.IsZero():
		return fail("the %s is zero: no rate follows from it", whichOf(f.Amount.IsZero()))
	case f.Amount.Sign() < 0 || f.Equivalent.Sign() < 0:
		return fail("the %s is negative: amounts must be positive", whichOf(f.Amount.Sign() < 0))
	case f.Amount.c == f.Equivalent.c:
		return fail("both amounts are in %v: an equivalent must be in another currency", f.Amount.c)
	case f.IsRange() && f.HighEquivalent.empty():
		return fail("the amount is a range but its equivalent is not: no single rate follows for either end")
	case !f.IsRange() && !f.HighEquivalent.empty():
		return fail("the equivalent is a range but the amount is not: no single rate follows for either end")
	}
	v := divRate(f.Amount.d, f.Equivalent.d)
	return Rate{From: f.Equivalent.c, To: f.Amount.c, Value: v, Source: "implied by " + f.String()}, nil
}

// whichOf names the amount or the equivalent, for ImpliedRate's errors.
func whichOf(amount bool) string {
	if amount {
		return "amount"
	}
	return "equivalent"
}

// String returns the figure in the locale-free form of [Amount.String]:
// "about KRW 800000000000 (USD 626000000.00)",
// "KRW 100000000000 to more than KRW 200000000000"; an Exact end has no
// qualifier word, and a figure without equivalent no parenthesis.
func (f Figure) String() string {
	end := func(q Qualifier, a Amount) string {
		if q != Exact {
			return q.String() + " " + a.String()
		}
		return a.String()
	}
	s := end(f.Qualifier, f.Amount)
	if f.IsRange() {
		s += " to " + end(f.HighQualifier, f.High)
	}
	switch {
	case !f.Equivalent.empty():
		s += " (" + end(f.EquivalentQualifier, f.Equivalent)
		if !f.HighEquivalent.empty() {
			s += " to " + end(f.HighEquivalentQualifier, f.HighEquivalent)
		}
		s += ")"
	case !f.HighEquivalent.empty():
		// Only the high end was printed with an equivalent.
		s += " (high end: " + end(f.HighEquivalentQualifier, f.HighEquivalent) + ")"
	}
	return s
}
