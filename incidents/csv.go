package incidents

import (
	"encoding"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// csvCol is one column of a table of T: its name, how to write a cell and
// how to read one (nil for a column the readers ignore).
type csvCol[T any] struct {
	name string
	get  func(*T) (string, error)
	set  func(*T, string) error
}

// csvSub lifts the columns of U to columns of T through field, with a
// prefix on their names.
func csvSub[T, U any](prefix string, cols []csvCol[U], field func(*T) *U) []csvCol[T] {
	out := make([]csvCol[T], len(cols))
	for i, c := range cols {
		out[i] = csvCol[T]{name: prefix + c.name, get: func(t *T) (string, error) { return c.get(field(t)) }}
		if c.set != nil {
			out[i].set = func(t *T, s string) error { return c.set(field(t), s) }
		}
	}
	return out
}

func strCol[T any](name string, f func(*T) *string) csvCol[T] {
	return csvCol[T]{name,
		func(t *T) (string, error) { return *f(t), nil },
		func(t *T, s string) error { *f(t) = s; return nil }}
}

func boolCol[T any](name string, f func(*T) *bool) csvCol[T] {
	return csvCol[T]{name,
		func(t *T) (string, error) { return strconv.FormatBool(*f(t)), nil },
		func(t *T, s string) error {
			switch s {
			case "true", "TRUE", "True":
				*f(t) = true
			case "false", "FALSE", "False", "":
				*f(t) = false
			default:
				return fmt.Errorf("%s is not a boolean: want true or false", jsonClip(s))
			}
			return nil
		}}
}

func dateCol[T any](name string, f func(*T) *time.Time) csvCol[T] {
	return csvCol[T]{name,
		func(t *T) (string, error) { return jsonDate(*f(t)), nil },
		func(t *T, s string) error {
			if s == "" {
				*f(t) = time.Time{}
				return nil
			}
			d, err := parseJSONDate("", s)
			if err != nil {
				return errors.Unwrap(err)
			}
			*f(t) = d
			return nil
		}}
}

// enumCol is a column of an enumeration whose zero value is written as an
// empty cell.
func enumCol[T any, E interface {
	comparable
	encoding.TextMarshaler
}](name, typ string, f func(*T) *E, unmarshal func(*E, []byte) error) csvCol[T] {
	return csvCol[T]{name,
		func(t *T) (string, error) {
			var zero E
			if *f(t) == zero {
				return "", nil
			}
			b, err := (*f(t)).MarshalText()
			return string(b), err
		},
		func(t *T, s string) error {
			if s == "" {
				var zero E
				*f(t) = zero
				return nil
			}
			if err := unmarshal(f(t), []byte(s)); err != nil {
				return fmt.Errorf("unknown %s %s", typ, jsonClip(s))
			}
			return nil
		}}
}

func countryCol[T any](name string, f func(*T) *language.Region) csvCol[T] {
	return csvCol[T]{name,
		func(t *T) (string, error) { return jsonCountry("", *f(t)) },
		func(t *T, s string) error {
			if s == "" {
				*f(t) = language.Region{}
				return nil
			}
			r, err := parseCountry(s)
			if err != nil {
				return err
			}
			*f(t) = r
			return nil
		}}
}

// amountCols are the two columns of an amount: the exact decimal and the
// currency.
func amountCols[T any](prefix string, f func(*T) *currency.Amount) []csvCol[T] {
	return []csvCol[T]{
		{prefix + "amount",
			func(t *T) (string, error) {
				a := *f(t)
				if isNoAmount(a) {
					return "", nil
				}
				if !a.Currency().Valid() {
					return "", fmt.Errorf("invalid currency %v", a.Currency())
				}
				_, num, _ := strings.Cut(a.String(), " ")
				return num, nil
			},
			func(t *T, s string) error {
				if s == "" {
					return nil
				}
				a, err := currency.NewAmount(s, f(t).Currency())
				if err != nil {
					return fmt.Errorf("malformed amount %s", jsonClip(s))
				}
				*f(t) = a
				return nil
			}},
		{prefix + "currency",
			func(t *T) (string, error) {
				if isNoAmount(*f(t)) {
					return "", nil
				}
				return f(t).Currency().String(), nil
			},
			func(t *T, s string) error {
				if s == "" {
					return nil
				}
				c, err := currency.ParseCurrency(s)
				if err != nil || s != c.String() {
					return fmt.Errorf("unknown currency %s: want an ISO 4217 code in upper case", jsonClip(s))
				}
				*f(t) = currency.AmountOf(f(t).Decimal(), c)
				return nil
			}},
	}
}

func figureCols[T any](prefix string, f func(*T) *currency.Figure) []csvCol[T] {
	q := func(name string, g func(*currency.Figure) *currency.Qualifier) csvCol[T] {
		return enumCol(prefix+name, "qualifier", func(t *T) *currency.Qualifier { return g(f(t)) }, (*currency.Qualifier).UnmarshalText)
	}
	a := func(name string, g func(*currency.Figure) *currency.Amount) []csvCol[T] {
		return amountCols(prefix+name, func(t *T) *currency.Amount { return g(f(t)) })
	}
	var cols []csvCol[T]
	cols = append(cols, q("qualifier", func(f *currency.Figure) *currency.Qualifier { return &f.Qualifier }))
	cols = append(cols, a("", func(f *currency.Figure) *currency.Amount { return &f.Amount })...)
	cols = append(cols, q("equivalent_qualifier", func(f *currency.Figure) *currency.Qualifier { return &f.EquivalentQualifier }))
	cols = append(cols, a("equivalent_", func(f *currency.Figure) *currency.Amount { return &f.Equivalent })...)
	cols = append(cols, q("high_qualifier", func(f *currency.Figure) *currency.Qualifier { return &f.HighQualifier }))
	cols = append(cols, a("high_", func(f *currency.Figure) *currency.Amount { return &f.High })...)
	cols = append(cols, q("high_equivalent_qualifier", func(f *currency.Figure) *currency.Qualifier { return &f.HighEquivalentQualifier }))
	return append(cols, a("high_equivalent_", func(f *currency.Figure) *currency.Amount { return &f.HighEquivalent })...)
}

func reportedCols[T any](f func(*T) *Reported) []csvCol[T] {
	cols := figureCols("", func(t *T) *currency.Figure { return &f(t).Figure })
	return append(cols,
		strCol("as_printed", func(t *T) *string { return &f(t).AsPrinted }),
		strCol("by", func(t *T) *string { return &f(t).By }),
		strCol("equivalent_by", func(t *T) *string { return &f(t).EquivalentBy }))
}

func sourceCols[T any](prefix string, f func(*T) *Source) []csvCol[T] {
	return []csvCol[T]{
		strCol(prefix+"by", func(t *T) *string { return &f(t).By }),
		dateCol(prefix+"date", func(t *T) *time.Time { return &f(t).Date }),
		strCol(prefix+"url", func(t *T) *string { return &f(t).URL }),
		strCol(prefix+"note", func(t *T) *string { return &f(t).Note }),
	}
}

// Rows of the long tables: the owner's ID, the field (for tables that hold
// several lists), the position from 1, and the value.
type longRow[V any] struct {
	id    string
	field string
	seq   int
	v     V
}

func longCols[V any](key string, withField bool, cols []csvCol[V]) []csvCol[longRow[V]] {
	out := []csvCol[longRow[V]]{strCol(key, func(r *longRow[V]) *string { return &r.id })}
	if withField {
		out = append(out, strCol("field", func(r *longRow[V]) *string { return &r.field }))
	}
	out = append(out, csvCol[longRow[V]]{"seq",
		func(r *longRow[V]) (string, error) { return strconv.Itoa(r.seq), nil },
		func(r *longRow[V], s string) error {
			if s == "" {
				r.seq = 0
				return nil
			}
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > 1_000_000 {
				return fmt.Errorf("%s is not a position: want 1, 2, …", jsonClip(s))
			}
			r.seq = n
			return nil
		}})
	return append(out, csvSub("", cols, func(r *longRow[V]) *V { return &r.v })...)
}

func incidentCols() []csvCol[Incident] {
	cols := []csvCol[Incident]{
		strCol("id", func(i *Incident) *string { return &i.ID }),
		strCol("row", func(i *Incident) *string { return &i.Row }),
		dateCol("date", func(i *Incident) *time.Time { return &i.Date }),
		enumCol("date_precision", "precision", func(i *Incident) *Precision { return &i.DatePrecision }, (*Precision).UnmarshalText),
		strCol("victim", func(i *Incident) *string { return &i.Victim }),
		boolCol("victim_unverified", func(i *Incident) *bool { return &i.VictimUnverified }),
		strCol("filed_as", func(i *Incident) *string { return &i.FiledAs }),
		strCol("identified_as", func(i *Incident) *string { return &i.IdentifiedAs }),
		strCol("identified_by", func(i *Incident) *string { return &i.IdentifiedBy }),
		countryCol("country", func(i *Incident) *language.Region { return &i.Country }),
		boolCol("country_unverified", func(i *Incident) *bool { return &i.CountryUnverified }),
		enumCol("victim_type", "victim type", func(i *Incident) *VictimType { return &i.VictimType }, (*VictimType).UnmarshalText),
	}
	cols = append(cols, amountCols("loss_", func(i *Incident) *currency.Amount { return &i.Loss })...)
	return append(cols,
		boolCol("attempt_only", func(i *Incident) *bool { return &i.AttemptOnly }),
		enumCol("stated_status", "status", func(i *Incident) *Status { return &i.StatedStatus }, (*Status).UnmarshalText),
		strCol("stated_text", func(i *Incident) *string { return &i.StatedText }),
		csvCol[Incident]{name: "status", get: func(i *Incident) (string, error) { return i.Status().String(), nil }},
		csvCol[Incident]{name: "disputed", get: func(i *Incident) (string, error) { return strconv.FormatBool(i.Disputed()), nil }},
	)
}

func assetCols() []csvCol[Asset] {
	return []csvCol[Asset]{
		strCol("symbol", func(a *Asset) *string { return &a.Symbol }),
		{"quantity",
			func(a *Asset) (string, error) { return a.Quantity.String(), nil },
			func(a *Asset, s string) error {
				d, err := parseJSONDecimal(s)
				if err != nil {
					return err
				}
				a.Quantity = d
				return nil
			}},
		enumCol("qualifier", "qualifier", func(a *Asset) *currency.Qualifier { return &a.Qualifier }, (*currency.Qualifier).UnmarshalText),
		strCol("by", func(a *Asset) *string { return &a.By }),
		boolCol("partial", func(a *Asset) *bool { return &a.Partial }),
	}
}

func flowCols() []csvCol[Flow] {
	cols := []csvCol[Flow]{
		enumCol("kind", "flow kind", func(f *Flow) *FlowKind { return &f.Kind }, (*FlowKind).UnmarshalText),
		boolCol("whole", func(f *Flow) *bool { return &f.Whole }),
	}
	cols = append(cols, reportedCols(func(f *Flow) *Reported { return &f.Figure })...)
	return append(cols, sourceCols("source_", func(f *Flow) *Source { return &f.Source })...)
}

func attributionCols() []csvCol[Attribution] {
	cols := []csvCol[Attribution]{
		strCol("actor", func(a *Attribution) *string { return &a.Actor }),
		{"clusters",
			func(a *Attribution) (string, error) {
				names := make([]string, len(a.Clusters))
				for i, c := range a.Clusters {
					b, err := c.MarshalText()
					if err != nil {
						return "", err
					}
					names[i] = string(b)
				}
				return strings.Join(names, "|"), nil
			},
			func(a *Attribution, s string) error {
				a.Clusters = nil
				if s == "" {
					return nil
				}
				for name := range strings.SplitSeq(s, "|") {
					var c Cluster
					if err := c.UnmarshalText([]byte(strings.TrimSpace(name))); err != nil {
						return fmt.Errorf("unknown cluster %s", jsonClip(name))
					}
					a.Clusters = append(a.Clusters, c)
				}
				return nil
			}},
		strCol("by", func(a *Attribution) *string { return &a.By }),
		dateCol("date", func(a *Attribution) *time.Time { return &a.Date }),
		enumCol("date_precision", "precision", func(a *Attribution) *Precision { return &a.DatePrecision }, (*Precision).UnmarshalText),
		enumCol("status", "status", func(a *Attribution) *Status { return &a.Status }, (*Status).UnmarshalText),
		strCol("unverified", func(a *Attribution) *string { return &a.Unverified }),
	}
	return append(cols, sourceCols("source_", func(a *Attribution) *Source { return &a.Source })...)
}

func plainSourceCols() []csvCol[Source] {
	return sourceCols("", func(s *Source) *Source { return s })
}

func textCols() []csvCol[string] {
	return []csvCol[string]{strCol("text", func(s *string) *string { return s })}
}

// csvTable writes one table: the header, then a row per value.
type csvTable[T any] struct {
	name string
	cols []csvCol[T]
	w    *csv.Writer
	rec  []string // the row being written, reused: csv.Writer keeps no reference to it
}

func newCSVTable[T any](name string, w io.Writer, cols []csvCol[T]) (*csvTable[T], error) {
	if w == nil {
		return nil, nil
	}
	t := &csvTable[T]{name: name, cols: cols, w: csv.NewWriter(w), rec: make([]string, len(cols))}
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.name
	}
	if err := t.w.Write(header); err != nil {
		return nil, fmt.Errorf("incidents: write %s table: %w", name, err)
	}
	return t, nil
}

