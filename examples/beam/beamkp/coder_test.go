package beamkp

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func TestTotalsCoderRoundTrip(t *testing.T) {
	for seed := uint64(1); seed <= 200; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 13))
			var want currency.Totals
			for _, a := range randAmounts(r, r.IntN(60)) {
				want.Add(a)
			}
			b, err := EncodeTotals(want)
			if err != nil {
				t.Fatalf("EncodeTotals(%v): %v", want, err)
			}
			got, err := DecodeTotals(b)
			if err != nil {
				t.Fatalf("DecodeTotals(EncodeTotals(%v)): %v", want, err)
			}
			if d := totalsDiff(want, got); d != "" {
				t.Errorf("DecodeTotals(EncodeTotals(%v)): %s", want, d)
			}
			b2, err := EncodeTotals(got)
			if err != nil || !bytes.Equal(b, b2) {
				t.Errorf("EncodeTotals of the decoded totals = %x, %v; want %x", b2, err, b)
			}
		})
	}
}

func TestAmountCoderRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for i, want := range append(randAmounts(r, 300), currency.Amount{}, currency.MustNewAmount("2.50", currency.USD), currency.MustNewAmount("0.125", currency.USD)) {
		b, err := EncodeAmount(want)
		if err != nil {
			t.Fatalf("[%d] EncodeAmount(%v): %v", i, want, err)
		}
		got, err := DecodeAmount(b)
		if err != nil {
			t.Fatalf("[%d] DecodeAmount(%q): %v", i, b, err)
		}
		if got.String() != want.String() || !got.Equal(want) {
			t.Errorf("[%d] DecodeAmount(EncodeAmount(%v)) = %v", i, want, got)
		}
	}
}

// decimalCmp compares decimals by value and exponent (the printed form).
var decimalCmp = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) && a.Exponent() == b.Exponent() })

// amountCmp compares amounts by value and printed form.
var amountCmp = cmp.Comparer(func(a, b currency.Amount) bool { return a.Equal(b) && a.String() == b.String() })

// totalsCmp compares totals by value and printed form.
var totalsCmp = cmp.Comparer(func(a, b currency.Totals) bool { return totalsDiff(a, b) == "" })

func TestElementCodersRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	var tot currency.Totals
	for _, a := range randAmounts(r, 30) {
		tot.Add(a)
	}
	tests := []struct {
		name string
		v    any
		enc  func(any) ([]byte, error)
		dec  func([]byte) (any, error)
	}{
		{"Key", Key{MeasureID: "2371-coal", Citation: "S/RES/2371 (2017), OP 8", Year: 2017, Outcome: "covered", Unit: "kilogram"}, wrap(func(k Key) ([]byte, error) { return encodeKey(k), nil }), unwrap(decodeKey)},
		{"empty Key", Key{}, wrap(func(k Key) ([]byte, error) { return encodeKey(k), nil }), unwrap(decodeKey)},
		{"negative year Key", Key{Year: -5, Outcome: OutcomeRejected}, wrap(func(k Key) ([]byte, error) { return encodeKey(k), nil }), unwrap(decodeKey)},
		{"Item", Item{Value: currency.MustNewAmount("1200.50", currency.USD), Quantity: decimal.RequireFromString("14000.000")}, wrap(encodeItem), unwrap(decodeItem)},
		{"empty Item", Item{}, wrap(encodeItem), unwrap(decodeItem)},
		{"Tally", Tally{Records: 7, NoValue: 2, Value: tot, Quantity: decimal.RequireFromString("-0.0100")}, wrap(encodeTally), unwrap(decodeTally)},
		{"empty Tally", Tally{}, wrap(encodeTally), unwrap(decodeTally)},
		{"Measured", Measured{ID: "2022-03-ronin", Year: 2022, Amount: currency.MustNewAmount("625000000", currency.USD)}, wrap(encodeMeasured), unwrap(decodeMeasured)},
		{"Measured without amount", Measured{ID: "x"}, wrap(encodeMeasured), unwrap(decodeMeasured)},
		{"YearTally", YearTally{Incidents: 3, Totals: tot, Missing: []string{"a", "b"}}, wrap(encodeYearTally), unwrap(decodeYearTally)},
		{"empty YearTally", YearTally{}, wrap(encodeYearTally), unwrap(decodeYearTally)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.enc(tt.v)
			if err != nil {
				t.Fatalf("encode(%+v): %v", tt.v, err)
			}
			got, err := tt.dec(b)
			if err != nil {
				t.Fatalf("decode(encode(%+v)): %v", tt.v, err)
			}
			if d := cmp.Diff(tt.v, got, decimalCmp, amountCmp, totalsCmp); d != "" {
				t.Errorf("decode(encode(v)) (-want +got):\n%s", d)
			}
			// Every strict prefix is an error, never a panic.
			for n := range len(b) {
				if _, err := tt.dec(b[:n]); err == nil {
					t.Errorf("decode of the first %d of %d bytes: no error", n, len(b))
				}
			}
			if _, err := tt.dec(append(b[:len(b):len(b)], 0)); err == nil {
				t.Errorf("decode with a byte left over: no error")
			}
		})
	}
}

