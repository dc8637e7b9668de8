package currency

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
// Where rounding would carry past MaxIntegerDigits it keeps more digits,
// as Format does.
func roundedTo(a Amount, n int) Amount {
	intDigits := len(a.d.Abs().Truncate(0).String())
	if a.d.Abs().Cmp(decimal.NewFromInt(1000)) < 0 {
		return a
	}
	for ; ; n++ {
		r := a.d.RoundBank(int32(n - intDigits))
		if len(r.Abs().Truncate(0).String()) <= MaxIntegerDigits || n >= MaxIntegerDigits+MaxFractionDigits {
			return AmountOf(r, a.c)
		}
	}
}

// Short and Long of values at the top of the bounds parse back: rounding
// thirty nines to three digits would give 10^30, which no reader accepts.
func TestFormatTopOfBounds(t *testing.T) {
	for _, v := range []string{strings.Repeat("9", 30), "-" + strings.Repeat("9", 30), strings.Repeat("9", 29) + "5", "9995" + strings.Repeat("0", 26)} {
		a := MustNewAmount(v, USD)
		for _, tag := range []language.Tag{en, ko} {
			for _, style := range []Style{Short, Long} {
				s := Format(a, tag, style)
				got, err := ParseAmount(s)
				if err != nil {
					t.Errorf("ParseAmount(Format(%v, %v, %v)) = ParseAmount(%q) error: %v", a, tag, style, s, err)
					continue
				}
				if want := roundedTo(a, DefaultSignificant); !got.Equal(want) {
					t.Errorf("ParseAmount(Format(%v, %v, %v)) = ParseAmount(%q) = %v, want %v", a, tag, style, s, got, want)
				}
			}
		}
	}
}

func TestFormatFigure(t *testing.T) {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	tests := []struct {
		name   string
		f      Figure
		en, ko string
	}{
		{"printed precision", fig(Exact, usd("660500000"), Amount{}), "$660.5 million", "6억 6050만 달러"},
		{"many digits", fig(Exact, krw("1234567890"), Amount{}), "1.23456789 billion won", "12억 3456만 7890 원"},
		{"nis", fig(About, krw("1500000000000"), usd("1200000000")), "about 1.5 trillion won ($1.2 billion)", "약 1조 5000억 원(12억 달러)"},
		{"more than", fig(MoreThan, krw("100000000000"), usd("78000000")), "more than 100 billion won ($78 million)", "1000억 원 이상(7800만 달러)"},
		{"equivalent hedge", Figure{Qualifier: MoreThan, Amount: usd("50000000"), EquivalentQualifier: About, Equivalent: krw("60000000000")},
			"more than $50 million (about 60 billion won)", "5000만 달러 이상(약 600억 원)"},
		{"every qualifier", Figure{Qualifier: UpTo, Amount: usd("1000000"), EquivalentQualifier: LessThan, Equivalent: krw("1300000000")},
			"up to $1 million (less than 1.3 billion won)", "최대 100만 달러(13억 원 미만)"},
		{"at least, nearly", Figure{Qualifier: AtLeast, Amount: usd("2000000"), EquivalentQualifier: Nearly, Equivalent: krw("2600000000")},
			"at least $2 million (nearly 2.6 billion won)", "최소 200만 달러(거의 26억 원)"},
		{"range", Figure{Amount: usd("630000000"), HighQualifier: MoreThan, High: usd("1000000000")},
			"$630 million to more than $1 billion", "6억 3000만 달러~10억 달러 이상"},
		{"range with a range equivalent", Figure{Amount: krw("1000000000000"), High: krw("2000000000000"), EquivalentQualifier: About, Equivalent: usd("800000000"), HighEquivalent: usd("1600000000")},
			"1 trillion won to 2 trillion won (about $800 million to $1.6 billion)", "1조 원~2조 원(약 8억 달러~16억 달러)"},
		{"yen", fig(Exact, MustNewAmount("48000000000", JPY), Amount{}), "48 billion yen", "480억 엔"},
		{"range from a plain low end", Figure{Amount: usd("5"), High: usd("10000000")}, "$5.00 to $10,000,000.00", "5.00 달러~US$10,000,000.00"},
		{"range from a plain Korean low end", Figure{Amount: krw("5000"), High: krw("20000")}, "5 thousand won to 20 thousand won", "5000 원~₩20,000"},
		{"small", fig(About, usd("12.5"), Amount{}), "about $12.50", "약 12.50 달러"},
		{"negative range", Figure{Amount: usd("-5"), High: usd("-3")}, "-$5.00 to -$3.00", "-5.00 달러~-3.00 달러"},
		{"no sign", fig(Exact, MustNewAmount("1230000000", MustParseCurrency("CHF")), Amount{}), "CHF 1.23 billion", "CHF 12억 3000만"},
		{"zero", Figure{}, "XXX 0", "XXX 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []struct {
				tag  language.Tag
				want string
			}{{en, tt.en}, {ko, tt.ko}} {
				got := FormatFigure(tt.f, c.tag)
				if got != c.want {
					t.Errorf("FormatFigure(%v, %v) = %q, want %q", tt.f, c.tag, got, c.want)
				}
				if tt.f.IsZero() {
					continue
				}
				back, err := ParseFigure(got)
				if err != nil {
					t.Errorf("ParseFigure(FormatFigure(%v, %v)) = ParseFigure(%q) error: %v", tt.f, c.tag, got, err)
				} else if diff := cmp.Diff(tt.f, back); diff != "" {
					t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", got, diff)
				}
			}
		})
	}
}

