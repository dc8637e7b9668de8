package currency

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// textSeeds are inputs for the text fuzzers: every form the parsers read,
// and some they reject.
func textSeeds() []string {
	return []string{
		"KRW 1500000000000", "1500000000000 KRW", "USD 1,200,000,000.00", "usd 78m",
		"₩1,500,000,000,000", "$1.2 billion", "US$78 million", "$626M", "$1.2B", "€3.5 million",
		"¥58 billion", "CN¥100 million", "1.5 trillion won", "800 billion won", "58 billion yen",
		"1.2 billion dollars", "1.2 billion US dollars", "100 million yuan", "2.5 bn dollars", "3tn won",
		"1조 5000억 원", "1조5000억원", "8,000억 원", "5천억 원", "1.5조 원", "12억 달러", "6억2600만 달러",
		"₩1.5조", "-$1,234.50", "1e999 trillion won", "1만 5억 원", "$5 dollars", "", "$", "1조 15000억 원",
		"an estimated 1.5 trillion won ($1.2 billion)", "1000억원 이상(7800만 달러)", "약 8000억원",
		"about $1 (over 2 won)", "$1.2 billion (2017)", "CHF 12억 3000만", "3천5백만 원", "0.5 won",
		nisParagraph,
		// The forms of issue 12.
		"W160 billion", "some W1.65 trillion", "W5.2tn", "W5", "$US3 billion", "US $400 million", "S$1.45 billion",
		"HK$2 million", "NT$3 billion", "A$5 million", "C$7 million", "RMB 2 billion", "2 billion yuan", "5 mln dollars",
		"four billion yuan", "one-point-65 billion dollars", "$1,46 billion", "$1,460 million", "$5-million",
		"2억~3억달러", "1 trillion to 2 trillion won", "$1.3 billion-$1.5 billion", "between $630 million and more than $1 billion",
		"$1.3-1.5 billion", "$1.3-$1.5 billion", "2조천억 원", "20억 천만 달러", "1조 4천 7백억 원", "4조 3천억여 원", "5천7백여억 원",
		"1조 원 가량", "1조원대", "2조 원이 넘는", "1조 원을 넘어서는", "3억 달러를 초과하는", "1천억 원 이상의", "480億円", "500万元",
		"5000만 달러(약 600억 원) 이상", "$805 million (한화 약 1조 1천억원)", "1조~2조 원(약 8억~16억 달러)", "천만 원", "수백억 원",
		"400,000 ETH", "hundreds of millions of dollars",
		// Hostile input.
		"억억억억억억억억억억억억", "$$$$$$$$$$$$", "1 1 1 1 1 1 1 1 1 1 won", "1-1-1-1-1-1 won", "천천천천천 원", "1e999999999999999 won",
		"USD 0.1111111111111111111111111111111111111111111111111111111111111111111111", "0e5000 won", "₩1억여여 원", "1,2,3,4 won",
		"(((((($5", "$5 ((((", "1조 원(약 1조 원(약 1조 원))", "between between $1 and and $2", "~~~~$5~~~~$6",
	}
}

// checkError checks that err is a *ParseError for s with an offset in
// it and a bounded message.
func checkError(t *testing.T, fn, s string, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
		t.Fatalf("%s(%q) error %#v: want a *ParseError with the input and an offset in it", fn, s, err)
	}
	if msg := err.Error(); len(msg) > 400 {
		t.Fatalf("%s(%q) error has %d bytes, want a short message: %.400s", fn, s, len(msg), msg)
	}
}

