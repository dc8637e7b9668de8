package sanctions_test

import (
	"fmt"

	"github.com/kpledger/kpledger/sanctions"
)

// LookupHS names a code's section, chapter and heading. The texts are UN
// Comtrade's descriptors and the official wordings the reference saw; they
// say what the code is called, not which measure covers it.
func ExampleLookupHS() {
	e, ok := sanctions.LookupHS(sanctions.MustParseHSCode("030389"))
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(e.Section, e.Section.Title())
	fmt.Println(e.Chapter)
	fmt.Println(e.Heading)
	for _, w := range e.Chapter.Wordings {
		fmt.Println("  official:", w, w.Note)
	}
	fmt.Println("heading verified by:", e.Heading.Verification())
	// Output:
	// section I (chapters 01–05) "Live animals; animal products" [A1] (national tariff)
	// chapter 03 "Fish and crustaceans, molluscs and other aquatic invertebrates" (UN Comtrade descriptor, HS 2022)
	// heading 0303 "Fish; frozen, excluding fish fillets and other fish meat of heading 0304" (UN Comtrade descriptor, HS 2022)
	//   official: "Fish and Crustaceans, Molluscs and Other Aquatic Invertebrates" [B1] (national tariff) Schedule B 2026 (US Census Bureau); title case as printed
	// heading verified by: UN Comtrade descriptor
}

// A code HS 2022 dropped is still found, with its HS 2017 descriptor.
func ExampleLookupHS_hs2017() {
	e, _ := sanctions.LookupHS(sanctions.MustParseHSCode("8803"))
	fmt.Println(e.Heading)
	fmt.Println(e.Heading.InHS2022, e.Heading.InHS2017)
	// Output:
	// heading 8803 "Aircraft; parts of heading no. 8801 or 8802" (UN Comtrade descriptor, HS 2017; not in HS 2022)
	// false true
}
