package sanctions

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the written CSV does not read back: %v", err)
	}
	return rows
}

// TestWriteMeasureTables writes every table of the built-in regime, reads
// it back with encoding/csv, and checks the header and the row count
// against the data.
func TestWriteMeasureTables(t *testing.T) {
	r := DPRK()
	ms := slices.Collect(r.All())
	count := func(f func(Measure) int) int {
		n := 0
		for _, m := range ms {
			n += f(m)
		}
		return n
	}
	want := map[MeasureTable]int{
		MeasuresTable:           len(ms),
		MeasureCommoditiesTable: count(func(m Measure) int { return len(m.Commodities) }),
		MeasureHSTable: count(func(m Measure) int {
			n := 0
			for _, s := range m.HS {
				n += len(s.Codes)
			}
			return n
		}),
		MeasureCapsTable: count(func(m Measure) int { return len(m.Caps) }),
		MeasureCapLimitsTable: count(func(m Measure) int {
			n := 0
			for _, c := range m.Caps {
				n += len(c.Limits)
			}
			return n
		}),
		MeasureExemptionsTable: count(func(m Measure) int { return len(m.Exemptions) }),
		MeasureDeadlinesTable:  count(func(m Measure) int { return len(m.Deadlines) }),
		MeasureSupersedesTable: count(func(m Measure) int { return len(m.Supersedes) }),
		MeasureSourcesTable:    count(func(m Measure) int { return len(m.Sources) }),
		MeasureNotesTable:      count(func(m Measure) int { return len(m.Unverified) + len(m.Notes) }),
	}
	if len(MeasureTables()) != len(want) {
		t.Fatalf("MeasureTables() has %d tables, the test %d", len(MeasureTables()), len(want))
	}
	for _, tab := range MeasureTables() {
		t.Run(tab.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteMeasureTable(&b, tab, r.All()); err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, b.Bytes())
			if diff := cmp.Diff(tab.Columns(), rows[0]); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			if got := len(rows) - 1; got != want[tab] {
				t.Errorf("%d rows, want %d", got, want[tab])
			}
			if want[tab] == 0 {
				t.Errorf("the built-in data gives table %s no rows; the test cannot check it", tab)
			}
		})
	}
}

// TestMeasureTablesRebuildCaps joins the caps and limits tables on
// measure_id and cap and checks that they give back every limit exactly.
func TestMeasureTablesRebuildCaps(t *testing.T) {
	r := DPRK()
	var caps, limits bytes.Buffer
	if err := WriteMeasureTable(&caps, MeasureCapsTable, r.All()); err != nil {
		t.Fatal(err)
	}
	if err := WriteMeasureTable(&limits, MeasureCapLimitsTable, r.All()); err != nil {
		t.Fatal(err)
	}
	capRows := readCSV(t, caps.Bytes())[1:]
	got := map[string][]Limit{}
	for _, row := range readCSV(t, limits.Bytes())[1:] {
		key := row[0] + "#" + row[1]
		var l Limit
		if row[3] != "" {
			c, err := currency.ParseCurrency(row[4])
			if err != nil {
				t.Fatal(err)
			}
			l.Value = currency.AmountOf(decimal.RequireFromString(row[3]), c)
		} else {
			var u Unit
			if err := u.UnmarshalText([]byte(row[6])); err != nil {
				t.Fatal(err)
			}
			l.Quantity = Quantity{Value: decimal.RequireFromString(row[5]), Unit: u}
		}
		got[key] = append(got[key], l)
	}
	n := 0
	for m := range r.All() {
		for i, c := range m.Caps {
			key := m.ID + "#" + strconv.Itoa(i+1)
			if diff := cmp.Diff(c.Limits, got[key]); diff != "" && len(c.Limits) > 0 {
				t.Errorf("%s limits (-want +got):\n%s", key, diff)
			}
			n++
		}
	}
	if n != len(capRows) {
		t.Errorf("%d caps in the data, %d rows in the caps table", n, len(capRows))
	}
}

// TestMeasuresTableParagraphNotSeen checks that a paragraph nobody has
// seen has no number in the table.
func TestMeasuresTableParagraphNotSeen(t *testing.T) {
	var b bytes.Buffer
	m := Measure{ID: "1874/financial", Resolution: Resolution{Number: 1874}, Kind: FinancialRestriction, Direction: Financial}
	if err := WriteMeasureTable(&b, MeasuresTable, slices.Values([]Measure{m})); err != nil {
		t.Fatal(err)
	}
	row := readCSV(t, b.Bytes())[1]
	if row[3] != "false" || row[4] != "" || row[5] != "" {
		t.Errorf("paragraph_seen, number, label = %q, %q, %q; want false and two empty cells", row[3], row[4], row[5])
	}
}

// TestMeasuresTableTransitionAndResolution checks that the transition's
// commodities, note and source and the resolution's subject and note reach
// the measures table.
func TestMeasuresTableTransitionAndResolution(t *testing.T) {
	m := Measure{ID: "9999/OP1", Resolution: Resolution{Number: 9999, Subject: "test subject", Note: "test date note"},
		Kind: ExportBan, Direction: DPRKExports,
		Transition: Transition{Commodities: []Commodity{Coal, Textiles}, Note: "test window note", Source: "test source"}}
	var b bytes.Buffer
	if err := WriteMeasureTable(&b, MeasuresTable, slices.Values([]Measure{m})); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	for col, want := range map[string]string{
		"transition_commodities": "coal; textiles",
		"transition_note":        "test window note",
		"transition_source":      "test source",
		"resolution_subject":     "test subject",
		"resolution_note":        "test date note",
	} {
		t.Run(col, func(t *testing.T) {
			k := slices.Index(rows[0], col)
			if k < 0 {
				t.Fatalf("no column %q in %v", col, rows[0])
			}
			if got := rows[1][k]; got != want {
				t.Errorf("%s = %q, want %q", col, got, want)
			}
		})
	}
}

