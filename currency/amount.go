package currency

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Bounds on the amounts that [NewAmount] and the parsers accept. They keep a
// typo such as "1e999999" from becoming a value with a million digits.
const (
	// MaxIntegerDigits is the most digits an accepted amount may have before
	// the decimal point: values are below 10^30 in magnitude.
	MaxIntegerDigits = 30
	// MaxFractionDigits is the most digits an accepted amount may have after
	// the decimal point.
	MaxFractionDigits = 30
)

// Amount is an exact quantity of money: a [decimal.Decimal] value and a
// [Currency]. "KRW 1500000000000" and "USD 1200000000.00" are Amounts.
//
// Amounts are immutable values: every method returns a new Amount and none
// changes its receiver, so an Amount is safe for concurrent use. Arithmetic
// is exact; rounding happens only in [Amount.Round] and where a method says
// so, with the mode named.
//
// The zero Amount has the zero Currency (XXX, "no currency") and the value
// 0. It is the identity for [Amount.Add] and [Amount.Sub] with an Amount of
// any currency, so a running sum can start from Amount{}.
//
// Do not compare Amounts with ==: the same value can have several
// representations (KRW 1500 and KRW 1500.0). Use [Amount.Equal] or
// [Amount.Cmp]; github.com/google/go-cmp uses Equal automatically.
type Amount struct {
	d decimal.Decimal
	c Currency
	// minor caches d in minor units of c (cents, won) when fits is set:
	// d's digits stop at or before c's scale and the count fits an int64.
	// It lets [Totals.Add] sum without touching d's big.Int. Amounts made
	// without mk have fits unset and take the exact path.
	fits  bool
	minor int64
}

// mk returns the Amount of d in c with its minor-unit cache filled in.
func mk(d decimal.Decimal, c Currency) Amount {
	a := Amount{d: d, c: c}
	a.minor, a.fits = minorUnits(d, c.Scale())
	return a
}

// minorUnits returns d in units of 10^-scale, and false if d has finer
// digits or the count does not fit an int64.
func minorUnits(d decimal.Decimal, scale int32) (int64, bool) {
	shift := d.Exponent() + scale
	if shift < 0 || shift > 18 || d.NumDigits() > 18 {
		return 0, false
	}
	v, m := d.CoefficientInt64(), pow10(shift)
	if v > math.MaxInt64/m || v < -math.MaxInt64/m {
		return 0, false
	}
	return v * m, true
}

// NewAmount returns the Amount of value in currency c. Value is a plain
// decimal number: an optional sign, digits with at most one decimal point,
// and an optional exponent ("1.5e12"). No grouping separators, spaces or
// currency signs: [ParseAmount] reads those.
//
// NewAmount returns an error if:
//   - value is empty, or is not a decimal number (this includes "NaN" and
//     "Inf" and any spelling of them);
//   - the value has more than [MaxIntegerDigits] digits before or more than
//     [MaxFractionDigits] digits after the decimal point once its exponent is
//     applied (the error wraps [ErrOutOfRange]);
//   - c is not a valid Currency (the error wraps [ErrUnknownCurrency]).
func NewAmount(value string, c Currency) (Amount, error) {
	if !c.Valid() {
		return Amount{}, fmt.Errorf("currency: NewAmount(%s): %w %v", quote(value), ErrUnknownCurrency, c)
	}
	d, err := parseDecimal(value)
	if err != nil {
		return Amount{}, fmt.Errorf("currency: NewAmount(%s, %v): %w", quote(value), c, err)
	}
	return mk(d, c), nil
}

// MustNewAmount is like [NewAmount] but panics on error. It is meant for
// constants in tests and examples.
func MustNewAmount(value string, c Currency) Amount {
	a, err := NewAmount(value, c)
	if err != nil {
		panic(err)
	}
	return a
}

// AmountOf returns the Amount of d in currency c. It does not check bounds:
// d is taken as the caller computed it. An amount beyond the bounds of
// [NewAmount] can be added and printed, but [Amount.Mul], [Amount.Split],
// [Amount.Allocate], [Rates.Convert] and the [Totals] encodings refuse it
// with an error wrapping [ErrOutOfRange], and the readers will not read
// its text back.
func AmountOf(d decimal.Decimal, c Currency) Amount {
	return mk(d, c)
}

// parseDecimal reads a plain decimal number strictly and checks it against
// the bounds of an amount before building it.
func parseDecimal(s string) (decimal.Decimal, error) {
	return parseBounded(s, MaxIntegerDigits, MaxFractionDigits, "an amount")
}

