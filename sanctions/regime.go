package sanctions

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"time"
)

// Regime is a set of measures and the questions asked of them: which were
// in force on a day ([Regime.InForce]), what banned a good ([Regime.Banned],
// [Regime.BannedHS]), how one commodity's treatment changed
// ([Regime.Timeline]), and whether a trade falls under any
// ([Regime.Screen]).
//
// A Regime is immutable once built and safe for concurrent use. Every
// Measure it returns is a deep copy. The zero Regime has no measures.
type Regime struct {
	measures []Measure // in resolution, paragraph, ID order
	ix       *index
}

// index is what the questions need, precomputed when a Regime is built.
type index struct {
	start      []int64 // adoption day of each measure
	end        []int64 // first day it is superseded; math.MaxInt64 if never
	transEnd   []int64 // last day of its transition window; math.MinInt64 if none
	citation   []string
	hs         [numDirections][100][]hsEntry
	commodity  [numDirections][numCommodities][]int32
	supersedBy []string // ID of the superseding measure; "" if none
}

// hsEntry is one HS code of one measure's scope, filed under its chapter.
type hsEntry struct {
	code      HSCode
	measure   int32
	scope     int32 // index in Measure.HS
	commodity Commodity
}

// DPRK returns the UN Security Council's DPRK (1718) regime: the trade and
// labour measures of resolutions 2270 (2016), 2321 (2016), 2371 (2017), 2375
// (2017) and 2397 (2017), one [Measure] per row of kpledger's reference
// table, with sources and verification levels. Each call builds a new
// Regime; nothing a caller does to one changes another.
func DPRK() Regime {
	r, err := NewRegime(dprkMeasures())
	if err != nil {
		panic("sanctions: built-in data is invalid: " + err.Error())
	}
	return r
}

// NewRegime builds a regime from measures, which it copies and sorts by
// resolution number, paragraph and ID.
//
// NewRegime returns a [*FieldError] wrapping [ErrInvalidMeasure] if a
// measure:
//   - has no ID, or a duplicate ID;
//   - has no adoption date;
//   - has an unknown or out-of-range Kind or Direction, or any other
//     enumeration value out of range (a commodity, a verification level, an
//     HS origin, a cap's period kind or unit, a transition's commodity, an
//     exemption's commodity or level);
//   - carries the level [InferredFromHeading], which only the library's
//     inference table may;
//   - has an inconsistent [Paragraph] (a number on an unknown paragraph, a
//     label that does not start with the number);
//   - supersedes or clarifies itself, or names an ID not in the set;
//   - has an HS scope with a zero code.
func NewRegime(measures []Measure) (Regime, error) {
	ms := make([]Measure, len(measures))
	for i, m := range measures {
		ms[i] = m.Clone()
	}
	slices.SortStableFunc(ms, func(a, b Measure) int {
		return cmp.Or(cmp.Compare(a.Resolution.Number, b.Resolution.Number), cmp.Compare(a.Paragraph.Number, b.Paragraph.Number), cmp.Compare(a.ID, b.ID))
	})
	pos := make(map[string]int, len(ms))
	bad := func(i int, field, reason string) error {
		return &FieldError{Field: fmt.Sprintf("measures[%s].%s", ms[i].ID, field), Reason: reason, Err: ErrInvalidMeasure}
	}
	for i, m := range ms {
		if m.ID == "" {
			return Regime{}, &FieldError{Field: "Measure.ID", Reason: "empty", Err: ErrInvalidMeasure}
		}
		if field, reason := m.invalid(); field != "" {
			return Regime{}, bad(i, field, reason)
		}
		if _, dup := pos[m.ID]; dup {
			return Regime{}, bad(i, "ID", "duplicate ID")
		}
		pos[m.ID] = i
	}
	ix := &index{
		start:      make([]int64, len(ms)),
		end:        make([]int64, len(ms)),
		transEnd:   make([]int64, len(ms)),
		citation:   make([]string, len(ms)),
		supersedBy: make([]string, len(ms)),
	}
	for i, m := range ms {
		ix.start[i] = dayNumber(m.Resolution.Adopted)
		ix.end[i] = math.MaxInt64
		ix.transEnd[i] = math.MinInt64
		if !m.Transition.IsZero() {
			ix.transEnd[i] = dayNumber(m.Transition.LastDay)
		}
		ix.citation[i] = m.Citation()
	}
	for i, m := range ms {
		if m.Clarifies == m.ID {
			return Regime{}, bad(i, "Clarifies", "the measure clarifies itself")
		}
		if m.Clarifies != "" {
			if _, ok := pos[m.Clarifies]; !ok {
				return Regime{}, bad(i, "Clarifies", "names unknown measure "+m.Clarifies)
			}
		}
		for _, s := range m.Supersedes {
			if s.ID == m.ID {
				return Regime{}, bad(i, "Supersedes", "the measure supersedes itself")
			}
			j, ok := pos[s.ID]
			if !ok {
				return Regime{}, bad(i, "Supersedes", "names unknown measure "+s.ID)
			}
			from := max(dayNumber(s.From), ix.start[i])
			if from < ix.end[j] {
				ix.end[j] = from
				ix.supersedBy[j] = m.ID
			}
		}
		for k, s := range m.HS {
			for _, c := range s.Codes {
				if c.IsZero() {
					return Regime{}, bad(i, "HS", "zero HS code")
				}
				e := hsEntry{code: c, measure: int32(i), scope: int32(k), commodity: s.Commodity}
				ix.hs[m.Direction][c.Chapter()] = append(ix.hs[m.Direction][c.Chapter()], e)
			}
		}
		for c := Commodity(1); c < numCommodities; c++ {
			if m.names(c) {
				ix.commodity[m.Direction][c] = append(ix.commodity[m.Direction][c], int32(i))
			}
		}
	}
	return Regime{measures: ms, ix: ix}, nil
}

