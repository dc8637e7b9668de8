package sanctions

import (
	"strconv"
	"time"
)

// Resolution is a United Nations Security Council resolution: its number
// and the day it was adopted (midnight UTC). It is a small immutable value,
// safe for concurrent use; compare Adopted with [time.Time.Equal].
//
// The zero Resolution stands for "no resolution": Number 0, no date (its
// Symbol is "S/RES/0 (1)", so check Number != 0 first).
type Resolution struct {
	Number  int       // 2371
	Adopted time.Time // the day of adoption, midnight UTC
	Subject string    // what the resolution did, in the reference's words
	Note    string    // how the date is attested, where the reference says more than "corroborated"
}

// Symbol returns the UN document symbol: "S/RES/2371 (2017)".
func (r Resolution) Symbol() string {
	return "S/RES/" + strconv.Itoa(r.Number) + " (" + strconv.Itoa(r.Adopted.Year()) + ")"
}

// String returns [Resolution.Symbol].
func (r Resolution) String() string { return r.Symbol() }

// day returns midnight UTC of the given calendar day.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dayNumber returns the calendar day of t, in t's own location, as a count
// of days since 1970-01-01. Comparisons between days use it so that a time
// of day or a time zone never moves a trade to another day.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return daysFromCivil(int64(y), int64(m), int64(d))
}

// daysFromCivil returns the days from 1970-01-01 to the proleptic
// Gregorian date y-m-d (Howard Hinnant's algorithm); it is exact for every
// date time.Time can hold and avoids building a time.Time per call.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// Resolutions returns the DPRK resolutions of the reference's adoption
// table, 1718 (2006) to 2397 (2017), in adoption order. The reference calls
// every date "corroborated by several sources" (US Mission fact sheets for
// 2321, 2371 and 2397; ASIL for 2375; Steamship Mutual for 2270; added on
// 2026-12-01: UN press release SC/8853 for 1718, the 2010 Panel of Experts
// report for 1874, FinCEN advisory FIN-2013-A005 for 2087 and 2094, the Law
// Library of Congress for 2356); 2094's date is from press, the UN page not
// seen. Each Note names the sources with their addresses. Each call returns
// a fresh slice.
func Resolutions() []Resolution {
	return []Resolution{
		{Number: 1718, Adopted: day(2006, time.October, 14), Subject: "establishes the regime and the 1718 Committee; arms, WMD items, luxury goods", Note: "date also in UN press release SC/8853 (\"14 October 2006\"; https://www.un.org/press/en/2006/sc8853.doc.htm)"},
		{Number: 1874, Adopted: day(2009, time.June, 12), Subject: "wider arms embargo; cargo inspection", Note: "date also in the 2010 Panel of Experts report (\"On 12 June 2009, the Security Council unanimously adopted resolution 1874 (2009)\"; https://docslib.org/doc/2839278/report-to-the-security-council-from-the-panel-of-experts-pursuant-to) and a US State Department table of 12 June 2009"},
		{Number: 2087, Adopted: day(2013, time.January, 22), Subject: "designations; \"catch-all wording\": not verified (2026-12-01)", Note: "date also in FinCEN advisory FIN-2013-A005 (\"UNSCR 2087, adopted on January 22, 2013\"; https://quickcen.sanctions.org/QuickCEN/research/fincen-advisory-fin-2013-a005-update-on-the-continuing-illicit-finance-threat-emana)"},
		{Number: 2094, Adopted: day(2013, time.March, 7), Subject: "bulk cash and financial measures", Note: "date from press; the UN page was not seen. 2026-12-01: the date is also in FinCEN advisory FIN-2013-A005 (\"adopted on March 7, 2013\"; https://quickcen.sanctions.org/QuickCEN/research/fincen-advisory-fin-2013-a005-update-on-the-continuing-illicit-finance-threat-emana), a US government source"},
		{Number: 2270, Adopted: day(2016, time.March, 2), Subject: "first sectoral export bans (coal, iron, minerals), aviation fuel", Note: "date corroborated by Steamship Mutual among others"},
		{Number: 2321, Adopted: day(2016, time.November, 30), Subject: "coal cap; copper, nickel, silver, zinc, statues", Note: "date corroborated by a US Mission fact sheet among others"},
		{Number: 2356, Adopted: day(2017, time.June, 2), Subject: "designations only", Note: "date also in the Law Library of Congress Global Legal Monitor (http://loc.gov/law/foreign-news/article/united-nationsnorth-korea-additional-sanctions-adopted/)"},
		{Number: 2371, Adopted: day(2017, time.August, 5), Subject: "full bans: coal, iron, iron ore, seafood, lead; work-authorization freeze; joint ventures", Note: "date corroborated by a US Mission fact sheet among others"},
		{Number: 2375, Adopted: day(2017, time.September, 11), Subject: "textiles; condensates; refined petroleum and crude caps; work authorizations; joint ventures closed", Note: "date corroborated by ASIL among others; Thompson Hine says \"Monday\"; flag 14: ROK MOFA's English release says \"adopted on September 12, New York time, Resolution 2375\" (https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086); the reference keeps 11 Sep 2017"},
		{Number: 2397, Adopted: day(2017, time.December, 22), Subject: "crude and refined petroleum caps; food, machinery, electrical, stone, wood, vessels; supply bans; worker repatriation", Note: "date corroborated by a US Mission fact sheet among others"},
	}
}

// ResolutionNumbered returns the resolution of [Resolutions] with number n,
// and false if the reference does not list it.
func ResolutionNumbered(n int) (Resolution, bool) {
	for _, r := range Resolutions() {
		if r.Number == n {
			return r, true
		}
	}
	return Resolution{}, false
}

// mustResolution is ResolutionNumbered for the built-in data, where the
// number is a literal known to be in the table.
func mustResolution(n int) Resolution {
	r, ok := ResolutionNumbered(n)
	if !ok {
		panic("sanctions: built-in data names unknown resolution " + strconv.Itoa(n))
	}
	return r
}
