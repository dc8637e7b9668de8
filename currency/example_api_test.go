package currency_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// The main path: a figure read as a source printed it, its amount converted
// at the Federal Reserve's annual average for its year, and a total that
// keeps currencies apart until it is converted.
func Example() {
	f, err := currency.ParseFigure("about 800 billion won ($626 million)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f)

	briefing := time.Date(2022, time.December, 22, 0, 0, 0, 0, time.UTC)
	rates := currency.AnnualKRWUSD()
	usd, rate, err := rates.Convert(f.Amount, currency.USD, briefing)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(usd, "at", rate)

	var t currency.Totals
	t.Add(f.Amount)
	t.Add(currency.MustNewAmount("100000000", currency.USD))
	total, err := t.In(currency.USD, rates, briefing)
	fmt.Println(t, "=", total, err)
	// Output:
	// about KRW 800000000000 (USD 626000000.00)
	// USD 619300691.85 at 0.000774125864815 USD per KRW for 2022
	// KRW 800000000000, USD 100000000.00 = USD 719300691.85 <nil>
}

// The package's enumerations print their text names, which their JSON
// forms use too, and reading a name outside the list is an error. Errors are
// typed: a *MismatchError for amounts of two currencies, a *NoRateError for
// a conversion the table cannot make, a *ParseError for text that cannot be
// read; each wraps the sentinel to test with errors.Is.
func ExampleQualifier() {
	for _, v := range []fmt.Stringer{currency.About, currency.HalfUp, currency.Year, currency.Primary, currency.Short} {
		fmt.Printf("%T: %v\n", v, v)
	}
	var q currency.Qualifier
	fmt.Println(q.UnmarshalText([]byte("roughly speaking")))

	_, err := currency.MustNewAmount("1", currency.USD).Add(currency.MustNewAmount("1", currency.KRW))
	var mismatch *currency.MismatchError
	fmt.Println(errors.As(err, &mismatch), errors.Is(err, currency.ErrCurrencyMismatch), err)

	_, _, err = currency.AnnualKRWUSD().Convert(currency.MustNewAmount("1000", currency.KRW), currency.USD,
		time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC))
	var noRate *currency.NoRateError
	if errors.As(err, &noRate) {
		fmt.Println(noRate.Coverage, "|", errors.Is(err, currency.ErrNoRate))
	}

	_, err = currency.ParseAmount("12 zorkmids")
	var pe *currency.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("offset %d: %s\n", pe.Offset, pe.Reason)
	}
	// Output:
	// currency.Qualifier: about
	// currency.RoundingMode: HalfUp
	// currency.Span: Year
	// currency.Status: Primary
	// currency.Style: Short
	// currency: unknown qualifier "roughly speaking"
	// true true currency: Add: currency mismatch: USD and KRW
	// KRW per USD rates cover the years 2010–2025 | true
	// offset 3: no currency: unknown word "zorkmids"
}

// AmountOf takes a decimal the caller computed, such as a per-person share,
// as it is; Round then brings it to the currency's scale.
func ExampleAmountOf() {
	share := decimal.RequireFromString("1000000").Div(decimal.NewFromInt(3))
	a := currency.AmountOf(share, currency.USD)
	fmt.Println(a.Decimal().StringFixed(4), "->", a.Round(currency.HalfEven))
	// Output:
	// 333333.3333 -> USD 333333.33
}

func ExampleMustNewAmount() {
	fmt.Println(currency.MustNewAmount("1200000000", currency.USD), currency.MustNewAmount("58000000000", currency.JPY))
	// Output:
	// USD 1200000000.00 JPY 58000000000
}

func ExampleMustParseAmount() {
	fmt.Println(currency.MustParseAmount("USD 1,200,000.50"))
	// Output:
	// USD 1200000.50
}

func ExampleMustParseCurrency() {
	c := currency.MustParseCurrency("KRW")
	fmt.Println(c, c == currency.KRW)
	// Output:
	// KRW true
}

// A rate of your own, from strings, checked.
func ExampleNewRate() {
	r, err := currency.NewRate("USD", "KRW", "1291.7796", "2022", "Year", "Federal Reserve G.5A")
	fmt.Println(r, err)
	_, err = currency.NewRate("USD", "KRW", "1291.7796", "2022", "Month", "mine")
	fmt.Println(err)
	// Output:
	// 1,291.7796 KRW per USD for 2022 <nil>
	// currency: NewRate: span: currency: unknown span "Month", want Day or Year
}