// checkFigure checks the invariants of a parsed figure: valid qualifiers
// and currencies, ranges of one currency with the low end below the high,
// and a FormatFigure round trip in English and Korean.
func checkFigure(t *testing.T, s string, fig Figure) {
	t.Helper()
	for _, q := range []Qualifier{fig.Qualifier, fig.EquivalentQualifier, fig.HighQualifier, fig.HighEquivalentQualifier} {
		if q >= numQualifiers {
			t.Fatalf("ParseFigure(%q) = %v: invalid qualifier", s, fig)
		}
	}
	for _, a := range []Amount{fig.Amount, fig.Equivalent, fig.High, fig.HighEquivalent} {
		if !a.c.Valid() {
			t.Fatalf("ParseFigure(%q) = %v: invalid currency", s, fig)
		}
		out := Format(a, language.English, Full)
		if b, err := ParseAmount(out); err != nil || !b.Equal(a) {
			t.Fatalf("ParseFigure(%q): amount %v formats as %q, which reads back as %v, %v", s, a, out, b, err)
		}
	}
	for _, p := range [][2]Amount{{fig.Amount, fig.High}, {fig.Equivalent, fig.HighEquivalent}} {
		if p[1].empty() {
			continue
		}
		if c, err := p[0].Cmp(p[1]); err != nil || c >= 0 || p[0].c != p[1].c {
			t.Fatalf("ParseFigure(%q) = %v: a range must be of one currency, low below high", s, fig)
		}
	}
	for _, tag := range []language.Tag{language.English, language.Korean} {
		out := FormatFigure(fig, tag)
		back, err := ParseFigure(out)
		if err != nil {
			t.Fatalf("ParseFigure(FormatFigure(ParseFigure(%q), %v)) = ParseFigure(%q) error: %v", s, tag, out, err)
		}
		if !sameFigure(fig, back) {
			t.Fatalf("ParseFigure(FormatFigure(ParseFigure(%q), %v)) = ParseFigure(%q) mismatch (-want +got):\n%s", s, tag, out, cmp.Diff(fig, back))
		}
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range textSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			checkError(t, "ParseAmount", s, err)
			return
		}
		for _, tag := range []language.Tag{language.English, language.Korean} {
			out := Format(a, tag, Full)
			b, err := ParseAmount(out)
			if err != nil || !b.Equal(a) {
				t.Fatalf("ParseAmount(Format(ParseAmount(%q), %v, Full)) = ParseAmount(%q) = %v, %v, want %v", s, tag, out, b, err, a)
			}
			for _, style := range []Style{Short, Long} {
				want := roundedTo(a, DefaultSignificant)
				out := Format(a, tag, style)
				b, err := ParseAmount(out)
				if err != nil || !b.Equal(want) {
					t.Fatalf("ParseAmount(Format(ParseAmount(%q), %v, %v)) = ParseAmount(%q) = %v, %v, want %v", s, tag, style, out, b, err, want)
				}
			}
		}
	})
}

func FuzzParseFigure(f *testing.F) {
	for _, s := range textSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := ParseFigure(s)
		if err != nil {
			checkError(t, "ParseFigure", s, err)
			return
		}
		checkFigure(t, s, fig)
	})
}

// FuzzParseRange joins two fuzzed ends with each range separator: what
// ParseFigure reads as a range holds the range invariants and round trips
// through FormatFigure, and FindFigures finds what ParseFigure reads.
func FuzzParseRange(f *testing.F) {
	for _, p := range [][2]string{
		{"2억", "3억달러"}, {"1 trillion", "2 trillion won"}, {"$1.3 billion", "$1.5 billion"}, {"$1.3", "1.5 billion"},
		{"$1.3", "$1.5 billion"}, {"about $630 million", "more than $1 billion"}, {"1조 원 이상", "2조 원 미만"},
		{"$5", "$3"}, {"5", "6"}, {"2", "3억 달러(약 2600억~3900억 원)"}, {"-$5", "-$3"}, {"XXX 1", "XXX 2"},
	} {
		for k := range 4 {
			f.Add(p[0], p[1], uint8(k))
		}
	}
	f.Fuzz(func(t *testing.T, lo, hi string, sep uint8) {
		seps := [...]string{"-", "~", " to ", " – ", " and "}
		s := lo + seps[int(sep)%len(seps)] + hi
		if int(sep)%len(seps) == len(seps)-1 {
			s = "between " + s
		}
		fig, err := ParseFigure(s)
		if err != nil {
			checkError(t, "ParseFigure", s, err)
			return
		}
		checkFigure(t, s, fig)
	})
}

// FuzzFormatFigure builds figures from fuzzed digits and checks that
// FormatFigure writes them so that ParseFigure reads them back equal.
func FuzzFormatFigure(f *testing.F) {
	f.Add("1500000000000", "1200000000", "", "", uint8(1), uint8(3), uint16(0x0101))
	f.Add("200000000", "300000000", "260000000000", "390000000000", uint8(3), uint8(1), uint16(0x2345))
	f.Add(strings.Repeat("9", 30), "", "0.5", "", uint8(5), uint8(11), uint16(0xffff))
	f.Add("-5", "-3", "", "", uint8(2), uint8(0), uint16(0))
	f.Fuzz(func(t *testing.T, a, hi, eq, eqHi string, ci, ei uint8, qs uint16) {
		cs := fuzzCurrencies()[1:]
		c, ec := cs[int(ci)%len(cs)], cs[int(ei)%len(cs)]
		if c == ec {
			ec = cs[(int(ei)+1)%len(cs)]
		}
		q := func(k uint) Qualifier { return Qualifier(uint(qs>>(4*k)&0xf) % numQualifiers) }
		amt := func(v string, c Currency) (Amount, bool) {
			x, err := NewAmount(v, c)
			return x, err == nil
		}
		var fig Figure
		var ok bool
		if fig.Amount, ok = amt(a, c); !ok {
			return
		}
		fig.Qualifier = q(0)
		if h, ok := amt(hi, c); ok {
			if cmp, _ := fig.Amount.Cmp(h); cmp < 0 {
				fig.High, fig.HighQualifier = h, q(1)
			}
		}
		if e, ok := amt(eq, ec); ok {
			fig.Equivalent, fig.EquivalentQualifier = e, q(2)
			if h, ok := amt(eqHi, ec); ok {
				if cmp, _ := e.Cmp(h); cmp < 0 {
					fig.HighEquivalent, fig.HighEquivalentQualifier = h, q(3)
				}
			}
		}
		for _, tag := range []language.Tag{language.English, language.Korean} {
			out := FormatFigure(fig, tag)
			back, err := ParseFigure(out)
			if err != nil {
				t.Fatalf("ParseFigure(FormatFigure(%v, %v)) = ParseFigure(%q) error: %v", fig, tag, out, err)
			}
			if !sameFigure(fig, back) {
				t.Fatalf("ParseFigure(FormatFigure(%v, %v)) = ParseFigure(%q) mismatch (-want +got):\n%s", fig, tag, out, cmp.Diff(fig, back))
			}
		}
	})
}

