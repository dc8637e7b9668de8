package currency

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// The one rule for what an amount may be, shared by every reader
// ([NewAmount], [Amount.UnmarshalText], [Amount.UnmarshalJSON], [ParseAmount])
// and by the arithmetic that makes new amounts ([Amount.Mul],
// [Rates.Convert]): the value, once its exponent is applied, has at most
// [MaxIntegerDigits] digits before and [MaxFractionDigits] after the decimal
// point. Leading zeros and trailing fraction zeros do not count: "0001",
// "1.000" and "1." followed by a million zeros are all 1. The check runs on
// digit counts, before any big-number work, so its cost is linear in the
// length of the text.

// maxExponent is where readers stop accumulating an exponent's digits: any
// exponent beyond it puts a non-zero value out of range whatever its digits,
// and fits an int64 with room for every digit count added to it.
const maxExponent = 1_000_000_000_000

// rangeError is the error for a value outside the bounds. It wraps
// [ErrOutOfRange] and says what the value is and which bound it breaks.
type rangeError struct {
	value    string // the value, shortened, such as "1e+40" or "1.234…e-45"
	n        int64  // its digits before (frac false) or after (frac true) the point
	frac     bool
	max      int
	fracWhat string // what the limit is for, such as "an amount"
}

func (e *rangeError) Error() string {
	side := "before"
	if e.frac {
		side = "after"
	}
	return fmt.Sprintf("%s has %d digits %s the decimal point, more than the %d %s may have: %v",
		e.value, e.n, side, e.max, e.fracWhat, ErrOutOfRange)
}

func (e *rangeError) Unwrap() error { return ErrOutOfRange }

// checkBounds checks the value c × 10^exp, where the integer c has sig
// significant digits (no leading zeros, and no trailing zeros: they belong
// in exp), against at most maxInt digits before and maxFrac digits after the
// decimal point. A zero value has sig 0 and is always in bounds. show
// returns the value's text for an error message; it is called only on
// error. what names the kind of value in the message ("an amount").
//
// This is the bounds rule; it does no big-number work.
func checkBounds(sig int, exp int64, maxInt, maxFrac int, what string, show func() string) error {
	if sig == 0 {
		return nil
	}
	if n := int64(sig) + exp; n > int64(maxInt) {
		return &rangeError{value: show(), n: n, max: maxInt, fracWhat: what}
	}
	if -exp > int64(maxFrac) {
		return &rangeError{value: show(), n: -exp, frac: true, max: maxFrac, fracWhat: what}
	}
	return nil
}

// checkAmount is checkBounds with the bounds of an Amount. The text layer
// calls it from its readers.
func checkAmount(sig int, exp int64, show func() string) error {
	return checkBounds(sig, exp, MaxIntegerDigits, MaxFractionDigits, "an amount", show)
}

// boundedDecimal returns the value of the digits intPart ‖ fracPart (ASCII
// '0'–'9' only; either may be empty) × 10^(exp − len(fracPart)), negated if
// neg, if it lies within maxInt digits before and maxFrac after the point
// (see [checkBounds]). exp must lie within ±[maxExponent].
//
// The result keeps the representation it was written with ("1.50" has two
// fraction digits, "5e3" is 5×10³) except where that has more than maxFrac
// fraction digits: trailing zeros beyond maxFrac fraction digits are dropped
// ("1." and 40 zeros is 1 with maxFrac zeros), and a zero has an exponent
// between −maxFrac and 0.
//
// The work is linear in the length of the digits before the check and
// bounded by maxInt+maxFrac after it.
func boundedDecimal(neg bool, intPart, fracPart string, exp int64, maxInt, maxFrac int, what string) (decimal.Decimal, error) {
	exp0 := exp - int64(len(fracPart)) // exponent of the last written digit
	// Significant digits: strip leading zeros (across the point) and
	// trailing zeros (across the point).
	ip := strings.TrimLeft(intPart, "0")
	fp := fracPart
	if ip == "" {
		fp = strings.TrimLeft(fracPart, "0")
	}
	trail := 0
	fpt := strings.TrimRight(fp, "0")
	trail += len(fp) - len(fpt)
	ipt := ip
	if fpt == "" {
		ipt = strings.TrimRight(ip, "0")
		trail += len(ip) - len(ipt)
	}
	var sig int
	if fpt == "" {
		sig = len(ipt)
	} else {
		sig = len(ip) + len(fpt)
	}
	if sig == 0 {
		e := min(max(exp0, int64(-maxFrac)), 0)
		return decimal.New(0, int32(e)), nil
	}
	norm := exp0 + int64(trail) // exponent of the last significant digit
	if err := checkBounds(sig, norm, maxInt, maxFrac, what, func() string {
		return sciString(neg, ipt, fpt, ip, norm)
	}); err != nil {
		return decimal.Decimal{}, err
	}
	e := max(exp0, min(norm, int64(-maxFrac)))
	zeros := int(norm - e)
	// The coefficient: the significant digits and zeros, at most
	// maxInt+maxFrac digits.
	var b strings.Builder
	b.Grow(sig + zeros + 1)
	if neg {
		b.WriteByte('-')
	}
	if fpt == "" {
		b.WriteString(ipt)
	} else {
		b.WriteString(ip)
		b.WriteString(fpt)
	}
	for range zeros {
		b.WriteByte('0')
	}
	s := b.String()
	if len(s) <= 18 {
		v, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			return decimal.New(v, int32(e)), nil
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return decimal.Decimal{}, fmt.Errorf("internal error: digits %q", clip(s))
	}
	return decimal.NewFromBigInt(v, int32(e)), nil
}

