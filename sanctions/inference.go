package sanctions

// HeadingInference is one entry of the library's own table of inferences
// from HS heading texts: goods under Code (an HS chapter or 4-digit
// heading) are of the kind Commodity names, because the heading's text
// names that kind of goods. Heading is the text as kpledger's HS reference
// (hs.md, compiled 2026-12-01) gives it, with whose wording it is in
// Wording.
//
// An inference is not a mapping: no resolution or implementing text the
// reference saw maps the commodity to these codes. Every entry's Verified
// is [InferredFromHeading], and [Regime.Screen] turns a match into an
// [Undetermined] finding that names the heading and tells the caller to
// check the goods; it never reports goods as banned on an inference.
type HeadingInference struct {
	Commodity Commodity
	Code      HSCode   // the chapter ("03") or heading ("1604")
	Heading   string   // the heading's text, copied as the HS reference gives it
	Wording   string   // whose text Heading is: "UN Comtrade descriptor, HS 2022" unless stated
	Note      string   // why the heading names that kind of goods, where that is not plain
	Verified  Verified // always InferredFromHeading
}

// IsZero reports whether h is the zero HeadingInference (no inference).
func (h HeadingInference) IsZero() bool { return h.Commodity == UnknownCommodity && h.Code.IsZero() }

// String returns "HS 03, headed \"Fish and crustaceans, molluscs and other
// aquatic invertebrates\" (UN Comtrade descriptor, HS 2022)".
func (h HeadingInference) String() string {
	return "HS " + h.Code.String() + ", headed \"" + h.Heading + "\" (" + h.Wording + ")"
}

// Wordings of the HS reference's texts.
const (
	comtrade2022 = "UN Comtrade descriptor, HS 2022"
	// textilesNote explains the textile chapters.
	textilesNote = "a chapter of HS section XI, titled \"Textiles and textile articles\" (Australian Border Force, Customs Tariff Schedule 3, HS 2022 wording)"
)

