package sanctions_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpledger/kpledger/sanctions"
)

// The tables WriteMeasureTable writes: the main table has one row per
// measure, the others one row per item, joined on measure_id.
func ExampleMeasureTables() {
	for _, t := range sanctions.MeasureTables() {
		fmt.Println(t, len(t.Columns()))
	}
	fmt.Println(sanctions.MeasureCapLimitsTable.Columns())
	// Output:
	// measures 24
	// measure_commodities 2
	// measure_hs 13
	// measure_caps 13
	// measure_cap_limits 7
	// measure_exemptions 7
	// measure_deadlines 8
	// measure_supersedes 5
	// measure_sources 4
	// measure_notes 3
	// [measure_id cap limit value value_currency quantity quantity_unit]
}

// The built-in revenue estimates as a CSV table, one row per estimate: the
// header, then how many rows follow.
func ExampleWriteRevenueTable() {
	var buf bytes.Buffer
	if err := sanctions.WriteRevenueTable(&buf, sanctions.RevenueEstimatesTable, sanctions.RevenueEstimates()); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(lines[0])
	fmt.Println(len(lines)-1 == len(sanctions.RevenueEstimates()))
	fmt.Println(sanctions.RevenueResolutionsTable.Columns())
	// Output:
	// estimate,subject,workers,outcome,text,qualifier,amount,amount_currency,equivalent,equivalent_currency,per,share_qualifier,share,people_qualifier,people,publisher,via,published,published_precision,source,equivalent_qualifier,high_qualifier,high,high_currency,high_equivalent_qualifier,high_equivalent,high_equivalent_currency
	// true
	// [estimate resolution]
}

// The revenue tables and their columns: the estimates table, and the
// resolutions and commodities each estimate is about, one row each.
func ExampleRevenueTable_Columns() {
	for _, t := range []sanctions.RevenueTable{sanctions.RevenueEstimatesTable, sanctions.RevenueResolutionsTable, sanctions.RevenueCommoditiesTable} {
		fmt.Println(t, len(t.Columns()))
	}
	// Output:
	// revenue_estimates 27
	// revenue_resolutions 2
	// revenue_commodities 2
}
