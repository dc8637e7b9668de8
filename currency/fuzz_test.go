package currency

import (
	"encoding/json"
	"testing"
)

var fuzzSeeds = []string{
	"0", "1500000000000", "1.5e12", "-1234.50", "0.125", ".5", "5.", "1e-30", "5e29",
	"", "-", ".", "NaN", "Inf", "1e", "1e999999", "1,000", " 1", "1.2.3", "٣", "0x1p3",
}

// FuzzNewAmount checks that NewAmount never panics and that every amount it
// accepts survives String → UnmarshalText and JSON unchanged.
func FuzzNewAmount(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, ci uint8) {
		cs := []Currency{KRW, USD, JPY, EUR, KPW, CNY, XXX}
		c := cs[int(ci)%len(cs)]
		a, err := NewAmount(s, c)
		if err != nil {
			return
		}
		var back Amount
		if err := back.UnmarshalText([]byte(a.String())); err != nil || !back.Equal(a) {
			t.Fatalf("NewAmount(%q) = %v; UnmarshalText(String) = %v, %v", s, a, back, err)
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var j Amount
		if err := json.Unmarshal(b, &j); err != nil || !j.Equal(a) {
			t.Fatalf("NewAmount(%q) = %v; JSON %s read back as %v, %v", s, a, b, j, err)
		}
	})
}

// FuzzAmountUnmarshalText checks UnmarshalText never panics and round-trips.
func FuzzAmountUnmarshalText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("USD " + s)
		f.Add("KRW " + s)
	}
	f.Add("usd 1")
	f.Add("XXX 0")
	f.Add("ZZZ 1")
	f.Fuzz(func(t *testing.T, s string) {
		var a Amount
		if err := a.UnmarshalText([]byte(s)); err != nil {
			return
		}
		b, err := a.MarshalText()
		if err != nil {
			t.Fatalf("UnmarshalText(%q) = %v, but MarshalText fails: %v", s, a, err)
		}
		var back Amount
		if err := back.UnmarshalText(b); err != nil || !back.Equal(a) {
			t.Fatalf("UnmarshalText(%q) = %v; again from %q: %v, %v", s, a, b, back, err)
		}
	})
}

// FuzzAmountUnmarshalJSON checks UnmarshalJSON never panics and round-trips.
func FuzzAmountUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"amount":"1200000000.00","currency":"USD"}`, `{"amount":1200000000,"currency":"usd"}`,
		`{"amount":-1.5e3,"currency":"KRW"}`, `{"amount":"1"}`, `{"amount":1e400,"currency":"USD"}`,
		`{"amount":true,"currency":"USD"}`, `null`, `[]`, `{"amount":"0","currency":"XXX"}`, `{`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a Amount
		if err := a.UnmarshalJSON([]byte(s)); err != nil {
			return
		}
		b, err := a.MarshalJSON()
		if err != nil {
			t.Fatalf("UnmarshalJSON(%q) = %v, but MarshalJSON fails: %v", s, a, err)
		}
		var back Amount
		if err := back.UnmarshalJSON(b); err != nil || !back.Equal(a) {
			t.Fatalf("UnmarshalJSON(%q) = %v; again from %s: %v, %v", s, a, b, back, err)
		}
	})
}

// FuzzParseCurrency checks ParseCurrency never panics and that what it
// accepts prints back as the upper-case code.
func FuzzParseCurrency(f *testing.F) {
	for _, s := range []string{"KRW", "usd", "XXX", "ZZZ", "", "₩", "US"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCurrency(s)
		if err != nil {
			return
		}
		if !c.Valid() {
			t.Fatalf("ParseCurrency(%q) = invalid %d", s, c)
		}
		if back := MustParseCurrency(c.String()); back != c {
			t.Fatalf("ParseCurrency(%q) = %v, String parses back to %v", s, c, back)
		}
	})
}
