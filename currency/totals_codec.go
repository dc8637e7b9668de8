package currency

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"
)

// Bounds on a total that [Totals.MarshalBinary] and [Totals.MarshalJSON]
// write and the decoders read: twice those of an amount, room for the sum
// of more amounts than an int64 can count. A total is written with its
// exponent, so the bound on fraction digits applies to the representation
// ("JPY 0.10" has two).
const (
	totalIntDigits  = 2 * MaxIntegerDigits
	totalFracDigits = 2 * MaxFractionDigits
	// totalCoefBytes is the most bytes a total's coefficient takes:
	// 10^(totalIntDigits+totalFracDigits) < 2^399.
	totalCoefBytes = 50
)

// totalsVersion is the first byte of the binary encoding of a Totals.
const totalsVersion = 1

// Equal reports whether t and u hold the same currencies with the same
// totals, equal in value and in printed form ([Amount.String] of each
// total): merging partial totals in any grouping gives a Totals Equal to
// the sequential one. github.com/google/go-cmp uses Equal by itself.
func (t Totals) Equal(u Totals) bool {
	if len(t.entries) != len(u.entries) {
		return false
	}
	for i := range t.entries {
		a, b := t.total(&t.entries[i]), u.total(&u.entries[i])
		if !a.Equal(b) || a.places() != b.places() {
			return false
		}
	}
	return true
}

// checkTotal checks a total against the bounds of the encodings.
func checkTotal(d decimal.Decimal) error {
	if -int64(d.Exponent()) > totalFracDigits {
		return fmt.Errorf("it is written with %d fraction digits, more than the %d a total may have: %w", -d.Exponent(), totalFracDigits, ErrOutOfRange)
	}
	return checkDecimal(d, totalIntDigits, totalFracDigits, "a total")
}

// MarshalBinary implements [encoding.BinaryMarshaler] with a compact,
// versioned encoding that keeps every total exactly, with its printed form:
//
//	version  1 byte, 1
//	count    uvarint, the number of currencies
//	count times, in the order of [Totals.All] (XXX first, then by code):
//	  code   3 bytes, the ISO code in upper case
//	  extra  uvarint, the fraction digits beyond the currency's scale
//	  head   uvarint, (length of coef) << 1 | 1 if negative
//	  coef   big-endian magnitude of the total in units of
//	         10^-(scale+extra), no leading zero byte; empty for zero
//
// The same totals give the same bytes, whatever grouping of [Totals.Add]
// and [Totals.Merge] built them. A Totals of a hundred currencies takes
// well under 2 KB.
//
// MarshalBinary returns an error if a currency is invalid or a total has
// more than 60 digits before or is written with more than 60 digits after
// the decimal point (possible only for amounts made with [AmountOf]); the
// error wraps [ErrUnknownCurrency] or [ErrOutOfRange].
func (t Totals) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 2+len(t.entries)*16)
	b = append(b, totalsVersion)
	b = binary.AppendUvarint(b, uint64(len(t.entries)))
	for i := range t.entries {
		e := &t.entries[i]
		letters, ok := e.c.letters()
		if !ok || !e.c.Valid() {
			return nil, fmt.Errorf("currency: Totals.MarshalBinary: %w %v", ErrUnknownCurrency, e.c)
		}
		d := t.total(e).d
		if err := checkTotal(d); err != nil {
			return nil, fmt.Errorf("currency: Totals.MarshalBinary: the %v total: %w", e.c, err)
		}
		b = append(b, letters[:]...)
		b = binary.AppendUvarint(b, uint64(-d.Exponent()-e.scale))
		c := d.Coefficient()
		neg := uint64(0)
		if c.Sign() < 0 {
			neg = 1
		}
		mag := c.Abs(c).Bytes()
		b = binary.AppendUvarint(b, uint64(len(mag))<<1|neg)
		b = append(b, mag...)
	}
	return b, nil
}

