package currency

import (
	"testing"

	"golang.org/x/text/language"
)

func BenchmarkParseAmount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAmount("1.5 trillion won"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAmountKorean(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAmount("1조 5000억 원"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFigure(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFigure("an estimated 1.5 trillion won ($1.2 billion)"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindFiguresNIS(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(nisParagraph)))
	for b.Loop() {
		if len(FindFigures(nisParagraph)) != 3 {
			b.Fatal("want 3 figures")
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	won := MustNewAmount("1500000000000", KRW)
	dollars := MustNewAmount("1200000000", USD)
	for _, bc := range []struct {
		name  string
		a     Amount
		tag   language.Tag
		style Style
	}{
		{"Full/en/USD", dollars, language.English, Full},
		{"Full/ko/KRW", won, language.Korean, Full},
		{"Short/en/USD", dollars, language.English, Short},
		{"Long/en/KRW", won, language.English, Long},
		{"Long/ko/KRW", won, language.Korean, Long},
		{"Full/de/USD", dollars, language.German, Full},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if Format(bc.a, bc.tag, bc.style) == "" {
					b.Fatal("empty")
				}
			}
		})
	}
}
