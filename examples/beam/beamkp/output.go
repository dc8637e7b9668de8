package beamkp

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/shopspring/decimal"
)

func init() {
	register.Function2x2(FormatRow)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeCSVFn{})
	register.Iter1[string]()
}

// Columns are the columns of the totals CSV that [WriteCSV] and
// [WriteRows] write, in order:
//   - measure_id, citation: the measure (empty for clean and rejected records);
//   - year: the calendar year of the record's period (0 for a rejected
//     record whose period could not be read);
//   - outcome: covered, undetermined, clean or rejected;
//   - quantity_unit: the unit of quantity ("kilogram", "metric ton",
//     "barrel"), empty for records without a quantity;
//   - records: the records counted; records_without_value: of them, those
//     with no value;
//   - value, currency: the exact sum of their values (empty when none
//     has one);
//   - quantity: the exact sum of their quantities in quantity_unit; empty,
//     not 0, when quantity_unit is (the records gave no quantity).
//
// A record with several findings is counted in the row of each, so rows
// of different measures overlap; the clean and rejected rows and the rows
// of one measure do not.
var Columns = []string{"measure_id", "citation", "year", "outcome", "quantity_unit", "records", "records_without_value", "value", "currency", "quantity"}

// FormatRow returns the CSV line (without its newline) of one key's
// tally, in the order of [Columns].
//
// FormatRow returns an error if the tally's values are in more than one
// currency (Comtrade values are all US dollars; a row has one currency
// column and never drops a total).
func FormatRow(k Key, t Tally) (string, error) {
	value, cur := "", ""
	switch t.Value.Len() {
	case 0:
	case 1:
		for a := range t.Value.All() {
			s := a.String()
			cur, value, _ = strings.Cut(s, " ")
		}
	default:
		return "", fmt.Errorf("beamkp: the %s %d %s row has values in %d currencies (%v): a row holds one", k.MeasureID, k.Year, k.Outcome, t.Value.Len(), t.Value)
	}
	quantity := ""
	if k.Unit != "" { // records without a quantity have no unit: "0" would be a made-up sum
		quantity = decimalString(t.Quantity)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{k.MeasureID, k.Citation, strconv.Itoa(k.Year), k.Outcome, k.Unit,
		strconv.FormatInt(t.Records, 10), strconv.FormatInt(t.NoValue, 10), value, cur, quantity})
	w.Flush()
	return strings.TrimRight(b.String(), "\r\n"), w.Error()
}

// decimalString prints d with all the fraction digits its exponent gives.
func decimalString(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 {
		return d.StringFixed(-e)
	}
	return d.String()
}

// WriteRows writes the header of [Columns] and rows (lines of
// [FormatRow]) to w, rows sorted, so that equal totals give equal bytes
// whatever the order they were computed in.
func WriteRows(w io.Writer, rows []string) error {
	rows = slices.Clone(rows)
	slices.Sort(rows)
	var b bytes.Buffer
	b.WriteString(strings.Join(Columns, ","))
	b.WriteByte('\n')
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Tallies is the single-process counterpart of [Screen]: the tally of
// each key, filled by [Screener.Line] through [Tallies.Add].
type Tallies map[Key]*Tally

// Add counts it under k.
func (ts Tallies) Add(k Key, it Item) {
	t := ts[k]
	if t == nil {
		t = &Tally{}
		ts[k] = t
	}
	t.Add(it)
}

// Rows returns the lines of [FormatRow] of every key, sorted.
//
// Rows returns the first error of FormatRow.
func (ts Tallies) Rows() ([]string, error) {
	rows := make([]string, 0, len(ts))
	for k, t := range ts {
		r, err := FormatRow(k, *t)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	slices.Sort(rows)
	return rows, nil
}

// WriteCSV writes the tallies of a PCollection of KV<[Key], [Tally]> to
// one CSV file at path (any path a linked-in Beam filesystem takes), as
// [WriteRows] does. The rows are few (measures × years × outcomes ×
// units), so one worker writes them all.
func WriteCSV(s beam.Scope, path string, tallies beam.PCollection) {
	s = s.Scope("beamkp.WriteCSV")
	rows := beam.ParDo(s, FormatRow, tallies)
	grouped := beam.GroupByKey(s, beam.AddFixedKey(s, rows))
	beam.ParDo0(s, &writeCSVFn{Path: path}, grouped)
}

type writeCSVFn struct {
	Path string
}

func (fn *writeCSVFn) ProcessElement(ctx context.Context, _ int, rows func(*string) bool) error {
	var all []string
	var r string
	for rows(&r) {
		all = append(all, r)
	}
	var b bytes.Buffer
	if err := WriteRows(&b, all); err != nil {
		return err
	}
	fs, err := filesystem.New(ctx, fn.Path)
	if err != nil {
		return fmt.Errorf("beamkp: %s: %w", fn.Path, err)
	}
	defer fs.Close()
	if err := filesystem.Write(ctx, fs, fn.Path, b.Bytes()); err != nil {
		return fmt.Errorf("beamkp: writing %s: %w", fn.Path, err)
	}
	return nil
}
