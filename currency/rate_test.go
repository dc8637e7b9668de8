package currency

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// rate is a Year rate if d is 1 January, else a Day rate.
func rate(from, to Currency, v string, d time.Time, src string) Rate {
	sp := Day
	if d.Month() == time.January && d.Day() == 1 {
		sp = Year
	}
	return Rate{From: from, To: to, Value: decimal.RequireFromString(v), Date: d, Span: sp, Source: src}
}

func dayRate(from, to Currency, v string, d time.Time, src string) Rate {
	r := rate(from, to, v, d, src)
	r.Span = Day
	return r
}

func TestNewRatesErrors(t *testing.T) {
	d := date(2022, 1, 1)
	noSpan := rate(USD, KRW, "1", d, "x")
	noSpan.Span = SpanUnknown
	midYear := rate(USD, KRW, "1", date(2022, 6, 1), "x")
	midYear.Span = Year
	badStatus := rate(USD, KRW, "1", d, "x")
	badStatus.Status = 9
	tests := []struct {
		name  string
		rates []Rate
		msg   string
	}{
		{"zero", []Rate{rate(USD, KRW, "0", d, "x")}, "must be positive"},
		{"negative", []Rate{rate(USD, KRW, "-1", d, "x")}, "must be positive"},
		{"same currency", []Rate{rate(USD, USD, "1", d, "x")}, "both USD"},
		{"no currency", []Rate{rate(XXX, USD, "1", d, "x")}, "need two ISO currencies"},
		{"no date", []Rate{rate(USD, KRW, "1", time.Time{}, "x")}, "no date"},
		{"no span", []Rate{noSpan}, "say what time the rate stands for"},
		{"year not from January", []Rate{midYear}, "starts on 1 January"},
		{"undefined status", []Rate{badStatus}, "Status(9)"},
		{"huge value", []Rate{{From: USD, To: KRW, Value: decimal.New(1, 2147483647), Date: d, Span: Year}}, "digits before the decimal point"},
		{"tiny value", []Rate{{From: USD, To: KRW, Value: decimal.New(1, -40), Date: d, Span: Year}}, "digits after the decimal point"},
		{"conflict", []Rate{rate(USD, KRW, "1200", d, "a"), rate(USD, KRW, "1201", d, "b")}, "two rates of KRW and USD cover 2022-01-01"},
		{"day inside a year", []Rate{rate(USD, KRW, "1200", d, "a"), dayRate(USD, KRW, "1201", date(2022, 5, 3), "b")}, "cover 2022-05-03"},
		{"both directions", []Rate{rate(USD, KRW, "1250", d, "a"), rate(KRW, USD, "0.0008", d, "b")}, "two rates of KRW and USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewRates(tt.rates...)
			if err == nil || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "currency: NewRates: ") {
				t.Errorf("NewRates error = %v, want one mentioning %q", err, tt.msg)
			}
		})
	}
	// An exact duplicate is kept once; adjacent years and days are fine.
	r, err := NewRates(rate(USD, KRW, "1200", d, "a"), rate(USD, KRW, "1200.00", d, "a"),
		rate(USD, KRW, "1300", date(2023, 1, 1), "b"), dayRate(USD, KRW, "1", date(2024, 1, 1), "c"), dayRate(USD, KRW, "2", date(2024, 1, 2), "c"))
	if err != nil || r.Len() != 4 {
		t.Errorf("duplicate: Len %d, err %v; want 4, nil", r.Len(), err)
	}
}