// write writes a row for v, the record (or list) what names in errors.
func (t *csvTable[T]) write(v *T, what, id, field string) error {
	if t == nil {
		return nil
	}
	rec := t.rec
	for i, c := range t.cols {
		s, err := c.get(v)
		if err != nil {
			name := what + " " + jsonClip(id)
			if field != "" {
				name += " " + field
			}
			return fmt.Errorf("incidents: write %s table: %s: column %q: %w", t.name, name, c.name, err)
		}
		rec[i] = s
	}
	if err := t.w.Write(rec); err != nil {
		return fmt.Errorf("incidents: write %s table: %w", t.name, err)
	}
	return nil
}

func (t *csvTable[T]) flush() error {
	if t == nil {
		return nil
	}
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		return fmt.Errorf("incidents: write %s table: %w", t.name, err)
	}
	return nil
}

// writeLong writes the values of one list of an owner to a long table.
func writeLong[V any](t *csvTable[longRow[V]], id, field string, vs []V) error {
	for i := range vs {
		r := longRow[V]{id: id, field: field, seq: i + 1, v: vs[i]}
		if err := t.write(&r, "record", id, field); err != nil {
			return err
		}
	}
	return nil
}

// IncidentTables names where each incident table goes (or comes from: see
// [IncidentReaders]). A nil Writer skips its table; the package
// documentation lists the columns of each.
type IncidentTables struct {
	Incidents    io.Writer // one row per incident
	Figures      io.Writer // LossReport, LossUSD and OtherLosses, one row per figure
	Assets       io.Writer // one row per coin taken
	Flows        io.Writer // one row per flow (attempted, returned, …)
	Attributions io.Writer // one row per attribution
	Sources      io.Writer // one row per source of an incident
	Notes        io.Writer // Unverified and Notes, one row per line
}

