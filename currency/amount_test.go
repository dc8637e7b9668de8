package currency

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestNewAmountString(t *testing.T) {
	tests := []struct {
		value string
		c     Currency
		want  string
	}{
		{"1500000000000", KRW, "KRW 1500000000000"},
		{"1.5e12", KRW, "KRW 1500000000000"},
		{"1200000000", USD, "USD 1200000000.00"},
		{"1200000000.5", USD, "USD 1200000000.50"},
		{"0.125", USD, "USD 0.125"}, // finer than cents: kept, not rounded
		{"-1234.5", USD, "USD -1234.50"},
		{"+7", JPY, "JPY 7"},
		{"0", KRW, "KRW 0"},
		{".5", EUR, "EUR 0.50"},
		{"5.", EUR, "EUR 5.00"},
		{"1E3", CNY, "CNY 1000.00"},
		{"12e-1", KRW, "KRW 1.2"},
		{"000123", KRW, "KRW 123"},
		{"5e29", KRW, "KRW 500000000000000000000000000000"},
		{"1e-30", USD, "USD 0.000000000000000000000000000001"},
	}
	for _, tt := range tests {
		a, err := NewAmount(tt.value, tt.c)
		if err != nil {
			t.Errorf("NewAmount(%q, %v): %v", tt.value, tt.c, err)
			continue
		}
		if got := a.String(); got != tt.want {
			t.Errorf("NewAmount(%q, %v).String() = %q, want %q", tt.value, tt.c, got, tt.want)
		}
	}
}

func TestNewAmountErrors(t *testing.T) {
	tests := []struct {
		value string
		c     Currency
		is    error
		msg   string
	}{
		{"", USD, nil, "empty"},
		{"NaN", USD, nil, "not a decimal"},
		{"Inf", USD, nil, "not a decimal"},
		{"-Infinity", USD, nil, "not a decimal"},
		{"1,000", USD, nil, "unexpected ','"},
		{"1 000", USD, nil, "unexpected ' '"},
		{"1.2.3", USD, nil, "unexpected '.'"},
		{"$5", USD, nil, "no digits"},
		{"-", USD, nil, "no digits"},
		{".", USD, nil, "no digits"},
		{"1e", USD, nil, "exponent has no digits"},
		{"1e+", USD, nil, "exponent has no digits"},
		{"1e5x", USD, nil, "unexpected 'x'"},
		{"0x10", USD, nil, "unexpected 'x'"},
		{"1_000", USD, nil, "unexpected '_'"},
		{"5e30", USD, ErrOutOfRange, "31 digits before"},
		{"1e999999999999", USD, ErrOutOfRange, "digits before"},
		{"1e-31", USD, ErrOutOfRange, "after the decimal point"},
		{"1e-99999999999", USD, ErrOutOfRange, "digits after"},
		{"1", Currency(60000), ErrUnknownCurrency, "Currency(60000)"},
	}
	for _, tt := range tests {
		a, err := NewAmount(tt.value, tt.c)
		if err == nil {
			t.Errorf("NewAmount(%q, %v) = %v, want an error", tt.value, tt.c, a)
			continue
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("NewAmount(%q, %v) error %v does not wrap %v", tt.value, tt.c, err, tt.is)
		}
		if !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "currency: ") {
			t.Errorf("NewAmount(%q, %v) error %q, want it to start with \"currency: \" and mention %q", tt.value, tt.c, err, tt.msg)
		}
	}
}

func TestAddSub(t *testing.T) {
	krw := MustNewAmount("800000000000", KRW)
	krw2 := MustNewAmount("700000000000", KRW)
	usd := MustNewAmount("626000000", USD)

	if got, err := krw.Add(krw2); err != nil || !got.Equal(MustNewAmount("1.5e12", KRW)) {
		t.Errorf("Add = %v, %v; want KRW 1500000000000", got, err)
	}
	if got, err := krw.Sub(krw2); err != nil || !got.Equal(MustNewAmount("1e11", KRW)) {
		t.Errorf("Sub = %v, %v; want KRW 100000000000", got, err)
	}
	_, err := krw.Add(usd)
	var me *MismatchError
	if !errors.Is(err, ErrCurrencyMismatch) || !errors.As(err, &me) || me.Left != KRW || me.Right != USD || me.Op != "Add" {
		t.Errorf("KRW.Add(USD) error = %#v, want a *MismatchError KRW/USD wrapping ErrCurrencyMismatch", err)
	}
	if _, err := krw.Sub(usd); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("KRW.Sub(USD) error = %v, want ErrCurrencyMismatch", err)
	}
	// The zero Amount is the identity in either position.
	var zero Amount
	for _, tc := range []struct {
		name string
		f    func() (Amount, error)
		want Amount
	}{
		{"zero+usd", func() (Amount, error) { return zero.Add(usd) }, usd},
		{"usd+zero", func() (Amount, error) { return usd.Add(zero) }, usd},
		{"usd-zero", func() (Amount, error) { return usd.Sub(zero) }, usd},
		{"zero-usd", func() (Amount, error) { return zero.Sub(usd) }, usd.Neg()},
	} {
		got, err := tc.f()
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("%s = %v, %v; want %v", tc.name, got, err, tc.want)
		}
	}
	// A non-zero amount with no currency is not an identity.
	if _, err := AmountOf(decimal.NewFromInt(1), XXX).Add(usd); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("XXX 1 + USD: error %v, want a mismatch", err)
	}
}

