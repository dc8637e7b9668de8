// Code generated from kpledger's UN Comtrade reference (comtrade.md,
// compiled 2026-12-01) by a conversion script kept outside the repository.
// Texts are copied exactly, typos, superscripts and trailing spaces
// included.

package sanctions

// comtradeAreaCodes lists the codes comtradeAreaRow knows, in the
// reference's order.
func comtradeAreaCodes() []int {
	return []int{0, 408, 410, 156, 344, 446, 643, 842, 840, 841, 850, 392, 496, 704, 702, 458, 764, 784, 699, 356, 251, 250, 757, 756, 158, 490, 97, 975, 899, 837, 838, 839, 129, 221, 290, 412, 457, 459, 461, 471, 472, 473, 488, 527, 568, 577, 636, 637, 647, 697, 698, 711, 717, 830, 835, 836, 872, 879}
}

// comtradeFlowRow returns the reference text and help-page definition of
// flow code f (comtrade.md Table 3).
func comtradeFlowRow(f string) (text, definition string, ok bool) {
	switch f {
	case "M":
		return "Import", "2.1 Total Imports (M) — Goods entering the economic territory.", true
	case "X":
		return "Export", "2.2 Total Exports (X) — Goods leaving the economic territory.", true
	case "DX":
		return "Domestic Export", "3.1 Domestic Exports (DX) — Exports of goods that: Are produced or substantially transformed in the reporting country", true
	case "FM":
		return "Foreign Import", "3.3 Foreign Imports (FM) — Imports of goods that: Are of foreign origin", true
	case "MIP":
		return "Import of goods for inward processing", "MIP — Imports for Inward Processing: Goods imported under inward processing procedure", true
	case "MOP":
		return "Import of goods after outward processing", "", true
	case "RM":
		return "Re-import", "3.4 Re-imports (RM) — Imports of goods that: Were previously exported; Are re-imported without substantial transformation", true
	case "RX":
		return "Re-export", "3.2 Re-exports (RX) — Exports of goods that: Were previously imported; Are exported again without substantial transformation", true
	case "XIP":
		return "Export of goods after inward processing", "", true
	case "XOP":
		return "Export of goods for outward processing", "", true
	}
	return "", "", false
}

// comtradeUnitRow returns qtyAbbr and qtyDescription of quantity unit code
// c in the current reference (comtrade.md Table 4, [R4]).
func comtradeUnitRow(c int) (abbr, description string, ok bool) {
	switch c {
	case -1:
		return "N/A", "Not available or not specified or no quantity.", true
	case 2:
		return "m²", "Area in square meters", true
	case 3:
		return "1000 kWh", "Electrical energy in thousands of kilowatt-hours", true
	case 4:
		return "m", "Length in meters", true
	case 5:
		return "u", "Number of items", true
	case 6:
		return "2u", "Number of pairs", true
	case 7:
		return "l", "Volume in liters", true
	case 8:
		return "kg", "Weight in kilograms", true
	case 9:
		return "1000u", "Thousand of items", true
	case 10:
		return "U (jeu/pack)", "Number of packages", true
	case 11:
		return "12u", "Dozen of items", true
	case 12:
		return "m³", "Volume in cubic meters", true
	case 13:
		return "carat", "Weight in carats", true
	case 14:
		return "km", "Length in Kilometers", true
	case 15:
		return "g", "Weight in grams", true
	case 16:
		return "hive", "Beehive", true
	case 17:
		return "1000 m³", "Volume in thousand cubic meters", true
	case 18:
		return "TJ", "Terajoule (gross calorific value)", true
	case 19:
		return "BBL", "Barrels", true
	case 20:
		return "1000 L", "Volume in thousands of liters", true
	case 21:
		return "1000 KG", "Weight in thousand of kilograms", true
	case 22:
		return "kWH", "Electrical energy in kilowatt-hours", true
	case 23:
		return "l alc 100%", "Litre pure (100 %) alcohol - l alc. 100%", true
	case 24:
		return "head", "Head", true
	case 25:
		return "kg/net eda", "Kilogram drained net weight", true
	case 26:
		return "kg C5H14ClNO", "Kilogram of choline chloride", true
	case 27:
		return "kg P2O5", "Kilogram of diphosphorus pentaoxide", true
	case 28:
		return "kg H2O2", "Kilogram of hydrogen peroxide", true
	case 29:
		return "kg met.am.", "Kilogram of methylamines", true
	case 30:
		return "kg N", "Kilogram of nitrogen", true
	case 31:
		return "kg KOH", "Kilogram of potassium hydroxide (caustic potash)", true
	case 32:
		return "kg K2O", "Kilogram of potassium oxide", true
	case 33:
		return "kg NaOH", "Kilogram of sodium hydroxide (caustic soda)", true
	case 34:
		return "kg 90% sdt", "Kilogram of substance 90 % dry", true
	case 35:
		return "kg U", "Kilogram of uranium", true
	case 36:
		return "ct/l", "Carrying capacity in tonnes", true
	case 37:
		return "Bq", "Becquerels", true
	case 38:
		return "gi F/S", "Gram of fissile isotopes", true
	case 39:
		return "GRT", "Gross register ton", true
	case 40:
		return "GT", "Gross tonnage", true
	case 41:
		return "ce/el", "Number of cells/elements", true
	}
	return "", "", false
}