// Decimal returns the value of a.
func (a Amount) Decimal() decimal.Decimal { return a.d }

// MinorUnits returns a as a whole number of its currency's minor units
// (cents for USD, won for KRW, yen for JPY: 10^-[Currency.Scale]) and
// true: 150 for USD 1.50, and for USD 1.500. It returns false if a is not
// a whole number of minor units (USD 0.005) or if the count does not fit
// an int64; a is then only exact as its [Amount.Decimal].
func (a Amount) MinorUnits() (int64, bool) {
	if a.fits {
		return a.minor, true
	}
	return a.wholeMinorUnits()
}

func (a Amount) wholeMinorUnits() (int64, bool) { return wholeMinorUnits(a.d, a.c.Scale()) }

// wholeMinorUnits is d·10^scale if that is an integer that fits an int64.
// It never builds a power of ten longer than d's own digits, so an
// exponent of a million costs no more than one of ten.
func wholeMinorUnits(d decimal.Decimal, scale int32) (int64, bool) {
	if d.IsZero() {
		return 0, true
	}
	exp := int64(d.Exponent()) + int64(scale)
	digits := int64(d.NumDigits())
	// |d·10^scale| lies in [10^(digits+exp-1), 10^(digits+exp)).
	if digits+exp > 19 || digits+exp < 1 {
		return 0, false
	}
	m := d.Shift(scale)
	if !m.IsInteger() {
		return 0, false
	}
	b := m.BigInt()
	if !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}

// Currency returns the currency of a.
func (a Amount) Currency() Currency { return a.c }

// empty reports whether a is a zero with no currency, the identity of Add.
func (a Amount) empty() bool { return a.c == XXX && a.d.IsZero() }

// Add returns a + b. The currencies must match, except that a zero Amount
// with no currency (such as Amount{}) adds to an Amount of any currency.
// Otherwise the error is a [*MismatchError] wrapping [ErrCurrencyMismatch].
// A sum beyond the bounds of an amount ([MaxIntegerDigits]) is an error
// wrapping [ErrOutOfRange]: every amount Add returns reads back from its
// text. [Totals] sums beyond those bounds.
func (a Amount) Add(b Amount) (Amount, error) {
	if a.c != b.c {
		switch {
		case b.empty():
			return a, nil
		case a.empty():
			return b, nil
		}
		return Amount{}, &MismatchError{Op: "Add", Left: a.c, Right: b.c}
	}
	return a.result("Add", a.d.Add(b.d))
}

// result returns the Amount of d in a's currency, or an error wrapping
// [ErrOutOfRange] if d is beyond the bounds of an amount.
func (a Amount) result(op string, d decimal.Decimal) (Amount, error) {
	if err := checkAmountDecimal(d); err != nil {
		return Amount{}, fmt.Errorf("currency: %s: the result %w", op, err)
	}
	return mk(d, a.c), nil
}

// Sub returns a - b, with the currency rules of [Amount.Add].
func (a Amount) Sub(b Amount) (Amount, error) {
	if a.c != b.c {
		switch {
		case b.empty():
			return a, nil
		case a.empty():
			return b.Neg(), nil
		}
		return Amount{}, &MismatchError{Op: "Sub", Left: a.c, Right: b.c}
	}
	return a.result("Sub", a.d.Sub(b.d))
}

// Mul returns a × f, exactly, in a's currency.
//
// Mul returns an error wrapping [ErrOutOfRange] if a or f, or the product,
// has more than [MaxIntegerDigits] digits before or [MaxFractionDigits]
// after the decimal point: every amount Mul returns can be written and
// read back by the package's own readers.
func (a Amount) Mul(f decimal.Decimal) (Amount, error) {
	if err := a.checkValue("Mul"); err != nil {
		return Amount{}, err
	}
	if err := checkDecimal(f, MaxIntegerDigits, MaxFractionDigits, "a factor"); err != nil {
		return Amount{}, fmt.Errorf("currency: Mul of %v: %w", a, err)
	}
	p := a.d.Mul(f)
	if err := checkAmountDecimal(p); err != nil {
		return Amount{}, fmt.Errorf("currency: Mul of %v by %s: the product %w", a, clip(f.String()), err)
	}
	return mk(p, a.c), nil
}

// Neg returns -a.
func (a Amount) Neg() Amount { return mk(a.d.Neg(), a.c) }

