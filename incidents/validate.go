package incidents

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpledger/kpledger/currency"
)

// The sane range of incident and attribution dates that
// [Incident.Validate] accepts, in calendar years (both included).
const (
	MinYear = 2000 // the earliest year accepted
	MaxYear = 2099 // the latest year accepted
)

// ErrInvalid is wrapped by every [*ValidationError].
var ErrInvalid = errors.New("invalid incident")

// ValidationError is one problem [Incident.Validate] or
// [Estimate.Validate] found: which record, which field, and what is wrong.
// It wraps [ErrInvalid].
type ValidationError struct {
	// Record is what was validated: "incident" or "estimate"; empty reads
	// as "incident".
	Record  string
	ID      string // the record's ID (may be empty: that is then the problem)
	Field   string // the field: "Loss", "Attributions[1].Source", "LossUSD[0]"
	Problem string // what is wrong with it
}

// Error returns "incidents: incident <ID>: <Field>: <Problem>" (or
// "estimate" for an estimate).
func (e *ValidationError) Error() string {
	rec := e.Record
	if rec == "" {
		rec = "incident"
	}
	return fmt.Sprintf("incidents: %s %q: %s: %s", rec, e.ID, e.Field, e.Problem)
}

// Unwrap returns [ErrInvalid].
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks an incident built by a caller, and returns every problem
// found, each a [*ValidationError] (joined with [errors.Join]; use
// [errors.As] to read the first, [errors.Is] with [ErrInvalid] to test).
//
// Validate reports:
//   - an empty ID;
//   - a Date that is zero, not a calendar day at midnight with a zero UTC
//     offset (a zone named "UTC" with offset 0 is fine; the error prints
//     the time to the nanosecond), or outside the years [MinYear] to
//     [MaxYear];
//   - an undefined DatePrecision, VictimType, StatedStatus, asset or
//     figure qualifier, flow kind, attribution Status, Cluster or
//     DatePrecision (values that [encoding.TextMarshaler] would reject);
//   - a negative Loss, or a Loss with a value but no valid currency;
//   - in LossUSD, OtherLosses, LossReport and Flows: a negative figure,
//     equivalent or range end, a range whose low end exceeds its high end
//     or whose ends are in different currencies, and a non-USD figure in
//     LossUSD; a negative asset quantity;
//   - an attribution with an unknown Status, without a Source, or with a
//     Date that is not a UTC calendar day in the sane years.
func (inc Incident) Validate() error {
	v := validator{rec: "incident", id: inc.ID}
	if inc.ID == "" {
		v.bad("ID", "empty")
	}
	v.day("Date", inc.Date, true)
	v.enum("DatePrecision", inc.DatePrecision.valid(), inc.DatePrecision)
	v.enum("VictimType", inc.VictimType.valid(), inc.VictimType)
	v.enum("StatedStatus", inc.StatedStatus.valid(), inc.StatedStatus)
	switch {
	case inc.Loss.Sign() < 0:
		v.bad("Loss", "negative amount %v", inc.Loss)
	case !inc.Loss.IsZero() && !isMoney(inc.Loss.Currency()):
		v.bad("Loss", "amount %s has no valid currency", inc.Loss.Decimal().String())
	}
	v.figure("LossReport", inc.LossReport.Figure, false)
	for i, r := range inc.LossUSD {
		v.figure(fmt.Sprintf("LossUSD[%d]", i), r.Figure, true)
	}
	for i, r := range inc.OtherLosses {
		v.figure(fmt.Sprintf("OtherLosses[%d]", i), r.Figure, false)
	}
	for i, f := range inc.Flows {
		field := fmt.Sprintf("Flows[%d]", i)
		v.enum(field+".Kind", f.Kind.valid(), f.Kind)
		v.figure(field, f.Figure.Figure, false)
	}
	for i, a := range inc.Assets {
		field := fmt.Sprintf("Assets[%d]", i)
		if a.Quantity.Sign() < 0 {
			v.bad(field, "negative quantity %s %s", a.Quantity.String(), a.Symbol)
		}
		v.enum(field+".Qualifier", validQualifier(a.Qualifier), a.Qualifier)
	}
	for i, a := range inc.Attributions {
		f := fmt.Sprintf("Attributions[%d]", i)
		if a.Status == StatusUnknown || !a.Status.valid() {
			v.bad(f+".Status", "unknown status %v", a.Status)
		}
		if a.Source.IsZero() {
			v.bad(f+".Source", "attribution by %q has no source", a.By)
		}
		v.day(f+".Date", a.Date, false)
		v.enum(f+".DatePrecision", a.DatePrecision.valid(), a.DatePrecision)
		for j, c := range a.Clusters {
			v.enum(fmt.Sprintf("%s.Clusters[%d]", f, j), c.valid(), c)
		}
	}
	return errors.Join(v.errs...)
}