// HeadingInferences returns the library's table of inferences from HS
// heading texts, for the commodities whose measures have no HS codes the
// reference verifies (seafood, textiles, lead, iron, the 2270 and 2321
// minerals and metals, statues, aviation fuel, helicopters, vessels, arms,
// luxury goods), and for coal and iron ore, whose verified codes do not
// reach every measure that names them (2270 OP 29 and 2321 OP 26 have none;
// China's iron-ore list for 2371 OP 8 is cut off). Each call returns a
// fresh slice.
//
// Left out, because no heading text names the goods: WMD- and
// missile-related items and the nuclear supplier list items (control lists,
// not HS headings), snowmobiles, lignite as coal (heading 2702 says
// "Lignite", not coal; China's 2371 annex maps it, and that mapping is in
// 2371 OP 8's data), fishing rights (not goods).
func HeadingInferences() []HeadingInference {
	inf := func(c Commodity, code, heading, wording, note string) HeadingInference {
		if wording == "" {
			wording = comtrade2022
		}
		return HeadingInference{Commodity: c, Code: MustParseHSCode(code), Heading: heading, Wording: wording, Note: note, Verified: InferredFromHeading}
	}
	return []HeadingInference{
		inf(Coal, "2701", "Coal; briquettes, ovoids and similar solid fuels manufactured from coal", "", ""),
		inf(IronOre, "2601", "Iron ores and concentrates; including roasted iron pyrites", "", ""),
		inf(Iron, "72", "Iron and steel", "", ""),
		inf(Iron, "73", "Iron or steel articles", "", "articles of iron or steel; whether the iron ban reaches articles made of iron is not stated"),
		inf(Seafood, "03", "Fish and crustaceans, molluscs and other aquatic invertebrates", "", ""),
		inf(Seafood, "1604", "Prepared or preserved fish; caviar and caviar substitutes prepared from fish eggs", "", "seafood \"in all forms\" (1718 Committee description)"),
		inf(Seafood, "1605", "Crustaceans, molluscs and other aquatic invertebrates, prepared or preserved", "", "seafood \"in all forms\" (1718 Committee description)"),
		inf(Textiles, "50", "Silk", "", textilesNote),
		inf(Textiles, "51", "Wool, fine or coarse animal hair; horsehair yarn and woven fabric", "", textilesNote),
		inf(Textiles, "52", "Cotton", "", textilesNote),
		inf(Textiles, "53", "Vegetable textile fibres; paper yarn and woven fabrics of paper yarn", "", textilesNote),
		inf(Textiles, "54", "Man-made filaments; strip and the like of man-made textile materials", "", textilesNote),
		inf(Textiles, "55", "Man-made staple fibres", "", textilesNote),
		inf(Textiles, "56", "Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof", "", textilesNote),
		inf(Textiles, "57", "Carpets and other textile floor coverings", "", textilesNote),
		inf(Textiles, "58", "Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery", "", textilesNote),
		inf(Textiles, "59", "Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use", "", textilesNote),
		inf(Textiles, "60", "Fabrics; knitted or crocheted", "", textilesNote),
		inf(Textiles, "61", "Apparel and clothing accessories; knitted or crocheted", "", textilesNote),
		inf(Textiles, "62", "Apparel and clothing accessories; not knitted or crocheted", "", textilesNote),
		inf(Textiles, "63", "Textiles, made up articles; sets; worn clothing and worn textile articles; rags", "", textilesNote),
		inf(Lead, "78", "Lead and articles thereof", "", ""),
		inf(LeadOre, "2607", "Lead ores and concentrates", "", ""),
		inf(Gold, "7108", "Gold (including gold plated with platinum) unwrought or in semi-manufactured forms, or in powder form", "", ""),
		inf(Gold, "2616", "Precious metal ores and concentrates", "", "gold ore is a precious-metal ore; MOFCOM 2016 No. 11 words the ban as gold ore (黄金矿)"),
		inf(TitaniumOre, "2614", "Titanium ores and concentrates", "", ""),
		inf(VanadiumOre, "2615", "Niobium, tantalum, vanadium or zirconium ores and concentrates", "", ""),
		inf(RareEarthMinerals, "28", "Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes", "", "the chapter names compounds of rare earth metals; the UN wording of the ban (minerals, metals or materials) was not seen"),
		inf(Copper, "74", "Copper and articles thereof", "", ""),
		inf(Copper, "2603", "Copper ores and concentrates", "", "whether 2321's copper ban reaches copper ore is not stated"),
		inf(Nickel, "75", "Nickel and articles thereof", "", ""),
		inf(Nickel, "2604", "Nickel ores and concentrates", "", "whether 2321's nickel ban reaches nickel ore is not stated"),
		inf(Zinc, "79", "Zinc and articles thereof", "", ""),
		inf(Zinc, "2608", "Zinc ores and concentrates", "", "whether 2321's zinc ban reaches zinc ore is not stated"),
		inf(Silver, "7106", "Silver (including silver plated with gold or platinum); unwrought or in semi-manufactured forms, or in powder form", "", ""),
		inf(Silver, "2616", "Precious metal ores and concentrates", "", "silver ore is a precious-metal ore; whether 2321's silver ban reaches ore is not stated"),
		inf(Statues, "9703", "Sculptures and statuary; original, in any material", "", ""),
		inf(AviationFuel, "2710", "Petroleum oils and oils from bituminous minerals, not crude; preparations n.e.c, containing by weight 70% or more of petroleum oils or oils from bituminous minerals; these being the basic constituents of the preparations; waste oils", "", "aviation gasoline and kerosene-type jet fuel are petroleum oils, not crude; the heading also holds every other refined oil"),
		inf(Helicopters, "8802", "Aircraft n.e.c. in heading no. 8801, except unmanned aircraft of heading 8806, (e.g. helicopters, aeroplanes); spacecraft (including satellites) and suborbital and spacecraft launch vehicles", "", ""),
		inf(Vessels, "89", "Ships, boats and floating structures", "", ""),
		inf(Arms, "93", "Arms and ammunition; parts and accessories thereof", "", ""),
		inf(MajorConventionalArms, "8710", "Tanks and other armoured fighting vehicles; motorised, whether or not fitted with weapons, and parts of such vehicles", "", "battle tanks and armoured combat vehicles"),
		inf(MajorConventionalArms, "8802", "Aircraft n.e.c. in heading no. 8801, except unmanned aircraft of heading 8806, (e.g. helicopters, aeroplanes); spacecraft (including satellites) and suborbital and spacecraft launch vehicles", "", "combat aircraft and attack helicopters are aircraft of this heading; so are civil ones"),
		inf(MajorConventionalArms, "8906", "Vessels; other, including warships and lifeboats, other than rowing boats", "", "warships"),
		inf(Jewellery, "7113", "Jewellery articles and parts thereof, of precious metal or of metal clad with precious metal", "", ""),
		inf(Jewellery, "7116", "Articles of natural or cultured pearls, precious or semi-precious stones (natural, synthetic or reconstructed)", "", ""),
		inf(Yachts, "8903", "Yachts and other vessels; for pleasure or sports, rowing boats and canoes", "", ""),
		inf(AquaticRecreationalVehicles, "8903", "Yachts and other vessels; for pleasure or sports, rowing boats and canoes", "", ""),
		inf(LuxuryAutomobiles, "8703", "Motor cars and other motor vehicles; principally designed for the transport of persons (other than those of heading no. 8702), including station wagons and racing cars", "", "the heading holds every passenger car, luxury or not"),
		inf(RacingCars, "8703", "Motor cars and other motor vehicles; principally designed for the transport of persons (other than those of heading no. 8702), including station wagons and racing cars", "", ""),
		inf(RugsAndTapestries, "57", "Carpets and other textile floor coverings", "", "the luxury list's value threshold (USD 500, Lexology) cannot be read from an HS code"),
		inf(RugsAndTapestries, "5805", "Tapestries; hand-woven, (Gobelins, Flanders, Aubusson, Beauvais and the like) and needle-worked tapestries (e.g. petit point, cross-stitch) whether or not made up", "", "the luxury list's value threshold (USD 500, Lexology) cannot be read from an HS code"),
		inf(PorcelainTableware, "6911", "Tableware, kitchenware, other household articles and toilet articles; of porcelain or china", "", "the luxury list's value threshold (USD 100, Lexology) cannot be read from an HS code"),
		inf(LuxuryWatches, "91", "Clocks and watches and parts thereof", "", "the heading holds every watch, luxury or not"),
		inf(LeadCrystal, "7013", "Glassware of a kind used for table, kitchen, toilet, office, indoor decoration or similar purposes (other than of heading no. 7010 or 7018)", "", "lead crystal items are glassware; the heading holds all such glassware"),
	}
}
