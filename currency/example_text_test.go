package currency_test

import (
	"errors"
	"fmt"

	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// nis summarizes, in the project's own words, the December 2022 report of
// South Korea's National Intelligence Service, with its figures in the forms
// the press printed them.
const nis = "In a December 2022 report, South Korea's National Intelligence Service (NIS) put the virtual assets North Korean hackers had taken since 2017 at an estimated 1.5 trillion won ($1.2 billion): about 800 billion won ($626 million) in 2022 alone, and more than 100 billion won ($78 million) from South Korean victims. Under the UN sanctions of 2016–17, North Korea's coal, textile and seafood exports are prohibited, and states must send North Korean workers home."

func ExampleParseAmount() {
	for _, s := range []string{
		"1.5 trillion won",
		"$626M",
		"US$78 million",
		"1조 5000억 원",
		"6억2600만 달러",
		"5 North Korean won",
		"1.234 billion won",
	} {
		a, err := currency.ParseAmount(s)
		fmt.Println(a, err)
	}
	_, err := currency.ParseAmount("1만 5억 원")
	fmt.Println(err)
	var pe *currency.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Offset, pe.Reason)
	}
	// Output:
	// KRW 1500000000000 <nil>
	// USD 626000000.00 <nil>
	// USD 78000000.00 <nil>
	// KRW 1500000000000 <nil>
	// USD 626000000.00 <nil>
	// KPW 5 <nil>
	// KRW 1234000000 <nil>
	// currency: cannot parse "1만 5억 원" at byte 6: Korean unit 억 after 만: units must get smaller
	// 6 Korean unit 억 after 만: units must get smaller
}

