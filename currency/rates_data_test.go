package currency

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// The reference values of rates.md, copied as Go literals: Table 1 (KRW
// per USD, AEXKOUS annual averages and DEXKOUS year-ends), Table 2 (G.5A
// annual averages; EUR and GBP in USD per unit) and Table 3 (noon rates on
// incident days).

type refRate struct {
	from, to Currency
	date     string // YYYY-MM-DD, or YYYY for an annual average
	value    string
	status   Status
	source   string // a part of the Source the rate must carry
}

func refAnnualKRW() []refRate {
	return []refRate{
		{USD, KRW, "2010", "1155.7389", Secondary, "recomputed"},
		{USD, KRW, "2011", "1106.94", Secondary, "recomputed"},
		{USD, KRW, "2012", "1126.1621", Primary, "release of 4 Jan 2016"},
		{USD, KRW, "2013", "1094.6749", Primary, "release of 4 Jan 2016"},
		{USD, KRW, "2014", "1052.2924", Primary, "release of 4 Jan 2016"},
		{USD, KRW, "2015", "1130.9603", Primary, "release of 4 Jan 2016"},
		{USD, KRW, "2016", "1159.3422", Secondary, "recomputed"},
		{USD, KRW, "2017", "1129.0435", Primary, "dated 1 Nov 2021"},
		{USD, KRW, "2018", "1099.2926", Primary, "dated 1 Nov 2021"},
		{USD, KRW, "2019", "1165.8016", Primary, "dated 1 Nov 2021"},
		{USD, KRW, "2020", "1180.5554", Primary, "the release dated 1 Nov 2021 (https://federalreserve.gov/releases/g5a/20210104) prints the same value"},
		{USD, KRW, "2021", "1144.8911", Primary, "release of 1 Feb 2024"},
		{USD, KRW, "2022", "1291.7796", Primary, "release of 1 Feb 2024"},
		{USD, KRW, "2023", "1306.7637", Primary, "release of 1 Feb 2024"},
		{USD, KRW, "2024", "1363.4381", Secondary, "recomputed"},
		{USD, KRW, "2025", "1421.3963", Secondary, "recomputed"},
	}
}

func refTable2() []refRate {
	type yr struct {
		year                               string
		jpy, cny, eur, inr, gbp, sgd, from string
	}
	rows := []yr{
		{"2012", "79.82", "6.3093", "1.2859", "53.37", "1.5853", "1.2492", "release of 4 Jan 2016"},
		{"2013", "97.60", "6.1478", "1.3281", "58.51", "1.5642", "1.2511", "release of 4 Jan 2016"},
		{"2014", "105.74", "6.1620", "1.3297", "61.00", "1.6484", "1.2665", "release of 4 Jan 2016"},
		{"2015", "121.05", "6.2827", "1.1096", "64.11", "1.5284", "1.3746", "release of 4 Jan 2016"},
		{"2017", "112.0986", "6.7569", "1.1301", "65.0659", "1.2890", "1.3802", "dated 1 Nov 2021"},
		{"2018", "110.3974", "6.6090", "1.1817", "68.3734", "1.3363", "1.3486", "dated 1 Nov 2021"},
		{"2019", "109.0188", "6.9081", "1.1194", "70.3777", "1.2768", "1.3641", "dated 1 Nov 2021"},
		{"2020", "106.7754", "6.9042", "1.1410", "74.1429", "1.2829", "1.3800", "the release dated 1 Nov 2021 (https://federalreserve.gov/releases/g5a/20210104) prints the same value"},
		{"2021", "109.8429", "6.4508", "1.1830", "73.9351", "1.3764", "1.3438", "release of 1 Feb 2024"},
		{"2022", "131.4589", "6.7290", "1.0534", "78.5792", "1.2371", "1.3787", "release of 1 Feb 2024"},
		{"2023", "140.5001", "7.0809", "1.0817", "82.5708", "1.2440", "1.3428", "release of 1 Feb 2024"},
	}
	var out []refRate
	for _, r := range rows {
		out = append(out,
			refRate{USD, JPY, r.year, r.jpy, Primary, r.from},
			refRate{USD, CNY, r.year, r.cny, Primary, r.from},
			refRate{EUR, USD, r.year, r.eur, Primary, "U.S. dollars per currency unit"},
			refRate{USD, INR, r.year, r.inr, Primary, r.from},
			refRate{GBP, USD, r.year, r.gbp, Primary, "U.S. dollars per currency unit"},
			refRate{USD, SGD, r.year, r.sgd, Primary, r.from},
		)
	}
	return out
}

