package sanctions

import (
	"strings"

	"golang.org/x/text/language"
)

// ComtradeFlow is one of UN Comtrade's trade flow codes, from its
// reference file tradeRegimes.json, with the definition its help page
// "Trade flows in UN Comtrade" gives where the reference retrieved it.
type ComtradeFlow struct {
	Code string // "M", "X", "RX", …
	Text string // the reference's text: "Import", "Re-export"
	// Definition is the help page's definition, copied exactly; empty for
	// MOP, XIP and XOP, whose definitions were not retrieved.
	Definition string
}

// comtradeFlowCodes are the ten flow codes of the reference, in its order.
const comtradeFlowCodes = "M X DX FM MIP MOP RM RX XIP XOP"

// ComtradeFlows returns Comtrade's ten trade flow codes in the
// reference's order. Codes that only third parties list ("MIF", "XIF")
// are not among them. Whether total exports (X) include re-exports (RX) is
// not verified from a Comtrade page: do not add them.
func ComtradeFlows() []ComtradeFlow {
	var out []ComtradeFlow
	for _, c := range strings.Fields(comtradeFlowCodes) {
		f, _ := LookupComtradeFlow(c)
		out = append(out, f)
	}
	return out
}

// LookupComtradeFlow returns the flow with code c ("M", "RX"); false if c
// is not one of the ten codes.
func LookupComtradeFlow(c string) (ComtradeFlow, bool) {
	text, def, ok := comtradeFlowRow(c)
	if !ok {
		return ComtradeFlow{}, false
	}
	return ComtradeFlow{Code: c, Text: text, Definition: def}, true
}

// ComtradeUnit is one of UN Comtrade's quantity unit codes (qtyUnitCode,
// altQtyUnitCode).
type ComtradeUnit struct {
	Code        int    // 8 for kilograms, -1 for "N/A"
	Abbr        string // "kg", "m²", "BBL", copied exactly
	Description string // "Weight in kilograms", copied exactly
	// NoQuantity is true for the codes that mean "no quantity": -1 in the
	// current reference, 1 on Comtrade's help page and legacy tables.
	NoQuantity bool
	// Source is "QuantityUnits.json" (the current reference, 41 codes)
	// or, for code 1, "help page and legacy tables": the current reference
	// has no code 1.
	Source string
}

// ComtradeUnits returns the 41 quantity unit codes of Comtrade's current
// reference, then the legacy code 1 ("No quantity").
func ComtradeUnits() []ComtradeUnit {
	var out []ComtradeUnit
	for c := -1; c <= 41; c++ {
		if u, ok := LookupComtradeUnit(c); ok && c != 1 {
			out = append(out, u)
		}
	}
	u, _ := LookupComtradeUnit(1)
	return append(out, u)
}

// LookupComtradeUnit returns the quantity unit with code c; false if
// neither the current reference nor the help page has it.
func LookupComtradeUnit(c int) (ComtradeUnit, bool) {
	if c == 1 {
		return ComtradeUnit{Code: 1, Abbr: "–", Description: "No quantity", NoQuantity: true, Source: "help page and legacy tables"}, true
	}
	abbr, desc, ok := comtradeUnitRow(c)
	if !ok {
		return ComtradeUnit{}, false
	}
	return ComtradeUnit{Code: c, Abbr: abbr, Description: desc, NoQuantity: c == -1, Source: "QuantityUnits.json"}, true
}

// comtradeUnitKnown reports whether c is a quantity unit code.
func comtradeUnitKnown(c int) bool {
	if c == 1 {
		return true
	}
	_, _, ok := comtradeUnitRow(c)
	return ok
}

// ComtradeClassification is one of UN Comtrade's product classification
// codes (classificationCode, the clCode parameter), from its list of
// references.
type ComtradeClassification struct {
	Code        string // "H6"
	Variable    string // "Product [HS 2022]"
	Description string // "The classification of HS 2022 – goods"
}

// IsHS reports whether c is an edition of the Harmonized System (H0 to H6)
// or Comtrade's combined HS ("HS").
func (c ComtradeClassification) IsHS() bool {
	return isHSClassification(c.Code)
}

// LookupComtradeClassification returns the classification with code c
// ("H5", "S4"); false if c is not in Comtrade's list. H0 is "HS 1992" as
// the current list labels it; a legacy page labels it HS1988.
func LookupComtradeClassification(c string) (ComtradeClassification, bool) {
	v, d, ok := comtradeClassificationRow(c)
	if !ok {
		return ComtradeClassification{}, false
	}
	return ComtradeClassification{Code: c, Variable: v, Description: d}, true
}

// ComtradeArea is a row of UN Comtrade's partner and reporter lists
// (partnerAreas.json, Reporters.json), as the reference selects them:
// the DPRK, its neighbours and main partners, World, and codes whose ISO
// fields are not ISO 3166 codes. Texts are copied exactly, trailing spaces
// included ("Switzerland ", ISO3 "R4 "): match on Code, never on ISO3.
//
// These are Comtrade's own codes. Most equal the UN M49 number of the
// country, but not all (842 is "USA", with Puerto Rico and the US Virgin
// Islands; 840 is in the partner list only), and no official page the
// reference read says they are M49.
type ComtradeArea struct {
	Code int
	Name string // "Dem. People's Rep. of Korea"
	// ISO3 is the list's ISO 3166 alpha-3 field, or a pseudo-code ("S19",
	// "_X ") for residual areas. For World (0) it is "W00", as Comtrade's
	// API prints it; the copy the reference read had overwritten it.
	ISO3           string
	ISO2           string // the ISO 3166 alpha-2 field; "" where the list has none
	Note           string // the list's note: "Democratic People's Republic of Korea"
	ValidFrom      int    // first year of validity; 0 when not stated
	ValidTo        int    // last year of validity; 0 when open
	InPartnerList  bool
	InReporterList bool
	Group          bool // an aggregate of areas (World, EU, ASEAN)
}

// Region returns the area's ISO 3166 region from its ISO2 field, as
// [language.Region] ("KP" for 408); false for codes with no ISO2 field or
// one x/text does not know as a region.
func (a ComtradeArea) Region() (language.Region, bool) {
	if len(a.ISO2) != 2 {
		return language.Region{}, false
	}
	r, err := language.ParseRegion(a.ISO2)
	if err != nil || !r.IsCountry() {
		return language.Region{}, false
	}
	return r, true
}

// LookupComtradeArea returns the partner or reporter area with code c
// among those the reference lists; false otherwise (the data holds a
// selection of Comtrade's 310 partner and 255 reporter codes).
func LookupComtradeArea(c int) (ComtradeArea, bool) { return comtradeAreaRow(c) }

// ComtradeAreas returns the areas [LookupComtradeArea] knows, in the
// reference's order: the DPRK, World and the main partners first, then
// residual and special codes.
func ComtradeAreas() []ComtradeArea {
	codes := comtradeAreaCodes()
	out := make([]ComtradeArea, 0, len(codes))
	for _, c := range codes {
		a, _ := comtradeAreaRow(c)
		out = append(out, a)
	}
	return out
}
