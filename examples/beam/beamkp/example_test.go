package beamkp_test

import (
	"fmt"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/beam/beamkp"
)

// A runner splits the input, adds each part into an accumulator of its
// own, ships the accumulators between workers through the registered
// coder and merges them: the result is exactly the sequential total.
func ExampleSumFn() {
	fn := &beamkp.SumFn{}
	a := fn.CreateAccumulator()
	a = fn.AddInput(a, currency.MustNewAmount("0.10", currency.USD))
	a = fn.AddInput(a, currency.MustNewAmount("1500", currency.KRW))
	b := fn.CreateAccumulator()
	b = fn.AddInput(b, currency.MustNewAmount("0.125", currency.USD))

	shipped, err := beamkp.EncodeTotals(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	received, err := beamkp.DecodeTotals(shipped)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fn.ExtractOutput(fn.MergeAccumulators(a, received)))
	// Output: KRW 1500, USD 0.225
}

// Each record counts under every measure it falls under or may fall
// under; a record with no finding counts as clean, and one that cannot be
// read as rejected, with the reason (in year 0 here: this header has no
// refYear column to give the year of a record that fails).
func ExampleScreener_Line() {
	sc, err := beamkp.NewScreener("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue")
	if err != nil {
		fmt.Println(err)
		return
	}
	ts := beamkp.Tallies{}
	for _, line := range []string{
		"M,201710,156,M,408,H5,270112,8,1200000,96000.50", // coal from the DPRK, October 2017
		"M,201602,156,M,408,H5,090111,8,500,1200",         // coffee
		"M,201710,156,M,410,H5,270112,8,1,1",              // partner 410 is not the DPRK
	} {
		if err := sc.Line(line, ts.Add); err != nil {
			fmt.Println("rejected:", err != nil)
		}
	}
	rows, err := ts.Rows()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rows {
		fmt.Println(r)
	}
	// Output:
	// rejected: true
	// ,,0,rejected,,1,1,,,
	// ,,2016,clean,kilogram,1,0,1200.00,USD,500
	// 2270/OP29,"S/RES/2270 (2016), OP 29?",2017,undetermined,kilogram,1,0,96000.50,USD,1200000
	// 2371/OP8,"S/RES/2371 (2017), OP 8",2017,covered,kilogram,1,0,96000.50,USD,1200000
}