func TestNewRate(t *testing.T) {
	r, err := NewRate("usd", "KRW", "1291.7796", "2022", "Year", "G.5A")
	want := Rate{From: USD, To: KRW, Value: decimal.RequireFromString("1291.7796"), Date: date(2022, 1, 1), Span: Year, Source: "G.5A"}
	if err != nil || !r.Equal(want) {
		t.Errorf("NewRate = %v, %v; want %v", r, err, want)
	}
	r, err = NewRate("USD", "KRW", "1275.68", "2022-12-22", "Day", "DEXKOUS")
	if err != nil || r.String() != "1,275.68 KRW per USD on 2022-12-22" {
		t.Errorf("NewRate day = %v, %v", r, err)
	}
	for _, tc := range []struct {
		name                              string
		from, to, value, day, span, where string
	}{
		{"bad from", "WON", "USD", "1", "2022", "Year", "from"},
		{"bad to", "USD", "", "1", "2022", "Year", "to"},
		{"same", "USD", "USD", "1", "2022", "Year", "both USD"},
		{"value", "USD", "KRW", "1,250", "2022", "Year", "value"},
		{"zero", "USD", "KRW", "0", "2022", "Year", "positive"},
		{"too large", "USD", "KRW", "1e31", "2022", "Year", "digits before"},
		{"long value", "USD", "KRW", "1." + strings.Repeat("1", 100000), "2022", "Year", "bytes)"},
		{"span", "USD", "KRW", "1", "2022", "annual", "span"},
		{"day", "USD", "KRW", "1", "22-12-2022", "Day", "day"},
		{"year for a day", "USD", "KRW", "1", "2022", "Day", "day"},
		{"year mid-year", "USD", "KRW", "1", "2022-06-01", "Year", "1 January"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRate(tc.from, tc.to, tc.value, tc.day, tc.span, "s")
			if err == nil || !strings.Contains(err.Error(), tc.where) || len(err.Error()) > 300 {
				t.Errorf("NewRate(%q, %q, %s, %q, %q) error = %v, want a short one mentioning %q", tc.from, tc.to, clip(tc.value), tc.day, tc.span, err, tc.where)
			}
		})
	}
}

func TestRateString(t *testing.T) {
	tests := []struct {
		r    Rate
		want string
	}{
		{rate(USD, KRW, "1291.7796", date(2022, 1, 1), ""), "1,291.7796 KRW per USD for 2022"},
		{dayRate(USD, KRW, "1275.68", date(2022, 12, 22), ""), "1,275.68 KRW per USD on 2022-12-22"},
		{rate(EUR, USD, "1.0534", date(2022, 1, 1), ""), "1.0534 USD per EUR for 2022"},
		{Rate{From: USD, To: KRW, Value: decimal.RequireFromString("1250")}, "1,250 KRW per USD"},
		{Rate{From: USD, To: KRW, Value: decimal.RequireFromString("1234567.5")}, "1,234,567.5 KRW per USD"},
		{Rate{From: KRW, To: USD, Value: decimal.RequireFromString("0.000774125865")}, "0.000774125865 USD per KRW"},
		{Rate{From: USD, To: KRW, Value: decimal.RequireFromString("125")}, "125 KRW per USD"},
		{Rate{From: USD, To: KRW, Value: decimal.RequireFromString("-1250")}, "-1,250 KRW per USD"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("Rate.String() = %q, want %q", got, tt.want)
		}
	}
}

func TestRateInverse(t *testing.T) {
	r := rate(USD, KRW, "1250", date(2022, 1, 1), "G.5A")
	r.Status = Primary
	inv, err := r.Inverse()
	want := Rate{From: KRW, To: USD, Value: decimal.RequireFromString("0.0008"), Date: date(2022, 1, 1), Span: Year, Status: Primary, Source: "inverse of G.5A"}
	if err != nil || !inv.Equal(want) {
		t.Errorf("Inverse = %v (%+v), %v; want %+v", inv, inv, err, want)
	}
	third, _ := rate(USD, KRW, "3", date(2022, 1, 1), "").Inverse()
	if got := third.Value.String(); got != "0.333333333333" {
		t.Errorf("Inverse of 3 = %s, want 12 significant digits 0.333333333333", got)
	}
	small, _ := rate(USD, KRW, "1e29", date(2022, 1, 1), "").Inverse()
	if got := small.Value.String(); got != "0.00000000000000000000000000001" {
		t.Errorf("Inverse of 1e29 = %s", got)
	}
	if _, err := (Rate{From: USD, To: KRW}).Inverse(); err == nil {
		t.Error("Inverse of a zero rate: no error")
	}
}

