package sanctions

import (
	"fmt"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
)

// Trade is one trade record to screen: its day or period, its direction
// (DPRK exports or supply to the DPRK), the goods by HS code, by commodity
// or both, and optionally its quantity and value. A zero Quantity or Value
// means "not reported".
//
// Trade statistics come by month or year: set Precision to PrecisionMonth
// or PrecisionYear and Date to any day of that month or year (the first, by
// convention). [Regime.Screen] then reports every measure in force at any
// point of the period and flags the changes inside it.
//
// Give a Commodity where the goods are known but their HS code is not one
// the reference verifies: textiles, seafood and lead have no verified HS
// codes, so only their Commodity finds them.
type Trade struct {
	Date      time.Time
	Precision Precision // how much of Date is known; the zero value reads as a day
	Direction Direction
	HS        HSCode
	Commodity Commodity
	Quantity  Quantity
	Value     currency.Amount
}

// Validate reports whether t can be screened. It returns a [*FieldError]
// wrapping [ErrInvalidTrade] that names the field if:
//   - Date is zero, or Precision is out of range;
//   - Direction is not DPRKExports or SupplyToDPRK;
//   - HS is zero and Commodity is UnknownCommodity, or Commodity is out of range;
//   - Quantity or Value is negative, or a non-zero Quantity has no Unit.
func (t Trade) Validate() error {
	switch {
	case t.Date.IsZero():
		return &FieldError{Field: "Trade.Date", Reason: "no date", Err: ErrInvalidTrade}
	case t.Precision >= numPrecisions:
		return &FieldError{Field: "Trade.Precision", Value: t.Precision.String(), Reason: "out of range", Err: ErrInvalidTrade}
	case !t.Direction.IsTrade():
		return &FieldError{Field: "Trade.Direction", Value: t.Direction.String(), Reason: "want DPRK exports or supply to the DPRK", Err: ErrInvalidTrade}
	case t.Commodity >= numCommodities:
		return &FieldError{Field: "Trade.Commodity", Value: t.Commodity.String(), Reason: "out of range", Err: ErrInvalidTrade}
	case t.HS.IsZero() && t.Commodity == UnknownCommodity:
		return &FieldError{Field: "Trade.HS", Reason: "no HS code and no Commodity: give at least one", Err: ErrInvalidTrade}
	case t.Quantity.Value.Sign() < 0:
		return &FieldError{Field: "Trade.Quantity", Value: t.Quantity.String(), Reason: "negative", Err: ErrInvalidTrade}
	case t.Quantity.Unit == UnknownUnit && !t.Quantity.Value.IsZero():
		return &FieldError{Field: "Trade.Quantity.Unit", Value: t.Quantity.String(), Reason: "a quantity needs a unit", Err: ErrInvalidTrade}
	case t.Quantity.Unit >= numUnits:
		return &FieldError{Field: "Trade.Quantity.Unit", Value: t.Quantity.Unit.String(), Reason: "out of range", Err: ErrInvalidTrade}
	case t.Value.Sign() < 0:
		return &FieldError{Field: "Trade.Value", Value: t.Value.String(), Reason: "negative", Err: ErrInvalidTrade}
	}
	return nil
}

// Match is how a trade met a measure's scope. The zero Match is
// UnknownMatch. New values are only appended.
type Match uint8

// The ways a trade can match a measure.
const (
	UnknownMatch Match = iota // not set
	// HSWithin: the trade's HS code is within a code of the measure's scope.
	HSWithin
	// HSBroader: the trade's HS code is broader than a code of the scope
	// ("27" against coal's "2701"): the goods may or may not be covered.
	HSBroader
	// ByCommodity: the trade names a commodity the measure names.
	ByCommodity
	// CommodityWithin: the trade's commodity lies within one the measure
	// names (iron within "iron, steel and other metals").
	CommodityWithin
	// CommodityBroader: the trade's commodity is broader than one the
	// measure names (arms and related materiel against major conventional
	// arms): the goods may or may not be covered.
	CommodityBroader
	// HeadingInferred: the measure's goods have no verified HS codes, and
	// the trade's HS code lies under a heading whose text names that kind
	// of goods (see [HeadingInference]): the goods may or may not be
	// covered.
	HeadingInferred
)

const numMatches = 7