func TestArithmetic(t *testing.T) {
	a := MustNewAmount("-12.345", USD)
	if got := a.Neg().String(); got != "USD 12.345" {
		t.Errorf("Neg = %s", got)
	}
	if got := a.Abs().String(); got != "USD 12.345" {
		t.Errorf("Abs = %s", got)
	}
	if a.Sign() != -1 || a.Neg().Sign() != 1 || (Amount{}).Sign() != 0 {
		t.Error("Sign is wrong")
	}
	if !MustNewAmount("0.00", USD).IsZero() || a.IsZero() {
		t.Error("IsZero is wrong")
	}
	if got, err := a.Mul(decimal.NewFromInt(3)); err != nil || got.String() != "USD -37.035" {
		t.Errorf("Mul = %s", got)
	}
	if a.Decimal().String() != "-12.345" || a.Currency() != USD {
		t.Errorf("Decimal, Currency = %s, %v", a.Decimal().String(), a.Currency())
	}
}

func TestCmpEqual(t *testing.T) {
	a, b := MustNewAmount("1500", KRW), MustNewAmount("1500.0", KRW)
	if !a.Equal(b) {
		t.Error("KRW 1500 != KRW 1500.0")
	}
	if c, err := a.Cmp(MustNewAmount("1501", KRW)); err != nil || c != -1 {
		t.Errorf("Cmp = %d, %v; want -1", c, err)
	}
	if c, err := a.Cmp(Amount{}); err != nil || c != 1 {
		t.Errorf("Cmp(Amount{}) = %d, %v; want 1", c, err)
	}
	if _, err := a.Cmp(MustNewAmount("1500", JPY)); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("KRW.Cmp(JPY) error = %v", err)
	}
	if a.Equal(MustNewAmount("1500", JPY)) {
		t.Error("KRW 1500 equals JPY 1500")
	}
	// go-cmp uses Equal.
	if d := cmp.Diff([]Amount{a}, []Amount{b}); d != "" {
		t.Errorf("cmp.Diff sees a difference: %s", d)
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		in   string
		c    Currency
		mode RoundingMode
		want string
	}{
		{"2.5", KRW, HalfEven, "KRW 2"},
		{"3.5", KRW, HalfEven, "KRW 4"},
		{"2.5", KRW, HalfUp, "KRW 3"},
		{"-2.5", KRW, HalfUp, "KRW -3"},
		{"2.9", KRW, Down, "KRW 2"},
		{"-2.9", KRW, Down, "KRW -2"},
		{"2.1", KRW, Up, "KRW 3"},
		{"-2.1", KRW, Up, "KRW -3"},
		{"-2.1", KRW, Floor, "KRW -3"},
		{"-2.9", KRW, Ceiling, "KRW -2"},
		{"1.005", USD, HalfEven, "USD 1.00"},
		{"1.015", USD, HalfEven, "USD 1.02"},
		{"1.005", USD, HalfUp, "USD 1.01"},
		{"7", USD, HalfEven, "USD 7.00"},
	}
	for _, tt := range tests {
		got := MustNewAmount(tt.in, tt.c).Round(tt.mode).String()
		if got != tt.want {
			t.Errorf("%s %v .Round(%v) = %s, want %s", tt.c, tt.in, tt.mode, got, tt.want)
		}
	}
}

func TestRoundingModeText(t *testing.T) {
	for m := range RoundingMode(numRoundingModes) {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got RoundingMode
		if err := got.UnmarshalText(b); err != nil || got != m {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, m)
		}
	}
	if s := RoundingMode(9).String(); s != "RoundingMode(9)" {
		t.Errorf("RoundingMode(9).String() = %q", s)
	}
	var m RoundingMode
	if err := m.UnmarshalText([]byte("banker")); err == nil {
		t.Error("UnmarshalText(banker): no error")
	}
}

