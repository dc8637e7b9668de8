package currency_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpledger/kpledger/currency"
)

func ExampleParseCurrency() {
	c, err := currency.ParseCurrency("krw")
	fmt.Println(c, c.Scale(), c == currency.KRW, err)
	usd := currency.USD
	fmt.Println(usd, usd.Scale())
	_, err = currency.ParseCurrency("WON")
	fmt.Println(err)
	// Output:
	// KRW 0 true <nil>
	// USD 2
	// currency: unknown currency "WON": not in the ISO 4217 table
}

func ExampleCurrency() {
	// The zero Currency is XXX, "no currency".
	var c currency.Currency
	fmt.Println(c, c.Valid())
	fmt.Println(currency.KPW, currency.KPW.Unit())
	// Output:
	// XXX true
	// KPW KPW
}

func ExampleNewAmount() {
	won, err := currency.NewAmount("1.5e12", currency.KRW)
	fmt.Println(won, err)
	dollars := currency.MustNewAmount("1200000000", currency.USD)
	fmt.Println(dollars)
	_, err = currency.NewAmount("1,000", currency.USD)
	fmt.Println(err)
	_, err = currency.NewAmount("1e40", currency.USD)
	fmt.Println(errors.Is(err, currency.ErrOutOfRange))
	// Output:
	// KRW 1500000000000 <nil>
	// USD 1200000000.00
	// currency: NewAmount("1,000", USD): not a decimal number: unexpected ',' at byte 1
	// true
}

func ExampleAmount_Add() {
	thisYear := currency.MustNewAmount("800000000000", currency.KRW)
	before := currency.MustNewAmount("700000000000", currency.KRW)
	total, err := thisYear.Add(before)
	fmt.Println(total, err)

	// Adding dollars to won is an error, never a silent wrong answer.
	_, err = total.Add(currency.MustNewAmount("1200000000", currency.USD))
	fmt.Println(err)
	fmt.Println(errors.Is(err, currency.ErrCurrencyMismatch))
	// Output:
	// KRW 1500000000000 <nil>
	// currency: Add: currency mismatch: KRW and USD
	// true
}

func ExampleAmount_Add_sum() {
	// The zero Amount adds to an amount of any currency, so a running sum
	// can start from it.
	var sum currency.Amount
	for _, v := range []string{"620000000", "100000000", "100000000"} {
		sum, _ = sum.Add(currency.MustNewAmount(v, currency.USD))
	}
	fmt.Println(sum)
	// Output:
	// USD 820000000.00
}

func ExampleAmount_Allocate() {
	// Split $100 three ways, 1:1:1: no cent is lost or invented.
	parts, _ := currency.MustNewAmount("100", currency.USD).Allocate(1, 1, 1)
	fmt.Println(parts)
	sum, _ := currency.Sum(parts...)
	fmt.Println(sum)
	// Output:
	// [USD 33.34 USD 33.33 USD 33.33]
	// USD 100.00
}

func ExampleAmount_Round() {
	a := currency.MustNewAmount("1.005", currency.USD)
	fmt.Println(a, a.Round(currency.HalfEven), a.Round(currency.HalfUp), a.Round(currency.Up))
	// Output:
	// USD 1.005 USD 1.00 USD 1.01 USD 1.01
}

func ExampleAmount_Equal() {
	// == compares representations; Equal compares values.
	a := currency.MustNewAmount("1500", currency.KRW)
	b := currency.MustNewAmount("1500.0", currency.KRW)
	fmt.Println(a.Equal(b), a == b)
	// Output:
	// true false
}

func ExampleAmount_MarshalJSON() {
	b, _ := currency.MustNewAmount("1200000000", currency.USD).MarshalJSON()
	fmt.Println(string(b))
	var a currency.Amount
	err := a.UnmarshalJSON([]byte(`{"amount":626000000,"currency":"USD"}`))
	fmt.Println(a, err)
	// Output:
	// {"amount":"1200000000.00","currency":"USD"}
	// USD 626000000.00 <nil>
}

