package sanctions

import "time"

// The rows of the reference table added on 2026-12-01 for resolutions 2270
// (2016), 2321 (2016), 2356 (2017), 2371 (2017), 2375 (2017) and 2397
// (2017), one literal per row, each with its sources and verification
// levels as kpledger's shared/reference/sanctions.md records them. A
// paragraph the reference shows as "not seen" has no number here.

// Source addresses used by several of these rows.
const (
	urlUNSAppShipping   = "https://unsanctionsapp.com/checklist/implementation/enforcement-of-sanctions/shipping"
	urlUNSAppLeasing    = "https://unsanctionsapp.com/types-of-sanctions/leasing-chartering-crew-services"
	urlUNSAppDeflag     = "https://unsanctionsapp.com/types-of-sanctions/vessel-deflagging-redirection-freeze"
	urlUNSAppTransport  = "https://unsanctionsapp.com/types-of-sanctions/transportation-vehicles"
	urlOpenSanctionsPy  = "GitHub opensanctions/opensanctions datasets/_global/un_1718_vessels/crawler.py"
	urlOpenSanctionsYML = "GitHub opensanctions/opensanctions datasets/_global/un_1718_vessels/un_1718_vessels.yml"
	urlSingaporeExports = "GitHub isomerpages/singapore-customs-old _united-nations-security-council-sanctions/10b-list-of-prohibited-export-dprk.md"
	urlLexology2321     = "https://www.lexology.com/library/detail.aspx?g=432ba8d1-ee8c-4c6b-85cc-ee533095424d"
	urlThompsonHine2375 = "https://www.thompsonhinesmartrade.com/2017/09/united-nations-adds-sanctions-north-korea/"
)

