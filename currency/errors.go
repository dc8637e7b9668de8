package currency

import (
	"errors"
	"fmt"
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
