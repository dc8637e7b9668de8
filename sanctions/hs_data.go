// Code generated from kpledger's HS reference tables (hs.md, compiled
// 2026-12-01) by a conversion script kept outside the repository. The
// tables were converted once; edit this file by hand only to correct a row
// against the reference, and keep every text exactly as the reference
// copies it.

package sanctions

// hsSource returns the description of the reference source id (its
// repository, file and commit, or its page address) and the edition the
// reference records for it ("" when the source shows none).
func hsSource(id string) (source, edition string) {
	switch id {
	case "A1":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3 (Australian Border Force, Customs Tariff Schedule 3 index)", "III and IV in HS 2022 wording"
	case "A2":
		return "http://www.homeaffairs.gov.au/busi/cargo-support-trade-and-goods/importing-goods/tariff-classification-of-goods/current-tariff-classification/schedule-3", "III and IV in pre-2022 wording"
	case "A3":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-iv", "section title in HS 2022 wording; \"Additional Note 1 operative 29 March 2021\""
	case "A4":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-xvi", ""
	case "A5":
		return "https://www.abf.gov.au:443/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-xi/chapter-50", ""
	case "A6":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-xi/chapter-51", ""
	case "A7":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-xiv/chapter-71", ""
	case "A8":
		return "https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff/schedule-3/section-xix/chapter-93", "\"Note 1(f) operative 1/1/22.\""
	case "A9":
		return "http://www.border.gov.au/Busi/cargo-support-trade-and-goods/importing-goods/tariff-classification-of-goods/current-tariff-classification/schedule-3/section-xv", ""
	case "B1":
		return "https://www.census.gov/foreign-trade/schedules/b/2026/index.html (US Census Bureau, Schedule B 2026)", "2026"
	case "B2":
		return "https://hts.usitc.gov/search?query=2710.19.30.20 (USITC Harmonized Tariff Schedule search page)", ""
	case "B3":
		return "https://www.dfat.gov.au/trade/agreements/in-force/kafta/official-documents/Pages/kafta-schedule-product-specific-rules-05 (DFAT, Korea–Australia FTA product-specific rules)", "\"Tariff Reference (HS2012)\""
	case "C1":
		return "ropensci/comtradr @ 3d5b52d6a3e10093b24b7883fb62f3d49b1ba4c8, inst/extdata/cmd_h6.rds (= UN Comtrade reference H6.json, labelled \"Product [HS 2022]\")", "HS 2022"
	case "C2":
		return "ropensci/comtradr @ 3d5b52d6a3e10093b24b7883fb62f3d49b1ba4c8, inst/extdata/cmd_h5.rds (= UN Comtrade reference H5.json, labelled \"Product [HS 2017]\")", "HS 2017"
	case "C3":
		return "ropensci/comtradr @ 3d5b52d6a3e10093b24b7883fb62f3d49b1ba4c8, inst/extdata/cmd_hs.rds (= UN Comtrade reference HS.json, \"Product [HS]\", combined HS)", "combined HS"
	case "D1":
		return "datasets/harmonized-system @ 905e5a0fa29f5700d62cb3cc1265f21bc8a92329, data/sections.csv (built from UN Comtrade data)", ""
	case "D2":
		return "datasets/harmonized-system @ a72bef25b2749cd04a824b8b46b71c89e566b4bb, data/harmonized-system.csv (\"Complete 2017 edition\")", "HS 2017"
	case "F1":
		return "http://voruskra.taks.fo/en/Chapters/Details/03 (TAKS, Faroe Islands tax and customs)", ""
	case "K1":
		return "https://cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/2024/html/00/ch16-eng.html (Canada Border Services Agency)", "\"T2024\""
	case "K2":
		return "https://cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/2021/html/00/ch93-eng.html", "\"T2021\""
	case "K3":
		return "https://www150.statcan.gc.ca/n1/pub/65-209-x/2010000/part-partie19-eng.htm (Statistics Canada, archived)", "2010 publication"
	case "O2":
		return "https://www.bada.org/resources/amended-importexport-commodity-codes-works-art-and-antiques (British Antique Dealers' Association; third party)", ""
	case "T1":
		return "http://asycuda.customs.gov.tt:8080/portal/services/tariff/headings.jsf;jsessionid=N5lsmQFUz-Ki8OAS-YBarlxxhaesmmF46aWKJzqv.almond?c=90308900 (Trinidad and Tobago Customs ASYCUDA tariff)", ""
	case "U1":
		return "https://www.trade-tariff.service.gov.uk/sections/2", "\"Last updated: 21 October 2020\""
	case "U2":
		return "https://www.trade-tariff.service.gov.uk/sections/3", "pre-2022 wording"
	case "U3":
		return "https://www.trade-tariff.service.gov.uk/sections/6 (\"UK Global Online Tariff\")", ""
	case "U4":
		return "https://www.trade-tariff.service.gov.uk/sections/15", ""
	case "U5":
		return "https://www.gov.uk/trade-tariff/chapters/25 (\"UK Integrated Online Tariff\")", "\"Date of trade 11 May 2024\""
	case "U6":
		return "https://www.trade-tariff.service.gov.uk/chapters/26 (\"UK Global Online Tariff\")", ""
	case "U7":
		return "https://www.trade-tariff.service.gov.uk/chapters/44", ""
	case "U8":
		return "https://www.trade-tariff.service.gov.uk/chapters/73", ""
	case "W1":
		return "https://www.wcotradetools.org/en/harmonized-system/compare/2017/041605/en/to/2017/041605/en (WCO Trade Tools)", "HS 2017"
	case "W2":
		return "https://www.wcotradetools.org/en/harmonized-system/2017/en/104823", "HS 2017"
	case "W3":
		return "https://academy.wcoomd.org/courses/section-xv-chapter-72-to-83-base-metals-and-articles-of-base-metal-chapter-77-reserved-for-possible-future-use-in-the-hs/ (WCO Academy)", ""
	case "W4":
		return "https://academy.wcoomd.org/product/harmonized-system-advanced-stones-and-metals-course-certificate", ""
	case "W5":
		return "https://academy.wcoomd.org/product/harmonized-system-advanced-plastic-rubber-skins-wood-and-paper-sections-vii-to-x-chapters-39-to-49/", ""
	case "Z1":
		return "https://apl2.czso.cz/iSMS/en/klaspol.jsp?ciselid=1012062&kodcis=5652&kodklas=80097 (Czech Statistical Office classification server)", "same page lists 8806 \"Unmanned aircraft\" (HS 2022)"
	case "Z2":
		return "https://apl2.czso.cz/iSMS/en/klaspol_prn.jsp?ciselid=1012282&kodcis=5652&kodklas=80097", "\"Validity: 01.01.2017 - 31.12.2021\""
	case "Z3":
		return "https://apl2.czso.cz/iSMS/en/klaspol.jsp?ciselid=1013551&kodcis=5653&kodklas=80097", "lists subheading 970121 (HS 2022)"
	}
	return "", ""
}