// WriteIncidentTables writes incs as tidy CSV tables to the writers of t
// (see the package documentation for the columns). It returns an error,
// naming the table, the incident and the column, if a value cannot be
// written (an undefined enumeration value, a region that is not a country,
// an amount in an invalid currency) or a writer fails; the tables written
// until then are incomplete.
func WriteIncidentTables(t IncidentTables, incs iter.Seq[Incident]) error {
	ti, err := newCSVTable("incidents", t.Incidents, incidentCols())
	if err != nil {
		return err
	}
	tf, err := newCSVTable("figures", t.Figures, longCols("incident_id", true, reportedCols(func(r *Reported) *Reported { return r })))
	if err != nil {
		return err
	}
	ta, err := newCSVTable("assets", t.Assets, longCols("incident_id", false, assetCols()))
	if err != nil {
		return err
	}
	tw, err := newCSVTable("flows", t.Flows, longCols("incident_id", false, flowCols()))
	if err != nil {
		return err
	}
	tb, err := newCSVTable("attributions", t.Attributions, longCols("incident_id", false, attributionCols()))
	if err != nil {
		return err
	}
	ts, err := newCSVTable("sources", t.Sources, longCols("incident_id", false, plainSourceCols()))
	if err != nil {
		return err
	}
	tn, err := newCSVTable("notes", t.Notes, longCols("incident_id", true, textCols()))
	if err != nil {
		return err
	}
	if incs != nil {
		for inc := range incs {
			var lossReport []Reported
			if inc.LossReport != (Reported{}) {
				lossReport = []Reported{inc.LossReport}
			}
			if err := errors.Join(
				ti.write(&inc, "incident", inc.ID, ""),
				writeLong(tf, inc.ID, "loss_report", lossReport),
				writeLong(tf, inc.ID, "loss_usd", inc.LossUSD),
				writeLong(tf, inc.ID, "other_losses", inc.OtherLosses),
				writeLong(ta, inc.ID, "", inc.Assets),
				writeLong(tw, inc.ID, "", inc.Flows),
				writeLong(tb, inc.ID, "", inc.Attributions),
				writeLong(ts, inc.ID, "", inc.Sources),
				writeLong(tn, inc.ID, "unverified", inc.Unverified),
				writeLong(tn, inc.ID, "notes", inc.Notes),
			); err != nil {
				return err
			}
		}
	}
	return errors.Join(ti.flush(), tf.flush(), ta.flush(), tw.flush(), tb.flush(), ts.flush(), tn.flush())
}

