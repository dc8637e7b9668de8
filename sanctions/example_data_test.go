package sanctions_test

import (
	"fmt"

	"github.com/kpledger/kpledger/sanctions"
)

// A measure whose paragraph nobody has seen: 1874's seizure of banned
// cargo. Its citation says "paragraph not seen", its Paragraph has no
// number, and the row says what is unchecked and where it was read.
func ExampleMeasure_Citation() {
	m, _ := sanctions.DPRK().Measure("1874/cargo-seizure")
	fmt.Println(m.Citation())
	fmt.Println("known:", m.Paragraph.Known, "- number:", m.Paragraph.Number, "- label:", m.Paragraph.Label == "")
	fmt.Println("row:", m.Verified, "- paragraph:", m.ParagraphVerified)
	for _, u := range m.Unverified {
		fmt.Println("-", u)
	}
	for _, s := range m.Sources {
		fmt.Println("source:", s.Publisher)
	}

	sub, _ := sanctions.DPRK().Measure("1718/OP8(a)(iii)")
	fmt.Println(sub.Citation(), "| number", sub.Paragraph.Number, "| label", sub.Paragraph.Label)
	// Output:
	// S/RES/1874 (2009), paragraph not seen
	// known: false - number: 0 - label: true
	// row: no - paragraph: no
	// - paragraph not seen; the wording is from the State Department table and the Panel of Experts report, not the resolution text
	// source: US State Department table (US Embassy Seoul, web archive)
	// source: 2010 Panel of Experts report (docslib)
	// S/RES/1718 (2006), OP 8 (a) (iii) | number 8 | label 8 (a) (iii)
}