func wrap[T any](f func(T) ([]byte, error)) func(any) ([]byte, error) {
	return func(v any) ([]byte, error) { return f(v.(T)) }
}

func unwrap[T any](f func([]byte) (T, error)) func([]byte) (any, error) {
	return func(b []byte) (any, error) { return f(b) }
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		dec  func([]byte) (any, error)
		data []byte
		want string
	}{
		{"Totals, no data", unwrap(DecodeTotals), nil, "currency: Totals.UnmarshalBinary"},
		{"Amount, no space", unwrap(DecodeAmount), []byte("USD12"), "currency: cannot unmarshal"},
		{"Key, forged length", unwrap(decodeKey), []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, "beamkp: decoding Key: byte 0: MeasureID of 4294967295 bytes does not fit in the 5 bytes left"},
		{"Tally, more without value than records", unwrap(decodeTally), func() []byte { b, _ := encodeTally(Tally{Records: 1, NoValue: 2}); return b }(), "counts 1 records, 2 without value"},
		{"Tally, negative records", unwrap(decodeTally), func() []byte { b, _ := encodeTally(Tally{Records: -1}); return b }(), "counts -1 records"},
		{"Item, bad amount", unwrap(decodeItem), append([]byte{5}, "USD x"...), "Value: currency"},
		{"YearTally, forged count", unwrap(decodeYearTally), []byte{0, 2, 1, 0, 0xff, 0xff, 0x03}, "Missing count"},
		{"YearTally, more missing than incidents", unwrap(decodeYearTally), func() []byte { b, _ := encodeYearTally(YearTally{Incidents: 0, Missing: []string{"a"}}); return b }(), "counts 0 incidents, 1 missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.dec(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("decode(%x) = %v, want an error containing %q", tt.data, err, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	k := encodeKey(Key{MeasureID: "m", Year: 2017, Outcome: "covered"})
	it, _ := encodeItem(Item{Value: currency.MustNewAmount("1.50", currency.USD), Quantity: decimal.RequireFromString("3.0")})
	ta, _ := encodeTally(Tally{Records: 2, NoValue: 1, Value: func() currency.Totals {
		var t currency.Totals
		t.Add(currency.MustNewAmount("1.50", currency.USD))
		return t
	}()})
	yt, _ := encodeYearTally(YearTally{Incidents: 2, Missing: []string{"a"}})
	for _, s := range [][]byte{nil, k, it, ta, yt, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, {0, 0xfe, 0xff, 0xff, 0xff, 0x0f}} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if k, err := decodeKey(data); err == nil {
			if b := encodeKey(k); !bytes.Equal(b, data) {
				if k2, err := decodeKey(b); err != nil || k2 != k {
					t.Errorf("Key %+v does not round-trip: %+v, %v", k, k2, err)
				}
			}
		}
		if v, err := decodeItem(data); err == nil {
			b, err := encodeItem(v)
			if err != nil {
				t.Fatalf("encodeItem(decodeItem(%x)): %v", data, err)
			}
			v2, err := decodeItem(b)
			if err != nil || cmp.Diff(v, v2, decimalCmp, amountCmp) != "" {
				t.Errorf("Item %+v does not round-trip: %+v, %v", v, v2, err)
			}
		}
		if v, err := decodeTally(data); err == nil {
			b, err := encodeTally(v)
			if err != nil {
				t.Fatalf("encodeTally(decodeTally(%x)): %v", data, err)
			}
			v2, err := decodeTally(b)
			if err != nil || cmp.Diff(v, v2, decimalCmp, totalsCmp) != "" {
				t.Errorf("Tally %+v does not round-trip: %+v, %v", v, v2, err)
			}
		}
		if v, err := decodeMeasured(data); err == nil {
			b, err := encodeMeasured(v)
			if err != nil {
				t.Fatalf("encodeMeasured(decodeMeasured(%x)): %v", data, err)
			}
			if v2, err := decodeMeasured(b); err != nil || cmp.Diff(v, v2, amountCmp) != "" {
				t.Errorf("Measured %+v does not round-trip: %+v, %v", v, v2, err)
			}
		}
		if v, err := decodeYearTally(data); err == nil {
			b, err := encodeYearTally(v)
			if err != nil {
				t.Fatalf("encodeYearTally(decodeYearTally(%x)): %v", data, err)
			}
			if v2, err := decodeYearTally(b); err != nil || cmp.Diff(v, v2, totalsCmp) != "" {
				t.Errorf("YearTally %+v does not round-trip: %+v, %v", v, v2, err)
			}
		}
	})
}