func sumOf(t *testing.T, parts []Amount) Amount {
	t.Helper()
	s, err := Sum(parts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		amount string
		c      Currency
		ratios []int
		want   []string
	}{
		{"100", USD, []int{1, 1, 1}, []string{"33.34", "33.33", "33.33"}},
		{"-100", USD, []int{1, 1, 1}, []string{"-33.34", "-33.33", "-33.33"}},
		{"10", KRW, []int{1, 1, 1}, []string{"4", "3", "3"}},
		{"5", KRW, []int{3, 7}, []string{"2", "3"}}, // 1.5 and 3.5: ties go to the earlier part
		{"1", KRW, []int{1, 0, 1}, []string{"1", "0", "0"}},
		{"0.05", USD, []int{50, 50}, []string{"0.03", "0.02"}},
		{"0.125", USD, []int{1, 1}, []string{"0.063", "0.062"}}, // finer digits than the currency: kept
		{"1500000000000", KRW, []int{800, 700}, []string{"800000000000", "700000000000"}},
		{"0", USD, []int{1, 2}, []string{"0.00", "0.00"}},
	}
	for _, tt := range tests {
		a := MustNewAmount(tt.amount, tt.c)
		got, err := a.Allocate(tt.ratios...)
		if err != nil {
			t.Errorf("%v.Allocate(%v): %v", a, tt.ratios, err)
			continue
		}
		var want []Amount
		for _, w := range tt.want {
			want = append(want, MustNewAmount(w, tt.c))
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%v.Allocate(%v) (-want +got):\n%s", a, tt.ratios, d)
		}
		if s := sumOf(t, got); !s.Equal(a) {
			t.Errorf("%v.Allocate(%v) adds up to %v", a, tt.ratios, s)
		}
	}
	for _, bad := range [][]int{nil, {}, {0, 0}, {1, -1}} {
		if _, err := MustNewAmount("1", USD).Allocate(bad...); err == nil {
			t.Errorf("Allocate(%v): no error", bad)
		}
	}
}

func TestSplit(t *testing.T) {
	a := MustNewAmount("1500000000001", KRW)
	parts, err := a.Split(7)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 7 || !sumOf(t, parts).Equal(a) {
		t.Fatalf("Split(7) = %v, which does not add back to %v", parts, a)
	}
	for _, p := range parts {
		if d := p.Decimal().Sub(parts[6].Decimal()).Abs(); d.GreaterThan(decimal.NewFromInt(1)) {
			t.Errorf("parts %v differ by more than one won", parts)
		}
	}
	for _, n := range []int{0, -3} {
		if _, err := a.Split(n); err == nil {
			t.Errorf("Split(%d): no error", n)
		}
	}
}

func TestAmountText(t *testing.T) {
	for _, a := range []Amount{{}, MustNewAmount("1200000000", USD), MustNewAmount("-0.125", USD), MustNewAmount("1.5e12", KRW)} {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Amount
		if err := got.UnmarshalText(b); err != nil || !got.Equal(a) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, a)
		}
	}
	if b, _ := MustNewAmount("1200000000", USD).MarshalText(); string(b) != "USD 1200000000.00" {
		t.Errorf("MarshalText = %q", b)
	}
	for _, bad := range []string{"", "USD", "USD1", "USD  1", "1 USD", "ZZZ 1", "USD NaN", "USD 1e99"} {
		var a Amount
		if err := a.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", bad, a)
		}
	}
}

