package currency

import (
	"time"

	"github.com/shopspring/decimal"
)

// The built-in exchange rates come from kpledger's reference file of
// exchange rates (compiled 2026-11-23, extended 2026-12-01), each with its
// source and status: Primary where the figure was seen on the Federal
// Reserve's own release, Secondary where it was read off a faithful copy
// of FRED's data. A year or day the reference lacks is left out, never
// filled in.

const (
	srcG5A2016KRW = "Federal Reserve G.5A, release of 4 Jan 2016 (https://federalreserve.gov/releases/g5a/20160104/default.htm), which prints 2 decimals; the 4 decimals are FRED AEXKOUS as recomputed from FRED DEXKOUS daily data"
	srcG5A2016    = "Federal Reserve G.5A, release of 4 Jan 2016 (https://federalreserve.gov/releases/g5a/20160104/default.htm)"
	srcG5A2021    = "Federal Reserve G.5A, release dated 1 Nov 2021 (https://federalreserve.gov/releases/g5a/20210104)"
	srcG5A2024    = "Federal Reserve G.5A, release of 1 Feb 2024 (https://federalreserve.gov/releases/g5a/20240201)"
	srcG5A2020    = srcG5A2024 + "; the release dated 1 Nov 2021 (https://federalreserve.gov/releases/g5a/20210104) prints the same value"
	srcFRED       = "FRED AEXKOUS (= Federal Reserve G.5A), secondary: recomputed as the mean of FRED DEXKOUS daily values and matching third-party copies of AEXKOUS; the G.5A page for this year was not seen"
	srcDEXKOUS    = "FRED DEXKOUS (Federal Reserve H.10, noon buying rate in New York), secondary: from a faithful copy of FRED's daily download"
	srcH10        = "Federal Reserve H.10 weekly release of 31 Jul 2023 (https://federalreserve.gov/releases/h10/20230731), column Jul. 24, noon buying rate in New York"
	inverted      = "; quoted as the release prints it, in U.S. dollars per currency unit"
)

// row is one built-in rate: value units of to per one unit of from.
type row struct {
	from, to Currency
	date     time.Time
	value    string
	status   Status
	src      string
}

func yearOf(y int) time.Time { return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC) }

func dayOf(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // the literals below are well formed; a test reads them all
	}
	return d
}

// table builds a Rates of rows with span sp, each source prefixed with kind.
func table(sp Span, kind string, rows []row) Rates {
	rates := make([]Rate, len(rows))
	for i, r := range rows {
		rates[i] = Rate{
			From: r.from, To: r.to,
			Value:  decimal.RequireFromString(r.value),
			Date:   r.date,
			Span:   sp,
			Status: r.status,
			Source: kind + r.src,
		}
	}
	return MustNewRates(rates...)
}

// krwAnnual returns the AEXKOUS rows of AnnualKRWUSD.
func krwAnnual() []row {
	rows := []struct {
		year   int
		value  string
		status Status
		src    string
	}{
		{2010, "1155.7389", Secondary, srcFRED},
		{2011, "1106.94", Secondary, srcFRED},
		{2012, "1126.1621", Primary, srcG5A2016KRW},
		{2013, "1094.6749", Primary, srcG5A2016KRW},
		{2014, "1052.2924", Primary, srcG5A2016KRW},
		{2015, "1130.9603", Primary, srcG5A2016KRW},
		{2016, "1159.3422", Secondary, srcFRED},
		{2017, "1129.0435", Primary, srcG5A2021},
		{2018, "1099.2926", Primary, srcG5A2021},
		{2019, "1165.8016", Primary, srcG5A2021},
		{2020, "1180.5554", Primary, srcG5A2020},
		{2021, "1144.8911", Primary, srcG5A2024},
		{2022, "1291.7796", Primary, srcG5A2024},
		{2023, "1306.7637", Primary, srcG5A2024},
		{2024, "1363.4381", Secondary, srcFRED},
		{2025, "1421.3963", Secondary, srcFRED},
	}
	out := make([]row, len(rows))
	for i, r := range rows {
		out[i] = row{USD, KRW, yearOf(r.year), r.value, r.status, r.src}
	}
	return out
}