// UnmarshalBinary implements [encoding.BinaryUnmarshaler]. It reads the
// encoding of [Totals.MarshalBinary] strictly, replacing the contents of t
// (which is left unchanged on error).
//
// UnmarshalBinary returns an error, saying at which byte, if the data is
// empty, truncated or longer than its content, has another version, a
// currency code that is not upper-case ISO 4217, currencies out of order or
// repeated, a coefficient with a leading zero byte or a negative zero, or a
// total beyond the bounds of MarshalBinary. It never allocates more than a
// small multiple of len(data).
func (t *Totals) UnmarshalBinary(data []byte) error {
	fail := func(at int, format string, args ...any) error {
		return fmt.Errorf("currency: Totals.UnmarshalBinary: byte %d: %s", at, fmt.Sprintf(format, args...))
	}
	if len(data) == 0 {
		return fail(0, "no data")
	}
	if data[0] != totalsVersion {
		return fail(0, "version %d, want %d", data[0], totalsVersion)
	}
	p := 1
	uvarint := func(what string) (uint64, error) {
		v, k := binary.Uvarint(data[p:])
		if k <= 0 {
			return 0, fail(p, "bad or truncated %s", what)
		}
		if k > 1 && data[p+k-1] == 0 {
			return 0, fail(p, "%s not in its shortest form", what)
		}
		p += k
		return v, nil
	}
	n, err := uvarint("count")
	if err != nil {
		return err
	}
	// Each currency takes at least 5 bytes: check before allocating.
	if n > uint64(len(data)-p)/5 {
		return fail(1, "count %d does not fit in the %d bytes left", n, len(data)-p)
	}
	entries := make([]totalEntry, 0, n)
	for range n {
		at := p
		if len(data)-p < 3 {
			return fail(p, "truncated currency code")
		}
		code := data[p : p+3]
		for _, ch := range code {
			if ch < 'A' || ch > 'Z' {
				return fail(p, "currency code %q is not three upper-case letters", code)
			}
		}
		c, err := ParseCurrency(string(code))
		if err != nil {
			return fail(p, "%v", err)
		}
		if k := len(entries); k > 0 && entries[k-1].c >= c {
			return fail(p, "%v after %v: currencies out of order or repeated", c, entries[k-1].c)
		}
		p += 3
		extra, err := uvarint("fraction digits")
		if err != nil {
			return err
		}
		scale := c.Scale()
		if extra > totalFracDigits || int64(extra)+int64(scale) > totalFracDigits {
			return fail(at, "the %v total has %d fraction digits beyond its scale, more than a total may have", c, extra)
		}
		head, err := uvarint("coefficient length")
		if err != nil {
			return err
		}
		l, neg := head>>1, head&1 == 1
		if l > totalCoefBytes {
			return fail(at, "the %v total has a %d-byte coefficient, more than %d", c, l, totalCoefBytes)
		}
		if l > uint64(len(data)-p) {
			return fail(p, "truncated coefficient: %d bytes, %d left", l, len(data)-p)
		}
		mag := data[p : p+int(l)]
		switch {
		case l > 0 && mag[0] == 0:
			return fail(p, "coefficient with a leading zero byte")
		case l == 0 && neg:
			return fail(at, "negative zero")
		}
		p += int(l)
		coef := new(big.Int).SetBytes(mag)
		if neg {
			coef.Neg(coef)
		}
		d := decimal.NewFromBigInt(coef, -scale-int32(extra))
		if err := checkTotal(d); err != nil {
			return fail(at, "the %v total: %v", c, err)
		}
		entries = append(entries, entryOf(c, scale, d))
	}
	if p != len(data) {
		return fail(p, "%d bytes after the last total", len(data)-p)
	}
	*t = totalsOf(entries)
	return nil
}

// entryOf returns the entry holding the total d of c, in minor units if it
// fits, so that adding to a decoded Totals is as fast as to the original.
func entryOf(c Currency, scale int32, d decimal.Decimal) totalEntry {
	e := totalEntry{c: c, scale: scale}
	if d.Exponent() >= -scale {
		if v, ok := minorUnits(d, scale); ok {
			e.small = v
			return e
		}
	}
	e.rest = d
	return e
}

// totalsOf returns a Totals of entries sorted by currency, with fast slots
// given as [Totals.Add] would give them to the currencies in that order.
func totalsOf(entries []totalEntry) Totals {
	t := Totals{entries: entries}
	for i := range entries {
		c := entries[i].c
		if f := &t.fast[c&7]; f.key == 0 {
			f.key = fastKey(c)
		}
	}
	return t
}

