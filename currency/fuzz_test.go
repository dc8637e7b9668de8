package currency

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"0", "1500000000000", "1.5e12", "-1234.50", "0.125", ".5", "5.", "1e-30", "5e29",
	"", "-", ".", "NaN", "Inf", "1e", "1e999999", "1,000", " 1", "1.2.3", "٣", "0x1p3",
	// The hostile inputs of issue 11.
	"1." + strings.Repeat("0", 10000), "0.0000000001e35", "1" + strings.Repeat("0", 40) + "e-40",
	"1000000000e-35", "0e5000", "0e-5000", "1e-40", "-0.0e99999999999999999999", strings.Repeat("9", 31),
	"0." + strings.Repeat("0", 29) + "1", "1e+9223372036854775808",
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
			if len(err.Error()) > 400 {
				t.Fatalf("NewAmount error of %d bytes: %.200s…", len(err.Error()), err)
			}
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

// FuzzTotalsUnmarshalBinary checks that UnmarshalBinary never panics, and
// that what it accepts encodes back to the same bytes and to JSON that
// reads back equal.
func FuzzTotalsUnmarshalBinary(f *testing.F) {
	var tot Totals
	for _, s := range []string{"1.5 USD", "0.10 JPY", "-9000000000000000000 KRW", "0.00001 BHD", "0 XXX"} {
		v, c, _ := strings.Cut(s, " ")
		tot.Add(MustNewAmount(v, MustParseCurrency(c)))
		b, _ := tot.MarshalBinary()
		f.Add(b)
	}
	for _, b := range [][]byte{
		nil, {1}, {1, 0}, {2, 0}, {1, 0xff, 0xff, 0xff, 0xff, 0x0f},
		{1, 1, 'U', 'S', 'D', 0, 0xff, 0xff, 0xff, 0xff, 0x0f},
		{1, 1, 'U', 'S', 'D', 0xff, 0xff, 0xff, 0xff, 0x0f, 2, 1},
		{1, 2, 'U', 'S', 'D', 0, 0, 'K', 'R', 'W', 0, 0}, {1, 1, 'U', 'S', 'D', 0, 1},
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tot Totals
		if err := tot.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := tot.MarshalBinary()
		if err != nil {
			t.Fatalf("UnmarshalBinary(%v) = %v, but MarshalBinary fails: %v", data, tot, err)
		}
		if !bytes.Equal(b, data) {
			t.Fatalf("UnmarshalBinary(%v) = %v, which encodes as %v", data, tot, b)
		}
		j, err := json.Marshal(tot)
		if err != nil {
			t.Fatalf("UnmarshalBinary(%v) = %v, but json.Marshal fails: %v", data, tot, err)
		}
		var back Totals
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(tot) {
			t.Fatalf("UnmarshalBinary(%v) = %v; JSON %s reads back as %v, %v", data, tot, j, back, err)
		}
	})
}

