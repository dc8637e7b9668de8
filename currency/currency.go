package currency

import (
	"fmt"
	"strconv"

	"golang.org/x/text/currency"
)

// Currency is an ISO 4217 currency code, such as KRW or USD.
//
// A Currency is a small comparable value: == compares currencies correctly
// and a Currency can be a map key. The named constants ([KRW], [USD], …) and
// [ParseCurrency] are the only ways to make one; converting an arbitrary
// integer to a Currency gives an invalid value that [Currency.Valid] reports.
//
// The zero Currency is XXX, ISO 4217's "no currency": [Amount]{} has it.
//
// Currencies are backed by the ISO 4217 table of golang.org/x/text/currency:
// [Currency.Unit] returns the x/text unit and [Currency.Scale] its standard
// number of minor-unit digits. Currency is a constant-friendly integer rather
// than a wrapper around currency.Unit so that the named currencies can be
// true constants (no package variable a caller could reassign).
type Currency uint16

// code packs three upper-case ASCII letters into a Currency: one more than
// their base-26 value, so that 0 is left for the zero value (XXX).
func code(a, b, c byte) Currency {
	n := (uint32(a-'A')*26+uint32(b-'A'))*26 + uint32(c-'A')
	if n == xxx {
		return XXX
	}
	return Currency(n + 1)
}

const (
	numCodes = 26 * 26 * 26
	xxx      = ('X'-'A')*26*26 + ('X'-'A')*26 + ('X' - 'A')
)

// The currencies the library's data uses, as constants. Any other ISO 4217
// currency is available through [ParseCurrency].
const (
	XXX Currency = 0                                                // no currency; the zero value
	KRW Currency = ('K'-'A')*26*26 + ('R'-'A')*26 + ('W' - 'A') + 1 // South Korean won
	KPW Currency = ('K'-'A')*26*26 + ('P'-'A')*26 + ('W' - 'A') + 1 // North Korean won
	USD Currency = ('U'-'A')*26*26 + ('S'-'A')*26 + ('D' - 'A') + 1 // US dollar
	JPY Currency = ('J'-'A')*26*26 + ('P'-'A')*26 + ('Y' - 'A') + 1 // Japanese yen
	CNY Currency = ('C'-'A')*26*26 + ('N'-'A')*26 + ('Y' - 'A') + 1 // Chinese yuan renminbi
	EUR Currency = ('E'-'A')*26*26 + ('U'-'A')*26 + ('R' - 'A') + 1 // euro
	GBP Currency = ('G'-'A')*26*26 + ('B'-'A')*26 + ('P' - 'A') + 1 // pound sterling
	INR Currency = ('I'-'A')*26*26 + ('N'-'A')*26 + ('R' - 'A') + 1 // Indian rupee
	SGD Currency = ('S'-'A')*26*26 + ('G'-'A')*26 + ('D' - 'A') + 1 // Singapore dollar
)

// ParseCurrency returns the currency for an ISO 4217 alphabetic code such as
// "KRW" or "usd". Letter case is ignored.
//
// ParseCurrency returns an error wrapping [ErrUnknownCurrency] if s is not
// three ASCII letters or is not a code in the ISO 4217 table of
// golang.org/x/text/currency. "XXX" parses to the zero Currency.
func ParseCurrency(s string) (Currency, error) {
	if len(s) != 3 {
		return 0, fmt.Errorf("currency: %w %s: want a three-letter ISO 4217 code", ErrUnknownCurrency, quote(s))
	}
	var b [3]byte
	for i := 0; i < 3; i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			return 0, fmt.Errorf("currency: %w %s: want a three-letter ISO 4217 code", ErrUnknownCurrency, quote(s))
		}
		b[i] = c
	}
	if _, err := currency.ParseISO(string(b[:])); err != nil {
		return 0, fmt.Errorf("currency: %w %q: not in the ISO 4217 table", ErrUnknownCurrency, s)
	}
	return code(b[0], b[1], b[2]), nil
}

// MustParseCurrency is like [ParseCurrency] but panics if s is not a known
// code. It is meant for constants in tests and examples.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// letters returns the three letters of c, and false if c is out of range.
func (c Currency) letters() ([3]byte, bool) {
	if c == XXX {
		return [3]byte{'X', 'X', 'X'}, true
	}
	if uint32(c) > numCodes || uint32(c) == xxx+1 {
		return [3]byte{}, false
	}
	n := uint32(c) - 1
	return [3]byte{byte(n/676) + 'A', byte(n/26%26) + 'A', byte(n%26) + 'A'}, true
}

// String returns the ISO 4217 code, such as "KRW". The zero Currency prints
// "XXX"; an invalid value prints as "Currency(N)".
func (c Currency) String() string {
	b, ok := c.letters()
	if !ok {
		return "Currency(" + strconv.Itoa(int(c)) + ")"
	}
	return string(b[:])
}

// Valid reports whether c is XXX or a code in the ISO 4217 table.
func (c Currency) Valid() bool {
	switch c {
	case XXX, KRW, KPW, USD, JPY, CNY, EUR, GBP, INR, SGD:
		return true
	}
	_, ok := c.unit()
	return ok
}

// Unit returns c as a golang.org/x/text/currency unit, for use with that
// package's formatters. The zero Currency and invalid values give the
// x/text zero Unit, which also prints "XXX".
func (c Currency) Unit() currency.Unit {
	u, _ := c.unit()
	return u
}

// unit returns c's x/text unit, and false for XXX and invalid values.
func (c Currency) unit() (currency.Unit, bool) {
	if c == XXX {
		return currency.Unit{}, false
	}
	b, ok := c.letters()
	if !ok {
		return currency.Unit{}, false
	}
	u, err := currency.ParseISO(string(b[:]))
	return u, err == nil
}

// Scale returns the number of digits after the decimal point of c's minor
// unit, from the standard rounding of golang.org/x/text/currency: 0 for KRW,
// KPW and JPY, 2 for USD, EUR and CNY. XXX and invalid values give 0.
func (c Currency) Scale() int32 {
	switch c {
	case KRW, KPW, JPY, XXX:
		return 0
	case USD, EUR, CNY, GBP, INR, SGD:
		return 2
	}
	u, ok := c.unit()
	if !ok {
		return 0
	}
	scale, _ := currency.Standard.Rounding(u)
	return int32(scale)
}

// MarshalText implements [encoding.TextMarshaler]: the ISO code.
func (c Currency) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("currency: cannot marshal invalid %v", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCurrency].
func (c *Currency) UnmarshalText(text []byte) error {
	v, err := ParseCurrency(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