func ExampleParseFigure() {
	f, err := currency.ParseFigure("an estimated 1.5 trillion won ($1.2 billion)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Qualifier, f.Amount, f.Equivalent)
	r, _ := f.ImpliedRate()
	fmt.Println(r.From, r.To, r.Value)

	k, _ := currency.ParseFigure("1000억원 이상(7800만 달러)")
	fmt.Println(k)
	// Output:
	// about KRW 1500000000000 USD 1200000000.00
	// USD KRW 1250
	// more than KRW 100000000000 (USD 78000000.00)
}

func ExampleFindFigures() {
	for _, m := range currency.FindFigures(nis) {
		r, _ := m.Figure.ImpliedRate()
		fmt.Printf("%q\n\t%v, %s KRW per USD\n", nis[m.Start:m.End], m.Figure, r.Value.StringFixed(0))
	}
	// Output:
	// "an estimated 1.5 trillion won ($1.2 billion)"
	// 	about KRW 1500000000000 (USD 1200000000.00), 1250 KRW per USD
	// "about 800 billion won ($626 million)"
	// 	about KRW 800000000000 (USD 626000000.00), 1278 KRW per USD
	// "more than 100 billion won ($78 million)"
	// 	more than KRW 100000000000 (USD 78000000.00), 1282 KRW per USD
}

func ExampleFormat() {
	won := currency.MustNewAmount("1500000000000", currency.KRW)
	dollars := currency.MustNewAmount("626000000", currency.USD)
	for _, tag := range []language.Tag{language.English, language.Korean} {
		for _, style := range []currency.Style{currency.Full, currency.Short, currency.Long} {
			fmt.Printf("%v %-5v %s | %s\n", tag, style, currency.Format(won, tag, style), currency.Format(dollars, tag, style))
		}
	}
	// Output:
	// en Full  ₩1,500,000,000,000 | $626,000,000.00
	// en Short ₩1.5T | $626M
	// en Long  1.5 trillion won | $626 million
	// ko Full  ₩1,500,000,000,000 | US$626,000,000.00
	// ko Short ₩1.5조 | US$6.26억
	// ko Long  1조 5000억 원 | 6억 2600만 달러
}

func ExampleFormat_otherLocales() {
	a := currency.MustNewAmount("1234567.5", currency.EUR)
	fmt.Println(currency.Format(a, language.German, currency.Full))
	fmt.Println(currency.Format(a, language.Hindi, currency.Full))
	fmt.Println(currency.Format(a, language.German, currency.Long))
	// Output:
	// €1.234.567,50
	// €12,34,567.50
	// €1,23 million
}

func ExampleMaxSignificant() {
	a := currency.MustNewAmount("1234567890", currency.KRW)
	fmt.Println(currency.Format(a, language.English, currency.Long))
	fmt.Println(currency.Format(a, language.English, currency.Long, currency.MaxSignificant(6)))
	fmt.Println(currency.Format(a, language.Korean, currency.Long, currency.MaxSignificant(6)))
	// Output:
	// 1.23 billion won
	// 1.23457 billion won
	// 12억 3457만 원
}

func ExampleParseFigure_range() {
	for _, s := range []string{
		"between $630 million and more than $1 billion",
		"2억~3억달러",
		"$1.3-1.5 billion",
		"1조~2조 원(약 8억~16억 달러)",
	} {
		f, err := currency.ParseFigure(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(f.IsRange(), f)
	}
	// Output:
	// true USD 630000000.00 to more than USD 1000000000.00
	// true USD 200000000.00 to USD 300000000.00
	// true USD 1300000000.00 to USD 1500000000.00
	// true KRW 1000000000000 to KRW 2000000000000 (about USD 800000000.00 to USD 1600000000.00)
}

// 여 after a Korean unit means "more than"; particles after the currency
// word are left out of the match unless a verb of comparison follows.
func ExampleFindFigures_korean() {
	text := "정보당국은 피해액이 4조 3천억여 원으로, 이 중 5천7백여억 원이 가상자산이고 2조 원이 넘는 돈이 세탁됐다고 밝혔다."
	for _, m := range currency.FindFigures(text) {
		fmt.Printf("%q: %v\n", text[m.Start:m.End], m.Figure)
	}
	// Output:
	// "4조 3천억여 원": more than KRW 4300000000000
	// "5천7백여억 원": more than KRW 570000000000
	// "2조 원이 넘는": more than KRW 2000000000000
}

// Some Korean papers in English print won with a capital W. It is read as
// won only before a number with a scale word or grouped digits.
func ExampleParseAmount_capitalW() {
	for _, s := range []string{"W160 billion", "W5.2tn", "W50,000", "W5"} {
		a, err := currency.ParseAmount(s)
		fmt.Println(a, err)
	}
	// Output:
	// KRW 160000000000 <nil>
	// KRW 5200000000000 <nil>
	// KRW 50000 <nil>
	// XXX 0 currency: cannot parse "W5" at byte 0: W is won only before a number with a scale word or grouped digits
}

// Japanese and Korean reports print yen with 億 and 万 and the sign 円.
func ExampleParseAmount_yen() {
	for _, s := range []string{"480億円", "3千万円", "580억 엔"} {
		a, err := currency.ParseAmount(s)
		fmt.Println(a, err)
	}
	// Output:
	// JPY 48000000000 <nil>
	// JPY 30000000 <nil>
	// JPY 58000000000 <nil>
}

func ExampleFormatFigure() {
	for _, s := range []string{
		"약 6억6050만 달러",
		"an estimated 1.5 trillion won ($1.2 billion)",
		"5000만 달러(약 600억 원) 이상",
		"between $630 million and more than $1 billion",
	} {
		f, _ := currency.ParseFigure(s)
		fmt.Printf("%s | %s\n", currency.FormatFigure(f, language.English), currency.FormatFigure(f, language.Korean))
	}
	// Output:
	// about $660.5 million | 약 6억 6050만 달러
	// about 1.5 trillion won ($1.2 billion) | 약 1조 5000억 원(12억 달러)
	// more than $50 million (about 60 billion won) | 5000만 달러 이상(약 600억 원)
	// $630 million to more than $1 billion | 6억 3000만 달러~10억 달러 이상
}

func ExampleFigure_ImpliedRate_small() {
	f, _ := currency.ParseFigure("1 won ($100 trillion)")
	r, _ := f.ImpliedRate()
	fmt.Println(r.Value, "won per dollar: 12 significant digits, not 12 fraction digits")
	// Output:
	// 0.00000000000001 won per dollar: 12 significant digits, not 12 fraction digits
}