// EstimateTables names where each estimate table goes. A nil Writer skips
// its table; the package documentation lists the columns of each.
type EstimateTables struct {
	Estimates io.Writer // one row per estimate
	Parts     io.Writer // one row per itemized part
	Sources   io.Writer // one row per source of an estimate
	Notes     io.Writer // Unverified and Notes, one row per line
}

func estimateCols() []csvCol[Estimate] {
	cols := []csvCol[Estimate]{
		strCol("id", func(e *Estimate) *string { return &e.ID }),
		strCol("row", func(e *Estimate) *string { return &e.Row }),
		enumCol("publisher", "publisher", func(e *Estimate) *Publisher { return &e.Publisher }, (*Publisher).UnmarshalText),
		strCol("venue", func(e *Estimate) *string { return &e.Venue }),
		dateCol("published", func(e *Estimate) *time.Time { return &e.Published }),
		enumCol("published_precision", "precision", func(e *Estimate) *Precision { return &e.PublishedPrecision }, (*Precision).UnmarshalText),
		dateCol("period_from", func(e *Estimate) *time.Time { return &e.Period.From }),
		dateCol("period_to", func(e *Estimate) *time.Time { return &e.Period.To }),
		strCol("period_as_printed", func(e *Estimate) *string { return &e.PeriodAsPrinted }),
		enumCol("scope", "scope", func(e *Estimate) *Scope { return &e.Scope }, (*Scope).UnmarshalText),
		countryCol("country", func(e *Estimate) *language.Region { return &e.Country }),
		strCol("incident", func(e *Estimate) *string { return &e.Incident }),
		strCol("scope_as_printed", func(e *Estimate) *string { return &e.ScopeAsPrinted }),
	}
	cols = append(cols, figureCols("", func(e *Estimate) *currency.Figure { return &e.Figure })...)
	return append(cols,
		strCol("as_printed", func(e *Estimate) *string { return &e.AsPrinted }),
		strCol("equivalent_by", func(e *Estimate) *string { return &e.EquivalentBy }),
		csvCol[Estimate]{"attacks_n",
			func(e *Estimate) (string, error) {
				if e.Attacks.IsZero() {
					return "", nil
				}
				return strconv.Itoa(e.Attacks.N), nil
			},
			func(e *Estimate, s string) error {
				if s == "" {
					e.Attacks.N = 0
					return nil
				}
				n, err := strconv.Atoi(s)
				if err != nil || len(s) > 12 {
					return fmt.Errorf("%s is not a whole number", jsonClip(s))
				}
				e.Attacks.N = n
				return nil
			}},
		enumCol("attacks_qualifier", "qualifier", func(e *Estimate) *currency.Qualifier { return &e.Attacks.Qualifier }, (*currency.Qualifier).UnmarshalText),
		strCol("attacks_unit", func(e *Estimate) *string { return &e.Attacks.Unit }),
		boolCol("attempted", func(e *Estimate) *bool { return &e.Attempted }),
		boolCol("all_actors", func(e *Estimate) *bool { return &e.AllActors }),
		strCol("revises", func(e *Estimate) *string { return &e.Revises }),
		enumCol("revision", "revision", func(e *Estimate) *Revision { return &e.Revision }, (*Revision).UnmarshalText),
		csvCol[Estimate]{"revised_by",
			func(e *Estimate) (string, error) {
				for _, id := range e.RevisedBy {
					if id == "" || strings.Contains(id, "|") {
						return "", fmt.Errorf("estimate ID %s cannot be listed in one cell", jsonClip(id))
					}
				}
				return strings.Join(e.RevisedBy, "|"), nil
			},
			func(e *Estimate, s string) error {
				e.RevisedBy = nil
				if s != "" {
					e.RevisedBy = strings.Split(s, "|")
				}
				return nil
			}},
		enumCol("verification", "verification", func(e *Estimate) *Verification { return &e.Verification }, (*Verification).UnmarshalText),
	)
}