// sciString writes a value for an error message in scientific notation
// with at most 12 significant digits: "1e+40", "-1.234567890123…e-45".
func sciString(neg bool, ipt, fpt, ip string, norm int64) string {
	digits := ipt
	if fpt != "" {
		// ip ‖ fpt, without building more than 13 bytes of it.
		if len(ip) >= 13 {
			digits = ip[:13]
		} else {
			digits = ip + fpt[:min(len(fpt), 13-len(ip))]
		}
	}
	total := len(ipt)
	if fpt != "" {
		total = len(ip) + len(fpt)
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	n := min(len(digits), 12)
	b.WriteByte(digits[0])
	if n > 1 {
		b.WriteByte('.')
		b.WriteString(digits[1:n])
	}
	if total > 12 {
		b.WriteString("…")
	}
	e := norm + int64(total) - 1
	b.WriteString("e")
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.FormatInt(e, 10))
	return b.String()
}

// checkDecimal checks a computed value d against the bounds of an amount,
// for arithmetic that must not make an amount the readers reject.
func checkDecimal(d decimal.Decimal, maxInt, maxFrac int, what string) error {
	if d.IsZero() {
		return nil
	}
	// Fast path, no allocation: digits before the point are at most
	// NumDigits+Exponent, and the representation has at most -Exponent
	// after it.
	if e := int64(d.Exponent()); int64(d.NumDigits())+e <= int64(maxInt) && -e <= int64(maxFrac) {
		return nil
	}
	s := d.Coefficient().String()
	s = strings.TrimPrefix(s, "-")
	t := strings.TrimRight(s, "0")
	exp := int64(d.Exponent()) + int64(len(s)-len(t))
	s = t
	return checkBounds(len(s), exp, maxInt, maxFrac, what, func() string {
		return sciString(d.Sign() < 0, s, "", s, exp)
	})
}

// checkAmountDecimal is checkDecimal with the bounds of an Amount, for the
// arithmetic that makes one (Add, Mul, Convert, Totals.In).
func checkAmountDecimal(d decimal.Decimal) error {
	return checkDecimal(d, MaxIntegerDigits, MaxFractionDigits, "an amount")
}

// clipLen is the most bytes of an input an error message quotes.
const clipLen = 40

// clip returns s, or a prefix of at most clipLen bytes (cut at a rune
// boundary) followed by "…" and the length of s, for error messages.
func clip(s string) string {
	if len(s) <= clipLen {
		return s
	}
	return prefix(s, clipLen) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// quote is %q of clip(s), with the length outside the quotes: "\"1.000…\" (1000002 bytes)".
func quote(s string) string {
	if len(s) <= clipLen {
		return strconv.Quote(s)
	}
	return strconv.Quote(prefix(s, clipLen)+"…") + " (" + strconv.Itoa(len(s)) + " bytes)"
}

// quoteShort quotes s like quote, without the length: cut to at most clipLen bytes at a character
// boundary and ending in "…" when it was cut.
func quoteShort(s string) string {
	if len(s) <= clipLen {
		return strconv.Quote(s)
	}
	return strconv.Quote(prefix(s, clipLen) + "…")
}

// prefix returns the longest prefix of s of at most n bytes that ends at a
// rune boundary. It is the one cut that clip, quote and quoteShort share.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
