package currency

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// TestBoundsRule checks the one rule for what an amount may be, in every
// reader of this file's owner: NewAmount, UnmarshalText and UnmarshalJSON
// (string and number) agree on every input.
func TestBoundsRule(t *testing.T) {
	million := strings.Repeat("0", 1_000_000)
	tests := []struct {
		name string
		in   string
		want string // the amount's String in USD, or "" for ErrOutOfRange
	}{
		{"digits counted after the exponent", "0.0000000001e35", "USD 10000000000000000000000000.00"},
		{"forty zeros and e-40", "1" + strings.Repeat("0", 40) + "e-40", "USD 1.000000000000000000000000000000"}, // zeros kept to 30 places
		{"shifted into the fraction", "1000000000e-35", "USD 0.000000000000000000000000010000"},
		{"zero with a large exponent", "0e5000", "USD 0.00"},
		{"zero with a small exponent", "0e-5000", "USD 0.000000000000000000000000000000"},
		{"trailing fraction zeros", "1." + million, "USD 1.000000000000000000000000000000"},
		{"leading zeros", million + "1", "USD 1.00"},
		{"leading fraction zeros", "0." + strings.Repeat("0", 29) + "1", "USD 0.000000000000000000000000000001"},
		{"thirty digits", strings.Repeat("9", 30), "USD " + strings.Repeat("9", 30) + ".00"},
		{"thirty-one digits", strings.Repeat("9", 31), ""},
		{"thirty-one fraction digits", "0." + strings.Repeat("0", 30) + "1", ""},
		{"a million zeros then a one", "1." + million + "1", ""},
		{"huge exponent", "1e999999999999999999999", ""},
		{"tiny exponent", "1e-999999999999999999999", ""},
		{"zero with a huge exponent", "0.0e999999999999999999999", "USD 0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Reading is linear: a million digits take milliseconds (they
			// took seconds and gigabytes before the bounds were checked first).
			a, err := NewAmount(tt.in, USD)
			var text, js, num Amount
			errText := text.UnmarshalText([]byte("USD " + tt.in))
			errJSON := js.UnmarshalJSON([]byte(`{"amount":"` + tt.in + `","currency":"USD"}`))
			errNum := num.UnmarshalJSON([]byte(`{"amount":` + tt.in + `,"currency":"USD"}`))
			for name, e := range map[string]error{"NewAmount": err, "UnmarshalText": errText, "UnmarshalJSON": errJSON} {
				if e != nil && len(e.Error()) > 300 {
					t.Errorf("%s error is %d bytes long", name, len(e.Error()))
				}
			}
			if tt.want == "" {
				for name, e := range map[string]error{"NewAmount": err, "UnmarshalText": errText, "UnmarshalJSON": errJSON} {
					if !errors.Is(e, ErrOutOfRange) {
						t.Errorf("%s(%s) error = %v, want ErrOutOfRange", name, clip(tt.in), e)
					}
				}
				if errNum == nil {
					t.Errorf("UnmarshalJSON of the number %s: no error", clip(tt.in))
				}
				return
			}
			if err != nil || a.String() != tt.want {
				t.Fatalf("NewAmount(%s) = %v, %v; want %s", clip(tt.in), a, err, tt.want)
			}
			for name, got := range map[string]Amount{"UnmarshalText": text, "UnmarshalJSON": js} {
				if got.String() != tt.want {
					t.Errorf("%s(%s) = %v, want %s", name, clip(tt.in), got, tt.want)
				}
			}
			if errNum == nil && num.String() != tt.want {
				t.Errorf("UnmarshalJSON of the number %s = %v, want %s", clip(tt.in), num, tt.want)
			}
		})
	}
}

