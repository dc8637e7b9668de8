package sanctions

import (
	"fmt"
	"strconv"
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
// codes, so by HS code alone they come out undetermined (see
// [Regime.Screen]), and only their Commodity says they are covered.
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
	// transition window (for a period record: when the period and the
	// window overlap): the trade is allowed only under a contract
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
// measure in force on the trade's day (or at any point of its month or
// year) that covers the goods or may cover them. Each finding is Covered or
// Undetermined ([Finding].Outcome; [OutcomeOf] sums them up):
//
//   - Covered: the trade's HS code lies within a code of the measure's
//     scope (HSWithin), or its commodity is one the measure names
//     (ByCommodity) or lies within one (CommodityWithin: iron within "iron,
//     steel and other metals"). The finding says whether the goods are
//     banned or count against a cap, whether the trade's day is inside a
//     transition window, and which exemptions may apply to these goods.
//   - Undetermined: the measure may cover the goods and the library cannot
//     tell. The trade's HS code is broader than the measure's (HSBroader:
//     "27" against coal's "2701"); or its commodity is broader than the one
//     named (CommodityBroader); or the measure names goods whose HS codes the
//     reference does not verify, and the trade's HS code lies under a
//     chapter or heading whose text names that kind of goods
//     (HeadingInferred: HS 0303 under chapter 03, "Fish and crustaceans,
//     molluscs and other aquatic invertebrates", for 2371's seafood ban).
//     Such a finding names the measure, the commodity and the heading, and
//     its Action says what to do: check the goods, or set Trade.Commodity.
//     The inference is the library's own ([HeadingInferences], level
//     [InferredFromHeading]), never a verified mapping.
//
// No finding (nil) means clean with respect to everything the library
// knows: no measure of the regime, in force on that day or in that period,
// names the trade's commodity, a class it lies within or a class within it,
// has an HS code in its scope that contains or lies within the trade's, or
// names goods that [HeadingInferences] links to a chapter or heading
// overlapping the trade's code. It does not mean the goods are lawful:
// measures the reference has not recorded, goods a measure covers under a
// heading whose text does not name them (and so is not in that table),
// catch-all clauses (2094 OP 22, 2270 OP 8, which let a State
// ban any item it determines could contribute to prohibited programmes and
// name no goods), and designated persons, vessels or aircraft are outside
// what Screen can see.
//
// Findings come in order: matches by HS code, then by commodity, then by
// heading inference, each in regime order; a measure met several ways gets
// one finding, Covered before Undetermined.
//
// A period record (Trade.Precision PrecisionMonth or PrecisionYear) gets a
// finding for every measure in force at any point of the period. A finding's
// Changes lists what happens to the measure strictly inside the period (its
// adoption after the first day, the end of its transition window, a cap
// period boundary, its supersession or lapse), so the goods may fall on
// either side; InTransition is true when the window overlaps the period.
//
// Findings for caps say the trade counts against a cap; use [CapUsage] to
// track it.
//
// Screen looks up the trade's HS chapter and commodity in indexes, so its
// cost does not grow with the number of measures; a trade with no finding
// allocates nothing.
//
// Screen returns the error of [Trade.Validate] for a malformed trade.
func (r Regime) Screen(t Trade) ([]Finding, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	if r.ix == nil {
		return nil, nil
	}
	sl := slot(t.Direction)
	lo, hi := t.Precision.span(t.Date)
	var out []Finding
	ch := t.HS.Chapter()
	if ch >= 0 {
		for k := range r.ix.hs[sl][ch] {
			e := &r.ix.hs[sl][ch][k]
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
			if !r.activeIn(i, lo, hi) || !r.better(out, i, how) {
				continue
			}
			text, action, st := e.within, "", &e.withinText
			if how == HSBroader {
				text, action, st = e.broader, e.broaderAction, &e.broaderText
			}
			c := e.commodity
			if t.Commodity != UnknownCommodity {
				c, st = t.Commodity, nil
			}
			f := r.slot(&out, i)
			r.fill(f, i, how, e.commodity, c, text, action, st, lo, hi)
			f.Code, f.Origin = e.code, r.measures[i].HS[e.scope].Origin
		}
	}
	if t.Commodity != UnknownCommodity {
		for k := range r.ix.commodity[sl][t.Commodity] {
			e := &r.ix.commodity[sl][t.Commodity][k]
			i := int(e.measure)
			if !r.activeIn(i, lo, hi) || !r.better(out, i, e.match) {
				continue
			}
			r.fill(r.slot(&out, i), i, e.match, e.named, t.Commodity, e.reason, e.action, &e.text, lo, hi)
		}
	}
	if ch >= 0 {
		for k := range r.ix.inferred[sl][ch] {
			e := &r.ix.inferred[sl][ch][k]
			if !t.HS.Within(e.code) && !e.code.Within(t.HS) {
				continue
			}
			i := int(e.measure)
			if !r.activeIn(i, lo, hi) || !r.better(out, i, HeadingInferred) {
				continue
			}
			h := &r.ix.inferences[e.inference]
			v := 2
			switch {
			case t.HS == e.code:
				v = 0
			case t.HS.Within(e.code):
				v = 1
			}
			c, st := h.Commodity, &e.text[v]
			if t.Commodity != UnknownCommodity {
				c, st = t.Commodity, nil
			}
			base := ""
			if st == nil || lo < hi {
				base = [3]string{e.same, e.under, e.broader}[v] + e.tail
			}
			f := r.slot(&out, i)
			r.fill(f, i, HeadingInferred, e.commodity, c, base, e.action, st, lo, hi)
			f.Code, f.Origin, f.Inference = h.Code, HeadingText, *h
		}
	}
	return out, nil
}

// outcomeOf is the outcome of a match.
func outcomeOf(m Match) Outcome {
	switch m {
	case HSWithin, ByCommodity, CommodityWithin:
		return Covered
	}
	return Undetermined
}

// better reports whether a match of measure i by how would add to out: out
// has no finding for i, or only an undetermined one and how is covering.
func (r Regime) better(out []Finding, i int, how Match) bool {
	id := r.measures[i].ID
	for _, f := range out {
		if f.MeasureID == id {
			return f.Outcome == Undetermined && outcomeOf(how) == Covered
		}
	}
	return true
}

// slot returns the finding of *out to fill for measure i: its undetermined
// finding, cleared, which a covering match replaces, or a new one.
func (r Regime) slot(out *[]Finding, i int) *Finding {
	id := r.measures[i].ID
	for k := range *out {
		if (*out)[k].MeasureID == id {
			(*out)[k] = Finding{}
			return &(*out)[k]
		}
	}
	if *out == nil {
		*out = make([]Finding, 0, 2)
	}
	*out = append(*out, Finding{})
	return &(*out)[len(*out)-1]
}

// fill fills f, the finding for measure i, met by how through the
// measure's commodity mc; c is the trade's goods, for which the transition
// window and exemptions are checked; base and action begin the reason and
// action; st holds the prebuilt texts for a day record whose goods are c,
// nil if there are none; lo and hi are the trade's first and last day.
func (r Regime) fill(f *Finding, i int, how Match, mc, c Commodity, base, action string, st *staticText, lo, hi int64) {
	m := &r.measures[i]
	f.MeasureID, f.Citation, f.Kind, f.Outcome, f.Match = m.ID, r.ix.citation[i], m.Kind, outcomeOf(how), how
	f.Commodity, f.Verified = mc, m.Verified
	if !m.Transition.IsZero() && m.Transition.covers(c) && r.ix.start[i] <= hi && r.ix.transEnd[i] >= lo {
		f.InTransition = true
		f.TransitionLastDay = m.Transition.LastDay
	}
	if st != nil && lo == hi {
		b := 0
		if f.InTransition {
			b = 1
		}
		f.Exemptions = applicable(st.ex, UnknownCommodity)
		f.Reason, f.Action = st.reason[b], st.action[b]
		return
	}
	f.Exemptions = applicable(m.Exemptions, c)
	if lo < hi {
		f.Changes = r.changesIn(i, c, lo, hi)
	}
	f.Reason, f.Action = r.ix.texts(i, f.Outcome, base, action, f.InTransition, len(f.Exemptions), len(f.Changes) > 0)
}

// applicable returns copies of the exemptions that may apply to goods of
// commodity c, or nil: one slice for the exemptions and one shared backing
// array for their commodities, so the copy costs two allocations.
func applicable(xs []Exemption, c Commodity) []Exemption {
	n, nc := 0, 0
	for k := range xs {
		if xs[k].AppliesTo(c) {
			n++
			nc += len(xs[k].Commodities)
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Exemption, 0, n)
	var cs []Commodity
	if nc > 0 {
		cs = make([]Commodity, 0, nc)
	}
	for k := range xs {
		if !xs[k].AppliesTo(c) {
			continue
		}
		x := xs[k]
		if len(x.Commodities) > 0 {
			start := len(cs)
			cs = append(cs, x.Commodities...)
			x.Commodities = cs[start:len(cs):len(cs)]
		}
		out = append(out, x)
	}
	return out
}

// exemptionsText is "; check N exemption(s)".
func exemptionsText(n int) string {
	switch n {
	case 1:
		return "; check 1 exemption(s)"
	case 2:
		return "; check 2 exemption(s)"
	case 3:
		return "; check 3 exemption(s)"
	}
	return "; check " + strconv.Itoa(n) + " exemption(s)"
}

// joinAction joins two actions with "; ".
func joinAction(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// changesIn returns measure i's changes on days after lo up to hi (the
// changes a period from lo to hi straddles), with cap period boundaries
// of recurring caps; c is the trade's goods, for the transition window.
func (r Regime) changesIn(i int, c Commodity, lo, hi int64) []Event {
	var out []Event
	inside := func(d int64) bool { return d > lo && d <= hi }
	for _, e := range r.events(i, c) {
		d := dayNumber(e.Date)
		if e.Change == TransitionEnds {
			d++ // the window ends after its last day
		}
		if e.Change != DeadlineFalls && inside(d) {
			out = append(out, e)
		}
	}
	m := r.measures[i]
	for _, cp := range m.Caps {
		if cp.Period.Kind != CalendarYears && cp.Period.Kind != TwelveMonths {
			continue
		}
		first, _, ok := cp.Period.Window(dayTime(hi))
		if d := dayNumber(first); ok && inside(d) && d > dayNumber(cp.Period.Start) && d < r.ix.end[i] {
			out = append(out, Event{Date: first, MeasureID: m.ID, Citation: r.ix.citation[i], Change: CapPeriodStarts, Text: capText(cp)})
		}
	}
	return out
}