// FuzzFigureJSON decodes fuzzed JSON as a Figure: what decodes encodes,
// decodes back equal, and encodes to the same bytes twice.
func FuzzFigureJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `{"amount":{"amount":"5.00","currency":"USD"}}`,
		`{"qualifier":"about","amount":{"amount":"1500000000000","currency":"KRW"},"equivalent":{"amount":"1200000000.00","currency":"USD"}}`,
		`{"amount":{"amount":"1","currency":"KRW"},"high_qualifier":"more than","high":{"amount":"2","currency":"KRW"}}`,
		`{"qualifier":"about"}`, `{"amount":{"amount":"1e999","currency":"USD"}}`, `{"amount":{"amount":1.5,"currency":"USD"}}`,
		`{"amount":{"amount":"5","currency":"USD"},"x":1}`, `[`, `{"amount":{"amount":"5","currency":"USD"}} {}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fig Figure
		if err := json.Unmarshal([]byte(s), &fig); err != nil {
			if !strings.HasPrefix(err.Error(), "currency: ") && !strings.HasPrefix(err.Error(), "invalid character") && !strings.HasPrefix(err.Error(), "unexpected end") {
				t.Fatalf("json.Unmarshal(%q) error %q does not start with the package name", s, err)
			}
			return
		}
		b, err := json.Marshal(fig)
		if err != nil {
			t.Fatalf("json.Marshal(%v) error: %v (decoded from %q)", fig, err, s)
		}
		var back Figure
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s) error: %v (decoded from %q)", b, err, s)
		}
		if !sameFigure(fig, back) {
			t.Fatalf("JSON round trip of %q mismatch (-want +got):\n%s", s, cmp.Diff(fig, back))
		}
		if b2, _ := json.Marshal(back); string(b2) != string(b) {
			t.Fatalf("marshalling twice: %s, then %s", b, b2)
		}
	})
}

func FuzzFindFigures(f *testing.F) {
	for _, s := range textSeeds() {
		f.Add(s)
	}
	f.Add("국정원은 북한이 약 1조5000억원(12억 달러)을 훔쳤고 올해만 8000억원 이상(6억2600만 달러)이라고 밝혔다.")
	f.Fuzz(func(t *testing.T, text string) {
		last, valid := 0, utf8.ValidString(text)
		for _, m := range FindFigures(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("FindFigures(%q): match [%d:%d] after %d is out of order or range", text, m.Start, m.End, last)
			}
			last = m.End
			sub := text[m.Start:m.End]
			if valid && !utf8.ValidString(sub) {
				t.Fatalf("FindFigures(%q): match %q splits a character", text, sub)
			}
			fig, err := ParseFigure(sub)
			if err != nil {
				t.Fatalf("FindFigures(%q) matched %q, which ParseFigure rejects: %v", text, sub, err)
			}
			if diff := cmp.Diff(m.Figure, fig); diff != "" {
				t.Fatalf("FindFigures(%q) matched %q: ParseFigure differs (-find +parse):\n%s", text, sub, diff)
			}
		}
	})
}

// fuzzCurrencies are the currencies FuzzFormatFull picks from: the named
// ones, and others with a sign, without one, and with three decimals.
func fuzzCurrencies() []Currency {
	return []Currency{XXX, KRW, KPW, USD, JPY, CNY, EUR, code('G', 'B', 'P'), code('C', 'H', 'F'), code('B', 'H', 'D'), code('C', 'A', 'D'), code('I', 'N', 'R')}
}

func FuzzFormatFull(f *testing.F) {
	for _, s := range []string{"0", "1500000000000", "-1234.5", "0.125", "999999999999999999999999999999", "1e-30", "12.3456789"} {
		f.Add(s, uint8(1))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, digits string, ci uint8) {
		cs := fuzzCurrencies()
		a, err := NewAmount(digits, cs[int(ci)%len(cs)])
		if err != nil {
			return
		}
		for _, tag := range []language.Tag{language.English, language.Korean, language.AmericanEnglish} {
			s := Format(a, tag, Full)
			b, err := ParseAmount(s)
			if err != nil || !b.Equal(a) {
				t.Fatalf("ParseAmount(Format(%v, %v, Full)) = ParseAmount(%q) = %v, %v, want %v", a, tag, s, b, err, a)
			}
		}
	})
}
