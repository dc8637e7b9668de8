package sanctions

import "time"

// The rows of the reference table added on 2026-12-01 for resolutions 1718
// (2006), 1874 (2009), 2087 (2013) and 2094 (2013), one literal per row,
// each with its sources and verification levels as kpledger's
// shared/reference/sanctions.md records them. A paragraph the reference
// shows as "not seen" has no number here.

// addedMeasures returns the rows the reference added on 2026-12-01 (51:
// 1718: 6, 1874: 9, 2087: 1, 2094: 8, 2270: 7, 2321: 8, 2356: 1, 2371: 2,
// 2375: 5, 2397: 4), in table order per resolution. [dprkMeasures] appends
// them to the rows of the first compilation. Each call builds new slices.
func addedMeasures() []Measure {
	return append(measures2006to2013(), measures2016to2017()...)
}

// Source addresses used by several of these rows.
const (
	urlNKHumanitarian = "https://nkhumanitarian.wordpress.com/un-sanctions-definition-of-luxury-goods/"
	urlIndiaFTP217    = "http://eximkey.com/notification.php?Path=%2FSec%2FDGFT%2FEximPolicy%2FFTPwef01042015%2F2.17.htm&intId=50367"
	urlSC15324        = "https://press.un.org/en/2023/sc15324.doc.htm"
	urlSC8853         = "https://press.un.org/en/2006/sc8853.doc.htm"
	urlStateDept1874  = "https://webarchive.library.unt.edu/web/20130215152006/http://seoul.usembassy.gov/p_nk_061209a.html"
	urlCrawford1874   = "https://charlescrawford.biz/2009/06/13/art1022/"
	urlPanel2010      = "https://docslib.org/doc/2839278/report-to-the-security-council-from-the-panel-of-experts-pursuant-to"
	urlTakungpao2094  = "http://news.takungpao.cn/world/roll/2013-03/1481455_4.html"
	urlSuborg1718     = "https://www.un.org/sc/suborg/en/sanctions/1718/resolutions"
	urlFinCEN2013     = "https://quickcen.sanctions.org/QuickCEN/research/fincen-advisory-fin-2013-a005-update-on-the-continuing-illicit-finance-threat-emana"
)