func TestConvert(t *testing.T) {
	rates := MustNewRates(
		rate(USD, KRW, "1200", date(2021, 1, 1), "r2021"),
		rate(USD, KRW, "1250", date(2022, 1, 1), "r2022"),
		rate(JPY, USD, "0.0075", date(2022, 1, 1), "jpy"),
		dayRate(EUR, USD, "1.05", date(2022, 7, 1), "eur"),
	)
	tests := []struct {
		name      string
		a         Amount
		to        Currency
		on        time.Time
		want      string
		rateValue string
		rateDate  time.Time
		span      Span
		source    string
	}{
		{"direct", MustNewAmount("1200000000", USD), KRW, date(2022, 12, 22), "KRW 1500000000000", "1250", date(2022, 1, 1), Year, "r2022"},
		{"first day of the year", MustNewAmount("1", USD), KRW, date(2022, 1, 1), "KRW 1250", "1250", date(2022, 1, 1), Year, "r2022"},
		{"last day of the year", MustNewAmount("1", USD), KRW, date(2021, 12, 31), "KRW 1200", "1200", date(2021, 1, 1), Year, "r2021"},
		{"time of day ignored", MustNewAmount("1", USD), KRW, time.Date(2022, 1, 1, 23, 59, 0, 0, time.UTC), "KRW 1250", "1250", date(2022, 1, 1), Year, "r2022"},
		{"inverse", MustNewAmount("1500000000000", KRW), USD, date(2022, 12, 22), "USD 1200000000.00", "0.0008", date(2022, 1, 1), Year, "inverse of r2022"},
		{"inverse rounds half-even", MustNewAmount("1", KRW), USD, date(2022, 12, 22), "USD 0.00", "0.0008", date(2022, 1, 1), Year, "inverse of r2022"},
		{"inverse tie to even", MustNewAmount("6.25", KRW), USD, date(2022, 12, 22), "USD 0.00", "0.0008", date(2022, 1, 1), Year, "inverse of r2022"},
		{"inverse tie up to even", MustNewAmount("18.75", KRW), USD, date(2022, 12, 22), "USD 0.02", "0.0008", date(2022, 1, 1), Year, "inverse of r2022"},
		{"cross", MustNewAmount("58000000000", JPY), KRW, date(2022, 3, 1), "KRW 543750000000", "9.375", date(2022, 1, 1), Year, "cross via USD: 0.0075 USD per JPY for 2022 (jpy); 1,250 KRW per USD for 2022 (r2022)"},
		{"cross with a day rate", MustNewAmount("1250", KRW), EUR, date(2022, 7, 1), "EUR 0.95", "0.000761904761905", date(2022, 7, 1), Day, "cross via USD: inverse of 1,250 KRW per USD for 2022 (r2022); inverse of 1.05 USD per EUR on 2022-07-01 (eur)"},
		{"same currency", MustNewAmount("5", KRW), KRW, date(2000, 1, 1), "KRW 5", "1", date(2000, 1, 1), Day, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r, err := rates.Convert(tt.a, tt.to, tt.on)
			if err != nil {
				t.Fatalf("Convert(%v, %v, %s): %v", tt.a, tt.to, tt.on.Format(time.DateOnly), err)
			}
			if got.String() != tt.want {
				t.Errorf("Convert(%v, %v) = %v, want %s", tt.a, tt.to, got, tt.want)
			}
			if !r.Value.Equal(decimal.RequireFromString(tt.rateValue)) || !r.Date.Equal(tt.rateDate) || r.Span != tt.span || r.Source != tt.source || r.From != tt.a.Currency() || r.To != tt.to {
				t.Errorf("rate used = %v %v from %q, want %s on %s %v from %q", r, r.Span, r.Source, tt.rateValue, tt.rateDate.Format(time.DateOnly), tt.span, tt.source)
			}
		})
	}
}

