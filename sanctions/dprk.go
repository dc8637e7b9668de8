package sanctions

import (
	"time"

	"github.com/kpledger/kpledger/currency"
)

// The built-in data: the trade and labour measures of the UN Security
// Council's DPRK (1718) regime, one literal per row of the reference table
// (kpledger's shared/reference/sanctions.md, compiled 2026-11-23), each with
// its sources and the reference's verification levels. Nothing here comes
// from anywhere else; see the package documentation for what is left out.

// hs returns the HS codes of the literals; the data's codes are valid.
func hs(codes ...string) []HSCode {
	out := make([]HSCode, len(codes))
	for i, c := range codes {
		out[i] = MustParseHSCode(c)
	}
	return out
}

// chapters returns the 2-digit chapter codes from..to, both included, for
// ranges a source words as "chapters 72 through 83".
func chapters(from, to int) []HSCode {
	out := make([]HSCode, 0, to-from+1)
	for n := from; n <= to; n++ {
		out = append(out, chapterCode(n))
	}
	return out
}

// crudeOilMOFCOM2018 is China's mapping of crude oil, which both crude
// caps (2375 OP 15, 2397 OP 4) carry.
func crudeOilMOFCOM2018() HSScope {
	return HSScope{
		Commodity: CrudeOil, Codes: hs("2709"), Origin: ImplementingText, Verified: VerifiedPartly,
		Excludes: "condensate (不含凝析油)",
		Quote:    "原油(海关编码前四位为2709的商品,不含凝析油)",
		Source:   Source{Publisher: "China MOFCOM/GAC Announcement 2018 No. 4", URL: urlMOFCOM2018No4},
	}
}

// Source addresses used by several rows.
const (
	urlChinaDaily2270 = "http://www.chinadaily.com.cn/world/2016-03/03/content_23717920.htm"
	urlPeople2270     = "http://politics.people.com.cn/n1/2016/0406/c1001-28252847.html"
	urlTongil2270     = "http://www.tongilnews.com/news/articleView.html?idxno=116125"
	urlMoneyDJ2321    = "https://m.moneydj.com/f1a.aspx?a=b5e744c9-ae5e-4c9a-b0e2-9b5228251218"
	urlPress2371      = "https://tedmontgomery.com/remarks/17.7-12/NKorea/Resolution2371.adopted.html"
	urlAmitie2375     = "http://www.amitiefrancecoree.org/2017/09/la-chine-ordonne-la-fermeture-des-entreprises-nord-coreennes-sur-son-territoire-en-application-de-la-resolution-2375-du-csnu.html"
	urlUNfr2375       = "https://www.un.org/securitycouncil/fr/s/res/2375-%282017%29"
	urlMOFCOM2017No52 = "http://news.hnmdtv.com/2019/xinwen_0709/30045.html"
	urlMOFCOM2018No4  = "https://china.zjol.com.cn/gnxw/201801/t20180117_6386101.shtml"
	urlKMI2397        = "https://www.kmi.re.kr/globalnews/posts/view.do?idx=4269&page=771&rbsIdx=32"
	urlUSUN2397       = "https://usun.state.gov/remarks/8238"
	urlCommittee1718  = "https://main.un.org/securitycouncil/en/sanctions/1718/resolutions"
	urlReddit2397     = "https://lr.eu.psf.lt/r/internationallaw/comments/1dhbhz1/did_the_unsc_effectively_ban_employment_of_north"
	urlSingapore2397  = "GitHub isomerpages/singapore-customs-old, file _united-nations-security-council-sanctions/10b-list-of-prohibited-export-dprk.md (live: customs.gov.sg …/list-of-prohibited-export-dprk)"
)

