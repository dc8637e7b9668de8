package currency

import (
	"errors"
	"testing"

	"golang.org/x/text/currency"
)

func TestParseCurrency(t *testing.T) {
	tests := []struct {
		in    string
		want  Currency
		scale int32
	}{
		{"KRW", KRW, 0},
		{"krw", KRW, 0},
		{"KPW", KPW, 0},
		{"USD", USD, 2},
		{"uSd", USD, 2},
		{"JPY", JPY, 0},
		{"CNY", CNY, 2},
		{"EUR", EUR, 2},
		{"XXX", XXX, 0},
	}
	for _, tt := range tests {
		got, err := ParseCurrency(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseCurrency(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		if s := got.Scale(); s != tt.scale {
			t.Errorf("%v.Scale() = %d, want %d", got, s, tt.scale)
		}
	}
	// Codes without a named constant still work, with x/text's scale.
	for code, scale := range map[string]int32{"GBP": 2, "BHD": 3, "CLP": 0, "CHF": 2} {
		c, err := ParseCurrency(code)
		if err != nil {
			t.Errorf("ParseCurrency(%q): %v", code, err)
			continue
		}
		if c.String() != code || c.Scale() != scale || c.Unit().String() != code {
			t.Errorf("ParseCurrency(%q) = %v (scale %d, unit %v), want %s scale %d", code, c, c.Scale(), c.Unit(), code, scale)
		}
	}
}

func TestParseCurrencyErrors(t *testing.T) {
	for _, in := range []string{"", "US", "USDD", "U$D", "ZZZ", "12 ", "₩", "usd "} {
		c, err := ParseCurrency(in)
		if !errors.Is(err, ErrUnknownCurrency) {
			t.Errorf("ParseCurrency(%q) = %v, %v; want ErrUnknownCurrency", in, c, err)
		}
	}
}

func TestCurrencyConstantsMatchXText(t *testing.T) {
	for _, c := range []Currency{KRW, KPW, USD, JPY, CNY, EUR, GBP, INR, SGD} {
		if scale, _ := currency.Standard.Rounding(c.Unit()); c.Scale() != int32(scale) {
			t.Errorf("%v.Scale() = %d, x/text says %d", c, c.Scale(), scale)
		}
		if got := MustParseCurrency(c.String()); got != c {
			t.Errorf("MustParseCurrency(%q) = %d, want the constant %d", c.String(), got, c)
		}
		if !c.Valid() {
			t.Errorf("%v.Valid() = false", c)
		}
	}
}

func TestCurrencyInvalid(t *testing.T) {
	bad := Currency(60000)
	if bad.Valid() || bad.String() != "Currency(60000)" || bad.Scale() != 0 {
		t.Errorf("Currency(60000): Valid %v, String %q, Scale %d", bad.Valid(), bad.String(), bad.Scale())
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Error("MarshalText of an invalid currency: no error")
	}
	// The packed value XXX would have without the zero-value rule is invalid.
	alias := Currency(xxx + 1)
	if alias.Valid() {
		t.Errorf("Currency(%d) (an alias of XXX) is valid", alias)
	}
}

func TestCurrencyText(t *testing.T) {
	for _, c := range []Currency{XXX, KRW, USD, MustParseCurrency("GBP")} {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Currency
		if err := got.UnmarshalText(b); err != nil || got != c {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, c)
		}
	}
	var c Currency
	if err := c.UnmarshalText([]byte("won")); err == nil {
		t.Error(`UnmarshalText("won"): no error`)
	}
}