// comtradeClassificationRow returns the variable and description of
// classification code c in the list of references (comtrade.md Table 6, [R9]).
func comtradeClassificationRow(c string) (variable, description string, ok bool) {
	switch c {
	case "B4":
		return "Product [BEC Rev. 4]", "The classification of BEC Rev.4 – goods and services", true
	case "B5":
		return "Product [BEC Rev. 5]", "The classification of BEC Rev.5 – goods or services", true
	case "EB02":
		return "Product [EBOPS 2002]", "The classification of EBOPS 2002 – services", true
	case "EB10":
		return "Product [EBOPS 2010]", "The classification of EBOPS 2010 – services", true
	case "EB10S":
		return "Product [EBOPS 2010 SDMX]", "The classification of EBOPS 2010 SDMX – services", true
	case "EB":
		return "Product [EBOPS]", "The classification of Combined EBOPS – services", true
	case "H0":
		return "Product [HS 1992]", "The classification of HS 1992 – goods", true
	case "H1":
		return "Product [HS 1996]", "The classification of HS 1996 – goods", true
	case "H2":
		return "Product [HS 2002]", "The classification of HS 2002 – goods", true
	case "H3":
		return "Product [HS 2007]", "The classification of HS 2007 – goods", true
	case "H4":
		return "Product [HS 2012]", "The classification of HS 2012 – goods", true
	case "H5":
		return "Product [HS 2017]", "The classification of HS 2017 – goods", true
	case "H6":
		return "Product [HS 2022]", "The classification of HS 2022 – goods", true
	case "HS":
		return "Product [HS]", "The classification of Combined HS – goods", true
	case "S1":
		return "Product [SITC Rev.1]", "The classification of SITC Rev.1 – goods", true
	case "S2":
		return "Product [SITC Rev.2]", "The classification of SITC Rev.2 – goods", true
	case "S3":
		return "Product [SITC Rev.3]", "The classification of SITC Rev.3 – goods", true
	case "S4":
		return "Product [SITC Rev.4]", "The classification of SITC Rev.4 – goods", true
	case "SS":
		return "Product [SITC]", "The classification of Combined SITC – goods", true
	}
	return "", "", false
}

