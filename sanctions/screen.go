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
	// First pass: which index entry makes each finding, in a small array
	// on the stack, so that a trade with no finding allocates nothing and
	// one with findings allocates them in one slice of the right length.
	var buf [8]candidate
	cs := buf[:0]
	ch := t.HS.Chapter()
	if ch >= 0 {
		hs := r.ix.hs[sl][ch]
		for k := range hs {
			e := &hs[k]
			var how Match
			switch {
			case t.HS.Within(e.code):
				how = HSWithin
			case e.code.Within(t.HS):
				how = HSBroader
			default:
				continue
			}
			cs = r.propose(cs, candidate{measure: e.measure, entry: int32(k), from: fromHS, how: how}, lo, hi)
		}
	}
	if t.Commodity != UnknownCommodity {
		ces := r.ix.commodity[sl][t.Commodity]
		for k := range ces {
			cs = r.propose(cs, candidate{measure: ces[k].measure, entry: int32(k), from: fromCommodity, how: ces[k].match}, lo, hi)
		}
	}
	if ch >= 0 {
		ies := r.ix.inferred[sl][ch]
		for k := range ies {
			e := &ies[k]
			if !t.HS.Within(e.code) && !e.code.Within(t.HS) {
				continue
			}
			cs = r.propose(cs, candidate{measure: e.measure, entry: int32(k), from: fromInferred, how: HeadingInferred}, lo, hi)
		}
	}
	if len(cs) == 0 {
		return nil, nil
	}
	// Second pass: the findings themselves, their exemptions copied into
	// one array for all of them.
	out := make([]Finding, len(cs))
	var xa exemptionArena
	for n := range cs {
		for _, x := range r.measures[cs[n].measure].Exemptions {
			xa.nex++
			xa.ncs += len(x.Commodities)
		}
	}
	for n := range cs {
		r.build(&out[n], &cs[n], t, sl, ch, lo, hi, &xa)
	}
	return out, nil
}

// candidate is a finding Screen will make: measure met by how through
// entry k of the index list named by from.
type candidate struct {
	measure int32
	entry   int32
	from    uint8
	how     Match
}

// The index lists a candidate's entry comes from.
const (
	fromHS uint8 = iota
	fromCommodity
	fromInferred
)

// propose adds c to cs if its measure is in force on some day from lo to
// hi and cs has no candidate for it; it replaces the candidate in place
// if that one is undetermined and c covers.
func (r Regime) propose(cs []candidate, c candidate, lo, hi int64) []candidate {
	if !r.activeIn(int(c.measure), lo, hi) {
		return cs
	}
	for n := range cs {
		if cs[n].measure == c.measure {
			if outcomeOf(cs[n].how) == Undetermined && outcomeOf(c.how) == Covered {
				cs[n] = c
			}
			return cs
		}
	}
	return append(cs, c)
}

// build fills f, a zero Finding, from candidate c for trade t, whose trade
// slot is sl and HS chapter ch, copying its exemptions into xa.
func (r Regime) build(f *Finding, c *candidate, t Trade, sl, ch int, lo, hi int64, xa *exemptionArena) {
	i := int(c.measure)
	switch c.from {
	case fromHS:
		e := &r.ix.hs[sl][ch][c.entry]
		text, action, st := e.within, "", &e.withinText
		if c.how == HSBroader {
			text, action, st = e.broader, e.broaderAction, &e.broaderText
		}
		goods := e.commodity
		if t.Commodity != UnknownCommodity {
			goods, st = t.Commodity, nil
		}
		r.fill(f, i, c.how, e.commodity, goods, text, action, st, lo, hi, xa)
		f.Code, f.Origin = e.code, r.measures[i].HS[e.scope].Origin
	case fromCommodity:
		e := &r.ix.commodity[sl][t.Commodity][c.entry]
		r.fill(f, i, e.match, e.named, t.Commodity, e.reason, e.action, &e.text, lo, hi, xa)
	case fromInferred:
		e := &r.ix.inferred[sl][ch][c.entry]
		h := &r.ix.inferences[e.inference]
		v := 2
		switch {
		case t.HS == e.code:
			v = 0
		case t.HS.Within(e.code):
			v = 1
		}
		goods, st := h.Commodity, &e.text[v]
		if t.Commodity != UnknownCommodity {
			goods, st = t.Commodity, nil
		}
		base := ""
		if st == nil || lo < hi {
			base = [3]string{e.same, e.under, e.broader}[v] + e.tail
		}
		r.fill(f, i, HeadingInferred, e.commodity, goods, base, e.action, st, lo, hi, xa)
		f.Code, f.Origin, f.Inference = h.Code, HeadingText, *h
	}
}