// TestConvertOneRounding is the double-rounding defect of issue 11: the
// exact quotient is just below USD 0.015, so exact half-even rounding
// gives USD 0.01; dividing to 40 digits first gave 0.0150…0 and then USD
// 0.02.
func TestConvertOneRounding(t *testing.T) {
	rates := MustNewRates(rate(USD, KRW, "300000000000000000000000000000", date(2022, 1, 1), "x"))
	a := MustNewAmount("4499999999999999999999999999.999999999999999999999999999999", KRW)
	got, _, err := rates.Convert(a, USD, date(2022, 6, 1))
	if err != nil || got.String() != "USD 0.01" {
		t.Errorf("Convert(%v, USD) = %v, %v; want USD 0.01", a, got, err)
	}
}

func TestConvertSpans(t *testing.T) {
	annual := AnnualKRWUSD()
	one := MustNewAmount("1", USD)
	for _, tc := range []struct {
		name  string
		table Rates
		a     Amount
		to    Currency
		on    time.Time
		is    error
		msg   string
	}{
		{"after the last year", annual, one, KRW, date(2026, 3, 1), ErrNotCovered, "currency: Convert USD 1.00 to KRW: no rate for 2026-03-01: KRW per USD rates cover the years 2010–2025"},
		{"before the first year", annual, one, KRW, date(2009, 12, 31), ErrNotCovered, "KRW per USD rates cover the years 2010–2025"},
		{"inverse after the last year", annual, MustNewAmount("1", KRW), USD, date(2026, 1, 1), ErrNotCovered, "KRW per USD rates cover the years 2010–2025"},
		{"a currency the table lacks", annual, MustNewAmount("58000000000", JPY), KRW, date(2022, 6, 1), ErrNoPair, "currency: Convert JPY 58000000000 to KRW: the table has no JPY rate"},
		{"to a currency the table lacks", annual, one, EUR, date(2022, 6, 1), ErrNoPair, "the table has no EUR rate"},
		{"a gap year", AnnualAverages(), MustNewAmount("1", JPY), USD, date(2016, 6, 1), ErrNotCovered, "JPY per USD rates cover the years 2012–2015 and 2017–2023"},
		{"a cross leg out of its years", AnnualAverages(), MustNewAmount("1", JPY), KRW, date(2024, 6, 1), ErrNotCovered, "JPY per USD rates cover the years 2012–2015 and 2017–2023"},
		{"a day the daily table lacks", DailyKRWUSD(), one, KRW, date(2023, 9, 4), ErrNotCovered, "KRW per USD rates cover the days 2016-02-04, 2017-04-21, 2017-04-24 and 21 more, the last 2025-02-21"},
		{"a year-end rate on another day", YearEndKRWUSD(), one, KRW, date(2023, 3, 1), ErrNotCovered, "the days 2010-12-30"},
		{"no rate between", MustNewRates(rate(JPY, EUR, "0.007", date(2022, 1, 1), "x"), rate(USD, KRW, "1250", date(2022, 1, 1), "y")), MustNewAmount("1", JPY), KRW, date(2022, 6, 1), ErrNoPair, "the table has no rate between JPY and KRW, direct or through USD"},
		{"empty table", Rates{}, one, KRW, date(2022, 1, 1), ErrNoPair, "the table has no USD rate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := tc.table.Convert(tc.a, tc.to, tc.on)
			var nr *NoRateError
			if !errors.Is(err, ErrNoRate) || !errors.Is(err, tc.is) || !errors.As(err, &nr) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Convert(%v, %v, %s) error = %v, want %v mentioning %q", tc.a, tc.to, tc.on.Format(time.DateOnly), err, tc.is, tc.msg)
			}
			other := ErrNoPair
			if tc.is == ErrNoPair {
				other = ErrNotCovered
			}
			if errors.Is(err, other) {
				t.Errorf("error %v is also %v", err, other)
			}
		})
	}
	if _, _, err := annual.Convert(one, Currency(60000), date(2022, 1, 1)); !errors.Is(err, ErrUnknownCurrency) {
		t.Errorf("Convert to an invalid currency: %v, want ErrUnknownCurrency", err)
	}
}

