package sanctions

import (
	"errors"
	"fmt"
)

// Sentinel errors. Errors returned by this package wrap one of these where a
// caller may want to branch on the condition; test with [errors.Is].
var (
	// ErrInvalidHSCode: text is not a 2-, 4-, 6-, 8- or 10-digit HS code.
	ErrInvalidHSCode = errors.New("invalid HS code")
	// ErrInvalidTrade: a [Trade] lacks a date or direction, or has a
	// negative quantity or value.
	ErrInvalidTrade = errors.New("invalid trade")
	// ErrInvalidShipment: a [Shipment] given to [CapUsage] is malformed.
	ErrInvalidShipment = errors.New("invalid shipment")
	// ErrUnitMismatch: a quantity is in a unit (or a value in a currency)
	// that the cap it is counted against does not use.
	ErrUnitMismatch = errors.New("unit mismatch")
	// ErrNoLimit: a cap has no fixed limit to count against (2375's crude
	// oil cap is each State's own prior-12-month amount).
	ErrNoLimit = errors.New("cap has no fixed limit")
	// ErrNoPeriod: no period of a cap contains the requested day.
	ErrNoPeriod = errors.New("no cap period on that day")
	// ErrUnknownName: text is not one of an enumeration's names.
	ErrUnknownName = errors.New("unknown name")
	// ErrInvalidMeasure: a measure given to [NewRegime] is malformed.
	ErrInvalidMeasure = errors.New("invalid measure")
)

// FieldError reports bad input in one named field, such as "Trade.Date" or
// "HSCode". It wraps one of the sentinel errors of this package.
type FieldError struct {
	Field  string // the field or argument, such as "Trade.Quantity"
	Value  string // the offending value as text; may be empty
	Reason string // what is wrong with it
	Err    error  // the sentinel, such as ErrInvalidTrade
}

// Error returns "sanctions: <field> <value>: <reason>".
func (e *FieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("sanctions: %s: %s", e.Field, e.Reason)
	}
	return fmt.Sprintf("sanctions: %s %q: %s", e.Field, e.Value, e.Reason)
}

// Unwrap returns the sentinel error.
func (e *FieldError) Unwrap() error { return e.Err }
