package sanctions

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// Tidy tables for pandas and R.
//
// The measures of a [Regime] are written as one table of measures and long
// tables for their lists (commodities, HS codes, caps and their limits,
// exemptions, deadlines, supersessions, sources, notes), each row carrying
// the measure's ID, so that a join on measure_id rebuilds the whole. The
// revenue estimates are one table, with long tables for their resolutions
// and commodities keyed by the estimate's number (its position in
// [RevenueEstimates], from 1). Every table starts with a header row; the
// column names below are stable: new columns are only appended.
//
// Conventions: days are ISO 8601 ("2017-08-05"), empty when unknown;
// booleans are "true" or "false"; enumerations are their text names;
// amounts are two columns, the exact decimal and the ISO currency code;
// quantities are the exact decimal and the unit's name; a paragraph the
// reference has not seen has an empty number and label and
// paragraph_seen "false".

// MeasureTable is one of the tables [WriteMeasureTable] writes. The zero
// MeasureTable is UnknownMeasureTable. New values are only appended.
type MeasureTable uint8

// The measure tables and their columns.
const (
	UnknownMeasureTable MeasureTable = iota
	// MeasuresTable: measure_id, resolution, resolution_adopted,
	// paragraph_seen, paragraph_number, paragraph_label, kind, direction,
	// scope, transition_applies, transition_days, transition_last_day,
	// transition_last_day_derived, transition_notify_days, clarifies,
	// quote, quote_source, verified, paragraph_verified,
	// transition_commodities (joined by "; "; empty means all of the
	// measure's), transition_note, transition_source, resolution_subject,
	// resolution_note.
	MeasuresTable
	// MeasureCommoditiesTable: measure_id, commodity.
	MeasureCommoditiesTable
	// MeasureHSTable: measure_id, scope (the mapping's number within the
	// measure, from 1), code, commodity, origin, verified, excludes,
	// incomplete, quote, note, source_publisher, source_date, source_url.
	// One row per code.
	MeasureHSTable
	// MeasureCapsTable: measure_id, cap (from 1), period_kind,
	// period_start, period_end, whichever_lower, per_state, basis,
	// paragraph, quote, verified, note, source.
	MeasureCapsTable
	// MeasureCapLimitsTable: measure_id, cap, limit (from 1), value,
	// value_currency, quantity, quantity_unit. A limit fills either the
	// value or the quantity pair.
	MeasureCapLimitsTable
	// MeasureExemptionsTable: measure_id, exemption (from 1), text, quoted,
	// commodities (the goods it applies to, joined by "; "; empty means
	// all of the measure's), verified, source.
	MeasureExemptionsTable
	// MeasureDeadlinesTable: measure_id, what, months, days, day, derived,
	// verified, note.
	MeasureDeadlinesTable
	// MeasureSupersedesTable: measure_id, supersedes (the earlier
	// measure's ID), from, inferred, note.
	MeasureSupersedesTable
	// MeasureSourcesTable: measure_id, publisher, date, url.
	MeasureSourcesTable
	// MeasureNotesTable: measure_id, type ("unverified" or "note"), text.
	MeasureNotesTable
)

const numMeasureTables = 11