// AnnualKRWUSD returns the annual average KRW per USD rates for 2010–2025:
// FRED series AEXKOUS, the same as the Federal Reserve's G.5A release,
// averages of the daily noon buying rates in New York. Each rate has a
// [Year] span: [Rates.Convert] uses it for any day of its year and for no
// other (2026 is an error, which names the years covered).
//
// Do not mix these with [YearEndKRWUSD] or [DailyKRWUSD] in one conversion:
// they measure different things. Each call returns a new table.
func AnnualKRWUSD() Rates { return table(Year, "annual average: ", krwAnnual()) }

// AnnualAverages returns the Federal Reserve G.5A annual averages of every
// currency the reference has, per U.S. dollar, each with a [Year] span:
// KRW for 2010–2025 (as [AnnualKRWUSD]) and JPY, CNY, EUR, INR, GBP and SGD
// for 2012–2015 and 2017–2023, the years whose G.5A release was found. The
// other years (2010, 2011, 2016, 2024, 2025) are missing for those six,
// and a conversion on a day in them fails with [ErrNotCovered].
//
// EUR and GBP are stored as the release prints them, in U.S. dollars per
// euro or pound (From EUR, To USD); [Rates.Convert] divides by them for a
// conversion from dollars. Each call returns a new table.
func AnnualAverages() Rates {
	cols := []struct {
		c   Currency
		inv bool // printed as USD per unit
	}{{JPY, false}, {CNY, false}, {EUR, true}, {INR, false}, {GBP, true}, {SGD, false}}
	years := []struct {
		year   int
		values [6]string // JPY, CNY, EUR, INR, GBP, SGD
		src    string
	}{
		{2012, [6]string{"79.82", "6.3093", "1.2859", "53.37", "1.5853", "1.2492"}, srcG5A2016},
		{2013, [6]string{"97.60", "6.1478", "1.3281", "58.51", "1.5642", "1.2511"}, srcG5A2016},
		{2014, [6]string{"105.74", "6.1620", "1.3297", "61.00", "1.6484", "1.2665"}, srcG5A2016},
		{2015, [6]string{"121.05", "6.2827", "1.1096", "64.11", "1.5284", "1.3746"}, srcG5A2016},
		{2017, [6]string{"112.0986", "6.7569", "1.1301", "65.0659", "1.2890", "1.3802"}, srcG5A2021},
		{2018, [6]string{"110.3974", "6.6090", "1.1817", "68.3734", "1.3363", "1.3486"}, srcG5A2021},
		{2019, [6]string{"109.0188", "6.9081", "1.1194", "70.3777", "1.2768", "1.3641"}, srcG5A2021},
		{2020, [6]string{"106.7754", "6.9042", "1.1410", "74.1429", "1.2829", "1.3800"}, srcG5A2020},
		{2021, [6]string{"109.8429", "6.4508", "1.1830", "73.9351", "1.3764", "1.3438"}, srcG5A2024},
		{2022, [6]string{"131.4589", "6.7290", "1.0534", "78.5792", "1.2371", "1.3787"}, srcG5A2024},
		{2023, [6]string{"140.5001", "7.0809", "1.0817", "82.5708", "1.2440", "1.3428"}, srcG5A2024},
	}
	rows := krwAnnual()
	for _, y := range years {
		for i, col := range cols {
			r := row{USD, col.c, yearOf(y.year), y.values[i], Primary, y.src}
			if col.inv {
				r.from, r.to, r.src = col.c, USD, y.src+inverted
			}
			rows = append(rows, r)
		}
	}
	return table(Year, "annual average: ", rows)
}