func TestBoundsErrorMessage(t *testing.T) {
	in := "1." + strings.Repeat("0", 1_000_000) + "1"
	_, err := NewAmount(in, USD)
	msg := err.Error()
	if strings.Count(msg, `"1.000`) != 1 || !strings.Contains(msg, "(1000003 bytes)") || len(msg) > 300 {
		t.Errorf("NewAmount error = %q, want one short quote of the input and its length", msg)
	}
	if !strings.Contains(msg, "has 1000001 digits after the decimal point, more than the 30 an amount may have") {
		t.Errorf("NewAmount error = %q, want it to say why", msg)
	}
	_, err = NewAmount("5e30", USD)
	if want := `currency: NewAmount("5e30", USD): 5e+30 has 31 digits before the decimal point, more than the 30 an amount may have: value out of range`; err == nil || err.Error() != want {
		t.Errorf("NewAmount(5e30) error = %v, want %s", err, want)
	}
}

func TestMulBounds(t *testing.T) {
	a := MustNewAmount("1000000000", USD)
	for _, tc := range []struct {
		name string
		f    decimal.Decimal
	}{
		{"huge exponent", decimal.New(1, 2147483647)},
		{"tiny exponent", decimal.New(1, -2147483648)},
		{"product too large", decimal.RequireFromString("1e25")},
		{"product too fine", decimal.RequireFromString("1e-30").Mul(decimal.RequireFromString("0.001"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := a.Mul(tc.f)
			if !errors.Is(err, ErrOutOfRange) {
				t.Errorf("Mul(%s) = %v, %v; want ErrOutOfRange", clip(tc.f.String()), got, err)
			}
		})
	}
	if _, err := AmountOf(decimal.New(1, -2147483648), USD).Mul(decimal.NewFromInt(1)); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Mul of an unbounded amount: %v, want ErrOutOfRange", err)
	}
	if got, err := MustNewAmount("0.1", USD).Mul(decimal.RequireFromString("1e-29")); err != nil || got.String() != "USD 0.000000000000000000000000000001" {
		t.Errorf("Mul to the last fraction digit = %v, %v", got, err)
	}
}

func TestSplitAllocateBounds(t *testing.T) {
	a := MustNewAmount("100", USD)
	for _, n := range []int{0, -1, MaxParts + 1, 1_000_000_000} {
		if _, err := a.Split(n); err == nil {
			t.Errorf("Split(%d): no error", n)
		}
	}
	if _, err := a.Allocate(make([]int, MaxParts+1)...); err == nil {
		t.Errorf("Allocate of %d ratios: no error", MaxParts+1)
	}
	if _, err := AmountOf(decimal.New(1, -2147483648), USD).Split(2); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Split of an unbounded amount: %v, want ErrOutOfRange", err)
	}
	// 100,000 parts (it took 91 s when quadratic) and a million.
	ratios := make([]int, 100_000)
	for i := range ratios {
		ratios[i] = 1 + i%7
	}
	parts, err := MustNewAmount("1000000.01", USD).Allocate(ratios...)
	if err != nil || len(parts) != len(ratios) || !sumOf(t, parts).Equal(MustNewAmount("1000000.01", USD)) {
		t.Fatalf("Allocate of 100,000 ratios: %d parts, %v", len(parts), err)
	}
	if _, err := MustNewAmount("1000000.01", USD).Split(MaxParts); err != nil {
		t.Fatal(err)
	}
}