func partCols() []csvCol[Part] {
	cols := []csvCol[Part]{strCol("label", func(p *Part) *string { return &p.Label })}
	cols = append(cols, figureCols("", func(p *Part) *currency.Figure { return &p.Figure })...)
	return append(cols, strCol("incident", func(p *Part) *string { return &p.Incident }))
}

// WriteEstimateTables writes es as tidy CSV tables to the writers of t (see
// the package documentation for the columns). It returns an error, naming
// the table, the estimate and the column, if a value cannot be written or
// a writer fails.
func WriteEstimateTables(t EstimateTables, es iter.Seq[Estimate]) error {
	te, err := newCSVTable("estimates", t.Estimates, estimateCols())
	if err != nil {
		return err
	}
	tp, err := newCSVTable("parts", t.Parts, longCols("estimate_id", false, partCols()))
	if err != nil {
		return err
	}
	ts, err := newCSVTable("sources", t.Sources, longCols("estimate_id", false, plainSourceCols()))
	if err != nil {
		return err
	}
	tn, err := newCSVTable("notes", t.Notes, longCols("estimate_id", true, textCols()))
	if err != nil {
		return err
	}
	if es != nil {
		for e := range es {
			if err := errors.Join(
				te.write(&e, "estimate", e.ID, ""),
				writeLong(tp, e.ID, "", e.Parts),
				writeLong(ts, e.ID, "", e.Sources),
				writeLong(tn, e.ID, "unverified", e.Unverified),
				writeLong(tn, e.ID, "notes", e.Notes),
			); err != nil {
				return err
			}
		}
	}
	return errors.Join(te.flush(), tp.flush(), ts.flush(), tn.flush())
}

// Reading.

// CSVError is an error in one cell of a table that [ReadIncidentTables] or
// [ReadEstimateTables] read: the table, the line (counting the header as
// line 1) and the column. It wraps the cause: a *ValidationError for a
// record that [Incident.Validate] or [Estimate.Validate] rejects.
type CSVError struct {
	Table  string // "incidents", "attributions", …
	Line   int    // the line in the table's input, from 1; 0 if unknown
	Column string // the column's name; empty for the row as a whole
	Err    error
}

// Error returns `incidents: incidents table, line 5, column "country":
// unknown country "Korea"`.
func (e *CSVError) Error() string {
	s := fmt.Sprintf("incidents: %s table", e.Table)
	if e.Line > 0 {
		s += fmt.Sprintf(", line %d", e.Line)
	}
	if e.Column != "" {
		s += fmt.Sprintf(", column %q", e.Column)
	}
	msg := e.Err.Error()
	msg = strings.TrimPrefix(msg, "incidents: ")
	return s + ": " + msg
}

// Unwrap returns the cause.
func (e *CSVError) Unwrap() error { return e.Err }