// dprkMeasures returns the measures of the reference table: the 23 rows of
// the first compilation, in table order, then the 51 rows added on
// 2026-12-01 ([addedMeasures]). Each call builds new slices.
func dprkMeasures() []Measure {
	r2270, r2321, r2371, r2375, r2397 := mustResolution(2270), mustResolution(2321), mustResolution(2371), mustResolution(2375), mustResolution(2397)
	first := []Measure{
		{
			ID: "2270/OP29", Resolution: r2270, Paragraph: OP(29),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Coal, Iron, IronOre},
			Scope:       "coal, iron, iron ore (wording from a Xinhua report and MOFCOM; resolution text not seen)",
			Exemptions: []Exemption{
				{Text: "this provision shall not apply with respect to transactions that are determined to be exclusively for livelihood purposes", Quoted: true, Verified: NotVerified, Source: "Xinhua, via China Daily"},
				{Text: "Rajin (Rason) transit coal for non-DPRK-origin coal", Commodities: []Commodity{Coal}, Verified: NotVerified, Source: "MOFCOM 2016 No. 11 (Chinese)"},
			},
			Sources: []Source{
				{Publisher: "China Daily (Xinhua)", URL: urlChinaDaily2270},
				{Publisher: "People's Daily", URL: urlPeople2270},
				{Publisher: "Tongil News", URL: urlTongil2270},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{
				"paragraph number 29 is the expected number, not seen",
				"scope wording from a Xinhua report and MOFCOM; the resolution text was not seen",
				"HS codes not seen: Tongil News reports that MOFCOM 2016 No. 11 lists 20 mineral and 5 aviation-fuel customs codes, not visible",
			},
			Notes: []string{"the reference's table gives Xinhua's livelihood wording as \"exclusively for livelihood purposes and unrelated to generating revenue…\""},
		},
		{
			ID: "2270/OP30", Resolution: r2270, Paragraph: OP(30),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Gold, TitaniumOre, VanadiumOre, RareEarthMinerals},
			Scope:       "gold, titanium ore, vanadium ore, rare earth minerals",
			Quote:       "禁止自朝鲜进口黄金矿、钛矿、钒矿及稀土矿物",
			QuoteSource: "MOFCOM 2016 No. 11 (Chinese): China's implementing text, not the resolution",
			Sources: []Source{
				{Publisher: "China Daily (Xinhua)", URL: urlChinaDaily2270},
				{Publisher: "People's Daily", URL: urlPeople2270},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{
				"paragraph number 30 is the expected number, not seen",
				"the exact UN wording was not seen: Xinhua says \"rare earth metals\", Singapore Customs \"rare earth materials\", MOFCOM \"rare earth minerals\"",
				"HS codes not seen",
			},
			Notes: []string{"no exemption seen; Tongil News: MOFCOM bans these \"without exception\" (예외 없이)"},
		},
		{
			ID: "2270/OP31", Resolution: r2270, Paragraph: OP(31),
			Kind: SupplyBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{AviationFuel},
			Scope:       "\"aviation fuel, including aviation gasoline, naptha-type jet fuel, kerosene-type jet fuel, and kerosene-type rocket fuel\"",
			Quote:       "prevent the sale or supply […] of aviation fuel, including aviation gasoline, naptha-type jet fuel, kerosene-type jet fuel, and kerosene-type rocket fuel",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2270 (2016), Paragraph 31\"",
			Exemptions: []Exemption{
				{Text: "Committee approval in advance, case by case, for verified essential humanitarian needs, with monitoring", Verified: VerifiedText, Source: "unsanctionsapp.com"},
				{Text: "aviation fuel to civilian passenger aircraft outside the DPRK exclusively for consumption during its flight to the DPRK and its return flight", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim copy)", URL: "https://unsanctionsapp.com/types-of-sanctions/aviation-fuel-imports"}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"HS codes not seen (MOFCOM mentions 5 codes; not visible)"},
		},
		{
			ID: "2321/OP26", Resolution: r2321, Paragraph: OP(26),
			Kind: ExportCap, Direction: DPRKExports,
			Commodities: []Commodity{Coal},
			Scope:       "coal",
			Caps: []Cap{
				{
					Period:         Period{Kind: FixedPeriod, Start: r2321.Adopted, End: day(2016, time.December, 31)},
					Limits:         []Limit{{Value: currency.MustNewAmount("53495894", currency.USD)}, {Quantity: MustQuantity("1000866", MetricTon)}},
					WhicheverLower: true,
					Quote:          "exceed 53 495 894 US dollars or 1 000 866 metric tons, whichever is lower, between the date of adoption of UNSCR 2321 (2016) and 31 December 2016",
					Verified:       VerifiedPartly,
					Note:           "remainder of 2016; the sub-paragraph is not verified; NK News gives the same figures",
					Source:         "EU implementing text (wordscope.be)",
				},
				{
					Period:         Period{Kind: CalendarYears, Start: day(2017, time.January, 1)},
					Limits:         []Limit{{Value: currency.MustNewAmount("400870018", currency.USD)}, {Quantity: MustQuantity("7500000", MetricTon)}},
					WhicheverLower: true,
					Paragraph:      "26 (b)",
					Quote:          "the aggregate of 400,870,018 US dollars or 7,500,000 metric tons, whichever is lower, between 1 January 2017 and 31 December 2017",
					Verified:       VerifiedPartly,
					Note:           "per year from 1 Jan 2017 (the reference's table); OP 26 (b) is named only in 1718 Committee wording quoted second-hand",
					Source:         "1718 Committee wording quoted by RedState",
				},
			},
			Exemptions: []Exemption{
				{Text: "Rajin transit coal", Commodities: []Commodity{Coal}, Verified: VerifiedPartly, Source: "EU text"},
			},
			Quote:       "Pursuant to paragraph 26 (b) of resolution 2321 (2016), total exports to all Member States of coal originating from the DPRK shall not exceed",
			QuoteSource: "1718 Committee wording quoted by RedState",
			Sources: []Source{
				{Publisher: "RedState (quotes 1718 Committee wording)", URL: "http://redstate.com/streiff/2017/06/09/north-korea-coal-april-n72969"},
				{Publisher: "EU implementing text (wordscope.be)", URL: "http://wordscope.be/engels/nederlands/aggregation.html"},
				{Publisher: "EU implementing text (wordscope.be), iron and iron ore", URL: "http://www.wordscope.be/francais/anglais/fer+national.html"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"OP 26 (b) is named only in 1718 Committee wording quoted second-hand; the resolution text was not seen",
				"the sub-paragraph for the 2016 remainder is not verified",
				"HS codes not seen",
			},
			Notes: []string{
				"iron and iron ore stay limited to livelihood transactions (EU implementing text only): \"transactions in iron and iron ore that are determined to be exclusively for livelihood purposes\"",
				"conditions on procurements exist in the EU text, which is cut off",
			},
		},
		{
			ID: "2321/OP28", Resolution: r2321, Paragraph: OP(28),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Copper, Nickel, Silver, Zinc},
			Scope:       "copper, nickel, silver and zinc (news and MOFCOM wording)",
			Quote:       "the Security Council bans the sale of copper, nickel, silver, zinc and statues from the DPRK",
			QuoteSource: "Xinhua",
			Sources: []Source{
				{Publisher: "ecns.cn", URL: "http://ecns.cn/2016/12-01/235963.shtml"},
				{Publisher: "MoneyDJ", URL: urlMoneyDJ2321},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 28 is the expected number, not seen", "HS codes not seen", "exemptions not seen"},
			Notes:      []string{"MOFCOM let goods already shipped before its notice through (China's implementation, not UN text)"},
		},
		{
			ID: "2321/OP29", Resolution: r2321, Paragraph: OP(29),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Statues},
			Scope:       "statues",
			Quote:       "the Security Council bans the sale of copper, nickel, silver, zinc and statues from the DPRK",
			QuoteSource: "Xinhua",
			Exemptions: []Exemption{
				{Text: "unless approved in advance, case by case, by the 1718 Committee", Verified: NotVerified, Source: "MOFCOM (not verified in UN text)"},
			},
			Sources:  []Source{{Publisher: "MoneyDJ", URL: urlMoneyDJ2321}},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 29 is the expected number, not seen", "HS codes not seen"},
		},
		{
			ID: "2371/OP8", Resolution: r2371, Paragraph: OP(8),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Coal, Iron, IronOre},
			Scope:       "\"coal, iron and iron ore\" (+ procurement ban on all States)",
			HS: []HSScope{
				{
					Commodity: Coal, Codes: hs("2701", "2702"), Origin: ImplementingText, Verified: VerifiedPartly,
					Quote:  "1 | 煤 | 2701 | 煤;煤砖、煤球及用煤制成的类似固体燃料",
					Note:   "China's reference codes (参考税号); 2702 is lignite (褐煤)",
					Source: Source{Publisher: "China MOFCOM/GAC Announcement 2017 No. 40, annex", URL: "https://customslawyer.cn/portal/fgk/detail/id/65365.html"},
				},
				{
					Commodity: IronOre, Codes: hs("2601111000", "2601112000", "2601119000"), Origin: ImplementingText, Verified: VerifiedPartly,
					Quote:      "2 | 铁矿石 | 2601111000 | 未烧结铁矿砂及其精矿",
					Note:       "non-agglomerated ore by particle size; the list is cut off, so further lines (agglomerated ore, iron) were not visible",
					Incomplete: true,
					Source:     Source{Publisher: "China MOFCOM/GAC Announcement 2017 No. 40, annex", URL: "https://customslawyer.cn/portal/fgk/detail/id/65365.html"},
				},
			},
			Exemptions: []Exemption{
				{Text: "has originated outside the DPRK and was transported through the DPRK solely for export from the Port of Rajin (Rason)", Quoted: true, Commodities: []Commodity{Coal}, Verified: VerifiedPartly, Source: "dprknow.jp text copy (coal; exempt with advance notification)"},
			},
			Transition: Transition{
				Applies:     "sales and transactions of iron and iron ore for which written contracts have been finalized prior to the adoption of this resolution",
				Commodities: []Commodity{Iron, IronOre},
				Days:        30, LastDay: day(2017, time.September, 4), LastDayDerived: true,
				NotifyDays: 45,
				Note:       "imports allowed up to 30 days, notification to the Committee within 45 days; in the visible text the window is tied to iron and iron ore only, none was seen for coal; China's national cut-off (5 Sep 2017) is an implementation choice, not UN text",
				Source:     "dprknow.jp text copy",
			},
			Supersedes: []Supersession{
				{ID: "2321/OP26", From: r2371.Adopted, Inferred: true, Note: "inferred: a full ban on coal leaves no room for 2321's coal cap; whether OP 8 \"replaces\" 2321 OP 26 was not seen in any visible text"},
			},
			Quote:       "Decides that the DPRK shall not supply, sell or transfer, directly or indirectly, from its territory […] coal, iron and iron ore",
			QuoteSource: "dprknow.jp copy, where the paragraph is numbered \"9.\"",
			Sources: []Source{
				{Publisher: "dprknow.jp (English text, numbered \"9.\")", URL: "http://dprknow.jp/blog-entry-2424.html"},
				{Publisher: "Amitié franco-coréenne (2375 OP 18 cites \"paragraphe 8 de la résolution 2371\")", URL: urlAmitie2375},
				{Publisher: "customslawyer.cn (China's HS codes)", URL: "https://customslawyer.cn/portal/fgk/detail/id/65365.html"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"paragraph number in conflict: the dprknow.jp copy, made from press material on the day of adoption, numbers it 9; 2375 OP 18 (FR) cites OP 8; the reference uses 8",
				"whether OP 8 \"replaces\" 2321 OP 26: not seen",
				"HS codes for iron not seen; the iron ore list is cut off",
			},
		},
		{
			ID: "2371/OP9", Resolution: r2371, Paragraph: OP(9),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Seafood},
			Scope:       "seafood \"(including fish, crustaceans, mollusks and other aquatic invertebrates in all forms)\"",
			Quote:       "Prohibits the export by the DPRK of seafood (including fish, crustaceans, mollusks and other aquatic invertebrates in all forms)",
			QuoteSource: "1718 Committee description",
			Sources: []Source{
				{Publisher: "KMI (2397 OP 6 cross-reference)", URL: urlKMI2397},
				{Publisher: "1718 Committee", URL: "https://www.un.org/sc/suborg/en/sanctions/1718/resolutions"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"the resolution's own punctuation was not seen (the 1718 Committee description has no comma before \"and\"; some summaries have one)",
				"HS codes not seen (03, 1604, 1605 unverified, left out)",
				"exemptions and transition window not seen in the 2371 text",
			},
			Notes: []string{"2397 OP 6 later clarifies that this paragraph covers fishing rights"},
		},
		{
			ID: "2371/OP10", Resolution: r2371, Paragraph: OP(10),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Lead, LeadOre},
			Scope:       "lead and lead ore (UN press release wording)",
			Quote:       "shall not supply, sell or transfer coal, iron, iron ore, seafood, lead and lead ore to other countries",
			QuoteSource: "UN press release (copy on tedmontgomery.com)",
			Sources:     []Source{{Publisher: "UN press release (copy on tedmontgomery.com)", URL: urlPress2371}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 10 is the expected number, not seen", "HS codes not seen (2607 / ch. 78 unverified, left out)", "exemptions not seen"},
		},
		{
			ID: "2371/OP11", Resolution: r2371, Paragraph: OP(11),
			Kind: WorkAuthorizationFreeze, Direction: Labour,
			Scope:       "States \"shall not increase the total number of work authorizations\" for DPRK nationals (press-release wording); the EU fixes the baseline at the number on 5 Aug 2017",
			Quote:       "shall not increase the total number of work authorizations for such persons in their jurisdictions, unless approved by the Security Council Committee",
			QuoteSource: "UN press release, via ASIL",
			Exemptions: []Exemption{
				{Text: "unless the 1718 Committee approves in advance, case by case (the EU text lists humanitarian, denuclearisation or other consistent purposes)", Verified: VerifiedPartly, Source: "UN press release; EU text"},
			},
			Sources: []Source{
				{Publisher: "ASIL", URL: "https://asil.org/print/blogs/un-security-council-passes-resolution-strengthening-sanctions-against-north-korea-august-5"},
				{Publisher: "EU implementing text (wordscope.be)", URL: "http://wordscope.be/engels/nederlands/Denuclearisation.html"},
			},
			Verified: VerifiedPartly, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 11 is the expected number, not seen; the scope is attested partly"},
			Notes:      []string{"freeze at the level on the adoption date (EU text)"},
		},
		{
			ID: "2371/OP12", Resolution: r2371, Paragraph: OP(12),
			Kind: JointVentureBan, Direction: Investment,
			Scope:       "no new JVs or cooperative entities with DPRK entities or individuals, and no expansion of existing JVs through additional investment (press-release wording)",
			Quote:       "prohibit the opening of new joint ventures or cooperative entities […] or expand existing joint ventures through additional investments",
			QuoteSource: "UN press release (copy on tedmontgomery.com)",
			Sources:     []Source{{Publisher: "UN press release (copy on tedmontgomery.com)", URL: urlPress2371}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 12 is the expected number, not seen", "exemptions not seen"},
		},
		{
			ID: "2375/OP13", Resolution: r2375, Paragraph: OP(13),
			Kind: SupplyBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{CondensatesAndNGL},
			Scope:       "all condensates and natural gas liquids (UN summary, FR; Sandler Travis and other press-based)",
			HS: []HSScope{
				{
					Commodity: CondensatesAndNGL, Codes: hs("2709000000"), Origin: ImplementingText, Verified: VerifiedPartly,
					Excludes: "crude oil (不含原油)",
					Quote:    "禁止对朝鲜出口凝析油(海关编码:2709000000,不含原油)和液化天然气(海关编码:2711110000)",
					Note:     "condensate",
					Source:   Source{Publisher: "China MOFCOM/GAC Announcement 2017 No. 52", URL: urlMOFCOM2017No52},
				},
				{
					Commodity: CondensatesAndNGL, Codes: hs("2711110000"), Origin: ImplementingText, Verified: VerifiedPartly,
					Quote:  "禁止对朝鲜出口凝析油(海关编码:2709000000,不含原油)和液化天然气(海关编码:2711110000)",
					Note:   "LNG: China's reading of \"natural gas liquids\"; LNG is not the same thing as NGL",
					Source: Source{Publisher: "China MOFCOM/GAC Announcement 2017 No. 52", URL: urlMOFCOM2017No52},
				},
			},
			Quote:       "Instaure l'interdiction complète de la vente, de la fourniture ou du transfert de tous condensats de gaz et liquides de gaz naturel",
			QuoteSource: "UN summary (FR)",
			Sources: []Source{
				{Publisher: "UN summary (FR)", URL: urlUNfr2375},
				{Publisher: "MOFCOM text (news.hnmdtv.com)", URL: urlMOFCOM2017No52},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 13 is the expected number, not seen", "exemptions not seen"},
		},
		{
			ID: "2375/OP14", Resolution: r2375, Paragraph: OP(14),
			Kind: SupplyCap, Direction: SupplyToDPRK,
			Commodities: []Commodity{RefinedPetroleum},
			Scope:       "all refined petroleum products",
			HS: []HSScope{
				{
					Commodity: RefinedPetroleum, Codes: hs("2710", "2712", "2713"), Origin: ImplementingText, Verified: VerifiedPartly,
					Quote:  "海关编码前四位为2710、2712、2713的商品",
					Note:   "first four digits",
					Source: Source{Publisher: "China MOFCOM/GAC Announcement 2017 No. 52", URL: urlMOFCOM2017No52},
				},
			},
			Caps: []Cap{
				{
					Period:   Period{Kind: FixedPeriod, Start: day(2017, time.October, 1), End: day(2017, time.December, 31)},
					Limits:   []Limit{{Quantity: MustQuantity("500000", Barrel)}},
					Quote:    "beyond 500,000 barrels during an initial period of three months – beginning on October 1, 2017 and ending on December 31, 2017",
					Verified: NotVerified,
					Source:   "Thompson Hine (law firm); MOFCOM wording",
				},
				{
					Period:   Period{Kind: TwelveMonths, Start: day(2018, time.January, 1)},
					Limits:   []Limit{{Quantity: MustQuantity("2000000", Barrel)}},
					Quote:    "and exceeding two million barrels per year during a period of 12 months beginning on January 1, 2018 and annually thereafter",
					Verified: NotVerified,
					Note:     "superseded from 2018 by 2397 OP 5",
					Source:   "Thompson Hine (law firm); MOFCOM wording",
				},
			},
			Exemptions: []Exemption{
				{Text: "notification and livelihood / no-designated-party conditions", Verified: NotVerified, Source: "MOFCOM (not verified in UN text)"},
			},
			Quote:       "beyond 500,000 barrels during an initial period of three months – beginning on October 1, 2017 and ending on December 31, 2017",
			QuoteSource: "Thompson Hine",
			Sources: []Source{
				{Publisher: "Thompson Hine", URL: "https://www.thompsonhinesmartrade.com/2017/09/united-nations-adds-sanctions-north-korea/"},
				{Publisher: "MOFCOM text (news.hnmdtv.com)", URL: urlMOFCOM2017No52},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 14 not seen: the 1718 Committee page names \"paragraphe applicable de la résolution 2375\" but the number is cut off"},
		},
		{
			ID: "2375/OP15", Resolution: r2375, Paragraph: OP(15),
			Kind: SupplyCap, Direction: SupplyToDPRK,
			Commodities: []Commodity{CrudeOil},
			Scope:       "crude oil, capped at the amount each State supplied in the 12 months before adoption",
			HS:          []HSScope{crudeOilMOFCOM2018()},
			Caps: []Cap{
				{
					Period:   Period{Kind: FixedPeriod, Start: r2375.Adopted, End: day(2018, time.September, 10)},
					PerState: true,
					Basis:    "the amount each State supplied in the 12 months before adoption",
					Quote:    "d'une quantité de pétrole brut dépassant la quantité fournie par les États Membres dans la période de 12 mois précédant la date d'adoption",
					Verified: NotVerified,
					Note:     "12 months from adoption (UN summary, FR); the last day, 2018-09-10, is computed, not stated",
					Source:   "UN summary (FR)",
				},
			},
			Exemptions: []Exemption{
				{Text: "unless Committee approval, case by case", Verified: NotVerified, Source: "Korean summary"},
			},
			Quote:       "d'une quantité de pétrole brut dépassant la quantité fournie par les États Membres dans la période de 12 mois précédant la date d'adoption",
			QuoteSource: "UN summary (FR)",
			Sources:     []Source{{Publisher: "UN summary (FR)", URL: urlUNfr2375}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph number 15 is the expected number, not seen"},
			Notes:      []string{"2397 OP 4 \"strengthens\" this freeze (US Mission); no source says it replaces it"},
		},
		{
			ID: "2375/OP16", Resolution: r2375, Paragraph: OP(16),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{Textiles},
			Scope:       "textiles \"including but not limited to fabrics and partially or fully completed apparel products\" (English wording not seen verbatim)",
			Transition: Transition{
				Applies: "imports of textiles for which written contracts were finalized before adoption",
				Days:    90, LastDay: day(2017, time.December, 11),
				Note:   "the Korean notice gives 90 days, to 11 Dec 2017; China: customs formalities done by 24:00, 10 Dec 2017; any notification deadline not seen",
				Source: "Korean industry notice (Korean unofficial translation) citing 결의 16항",
			},
			Quote:       "Interdit l'exportation de textiles (notamment, mais non exclusivement, de tissus et de vêtements partiellement ou entièrement assemblés)",
			QuoteSource: "UN summary (FR)",
			Sources: []Source{
				{Publisher: "Korean industry notice citing \"결의 16항\"", URL: "http://183.111.126.15/board/notice/view/wr_id/120470/page/35/sst/wr_hit/sod/desc"},
				{Publisher: "UN summary (FR)", URL: urlUNfr2375},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"the English wording \"including but not limited to fabrics and partially or fully completed apparel products\" was not seen verbatim; seen: the FR summary and a Korean unofficial translation of OP 16",
				"HS codes not seen (50–63 unverified, left out); MOFCOM 2017 No. 52 Annex 1 exists but was not seen",
			},
		},
		{
			ID: "2375/OP17", Resolution: r2375, Paragraph: OP(17),
			Kind: WorkAuthorizationBan, Direction: Labour,
			Scope:       "States shall not provide work authorizations for DPRK nationals (UN summary, FR; news wording)",
			Quote:       "paragraph 17 of resolution 2375 (2017), regarding work authorisations for DPRK nationals",
			QuoteSource: "Mongolia's implementation report, quoted by news.mn",
			Exemptions: []Exemption{
				{Text: "à l'exception des permis de travail pour lesquels des contrats écrits ont été établis avant l'adoption de la résolution", Quoted: true, Verified: VerifiedPartly, Source: "UN summary (FR); news.mn"},
			},
			Deadlines: []Deadline{
				{What: "report the number of such work authorizations and their expected contract end dates", Day: day(2017, time.December, 15), Verified: NotVerified, Note: "Jiji (Japanese) only, not verified: http://news.kantsuu.com/201709/20170912171252_640358.shtml"},
			},
			Sources: []Source{
				{Publisher: "news.mn (Mongolia's report cites \"paragraph 17 of resolution 2375\")", URL: "https://news.mn/en/771567/"},
				{Publisher: "Reddit mirror quoting 2397 OP 8 (\"paragraph 17 of resolution 2375 (2017)\")", URL: urlReddit2397},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the paragraph number and scope are attested by cross-references (2397 OP 8, Mongolia's report) and the FR summary; the resolution text was not seen"},
		},
		{
			ID: "2375/OP18", Resolution: r2375, Paragraph: OP(18),
			Kind: JointVentureClosure, Direction: Investment,
			Scope: "opening, maintenance and operation of all JVs or cooperative entities, new and existing, with DPRK entities or individuals",
			Transition: Transition{
				Applies: "existing joint ventures and cooperative entities, which must close within 120 days of adoption, or within 120 days of a Committee non-approval",
				Days:    120, LastDay: day(2018, time.January, 9), LastDayDerived: true,
				Note:   "\"mettre fin à toute coentreprise ou entité de coopération existante dans les 120 jours suivant l'adoption de la présente résolution\"",
				Source: "French text (amitiefrancecoree.org)",
			},
			Exemptions: []Exemption{
				{Text: "Committee approval case by case, in particular non-commercial, non-profit public utility infrastructure", Verified: VerifiedText, Source: "French text"},
				{Text: "China–DPRK hydroelectric power infrastructure projects", Verified: VerifiedText, Source: "French text"},
				{Text: "Rajin–Khasan port and rail project for Russian-origin coal export", Verified: VerifiedText, Source: "French text"},
			},
			Quote:       "18. Décide que les États doivent interdire l'ouverture, le maintien en fonctionnement et l'exploitation […] de toute coentreprise ou entité de coopération, existante et nouvelle",
			QuoteSource: "French authentic text, third-party host (amitiefrancecoree.org)",
			Sources:     []Source{{Publisher: "Amitié franco-coréenne (French text with \"18.\")", URL: urlAmitie2375}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"the English wording was only partly seen"},
		},
		{
			ID: "2397/OP4", Resolution: r2397, Paragraph: OP(4),
			Kind: SupplyCap, Direction: SupplyToDPRK,
			Commodities: []Commodity{CrudeOil},
			Scope:       "crude oil",
			HS:          []HSScope{crudeOilMOFCOM2018()},
			Caps: []Cap{
				{
					Period:   Period{Kind: TwelveMonths, Start: r2397.Adopted},
					Limits:   []Limit{{Quantity: MustQuantity("4000000", Barrel)}, {Quantity: MustQuantity("525000", Ton)}},
					Quote:    "Strengthens UNSCR 2375 freeze on crude oil by establishing a 4 million barrels/year or 525,000 tons/year annual limit",
					Verified: VerifiedPartly,
					Note:     "per 12-month period, \"as of 22 December 2017\" (1718 Committee); States report every 90 days; the sources join the two limits with \"or\" and do not say which binds, nor that the tons are metric",
					Source:   "US Mission fact sheet; 1718 Committee",
				},
			},
			Exemptions: []Exemption{
				{Text: "Committee approval in advance, case by case, exclusively for livelihood purposes", Verified: VerifiedPartly, Source: "SPITS summary; EU Reg. 2017/1509 Art. 16g cites \"paragraph 4 of UNSCR 2397\""},
			},
			Quote:       "Crude Oil (OP4): Strengthens UNSCR 2375 freeze on crude oil by establishing a 4 million barrels/year or 525,000 tons/year annual limit",
			QuoteSource: "US Mission fact sheet",
			Sources: []Source{
				{Publisher: "US Mission to the UN", URL: urlUSUN2397},
				{Publisher: "1718 Committee", URL: urlCommittee1718},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Notes: []string{"EU Reg. 2017/1509 Art. 16g: \"in accordance with paragraph 4 of UNSCR 2397 (2017)\" (no URL for this excerpt; the neighbouring Art. 16e is at https://service.betterregulation.com/document/305354)"},
		},
		{
			ID: "2397/OP5", Resolution: r2397, Paragraph: OP(5),
			Kind: SupplyCap, Direction: SupplyToDPRK,
			Commodities: []Commodity{RefinedPetroleum},
			Scope:       "all refined petroleum products",
			HS: []HSScope{
				{
					Commodity: RefinedPetroleum, Codes: hs("2710", "2712", "2713"), Origin: ImplementingText, Verified: VerifiedPartly,
					Quote:  "海关编码前四位为2710、2712、2713的商品",
					Note:   "first four digits; MOFCOM 2017 No. 52 and 2018 No. 4",
					Source: Source{Publisher: "China MOFCOM/GAC Announcement 2018 No. 4", URL: urlMOFCOM2018No4},
				},
			},
			Caps: []Cap{
				{
					Period:   Period{Kind: TwelveMonths, Start: day(2018, time.January, 1)},
					Limits:   []Limit{{Quantity: MustQuantity("500000", Barrel)}},
					Quote:    "paragraphe 5 de la résolution 2397 (2017) […] D'une quantité maximale de 500 000 barils par période de 12 mois, à compter du 1er janvier 2018",
					Verified: VerifiedPartly,
					Note:     "\"and twelve-month periods thereafter\" (1718 Committee)",
					Source:   "1718 Committee (FR)",
				},
			},
			Exemptions: []Exemption{
				{Text: "notification to the Committee every 30 days with all parties to the transaction; no designated or associated persons", Verified: VerifiedPartly, Source: "1718 Committee (FR)"},
			},
			Supersedes: []Supersession{
				{ID: "2375/OP14", From: day(2018, time.January, 1), Note: "the reference's 2375 OP 14 row: \"Superseded from 2018 by 2397 OP 5\" (law-firm and MOFCOM wording); the 2397 text saying so was not seen"},
			},
			Quote:       "paragraphe 5 de la résolution 2397 (2017) […] D'une quantité maximale de 500 000 barils par période de 12 mois, à compter du 1er janvier 2018",
			QuoteSource: "1718 Committee (FR)",
			Sources: []Source{
				{Publisher: "1718 Committee (FR)", URL: "https://main.un.org/securitycouncil/fr/sanctions/1718/exemptions/arms-embargo/refined-petroleum-products"},
				{Publisher: "US Mission to the UN (\"Refined Petroleum Products (OP5)\")", URL: urlUSUN2397},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"attested by the 1718 Committee (FR) and the US Mission; the resolution text was not seen"},
		},
		{
			ID: "2397/OP6", Resolution: r2397, Paragraph: OP(6),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{FoodAndAgriculturalProducts, Machinery, ElectricalEquipment, EarthAndStone, Wood, Vessels},
			Scope:       "food and agricultural products; machinery; electrical equipment; earth and stone incl. magnesite and magnesia; wood; vessels",
			HS: []HSScope{
				{Commodity: FoodAndAgriculturalProducts, Codes: hs("12", "08", "07"), Origin: ResolutionText, Verified: VerifiedText, Quote: "food and agricultural products (HS codes 12, 08, 07)", Note: "Singapore Customs' import list repeats them", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
				{Commodity: Machinery, Codes: hs("84"), Origin: ResolutionText, Verified: VerifiedText, Quote: "machinery (HS code 84)", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
				{Commodity: ElectricalEquipment, Codes: hs("85"), Origin: ResolutionText, Verified: VerifiedText, Quote: "electrical equipment (HS code 85)", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
				{Commodity: EarthAndStone, Codes: hs("25"), Origin: ResolutionText, Verified: VerifiedText, Quote: "earth and stone including magnesite and magnesia (HS code 25)", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
				{Commodity: Wood, Codes: hs("44"), Origin: ResolutionText, Verified: VerifiedText, Quote: "wood (HS code 44)", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
				{Commodity: Vessels, Codes: hs("89"), Origin: ResolutionText, Verified: VerifiedText, Quote: "vessels (HS code 89)", Source: Source{Publisher: "KMI (copy of the resolution text)", URL: urlKMI2397}},
			},
			Transition: Transition{
				Applies: "shipments under contracts finalized before adoption",
				Days:    30, LastDay: day(2018, time.January, 21), LastDayDerived: true,
				NotifyDays: 45,
				Note:       "\"all States may only allow those shipments to be imported into their territories up to 30 days from the date of adoption\"; notification \"by no later than 45 days after the date of adoption\"",
				Source:     "KMI copy of the resolution text",
			},
			Quote:       "food and agricultural products (HS codes 12, 08, 07), machinery (HS code 84), electrical equipment (HS code 85)",
			QuoteSource: "KMI copy beginning \"6. Decides that the DPRK shall not supply, sell or transfer\"",
			Sources:     []Source{{Publisher: "KMI (verbatim English with \"6.\", third-party copy)", URL: urlKMI2397}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "2397/OP6-fishing", Resolution: r2397, Paragraph: OP(6),
			Kind: ExportBan, Direction: DPRKExports,
			Commodities: []Commodity{FishingRights},
			Scope:       "fishing rights, covered by the 2371 OP 9 seafood ban",
			Clarifies:   "2371/OP9",
			Quote:       "clarifies that the full sectoral ban on seafood in paragraph 9 of resolution 2371 (2017) prohibits the DPRK from selling or transferring, […] fishing rights",
			QuoteSource: "KMI copy of 2397 OP 6",
			Sources:     []Source{{Publisher: "KMI (verbatim English with \"6.\", third-party copy)", URL: urlKMI2397}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"a clarification, not a new ban: the library dates it from 2397's adoption because that is when the clarification was made"},
		},
		{
			ID: "2397/OP7", Resolution: r2397, Paragraph: OP(7),
			Kind: SupplyBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{IndustrialMachinery, TransportationVehicles, IronSteelAndOtherMetals},
			Scope:       "all industrial machinery, transportation vehicles, iron, steel and other metals (1718 Committee description)",
			HS: []HSScope{
				{Commodity: IndustrialMachinery, Codes: hs("84", "85"), Origin: ImplementingText, Verified: VerifiedPartly, Quote: "Industrial machinery (HS Code chapters 84 and 85).", Source: Source{Publisher: "Singapore Customs export list", URL: urlSingapore2397}},
				{Commodity: TransportationVehicles, Codes: chapters(86, 89), Origin: ImplementingText, Verified: VerifiedPartly, Quote: "Transportation vehicles (HS Code chapters 86 through 89).", Source: Source{Publisher: "Singapore Customs export list", URL: urlSingapore2397}},
				{Commodity: IronSteelAndOtherMetals, Codes: chapters(72, 83), Origin: ImplementingText, Verified: VerifiedPartly, Quote: "Iron, steel and other metals (HS Code chapters 72 through 83).", Source: Source{Publisher: "Singapore Customs export list", URL: urlSingapore2397}},
			},
			Exemptions: []Exemption{
				{Text: "spare parts to maintain DPRK commercial civilian passenger aircraft currently in use", Verified: VerifiedPartly, Source: "1718 Committee (the aircraft model list was not seen)"},
			},
			Quote:       "a ban on the supply, sale or transfer to the DPRK of all industrial machinery, transportation vehicles, iron, steel and other metals",
			QuoteSource: "1718 Committee",
			Sources: []Source{
				{Publisher: "1718 Committee", URL: urlCommittee1718},
				{Publisher: "Singapore Customs", URL: urlSingapore2397},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{
				"paragraph number 7 is the expected number, not seen",
				"the HS chapters come from Singapore Customs' implementing list; whether the resolution itself names these codes was not seen",
			},
		},
		{
			ID: "2397/OP8", Resolution: r2397, Paragraph: OP(8),
			Kind: WorkerRepatriation, Direction: Labour,
			Scope:       "repatriate all DPRK nationals earning income in a State's jurisdiction, and all DPRK government safety oversight attachés monitoring DPRK workers abroad",
			Quote:       "repatriate […] all DPRK nationals earning income in that Member State's jurisdiction […] immediately but no later than 24 months from the date of adoption",
			QuoteSource: "English text quoted on Reddit (mirror)",
			Exemptions: []Exemption{
				{Text: "unless the Member State determines that a DPRK national is a national of that Member State or a DPRK national whose repatriation is prohibited", Quoted: true, Verified: VerifiedPartly, Source: "English text quoted on Reddit"},
				{Text: "repatriation prohibited under applicable national and international law (incl. refugee law, human-rights law, UN HQ Agreement, Convention on Privileges and Immunities)", Verified: VerifiedPartly, Source: "English text quoted on Reddit"},
			},
			Deadlines: []Deadline{
				{What: "repatriate all DPRK nationals earning income, \"immediately but no later than 24 months from the date of adoption\"", Months: 24, Day: day(2019, time.December, 22), Derived: true, Verified: VerifiedPartly, Note: "22 Dec 2019 by computation, not stated; press gives 22 Dec (NK News) or 23 Dec (KBS)"},
				{What: "interim report, covering the first 12 months; must explain if fewer than half were repatriated", Months: 15, Day: day(2019, time.March, 22), Derived: true, Verified: VerifiedPartly, Note: "\"15か月以内に…中間報告\" (Japanese MOFA translation); the day is computed"},
				{What: "final report", Months: 27, Day: day(2020, time.March, 22), Derived: true, Verified: VerifiedPartly, Note: "\"27か月以内に、最終報告\" (Japanese MOFA translation); the day is computed"},
			},
			Sources: []Source{
				{Publisher: "Japanese MOFA translation, quoted on 5ch (\"8.\")", URL: "https://lavender.5ch.net/test/read.cgi/news4plus/1539312431/373"},
				{Publisher: "Reddit mirror quoting the English text", URL: urlReddit2397},
				{Publisher: "US Mission to the UN (\"OP8\")", URL: urlUSUN2397},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the repatriation day 2019-12-22 is computed as 24 months from adoption, not stated"},
			Notes:      []string{"\"despite the adoption of paragraph 17 of resolution 2375 (2017)\": OP 8 builds on 2375 OP 17, it does not replace it"},
		},
	}
	return append(first, addedMeasures()...)
}