// FuzzTotalsUnmarshalJSON checks that UnmarshalJSON never panics and that
// what it accepts round-trips through JSON and the binary encoding.
func FuzzTotalsUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `null`, `[{"amount":"0.10","currency":"JPY"},{"amount":"1.50","currency":"USD"}]`,
		`[{"amount":"1e60","currency":"KRW"}]`, `[{"amount":"1e-60","currency":"USD"}]`,
		`[{"amount":"1.` + strings.Repeat("0", 200) + `","currency":"USD"}]`,
		`[{"amount":"1","currency":"USD"},{"amount":"2","currency":"USD"}]`, `[{"amount":1,"currency":"USD"}]`, `{`,
		`[{"amount":"1","currency":"USD","note":"x"}]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tot Totals
		if err := json.Unmarshal([]byte(s), &tot); err != nil {
			return
		}
		j, err := json.Marshal(tot)
		if err != nil {
			t.Fatalf("Unmarshal(%q) = %v, but Marshal fails: %v", s, tot, err)
		}
		var back Totals
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(tot) {
			t.Fatalf("Unmarshal(%q) = %v; %s reads back as %v, %v", s, tot, j, back, err)
		}
		b, err := tot.MarshalBinary()
		if err != nil {
			t.Fatalf("Unmarshal(%q) = %v, but MarshalBinary fails: %v", s, tot, err)
		}
		var bb Totals
		if err := bb.UnmarshalBinary(b); err != nil || !bb.Equal(tot) {
			t.Fatalf("Unmarshal(%q) = %v; binary reads back as %v, %v", s, tot, bb, err)
		}
	})
}

// FuzzNewRate checks that NewRate never panics, that what it accepts goes
// into a table and converts without error inside its span, and that its
// JSON round-trips.
func FuzzNewRate(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("USD", "KRW", s, "2022", "Year")
	}
	f.Add("EUR", "USD", "1.0534", "2022-01-01", "Year")
	f.Add("USD", "KRW", "1275.68", "2022-12-22", "Day")
	f.Add("USD", "USD", "1", "2022-12-22", "Day")
	f.Add("USD", "KRW", "1", "2022-06-01", "Year")
	f.Add("USD", "KRW", "1e30", "0001", "Year")
	f.Add("USD", "KRW", "1e-30", "9999-12-31", "Day")
	f.Fuzz(func(t *testing.T, from, to, value, day, span string) {
		r, err := NewRate(from, to, value, day, span, "fuzz")
		if err != nil {
			if len(err.Error()) > 400 {
				t.Fatalf("NewRate error of %d bytes: %.200s…", len(err.Error()), err)
			}
			return
		}
		table, err := NewRates(r)
		if err != nil {
			t.Fatalf("NewRate = %v, but NewRates rejects it: %v", r, err)
		}
		a := MustNewAmount("1", r.From)
		if _, _, err := table.Convert(a, r.To, r.Date); err != nil && !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("Convert(%v, %v, %s) at %v: %v", a, r.To, r.Date.Format("2006-01-02"), r, err)
		}
		b, err := json.Marshal(table)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", r, err)
		}
		var back Rates
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(table) {
			t.Fatalf("Rates JSON %s read back as %v, %v", b, back.All(), err)
		}
	})
}

// FuzzRatesUnmarshalJSON checks that decoding a rate table never panics
// and that what it accepts round-trips.
func FuzzRatesUnmarshalJSON(f *testing.F) {
	b, _ := json.Marshal(AnnualAverages())
	f.Add(string(b))
	b, _ = json.Marshal(DailyNoon())
	f.Add(string(b))
	for _, s := range []string{
		`[]`, `null`, `[{"from":"USD","to":"KRW","value":"1","date":"2022-01-01"}]`,
		`[{"from":"USD","to":"KRW","value":"1e2147483647","date":"2022-01-01","span":"Year"}]`,
		`[{"from":"USD","to":"KRW","value":"1","date":"2022-01-01","span":"Year"},{"from":"KRW","to":"USD","value":"1","date":"2022-05-01","span":"Day"}]`,
		`[{"from":"USD","to":"KRW","value":"1","date":"2022-13-01","span":"Day"}]`, `{`, `[1]`,
		`[{"from":"USD","to":"KRW","value":"1","date":"2022-01-01","span":"Day","sorce":"x"}]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var rs Rates
		if err := json.Unmarshal([]byte(s), &rs); err != nil {
			return
		}
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatalf("Unmarshal(%q) = %v, but Marshal fails: %v", s, rs.All(), err)
		}
		var back Rates
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(rs) {
			t.Fatalf("Unmarshal(%q): %s reads back as %v, %v", s, b, back.All(), err)
		}
	})
}

// FuzzEnumUnmarshalText checks that the text enumerations (Qualifier,
// Style, RoundingMode, Span, Status) never panic on any input, that a name
// they accept marshals back to the same bytes, and that a rejected input
// is quoted in the error by a short prefix only, however long it is.
func FuzzEnumUnmarshalText(f *testing.F) {
	for _, s := range []string{"about", "more than", "exact", "Full", "Long", "HalfEven", "Ceiling", "Day", "Year",
		"", "ABOUT", "about ", "Qualifier(7)", "\xff", strings.Repeat("x", 5000), "up to\x00"} {
		f.Add(s)
	}
	type enum interface {
		MarshalText() ([]byte, error)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var q Qualifier
		var st Style
		var m RoundingMode
		var sp Span
		var ss Status
		for _, e := range []struct {
			name string
			v    enum
			un   func([]byte) error
		}{
			{"Qualifier", &q, q.UnmarshalText},
			{"Style", &st, st.UnmarshalText},
			{"RoundingMode", &m, m.UnmarshalText},
			{"Span", &sp, sp.UnmarshalText},
			{"Status", &ss, ss.UnmarshalText},
		} {
			err := e.un([]byte(s))
			if err != nil {
				// A quoted prefix of at most 40 bytes is at most 160
				// characters (\xff each), plus the message around it.
				if n := len(err.Error()); n > 400 {
					t.Fatalf("%s.UnmarshalText(%q): error of %d bytes: %v", e.name, s, n, err)
				}
				continue
			}
			b, err := e.v.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%s.UnmarshalText(%q) accepted; MarshalText = %q, %v", e.name, s, b, err)
			}
		}
	})
}