// A table of your own rates; a day no rate covers is an error, never a
// nearby rate.
func ExampleNewRates() {
	r1, _ := currency.NewRate("EUR", "USD", "1.1083", "2023-07-24", "Day", "H.10")
	r2, _ := currency.NewRate("USD", "JPY", "141.19", "2023-07-24", "Day", "H.10")
	rates, err := currency.NewRates(r1, r2)
	if err != nil {
		fmt.Println(err)
		return
	}
	day := time.Date(2023, time.July, 24, 0, 0, 0, 0, time.UTC)
	usd, _, err := rates.Convert(currency.MustNewAmount("13000000", currency.EUR), currency.USD, day)
	fmt.Println(usd, err)
	_, _, err = rates.Convert(currency.MustNewAmount("13000000", currency.EUR), currency.USD, day.AddDate(0, 0, 1))
	fmt.Println(err)

	_, err = currency.NewRates(r2, mustInverse(r2))
	fmt.Println(err)
	// Output:
	// USD 14407900.00 <nil>
	// currency: Convert EUR 13000000.00 to USD: no rate for 2023-07-25: USD per EUR rates cover the days 2023-07-24
	// currency: NewRates: two rates of JPY and USD cover 2023-07-24: 141.19 JPY per USD on 2023-07-24 (H.10) and 0.00708265457894 USD per JPY on 2023-07-24 (inverse of H.10)
}

func ExampleMustNewRates() {
	r, _ := currency.NewRate("USD", "KRW", "1275.68", "2022-12-22", "Day", "FRED DEXKOUS")
	rates := currency.MustNewRates(r)
	fmt.Println(rates.Len(), rates.All()[0])
	// Output:
	// 1 1,275.68 KRW per USD on 2022-12-22
}

