package currency

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Errors returned by this package wrap one of these where
// the condition is one a caller may want to branch on; test with [errors.Is].
var (
	// ErrCurrencyMismatch: an operation needs amounts of one currency and got two.
	ErrCurrencyMismatch = errors.New("currency mismatch")
	// ErrUnknownCurrency: a code is not an ISO 4217 currency.
	ErrUnknownCurrency = errors.New("unknown currency")
	// ErrOutOfRange: a value is beyond the bounds documented in [NewAmount].
	ErrOutOfRange = errors.New("value out of range")
	// ErrNoRate: a conversion found no rate on or before the requested day.
	ErrNoRate = errors.New("no rate")
)

// MismatchError is the error for an operation on amounts of two different
// currencies. It wraps [ErrCurrencyMismatch].
type MismatchError struct {
	Op          string // the operation, such as "Add"
	Left, Right Currency
}

// Error returns "currency: <op>: currency mismatch: <left> and <right>".
func (e *MismatchError) Error() string {
	return fmt.Sprintf("currency: %s: %v: %v and %v", e.Op, ErrCurrencyMismatch, e.Left, e.Right)
}

// Unwrap returns [ErrCurrencyMismatch].
func (e *MismatchError) Unwrap() error { return ErrCurrencyMismatch }

// ParseError describes text that could not be read as an amount, a currency
// or a figure.
type ParseError struct {
	Input  string // the whole input
	Offset int    // byte offset into Input where the problem is
	Reason string // what was wrong there
	Err    error  // an underlying sentinel such as ErrUnknownCurrency, or nil
}

// Error says what could not be parsed, at which byte, and why.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("currency: cannot parse ")
	in := e.Input
	if len(in) > 80 {
		cut := 80
		for cut > 0 && !utf8.RuneStart(in[cut]) {
			cut--
		}
		in = in[:cut] + "…"
	}
	fmt.Fprintf(&b, "%q at byte %d: %s", in, e.Offset, e.Reason)
	return b.String()
}

// Unwrap returns the underlying sentinel, if any.
func (e *ParseError) Unwrap() error { return e.Err }