func TestConvertWithLatestEarlierRate(t *testing.T) {
	one := MustNewAmount("1", USD)
	got, r, err := AnnualKRWUSD().ConvertWithLatestEarlierRate(one, KRW, date(2026, 3, 1))
	if err != nil || got.String() != "KRW 1421" || r.Span != Year || r.Date.Year() != 2025 || r.String() != "1,421.3963 KRW per USD for 2025" {
		t.Errorf("ConvertWithLatestEarlierRate(2026) = %v, %v, %v; want KRW 1421 at the 2025 average", got, r, err)
	}
	// Inside a span it is Convert.
	_, r, _ = AnnualKRWUSD().ConvertWithLatestEarlierRate(one, KRW, date(2022, 3, 1))
	if r.Date.Year() != 2022 {
		t.Errorf("ConvertWithLatestEarlierRate(2022) used %v", r)
	}
	_, r, err = YearEndKRWUSD().ConvertWithLatestEarlierRate(one, KRW, date(2023, 3, 1))
	if err != nil || r.String() != "1,260.18 KRW per USD on 2022-12-30" {
		t.Errorf("year-end on 2023-03-01 = %v, %v; want the 2022-12-30 rate", r, err)
	}
	// A cross names the older leg's span.
	_, r, err = AnnualAverages().ConvertWithLatestEarlierRate(MustNewAmount("1", JPY), KRW, date(2024, 6, 1))
	if err != nil || r.Span != Year || r.Date.Year() != 2023 {
		t.Errorf("JPY→KRW on 2024-06-01 = %v, %v; want the 2023 JPY average's span", r, err)
	}
	if _, _, err := AnnualKRWUSD().ConvertWithLatestEarlierRate(one, KRW, date(2009, 6, 1)); !errors.Is(err, ErrNotCovered) {
		t.Errorf("before every rate: %v, want ErrNotCovered", err)
	}
}

func TestConvertBounds(t *testing.T) {
	rates := MustNewRates(rate(USD, KRW, "1e29", date(2022, 1, 1), "x"))
	_, _, err := rates.Convert(MustNewAmount("1e10", USD), KRW, date(2022, 6, 1))
	if !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Convert beyond the bounds: %v, want ErrOutOfRange", err)
	}
	for _, d := range []decimal.Decimal{decimal.New(1, -2147483648), decimal.New(1, 2147483647)} {
		// Before the check this divided by 10^2147483648 (and hung).
		_, _, err := rates.Convert(AmountOf(d, KRW), USD, date(2022, 6, 1))
		if !errors.Is(err, ErrOutOfRange) {
			t.Errorf("Convert of an unbounded amount: %v, want ErrOutOfRange", err)
		}
	}
}

// ratToAmountString rounds x half-even to scale places, exactly.
func ratHalfEven(x *big.Rat, scale int32) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale)), nil)
	y := new(big.Rat).Mul(x, new(big.Rat).SetInt(p))
	q, r := new(big.Int).QuoRem(y.Num(), y.Denom(), new(big.Int))
	r2 := new(big.Int).Lsh(new(big.Int).Abs(r), 1)
	if c := r2.Cmp(y.Denom()); c > 0 || c == 0 && q.Bit(0) == 1 {
		if y.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return new(big.Rat).SetFrac(q, p)
}

func decRat(d decimal.Decimal) *big.Rat { return d.Rat() }

