package currency

import (
	"errors"
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
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range textSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseAmount(%q) error %#v: want a *ParseError with the input and an offset in it", s, err)
			}
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
				if len(want.d.Abs().Truncate(0).String()) > MaxIntegerDigits {
					continue // rounding carried past the bounds
				}
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
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseFigure(%q) error %#v: want a *ParseError with the input and an offset in it", s, err)
			}
			return
		}
		if fig.Qualifier >= numQualifiers || !fig.Amount.c.Valid() || !fig.Equivalent.c.Valid() {
			t.Fatalf("ParseFigure(%q) = %v: invalid qualifier or currency", s, fig)
		}
		for _, a := range []Amount{fig.Amount, fig.Equivalent} {
			out := Format(a, language.English, Full)
			if b, err := ParseAmount(out); err != nil || !b.Equal(a) {
				t.Fatalf("ParseFigure(%q): amount %v formats as %q, which reads back as %v, %v", s, a, out, b, err)
			}
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