// Abs returns |a|.
func (a Amount) Abs() Amount { return mk(a.d.Abs(), a.c) }

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
// An amount with a minor-unit count answers from it, without reading the
// decimal's digits.
func (a Amount) Sign() int {
	if a.fits {
		return cmp.Compare(a.minor, 0)
	}
	return a.d.Sign()
}

// IsZero reports whether the value of a is zero, in any currency.
func (a Amount) IsZero() bool {
	if a.fits {
		return a.minor == 0
	}
	return a.d.IsZero()
}

// Cmp compares a and b: -1 if a < b, 0 if a == b, +1 if a > b. The
// currencies must match, with the exception for Amount{} of [Amount.Add];
// otherwise the error is a [*MismatchError].
func (a Amount) Cmp(b Amount) (int, error) {
	if a.c != b.c && !a.empty() && !b.empty() {
		return 0, &MismatchError{Op: "Cmp", Left: a.c, Right: b.c}
	}
	return a.d.Cmp(b.d), nil
}

// Equal reports whether a and b have the same currency and the same value:
// KRW 1500 equals KRW 1500.0. Amounts of different currencies are never
// equal, whatever their values.
func (a Amount) Equal(b Amount) bool { return a.c == b.c && a.d.Equal(b.d) }

// RoundingMode says how [Amount.Round] and the conversions of [Rates] treat
// digits beyond the currency's scale. The zero RoundingMode is HalfEven.
type RoundingMode uint8

// The rounding modes.
const (
	HalfEven RoundingMode = iota // to nearest, ties to the even digit (banker's rounding)
	HalfUp                       // to nearest, ties away from zero (school rounding)
	Down                         // toward zero (truncate)
	Up                           // away from zero
	Floor                        // toward negative infinity
	Ceiling                      // toward positive infinity
)

const numRoundingModes = 6

// String returns the mode's name, such as "HalfEven".
func (m RoundingMode) String() string {
	switch m {
	case HalfEven:
		return "HalfEven"
	case HalfUp:
		return "HalfUp"
	case Down:
		return "Down"
	case Up:
		return "Up"
	case Floor:
		return "Floor"
	case Ceiling:
		return "Ceiling"
	}
	return fmt.Sprintf("RoundingMode(%d)", m)
}