// Len returns the number of measures.
func (r Regime) Len() int { return len(r.measures) }

// All returns the measures in resolution and paragraph order, each a copy.
func (r Regime) All() iter.Seq[Measure] {
	return func(yield func(Measure) bool) {
		for _, m := range r.measures {
			if !yield(m.Clone()) {
				return
			}
		}
	}
}

// Measure returns a copy of the measure with the given ID, such as
// "2371/OP8", and false if there is none.
func (r Regime) Measure(id string) (Measure, bool) {
	for _, m := range r.measures {
		if m.ID == id {
			return m.Clone(), true
		}
	}
	return Measure{}, false
}

// active reports whether measure i is in force on day d: adopted on or
// before d and not superseded by then.
func (r Regime) active(i int, d int64) bool {
	return d >= r.ix.start[i] && d < r.ix.end[i]
}

// SupersededBy returns the ID of the measure that supersedes the measure
// id and the first day it no longer applies, and false if nothing in the
// regime supersedes it. Whether the supersession is stated or inferred is
// in the superseding measure's [Supersession].
func (r Regime) SupersededBy(id string) (string, time.Time, bool) {
	for i, m := range r.measures {
		if m.ID == id && r.ix.supersedBy[i] != "" {
			return r.ix.supersedBy[i], time.Unix(r.ix.end[i]*86400, 0).UTC(), true
		}
	}
	return "", time.Time{}, false
}

// InForce returns the measures in force on the calendar day of on, in
// resolution and paragraph order: those adopted on or before that day and
// not superseded by then. A measure inside its transition window is in
// force (see [Measure.InTransition]); 2321's coal cap stops on the day
// 2371's full coal ban is adopted, and 2375's refined-petroleum cap on
// 1 January 2018, when 2397's takes over.
func (r Regime) InForce(on time.Time) []Measure {
	d := dayNumber(on)
	var out []Measure
	for i, m := range r.measures {
		if r.active(i, d) {
			out = append(out, m.Clone())
		}
	}
	return out
}

// Banned returns the measure that bans commodity c in direction d on the
// calendar day of on, and false if no ban applies. A ban counts from its
// adoption day, transition window included: check [Measure.InTransition]
// and the measure's Exemptions. Caps are not bans. When several bans apply
// (2270's coal ban and 2371's full ban), Banned returns the most recently
// adopted.
func (r Regime) Banned(c Commodity, d Direction, on time.Time) (Measure, bool) {
	day := dayNumber(on)
	best := -1
	if r.ix != nil && c < numCommodities && d < numDirections {
		for _, i := range r.ix.commodity[d][c] {
			if r.measures[i].Kind.IsBan() && r.active(int(i), day) && (best < 0 || r.ix.start[i] >= r.ix.start[best]) {
				best = int(i)
			}
		}
	}
	if best < 0 {
		return Measure{}, false
	}
	return r.measures[best].Clone(), true
}

// BannedHS is [Regime.Banned] for an HS code: the most recently adopted ban
// in force on that day whose HS scope contains code (code is
// [HSCode.Within] one of the scope's codes). A code broader than a scope
// ("27" against coal's "2701") is not reported as banned; [Regime.Screen]
// reports such overlaps. Commodities whose HS codes the reference does not
// verify (textiles, seafood, lead) cannot be found by code.
func (r Regime) BannedHS(code HSCode, d Direction, on time.Time) (Measure, bool) {
	ch := code.Chapter()
	if r.ix == nil || ch < 0 || d >= numDirections {
		return Measure{}, false
	}
	day := dayNumber(on)
	best := -1
	for _, e := range r.ix.hs[d][ch] {
		i := int(e.measure)
		if code.Within(e.code) && r.measures[i].Kind.IsBan() && r.active(i, day) && (best < 0 || r.ix.start[i] >= r.ix.start[best]) {
			best = i
		}
	}
	if best < 0 {
		return Measure{}, false
	}
	return r.measures[best].Clone(), true
}

