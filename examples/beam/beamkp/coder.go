package beamkp

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func init() {
	beam.RegisterCoder(reflect.TypeFor[currency.Totals](), EncodeTotals, DecodeTotals)
	beam.RegisterCoder(reflect.TypeFor[currency.Amount](), EncodeAmount, DecodeAmount)
	beam.RegisterCoder(reflect.TypeFor[Key](), encodeKey, decodeKey)
	beam.RegisterCoder(reflect.TypeFor[Item](), encodeItem, decodeItem)
	beam.RegisterCoder(reflect.TypeFor[Tally](), encodeTally, decodeTally)
	beam.RegisterCoder(reflect.TypeFor[Measured](), encodeMeasured, decodeMeasured)
	beam.RegisterCoder(reflect.TypeFor[YearTally](), encodeYearTally, decodeYearTally)
}

// EncodeTotals is the Beam encoder of [currency.Totals]: its
// [currency.Totals.MarshalBinary] form, exact and versioned.
//
// EncodeTotals returns the error of MarshalBinary (a total beyond its
// bounds, an invalid currency).
func EncodeTotals(t currency.Totals) ([]byte, error) { return t.MarshalBinary() }

// DecodeTotals is the Beam decoder of [currency.Totals]: it reads what
// [EncodeTotals] wrote.
//
// DecodeTotals returns the error of [currency.Totals.UnmarshalBinary] for
// malformed data.
func DecodeTotals(data []byte) (currency.Totals, error) {
	var t currency.Totals
	err := t.UnmarshalBinary(data)
	return t, err
}

// EncodeAmount is the Beam encoder of [currency.Amount]: no bytes for the
// zero Amount (no amount), else its [currency.Amount.MarshalText] form
// ("USD 12.50"), which keeps the value and its printed form.
//
// EncodeAmount returns the error of MarshalText (an invalid currency).
func EncodeAmount(a currency.Amount) ([]byte, error) {
	if a == (currency.Amount{}) {
		return nil, nil
	}
	return a.MarshalText()
}

// DecodeAmount is the Beam decoder of [currency.Amount]: it reads what
// [EncodeAmount] wrote.
//
// DecodeAmount returns the error of [currency.Amount.UnmarshalText] for
// malformed data.
func DecodeAmount(data []byte) (currency.Amount, error) {
	var a currency.Amount
	if len(data) == 0 {
		return a, nil
	}
	err := a.UnmarshalText(data)
	return a, err
}

// maxField bounds one length-prefixed field of the encodings below, so that
// a forged length is rejected before anything is allocated.
const maxField = 1 << 20

// writer appends the fields of an encoding.
type writer struct{ b []byte }

func (w *writer) uvarint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) varint(v int64)   { w.b = binary.AppendVarint(w.b, v) }
func (w *writer) bytes(p []byte)   { w.uvarint(uint64(len(p))); w.b = append(w.b, p...) }
func (w *writer) string(s string)  { w.uvarint(uint64(len(s))); w.b = append(w.b, s...) }

func (w *writer) amount(a currency.Amount) error {
	p, err := EncodeAmount(a)
	w.bytes(p)
	return err
}

func (w *writer) totals(t currency.Totals) error {
	p, err := t.MarshalBinary()
	w.bytes(p)
	return err
}

// decimal writes d with its exponent, so that its printed form survives.
func (w *writer) decimal(d decimal.Decimal) {
	w.varint(int64(d.Exponent()))
	p, _ := d.Coefficient().GobEncode() // cannot fail for a non-nil big.Int
	w.bytes(p)
}

// reader reads the fields a writer appended; the first error sticks.
type reader struct {
	what string
	b    []byte
	p    int
	err  error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("beamkp: decoding %s: byte %d: %s", r.what, r.p, fmt.Sprintf(format, args...))
	}
}

func (r *reader) uvarint(field string) uint64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Uvarint(r.b[r.p:])
	if k <= 0 {
		r.fail("bad or truncated %s", field)
		return 0
	}
	r.p += k
	return v
}

func (r *reader) varint(field string) int64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Varint(r.b[r.p:])
	if k <= 0 {
		r.fail("bad or truncated %s", field)
		return 0
	}
	r.p += k
	return v
}

func (r *reader) bytes(field string) []byte {
	start := r.p
	n := r.uvarint(field)
	if r.err != nil {
		return nil
	}
	if n > maxField || n > uint64(len(r.b)-r.p) {
		r.p = start
		r.fail("%s of %d bytes does not fit in the %d bytes left", field, n, len(r.b)-r.p)
		return nil
	}
	p := r.b[r.p : r.p+int(n)]
	r.p += int(n)
	return p
}

func (r *reader) string(field string) string { return string(r.bytes(field)) }