func ExampleRates_Convert() {
	nis := currency.MustNewAmount("1500000000000", currency.KRW)
	day := time.Date(2022, time.December, 22, 0, 0, 0, 0, time.UTC)

	// The shipped 2022 annual average (Federal Reserve G.5A).
	usd, rate, err := currency.AnnualKRWUSD().Convert(nis, currency.USD, day)
	fmt.Println(usd, err)
	fmt.Println(rate, rate.Status)

	// The New York noon rate of the day itself.
	usd, rate, _ = currency.DailyKRWUSD().Convert(nis, currency.USD, day)
	fmt.Println(usd)
	fmt.Println(rate)

	// A rate of your own, for one day; any other day is an error.
	mine, _ := currency.NewRate("USD", "KRW", "1250", "2022-12-01", "Day", "my notes")
	_, _, err = currency.MustNewRates(mine).Convert(nis, currency.USD, time.Date(2022, 12, 2, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)

	// The shipped averages end with 2025: 2026 is an error, not a stale rate.
	_, _, err = currency.AnnualKRWUSD().Convert(nis, currency.USD, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err, errors.Is(err, currency.ErrNotCovered))
	// Output:
	// USD 1161188797.22 <nil>
	// 0.000774125864815 USD per KRW for 2022 Primary
	// USD 1175843471.72
	// 0.000783895647811 USD per KRW on 2022-12-22
	// currency: Convert KRW 1500000000000 to USD: no rate for 2022-12-02: KRW per USD rates cover the days 2022-12-01
	// currency: Convert KRW 1500000000000 to USD: no rate for 2026-03-01: KRW per USD rates cover the years 2010–2025 true
}

func ExampleRates_ConvertWithLatestEarlierRate() {
	// Asked in so many words, the latest earlier rate, which says its year.
	a := currency.MustNewAmount("1000000", currency.USD)
	krw, rate, err := currency.AnnualKRWUSD().ConvertWithLatestEarlierRate(a, currency.KRW, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(krw, err)
	fmt.Println(rate)
	// Output:
	// KRW 1421396300 <nil>
	// 1,421.3963 KRW per USD for 2025
}

func ExampleAnnualAverages() {
	// Euros are quoted in dollars per euro, as the Federal Reserve prints
	// them; Convert divides by the rate going the other way.
	rates := currency.AnnualAverages()
	eur, rate, _ := rates.Convert(currency.MustNewAmount("1000", currency.USD), currency.EUR, time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(eur)
	fmt.Println(rate)
	// Yen to won crosses through the dollar.
	krw, rate, _ := rates.Convert(currency.MustNewAmount("58000000000", currency.JPY), currency.KRW, time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(krw)
	fmt.Println(rate)
	// 2016 is missing from the reference for the yen.
	_, _, err := rates.Convert(currency.MustNewAmount("1", currency.JPY), currency.USD, time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	// Output:
	// EUR 949.31
	// 0.949307005886 EUR per USD for 2022
	// KRW 569936434886
	// 9.82649025665 KRW per JPY for 2022
	// currency: Convert JPY 1 to USD: no rate for 2016-06-01: JPY per USD rates cover the years 2012–2015 and 2017–2023
}

func ExampleRate_String() {
	r, _ := currency.NewRate("USD", "KRW", "1250", "2022", "Year", "implied by the NIS figures")
	fmt.Println(r)
	inv, _ := r.Inverse()
	fmt.Println(inv)
	// Output:
	// 1,250 KRW per USD for 2022
	// 0.0008 USD per KRW for 2022
}

func ExampleTotals() {
	// Losses as first reported, in their own currencies.
	var t currency.Totals
	t.Add(currency.MustNewAmount("58000000000", currency.JPY))
	t.Add(currency.MustNewAmount("35000000000", currency.KRW))
	t.Add(currency.MustNewAmount("620000000", currency.USD))
	t.Add(currency.MustNewAmount("100000000", currency.USD))
	for a := range t.All() {
		fmt.Println(a)
	}

	// Totals merge exactly: split the work, combine the parts.
	var other currency.Totals
	other.Add(currency.MustNewAmount("1", currency.USD))
	t.Merge(other)
	fmt.Println(t.Get(currency.USD))

	// Everything in won at the 2022 annual average needs a JPY rate too.
	_, err := t.In(currency.KRW, currency.AnnualKRWUSD(), time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	// InPartial converts what it can and says what it could not.
	p, _ := t.InPartial(currency.KRW, currency.AnnualKRWUSD(), time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(p.Total)
	for _, u := range p.Unconverted {
		fmt.Println(u.Amount, "not converted:", errors.Is(u.Err, currency.ErrNoPair))
	}
	// Output:
	// JPY 58000000000
	// KRW 35000000000
	// USD 720000000.00
	// USD 720000001.00
	// currency: Convert JPY 58000000000 to KRW: the table has no JPY rate
	// KRW 965081313292
	// JPY 58000000000 not converted: true
}

func ExampleFigure_ImpliedRate() {
	f := currency.Figure{
		Qualifier:  currency.About,
		Amount:     currency.MustNewAmount("1500000000000", currency.KRW),
		Equivalent: currency.MustNewAmount("1200000000", currency.USD),
	}
	r, _ := f.ImpliedRate()
	fmt.Println(f)
	fmt.Println(r.From, r.To, r.Value)
	// Output:
	// about KRW 1500000000000 (USD 1200000000.00)
	// USD KRW 1250
}

func ExampleSum() {
	total, err := currency.Sum(
		currency.MustNewAmount("620000000", currency.USD),
		currency.MustNewAmount("100000000", currency.USD),
	)
	fmt.Println(total, err)
	_, err = currency.Sum(total, currency.MustNewAmount("58000000000", currency.JPY))
	fmt.Println(err)
	// Output:
	// USD 720000000.00 <nil>
	// currency: Add: currency mismatch: USD and JPY
}

func ExampleYearEndKRWUSD() {
	// A year-end rate stands for its day; for a later day, ask for the
	// latest earlier rate in so many words.
	one := currency.MustNewAmount("1", currency.USD)
	_, _, err := currency.YearEndKRWUSD().Convert(one, currency.KRW, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(errors.Is(err, currency.ErrNotCovered))
	_, r, _ := currency.YearEndKRWUSD().ConvertWithLatestEarlierRate(one, currency.KRW, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(r)
	// Output:
	// true
	// 1,260.18 KRW per USD on 2022-12-30
}

func ExampleTotals_MarshalBinary() {
	// A partial total shipped from one machine to another loses nothing.
	var part currency.Totals
	part.Add(currency.MustNewAmount("620000000", currency.USD))
	part.Add(currency.MustNewAmount("0.10", currency.JPY))
	b, err := part.MarshalBinary()
	fmt.Println(len(b), err)

	var received currency.Totals
	err = received.UnmarshalBinary(b)
	fmt.Println(received, err)

	var total currency.Totals
	total.Add(currency.MustNewAmount("100000000", currency.USD))
	total.Merge(received)
	fmt.Println(total, total.Equal(received))
	// Output:
	// 18 <nil>
	// JPY 0.10, USD 620000000.00 <nil>
	// JPY 0.10, USD 720000000.00 false
}