// Change is what happened on a day of a [Regime.Timeline]. The zero Change
// is UnknownChange. New values are only appended.
type Change uint8

// The changes.
const (
	UnknownChange   Change = iota // not set
	Adopted                       // the measure was adopted and applies from that day
	CapPeriodStarts               // a cap period that starts after adoption begins
	TransitionEnds                // the last day of a transition window
	DeadlineFalls                 // a dated obligation falls due
	Superseded                    // the measure stops applying, replaced by another
	Lapsed                        // a cap's last period has ended and no later one follows: the first day it no longer applies
)

const numChanges = 7

// String returns the change in words: "adopted", "cap period starts".
func (c Change) String() string {
	switch c {
	case UnknownChange:
		return "unknown"
	case Adopted:
		return "adopted"
	case CapPeriodStarts:
		return "cap period starts"
	case TransitionEnds:
		return "transition ends"
	case DeadlineFalls:
		return "deadline"
	case Superseded:
		return "superseded"
	case Lapsed:
		return "lapsed"
	}
	return fmt.Sprintf("Change(%d)", uint8(c))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (c Change) MarshalText() ([]byte, error) {
	return marshalEnum("Change", c, numChanges, Change.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (c *Change) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Change", text, numChanges, Change.String)
	if err == nil {
		*c = v
	}
	return err
}

// Event is one dated change in the treatment of a commodity.
type Event struct {
	Date      time.Time
	MeasureID string
	Citation  string // "S/RES/2371 (2017), OP 8"
	Change    Change
	Text      string // what changed, in words
	// Derived is true when the day was computed, not stated (a window
	// "30 days from adoption", a deadline "24 months from adoption"), and
	// Inferred when a supersession is the library's inference.
	Derived  bool
	Inferred bool
}

// String returns "2017-08-05 S/RES/2371 (2017), OP 8: adopted: export ban
// on coal, iron, iron ore".
func (e Event) String() string {
	s := e.Date.Format("2006-01-02") + " " + e.Citation + ": " + e.Change.String()
	if e.Text != "" {
		s += ": " + e.Text
	}
	if e.Derived {
		s += " (day computed, not stated)"
	}
	if e.Inferred {
		s += " (inferred)"
	}
	return s
}

// Timeline returns every dated change for commodity c across the regime,
// in date order (measures in regime order on the same day): adoptions,
// cap periods that start later, transition windows that end (those that
// cover c), deadlines, and supersessions.
func (r Regime) Timeline(c Commodity) []Event {
	var out []Event
	for i, m := range r.measures {
		if !m.names(c) {
			continue
		}
		cite := r.ix.citation[i]
		text := m.Kind.String()
		switch n := len(m.Exemptions); n {
		case 0:
		case 1:
			text += " with 1 exemption"
		default:
			text += fmt.Sprintf(" with %d exemptions", n)
		}
		if len(m.Caps) > 0 && m.Caps[0].Period.Start.Equal(m.Resolution.Adopted) {
			text += ": " + capText(m.Caps[0])
		}
		out = append(out, Event{Date: m.Resolution.Adopted, MeasureID: m.ID, Citation: cite, Change: Adopted, Text: text})
		for k, cp := range m.Caps {
			if k == 0 && cp.Period.Start.Equal(m.Resolution.Adopted) {
				continue
			}
			out = append(out, Event{Date: cp.Period.Start, MeasureID: m.ID, Citation: cite, Change: CapPeriodStarts, Text: capText(cp)})
		}
		if !m.Transition.IsZero() && m.Transition.covers(c) {
			out = append(out, Event{Date: m.Transition.LastDay, MeasureID: m.ID, Citation: cite, Change: TransitionEnds, Text: m.Transition.Applies, Derived: m.Transition.LastDayDerived})
		}
		for _, dl := range m.Deadlines {
			out = append(out, Event{Date: dl.Day, MeasureID: m.ID, Citation: cite, Change: DeadlineFalls, Text: dl.What, Derived: dl.Derived})
		}
		if by := r.ix.supersedBy[i]; by != "" {
			e := Event{Date: time.Unix(r.ix.end[i]*86400, 0).UTC(), MeasureID: m.ID, Citation: cite, Change: Superseded, Text: "by " + by}
			for _, s := range r.measures[slices.IndexFunc(r.measures, func(x Measure) bool { return x.ID == by })].Supersedes {
				if s.ID == m.ID {
					e.Inferred = s.Inferred
				}
			}
			out = append(out, e)
		}
	}
	// By day; on one day, supersessions after what superseded them.
	last := func(e Event) int {
		if e.Change == Superseded {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		return cmp.Or(cmp.Compare(dayNumber(a.Date), dayNumber(b.Date)), cmp.Compare(last(a), last(b)))
	})
	return out
}

// capText describes one cap period: "USD 400870018.00 or 7500000 metric
// tons, whichever is lower, calendar years from 2017".
func capText(c Cap) string {
	s := ""
	for i, l := range c.Limits {
		if i > 0 {
			s += " or "
		}
		s += l.String()
	}
	if s == "" {
		s = c.Basis
	}
	if c.WhicheverLower {
		s += ", whichever is lower"
	}
	if c.PerState {
		s += ", per State"
	}
	return s + ", " + c.Period.String()
}

// invalid returns the field and reason of the first thing wrong with m's
// own values, or "" if there is none. References to other measures are
// checked by NewRegime.
func (m Measure) invalid() (field, reason string) {
	level := func(v Verified) bool { return v < InferredFromHeading }
	commodity := func(c Commodity) bool { return c != UnknownCommodity && c < numCommodities }
	switch {
	case m.Resolution.Adopted.IsZero():
		return "Resolution.Adopted", "no adoption date"
	case m.Kind == UnknownKind || m.Kind >= numKinds:
		return "Kind", "unknown kind " + m.Kind.String()
	case m.Direction == UnknownDirection || m.Direction >= numDirections:
		return "Direction", "unknown direction " + m.Direction.String()
	case !m.Paragraph.valid():
		return "Paragraph", fmt.Sprintf("inconsistent paragraph %+v: an unknown paragraph has no number or label; a known one's label starts with its number", m.Paragraph)
	case !level(m.Verified):
		return "Verified", "level " + m.Verified.String() + " is not a level of the reference"
	case !level(m.ParagraphVerified):
		return "ParagraphVerified", "level " + m.ParagraphVerified.String() + " is not a level of the reference"
	}
	for k, c := range m.Commodities {
		if !commodity(c) {
			return fmt.Sprintf("Commodities[%d]", k), "unknown commodity " + c.String()
		}
	}
	for k, s := range m.HS {
		switch {
		case s.Commodity >= numCommodities:
			return fmt.Sprintf("HS[%d].Commodity", k), "out of range " + s.Commodity.String()
		case s.Origin >= numOrigins || s.Origin == HeadingText:
			return fmt.Sprintf("HS[%d].Origin", k), "origin " + s.Origin.String() + " is not a mapping a source made"
		case !level(s.Verified):
			return fmt.Sprintf("HS[%d].Verified", k), "level " + s.Verified.String() + " is not a level of the reference"
		}
	}
	for k, c := range m.Caps {
		if c.Period.Kind == UnknownPeriod || c.Period.Kind >= numPeriodKinds {
			return fmt.Sprintf("Caps[%d].Period.Kind", k), "unknown period kind " + c.Period.Kind.String()
		}
		if c.Period.Start.IsZero() || (c.Period.Kind == FixedPeriod && dayNumber(c.Period.End) < dayNumber(c.Period.Start)) {
			return fmt.Sprintf("Caps[%d].Period", k), "no start, or a fixed period that ends before it starts"
		}
		if !level(c.Verified) {
			return fmt.Sprintf("Caps[%d].Verified", k), "level " + c.Verified.String() + " is not a level of the reference"
		}
		for j, l := range c.Limits {
			if l.Quantity.Unit >= numUnits || (!l.IsValue() && l.Quantity.Unit == UnknownUnit) {
				return fmt.Sprintf("Caps[%d].Limits[%d].Quantity.Unit", k, j), "unknown unit " + l.Quantity.Unit.String()
			}
		}
	}
	for k, x := range m.Exemptions {
		if !level(x.Verified) {
			return fmt.Sprintf("Exemptions[%d].Verified", k), "level " + x.Verified.String() + " is not a level of the reference"
		}
		for j, c := range x.Commodities {
			if !commodity(c) {
				return fmt.Sprintf("Exemptions[%d].Commodities[%d]", k, j), "unknown commodity " + c.String()
			}
		}
	}
	for k, c := range m.Transition.Commodities {
		if !commodity(c) {
			return fmt.Sprintf("Transition.Commodities[%d]", k), "unknown commodity " + c.String()
		}
	}
	for k, d := range m.Deadlines {
		if !level(d.Verified) {
			return fmt.Sprintf("Deadlines[%d].Verified", k), "level " + d.Verified.String() + " is not a level of the reference"
		}
	}
	return "", ""
}