// measures2006to2013 returns the added rows of 1718, 1874, 2087 and 2094,
// in table order. Each call builds new slices.
func measures2006to2013() []Measure {
	r1718, r1874, r2087, r2094 := mustResolution(1718), mustResolution(1874), mustResolution(2087), mustResolution(2094)
	return []Measure{
		// 1718 (2006): 6 rows.
		{
			ID: "1718/OP8(a)(i)-(ii)", Resolution: r1718, Paragraph: OPLabel("8 (a) (i)–(ii)"),
			Kind: ArmsEmbargo, Direction: SupplyToDPRK,
			Commodities: []Commodity{MajorConventionalArms, WMDItems},
			Scope:       "major conventional arms: \"any battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems\" as defined for the UN Register of Conventional Arms, and related materiel including spare parts (India FTP 2.17; SIPRI gives a similar list); WMD- and missile-related items in the lists the Council and Committee set (Singapore and India name S/2006/853 and S/2006/853/Corr.1 among others)",
			Quote:       "OP 8(a) and (b) required all UN Member States to prevent the supply, sale or transfer to the DPRK, or the procurement from the DPRK",
			QuoteSource: "nkhumanitarian (NGO paraphrase naming the paragraph)",
			Sources: []Source{
				{Publisher: "nkhumanitarian (OP 8 (a) and (b))", URL: urlNKHumanitarian},
				{Publisher: "India FTP 2.17 (eximkey)", URL: urlIndiaFTP217},
				{Publisher: "SIPRI", URL: "https://sipri.org/node/1421"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"the labels 8 (a) (i) and (ii) are attested through cross-references; which sub-paragraph holds arms and which WMD items was not seen",
				"the paragraph is named by an NGO; the item wording is from a national implementing text (India FTP 2.17); the 1718 text was not seen",
			},
			Notes: []string{
				"India FTP 2.17: \"any battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems\"; \"as defined for the purpose of the United Nations Register on Conventional Arms, or related materiel including spare parts\"",
				"no HS codes: national lists cite control-list documents (India FTP 2.17 and Singapore's lists cite S/2006/853, S/2006/853/Corr.1, S/2009/364 Part B, Annex III of 2094, S/2016/1069, INFCIRC/254 lists, S/2014/253, S/2016/308, Annex III of 2321)",
				"no exemption seen in 1718; 1874 OP 10 later extends the supply ban to all arms except small arms and light weapons",
			},
		},
		{
			ID: "1718/OP8(b)", Resolution: r1718, Paragraph: OPLabel("8 (b)"),
			Kind: ArmsEmbargo, Direction: DPRKExports,
			Commodities: []Commodity{MajorConventionalArms, WMDItems},
			Scope:       "DPRK shall cease exporting all items in sub-paragraphs (a) (i) and (a) (ii); all Member States shall prohibit their procurement from the DPRK by their nationals or using their flag vessels or aircraft, whether or not originating in the DPRK",
			Quote:       "(ب) على جمهورية كوريا الشعبية الديمقراطية أن تكف عن تصدير جميع الأصناف الواردة في الفقرتين الفرعيتين (أ) '1` و (أ) '2` أعلاه",
			QuoteSource: "tarjamaan.com (Arabic UN sentence with a German translation; the page does not name the resolution)",
			Sources: []Source{
				{Publisher: "tarjamaan.com (Arabic UN sentence)", URL: "https://tarjamaan.com/fr/translation/ar-de/%D8%B3%D9%81%D9%86+%D8%A3%D9%88+%D8%B7%D8%A7%D8%A6%D8%B1%D8%A7%D8%AA"},
				{Publisher: "nkhumanitarian", URL: urlNKHumanitarian},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"the \"(b)\" label and the text were seen in Arabic; the number 8 only via an NGO paraphrase and the \"8 (a), 8 (b), or 8 (c)\" cross-references in 1874 OPs 11, 12 and 17",
				"the Arabic sentence does not name its resolution: attributing it to 1718 rests on its content, sub-paragraphs (a) (i) and (a) (ii) \"above\" (flag 13)",
				"which of 8 (a) (i) and (ii) covers arms and which WMD items was not seen (flag 13)",
			},
			Notes: []string{"the row is both a DPRK export ban and a procurement ban on all States; no exemption seen"},
		},
		{
			ID: "1718/OP8(a)(iii)", Resolution: r1718, Paragraph: OPLabel("8 (a) (iii)"),
			Kind: LuxuryGoodsBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{LuxuryGoods},
			Scope:       "luxury goods. 1718 gives no definition (UK Foreign Secretary's answer quoted by croydonian.blogspot; nkhumanitarian). 2094 OP 23 reaffirms the measure and says \"luxury goods\" includes but is not limited to the items in 2094 Annex IV; further lists in Annex IV of 2270 and Annex IV of 2321 (India FTP 2.17)",
			Quote:       "OP 8(a)(iii) of the resolution required all Member States to prevent the supply of luxury goods to the DPRK.",
			QuoteSource: "nkhumanitarian",
			Sources: []Source{
				{Publisher: "nkhumanitarian", URL: urlNKHumanitarian},
				{Publisher: "Ta Kung Pao (2094 OP 23, Chinese text)", URL: urlTakungpao2094},
				{Publisher: "croydonian.blogspot (UK Foreign Secretary's answer)", URL: "http://croydonian.blogspot.com/2009/06/what-kim-jong-il-is-being-deprived-of.html"},
				{Publisher: "livedoor (Japan METI list, date not visible)", URL: "http://news.livedoor.com/webapp/journal/cid__2716316/detail?rd"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"attested by a cross-reference in the Chinese text of 2094 OP 23 and an NGO paraphrase; the 1718 text was not seen",
				"no HS codes in the UN text nor in any national list seen (Singapore export list; Japan METI list; EU Reg. 329/2007 Annex III)",
			},
			Notes: []string{
				"2094 OP 23, Chinese text (Ta Kung Pao): \"重申第1718(2006)号决议第8(a)㈢段为奢侈品规定的措施\"",
				"UK Foreign Secretary, quoted by croydonian.blogspot: \"shall prevent the direct or indirect supply, sale or transfer to the Democratic People’s Republic of Korea of luxury goods\"; \"The Resolution did not specify which items were defined as luxury goods.\"",
				"no exemption seen",
			},
		},
		{
			ID: "1718/OP8(d)", Resolution: r1718, Paragraph: OPLabel("8 (d)"),
			Kind: AssetFreeze, Direction: Financial,
			Scope:       "asset freeze on designated persons and entities (SC/8853: \"imposes an asset freeze\"); \"expanded by paragraph 27 of resolution 2094 (2013) and paragraph 32 of resolution 2270 (2016) and clarified by paragraph 12 of resolution 2270 (2016)\" (SC/15324)",
			Quote:       "the asset freeze imposed by paragraph 8(d) of resolution 1718 (2006), which was subsequently expanded by paragraph 27 of resolution 2094 (2013)",
			QuoteSource: "UN press release SC/15324 (2023)",
			Exemptions: []Exemption{
				{Text: "standing humanitarian exception created by resolution 2664 (2022) OP 1", Verified: VerifiedPartly, Source: "UN press release SC/15324"},
				{Text: "for the transfer of monies to meet various financial obligations and humanitarian needs", Quoted: true, Verified: VerifiedPartly, Source: "UN press release SC/8853 (no paragraph number)"},
			},
			Sources: []Source{
				{Publisher: "UN press release SC/15324 (2023)", URL: urlSC15324},
				{Publisher: "UN press release SC/8853 (2006)", URL: urlSC8853},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{"a UN press release names the paragraph; the text was not seen"},
		},
		{
			ID: "1718/cargo-inspection", Resolution: r1718, Paragraph: Paragraph{},
			Kind: CargoInspection, Direction: Maritime,
			Scope:       "\"cooperative action, including through inspection of cargo, in accordance with their respective national laws\" (UN press release); a call",
			Quote:       "calling upon all States to take cooperative action, including through inspection of cargo, in accordance with their respective national laws.",
			QuoteSource: "UN press release SC/8853",
			Sources:     []Source{{Publisher: "UN press release SC/8853", URL: urlSC8853}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from the UN press release, the resolution text was not seen"},
		},
		{
			ID: "1718/reporting", Resolution: r1718, Paragraph: Paragraph{},
			Kind: ReportingDuty, Direction: General,
			Scope: "States report to the Council within 30 days on the measures they adopt; the Committee reports to the Council at least every 90 days",
			Deadlines: []Deadline{
				{What: "States report to the Council on the measures they adopt", Days: 30, Day: day(2006, time.November, 13), Derived: true, Verified: NotVerified, Note: "\"within the next 30 days\" (2012 Wikipedia mirror); the day is computed as adoption + 30 days, not stated"},
			},
			Quote:       "report to the Council on the measures they adopt in compliance with the resolution within the next 30 days",
			QuoteSource: "2012 Wikipedia mirror",
			Sources:     []Source{{Publisher: "2012 Wikipedia mirror (the-uncensored-wiki.com)", URL: "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/United%20Nations%20Security%20Council%20Resolution%201718.html"}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from an encyclopedia mirror only"},
			Notes:      []string{"the Committee's duty recurs (\"report back to the Council at least every 90 days\", mirror); a recurring duty has no single day, so it is not among the deadlines"},
		},

		// 1874 (2009): 9 rows.
		{
			ID: "1874/OP9", Resolution: r1874, Paragraph: OP(9),
			Kind: ArmsEmbargo, Direction: DPRKExports,
			Commodities: []Commodity{Arms},
			Scope:       "\"Ban on all arms transfers from the DPRK\" (US State Department table comparing 1718 and 1874; no paragraph numbers there). Whether this ban sits in OP 9: not seen (flag 16)",
			Quote:       "Ban on all arms transfers from the DPRK.",
			QuoteSource: "US State Department table (12 June 2009), no paragraph numbers",
			Sources: []Source{
				{Publisher: "US State Department table (US Embassy Seoul, web archive)", URL: urlStateDept1874},
				{Publisher: "charlescrawford.biz (1874 OPs 11–13 cite \"paragraph 9 or 10\")", URL: urlCrawford1874},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{
				"the number 9 is seen only as a prohibition cited by 1874 OPs 11, 12 and 17; its text was not seen",
				"that OP 9 holds the DPRK arms-export ban is an inference from the State Department table, not seen (flag 16)",
			},
			Notes: []string{"1874 OPs 11, 12 and 17: \"prohibited by paragraph 8 (a), 8 (b), or 8 (c) of resolution 1718 (2006) or by paragraph 9 or 10 of this resolution\""},
		},
		{
			ID: "1874/OP10", Resolution: r1874, Paragraph: OP(10),
			Kind: ArmsEmbargo, Direction: SupplyToDPRK,
			Commodities: []Commodity{Arms},
			Scope:       "all arms and related materiel, \"except for small arms and light weapons and their related materiel\"; States to exercise vigilance over SALW (the State Department table: ban on all arms transfers to the DPRK except SALW)",
			Quote:       "…except for small arms and light weapons and their related materiel",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 1874 (2009), Paragraph 10\"",
			Exemptions: []Exemption{
				{Text: "…except for small arms and light weapons and their related materiel", Quoted: true, Commodities: []Commodity{SmallArmsAndLightWeapons}, Verified: VerifiedText, Source: "unsanctionsapp.com"},
				{Text: "decides that States shall notify the Committee at least five days prior to selling, supplying or transferring small arms or light weapons to the DPRK", Quoted: true, Commodities: []Commodity{SmallArmsAndLightWeapons}, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources: []Source{
				{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/types-of-sanctions/additional-arms"},
				{Publisher: "US State Department table (US Embassy Seoul, web archive)", URL: urlStateDept1874},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{
				"\"yes\" holds for the SALW exception and the 5-day notice; the paragraph's opening words were not seen",
				"SALW outside the ban here; later resolutions not checked for this",
			},
			Notes: []string{"State Department table: \"Requirement that states notify the DPRK Sanctions Committee before transferring small arms / light weapons to North Korea.\""},
		},
		{
			ID: "1874/OP11", Resolution: r1874, Paragraph: OP(11),
			Kind: CargoInspection, Direction: Maritime,
			Scope:       "inspect all cargo to and from the DPRK in their territory, including seaports and airports, where there are reasonable grounds to believe it contains items prohibited by 1718 OP 8 (a), (b) or (c) or 1874 OP 9 or 10; a call",
			Quote:       "11. Calls upon all States to inspect, […] all cargo to and from the DPRK, in their territory, including seaports and airports",
			QuoteSource: "charlescrawford.biz (third-party copy)",
			Sources:     []Source{{Publisher: "charlescrawford.biz (third-party copy with \"11.\")", URL: urlCrawford1874}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "1874/OP12", Resolution: r1874, Paragraph: OP(12),
			Kind: VesselInspection, Direction: Maritime,
			Scope:       "inspect vessels on the high seas, with the consent of the flag State, on the same reasonable grounds; a call",
			Quote:       "12. Calls upon all Member States to inspect vessels, with the consent of the flag State, on the high seas",
			QuoteSource: "charlescrawford.biz (third-party copy)",
			Sources:     []Source{{Publisher: "charlescrawford.biz (third-party copy with \"12.\")", URL: urlCrawford1874}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "1874/OP13", Resolution: r1874, Paragraph: OP(13),
			Kind: VesselInspection, Direction: Maritime,
			Scope:       "States to cooperate with inspections under OPs 11 and 12; if the flag State does not consent on the high seas, it shall direct the vessel to an appropriate and convenient port for inspection by the local authorities (flag-State duty)",
			Quote:       "13. Calls upon all States to cooperate with inspections pursuant to paragraphs 11 and 12",
			QuoteSource: "charlescrawford.biz (third-party copy)",
			Sources:     []Source{{Publisher: "charlescrawford.biz (third-party copy with \"13.\")", URL: urlCrawford1874}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"same copy: \"decides that the flag State shall direct the vessel to proceed to an appropriate and convenient port for the required inspection\""},
		},
		{
			ID: "1874/cargo-seizure", Resolution: r1874, Paragraph: Paragraph{},
			Kind: CargoInspection, Direction: Maritime,
			Scope:       "obligation and authorization to seize and dispose of banned cargo; the inspecting State reports to the Committee (US State Department table; 2010 Panel of Experts report)",
			Quote:       "Obligation and authorization for states to seize and dispose of banned cargo.",
			QuoteSource: "US State Department table (12 June 2009), no paragraph numbers",
			Sources: []Source{
				{Publisher: "US State Department table (US Embassy Seoul, web archive)", URL: urlStateDept1874},
				{Publisher: "2010 Panel of Experts report (docslib)", URL: urlPanel2010},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from the State Department table and the Panel of Experts report, not the resolution text"},
			Notes: []string{
				"Panel of Experts: \"A Member State discovering such items is required to seize and dispose of them.\"",
				"Panel of Experts: \"The inspecting Member State is also required to submit a detailed report on such cases to the 1718 Committee.\"",
			},
		},
		{
			ID: "1874/OP17", Resolution: r1874, Paragraph: OP(17),
			Kind: BunkeringBan, Direction: Maritime,
			Scope:       "no bunkering services (fuel, supplies) or other servicing of DPRK vessels reasonably believed to carry items prohibited by 1718 OP 8 (a)–(c) or 1874 OPs 9–10",
			Quote:       "Decides that Member States shall prohibit the provision by their nationals or from their territory of bunkering services, such as provision of fuel or supplies",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 1874 (2009), Paragraph 17\"",
			Exemptions: []Exemption{
				{Text: "unless provision of such services is necessary for humanitarian purposes or until such time as the cargo has been inspected", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
				{Text: "and seized and disposed of if necessary; the paragraph \"is not intended to affect legal economic activities\"", Verified: VerifiedText, Source: "unsanctionsapp.com (the reference's paraphrase)"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/types-of-sanctions/recommended-bunkering-ban"}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "1874/financial", Resolution: r1874, Paragraph: Paragraph{},
			Kind: FinancialRestriction, Direction: Financial,
			Scope:       "no grants, assistance, loans or public financial support for trade where it could contribute to the DPRK's proliferation (US State Department table); a call",
			Quote:       "A call on states not to provide grants, assistance, loans or public financial support for trade if such assistance could contribute",
			QuoteSource: "US State Department table (12 June 2009), no paragraph numbers",
			Sources:     []Source{{Publisher: "US State Department table (US Embassy Seoul, web archive)", URL: urlStateDept1874}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from the State Department table, not the resolution text", "exemptions not seen"},
		},
		{
			ID: "1874/OP23", Resolution: r1874, Paragraph: OP(23),
			Kind: ArmsEmbargo, Direction: BothWays,
			Commodities: []Commodity{NuclearSupplierListItems},
			Scope:       "1718 OP 8 (a), (b) and (c) also apply to the items in INFCIRC/254/Rev.9/Part 1a and INFCIRC/254/Rev.7/Part 2a (supply and procurement ban)",
			Quote:       "shall also apply to the items listed in INFCIRC/254/Rev.9/Part 1a and INFCIRC/254/Rev.7/Part 2a",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 1874 (2009), Paragraph 23\"",
			Sources:     []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/checklist/implementation/designation-practices/sanctions-committee"}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"no HS codes: the items are in control lists"},
		},

		// 2087 (2013): 1 row.
		{
			ID: "2087/none-seen", Resolution: r2087, Paragraph: Paragraph{},
			Kind: NoMeasureSeen, Direction: General,
			Scope:       "no trade, financial, labour or vessel measure of 2087 was seen in any retrieved page (FinCEN advisory FIN-2013-A005 gives guidance on 2087 and 2094 without details in the visible part)",
			Quote:       "UNSCR 2087, adopted on January 22, 2013, and UNSCR 2094, adopted on March 7, 2013",
			QuoteSource: "FinCEN FIN-2013-A005",
			Sources:     []Source{{Publisher: "FinCEN advisory FIN-2013-A005 (QuickCEN copy)", URL: urlFinCEN2013}},
			Verified:    NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"no measure seen; the \"catch-all wording\" the adoption table once gave 2087 is not verified (2026-12-01)"},
		},

		// 2094 (2013): 8 rows.
		{
			ID: "2094/OP11", Resolution: r2094, Paragraph: OP(11),
			Kind: FinancialRestriction, Direction: Financial,
			Scope:       "prevent financial services and transfers of any financial or other assets or resources, including bulk cash, that could contribute to prohibited programmes (wording of EU Decision 2016/849 Art. 13, which implements 1718 to 2270 together). 2371 later applies \"paragraph 11 of resolution 2094 (2013)\" to clearing funds through Member States' territories (1718 Committee)",
			Quote:       "any financial or other assets or resources, including bulk cash, that could contribute to the DPRK's nuclear-related, ballistic-missile-related or other weapons of mass destruction-related programmes",
			QuoteSource: "EU Decision 2016/849 Art. 13 (an implementing text, not the resolution)",
			Sources: []Source{
				{Publisher: "1718 Committee (2371 entry)", URL: urlSuborg1718},
				{Publisher: "EU Decision 2016/849 Art. 13 (legislation.gov.uk)", URL: "https://www.legislation.gov.uk/eudn/2016/849/article/13/data.html"},
			},
			Verified: VerifiedPartly, ParagraphVerified: VerifiedPartly,
			Unverified: []string{
				"the number is from the 1718 Committee's description of 2371; the wording is from an implementing text",
				"UN exemptions not seen (EU Art. 13 has its own authorisation procedure)",
			},
			Notes: []string{"1718 Committee (2371 entry): \"paragraph 11 of resolution 2094 (2013) also applies to clearing funds through Member States’ territories\""},
		},
		{
			ID: "2094/OP17", Resolution: r2094, Paragraph: OP(17),
			Kind: PortEntryDenial, Direction: Maritime,
			Scope:       "deny port entry to a vessel that refused an inspection authorized by its flag State, or a DPRK-flagged vessel that refused inspection under 1874 OP 12; the refused State reports promptly to the Committee",
			Quote:       "all States shall deny such a vessel entry to their ports, unless entry is required for the purpose of an inspection",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2094 (2013), Paragraph 17\"",
			Exemptions: []Exemption{
				{Text: "entry allowed for an inspection, in an emergency, or to return to the port of origination", Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/checklist/implementation/enforcement-of-sanctions/shipping"}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{"same excerpt: \"or if any DPRK-flagged vessel has refused to be inspected pursuant to paragraph 12 of resolution 1874 (2009)\""},
		},
		{
			ID: "2094/OP18", Resolution: r2094, Paragraph: OP(18),
			Kind: AviationRestriction, Direction: Aviation,
			Scope:       "deny permission to take off from, land in or overfly their territory to aircraft reasonably believed to carry prohibited items; a call",
			Quote:       "Calls upon States to deny permission to any aircraft to take off from, land in or overfly their territory",
			QuoteSource: "unsanctionsapp.com, labelled \"UNSCR 2094 (2013), Paragraph 18\"",
			Exemptions: []Exemption{
				{Text: "except in the case of an emergency landing", Quoted: true, Verified: VerifiedText, Source: "unsanctionsapp.com"},
			},
			Sources:  []Source{{Publisher: "unsanctionsapp.com (third-party verbatim excerpt)", URL: "https://unsanctionsapp.com/types-of-sanctions/recommended-aviation-ban"}},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "2094/OP22", Resolution: r2094, Paragraph: OP(22),
			Kind: CatchAll, Direction: SupplyToDPRK,
			Scope:       "calls upon and allows all States to prevent supply, sale or transfer to the DPRK of any item they determine could contribute to its nuclear or ballistic missile programmes, to prohibited activities or to evasion; directs the Committee to issue an Implementation Assistance Notice (Chinese text)",
			Quote:       "22. 呼吁并允许所有国家防止",
			QuoteSource: "Ta Kung Pao (Chinese text, third-party host citing 来源:联合国)",
			Sources:     []Source{{Publisher: "Ta Kung Pao (Chinese text with \"22.\")", URL: urlTakungpao2094}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
			Notes: []string{
				"same text: \"向朝鲜直接或间接供应、出售或转让任何物项\"; \"如果它们认定这些物项有助于朝鲜的核计划或弹道导弹计划\"; \"指示委员 会就如何适当执行本项规定发出《协助执行说明》\"",
			},
		},
		{
			ID: "2094/OP23", Resolution: r2094, Paragraph: OP(23),
			Kind: LuxuryGoodsBan, Direction: SupplyToDPRK,
			Commodities: []Commodity{LuxuryGoods},
			Clarifies:   "1718/OP8(a)(iii)",
			Scope:       "reaffirms 1718 OP 8 (a) (iii); \"luxury goods\" includes but is not limited to the items in Annex IV of 2094 (Chinese text). Annex IV contents, secondary and possibly partial: jewellery with pearls, gems, precious and semi-precious stones, jewellery of precious metal; yachts, luxury automobiles and motor vehicles, racing cars (comcapint)",
			Quote:       "阐明“奢侈品”包括但不限于本决议附件四开列的物项",
			QuoteSource: "Ta Kung Pao (Chinese text, third-party host citing 来源:联合国)",
			Sources: []Source{
				{Publisher: "Ta Kung Pao (Chinese text with \"23.\")", URL: urlTakungpao2094},
				{Publisher: "comcapint (Annex IV contents, secondary)", URL: "http://comcapint.com/comcapint/luxury-sanctions/"},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{
				"\"yes\" holds for OP 23 itself; the Annex IV contents are attested only partly (secondary, possibly partial)",
				"no HS codes in the UN text",
			},
			Notes: []string{
				"comcapint: \"For the first time, some guidance was annexed to resolution 2094 (2013) identifying the following items\"; \"Transportation items such as yachts, luxury automobiles and motor vehicles including station wagons, and racing cars.\"",
			},
		},
		{
			ID: "2094/OP25", Resolution: r2094, Paragraph: OP(25),
			Kind: ReportingDuty, Direction: General,
			Scope: "report to the Council within 90 days of adoption, and afterwards when the Committee asks, on the concrete measures taken (Chinese text); a call",
			Deadlines: []Deadline{
				{What: "report to the Security Council on the concrete measures taken", Days: 90, Day: day(2013, time.June, 5), Derived: true, Verified: VerifiedText, Note: "\"本决议通过后90 天内\", and afterwards when the Committee asks; the day is computed as adoption + 90 days, not stated"},
			},
			Quote:       "25. 呼吁所有国家在本决议通过后90 天内并在其后接获委员会要求时,向安全理事会报告",
			QuoteSource: "Ta Kung Pao (Chinese text, third-party host citing 来源:联合国)",
			Sources:     []Source{{Publisher: "Ta Kung Pao (Chinese text with \"25.\")", URL: urlTakungpao2094}},
			Verified:    VerifiedText, ParagraphVerified: VerifiedText,
		},
		{
			ID: "2094/OP27", Resolution: r2094, Paragraph: OP(27),
			Kind: Designation, Direction: Persons,
			Scope:       "directs the Committee to designate additional individuals and entities; the Committee may designate individuals for the measures of 1718 OPs 8 (d) and 8 (e) (Chinese text, cut off after that). SC/15324 calls 2094 OP 27 an expansion of the 1718 OP 8 (d) asset freeze",
			Quote:       "决定委员会可按第1718(2006)号决议第8(d)和8(e)段规定的措施指认个人",
			QuoteSource: "Ta Kung Pao (Chinese text, third-party host citing 来源:联合国)",
			Sources: []Source{
				{Publisher: "Ta Kung Pao (Chinese text with \"27.\", truncated)", URL: urlTakungpao2094},
				{Publisher: "UN press release SC/15324 (2023)", URL: urlSC15324},
			},
			Verified: VerifiedText, ParagraphVerified: VerifiedText,
			Unverified: []string{"the Chinese text is cut off after the designation clause"},
			Notes:      []string{"designations for the asset freeze (1718 OP 8 (d)) and the travel ban (1718 OP 8 (e))"},
		},
		{
			ID: "2094/banking", Resolution: r2094, Paragraph: Paragraph{},
			Kind: FinancialRestriction, Direction: Financial,
			Scope:       "calls on States to prohibit new branches, subsidiaries or representative offices of DPRK banks; new joint ventures, ownership interests and correspondent relationships with DPRK banks; and their financial institutions' offices, subsidiaries or accounts in the DPRK (Xinhua-based Chinese report; plnmw English summary)",
			Quote:       "禁止朝鲜银行在各国开设新的分行、附属机构或代表处",
			QuoteSource: "Chinese report (wforum), Xinhua-based",
			Sources: []Source{
				{Publisher: "wforum (Xinhua-based Chinese report)", URL: "https://bbs.wforum.com/guns/bbsviewer.php?trd_id=214296"},
				{Publisher: "plnmw (English summary)", URL: "http://www.plnmw.com/PatentSearch/fiafmpljwt.html"},
			},
			Verified: NotVerified, ParagraphVerified: NotVerified,
			Unverified: []string{"paragraph not seen; the wording is from press reports, not the resolution text"},
		},
	}
}