// MarshalText implements [encoding.TextMarshaler].
func (m RoundingMode) MarshalText() ([]byte, error) {
	if m >= numRoundingModes {
		return nil, fmt.Errorf("currency: cannot marshal invalid %v", m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the names
// String returns.
func (m *RoundingMode) UnmarshalText(text []byte) error {
	for v := range RoundingMode(numRoundingModes) {
		if string(text) == v.String() {
			*m = v
			return nil
		}
	}
	return fmt.Errorf("currency: unknown rounding mode %s", quote(string(text)))
}

// round rounds d to places digits after the point with mode m.
func round(d decimal.Decimal, places int32, m RoundingMode) decimal.Decimal {
	switch m {
	case HalfUp:
		return d.Round(places)
	case Down:
		return d.RoundDown(places)
	case Up:
		return d.RoundUp(places)
	case Floor:
		return d.RoundFloor(places)
	case Ceiling:
		return d.RoundCeil(places)
	}
	return d.RoundBank(places)
}

// Round returns a rounded to its currency's scale ([Currency.Scale]: whole
// won, cents) with mode m. An unknown mode rounds HalfEven.
func (a Amount) Round(m RoundingMode) Amount {
	return mk(round(a.d, a.c.Scale(), m), a.c)
}

// MaxParts is the most parts [Amount.Split] and [Amount.Allocate] make.
const MaxParts = 1_000_000

// checkValue checks that a's value lies within the bounds of an amount, so
// that arithmetic on an Amount made by [AmountOf] cannot blow up.
func (a Amount) checkValue(op string) error {
	if err := checkAmountDecimal(a.d); err != nil {
		return fmt.Errorf("currency: %s: %w", op, err)
	}
	return nil
}

// Split divides a into n parts that differ by at most one minor unit (or
// one unit of a's smallest digit, if finer) and add back to a exactly;
// earlier parts get the extra units. It is Allocate with n equal ratios,
// in O(n).
//
// Split returns an error if n < 1 or n > [MaxParts] (before allocating
// anything), or if a is beyond the bounds of an amount (possible only for
// amounts made with [AmountOf]; the error wraps [ErrOutOfRange]).
func (a Amount) Split(n int) ([]Amount, error) {
	if n < 1 || n > MaxParts {
		return nil, fmt.Errorf("currency: Split(%d) of %v: want 1 to %d parts", n, a, MaxParts)
	}
	if err := a.checkValue("Split"); err != nil {
		return nil, err
	}
	exp, units := a.units()
	q, left := new(big.Int).QuoRem(units, big.NewInt(int64(n)), new(big.Int))
	out := make([]Amount, n)
	k := int(left.Int64()) // < n
	base, plus := a.part(q, exp), a.part(new(big.Int).Add(q, big.NewInt(1)), exp)
	for i := range out {
		if i < k {
			out[i] = plus
		} else {
			out[i] = base
		}
	}
	return out, nil
}

// units returns the exponent a is divided at (the currency's minor unit or
// a's own smallest digit) and |a| in units of it.
func (a Amount) units() (int32, *big.Int) {
	exp := -a.c.Scale()
	if e := a.d.Exponent(); e < exp {
		exp = e
	}
	return exp, a.d.Abs().Shift(-exp).BigInt()
}

// part returns the Amount of u units of 10^exp, with a's sign.
func (a Amount) part(u *big.Int, exp int32) Amount {
	v := new(big.Int).Set(u)
	if a.d.Sign() < 0 {
		v.Neg(v)
	}
	if v.IsInt64() {
		return mk(decimal.New(v.Int64(), exp), a.c)
	}
	return mk(decimal.NewFromBigInt(v, exp), a.c)
}

// Allocate divides a in proportion to ratios. The parts are multiples of the
// currency's minor unit (or of a's own smallest digit, if a has finer
// digits than its currency) and always add back to a exactly: the units
// left after the proportional shares are rounded down go one each to the
// parts with the largest remainders, earlier parts first on a tie. It takes
// O(n log n) time for n ratios.
//
// Allocate returns an error if there are no ratios or more than
// [MaxParts], a ratio is negative, all ratios are zero, or a is beyond the
// bounds of an amount (possible only for amounts made with [AmountOf]).
func (a Amount) Allocate(ratios ...int) ([]Amount, error) {
	switch {
	case len(ratios) == 0:
		return nil, fmt.Errorf("currency: Allocate of %v: no ratios", a)
	case len(ratios) > MaxParts:
		return nil, fmt.Errorf("currency: Allocate of %v: %d ratios, more than %d", a, len(ratios), MaxParts)
	}
	sum := new(big.Int)
	var r64 big.Int
	for i, r := range ratios {
		if r < 0 {
			return nil, fmt.Errorf("currency: Allocate of %v: ratio %d (index %d) is negative", a, r, i)
		}
		sum.Add(sum, r64.SetInt64(int64(r)))
	}
	if sum.Sign() == 0 {
		return nil, fmt.Errorf("currency: Allocate of %v: all ratios are zero", a)
	}
	if err := a.checkValue("Allocate"); err != nil {
		return nil, err
	}
	exp, units := a.units()
	if out, ok := a.allocate64(exp, units, sum, ratios); ok {
		return out, nil
	}
	shares := make([]big.Int, len(ratios))
	rems := make([]big.Int, len(ratios))
	left := new(big.Int).Set(units)
	var prod big.Int
	for i, r := range ratios {
		prod.Mul(units, r64.SetInt64(int64(r)))
		shares[i].QuoRem(&prod, sum, &rems[i])
		left.Sub(left, &shares[i])
	}
	// left < the number of non-zero remainders: one unit each to the
	// largest remainders, earlier parts first on a tie.
	if k := int(left.Int64()); k > 0 {
		order := make([]int32, len(ratios))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(x, y int32) int { return rems[y].Cmp(&rems[x]) })
		one := big.NewInt(1)
		for _, i := range order[:k] {
			shares[i].Add(&shares[i], one)
		}
	}
	out := make([]Amount, len(ratios))
	for i := range shares {
		out[i] = a.part(&shares[i], exp)
	}
	return out, nil
}

// allocate64 is Allocate for units and a sum of ratios that fit an int64,
// with 128-bit products: no big.Int per part. It reports false otherwise.
func (a Amount) allocate64(exp int32, units, sum *big.Int, ratios []int) ([]Amount, bool) {
	if !units.IsInt64() || !sum.IsInt64() {
		return nil, false
	}
	u, s := uint64(units.Int64()), uint64(sum.Int64())
	shares := make([]uint64, len(ratios))
	rems := make([]uint64, len(ratios))
	left := u
	for i, r := range ratios {
		hi, lo := bits.Mul64(u, uint64(r))
		// hi < s because u×r/s ≤ u < 2^64.
		shares[i], rems[i] = bits.Div64(hi, lo, s)
		left -= shares[i]
	}
	if left > 0 {
		order := make([]int32, len(ratios))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(rems[y], rems[x]) })
		for _, i := range order[:left] {
			shares[i]++
		}
	}
	neg := a.d.Sign() < 0
	out := make([]Amount, len(ratios))
	for i, v := range shares {
		x := int64(v) // v ≤ u ≤ MaxInt64
		if neg {
			x = -x
		}
		out[i] = mk(decimal.New(x, exp), a.c)
	}
	return out, true
}

