package currency

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
)

var (
	en = language.English
	ko = language.Korean
)

func TestFormat(t *testing.T) {
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	tests := []struct {
		a     Amount
		tag   language.Tag
		style Style
		opts  []FormatOption
		want  string
	}{
		// English Full.
		{krw("1500000000000"), en, Full, nil, "₩1,500,000,000,000"},
		{usd("1200000000"), en, Full, nil, "$1,200,000,000.00"},
		{usd("-1234.5"), en, Full, nil, "-$1,234.50"},
		{usd("0.125"), en, Full, nil, "$0.125"},
		{usd("0"), en, Full, nil, "$0.00"},
		{MustNewAmount("1500", KPW), en, Full, nil, "KPW 1,500"},
		{MustNewAmount("12.5", MustParseCurrency("CHF")), en, Full, nil, "CHF 12.50"},
		{MustNewAmount("2", MustParseCurrency("GBP")), en, Full, nil, "£2.00"},
		{MustNewAmount("2", MustParseCurrency("CAD")), en, Full, nil, "CA$2.00"},
		{Amount{}, en, Full, nil, "XXX 0"},
		{usd("5"), en, 0, nil, "$5.00"},
		// English Short.
		{krw("1500000000000"), en, Short, nil, "₩1.5T"},
		{usd("1200000000"), en, Short, nil, "$1.2B"},
		{usd("626000000"), en, Short, nil, "$626M"},
		{usd("1234.5"), en, Short, nil, "$1.23K"},
		{usd("999.99"), en, Short, nil, "$999.99"},
		{krw("999500000000"), en, Short, nil, "₩1T"},
		{krw("1000000000000000"), en, Short, nil, "₩1000T"},
		{MustNewAmount("1500000000000", KPW), en, Short, nil, "KPW 1.5T"},
		{usd("-1200000000"), en, Short, nil, "-$1.2B"},
		// English Long.
		{krw("1500000000000"), en, Long, nil, "1.5 trillion won"},
		{usd("1200000000"), en, Long, nil, "$1.2 billion"},
		{usd("626000000"), en, Long, nil, "$626 million"},
		{krw("800000000000"), en, Long, nil, "800 billion won"},
		{MustNewAmount("58000000000", JPY), en, Long, nil, "58 billion yen"},
		{MustNewAmount("100000000", CNY), en, Long, nil, "100 million yuan"},
		{MustNewAmount("3500000", EUR), en, Long, nil, "€3.5 million"},
		{MustNewAmount("1500000000000", KPW), en, Long, nil, "1.5 trillion North Korean won"},
		{krw("1000000000000"), en, Long, nil, "1 trillion won"},
		{krw("1234567890"), en, Long, nil, "1.23 billion won"},
		{krw("1235000000"), en, Long, nil, "1.24 billion won"}, // half to even
		{krw("1245000000"), en, Long, nil, "1.24 billion won"},
		{krw("1245000001"), en, Long, nil, "1.25 billion won"},
		{krw("500"), en, Long, nil, "500 won"},
		{usd("12.5"), en, Long, nil, "$12.50"},
		{usd("-1200000000"), en, Long, nil, "-$1.2 billion"},
		{usd("1234567890"), en, Long, []FormatOption{MaxSignificant(6)}, "$1.23457 billion"},
		{usd("1234567890.12"), en, Long, []FormatOption{MaxSignificant(60)}, "$1.23456789012 billion"},
		{usd("1234567890"), en, Long, []FormatOption{MaxSignificant(0)}, "$1.23 billion"},
		{MustNewAmount("2000000", MustParseCurrency("CHF")), en, Long, nil, "CHF 2 million"},
		// Korean Full.
		{krw("1500000000000"), ko, Full, nil, "₩1,500,000,000,000"},
		{usd("1200000000"), ko, Full, nil, "US$1,200,000,000.00"},
		{MustNewAmount("58000000000", JPY), ko, Full, nil, "JP¥58,000,000,000"},
		// Korean Short.
		{krw("1500000000000"), ko, Short, nil, "₩1.5조"},
		{usd("1200000000"), ko, Short, nil, "US$12억"},
		{usd("626000000"), ko, Short, nil, "US$6.26억"},
		{usd("3500000"), ko, Short, nil, "US$350만"},
		{usd("1500"), ko, Short, nil, "US$1.5천"},
		// Korean Long.
		{krw("1500000000000"), ko, Long, nil, "1조 5000억 원"},
		{krw("800000000000"), ko, Long, nil, "8000억 원"},
		{usd("1200000000"), ko, Long, nil, "12억 달러"},
		{usd("626000000"), ko, Long, nil, "6억 2600만 달러"},
		{krw("1234567890"), ko, Long, nil, "12억 3000만 원"},
		{krw("1234"), ko, Long, nil, "1230 원"},
		{krw("500"), ko, Long, nil, "500 원"},
		{MustNewAmount("1500000000000", KPW), ko, Long, nil, "1조 5000억 북한 원"},
		{MustNewAmount("58000000000", JPY), ko, Long, nil, "580억 엔"},
		{MustNewAmount("100000000", CNY), ko, Long, nil, "1억 위안"},
		{MustNewAmount("300000000", EUR), ko, Long, nil, "3억 유로"},
		{MustNewAmount("1230000000", MustParseCurrency("CHF")), ko, Long, nil, "CHF 12억 3000만"},
		{krw("123456789012345678901234"), ko, Long, nil, "12300000경 원"},
		{usd("12345.67"), ko, Long, []FormatOption{MaxSignificant(7)}, "1만 2345.67 달러"},
		{usd("10000.5"), ko, Long, []FormatOption{MaxSignificant(6)}, "1만 0.5 달러"},
		{krw("-1500000000000"), ko, Long, nil, "-1조 5000억 원"},
		// Other locales: English words, the locale's digits and separators.
		{usd("1200000000"), language.German, Full, nil, "$1.200.000.000,00"},
		{krw("1500000000000"), language.German, Long, nil, "1,5 trillion won"},
		{krw("999500000000"), language.Hindi, Full, nil, "₩9,99,50,00,00,000"},
		{krw("1500000000000"), language.Arabic, Short, nil, "₩١٫٥T"},
		{usd("-5"), language.Arabic, Full, nil, "\u061c-US$٥٫٠٠"},
		{usd("5"), language.BritishEnglish, Full, nil, "US$5.00"},
	}
	for _, tt := range tests {
		got := Format(tt.a, tt.tag, tt.style, tt.opts...)
		if got != tt.want {
			t.Errorf("Format(%v, %v, %v) = %q, want %q", tt.a, tt.tag, tt.style, got, tt.want)
		}
	}
}