func refYearEnd() []refRate {
	var out []refRate
	for _, r := range [][2]string{
		{"2010-12-30", "1130.60"}, {"2011-12-30", "1158.50"}, {"2012-12-31", "1063.24"}, {"2013-12-31", "1055.25"},
		{"2014-12-31", "1090.89"}, {"2015-12-31", "1169.26"}, {"2016-12-30", "1203.73"}, {"2017-12-29", "1067.42"},
		{"2018-12-31", "1112.85"}, {"2019-12-31", "1155.46"}, {"2020-12-31", "1086.11"}, {"2021-12-30", "1188.59"},
		{"2022-12-30", "1260.18"}, {"2023-12-29", "1290.97"}, {"2024-12-31", "1477.86"}, {"2025-12-31", "1444.55"},
	} {
		out = append(out, refRate{USD, KRW, r[0], r[1], Secondary, "DEXKOUS"})
	}
	return out
}

func refDailyKRW() []refRate {
	var out []refRate
	for _, r := range [][2]string{
		{"2016-02-04", "1186.11"}, {"2017-04-21", "1134.22"}, {"2017-04-24", "1132.19"}, {"2017-06-30", "1143.75"},
		{"2017-12-06", "1094.55"}, {"2017-12-19", "1084.29"}, {"2018-01-26", "1064.12"}, {"2018-06-19", "1110.64"},
		{"2018-06-20", "1107.42"}, {"2019-03-29", "1136.30"}, {"2019-11-27", "1176.89"}, {"2020-09-25", "1172.71"},
		{"2021-08-19", "1173.89"}, {"2022-03-23", "1217.92"}, {"2022-06-23", "1300.86"}, {"2022-12-22", "1275.68"},
		{"2023-06-02", "1305.21"}, {"2023-07-21", "1283.71"}, {"2023-09-12", "1327.29"}, {"2023-11-22", "1300.06"},
		{"2024-05-31", "1385.43"}, {"2024-07-18", "1383.85"}, {"2024-10-16", "1363.76"}, {"2025-02-21", "1434.06"},
	} {
		out = append(out, refRate{USD, KRW, r[0], r[1], Secondary, "DEXKOUS"})
	}
	// 2023-07-24 is on the H.10 release itself; DEXKOUS agrees.
	return append(out, refRate{USD, KRW, "2023-07-24", "1280.5400", Primary, "H.10 weekly release of 31 Jul 2023"})
}

func refH10() []refRate {
	var out []refRate
	for _, r := range []struct {
		code, value string
		inv         bool
	}{
		{"JPY", "141.1900", false}, {"CNY", "7.1855", false}, {"EUR", "1.1083", true}, {"INR", "81.8100", false},
		{"SGD", "1.3300", false}, {"HKD", "7.8117", false}, {"MYR", "4.5700", false}, {"TWD", "31.3600", false},
		{"THB", "34.4400", false}, {"AUD", "0.6750", true},
	} {
		c := MustParseCurrency(r.code)
		x := refRate{USD, c, "2023-07-24", r.value, Primary, "H.10 weekly release of 31 Jul 2023"}
		if r.inv {
			x.from, x.to = c, USD
		}
		out = append(out, x)
	}
	return out
}