// measures2016to2017 returns the added rows of 2270, 2321, 2356, 2371, 2375
// and 2397, in table order. Each call builds new slices.
func measures2016to2017() []Measure {
	r2270, r2321, r2356, r2371, r2375, r2397 := mustResolution(2270), mustResolution(2321), mustResolution(2356), mustResolution(2371), mustResolution(2375), mustResolution(2397)
	return []Measure{
		// 2270 (2016): 7 rows.
		{
			ID: "2270/OP8", Resolution: r2270, Paragraph: OP(8),
			Kind: CatchAll, Direction: SupplyToDPRK,
			Scope:       "any item, except food or medicine, that could directly contribute to the development of the DPRK's armed forces' operational capabilities, or to exports that support the armed forces of another State (1718 Committee summary; Singapore and India texts)",
			Quote:       "apply a “catch-all” clause on the supply, sale or transfer of any item if it determines that such an item could directly contribute",
			QuoteSource: "1718 Committee",
			Exemptions: []Exemption{
				{Text: "Set out in paragraph 8 (a) and (b) of resolution 2270 (2016).", Quoted: true, Verified: VerifiedPartly, Source: "1718 Committee"},
				{Text: "8 (a): humanitarian or livelihood purposes notified to the Committee in advance, with anti-diversion measures", Verified: VerifiedPartly, Source: "Singapore Customs export list (its wording of the exemption)"},
				{Text: "8 (b): the Committee \"has determined on a case-by-case basis that a particular supply, sale or transfer would not be contrary to the objectives\"", Verified: VerifiedPartly, Source: "Singapore Customs export list"},
			},
			Sources: []Source{
				{Publisher: "1718 Committee", URL: "https://main.un.org/securitycouncil/en/sanctions/1718"},
				{Publisher: "India FTP 2.17 (eximkey)", URL: "http://eximkey.com/notification.php?Path=%2FSec%2FDGFT%2FEximPolicy%2FFTPwef01042015%2F2.17.htm&intId=50367"},
				{Publisher: "Singapore Customs export list", URL: urlSingaporeExports},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the 1718 Committee names 8 (a) and (b) as the exemptions; that the catch-all itself is OP 8 rests on India's text linking the two"},
			Notes: []string{
				"India FTP 2.17: \"This measure is subject to the exemptions set out in paragraph 8 (a) and (b) of Resolution 2270 (2016)\"",
				"Singapore export list: \"Any item that could directly contribute to the development of the Democratic People’s Republic of Korea’s operational capabilities of its armed forces\"",
			},
		},
		{
			ID: "2270/OP12", Resolution: r2270, Paragraph: OP(12),
			Kind: AssetFreeze, Direction: Maritime,
			Scope:       "vessels controlled or operated by Ocean Maritime Management (KPe.020) as economic resources under the 1718 OP 8 (d) freeze (\"clarified by paragraph 12\", SC/15324; 1718 Designated Vessels List column \"Paragraph 8 (d) of resolution 1718 (2006) and paragraph 12 of resolution 2270 (2016)\")",
			Clarifies:   "1718/OP8(d)",
			Quote:       "Paragraph 8 (d) of resolution 1718 (2006) and paragraph 12 of resolution 2270 (2016)",
			QuoteSource: "1718 Designated Vessels List column heading, as copied in OpenSanctions' crawler",
			Sources: []Source{
				{Publisher: "UN press release SC/15324 (2023)", URL: "https://press.un.org/en/2023/sc15324.doc.htm"},
				{Publisher: "OpenSanctions crawler (1718 Designated Vessels List headings)", URL: urlOpenSanctionsPy},
				{Publisher: "OpenSanctions dataset description", URL: urlOpenSanctionsYML},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the number and scope come from a UN press release and the list's column heading; the text was not seen"},
			Notes:      []string{"SC/15324: \"and paragraph 32 of resolution 2270 (2016) and clarified by paragraph 12 of resolution 2270 (2016)\""},
		},
		{
			ID: "2270/OP18", Resolution: r2270, Paragraph: OP(18),
			Kind: CargoInspection, Direction: Maritime,
			Scope:       "inspect cargo within or transiting through their territory, including airports, seaports and free trade zones, that originated in or is destined for the DPRK, was brokered or facilitated by the DPRK, its nationals or designated persons, or is carried on DPRK-flagged aircraft or vessels (mandatory). 2321 extends this to rail and road cargo and to personal and checked baggage (see the 2321 row)",
			Quote:       "Decides that all States shall inspect the cargo within or transiting through their territory, including in their airports, seaports and free trade zones",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2270 (2016), Paragraph 18\"",
			Exemptions: []Exemption{
				{Text: "in a manner that minimizes the impact on the transfer of cargo that the State determines is for humanitarian purposes", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppShipping}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "2270/OP19", Resolution: r2270, Paragraph: OP(19),
			Kind: LeasingCharteringBan, Direction: Maritime,
			Scope:       "no leasing or chartering of flagged vessels or aircraft, and no crew services, to the DPRK, designated persons, other DPRK entities, sanctions evaders, and persons acting for or owned or controlled by them",
			Quote:       "prohibit their nationals and those in their territories from leasing or chartering their flagged vessels or aircraft or providing crew services to the DPRK",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2270 (2016), Paragraph 19\"",
			Exemptions: []Exemption{
				{Text: "notified to the Committee in advance on a case-by-case basis accompanied by: a) information demonstrating that such activities are exclusively for livelihood purposes", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppLeasing},
				{Publisher: "FreeKorea", URL: "https://freekorea.us/2016/09/how-to-make-shipping-sanctions-against-north-korea-work/?amp=1"},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{
				"2321 OP 8 applies OP 19 \"without exception\" unless the Committee approves in advance",
				"flag 18: FreeKorea says OP 19 \"requires U.N. member states to de-register ships\"; NK News says the March 2016 resolution \"only called upon member states to deregister ships\" and calls the 2321 OP 24 wording \"a step up\"; the OP 19 excerpt seen covers leasing, chartering and crew services only",
			},
		},
		{
			ID: "2270/OP32", Resolution: r2270, Paragraph: OP(32),
			Kind: AssetFreeze, Direction: Financial,
			Scope:       "expansion of the 1718 OP 8 (d) asset freeze (SC/15324); what it adds was not seen",
			Quote:       "and paragraph 32 of resolution 2270 (2016) and clarified by paragraph 12 of resolution 2270 (2016)",
			QuoteSource: "UN press release SC/15324 (2023)",
			Sources:     []Source{{Publisher: "UN press release SC/15324 (2023)", URL: "https://press.un.org/en/2023/sc15324.doc.htm"}},
			Verified:    VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"number only: what the paragraph adds to the 1718 OP 8 (d) freeze was not seen"},
		},
		{
			ID: "2270/banking", Resolution: r2270, Paragraph: Paragraph{},
			Kind: FinancialRestriction, Direction: Financial,
			Scope: "sever correspondent banking relationships with DPRK financial institutions, and close existing branches of DPRK banks, within 90 days of adoption (VOA editorial; UPI via vegasnewspaper)",
			Deadlines: []Deadline{
				{What: "sever correspondent banking relationships and close existing branches of DPRK banks", Days: 90, Day: day(2016, time.May, 31), Derived: true, Verified: NotVerified, Note: "\"within 90 days of the adoption of the resolution\" (VOA editorial); the day is computed as adoption + 90 days, not stated"},
			},
			Quote:       "requires UN Member States to sever correspondent banking relationships with North Korean financial institutions within 90 days of the adoption of the resolution",
			QuoteSource: "VOA editorial",
			Sources: []Source{
				{Publisher: "VOA editorial", URL: "https://editorials.voa.gov/amp/increasing-the-pressure-on-north-korea/3371152.html"},
				{Publisher: "vegasnewspaper (UPI)", URL: "https://www.vegasnewspaper.com/north-korean-trading-executives-smuggling-cash-by-train/"},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from press, not the resolution text", "exemptions not seen"},
		},
		{
			ID: "2270/reporting", Resolution: r2270, Paragraph: Paragraph{},
			Kind: ReportingDuty, Direction: General,
			Scope: "implementation reports within 90 days of adoption (JoongAng Daily)",
			Deadlines: []Deadline{
				{What: "submit implementation reports", Days: 90, Day: day(2016, time.May, 31), Derived: true, Verified: NotVerified, Note: "JoongAng Daily; the day is computed as adoption + 90 days, not stated"},
			},
			Quote:       "UN member states were requested to submit reports within 90 days of its adoption",
			QuoteSource: "JoongAng Daily",
			Sources:     []Source{{Publisher: "JoongAng Daily", URL: "https://koreajoongangdaily.joins.com/2016/08/03/politics/Mongolia-cancels-open-registry-for-Pyongyang-ships/3022167.html"}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from press, not the resolution text"},
		},

		// 2321 (2016): 8 rows.
		{
			ID: "2321/OP8", Resolution: r2321, Paragraph: OP(8),
			Kind: LeasingCharteringBan, Direction: Maritime,
			Clarifies:   "2270/OP19",
			Scope:       "2270 OP 19 applies to all leasing, chartering or provision of crew services to the DPRK \"without exception\"",
			Quote:       "shall apply with respect to all leasing, chartering or provision of crew services to the DPRK without exception, unless the Committee approves",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2321 (2016), Paragraph 8\"",
			Exemptions: []Exemption{
				{Text: "unless the Committee approves case by case in advance", Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppLeasing}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"amends 2270 OP 19 (its livelihood exemption no longer applies without the Committee's approval)"},
		},
		{
			ID: "2321/OP12", Resolution: r2321, Paragraph: OP(12),
			Kind: VesselDeregistration, Direction: Maritime,
			Scope:       "for vessels it designates on reasonable grounds, the Committee may require: (a) the flag State de-flags the vessel; (b) the flag State directs it to a port the Committee identifies; (d) the vessel is subject to the 1718 OP 8 (d) asset freeze. Sub-paragraph (c) was not in the excerpt. The 1718 Designated Vessels List has columns \"Paragraph 12 (a)\" and \"Paragraph 12 (d)\"",
			Quote:       "(a) the Flag State of a designated vessel shall de-flag the vessel",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2321 (2016), Paragraph 12\"",
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppDeflag},
				{Publisher: "OpenSanctions crawler (1718 Designated Vessels List headings)", URL: urlOpenSanctionsPy},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"sub-paragraph (c) was not in the excerpt"},
			Notes: []string{
				"same excerpt: \"(d) a vessel designated by the Committee shall be subject to the asset freeze imposed in paragraph 8 (d) of resolution 1718 (2006)\"",
				"list headings: \"Paragraph 12 (a) of resolution 2321 (2016)\" / \"Paragraph 12 (d) of resolution 2321 (2016)\"",
			},
		},
		{
			ID: "2321/OP21-and-13", Resolution: r2321, Paragraph: OPLabel("21 and 13"),
			Kind: CargoInspection, Direction: Maritime,
			Clarifies:   "2270/OP18",
			Scope:       "the 2270 OP 18 obligation includes cargo carried by rail and by road, and personal luggage and checked baggage of individuals entering or leaving the DPRK",
			Quote:       "includes the cargo being transported by rail and by road",
			QuoteSource: "unsanctionsapp.com note citing 2321 \"(Paragraphs 21 and 13)\"",
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (note citing 2321 \"(Paragraphs 21 and 13)\")", URL: urlUNSAppShipping},
				{Publisher: "1718 Committee", URL: urlSuborg1718},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the source cites paragraphs 21 and 13 together and does not say which holds rail and road cargo and which baggage"},
			Notes:      []string{"same note: \"the personal luggage and checked baggage of individuals entering into or departing from the DPRK\"", "the 1718 Committee description agrees"},
		},
		{
			ID: "2321/OP23", Resolution: r2321, Paragraph: OP(23),
			Kind: ProcurementBan, Direction: Maritime,
			Scope:       "nationals shall not procure vessel and aircraft crewing services from the DPRK",
			Quote:       "Decides that all Member States shall prohibit their nationals from procuring vessel and aircraft crewing services from the DPRK",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2321 (2016), Paragraph 23\"",
			Sources:     []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppLeasing}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"no exemption seen"},
		},
		{
			ID: "2321/OP24", Resolution: r2321, Paragraph: OP(24),
			Kind: VesselDeregistration, Direction: Maritime,
			Scope:       "de-register any vessel owned, controlled or operated by the DPRK; do not register one de-registered by another State",
			Quote:       "All Member States shall de-register any vessel that is owned, controlled, or operated by the DPRK",
			QuoteSource: "NK News (\"paragraph 24 or Resolution 2321 reads\")",
			Sources:     []Source{{Publisher: "NK News", URL: "https://www.nknews.org/pro/north-korean-vessels-finding-it-harder-to-use-foreign-flags-poe/"}},
			Verified:    VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"quoted with its number in a news article; the resolution text was not seen"},
			Notes:      []string{"no exemption seen"},
		},
		{
			ID: "2321/OP30", Resolution: r2321, Paragraph: OP(30),
			Kind: SupplyBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{NewHelicopters, NewVessels},
			Scope:       "new helicopters and vessels",
			Quote:       "Decides that all Member States shall prevent the direct or indirect supply, sale or transfer to the DPRK, […] of new helicopters and vessels",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2321 (2016), Paragraph 30\"",
			Exemptions: []Exemption{
				{Text: "unless the Committee approves in advance, case by case", Verified: VerifiedPartly, Source: "UN Chinese summary (\"除非委员会逐案事先批准\"); the exemption's own wording not seen"},
			},
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppTransport},
				{Publisher: "UN Chinese summary", URL: "https://un.org/securitycouncil/zh/s/res/2321%282016%29"},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"\"yes\" holds for the ban; the exemption is attested partly", "HS codes: none in the UN text (Singapore's export list: \"Helicopters and vessels.\", no codes)"},
			Notes:      []string{"UN Chinese summary: \"禁止向朝鲜供应、销售或转让新的直升机和船只(除非委员会逐案事先批准)。\""},
		},
		{
			ID: "2321/OP32", Resolution: r2321, Paragraph: OP(32),
			Kind: FinancialRestriction, Direction: Financial,
			Scope:       "public and private financial support for trade with the DPRK, including export credits, guarantees or insurance to nationals or entities in that trade",
			Quote:       "prohibit public and private financial support […] for trade with the DPRK (including the granting of export credits, guarantees or insurance",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2321 (2016), Paragraph 32\"",
			Exemptions: []Exemption{
				{Text: "...except as approved in advance by the Committee on a case-by-case basis;", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/types-of-sanctions/financial-support-trade-with-target"}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "2321/AnnexIV-luxury", Resolution: r2321, Paragraph: Paragraph{},
			Kind: LuxuryGoodsBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{RugsAndTapestries, PorcelainTableware},
			Scope:       "additions to the luxury list, including rugs and tapestries valued over USD 500 and porcelain and bone china tableware valued over USD 100 (Lexology). Hong Kong's 2018 regulation, for 2270 to 2397 together, adds aquatic recreational vehicles, snowmobiles, luxury watches, lead crystal, luxury rugs or tapestries, porcelain or bone china tableware",
			Quote:       "rugs and tapestries valued over USD 500, and porcelain and bone china tableware valued over USD 100",
			QuoteSource: "Lexology (law-firm summary)",
			Sources: []Source{
				{Publisher: "Lexology", URL: urlLexology2321},
				{Publisher: "Hong Kong TID circular", URL: "https://www.tid.gov.hk/english/aboutus/publications/nontextiles/un_republickorea2018_2.html"},
				{Publisher: "India FTP 2.17 (eximkey; cites \"Annex IV of Resolution 2321 (2016)\")", URL: "http://eximkey.com/notification.php?Path=%2FSec%2FDGFT%2FEximPolicy%2FFTPwef01042015%2F2.17.htm&intId=50367"},
			},
			Verified: VerifiedPartly, ParagraphVerified: NotVerified,
			Unverified: []string{
				"paragraph not seen; India FTP 2.17 cites \"Annex IV of Resolution 2321 (2016)\"",
				"from a law-firm summary; the annex text was not seen",
				"no HS codes seen",
			},
			Notes: []string{
				"value thresholds: USD 500 (rugs, tapestries), USD 100 (tableware) (Lexology); the data cannot express a value threshold, so screening these goods does not consider their value: check it",
				"Hong Kong's items are for 2270 to 2397 together, not attributed to 2321; they are not among this row's commodities",
				"Hong Kong TID circular: \"aquatic recreational vehicles, snowmobiles, luxury watches, lead crystal items, luxury rugs or tapestries, and porcelain or bone china tableware\"",
			},
		},

		// 2356 (2017): 1 row.
		{
			ID: "2356/designations", Resolution: r2356, Paragraph: Paragraph{},
			Kind: Designation, Direction: Persons,
			Scope:       "designations only; no trade, financial, labour or vessel measure seen: \"Designates additional 14 individuals and 4 entities\" (1718 Committee); extends the persons under the 1718 asset freeze and travel ban (Law Library of Congress). The lawglobalhub copy is readable only to the start of OP 1",
			Quote:       "Designates additional 14 individuals and 4 entities.",
			QuoteSource: "1718 Committee",
			Sources: []Source{
				{Publisher: "1718 Committee", URL: urlSuborg1718},
				{Publisher: "Law Library of Congress, Global Legal Monitor", URL: "http://loc.gov/law/foreign-news/article/united-nationsnorth-korea-additional-sanctions-adopted/"},
				{Publisher: "lawglobalhub (readable to the start of OP 1)", URL: "https://lawglobalhub.com/united-nations-security-council-resolution-2356-non-proliferation-democratic-peoples-republic-of-korea"},
			},
			Verified: VerifiedPartly, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; descriptions only, the operative text was not seen"},
			Notes:      []string{"Law Library of Congress: \"to extend the number of individuals and entities targeted by sanctions first imposed under resolution 1718 (2006)\""},
		},

		// 2371 (2017): 2 rows.
		{
			ID: "2371/OP6", Resolution: r2371, Paragraph: OP(6),
			Kind: PortEntryDenial, Direction: Maritime,
			Scope:       "Committee may designate vessels related to prohibited activities; port calls by designated vessels and chartering of DPRK-flagged vessels prohibited (1718 Committee description). 1718 Designated Vessels List column \"Paragraph 6 of resolution 2371 (2017) and paragraph 6 of resolution 2375 (2017)\"",
			Quote:       "prohibits port calls by designated vessels and chartering of DPRK flagged vessels",
			QuoteSource: "1718 Committee description",
			Exemptions: []Exemption{
				{Text: "emergencies or approved humanitarian reasons", Verified: VerifiedPartly, Source: "OpenSanctions' summary of the list"},
			},
			Sources: []Source{
				{Publisher: "1718 Committee", URL: urlSuborg1718},
				{Publisher: "OpenSanctions crawler (1718 Designated Vessels List headings)", URL: urlOpenSanctionsPy},
				{Publisher: "OpenSanctions dataset description", URL: urlOpenSanctionsYML},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the number is from the UN list's column heading as copied in code; the text was not seen"},
			Notes:      []string{"OpenSanctions dataset description: \"Port entry restrictions for vessels involved in prohibited activities under resolutions 2371 (2017) and 2375 (2017), with exceptions for emergencies or approved humanitarian reasons.\""},
		},
		{
			ID: "2371/financial", Resolution: r2371, Paragraph: Paragraph{},
			Kind: FinancialRestriction, Direction: Financial,
			Scope:       "companies performing financial services count as financial institutions for the sanctions; 2094 OP 11 also applies to clearing funds through Member States' territories (1718 Committee description)",
			Quote:       "clarifies that companies performing financial services are considered financial institutions for the purpose of implementing the relevant sanctions measures",
			QuoteSource: "1718 Committee description",
			Clarifies:   "2094/OP11",
			Sources:     []Source{{Publisher: "1718 Committee", URL: urlSuborg1718}},
			Verified:    VerifiedPartly, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the content is attested partly, by the 1718 Committee's description"},
		},

		// 2375 (2017): 5 rows.
		{
			ID: "2375/OP6", Resolution: r2375, Paragraph: OP(6),
			Kind: PortEntryDenial, Direction: Maritime,
			Scope:       "shares the 1718 Designated Vessels List column with 2371 OP 6; content not seen",
			Quote:       "Paragraph 6 of resolution 2371 (2017) and paragraph 6 of resolution 2375 (2017)",
			QuoteSource: "1718 Designated Vessels List column heading, as copied in OpenSanctions' crawler",
			Sources:     []Source{{Publisher: "OpenSanctions crawler (1718 Designated Vessels List headings)", URL: urlOpenSanctionsPy}},
			Verified:    VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"number only: the content was not seen; the reference files it as \"vessel (designation, port entry)\" because it shares the list column with 2371 OP 6"},
		},
		{
			ID: "2375/OP7", Resolution: r2375, Paragraph: OP(7),
			Kind: VesselInspection, Direction: Maritime,
			Scope:       "inspections of vessels on the high seas with the consent of the flag State, on reasonable grounds that the cargo contains prohibited items (Thompson Hine wording)",
			Quote:       "inspect, with the consent of the flag state, vessels on the high seas if member states have information that provides reasonable grounds to believe",
			QuoteSource: "Thompson Hine (law firm), no paragraph number",
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (2375 OP 8 cites \"inspections pursuant to paragraph 7 above\")", URL: urlUNSAppDeflag},
				{Publisher: "Thompson Hine", URL: urlThompsonHine2375},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"the number is cited inside OP 8 (\"inspections pursuant to paragraph 7 above\"); the text of OP 7 was not seen"},
		},
		{
			ID: "2375/OP8", Resolution: r2375, Paragraph: OP(8),
			Kind: VesselInspection, Direction: Maritime,
			Scope:       "States to cooperate with OP 7 inspections; if the flag State does not consent on the high seas, it shall direct the vessel to an appropriate and convenient port for inspection under 2270 OP 18 (flag-State duty)",
			Quote:       "Calls upon all States to cooperate with inspections pursuant to paragraph 7 above",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2375 (2017), Paragraph 8\"",
			Sources:     []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppDeflag}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"same excerpt: \"decides that the flag State shall direct the vessel to proceed to an appropriate and convenient port for the required inspection by the local authorities\""},
		},
		{
			ID: "2375/ship-to-ship", Resolution: r2375, Paragraph: Paragraph{},
			Kind: ShipToShipTransferBan, Direction: Maritime,
			Scope:       "no facilitating or engaging in ship-to-ship transfers to or from DPRK-flagged vessels of goods supplied, sold or transferred to or from the DPRK (US Treasury advisory as reproduced by crntt; safety4sea; EU wording on wordscope)",
			Quote:       "conducting ship-to-ship transfers, a practice prohibited by United Nations Security Council Resolution (UNSCR) 2375 of September 11, 2017",
			QuoteSource: "US Treasury advisory text reproduced by crntt",
			Sources: []Source{
				{Publisher: "crntt (US Treasury advisory text)", URL: "https://hk.crntt.com/doc/93_15730_104984966_2_0301105930.html"},
				{Publisher: "safety4sea", URL: "http://safety4sea.com/panama-to-capture-ships-helping-north-korea/"},
				{Publisher: "EU wording (wordscope.be)", URL: "http://wordscope.be/engels/nederlands/ship's+flag.html"},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from a US advisory, press and EU text, not the resolution"},
		},
		{
			ID: "2375/OP26", Resolution: r2375, Paragraph: OP(26),
			Kind: ExemptionMechanism, Direction: General,
			Scope:       "the 1718 Committee recalls that it may exempt any activity, case by case, to facilitate humanitarian work in the DPRK or for any other purpose consistent with the resolutions (UN press release whose title cites \"Paragraph 26 of Security Council Resolution 2375 (2017)\")",
			Quote:       "the Committee may, on a case-by-case basis, exempt any activity from the measures imposed by these resolutions",
			QuoteSource: "UN press release SC/13113",
			Sources:     []Source{{Publisher: "UN press release SC/13113", URL: "https://press.un.org/en/2017/sc13113.doc.htm"}},
			Verified:    VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"attested by a UN press release; the resolution text was not seen"},
			Notes:      []string{"SC/13113 title: \"Security Council 1718 Sanctions Committee Underlines Humanitarian Exemptions Pursuant to Paragraph 26 of Security Council Resolution 2375 (2017)\""},
		},

		// 2397 (2017): 4 rows.
		{
			ID: "2397/OP9-15", Resolution: r2397, Paragraph: OPLabel("9–15"),
			Kind: VesselInspection, Direction: Maritime,
			Scope:       "seize, inspect and freeze vessels in their ports and territorial waters involved in prohibited activities; no insurance or re-insurance for such vessels; States to de-register them (UN Chinese summary)",
			Quote:       "要求会员国扣押、检查和冻结在其港口和领水内参与被禁活动的任何船只",
			QuoteSource: "UN Chinese summary",
			Sources: []Source{
				{Publisher: "US Mission to the UN (\"Countering Maritime Smuggling (OPs 9-15)\")", URL: "https://usun.state.gov/remarks/8238"},
				{Publisher: "UN Chinese summary", URL: "https://www.un.org/securitycouncil/zh/s/res/2397-%282017%29"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"OPs 9–15 is the US fact sheet's range; the individual paragraph numbers were not seen"},
			Notes: []string{
				"the seizure provision stops applying if, six months after impoundment, the Committee decides case by case that adequate arrangements prevent future violations (UN Chinese summary: \"如果委员会自某船只被查封六个月后\" […] \"则这一规定将不再适用\")",
				"UN Chinese summary: \"禁止向任何参与非法活动的船只提供保险或再保险服务,并要求会员国取消这些船只的登记\"",
			},
		},
		{
			ID: "2397/OP14", Resolution: r2397, Paragraph: OP(14),
			Kind: SupplyBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{Vessels},
			Scope:       "any new or used vessels",
			Quote:       "decides that all Member States shall prevent the direct or indirect supply, sale or transfer to the DPRK, […] of any new or used vessels",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2397 (2017), Paragraph 14\"",
			Sources:     []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: urlUNSAppTransport}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"any exemption was not in the excerpt", "no HS code quoted for OP 14 (OP 6 uses HS 89 for the DPRK export ban on vessels)"},
		},
		{
			ID: "2397/OP25", Resolution: r2397, Paragraph: OP(25),
			Kind: ExemptionMechanism, Direction: General,
			Scope:       "the comprehensive humanitarian exemption mechanism; the 1718 Committee's Implementation Assistance Notice No. 7 (adopted 6 Aug 2018, updated 2 Jun 2023) explains it",
			Quote:       "as authorized in paragraph 25 of Security Council resolution 2397 (2017)",
			QuoteSource: "UN press release SC/15324 (2023)",
			Sources: []Source{
				{Publisher: "UN press release SC/15324 (2023)", URL: "https://press.un.org/en/2023/sc15324.doc.htm"},
				{Publisher: "4-traders (press on IAN No. 7)", URL: "http://www.4-traders.com/news/ECOSOC-United-Nations-Economic-and-Social-Counci-Security-Council-1718-Sanctions-Committee-Approve--27067175/?utm_medium=RSS&utm_content=20180807"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"a UN press release names the paragraph; the text was not seen; the text of IAN No. 7 was not found (press only)"},
		},
		{
			ID: "2397/OP27", Resolution: r2397, Paragraph: OP(27),
			Kind: Commitment, Direction: General,
			Scope:       "the Council commits to further restrict petroleum exports to the DPRK after another nuclear test or an ICBM launch (US fact sheet)",
			Quote:       "Commits the Security Council to reduce further petroleum exports to North Korea following another nuclear test or an ICBM launch",
			QuoteSource: "US Mission fact sheet (\"(OP27)\")",
			Sources:     []Source{{Publisher: "US Mission to the UN", URL: "https://usun.state.gov/remarks/8238"}},
			Verified:    VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"attested by the US fact sheet; the resolution text was not seen"},
		},
	}
}
