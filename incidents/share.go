package incidents

import (
	"errors"
	"fmt"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// ShareDigits is the number of fraction digits [Share] keeps: the ratio is
// part/whole rounded half away from zero to 30
// places ([decimal.Decimal.DivRound]).
const ShareDigits = 30

// ErrZeroWhole is returned by [Share] when the whole is zero.
var ErrZeroWhole = errors.New("share of a zero whole")

// ErrNegative is returned by [Share] when the part or the whole is negative.
var ErrNegative = errors.New("negative amount")

// Ratio is the share of a part in a whole of the same currency: 800 billion
// won of 1.5 trillion won is 0.5333…, 53.3 %. It is an immutable value.
type Ratio struct {
	Part, Whole currency.Amount
	// Value is Part/Whole rounded half away from zero to [ShareDigits]
	// fraction digits.
	Value decimal.Decimal
}

// Share returns the share of part in whole.
//
// Share returns an error (starting "incidents: share of") if:
//   - part and whole are in different currencies (wrapping
//     [currency.ErrCurrencyMismatch]): convert first;
//   - whole is zero ([ErrZeroWhole]);
//   - part or whole is negative ([ErrNegative]).
func Share(part, whole currency.Amount) (Ratio, error) {
	r, err := share(part, whole)
	if err != nil {
		return Ratio{}, fmt.Errorf("incidents: %w", err)
	}
	return r, nil
}

// share is Share with errors that do not name the package, for callers
// that add their own context.
func share(part, whole currency.Amount) (Ratio, error) {
	switch {
	case part.Currency() != whole.Currency():
		return Ratio{}, fmt.Errorf("share of %v in %v: %w", part, whole, &currency.MismatchError{Op: "Share", Left: part.Currency(), Right: whole.Currency()})
	case whole.IsZero():
		return Ratio{}, fmt.Errorf("share of %v in %v: %w", part, whole, ErrZeroWhole)
	case part.Sign() < 0 || whole.Sign() < 0:
		return Ratio{}, fmt.Errorf("share of %v in %v: %w", part, whole, ErrNegative)
	}
	v := part.Decimal().DivRound(whole.Decimal(), ShareDigits)
	return Ratio{Part: part, Whole: whole, Value: v}, nil
}

// Percent returns the ratio as a percentage with digits fraction digits
// (0 to [ShareDigits]; others are clamped), rounded once, half away from
// zero, from the exact Part/Whole, then a space and "%": "53.3 %". The zero
// Ratio prints as "0 %" with the digits asked for.
func (r Ratio) Percent(digits int) string {
	d := int32(min(max(digits, 0), ShareDigits))
	if r.Whole.IsZero() {
		return r.Value.Shift(2).Round(d).StringFixed(d) + " %"
	}
	return r.Part.Decimal().Shift(2).DivRound(r.Whole.Decimal(), d).StringFixed(d) + " %"
}

// MoreThanHalf reports whether the part is strictly more than half the
// whole, exactly (not from the rounded Value).
func (r Ratio) MoreThanHalf() bool {
	return r.Part.Decimal().Shift(1).Cmp(r.Whole.Decimal().Mul(decimal.NewFromInt(5))) > 0
}

// String returns the ratio as "KRW 800000000000 / KRW 1500000000000 = 53.3 %".
func (r Ratio) String() string {
	return r.Part.String() + " / " + r.Whole.String() + " = " + r.Percent(1)
}