func (r *reader) amount(field string) currency.Amount {
	p := r.bytes(field)
	if r.err != nil {
		return currency.Amount{}
	}
	a, err := DecodeAmount(p)
	if err != nil {
		r.fail("%s: %v", field, err)
	}
	return a
}

func (r *reader) totals(field string) currency.Totals {
	p := r.bytes(field)
	if r.err != nil {
		return currency.Totals{}
	}
	t, err := DecodeTotals(p)
	if err != nil {
		r.fail("%s: %v", field, err)
	}
	return t
}

func (r *reader) decimal(field string) decimal.Decimal {
	exp := r.varint(field + " exponent")
	p := r.bytes(field)
	if r.err != nil {
		return decimal.Decimal{}
	}
	if exp < -1<<20 || exp > 1<<20 {
		r.fail("%s exponent %d out of range", field, exp)
		return decimal.Decimal{}
	}
	var c big.Int
	if err := c.GobDecode(p); err != nil {
		r.fail("%s: %v", field, err)
		return decimal.Decimal{}
	}
	return decimal.NewFromBigInt(&c, int32(exp))
}

// done reports the first error, or an error if bytes are left over.
func (r *reader) done() error {
	if r.err == nil && r.p != len(r.b) {
		r.fail("%d bytes left over", len(r.b)-r.p)
	}
	return r.err
}

func encodeKey(k Key) []byte {
	var w writer
	w.string(k.MeasureID)
	w.string(k.Citation)
	w.varint(int64(k.Year))
	w.string(k.Outcome)
	w.string(k.Unit)
	return w.b
}

func decodeKey(data []byte) (Key, error) {
	r := reader{what: "Key", b: data}
	k := Key{MeasureID: r.string("MeasureID"), Citation: r.string("Citation")}
	y := r.varint("Year")
	k.Outcome = r.string("Outcome")
	k.Unit = r.string("Unit")
	if y < -1<<31 || y > 1<<31-1 {
		r.fail("Year %d out of range", y)
	}
	k.Year = int(y)
	return k, r.done()
}

func encodeItem(it Item) ([]byte, error) {
	var w writer
	err := w.amount(it.Value)
	w.decimal(it.Quantity)
	return w.b, err
}

func decodeItem(data []byte) (Item, error) {
	r := reader{what: "Item", b: data}
	it := Item{Value: r.amount("Value"), Quantity: r.decimal("Quantity")}
	return it, r.done()
}

func encodeTally(t Tally) ([]byte, error) {
	var w writer
	w.varint(t.Records)
	w.varint(t.NoValue)
	err := w.totals(t.Value)
	w.decimal(t.Quantity)
	return w.b, err
}

func decodeTally(data []byte) (Tally, error) {
	r := reader{what: "Tally", b: data}
	t := Tally{Records: r.varint("Records"), NoValue: r.varint("NoValue")}
	t.Value = r.totals("Value")
	t.Quantity = r.decimal("Quantity")
	if t.Records < 0 || t.NoValue < 0 || t.NoValue > t.Records {
		r.fail("counts %d records, %d without value", t.Records, t.NoValue)
	}
	return t, r.done()
}

func encodeMeasured(m Measured) ([]byte, error) {
	var w writer
	w.string(m.ID)
	w.varint(int64(m.Year))
	err := w.amount(m.Amount)
	return w.b, err
}

func decodeMeasured(data []byte) (Measured, error) {
	r := reader{what: "Measured", b: data}
	m := Measured{ID: r.string("ID")}
	y := r.varint("Year")
	m.Amount = r.amount("Amount")
	if y < -1<<31 || y > 1<<31-1 {
		r.fail("Year %d out of range", y)
	}
	m.Year = int(y)
	return m, r.done()
}

func encodeYearTally(t YearTally) ([]byte, error) {
	var w writer
	w.varint(t.Incidents)
	err := w.totals(t.Totals)
	w.uvarint(uint64(len(t.Missing)))
	for _, id := range t.Missing {
		w.string(id)
	}
	return w.b, err
}

func decodeYearTally(data []byte) (YearTally, error) {
	r := reader{what: "YearTally", b: data}
	t := YearTally{Incidents: r.varint("Incidents"), Totals: r.totals("Totals")}
	n := r.uvarint("Missing count")
	if r.err == nil && n > uint64(len(r.b)-r.p) { // each ID takes at least one byte
		r.fail("Missing count %d does not fit in the %d bytes left", n, len(r.b)-r.p)
	}
	if r.err == nil && n > 0 {
		t.Missing = make([]string, 0, n)
		for range n {
			t.Missing = append(t.Missing, r.string("Missing ID"))
		}
	}
	if r.err == nil && (t.Incidents < 0 || uint64(t.Incidents) < n) {
		r.fail("counts %d incidents, %d missing", t.Incidents, n)
	}
	return t, r.done()
}