// roundedTo is an independent implementation of the rounding of Short and
// Long: HalfEven to n significant digits, for values from one thousand up.
func roundedTo(a Amount, n int) Amount {
	intDigits := len(a.d.Abs().Truncate(0).String())
	if a.d.Abs().Cmp(decimal.NewFromInt(1000)) < 0 {
		return a
	}
	return AmountOf(a.d.RoundBank(int32(n-intDigits)), a.c)
}

func TestFormatRoundTrip(t *testing.T) {
	var amounts []Amount
	for _, c := range []Currency{KRW, KPW, USD, JPY, CNY, EUR, MustParseCurrency("GBP"), MustParseCurrency("CHF"), MustParseCurrency("BHD")} {
		for _, v := range []string{"0", "0.5", "7", "999.99", "1000", "1234.5678", "99999", "626000000", "999500000000",
			"1500000000000", "1234567890123456789", "-1234567.89", "123456789012345678901234567890"} {
			amounts = append(amounts, MustNewAmount(v, c))
		}
	}
	for _, a := range amounts {
		for _, tag := range []language.Tag{en, ko, language.AmericanEnglish} {
			for _, tc := range []struct {
				style Style
				sig   int
			}{{Full, 0}, {Short, 3}, {Long, 3}, {Short, 5}, {Long, 8}} {
				want := a
				if tc.style != Full {
					want = roundedTo(a, tc.sig)
				}
				s := Format(a, tag, tc.style, MaxSignificant(tc.sig))
				got, err := ParseAmount(s)
				if err != nil {
					t.Errorf("ParseAmount(Format(%v, %v, %v)) = ParseAmount(%q) error: %v", a, tag, tc.style, s, err)
					continue
				}
				if !got.Equal(want) {
					t.Errorf("ParseAmount(Format(%v, %v, %v, %d)) = ParseAmount(%q) = %v, want %v", a, tag, tc.style, tc.sig, s, got, want)
				}
			}
		}
	}
}

