package currency

import (
	"time"

	"github.com/shopspring/decimal"
)

// The built-in exchange rates come from kpledger's reference file of KRW per
// USD rates (compiled 2026-11-23), each with its source. Rates marked
// "verified, primary" there were seen on the Federal Reserve's own release;
// "verified, secondary" ones were recomputed from a faithful copy of FRED's
// daily series and match independent copies of the annual series. Each
// Rate's Source says which.

const (
	srcG5A2016 = "Federal Reserve G.5A, release of 4 Jan 2016 (https://federalreserve.gov/releases/g5a/20160104/default.htm), which prints 2 decimals; the 4 decimals are FRED AEXKOUS as recomputed from FRED DEXKOUS daily data"
	srcG5A2021 = "Federal Reserve G.5A, release dated 1 Nov 2021 (https://federalreserve.gov/releases/g5a/20210104)"
	srcG5A2024 = "Federal Reserve G.5A, release of 1 Feb 2024 (https://federalreserve.gov/releases/g5a/20240201)"
	srcFRED    = "FRED AEXKOUS (= Federal Reserve G.5A), secondary: recomputed as the mean of FRED DEXKOUS daily values and matching third-party copies of AEXKOUS; the G.5A page for this year was not seen"
	srcDEXKOUS = "FRED DEXKOUS (Federal Reserve H.10, noon buying rate in New York), secondary: from a faithful copy of FRED's daily download"
)

// AnnualKRWUSD returns the annual average KRW per USD rates for 2010–2025:
// FRED series AEXKOUS, the same as the Federal Reserve's G.5A release,
// averages of the daily noon buying rates in New York. Each rate is dated 1
// January of the year it averages, so [Rates.Convert] on any day of year Y
// uses Y's average (and, after the last year, the last average).
//
// Do not mix these with [YearEndKRWUSD] or [DailyKRWUSD] in one conversion:
// they measure different things. Each call returns a new table.
func AnnualKRWUSD() Rates {
	rows := []struct {
		year  int
		value string
		src   string
	}{
		{2010, "1155.7389", srcFRED},
		{2011, "1106.94", srcFRED},
		{2012, "1126.1621", srcG5A2016},
		{2013, "1094.6749", srcG5A2016},
		{2014, "1052.2924", srcG5A2016},
		{2015, "1130.9603", srcG5A2016},
		{2016, "1159.3422", srcFRED},
		{2017, "1129.0435", srcG5A2021},
		{2018, "1099.2926", srcG5A2021},
		{2019, "1165.8016", srcG5A2021},
		{2020, "1180.5554", srcG5A2021},
		{2021, "1144.8911", srcG5A2024},
		{2022, "1291.7796", srcG5A2024},
		{2023, "1306.7637", srcG5A2024},
		{2024, "1363.4381", srcFRED},
		{2025, "1421.3963", srcFRED},
	}
	rates := make([]Rate, len(rows))
	for i, r := range rows {
		rates[i] = Rate{
			From: USD, To: KRW,
			Value:  decimal.RequireFromString(r.value),
			Date:   time.Date(r.year, time.January, 1, 0, 0, 0, 0, time.UTC),
			Source: "annual average: " + r.src,
		}
	}
	return MustNewRates(rates...)
}

// YearEndKRWUSD returns the last New York noon buying rate (FRED DEXKOUS) of
// each year 2010–2025, dated the day of that observation (31 December, or
// the last day before it with an observation). [Rates.Convert] on a day
// between two year-ends uses the earlier one. Each call returns a new table.
func YearEndKRWUSD() Rates {
	rows := []struct {
		date  string
		value string
	}{
		{"2010-12-30", "1130.60"},
		{"2011-12-30", "1158.50"},
		{"2012-12-31", "1063.24"},
		{"2013-12-31", "1055.25"},
		{"2014-12-31", "1090.89"},
		{"2015-12-31", "1169.26"},
		{"2016-12-30", "1203.73"},
		{"2017-12-29", "1067.42"},
		{"2018-12-31", "1112.85"},
		{"2019-12-31", "1155.46"},
		{"2020-12-31", "1086.11"},
		{"2021-12-30", "1188.59"},
		{"2022-12-30", "1260.18"},
		{"2023-12-29", "1290.97"},
		{"2024-12-31", "1477.86"},
		{"2025-12-31", "1444.55"},
	}
	rates := make([]Rate, len(rows))
	for i, r := range rows {
		d, _ := time.Parse(time.DateOnly, r.date)
		rates[i] = Rate{
			From: USD, To: KRW,
			Value:  decimal.RequireFromString(r.value),
			Date:   d,
			Source: "year-end: " + srcDEXKOUS,
		}
	}
	return MustNewRates(rates...)
}

// DailyKRWUSD returns the selected daily KRW per USD rates the library's
// examples need: FRED DEXKOUS (New York noon buying rate) on 2022-12-22, the
// day of the NIS briefing on North Korean virtual-asset theft. It is not a
// daily series: [Rates.Convert] on a later day would reuse this rate, so use
// it only for the days it lists ([Rates.All]). Each call returns a new table.
func DailyKRWUSD() Rates {
	return MustNewRates(Rate{
		From: USD, To: KRW,
		Value:  decimal.RequireFromString("1275.68"),
		Date:   time.Date(2022, time.December, 22, 0, 0, 0, 0, time.UTC),
		Source: "daily: " + srcDEXKOUS + "; the day of the NIS briefing",
	})
}