// comtradeAreaRow returns the row of Comtrade country or area code c among
// those comtrade.md Table 7 lists.
func comtradeAreaRow(c int) (ComtradeArea, bool) {
	switch c {
	case 0:
		return ComtradeArea{Code: 0, Name: "World", ISO3: "W00", ISO2: "", Note: "World", ValidFrom: 1901, InPartnerList: true, Group: true}, true
	case 408:
		return ComtradeArea{Code: 408, Name: "Dem. People's Rep. of Korea", ISO3: "PRK", ISO2: "KP", Note: "Democratic People's Republic of Korea", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 410:
		return ComtradeArea{Code: 410, Name: "Rep. of Korea", ISO3: "KOR", ISO2: "KR", Note: "Republic of Korea", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 156:
		return ComtradeArea{Code: 156, Name: "China", ISO3: "CHN", ISO2: "CN", Note: "China", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 344:
		return ComtradeArea{Code: 344, Name: "China, Hong Kong SAR", ISO3: "HKG", ISO2: "HK", Note: "China, Hong Kong Special Administrative Region", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 446:
		return ComtradeArea{Code: 446, Name: "China, Macao SAR", ISO3: "MAC", ISO2: "MO", Note: "China, Macao Special Administrative Region", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 643:
		return ComtradeArea{Code: 643, Name: "Russian Federation", ISO3: "RUS", ISO2: "RU", Note: "Russian Federation", ValidFrom: 1992, InPartnerList: true, InReporterList: true}, true
	case 842:
		return ComtradeArea{Code: 842, Name: "USA", ISO3: "USA", ISO2: "US", Note: "USA, Puerto Rico and US Virgin Islands", ValidFrom: 1981, InPartnerList: true, InReporterList: true}, true
	case 840:
		return ComtradeArea{Code: 840, Name: "United States of America", ISO3: "USA", ISO2: "US", Note: "", ValidFrom: 1900, InPartnerList: true}, true
	case 841:
		return ComtradeArea{Code: 841, Name: "USA and Puerto Rico (...1980)", ISO3: "USA", ISO2: "US", Note: "USA and Puerto Rico", ValidFrom: 1900, ValidTo: 1980, InPartnerList: true, InReporterList: true}, true
	case 850:
		return ComtradeArea{Code: 850, Name: "US Virgin Isds (...1980)", ISO3: "VIR", ISO2: "VI", Note: "US Virgin Islands", ValidFrom: 1900, ValidTo: 1980, InPartnerList: true, InReporterList: true}, true
	case 392:
		return ComtradeArea{Code: 392, Name: "Japan", ISO3: "JPN", ISO2: "JP", Note: "Japan", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 496:
		return ComtradeArea{Code: 496, Name: "Mongolia", ISO3: "MNG", ISO2: "MN", Note: "Mongolia", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 704:
		return ComtradeArea{Code: 704, Name: "Viet Nam", ISO3: "VNM", ISO2: "VN", Note: "Viet Nam", ValidFrom: 1975, InPartnerList: true, InReporterList: true}, true
	case 702:
		return ComtradeArea{Code: 702, Name: "Singapore", ISO3: "SGP", ISO2: "SG", Note: "Singapore", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 458:
		return ComtradeArea{Code: 458, Name: "Malaysia", ISO3: "MYS", ISO2: "MY", Note: "Malaysia", ValidFrom: 1964, InPartnerList: true, InReporterList: true}, true
	case 764:
		return ComtradeArea{Code: 764, Name: "Thailand", ISO3: "THA", ISO2: "TH", Note: "Thailand", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 784:
		return ComtradeArea{Code: 784, Name: "United Arab Emirates", ISO3: "ARE", ISO2: "AE", Note: "United Arab Emirates", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 699:
		return ComtradeArea{Code: 699, Name: "India", ISO3: "IND", ISO2: "IN", Note: "India", ValidFrom: 1975, InPartnerList: true, InReporterList: true}, true
	case 356:
		return ComtradeArea{Code: 356, Name: "India (...1974)", ISO3: "IND", ISO2: "IN", Note: "India, excluding Sikkim", ValidFrom: 1900, ValidTo: 1974, InPartnerList: true, InReporterList: true}, true
	case 251:
		return ComtradeArea{Code: 251, Name: "France", ISO3: "FRA", ISO2: "FR", Note: "France, Monaco", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 250:
		return ComtradeArea{Code: 250, Name: "Metropolitan France", ISO3: "FRA", ISO2: "FR", Note: "Metropolitan France", ValidFrom: 1900, InPartnerList: true}, true
	case 757:
		return ComtradeArea{Code: 757, Name: "Switzerland", ISO3: "CHE", ISO2: "CH", Note: "Switzerland, Liechtenstein", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 756:
		return ComtradeArea{Code: 756, Name: "Switzerland ", ISO3: "CHE", ISO2: "CH", Note: "", ValidFrom: 1900, InPartnerList: true}, true
	case 158:
		return ComtradeArea{Code: 158, Name: "Taiwan, Province of China", ISO3: "TWN", ISO2: "TW", Note: "", ValidFrom: 1900, InPartnerList: true}, true
	case 490:
		return ComtradeArea{Code: 490, Name: "Other Asia, nes", ISO3: "S19", ISO2: "", Note: "Other Asia, not elsewhere specified", ValidFrom: 1900, InPartnerList: true, InReporterList: true}, true
	case 97:
		return ComtradeArea{Code: 97, Name: "European Union", ISO3: "EUR", ISO2: "EU", Note: "European Union", ValidFrom: 1900, InReporterList: true, Group: true}, true
	case 975:
		return ComtradeArea{Code: 975, Name: "ASEAN", ISO3: "R4 ", ISO2: "R4", Note: "ASEAN", ValidFrom: 1967, InReporterList: true, Group: true}, true
	case 899:
		return ComtradeArea{Code: 899, Name: "Areas, nes", ISO3: "_X ", ISO2: "", Note: "Areas, not elsewhere specified", ValidFrom: 1900, InPartnerList: true}, true
	case 837:
		return ComtradeArea{Code: 837, Name: "Bunkers", ISO3: "X1 ", ISO2: "", Note: "Bunkers", ValidFrom: 1900, InPartnerList: true}, true
	case 838:
		return ComtradeArea{Code: 838, Name: "Free Zones", ISO3: "X2 ", ISO2: "", Note: "Free Zones", ValidFrom: 1900, InPartnerList: true}, true
	case 839:
		return ComtradeArea{Code: 839, Name: "Special Categories", ISO3: "XX ", ISO2: "", Note: "Special Categories", ValidFrom: 1900, InPartnerList: true}, true
	case 129:
		return ComtradeArea{Code: 129, Name: "Caribbean, nes", ISO3: "A49", Note: "Caribbean, not elsewhere specified", InPartnerList: true}, true
	case 221:
		return ComtradeArea{Code: 221, Name: "Eastern Europe, nes", ISO3: "E29", Note: "Eastern Europe, not elsewhere specified", InPartnerList: true}, true
	case 290:
		return ComtradeArea{Code: 290, Name: "Northern Africa, nes", ISO3: "F49", Note: "Northern Africa, not elsewhere specified", InPartnerList: true}, true
	case 412:
		return ComtradeArea{Code: 412, Name: "Kosovo", ISO3: "_KS", Note: "", InPartnerList: true}, true
	case 457:
		return ComtradeArea{Code: 457, Name: "Sarawak", ISO3: "_SK", Note: "Sarawak", ValidTo: 1963, InPartnerList: true}, true
	case 459:
		return ComtradeArea{Code: 459, Name: "Peninsula Malaysia (...1963)", ISO3: "_PM", Note: "Peninsula Malaysia", ValidTo: 1963, InPartnerList: true}, true
	case 461:
		return ComtradeArea{Code: 461, Name: "Sabah (...1963)", ISO3: "_SH", Note: "Sabah", ValidTo: 1963, InPartnerList: true}, true
	case 471:
		return ComtradeArea{Code: 471, Name: "CACM, nes", ISO3: "R91", Note: "CACM, not elsewhere specified", InPartnerList: true}, true
	case 472:
		return ComtradeArea{Code: 472, Name: "Africa CAMEU region, nes", ISO3: "_AC", Note: "Africa CAMEU region, not elsewhere specified", InPartnerList: true}, true
	case 473:
		return ComtradeArea{Code: 473, Name: "LAIA, nes", ISO3: "A79", Note: "LAIA, not elsewhere specified", InPartnerList: true}, true
	case 488:
		return ComtradeArea{Code: 488, Name: "Midway Islands", ISO3: "_MI", Note: "", InPartnerList: true}, true
	case 527:
		return ComtradeArea{Code: 527, Name: "Oceania, nes", ISO3: "O19", Note: "Oceania, not elsewhere specified", InPartnerList: true}, true
	case 568:
		return ComtradeArea{Code: 568, Name: "Other Europe, nes", ISO3: "E19", Note: "Other Europe, not elsewhere specified", InPartnerList: true}, true
	case 577:
		return ComtradeArea{Code: 577, Name: "Other Africa, nes", ISO3: "F19", Note: "Other Africa, not elsewhere specified", InPartnerList: true}, true
	case 636:
		return ComtradeArea{Code: 636, Name: "Rest of America, nes", ISO3: "A79", Note: "Rest of America, not elsewhere specified", InPartnerList: true}, true
	case 637:
		return ComtradeArea{Code: 637, Name: "North America and Central America, nes", ISO3: "A59", Note: "North America, the Caribbean and Central America not elsewhere specified", InPartnerList: true}, true
	case 647:
		return ComtradeArea{Code: 647, Name: "Ryukyu Isd", ISO3: "_RI", Note: "Ryukyu Island", ValidTo: 1972, InPartnerList: true}, true
	case 697:
		return ComtradeArea{Code: 697, Name: "Europe EFTA, nes", ISO3: "R20", Note: "Europe EFTA, not elsewhere specified", InPartnerList: true}, true
	case 698:
		return ComtradeArea{Code: 698, Name: "Sikkim, Protectorate of India (...1974)", ISO3: "_SM", Note: "Sikkim, Protectorate of India (...1974)", ValidTo: 1974, InPartnerList: true}, true
	case 711:
		return ComtradeArea{Code: 711, Name: "Southern African Customs Union (...1999)", ISO3: "ZA1", Note: "Southern African Customs Union", ValidTo: 1999, InPartnerList: true}, true
	case 717:
		return ComtradeArea{Code: 717, Name: "Rhodesia Nyas (...1964)", ISO3: "_RN", Note: "Former Rhodesia Nyas", ValidTo: 1964, InPartnerList: true}, true
	case 830:
		return ComtradeArea{Code: 830, Name: "Channel Islands ", ISO3: "_CI", Note: "", InPartnerList: true}, true
	case 835:
		return ComtradeArea{Code: 835, Name: "Tanganyika (...1964)", ISO3: "_TK", Note: "Former Tanganyika", ValidTo: 1964, InPartnerList: true}, true
	case 836:
		return ComtradeArea{Code: 836, Name: "Zanzibar and Pemba Isd (...1964)", ISO3: "_ZP", Note: "Former Zanzibar and Pemba Island", ValidTo: 1964, InPartnerList: true}, true
	case 872:
		return ComtradeArea{Code: 872, Name: "Wake Island", ISO3: "_WI", Note: "", InPartnerList: true}, true
	case 879:
		return ComtradeArea{Code: 879, Name: "Western Asia, nes", ISO3: "F97", Note: "Western Asia, not elsewhere specified", InPartnerList: true}, true
	}
	return ComtradeArea{}, false
}