// String returns the table's name, the file name it suggests without
// ".csv": "measures", "measure_commodities", "measure_hs", …
func (t MeasureTable) String() string {
	switch t {
	case UnknownMeasureTable:
		return "unknown"
	case MeasuresTable:
		return "measures"
	case MeasureCommoditiesTable:
		return "measure_commodities"
	case MeasureHSTable:
		return "measure_hs"
	case MeasureCapsTable:
		return "measure_caps"
	case MeasureCapLimitsTable:
		return "measure_cap_limits"
	case MeasureExemptionsTable:
		return "measure_exemptions"
	case MeasureDeadlinesTable:
		return "measure_deadlines"
	case MeasureSupersedesTable:
		return "measure_supersedes"
	case MeasureSourcesTable:
		return "measure_sources"
	case MeasureNotesTable:
		return "measure_notes"
	}
	return fmt.Sprintf("MeasureTable(%d)", uint8(t))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (t MeasureTable) MarshalText() ([]byte, error) {
	return marshalEnum("MeasureTable", t, numMeasureTables, MeasureTable.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (t *MeasureTable) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("MeasureTable", text, numMeasureTables, MeasureTable.String)
	if err == nil {
		*t = v
	}
	return err
}

// MeasureTables returns every measure table, in order.
func MeasureTables() []MeasureTable {
	out := make([]MeasureTable, 0, numMeasureTables-1)
	for t := MeasureTable(1); t < numMeasureTables; t++ {
		out = append(out, t)
	}
	return out
}

// Columns returns the table's column names, in order; nil for an unknown
// table.
func (t MeasureTable) Columns() []string {
	switch t {
	case MeasuresTable:
		return []string{"measure_id", "resolution", "resolution_adopted", "paragraph_seen", "paragraph_number", "paragraph_label",
			"kind", "direction", "scope", "transition_applies", "transition_days", "transition_last_day", "transition_last_day_derived",
			"transition_notify_days", "clarifies", "quote", "quote_source", "verified", "paragraph_verified",
			"transition_commodities", "transition_note", "transition_source", "resolution_subject", "resolution_note"}
	case MeasureCommoditiesTable:
		return []string{"measure_id", "commodity"}
	case MeasureHSTable:
		return []string{"measure_id", "scope", "code", "commodity", "origin", "verified", "excludes", "incomplete", "quote", "note",
			"source_publisher", "source_date", "source_url"}
	case MeasureCapsTable:
		return []string{"measure_id", "cap", "period_kind", "period_start", "period_end", "whichever_lower", "per_state", "basis",
			"paragraph", "quote", "verified", "note", "source"}
	case MeasureCapLimitsTable:
		return []string{"measure_id", "cap", "limit", "value", "value_currency", "quantity", "quantity_unit"}
	case MeasureExemptionsTable:
		return []string{"measure_id", "exemption", "text", "quoted", "commodities", "verified", "source"}
	case MeasureDeadlinesTable:
		return []string{"measure_id", "what", "months", "days", "day", "derived", "verified", "note"}
	case MeasureSupersedesTable:
		return []string{"measure_id", "supersedes", "from", "inferred", "note"}
	case MeasureSourcesTable:
		return []string{"measure_id", "publisher", "date", "url"}
	case MeasureNotesTable:
		return []string{"measure_id", "type", "text"}
	}
	return nil
}

// WriteMeasureTable writes table t of the measures as CSV to w: a header
// row of [MeasureTable.Columns], then one row per measure or list item,
// in the measures' order. Pass [Regime.All] for the measures of a regime.
//
// WriteMeasureTable returns an error if t is unknown, a measure holds an
// enumeration value out of range, or w fails.
func WriteMeasureTable(w io.Writer, t MeasureTable, measures iter.Seq[Measure]) error {
	cols := t.Columns()
	if cols == nil {
		return &FieldError{Field: "MeasureTable", Value: t.String(), Reason: "unknown table", Err: ErrUnknownName}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return writeError(t, err)
	}
	var err error
	row := func(fields ...string) {
		if err == nil {
			if werr := cw.Write(fields); werr != nil {
				err = writeError(t, werr)
			}
		}
	}
	for m := range measures {
		// A write error row recorded stands; measureRows reports only
		// its own (an enumeration it cannot name).
		if merr := measureRows(t, m, row); err == nil {
			err = merr
		}
		if err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return writeError(t, err)
	}
	return nil
}

// writeError says which table a write to the caller's writer failed on.
func writeError(t fmt.Stringer, err error) error {
	return fmt.Errorf("sanctions: writing table %s: %w", t, err)
}

// measureRows writes the rows of table t for m.
func measureRows(t MeasureTable, m Measure, row func(...string)) (err error) {
	e := func(name string, v interface{ MarshalText() ([]byte, error) }) string {
		b, merr := v.MarshalText()
		if merr != nil && err == nil {
			err = fmt.Errorf("sanctions: measure %s: %s: %w", clip(m.ID), name, merr)
		}
		return string(b)
	}
	commodities := func(cs []Commodity) string {
		var b strings.Builder
		for k, c := range cs {
			if k > 0 {
				b.WriteString("; ")
			}
			b.WriteString(e("Commodity", c))
		}
		return b.String()
	}
	id := m.ID
	switch t {
	case MeasuresTable:
		p := m.Paragraph
		num, label := "", ""
		if p.Known {
			num, label = strconv.Itoa(p.Number), p.Label
		}
		tr := m.Transition
		row(id, strconv.Itoa(m.Resolution.Number), csvDay(m.Resolution.Adopted), csvBool(p.Known), num, label,
			e("Kind", m.Kind), e("Direction", m.Direction), m.Scope, tr.Applies, csvInt(tr.Days), csvDay(tr.LastDay),
			csvBool(tr.LastDayDerived), csvInt(tr.NotifyDays), m.Clarifies, m.Quote, m.QuoteSource,
			e("Verified", m.Verified), e("ParagraphVerified", m.ParagraphVerified),
			commodities(tr.Commodities), tr.Note, tr.Source, m.Resolution.Subject, m.Resolution.Note)
	case MeasureCommoditiesTable:
		for _, c := range m.Commodities {
			row(id, e("Commodity", c))
		}
	case MeasureHSTable:
		for i, s := range m.HS {
			for _, c := range s.Codes {
				row(id, strconv.Itoa(i+1), c.String(), e("Commodity", s.Commodity), e("HSOrigin", s.Origin), e("Verified", s.Verified),
					s.Excludes, csvBool(s.Incomplete), s.Quote, s.Note, s.Source.Publisher, csvDay(s.Source.Date), s.Source.URL)
			}
		}
	case MeasureCapsTable:
		for i, c := range m.Caps {
			row(id, strconv.Itoa(i+1), e("PeriodKind", c.Period.Kind), csvDay(c.Period.Start), csvDay(c.Period.End),
				csvBool(c.WhicheverLower), csvBool(c.PerState), c.Basis, c.Paragraph, c.Quote, e("Verified", c.Verified), c.Note, c.Source)
		}
	case MeasureCapLimitsTable:
		for i, c := range m.Caps {
			for j, l := range c.Limits {
				val, cur, qty, unit := "", "", "", ""
				if l.IsValue() {
					val, cur = l.Value.Decimal().String(), l.Value.Currency().String()
				} else {
					qty, unit = csvDecimal(l.Quantity.Value), e("Unit", l.Quantity.Unit)
				}
				row(id, strconv.Itoa(i+1), strconv.Itoa(j+1), val, cur, qty, unit)
			}
		}
	case MeasureExemptionsTable:
		for i, x := range m.Exemptions {
			row(id, strconv.Itoa(i+1), x.Text, csvBool(x.Quoted), commodities(x.Commodities), e("Verified", x.Verified), x.Source)
		}
	case MeasureDeadlinesTable:
		for _, d := range m.Deadlines {
			row(id, d.What, csvInt(d.Months), csvInt(d.Days), csvDay(d.Day), csvBool(d.Derived), e("Verified", d.Verified), d.Note)
		}
	case MeasureSupersedesTable:
		for _, s := range m.Supersedes {
			row(id, s.ID, csvDay(s.From), csvBool(s.Inferred), s.Note)
		}
	case MeasureSourcesTable:
		for _, s := range m.Sources {
			row(id, s.Publisher, csvDay(s.Date), s.URL)
		}
	case MeasureNotesTable:
		for _, u := range m.Unverified {
			row(id, "unverified", u)
		}
		for _, n := range m.Notes {
			row(id, "note", n)
		}
	}
	return err
}

// RevenueTable is one of the tables [WriteRevenueTable] writes. The zero
// RevenueTable is UnknownRevenueTable. New values are only appended.
type RevenueTable uint8

// The revenue-estimate tables and their columns.
const (
	UnknownRevenueTable RevenueTable = iota
	// RevenueEstimatesTable: estimate (its number, from 1), subject,
	// workers, outcome, text, qualifier, amount, amount_currency,
	// equivalent, equivalent_currency, per, share_qualifier, share,
	// people_qualifier, people, publisher, via, published,
	// published_precision ("day", "month", "year", or empty), source,
	// equivalent_qualifier, high_qualifier, high, high_currency,
	// high_equivalent_qualifier, high_equivalent,
	// high_equivalent_currency (the high end of a range, empty for a single
	// figure). A qualifier cell is empty when its amount is.
	RevenueEstimatesTable
	// RevenueResolutionsTable: estimate, resolution.
	RevenueResolutionsTable
	// RevenueCommoditiesTable: estimate, commodity.
	RevenueCommoditiesTable
)

const numRevenueTables = 4

// String returns the table's name: "revenue_estimates",
// "revenue_resolutions", "revenue_commodities".
func (t RevenueTable) String() string {
	switch t {
	case UnknownRevenueTable:
		return "unknown"
	case RevenueEstimatesTable:
		return "revenue_estimates"
	case RevenueResolutionsTable:
		return "revenue_resolutions"
	case RevenueCommoditiesTable:
		return "revenue_commodities"
	}
	return fmt.Sprintf("RevenueTable(%d)", uint8(t))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (t RevenueTable) MarshalText() ([]byte, error) {
	return marshalEnum("RevenueTable", t, numRevenueTables, RevenueTable.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (t *RevenueTable) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("RevenueTable", text, numRevenueTables, RevenueTable.String)
	if err == nil {
		*t = v
	}
	return err
}

// Columns returns the table's column names, in order; nil for an unknown
// table.
func (t RevenueTable) Columns() []string {
	switch t {
	case RevenueEstimatesTable:
		return []string{"estimate", "subject", "workers", "outcome", "text", "qualifier", "amount", "amount_currency", "equivalent",
			"equivalent_currency", "per", "share_qualifier", "share", "people_qualifier", "people", "publisher", "via", "published",
			"published_precision", "source", "equivalent_qualifier", "high_qualifier", "high", "high_currency",
			"high_equivalent_qualifier", "high_equivalent", "high_equivalent_currency"}
	case RevenueResolutionsTable:
		return []string{"estimate", "resolution"}
	case RevenueCommoditiesTable:
		return []string{"estimate", "commodity"}
	}
	return nil
}

// WriteRevenueTable writes table t of the estimates as CSV to w: a header
// row of [RevenueTable.Columns], then one row per estimate or list item.
// An estimate's number is its position in estimates, from 1; pass
// [RevenueEstimates] for the built-in ones.
//
// WriteRevenueTable returns an error if t is unknown, an estimate holds an
// enumeration value out of range, or w fails.
func WriteRevenueTable(w io.Writer, t RevenueTable, estimates []RevenueEstimate) error {
	cols := t.Columns()
	if cols == nil {
		return &FieldError{Field: "RevenueTable", Value: t.String(), Reason: "unknown table", Err: ErrUnknownName}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return writeError(t, err)
	}
	for i, x := range estimates {
		n := strconv.Itoa(i + 1)
		var rows [][]string
		switch t {
		case RevenueEstimatesTable:
			f := x.Figure
			var qs [6]string
			for k, q := range [...]currency.Qualifier{f.Qualifier, x.Share.Qualifier, x.People.Qualifier,
				f.EquivalentQualifier, f.HighQualifier, f.HighEquivalentQualifier} {
				b, err := q.MarshalText()
				if err != nil {
					return fmt.Errorf("sanctions: estimate %s: %w", n, err)
				}
				qs[k] = string(b)
			}
			amt, amtCur := csvAmount(f.Amount)
			eq, eqCur := csvAmount(f.Equivalent)
			high, highCur := csvAmount(f.High)
			heq, heqCur := csvAmount(f.HighEquivalent)
			share, shareQ := csvNumber(x.Share, qs[1])
			people, peopleQ := csvNumber(x.People, qs[2])
			rows = append(rows, []string{n, x.Subject, csvBool(x.Workers), csvBool(x.Outcome), x.Text, ifSet(qs[0], amt), amt, amtCur,
				eq, eqCur, x.Per, shareQ, share, peopleQ, people, x.Publisher, x.Via, x.Published, datePrecision(x.Published),
				x.Source, ifSet(qs[3], eq), ifSet(qs[4], high), high, highCur, ifSet(qs[5], heq), heq, heqCur})
		case RevenueResolutionsTable:
			for _, r := range x.Resolutions {
				rows = append(rows, []string{n, strconv.Itoa(r)})
			}
		case RevenueCommoditiesTable:
			for _, c := range x.Commodities {
				b, err := c.MarshalText()
				if err != nil {
					return fmt.Errorf("sanctions: estimate %s: %w", n, err)
				}
				rows = append(rows, []string{n, string(b)})
			}
		}
		for _, row := range rows {
			if err := cw.Write(row); err != nil {
				return writeError(t, err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return writeError(t, err)
	}
	return nil
}

func csvDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func csvBool(b bool) string { return strconv.FormatBool(b) }

// csvInt writes 0 as empty: the fields it is used for say "0 if none".
func csvInt(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func csvDecimal(d decimal.Decimal) string { return d.String() }

// csvAmount returns an amount's exact decimal and currency, or two empty
// cells for the zero Amount (no amount given).
func csvAmount(a currency.Amount) (string, string) {
	if a.Currency() == currency.XXX && a.IsZero() {
		return "", ""
	}
	return a.Decimal().String(), a.Currency().String()
}

// ifSet returns the qualifier cell q, or an empty cell when the amount
// cell it qualifies is empty.
func ifSet(q, amount string) string {
	if amount == "" {
		return ""
	}
	return q
}

// csvNumber returns a number and its qualifier, or empty cells for the
// zero Number (none printed).
func csvNumber(n Number, qualifier string) (string, string) {
	if n.isZero() {
		return "", ""
	}
	return n.Value.String(), qualifier
}

// datePrecision names the precision of a date given as text:
// "2017-08-05" day, "2019-12" month, "2019" year, "" otherwise.
func datePrecision(s string) string {
	layouts := [...]struct{ layout, name string }{{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"}}
	for _, l := range layouts {
		if len(s) == len(l.layout) {
			if _, err := time.Parse(l.layout, s); err == nil {
				return l.name
			}
		}
	}
	return ""
}