func checkTable(t *testing.T, name string, table Rates, span Span, want []refRate) {
	t.Helper()
	got := table.All()
	if len(got) != len(want) {
		t.Errorf("%s has %d rates, want %d", name, len(got), len(want))
	}
	byKey := map[string]Rate{}
	for _, r := range got {
		byKey[r.From.String()+r.To.String()+r.Date.Format(time.DateOnly)] = r
	}
	for _, w := range want {
		d := w.date
		if len(d) == 4 {
			d += "-01-01"
		}
		r, ok := byKey[w.from.String()+w.to.String()+d]
		if !ok {
			t.Errorf("%s: no %v per %v rate on %s", name, w.to, w.from, d)
			continue
		}
		if !r.Value.Equal(decimal.RequireFromString(w.value)) || plain(r.Value) != w.value {
			t.Errorf("%s: %v per %v on %s = %s, want %s", name, w.to, w.from, d, r.Value.String(), w.value)
		}
		if r.Span != span || r.Status != w.status || !strings.Contains(r.Source, w.source) {
			t.Errorf("%s: %v: span %v, status %v, source %q; want %v, %v, a source with %q", name, r, r.Span, r.Status, r.Source, span, w.status, w.source)
		}
		// Every rate converts on its own days and says so.
		on := r.Date
		if span == Year {
			on = r.Date.AddDate(0, 11, 30)
		}
		if _, used, err := table.Convert(MustNewAmount("1", r.From), r.To, on); err != nil || !used.Equal(r) {
			t.Errorf("%s: Convert on %s used %v, %v; want %v", name, on.Format(time.DateOnly), used, err, r)
		}
	}
}

func TestShippedRates(t *testing.T) {
	checkTable(t, "AnnualKRWUSD", AnnualKRWUSD(), Year, refAnnualKRW())
	checkTable(t, "AnnualAverages", AnnualAverages(), Year, append(refAnnualKRW(), refTable2()...))
	checkTable(t, "YearEndKRWUSD", YearEndKRWUSD(), Day, refYearEnd())
	checkTable(t, "DailyKRWUSD", DailyKRWUSD(), Day, refDailyKRW())
	checkTable(t, "DailyNoon", DailyNoon(), Day, append(refDailyKRW(), refH10()...))
}

// TestShippedRatesMissing checks that the years and days the reference
// lacks stay missing: never filled from a neighbour.
func TestShippedRatesMissing(t *testing.T) {
	annual := AnnualAverages()
	for _, c := range []Currency{JPY, CNY, EUR, INR, GBP, SGD} {
		for _, y := range []int{2010, 2011, 2016, 2024, 2025, 2026} {
			if _, r, err := annual.Convert(MustNewAmount("1", c), USD, date(y, 6, 1)); !errors.Is(err, ErrNoRate) {
				t.Errorf("AnnualAverages: %v in %d = %v, %v; want an error wrapping ErrNoRate", c, y, r, err)
			}
		}
	}
	daily := DailyNoon()
	for _, tc := range []struct {
		c  Currency
		on time.Time
	}{
		{KRW, date(2023, 9, 4)}, {KRW, date(2017, 4, 22)}, {KRW, date(2023, 7, 22)},
		{JPY, date(2023, 7, 21)}, {GBP, date(2023, 7, 24)}, {EUR, date(2022, 12, 22)},
	} {
		if _, r, err := daily.Convert(MustNewAmount("1", USD), tc.c, tc.on); !errors.Is(err, ErrNoRate) {
			t.Errorf("DailyNoon: USD→%v on %s = %v, %v; want an error wrapping ErrNoRate", tc.c, tc.on.Format(time.DateOnly), r, err)
		}
	}
}

// TestShippedRatesAreCopies checks that changing a returned table's rates
// does not change the next call's.
func TestShippedRatesAreCopies(t *testing.T) {
	all := AnnualAverages().All()
	all[0].Value = decimal.NewFromInt(1)
	if AnnualAverages().All()[0].Value.Equal(decimal.NewFromInt(1)) {
		t.Error("changing a rate of AnnualAverages().All() changed the next table")
	}
}