// TestSplitAllocateProperty checks on random cases that the parts add back
// to the whole exactly, differ from the exact shares by less than one unit,
// and that Allocate with equal ratios is Split.
func TestSplitAllocateProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := range propertyCases() {
		c := []Currency{USD, KRW, JPY, MustParseCurrency("BHD")}[r.IntN(4)]
		a := AmountOf(decimal.New(r.Int64N(2e12)-1e12, -int32(r.IntN(5))), c)
		if i%4 == 0 { // beyond an int64 of minor units: the big.Int path
			a = AmountOf(decimal.New(r.Int64N(2e12)-1e12, 10+int32(r.IntN(8))), c)
		}
		n := 1 + r.IntN(12)
		ratios := make([]int, n)
		for k := range ratios {
			ratios[k] = r.IntN(5)
		}
		ratios[r.IntN(n)]++
		parts, err := a.Allocate(ratios...)
		if err != nil {
			t.Fatalf("case %d: %v.Allocate(%v): %v", i, a, ratios, err)
		}
		if s := sumOf(t, parts); !s.Equal(a) {
			t.Fatalf("case %d: %v.Allocate(%v) = %v adds up to %v", i, a, ratios, parts, s)
		}
		// |part×sum − whole×ratio| < sum, in units of the smallest digit.
		exp, units := a.units()
		total := int64(0)
		for _, x := range ratios {
			total += int64(x)
		}
		sum := big.NewInt(total)
		for k, p := range parts {
			pu := new(big.Int).Abs(p.Decimal().Shift(-exp).BigInt())
			d := new(big.Int).Mul(pu, sum)
			d.Sub(d, new(big.Int).Mul(units, big.NewInt(int64(ratios[k]))))
			if d.CmpAbs(sum) >= 0 || ratios[k] == 0 && !p.IsZero() || p.Sign()*a.Sign() < 0 {
				t.Fatalf("case %d: %v.Allocate(%v) part %d = %v, off the exact share by a unit or more", i, a, ratios, k, p)
			}
		}
		split, err := a.Split(n)
		eq, _ := a.Allocate(make1s(n)...)
		if err != nil || len(split) != n {
			t.Fatalf("case %d: %v.Split(%d): %v", i, a, n, err)
		}
		for k := range split {
			if !split[k].Equal(eq[k]) {
				t.Fatalf("case %d: %v.Split(%d) = %v, Allocate(1…) = %v", i, a, n, split, eq)
			}
		}
	}
}

func make1s(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	return out
}

// TestArithmeticProperty checks Add, Sub, Neg and Mul against exact
// rational arithmetic, and that every result reads back from its JSON.
func TestArithmeticProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	rnd := func() decimal.Decimal {
		return decimal.New(r.Int64N(2e15)-1e15, int32(r.IntN(21)-10))
	}
	for i := range propertyCases() {
		x, y := rnd(), rnd()
		a, b := AmountOf(x, KRW), AmountOf(y, KRW)
		sum, err1 := a.Add(b)
		diff, err2 := a.Sub(b)
		prod, err3 := a.Mul(y)
		if err1 != nil || err2 != nil {
			t.Fatalf("case %d: %v, %v", i, err1, err2)
		}
		want := new(big.Rat).Add(x.Rat(), y.Rat())
		if sum.Decimal().Rat().Cmp(want) != 0 {
			t.Fatalf("case %d: %v + %v = %v", i, a, b, sum)
		}
		if diff.Decimal().Rat().Cmp(new(big.Rat).Sub(x.Rat(), y.Rat())) != 0 || !diff.Neg().Equal(mustSub(b, a)) {
			t.Fatalf("case %d: %v - %v = %v", i, a, b, diff)
		}
		if err3 == nil {
			if prod.Decimal().Rat().Cmp(new(big.Rat).Mul(x.Rat(), y.Rat())) != 0 {
				t.Fatalf("case %d: %v × %v = %v", i, a, y, prod)
			}
		} else if !errors.Is(err3, ErrOutOfRange) {
			t.Fatalf("case %d: Mul: %v", i, err3)
		}
		if i%10 != 0 {
			continue
		}
		for _, v := range []Amount{sum, diff, prod} {
			if err3 != nil && v == prod {
				continue
			}
			bs, err := json.Marshal(v)
			var back Amount
			if err != nil || json.Unmarshal(bs, &back) != nil || !back.Equal(v) {
				t.Fatalf("case %d: %v does not read back from %s", i, v, bs)
			}
		}
	}
}

func mustSub(a, b Amount) Amount {
	d, err := a.Sub(b)
	if err != nil {
		panic(err)
	}
	return d
}