// TestConvertProperty checks Convert against exact half-even rounding of
// the exact product or quotient, direct, inverse and across USD.
func TestConvertProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	randDec := func(maxCoef int64, minExp, maxExp int) decimal.Decimal {
		return decimal.New(1+r.Int64N(maxCoef), int32(minExp+r.IntN(maxExp-minExp+1)))
	}
	on := date(2022, 6, 1)
	for i := range propertyCases() {
		v1, v2 := randDec(1e12, -10, 3), randDec(1e12, -10, 3)
		rates := MustNewRates(rate(USD, KRW, v1.String(), date(2022, 1, 1), "a"), rate(EUR, USD, v2.String(), date(2022, 1, 1), "b"))
		a := AmountOf(decimal.New(r.Int64N(2e15)-1e15, -int32(r.IntN(6))), []Currency{USD, KRW, EUR}[r.IntN(3)])
		to := []Currency{USD, KRW, EUR}[r.IntN(3)]
		got, _, err := rates.Convert(a, to, on)
		if a.Currency() == to {
			continue
		}
		// The exact value.
		x := decRat(a.Decimal())
		rUSDKRW, rEURUSD := decRat(v1), decRat(v2)
		toUSD := map[Currency]*big.Rat{USD: big.NewRat(1, 1), KRW: new(big.Rat).Inv(rUSDKRW), EUR: rEURUSD}
		x.Mul(x, toUSD[a.Currency()])
		x.Quo(x, toUSD[to])
		want := ratHalfEven(x, to.Scale())
		if err != nil {
			// Only the bounds may refuse.
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("case %d: Convert(%v, %v) with %v, %v: %v", i, a, to, v1, v2, err)
			}
			continue
		}
		if decRat(got.Decimal()).Cmp(want) != 0 {
			t.Fatalf("case %d: Convert(%v, %v) with USD→KRW %v, EUR→USD %v = %v, want %s", i, a, to, v1, v2, got, want.FloatString(int(to.Scale())))
		}
	}
}

func TestRatesIsACopy(t *testing.T) {
	in := []Rate{rate(USD, KRW, "1250", date(2022, 1, 1), "r")}
	rates := MustNewRates(in...)
	in[0].Value = decimal.NewFromInt(1)
	got, _, _ := rates.Convert(MustNewAmount("1", USD), KRW, date(2022, 2, 1))
	if got.String() != "KRW 1250" {
		t.Errorf("changing the input slice changed the table: %v", got)
	}
	all := rates.All()
	all[0].Value = decimal.NewFromInt(1)
	if got, _, _ := rates.Convert(MustNewAmount("1", USD), KRW, date(2022, 2, 1)); got.String() != "KRW 1250" {
		t.Errorf("changing All's result changed the table: %v", got)
	}
}

func TestMergeRates(t *testing.T) {
	m, err := AnnualKRWUSD().Merge(MustNewRates(rate(JPY, USD, "0.0075", date(2022, 1, 1), "jpy")))
	if err != nil || m.Len() != 17 {
		t.Fatalf("Merge: Len %d, %v", m.Len(), err)
	}
	if _, err := AnnualKRWUSD().Merge(MustNewRates(rate(USD, KRW, "1", date(2022, 1, 1), "bad"))); err == nil {
		t.Error("Merge of a conflicting rate: no error")
	}
	if _, err := AnnualKRWUSD().Merge(DailyKRWUSD()); err == nil {
		t.Error("Merge of daily rates into annual averages (two bases for one day): no error")
	}
}

