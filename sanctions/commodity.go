package sanctions

import "fmt"

// Commodity is a class of goods a measure names, in the measure's own words:
// coal, textiles, "iron, steel and other metals". Commodities are those of
// the reference table. Where the texts place one class inside another they
// form a hierarchy ([Commodity.Parent], [Commodity.Within]): iron lies within
// "iron, steel and other metals", so a question about iron finds 2397's
// supply ban on that class; different paragraphs still name each class
// apart.
//
// HS codes are not a property of a commodity but of a measure's scope as an
// implementing text or the resolution maps it: see [HSScope] and
// [Commodity.HSScopes]. The zero Commodity is UnknownCommodity. New values
// are only appended.
type Commodity uint8

// The commodities named by the measures of [DPRK].
const (
	UnknownCommodity Commodity = iota // the zero Commodity: none named
	Coal
	Iron
	IronOre
	Seafood       // fish, crustaceans, mollusks and other aquatic invertebrates in all forms (1718 Committee description)
	FishingRights // clarified by S/RES/2397 (2017) OP 6 as covered by the seafood ban
	Textiles      // including but not limited to fabrics and partially or fully completed apparel products
	Lead
	LeadOre
	Gold
	TitaniumOre
	VanadiumOre
	RareEarthMinerals // Xinhua says "metals", Singapore Customs "materials"; the UN wording was not seen
	Copper
	Nickel
	Silver
	Zinc
	Statues
	AviationFuel // aviation gasoline, naptha-type jet fuel, kerosene-type jet fuel, kerosene-type rocket fuel
	RefinedPetroleum
	CrudeOil
	CondensatesAndNGL
	FoodAndAgriculturalProducts
	Machinery
	ElectricalEquipment
	EarthAndStone // including magnesite and magnesia
	Wood
	Vessels
	IndustrialMachinery
	TransportationVehicles
	IronSteelAndOtherMetals
	Arms                        // arms and related materiel, including spare parts
	MajorConventionalArms       // battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems (UN Register categories), within Arms
	SmallArmsAndLightWeapons    // small arms and light weapons and their related materiel, within Arms
	WMDItems                    // WMD- and missile-related items in the lists the Council and the Committee set
	NuclearSupplierListItems    // items in INFCIRC/254/Rev.9/Part 1a and INFCIRC/254/Rev.7/Part 2a (1874 OP 23)
	LuxuryGoods                 // luxury goods; 1718 gives no definition, 2094, 2270 and 2321 annex lists
	Jewellery                   // jewellery with pearls, gems, precious and semi-precious stones; jewellery of precious metal (2094 Annex IV, secondary), within LuxuryGoods
	Yachts                      // within LuxuryGoods
	LuxuryAutomobiles           // luxury automobiles and motor vehicles, including station wagons, within LuxuryGoods
	RacingCars                  // within LuxuryGoods
	RugsAndTapestries           // luxury rugs and tapestries (Lexology: valued over USD 500), within LuxuryGoods
	PorcelainTableware          // porcelain and bone china tableware (Lexology: valued over USD 100), within LuxuryGoods
	AquaticRecreationalVehicles // within LuxuryGoods (Hong Kong's 2018 regulation)
	Snowmobiles                 // within LuxuryGoods (Hong Kong's 2018 regulation)
	LuxuryWatches               // within LuxuryGoods (Hong Kong's 2018 regulation)
	LeadCrystal                 // lead crystal items, within LuxuryGoods (Hong Kong's 2018 regulation)
	Helicopters                 // within TransportationVehicles
	NewHelicopters              // new helicopters (2321 OP 30), within Helicopters
	NewVessels                  // new vessels (2321 OP 30), within Vessels
)

const numCommodities = 50