// The annual averages cover 2010–2025; a day in 2026 is an error that says
// which years are covered.
func ExampleAnnualKRWUSD() {
	rates := currency.AnnualKRWUSD()
	fmt.Println(rates.Len(), "rates")
	won := currency.MustNewAmount("800000000000", currency.KRW)
	for _, y := range []int{2022, 2026} {
		usd, rate, err := rates.Convert(won, currency.USD, time.Date(y, time.June, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(usd, "at", rate)
	}
	// Output:
	// 16 rates
	// USD 619300691.85 at 0.000774125864815 USD per KRW for 2022
	// currency: Convert KRW 800000000000 to USD: no rate for 2026-06-01: KRW per USD rates cover the years 2010–2025
}

// The noon rates of the incident days only: it is not a daily series.
func ExampleDailyKRWUSD() {
	rates := currency.DailyKRWUSD()
	won := currency.MustNewAmount("800000000000", currency.KRW)
	for _, d := range []int{22, 23} {
		usd, rate, err := rates.Convert(won, currency.USD, time.Date(2022, time.December, d, 0, 0, 0, 0, time.UTC))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(usd, "at", rate)
	}
	// Output:
	// USD 627116518.25 at 0.000783895647811 USD per KRW on 2022-12-22
	// currency: Convert KRW 800000000000 to USD: no rate for 2022-12-23: KRW per USD rates cover the days 2016-02-04, 2017-04-21, 2017-04-24 and 21 more, the last 2025-02-21
}

// Every noon rate the reference has: on 2023-07-24 the H.10 release's other
// currencies too, so a yen amount converts on that day.
func ExampleDailyNoon() {
	day := time.Date(2023, time.July, 24, 0, 0, 0, 0, time.UTC)
	usd, rate, err := currency.DailyNoon().Convert(currency.MustNewAmount("1000000000", currency.JPY), currency.USD, day)
	fmt.Println(usd, "at", rate, err)
	// Output:
	// USD 7082654.58 at 0.00708265457894 USD per JPY on 2023-07-24 <nil>
}

// InPartial converts what the rates cover and lists the rest with the
// reason, so one missing rate does not lose the whole total.
func ExampleTotals_InPartial() {
	var t currency.Totals
	t.Add(currency.MustNewAmount("35000000000", currency.KRW))
	t.Add(currency.MustNewAmount("58000000000", currency.JPY))
	t.Add(currency.MustNewAmount("10000000", currency.USD))
	p, err := t.InPartial(currency.USD, currency.AnnualKRWUSD(), time.Date(2018, time.June, 19, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range p.Converted {
		fmt.Println(c.Amount, "=", c.Converted)
	}
	for _, u := range p.Unconverted {
		fmt.Println(u.Amount, "not converted:", u.Err)
	}
	fmt.Println("total:", p.Total)
	// Output:
	// KRW 35000000000 = USD 31838656.97
	// USD 10000000.00 = USD 10000000.00
	// JPY 58000000000 not converted: currency: Convert JPY 58000000000 to USD: the table has no JPY rate
	// total: USD 41838656.97
}

func mustInverse(r currency.Rate) currency.Rate {
	inv, err := r.Inverse()
	if err != nil {
		panic(err)
	}
	return inv
}

// Split shares an amount out without losing or inventing a minor unit: the
// earlier parts get the extra cents.
func ExampleAmount_Split() {
	parts, err := currency.MustNewAmount("100", currency.USD).Split(3)
	fmt.Println(parts, err)
	won, _ := currency.MustNewAmount("1000", currency.KRW).Split(6)
	fmt.Println(won)
	// Output:
	// [USD 33.34 USD 33.33 USD 33.33] <nil>
	// [KRW 167 KRW 167 KRW 167 KRW 167 KRW 166 KRW 166]
}

// Mul is exact and does not round; Round does, when asked.
func ExampleAmount_Mul() {
	a := currency.MustNewAmount("1200000000", currency.USD)
	share, err := a.Mul(decimal.RequireFromString("0.61"))
	fmt.Println(share, err)
	third, _ := currency.MustNewAmount("100", currency.USD).Mul(decimal.RequireFromString("0.333"))
	fmt.Println(third, third.Round(currency.HalfEven))
	// Output:
	// USD 732000000.00 <nil>
	// USD 33.300 USD 33.30
}

// Amounts of two currencies do not compare: the error says so, rather
// than a guess.
func ExampleAmount_Cmp() {
	a := currency.MustNewAmount("626000000", currency.USD)
	c, err := a.Cmp(currency.MustNewAmount("620000000", currency.USD))
	fmt.Println(c, err)
	_, err = a.Cmp(currency.MustNewAmount("800000000000", currency.KRW))
	fmt.Println(err)
	// Output:
	// 1 <nil>
	// currency: Cmp: currency mismatch: USD and KRW
}

// An inverse rate's Value is rounded for display only; conversions divide
// by the stored rate.
func ExampleRate_Inverse() {
	r, _ := currency.NewRate("USD", "KRW", "1291.7796", "2022", "Year", "Federal Reserve G.5A")
	inv, err := r.Inverse()
	fmt.Println(inv, err)
	fmt.Println(inv.Source)
	// Output:
	// 0.000774125864815 USD per KRW for 2022 <nil>
	// inverse of Federal Reserve G.5A
}

// Two tables merge when they do not both cover one pair on a day: the
// daily and the annual won rates do, and mixing them would mix bases.
func ExampleRates_Merge() {
	daily := currency.DailyKRWUSD()
	annual := currency.AnnualKRWUSD()
	_, err := daily.Merge(annual)
	fmt.Println(err)
	r, _ := currency.NewRate("USD", "JPY", "141.19", "2023-07-24", "Day", "H.10")
	merged, err := annual.Merge(currency.MustNewRates(r))
	fmt.Println(merged.Len(), err)
	// Output:
	// currency: NewRates: two rates of KRW and USD cover 2016-02-04: 1,159.3422 KRW per USD for 2016 (annual average: FRED AEXKOUS (= Federal … (202 bytes)) and 1,186.11 KRW per USD on 2016-02-04 (daily: FRED DEXKOUS (Federal Reserve H.1… (130 bytes))
	// 17 <nil>
}

// MinorUnits gives an amount as a whole number of its currency's minor
// units, for a database column of cents or won.
func ExampleAmount_MinorUnits() {
	for _, a := range []currency.Amount{
		currency.MustNewAmount("48500000", currency.USD),
		currency.MustNewAmount("1.500", currency.USD),
		currency.MustNewAmount("1.5e12", currency.KRW),
		currency.MustNewAmount("0.005", currency.USD),
	} {
		n, ok := a.MinorUnits()
		fmt.Println(a, n, ok)
	}
	// Output:
	// USD 48500000.00 4850000000 true
	// USD 1.500 150 true
	// KRW 1500000000000 1500000000000 true
	// USD 0.005 0 false
}
