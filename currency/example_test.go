package currency_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
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
	fmt.Println(rate)

	// The New York noon rate of the day itself.
	usd, rate, _ = currency.DailyKRWUSD().Convert(nis, currency.USD, day)
	fmt.Println(usd)
	fmt.Println(rate)

	// A table of your own; a day before its first rate is an error.
	mine := currency.MustNewRates(currency.Rate{
		From: currency.USD, To: currency.KRW, Value: decimal.RequireFromString("1250"),
		Date: time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC), Source: "my notes",
	})
	_, _, err = mine.Convert(nis, currency.USD, time.Date(2022, 11, 30, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	// Output:
	// USD 1161188797.22 <nil>
	// KRW/USD 0.000774125865 on 2022-01-01
	// USD 1175843471.72
	// KRW/USD 0.000783895648 on 2022-12-22
	// currency: Convert KRW 1500000000000 to USD: no rate on or before 2022-11-30
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
	// Output:
	// JPY 58000000000
	// KRW 35000000000
	// USD 720000000.00
	// USD 720000001.00
	// currency: Convert JPY 58000000000 to KRW: no rate on or before 2022-06-01
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
	// The last New York noon rate of 2022, used for any day until the next
	// year-end.
	_, r, _ := currency.YearEndKRWUSD().Convert(currency.MustNewAmount("1", currency.USD), currency.KRW,
		time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(r)
	// Output:
	// USD/KRW 1260.18 on 2022-12-30
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