// String returns the commodity as the measures word it: "iron ore",
// "refined petroleum products". Out-of-range values print "Commodity(N)".
func (c Commodity) String() string {
	switch c {
	case UnknownCommodity:
		return "unknown"
	case Coal:
		return "coal"
	case Iron:
		return "iron"
	case IronOre:
		return "iron ore"
	case Seafood:
		return "seafood"
	case FishingRights:
		return "fishing rights"
	case Textiles:
		return "textiles"
	case Lead:
		return "lead"
	case LeadOre:
		return "lead ore"
	case Gold:
		return "gold"
	case TitaniumOre:
		return "titanium ore"
	case VanadiumOre:
		return "vanadium ore"
	case RareEarthMinerals:
		return "rare earth minerals"
	case Copper:
		return "copper"
	case Nickel:
		return "nickel"
	case Silver:
		return "silver"
	case Zinc:
		return "zinc"
	case Statues:
		return "statues"
	case AviationFuel:
		return "aviation fuel"
	case RefinedPetroleum:
		return "refined petroleum products"
	case CrudeOil:
		return "crude oil"
	case CondensatesAndNGL:
		return "condensates and natural gas liquids"
	case FoodAndAgriculturalProducts:
		return "food and agricultural products"
	case Machinery:
		return "machinery"
	case ElectricalEquipment:
		return "electrical equipment"
	case EarthAndStone:
		return "earth and stone"
	case Wood:
		return "wood"
	case Vessels:
		return "vessels"
	case IndustrialMachinery:
		return "industrial machinery"
	case TransportationVehicles:
		return "transportation vehicles"
	case IronSteelAndOtherMetals:
		return "iron, steel and other metals"
	case Arms:
		return "arms and related materiel"
	case MajorConventionalArms:
		return "major conventional arms"
	case SmallArmsAndLightWeapons:
		return "small arms and light weapons"
	case WMDItems:
		return "WMD- and missile-related items"
	case NuclearSupplierListItems:
		return "nuclear supplier list items"
	case LuxuryGoods:
		return "luxury goods"
	case Jewellery:
		return "jewellery"
	case Yachts:
		return "yachts"
	case LuxuryAutomobiles:
		return "luxury automobiles"
	case RacingCars:
		return "racing cars"
	case RugsAndTapestries:
		return "rugs and tapestries"
	case PorcelainTableware:
		return "porcelain and bone china tableware"
	case AquaticRecreationalVehicles:
		return "aquatic recreational vehicles"
	case Snowmobiles:
		return "snowmobiles"
	case LuxuryWatches:
		return "luxury watches"
	case LeadCrystal:
		return "lead crystal"
	case Helicopters:
		return "helicopters"
	case NewHelicopters:
		return "new helicopters"
	case NewVessels:
		return "new vessels"
	}
	return fmt.Sprintf("Commodity(%d)", uint8(c))
}

// Parent returns the class of goods c lies within, and UnknownCommodity if
// none. The hierarchy holds only where the texts place one class inside
// another:
//   - iron, and the base metals copper, nickel, zinc and lead, within "iron,
//     steel and other metals" (2397: "iron, steel and other metals"; Singapore
//     Customs maps the class to HS chapters 72 through 83, which hold iron and
//     steel (72), copper (74), nickel (75), lead (78) and zinc (79)). Gold and
//     silver are not placed there: they are in chapter 71, outside that
//     mapping, and no text says whether "other metals" takes them in;
//   - machinery (HS 84) and electrical equipment (HS 85) within industrial
//     machinery (chapters 84 and 85 in Singapore's list);
//   - vessels (HS 89) and helicopters within transportation vehicles
//     (chapters 86 through 89); new vessels within vessels, new helicopters
//     within helicopters (2321 OP 30 names only new ones);
//   - major conventional arms and small arms and light weapons within arms
//     and related materiel (1874 OP 10: all arms except small arms and light
//     weapons);
//   - the items of the luxury lists (jewellery, yachts, luxury automobiles,
//     racing cars, rugs and tapestries, tableware, aquatic recreational
//     vehicles, snowmobiles, luxury watches, lead crystal) within luxury
//     goods (2094 OP 23: luxury goods include but are not limited to the
//     annex's items).
func (c Commodity) Parent() Commodity {
	switch c {
	case Iron, Copper, Nickel, Zinc, Lead:
		return IronSteelAndOtherMetals
	case Machinery, ElectricalEquipment:
		return IndustrialMachinery
	case Vessels, Helicopters:
		return TransportationVehicles
	case NewVessels:
		return Vessels
	case NewHelicopters:
		return Helicopters
	case MajorConventionalArms, SmallArmsAndLightWeapons:
		return Arms
	case Jewellery, Yachts, LuxuryAutomobiles, RacingCars, RugsAndTapestries, PorcelainTableware,
		AquaticRecreationalVehicles, Snowmobiles, LuxuryWatches, LeadCrystal:
		return LuxuryGoods
	}
	return UnknownCommodity
}

// Within reports whether c lies within class p: c is p, or p is c's parent,
// its parent's parent, and so on. UnknownCommodity is within nothing, and
// nothing is within it.
func (c Commodity) Within(p Commodity) bool {
	if c == UnknownCommodity || p == UnknownCommodity {
		return false
	}
	for x := c; x != UnknownCommodity; x = x.Parent() {
		if x == p {
			return true
		}
	}
	return false
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (c Commodity) MarshalText() ([]byte, error) {
	return marshalEnum("Commodity", c, numCommodities, Commodity.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns, "unknown" included.
func (c *Commodity) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Commodity", text, numCommodities, Commodity.String)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Commodities returns every known commodity, UnknownCommodity excluded, in
// declaration order.
func Commodities() []Commodity {
	out := make([]Commodity, 0, numCommodities-1)
	for c := Commodity(1); c < numCommodities; c++ {
		out = append(out, c)
	}
	return out
}

// HSScopes returns the HS mappings of the built-in [DPRK] data for c, in
// measure order, each with its origin, source and status. A commodity whose
// codes the reference marks "not verified" (seafood, lead, textiles, iron,
// the 2270 and 2321 minerals) has none.
func (c Commodity) HSScopes() []HSScope {
	var out []HSScope
	for _, m := range dprkMeasures() {
		for _, s := range m.HS {
			if s.Commodity == c {
				out = append(out, s.clone())
			}
		}
	}
	return out
}