// maxCSVRecords bounds the rows a reader accepts in one table.
const maxCSVRecords = 1_000_000

// readTable reads a table of T: a header naming known columns (in any
// order, each at most once; "id" or the key column required), then
// records. It calls add with each value and its line.
// readMain reads a main table, whose rows are records with an "id"
// column: the records in row order, and the line of each ID. An empty or
// repeated ID is a *[CSVError] at its line.
func readMain[T any](name string, r io.Reader, cols []csvCol[T], id func(*T) string) ([]T, map[string]int, error) {
	var out []T
	lines := map[string]int{}
	err := readTable(name, r, cols, "id", func(v T, line int) error {
		k := id(&v)
		if k == "" {
			return &CSVError{Table: name, Line: line, Column: "id", Err: errors.New("empty")}
		}
		if l, dup := lines[k]; dup {
			return &CSVError{Table: name, Line: line, Column: "id", Err: fmt.Errorf("%s repeats line %d", jsonClip(k), l)}
		}
		lines[k] = line
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out, lines, nil
}

func readTable[T any](name string, r io.Reader, cols []csvCol[T], key string, add func(v T, line int) error) error {
	if r == nil {
		return nil
	}
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return &CSVError{Table: name, Line: 1, Err: errors.New("empty input: want a header row")}
	}
	if err != nil {
		return &CSVError{Table: name, Err: err}
	}
	byName := make(map[string]int, len(cols))
	for i, c := range cols {
		byName[c.name] = i
	}
	at := make([]int, len(header)) // column index of each header cell
	seen := make(map[string]bool, len(header))
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		j, ok := byName[h]
		if !ok {
			return &CSVError{Table: name, Line: 1, Column: h, Err: errors.New("unknown column")}
		}
		if seen[h] {
			return &CSVError{Table: name, Line: 1, Column: h, Err: errors.New("column named twice")}
		}
		seen[h] = true
		at[i] = j
	}
	if !seen[key] {
		return &CSVError{Table: name, Line: 1, Column: key, Err: errors.New("missing column")}
	}
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line, err = pe.StartLine, pe.Err
			}
			return &CSVError{Table: name, Line: line, Err: err}
		}
		line, _ := cr.FieldPos(0)
		if n >= maxCSVRecords {
			return &CSVError{Table: name, Line: line, Err: fmt.Errorf("more than %d rows", maxCSVRecords)}
		}
		var v T
		for i, cell := range rec {
			c := cols[at[i]]
			if c.set == nil {
				continue
			}
			if err := c.set(&v, cell); err != nil {
				l, _ := cr.FieldPos(i)
				return &CSVError{Table: name, Line: l, Column: c.name, Err: err}
			}
		}
		if err := add(v, line); err != nil {
			var ce *CSVError
			if errors.As(err, &ce) {
				return err
			}
			return &CSVError{Table: name, Line: line, Err: err}
		}
	}
}

// IncidentReaders names where [ReadIncidentTables] reads each table of
// [IncidentTables] from. Incidents is required; a nil Reader reads as an
// empty table.
type IncidentReaders struct {
	Incidents, Figures, Assets, Flows, Attributions, Sources, Notes io.Reader
}

// where records the line of each record read, for validation errors.
type where struct {
	line  int
	lines map[string][]int // table → line of each element of that list
}

// longReader collects the rows of one long table by owner and field,
// ordered by seq (rows without one in input order, after those with one).
type longReader[V any] struct {
	rows map[string][]longRow[V] // key: id + "\x00" + field
	line map[string][]int
}

func readLong[V any](name string, r io.Reader, key string, withField bool, cols []csvCol[V], fields []string, known func(string) bool) (*longReader[V], error) {
	lr := &longReader[V]{rows: map[string][]longRow[V]{}, line: map[string][]int{}}
	err := readTable(name, r, longCols(key, withField, cols), key, func(row longRow[V], line int) error {
		if row.id == "" {
			return &CSVError{Table: name, Line: line, Column: key, Err: errors.New("empty")}
		}
		if !known(row.id) {
			return &CSVError{Table: name, Line: line, Column: key, Err: fmt.Errorf("%s is in no row of the main table", jsonClip(row.id))}
		}
		if withField && !slices.Contains(fields, row.field) {
			return &CSVError{Table: name, Line: line, Column: "field", Err: fmt.Errorf("unknown field %s: want one of %s", jsonClip(row.field), strings.Join(fields, ", "))}
		}
		k := row.id + "\x00" + row.field
		lr.rows[k] = append(lr.rows[k], row)
		lr.line[k] = append(lr.line[k], line)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, rows := range lr.rows {
		idx := make([]int, len(rows))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			sa, sb := rows[a].seq, rows[b].seq
			switch {
			case sa == sb:
				return 0
			case sa == 0:
				return 1
			case sb == 0:
				return -1
			}
			return sa - sb
		})
		sorted, lines := make([]longRow[V], len(rows)), make([]int, len(rows))
		for i, j := range idx {
			sorted[i], lines[i] = rows[j], lr.line[k][j]
		}
		lr.rows[k], lr.line[k] = sorted, lines
	}
	return lr, nil
}

