package incidents_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
)

// The estimates table of two built-in estimates, one row each; the parts,
// sources and notes tables (skipped here) join on id = estimate_id.
func ExampleWriteEstimateTables() {
	var buf bytes.Buffer
	var es []incidents.Estimate
	for _, id := range []string{"N2", "N3"} {
		e, _ := incidents.LookupEstimate(id)
		es = append(es, e)
	}
	if err := incidents.WriteEstimateTables(incidents.EstimateTables{Estimates: &buf}, slices.Values(es)); err != nil {
		fmt.Println(err)
		return
	}
	rows := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(len(rows)-1, "rows")
	for _, r := range rows[1:] {
		id, _, _ := strings.Cut(r, ",")
		fmt.Println(id)
	}
	// Output:
	// 2 rows
	// N2
	// N3
}

// Estimates written as tables read back as the same values; a cell that
// cannot be read is a *CSVError with its table, line and column.
func ExampleReadEstimateTables() {
	e, _ := incidents.LookupEstimate("N2")
	var est, parts, srcs, notes bytes.Buffer
	err := incidents.WriteEstimateTables(incidents.EstimateTables{Estimates: &est, Parts: &parts, Sources: &srcs, Notes: &notes},
		slices.Values([]incidents.Estimate{e}))
	if err != nil {
		fmt.Println(err)
		return
	}
	back, err := incidents.ReadEstimateTables(incidents.EstimateReaders{
		Estimates: bytes.NewReader(est.Bytes()), Parts: &parts, Sources: &srcs, Notes: &notes,
	})
	fmt.Println(len(back), err, back[0].ID, back[0].Figure.Amount.Equal(e.Figure.Amount))

	broken := strings.Replace(est.String(), "2022-12-22", "2022-13-22", 1)
	_, err = incidents.ReadEstimateTables(incidents.EstimateReaders{Estimates: strings.NewReader(broken)})
	var ce *incidents.CSVError
	fmt.Println(errors.As(err, &ce), ce.Table, ce.Line, ce.Column)
	// Output:
	// 1 <nil> N2 true
	// true estimates 2 published
}

// ByYearOf gives what ByYear gives over a slice, reading each incident in
// place: the fast path for the built-in data or a caller's own slice.
func ExampleByYearOf() {
	known := incidents.Known()
	for _, y := range incidents.ByYearOf(known, incidents.FirstUSD) {
		if y.Year == 2019 || y.Year == 2022 {
			fmt.Println(y.Year, y.Totals.Get(currency.USD), y.Len())
		}
	}
	// Output:
	// 2019 USD 91922000.00 6
	// 2022 USD 748000000.00 3
}

// A table cell that cannot be read names its table, line and column; the
// header is line 1.
func ExampleCSVError() {
	sheet := "id,date,country\n2024-mine,2024-02-30,KR\n"
	_, err := incidents.ReadIncidentTables(incidents.IncidentReaders{Incidents: strings.NewReader(sheet)})
	var ce *incidents.CSVError
	if errors.As(err, &ce) {
		fmt.Println(ce.Table, ce.Line, ce.Column)
	}
	// Output:
	// incidents 2 date
}
