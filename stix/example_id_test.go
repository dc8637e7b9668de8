package stix_test

import (
	"fmt"

	"github.com/kpledger/kpledger/stix"
)

// Identifiers are UUIDv5 of a name in the package's Namespace, so the same
// incident always has the same STIX id, in every export.
func ExampleID() {
	fmt.Println(stix.ID("incident", "incident/2022-ronin-bridge"))
	fmt.Println(stix.ID("incident", "incident/2022-ronin-bridge") == stix.ID("incident", "incident/2022-ronin-bridge"))
	// Output:
	// incident--a59eb125-16b8-5ebd-bfef-50fea3a73070
	// true
}