// String returns "HS code within scope", "HS code broader than scope",
// "commodity named", "commodity within one named", "commodity broader than
// one named" or "inferred from HS heading".
func (m Match) String() string {
	switch m {
	case UnknownMatch:
		return "unknown"
	case HSWithin:
		return "HS code within scope"
	case HSBroader:
		return "HS code broader than scope"
	case ByCommodity:
		return "commodity named"
	case CommodityWithin:
		return "commodity within one named"
	case CommodityBroader:
		return "commodity broader than one named"
	case HeadingInferred:
		return "inferred from HS heading"
	}
	return fmt.Sprintf("Match(%d)", uint8(m))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (m Match) MarshalText() ([]byte, error) {
	return marshalEnum("Match", m, numMatches, Match.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (m *Match) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Match", text, numMatches, Match.String)
	if err == nil {
		*m = v
	}
	return err
}

// Finding is one measure a trade falls under (Outcome Covered) or may fall
// under (Outcome Undetermined).
type Finding struct {
	MeasureID string
	Citation  string // "S/RES/2375 (2017), OP 16"
	Kind      Kind
	Outcome   Outcome // Covered or Undetermined
	Match     Match
	Code      HSCode    // the scope code matched; for HeadingInferred, the heading's code; zero for a commodity match
	Origin    HSOrigin  // who mapped the code (HeadingText for an inference); UnknownOrigin for a commodity match
	Commodity Commodity // the commodity of the measure the trade matched
	// Inference is the heading the finding was inferred from, when Match
	// is HeadingInferred; the zero HeadingInference otherwise.
	Inference HeadingInference
	Reason    string // why the measure applies, in words
	// Action says what the caller must do: check the goods or set
	// Trade.Commodity (undetermined), check a contract date (transition),
	// check the exemptions; "" when there is nothing to check.
	Action string
	// InTransition is true when the trade's day is inside the measure's
	// transition window: the trade is allowed only under a contract
	// finalized before adoption, which the caller must check.
	InTransition      bool
	TransitionLastDay time.Time // the window's last day, when InTransition
	// Exemptions are the measure's exceptions that may apply to the trade's
	// goods (see [Exemption.AppliesTo]); the caller must check whether the
	// trade falls in one.
	Exemptions []Exemption
	Verified   Verified // the measure's verification level (see [Measure])
	// Changes are the measure's dated changes strictly inside a period
	// record (its adoption after the period's first day, the end of its
	// transition window, a cap period that starts, its supersession or
	// lapse): the period straddles them, so the record's goods may fall on
	// either side. Nil for a day record.
	Changes []Event
}

// Screen checks a trade against the regime and returns one finding per
// measure in force on the trade's day whose scope the trade meets, by HS
// code or by commodity: matches by HS code first, then by commodity, each in
// regime order. A trade no measure covers gets no
// findings (nil). Findings for caps say the trade counts against a cap; use
// [CapUsage] to track it.
//
// Screen looks up the trade's HS chapter in an index, so its cost does not
// grow with the number of measures; a trade with no finding allocates
// nothing.
//
// Screen returns the error of [Trade.Validate] for a malformed trade.
func (r Regime) Screen(t Trade) ([]Finding, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	if r.ix == nil {
		return nil, nil
	}
	d := dayNumber(t.Date)
	var out []Finding
	if ch := t.HS.Chapter(); ch >= 0 {
		for _, e := range r.ix.hs[t.Direction][ch] {
			var how Match
			switch {
			case t.HS.Within(e.code):
				how = HSWithin
			case e.code.Within(t.HS):
				how = HSBroader
			default:
				continue
			}
			i := int(e.measure)
			if !r.active(i, d) || r.seen(out, i) {
				continue
			}
			s := r.measures[i].HS[e.scope]
			reason := fmt.Sprintf("HS %s is within %s (%s, %s)", t.HS, e.code, s.Commodity, s.Origin)
			if how == HSBroader {
				reason = fmt.Sprintf("HS %s is broader than %s (%s, %s): check whether the goods are %s", t.HS, e.code, s.Commodity, s.Origin, s.Commodity)
			}
			if s.Excludes != "" {
				reason += "; the mapping excludes " + s.Excludes
			}
			c := e.commodity
			if t.Commodity != UnknownCommodity {
				c = t.Commodity
			}
			out = append(out, r.finding(i, how, e.code, s.Origin, e.commodity, c, reason, t.Date))
		}
	}
	if t.Commodity != UnknownCommodity {
		for _, i32 := range r.ix.commodity[t.Direction][t.Commodity] {
			i := int(i32)
			if !r.active(i, d) || r.seen(out, i) {
				continue
			}
			reason := fmt.Sprintf("%s named by %s", t.Commodity, r.ix.citation[i])
			out = append(out, r.finding(i, ByCommodity, HSCode{}, UnknownOrigin, t.Commodity, t.Commodity, reason, t.Date))
		}
	}
	return out, nil
}

// seen reports whether out already has a finding for measure i.
func (r Regime) seen(out []Finding, i int) bool {
	id := r.measures[i].ID
	return slices.ContainsFunc(out, func(f Finding) bool { return f.MeasureID == id })
}

// finding builds the finding for measure i; c is the commodity the
// transition window is checked for.
func (r Regime) finding(i int, how Match, code HSCode, origin HSOrigin, mc, c Commodity, reason string, on time.Time) Finding {
	m := r.measures[i]
	f := Finding{
		MeasureID: m.ID, Citation: r.ix.citation[i], Kind: m.Kind, Match: how,
		Code: code, Origin: origin, Commodity: mc, Verified: m.Verified,
		Exemptions: slices.Clone(m.Exemptions),
	}
	switch {
	case m.Kind.IsCap():
		reason += "; capped, not banned: count it against the cap"
	case m.Kind.IsBan():
		reason += "; banned"
	}
	if m.InTransition(c, on) {
		f.InTransition = true
		f.TransitionLastDay = m.Transition.LastDay
		reason += "; inside the transition window to " + m.Transition.LastDay.Format("2006-01-02") + ": allowed only under a contract finalized before adoption"
	}
	if len(m.Exemptions) > 0 {
		reason += fmt.Sprintf("; check %d exemption(s)", len(m.Exemptions))
	}
	f.Reason = reason
	return f
}