func TestAmountJSON(t *testing.T) {
	a := MustNewAmount("1200000000", USD)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"amount":"1200000000.00","currency":"USD"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	good := []struct {
		in   string
		want Amount
	}{
		{`{"amount":"1200000000.00","currency":"USD"}`, a},
		{`{"currency":"usd","amount":1200000000}`, a},
		{`{"amount":12345678901234567890.123456789,"currency":"USD"}`, MustNewAmount("12345678901234567890.123456789", USD)},
		{`{"amount":-1.5e3,"currency":"KRW"}`, MustNewAmount("-1500", KRW)},
		{`{"amount":"0","currency":"XXX"}`, Amount{}},
	}
	for _, tt := range good {
		var got Amount
		if err := json.Unmarshal([]byte(tt.in), &got); err != nil || !got.Equal(tt.want) {
			t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	bad := []struct{ in, msg string }{
		{`{"amount":"1"}`, `missing "currency"`},
		{`{"currency":"USD"}`, `missing "amount"`},
		{`{"amount":"1","currency":"US"}`, "unknown currency"},
		{`{"amount":"1,000","currency":"USD"}`, "not a decimal"},
		{`{"amount":true,"currency":"USD"}`, "want a string or a number"},
		{`{"amount":null,"currency":"USD"}`, "want a string or a number"},
		{`{"amount":{},"currency":"USD"}`, "want a string or a number"},
		{`{"amount":"NaN","currency":"USD"}`, "not a decimal"},
		{`{"amount":1e400,"currency":"USD"}`, "out of range"},
		{`[1]`, "cannot unmarshal"},
		{`{"amount":"1","currency":"USD"`, "unexpected EOF"},
	}
	for _, tt := range bad {
		var got Amount
		err := got.UnmarshalJSON([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want an error mentioning %q", tt.in, got, err, tt.msg)
		}
	}
	// null leaves the value alone, as encoding/json expects.
	got := a
	if err := json.Unmarshal([]byte(`null`), &got); err != nil || !got.Equal(a) {
		t.Errorf("Unmarshal(null) changed the amount to %v, %v", got, err)
	}
}

func TestParseErrorMessage(t *testing.T) {
	e := &ParseError{Input: strings.Repeat("원", 40), Offset: 3, Reason: "unknown word"}
	msg := e.Error()
	if !strings.HasPrefix(msg, "currency: cannot parse ") || !strings.Contains(msg, "at byte 3: unknown word") || !strings.Contains(msg, "…") {
		t.Errorf("Error() = %q", msg)
	}
	if strings.Contains(msg, `\x`) {
		t.Errorf("Error() cut a character in half: %q", msg)
	}
}

func TestAmountMinorUnits(t *testing.T) {
	huge := decimal.New(1, 1_000_000)
	tiny := decimal.New(1, -1_000_000)
	tests := []struct {
		a    Amount
		want int64
		ok   bool
	}{
		{AmountOf(decimal.New(150, -2), USD), 150, true},
		{AmountOf(decimal.New(1500, -3), USD), 150, true},   // finer exponent, whole cents
		{AmountOf(decimal.New(-1500, -3), USD), -150, true}, // negative
		{AmountOf(decimal.New(15, 11), KRW), 1_500_000_000_000, true},
		{AmountOf(decimal.New(5, -3), USD), 0, false}, // half a cent
		{AmountOf(decimal.New(0, 50), JPY), 0, true},  // zero with an exponent
		{Amount{}, 0, true},
		{AmountOf(decimal.New(math.MaxInt64, 0), KRW), math.MaxInt64, true},
		{AmountOf(decimal.New(math.MaxInt64, 0), USD), 0, false}, // beyond an int64 of cents
		{AmountOf(decimal.New(math.MinInt64, -2), USD), math.MinInt64, true},
		{AmountOf(huge, KRW), 0, false},
		{AmountOf(tiny, USD), 0, false},
		{AmountOf(decimal.New(120, -1), KRW), 12, true}, // KRW 12.0
		{AmountOf(decimal.New(121, -1), KRW), 0, false}, // KRW 12.1
	}
	for _, tt := range tests {
		n, ok := tt.a.MinorUnits()
		if n != tt.want || ok != tt.ok {
			t.Errorf("%v.MinorUnits() = %d, %v; want %d, %v", tt.a, n, ok, tt.want, tt.ok)
		}
		if ok {
			back := AmountOf(decimal.New(n, -tt.a.Currency().Scale()), tt.a.Currency())
			if !back.Equal(tt.a) {
				t.Errorf("%v: %d minor units give %v back", tt.a, n, back)
			}
		}
	}
}

func TestAmountSignAndIsZeroAgreeWithDecimal(t *testing.T) {
	for _, s := range []string{"0", "0.00", "1", "-1", "0.001", "-0.001", "1e30", "-1e30", "9223372036854775807", "-9223372036854775808"} {
		d := decimal.RequireFromString(s)
		for _, c := range []Currency{USD, KRW, JPY, XXX} {
			a := AmountOf(d, c)
			if a.Sign() != d.Sign() || a.IsZero() != d.IsZero() {
				t.Errorf("%s %v: Sign %d IsZero %v; decimal says %d %v", s, c, a.Sign(), a.IsZero(), d.Sign(), d.IsZero())
			}
		}
	}
}

func TestAmountUnmarshalJSONStrict(t *testing.T) {
	for _, in := range []string{
		`{"amount":"1.50","currency":"USD","curency":"KRW"}`,
		`{"amount":"1.50","currency":"USD"} {}`,
		`{"amount":"1.50","currency":"USD"}]`,
	} {
		var a Amount
		if err := a.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) = %v, want an error", in, a)
		}
	}
	var a Amount
	if err := a.UnmarshalJSON([]byte(` {"currency":"USD","amount":1.5} `)); err != nil || a.String() != "USD 1.50" {
		t.Errorf("UnmarshalJSON of a valid amount = %v, %v", a, err)
	}
}