func TestRoundSignificant(t *testing.T) {
	tests := []struct {
		intp, frac string
		n          int
		wantInt    string
		wantFrac   string
	}{
		{"1234", "", 3, "1230", ""},
		{"1235", "", 3, "1240", ""},
		{"1245", "", 3, "1240", ""},
		{"1245", "01", 3, "1250", ""},
		{"9995", "", 3, "10000", ""},
		{"9999", "99", 3, "10000", ""},
		{"1234", "56", 5, "1234", "6"},
		{"1234", "55", 6, "1234", "55"},
		{"1234", "555", 6, "1234", "56"},
		{"1234", "5", 8, "1234", "5"},
		{"9999", "96", 5, "10000", "0"},
	}
	for _, tt := range tests {
		i, f := roundSignificant(nil, tt.intp, tt.frac, tt.n)
		if string(i) != tt.wantInt || string(f) != tt.wantFrac {
			t.Errorf("roundSignificant(%q, %q, %d) = %q, %q, want %q, %q", tt.intp, tt.frac, tt.n, i, f, tt.wantInt, tt.wantFrac)
		}
	}
}

// The built-in English and Korean number symbols and signs are the ones
// golang.org/x/text has.
func TestFastPathsMatchXText(t *testing.T) {
	for _, tag := range []language.Tag{language.English, language.AmericanEnglish, language.BritishEnglish, language.Korean, language.Und} {
		fast := localeFor(tag)
		probed, ok := probeLocale(tag)
		if !ok {
			t.Fatalf("probeLocale(%v) failed", tag)
		}
		for d := range 10 {
			if probed.digits[d] != string(rune('0'+d)) {
				t.Errorf("probeLocale(%v) digit %d = %q, want ASCII", tag, d, probed.digits[d])
			}
		}
		if fast.group != probed.group || fast.decimal != probed.decimal || fast.minus != probed.minus ||
			fast.primary != probed.primary || fast.secondary != probed.secondary {
			t.Errorf("localeFor(%v) = %+v, x/text has %+v", tag, fast, probed)
		}
		if !fast.fastSym {
			continue
		}
		for _, c := range []Currency{KRW, KPW, USD, JPY, CNY, EUR} {
			st := symbolState{tag: tag}
			xcurrency.Symbol(c.Unit()).Format(&st, 'v')
			want := string(st.buf)
			if got := fastSymbol(c, fast.korean); got != "" && got != want {
				t.Errorf("fastSymbol(%v, %v) = %q, x/text has %q", c, tag, got, want)
			}
		}
	}
}

func TestProbeLocale(t *testing.T) {
	tests := []struct {
		tag                         language.Tag
		zero, group, decimal, minus string
		primary, secondary          int
	}{
		{language.German, "0", ".", ",", "-", 3, 3},
		{language.Hindi, "0", ",", ".", "-", 3, 2},
		{language.Arabic, "٠", "٬", "٫", "\u061c-", 3, 3},
	}
	for _, tt := range tests {
		l, ok := probeLocale(tt.tag)
		if !ok || l.digits[0] != tt.zero || l.group != tt.group || l.decimal != tt.decimal || l.minus != tt.minus ||
			l.primary != tt.primary || l.secondary != tt.secondary {
			t.Errorf("probeLocale(%v) = %+v, %v, want zero %q group %q decimal %q minus %q groups %d/%d",
				tt.tag, l, ok, tt.zero, tt.group, tt.decimal, tt.minus, tt.primary, tt.secondary)
		}
	}
}

func TestStyleText(t *testing.T) {
	for _, s := range []Style{Full, Short, Long} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error: %v", s, err)
		}
		var got Style
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, got, err, s)
		}
	}
	for _, s := range []Style{0, 4, 200} {
		if _, err := s.MarshalText(); err == nil {
			t.Errorf("%v.MarshalText() succeeded, want an error", s)
		}
	}
	if got := Style(0).String(); got != "Style(0)" {
		t.Errorf("Style(0).String() = %q, want %q", got, "Style(0)")
	}
	var s Style
	if err := s.UnmarshalText([]byte("Style(0)")); err == nil || !strings.HasPrefix(err.Error(), "currency: ") {
		t.Errorf("UnmarshalText(%q) error = %v, want a currency: error", "Style(0)", err)
	}
	if err := s.UnmarshalText([]byte("full")); err == nil {
		t.Errorf("UnmarshalText(%q) succeeded; names are case-sensitive", "full")
	}
}