func TestWriteRevenueTables(t *testing.T) {
	es := RevenueEstimates()
	tables := map[RevenueTable]int{RevenueEstimatesTable: len(es)}
	for _, e := range es {
		tables[RevenueResolutionsTable] += len(e.Resolutions)
		tables[RevenueCommoditiesTable] += len(e.Commodities)
	}
	for tab, want := range tables {
		var b bytes.Buffer
		if err := WriteRevenueTable(&b, tab, es); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, b.Bytes())
		if !slices.Equal(rows[0], tab.Columns()) || len(rows)-1 != want {
			t.Errorf("%s: header %v, %d rows; want %v, %d", tab, rows[0], len(rows)-1, tab.Columns(), want)
		}
		if tab != RevenueEstimatesTable {
			continue
		}
		for i, row := range rows[1:] {
			e := es[i]
			if row[0] != strconv.Itoa(i+1) || row[1] != e.Subject || row[4] != e.Text || row[17] != e.Published {
				t.Errorf("row %d = %q", i+1, row)
			}
			if e.Figure.Amount.Currency() != currency.XXX {
				d, err := decimal.NewFromString(row[6])
				if err != nil || !d.Equal(e.Figure.Amount.Decimal()) || row[7] != e.Figure.Amount.Currency().String() {
					t.Errorf("row %d amount %q %q, want %v", i+1, row[6], row[7], e.Figure.Amount)
				}
			}
		}
	}
}

// TestWriteRevenueRange checks that a range keeps its high end and every
// qualifier in the CSV, and that a single figure leaves those cells empty.
func TestWriteRevenueRange(t *testing.T) {
	es := []RevenueEstimate{
		{Subject: "range", Figure: currency.Figure{
			Qualifier: currency.About, Amount: currency.MustNewAmount("300000000", currency.USD),
			HighQualifier: currency.MoreThan, High: currency.MustNewAmount("500000000", currency.USD),
			EquivalentQualifier: currency.About, Equivalent: currency.MustNewAmount("400000000000", currency.KRW),
			HighEquivalentQualifier: currency.Nearly, HighEquivalent: currency.MustNewAmount("600000000000", currency.KRW),
		}},
		{Subject: "single", Figure: currency.Figure{Amount: currency.MustNewAmount("1", currency.USD)}},
	}
	var b bytes.Buffer
	if err := WriteRevenueTable(&b, RevenueEstimatesTable, es); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	cell := func(row int, col string) string {
		return rows[row][slices.Index(rows[0], col)]
	}
	tests := []struct {
		row       int
		col, want string
	}{
		{1, "qualifier", "about"},
		{1, "equivalent_qualifier", "about"},
		{1, "high_qualifier", "more than"},
		{1, "high", "500000000"},
		{1, "high_currency", "USD"},
		{1, "high_equivalent_qualifier", "nearly"},
		{1, "high_equivalent", "600000000000"},
		{1, "high_equivalent_currency", "KRW"},
		{2, "equivalent_qualifier", ""},
		{2, "high_qualifier", ""},
		{2, "high", ""},
		{2, "high_equivalent", ""},
	}
	for _, tt := range tests {
		t.Run(es[tt.row-1].Subject+"/"+tt.col, func(t *testing.T) {
			if got := cell(tt.row, tt.col); got != tt.want {
				t.Errorf("row %d %s = %q, want %q", tt.row, tt.col, got, tt.want)
			}
		})
	}
}

func TestDatePrecision(t *testing.T) {
	for in, want := range map[string]string{"2017-08-05": "day", "2019-12": "month", "2019": "year", "": "", "Dec 2019": "", "2019-13": ""} {
		if got := datePrecision(in); got != want {
			t.Errorf("datePrecision(%q) = %q, want %q", in, got, want)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTableErrors(t *testing.T) {
	if err := WriteMeasureTable(&bytes.Buffer{}, UnknownMeasureTable, DPRK().All()); !errors.Is(err, ErrUnknownName) {
		t.Errorf("unknown table: error %v, want ErrUnknownName", err)
	}
	if err := WriteRevenueTable(&bytes.Buffer{}, 9, nil); !errors.Is(err, ErrUnknownName) {
		t.Errorf("unknown revenue table: error %v, want ErrUnknownName", err)
	}
	for _, tab := range MeasureTables() {
		err := WriteMeasureTable(failingWriter{}, tab, DPRK().All())
		if err == nil || !strings.Contains(err.Error(), "sanctions: writing table "+tab.String()) || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("WriteMeasureTable(%s) to a failing writer: error %v, want one naming the table and the cause", tab, err)
		}
	}
	if err := WriteRevenueTable(failingWriter{}, RevenueEstimatesTable, RevenueEstimates()); err == nil || !strings.Contains(err.Error(), "revenue_estimates") {
		t.Errorf("WriteRevenueTable to a failing writer: error %v, want one naming the table", err)
	}
	bad := Measure{ID: "x", Kind: 200}
	if err := WriteMeasureTable(&bytes.Buffer{}, MeasuresTable, slices.Values([]Measure{bad})); err == nil {
		t.Error("an out-of-range kind gave no error")
	}
	var mt MeasureTable
	if err := mt.UnmarshalText([]byte("measure_caps")); err != nil || mt != MeasureCapsTable {
		t.Errorf("UnmarshalText(measure_caps) = %v, %v", mt, err)
	}
}