// MarshalJSON implements [json.Marshaler]: the totals as a JSON array of
// amounts in the form of [Amount.MarshalJSON], in the order of
// [Totals.All], each with its exact value and printed form:
// [{"amount":"58000000000","currency":"JPY"},{"amount":"720000001.00","currency":"USD"}].
// An empty Totals is [].
//
// MarshalJSON returns an error in the cases [Totals.MarshalBinary] does.
func (t Totals) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('[')
	for i := range t.entries {
		e := &t.entries[i]
		if !e.c.Valid() {
			return nil, fmt.Errorf("currency: Totals.MarshalJSON: %w %v", ErrUnknownCurrency, e.c)
		}
		a := t.total(e)
		if err := checkTotal(a.d); err != nil {
			return nil, fmt.Errorf("currency: Totals.MarshalJSON: the %v total: %w", e.c, err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		a.writeJSON(&b)
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads the array
// MarshalJSON writes, in any order of currencies, replacing the contents of
// t (unchanged on error); a JSON null leaves t unchanged. Each amount must
// be a decimal string as [NewAmount] reads it, within the bounds of
// [Totals.MarshalBinary].
//
// UnmarshalJSON returns an error naming the element if it is not an object
// with both fields, the currency is unknown, the amount is not a decimal
// string or is out of bounds, or a currency appears twice; and one naming
// the key for a key other than "amount" and "currency", which would
// otherwise be dropped unseen.
func (t *Totals) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var raw []struct {
		Amount   *string `json:"amount"`
		Currency *string `json:"currency"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("currency: cannot unmarshal totals from JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("currency: cannot unmarshal totals from JSON: data after the array")
	}
	entries := make([]totalEntry, 0, len(raw))
	for i, r := range raw {
		fail := func(format string, args ...any) error {
			return fmt.Errorf("currency: cannot unmarshal totals from JSON: [%d]: %s", i, fmt.Sprintf(format, args...))
		}
		if r.Currency == nil {
			return fail("missing \"currency\"")
		}
		if r.Amount == nil {
			return fail("missing \"amount\" (a decimal string)")
		}
		c, err := ParseCurrency(*r.Currency)
		if err != nil {
			return fail("\"currency\": %v", err)
		}
		d, err := parseBounded(*r.Amount, totalIntDigits, totalFracDigits, "a total")
		if err != nil {
			return fail("\"amount\": %v", err)
		}
		entries = append(entries, entryOf(c, c.Scale(), d))
	}
	slices.SortFunc(entries, func(a, b totalEntry) int { return int(a.c) - int(b.c) })
	for i := 1; i < len(entries); i++ {
		if entries[i].c == entries[i-1].c {
			return fmt.Errorf("currency: cannot unmarshal totals from JSON: %v appears twice", entries[i].c)
		}
	}
	*t = totalsOf(entries)
	return nil
}

// parseBounded reads a plain decimal number as [NewAmount] does, within
// the given bounds.
func parseBounded(s string, maxInt, maxFrac int, what string) (decimal.Decimal, error) {
	neg, ip, fp, exp, err := splitDecimal(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return boundedDecimal(neg, ip, fp, exp, maxInt, maxFrac, what)
}

// splitDecimal splits a plain decimal number into its sign, integer and
// fraction digits and exponent (saturated at ±maxExponent), in one pass.
func splitDecimal(s string) (neg bool, intPart, fracPart string, exp int64, err error) {
	if s == "" {
		return false, "", "", 0, fmt.Errorf("empty amount")
	}
	i := 0
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		i++
	}
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	intPart = s[start:i]
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		fracPart = s[fs:i]
	}
	if intPart == "" && fracPart == "" {
		return false, "", "", 0, fmt.Errorf("not a decimal number: no digits")
	}
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return false, "", "", 0, fmt.Errorf("not a decimal number: unexpected %q at byte %d", s[i], i)
		}
		j := i + 1
		eneg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		if j == len(s) {
			return false, "", "", 0, fmt.Errorf("not a decimal number: exponent has no digits")
		}
		for ; j < len(s); j++ {
			c := s[j]
			if c < '0' || c > '9' {
				return false, "", "", 0, fmt.Errorf("not a decimal number: unexpected %q at byte %d", c, j)
			}
			if exp < maxExponent {
				exp = min(exp*10+int64(c-'0'), maxExponent)
			}
		}
		if eneg {
			exp = -exp
		}
	}
	return neg, intPart, fracPart, exp, nil
}
