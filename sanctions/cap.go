package sanctions

import (
	"fmt"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// Unit is the physical unit of a [Quantity]. The zero Unit is UnknownUnit.
// New values are only appended.
type Unit uint8

// The units the caps use.
const (
	UnknownUnit Unit = iota // no unit given
	MetricTon               // metric ton (1,000 kg), as in 2321's "7,500,000 metric tons"
	Barrel                  // barrel of oil
	// Ton is a ton as published without saying which ton: 2397's crude oil
	// cap of "525,000 tons" (US Mission). It is kept apart from MetricTon
	// because the source does not say metric.
	Ton
	// Kilogram is the unit UN Comtrade reports most quantities and every
	// net weight in. [CapUsage] counts kilograms against a limit in metric
	// tons exactly (1 metric ton = 1,000 kg), never against Ton or Barrel.
	Kilogram
)

const numUnits = 5

// String returns the unit in words: "metric ton", "barrel", "ton",
// "kilogram".
func (u Unit) String() string {
	switch u {
	case UnknownUnit:
		return "unknown"
	case MetricTon:
		return "metric ton"
	case Barrel:
		return "barrel"
	case Ton:
		return "ton"
	case Kilogram:
		return "kilogram"
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (u Unit) MarshalText() ([]byte, error) { return marshalEnum("Unit", u, numUnits, Unit.String) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (u *Unit) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Unit", text, numUnits, Unit.String)
	if err == nil {
		*u = v
	}
	return err
}

// Quantity is an exact amount of goods in a [Unit]: 7,500,000 metric tons,
// 4,000,000 barrels. The value is a [decimal.Decimal], never a float. The
// zero Quantity (0, UnknownUnit) means "no quantity given". Compare with
// [Quantity.Equal], not ==.
type Quantity struct {
	Value decimal.Decimal
	Unit  Unit
}

// MustQuantity returns the quantity value (a plain decimal such as
// "7500000") in unit u. It panics if value is not a decimal: it is meant for
// constants in tests, examples and the built-in data.
func MustQuantity(value string, u Unit) Quantity {
	return Quantity{Value: decimal.RequireFromString(value), Unit: u}
}

// IsZero reports whether q is the zero Quantity (no quantity given).
func (q Quantity) IsZero() bool { return q.Unit == UnknownUnit && q.Value.IsZero() }

// Equal reports whether q and r have the same unit and value.
func (q Quantity) Equal(r Quantity) bool { return q.Unit == r.Unit && q.Value.Equal(r.Value) }

// String returns the value and unit: "7500000 metric tons", "1 barrel".
// The value is printed as stored, with no rounding.
func (q Quantity) String() string {
	u := q.Unit.String()
	switch q.Unit {
	case MetricTon, Barrel, Ton, Kilogram:
		if !q.Value.Abs().Equal(decimal.NewFromInt(1)) {
			u += "s"
		}
	}
	return q.Value.String() + " " + u
}

// PeriodKind is how a cap's period runs. The zero PeriodKind is
// UnknownPeriod. New values are only appended.
type PeriodKind uint8

// The kinds of period.
const (
	UnknownPeriod PeriodKind = iota // not set
	FixedPeriod                     // one stretch from Start to End, both days included
	CalendarYears                   // each calendar year, from the year of Start onward
	TwelveMonths                    // successive 12-month periods, the first beginning on Start
)

const numPeriodKinds = 4

// String returns the kind in words: "fixed period", "calendar years",
// "12-month periods".
func (k PeriodKind) String() string {
	switch k {
	case UnknownPeriod:
		return "unknown"
	case FixedPeriod:
		return "fixed period"
	case CalendarYears:
		return "calendar years"
	case TwelveMonths:
		return "12-month periods"
	}
	return fmt.Sprintf("PeriodKind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (k PeriodKind) MarshalText() ([]byte, error) {
	return marshalEnum("PeriodKind", k, numPeriodKinds, PeriodKind.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (k *PeriodKind) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("PeriodKind", text, numPeriodKinds, PeriodKind.String)
	if err == nil {
		*k = v
	}
	return err
}

// Period is the time over which a cap's limits add up: a stub such as
// 30 Nov–31 Dec 2016, every calendar year from 2017, or 12-month periods
// from 1 Jan 2018. Days are midnight UTC; End is the last day included and
// is used only by FixedPeriod.
type Period struct {
	Kind  PeriodKind
	Start time.Time
	End   time.Time
}

// Window returns the first and last day of the period that contains on,
// and false if on is before Start, after a fixed End, or the kind is
// unknown. The periods of a kind never overlap: every day on or after Start
// lies in exactly one, whatever day is asked. A 12-month period starting on
// 29 February ends on 28 February of the next year, and the next period
// starts on 1 March (or on 29 February in a leap year).
func (p Period) Window(on time.Time) (first, last time.Time, ok bool) {
	d := dayNumber(on)
	if d < dayNumber(p.Start) {
		return time.Time{}, time.Time{}, false
	}
	y, _, _ := on.Date()
	switch p.Kind {
	case FixedPeriod:
		if d > dayNumber(p.End) {
			return time.Time{}, time.Time{}, false
		}
		return p.Start, p.End, true
	case CalendarYears:
		return day(y, time.January, 1), day(y, time.December, 31), true
	case TwelveMonths:
		// Period k runs from the k-th anniversary of Start to the day before
		// the next one. Each anniversary is computed from Start itself, never
		// from an earlier anniversary, so the periods partition the days: a
		// Start of 29 February has its anniversary on 1 March in common
		// years (Go's normalization) and on 29 February in leap years, and
		// every day, 29 February included, falls in exactly one period.
		at := func(k int) int64 { return dayNumber(p.Start.AddDate(k, 0, 0)) }
		k := y - p.Start.Year()
		for k > 0 && at(k) > d {
			k--
		}
		for at(k+1) <= d {
			k++
		}
		return dayTime(at(k)), dayTime(at(k+1) - 1), true
	}
	return time.Time{}, time.Time{}, false
}

// String describes the period: "2016-11-30 to 2016-12-31", "calendar years
// from 2017", "12-month periods from 2018-01-01".
func (p Period) String() string {
	const f = "2006-01-02"
	switch p.Kind {
	case FixedPeriod:
		return p.Start.Format(f) + " to " + p.End.Format(f)
	case CalendarYears:
		return fmt.Sprintf("calendar years from %d", p.Start.Year())
	case TwelveMonths:
		return "12-month periods from " + p.Start.Format(f)
	}
	return "unknown period"
}

// Limit is one ceiling of a cap: either a money value (Value set) or a
// physical quantity (Quantity set), never both.
type Limit struct {
	Value    currency.Amount
	Quantity Quantity
}

// IsValue reports whether the limit is a money value.
func (l Limit) IsValue() bool { return l.Quantity.IsZero() }

// String returns the limit: "USD 400870018.00" or "7500000 metric tons".
func (l Limit) String() string {
	if l.IsValue() {
		return l.Value.String()
	}
	return l.Quantity.String()
}

// Cap is the ceiling a capped measure sets over one period: one or more
// limits ("US$400,870,018 or 7,500,000 metric tons, whichever is lower").
// A cap with no limits is one whose size the source states only as a rule
// (Basis), such as 2375's "the amount each State supplied in the 12 months
// before adoption".
type Cap struct {
	Period Period
	Limits []Limit
	// WhicheverLower is true when the source says the lower of the limits
	// binds. When it is false and there are several limits, the source joins
	// them with "or" without saying which binds.
	WhicheverLower bool
	PerState       bool   // the limit applies to each State's supplies, not the total
	Basis          string // the rule that sets the limit, where no figure is fixed
	Paragraph      string // the sub-paragraph, where a source names one ("26 (b)")
	Quote          string // the source's words, copied as displayed
	Verified       Verified
	Note           string
	Source         string // who states the figures
}

// Clone returns a deep copy of c.
func (c Cap) Clone() Cap {
	c.Limits = slices.Clone(c.Limits)
	return c
}

// Shipment is one delivery counted against a cap: its day and its value,
// its quantity, or both. A zero Value or zero Quantity means "not reported".
type Shipment struct {
	Date     time.Time
	Value    currency.Amount
	Quantity Quantity
}

// Threshold is a share of a limit and the day the running total first
// reached it.
type Threshold struct {
	Percent int       // 75, 90, 95
	Reached time.Time // zero if not reached
}

// LimitUsage is the use of one limit of a cap in one period.
type LimitUsage struct {
	Limit     Limit
	Used      Limit // the sum of the shipments that report this measure
	Remaining Limit // Limit − Used; negative once the limit is crossed
	// Missing counts shipments in the period that did not report this
	// measure (a value for a value limit, a quantity in the limit's unit
	// for a quantity limit): Used is then a lower bound, Remaining an
	// upper bound, and a threshold or crossing not reached may have been.
	Missing int
	// Thresholds are 75, 90 and 95 %, the shares at which the 1718
	// Committee notifies States, with the day each was reached.
	Thresholds []Threshold
	Crossed    time.Time // the first day the total exceeded the limit; zero if not
}

// Usage is the state of a cap on a day: the period containing the day and
// the use of each limit by the shipments dated from the period's first day
// up to and including the day.
type Usage struct {
	First, Last time.Time // the period's first and last day
	AsOf        time.Time
	Limits      []LimitUsage
	// Crossed is the first day any limit was exceeded, zero if none was
	// by the shipments that report it (a limit with Missing shipments may
	// have been crossed unseen).
	// For a cap "whichever is lower" that is the day the cap was crossed;
	// for limits joined by a bare "or" it is the conservative reading.
	Crossed time.Time
}

// thresholdPercents are the shares at which the 1718 Committee reports.
func thresholdPercents() [3]int64 { return [3]int64{75, 90, 95} }

// CapUsage counts shipments against the cap of caps whose period contains
// on: the used and remaining amount of each limit, the days the 75, 90 and
// 95 % thresholds were reached and the day the cap was crossed. Only
// shipments dated in that period, up to and including on, count; others
// are ignored. Shipments may come in any order.
//
// CapUsage returns an error if:
//   - no cap in caps has a period containing on ([ErrNoPeriod]);
//   - that cap has no fixed limit ([ErrNoLimit]; the error names the cap,
//     caps[k], and its period);
//   - a shipment has no date, a negative value or quantity, or neither a
//     value nor a quantity ([ErrInvalidShipment]);
//   - a shipment's quantity is in a unit, or its value in a currency, that
//     the cap does not use, or a shipment has only a value and the cap only
//     quantity limits ([ErrUnitMismatch]); the message says which unit the
//     cap needs and which the shipment has. Kilograms count against metric
//     tons (exactly, 1,000 kg to the ton), never against "tons" the source
//     does not call metric.
//
// Each error is a [*FieldError] naming the shipment and field.
//
// CapUsage knows nothing of supersession: pass the caps of the measure in
// force on the day (see [Regime.InForce]); 2375's 2018 refined-petroleum
// period, for one, never applied, because 2397 OP 5 replaced it.
func CapUsage(caps []Cap, on time.Time, shipments []Shipment) (Usage, error) {
	var c Cap
	var first, last time.Time
	found := -1
	for k := range caps {
		if f, l, ok := caps[k].Period.Window(on); ok {
			c, first, last, found = caps[k], f, l, k
			break
		}
	}
	if found < 0 {
		return Usage{}, &FieldError{Field: "on", Value: on.Format("2006-01-02"), Reason: "no cap period contains this day", Err: ErrNoPeriod}
	}
	if len(c.Limits) == 0 {
		return Usage{}, &FieldError{Field: fmt.Sprintf("caps[%d].Limits", found),
			Reason: "no fixed limit for " + c.Period.String() + ", the period containing " + on.Format("2006-01-02") + ": " + c.Basis, Err: ErrNoLimit}
	}
	var valueCur currency.Currency
	hasValue := false
	for _, l := range c.Limits {
		if l.IsValue() {
			valueCur, hasValue = l.Value.Currency(), true
		}
	}
	// Check every shipment, then keep those in the window, by date.
	lo, hi := dayNumber(first), dayNumber(on)
	if l := dayNumber(last); l < hi {
		hi = l
	}
	var in []int
	for i, s := range shipments {
		field := fmt.Sprintf("shipments[%d]", i)
		if s.Date.IsZero() {
			return Usage{}, &FieldError{Field: field + ".Date", Reason: "no date", Err: ErrInvalidShipment}
		}
		if s.Value.Sign() < 0 {
			return Usage{}, &FieldError{Field: field + ".Value", Value: s.Value.String(), Reason: "negative", Err: ErrInvalidShipment}
		}
		if s.Quantity.Value.Sign() < 0 {
			return Usage{}, &FieldError{Field: field + ".Quantity", Value: s.Quantity.String(), Reason: "negative", Err: ErrInvalidShipment}
		}
		noValue := s.Value.IsZero() && s.Value.Currency() == currency.XXX
		if noValue && s.Quantity.IsZero() {
			return Usage{}, &FieldError{Field: field, Reason: "neither a value nor a quantity", Err: ErrInvalidShipment}
		}
		if !s.Quantity.IsZero() {
			if s.Quantity.Unit == UnknownUnit {
				return Usage{}, &FieldError{Field: field + ".Quantity.Unit", Reason: "quantity has no unit", Err: ErrInvalidShipment}
			}
			ok := false
			for _, l := range c.Limits {
				if _, in := countIn(s.Quantity, l); in {
					ok = true
				}
			}
			if !ok {
				return Usage{}, &FieldError{Field: field + ".Quantity.Unit", Value: s.Quantity.String(),
					Reason: "got " + s.Quantity.Unit.String() + "s; the cap needs " + unitsNeeded(c.Limits) + " (limits: " + limitsString(c.Limits) + ")", Err: ErrUnitMismatch}
			}
		}
		if !noValue && !hasValue {
			if s.Quantity.IsZero() {
				return Usage{}, &FieldError{Field: field + ".Value", Value: s.Value.String(),
					Reason: "got a value in " + s.Value.Currency().String() + "; the cap has no value limit, it needs " + unitsNeeded(c.Limits) + " (limits: " + limitsString(c.Limits) + ")", Err: ErrUnitMismatch}
			}
		}
		if !noValue && hasValue && s.Value.Currency() != valueCur {
			return Usage{}, &FieldError{Field: field + ".Value", Value: s.Value.String(),
				Reason: "got " + s.Value.Currency().String() + "; the cap's value limit needs " + valueCur.String() + " (limits: " + limitsString(c.Limits) + ")", Err: ErrUnitMismatch}
		}
		if d := dayNumber(s.Date); d >= lo && d <= hi {
			in = append(in, i)
		}
	}
	slices.SortStableFunc(in, func(a, b int) int {
		da, db := dayNumber(shipments[a].Date), dayNumber(shipments[b].Date)
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	})
	u := Usage{First: first, Last: last, AsOf: on}
	hundred := decimal.NewFromInt(100)
	for _, l := range c.Limits {
		lu := LimitUsage{Limit: l}
		limit := l.Quantity.Value
		if l.IsValue() {
			limit = l.Value.Decimal()
		}
		used := decimal.Zero
		pcts := thresholdPercents()
		reached := [3]time.Time{}
		for _, i := range in {
			s := shipments[i]
			var add decimal.Decimal
			switch q, in := countIn(s.Quantity, l); {
			case l.IsValue() && !(s.Value.IsZero() && s.Value.Currency() == currency.XXX):
				add = s.Value.Decimal()
			case in:
				add = q
			default:
				lu.Missing++
				continue
			}
			used = used.Add(add)
			scaled := used.Mul(hundred)
			for k, p := range pcts {
				if reached[k].IsZero() && scaled.Cmp(limit.Mul(decimal.NewFromInt(p))) >= 0 {
					reached[k] = s.Date
				}
			}
			if lu.Crossed.IsZero() && used.Cmp(limit) > 0 {
				lu.Crossed = s.Date
			}
		}
		for k, p := range pcts {
			lu.Thresholds = append(lu.Thresholds, Threshold{Percent: int(p), Reached: reached[k]})
		}
		if l.IsValue() {
			lu.Used = Limit{Value: currency.AmountOf(used, l.Value.Currency())}
			lu.Remaining = Limit{Value: currency.AmountOf(limit.Sub(used), l.Value.Currency())}
		} else {
			lu.Used = Limit{Quantity: Quantity{Value: used, Unit: l.Quantity.Unit}}
			lu.Remaining = Limit{Quantity: Quantity{Value: limit.Sub(used), Unit: l.Quantity.Unit}}
		}
		if !lu.Crossed.IsZero() && (u.Crossed.IsZero() || dayNumber(lu.Crossed) < dayNumber(u.Crossed)) {
			u.Crossed = lu.Crossed
		}
		u.Limits = append(u.Limits, lu)
	}
	return u, nil
}

// countIn returns q in the unit of quantity limit l, and whether q counts
// against l at all: in the same unit, or in kilograms against metric tons
// (exactly: 1 metric ton = 1,000 kg). A value limit counts no quantity.
func countIn(q Quantity, l Limit) (decimal.Decimal, bool) {
	switch {
	case l.IsValue() || q.Unit == UnknownUnit:
		return decimal.Decimal{}, false
	case q.Unit == l.Quantity.Unit:
		return q.Value, true
	case q.Unit == Kilogram && l.Quantity.Unit == MetricTon:
		return q.Value.Shift(-3), true
	}
	return decimal.Decimal{}, false
}

// unitsNeeded names the units a cap's quantity limits take: "barrels",
// "metric tons (or kilograms) or USD".
func unitsNeeded(ls []Limit) string {
	s := ""
	for _, l := range ls {
		if s != "" {
			s += " or "
		}
		switch {
		case l.IsValue():
			s += "a value in " + l.Value.Currency().String()
		case l.Quantity.Unit == MetricTon:
			s += "metric tons (or kilograms)"
		default:
			s += l.Quantity.Unit.String() + "s"
		}
	}
	return s
}

func limitsString(ls []Limit) string {
	s := ""
	for i, l := range ls {
		if i > 0 {
			s += "; "
		}
		s += l.String()
	}
	return s
}