// hsSectionRow returns the data of section n (1 to 21) from the reference's
// Table A.
func hsSectionRow(n int) (hsSectionData, bool) {
	switch n {
	case 1:
		return hsSectionData{first: 1, last: 5, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Live animals; animal products", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Live animals; animal products", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "live animals; animal products", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H3: the [D1] sections.csv name is from a file last changed in 2016 and written in lower case; it is not HS 2022 wording."}}, true
	case 2:
		return hsSectionData{first: 6, last: 14, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Vegetable products", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Vegetable products", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Vegetable products", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 3:
		return hsSectionData{first: 15, last: 15, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Animal or vegetable fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Animal or vegetable fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H3: the [D1] sections.csv name is from a file last changed in 2016 and has the wording before HS 2022.", "Table C: the title changed in HS 2022 (compare [A1] with [A2])."}}, true
	case 4:
		return hsSectionData{first: 16, last: 24, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W1", "PREPARED FOODSTUFFS; BEVERAGES, SPIRITS AND VINEGAR; TOBACCO AND MANUFACTURED TOBACCO SUBSTITUTES", "WCO Trade Tools, HS 2017"),
			hsw(HSComtrade, "D1", "Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H3: the [D1] sections.csv name is from a file last changed in 2016 and has the wording before HS 2022.", "Table C: the title changed in HS 2022 (compare [A1] with [A2])."}}, true
	case 5:
		return hsSectionData{first: 25, last: 27, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Mineral products", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Mineral products", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Mineral products", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 6:
		return hsSectionData{first: 28, last: 38, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Products of the chemical or allied industries", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Products of the chemical or allied industries", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Products of the chemical or allied industries", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 7:
		return hsSectionData{first: 39, last: 40, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Plastics and articles thereof; rubber and articles thereof", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Plastics and articles thereof; rubber and articles thereof", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W5", "Section VII (Chapters 39 to 40): Plastics and articles thereof; Rubber and articles thereof", "WCO Academy course module title"),
			hsw(HSComtrade, "D1", "Plastics and articles thereof; rubber and articles thereof", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 8:
		return hsSectionData{first: 41, last: 43, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Raw hides and skins, leather, furskins and articles thereof; saddlery and harness, travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Raw hides and skins, leather, furskins and articles thereof; saddlery and harness, travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Raw hides and skins, leather, furskins and articles thereof; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H8: [A1] punctuates differently from the [D1] name (commas where that name has semicolons); national tariffs are not word for word the WCO text."}}, true
	case 9:
		return hsSectionData{first: 44, last: 46, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Wood and articles of wood; wood charcoal; cork and articles of cork; manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Wood and articles of wood; wood charcoal; cork and articles of cork; manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Wood and articles of wood; wood charcoal; cork and articles of cork; manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 10:
		return hsSectionData{first: 47, last: 49, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Pulp of wood or of other cellulosic material, recovered (waste and scrap) paper and paperboard, and articles thereof", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Pulp of wood or of other cellulosic material, recovered (waste and scrap) paper and paperboard, and articles thereof", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W2", "PULP OF WOOD OR OF OTHER FIBROUS CELLULOSIC MATERIAL; RECOVERED (WASTE AND SCRAP) PAPER OR PAPERBOARD; PAPER AND PAPERBOARD AND ARTICLES THEREOF", "WCO Trade Tools, HS 2017"),
			hsw(HSComtrade, "D1", "Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard; paper and paperboard and articles thereof", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H8: the Australian wording ([A1], [A2]) differs from the WCO Trade Tools wording of HS 2017 ([W2]); national tariffs are not word for word the WCO text."}}, true
	case 11:
		return hsSectionData{first: 50, last: 63, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Textiles and textile articles", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Textiles and textile articles", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Textiles and textile articles", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 12:
		return hsSectionData{first: 64, last: 67, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Footwear, headgear, umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops, and parts thereof; prepared feathers and articles made therewith; artificial flowers; articles of human hair", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Footwear, headgear, umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops, and parts thereof; prepared feathers and articles made therewith; artificial flowers; articles of human hair", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSComtrade, "D1", "Footwear, headgear, umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof; prepared feathers and articles made therewith; artificial flowers; articles of human hair", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 13:
		return hsSectionData{first: 68, last: 70, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Articles of stone, plaster, cement, asbestos, mica or similar materials, ceramic products, glass and glassware", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Articles of stone, plaster, cement, asbestos, mica or similar materials, ceramic products, glass and glassware", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W4", "Section XIII (Chapters 68 to 70): Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic products; glass and glassware", "WCO Academy module title"),
			hsw(HSComtrade, "D1", "Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic products; glass and glassware", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"H8: [A1] punctuates differently from the WCO Academy and [D1] wording (commas where they have semicolons)."}}, true
	case 14:
		return hsSectionData{first: 71, last: 71, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W4", "Section XIV (Chapter 71): Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewelry; coin", "WCO Academy module title"),
			hsw(HSComtrade, "D1", "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal and articles thereof; imitation jewellery; coin", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 15:
		return hsSectionData{first: 72, last: 83, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A1", "Base metals and articles of base metal", "ABF Customs Tariff Schedule 3 index, HS 2022 wording"),
			hsw(HSNational, "A2", "Base metals and articles of base metal", "older capture of the Schedule 3 index, wording before HS 2022; the chapter range printed after the title is left out"),
			hsw(HSWCO, "W3", "Section XV (Chapter 72 to 83): Base metals and articles of base metal (Chapter 77: Reserved for possible future use in the HS)", "WCO Academy course title"),
			hsw(HSComtrade, "D1", "Base metals and articles of base metal", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: nil}, true
	case 16:
		return hsSectionData{first: 84, last: 85, rangeSource: "A1", wordings: []HSWording{
			hsw(HSNational, "A4", "Section XVI - Machinery and mechanical appliances; electrical equipment; parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles", "ABF section page, edition not shown"),
			hsw(HSComtrade, "D1", "Machinery and mechanical appliances; electrical equipment; parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"[A1] and [A2] list this section, but their excerpts are cut off inside the title; only [A4] gives it in full, with no edition shown."}}, true
	case 17:
		return hsSectionData{first: 86, last: 89, rangeSource: "D1", wordings: []HSWording{
			hsw(HSNational, "Z1", "Vehicles, aircraft, vessels and associated transport equipment", "Czech Statistical Office HS classification page that lists heading 8806 (an HS 2022 heading)"),
			hsw(HSComtrade, "D1", "Vehicles, aircraft, vessels and associated transport equipment", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"Chapter range from the section column of [D1]; no HS 2022 title from [A1] was retrieved."}}, true
	case 18:
		return hsSectionData{first: 90, last: 92, rangeSource: "D1", wordings: []HSWording{
			hsw(HSNational, "T1", "OPTICAL, PHOTOGRAPHIC, CINEMATOGRAPHIC, MEASURING, CHECKING, PRECISION, MEDICAL OR SURGICAL INSTRUMENTS AND APPARATUS; CLOCKS AND WATCHES; MUSICAL INSTRUMENTS; PARTS AND ACCESSORIES THEREOF", "Trinidad and Tobago Customs ASYCUDA tariff page (\"Section 18\"), edition not shown"),
			hsw(HSComtrade, "D1", "Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; clocks and watches; musical instruments; parts and accessories thereof", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"Chapter range from the section column of [D1]; no HS 2022 title from [A1] was retrieved."}}, true
	case 19:
		return hsSectionData{first: 93, last: 93, rangeSource: "D1", wordings: []HSWording{
			hsw(HSNational, "K3", "Section XIX - Arms and ammunition; parts and accessories thereof", "Statistics Canada, archived 2010 publication"),
			hsw(HSComtrade, "D1", "Arms and ammunition; parts and accessories thereof", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"Chapter range from the section column of [D1]; no HS 2022 title from [A1] was retrieved."}}, true
	case 20:
		return hsSectionData{first: 94, last: 96, rangeSource: "D1", wordings: []HSWording{
			hsw(HSComtrade, "D1", "Miscellaneous manufactured articles", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"No official or WCO page for this title was retrieved: only the [D1] sections.csv name (2016 file) is kept. A third-party reproduction [O1] of a national tariff was seen and is not encoded."}}, true
	case 21:
		return hsSectionData{first: 97, last: 97, rangeSource: "D1", wordings: []HSWording{
			hsw(HSNational, "Z2", "Works of art, collectors' pieces and antiques", "Czech Statistical Office HS classification, \"Validity: 01.01.2017 - 31.12.2021\""),
			hsw(HSComtrade, "D1", "Works of art, collectors' pieces and antiques", "data/sections.csv, last changed in 2016 (flag H3): not HS 2022 wording"),
		}, notes: []string{"Chapter range from the section column of [D1]; no HS 2022 title from [A1] was retrieved."}}, true
	}
	return hsSectionData{}, false
}

// hsChapterCodes lists the chapters of the reference's Table B, two digits
// each, in order.
const hsChapterCodes = "0102030405060708091011121314151617181920212223242526272829303132333435363738394041424344454647484950515253545556575859606162636465666768697071727374757677787980818283848586878889909192939495969799"

// hsChapterRow returns the data of chapter n from the reference's Table B.
func hsChapterRow(n int) (hsChapterData, bool) {
	switch n {
	case 1:
		return hsChapterData{section: 1, h6: "Animals; live", h5: "Animals; live", wordings: []HSWording{
			hsw(HSNational, "B1", "Live Animals", "Schedule B 2026 (US Census Bureau); title case as printed"),
		}}, true
	case 2:
		return hsChapterData{section: 1, h6: "Meat and edible meat offal", h5: "Meat and edible meat offal", wordings: []HSWording{
			hsw(HSNational, "B1", "Meat and Edible Meat Offal", "Schedule B 2026 (US Census Bureau); title case as printed"),
		}}, true
	case 3:
		return hsChapterData{section: 1, h6: "Fish and crustaceans, molluscs and other aquatic invertebrates", h5: "Fish and crustaceans, molluscs and other aquatic invertebrates", wordings: []HSWording{
			hsw(HSNational, "B1", "Fish and Crustaceans, Molluscs and Other Aquatic Invertebrates", "Schedule B 2026 (US Census Bureau); title case as printed"),
		}, headings: true}, true
	case 4:
		return hsChapterData{section: 1, h6: "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included", h5: "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included", wordings: []HSWording{
			hsw(HSNational, "B1", "Dairy Produce; Birds' Eggs; Natural Honey; Edible Products of Animal Origin, Not Elsewhere Specified or Included", "Schedule B 2026 (US Census Bureau); title case as printed"),
		}}, true
	case 5:
		return hsChapterData{section: 1, h6: "Animal originated products; not elsewhere specified or included", h5: "Animal originated products; not elsewhere specified or included", wordings: []HSWording{
			hsw(HSNational, "B1", "Products of Animal Origin, Not Elsewhere Specified or Included", "Schedule B 2026 (US Census Bureau); title case as printed"),
		}}, true
	case 6:
		return hsChapterData{section: 2, h6: "Trees and other plants, live; bulbs, roots and the like; cut flowers and ornamental foliage", h5: "Trees and other plants, live; bulbs, roots and the like; cut flowers and ornamental foliage", wordings: []HSWording{
			hsw(HSNational, "B1", "Live Trees and Other Plants; Bulbs, Roots and the Like; Cut Flowers and Ornamental Foliage", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 7:
		return hsChapterData{section: 2, h6: "Vegetables and certain roots and tubers; edible", h5: "Vegetables and certain roots and tubers; edible", wordings: []HSWording{
			hsw(HSNational, "B1", "Edible Vegetables and Certain Roots and Tubers", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Edible vegetables and certain roots and tubers", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 8:
		return hsChapterData{section: 2, h6: "Fruit and nuts, edible; peel of citrus fruit or melons", h5: "Fruit and nuts, edible; peel of citrus fruit or melons", wordings: []HSWording{
			hsw(HSNational, "B1", "Edible Fruit and Nuts; Peel of Citrus Fruit or Melons", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Edible fruit and nuts; peel of citrus fruit or melons", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 9:
		return hsChapterData{section: 2, h6: "Coffee, tea, mate and spices", h5: "Coffee, tea, mate and spices", wordings: []HSWording{
			hsw(HSNational, "B1", "Coffee, Tea, Maté and Spices", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Coffee, tea, maté and spices", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 10:
		return hsChapterData{section: 2, h6: "Cereals", h5: "Cereals", wordings: []HSWording{
			hsw(HSNational, "B1", "Cereals", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Cereals", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 11:
		return hsChapterData{section: 2, h6: "Products of the milling industry; malt, starches, inulin, wheat gluten", h5: "Products of the milling industry; malt, starches, inulin, wheat gluten", wordings: []HSWording{
			hsw(HSNational, "B1", "Products of the Milling Industry; Malt; Starches; Inulin; Wheat Gluten", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Products of the milling industry; malt; starches; inulin; wheat gluten", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 12:
		return hsChapterData{section: 2, h6: "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder", h5: "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder", wordings: []HSWording{
			hsw(HSNational, "B1", "Oil Seeds and Oleaginous Fruits; Miscellaneous Grains, Seeds and Fruit; Industrial or Medicinal Plants; Straw and Fodder", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 13:
		return hsChapterData{section: 2, h6: "Lac; gums, resins and other vegetable saps and extracts", h5: "Lac; gums, resins and other vegetable saps and extracts", wordings: []HSWording{
			hsw(HSNational, "B1", "Lac; Gums, Resins and Other Vegetable Saps and Extracts", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Lac; gums, resins and other vegetable saps and extracts", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 14:
		return hsChapterData{section: 2, h6: "Vegetable plaiting materials; vegetable products not elsewhere specified or included", h5: "Vegetable plaiting materials; vegetable products not elsewhere specified or included", wordings: []HSWording{
			hsw(HSNational, "B1", "Vegetable Plaiting Materials; Vegetable Products Not Elsewhere Specified or Included", "Schedule B 2026 (US Census Bureau); title case as printed"),
			hsw(HSNational, "U1", "Vegetable plaiting materials; vegetable products not elsewhere specified or included", "UK Trade Tariff section page, \"Last updated: 21 October 2020\""),
		}}, true
	case 15:
		return hsChapterData{section: 3, h6: "Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes", h5: "Animal or vegetable fats and oils and their cleavage products; prepared animal fats; animal or vegetable waxes", wordings: []HSWording{
			hsw(HSNational, "U2", "Animal or vegetable fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes", "UK Trade Tariff section page; date not shown; pre-HS 2022 wording"),
		}, notes: []string{"H10: the only national page retrieved ([U2]) has the wording before HS 2022; the Comtrade HS 2022 text matches the HS 2022 title of section III in [A1].", "Table C: Comtrade changed its text for this chapter between H5 and H6."}}, true
	case 16:
		return hsChapterData{section: 4, h6: "Meat, fish, crustaceans, molluscs or other aquatic invertebrates, or insects; preparations thereof", h5: "Meat, fish or crustaceans, molluscs or other aquatic invertebrates; preparations thereof", wordings: []HSWording{
			hsw(HSNational, "A3", "Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects", "ABF section IV page, whose section title has the HS 2022 wording"),
			hsw(HSNational, "K1", "Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects", "CBSA Customs Tariff T2024"),
			hsw(HSWCO, "W1", "Preparations of meat, of fish or of crustaceans, molluscs or other aquatic invertebrates", "WCO Trade Tools, HS 2017"),
		}, headings: true, notes: []string{"Table C: HS 2022 added \"or of insects\" ([A3], [K1] against [W1], HS 2017); Comtrade changed its text between H5 and H6."}}, true
	case 17:
		return hsChapterData{section: 4, h6: "Sugars and sugar confectionery", h5: "Sugars and sugar confectionery", wordings: []HSWording{
			hsw(HSNational, "A3", "Sugars and sugar confectionery", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 18:
		return hsChapterData{section: 4, h6: "Cocoa and cocoa preparations", h5: "Cocoa and cocoa preparations", wordings: []HSWording{
			hsw(HSNational, "A3", "Cocoa and cocoa preparations", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 19:
		return hsChapterData{section: 4, h6: "Preparations of cereals, flour, starch or milk; pastrycooks' products", h5: "Preparations of cereals, flour, starch or milk; pastrycooks' products", wordings: []HSWording{
			hsw(HSNational, "A3", "Preparations of cereals, flour, starch or milk; pastrycooks' products", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 20:
		return hsChapterData{section: 4, h6: "Preparations of vegetables, fruit, nuts or other parts of plants", h5: "Preparations of vegetables, fruit, nuts or other parts of plants", wordings: []HSWording{
			hsw(HSNational, "A3", "Preparations of vegetables, fruit, nuts or other parts of plants", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 21:
		return hsChapterData{section: 4, h6: "Miscellaneous edible preparations", h5: "Miscellaneous edible preparations", wordings: []HSWording{
			hsw(HSNational, "A3", "Miscellaneous edible preparations", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 22:
		return hsChapterData{section: 4, h6: "Beverages, spirits and vinegar", h5: "Beverages, spirits and vinegar", wordings: []HSWording{
			hsw(HSNational, "A3", "Beverages, spirits and vinegar", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 23:
		return hsChapterData{section: 4, h6: "Food industries, residues and wastes thereof; prepared animal fodder", h5: "Food industries, residues and wastes thereof; prepared animal fodder", wordings: []HSWording{
			hsw(HSNational, "A3", "Residues and waste from the food industries; prepared animal fodder", "ABF section IV page, whose section title has the HS 2022 wording"),
		}}, true
	case 24:
		return hsChapterData{section: 4, h6: "Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body", h5: "Tobacco and manufactured tobacco substitutes", wordings: []HSWording{
			hsw(HSNational, "A3", "Tobacco and manufactured tobacco substitutes", "ABF section IV page, whose section title has the HS 2022 wording"),
		}, notes: []string{"H4: the sources disagree. [A3] gives the chapter as \"Tobacco and manufactured tobacco substitutes\"; Comtrade H6 adds the nicotine products. The HS 2022 legal title was not seen; both are kept.", "Table C: Comtrade changed its text for this chapter between H5 and H6."}}, true
	case 25:
		return hsChapterData{section: 5, h6: "Salt; sulphur; earths, stone; plastering materials, lime and cement", h5: "Salt; sulphur; earths, stone; plastering materials, lime and cement", wordings: []HSWording{
			hsw(HSNational, "U5", "Salt; sulphur; earths and stone; plastering materials, lime and cement", "UK Online Tariff, \"Date of trade 11 May 2024\""),
			hsw(HSNational, "B3", "Salt; Sulphur; Earths and Stone; Plastering Materials, Lime and Cement", "DFAT (Australia), KAFTA rules of origin, \"Tariff Reference (HS2012)\"; capitalisation as printed"),
		}, headings: true}, true
	case 26:
		return hsChapterData{section: 5, h6: "Ores, slag and ash", h5: "Ores, slag and ash", wordings: []HSWording{
			hsw(HSNational, "B3", "ORES, SLAG and ASH", "DFAT (Australia), KAFTA rules of origin, \"Tariff Reference (HS2012)\"; capitalisation as printed"),
		}, headings: true}, true
	case 27:
		return hsChapterData{section: 5, h6: "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes", h5: "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes", wordings: []HSWording{
			hsw(HSNational, "B3", "Mineral Fuels, Mineral Oils and Products of Their Distillation; Bituminous Substances; Mineral Waxes", "DFAT (Australia), KAFTA rules of origin, \"Tariff Reference (HS2012)\"; capitalisation as printed"),
		}, headings: true}, true
	case 28:
		return hsChapterData{section: 6, h6: "Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes", h5: "Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes", wordings: []HSWording{
			hsw(HSNational, "U3", "Inorganic chemicals; organic or inorganic compounds of precious metals, of rare-earth metals, of radioactive elements or of isotopes", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 29:
		return hsChapterData{section: 6, h6: "Organic chemicals", h5: "Organic chemicals", wordings: []HSWording{
			hsw(HSNational, "U3", "Organic chemicals", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 30:
		return hsChapterData{section: 6, h6: "Pharmaceutical products", h5: "Pharmaceutical products", wordings: []HSWording{
			hsw(HSNational, "U3", "Pharmaceutical products", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 31:
		return hsChapterData{section: 6, h6: "Fertilizers", h5: "Fertilizers", wordings: []HSWording{
			hsw(HSNational, "U3", "Fertilisers", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 32:
		return hsChapterData{section: 6, h6: "Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints, varnishes; putty, other mastics; inks", h5: "Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints, varnishes; putty, other mastics; inks", wordings: []HSWording{
			hsw(HSNational, "U3", "Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints and varnishes; putty and other mastics; inks", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 33:
		return hsChapterData{section: 6, h6: "Essential oils and resinoids; perfumery, cosmetic or toilet preparations", h5: "Essential oils and resinoids; perfumery, cosmetic or toilet preparations", wordings: []HSWording{
			hsw(HSNational, "U3", "Essential oils and resinoids; perfumery, cosmetic or toilet preparations", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 34:
		return hsChapterData{section: 6, h6: "Soap, organic surface-active agents; washing, lubricating, polishing or scouring preparations; artificial or prepared waxes, candles and similar articles, modelling pastes, dental waxes and dental preparations with a basis of plaster", h5: "Soap, organic surface-active agents; washing, lubricating, polishing or scouring preparations; artificial or prepared waxes, candles and similar articles, modelling pastes, dental waxes and dental preparations with a basis of plaster", wordings: []HSWording{
			hsw(HSNational, "U3", "Soap, organic surface-active agents, washing preparations, lubricating preparations, artificial waxes, prepared waxes, polishing or scouring preparations, candles and similar articles, modelling pastes, 'dental waxes' and dental preparations with a basis of plaster", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 35:
		return hsChapterData{section: 6, h6: "Albuminoidal substances; modified starches; glues; enzymes", h5: "Albuminoidal substances; modified starches; glues; enzymes", wordings: []HSWording{
			hsw(HSNational, "U3", "Albuminoidal substances; modified starches; glues; enzymes", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 36:
		return hsChapterData{section: 6, h6: "Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations", h5: "Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations", wordings: []HSWording{
			hsw(HSNational, "U3", "Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 37:
		return hsChapterData{section: 6, h6: "Photographic or cinematographic goods", h5: "Photographic or cinematographic goods", wordings: []HSWording{
			hsw(HSNational, "U3", "Photographic or cinematographic goods", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 38:
		return hsChapterData{section: 6, h6: "Chemical products n.e.c.", h5: "Chemical products n.e.c.", wordings: []HSWording{
			hsw(HSNational, "U3", "Miscellaneous chemical products", "UK Global Online Tariff section page; date not shown"),
		}}, true
	case 39:
		return hsChapterData{section: 7, h6: "Plastics and articles thereof", h5: "Plastics and articles thereof"}, true
	case 40:
		return hsChapterData{section: 7, h6: "Rubber and articles thereof", h5: "Rubber and articles thereof"}, true
	case 41:
		return hsChapterData{section: 8, h6: "Raw hides and skins (other than furskins) and leather", h5: "Raw hides and skins (other than furskins) and leather"}, true
	case 42:
		return hsChapterData{section: 8, h6: "Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)", h5: "Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)"}, true
	case 43:
		return hsChapterData{section: 8, h6: "Furskins and artificial fur; manufactures thereof", h5: "Furskins and artificial fur; manufactures thereof"}, true
	case 44:
		return hsChapterData{section: 9, h6: "Wood and articles of wood; wood charcoal", h5: "Wood and articles of wood; wood charcoal", headings: true}, true
	case 45:
		return hsChapterData{section: 9, h6: "Cork and articles of cork", h5: "Cork and articles of cork"}, true
	case 46:
		return hsChapterData{section: 9, h6: "Manufactures of straw, esparto or other plaiting materials; basketware and wickerwork", h5: "Manufactures of straw, esparto or other plaiting materials; basketware and wickerwork"}, true
	case 47:
		return hsChapterData{section: 10, h6: "Pulp of wood or other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard", h5: "Pulp of wood or other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard"}, true
	case 48:
		return hsChapterData{section: 10, h6: "Paper and paperboard; articles of paper pulp, of paper or paperboard", h5: "Paper and paperboard; articles of paper pulp, of paper or paperboard", wordings: []HSWording{
			hsw(HSWCO, "W2", "Paper and paperboard; articles of paper pulp, of paper or of paperboard", "WCO Trade Tools, HS 2017"),
		}}, true
	case 49:
		return hsChapterData{section: 10, h6: "Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans", h5: "Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans"}, true
	case 50:
		return hsChapterData{section: 11, h6: "Silk", h5: "Silk", wordings: []HSWording{
			hsw(HSNational, "A5", "Silk", "ABF chapter page; edition not shown"),
		}, headings: true}, true
	case 51:
		return hsChapterData{section: 11, h6: "Wool, fine or coarse animal hair; horsehair yarn and woven fabric", h5: "Wool, fine or coarse animal hair; horsehair yarn and woven fabric", wordings: []HSWording{
			hsw(HSNational, "A6", "Wool, fine or coarse animal hair; horsehair yarn and woven fabric", "ABF chapter page; edition not shown"),
		}, headings: true}, true
	case 52:
		return hsChapterData{section: 11, h6: "Cotton", h5: "Cotton", headings: true}, true
	case 53:
		return hsChapterData{section: 11, h6: "Vegetable textile fibres; paper yarn and woven fabrics of paper yarn", h5: "Vegetable textile fibres; paper yarn and woven fabrics of paper yarn", headings: true}, true
	case 54:
		return hsChapterData{section: 11, h6: "Man-made filaments; strip and the like of man-made textile materials", h5: "Man-made filaments; strip and the like of man-made textile materials", headings: true}, true
	case 55:
		return hsChapterData{section: 11, h6: "Man-made staple fibres", h5: "Man-made staple fibres", headings: true}, true
	case 56:
		return hsChapterData{section: 11, h6: "Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof", h5: "Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof", headings: true}, true
	case 57:
		return hsChapterData{section: 11, h6: "Carpets and other textile floor coverings", h5: "Carpets and other textile floor coverings", headings: true}, true
	case 58:
		return hsChapterData{section: 11, h6: "Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery", h5: "Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery", headings: true}, true
	case 59:
		return hsChapterData{section: 11, h6: "Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use", h5: "Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use", headings: true}, true
	case 60:
		return hsChapterData{section: 11, h6: "Fabrics; knitted or crocheted", h5: "Fabrics; knitted or crocheted", headings: true}, true
	case 61:
		return hsChapterData{section: 11, h6: "Apparel and clothing accessories; knitted or crocheted", h5: "Apparel and clothing accessories; knitted or crocheted", headings: true}, true
	case 62:
		return hsChapterData{section: 11, h6: "Apparel and clothing accessories; not knitted or crocheted", h5: "Apparel and clothing accessories; not knitted or crocheted", headings: true}, true
	case 63:
		return hsChapterData{section: 11, h6: "Textiles, made up articles; sets; worn clothing and worn textile articles; rags", h5: "Textiles, made up articles; sets; worn clothing and worn textile articles; rags", headings: true}, true
	case 64:
		return hsChapterData{section: 12, h6: "Footwear; gaiters and the like; parts of such articles", h5: "Footwear; gaiters and the like; parts of such articles"}, true
	case 65:
		return hsChapterData{section: 12, h6: "Headgear and parts thereof", h5: "Headgear and parts thereof"}, true
	case 66:
		return hsChapterData{section: 12, h6: "Umbrellas, sun umbrellas, walking-sticks, seat sticks, whips, riding crops; and parts thereof", h5: "Umbrellas, sun umbrellas, walking-sticks, seat sticks, whips, riding crops; and parts thereof"}, true
	case 67:
		return hsChapterData{section: 12, h6: "Feathers and down, prepared; and articles made of feather or of down; artificial flowers; articles of human hair", h5: "Feathers and down, prepared; and articles made of feather or of down; artificial flowers; articles of human hair"}, true
	case 68:
		return hsChapterData{section: 13, h6: "Stone, plaster, cement, asbestos, mica or similar materials; articles thereof", h5: "Stone, plaster, cement, asbestos, mica or similar materials; articles thereof", headings: true}, true
	case 69:
		return hsChapterData{section: 13, h6: "Ceramic products", h5: "Ceramic products", headings: true}, true
	case 70:
		return hsChapterData{section: 13, h6: "Glass and glassware", h5: "Glass and glassware", headings: true}, true
	case 71:
		return hsChapterData{section: 14, h6: "Natural, cultured pearls; precious, semi-precious stones; precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin", h5: "Natural, cultured pearls; precious, semi-precious stones; precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin", wordings: []HSWording{
			hsw(HSNational, "A7", "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin", "ABF chapter page; edition not shown"),
		}, headings: true}, true
	case 72:
		return hsChapterData{section: 15, h6: "Iron and steel", h5: "Iron and steel", wordings: []HSWording{
			hsw(HSNational, "U4", "Iron and steel", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Iron and steel", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 73:
		return hsChapterData{section: 15, h6: "Iron or steel articles", h5: "Iron or steel articles", wordings: []HSWording{
			hsw(HSNational, "U4", "Articles of iron or steel", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Articles of iron or steel", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 74:
		return hsChapterData{section: 15, h6: "Copper and articles thereof", h5: "Copper and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Copper and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Copper and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 75:
		return hsChapterData{section: 15, h6: "Nickel and articles thereof", h5: "Nickel and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Nickel and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Nickel and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 76:
		return hsChapterData{section: 15, h6: "Aluminium and articles thereof", h5: "Aluminium and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Aluminium and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Aluminium and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 77:
		return hsChapterData{section: 15, h6: "", h5: "", wordings: []HSWording{
			hsw(HSWCO, "W3", "(Chapter 77: Reserved for possible future use in the HS)", "WCO Academy course title"),
		}, reserved: true, notes: []string{"H5: reserved for possible future use in the HS; not in Comtrade H6 or H5, only in its combined HS table [C3]."}}, true
	case 78:
		return hsChapterData{section: 15, h6: "Lead and articles thereof", h5: "Lead and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Lead and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Lead and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 79:
		return hsChapterData{section: 15, h6: "Zinc and articles thereof", h5: "Zinc and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Zinc and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Zinc and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 80:
		return hsChapterData{section: 15, h6: "Tin; articles thereof", h5: "Tin; articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Tin and articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Tin and articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 81:
		return hsChapterData{section: 15, h6: "Metals; n.e.c., cermets and articles thereof", h5: "Metals; n.e.c., cermets and articles thereof", wordings: []HSWording{
			hsw(HSNational, "U4", "Other base metals; cermets; articles thereof", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Other base metals; cermets; articles thereof", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 82:
		return hsChapterData{section: 15, h6: "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof, of base metal", h5: "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof, of base metal", wordings: []HSWording{
			hsw(HSNational, "U4", "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true}, true
	case 83:
		return hsChapterData{section: 15, h6: "Metal; miscellaneous products of base metal", h5: "Metal; miscellaneous products of base metal", wordings: []HSWording{
			hsw(HSNational, "U4", "Miscellaneous articles of base metal", "UK Trade Tariff section page; date not shown"),
			hsw(HSNational, "A9", "Miscellaneous articles of base metals", "border.gov.au section XV page (older capture); edition not shown"),
		}, headings: true, notes: []string{"H9: the two national pages differ by one letter: [U4] \"base metal\", [A9] \"base metals\"."}}, true
	case 84:
		return hsChapterData{section: 16, h6: "Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof", h5: "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof", headings: true, notes: []string{"H6: Comtrade changed its own text between H5 and H6; no official page for this chapter was retrieved, so whether the WCO heading changed in HS 2022 is not verified."}}, true
	case 85:
		return hsChapterData{section: 16, h6: "Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles", h5: "Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles", headings: true}, true
	case 86:
		return hsChapterData{section: 17, h6: "Railway, tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds", h5: "Railway, tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds", headings: true}, true
	case 87:
		return hsChapterData{section: 17, h6: "Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof", h5: "Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof", headings: true}, true
	case 88:
		return hsChapterData{section: 17, h6: "Aircraft, spacecraft, and parts thereof", h5: "Aircraft, spacecraft and parts thereof", headings: true, notes: []string{"H6: Comtrade changed its own text between H5 and H6 (a comma); no official page for this chapter was retrieved, so whether the WCO heading changed in HS 2022 is not verified."}}, true
	case 89:
		return hsChapterData{section: 17, h6: "Ships, boats and floating structures", h5: "Ships, boats and floating structures", headings: true}, true
	case 90:
		return hsChapterData{section: 18, h6: "Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories", h5: "Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories"}, true
	case 91:
		return hsChapterData{section: 18, h6: "Clocks and watches and parts thereof", h5: "Clocks and watches and parts thereof"}, true
	case 92:
		return hsChapterData{section: 18, h6: "Musical instruments; parts and accessories of such articles", h5: "Musical instruments; parts and accessories of such articles"}, true
	case 93:
		return hsChapterData{section: 19, h6: "Arms and ammunition; parts and accessories thereof", h5: "Arms and ammunition; parts and accessories thereof", wordings: []HSWording{
			hsw(HSNational, "A8", "Arms and ammunition; parts and accessories thereof", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
			hsw(HSNational, "K2", "Arms and ammunition; parts and accessories thereof", "CBSA Customs Tariff T2021"),
		}, headings: true, notes: []string{"Table C: [A8] dates a change of a chapter note to 1 January 2022; the page does not say which HS edition it implements."}}, true
	case 94:
		return hsChapterData{section: 20, h6: "Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings", h5: "Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings"}, true
	case 95:
		return hsChapterData{section: 20, h6: "Toys, games and sports requisites; parts and accessories thereof", h5: "Toys, games and sports requisites; parts and accessories thereof"}, true
	case 96:
		return hsChapterData{section: 20, h6: "Miscellaneous manufactured articles", h5: "Miscellaneous manufactured articles"}, true
	case 97:
		return hsChapterData{section: 21, h6: "Works of art; collectors' pieces and antiques", h5: "Works of art; collectors' pieces and antiques", wordings: []HSWording{
			hsw(HSNational, "Z3", "Works of art, collectors' pieces and antiques", "Czech Statistical Office HS classification page that lists subheading 970121 (an HS 2022 subheading)"),
		}, headings: true, notes: []string{"Table C: a trade body (third party, [O2]) reports that the WCO amended the chapter 97 codes with effect from 1 January 2022; not an official source."}}, true
	case 99:
		return hsChapterData{section: 0, h6: "Commodities not specified according to kind", h5: "", notHS: true, notes: []string{"H5: a Comtrade code for commodities not specified according to kind, not an HS chapter."}}, true
	}
	return hsChapterData{}, false
}

// hsHeadingCodes lists the headings of the reference's Table D, four digits
// each, in the reference's order (by chapter; within a chapter Comtrade's
// HS 2022 headings first, then any heading found only in HS 2017).
const hsHeadingCodes = "03010302030303040305030603070308030916011602160316041605250125022503250425052506250725082509251025112512251325142515251625172518251925202521252225232524252525262528252925302601260226032604260526062607260826092610261126122613261426152616261726182619262026212701270227032704270527062707270827092710271127122713271427152716440144024403440444054406440744084409441044114412441344144415441644174418441944204421500150025003500450055006500751015102510351045105510651075108510951105111511251135201520252035204520552065207520852095210521152125301530253035305530653075308530953105311540154025403540454055406540754085501550255035504550555065507550855095510551155125513551455155516560156025603560456055606560756085609570157025703570457055801580258035804580558065807580858095810581159015902590359045905590659075908590959105911600160026003600460056006610161026103610461056106610761086109611061116112611361146115611661176201620262036204620562066207620862096210621162126213621462156216621763016302630363046305630663076308630963106801680268036804680568066807680868096810681168126813681468156901690269036904690569066907690969106911691269136914700170027003700470057006700770087009701070117013701470157016701770187019702071017102710371047105710671077108710971107111711271137114711571167117711872017202720372047205720672077208720972107211721272137214721572167217721872197220722172227223722472257226722772287229730173027303730473057306730773087309731073117312731373147315731673177318731973207321732273237324732573267401740274037404740574067407740874097410741174127413741574187419750175027503750475057506750775087601760276037604760576067607760876097610761176127613761476157616780178027804780679017902790379047905790780018002800380078101810281038104810581068108810981108111811281138107820182028203820482058206820782088209821082118212821382148215830183028303830483058306830783088309831083118401840284038404840584068407840884098410841184128413841484158416841784188419842084218422842384248425842684278428842984308431843284338434843584368437843884398440844184428443844484458446844784488449845084518452845384548455845684578458845984608461846284638464846584668467846884708471847284738474847584768477847884798480848184828483848484858486848785018502850385048505850685078508850985108511851285138514851585168517851885198521852285238524852585268527852885298530853185328533853485358536853785388539854085418542854385448545854685478548854986018602860386048605860686078608860987018702870387048705870687078708870987108711871287138714871587168801880288048805880688078803890189028903890489058906890789089301930293039304930593069307970197029703970497059706"

// hsHeadingRow returns the data of the 4-digit heading code from the
// reference's Table D.
func hsHeadingRow(code string) (hsHeadingData, bool) {
	switch code {
	case "0301":
		return hsHeadingData{h6: "Fish; live", h5: "Fish; live", wordings: []HSWording{
			hsw(HSNational, "F1", "Live fish", "Faroe Islands TAKS tariff; edition not shown"),
		}}, true
	case "0302":
		return hsHeadingData{h6: "Fish; fresh or chilled, excluding fish fillets and other fish meat of heading 0304", h5: "Fish; fresh or chilled, excluding fish fillets and other fish meat of heading 0304", wordings: []HSWording{
			hsw(HSNational, "F1", "Fish, fresh or chilled, excluding fish fillets and other fish meat of heading 0304", "Faroe Islands TAKS tariff; edition not shown"),
		}}, true
	case "0303":
		return hsHeadingData{h6: "Fish; frozen, excluding fish fillets and other fish meat of heading 0304", h5: "Fish; frozen, excluding fish fillets and other fish meat of heading 0304"}, true
	case "0304":
		return hsHeadingData{h6: "Fish fillets and other fish meat (whether or not minced); fresh, chilled or frozen", h5: "Fish fillets and other fish meat (whether or not minced); fresh, chilled or frozen"}, true
	case "0305":
		return hsHeadingData{h6: "Fish, dried, salted or in brine; smoked fish, whether or not cooked before, or during the smoking process", h5: "Fish, dried, salted or in brine; smoked fish, whether or not cooked before or during the smoking process; flours, meals and pellets of fish, fit for human consumption"}, true
	case "0306":
		return hsHeadingData{h6: "Crustaceans; in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked, cooked or not before or during smoking; in shell, steamed or boiled, whether or not chilled, frozen, dried, salted or in brine", h5: "Crustaceans; in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked, cooked or not before or during smoking; in shell, steamed or boiled, whether or not chilled, frozen, dried, salted or in brine; edible flours, meals, pellets"}, true
	case "0307":
		return hsHeadingData{h6: "Molluscs; whether in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked molluscs, whether in shell or not, whether or not cooked before or during the smoking process", h5: "Molluscs; whether in shell or not, live, fresh, chilled, frozen, dried, salted or in brine; smoked molluscs, whether in shell or not, cooked or not before or during the smoking process; flours, meals and pellets of molluscs, fit for human consumption"}, true
	case "0308":
		return hsHeadingData{h6: "Aquatic invertebrates other than crustaceans and molluscs, live, fresh, chilled, frozen, dried, salted or in brine; smoked aquatic invertebrates other than crustaceans and molluscs, whether or not cooked before or during the smoking process", h5: "Aquatic invertebrates, other than crustaceans and molluscs; live, fresh, chilled, frozen, dried, salted or in brine, smoked, whether or not cooked before or during the smoking process; flours, meals, and pellets, fit for human consumption"}, true
	case "0309":
		return hsHeadingData{h6: "Flours, meals and pellets of fish, crustaceans, molluscs and other aquatic invertebrates, fit for human consumption", h5: ""}, true
	case "1601":
		return hsHeadingData{h6: "Sausages and similar products, of meat, meat offal, blood or insects; food preparations based on these products", h5: "Sausages and similar products of meat, meat offal or blood; food preparations based on these products"}, true
	case "1602":
		return hsHeadingData{h6: "Prepared or preserved meat, meat offal, blood or insects", h5: "Prepared or preserved meat, meat offal or blood"}, true
	case "1603":
		return hsHeadingData{h6: "Extracts and juices of meat, fish or crustaceans, molluscs or other aquatic invertebrates", h5: "Extracts and juices of meat, fish or crustaceans, molluscs or other aquatic invertebrates"}, true
	case "1604":
		return hsHeadingData{h6: "Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs", h5: "Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs"}, true
	case "1605":
		return hsHeadingData{h6: "Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved", h5: "Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved", wordings: []HSWording{
			hsw(HSWCO, "W1", "Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved.", "WCO Trade Tools, HS 2017"),
		}}, true
	case "2501":
		return hsHeadingData{h6: "Salt (including table salt and denatured salt); pure sodium chloride whether or not in aqueous solution; sea water", h5: "Salt (including table salt and denatured salt); pure sodium chloride whether or not in aqueous solution; sea water", wordings: []HSWording{
			hsw(HSNational, "U5", "Salt (including table salt and denatured salt) and pure sodium chloride, whether or not in aqueous solution or containing added anti-caking or free-flowing agents; sea water", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2502":
		return hsHeadingData{h6: "Iron pyrites; unroasted", h5: "Iron pyrites; unroasted", wordings: []HSWording{
			hsw(HSNational, "U5", "Unroasted iron pyrites", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2503":
		return hsHeadingData{h6: "Sulphur of all kinds; other than sublimed, precipitated and colloidal sulphur", h5: "Sulphur of all kinds; other than sublimed, precipitated and colloidal sulphur", wordings: []HSWording{
			hsw(HSNational, "U5", "Sulphur of all kinds, other than sublimed sulphur, precipitated sulphur and colloidal sulphur", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2504":
		return hsHeadingData{h6: "Graphite; natural", h5: "Graphite; natural", wordings: []HSWording{
			hsw(HSNational, "U5", "Natural graphite", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2505":
		return hsHeadingData{h6: "Sands of all kinds; natural, whether or not coloured, other than metal-bearing sands of chapter 26", h5: "Sands of all kinds; natural, whether or not coloured, other than metal-bearing sands of chapter 26", wordings: []HSWording{
			hsw(HSNational, "U5", "Natural sands of all kinds, whether or not coloured, other than metal-bearing sands of chapter 26", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2506":
		return hsHeadingData{h6: "Quartz; (other than natural sands), quartzite, whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape", h5: "Quartz; (other than natural sands), quartzite, whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape", wordings: []HSWording{
			hsw(HSNational, "U5", "Quartz (other than natural sands); quartzite, whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2507":
		return hsHeadingData{h6: "Kaolin and other kaolinic clays; whether or not calcined", h5: "Kaolin and other kaolinic clays; whether or not calcined", wordings: []HSWording{
			hsw(HSNational, "U5", "Kaolin and other kaolinic clays, whether or not calcined", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2508":
		return hsHeadingData{h6: "Clays; (not including expanded clays of heading no. 6806), andalusite kyanite and sillimanite, whether or not calcined; mullite; chamotte or dinas earth", h5: "Clays; (not including expanded clays of heading no. 6806), andalusite kyanite and sillimanite, whether or not calcined; mullite; chamotte or dinas earth", wordings: []HSWording{
			hsw(HSNational, "U5", "Other clays (not including expanded clays of heading 6806), andalusite, kyanite and sillimanite, whether or not calcined; mullite; chamotte or dinas earths", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2509":
		return hsHeadingData{h6: "Chalk", h5: "Chalk", wordings: []HSWording{
			hsw(HSNational, "U5", "Chalk", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2510":
		return hsHeadingData{h6: "Natural calcium phosphates; natural aluminium calcium phosphates and phosphatic chalk", h5: "Natural calcium phosphates; natural aluminium calcium phosphates and phosphatic chalk", wordings: []HSWording{
			hsw(HSNational, "U5", "Natural calcium phosphates, natural aluminium calcium phosphates and phosphatic chalk", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2511":
		return hsHeadingData{h6: "Natural barium sulphate (barytes); natural barium carbonate, (witherite) whether or not calcined, other than barium oxide of heading no. 2816", h5: "Natural barium sulphate (barytes); natural barium carbonate, (witherite) whether or not calcined, other than barium oxide of heading no. 2816", wordings: []HSWording{
			hsw(HSNational, "U5", "Natural barium sulphate (barytes); natural barium carbonate (witherite), whether or not calcined, other than barium oxide of heading 2816", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2512":
		return hsHeadingData{h6: "Siliceous fossil meals (e.g. kieselguhr, tripolite and diatomite) and similar siliceous earths; whether or not calcined, of an apparent specific gravity of 1 or less", h5: "Siliceous fossil meals (e.g. kieselguhr, tripolite and diatomite) and similar siliceous earths; whether or not calcined, of an apparent specific gravity of 1 or less", wordings: []HSWording{
			hsw(HSNational, "U5", "Siliceous fossil meals (for example, kieselguhr, tripolite and diatomite) and similar siliceous earths, whether or not calcined, of an apparent specific gravity of 1 or less", "UK Online Tariff, \"Date of trade 11 May 2024\""),
		}}, true
	case "2513":
		return hsHeadingData{h6: "Pumice stone; emery; natural corundum, natural garnet and other natural abrasives, whether or not heat treated", h5: "Pumice stone; emery; natural corundum, natural garnet and other natural abrasives, whether or not heat treated"}, true
	case "2514":
		return hsHeadingData{h6: "Slate, whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape", h5: "Slate, whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape"}, true
	case "2515":
		return hsHeadingData{h6: "Marble, travertine, ecaussine and other calcareous stone; of an apparent specific gravity of less than 2.5, alabaster, whether cut by sawing etc, into blocks, slabs of a rectangular (square) shape", h5: "Marble, travertine, ecaussine and other calcareous stone; of an apparent specific gravity of less than 2.5, alabaster, whether cut by sawing etc, into blocks, slabs of a rectangular (square) shape"}, true
	case "2516":
		return hsHeadingData{h6: "Granite, porphyry, basalt, sandstone, other monumental and building stone, whether or not roughly trimmed, cut, by sawing etc, into blocks or slabs of a rectangular (including square) shape", h5: "Granite, porphyry, basalt, sandstone, other monumental and building stone, whether or not roughly trimmed, cut, by sawing etc, into blocks or slabs of a rectangular (including square) shape"}, true
	case "2517":
		return hsHeadingData{h6: "Pebbles, gravel, crushed stone for concrete aggregates for road or railway ballast, shingle or flint; macadam of slag, dross etc tarred granules, chippings, powder of stones of heading no. 2515 and 2516", h5: "Pebbles, gravel, crushed stone for concrete aggregates for road or railway ballast, shingle or flint; macadam of slag, dross etc tarred granules, chippings, powder of stones of heading no. 2515 and 2516"}, true
	case "2518":
		return hsHeadingData{h6: "Dolomite, whether or not calcined or sintered, including dolomite roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape", h5: "Dolomite, whether or not calcined or sintered; including dolomite roughly trimmed, or merely cut by sawing or otherwise into blocks or slabs of rectangular (including square) shape; dolomite ramming mix"}, true
	case "2519":
		return hsHeadingData{h6: "Natural magnesium carbonate (magnesite); fused magnesia; dead-burned (sintered) magnesia, whether or not containing small quantities of other oxides added before sintering; magnesium oxide, pure or not", h5: "Natural magnesium carbonate (magnesite); fused magnesia; dead-burned (sintered) magnesia, whether or not containing small quantities of other oxides added before sintering; magnesium oxide, pure or not"}, true
	case "2520":
		return hsHeadingData{h6: "Gypsum; anhydrite; plasters (consisting of calcined gypsum or calcium sulphate), coloured or not, with or without small quantities of accelerators or retarders", h5: "Gypsum; anhydrite; plasters (consisting of calcined gypsum or calcium sulphate), coloured or not, with or without small quantities of accelerators or retarders"}, true
	case "2521":
		return hsHeadingData{h6: "Limestone flux; limestone and other calcareous stone, of a kind used for the manufacture of lime or cement", h5: "Limestone flux; limestone and other calcareous stone, of a kind used for the manufacture of lime or cement"}, true
	case "2522":
		return hsHeadingData{h6: "Quicklime, slaked lime and hydraulic lime; other than calcium oxide and hydroxide of heading no. 2825", h5: "Quicklime, slaked lime and hydraulic lime; other than calcium oxide and hydroxide of heading no. 2825"}, true
	case "2523":
		return hsHeadingData{h6: "Portland cement, aluminous cement (ciment fondu), slag cement, supersulphate cement and similar hydraulic cements, whether or not coloured or in the form of clinkers", h5: "Portland cement, aluminous cement (ciment fondu), slag cement, supersulphate cement and similar hydraulic cements, whether or not coloured or in the form of clinkers"}, true
	case "2524":
		return hsHeadingData{h6: "Asbestos", h5: "Asbestos"}, true
	case "2525":
		return hsHeadingData{h6: "Mica, including splittings; mica waste", h5: "Mica, including splittings; mica waste"}, true
	case "2526":
		return hsHeadingData{h6: "Natural steatite; whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape; talc", h5: "Natural steatite; whether or not roughly trimmed or merely cut, by sawing or otherwise, into blocks or slabs of a rectangular (including square) shape; talc"}, true
	case "2528":
		return hsHeadingData{h6: "Natural borates and concentrates thereof (whether or not calcined), but not including borates separated from natural brine; natural boric acid containing not more than 85 % of H3BO3 calculated on the dry weight", h5: "Natural borates and concentrates thereof (whether or not calcined), but not including borates separated from natural brine; natural boric acid containing not more than 85 % of H3BO3 calculated on the dry weight"}, true
	case "2529":
		return hsHeadingData{h6: "Feldspar; leucite; nepheline and nepheline syenite; fluorspar", h5: "Feldspar; leucite; nepheline and nepheline syenite; fluorspar"}, true
	case "2530":
		return hsHeadingData{h6: "Mineral substances not elsewhere specified or included", h5: "Mineral substances not elsewhere specified or included"}, true
	case "2601":
		return hsHeadingData{h6: "Iron ores and concentrates; including roasted iron pyrites", h5: "Iron ores and concentrates; including roasted iron pyrites", wordings: []HSWording{
			hsw(HSNational, "U6", "Iron ores and concentrates, including roasted iron pyrites", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2602":
		return hsHeadingData{h6: "Manganese ores and concentrates, including ferruginous manganese ores and concentrates with a manganese content of 20% or more, calculated on the dry weight", h5: "Manganese ores and concentrates, including ferruginous manganese ores and concentrates with a manganese content of 20% or more, calculated on the dry weight", wordings: []HSWording{
			hsw(HSNational, "U6", "Manganese ores and concentrates, including ferruginous manganese ores and concentrates with a manganese content of 20 % or more, calculated on the dry weight", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2603":
		return hsHeadingData{h6: "Copper ores and concentrates", h5: "Copper ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Copper ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2604":
		return hsHeadingData{h6: "Nickel ores and concentrates", h5: "Nickel ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Nickel ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2605":
		return hsHeadingData{h6: "Cobalt ores and concentrates", h5: "Cobalt ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Cobalt ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2606":
		return hsHeadingData{h6: "Aluminium ores and concentrates", h5: "Aluminium ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Aluminium ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2607":
		return hsHeadingData{h6: "Lead ores and concentrates", h5: "Lead ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Lead ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2608":
		return hsHeadingData{h6: "Zinc ores and concentrates", h5: "Zinc ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Zinc ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2609":
		return hsHeadingData{h6: "Tin ores and concentrates", h5: "Tin ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Tin ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2610":
		return hsHeadingData{h6: "Chromium ores and concentrates", h5: "Chromium ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Chromium ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2611":
		return hsHeadingData{h6: "Tungsten ores and concentrates", h5: "Tungsten ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Tungsten ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2612":
		return hsHeadingData{h6: "Uranium or thorium ores and concentrates", h5: "Uranium or thorium ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Uranium or thorium ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2613":
		return hsHeadingData{h6: "Molybdenum ores and concentrates", h5: "Molybdenum ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Molybdenum ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2614":
		return hsHeadingData{h6: "Titanium ores and concentrates", h5: "Titanium ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Titanium ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2615":
		return hsHeadingData{h6: "Niobium, tantalum, vanadium or zirconium ores and concentrates", h5: "Niobium, tantalum, vanadium or zirconium ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Niobium, tantalum, vanadium or zirconium ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2616":
		return hsHeadingData{h6: "Precious metal ores and concentrates", h5: "Precious metal ores and concentrates", wordings: []HSWording{
			hsw(HSNational, "U6", "Precious-metal ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2617":
		return hsHeadingData{h6: "Ores and concentrates; n.e.c. in heading no. 2601", h5: "Ores and concentrates; n.e.c. in heading no. 2601", wordings: []HSWording{
			hsw(HSNational, "U6", "Other ores and concentrates", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2618":
		return hsHeadingData{h6: "Granulated slag (slag sand) from the manufacture of iron or steel", h5: "Granulated slag (slag sand) from the manufacture of iron or steel", wordings: []HSWording{
			hsw(HSNational, "U6", "Granulated slag (slag sand) from the manufacture of iron or steel", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2619":
		return hsHeadingData{h6: "Slag, dross; (other than granulated slag), scalings and other waste from the manufacture of iron or steel", h5: "Slag, dross; (other than granulated slag), scalings and other waste from the manufacture of iron or steel", wordings: []HSWording{
			hsw(HSNational, "U6", "Slag, dross (other than granulated slag), scalings and other waste from the manufacture of iron or steel", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2620":
		return hsHeadingData{h6: "Slag, ash and residues; (not from the manufacture of iron or steel) containing metals, arsenic or their compounds", h5: "Slag, ash and residues; (not from the manufacture of iron or steel) containing metals, arsenic or their compounds", wordings: []HSWording{
			hsw(HSNational, "U6", "Slag, ash and residues (other than from the manufacture of iron or steel), containing metals, arsenic or their compounds", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2621":
		return hsHeadingData{h6: "Slag and ash n.e.c. in chapter 26; including seaweed ash (kelp) and ash and residues from the incineration of municipal waste", h5: "Slag and ash n.e.c. in chapter 26; including seaweed ash (kelp) and ash and residues from the incineration of municipal waste", wordings: []HSWording{
			hsw(HSNational, "U6", "Other slag and ash, including seaweed ash (kelp); ash and residues from the incineration of municipal waste", "UK Global Online Tariff chapter page; date not shown"),
		}}, true
	case "2701":
		return hsHeadingData{h6: "Coal; briquettes, ovoids and similar solid fuels manufactured from coal", h5: "Coal; briquettes, ovoids and similar solid fuels manufactured from coal", wordings: []HSWording{
			hsw(HSNational, "B2", "Coal; briquettes, ovoids and similar solid fuels manufactured from coal:", "USITC HTS search page; revision not shown"),
		}}, true
	case "2702":
		return hsHeadingData{h6: "Lignite; whether or not agglomerated, excluding jet", h5: "Lignite; whether or not agglomerated, excluding jet", wordings: []HSWording{
			hsw(HSNational, "B2", "Lignite, whether or not agglomerated, excluding jet:", "USITC HTS search page; revision not shown"),
		}}, true
	case "2703":
		return hsHeadingData{h6: "Peat; (including peat litter), whether or not agglomerated", h5: "Peat; (including peat litter), whether or not agglomerated", wordings: []HSWording{
			hsw(HSNational, "B2", "Peat (including peat litter), whether or not agglomerated", "USITC HTS search page; revision not shown"),
		}}, true
	case "2704":
		return hsHeadingData{h6: "Coke and semi-coke; of coal, lignite or peat, whether or not agglomerated; retort carbon", h5: "Coke and semi-coke; of coal, lignite or peat, whether or not agglomerated; retort carbon", wordings: []HSWording{
			hsw(HSNational, "B2", "Coke and semicoke of coal, of lignite or of peat, whether or not agglomerated; retort carbon", "USITC HTS search page; revision not shown"),
		}}, true
	case "2705":
		return hsHeadingData{h6: "Coal gas, water gas, producer gas and similar gases, other than petroleum gases and other gaseous hydrocarbons", h5: "Coal gas, water gas, producer gas and similar gases, other than petroleum gases and other gaseous hydrocarbons", wordings: []HSWording{
			hsw(HSNational, "B2", "Coal gas, water gas, producer gas and similar gases, other than petroleum gases and other gaseous hydrocarbons", "USITC HTS search page; revision not shown"),
		}}, true
	case "2706":
		return hsHeadingData{h6: "Tar distilled from coal, from lignite, peat and other mineral tars, whether or not dehydrated or partially distilled; including reconstituted tars", h5: "Tar distilled from coal, from lignite, peat and other mineral tars, whether or not dehydrated or partially distilled; including reconstituted tars", wordings: []HSWording{
			hsw(HSNational, "B2", "Tar distilled from coal, from lignite or from peat, and other mineral tars, whether or not dehydrated or partially distilled, including reconstituted tars", "USITC HTS search page; revision not shown"),
		}}, true
	case "2707":
		return hsHeadingData{h6: "Oils and other products of the distillation of high temperature coal tar; similar products in which the weight of the aromatic constituents exceeds that of the non-aromatic constituents", h5: "Oils and other products of the distillation of high temperature coal tar; similar products in which the weight of the aromatic constituents exceeds that of the non-aromatic constituents"}, true
	case "2708":
		return hsHeadingData{h6: "Pitch and pitch coke; obtained from coal tar or from other mineral tars", h5: "Pitch and pitch coke; obtained from coal tar or from other mineral tars"}, true
	case "2709":
		return hsHeadingData{h6: "Petroleum oils and oils obtained from bituminous minerals; crude", h5: "Petroleum oils and oils obtained from bituminous minerals; crude"}, true
	case "2710":
		return hsHeadingData{h6: "Petroleum oils and oils from bituminous minerals, not crude; preparations n.e.c, containing by weight 70% or more of petroleum oils or oils from bituminous minerals; these being the basic constituents of the preparations; waste oils", h5: "Petroleum oils and oils from bituminous minerals, not crude; preparations n.e.c, containing by weight 70% or more of petroleum oils or oils from bituminous minerals; these being the basic constituents of the preparations; waste oils"}, true
	case "2711":
		return hsHeadingData{h6: "Petroleum gases and other gaseous hydrocarbons", h5: "Petroleum gases and other gaseous hydrocarbons"}, true
	case "2712":
		return hsHeadingData{h6: "Petroleum jelly; paraffin wax, micro-crystalline petroleum wax, slack wax, ozokerite, lignite wax, peat wax, other mineral waxes, similar products obtained by synthesis, other processes; coloured or not", h5: "Petroleum jelly; paraffin wax, micro-crystalline petroleum wax, slack wax, ozokerite, lignite wax, peat wax, other mineral waxes, similar products obtained by synthesis, other processes; coloured or not"}, true
	case "2713":
		return hsHeadingData{h6: "Petroleum coke, petroleum bitumen; other residues of petroleum oils or oils obtained from bituminous minerals", h5: "Petroleum coke, petroleum bitumen; other residues of petroleum oils or oils obtained from bituminous minerals"}, true
	case "2714":
		return hsHeadingData{h6: "Bitumen and asphalt, natural; bituminous or oil shale and tar sands; asphaltites and asphaltic rocks", h5: "Bitumen and asphalt, natural; bituminous or oil shale and tar sands; asphaltites and asphaltic rocks"}, true
	case "2715":
		return hsHeadingData{h6: "Bituminous mixtures based on natural asphalt; on natural bitumen, on petroleum bitumen, on mineral tar or on mineral tar pitch (e.g. bituminous mastics, cut-backs)", h5: "Bituminous mixtures based on natural asphalt; on natural bitumen, on petroleum bitumen, on mineral tar or on mineral tar pitch (e.g. bituminous mastics, cut-backs)"}, true
	case "2716":
		return hsHeadingData{h6: "Electrical energy", h5: "Electrical energy"}, true
	case "4401":
		return hsHeadingData{h6: "Fuel wood, in logs, billets, twigs, faggots or similar forms; wood in chip or particles; sawdust and wood waste and scrap, whether or not agglomerated in logs, briquettes, pellets or similar forms", h5: "Fuel wood, in logs, billets, twigs, faggots or similar forms; wood in chip or particles; sawdust and wood waste and scrap, whether or not agglomerated in logs, briquettes, pellets or similar forms", wordings: []HSWording{
			hsw(HSNational, "U7", "Fuel wood, in logs, in billets, in twigs, in faggots or in similar forms; wood in chips or particles; sawdust and wood waste and scrap, whether or not agglomerated in logs, briquettes, pellets or similar forms", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4402":
		return hsHeadingData{h6: "Wood charcoal (including shell or nut charcoal), whether or not agglomerated", h5: "Wood charcoal (including shell or nut charcoal), whether or not agglomerated", wordings: []HSWording{
			hsw(HSNational, "U7", "Wood charcoal (including shell or nut charcoal), whether or not agglomerated", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4403":
		return hsHeadingData{h6: "Wood in the rough, whether or not stripped of bark or sapwood, or roughly squared", h5: "Wood in the rough, whether or not stripped of bark or sapwood, or roughly squared", wordings: []HSWording{
			hsw(HSNational, "U7", "Wood in the rough, whether or not stripped of bark or sapwood, or roughly squared", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4404":
		return hsHeadingData{h6: "Hoopwood; split poles; piles, pickets, stakes of wood, pointed, not sawn lengthwise; wooden sticks, roughly trimmed, not turned, bent, etc., suitable for walking sticks, umbrellas, tool handles, etc.", h5: "Hoopwood; split poles; piles, pickets, stakes of wood, pointed, not sawn lengthwise; wooden sticks, roughly trimmed, not turned, bent, etc., suitable for walking sticks, umbrellas, tool handles, etc.", wordings: []HSWording{
			hsw(HSNational, "U7", "Hoopwood; split poles; piles, pickets and stakes of wood, pointed but not sawn lengthwise; wooden sticks, roughly trimmed but not turned, bent or otherwise worked, suitable for the manufacture of walking sticks, umbrellas, tool handles or the like; chipwood and the like", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4405":
		return hsHeadingData{h6: "Wood wool; wood flour", h5: "Wood wool; wood flour", wordings: []HSWording{
			hsw(HSNational, "U7", "Wood wool; wood flour", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4406":
		return hsHeadingData{h6: "Railway or tramway sleepers (cross-ties) of wood", h5: "Railway or tramway sleepers (cross-ties) of wood", wordings: []HSWording{
			hsw(HSNational, "U7", "Railway or tramway sleepers (cross-ties) of wood", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4407":
		return hsHeadingData{h6: "Wood sawn or chipped lengthwise, sliced or peeled, whether or not planed, sanded or finger-jointed, of a thickness exceeding 6mm", h5: "Wood sawn or chipped lengthwise, sliced or peeled, whether or not planed, sanded or end-jointed, of a thickness exceeding 6mm", wordings: []HSWording{
			hsw(HSNational, "U7", "Wood sawn or chipped lengthwise, sliced or peeled, whether or not planed, sanded or end-jointed, of a thickness exceeding 6 mm", "UK Trade Tariff chapter page; date not shown"),
		}, notes: []string{"H7: [U7] (undated) has \"sanded or end-jointed\"; Comtrade H6 has \"finger-jointed\" and H5 \"end-jointed\". Which is the HS 2022 legal wording was not seen."}}, true
	case "4408":
		return hsHeadingData{h6: "Sheets for veneering (including those obtained by slicing laminated wood), for plywood or for similar laminated wood and other wood, sawn lengthwise, sliced or peeled, planed or not, sanded, spliced or end-jointed, of a thickness not exceeding 6 mm", h5: "Sheets for veneering (including those obtained by slicing laminated wood), for plywood or for similar laminated wood and other wood, sawn lengthwise, sliced or peeled, planed or not, sanded, spliced or end-jointed, of a thickness not exceeding 6 mm", wordings: []HSWording{
			hsw(HSNational, "U7", "Sheets for veneering (including those obtained by slicing laminated wood), for plywood or for similar laminated wood and other wood, sawn lengthwise, sliced or peeled, whether or not planed, sanded, spliced or end-jointed, of a thickness not exceeding 6 mm", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4409":
		return hsHeadingData{h6: "Wood (including strips, friezes for parquet flooring, not assembled), continuously shaped (tongued, grooved, v-jointed, beaded or the like) along any edges, ends or faces, whether or not planed, sanded or end-jointed", h5: "Wood (including strips, friezes for parquet flooring, not assembled), continuously shaped (tongued, grooved, v-jointed, beaded or the like) along any edges, ends or faces, whether or not planed, sanded or end-jointed", wordings: []HSWording{
			hsw(HSNational, "U7", "Wood (including strips and friezes for parquet flooring, not assembled) continuously shaped (tongued, grooved, rebated, chamfered, V-jointed, beaded, moulded, rounded or the like) along any of its edges, ends or faces, whether or not planed, sanded or end-jointed", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4410":
		return hsHeadingData{h6: "Particle board, oriented strand board (OSB) and similar board (e.g. waferboard) of wood or other ligneous materials, whether or not agglomerated with resins or other organic binding substances", h5: "Particle board, oriented strand board (OSB) and similar board (e.g. waferboard) of wood or other ligneous materials, whether or not agglomerated with resins or other organic binding substances", wordings: []HSWording{
			hsw(HSNational, "U7", "Particle board, oriented strand board (OSB) and similar board (for example, waferboard) of wood or other ligneous materials, whether or not agglomerated with resins or other organic binding substances", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "4411":
		return hsHeadingData{h6: "Fibreboard of wood or other ligneous materials, whether or not bonded with resins or other organic substances", h5: "Fibreboard of wood or other ligneous materials, whether or not bonded with resins or other organic substances"}, true
	case "4412":
		return hsHeadingData{h6: "Plywood, veneered panels and similar laminated wood", h5: "Plywood, veneered panels and similar laminated wood"}, true
	case "4413":
		return hsHeadingData{h6: "Densified wood, in blocks, plates, strips or profile shapes", h5: "Densified wood, in blocks, plates, strips or profile shapes"}, true
	case "4414":
		return hsHeadingData{h6: "Wooden frames; for paintings, photographs, mirrors or similar objects", h5: "Wooden frames; for paintings, photographs, mirrors or similar objects"}, true
	case "4415":
		return hsHeadingData{h6: "Packing cases, boxes, crates, drums and similar packings, of wood; cable-drums of wood; pallets, box pallets and other load boards, of wood; pallet collars of wood", h5: "Packing cases, boxes, crates, drums and similar packings, of wood; cable-drums of wood; pallets, box pallets and other load boards, of wood; pallet collars of wood"}, true
	case "4416":
		return hsHeadingData{h6: "Casks, barrels, vats, tubs and other coopers' products and parts thereof, of wood, including staves", h5: "Casks, barrels, vats, tubs and other coopers' products and parts thereof, of wood, including staves"}, true
	case "4417":
		return hsHeadingData{h6: "Tools, tool bodies, tool handles, broom or brush bodies and handles, of wood; boot or shoe lasts and trees, of wood", h5: "Tools, tool bodies, tool handles, broom or brush bodies and handles, of wood; boot or shoe lasts and trees, of wood"}, true
	case "4418":
		return hsHeadingData{h6: "Builders' joinery and carpentry of wood, including cellular wood panels, assembled flooring panels, shingles and shakes", h5: "Builders' joinery and carpentry of wood, including cellular wood panels, assembled flooring panels, shingles and shakes"}, true
	case "4419":
		return hsHeadingData{h6: "Tableware and kitchenware, of wood", h5: "Tableware and kitchenware, of wood"}, true
	case "4420":
		return hsHeadingData{h6: "Wood marquetry and inlaid wood; caskets and cases for jewellery or cutlery, and similar articles of wood; statuettes and other ornaments of wood; wooden articles of furniture not falling in chapter 94", h5: "Wood marquetry and inlaid wood; caskets and cases for jewellery or cutlery, and similar articles of wood; statuettes and other ornaments of wood; wooden articles of furniture not falling in chapter 94"}, true
	case "4421":
		return hsHeadingData{h6: "Wooden articles n.e.c. in heading no. 4414 to 4420", h5: "Wooden articles n.e.c. in heading no. 4414 to 4420"}, true
	case "5001":
		return hsHeadingData{h6: "Silk-worm cocoons suitable for reeling", h5: "Silk-worm cocoons suitable for reeling", wordings: []HSWording{
			hsw(HSNational, "A5", "Silk-worm cocoons suitable for reeling", "ABF chapter page; edition not shown"),
		}}, true
	case "5002":
		return hsHeadingData{h6: "Raw silk (not thrown)", h5: "Raw silk (not thrown)", wordings: []HSWording{
			hsw(HSNational, "A5", "Raw silk (not thrown)", "ABF chapter page; edition not shown"),
		}}, true
	case "5003":
		return hsHeadingData{h6: "Silk waste (including cocoons unsuitable for reeling, yarn waste and garnetted stock)", h5: "Silk waste (including cocoons unsuitable for reeling, yarn waste and garnetted stock)", wordings: []HSWording{
			hsw(HSNational, "A5", "Silk waste (including cocoons unsuitable for reeling, yarn waste and garnetted stock)", "ABF chapter page; edition not shown"),
		}}, true
	case "5004":
		return hsHeadingData{h6: "Silk; yarn (other than yarn spun from silk waste), not put up for retail sale", h5: "Silk; yarn (other than yarn spun from silk waste), not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A5", "Silk yarn (other than yarn spun from silk waste) not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5005":
		return hsHeadingData{h6: "Yarn spun from silk waste, not put up for retail sale", h5: "Yarn spun from silk waste, not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A5", "Yarn spun from silk waste, not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5006":
		return hsHeadingData{h6: "Silk yarn and yarn spun from silk waste, put up for retail sale; silk-worm gut", h5: "Silk yarn and yarn spun from silk waste, put up for retail sale; silk-worm gut", wordings: []HSWording{
			hsw(HSNational, "A5", "Silk yarn and yarn spun from silk waste, put up for retail sale; silk-worm gut", "ABF chapter page; edition not shown"),
		}}, true
	case "5007":
		return hsHeadingData{h6: "Woven fabrics of silk or of silk waste", h5: "Woven fabrics of silk or of silk waste", wordings: []HSWording{
			hsw(HSNational, "A5", "Woven fabrics of silk or of silk waste", "ABF chapter page; edition not shown"),
		}}, true
	case "5101":
		return hsHeadingData{h6: "Wool, not carded or combed", h5: "Wool, not carded or combed", wordings: []HSWording{
			hsw(HSNational, "A6", "Wool, not carded or combed", "ABF chapter page; edition not shown"),
		}}, true
	case "5102":
		return hsHeadingData{h6: "Fine or coarse animal hair, not carded or combed", h5: "Fine or coarse animal hair, not carded or combed", wordings: []HSWording{
			hsw(HSNational, "A6", "Fine or coarse animal hair, not carded or combed", "ABF chapter page; edition not shown"),
		}}, true
	case "5103":
		return hsHeadingData{h6: "Waste of wool or of fine or coarse animal hair, including yarn waste but excluding garnetted stock", h5: "Waste of wool or of fine or coarse animal hair, including yarn waste but excluding garnetted stock", wordings: []HSWording{
			hsw(HSNational, "A6", "Waste of wool or of fine or coarse animal hair, including yarn waste but excluding garnetted stock", "ABF chapter page; edition not shown"),
		}}, true
	case "5104":
		return hsHeadingData{h6: "Wool, or fine or coarse animal hair; garnetted stock", h5: "Wool, or fine or coarse animal hair; garnetted stock", wordings: []HSWording{
			hsw(HSNational, "A6", "Garnetted stock of wool or of fine or coarse animal hair", "ABF chapter page; edition not shown"),
		}}, true
	case "5105":
		return hsHeadingData{h6: "Wool and fine or coarse animal hair; carded or combed (including combed wool in fragments)", h5: "Wool and fine or coarse animal hair; carded or combed (including combed wool in fragments)", wordings: []HSWording{
			hsw(HSNational, "A6", "Wool and fine or coarse animal hair, carded or combed (including combed wool in fragments)", "ABF chapter page; edition not shown"),
		}}, true
	case "5106":
		return hsHeadingData{h6: "Yarn of carded wool, not put up for retail sale", h5: "Yarn of carded wool, not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A6", "Yarn of carded wool, not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5107":
		return hsHeadingData{h6: "Yarn of combed wool, not put up for retail sale", h5: "Yarn of combed wool, not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A6", "Yarn of combed wool, not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5108":
		return hsHeadingData{h6: "Yarn of fine animal hair (carded or combed), not put up for retail sale", h5: "Yarn of fine animal hair (carded or combed), not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A6", "Yarn of fine animal hair (carded or combed), not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5109":
		return hsHeadingData{h6: "Yarn of wool or of fine animal hair, put up for retail sale", h5: "Yarn of wool or of fine animal hair, put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A6", "Yarn of wool or of fine animal hair, put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5110":
		return hsHeadingData{h6: "Yarn of coarse animal hair or of horsehair (including gimped horsehair yarn), whether or not put up for retail sale", h5: "Yarn of coarse animal hair or of horsehair (including gimped horsehair yarn), whether or not put up for retail sale", wordings: []HSWording{
			hsw(HSNational, "A6", "Yarn of coarse animal hair or of horsehair (including gimped horsehair yarn), whether or not put up for retail sale", "ABF chapter page; edition not shown"),
		}}, true
	case "5111":
		return hsHeadingData{h6: "Woven fabrics of carded wool or of carded fine animal hair", h5: "Woven fabrics of carded wool or of carded fine animal hair", wordings: []HSWording{
			hsw(HSNational, "A6", "Woven fabrics of carded wool or of carded fine animal hair", "ABF chapter page; edition not shown"),
		}}, true
	case "5112":
		return hsHeadingData{h6: "Woven fabrics of combed wool or of combed fine animal hair", h5: "Woven fabrics of combed wool or of combed fine animal hair", wordings: []HSWording{
			hsw(HSNational, "A6", "Woven fabrics of combed wool or of combed fine animal hair", "ABF chapter page; edition not shown"),
		}}, true
	case "5113":
		return hsHeadingData{h6: "Woven fabrics of coarse animal hair or of horsehair", h5: "Woven fabrics of coarse animal hair or of horsehair", wordings: []HSWording{
			hsw(HSNational, "A6", "Woven fabrics of coarse animal hair or of horsehair", "ABF chapter page; edition not shown"),
		}}, true
	case "5201":
		return hsHeadingData{h6: "Cotton; not carded or combed", h5: "Cotton; not carded or combed"}, true
	case "5202":
		return hsHeadingData{h6: "Cotton waste (including yarn waste and garnetted stock)", h5: "Cotton waste (including yarn waste and garnetted stock)"}, true
	case "5203":
		return hsHeadingData{h6: "Cotton, carded or combed", h5: "Cotton, carded or combed"}, true
	case "5204":
		return hsHeadingData{h6: "Cotton sewing thread, whether or not put up for retail sale", h5: "Cotton sewing thread, whether or not put up for retail sale"}, true
	case "5205":
		return hsHeadingData{h6: "Cotton yarn (other than sewing thread), containing 85% or more by weight of cotton, not put up for retail sale", h5: "Cotton yarn (other than sewing thread), containing 85% or more by weight of cotton, not put up for retail sale"}, true
	case "5206":
		return hsHeadingData{h6: "Cotton yarn (other than sewing thread), containing less than 85% by weight of cotton, not put up for retail sale", h5: "Cotton yarn (other than sewing thread), containing less than 85% by weight of cotton, not put up for retail sale"}, true
	case "5207":
		return hsHeadingData{h6: "Cotton yarn (other than sewing thread), put up for retail sale", h5: "Cotton yarn (other than sewing thread), put up for retail sale"}, true
	case "5208":
		return hsHeadingData{h6: "Woven fabrics of cotton, containing 85% or more by weight of cotton, weighing not more than 200 g/m2", h5: "Woven fabrics of cotton, containing 85% or more by weight of cotton, weighing not more than 200 g/m2"}, true
	case "5209":
		return hsHeadingData{h6: "Woven fabrics of cotton, containing 85% or more by weight of cotton, weighing more than 200g/m2", h5: "Woven fabrics of cotton, containing 85% or more by weight of cotton, weighing more than 200g/m2"}, true
	case "5210":
		return hsHeadingData{h6: "Woven fabrics of cotton, containing less than 85% by weight of cotton, mixed mainly or solely with man-made fibres, weighing not more than 200 g/m2", h5: "Woven fabrics of cotton, containing less than 85% by weight of cotton, mixed mainly or solely with man-made fibres, weighing not more than 200 g/m2"}, true
	case "5211":
		return hsHeadingData{h6: "Woven fabrics of cotton, containing less than 85% by weight of cotton, mixed mainly or solely with man-made fibres, weighing more than 200g/m2", h5: "Woven fabrics of cotton, containing less than 85% by weight of cotton, mixed mainly or solely with man-made fibres, weighing more than 200g/m2"}, true
	case "5212":
		return hsHeadingData{h6: "Other woven fabrics of cotton, n.e.c. in chapter 52", h5: "Other woven fabrics of cotton, n.e.c. in chapter 52"}, true
	case "5301":
		return hsHeadingData{h6: "Flax, raw or processed but not spun; flax tow and waste (including yarn waste and garnetted stock)", h5: "Flax, raw or processed but not spun; flax tow and waste (including yarn waste and garnetted stock)"}, true
	case "5302":
		return hsHeadingData{h6: "True hemp (cannabis sativa L.), raw or processed but not spun; tow and waste of true hemp (including yarn waste and garnetted stock)", h5: "True hemp (cannabis sativa L.), raw or processed but not spun; tow and waste of true hemp (including yarn waste and garnetted stock)"}, true
	case "5303":
		return hsHeadingData{h6: "Jute and other textile bast fibres (not flax, true hemp and ramie), raw or processed but not spun; tow and waste of these fibres, including yarn waste and garnetted stock", h5: "Jute and other textile bast fibres (not flax, true hemp and ramie), raw or processed but not spun; tow and waste of these fibres, including yarn waste and garnetted stock"}, true
	case "5305":
		return hsHeadingData{h6: "Coconut, abaca (Manila hemp or Musa textilis Nee), ramie and other vegetable textile fibres n.e.c., raw or processed but not spun; tow, noils and waste of these fibres (including yarn waste and garnetted stock)", h5: "Coconut, abaca (Manila hemp or Musa textilis Nee), ramie and other vegetable textile fibres n.e.c., raw or processed but not spun; tow, noils and waste of these fibres (including yarn waste and garnetted stock)"}, true
	case "5306":
		return hsHeadingData{h6: "Flax yarn", h5: "Flax yarn"}, true
	case "5307":
		return hsHeadingData{h6: "Yarn of jute or of other textile bast fibres of heading no. 5305", h5: "Yarn of jute or of other textile bast fibres of heading no. 5305"}, true
	case "5308":
		return hsHeadingData{h6: "Yarn of other vegetable textile fibres; paper yarn", h5: "Yarn of other vegetable textile fibres; paper yarn"}, true
	case "5309":
		return hsHeadingData{h6: "Woven fabrics of flax", h5: "Woven fabrics of flax"}, true
	case "5310":
		return hsHeadingData{h6: "Woven fabrics of jute, other textile bast fibres of heading no. 5303", h5: "Woven fabrics of jute, other textile bast fibres of heading no. 5303"}, true
	case "5311":
		return hsHeadingData{h6: "Woven fabrics of other vegetable textile fibres; woven fabrics of paper yarn", h5: "Woven fabrics of other vegetable textile fibres; woven fabrics of paper yarn"}, true
	case "5401":
		return hsHeadingData{h6: "Sewing thread of man-made filaments, whether or not put up for retail sale", h5: "Sewing thread of man-made filaments, whether or not put up for retail sale"}, true
	case "5402":
		return hsHeadingData{h6: "Synthetic filament yarn (other than sewing thread), not put up for retail sale, including synthetic monofilament of less than 67 decitex", h5: "Synthetic filament yarn (other than sewing thread), not put up for retail sale, including synthetic monofilament of less than 67 decitex"}, true
	case "5403":
		return hsHeadingData{h6: "Artificial filament yarn (other than sewing thread), not put up for retail sale, including artificial monofilament of less than 67 decitex", h5: "Artificial filament yarn (other than sewing thread), not put up for retail sale, including artificial monofilament of less than 67 decitex"}, true
	case "5404":
		return hsHeadingData{h6: "Synthetic monofilament of 67 decitex or more, of which no cross-sectional dimension exceeds 1mm; strip and the like (e.g. artificial straw) of synthetic textile materials of an apparent width not exceeding 5mm", h5: "Synthetic monofilament of 67 decitex or more, of which no cross-sectional dimension exceeds 1mm; strip and the like (e.g. artificial straw) of synthetic textile materials of an apparent width not exceeding 5mm"}, true
	case "5405":
		return hsHeadingData{h6: "Artificial monofilament of 67 decitex or more, no cross-sectional dimension exceeds 1mm; strip and the like (e.g. artificial straw), of artificial textile materials of a width not exceeding 5mm", h5: "Artificial monofilament of 67 decitex or more, no cross-sectional dimension exceeds 1mm; strip and the like (e.g. artificial straw), of artificial textile materials of a width not exceeding 5mm"}, true
	case "5406":
		return hsHeadingData{h6: "Man-made filament yarn (other than sewing thread), put up for retail sale", h5: "Man-made filament yarn (other than sewing thread), put up for retail sale"}, true
	case "5407":
		return hsHeadingData{h6: "Woven fabrics of synthetic filament yarn, including woven fabrics obtained from materials of heading no. 5404", h5: "Woven fabrics of synthetic filament yarn, including woven fabrics obtained from materials of heading no. 5404"}, true
	case "5408":
		return hsHeadingData{h6: "Woven fabrics of artificial filament yarn including woven fabrics obtained from materials of heading no. 5404", h5: "Woven fabrics of artificial filament yarn including woven fabrics obtained from materials of heading no. 5404"}, true
	case "5501":
		return hsHeadingData{h6: "Synthetic filament tow", h5: "Synthetic filament tow"}, true
	case "5502":
		return hsHeadingData{h6: "Artificial filament tow", h5: "Artificial filament tow"}, true
	case "5503":
		return hsHeadingData{h6: "Synthetic staple fibres, not carded, combed or otherwise processed for spinning", h5: "Synthetic staple fibres, not carded, combed or otherwise processed for spinning"}, true
	case "5504":
		return hsHeadingData{h6: "Artificial staple fibres, not carded, combed or otherwise processed for spinning", h5: "Artificial staple fibres, not carded, combed or otherwise processed for spinning"}, true
	case "5505":
		return hsHeadingData{h6: "Waste (including noils, yarn waste and garnetted stock), of man-made fibres", h5: "Waste (including noils, yarn waste and garnetted stock), of man-made fibres"}, true
	case "5506":
		return hsHeadingData{h6: "Synthetic staple fibres, carded, combed or otherwise processed for spinning", h5: "Synthetic staple fibres, carded, combed or otherwise processed for spinning"}, true
	case "5507":
		return hsHeadingData{h6: "Artificial staple fibres, carded, combed or otherwise processed for spinning", h5: "Artificial staple fibres, carded, combed or otherwise processed for spinning"}, true
	case "5508":
		return hsHeadingData{h6: "Sewing thread of man-made staple fibres, whether or not put up for retail sale", h5: "Sewing thread of man-made staple fibres, whether or not put up for retail sale"}, true
	case "5509":
		return hsHeadingData{h6: "Yarn (other than sewing thread) of synthetic staple fibres, not put up for retail sale", h5: "Yarn (other than sewing thread) of synthetic staple fibres, not put up for retail sale"}, true
	case "5510":
		return hsHeadingData{h6: "Yarn (other than sewing thread) of artificial staple fibres, not put up for retail sale", h5: "Yarn (other than sewing thread) of artificial staple fibres, not put up for retail sale"}, true
	case "5511":
		return hsHeadingData{h6: "Yarn (not sewing thread), of man-made staple fibres, put up for retail sale", h5: "Yarn (not sewing thread), of man-made staple fibres, put up for retail sale"}, true
	case "5512":
		return hsHeadingData{h6: "Woven fabrics of synthetic staple fibres, containing 85% or more by weight of synthetic staple fibres", h5: "Woven fabrics of synthetic staple fibres, containing 85% or more by weight of synthetic staple fibres"}, true
	case "5513":
		return hsHeadingData{h6: "Woven fabrics of synthetic staple fibres, containing less than 85% by weight of such fibres, mixed mainly or solely with cotton, of a weight not exceeding 170g/m2", h5: "Woven fabrics of synthetic staple fibres, containing less than 85% by weight of such fibres, mixed mainly or solely with cotton, of a weight not exceeding 170g/m2"}, true
	case "5514":
		return hsHeadingData{h6: "Woven fabrics of synthetic staple fibres, containing less than 85% by weight of such fibres, mixed mainly or solely with cotton, of a weight exceeding 170g/m2", h5: "Woven fabrics of synthetic staple fibres, containing less than 85% by weight of such fibres, mixed mainly or solely with cotton, of a weight exceeding 170g/m2"}, true
	case "5515":
		return hsHeadingData{h6: "Woven fabrics of synthetic staple fibres, n.e.c. in chapter 55", h5: "Woven fabrics of synthetic staple fibres, n.e.c. in chapter 55"}, true
	case "5516":
		return hsHeadingData{h6: "Woven fabrics of artificial staple fibres", h5: "Woven fabrics of artificial staple fibres"}, true
	case "5601":
		return hsHeadingData{h6: "Wadding of textile materials and articles thereof; textile fibres, not exceeding 5 mm in length (flock), textile dust and mill neps", h5: "Wadding of textile materials and articles thereof; textile fibres, not exceeding 5 mm in length (flock), textile dust and mill neps"}, true
	case "5602":
		return hsHeadingData{h6: "Felt; whether or not impregnated, coated, covered or laminated", h5: "Felt; whether or not impregnated, coated, covered or laminated"}, true
	case "5603":
		return hsHeadingData{h6: "Nonwovens; whether or not impregnated, coated, covered or laminated", h5: "Nonwovens; whether or not impregnated, coated, covered or laminated"}, true
	case "5604":
		return hsHeadingData{h6: "Rubber thread and cord, textile covered; textile yarn and strip and the like of heading no. 5404, 5405; impregnated, coated, covered or sheathed with rubber or plastics", h5: "Rubber thread and cord, textile covered; textile yarn and strip and the like of heading no. 5404, 5405; impregnated, coated, covered or sheathed with rubber or plastics"}, true
	case "5605":
		return hsHeadingData{h6: "Yarn; metallised, whether or not gimped, of textile yarn, or strip or the like of heading no. 5404 or 5405, combined with metal in the form of thread, strip or powder or covered with metal", h5: "Yarn; metallised, whether or not gimped, of textile yarn, or strip or the like of heading no. 5404 or 5405, combined with metal in the form of thread, strip or powder or covered with metal"}, true
	case "5606":
		return hsHeadingData{h6: "Yarn and strip and the like of heading no. 5404 or 5405, gimped (other than those of heading no. 5606 and gimped horsehair yarn); chenille yarn (including flock chenille yarn); loop wale-yarn", h5: "Yarn and strip and the like of heading no. 5404 or 5405, gimped (other than those of heading no. 5606 and gimped horsehair yarn); chenille yarn (including flock chenille yarn); loop wale-yarn"}, true
	case "5607":
		return hsHeadingData{h6: "Twine, cordage, ropes and cables, whether or not plaited or braided; whether or not impregnated, coated, covered or sheathed with rubber or plastics", h5: "Twine, cordage, ropes and cables, whether or not plaited or braided; whether or not impregnated, coated, covered or sheathed with rubber or plastics"}, true
	case "5608":
		return hsHeadingData{h6: "Twine, cordage or rope; knotted netting, made up fishing nets and other made up nets, of textile materials", h5: "Twine, cordage or rope; knotted netting, made up fishing nets and other made up nets, of textile materials"}, true
	case "5609":
		return hsHeadingData{h6: "Articles of yarn, strip or the like of heading no. 5404 or 5405; twine, cordage, rope or cables n.e.c. or included", h5: "Articles of yarn, strip or the like of heading no. 5404 or 5405; twine, cordage, rope or cables n.e.c. or included"}, true
	case "5701":
		return hsHeadingData{h6: "Carpets and other textile floor coverings; knotted, whether or not made up", h5: "Carpets and other textile floor coverings; knotted, whether or not made up"}, true
	case "5702":
		return hsHeadingData{h6: "Carpets and other textile floor coverings; woven, (not tufted or flocked), whether or not made up, including kelem, schumacks, karamanie and similar hand-woven rugs", h5: "Carpets and other textile floor coverings; woven, (not tufted or flocked), whether or not made up, including kelem, schumacks, karamanie and similar hand-woven rugs"}, true
	case "5703":
		return hsHeadingData{h6: "Carpets and other textile floor coverings (including turf); tufted, whether or not made up", h5: "Carpets and other textile floor coverings; tufted, whether or not made up"}, true
	case "5704":
		return hsHeadingData{h6: "Carpets and other textile floor coverings; of felt, (not tufted or flocked), whether or not made up", h5: "Carpets and other textile floor coverings; of felt, (not tufted or flocked), whether or not made up"}, true
	case "5705":
		return hsHeadingData{h6: "Carpets and other textile floor coverings; n.e.c. in chapter 57, whether or not made up", h5: "Carpets and other textile floor coverings; n.e.c. in chapter 57, whether or not made up"}, true
	case "5801":
		return hsHeadingData{h6: "Fabrics; woven pile and chenille fabrics, other than fabrics of heading no. 5802 or 5806", h5: "Fabrics; woven pile and chenille fabrics, other than fabrics of heading no. 5802 or 5806"}, true
	case "5802":
		return hsHeadingData{h6: "Fabrics; terry towelling and similar woven terry fabrics other than narrow fabrics of heading no. 5806; tufted textile fabrics, excluding products of heading no. 5703", h5: "Fabrics; terry towelling and similar woven terry fabrics other than narrow fabrics of heading no. 5806; tufted textile fabrics, excluding products of heading no. 5703"}, true
	case "5803":
		return hsHeadingData{h6: "Gauze; other than narrow fabrics of heading no. 5806", h5: "Gauze; other than narrow fabrics of heading no. 5806"}, true
	case "5804":
		return hsHeadingData{h6: "Tulles and other net fabrics; not including woven, knitted or crocheted fabrics; lace in the piece, in strips or in motifs, (other than fabrics of headings 60.02 to 60.06)", h5: "Tulles and other net fabrics; not including woven, knitted or crocheted fabrics; lace in the piece, in strips or in motifs, (other than fabrics of headings 60.02 to 60.06)"}, true
	case "5805":
		return hsHeadingData{h6: "Tapestries; hand-woven, (Gobelins, Flanders, Aubusson, Beauvais and the like) and needle-worked tapestries (e.g. petit point, cross-stitch) whether or not made up", h5: "Tapestries; hand-woven, (Gobelins, Flanders, Aubusson, Beauvais and the like) and needle-worked tapestries (e.g. petit point, cross-stitch) whether or not made up"}, true
	case "5806":
		return hsHeadingData{h6: "Fabrics; narrow woven, other than goods of heading 5807; narrow fabrics consisting of warp without weft assembled by means of an adhesive (bolducs)", h5: "Fabrics; narrow woven, other than goods of heading no. 5807; narrow fabrics consisting of warp without weft assembled by means of an adhesive (bolducs)"}, true
	case "5807":
		return hsHeadingData{h6: "Labels, badges and similar articles; of textile materials, in the piece, in strips or cut to shape or size, not embroidered", h5: "Labels, badges and similar articles; of textile materials, in the piece, in strips or cut to shape or size, not embroidered"}, true
	case "5808":
		return hsHeadingData{h6: "Braids in the piece; ornamental trimmings in the piece, without embroidery, other than knitted or crocheted; tassels, pompons and similar articles", h5: "Braids in the piece; ornamental trimmings in the piece, without embroidery, other than knitted or crocheted; tassels, pompons and similar articles"}, true
	case "5809":
		return hsHeadingData{h6: "Fabrics, woven; of metal thread and metallised yarn of heading no. 5605, of a kind used in apparel, as furnishing fabrics or similar purposes; n.e.c. or included", h5: "Fabrics, woven; of metal thread and metallised yarn of heading no. 5605, of a kind used in apparel, as furnishing fabrics or similar purposes; n.e.c. or included"}, true
	case "5810":
		return hsHeadingData{h6: "Embroidery; in the piece, in strips or in motifs", h5: "Embroidery; in the piece, in strips or in motifs"}, true
	case "5811":
		return hsHeadingData{h6: "Quilted textile products; in the piece, composed of one or more layers of textile materials assembled with padding by stitching or otherwise (excluding embroidery of heading no. 5810)", h5: "Quilted textile products; in the piece, composed of one or more layers of textile materials assembled with padding by stitching or otherwise (excluding embroidery of heading no. 5810)"}, true
	case "5901":
		return hsHeadingData{h6: "Textile fabrics, gum or amylaceous substance coated, used for outer book covers and like; tracing cloth, prepared painting canvas; buckram and similar stiffened textile fabrics used for hat foundation", h5: "Textile fabrics, gum or amylaceous substance coated, used for outer book covers and like; tracing cloth, prepared painting canvas; buckram and similar stiffened textile fabrics used for hat foundation"}, true
	case "5902":
		return hsHeadingData{h6: "Textile fabrics; tyrecord of high tenacity yarn of nylon or other polyamides polyesters or viscose rayon", h5: "Textile fabrics; tyrecord of high tenacity yarn of nylon or other polyamides polyesters or viscose rayon"}, true
	case "5903":
		return hsHeadingData{h6: "Textile fabrics impregnated, coated, covered or laminated with plastics, other than those of heading no. 5902", h5: "Textile fabrics impregnated, coated, covered or laminated with plastics, other than those of heading no. 5902"}, true
	case "5904":
		return hsHeadingData{h6: "Linoleum, whether or not cut to shape; floor coverings consisting of a coating or covering applied on a textile backing, whether or not cut to shape", h5: "Linoleum, whether or not cut to shape; floor coverings consisting of a coating or covering applied on a textile backing, whether or not cut to shape"}, true
	case "5905":
		return hsHeadingData{h6: "Textile wall coverings", h5: "Textile wall coverings"}, true
	case "5906":
		return hsHeadingData{h6: "Textile fabrics, rubberised; other than those of heading no. 5902", h5: "Textile fabrics, rubberised; other than those of heading no. 5902"}, true
	case "5907":
		return hsHeadingData{h6: "Textile fabrics; otherwise impregnated, coated or covered; painted canvas being theatrical scenery, studio back-cloths or the like", h5: "Textile fabrics; otherwise impregnated, coated or covered; painted canvas being theatrical scenery, studio back-cloths or the like"}, true
	case "5908":
		return hsHeadingData{h6: "Textile wicks, woven, plaited or knitted; for lamps, stoves, lighters, candles or the like; incandescent gas mantles and tubular knitted gas mantle fabric therefor, whether or not impregnated", h5: "Textile wicks, woven, plaited or knitted; for lamps, stoves, lighters, candles or the like; incandescent gas mantles and tubular knitted gas mantle fabric therefor, whether or not impregnated"}, true
	case "5909":
		return hsHeadingData{h6: "Textile hose piping and similar textile tubing; with or without lining, armour or accessories of other materials", h5: "Textile hose piping and similar textile tubing; with or without lining, armour or accessories of other materials"}, true
	case "5910":
		return hsHeadingData{h6: "Textiles; transmission or conveyor belts or belting, of textile material, whether or not impregnated, coated, covered or laminated with plastics, or reinforced with metal or other material", h5: "Textiles; transmission or conveyor belts or belting, of textile material, whether or not impregnated, coated, covered or laminated with plastics, or reinforced with metal or other material"}, true
	case "5911":
		return hsHeadingData{h6: "Textile products and articles for technical uses; specified in note 7 to this chapter", h5: "Textile products and articles for technical uses; specified in note 7 to this chapter"}, true
	case "6001":
		return hsHeadingData{h6: "Fabrics; pile fabrics, including long pile fabrics and terry fabrics, knitted or crocheted", h5: "Fabrics; pile fabrics, including long pile fabrics and terry fabrics, knitted or crocheted"}, true
	case "6002":
		return hsHeadingData{h6: "Fabrics; knitted or crocheted, other than those of heading 60.01, of a width not exceeding 30cm, containing by weight 5% or more of elastomeric yarn or rubber thread", h5: "Fabrics; knitted or crocheted, other than those of heading 60.01, of a width not exceeding 30cm, containing by weight 5% or more of elastomeric yarn or rubber thread"}, true
	case "6003":
		return hsHeadingData{h6: "Fabrics; knitted or crocheted fabrics, other than those of heading 60.01 and 60.02, of a width not exceeding 30 cm,", h5: "Fabrics; knitted or crocheted fabrics, other than those of heading 60.01 and 60.02, of a width not exceeding 30 cm,"}, true
	case "6004":
		return hsHeadingData{h6: "Fabrics; knitted or crocheted fabrics of a width exceeding 30 cm, other than those of heading 60.01, containing by weight 5% or more of elastomeric yarn or rubber thread", h5: "Fabrics; knitted or crocheted fabrics of a width exceeding 30 cm, other than those of heading 60.01, containing by weight 5% or more of elastomeric yarn or rubber thread"}, true
	case "6005":
		return hsHeadingData{h6: "Fabrics; warp knit (including those made on galloon knitting machines), other than those of headings 60.01 to 60.04", h5: "Fabrics; warp knit (including those made on galloon knitting machines), other than those of headings 60.01 to 60.04"}, true
	case "6006":
		return hsHeadingData{h6: "Fabrics; knitted or crocheted fabrics, other than those of headings 60.01 to 60.04", h5: "Fabrics; knitted or crocheted fabrics, other than those of headings 60.01 to 60.04"}, true
	case "6101":
		return hsHeadingData{h6: "Coats; men's or boys' overcoats, car-coats, capes, cloaks, anoraks, ski-jackets, wind-cheaters, wind-jackets and similar articles; knitted or crocheted, other than those of heading no. 6103", h5: "Coats; men's or boys' overcoats, car-coats, capes, cloaks, anoraks, ski-jackets, wind-cheaters, wind-jackets and similar articles; knitted or crocheted, other than those of heading no. 6103"}, true
	case "6102":
		return hsHeadingData{h6: "Coats; women's or girls' overcoats, car-coats, capes, cloaks, anoraks, ski-jackets, wind-cheaters, wind-jackets and similar articles, knitted or crocheted, other than those of heading no. 6104", h5: "Coats; women's or girls' overcoats, car-coats, capes, cloaks, anoraks, ski-jackets, wind-cheaters, wind-jackets and similar articles, knitted or crocheted, other than those of heading no. 6104"}, true
	case "6103":
		return hsHeadingData{h6: "Suits, ensembles, jackets, blazers, trousers, bib and brace overalls, breeches, shorts (not swimwear); men's or boys', knitted or crocheted", h5: "Suits, ensembles, jackets, blazers, trousers, bib and brace overalls, breeches, shorts (not swimwear); men's or boys', knitted or crocheted"}, true
	case "6104":
		return hsHeadingData{h6: "Suits, ensembles, jackets, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (not swimwear), women's or girls', knitted or crocheted", h5: "Suits, ensembles, jackets, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (not swimwear), women's or girls', knitted or crocheted"}, true
	case "6105":
		return hsHeadingData{h6: "Shirts; men's or boys', knitted or crocheted", h5: "Shirts; men's or boys', knitted or crocheted"}, true
	case "6106":
		return hsHeadingData{h6: "Blouses, shirts and shirt-blouses; women's or girls', knitted or crocheted", h5: "Blouses, shirts and shirt-blouses; women's or girls', knitted or crocheted"}, true
	case "6107":
		return hsHeadingData{h6: "Underpants, briefs, nightshirts, pyjamas, bathrobes, dressing gowns and similar articles; men's or boys', knitted or crocheted", h5: "Underpants, briefs, nightshirts, pyjamas, bathrobes, dressing gowns and similar articles; men's or boys', knitted or crocheted"}, true
	case "6108":
		return hsHeadingData{h6: "Slips, petticoats, briefs, panties, nightdresses, pyjamas, negligees, bathrobes, dressing gowns and similar articles; women's or girls', knitted or crocheted", h5: "Slips, petticoats, briefs, panties, nightdresses, pyjamas, negligees, bathrobes, dressing gowns and similar articles; women's or girls', knitted or crocheted"}, true
	case "6109":
		return hsHeadingData{h6: "T-shirts, singlets and other vests; knitted or crocheted", h5: "T-shirts, singlets and other vests; knitted or crocheted"}, true
	case "6110":
		return hsHeadingData{h6: "Jerseys, pullovers, cardigans, waistcoats and similar articles; knitted or crocheted", h5: "Jerseys, pullovers, cardigans, waistcoats and similar articles; knitted or crocheted"}, true
	case "6111":
		return hsHeadingData{h6: "Garments and clothing accessories, babies'; knitted or crocheted", h5: "Garments and clothing accessories, babies'; knitted or crocheted"}, true
	case "6112":
		return hsHeadingData{h6: "Track suits, ski suits and swimwear; knitted or crocheted", h5: "Track suits, ski suits and swimwear; knitted or crocheted"}, true
	case "6113":
		return hsHeadingData{h6: "Garments made up of knitted or crocheted fabrics of heading no. 5903, 5906 and 5907", h5: "Garments made up of knitted or crocheted fabrics of heading no. 5903, 5906 and 5907"}, true
	case "6114":
		return hsHeadingData{h6: "Garments; knitted or crocheted, n.e.c. in chapter 61", h5: "Garments; knitted or crocheted, n.e.c. in chapter 61"}, true
	case "6115":
		return hsHeadingData{h6: "Hosiery; panty hose, tights, stockings, socks and other hosiery, including graduated compression hosiery (for example, stockings for varicose veins) and footwear without applied soles, knitted or crocheted", h5: "Hosiery; panty hose, tights, stockings, socks and other hosiery, including graduated compression hosiery (for example, stockings for varicose veins) and footwear without applied soles, knitted or crocheted"}, true
	case "6116":
		return hsHeadingData{h6: "Gloves, mittens and mitts; knitted or crocheted", h5: "Gloves, mittens and mitts; knitted or crocheted"}, true
	case "6117":
		return hsHeadingData{h6: "Clothing accessories; made up, knitted or crocheted, knitted or crocheted parts of garments or of clothing accessories", h5: "Clothing accessories; made up, knitted or crocheted, knitted or crocheted parts of garments or of clothing accessories"}, true
	case "6201":
		return hsHeadingData{h6: "Overcoats, car-coats, capes, cloaks, anoraks (including ski-jackets), wind-cheaters, wind-jackets and similar articles, men's or boys', other than those of heading no. 6203 (not knitted or crocheted)", h5: "Overcoats, car-coats, capes, cloaks, anoraks (including ski-jackets), wind-cheaters, wind-jackets and similar articles, men's or boys', other than those of heading no. 6203 (not knitted or crocheted)"}, true
	case "6202":
		return hsHeadingData{h6: "Coats; women's or girls' overcoats, carcoats, capes, cloaks, anoraks (including ski-jackets), wind-cheaters, wind-jackets and similar articles, other than those of heading no. 6204 (not knitted or crocheted)", h5: "Coats; women's or girls' overcoats, carcoats, capes, cloaks, anoraks, ski-jackets, wind-cheaters, wind-jackets and similar articles, other than those of heading no. 6204 (not knitted or crocheted)"}, true
	case "6203":
		return hsHeadingData{h6: "Suits, ensembles, jackets, blazers, trousers, bib and brace overalls, breeches and shorts (other than swimwear); men's or boys' (not knitted or crocheted)", h5: "Suits, ensembles, jackets, blazers, trousers, bib and brace overalls, breeches and shorts (other than swimwear); men's or boys' (not knitted or crocheted)"}, true
	case "6204":
		return hsHeadingData{h6: "Suits, ensembles, jackets, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (other than swimwear); women's or girls' (not knitted or crocheted)", h5: "Suits, ensembles, jackets, dresses, skirts, divided skirts, trousers, bib and brace overalls, breeches and shorts (other than swimwear); women's or girls' (not knitted or crocheted)"}, true
	case "6205":
		return hsHeadingData{h6: "Shirts; men's or boys' (not knitted or crocheted)", h5: "Shirts; men's or boys' (not knitted or crocheted)"}, true
	case "6206":
		return hsHeadingData{h6: "Blouses, shirts and shirt-blouses; women's or girls' (not knitted or crocheted)", h5: "Blouses, shirts and shirt-blouses; women's or girls' (not knitted or crocheted)"}, true
	case "6207":
		return hsHeadingData{h6: "Singlets and other vests, underpants, briefs, night-shirts, pyjamas, bathrobes, dressing gowns and similar articles; men's or boys' (not knitted or crocheted)", h5: "Singlets and other vests, underpants, briefs, night-shirts, pyjamas, bathrobes, dressing gowns and similar articles; men's or boys' (not knitted or crocheted)"}, true
	case "6208":
		return hsHeadingData{h6: "Singlets and other vests, slips, petticoats, briefs, panties, nightdresses, pyjamas, negligees, bathrobes, dressing gowns and similar articles; women's or girls' (not knitted or crocheted)", h5: "Singlets and other vests, slips, petticoats, briefs, panties, nightdresses, pyjamas, negligees, bathrobes, dressing gowns and similar articles; women's or girls' (not knitted or crocheted)"}, true
	case "6209":
		return hsHeadingData{h6: "Garments and clothing accessories; babies' (not knitted or crocheted)", h5: "Garments and clothing accessories; babies' (not knitted or crocheted)"}, true
	case "6210":
		return hsHeadingData{h6: "Garments made up of fabrics of heading no. 5602, 5603, 5903, 5906 or 5907 (not knitted or crocheted)", h5: "Garments made up of fabrics of heading no. 5602, 5603, 5903, 5906 or 5907 (not knitted or crocheted)"}, true
	case "6211":
		return hsHeadingData{h6: "Track suits, swimwear and other garments (not knitted or crocheted)", h5: "Track suits, swimwear and other garments (not knitted or crocheted)"}, true
	case "6212":
		return hsHeadingData{h6: "Brassieres, girdles, corsets, braces, suspenders, garters and similar articles and parts thereof; whether or not knitted or crocheted", h5: "Brassieres, girdles, corsets, braces, suspenders, garters and similar articles and parts thereof; whether or not knitted or crocheted"}, true
	case "6213":
		return hsHeadingData{h6: "Handkerchiefs (not knitted or crocheted)", h5: "Handkerchiefs (not knitted or crocheted)"}, true
	case "6214":
		return hsHeadingData{h6: "Shawls, scarves, mufflers, mantillas, veils and the like (not knitted or crocheted)", h5: "Shawls, scarves, mufflers, mantillas, veils and the like (not knitted or crocheted)"}, true
	case "6215":
		return hsHeadingData{h6: "Ties, bow ties and cravats (not knitted or crocheted)", h5: "Ties, bow ties and cravats (not knitted or crocheted)"}, true
	case "6216":
		return hsHeadingData{h6: "Gloves, mittens and mitts (not knitted or crocheted)", h5: "Gloves, mittens and mitts (not knitted or crocheted)"}, true
	case "6217":
		return hsHeadingData{h6: "Clothing accessories n.e.c.; parts of garments or accessories other than those of heading no. 6212 (not knitted or crocheted)", h5: "Clothing accessories n.e.c.; parts of garments or accessories other than those of heading no. 6212 (not knitted or crocheted)"}, true
	case "6301":
		return hsHeadingData{h6: "Blankets and travelling rugs", h5: "Blankets and travelling rugs"}, true
	case "6302":
		return hsHeadingData{h6: "Bed linen, table linen, toilet linen and kitchen linen", h5: "Bed linen, table linen, toilet linen and kitchen linen"}, true
	case "6303":
		return hsHeadingData{h6: "Curtains (including drapes) and interior blinds; curtain or bed valances", h5: "Curtains (including drapes) and interior blinds; curtain or bed valances"}, true
	case "6304":
		return hsHeadingData{h6: "Furnishing articles; excluding those of heading no. 9404", h5: "Furnishing articles; excluding those of heading no. 9404"}, true
	case "6305":
		return hsHeadingData{h6: "Sacks and bags, of a kind used for the packing of goods", h5: "Sacks and bags, of a kind used for the packing of goods"}, true
	case "6306":
		return hsHeadingData{h6: "Tarpaulins, awnings and sunblinds; tents (including temporary canopies and similar articles); sails for boats, sailboards or landcraft; camping goods", h5: "Tarpaulins, awnings and sunblinds; tents; sails for boats, sailboards or landcraft; camping goods"}, true
	case "6307":
		return hsHeadingData{h6: "Textiles; made up articles n.e.c. in chapter 63, including dress patterns", h5: "Textiles; made up articles n.e.c. in chapter 63, including dress patterns"}, true
	case "6308":
		return hsHeadingData{h6: "Textiles; sets of woven fabric and yarn, with or without accessories, for making into rugs, tapestries, embroidered tablecloths, serviettes and similar textile articles, in packings for retail sale", h5: "Textiles; sets of woven fabric and yarn, with or without accessories, for making into rugs, tapestries, embroidered tablecloths, serviettes and similar textile articles, in packings for retail sale"}, true
	case "6309":
		return hsHeadingData{h6: "Textiles; worn clothing and other worn articles", h5: "Textiles; worn clothing and other worn articles"}, true
	case "6310":
		return hsHeadingData{h6: "Rags; used or new, scrap twine, cordage, rope and cables and worn out articles of twine, cordage, rope or cables, of textile materials", h5: "Rags; used or new, scrap twine, cordage, rope and cables and worn out articles of twine, cordage, rope or cables, of textile materials"}, true
	case "6801":
		return hsHeadingData{h6: "Stone; setts, curbstones and flagstones, of natural stone (except slate)", h5: "Stone; setts, curbstones and flagstones, of natural stone (except slate)"}, true
	case "6802":
		return hsHeadingData{h6: "Monumental or building stone, worked (except slate) and articles thereof (not of heading no. 6801) mosaic cubes etc., of natural stone including slate; artificially coloured granules of natural stone", h5: "Monumental or building stone, worked (except slate) and articles thereof (not of heading no. 6801) mosaic cubes etc., of natural stone including slate; artificially coloured granules of natural stone"}, true
	case "6803":
		return hsHeadingData{h6: "Slate, worked; and articles of slate or of agglomerated slate", h5: "Slate, worked; and articles of slate or of agglomerated slate"}, true
	case "6804":
		return hsHeadingData{h6: "Millstones, grindstones, grinding wheels, etc without frameworks, for grinding, sharpening, polishing, etc and parts thereof, natural stone, agglomerated natural or artificial abrasives or of ceramics", h5: "Millstones, grindstones, grinding wheels, etc without frameworks, for grinding, sharpening, polishing, etc and parts thereof, natural stone, agglomerated natural or artificial abrasives or of ceramics"}, true
	case "6805":
		return hsHeadingData{h6: "Abrasive powder or grain; natural or artificial, on a base of textile material, of paper, paperboard or of other material, whether or not cut to shape or sewn or otherwise made up", h5: "Abrasive powder or grain; natural or artificial, on a base of textile material, of paper, paperboard or of other material, whether or not cut to shape or sewn or otherwise made up"}, true
	case "6806":
		return hsHeadingData{h6: "Slag, rock wool and similar mineral wools; exfoliated vermiculite, expanded clays, foamed slag, mixtures and articles of heat, sound insulating or sound-absorbing mineral materials", h5: "Slag, rock wool and similar mineral wools; exfoliated vermiculite, expanded clays, foamed slag, mixtures and articles of heat, sound insulating or sound-absorbing mineral materials"}, true
	case "6807":
		return hsHeadingData{h6: "Asphalt or similar material; articles (e.g. petroleum bitumen or coal tar pitch)", h5: "Asphalt or similar material; articles (e.g. petroleum bitumen or coal tar pitch)"}, true
	case "6808":
		return hsHeadingData{h6: "Panels, boards, tiles, blocks and the like; of vegetable fibre, of straw, shavings, chips, particles, sawdust or other waste, of wood, agglomerated with cement, plaster or other mineral binders", h5: "Panels, boards, tiles, blocks and the like; of vegetable fibre, of straw, shavings, chips, particles, sawdust or other waste, of wood, agglomerated with cement, plaster or other mineral binders"}, true
	case "6809":
		return hsHeadingData{h6: "Plaster or compositions based on plaster; articles thereof", h5: "Plaster or compositions based on plaster; articles thereof"}, true
	case "6810":
		return hsHeadingData{h6: "Cement, concrete or artificial stone; whether or not reinforced, articles thereof", h5: "Cement, concrete or artificial stone; whether or not reinforced, articles thereof"}, true
	case "6811":
		return hsHeadingData{h6: "Asbestos-cement, of cellulose fibre-cement or the like", h5: "Asbestos-cement, of cellulose fibre-cement or the like"}, true
	case "6812":
		return hsHeadingData{h6: "Fabricated asbestos fibres; mixtures with a basis of asbestos or of asbestos and magnesium carbonate; articles of such mixtures or of asbestos (e.g. thread, woven fabric, clothing, footwear), whether or not reinforced, not goods of heading 6811 or 6813", h5: "Fabricated asbestos fibres; mixtures with a basis of asbestos or of asbestos and magnesium carbonate; articles of such mixtures or of asbestos (e.g. thread, woven fabric, clothing, footwear), whether or not reinforced, not goods of heading 6811 or 6813"}, true
	case "6813":
		return hsHeadingData{h6: "Friction material and articles thereof (e.g. sheets, rolls, strips, segments, discs, washers, pads) not mounted; for brakes, clutches or the like, with a basis of asbestos, other mineral substances, or cellulose", h5: "Friction material and articles thereof (e.g. sheets, rolls, strips, segments, discs, washers, pads) not mounted; for brakes, clutches or the like, with a basis of asbestos, other mineral substances, or cellulose"}, true
	case "6814":
		return hsHeadingData{h6: "Mica; worked, articles of, including agglomerated or reconstituted mica; whether or not on a support of paper, paperboard or other materials", h5: "Mica; worked, articles of, including agglomerated or reconstituted mica; whether or not on a support of paper, paperboard or other materials"}, true
	case "6815":
		return hsHeadingData{h6: "Stone or other mineral substances; articles thereof (including carbon fibres, articles of carbon fibres and articles of peat), not elsewhere specified or included", h5: "Stone or other mineral substances; articles thereof (including articles of peat), n.e.c. or included"}, true
	case "6901":
		return hsHeadingData{h6: "Bricks, blocks, tiles and other ceramic goods of siliceous fossil meals (e.g. kieselguhr, tripolite or diatomite) or of similar siliceous earths", h5: "Bricks, blocks, tiles and other ceramic goods of siliceous fossil meals (e.g. kieselguhr, tripolite or diatomite) or of similar siliceous earths"}, true
	case "6902":
		return hsHeadingData{h6: "Refractory bricks, blocks, tiles and similar refractory ceramic constructional goods; other than those of siliceous fossil meals or similar siliceous earths", h5: "Refractory bricks, blocks, tiles and similar refractory ceramic constructional goods; other than those of siliceous fossil meals or similar siliceous earths"}, true
	case "6903":
		return hsHeadingData{h6: "Ceramic goods; (e.g. retorts, crucibles, muffles, nozzles, plugs, supports cupels, tubes, pipes, sheaths, rods and slide gates) excluding those of siliceous fossil meals or of similar siliceous earths", h5: "Ceramic goods; (e.g. retorts, crucibles, muffles, nozzles, plugs, supports cupels, tubes, pipes, sheaths, rods) excluding those of siliceous fossil meals or of similar siliceous earths"}, true
	case "6904":
		return hsHeadingData{h6: "Ceramic building bricks, floor blocks, support or filler tiles and the like", h5: "Ceramic building bricks, floor blocks, support or filler tiles and the like"}, true
	case "6905":
		return hsHeadingData{h6: "Roofing tiles, chimney-pots, cowls, chimney liners, architectural ornaments and other ceramic constructional goods", h5: "Roofing tiles, chimney-pots, cowls, chimney liners, architectural ornaments and other ceramic constructional goods"}, true
	case "6906":
		return hsHeadingData{h6: "Ceramic pipes, conduits, guttering and pipe fittings", h5: "Ceramic pipes, conduits, guttering and pipe fittings"}, true
	case "6907":
		return hsHeadingData{h6: "Ceramic flags and paving, hearth or wall tiles; ceramic mosaic cubes and the like, whether or not on a backing; finishing ceramics", h5: "Ceramic flags and paving, hearth or wall tiles; ceramic mosaic cubes and the like, whether or not on a backing; finishing ceramics"}, true
	case "6909":
		return hsHeadingData{h6: "Ceramic ware for laboratory, chemical, other technical uses; ceramic troughs, tubs, similar receptacles used in agriculture; ceramic pots, jars and similar used in the conveyance or packing of goods", h5: "Ceramic ware for laboratory, chemical, other technical uses; ceramic troughs, tubs, similar receptacles used in agriculture; ceramic pots, jars and similar used in the conveyance or packing of goods"}, true
	case "6910":
		return hsHeadingData{h6: "Ceramic sinks, wash basins, wash basin pedestals, baths, bidets, water closet pans, flushing cisterns, urinals and similar sanitary fixtures", h5: "Ceramic sinks, wash basins, wash basin pedestals, baths, bidets, water closet pans, flushing cisterns, urinals and similar sanitary fixtures"}, true
	case "6911":
		return hsHeadingData{h6: "Tableware, kitchenware, other household articles and toilet articles; of porcelain or china", h5: "Tableware, kitchenware, other household articles and toilet articles; of porcelain or china"}, true
	case "6912":
		return hsHeadingData{h6: "Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china", h5: "Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china"}, true
	case "6913":
		return hsHeadingData{h6: "Statuettes and other ornamental ceramic articles", h5: "Statuettes and other ornamental ceramic articles"}, true
	case "6914":
		return hsHeadingData{h6: "Ceramic articles; n.e.c. in chapter 69", h5: "Ceramic articles; n.e.c. in chapter 69"}, true
	case "7001":
		return hsHeadingData{h6: "Glass; cullet and other waste and scrap of glass, excluding glass from cathode ray tubes or other activated glass of heading 85.49, glass in the mass", h5: "Glass; cullet and other waste and scrap of glass, glass in the mass"}, true
	case "7002":
		return hsHeadingData{h6: "Glass in balls (other than microspheres of heading no. 7018), rods or tubes, unworked", h5: "Glass in balls (other than microspheres of heading no. 7018), rods or tubes, unworked"}, true
	case "7003":
		return hsHeadingData{h6: "Glass; cast glass and rolled glass in sheets or profiles, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked", h5: "Glass; cast glass and rolled glass in sheets or profiles, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked"}, true
	case "7004":
		return hsHeadingData{h6: "Glass; drawn glass and blown glass, in sheets, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked", h5: "Glass; drawn glass and blown glass, in sheets, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked"}, true
	case "7005":
		return hsHeadingData{h6: "Glass; float glass and surface ground or polished glass, in sheets, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked", h5: "Glass; float glass and surface ground or polished glass, in sheets, whether or not having an absorbent, reflecting or non-reflecting layer, but not otherwise worked"}, true
	case "7006":
		return hsHeadingData{h6: "Glass of heading no. 7003, 7004 or 7005, bent, edge-worked, engraved, drilled, enamelled or otherwise worked, not framed or fitted with other materials", h5: "Glass of heading no. 7003, 7004 or 7005, bent, edge-worked, engraved, drilled, enamelled or otherwise worked, not framed or fitted with other materials"}, true
	case "7007":
		return hsHeadingData{h6: "Safety glass, consisting of toughened (tempered) or laminated glass", h5: "Safety glass, consisting of toughened (tempered) or laminated glass"}, true
	case "7008":
		return hsHeadingData{h6: "Glass; multiple-walled insulating units of glass", h5: "Glass; multiple-walled insulating units of glass"}, true
	case "7009":
		return hsHeadingData{h6: "Glass mirrors; whether or not framed, including rear-view mirrors", h5: "Glass mirrors; whether or not framed, including rear-view mirrors"}, true
	case "7010":
		return hsHeadingData{h6: "Carboys, bottles, flasks, jars, pots, phials, ampoules, containers of glass of a kind used for the conveyance or packing of goods; preserving jars of glass; stoppers, lids and other closures of glass", h5: "Carboys, bottles, flasks, jars, pots, phials, ampoules, containers of glass of a kind used for the conveyance or packing of goods; preserving jars of glass; stoppers, lids and other closures of glass"}, true
	case "7011":
		return hsHeadingData{h6: "Glass envelopes (including bulbs and tubes), open and glass parts thereof, without fittings, for electric lamps and light sources, cathode-ray tubes or the like", h5: "Glass envelopes (including bulbs and tubes), open and glass parts thereof, without fittings, for electric lamps, cathode-ray tubes or the like"}, true
	case "7013":
		return hsHeadingData{h6: "Glassware of a kind used for table, kitchen, toilet, office, indoor decoration or similar purposes (other than of heading no. 7010 or 7018)", h5: "Glassware of a kind used for table, kitchen, toilet, office, indoor decoration or similar purposes (other than of heading no. 7010 or 7018)"}, true
	case "7014":
		return hsHeadingData{h6: "Signalling glassware and optical elements of glass (other than those of heading no. 7015), not optically worked", h5: "Signalling glassware and optical elements of glass (other than those of heading no. 7015), not optically worked"}, true
	case "7015":
		return hsHeadingData{h6: "Clock, watch and similar glasses, glasses for non-corrective or corrective spectacles, curved, bent, hallowed etc, not optically worked; hollow glass spheres and their segments for manufacture", h5: "Clock, watch and similar glasses, glasses for non-corrective or corrective spectacles, curved, bent, hallowed etc, not optically worked; hollow glass spheres and their segments for manufacture"}, true
	case "7016":
		return hsHeadingData{h6: "Glass; paving blocks, slabs, bricks, tiles etc, of pressed, moulded glass, whether or not wired, glass smallwares for decorative purposes leaded lights and the like; multicellular or foam glass", h5: "Glass; paving blocks, slabs, bricks, tiles etc, of pressed, moulded glass, whether or not wired, glass smallwares for decorative purposes leaded lights and the like; multicellular or foam glass"}, true
	case "7017":
		return hsHeadingData{h6: "Laboratory, hygienic or pharmaceutical glassware, whether or not graduated or calibrated", h5: "Laboratory, hygienic or pharmaceutical glassware, whether or not graduated or calibrated"}, true
	case "7018":
		return hsHeadingData{h6: "Glass beads, imitation pearls, precious or semi-precious stones and similar glass smallwares, statuettes and other ornaments of worked glass; glass microspheres not exceeding 1mm in diameter", h5: "Glass beads, imitation pearls, precious or semi-precious stones and similar glass smallwares, statuettes and other ornaments of worked glass; glass microspheres not exceeding 1mm in diameter"}, true
	case "7019":
		return hsHeadingData{h6: "Glass fibres (including glass wool) and articles thereof (e.g. yarn, rovings, woven fabrics)", h5: "Glass fibres (including glass wool) and articles thereof (e.g. yarn, woven fabrics)"}, true
	case "7020":
		return hsHeadingData{h6: "Glass; articles n.e.c. in chapter 70", h5: "Glass; articles n.e.c. in chapter 70"}, true
	case "7101":
		return hsHeadingData{h6: "Pearls; natural or cultured, whether or not worked or graded but not strung, mounted or set; pearls, natural or cultured, temporarily strung for the convenience of transport", h5: "Pearls; natural or cultured, whether or not worked or graded but not strung, mounted or set; pearls, natural or cultured, temporarily strung for the convenience of transport"}, true
	case "7102":
		return hsHeadingData{h6: "Diamonds, whether or not worked, but not mounted or set", h5: "Diamonds, whether or not worked, but not mounted or set"}, true
	case "7103":
		return hsHeadingData{h6: "Precious (excluding diamond) and semi-precious stone; worked, graded, not strung, mounted, set; ungraded precious (excluding diamond) and semi-precious stone, temporarily strung for convenience of transport", h5: "Precious (excluding diamond) and semi-precious stone; worked, graded, not strung, mounted, set; ungraded precious (excluding diamond) and semi-precious stone, temporarily strung for convenience of transport"}, true
	case "7104":
		return hsHeadingData{h6: "Stones; synthetic or reconstructed precious or semi-precious, whether or not worked or graded but not strung, mounted or set; ungraded synthetic or reconstructed precious or semi-precious stones, temporarily strung for convenience of transport", h5: "Synthetic, reconstructed precious, semi-precious stone worked, graded or not, not strung or mounted, set; ungraded synthetic, reconstructed precious, semi-precious stones, temporarily strung for transport"}, true
	case "7105":
		return hsHeadingData{h6: "Dust and powder of natural or synthetic precious or semi-precious stone", h5: "Dust and powder of natural or synthetic precious or semi-precious stone"}, true
	case "7106":
		return hsHeadingData{h6: "Silver (including silver plated with gold or platinum); unwrought or in semi-manufactured forms, or in powder form", h5: "Silver (including silver plated with gold or platinum); unwrought or in semi-manufactured forms, or in powder form"}, true
	case "7107":
		return hsHeadingData{h6: "Base metals clad with silver; not further worked than semi-manufactured", h5: "Base metals clad with silver; not further worked than semi-manufactured"}, true
	case "7108":
		return hsHeadingData{h6: "Gold (including gold plated with platinum) unwrought or in semi-manufactured forms, or in powder form", h5: "Gold (including gold plated with platinum) unwrought or in semi-manufactured forms, or in powder form"}, true
	case "7109":
		return hsHeadingData{h6: "Base metals or silver, clad with gold, not further worked than semi-manufactured", h5: "Base metals or silver, clad with gold, not further worked than semi-manufactured"}, true
	case "7110":
		return hsHeadingData{h6: "Platinum; unwrought or in semi-manufactured forms, or in powder form", h5: "Platinum; unwrought or in semi-manufactured forms, or in powder form"}, true
	case "7111":
		return hsHeadingData{h6: "Base metals, silver or gold, clad with platinum; not further worked than semi-manufactured", h5: "Base metals, silver or gold, clad with platinum; not further worked than semi-manufactured"}, true
	case "7112":
		return hsHeadingData{h6: "Waste and scrap of precious metal or of metal clad with precious metal; other waste and scrap containing precious metal compounds, of a kind uses principally for the recovery of precious metal other than goods of heading 85.49", h5: "Waste and scrap of precious metal or of metal clad with precious metal; other waste and scrap containing precious metal compounds, of a kind uses principally for the recovery of precious metal"}, true
	case "7113":
		return hsHeadingData{h6: "Jewellery articles and parts thereof, of precious metal or of metal clad with precious metal", h5: "Jewellery articles and parts thereof, of precious metal or of metal clad with precious metal"}, true
	case "7114":
		return hsHeadingData{h6: "Articles of goldsmiths' or silversmiths' wares and parts thereof, of precious metal or of metal clad with precious metal", h5: "Articles of goldsmiths' or silversmiths' wares and parts thereof, of precious metal or of metal clad with precious metal"}, true
	case "7115":
		return hsHeadingData{h6: "Articles of precious metal or of metal clad with precious metal", h5: "Articles of precious metal or of metal clad with precious metal"}, true
	case "7116":
		return hsHeadingData{h6: "Articles of natural or cultured pearls, precious or semi-precious stones (natural, synthetic or reconstructed)", h5: "Articles of natural or cultured pearls, precious or semi-precious stones (natural, synthetic or reconstructed)"}, true
	case "7117":
		return hsHeadingData{h6: "Imitation jewellery", h5: "Imitation jewellery"}, true
	case "7118":
		return hsHeadingData{h6: "Coin", h5: "Coin"}, true
	case "7201":
		return hsHeadingData{h6: "Pig iron and spiegeleisen in pigs, blocks or other primary forms", h5: "Pig iron and spiegeleisen in pigs, blocks or other primary forms"}, true
	case "7202":
		return hsHeadingData{h6: "Ferro-alloys", h5: "Ferro-alloys"}, true
	case "7203":
		return hsHeadingData{h6: "Ferrous products obtained by direct reduction of iron ore and other spongy ferrous products, in lumps, pellets or the like; iron having a minimum purity of 99.94%, in lumps, pellets or similar forms", h5: "Ferrous products obtained by direct reduction of iron ore and other spongy ferrous products, in lumps, pellets or the like; iron having a minimum purity of 99.94%, in lumps, pellets or similar forms"}, true
	case "7204":
		return hsHeadingData{h6: "Ferrous waste and scrap; remelting scrap ingots of iron or steel", h5: "Ferrous waste and scrap; remelting scrap ingots of iron or steel"}, true
	case "7205":
		return hsHeadingData{h6: "Granules and powders, of pig iron, spiegeleisen, iron or steel", h5: "Granules and powders, of pig iron, spiegeleisen, iron or steel"}, true
	case "7206":
		return hsHeadingData{h6: "Iron and non-alloy steel in ingots or other primary forms (excluding iron of heading no. 7203)", h5: "Iron and non-alloy steel in ingots or other primary forms (excluding iron of heading no. 7203)"}, true
	case "7207":
		return hsHeadingData{h6: "Iron or non-alloy steel; semi-finished products thereof", h5: "Iron or non-alloy steel; semi-finished products thereof"}, true
	case "7208":
		return hsHeadingData{h6: "Iron or non-alloy steel; flat-rolled products of a width of 600mm or more, hot-rolled, not clad, plated or coated", h5: "Iron or non-alloy steel; flat-rolled products of a width of 600mm or more, hot-rolled, not clad, plated or coated"}, true
	case "7209":
		return hsHeadingData{h6: "Iron or non-alloy steel; flat-rolled products, width 600mm or more, cold-rolled (cold-reduced), not clad, plated or coated", h5: "Iron or non-alloy steel; flat-rolled products, width 600mm or more, cold-rolled (cold-reduced), not clad, plated or coated"}, true
	case "7210":
		return hsHeadingData{h6: "Iron or non-alloy steel; flat-rolled products, width 600mm or more, clad, plated or coated", h5: "Iron or non-alloy steel; flat-rolled products, width 600mm or more, clad, plated or coated"}, true
	case "7211":
		return hsHeadingData{h6: "Iron or non-alloy steel; flat-rolled products, width less than 600mm, not clad, plated or coated", h5: "Iron or non-alloy steel; flat-rolled products, width less than 600mm, not clad, plated or coated"}, true
	case "7212":
		return hsHeadingData{h6: "Iron or non-alloy steel; flat-rolled products, width less than 600mm, clad, plated or coated", h5: "Iron or non-alloy steel; flat-rolled products, width less than 600mm, clad, plated or coated"}, true
	case "7213":
		return hsHeadingData{h6: "Iron or non-alloy steel; bars and rods, hot-rolled, in irregularly wound coils", h5: "Iron or non-alloy steel; bars and rods, hot-rolled, in irregularly wound coils"}, true
	case "7214":
		return hsHeadingData{h6: "Iron or non-alloy steel; bars and rods, not further worked than forged, hot-rolled, hot drawn or hot-extruded, but including those twisted after rolling", h5: "Iron or non-alloy steel; bars and rods, not further worked than forged, hot-rolled, hot drawn or hot-extruded, but including those twisted after rolling"}, true
	case "7215":
		return hsHeadingData{h6: "Iron or non-alloy steel; bars and rods, n.e.c. in chapter 72", h5: "Iron or non-alloy steel; bars and rods, n.e.c. in chapter 72"}, true
	case "7216":
		return hsHeadingData{h6: "Iron or non-alloy steel, angles, shapes and sections", h5: "Iron or non-alloy steel, angles, shapes and sections"}, true
	case "7217":
		return hsHeadingData{h6: "Wire of iron or non-alloy steel", h5: "Wire of iron or non-alloy steel"}, true
	case "7218":
		return hsHeadingData{h6: "Stainless steel in ingots or other primary forms; semi-finished products of stainless steel", h5: "Stainless steel in ingots or other primary forms; semi-finished products of stainless steel"}, true
	case "7219":
		return hsHeadingData{h6: "Stainless steel; flat-rolled products of width of 600mm or more", h5: "Stainless steel; flat-rolled products of width of 600mm or more"}, true
	case "7220":
		return hsHeadingData{h6: "Stainless steel; flat-rolled products of width less than 600mm", h5: "Stainless steel; flat-rolled products of width less than 600mm"}, true
	case "7221":
		return hsHeadingData{h6: "Stainless steel bars and rods, hot-rolled, in irregularly wound coils", h5: "Stainless steel bars and rods, hot-rolled, in irregularly wound coils"}, true
	case "7222":
		return hsHeadingData{h6: "Stainless steel bars and rods, angles, shapes and sections", h5: "Stainless steel bars and rods, angles, shapes and sections"}, true
	case "7223":
		return hsHeadingData{h6: "Stainless steel wire", h5: "Stainless steel wire"}, true
	case "7224":
		return hsHeadingData{h6: "Alloy steel in ingots or other primary forms, semi-finished products of other alloy steel", h5: "Alloy steel in ingots or other primary forms, semi-finished products of other alloy steel"}, true
	case "7225":
		return hsHeadingData{h6: "Alloy steel flat-rolled products, of a width 600mm or more", h5: "Alloy steel flat-rolled products, of a width 600mm or more"}, true
	case "7226":
		return hsHeadingData{h6: "Alloy steel flat-rolled products, of a width of less than 600mm", h5: "Alloy steel flat-rolled products, of a width of less than 600mm"}, true
	case "7227":
		return hsHeadingData{h6: "Steel, alloy; bars and rods, hot-rolled, in irregularly wound coils", h5: "Steel, alloy; bars and rods, hot-rolled, in irregularly wound coils"}, true
	case "7228":
		return hsHeadingData{h6: "Alloy steel bars, rods, shapes and sections; hollow drill bars and rods, of alloy or non-alloy steel", h5: "Alloy steel bars, rods, shapes and sections; hollow drill bars and rods, of alloy or non-alloy steel"}, true
	case "7229":
		return hsHeadingData{h6: "Wire of other alloy steel", h5: "Wire of other alloy steel"}, true
	case "7301":
		return hsHeadingData{h6: "Iron or steel sheet piling, whether or not drilled, punched or made from assembled elements; welded angles, shapes and sections, of iron or steel", h5: "Iron or steel sheet piling, whether or not drilled, punched or made from assembled elements; welded angles, shapes and sections, of iron or steel", wordings: []HSWording{
			hsw(HSNational, "U8", "Sheet piling of iron or steel, whether or not drilled, punched or made from assembled elements; welded angles, shapes and sections, of iron or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7302":
		return hsHeadingData{h6: "Railway or tramway track constructions of iron or steel; rails, check and track rails, switch blades, crossing frogs, point rods, sleepers, fish-plates, chair wedges, sole plates, bedplates, ties and the like", h5: "Railway or tramway track constructions of iron or steel; rails, check and track rails, switch blades, crossing frogs, point rods, sleepers, fish-plates, chair wedges, sole plates, bedplates, ties and the like", wordings: []HSWording{
			hsw(HSNational, "U8", "Railway or tramway track construction material of iron or steel, the following: rails, check-rails and rack rails, switch blades, crossing frogs, point rods and other crossing pieces, sleepers (cross-ties), fish-plates, chairs, chair wedges, sole plates (base plates), rail clips, bedplates, ties and other material specialised for jointing or fixing rails", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7303":
		return hsHeadingData{h6: "Tubes, pipes and hollow profiles, of cast iron", h5: "Tubes, pipes and hollow profiles, of cast iron", wordings: []HSWording{
			hsw(HSNational, "U8", "Tubes, pipes and hollow profiles, of cast iron", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7304":
		return hsHeadingData{h6: "Tubes, pipes and hollow profiles, seamless, of iron (other than cast iron) or steel", h5: "Tubes, pipes and hollow profiles, seamless, of iron (other than cast iron) or steel", wordings: []HSWording{
			hsw(HSNational, "U8", "Tubes, pipes and hollow profiles, seamless, of iron (other than cast iron) or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7305":
		return hsHeadingData{h6: "Iron or steel (excluding cast iron); tubes and pipes (e.g. welded, riveted or similarly closed), having circular cross-sections, external diameter of which exceeds 406.4mm, not seamless", h5: "Iron or steel (excluding cast iron); tubes and pipes (e.g. welded, riveted or similarly closed), having circular cross-sections, external diameter of which exceeds 406.4mm, not seamless", wordings: []HSWording{
			hsw(HSNational, "U8", "Other tubes and pipes (for example, welded, riveted or similarly closed), having circular cross-sections, the external diameter of which exceeds 406,4 mm, of iron or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7306":
		return hsHeadingData{h6: "Iron or steel (excluding cast iron); tubes, pipes and hollow profiles (not seamless), n.e.c. in chapter 73", h5: "Iron or steel (excluding cast iron); tubes, pipes and hollow profiles (not seamless), n.e.c. in chapter 73", wordings: []HSWording{
			hsw(HSNational, "U8", "Other tubes, pipes and hollow profiles (for example, open seam or welded, riveted or similarly closed), of iron or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7307":
		return hsHeadingData{h6: "Tube or pipe fittings (e.g. couplings, elbows, sleeves), of iron or steel", h5: "Tube or pipe fittings (e.g. couplings, elbows, sleeves), of iron or steel", wordings: []HSWording{
			hsw(HSNational, "U8", "Tube or pipe fittings (for example, couplings, elbows, sleeves), of iron or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7308":
		return hsHeadingData{h6: "Structures of iron or steel and parts thereof; plates, rods, angles, shapes, sections, tubes and the like, prepared for use in structures", h5: "Structures of iron or steel and parts thereof; plates, rods, angles, shapes, sections, tubes and the like, prepared for use in structures", wordings: []HSWording{
			hsw(HSNational, "U8", "Structures (excluding prefabricated buildings of heading 9406) and parts of structures (for example, bridges and bridge-sections, lock-gates, towers, lattice masts, roofs, roofing frameworks, doors and windows and their frames and thresholds for doors, shutters, balustrades, pillars and columns), of iron or steel; plates, rods, angles, shapes, sections, tubes and the like, prepared for use in structures, of iron or steel", "UK Trade Tariff chapter page; date not shown"),
		}}, true
	case "7309":
		return hsHeadingData{h6: "Reservoirs, tanks, vats and similar containers; for any material (excluding compressed or liquefied gas), of iron or steel, capacity exceeding 300l, whether or not lined or heat insulated", h5: "Reservoirs, tanks, vats and similar containers; for any material (excluding compressed or liquefied gas), of iron or steel, capacity exceeding 300l, whether or not lined or heat insulated"}, true
	case "7310":
		return hsHeadingData{h6: "Tanks, casks, drums, cans, boxes and similar containers, for any material (excluding compressed or liquefied gas), of iron or steel, capacity not exceeding 300l, whether or not lined or heat-insulated", h5: "Tanks, casks, drums, cans, boxes and similar containers, for any material (excluding compressed or liquefied gas), of iron or steel, capacity not exceeding 300l, whether or not lined or heat-insulated"}, true
	case "7311":
		return hsHeadingData{h6: "Containers for compressed or liquefied gas, of iron or steel", h5: "Containers for compressed or liquefied gas, of iron or steel"}, true
	case "7312":
		return hsHeadingData{h6: "Stranded wire, ropes, cables, plaited bands, slings and the like, of iron or steel, not electrically insulated", h5: "Stranded wire, ropes, cables, plaited bands, slings and the like, of iron or steel, not electrically insulated"}, true
	case "7313":
		return hsHeadingData{h6: "Barbed wire of iron or steel; twisted hoop or single flat wire, barbed or not and loosely twisted double wire, of a kind used for fencing, of iron or steel", h5: "Barbed wire of iron or steel; twisted hoop or single flat wire, barbed or not and loosely twisted double wire, of a kind used for fencing, of iron or steel"}, true
	case "7314":
		return hsHeadingData{h6: "Cloth (including endless bands), grill, netting and fencing, of iron or steel wire; expanded metal of iron or steel", h5: "Cloth (including endless bands), grill, netting and fencing, of iron or steel wire; expanded metal of iron or steel"}, true
	case "7315":
		return hsHeadingData{h6: "Chain and parts thereof, of iron or steel", h5: "Chain and parts thereof, of iron or steel"}, true
	case "7316":
		return hsHeadingData{h6: "Anchors, grapnels and parts thereof, of iron or steel", h5: "Anchors, grapnels and parts thereof, of iron or steel"}, true
	case "7317":
		return hsHeadingData{h6: "Nails, tacks, drawing pins, corrugated nails, staples (not those of heading no. 8305) and the like, of iron or steel, with heads of other material or not, but excluding articles with heads of copper", h5: "Nails, tacks, drawing pins, corrugated nails, staples (not those of heading no. 8305) and the like, of iron or steel, with heads of other material or not, but excluding articles with heads of copper"}, true
	case "7318":
		return hsHeadingData{h6: "Screws, bolts, nuts, coach screws, screw hooks, rivets, cotters, cotter-pins, washers (including spring washers) and similar articles, of iron or steel", h5: "Screws, bolts, nuts, coach screws, screw hooks, rivets, cotters, cotter-pins, washers (including spring washers) and similar articles, of iron or steel"}, true
	case "7319":
		return hsHeadingData{h6: "Sewing and knitting needles, bodkins, crochet hooks, embroidery stilettos and similar articles, for use in the hand, of iron or steel; safety pins and other pins of iron or steel, not elsewhere specified or included", h5: "Sewing and knitting needles, bodkins, crochet hooks, embroidery stilettos and similar articles, for use in the hand, of iron or steel; safety pins and other pins of iron or steel, not elsewhere specified or included"}, true
	case "7320":
		return hsHeadingData{h6: "Springs and leaves for springs, of iron or steel", h5: "Springs and leaves for springs, of iron or steel"}, true
	case "7321":
		return hsHeadingData{h6: "Stoves, ranges, grates, cookers (those with subsidiary boilers for central heating), barbecues, braziers, gas-rings, plate warmers and similar non-electric domestic appliances and parts, of iron or steel", h5: "Stoves, ranges, grates, cookers (those with subsidiary boilers for central heating), barbecues, braziers, gas-rings, plate warmers and similar non-electric domestic appliances and parts, of iron or steel"}, true
	case "7322":
		return hsHeadingData{h6: "Radiators for central heating, not electrically heated and parts thereof, of iron or steel; air heaters, hot air distributors not electrically heated, with motor fan or blower", h5: "Radiators for central heating, not electrically heated and parts thereof, of iron or steel; air heaters, hot air distributors not electrically heated, with motor fan or blower"}, true
	case "7323":
		return hsHeadingData{h6: "Table, kitchen, other household articles and parts, of iron or steel; iron or steel wool; pot scourers and scouring or polishing pads, gloves and the like, of iron or steel", h5: "Table, kitchen, other household articles and parts, of iron or steel; iron or steel wool; pot scourers and scouring or polishing pads, gloves and the like, of iron or steel"}, true
	case "7324":
		return hsHeadingData{h6: "Sanitary ware and parts thereof, of iron or steel", h5: "Sanitary ware and parts thereof, of iron or steel"}, true
	case "7325":
		return hsHeadingData{h6: "Iron or steel; cast articles", h5: "Iron or steel; cast articles"}, true
	case "7326":
		return hsHeadingData{h6: "Iron or steel; articles, n.e.c. in chapter 73", h5: "Iron or steel; articles, n.e.c. in chapter 73"}, true
	case "7401":
		return hsHeadingData{h6: "Copper mattes; cement copper (precipitated copper)", h5: "Copper mattes; cement copper (precipitated copper)"}, true
	case "7402":
		return hsHeadingData{h6: "Copper; unrefined, copper anodes for electrolytic refining", h5: "Copper; unrefined, copper anodes for electrolytic refining"}, true
	case "7403":
		return hsHeadingData{h6: "Copper; refined and copper alloys, unwrought", h5: "Copper; refined and copper alloys, unwrought"}, true
	case "7404":
		return hsHeadingData{h6: "Copper; waste and scrap", h5: "Copper; waste and scrap"}, true
	case "7405":
		return hsHeadingData{h6: "Copper; master alloys", h5: "Copper; master alloys"}, true
	case "7406":
		return hsHeadingData{h6: "Copper; powders and flakes", h5: "Copper; powders and flakes"}, true
	case "7407":
		return hsHeadingData{h6: "Copper; bars, rods and profiles", h5: "Copper; bars, rods and profiles"}, true
	case "7408":
		return hsHeadingData{h6: "Copper wire", h5: "Copper wire"}, true
	case "7409":
		return hsHeadingData{h6: "Copper plates, sheets and strip; of a thickness exceeding 0.15mm", h5: "Copper plates, sheets and strip; of a thickness exceeding 0.15mm"}, true
	case "7410":
		return hsHeadingData{h6: "Copper foil (whether or not printed or backed with paper, paperboard, plastics or similar backing materials) of a thickness (excluding any backing) not exceeding 0.15mm", h5: "Copper foil (whether or not printed or backed with paper, paperboard, plastics or similar backing materials) of a thickness (excluding any backing) not exceeding 0.15mm"}, true
	case "7411":
		return hsHeadingData{h6: "Copper tubes and pipes", h5: "Copper tubes and pipes"}, true
	case "7412":
		return hsHeadingData{h6: "Copper; tube or pipe fittings (e.g. couplings, elbows, sleeves)", h5: "Copper; tube or pipe fittings (e.g. couplings, elbows, sleeves)"}, true
	case "7413":
		return hsHeadingData{h6: "Copper; stranded wire, cables, plaited bands and the like, not electrically insulated", h5: "Copper; stranded wire, cables, plaited bands and the like, not electrically insulated"}, true
	case "7415":
		return hsHeadingData{h6: "Copper, nails, tacks, drawing pins, staples (not those of heading no. 8305) and the like, of copper or iron or steel with heads of copper; screws bolts, nuts, screws hooks, rivets, cotters, washers", h5: "Copper, nails, tacks, drawing pins, staples (not those of heading no. 8305) and the like, of copper or iron or steel with heads of copper; screws bolts, nuts, screws hooks, rivets, cotters, washers"}, true
	case "7418":
		return hsHeadingData{h6: "Copper; table, kitchen or other household articles and parts thereof; pot scourers, scouring, polishing pads, gloves and the like; sanitary ware and parts thereof", h5: "Copper; table, kitchen or other household articles and parts thereof; pot scourers, scouring, polishing pads, gloves and the like; sanitary ware and parts thereof"}, true
	case "7419":
		return hsHeadingData{h6: "Copper; articles thereof n.e.c. in chapter 74", h5: "Copper; articles thereof n.e.c. in chapter 74"}, true
	case "7501":
		return hsHeadingData{h6: "Nickel mattes; nickel oxide sinters and other intermediate products of nickel metallurgy", h5: "Nickel mattes; nickel oxide sinters and other intermediate products of nickel metallurgy"}, true
	case "7502":
		return hsHeadingData{h6: "Nickel; unwrought", h5: "Nickel; unwrought"}, true
	case "7503":
		return hsHeadingData{h6: "Nickel; waste and scrap", h5: "Nickel; waste and scrap"}, true
	case "7504":
		return hsHeadingData{h6: "Nickel; powders and flakes", h5: "Nickel; powders and flakes"}, true
	case "7505":
		return hsHeadingData{h6: "Nickel; bars, rods, profiles and wire", h5: "Nickel; bars, rods, profiles and wire"}, true
	case "7506":
		return hsHeadingData{h6: "Nickel; plates, sheets, strip and foil", h5: "Nickel; plates, sheets, strip and foil"}, true
	case "7507":
		return hsHeadingData{h6: "Nickel; tubes, pipes and tube or pipe fittings (e.g. couplings, elbows, sleeves)", h5: "Nickel; tubes, pipes and tube or pipe fittings (e.g. couplings, elbows, sleeves)"}, true
	case "7508":
		return hsHeadingData{h6: "Nickel; articles thereof n.e.c. in chapter 75", h5: "Nickel; articles thereof n.e.c. in chapter 75"}, true
	case "7601":
		return hsHeadingData{h6: "Aluminium; unwrought", h5: "Aluminium; unwrought"}, true
	case "7602":
		return hsHeadingData{h6: "Aluminium; waste and scrap", h5: "Aluminium; waste and scrap"}, true
	case "7603":
		return hsHeadingData{h6: "Aluminium; powders and flakes", h5: "Aluminium; powders and flakes"}, true
	case "7604":
		return hsHeadingData{h6: "Aluminium; bars, rods and profiles", h5: "Aluminium; bars, rods and profiles"}, true
	case "7605":
		return hsHeadingData{h6: "Aluminium wire", h5: "Aluminium wire"}, true
	case "7606":
		return hsHeadingData{h6: "Aluminium; plates, sheets and strip, thickness exceeding 0.2mm", h5: "Aluminium; plates, sheets and strip, thickness exceeding 0.2mm"}, true
	case "7607":
		return hsHeadingData{h6: "Aluminium foil (whether or not printed or backed with paper, paperboard, plastics or similar backing materials) of a thickness (excluding any backing) not exceeding 0.2mm", h5: "Aluminium foil (whether or not printed or backed with paper, paperboard, plastics or similar backing materials) of a thickness (excluding any backing) not exceeding 0.2mm"}, true
	case "7608":
		return hsHeadingData{h6: "Aluminium; tubes and pipes", h5: "Aluminium; tubes and pipes"}, true
	case "7609":
		return hsHeadingData{h6: "Aluminium; tube or pipe fittings (e.g. couplings, elbows, sleeves)", h5: "Aluminium; tube or pipe fittings (e.g. couplings, elbows, sleeves)"}, true
	case "7610":
		return hsHeadingData{h6: "Aluminium; structures (excluding prefabricated buildings of heading no. 9406) and parts (e.g. bridges and sections, towers, lattice masts, etc) plates, rods, profiles and tubes for structures", h5: "Aluminium; structures (excluding prefabricated buildings of heading no. 9406) and parts (e.g. bridges and sections, towers, lattice masts, etc) plates, rods, profiles and tubes for structures"}, true
	case "7611":
		return hsHeadingData{h6: "Aluminium; reservoirs, tanks, vats and the like for material (not compressed or liquefied gas) of capacity over 300l, whether or not lined, heat-insulated, not fitted with mechanical, thermal equipment", h5: "Aluminium; reservoirs, tanks, vats and the like for material (not compressed or liquefied gas) of capacity over 300l, whether or not lined, heat-insulated, not fitted with mechanical, thermal equipment"}, true
	case "7612":
		return hsHeadingData{h6: "Aluminium casks, drums, cans, boxes etc (including rigid, collapsible tubular containers), for materials other than compressed, liquefied gas, 300l capacity or less, lined, heat-insulated or not", h5: "Aluminium casks, drums, cans, boxes etc (including rigid, collapsible tubular containers), for materials other than compressed, liquefied gas, 300l capacity or less, lined, heat-insulated or not"}, true
	case "7613":
		return hsHeadingData{h6: "Aluminium; containers for compressed or liquefied gas", h5: "Aluminium; containers for compressed or liquefied gas"}, true
	case "7614":
		return hsHeadingData{h6: "Aluminium; stranded wire, cables, plaited bands and the like, (not electrically insulated)", h5: "Aluminium; stranded wire, cables, plaited bands and the like, (not electrically insulated)"}, true
	case "7615":
		return hsHeadingData{h6: "Aluminium; table, kitchen or other household articles and parts thereof, pot scourers and scouring or polishing pads, gloves and the like, sanitary ware and parts thereof", h5: "Aluminium; table, kitchen or other household articles and parts thereof, pot scourers and scouring or polishing pads, gloves and the like, sanitary ware and parts thereof"}, true
	case "7616":
		return hsHeadingData{h6: "Aluminium; articles n.e.c. in chapter 76", h5: "Aluminium; articles n.e.c. in chapter 76"}, true
	case "7801":
		return hsHeadingData{h6: "Lead; unwrought", h5: "Lead; unwrought"}, true
	case "7802":
		return hsHeadingData{h6: "Lead; waste and scrap", h5: "Lead; waste and scrap"}, true
	case "7804":
		return hsHeadingData{h6: "Lead; plates, sheets, strip and foil, lead powders and flakes", h5: "Lead; plates, sheets, strip and foil, lead powders and flakes"}, true
	case "7806":
		return hsHeadingData{h6: "Lead; articles n.e.c. in chapter 78", h5: "Lead; articles n.e.c. in chapter 78"}, true
	case "7901":
		return hsHeadingData{h6: "Zinc; unwrought", h5: "Zinc; unwrought"}, true
	case "7902":
		return hsHeadingData{h6: "Zinc; waste and scrap", h5: "Zinc; waste and scrap"}, true
	case "7903":
		return hsHeadingData{h6: "Zinc; dust, powders and flakes", h5: "Zinc; dust, powders and flakes"}, true
	case "7904":
		return hsHeadingData{h6: "Zinc; bars, rods, profiles and wire", h5: "Zinc; bars, rods, profiles and wire"}, true
	case "7905":
		return hsHeadingData{h6: "Zinc; plates, sheets, strip and foil", h5: "Zinc; plates, sheets, strip and foil"}, true
	case "7907":
		return hsHeadingData{h6: "Zinc; articles n.e.c. in chapter 79", h5: "Zinc; articles n.e.c. in chapter 79"}, true
	case "8001":
		return hsHeadingData{h6: "Tin; unwrought", h5: "Tin; unwrought"}, true
	case "8002":
		return hsHeadingData{h6: "Tin; waste and scrap", h5: "Tin; waste and scrap"}, true
	case "8003":
		return hsHeadingData{h6: "Tin; bars, rods, profiles and wire", h5: "Tin; bars, rods, profiles and wire"}, true
	case "8007":
		return hsHeadingData{h6: "Tin; articles n.e.c. in chapter 80", h5: "Tin; articles n.e.c. in chapter 80"}, true
	case "8101":
		return hsHeadingData{h6: "Tungsten (wolfram); articles thereof, including waste and scrap", h5: "Tungsten (wolfram); articles thereof, including waste and scrap"}, true
	case "8102":
		return hsHeadingData{h6: "Molybdenum; articles thereof, including waste and scrap", h5: "Molybdenum; articles thereof, including waste and scrap"}, true
	case "8103":
		return hsHeadingData{h6: "Tantalum; articles thereof, including waste and scrap", h5: "Tantalum; articles thereof, including waste and scrap"}, true
	case "8104":
		return hsHeadingData{h6: "Magnesium; articles thereof, including waste and scrap", h5: "Magnesium; articles thereof, including waste and scrap"}, true
	case "8105":
		return hsHeadingData{h6: "Cobalt; mattes and other intermediate products of cobalt metallurgy, cobalt and articles thereof, including waste and scrap", h5: "Cobalt; mattes and other intermediate products of cobalt metallurgy, cobalt and articles thereof, including waste and scrap"}, true
	case "8106":
		return hsHeadingData{h6: "Bismuth; articles thereof, including waste and scrap", h5: "Bismuth; articles thereof, including waste and scrap"}, true
	case "8108":
		return hsHeadingData{h6: "Titanium; articles thereof, including waste and scrap", h5: "Titanium; articles thereof, including waste and scrap"}, true
	case "8109":
		return hsHeadingData{h6: "Zirconium; articles thereof, including waste and scrap", h5: "Zirconium; articles thereof, including waste and scrap"}, true
	case "8110":
		return hsHeadingData{h6: "Antimony; articles thereof, including waste and scrap", h5: "Antimony; articles thereof, including waste and scrap"}, true
	case "8111":
		return hsHeadingData{h6: "Manganese; articles thereof, including waste and scrap", h5: "Manganese; articles thereof, including waste and scrap"}, true
	case "8112":
		return hsHeadingData{h6: "Beryllium, chromium, hafnium, rhenium, thallium, cadmium, germanium, vanadium, gallium, indium and niobium (columbium), articles of these metals, including waste and scrap", h5: "Beryllium, chromium, germanium, vanadium, gallium, hafnium, indium, niobium (columbium), rhenium and thallium; and articles of these metals, including waste and scrap"}, true
	case "8113":
		return hsHeadingData{h6: "Cermets; articles thereof, including waste and scrap", h5: "Cermets; articles thereof, including waste and scrap"}, true
	case "8107":
		return hsHeadingData{h6: "", h5: "Cadmium; articles thereof, including waste and scrap"}, true
	case "8201":
		return hsHeadingData{h6: "Tools, hand; spades, shovels, mattocks, picks, hoes, forks, rakes; axes, bill hooks etc; secateurs and pruners of any kind; scythes, sickles, hay knives, hedge shears, timber wedges and other tools used in agriculture, horticulture, forestry", h5: "Tools, hand; spades, shovels, mattocks, picks, hoes, forks, rakes; axes, bill hooks etc; secateurs and pruners of any kind; scythes, sickles, hay knives, hedge shears, timber wedges and other tools used in agriculture, horticulture, forestry"}, true
	case "8202":
		return hsHeadingData{h6: "Tools, hand; saws and blades for saws of all kinds (including slitting, slotting or toothless saw blades)", h5: "Tools, hand; saws and blades for saws of all kinds (including slitting, slotting or toothless blades)"}, true
	case "8203":
		return hsHeadingData{h6: "Tools, hand; files, rasps, pliers (including cutting pliers), pincers, tweezers, metal cutting shears, pipe cutters, bolt croppers, perforating punches and similar", h5: "Tools, hand; files, rasps, pliers (including cutting pliers), pincers, tweezers, metal cutting shears, pipe cutters, bolt croppers, perforating punches and similar"}, true
	case "8204":
		return hsHeadingData{h6: "Tools, hand; hand-operated spanners and wrenches (including torque meter wrenches but not including tap wrenches), interchangeable spanner sockets, with or without handles", h5: "Tools, hand; hand-operated spanners and wrenches (including torque meter wrenches but not including tap wrenches), interchangeable spanner sockets, with or without handles"}, true
	case "8205":
		return hsHeadingData{h6: "Tools, hand; (including glaziers' diamonds) n.e.c.; blow lamps; vices, clamps etc, other than accessories for and parts of, machine-tools or water-jet cutting machines; anvils; portable forges; hand or pedal operated grinding wheels with frameworks", h5: "Tools, hand; (including glaziers' diamonds) n.e.c.; blow lamps; vices, clamps etc, other than accessories for and parts of, machine-tools or water-jet cutting machines; anvils; portable forges; hand or pedal operated grinding wheels with frameworks"}, true
	case "8206":
		return hsHeadingData{h6: "Tools, hand; two or more of heading no. 8202 to 8205, put up in sets for retail sale", h5: "Tools, hand; two or more of heading no. 8202 to 8205, put up in sets for retail sale"}, true
	case "8207":
		return hsHeadingData{h6: "Tools, interchangeable; for hand tools, whether or not power-operated, or for machine tools (pressing, stamping, punching, drilling etc), including dies for drawing or extruding metal, and rock drilling or earth boring tools", h5: "Tools, interchangeable; for hand tools, whether or not power-operated, or for machine tools (pressing, stamping, punching, drilling etc), including dies for drawing or extruding metal, and rock drilling or earth boring tools"}, true
	case "8208":
		return hsHeadingData{h6: "Knives and cutting blades, for machines or for mechanical appliances", h5: "Knives and cutting blades, for machines or for mechanical appliances"}, true
	case "8209":
		return hsHeadingData{h6: "Tools; plates, sticks, tips and the like for tools, unmounted, of sintered metal carbides or cermets", h5: "Tools; plates, sticks, tips and the like for tools, unmounted, of sintered metal carbides or cermets"}, true
	case "8210":
		return hsHeadingData{h6: "Tools; hand-operated mechanical appliances, weighing 10kg or less, used in the preparation, conditioning or serving of food or drink", h5: "Tools; hand-operated mechanical appliances, weighing 10kg or less, used in the preparation, conditioning or serving of food or drink"}, true
	case "8211":
		return hsHeadingData{h6: "Knives; with cutting blades, serrated or not (including pruning knives), other than knives of heading no. 8208, and blades therefore", h5: "Knives; with cutting blades, serrated or not (including pruning knives), other than knives of heading no. 8208, and blades therefore"}, true
	case "8212":
		return hsHeadingData{h6: "Razors and razor blades; (including razor blade blanks in strips)", h5: "Razors and razor blades; (including razor blade blanks in strips)"}, true
	case "8213":
		return hsHeadingData{h6: "Scissors; tailors' shears and similar shears, and blades therefore", h5: "Scissors; tailors' shears and similar shears, and blades therefore"}, true
	case "8214":
		return hsHeadingData{h6: "Cutlery; other articles, (e.g. hair clippers, butchers' or kitchen cleavers, choppers and mincing knives, paper knives), manicure or pedicure sets and instruments (including nail files)", h5: "Cutlery; other articles, (e.g. hair clippers, butchers' or kitchen cleavers, choppers and mincing knives, paper knives), manicure or pedicure sets and instruments (including nail files)"}, true
	case "8215":
		return hsHeadingData{h6: "Cutlery; spoons, forks, ladles, skimmers, cake-servers, fish-knives, butter knives, sugar tongs and similar kitchen or tableware", h5: "Cutlery; spoons, forks, ladles, skimmers, cake-servers, fish-knives, butter knives, sugar tongs and similar kitchen or tableware"}, true
	case "8301":
		return hsHeadingData{h6: "Padlocks and locks (key, combination, electrically operated) of base metal; clasps and frames with clasps incorporating locks, of base metal, keys for any or the foregoing articles, of base metal", h5: "Padlocks and locks (key, combination, electrically operated) of base metal; clasps and frames with clasps incorporating locks, of base metal, keys for any or the foregoing articles, of base metal"}, true
	case "8302":
		return hsHeadingData{h6: "Base metal mountings, fittings and similar articles for furniture, doors, staircases, windows, trunks, chests etc, castors with mountings of base metal, automatic door closers of base metal", h5: "Base metal mountings, fittings and similar articles for furniture, doors, staircases, windows, trunks, chests etc, castors with mountings of base metal, automatic door closers of base metal"}, true
	case "8303":
		return hsHeadingData{h6: "Safes; armoured or reinforced, strong-boxes, doors and safe deposit lockers for strong-rooms, cash or deed boxes and the like, of base metal", h5: "Safes; armoured or reinforced, strong-boxes, doors and safe deposit lockers for strong-rooms, cash or deed boxes and the like, of base metal"}, true
	case "8304":
		return hsHeadingData{h6: "Office equipment; filing cabinets, card-index cabinets, paper trays and rests, pen trays, office-stamp stands and the like, of base metal, other than office furniture of heading no. 9403", h5: "Office equipment; filing cabinets, card-index cabinets, paper trays and rests, pen trays, office-stamp stands and the like, of base metal, other than office furniture of heading no. 9403"}, true
	case "8305":
		return hsHeadingData{h6: "Stationery; fittings for loose-leaf binders or files, letter clips, letter corners, paper clips, indexing tags and the like, staples in strips (for offices, upholstery, packaging), of base metal", h5: "Stationery; fittings for loose-leaf binders or files, letter clips, letter corners, paper clips, indexing tags and the like, staples in strips (for offices, upholstery, packaging), of base metal"}, true
	case "8306":
		return hsHeadingData{h6: "Bells, gongs and the like; non-electric, statuettes, other ornaments, photograph, picture, similar frames, mirrors, of base metal", h5: "Bells, gongs and the like; non-electric, statuettes, other ornaments, photograph, picture, similar frames, mirrors, of base metal"}, true
	case "8307":
		return hsHeadingData{h6: "Tubing; flexible, with or without fittings, of base metal", h5: "Tubing; flexible, with or without fittings, of base metal"}, true
	case "8308":
		return hsHeadingData{h6: "Clasps, frames with clasps, buckles, buckle-clasps, hooks, eyes, eyelets etc for clothing & accessories, footwear, jewellery, wrist-watches, books, awnings, leather goods, travel goods, saddlery etc, tubular etc rivets, beads, spangles, of base metal", h5: "Clasps, frames with clasps, buckles, buckle-clasps, hooks, eyes, eyelets etc for clothing & accessories, footwear, jewellery, wrist-watches, books, awnings, leather goods, travel goods, saddlery etc, tubular etc rivets, beads, spangles, of base metal"}, true
	case "8309":
		return hsHeadingData{h6: "Stoppers, caps, lids (including crown corks, screw caps, pouring stoppers); capsules for bottles, threaded bungs, bung covers, seals and other packaging accessories, of base metal", h5: "Stoppers, caps, lids (including crown corks, screw caps, pouring stoppers); capsules for bottles, threaded bungs, bung covers, seals and other packaging accessories, of base metal"}, true
	case "8310":
		return hsHeadingData{h6: "Sign plates, name plates, address plates and similar plates, numbers, letters and other symbols, of base metal, excluding those of heading no. 9405", h5: "Sign plates, name plates, address plates and similar plates, numbers, letters and other symbols, of base metal, excluding those of heading no. 9405"}, true
	case "8311":
		return hsHeadingData{h6: "Wires, rods, tubes, plates, electrodes of base metal or metal carbides; of a kind used for soldering, brazing, welding; wires and rods for metal spraying", h5: "Wires, rods, tubes, plates, electrodes of base metal or metal carbides; of a kind used for soldering, brazing, welding; wires and rods for metal spraying"}, true
	case "8401":
		return hsHeadingData{h6: "Nuclear reactors; fuel elements (cartridges), non-irradiated, for nuclear reactors, machinery and apparatus for isotopic separation", h5: "Nuclear reactors; fuel elements (cartridges), non-irradiated, for nuclear reactors, machinery and apparatus for isotopic separation"}, true
	case "8402":
		return hsHeadingData{h6: "Boilers; steam or other vapour generating (other than central heating hot water boilers, capable also of producing low pressure steam), super heated water boilers", h5: "Boilers; steam or other vapour generating (other than central heating hot water boilers, capable also of producing low pressure steam), super heated water boilers"}, true
	case "8403":
		return hsHeadingData{h6: "Central heating boilers; excluding those of heading no. 8402", h5: "Central heating boilers; excluding those of heading no. 8402"}, true
	case "8404":
		return hsHeadingData{h6: "Auxiliary plant for use with boilers of heading no. 8402 or 8403; e.g. economisers, super-heaters, soot removers, gas recoverers), condensers for steam or other vapour power units", h5: "Auxiliary plant for use with boilers of heading no. 8402 or 8403; e.g. economisers, super-heaters, soot removers, gas recoverers), condensers for steam or other vapour power units"}, true
	case "8405":
		return hsHeadingData{h6: "Generators for producer or water gas with or without their purifiers acetylene gas generators and similar water process gas generators, with or without their purifiers", h5: "Generators for producer or water gas with or without their purifiers acetylene gas generators and similar water process gas generators, with or without their purifiers"}, true
	case "8406":
		return hsHeadingData{h6: "Turbines; steam and other vapour turbines", h5: "Turbines; steam and other vapour turbines"}, true
	case "8407":
		return hsHeadingData{h6: "Reciprocating or rotary internal combustion piston engines", h5: "Reciprocating or rotary internal combustion piston engines"}, true
	case "8408":
		return hsHeadingData{h6: "Compression-ignition internal combustion piston engines (diesel or semi-diesel engines)", h5: "Compression-ignition internal combustion piston engines (diesel or semi-diesel engines)"}, true
	case "8409":
		return hsHeadingData{h6: "Parts suitable for use solely or principally with the engines of heading no. 8407 or 8408", h5: "Parts suitable for use solely or principally with the engines of heading no. 8407 or 8408"}, true
	case "8410":
		return hsHeadingData{h6: "Turbines; hydraulic water wheels and regulators therefor", h5: "Turbines; hydraulic water wheels and regulators therefor"}, true
	case "8411":
		return hsHeadingData{h6: "Turbo-jets, turbo-propellers and other gas turbines", h5: "Turbo-jets, turbo-propellers and other gas turbines"}, true
	case "8412":
		return hsHeadingData{h6: "Engines and motors; n.e.c. (e.g. reaction engines, hydraulic power engines, pneumatic power engines)", h5: "Engines and motors; n.e.c. (e.g. reaction engines, hydraulic power engines, pneumatic power engines)"}, true
	case "8413":
		return hsHeadingData{h6: "Pumps; for liquids, whether or not fitted with measuring device, liquid elevators", h5: "Pumps; for liquids, whether or not fitted with measuring device, liquid elevators"}, true
	case "8414":
		return hsHeadingData{h6: "Air or vacuum pumps, air or other gas compressors and fans; ventilating or recycling hoods incorporating a fan; gas-tight biological safety cabinets whether or not fitted with filters", h5: "Air or vacuum pumps, air or other gas compressors and fans; ventilating or recycling hoods incorporating a fan whether or not fitted with filters"}, true
	case "8415":
		return hsHeadingData{h6: "Air conditioning machines; comprising a motor driven fan and elements for changing the temperature and humidity, including those machines in which the humidity cannot be separately regulated", h5: "Air conditioning machines; comprising a motor driven fan and elements for changing the temperature and humidity, including those machines in which the humidity cannot be separately regulated"}, true
	case "8416":
		return hsHeadingData{h6: "Furnace burners for liquid fuel, for pulverised solid fuel or for gas; mechanical grates, mechanical ash dischargers and similar appliances", h5: "Furnace burners for liquid fuel, for pulverised solid fuel or for gas; mechanical grates, mechanical ash dischargers and similar appliances"}, true
	case "8417":
		return hsHeadingData{h6: "Furnaces and ovens; industrial or laboratory, including incinerators, non-electric", h5: "Furnaces and ovens; industrial or laboratory, including incinerators, non-electric"}, true
	case "8418":
		return hsHeadingData{h6: "Refrigerators, freezers and other refrigerating or freezing equipment, electric or other; heat pumps other than air conditioning machines of heading no. 8415", h5: "Refrigerators, freezers and other refrigerating or freezing equipment, electric or other; heat pumps other than air conditioning machines of heading no. 8415"}, true
	case "8419":
		return hsHeadingData{h6: "Machinery, plant (not domestic), or laboratory equipment; electrically heated or not, (excluding items in 85.14) for the treatment of materials by a process involving change of temperature; including instantaneous or non electric storage water heaters", h5: "Machinery, plant (not domestic), or laboratory equipment; electrically heated or not, (excluding items in 85.14) for the treatment of materials by a process involving change of temperature; including instantaneous or non electric storage water heaters"}, true
	case "8420":
		return hsHeadingData{h6: "Machines; calendering or other rolling machines, for other than metal or glass and cylinders therefor", h5: "Machines; calendering or other rolling machines, for other than metal or glass and cylinders therefor"}, true
	case "8421":
		return hsHeadingData{h6: "Centrifuges, including centrifugal dryers; filtering or purifying machinery and apparatus for liquids or gases", h5: "Centrifuges, including centrifugal dryers; filtering or purifying machinery and apparatus for liquids or gases"}, true
	case "8422":
		return hsHeadingData{h6: "Dish washing machines; machinery for cleaning, drying, filling, closing, sealing, capsuling or labelling bottles, cans, boxes, bags, etc, machinery for aerating beverages", h5: "Dish washing machines; machinery for cleaning, drying, filling, closing, sealing, capsuling or labelling bottles, cans, boxes, bags, etc, machinery for aerating beverages"}, true
	case "8423":
		return hsHeadingData{h6: "Weighing machines; excluding balances of a sensitivity of 5cg or better, including weight operated counting or checking machines and weights of all kinds", h5: "Weighing machines; excluding balances of a sensitivity of 5cg or better, including weight operated counting or checking machines and weights of all kinds"}, true
	case "8424":
		return hsHeadingData{h6: "Mechanical appliances for projecting, dispersing or spraying liquids or powders; fire extinguishers, spray guns, steam, sand blasting machines", h5: "Mechanical appliances for projecting, dispersing or spraying liquids or powders; fire extinguishers, spray guns, steam, sand blasting machines"}, true
	case "8425":
		return hsHeadingData{h6: "Pulley tackle and hoists other than skip hoists; winches and capstans; jacks", h5: "Pulley tackle and hoists other than skip hoists; winches and capstans; jacks"}, true
	case "8426":
		return hsHeadingData{h6: "Derricks, cranes, including cable cranes, mobile lifting frames, straddle carriers and works trucks fitted with a crane", h5: "Derricks, cranes, including cable cranes, mobile lifting frames, straddle carriers and works trucks fitted with a crane"}, true
	case "8427":
		return hsHeadingData{h6: "Fork-lift and other works trucks; fitted with lifting or handling equipment", h5: "Fork-lift and other works trucks; fitted with lifting or handling equipment"}, true
	case "8428":
		return hsHeadingData{h6: "Lifting, handling, loading or unloading machinery; n.e.c. in heading no. 8425, 8426 or 8427 (e.g. lifts, escalators, conveyors, teleferics)", h5: "Lifting, handling, loading or unloading machinery; n.e.c. in heading no. 8425, 8426 or 8427 (e.g. lifts, escalators, conveyors, teleferics)"}, true
	case "8429":
		return hsHeadingData{h6: "Bulldozers, graders, levellers, scrapers, angledozers, mechanical shovels, excavators, shovel loaders, tamping machines and road rollers, self-propelled", h5: "Bulldozers, graders, levellers, scrapers, angledozers, mechanical shovels, excavators, shovel loaders, tamping machines and road rollers, self-propelled"}, true
	case "8430":
		return hsHeadingData{h6: "Moving, grading, levelling, scraping, excavating, tamping, compacting, extracting or boring machinery, for earth, minerals, or ores; pile drivers and extractors; snow ploughs and snow blowers", h5: "Moving, grading, levelling, scraping, excavating, tamping, compacting, extracting or boring machinery, for earth, minerals, or ores; pile drivers and extractors; snow ploughs and snow blowers"}, true
	case "8431":
		return hsHeadingData{h6: "Machinery parts; used solely or principally with the machinery of heading no. 8425 to 8430", h5: "Machinery parts; used solely or principally with the machinery of heading no. 8425 to 8430"}, true
	case "8432":
		return hsHeadingData{h6: "Agricultural, horticultural or forestry machinery for soil preparation or cultivation; lawn or sports-ground rollers", h5: "Agricultural, horticultural or forestry machinery for soil preparation or cultivation; lawn or sports-ground rollers"}, true
	case "8433":
		return hsHeadingData{h6: "Harvesting and threshing machinery, straw and fodder balers, grass or hay mowers; machines for cleaning, sorting or grading eggs, fruit or other agricultural produce, other than machinery of heading no 8437", h5: "Harvesting and threshing machinery, straw and fodder balers, grass or hay mowers; machines for cleaning, sorting or grading eggs, fruit or other agricultural produce, other than machinery of heading no 8437"}, true
	case "8434":
		return hsHeadingData{h6: "Milking machines and dairy machinery", h5: "Milking machines and dairy machinery"}, true
	case "8435":
		return hsHeadingData{h6: "Presses, crushers and similar machinery; used in the manufacture of wine, cider, fruit juices or similar beverages", h5: "Presses, crushers and similar machinery; used in the manufacture of wine, cider, fruit juices or similar beverages"}, true
	case "8436":
		return hsHeadingData{h6: "Agricultural, horticultural, forestry, poultry-keeping, bee-keeping machinery; including germination plant fitted with mechanical or thermal equipment; poultry incubators and brooders", h5: "Agricultural, horticultural, forestry, poultry-keeping, bee-keeping machinery; including germination plant fitted with mechanical or thermal equipment; poultry incubators and brooders"}, true
	case "8437":
		return hsHeadingData{h6: "Machines for cleaning, sorting, grading seed, grain, dried leguminous vegetables; machinery used in the milling industry for the working of cereals or dried leguminous vegetables, not farm type machinery", h5: "Machines for cleaning, sorting, grading seed, grain, dried leguminous vegetables; machinery used in the milling industry for the working of cereals or dried leguminous vegetables, not farm type machinery"}, true
	case "8438":
		return hsHeadingData{h6: "Machinery n.e.c. in this chapter, for the industrial preparation or manufacture of food or drink; other than machinery for extraction or preparation of animal or fixed vegetable or microbial fats or oils", h5: "Machinery n.e.c. in this chapter, for the industrial preparation or manufacture of food or drink; other than machinery for extraction or preparation of animal or fixed vegetable fats or oils"}, true
	case "8439":
		return hsHeadingData{h6: "Machinery; for making pulp of fibrous cellulosic material, or for making or finishing paper or paperboard", h5: "Machinery; for making pulp of fibrous cellulosic material, or for making or finishing paper or paperboard"}, true
	case "8440":
		return hsHeadingData{h6: "Book-binding machinery; including book-sewing machines", h5: "Book-binding machinery; including book-sewing machines"}, true
	case "8441":
		return hsHeadingData{h6: "Machines; for making up paper pulp, paper or paperboard, including cutting machines of all kinds", h5: "Machines; for making up paper pulp, paper or paperboard, including cutting machines of all kinds"}, true
	case "8442":
		return hsHeadingData{h6: "Machinery, apparatus and equipment (excluding machines of headings 8456 to 8465) for preparing or making printing components; plates, cylinders and other printing components; lithographic stones prepared for printing purposes", h5: "Machinery, apparatus and equipment (excluding machines of headings 8456 to 8465) for preparing or making printing components; plates, cylinders and other printing components; lithographic stones prepared for printing purposes"}, true
	case "8443":
		return hsHeadingData{h6: "Printing machinery; used for printing by means of plates, cylinders and other printing components of heading 84.42; other printers, copying machines and facsimile machines, whether or not combined; parts and accessories thereof", h5: "Printing machinery; used for printing by means of plates, cylinders and other printing components of heading 84.42; other printers, copying machines and facsimile machines, whether or not combined; parts and accessories thereof"}, true
	case "8444":
		return hsHeadingData{h6: "Textile machinery; for extruding, drawing, texturing or cutting man-made textile materials", h5: "Textile machinery; for extruding, drawing, texturing or cutting man-made textile materials"}, true
	case "8445":
		return hsHeadingData{h6: "Textile machinery; spinning, doubling, twisting machines, textile reeling or winding machines and machines for preparing textile yarns for use on machines of heading no. 8446 and 8447", h5: "Textile machinery; spinning, doubling, twisting machines, textile reeling or winding machines and machines for preparing textile yarns for use on machines of heading no. 8446 and 8447"}, true
	case "8446":
		return hsHeadingData{h6: "Weaving machines (looms)", h5: "Weaving machines (looms)"}, true
	case "8447":
		return hsHeadingData{h6: "Knitting machines, stitch-bonding machines and machines for making gimped yarn, tulle, lace, embroidery, trimmings, braid or net and machines for tufting", h5: "Knitting machines, stitch-bonding machines and machines for making gimped yarn, tulle, lace, embroidery, trimmings, braid or net and machines for tufting"}, true
	case "8448":
		return hsHeadingData{h6: "Machinery, auxiliary; for use with machines of heading no. 8444 to 8447 (e.g. dobbies, jacquards, automatic stop motions, shuttle changing mechanisms) parts, accessories for machines of heading no. 8444, 8447", h5: "Machinery, auxiliary; for use with machines of heading no. 8444 to 8447 (e.g. dobbies, jacquards, automatic stop motions, shuttle changing mechanisms) parts, accessories for machines of heading no. 8444, 8447"}, true
	case "8449":
		return hsHeadingData{h6: "Machinery; for manufacture or finishing felt or non-wovens in the piece or in shapes, including machinery for making felt hats, blocks for making hats", h5: "Machinery; for manufacture or finishing felt or non-wovens in the piece or in shapes, including machinery for making felt hats, blocks for making hats"}, true
	case "8450":
		return hsHeadingData{h6: "Household or laundry-type washing machines; including machines which both wash and dry", h5: "Household or laundry-type washing machines; including machines which both wash and dry"}, true
	case "8451":
		return hsHeadingData{h6: "Machinery (not of heading no. 8450) for washing, cleaning, wringing, drying, ironing, pressing, bleaching, dyeing, dressing, finishing, coating or impregnating textile yarn, fabrics or made up articles", h5: "Machinery (not of heading no. 8450) for washing, cleaning, wringing, drying, ironing, pressing, bleaching, dyeing, dressing, finishing, coating or impregnating textile yarn, fabrics or made up articles"}, true
	case "8452":
		return hsHeadingData{h6: "Sewing machines; other than book-sewing machines of heading no. 8440; furniture, bases and covers specially designed for sewing machines; sewing machine needles", h5: "Sewing machines; other than book-sewing machines of heading no. 8440; furniture, bases and covers specially designed for sewing machines; sewing machine needles"}, true
	case "8453":
		return hsHeadingData{h6: "Machinery for preparing, tanning or working hides, skins or leather or for making or repairing footwear or other articles of hides, skins or leather, other than sewing machines", h5: "Machinery for preparing, tanning or working hides, skins or leather or for making or repairing footwear or other articles of hides, skins or leather, other than sewing machines"}, true
	case "8454":
		return hsHeadingData{h6: "Converters, ladles, ingot moulds and casting machines; of a kind used metallurgy or in metal foundries", h5: "Converters, ladles, ingot moulds and casting machines; of a kind used metallurgy or in metal foundries"}, true
	case "8455":
		return hsHeadingData{h6: "Metal-rolling mills and rolls therefor", h5: "Metal-rolling mills and rolls therefor"}, true
	case "8456":
		return hsHeadingData{h6: "Machine-tools; for working any material by removal of material, by laser or other light or photon beam, ultrasonic, electro-discharge, electro-chemical, electron beam, ionic-beam, or plasma arc processes; water-jet cutting machines", h5: "Machine-tools; for working any material by removal of material, by laser or other light or photon beam, ultrasonic, electro-discharge, electro-chemical, electron beam, ionic-beam, or plasma arc processes; water-jet cutting machines"}, true
	case "8457":
		return hsHeadingData{h6: "Machining centres, unit construction machines (single station) and multi-station transfer machines for working metal", h5: "Machining centres, unit construction machines (single station) and multi-station transfer machines for working metal"}, true
	case "8458":
		return hsHeadingData{h6: "Lathes for removing metal", h5: "Lathes for removing metal"}, true
	case "8459":
		return hsHeadingData{h6: "Machine-tools; (including way-type unit head machines) for drilling, boring, milling, threading or tapping by removing metal, other than lathes of heading no. 8458", h5: "Machine-tools; (including way-type unit head machines) for drilling, boring, milling, threading or tapping by removing metal, other than lathes of heading no. 8458"}, true
	case "8460":
		return hsHeadingData{h6: "Machine-tools; for deburring, sharpening, grinding, honing, lapping, polishing or otherwise finishing metal, sintered metal carbides or cermets by means of grinding stones, abrasives or polishing products", h5: "Machine-tools; for deburring, sharpening, grinding, honing, lapping, polishing or otherwise finishing metal, sintered metal carbides or cermets by means of grinding stones, abrasives or polishing products"}, true
	case "8461":
		return hsHeadingData{h6: "Machine-tools; for planing, shaping, slotting, broaching, gear cutting and grinding, finishing, sawing, cutting off and other tools working by removing metal, sintered metal carbides or cermets n.e.c.", h5: "Machine-tools; for planing, shaping, slotting, broaching, gear cutting and grinding, finishing, sawing, cutting off and other tools working by removing metal, sintered metal carbides or cermets n.e.c."}, true
	case "8462":
		return hsHeadingData{h6: "Machine-tools (including presses) for working metal by forging, hammering or die forging (excluding rolling mills); machine-tools (including presses, slitting lines and cut-to-length lines) for working metal by bending, folding, straightening, flattening,", h5: "Machine-tools; (including presses) for working metal by forging, hammering or die-stamping, for bending, folding, straightening, flattening, shearing or punching metal", notes: []string{"H11: the Comtrade H6 text ends in \"flattening,\" in both copies read ([C1], [D1]); it is kept as it stands."}}, true
	case "8463":
		return hsHeadingData{h6: "Machine-tools; n.e.c. for working metal, sintered metal carbides or cermets without removing material", h5: "Machine-tools; n.e.c. for working metal, sintered metal carbides or cermets without removing material"}, true
	case "8464":
		return hsHeadingData{h6: "Machine-tools; for working stone, ceramics, concrete, asbestos-cement or like mineral materials or for cold working glass", h5: "Machine-tools; for working stone, ceramics, concrete, asbestos-cement or like mineral materials or for cold working glass"}, true
	case "8465":
		return hsHeadingData{h6: "Machine-tools; (including machines for nailing, stapling, glueing or otherwise assembling) for working wood, cork, bone, hard plastics or rubber or similar hard materials", h5: "Machine-tools; (including machines for nailing, stapling, glueing or otherwise assembling) for working wood, cork, bone, hard plastics or rubber or similar hard materials"}, true
	case "8466":
		return hsHeadingData{h6: "Parts & accessories suited for use only/mainly with machines of headings 8456-8465, including work/tool holders, self-opening dieheads, dividing heads & other special attachments for the machines; tool holders for any type of tool for working in the hand", h5: "Parts & accessories suited for use only/mainly with machines of headings 8456-8465, including work/tool holders, self-opening dieheads, dividing heads & other special attachments for the machines; tool holders for any type of tool for working in the hand"}, true
	case "8467":
		return hsHeadingData{h6: "Tools; for working in the hand, pneumatic, hydraulic or with self-contained electric or non-electric motor", h5: "Tools; for working in the hand, pneumatic, hydraulic or with self-contained electric or non-electric motor"}, true
	case "8468":
		return hsHeadingData{h6: "Machinery and apparatus for soldering, brazing, welding, whether or not capable of cutting, other than those of heading no. 8515; gas-operated surface tempering machines and appliances", h5: "Machinery and apparatus for soldering, brazing, welding, whether or not capable of cutting, other than those of heading no. 8515; gas-operated surface tempering machines and appliances"}, true
	case "8470":
		return hsHeadingData{h6: "Calculating machines and pocket-size data recording, reproducing and displaying machines with calculating functions; accounting machines, postage-franking machines, ticket-issuing machines and similar, incorporating a calculating device; cash registers", h5: "Calculating machines and pocket-size data recording, reproducing and displaying machines with calculating functions; accounting machines, postage-franking machines, ticket-issuing machines and similar, incorporating a calculating device; cash registers"}, true
	case "8471":
		return hsHeadingData{h6: "Automatic data processing machines and units thereof, magnetic or optical readers, machines for transcribing data onto data media in coded form and machines for processing such data, not elsewhere specified or included", h5: "Automatic data processing machines and units thereof, magnetic or optical readers, machines for transcribing data onto data media in coded form and machines for processing such data, not elsewhere specified or included"}, true
	case "8472":
		return hsHeadingData{h6: "Office machines; not elsewhere classified", h5: "Office machines; not elsewhere classified"}, true
	case "8473":
		return hsHeadingData{h6: "Machinery; parts and accessories (other than covers, carrying cases and the like) suitable for use solely or principally with machines of headings 84.70 to 84.72", h5: "Machinery; parts and accessories (other than covers, carrying cases and the like) suitable for use solely or principally with machines of headings 84.70 to 84.72"}, true
	case "8474":
		return hsHeadingData{h6: "Machinery for sorting, screening, separating, washing, crushing, grinding, mixing or kneading earth, stone, ores in solid form, shaping, moulding machinery for solid mineral fuels", h5: "Machinery for sorting, screening, separating, washing, crushing, grinding, mixing or kneading earth, stone, ores in solid form, shaping, moulding machinery for solid mineral fuels"}, true
	case "8475":
		return hsHeadingData{h6: "Machines; for assembling electric or electronic lamps, tubes, valves, flashbulbs, in glass envelopes, machines for manufacturing or hot working glass or glassware", h5: "Machines; for assembling electric or electronic lamps, tubes, valves, flash-bulbs, in glass envelopes, machines for manufacturing or hot working glass or glassware"}, true
	case "8476":
		return hsHeadingData{h6: "Automatic goods-vending machines (e.g. postage stamp, cigarette, food or beverage machines), including money-changing machines", h5: "Automatic goods-vending machines (e.g. postage stamp, cigarette, food or beverage machines), including money-changing machines"}, true
	case "8477":
		return hsHeadingData{h6: "Machinery; for working rubber or plastics or for the manufacture of products from these materials, n.e.c. in this chapter", h5: "Machinery; for working rubber or plastics or for the manufacture of products from these materials, n.e.c. in this chapter"}, true
	case "8478":
		return hsHeadingData{h6: "Machinery; for preparing or making up tobacco, n.e.c. in this chapter", h5: "Machinery; for preparing or making up tobacco, n.e.c. in this chapter"}, true
	case "8479":
		return hsHeadingData{h6: "Machinery and mechanical appliances; having individual functions, n.e.c. in this chapter", h5: "Machinery and mechanical appliances; having individual functions, n.e.c. in this chapter"}, true
	case "8480":
		return hsHeadingData{h6: "Moulding boxes for metal foundry, moulding patterns, moulds for metals (excluding ingot moulds), metal carbides, glass, mineral materials, rubber or plastics", h5: "Moulding boxes for metal foundry, moulding patterns, moulds for metals (excluding ingot moulds), metal carbides, glass, mineral materials, rubber or plastics"}, true
	case "8481":
		return hsHeadingData{h6: "Taps, cocks, valves and similar appliances for pipes, boiler shells, tanks, vats or the like, including pressure-reducing valves and thermostatically controlled valves", h5: "Taps, cocks, valves and similar appliances for pipes, boiler shells, tanks, vats or the like, including pressure-reducing valves and thermostatically controlled valves"}, true
	case "8482":
		return hsHeadingData{h6: "Ball or roller bearings", h5: "Ball or roller bearings"}, true
	case "8483":
		return hsHeadingData{h6: "Transmission shafts (including cam and crank) and cranks; bearing housings and plain shaft bearings; gears and gearing; ball or roller screws; gear boxes and other speed changers; flywheels and pulleys; clutches and shaft couplings", h5: "Transmission shafts (including cam and crank) and cranks; bearing housings and plain shaft bearings; gears and gearing; ball or roller screws; gear boxes and other speed changers; flywheels and pulleys; clutches and shaft couplings"}, true
	case "8484":
		return hsHeadingData{h6: "Gaskets and similar joints of metal sheeting combined with other material or of two or more layers of metal; sets or assortments of gaskets and similar joints, dissimilar in composition, put up in pouches, envelopes or similar packings; mechanical seals", h5: "Gaskets and similar joints of metal sheeting combined with other material or of two or more layers of metal; sets or assortments of gaskets and similar joints, dissimilar in composition, put up in pouches, envelopes or similar packings; mechanical seals"}, true
	case "8485":
		return hsHeadingData{h6: "Machines for additive manufacturing", h5: ""}, true
	case "8486":
		return hsHeadingData{h6: "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or wafers, semiconductor devices, electronic integrated circuits or flat panel displays; machines & apparatus specified in note 11 (C) to this Chapter", h5: "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or wafers, semiconductor devices, electronic integrated circuits or flat panel displays; machines and apparatus specified in note 9-C to this Chapter"}, true
	case "8487":
		return hsHeadingData{h6: "Machinery parts; not containing electrical connectors, insulators, coils, contacts or other electrical features, n.e.c. in this chapter", h5: "Machinery parts; not containing electrical connectors, insulators, coils, contacts or other electrical features, n.e.c. in this chapter"}, true
	case "8501":
		return hsHeadingData{h6: "Electric motors and generators (excluding generating sets)", h5: "Electric motors and generators (excluding generating sets)"}, true
	case "8502":
		return hsHeadingData{h6: "Electric generating sets and rotary converters", h5: "Electric generating sets and rotary converters"}, true
	case "8503":
		return hsHeadingData{h6: "Electric motors and generators; parts suitable for use solely or principally with the machines of heading no. 8501 or 8502", h5: "Electric motors and generators; parts suitable for use solely or principally with the machines of heading no. 8501 or 8502"}, true
	case "8504":
		return hsHeadingData{h6: "Electric transformers, static converters (e.g. rectifiers) and inductors", h5: "Electric transformers, static converters (e.g. rectifiers) and inductors"}, true
	case "8505":
		return hsHeadingData{h6: "Electro-magnets; permanent magnets, intended permanent magnets; electro-magnetic, permanent magnet chucks, clamps, similar; electromagnetic couplings, clutches, brakes; electro-magnetic lifting heads", h5: "Electro-magnets; permanent magnets, intended permanent magnets; electro-magnetic, permanent magnet chucks, clamps, similar; electromagnetic couplings, clutches, brakes; electro-magnetic lifting heads"}, true
	case "8506":
		return hsHeadingData{h6: "Cells and batteries; primary", h5: "Cells and batteries; primary"}, true
	case "8507":
		return hsHeadingData{h6: "Electric accumulators, including separators therefor; whether or not rectangular (including square)", h5: "Electric accumulators, including separators therefor; whether or not rectangular (including square)"}, true
	case "8508":
		return hsHeadingData{h6: "Vacuum cleaners", h5: "Vacuum cleaners"}, true
	case "8509":
		return hsHeadingData{h6: "Electro-mechanical domestic appliances; with self-contained electric motor, other than vacuum cleaners of heading 85.08.", h5: "Electro-mechanical domestic appliances; with self-contained electric motor, other than vacuum cleaners of heading 85.08."}, true
	case "8510":
		return hsHeadingData{h6: "Shavers, hair clippers and hair removing appliances, with self-contained electric motor", h5: "Shavers, hair clippers and hair removing appliances, with self-contained electric motor"}, true
	case "8511":
		return hsHeadingData{h6: "Ignition or starting equipment; used for spark-ignition or compression-ignition internal combustion engines; generators and cut outs used in conjunction with such engines", h5: "Ignition or starting equipment; used for spark-ignition or compression-ignition internal combustion engines; generators and cut outs used in conjunction with such engines"}, true
	case "8512":
		return hsHeadingData{h6: "Lighting or visual signalling equipment (excluding articles of heading no. 8539), windscreen wipers, defrosters and demisters; electrical, of a kind used for cycles or motor vehicles", h5: "Lighting or visual signalling equipment (excluding articles of heading no. 8539), windscreen wipers, defrosters and demisters; electrical, of a kind used for cycles or motor vehicles"}, true
	case "8513":
		return hsHeadingData{h6: "Lamps; portable, electric, designed to function by their own source of energy (e.g. dry batteries, accumulators, magnetos), excluding lighting equipment of heading no. 8512", h5: "Lamps; portable, electric, designed to function by their own source of energy (e.g. dry batteries, accumulators, magnetos), excluding lighting equipment of heading no. 8512"}, true
	case "8514":
		return hsHeadingData{h6: "Industrial or laboratory electric furnaces and ovens (including those functioning by induction or dielectric loss); other industrial or laboratory equipment for the heat treatment of materials by induction or dielectric loss", h5: "Industrial or laboratory electric furnaces and ovens (including those functioning by induction or dielectric loss); other industrial or laboratory equipment for the heat treatment of materials by induction or dielectric loss"}, true
	case "8515":
		return hsHeadingData{h6: "Electric (electrically heated gas) soldering, brazing, welding machines and apparatus, capable or not of cutting, electric machines and apparatus for hot spraying of metals or sintered carbides", h5: "Electric (electrically heated gas) soldering, brazing, welding machines and apparatus, capable or not of cutting, electric machines and apparatus for hot spraying of metals or sintered carbides"}, true
	case "8516":
		return hsHeadingData{h6: "Electric water, space, soil heaters; electro-thermic hair-dressing apparatus; hand dryers, irons; electro-thermic appliances for domestic purposes; electro heating resistors, not of heading no. 8545", h5: "Electric water, space, soil heaters; electro-thermic hair-dressing apparatus; hand dryers, irons; electro-thermic appliances for domestic purposes; electro heating resistors, not of heading no. 8545"}, true
	case "8517":
		return hsHeadingData{h6: "Telephone sets, including smartphones and other telephones for cellular/wireless networks; other apparatus for the transmission or reception of voice, images or other data (including wired/wireless networks), excluding items of 8443, 8525, 8527, or 8528", h5: "Telephone sets, including telephones for cellular networks or for other wireless networks; other apparatus for the transmission or reception of voice, images or other data (including wired/wireless networks), excluding items of 8443, 8525, 8527, or 8528"}, true
	case "8518":
		return hsHeadingData{h6: "Microphones and their stands; loudspeakers, mounted or not in their enclosures; headphones and earphones, combined or not with a microphone, and sets of a microphone and one or more loudspeakers; audio-frequency and electric sound amplifiers and sets", h5: "Microphones and their stands; loudspeakers, mounted or not in their enclosures; headphones and earphones, combined or not with a microphone, and sets of a microphone and one or more loudspeakers; audio frequency and electric sound amplifiers and sets"}, true
	case "8519":
		return hsHeadingData{h6: "Sound recording or reproducing apparatus", h5: "Sound recording or reproducing apparatus"}, true
	case "8521":
		return hsHeadingData{h6: "Video recording or reproducing apparatus", h5: "Video recording or reproducing apparatus"}, true
	case "8522":
		return hsHeadingData{h6: "Sound or video recording apparatus; parts and accessories suitable for use solely or principally with the apparatus of heading 8519 or 8521", h5: "Sound or video recording apparatus; parts and accessories suitable for use solely or principally with the apparatus of heading 8519 or 8521"}, true
	case "8523":
		return hsHeadingData{h6: "Discs, tapes, solid-state non-volatile storage devices, smart cards and other media for the recording of sound or of other phenomena, whether or not recorded, including matrices and masters for the production of discs, excluding products of Chapter 37", h5: "Discs, tapes, solid-state non-volatile storage devices, smart cards and other media for the recording of sound or of other phenomena, whether or not recorded, including matrices and masters for the production of discs, excluding products of Chapter 37"}, true
	case "8524":
		return hsHeadingData{h6: "Flat panel display modules, whether or not incorporating touch-sensitive screens", h5: ""}, true
	case "8525":
		return hsHeadingData{h6: "Transmission apparatus for radio-broadcasting or television, whether or not incorporating reception apparatus or sound recording or reproducing apparatus; television cameras, digital cameras and video camera recorders", h5: "Transmission apparatus for radio-broadcasting or television, whether or not incorporating reception apparatus or sound recording or reproducing apparatus; television cameras, digital cameras and video camera recorders"}, true
	case "8526":
		return hsHeadingData{h6: "Radar apparatus, radio navigational aid apparatus and radio remote control apparatus", h5: "Radar apparatus, radio navigational aid apparatus and radio remote control apparatus"}, true
	case "8527":
		return hsHeadingData{h6: "Reception apparatus for radio-broadcasting, whether or not combined, in the same housing, with sound recording or reproducing apparatus or a clock.", h5: "Reception apparatus for radio-broadcasting, whether or not combined, in the same housing, with sound recording or reproducing apparatus or a clock."}, true
	case "8528":
		return hsHeadingData{h6: "Monitors and projectors, not incorporating television reception apparatus; reception apparatus for television, whether or not incorporating radio-broadcast receivers or sound or video recording or reproducing apparatus", h5: "Monitors and projectors, not incorporating television reception apparatus; reception apparatus for television, whether or not incorporating radio-broadcast receivers or sound or video recording or reproducing apparatus"}, true
	case "8529":
		return hsHeadingData{h6: "Transmission apparatus; parts suitable for use solely or principally with the apparatus of heading no. 8524 to 8528", h5: "Transmission apparatus; parts suitable for use solely or principally with the apparatus of heading no. 8525 to 8528"}, true
	case "8530":
		return hsHeadingData{h6: "Signalling, safety or traffic control equipment; for railways, tramways, roads, inland waterways, parking facilities, port installations, airfields, excluding those of heading no. 8608", h5: "Signalling, safety or traffic control equipment; for railways, tramways, roads, inland waterways, parking facilities, port installations, airfields, excluding those of heading no. 8608"}, true
	case "8531":
		return hsHeadingData{h6: "Signalling apparatus; electric sound or visual (e.g. bells, sirens, indicator panels, burglar or fire alarms), excluding those of heading no. 8512 or 8530", h5: "Signalling apparatus; electric sound or visual (e.g. bells, sirens, indicator panels, burglar or fire alarms), excluding those of heading no. 8512 or 8530"}, true
	case "8532":
		return hsHeadingData{h6: "Electrical capacitors; fixed, variable or adjustable (pre-set)", h5: "Electrical capacitors; fixed, variable or adjustable (pre-set)"}, true
	case "8533":
		return hsHeadingData{h6: "Electrical resistors (including rheostats and potentiometers), excluding heating resistors", h5: "Electrical resistors (including rheostats and potentiometers), excluding heating resistors"}, true
	case "8534":
		return hsHeadingData{h6: "Circuits; printed", h5: "Circuits; printed"}, true
	case "8535":
		return hsHeadingData{h6: "Electrical apparatus for switching, protecting electrical circuits, for making connections to or in electrical circuits; for a voltage exceeding 1000 volts", h5: "Electrical apparatus for switching, protecting electrical circuits, for making connections to or in electrical circuits; for a voltage exceeding 1000 volts"}, true
	case "8536":
		return hsHeadingData{h6: "Electrical apparatus for switching, protecting electrical circuits, for making connections to or in electrical circuits, for a voltage not exceeding 1000 volts; connectors for optical fibres, optical fibre bundles or cables", h5: "Electrical apparatus for switching, protecting electrical circuits, for making connections to or in electrical circuits, for a voltage not exceeding 1000 volts; connectors for optical fibres, optical fibre bundles or cables"}, true
	case "8537":
		return hsHeadingData{h6: "Boards, panels, consoles, desks, cabinets, bases with apparatus of heading no. 8535, 8536 for electricity control and distribution, (other than switching apparatus of heading no. 8517)", h5: "Boards, panels, consoles, desks, cabinets, bases with apparatus of heading no. 8535, 8536 for electricity control and distribution, (other than switching apparatus of heading no. 8517)"}, true
	case "8538":
		return hsHeadingData{h6: "Electrical apparatus; parts suitable for use solely or principally with the apparatus of heading no. 8535, 8536 and 8537", h5: "Electrical apparatus; parts suitable for use solely or principally with the apparatus of heading no. 8535, 8536 and 8537"}, true
	case "8539":
		return hsHeadingData{h6: "Lamps; electric filament or discharge lamps, including sealed beam lamp units and ultra-violet or infra-red lamps, arc lamps, light-emitting diode (LED) light sources", h5: "Lamps; electric filament or discharge lamps, including sealed beam lamp units and ultra-violet or infra-red lamps, arc lamps, light-emitting diode (LED) lamps"}, true
	case "8540":
		return hsHeadingData{h6: "Thermionic, cold cathode or photo-cathode valves and tubes (e.g. vacuum, vapour, gas filled valves and tubes, mercury arc rectifying valves and tubes, cathode-ray and television camera tubes)", h5: "Thermionic, cold cathode or photo-cathode valves and tubes (e.g. vacuum, vapour, gas filled valves and tubes, mercury arc rectifying valves and tubes, cathode-ray and television camera tubes)"}, true
	case "8541":
		return hsHeadingData{h6: "Semiconductor devices (e.g. diodes, transistors, semiconductor based transducers); including photovoltaic cells assembled or not in modules or panels, light-emitting diodes (LED) assembled with other LEDs or not, mounted piezo-electric crystals", h5: "Diodes, transistors, similar semiconductor devices; including photovoltaic cells assembled or not in modules or panels, light-emitting diodes (LED), mounted piezo-electric crystals"}, true
	case "8542":
		return hsHeadingData{h6: "Electronic integrated circuits", h5: "Electronic integrated circuits"}, true
	case "8543":
		return hsHeadingData{h6: "Electrical machines and apparatus; having individual functions, not specified or included elsewhere in this chapter", h5: "Electrical machines and apparatus; having individual functions, not specified or included elsewhere in this chapter"}, true
	case "8544":
		return hsHeadingData{h6: "Insulated wire, cable and other electric conductors, connector fitted or not; optical fibre cables of individually sheathed fibres, whether or not assembled with electric conductors or fitted with connectors", h5: "Insulated wire, cable and other electric conductors, connector fitted or not; optical fibre cables of individually sheathed fibres, whether or not assembled with electric conductors or fitted with connectors"}, true
	case "8545":
		return hsHeadingData{h6: "Carbon electrodes, carbon brushes, lamp carbons, battery carbons and other articles of graphite or other carbon; with or without metal, of a kind used for electrical purposes", h5: "Carbon electrodes, carbon brushes, lamp carbons, battery carbons and other articles of graphite or other carbon; with or without metal, of a kind used for electrical purposes"}, true
	case "8546":
		return hsHeadingData{h6: "Electrical insulators of any material", h5: "Electrical insulators of any material"}, true
	case "8547":
		return hsHeadingData{h6: "Insulating fittings; for electrical machines, appliances, equipment, excluding insulators of heading no. 8546, electrical conduit tubing and joints therefore", h5: "Insulating fittings; for electrical machines, appliances, equipment, excluding insulators of heading no. 8546, electrical conduit tubing and joints therefore"}, true
	case "8548":
		return hsHeadingData{h6: "Electrical parts of machinery or apparatus; not specified or elsewhere included in this chapter", h5: "Waste and scrap of primary cells, primary batteries and electric accumulators; spent primary cells, spent primary batteries and spent electric accumulators; electrical parts of machinery or apparatus, n.e.c. or included elsewhere in chapter 85"}, true
	case "8549":
		return hsHeadingData{h6: "Electrical and electronic waste and scrap", h5: ""}, true
	case "8601":
		return hsHeadingData{h6: "Rail locomotives; powered from an external source of electricity or by electric accumulators", h5: "Rail locomotives; powered from an external source of electricity or by electric accumulators"}, true
	case "8602":
		return hsHeadingData{h6: "Rail locomotives; (other than those of heading no. 8601), locomotive tenders", h5: "Rail locomotives; (other than those of heading no. 8601), locomotive tenders"}, true
	case "8603":
		return hsHeadingData{h6: "Railway or tramway coaches, vans and trucks; self-propelled tenders, other than those of heading no. 8604", h5: "Railway or tramway coaches, vans and trucks; self-propelled tenders, other than those of heading no. 8604"}, true
	case "8604":
		return hsHeadingData{h6: "Railway or tramway maintenance or service vehicles; whether or not self-propelled (e.g. workshops, cranes, ballast tampers, trackliners, testing coaches and track inspection vehicles)", h5: "Railway or tramway maintenance or service vehicles; whether or not self-propelled (e.g. workshops, cranes, ballast tampers, trackliners, testing coaches and track inspection vehicles)"}, true
	case "8605":
		return hsHeadingData{h6: "Railway or tramway coaches; passenger coaches, luggage vans, post office coaches and other special purpose railway or tramway coaches, not self-propelled (excluding those of heading no. 8604)", h5: "Railway or tramway coaches; passenger coaches, luggage vans, post office coaches and other special purpose railway or tramway coaches, not self-propelled (excluding those of heading no. 8604)"}, true
	case "8606":
		return hsHeadingData{h6: "Railway or tramway goods vans and wagons; not self-propelled", h5: "Railway or tramway goods vans and wagons; not self-propelled"}, true
	case "8607":
		return hsHeadingData{h6: "Railway or tramway locomotives or rolling stock; parts thereof", h5: "Railway or tramway locomotives or rolling stock; parts thereof"}, true
	case "8608":
		return hsHeadingData{h6: "Railway or tramway track fixtures and fittings; mechanical (including electro-mechanical) signalling, safety or traffic control equipment for railways, tramways, roads, inland waterways, parking facilities, port installations or airfields; parts thereof", h5: "Railway or tramway track fixtures and fittings; mechanical (including electro-mechanical) signalling, safety or traffic control equipment for railways, tramways, roads, inland waterways, parking facilities, port installations or airfields; parts thereof"}, true
	case "8609":
		return hsHeadingData{h6: "Containers; (including containers for transport of fluids) specially designed and equipped for carriage by one or more modes of transport", h5: "Containers; (including containers for transport of fluids) specially designed and equipped for carriage by one or more modes of transport"}, true
	case "8701":
		return hsHeadingData{h6: "Tractors; (other than tractors of heading no 8709)", h5: "Tractors; (other than tractors of heading no 8709)"}, true
	case "8702":
		return hsHeadingData{h6: "Vehicles; public transport passenger type", h5: "Vehicles; public transport passenger type"}, true
	case "8703":
		return hsHeadingData{h6: "Motor cars and other motor vehicles; principally designed for the transport of persons (other than those of heading no. 8702), including station wagons and racing cars", h5: "Motor cars and other motor vehicles; principally designed for the transport of persons (other than those of heading no. 8702), including station wagons and racing cars"}, true
	case "8704":
		return hsHeadingData{h6: "Vehicles; for the transport of goods", h5: "Vehicles; for the transport of goods"}, true
	case "8705":
		return hsHeadingData{h6: "Special purpose motor vehicles; not those for the transport of persons or goods (e.g. breakdown lorries, road sweeper lorries, spraying lorries, mobile workshops, mobile radiological units etc)", h5: "Special purpose motor vehicles; not those for the transport of persons or goods (e.g. breakdown lorries, road sweeper lorries, spraying lorries, mobile workshops, mobile radiological units etc)"}, true
	case "8706":
		return hsHeadingData{h6: "Chassis; fitted with engines, for the motor vehicles of heading no. 8701 to 8705", h5: "Chassis; fitted with engines, for the motor vehicles of heading no. 8701 to 8705"}, true
	case "8707":
		return hsHeadingData{h6: "Bodies; (including cabs) for the motor vehicles of heading no. 8701 to 8705", h5: "Bodies; (including cabs) for the motor vehicles of heading no. 8701 to 8705"}, true
	case "8708":
		return hsHeadingData{h6: "Motor vehicles; parts and accessories, of heading no. 8701 to 8705", h5: "Motor vehicles; parts and accessories, of heading no. 8701 to 8705"}, true
	case "8709":
		return hsHeadingData{h6: "Works trucks, self-propelled, (not fitted with lifting or handling equipment), for factories, warehouses etc, for short distance transport of goods, tractors used on railway station platforms; parts thereof", h5: "Works trucks, self-propelled, (not fitted with lifting or handling equipment), for factories, warehouses etc, for short distance transport of goods, tractors used on railway station platforms; parts thereof"}, true
	case "8710":
		return hsHeadingData{h6: "Tanks and other armoured fighting vehicles; motorised, whether or not fitted with weapons, and parts of such vehicles", h5: "Tanks and other armoured fighting vehicles; motorised, whether or not fitted with weapons, and parts of such vehicles"}, true
	case "8711":
		return hsHeadingData{h6: "Motorcycles (including mopeds) and cycles; fitted with an auxiliary motor, with or without side-cars; side-cars", h5: "Motorcycles (including mopeds) and cycles; fitted with an auxiliary motor, with or without side-cars; side-cars"}, true
	case "8712":
		return hsHeadingData{h6: "Bicycles and other cycles; including delivery tricycles, not motorised", h5: "Bicycles and other cycles; including delivery tricycles, not motorised"}, true
	case "8713":
		return hsHeadingData{h6: "Carriages for disabled persons; whether or not motorised or otherwise mechanically propelled", h5: "Carriages for disabled persons; whether or not motorised or otherwise mechanically propelled"}, true
	case "8714":
		return hsHeadingData{h6: "Vehicles; parts and accessories of heading no. 8711 to 8713", h5: "Vehicles; parts and accessories of heading no. 8711 to 8713"}, true
	case "8715":
		return hsHeadingData{h6: "Baby carriages and parts thereof", h5: "Baby carriages and parts thereof"}, true
	case "8716":
		return hsHeadingData{h6: "Trailers and semi-trailers; other vehicles, not mechanically propelled; parts thereof", h5: "Trailers and semi-trailers; other vehicles, not mechanically propelled; parts thereof"}, true
	case "8801":
		return hsHeadingData{h6: "Balloons and dirigibles; gliders, hang gliders and other non-powered aircraft.", h5: "Balloons and dirigibles; gliders, hang gliders and other non-powered aircraft."}, true
	case "8802":
		return hsHeadingData{h6: "Aircraft n.e.c. in heading no. 8801, except unmanned aircraft of heading 8806, (e.g. helicopters, aeroplanes); spacecraft (including satellites) and suborbital and spacecraft launch vehicles", h5: "Aircraft n.e.c. in heading no. 8801 (e.g. helicopters, aeroplanes); spacecraft (including satellites) and suborbital and spacecraft launch vehicles"}, true
	case "8804":
		return hsHeadingData{h6: "Parachutes (including dirigible parachutes and paragliders) and rotochutes; parts thereof and accessories thereto", h5: "Parachutes (including dirigible parachutes and paragliders) and rotochutes; parts thereof and accessories thereto"}, true
	case "8805":
		return hsHeadingData{h6: "Aircraft launching gear, deck-arrestor or similar gear, ground flying trainers; parts of the foregoing articles", h5: "Aircraft launching gear, deck-arrestor or similar gear, ground flying trainers; parts of the foregoing articles"}, true
	case "8806":
		return hsHeadingData{h6: "Unmanned aircraft", h5: ""}, true
	case "8807":
		return hsHeadingData{h6: "Aircraft; parts of goods of heading 8801, 8802 or 8806", h5: ""}, true
	case "8803":
		return hsHeadingData{h6: "", h5: "Aircraft; parts of heading no. 8801 or 8802"}, true
	case "8901":
		return hsHeadingData{h6: "Cruise ships, excursion boats, ferry-boats, cargo ships, barges and similar vessels for the transport of persons or goods", h5: "Cruise ships, excursion boats, ferry-boats, cargo ships, barges and similar vessels for the transport of persons or goods"}, true
	case "8902":
		return hsHeadingData{h6: "Fishing vessels, factory ships and other vessels; for processing or preserving fishery products", h5: "Fishing vessels, factory ships and other vessels; for processing or preserving fishery products"}, true
	case "8903":
		return hsHeadingData{h6: "Yachts and other vessels; for pleasure or sports, rowing boats and canoes", h5: "Yachts and other vessels; for pleasure or sports, rowing boats and canoes"}, true
	case "8904":
		return hsHeadingData{h6: "Tugs and pusher craft", h5: "Tugs and pusher craft"}, true
	case "8905":
		return hsHeadingData{h6: "Light-vessels, fire-floats, dredgers, floating cranes, other vessels; the navigability of which is subsidiary to main function; floating docks, floating, submersible drilling, production platforms", h5: "Light-vessels, fire-floats, dredgers, floating cranes, other vessels; the navigability of which is subsidiary to main function; floating docks, floating, submersible drilling, production platforms"}, true
	case "8906":
		return hsHeadingData{h6: "Vessels; other, including warships and lifeboats, other than rowing boats", h5: "Vessels; other, including warships and lifeboats, other than rowing boats"}, true
	case "8907":
		return hsHeadingData{h6: "Boats, floating structures, other (for e.g. rafts, tanks, coffer-dams, landing stages, buoys and beacons)", h5: "Boats, floating structures, other (for e.g. rafts, tanks, coffer-dams, landing stages, buoys and beacons)"}, true
	case "8908":
		return hsHeadingData{h6: "Vessels and other floating structures; for breaking up", h5: "Vessels and other floating structures; for breaking up"}, true
	case "9301":
		return hsHeadingData{h6: "Military weapons; other than revolvers, pistols and arms of heading no. 9307", h5: "Military weapons; other than revolvers, pistols and arms of heading no. 9307", wordings: []HSWording{
			hsw(HSNational, "A8", "Military weapons, other than revolvers, pistols and the arms of 9307.00.00", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
			hsw(HSNational, "K2", "Military weapons, other than revolvers, pistols and the arms of heading 93.07.", "CBSA Customs Tariff T2021"),
		}}, true
	case "9302":
		return hsHeadingData{h6: "Revolvers and pistols; other than those of heading no. 9303 or 9304", h5: "Revolvers and pistols; other than those of heading no. 9303 or 9304", wordings: []HSWording{
			hsw(HSNational, "A8", "Revolvers and pistols, other than those of 9303 or 9304.00.00", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9303":
		return hsHeadingData{h6: "Firearms; other similar devices (e.g. sporting shotguns and rifles, muzzle-loading firearms, very pistols, devices for firing flares or blank ammunition, captive bolt humane killers, line throwing guns)", h5: "Firearms; other similar devices (e.g. sporting shotguns and rifles, muzzle-loading firearms, very pistols, devices for firing flares or blank ammunition, captive bolt humane killers, line throwing guns)", wordings: []HSWording{
			hsw(HSNational, "A8", "Other firearms and similar devices which operate by the firing of an explosive charge (for example, sporting shotguns and rifles, muzzle-loading firearms, Very pistols and other devices designed to project only signal flares, pistols and revolvers for firing blank ammunition, captive-bolt humane killers, line-throwing guns)", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9304":
		return hsHeadingData{h6: "Firearms; (e.g. spring, air or gas guns and pistols, truncheons), excluding those of heading no. 9307", h5: "Firearms; (e.g. spring, air or gas guns and pistols, truncheons), excluding those of heading no. 9307", wordings: []HSWording{
			hsw(HSNational, "A8", "Other arms (for example, spring, air or gas guns and pistols, truncheons), excluding those of 9307.00.00", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9305":
		return hsHeadingData{h6: "Firearms; parts and accessories of articles of heading no. 9301 to 9304", h5: "Firearms; parts and accessories of articles of heading no. 9301 to 9304", wordings: []HSWording{
			hsw(HSNational, "A8", "Parts and accessories of articles of 9301 to 9304.00.00", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9306":
		return hsHeadingData{h6: "Bombs, grenades, torpedoes, mines, missiles and similar munitions of war and parts thereof; cartridges and other ammunition, projectiles and parts thereof, including shot and cartridge wads", h5: "Bombs, grenades, torpedoes, mines, missiles and similar munitions of war and parts thereof; cartridges and other ammunition, projectiles and parts thereof, including shot and cartridge wads", wordings: []HSWording{
			hsw(HSNational, "A8", "Bombs, grenades, torpedoes, mines, missiles, and similar munitions of war and parts thereof; cartridges and other ammunition and projectiles and parts thereof, including shot and cartridge wads", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9307":
		return hsHeadingData{h6: "Arms; swords, cutlasses, bayonets, lances and the like, parts thereof and scabbards and sheaths therefor", h5: "Arms; swords, cutlasses, bayonets, lances and the like, parts thereof and scabbards and sheaths therefor", wordings: []HSWording{
			hsw(HSNational, "A8", "Swords, cutlasses, bayonets, lances and similar arms and parts thereof and scabbards and sheaths therefor", "ABF chapter page (\"Note 1(f) operative 1/1/22.\")"),
		}}, true
	case "9701":
		return hsHeadingData{h6: "Paintings, drawings and pastels, executed entirely by hand; not drawings of heading no. 4906 and not hand-painted, hand-decorated manufactured articles; collages, mosaics and similar decorative plaques", h5: "Paintings, drawings, pastels, executed entirely by hand; not drawings of heading no. 4906 and not hand-painted, hand-decorated manufactured articles; collages and similar decorative plaques"}, true
	case "9702":
		return hsHeadingData{h6: "Engravings, prints and lithographs; original", h5: "Engravings, prints and lithographs; original"}, true
	case "9703":
		return hsHeadingData{h6: "Sculptures and statuary; original, in any material", h5: "Sculptures and statuary; original, in any material"}, true
	case "9704":
		return hsHeadingData{h6: "Stamps, postage or revenue; stamp-postmarks, first-day covers, postal stationery (stamped paper) and like, used or unused, other than those of heading 4907", h5: "Stamps, postage or revenue; stamp-postmarks, first-day covers, postal stationery (stamped paper) and like, used or unused, other than those of heading 4907"}, true
	case "9705":
		return hsHeadingData{h6: "Collections and collectors' pieces; of archaeological, ethnographic, historical, zoological, botanical, mineralogical, anatomical, palaeontological or numismatic interest", h5: "Collections and collectors' pieces; of zoological, botanical, mineralogical, anatomical, historical, archaeological, palaeontological, ethnographic or numismatic interest"}, true
	case "9706":
		return hsHeadingData{h6: "Antiques; of an age exceeding one hundred years", h5: "Antiques; of an age exceeding one hundred years"}, true
	}
	return hsHeadingData{}, false
}
