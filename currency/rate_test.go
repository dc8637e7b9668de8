package currency

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func rate(from, to Currency, v string, d time.Time, src string) Rate {
	return Rate{From: from, To: to, Value: decimal.RequireFromString(v), Date: d, Source: src}
}

func TestNewRatesErrors(t *testing.T) {
	d := date(2022, 1, 1)
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
		{"conflict", []Rate{rate(USD, KRW, "1200", d, "a"), rate(USD, KRW, "1201", d.Add(5*time.Hour), "b")}, "two USD/KRW rates on 2022-01-01"},
	}
	for _, tt := range tests {
		_, err := NewRates(tt.rates...)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: NewRates error = %v, want one mentioning %q", tt.name, err, tt.msg)
		}
	}
	// An exact duplicate is kept once.
	r, err := NewRates(rate(USD, KRW, "1200", d, "a"), rate(USD, KRW, "1200.00", d, "a"))
	if err != nil || r.Len() != 1 {
		t.Errorf("duplicate: Len %d, err %v; want 1, nil", r.Len(), err)
	}
}

func TestConvert(t *testing.T) {
	rates := MustNewRates(
		rate(USD, KRW, "1200", date(2021, 1, 1), "r2021"),
		rate(USD, KRW, "1250", date(2022, 1, 1), "r2022"),
		rate(JPY, USD, "0.0075", date(2022, 1, 1), "jpy"),
		rate(EUR, USD, "1.05", date(2022, 6, 1), "eur"),
	)
	tests := []struct {
		name      string
		a         Amount
		to        Currency
		on        time.Time
		want      string
		rateValue string
		rateDate  time.Time
		source    string
	}{
		{"direct", MustNewAmount("1200000000", USD), KRW, date(2022, 12, 22), "KRW 1500000000000", "1250", date(2022, 1, 1), "r2022"},
		{"on the rate's day", MustNewAmount("1", USD), KRW, date(2022, 1, 1), "KRW 1250", "1250", date(2022, 1, 1), "r2022"},
		{"the day before uses the older rate", MustNewAmount("1", USD), KRW, date(2021, 12, 31), "KRW 1200", "1200", date(2021, 1, 1), "r2021"},
		{"time of day ignored", MustNewAmount("1", USD), KRW, time.Date(2022, 1, 1, 23, 59, 0, 0, time.UTC), "KRW 1250", "1250", date(2022, 1, 1), "r2022"},
		{"inverse", MustNewAmount("1500000000000", KRW), USD, date(2022, 12, 22), "USD 1200000000.00", "0.0008", date(2022, 1, 1), "inverse of r2022"},
		{"inverse rounds half-even", MustNewAmount("1", KRW), USD, date(2022, 12, 22), "USD 0.00", "0.0008", date(2022, 1, 1), "inverse of r2022"},
		{"cross", MustNewAmount("58000000000", JPY), KRW, date(2022, 3, 1), "KRW 543750000000", "9.375", date(2022, 1, 1), "cross via USD: JPY/USD 0.0075 on 2022-01-01 (jpy); USD/KRW 1250 on 2022-01-01 (r2022)"},
		{"cross with an inverse", MustNewAmount("1250", KRW), EUR, date(2022, 7, 1), "EUR 0.95", "0.000761904762", date(2022, 1, 1), "cross via USD: inverse of USD/KRW 1250 on 2022-01-01 (r2022); inverse of EUR/USD 1.05 on 2022-06-01 (eur)"},
		{"same currency", MustNewAmount("5", KRW), KRW, date(2000, 1, 1), "KRW 5", "1", date(2000, 1, 1), ""},
	}
	for _, tt := range tests {
		got, r, err := rates.Convert(tt.a, tt.to, tt.on)
		if err != nil {
			t.Errorf("%s: Convert(%v, %v, %s): %v", tt.name, tt.a, tt.to, tt.on.Format(time.DateOnly), err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("%s: Convert(%v, %v) = %v, want %s", tt.name, tt.a, tt.to, got, tt.want)
		}
		if !r.Value.Equal(decimal.RequireFromString(tt.rateValue)) || !r.Date.Equal(tt.rateDate) || r.Source != tt.source || r.From != tt.a.Currency() || r.To != tt.to {
			t.Errorf("%s: rate used = %v from %q, want %s on %s from %q", tt.name, r, r.Source, tt.rateValue, tt.rateDate.Format(time.DateOnly), tt.source)
		}
	}
}

func TestConvertLaterInverseWins(t *testing.T) {
	rates := MustNewRates(
		rate(USD, KRW, "1000", date(2020, 1, 1), "old direct"),
		rate(KRW, USD, "0.0005", date(2021, 1, 1), "newer inverse"),
	)
	got, r, err := rates.Convert(MustNewAmount("1", USD), KRW, date(2022, 1, 1))
	if err != nil || got.String() != "KRW 2000" || r.Source != "inverse of newer inverse" {
		t.Errorf("Convert = %v, %v (%q), %v; want KRW 2000 from the newer inverse", got, r, r.Source, err)
	}
}

func TestConvertNoRate(t *testing.T) {
	rates := MustNewRates(rate(USD, KRW, "1250", date(2022, 1, 1), "r"))
	for _, tc := range []struct {
		a  Amount
		to Currency
		on time.Time
	}{
		{MustNewAmount("1", USD), KRW, date(2021, 12, 31)},
		{MustNewAmount("1", JPY), KRW, date(2023, 1, 1)},
		{MustNewAmount("1", USD), EUR, date(2023, 1, 1)},
	} {
		_, _, err := rates.Convert(tc.a, tc.to, tc.on)
		if !errors.Is(err, ErrNoRate) || !strings.Contains(err.Error(), tc.on.Format(time.DateOnly)) || !strings.Contains(err.Error(), tc.to.String()) {
			t.Errorf("Convert(%v, %v, %s) error = %v, want ErrNoRate naming the pair and day", tc.a, tc.to, tc.on.Format(time.DateOnly), err)
		}
	}
	var empty Rates
	if _, _, err := empty.Convert(MustNewAmount("1", USD), KRW, date(2022, 1, 1)); !errors.Is(err, ErrNoRate) {
		t.Errorf("zero Rates: error %v, want ErrNoRate", err)
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
}

func TestShippedRates(t *testing.T) {
	annual := AnnualKRWUSD()
	if annual.Len() != 16 {
		t.Errorf("AnnualKRWUSD has %d rates, want 16 (2010–2025)", annual.Len())
	}
	for _, tc := range []struct {
		year int
		want string
	}{{2010, "1155.7389"}, {2017, "1129.0435"}, {2022, "1291.7796"}, {2023, "1306.7637"}, {2025, "1421.3963"}} {
		_, r, err := annual.Convert(MustNewAmount("1", USD), KRW, date(tc.year, 7, 1))
		if err != nil || r.Value.String() != tc.want || r.Date.Year() != tc.year {
			t.Errorf("annual rate for %d = %v, %v; want %s", tc.year, r, err, tc.want)
		}
	}
	_, r, _ := YearEndKRWUSD().Convert(MustNewAmount("1", USD), KRW, date(2022, 12, 31))
	if r.Value.String() != "1260.18" || !r.Date.Equal(date(2022, 12, 30)) {
		t.Errorf("2022 year-end = %v, want 1260.18 on 2022-12-30", r)
	}
	_, r, _ = DailyKRWUSD().Convert(MustNewAmount("1", USD), KRW, date(2022, 12, 22))
	if r.Value.String() != "1275.68" {
		t.Errorf("2022-12-22 = %v, want 1275.68", r)
	}
	for _, table := range []Rates{annual, YearEndKRWUSD(), DailyKRWUSD()} {
		for _, r := range table.All() {
			if r.Source == "" {
				t.Errorf("rate %v has no source", r)
			}
		}
	}
}