// TestTotalsGroupingProperty checks on random cases that any grouping of
// Add and Merge equals the sequential total in value and printed form.
func TestTotalsGroupingProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for i := range propertyCases() / 10 {
		amounts := randomMixed(r, 1+r.IntN(30))
		var seq Totals
		for _, a := range amounts {
			seq.Add(a)
		}
		ref := map[Currency]decimal.Decimal{}
		for _, a := range amounts {
			if a.Currency() == XXX && a.IsZero() {
				continue
			}
			ref[a.Currency()] = ref[a.Currency()].Add(a.Decimal())
		}
		var grouped Totals
		perm := r.Perm(len(amounts))
		for k := 0; k < len(perm); {
			j := k + 1 + r.IntN(len(perm)-k)
			var p Totals
			for _, idx := range perm[k:j] {
				p.Add(amounts[idx])
			}
			if r.IntN(2) == 0 {
				grouped.Merge(p)
			} else {
				p.Merge(grouped)
				grouped = p
			}
			k = j
		}
		if !grouped.Equal(seq) || grouped.String() != seq.String() {
			t.Fatalf("case %d: grouped %v, sequential %v", i, grouped, seq)
		}
		for c, want := range ref {
			if got := seq.Get(c); !got.Decimal().Equal(want) || got.String() != mk(want, c).String() {
				t.Fatalf("case %d: %v total = %v, want %s", i, c, got, mk(want, c))
			}
		}
	}
}

// TestErrorsAreBounded checks that no reader of this file's owner puts a
// long input into its error whole.
func TestErrorsAreBounded(t *testing.T) {
	long := strings.Repeat("억", 1_000_000)
	var a Amount
	var tot Totals
	var r Rate
	var rs Rates
	var sp Span
	var st Status
	var m RoundingMode
	_, errCur := ParseCurrency(long)
	_, errNew := NewAmount(long, USD)
	_, errRate := NewRate("USD", "KRW", long, "2022", "Year", "")
	for name, err := range map[string]error{
		"ParseCurrency":        errCur,
		"NewAmount":            errNew,
		"NewRate":              errRate,
		"UnmarshalText":        a.UnmarshalText([]byte("USD " + long)),
		"UnmarshalText (code)": a.UnmarshalText([]byte(long + " 1")),
		"UnmarshalJSON":        a.UnmarshalJSON([]byte(`{"amount":"` + long + `","currency":"USD"}`)),
		"UnmarshalJSON array":  a.UnmarshalJSON([]byte(`{"amount":[` + strings.Repeat("1,", 100000) + `1],"currency":"USD"}`)),
		"UnmarshalJSON code":   a.UnmarshalJSON([]byte(`{"amount":"1","currency":"` + long + `"}`)),
		"Totals JSON":          tot.UnmarshalJSON([]byte(`[{"amount":"` + long + `","currency":"USD"}]`)),
		"Rate JSON":            r.UnmarshalJSON([]byte(`{"from":"USD","to":"KRW","value":"1","date":"` + long + `"}`)),
		"Rates JSON":           rs.UnmarshalJSON([]byte(`[{"from":"USD","to":"KRW","value":"1","date":"2022-01-01","span":"Year","source":"` + long + `"},{"from":"USD","to":"KRW","value":"2","date":"2022-01-01","span":"Year"}]`)),
		"Span":                 sp.UnmarshalText([]byte(long)),
		"Status":               st.UnmarshalText([]byte(long)),
		"RoundingMode":         m.UnmarshalText([]byte(long)),
	} {
		if err == nil || len(err.Error()) > 400 {
			msg := "<nil>"
			if err != nil {
				msg = clip(err.Error())
			}
			t.Errorf("%s: error %s of %d bytes, want a short error", name, msg, len(msg))
		}
	}
}

func TestAddSubBounds(t *testing.T) {
	big := MustNewAmount(strings.Repeat("9", 30), USD)
	if _, err := big.Add(MustNewAmount("1", USD)); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Add past 30 digits: %v, want ErrOutOfRange", err)
	}
	if _, err := big.Neg().Sub(MustNewAmount("1", USD)); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Sub past 30 digits: %v, want ErrOutOfRange", err)
	}
	if got, err := big.Sub(MustNewAmount("1", USD)); err != nil || got.String() != "USD "+strings.Repeat("9", 29)+"8.00" {
		t.Errorf("Sub within bounds = %v, %v", got, err)
	}
	var tot Totals
	tot.Add(big)
	tot.Add(big)
	if got := tot.Get(USD).String(); got != "USD 1"+strings.Repeat("9", 29)+"8.00" {
		t.Errorf("Totals past 30 digits = %s", got)
	}
}