// YearEndKRWUSD returns the last New York noon buying rate (FRED DEXKOUS) of
// each year 2010–2025, dated the day of that observation (31 December, or
// the last day before it with an observation), each with a [Day] span:
// [Rates.Convert] uses a year-end rate on its own day only. For a later
// day, ask for it in so many words with
// [Rates.ConvertWithLatestEarlierRate]. Each call returns a new table.
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
	out := make([]row, len(rows))
	for i, r := range rows {
		out[i] = row{USD, KRW, dayOf(r.date), r.value, Secondary, srcDEXKOUS}
	}
	return table(Day, "year-end: ", out)
}

// krwDaily returns the KRW per USD noon rates of the incident days.
func krwDaily() []row {
	rows := []struct {
		date, value string
	}{
		{"2016-02-04", "1186.11"},
		{"2017-04-21", "1134.22"},
		{"2017-04-24", "1132.19"},
		{"2017-06-30", "1143.75"},
		{"2017-12-06", "1094.55"},
		{"2017-12-19", "1084.29"},
		{"2018-01-26", "1064.12"},
		{"2018-06-19", "1110.64"},
		{"2018-06-20", "1107.42"},
		{"2019-03-29", "1136.30"},
		{"2019-11-27", "1176.89"},
		{"2020-09-25", "1172.71"},
		{"2021-08-19", "1173.89"},
		{"2022-03-23", "1217.92"},
		{"2022-06-23", "1300.86"},
		{"2022-12-22", "1275.68"},
		{"2023-06-02", "1305.21"},
		{"2023-07-21", "1283.71"},
		{"2023-09-12", "1327.29"},
		{"2023-11-22", "1300.06"},
		{"2024-05-31", "1385.43"},
		{"2024-07-18", "1383.85"},
		{"2024-10-16", "1363.76"},
		{"2025-02-21", "1434.06"},
	}
	out := make([]row, 0, len(rows)+1)
	for _, r := range rows {
		out = append(out, row{USD, KRW, dayOf(r.date), r.value, Secondary, srcDEXKOUS})
	}
	out = append(out, row{USD, KRW, dayOf("2023-07-24"), "1280.5400", Primary,
		srcH10 + "; FRED DEXKOUS has the same value, 1280.54"})
	return out
}

// DailyKRWUSD returns the New York noon buying rates, KRW per USD, of the
// days of the incidents in the library's data and of the NIS briefing
// (2022-12-22): 25 days from 2016-02-04 to 2025-02-21, each with a [Day]
// span. They come from FRED DEXKOUS (Secondary), except 2023-07-24, read
// off the H.10 release itself (Primary). 2023-09-04, a US holiday, has no
// rate. It is not a daily series: a day it does not list is an error.
// Each call returns a new table.
func DailyKRWUSD() Rates { return table(Day, "daily: ", krwDaily()) }

// DailyNoon returns every New York noon buying rate the reference has on
// the incident days: the KRW rates of [DailyKRWUSD], and for 2023-07-24
// the H.10 release's JPY, CNY, EUR, INR, SGD, HKD, MYR, TWD, THB and AUD
// rates (EUR and AUD in U.S. dollars per unit, as printed). No other
// currency has a daily rate in the reference. Each call returns a new
// table.
func DailyNoon() Rates {
	rows := krwDaily()
	d := dayOf("2023-07-24")
	for _, r := range []struct {
		code, value string
		inv         bool
	}{
		{"JPY", "141.1900", false}, {"CNY", "7.1855", false}, {"EUR", "1.1083", true},
		{"INR", "81.8100", false}, {"SGD", "1.3300", false}, {"HKD", "7.8117", false},
		{"MYR", "4.5700", false}, {"TWD", "31.3600", false}, {"THB", "34.4400", false},
		{"AUD", "0.6750", true},
	} {
		c := MustParseCurrency(r.code)
		x := row{USD, c, d, r.value, Primary, srcH10}
		if r.inv {
			x.from, x.to, x.src = c, USD, srcH10+inverted
		}
		rows = append(rows, x)
	}
	return table(Day, "daily: ", rows)
}
