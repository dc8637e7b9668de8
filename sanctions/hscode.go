package sanctions

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// HSCode is a Harmonized System commodity code: a 2-digit chapter ("27"),
// a 4-digit heading ("2701"), a 6-digit subheading ("270112"), or an 8- or
// 10-digit national tariff line ("2601111000", as in China's customs
// schedule). Only the digits are kept; [ParseHSCode] also reads the dotted
// form "2701.12".
//
// HSCode is a small immutable value, safe for concurrent use and comparable
// with ==: two codes are equal when they have the same digits. The zero
// HSCode is "no code": [HSCode.IsZero] reports it and it prints as "".
type HSCode struct {
	digits string
}

// ParseHSCode reads an HS code: 2, 4, 6, 8 or 10 ASCII digits, optionally
// grouped by dots after the heading, the subheading and the eighth digit
// ("2701.12", "8471.30.01", "2601.11.10.00"), or written as chapter and
// heading ("27.01", as Canadian tariffs print headings). Leading and
// trailing spaces are not accepted.
//
// ParseHSCode returns a [*FieldError] wrapping [ErrInvalidHSCode] if s:
//   - is empty;
//   - contains anything but ASCII digits and dots (the message names the
//     character, a multi-byte one whole, and its byte offset);
//   - has a dot anywhere but after the 4th, 6th or 8th digit (or after the
//     2nd in the form "NN.NN"), or two dots in a row;
//   - has a number of digits other than 2, 4, 6, 8 or 10.
func ParseHSCode(s string) (HSCode, error) {
	if s == "" {
		return HSCode{}, &FieldError{Field: "HSCode", Reason: "empty: want 2, 4, 6, 8 or 10 digits", Err: ErrInvalidHSCode}
	}
	n := 0
	dots := 0
	dotAfter2 := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			n++
		case c == '.':
			if i == len(s)-1 || (n != 2 && n != 4 && n != 6 && n != 8) || s[i-1] == '.' {
				return HSCode{}, &FieldError{Field: "HSCode", Value: clip(s), Reason: "misplaced '.' at byte " + strconv.Itoa(i) + ": dots go after the 4th, 6th or 8th digit", Err: ErrInvalidHSCode}
			}
			dotAfter2 = dotAfter2 || n == 2
			dots++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			what := strconv.QuoteRune(r)
			if r == utf8.RuneError && size <= 1 {
				what = fmt.Sprintf("the invalid UTF-8 byte %#02x", c)
			}
			return HSCode{}, &FieldError{Field: "HSCode", Value: clip(s), Reason: "byte " + strconv.Itoa(i) + " is " + what + ", want a digit", Err: ErrInvalidHSCode}
		}
	}
	switch n {
	case 2, 4, 6, 8, 10:
	default:
		return HSCode{}, &FieldError{Field: "HSCode", Value: clip(s), Reason: strconv.Itoa(n) + " digits, want 2, 4, 6, 8 or 10", Err: ErrInvalidHSCode}
	}
	if dotAfter2 && (n != 4 || dots != 1) {
		return HSCode{}, &FieldError{Field: "HSCode", Value: clip(s), Reason: "a dot after the 2nd digit is only for a heading written NN.NN", Err: ErrInvalidHSCode}
	}
	if dots == 0 {
		return HSCode{digits: s}, nil
	}
	b := make([]byte, 0, n)
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			b = append(b, s[i])
		}
	}
	return HSCode{digits: string(b)}, nil
}

// MustParseHSCode is like [ParseHSCode] but panics on error. It is meant for
// constants in tests, examples and the built-in data.
func MustParseHSCode(s string) HSCode {
	c, err := ParseHSCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// chapterCode returns the 2-digit chapter code for n (1 to 99); it is used to
// spell out chapter ranges such as "72 through 83".
func chapterCode(n int) HSCode {
	return HSCode{digits: string([]byte{byte('0' + n/10), byte('0' + n%10)})}
}

// String returns the digits, such as "270112"; the zero HSCode gives "".
func (c HSCode) String() string { return c.digits }

// IsZero reports whether c is the zero HSCode (no code).
func (c HSCode) IsZero() bool { return c.digits == "" }

// Digits returns the number of digits of c: 2, 4, 6, 8 or 10, or 0 for the
// zero HSCode.
func (c HSCode) Digits() int { return len(c.digits) }

// Chapter returns the chapter (the first two digits) of c as a number from
// 0 to 99; the zero HSCode gives -1.
func (c HSCode) Chapter() int {
	if len(c.digits) < 2 {
		return -1
	}
	return int(c.digits[0]-'0')*10 + int(c.digits[1]-'0')
}

// Within reports whether c lies inside prefix: whether prefix's digits begin
// c's. "270112" is within "2701" and within "27"; every code is within
// itself; "27" is not within "2701". Nothing is within the zero HSCode, and
// the zero HSCode is within nothing.
func (c HSCode) Within(prefix HSCode) bool {
	if prefix.digits == "" || len(c.digits) < len(prefix.digits) {
		return false
	}
	return c.digits[:len(prefix.digits)] == prefix.digits
}

// Equal reports whether c and d are the same code; it is c == d, and lets
// github.com/google/go-cmp compare values holding HS codes.
func (c HSCode) Equal(d HSCode) bool { return c == d }

// Overlaps reports whether c and d share any goods: one is within the other.
func (c HSCode) Overlaps(d HSCode) bool { return c.Within(d) || d.Within(c) }

// MarshalText implements [encoding.TextMarshaler]: the digits.
func (c HSCode) MarshalText() ([]byte, error) { return []byte(c.digits), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseHSCode];
// empty text gives the zero HSCode.
func (c *HSCode) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = HSCode{}
		return nil
	}
	v, err := ParseHSCode(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
