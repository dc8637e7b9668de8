package sanctions_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/sanctions"
)

// exampleMeasure is a measure built by hand for the examples, shaped like
// a coal cap; it is not one of the built-in rows.
func exampleMeasure() sanctions.Measure {
	return sanctions.Measure{
		ID:         "9999/OP1",
		Resolution: sanctions.Resolution{Number: 9999, Adopted: time.Date(2016, time.November, 30, 0, 0, 0, 0, time.UTC)},
		Paragraph:  sanctions.OP(1),
		Kind:       sanctions.ExportCap, Direction: sanctions.DPRKExports,
		Commodities: []sanctions.Commodity{sanctions.Coal},
		Caps: []sanctions.Cap{{
			Period: sanctions.Period{Kind: sanctions.CalendarYears, Start: time.Date(2017, time.January, 1, 0, 0, 0, 0, time.UTC)},
			Limits: []sanctions.Limit{
				{Value: currency.MustNewAmount("400000000", currency.USD)},
				{Quantity: sanctions.MustQuantity("7500000", sanctions.MetricTon)},
			},
			WhicheverLower: true,
		}},
	}
}

// A measure's JSON: snake_case keys, days as YYYY-MM-DD, enumerations by
// name, decimals as strings; unset fields are left out.
func ExampleMeasure_MarshalJSON() {
	b, err := json.Marshal(exampleMeasure())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	var back sanctions.Measure
	fmt.Println(json.Unmarshal(b, &back), back.Caps[0].Limits[1].Quantity)
	// Output:
	// {"id":"9999/OP1","resolution":{"number":9999,"adopted":"2016-11-30"},"paragraph":{"number":1,"label":"1"},"kind":"export cap","direction":"DPRK exports","commodities":["coal"],"caps":[{"period":{"kind":"calendar years","start":"2017-01-01"},"limits":[{"value":{"amount":"400000000.00","currency":"USD"}},{"quantity":{"value":"7500000","unit":"metric ton"}}],"whichever_lower":true,"verified":"no"}],"verified":"no","paragraph_verified":"no"}
	// <nil> 7500000 metric tons
}

// The cap limits of measures as a long table, one row per limit, joined
// to the measures by measure_id.
func ExampleWriteMeasureTable() {
	ms := slices.Values([]sanctions.Measure{exampleMeasure()})
	if err := sanctions.WriteMeasureTable(os.Stdout, sanctions.MeasureCapLimitsTable, ms); err != nil {
		fmt.Println(err)
	}
	// Output:
	// measure_id,cap,limit,value,value_currency,quantity,quantity_unit
	// 9999/OP1,1,1,400000000,USD,,
	// 9999/OP1,1,2,,,7500000,metric ton
}
