package sanctions

import "fmt"

// Commodity is a class of goods a measure names, in the measure's own words:
// coal, textiles, "iron, steel and other metals". Commodities are those of
// the reference table; two that overlap in fact (iron, and iron, steel and
// other metals) are kept apart because different paragraphs name them.
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
)

const numCommodities = 31

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
	}
	return fmt.Sprintf("Commodity(%d)", uint8(c))
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