// take returns the values of id's list field, and their lines.
func (lr *longReader[V]) take(id, field string) ([]V, []int) {
	if lr == nil {
		return nil, nil
	}
	rows := lr.rows[id+"\x00"+field]
	if rows == nil {
		return nil, nil
	}
	out := make([]V, len(rows))
	for i, r := range rows {
		out[i] = r.v
	}
	return out, lr.line[id+"\x00"+field]
}

// ReadIncidentTables reads the tables [WriteIncidentTables] writes (a user
// may have added rows or left columns out; columns may come in any order)
// and returns the incidents in the order of the incidents table, each
// rebuilt from its rows in every table.
//
// ReadIncidentTables returns a *[CSVError] naming the table, line and
// column and no incidents if a table is malformed: an unknown or repeated
// column, a missing id or incident_id column, an unknown currency,
// country or enumeration name, a malformed date, amount or quantity, an
// incident ID that is empty or repeated, or a row of a long table whose
// incident_id is in no row of the incidents table.
//
// It then validates every incident with [Incident.Validate] and, if any
// fails, returns all the incidents with an error joining a *[CSVError] per
// problem, naming the line and column where the problem lies and wrapping
// the *[ValidationError] (so errors.Is(err, [ErrInvalid]) holds).
func ReadIncidentTables(r IncidentReaders) ([]Incident, error) {
	if r.Incidents == nil {
		return nil, &CSVError{Table: "incidents", Err: errors.New("no incidents table")}
	}
	incs, lines, err := readMain("incidents", r.Incidents, incidentCols(), func(inc *Incident) string { return inc.ID })
	if err != nil {
		return nil, err
	}
	known := func(id string) bool { _, ok := lines[id]; return ok }
	figs, err := readLong("figures", r.Figures, "incident_id", true, reportedCols(func(r *Reported) *Reported { return r }), []string{"loss_report", "loss_usd", "other_losses"}, known)
	if err != nil {
		return nil, err
	}
	assets, err := readLong("assets", r.Assets, "incident_id", false, assetCols(), nil, known)
	if err != nil {
		return nil, err
	}
	flows, err := readLong("flows", r.Flows, "incident_id", false, flowCols(), nil, known)
	if err != nil {
		return nil, err
	}
	attrs, err := readLong("attributions", r.Attributions, "incident_id", false, attributionCols(), nil, known)
	if err != nil {
		return nil, err
	}
	srcs, err := readLong("sources", r.Sources, "incident_id", false, plainSourceCols(), nil, known)
	if err != nil {
		return nil, err
	}
	notes, err := readLong("notes", r.Notes, "incident_id", true, textCols(), []string{"unverified", "notes"}, known)
	if err != nil {
		return nil, err
	}
	var errs []error
	lists := incidentLists()
	for i := range incs {
		inc := &incs[i]
		w := where{line: lines[inc.ID], lines: map[string][]int{}}
		var lr []Reported
		lr, w.lines["loss_report"] = figs.take(inc.ID, "loss_report")
		if len(lr) > 1 {
			return nil, &CSVError{Table: "figures", Line: w.lines["loss_report"][1], Column: "field", Err: fmt.Errorf("a second loss_report for %s", jsonClip(inc.ID))}
		}
		if len(lr) == 1 {
			inc.LossReport = lr[0]
		}
		inc.LossUSD, w.lines["loss_usd"] = figs.take(inc.ID, "loss_usd")
		inc.OtherLosses, w.lines["other_losses"] = figs.take(inc.ID, "other_losses")
		inc.Assets, w.lines["assets"] = assets.take(inc.ID, "")
		inc.Flows, w.lines["flows"] = flows.take(inc.ID, "")
		inc.Attributions, w.lines["attributions"] = attrs.take(inc.ID, "")
		inc.Sources, w.lines["sources"] = srcs.take(inc.ID, "")
		inc.Unverified, _ = notes.take(inc.ID, "unverified")
		inc.Notes, _ = notes.take(inc.ID, "notes")
		errs = append(errs, locate(inc.Validate(), w, "incidents", lists)...)
	}
	if len(errs) > 0 {
		return incs, errors.Join(errs...)
	}
	return incs, nil
}

// incidentLists and estimateLists map a Go list field to the long table
// and the list its elements are read from.
func incidentLists() map[string][2]string {
	return map[string][2]string{
		"LossUSD": {"figures", "loss_usd"}, "OtherLosses": {"figures", "other_losses"},
		"LossReport": {"figures", "loss_report"}, "Assets": {"assets", "assets"},
		"Flows": {"flows", "flows"}, "Attributions": {"attributions", "attributions"},
		"Sources": {"sources", "sources"},
	}
}

func estimateLists() map[string][2]string {
	return map[string][2]string{"Parts": {"parts", "parts"}, "Sources": {"sources", "sources"}}
}

