package sanctions_test

import (
	"fmt"
	"strings"

	"github.com/kpledger/kpledger/sanctions"
)

// A line of a Comtrade CSV file, read and converted for screening. The
// record is illustrative, made for this example: a partner's imports of
// anthracite from the DPRK in October 2017, in kilograms.
func ExampleComtradeRecord_Trade() {
	header := strings.Split("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue,isReported", ",")
	line := strings.Split("M,201710,156,M,408,H5,270111,8,2500000,210000,True", ",")
	rec, err := sanctions.ParseComtradeCSV(header, line)
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := rec.Trade()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Date.Format("2006-01"), t.Precision, t.Direction, t.HS, t.Quantity, t.Value)

	// A re-export to the DPRK has no direction the reference documents.
	rec.FlowCode = "RX"
	_, err = rec.Trade()
	fmt.Println(err != nil)
	// Output:
	// 2017-10 month DPRK exports 270111 2500000 kilograms USD 210000.00
	// true
}