// Validate checks an estimate built by a caller like [Incident.Validate]
// checks an incident, and returns every problem found, each a
// [*ValidationError] naming the estimate ("incidents: estimate \"C5\": …").
//
// Validate reports:
//   - an empty ID or an undefined Publisher;
//   - a Published date that is zero, not a UTC calendar day or outside the
//     sane years; an undefined PublishedPrecision, Scope, Revision,
//     Verification or qualifier;
//   - a Period whose From is after its To, or whose ends are not UTC days;
//   - a Figure without a valid currency or with a zero amount, a negative
//     figure, equivalent or range end, a range whose low end exceeds its
//     high end or whose ends are in different currencies (the same for
//     every Part);
//   - a [SingleIncident] estimate without an Incident; a Revises without a
//     Revision kind or the other way round, or an estimate that revises
//     itself;
//   - an Attacks count that is negative, or has a number and no unit.
func (e Estimate) Validate() error {
	v := validator{rec: "estimate", id: e.ID}
	if e.ID == "" {
		v.bad("ID", "empty")
	}
	v.enum("Publisher", e.Publisher.valid() && e.Publisher != PublisherUnknown, e.Publisher)
	v.day("Published", e.Published, true)
	v.enum("PublishedPrecision", e.PublishedPrecision.valid(), e.PublishedPrecision)
	v.enum("Scope", e.Scope.valid(), e.Scope)
	v.enum("Revision", e.Revision.valid(), e.Revision)
	v.enum("Verification", e.Verification.valid(), e.Verification)
	v.day("Period.From", e.Period.From, false)
	v.day("Period.To", e.Period.To, false)
	if !e.Period.From.IsZero() && !e.Period.To.IsZero() && e.Period.From.After(e.Period.To) {
		v.bad("Period", "starts %s, after its end %s", e.Period.From.Format(time.DateOnly), e.Period.To.Format(time.DateOnly))
	}
	if !isMoney(e.Figure.Amount.Currency()) || e.Figure.Amount.IsZero() {
		v.bad("Figure", "no figure: %v", e.Figure.Amount)
	}
	v.figure("Figure", e.Figure, false)
	for i, p := range e.Parts {
		v.figure(fmt.Sprintf("Parts[%d].Figure", i), p.Figure, false)
	}
	if e.Scope == SingleIncident && e.Incident == "" {
		v.bad("Incident", "a single-incident estimate names no incident")
	}
	switch {
	case (e.Revises == "") != (e.Revision == NoRevision):
		v.bad("Revision", "Revises %q with revision kind %v: give both or neither", e.Revises, e.Revision)
	case e.Revises != "" && e.Revises == e.ID:
		v.bad("Revises", "the estimate revises itself")
	}
	switch {
	case e.Attacks.N < 0:
		v.bad("Attacks", "negative count %d", e.Attacks.N)
	case e.Attacks.N > 0 && e.Attacks.Unit == "":
		v.bad("Attacks", "count %d has no unit", e.Attacks.N)
	}
	v.enum("Attacks.Qualifier", validQualifier(e.Attacks.Qualifier), e.Attacks.Qualifier)
	return errors.Join(v.errs...)
}

// validator collects the problems of one record.
type validator struct {
	rec, id string
	errs    []error
}

func (v *validator) bad(field, format string, args ...any) {
	v.errs = append(v.errs, &ValidationError{Record: v.rec, ID: v.id, Field: field, Problem: fmt.Sprintf(format, args...)})
}

// enum reports an undefined enumeration value.
func (v *validator) enum(field string, ok bool, value fmt.Stringer) {
	if !ok {
		v.bad(field, "undefined value %v", value)
	}
}

// day checks that t is a calendar day at midnight with a zero UTC offset,
// in the sane years; a zero t is an error only if required.
func (v *validator) day(field string, t time.Time, required bool) {
	if t.IsZero() {
		if required {
			v.bad(field, "missing")
		}
		return
	}
	_, off := t.Zone()
	if off != 0 || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		v.bad(field, "%s is not a UTC calendar day (midnight UTC)", t.Format(time.RFC3339Nano))
		return
	}
	if y := t.Year(); y < MinYear || y > MaxYear {
		v.bad(field, "%s is outside the years %d–%d", t.Format(time.DateOnly), MinYear, MaxYear)
	}
}

// figure checks one printed figure: qualifiers defined; no negative
// amount, equivalent or range end; a range whose ends share a currency
// and run from low to high; USD only where usd is set.
func (v *validator) figure(field string, f currency.Figure, usd bool) {
	for _, q := range [...]struct {
		name string
		q    currency.Qualifier
	}{{".Qualifier", f.Qualifier}, {".EquivalentQualifier", f.EquivalentQualifier}, {".HighQualifier", f.HighQualifier}, {".HighEquivalentQualifier", f.HighEquivalentQualifier}} {
		v.enum(field+q.name, validQualifier(q.q), q.q)
	}
	for _, end := range [...]struct {
		name string
		a    currency.Amount
	}{{"", f.Amount}, {".Equivalent", f.Equivalent}, {".High", f.High}, {".HighEquivalent", f.HighEquivalent}} {
		if end.a.Sign() < 0 {
			v.bad(field+end.name, "negative amount %v", end.a)
		}
	}
	if usd && !f.Amount.IsZero() && f.Amount.Currency() != currency.USD {
		v.bad(field, "%v is not in USD", f.Amount)
	}
	if f.IsRange() {
		if f.High.Currency() != f.Amount.Currency() {
			v.bad(field+".High", "range from %v to %v: the ends are in different currencies", f.Amount, f.High)
		} else if f.Amount.Decimal().GreaterThan(f.High.Decimal()) {
			v.bad(field+".High", "range from %v to %v: the low end exceeds the high end", f.Amount, f.High)
		}
	}
}

func validQualifier(q currency.Qualifier) bool { _, err := q.MarshalText(); return err == nil }

func (t VictimType) valid() bool { _, ok := t.name(); return ok }
func (p Precision) valid() bool  { _, ok := p.name(); return ok }
func (s Scope) valid() bool      { _, ok := s.name(); return ok }
func (v Verification) valid() bool {
	_, ok := v.name()
	return ok
}