// A figure read from Korean is written in English at the precision it
// was printed, and the other way round.
func TestFormatFigureAcrossLanguages(t *testing.T) {
	tests := []struct {
		in   string
		tag  language.Tag
		want string
	}{
		{"약 6억6050만 달러", en, "about $660.5 million"},
		{"4조 3천억여 원", en, "more than 4.3 trillion won"},
		{"2억~3억달러", en, "$200 million to $300 million"},
		{"480億円", en, "48 billion yen"},
		{"$660.50 million", ko, "6억 6050만 달러"},
		{"between $630 million and more than $1 billion", ko, "6억 3000만 달러~10억 달러 이상"},
		{"W160 billion", en, "160 billion won"},
	}
	for _, tt := range tests {
		f, err := ParseFigure(tt.in)
		if err != nil {
			t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
		}
		if got := FormatFigure(f, tt.tag); got != tt.want {
			t.Errorf("FormatFigure(ParseFigure(%q), %v) = %q, want %q", tt.in, tt.tag, got, tt.want)
		}
	}
}

// randomAmount returns an amount within the bounds of NewAmount with up to
// 30 integer and 30 fraction digits, of a random currency.
func randomAmount(r *rand.Rand) Amount {
	cs := fuzzCurrencies()
	var b strings.Builder
	if r.IntN(8) == 0 {
		b.WriteByte('-')
	}
	ni, nf := r.IntN(MaxIntegerDigits+1), 0
	if r.IntN(3) == 0 {
		nf = r.IntN(MaxFractionDigits + 1)
	}
	if ni == 0 {
		b.WriteByte('0')
	}
	for k := range ni {
		d := byte('0' + r.IntN(10))
		if k == 0 && d == '0' {
			d = '1'
		}
		if k > 0 && r.IntN(3) == 0 {
			d = '0' // round figures are common
		}
		b.WriteByte(d)
	}
	if nf > 0 {
		b.WriteByte('.')
		for range nf {
			b.WriteByte(byte('0' + r.IntN(10)))
		}
	}
	return MustNewAmount(b.String(), cs[r.IntN(len(cs))])
}

// The Format→Parse round trip, on random amounts: Full reads back
// exactly, Short and Long to the value rounded as documented.
func TestFormatParseProperty(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 5_000
	}
	r := rand.New(rand.NewPCG(12, 2026))
	for range n {
		a := randomAmount(r)
		tag := [...]language.Tag{en, ko, language.AmericanEnglish}[r.IntN(3)]
		style := [...]Style{Full, Short, Long}[r.IntN(3)]
		sig := 1 + r.IntN(8)
		s := Format(a, tag, style, MaxSignificant(sig))
		want := a
		if style != Full {
			want = roundedTo(a, sig)
		}
		got, err := ParseAmount(s)
		if err != nil || !got.Equal(want) {
			t.Fatalf("ParseAmount(Format(%v, %v, %v, MaxSignificant(%d))) = ParseAmount(%q) = %v, %v, want %v", a, tag, style, sig, s, got, err, want)
		}
	}
}

// The FormatFigure→ParseFigure round trip, on random figures: single and
// ranges, with and without equivalents, every qualifier.
func TestFormatFigureParseProperty(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 5_000
	}
	r := rand.New(rand.NewPCG(13, 2026))
	for range n {
		f := randomFigure(r)
		tag := [...]language.Tag{en, ko}[r.IntN(2)]
		s := FormatFigure(f, tag)
		got, err := ParseFigure(s)
		if err != nil {
			t.Fatalf("ParseFigure(FormatFigure(%v, %v)) = ParseFigure(%q) error: %v", f, tag, s, err)
		}
		if !sameFigure(f, got) {
			t.Fatalf("ParseFigure(FormatFigure(%v, %v)) = ParseFigure(%q) mismatch (-want +got):\n%s", f, tag, s, cmp.Diff(f, got))
		}
	}
}

// randomFigure returns a figure ParseFigure can read: ends of one currency
// with the low end below the high end, an equivalent in another currency.
func randomFigure(r *rand.Rand) Figure {
	cs := fuzzCurrencies()[1:] // not XXX: its zero is no amount
	q := func() Qualifier { return Qualifier(r.IntN(numQualifiers)) }
	pair := func(c Currency) (Amount, Amount, bool) {
		lo := AmountOf(randomAmount(r).d, c)
		if r.IntN(2) == 0 {
			return lo, Amount{}, false
		}
		hi := AmountOf(randomAmount(r).d, c)
		switch c, _ := lo.Cmp(hi); c {
		case 0:
			return lo, Amount{}, false
		case 1:
			lo, hi = hi, lo
		}
		return lo, hi, true
	}
	var f Figure
	c := cs[r.IntN(len(cs))]
	f.Qualifier = q()
	var ranged bool
	f.Amount, f.High, ranged = pair(c)
	if ranged {
		f.HighQualifier = q()
	}
	if r.IntN(2) == 0 {
		ec := cs[r.IntN(len(cs))]
		for ec == c {
			ec = cs[r.IntN(len(cs))]
		}
		f.EquivalentQualifier = q()
		var eqRanged bool
		f.Equivalent, f.HighEquivalent, eqRanged = pair(ec)
		if eqRanged {
			f.HighEquivalentQualifier = q()
		}
	}
	return f
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

// sameFigure is cmp.Equal for figures, without reflection.
func sameFigure(a, b Figure) bool {
	return a.Qualifier == b.Qualifier && a.EquivalentQualifier == b.EquivalentQualifier &&
		a.HighQualifier == b.HighQualifier && a.HighEquivalentQualifier == b.HighEquivalentQualifier &&
		a.Amount.Equal(b.Amount) && a.Equivalent.Equal(b.Equivalent) &&
		a.High.Equal(b.High) && a.HighEquivalent.Equal(b.HighEquivalent)
}
