package sanctions_test

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/sanctions"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// What was in force on 1 January 2010: the measures of 1718 (2006) and
// 1874 (2009), each with its citation. "OP 9?" marks a paragraph number
// the reference has not seen in the text; "paragraph not seen" one whose
// number nobody has seen.
func ExampleRegime_InForce() {
	for _, m := range sanctions.DPRK().InForce(date("2010-01-01")) {
		fmt.Printf("%s: %s (%s)\n", m.Citation(), m.Kind, m.Direction)
	}
	// Output:
	// S/RES/1718 (2006), OP 8 (a) (i)–(ii): arms embargo (supply to the DPRK)
	// S/RES/1718 (2006), OP 8 (a) (iii): luxury-goods ban (supply to the DPRK)
	// S/RES/1718 (2006), OP 8 (b): arms embargo (DPRK exports)
	// S/RES/1718 (2006), OP 8 (d): asset freeze (financial)
	// S/RES/1718 (2006), paragraph not seen: cargo inspection (maritime)
	// S/RES/1718 (2006), paragraph not seen: reporting duty (general)
	// S/RES/1874 (2009), OP 9?: arms embargo (DPRK exports)
	// S/RES/1874 (2009), OP 10: arms embargo (supply to the DPRK)
	// S/RES/1874 (2009), OP 11: cargo inspection (maritime)
	// S/RES/1874 (2009), OP 12: vessel inspection (maritime)
	// S/RES/1874 (2009), OP 13: vessel inspection (maritime)
	// S/RES/1874 (2009), OP 17: bunkering ban (maritime)
	// S/RES/1874 (2009), OP 23: arms embargo (both ways)
	// S/RES/1874 (2009), paragraph not seen: cargo inspection (maritime)
	// S/RES/1874 (2009), paragraph not seen: financial restriction (financial)
}