// locate turns the validation errors of one record into CSVErrors at the
// line and column of each field; main is the record's own table.
func locate(err error, w where, main string, lists map[string][2]string) []error {
	if err == nil {
		return nil
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	out := make([]error, 0, len(errs))
	for _, e := range errs {
		var ve *ValidationError
		if !errors.As(e, &ve) {
			out = append(out, &CSVError{Table: main, Line: w.line, Err: e})
			continue
		}
		out = append(out, locateField(ve, w, main, lists))
	}
	return out
}

// locateField maps a ValidationError's Go field path
// ("Attributions[1].Source", "LossUSD[0].High", "Period.From") to a table,
// line and column.
func locateField(ve *ValidationError, w where, main string, lists map[string][2]string) *CSVError {
	head, rest, _ := strings.Cut(ve.Field, ".")
	name, idx := splitIndex(head)
	if tl, ok := lists[name]; ok {
		line := 0
		if ls := w.lines[tl[1]]; max(idx, 0) < len(ls) {
			line = ls[max(idx, 0)]
		}
		return &CSVError{Table: tl[0], Line: line, Column: column(tl[0], rest), Err: ve}
	}
	return &CSVError{Table: main, Line: w.line, Column: column(main, ve.Field), Err: ve}
}

// splitIndex splits "Attributions[1]" into "Attributions" and 1; -1 if
// there is no index.
func splitIndex(s string) (string, int) {
	if i := strings.IndexByte(s, '['); i > 0 && strings.HasSuffix(s, "]") {
		if n, err := strconv.Atoi(s[i+1 : len(s)-1]); err == nil {
			return s[:i], n
		}
	}
	return s, -1
}

// column names the column of a Go field path inside a row of table.
func column(table, path string) string {
	switch {
	case path == "" && table == "assets":
		return "quantity"
	case path == "" && (table == "figures" || table == "flows"):
		return "amount"
	case path == "Loss":
		return "loss_amount"
	case path == "Period":
		return "period_from"
	case path == "Attacks":
		return "attacks_n"
	case path == "Source":
		return "source_by"
	case path == "Figure" || strings.HasPrefix(path, "Figure."):
		path = strings.TrimPrefix(strings.TrimPrefix(path, "Figure"), ".")
		if path == "" {
			return "amount"
		}
	}
	head, rest, _ := strings.Cut(path, ".")
	head, _ = splitIndex(head)
	switch head {
	case "High", "Equivalent", "HighEquivalent":
		return snake(head) + "_amount"
	}
	if rest != "" {
		return snake(head) + "_" + snake(rest)
	}
	return snake(head)
}

// snake turns a Go field name into a column name: "HighQualifier" →
// "high_qualifier".
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if 'A' <= r && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// EstimateReaders names where [ReadEstimateTables] reads each table of
// [EstimateTables] from. Estimates is required; a nil Reader reads as an
// empty table.
type EstimateReaders struct {
	Estimates, Parts, Sources, Notes io.Reader
}

// ReadEstimateTables reads the tables [WriteEstimateTables] writes and
// returns the estimates in the order of the estimates table. It returns a
// *[CSVError] naming the table, line and column and no estimates for a
// malformed table (as [ReadIncidentTables] does); then it validates every
// estimate with [Estimate.Validate] and, if any fails, returns all the
// estimates with an error joining a *[CSVError] per problem, at the line
// and column where it lies.
func ReadEstimateTables(r EstimateReaders) ([]Estimate, error) {
	if r.Estimates == nil {
		return nil, &CSVError{Table: "estimates", Err: errors.New("no estimates table")}
	}
	es, lines, err := readMain("estimates", r.Estimates, estimateCols(), func(e *Estimate) string { return e.ID })
	if err != nil {
		return nil, err
	}
	known := func(id string) bool { _, ok := lines[id]; return ok }
	parts, err := readLong("parts", r.Parts, "estimate_id", false, partCols(), nil, known)
	if err != nil {
		return nil, err
	}
	srcs, err := readLong("sources", r.Sources, "estimate_id", false, plainSourceCols(), nil, known)
	if err != nil {
		return nil, err
	}
	notes, err := readLong("notes", r.Notes, "estimate_id", true, textCols(), []string{"unverified", "notes"}, known)
	if err != nil {
		return nil, err
	}
	var errs []error
	lists := estimateLists()
	for i := range es {
		e := &es[i]
		w := where{line: lines[e.ID], lines: map[string][]int{}}
		e.Parts, w.lines["parts"] = parts.take(e.ID, "")
		e.Sources, w.lines["sources"] = srcs.take(e.ID, "")
		e.Unverified, _ = notes.take(e.ID, "unverified")
		e.Notes, _ = notes.take(e.ID, "notes")
		errs = append(errs, locate(e.Validate(), w, "estimates", lists)...)
	}
	if len(errs) > 0 {
		return es, errors.Join(errs...)
	}
	return es, nil
}