// places is the number of fraction digits a prints with: the currency's
// scale, or more if a really has more digits.
func (a Amount) places() int32 {
	p := a.c.Scale()
	if e := -a.d.Exponent(); e > p {
		p = e
	}
	return p
}

// String returns a in a locale-free form: the ISO code, a space and the value
// with as many fraction digits as the currency's scale, or more if the value
// has more: "KRW 1500000000000", "USD 1200000000.00", "USD 0.125". It never
// rounds. [Format] writes amounts for people.
func (a Amount) String() string {
	return a.c.String() + " " + a.d.StringFixed(a.places())
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Amount.String].
func (a Amount) MarshalText() ([]byte, error) {
	if !a.c.Valid() {
		return nil, fmt.Errorf("currency: cannot marshal an amount in invalid %v", a.c)
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It reads the form of
// [Amount.String]: an ISO code, one space, a decimal number as [NewAmount]
// takes it.
func (a *Amount) UnmarshalText(text []byte) error {
	code, num, ok := strings.Cut(string(text), " ")
	if !ok {
		return fmt.Errorf("currency: cannot unmarshal %s as an amount: want \"CODE NUMBER\", such as \"USD 12.50\"", quote(string(text)))
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return fmt.Errorf("currency: cannot unmarshal %s as an amount: %w", quote(string(text)), err)
	}
	d, err := parseDecimal(num)
	if err != nil {
		return fmt.Errorf("currency: cannot unmarshal %s as an amount: %w", quote(string(text)), err)
	}
	*a = mk(d, c)
	return nil
}

// MarshalJSON implements [json.Marshaler]:
// {"amount":"1200000000.00","currency":"USD"}. The amount is a string, in
// the form of [Amount.String], so that no JSON reader turns it into a float.
func (a Amount) MarshalJSON() ([]byte, error) {
	if !a.c.Valid() {
		return nil, fmt.Errorf("currency: cannot marshal an amount in invalid %v", a.c)
	}
	var b bytes.Buffer
	a.writeJSON(&b)
	return b.Bytes(), nil
}

// writeJSON writes the object of [Amount.MarshalJSON] for an amount whose
// currency is valid; [Totals.MarshalJSON] writes its totals with it.
func (a Amount) writeJSON(b *bytes.Buffer) {
	b.WriteString(`{"amount":"`)
	b.WriteString(a.d.StringFixed(a.places()))
	b.WriteString(`","currency":"`)
	b.WriteString(a.c.String())
	b.WriteString(`"}`)
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads the object
// MarshalJSON writes; the amount may also be a JSON number, which is read
// from its text, never through float64. Both fields are required, and any
// other key is an error. A JSON null leaves a unchanged.
func (a *Amount) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var raw struct {
		Amount   json.RawMessage `json:"amount"`
		Currency *string         `json:"currency"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields() // a misspelt key is an error, as in the other decoders
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: data after the object")
	}
	if raw.Currency == nil {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: missing \"currency\"")
	}
	if raw.Amount == nil {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: missing \"amount\"")
	}
	c, err := ParseCurrency(*raw.Currency)
	if err != nil {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: %w", err)
	}
	num := string(raw.Amount)
	switch {
	case strings.HasPrefix(num, `"`):
		if err := json.Unmarshal(raw.Amount, &num); err != nil {
			return fmt.Errorf("currency: cannot unmarshal amount from JSON: %w", err)
		}
	case num == "" || !(num[0] == '-' || '0' <= num[0] && num[0] <= '9'):
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: \"amount\" is %s, want a string or a number", clip(num))
	}
	d, err := parseDecimal(num)
	if err != nil {
		return fmt.Errorf("currency: cannot unmarshal amount from JSON: %w", err)
	}
	*a = mk(d, c)
	return nil
}