// Frozen fish (HS 0303) exported in October 2017. The reference verifies
// no HS codes for 2371's seafood ban, so the answer is neither "banned" nor
// "clean" but undetermined: chapter 03's heading names that kind of goods.
func ExampleRegime_Screen_undetermined() {
	fs, err := sanctions.DPRK().Screen(sanctions.Trade{
		Date:      date("2017-10-15"),
		Direction: sanctions.DPRKExports,
		HS:        sanctions.MustParseHSCode("0303"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("outcome:", sanctions.OutcomeOf(fs))
	for _, f := range fs {
		fmt.Println(f.Citation, "-", f.Outcome, "-", f.Commodity)
		fmt.Println("inferred from:", f.Inference)
		fmt.Println("level:", f.Inference.Verified)
		fmt.Println("to do:", f.Action)
	}
	// Output:
	// outcome: undetermined
	// S/RES/2371 (2017), OP 9 - undetermined - seafood
	// inferred from: HS 03, headed "Fish and crustaceans, molluscs and other aquatic invertebrates" (UN Comtrade descriptor, HS 2022)
	// level: inferred from HS heading text
	// to do: check whether the goods are seafood, or set Trade.Commodity to screen them by commodity
}

// Iron supplied to the DPRK in 2018: 2397 bans supplying "iron, steel and
// other metals", and iron lies within that class. Asked about the whole
// class for exports, the answer is undetermined: the bans name iron,
// copper and lead within it, not the class.
func ExampleRegime_Banned_hierarchy() {
	dprk := sanctions.DPRK()
	fmt.Println(sanctions.Iron.Parent())
	for _, day := range []string{"2017-12-21", "2018-03-01"} {
		st, err := dprk.Banned(sanctions.Iron, sanctions.SupplyToDPRK, date(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		if st.Outcome == sanctions.Covered {
			fmt.Println(day, "iron supplied:", st.Outcome, "by", st.Measure.Citation())
			continue
		}
		fmt.Println(day, "iron supplied:", st.Outcome)
	}
	st, _ := dprk.Banned(sanctions.IronSteelAndOtherMetals, sanctions.DPRKExports, date("2018-03-01"))
	fmt.Println("2018-03-01 metals exported:", st.Outcome)
	for _, f := range st.Findings {
		fmt.Printf("  %s names %s (%s)\n", f.Citation, f.Commodity, f.Match)
	}
	// Output:
	// iron, steel and other metals
	// 2017-12-21 iron supplied: clean
	// 2018-03-01 iron supplied: covered by S/RES/2397 (2017), OP 7?
	// 2018-03-01 metals exported: undetermined
	//   S/RES/2270 (2016), OP 29? names iron (commodity broader than one named)
	//   S/RES/2321 (2016), OP 28? names copper (commodity broader than one named)
	//   S/RES/2371 (2017), OP 8 names iron (commodity broader than one named)
	//   S/RES/2371 (2017), OP 10? names lead (commodity broader than one named)
}

// The measures on DPRK workers abroad, change by change: 2371's freeze,
// 2375's ban on new work authorizations, 2397's repatriation and its
// deadlines (days computed from "24 months from the date of adoption" are
// marked).
func ExampleRegime_TimelineOf() {
	for _, e := range sanctions.DPRK().TimelineOf(sanctions.Filter{Direction: sanctions.Labour}) {
		fmt.Println(e)
	}
	// Output:
	// 2017-08-05 S/RES/2371 (2017), OP 11?: adopted: work-authorization freeze with 1 exemption
	// 2017-09-11 S/RES/2375 (2017), OP 17: adopted: work-authorization ban with 1 exemption
	// 2017-12-15 S/RES/2375 (2017), OP 17: deadline: report the number of such work authorizations and their expected contract end dates
	// 2017-12-22 S/RES/2397 (2017), OP 8: adopted: worker repatriation with 2 exemptions
	// 2019-03-22 S/RES/2397 (2017), OP 8: deadline: interim report, covering the first 12 months; must explain if fewer than half were repatriated (day computed, not stated)
	// 2019-12-22 S/RES/2397 (2017), OP 8: deadline: repatriate all DPRK nationals earning income, "immediately but no later than 24 months from the date of adoption" (day computed, not stated)
	// 2020-03-22 S/RES/2397 (2017), OP 8: deadline: final report (day computed, not stated)
}

// A monthly Comtrade record (August 2017: a partner's imports of frozen
// fish from the DPRK; illustrative, made for this example) straddles 2371's
// adoption on 5 August: the seafood ban applies to part of the month, and
// the finding says so.
func ExampleRegime_Screen_period() {
	header := strings.Split("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue,isReported", ",")
	line := strings.Split("M,201708,156,M,408,H5,030389,8,12000,31000,True", ",")
	rec, err := sanctions.ParseComtradeCSV(header, line)
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := rec.Trade()
	if err != nil {
		fmt.Println(err)
		return
	}
	fs, err := sanctions.DPRK().Screen(t)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Date.Format("2006-01"), t.Precision, t.Direction, "HS", t.HS)
	for _, f := range fs {
		fmt.Println(f.Citation, "-", f.Outcome)
		for _, c := range f.Changes {
			fmt.Println("  inside the month:", c)
		}
	}
	// Output:
	// 2017-08 month DPRK exports HS 030389
	// S/RES/2371 (2017), OP 9 - undetermined
	//   inside the month: 2017-08-05 S/RES/2371 (2017), OP 9: adopted: export ban
}

// Coal's timeline: 2270's ban with its livelihood and Rajin exemptions,
// 2321's cap, 2371's full ban, which ends the cap (an inference: no source
// seen says "replaces").
func ExampleRegime_Timeline() {
	for _, e := range sanctions.DPRK().Timeline(sanctions.Coal) {
		fmt.Println(e)
	}
	// Output:
	// 2016-03-02 S/RES/2270 (2016), OP 29?: adopted: export ban with 2 exemptions
	// 2016-11-30 S/RES/2321 (2016), OP 26: adopted: export cap with 1 exemption: USD 53495894.00 or 1000866 metric tons, whichever is lower, 2016-11-30 to 2016-12-31
	// 2017-01-01 S/RES/2321 (2016), OP 26: cap period starts: USD 400870018.00 or 7500000 metric tons, whichever is lower, calendar years from 2017
	// 2017-08-05 S/RES/2371 (2017), OP 8: adopted: export ban with 1 exemption
	// 2017-08-05 S/RES/2321 (2016), OP 26: superseded: by 2371/OP8 (inferred)
}

// A textile shipment screened inside and after 2375's 90-day window for
// contracts signed before adoption. Textiles have no verified HS codes, so
// the trade names the commodity.
func ExampleRegime_Screen() {
	dprk := sanctions.DPRK()
	for _, day := range []string{"2017-12-01", "2017-12-12"} {
		fs, err := dprk.Screen(sanctions.Trade{
			Date:      date(day),
			Direction: sanctions.DPRKExports,
			Commodity: sanctions.Textiles,
			Value:     currency.MustNewAmount("250000", currency.USD),
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range fs {
			fmt.Println(day, f.Citation, "in transition:", f.InTransition)
			fmt.Println("  ", f.Reason)
		}
	}
	// Output:
	// 2017-12-01 S/RES/2375 (2017), OP 16 in transition: true
	//    textiles named by S/RES/2375 (2017), OP 16; banned; inside the transition window to 2017-12-11: allowed only under a contract finalized before adoption
	// 2017-12-12 S/RES/2375 (2017), OP 16 in transition: false
	//    textiles named by S/RES/2375 (2017), OP 16; banned
}

// The worker repatriation deadline of 2397 OP 8, and how it is known.
func ExampleMeasure_deadlines() {
	m, _ := sanctions.DPRK().Measure("2397/OP8")
	d := m.Deadlines[0]
	fmt.Println(m.Citation())
	fmt.Println(d.Day.Format("2006-01-02"), "derived:", d.Derived)
	fmt.Println(d.Note)
	// Output:
	// S/RES/2397 (2017), OP 8
	// 2019-12-22 derived: true
	// 22 Dec 2019 by computation, not stated; press gives 22 Dec (NK News) or 23 Dec (KBS)
}

// 2321's coal cap for 2017 crossed: the lower of US$400,870,018 and
// 7,500,000 metric tons binds.
func ExampleCapUsage() {
	m, _ := sanctions.DPRK().Measure("2321/OP26")
	ships := []sanctions.Shipment{
		{Date: date("2017-02-10"), Value: currency.MustNewAmount("200000000", currency.USD), Quantity: sanctions.MustQuantity("3000000", sanctions.MetricTon)},
		{Date: date("2017-03-15"), Value: currency.MustNewAmount("120000000", currency.USD), Quantity: sanctions.MustQuantity("2000000", sanctions.MetricTon)},
		{Date: date("2017-04-20"), Value: currency.MustNewAmount("100000000", currency.USD), Quantity: sanctions.MustQuantity("1500000", sanctions.MetricTon)},
	}
	u, err := sanctions.CapUsage(m.Caps, date("2017-06-30"), ships)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("period:", u.First.Format("2006-01-02"), "to", u.Last.Format("2006-01-02"))
	for _, l := range u.Limits {
		fmt.Println("limit", l.Limit, "used", l.Used, "remaining", l.Remaining)
		for _, t := range l.Thresholds {
			if t.Reached.IsZero() {
				fmt.Printf("  %d %% not reached\n", t.Percent)
			} else {
				fmt.Printf("  %d %% reached %s\n", t.Percent, t.Reached.Format("2006-01-02"))
			}
		}
	}
	fmt.Println("crossed:", u.Crossed.Format("2006-01-02"))
	// Output:
	// period: 2017-01-01 to 2017-12-31
	// limit USD 400870018.00 used USD 420000000.00 remaining USD -19129982.00
	//   75 % reached 2017-03-15
	//   90 % reached 2017-04-20
	//   95 % reached 2017-04-20
	// limit 7500000 metric tons used 6500000 metric tons remaining 1000000 metric tons
	//   75 % reached 2017-04-20
	//   90 % not reached
	//   95 % not reached
	// crossed: 2017-04-20
}

// Is coal banned for export, and by what, on days around 2270's and
// 2371's adoption? Three answers are possible: covered, undetermined (a
// ban names a narrower class than the goods asked about) and clean.
func ExampleRegime_Banned() {
	dprk := sanctions.DPRK()
	for _, day := range []string{"2016-03-01", "2016-03-02", "2017-08-05"} {
		st, err := dprk.Banned(sanctions.Coal, sanctions.DPRKExports, date(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		if st.Outcome != sanctions.Covered {
			fmt.Println(day, st.Outcome)
			continue
		}
		fmt.Println(day, st.Outcome, "by", st.Measure.Citation())
	}
	// Output:
	// 2016-03-01 clean
	// 2016-03-02 covered by S/RES/2270 (2016), OP 29?
	// 2017-08-05 covered by S/RES/2371 (2017), OP 8
}

// HS codes from customs declarations, checked against the bans in force:
// three answers. Coal (HS 2701) is banned in 2018 by 2371 OP 8. Frozen
// fish (HS 0303) in October 2017 is undetermined: 2371 OP 9 bans seafood,
// but the reference maps seafood to no HS code, so the finding says what
// would decide it. Pharmaceuticals (HS 3004) are clean.
func ExampleRegime_BannedHS() {
	dprk := sanctions.DPRK()
	for _, q := range []struct{ code, day string }{
		{"2701.12", "2018-02-01"},
		{"0303", "2017-10-16"},
		{"3004", "2018-02-01"},
	} {
		code, err := sanctions.ParseHSCode(q.code)
		if err != nil {
			fmt.Println(err)
			return
		}
		st, err := dprk.BannedHS(code, sanctions.DPRKExports, date(q.day))
		if err != nil {
			fmt.Println(err)
			return
		}
		switch st.Outcome {
		case sanctions.Covered:
			fmt.Println(code, q.day, "banned by", st.Measure.Citation())
		case sanctions.Undetermined:
			fmt.Println(code, q.day, "undetermined:")
			for _, f := range st.Findings {
				fmt.Printf("  %s (%s, %s): %s\n", f.Citation, f.Commodity, f.Match, f.Action)
			}
		case sanctions.Clean:
			fmt.Println(code, q.day, "no ban applies or may apply")
		}
	}
	_, err := dprk.BannedHS(sanctions.MustParseHSCode("2701"), sanctions.BothWays, date("2018-02-01"))
	fmt.Println(err)
	// Output:
	// 270112 2018-02-01 banned by S/RES/2371 (2017), OP 8
	// 0303 2017-10-16 undetermined:
	//   S/RES/2371 (2017), OP 9 (seafood, inferred from HS heading): check whether the goods are seafood, or set Trade.Commodity to screen them by commodity
	// 3004 2018-02-01 no ban applies or may apply
	// sanctions: Trade.Direction "both ways": want DPRK exports or supply to the DPRK
}

// A BanStatus holds every ban that covers the goods or may: coal (HS
// 2701) in 2018 is banned by 2371 OP 8, while 2270 OP 29, which also names
// coal but has no verified HS codes, may cover it. Chapter 27 as a whole
// is broader than coal's scope: undetermined, with what to check.
func ExampleBanStatus() {
	dprk := sanctions.DPRK()
	for _, code := range []string{"2701", "27"} {
		st, err := dprk.BannedHS(sanctions.MustParseHSCode(code), sanctions.DPRKExports, date("2018-03-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		if st.Outcome == sanctions.Covered {
			fmt.Printf("HS %s: covered by %s\n", code, st.Measure.ID)
		} else {
			fmt.Printf("HS %s: %s\n", code, st.Outcome)
		}
		for _, f := range st.Findings {
			fmt.Printf("  %s %s: %s\n", f.MeasureID, f.Outcome, f.Match)
		}
	}
	// Output:
	// HS 2701: covered by 2371/OP8
	//   2371/OP8 covered: HS code within scope
	//   2270/OP29 undetermined: inferred from HS heading
	// HS 27: undetermined
	//   2371/OP8 undetermined: HS code broader than scope
	//   2270/OP29 undetermined: inferred from HS heading
}

// The textile estimates disagree; kept as a range, each end with its source.
func ExampleRevenueRange() {
	var textiles []sanctions.RevenueEstimate
	for _, e := range sanctions.RevenueEstimates() {
		if slices.Contains(e.Commodities, sanctions.Textiles) {
			textiles = append(textiles, e)
		}
	}
	low, high, _ := sanctions.RevenueRange(textiles)
	fmt.Println("low: ", low.Figure, low.Per, "-", low.Publisher)
	fmt.Println("high:", high.Figure, high.Per, "-", high.Publisher)
	// Output:
	// low:  USD 752000000.00 in 2016 - KOTRA
	// high: about USD 950000000.00 per year - Australian foreign minister Julie Bishop
}

// Every measure says what is unverified: 2270's coal paragraph number is the
// expected one, not seen, and its citation says so with a "?".
func ExampleMeasure_verification() {
	m, _ := sanctions.DPRK().Measure("2270/OP29")
	fmt.Println(m.Citation())
	fmt.Println("row:", m.Verified, "- paragraph:", m.ParagraphVerified)
	for _, u := range m.Unverified {
		fmt.Println("-", u)
	}
	fmt.Println("source:", m.Sources[0].Publisher, m.Sources[0].URL)
	// Output:
	// S/RES/2270 (2016), OP 29?
	// row: no - paragraph: no
	// - paragraph number 29 is the expected number, not seen
	// - scope wording from a Xinhua report and MOFCOM; the resolution text was not seen
	// - HS codes not seen: Tongil News reports that MOFCOM 2016 No. 11 lists 20 mineral and 5 aviation-fuel customs codes, not visible
	// source: China Daily (Xinhua) http://www.chinadaily.com.cn/world/2016-03/03/content_23717920.htm
}

// The built-in regime: every measure, with its citation and what it does.
// DPRK returns a fresh copy on each call.
func ExampleDPRK() {
	regime := sanctions.DPRK()
	fmt.Println(regime.Len(), "measures")
	m, _ := regime.Measure("2375/OP16")
	fmt.Println(m.Citation(), "|", m.Kind, "|", m.Resolution.Adopted.Format(time.DateOnly))
	fmt.Println(m.Resolution.Symbol())
	// Output:
	// 74 measures
	// S/RES/2375 (2017), OP 16 | export ban | 2017-09-11
	// S/RES/2375 (2017)
}

func ExampleParseHSCode() {
	code, err := sanctions.ParseHSCode("2701.12")
	fmt.Println(code, err)
	fmt.Println(code.Within(sanctions.MustParseHSCode("27")), code.Within(sanctions.MustParseHSCode("2702")))
	_, err = sanctions.ParseHSCode("27O1")
	fmt.Println(err != nil)
	// Output:
	// 270112 <nil>
	// true false
	// true
}