// outcomeOf is the outcome of a match.
func outcomeOf(m Match) Outcome {
	switch m {
	case HSWithin, ByCommodity, CommodityWithin:
		return Covered
	}
	return Undetermined
}

// fill fills f, the finding for measure i, met by how through the
// measure's commodity mc; c is the trade's goods, for which the transition
// window and exemptions are checked; base and action begin the reason and
// action; st holds the prebuilt texts for a day record whose goods are c,
// nil if there are none; lo and hi are the trade's first and last day;
// the exemptions are copied into xa.
func (r Regime) fill(f *Finding, i int, how Match, mc, c Commodity, base, action string, st *staticText, lo, hi int64, xa *exemptionArena) {
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
		f.Exemptions = xa.applicable(st.ex, UnknownCommodity)
		f.Reason, f.Action = st.reason[b], st.action[b]
		return
	}
	f.Exemptions = xa.applicable(m.Exemptions, c)
	if lo < hi {
		f.Changes = r.changesIn(i, c, lo, hi)
	}
	f.Reason, f.Action = r.ix.texts(i, f.Outcome, base, action, f.InTransition, len(f.Exemptions), len(f.Changes) > 0)
}

// applicable returns copies of the exemptions that may apply to goods of
// commodity c, or nil: one slice for the exemptions and one shared backing
// array for their commodities, so the copy costs two allocations. It is
// [exemptionArena.applicable] with an arena sized for xs.
func applicable(xs []Exemption, c Commodity) []Exemption {
	a := exemptionArena{nex: len(xs)}
	for k := range xs {
		a.ncs += len(xs[k].Commodities)
	}
	return a.applicable(xs, c)
}

// exemptionArena holds copies of the exemptions of one Screen call's
// findings: one backing array for the exemptions and one for their
// commodities, allocated on first use with room for every exemption of the
// findings' measures (nex and ncs), so a call's copies cost at most two
// allocations. Each finding gets its own capped window of them.
type exemptionArena struct {
	ex       []Exemption
	cs       []Commodity
	nex, ncs int
}

// applicable is [applicable] with the copies made in a.
func (a *exemptionArena) applicable(xs []Exemption, c Commodity) []Exemption {
	start := len(a.ex)
	for k := range xs {
		if !xs[k].AppliesTo(c) {
			continue
		}
		if a.ex == nil {
			a.ex = make([]Exemption, 0, max(a.nex, len(xs)))
		}
		x := xs[k]
		if len(x.Commodities) > 0 {
			if a.cs == nil {
				a.cs = make([]Commodity, 0, max(a.ncs, len(x.Commodities)))
			}
			cs := len(a.cs)
			a.cs = append(a.cs, x.Commodities...)
			x.Commodities = a.cs[cs:len(a.cs):len(a.cs)]
		}
		a.ex = append(a.ex, x)
	}
	if len(a.ex) == start {
		return nil
	}
	return a.ex[start:len(a.ex):len(a.ex)]
}

// exemptionsText is "; check 1 exemption" or "; check N exemptions".
func exemptionsText(n int) string {
	switch n {
	case 1:
		return "; check 1 exemption"
	case 2:
		return "; check 2 exemptions"
	case 3:
		return "; check 3 exemptions"
	}
	return "; check " + strconv.Itoa(n) + " exemptions"
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
	m := &r.measures[i]
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
