package currency

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// propertyCases is the number of random cases of the property tests:
// 100,000, or 5,000 with -short.
func propertyCases() int {
	if testing.Short() {
		return 5_000
	}
	return 100_000
}

// randomTotals returns a Totals of up to 1+r.IntN(maxAmounts) random
// amounts in a handful of currencies, with finer digits, zeros written
// with fraction digits and sums past the int64 limit.
func randomTotals(r *rand.Rand, maxAmounts int) Totals {
	var t Totals
	for _, a := range randomMixed(r, 1+r.IntN(maxAmounts)) {
		t.Add(a)
	}
	return t
}

// randomMixed returns n random amounts for the Totals properties.
func randomMixed(r *rand.Rand, n int) []Amount {
	cs := []Currency{KRW, USD, JPY, EUR, CNY, MustParseCurrency("BHD"), MustParseCurrency("SGD"), XXX}
	out := make([]Amount, n)
	for i := range out {
		c := cs[r.IntN(len(cs))]
		var d decimal.Decimal
		switch r.IntN(8) {
		case 0:
			d = decimal.New(r.Int64N(2e6)-1e6, -int32(r.IntN(8))) // finer than the minor unit, or not
		case 1:
			d = decimal.New(0, -int32(r.IntN(5))) // a zero written with fraction digits
		case 2:
			d = decimal.New(9e18-r.Int64N(1000), 0) // near the int64 limit
		case 3:
			d = decimal.New(-9e18+r.Int64N(1000), -c.Scale())
		default:
			d = decimal.New(r.Int64N(1e12)-1e9, -c.Scale())
		}
		out[i] = AmountOf(d, c)
	}
	return out
}

func TestTotalsBinaryRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range propertyCases() / 10 {
		tot := randomTotals(r, 40)
		b, err := tot.MarshalBinary()
		if err != nil {
			t.Fatalf("case %d: MarshalBinary(%v): %v", i, tot, err)
		}
		var back Totals
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("case %d: UnmarshalBinary(MarshalBinary(%v)): %v", i, tot, err)
		}
		if d := cmp.Diff(tot, back); d != "" {
			t.Fatalf("case %d: binary round trip (-want +got):\n%s", i, d)
		}
		if back.String() != tot.String() {
			t.Fatalf("case %d: round trip prints %q, want %q", i, back.String(), tot.String())
		}
		b2, _ := back.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatalf("case %d: marshalling the decoded totals gives other bytes", i)
		}
		j, err := json.Marshal(tot)
		if err != nil {
			t.Fatalf("case %d: json.Marshal(%v): %v", i, tot, err)
		}
		var jb Totals
		if err := json.Unmarshal(j, &jb); err != nil {
			t.Fatalf("case %d: json.Unmarshal(%s): %v", i, j, err)
		}
		if d := cmp.Diff(tot, jb); d != "" {
			t.Fatalf("case %d: JSON round trip of %s (-want +got):\n%s", i, j, d)
		}
		// Adding after decoding gives what adding to the original gives.
		extra := randomMixed(r, 5)
		orig := tot.Clone()
		orig.AddAll(extra...)
		back.AddAll(extra...)
		if !orig.Equal(back) {
			t.Fatalf("case %d: after decoding, adding %v gives %v, want %v", i, extra, back, orig)
		}
	}
}

// TestTotalsBinaryGrouping checks that any grouping of the same amounts
// encodes to the same bytes.
func TestTotalsBinaryGrouping(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range propertyCases() / 20 {
		amounts := randomMixed(r, 1+r.IntN(50))
		var seq Totals
		seq.AddAll(amounts...)
		var merged Totals
		for k := 0; k < len(amounts); {
			j := k + 1 + r.IntN(len(amounts)-k)
			var p Totals
			p.AddAll(amounts[k:j]...)
			merged.Merge(p)
			k = j
		}
		b1, err1 := seq.MarshalBinary()
		b2, err2 := merged.MarshalBinary()
		if err1 != nil || err2 != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("case %d: sequential %v and merged %v encode differently (%v, %v)", i, seq, merged, err1, err2)
		}
	}
}

func TestTotalsBinaryForm(t *testing.T) {
	var tot Totals
	tot.Add(MustNewAmount("1.5", USD))
	tot.Add(MustNewAmount("0.10", JPY))
	b, err := tot.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// version 1, 2 currencies; JPY: 2 extra digits, +10; USD: 0 extra, +150.
	want := []byte{1, 2, 'J', 'P', 'Y', 2, 2, 10, 'U', 'S', 'D', 0, 2, 150}
	if !bytes.Equal(b, want) {
		t.Errorf("MarshalBinary = %v, want %v", b, want)
	}
	var empty Totals
	if b, _ := empty.MarshalBinary(); !bytes.Equal(b, []byte{1, 0}) {
		t.Errorf("empty MarshalBinary = %v, want [1 0]", b)
	}
	j, _ := json.Marshal(tot)
	if got := string(j); got != `[{"amount":"0.10","currency":"JPY"},{"amount":"1.50","currency":"USD"}]` {
		t.Errorf("json.Marshal = %s", got)
	}
	if j, _ := json.Marshal(empty); string(j) != "[]" {
		t.Errorf("empty json.Marshal = %s, want []", j)
	}
}

func TestTotalsUnmarshalBinaryErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"empty", nil, "no data"},
		{"version", []byte{2, 0}, "version 2"},
		{"no count", []byte{1}, "count"},
		{"forged count", []byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f}, "does not fit"},
		{"huge count", append([]byte{1}, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), "does not fit"},
		{"lower case", []byte{1, 1, 'u', 's', 'd', 0, 0}, "upper-case"},
		{"unknown code", []byte{1, 1, 'Z', 'Z', 'Z', 0, 0}, "unknown currency"},
		{"order", []byte{1, 2, 'U', 'S', 'D', 0, 0, 'K', 'R', 'W', 0, 0}, "out of order"},
		{"repeat", []byte{1, 2, 'U', 'S', 'D', 0, 0, 'U', 'S', 'D', 0, 0}, "out of order or repeated"},
		{"forged length", []byte{1, 1, 'U', 'S', 'D', 0, 0xff, 0xff, 0xff, 0xff, 0x0f}, "coefficient"},
		{"truncated coefficient", []byte{1, 1, 'U', 'S', 'D', 0, 8, 1}, "truncated coefficient"},
		{"leading zero", []byte{1, 1, 'U', 'S', 'D', 0, 4, 0, 1}, "leading zero"},
		{"negative zero", []byte{1, 1, 'U', 'S', 'D', 0, 1}, "negative zero"},
		{"too fine", []byte{1, 1, 'U', 'S', 'D', 59, 2, 1}, "fraction digits"},
		{"huge extra", []byte{1, 1, 'U', 'S', 'D', 0xff, 0xff, 0xff, 0xff, 0x0f, 2, 1}, "fraction digits"},
		{"trailing", []byte{1, 0, 0}, "after the last total"},
		{"too large", append([]byte{1, 1, 'K', 'R', 'W', 0, 50 << 1}, bytes.Repeat([]byte{0xff}, 50)...), "digits before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tot Totals
			tot.Add(MustNewAmount("1", KRW))
			err := tot.UnmarshalBinary(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "currency: ") {
				t.Errorf("UnmarshalBinary(%v) error = %v, want one mentioning %q", tt.data, err, tt.msg)
			}
			if tot.String() != "KRW 1" {
				t.Errorf("after a failed UnmarshalBinary the Totals is %v, want it unchanged", tot)
			}
		})
	}
}

func TestTotalsMarshalErrors(t *testing.T) {
	var fine Totals
	fine.Add(AmountOf(decimal.New(1, -61), USD))
	var large Totals
	large.Add(AmountOf(decimal.New(1, 61), USD))
	var invalid Totals
	invalid.Add(AmountOf(decimal.New(1, 0), Currency(60000)))
	for name, tot := range map[string]Totals{"61 fraction digits": fine, "62 integer digits": large, "invalid currency": invalid} {
		if _, err := tot.MarshalBinary(); err == nil {
			t.Errorf("%s: MarshalBinary: no error", name)
		}
		if _, err := json.Marshal(tot); err == nil {
			t.Errorf("%s: json.Marshal: no error", name)
		}
	}
}

func TestTotalsUnmarshalJSON(t *testing.T) {
	var tot Totals
	if err := json.Unmarshal([]byte(`[{"amount":"1","currency":"usd"},{"amount":"0.10","currency":"JPY"}]`), &tot); err != nil {
		t.Fatal(err)
	}
	if got := tot.String(); got != "JPY 0.10, USD 1.00" {
		t.Errorf("decoded %q, want %q", got, "JPY 0.10, USD 1.00")
	}
	for _, tc := range []struct{ in, msg string }{
		{`{}`, "cannot unmarshal"},
		{`[{"amount":"1"}]`, `[0]: missing "currency"`},
		{`[{"currency":"USD"}]`, `[0]: missing "amount"`},
		{`[{"amount":1,"currency":"USD"}]`, "cannot unmarshal"},
		{`[{"amount":"1","currency":"ZZZ"}]`, "unknown currency"},
		{`[{"amount":"1,0","currency":"USD"}]`, "not a decimal"},
		{`[{"amount":"1e61","currency":"USD"}]`, "digits before"},
		{`[{"amount":"1","currency":"USD"},{"amount":"2","currency":"USD"}]`, "USD appears twice"},
		{`[{"amount":"1","currency":"USD","note":"Q3"}]`, `unknown field "note"`},
	} {
		var got Totals
		got.Add(MustNewAmount("5", KRW))
		err := json.Unmarshal([]byte(tc.in), &got)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Unmarshal(%s) error = %v, want one mentioning %q", tc.in, err, tc.msg)
		}
		if got.String() != "KRW 5" {
			t.Errorf("Unmarshal(%s) changed the Totals to %v", tc.in, got)
		}
	}
	// json.Unmarshal checks the whole input first; a direct call does not.
	if err := tot.UnmarshalJSON([]byte(`[] []`)); err == nil || !strings.Contains(err.Error(), "data after the array") {
		t.Errorf("UnmarshalJSON(%s) error = %v, want one mentioning %q", "[] []", err, "data after the array")
	}
	if err := tot.UnmarshalJSON([]byte("null")); err != nil || tot.String() != "JPY 0.10, USD 1.00" {
		t.Errorf("UnmarshalJSON(null) = %v, Totals %v; want no change", err, tot)
	}
}

// TestTotalsPrintedFormGrouping is the defect of issue 11: JPY 0.1 and
// JPY 0.00 print JPY 0.10 whether added to one Totals or merged from two.
func TestTotalsPrintedFormGrouping(t *testing.T) {
	a, b := MustNewAmount("0.1", JPY), MustNewAmount("0.00", JPY)
	var one Totals
	one.Add(a)
	one.Add(b)
	var x, y, merged Totals
	x.Add(a)
	y.Add(b)
	merged.Merge(x)
	merged.Merge(y)
	var rev Totals
	rev.Merge(y)
	rev.Merge(x)
	for name, tot := range map[string]Totals{"one": one, "merged": merged, "merged in reverse": rev} {
		if got := tot.String(); got != "JPY 0.10" {
			t.Errorf("%s: String = %q, want JPY 0.10", name, got)
		}
	}
}