func TestSpanStatusText(t *testing.T) {
	for _, s := range []Span{SpanUnknown, Day, Year} {
		b, err := s.MarshalText()
		var back Span
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("Span %v: MarshalText %q, %v; back %v", s, b, err, back)
		}
	}
	for _, s := range []Status{StatusUnknown, Primary, Secondary, Unverified} {
		b, err := s.MarshalText()
		var back Status
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("Status %v: MarshalText %q, %v; back %v", s, b, err, back)
		}
	}
	if got := Span(7).String(); got != "Span(7)" {
		t.Errorf("Span(7).String() = %q", got)
	}
	if got := Status(7).String(); got != "Status(7)" {
		t.Errorf("Status(7).String() = %q", got)
	}
	if _, err := Span(7).MarshalText(); err == nil {
		t.Error("Span(7).MarshalText: no error")
	}
	if _, err := Status(7).MarshalText(); err == nil {
		t.Error("Status(7).MarshalText: no error")
	}
	var s Span
	if err := s.UnmarshalText([]byte("year")); err == nil {
		t.Error(`Span.UnmarshalText("year"): no error`)
	}
	var st Status
	if err := st.UnmarshalText([]byte("P")); err == nil {
		t.Error(`Status.UnmarshalText("P"): no error`)
	}
}

func TestRatesJSON(t *testing.T) {
	for name, table := range map[string]Rates{
		"annual": AnnualAverages(), "year-end": YearEndKRWUSD(), "daily": DailyNoon(), "empty": {},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(table)
			if err != nil {
				t.Fatal(err)
			}
			var back Rates
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(table.All(), back.All()); d != "" || !back.Equal(table) {
				t.Errorf("JSON round trip (-want +got):\n%s", d)
			}
			b2, _ := json.Marshal(back)
			if string(b) != string(b2) {
				t.Error("marshalling twice gives other bytes")
			}
		})
	}
	b, _ := json.Marshal(MustNewRates(rate(USD, KRW, "1250", date(2022, 1, 1), "")))
	if got := string(b); got != `[{"from":"USD","to":"KRW","value":"1250","date":"2022-01-01","span":"Year"}]` {
		t.Errorf("json.Marshal = %s", got)
	}
	var implied Rate
	if err := json.Unmarshal([]byte(`{"from":"USD","to":"KRW","value":"1250"}`), &implied); err != nil || implied.String() != "1,250 KRW per USD" {
		t.Errorf("an undated rate: %v, %v", implied, err)
	}
	for _, tc := range []struct{ in, msg string }{
		{`{"to":"KRW","value":"1"}`, "from: missing"},
		{`{"from":"USD","to":"WON","value":"1"}`, "to: currency: unknown currency"},
		{`{"from":"USD","to":"KRW","value":1}`, "cannot unmarshal"},
		{`{"from":"USD","to":"KRW"}`, "value: missing"},
		{`{"from":"USD","to":"KRW","value":"1e99"}`, "value: 1e+99 has 100 digits"},
		{`{"from":"USD","to":"KRW","value":"1","date":"2022-13-01"}`, "date:"},
		{`{"from":"USD","to":"KRW","value":"1","span":"annual"}`, "span:"},
		{`{"from":"USD","to":"KRW","value":"1","status":"P"}`, "status:"},
		{`{"from":"USD","to":"KRW","value":"1","sorce":"G.5A"}`, `unknown field "sorce"`},
	} {
		var r Rate
		if err := json.Unmarshal([]byte(tc.in), &r); err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Unmarshal(%s) error = %v, want one mentioning %q", tc.in, err, tc.msg)
		}
	}
	// json.Unmarshal checks the whole input first; a direct call does not.
	for _, in := range []string{`{"from":"USD","to":"KRW","value":"1"} {}`, `{"from":"USD","to":"KRW","value":"1"}}`} {
		var r Rate
		if err := r.UnmarshalJSON([]byte(in)); err == nil || !strings.Contains(err.Error(), "data after the object") {
			t.Errorf("Rate.UnmarshalJSON(%s) error = %v, want one mentioning %q", in, err, "data after the object")
		}
	}
	var rs Rates
	if err := json.Unmarshal([]byte(`[{"from":"USD","to":"KRW","value":"1","date":"2022-01-01"}]`), &rs); err == nil || !strings.Contains(err.Error(), "rate 0") {
		t.Errorf("Rates without a span: %v, want an error naming rate 0", err)
	}
}
