package sanctions

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"time"
)

// Regime is a set of measures and the questions asked of them: which were
// in force on a day ([Regime.InForce]), what bans a good ([Regime.Banned],
// [Regime.BannedHS]), how one commodity's treatment changed, or that of a
// kind or direction of measure ([Regime.Timeline], [Regime.TimelineOf]),
// and whether a trade falls under any ([Regime.Screen]).
//
// A Regime is immutable once built and safe for concurrent use. Every
// Measure it returns is a deep copy. The zero Regime has no measures.
type Regime struct {
	measures []Measure // in resolution, paragraph, ID order
	ix       *index
}

// index is what the questions need, precomputed when a Regime is built.
// Goods are indexed by trade slot: 0 for DPRKExports, 1 for SupplyToDPRK; a
// BothWays measure is filed under both.
type index struct {
	start      []int64 // adoption day of each measure
	end        []int64 // first day it no longer applies (superseded or lapsed); math.MaxInt64 if never
	lapsed     []bool  // end is a lapse (the last cap period ended), not a supersession
	transEnd   []int64 // last day of its transition window; math.MinInt64 if none
	citation   []string
	hs         [2][100][]hsEntry
	inferred   [2][100][]inferredEntry
	commodity  [2][numCommodities][]commodityEntry
	supersedBy []string           // ID of the superseding measure; "" if none
	inferences []HeadingInference // the table of [HeadingInferences]
	// Text of findings, built once so that screening only joins strings.
	kindCovered, kindUndetermined []string // "; banned", "; if the goods are covered, they are banned"
	transText                     []string // "; inside the transition window to …"
}

// hsEntry is one HS code of one measure's scope, filed under its chapter.
type hsEntry struct {
	code      HSCode
	measure   int32
	scope     int32 // index in Measure.HS
	commodity Commodity
	// within and broader begin a finding's reason; broaderAction is the
	// action of a broader match; withinText and broaderText are the whole
	// texts of a day record that names no commodity.
	within, broader, broaderAction string
	withinText, broaderText        staticText
}

// staticText is the reason, action and exemptions of a finding for a day
// record that names no commodity, by whether the day is inside the
// measure's transition window; built once per index entry.
type staticText struct {
	reason, action [2]string
	ex             []Exemption // the regime's own; findings get copies
}

// inferredEntry is one heading inference that applies to one measure: the
// measure names commodity, which overlaps the inference's commodity, and
// has no complete HS mapping for it.
type inferredEntry struct {
	code      HSCode
	measure   int32
	inference int32 // index in index.inferences
	commodity Commodity
	// same, under and broader begin a finding's reason when the trade's
	// code is the heading, lies under it or is broader; tail follows;
	// action is the finding's action; text holds the whole texts of a day
	// record that names no commodity, in the order same, under, broader.
	same, under, broader, tail, action string
	text                               [3]staticText
}

// commodityEntry is one measure that names a commodity overlapping the one
// it is filed under, with how.
type commodityEntry struct {
	measure        int32
	match          Match     // ByCommodity, CommodityWithin or CommodityBroader
	named          Commodity // the commodity the measure names
	reason, action string    // the finding's reason (before the measure's own suffixes) and action
	text           staticText
}

// slots returns the trade slots of direction d: both for BothWays, one for
// DPRKExports or SupplyToDPRK, none otherwise.
func slots(d Direction) []int {
	switch d {
	case DPRKExports:
		return []int{0}
	case SupplyToDPRK:
		return []int{1}
	case BothWays:
		return []int{0, 1}
	}
	return nil
}

// slot returns the trade slot of a trade direction, or -1.
func slot(d Direction) int {
	switch d {
	case DPRKExports:
		return 0
	case SupplyToDPRK:
		return 1
	}
	return -1
}

// add files measure i, which acts on goods in trade slots sls, in the HS,
// inference and commodity indexes. Each entry and its texts are built once
// and filed under every slot (a BothWays measure under both).
func (ix *index) add(sls []int, i int, m Measure) {
	if len(sls) == 0 {
		return
	}
	for k, s := range m.HS {
		for _, c := range s.Codes {
			e := hsEntry{code: c, measure: int32(i), scope: int32(k), commodity: s.Commodity}
			what := c.String() + " (" + s.Commodity.String() + ", " + s.Origin.String() + ")"
			e.within = "the trade's HS code is within " + what
			e.broader = "the trade's HS code is broader than " + what + ": the goods may or may not be " + s.Commodity.String()
			if s.Excludes != "" {
				e.within += "; the mapping excludes " + s.Excludes
				e.broader += "; the mapping excludes " + s.Excludes
			}
			e.broaderAction = "check whether the goods are " + s.Commodity.String() + " (HS " + c.String() + "), or give the full HS code or Trade.Commodity"
			e.withinText = ix.static(i, m, HSWithin, s.Commodity, e.within, "")
			e.broaderText = ix.static(i, m, HSBroader, s.Commodity, e.broader, e.broaderAction)
			for _, sl := range sls {
				ix.hs[sl][c.Chapter()] = append(ix.hs[sl][c.Chapter()], e)
			}
		}
	}
	for _, mc := range m.Commodities {
		if m.mapped(mc) {
			continue
		}
		for k, h := range ix.inferences {
			if !h.Commodity.Within(mc) && !mc.Within(h.Commodity) {
				continue
			}
			ch := h.Code.Chapter()
			// Every slot holds the same entries of measure i, so the
			// first slot answers for all.
			dup := slices.ContainsFunc(ix.inferred[sls[0]][ch], func(e inferredEntry) bool {
				return e.measure == int32(i) && e.code == h.Code
			})
			if !dup {
				e := inferredEntry{code: h.Code, measure: int32(i), inference: int32(k), commodity: mc}
				e.same = "the trade's HS code is " + h.Code.String() + ", headed " + strconv.Quote(h.Heading) + " (" + h.Wording + ")"
				hs := h.String()
				e.under = "the trade's HS code lies under " + hs
				e.broader = "the trade's HS code is broader than " + hs
				e.tail = fmt.Sprintf(": the library infers from that text that the goods may be %s, which %s names; the reference verifies no HS codes for %s under this measure",
					h.Commodity, ix.citation[i], mc)
				if h.Note != "" {
					e.tail += " (" + h.Note + ")"
				}
				e.action = fmt.Sprintf("check whether the goods are %s, or set Trade.Commodity to screen them by commodity", h.Commodity)
				for v, where := range []string{e.same, e.under, e.broader} {
					e.text[v] = ix.static(i, m, HeadingInferred, h.Commodity, where+e.tail, e.action)
				}
				for _, sl := range sls {
					ix.inferred[sl][ch] = append(ix.inferred[sl][ch], e)
				}
			}
		}
	}
	named := m.namedCommodities()
	for c := Commodity(1); c < numCommodities; c++ {
		best := commodityEntry{measure: -1}
		for _, mc := range named {
			var how Match
			switch {
			case mc == c:
				how = ByCommodity
			case c.Within(mc):
				how = CommodityWithin
			case mc.Within(c):
				how = CommodityBroader
			default:
				continue
			}
			if best.measure < 0 || matchRank(how) > matchRank(best.match) {
				best = commodityEntry{measure: int32(i), match: how, named: mc}
			}
		}
		if best.measure >= 0 {
			cite := ix.citation[i]
			switch best.match {
			case ByCommodity:
				best.reason = fmt.Sprintf("%s named by %s", c, cite)
			case CommodityWithin:
				best.reason = fmt.Sprintf("%s lies within %s, named by %s", c, best.named, cite)
			case CommodityBroader:
				best.reason = fmt.Sprintf("%s is broader than %s, named by %s: the goods may or may not be %s", c, best.named, cite, best.named)
				best.action = fmt.Sprintf("check whether the goods are %s, or set Trade.Commodity to that narrower class", best.named)
			}
			best.text = ix.static(i, m, best.match, c, best.reason, best.action)
			for _, sl := range sls {
				ix.commodity[sl][c] = append(ix.commodity[sl][c], best)
			}
		}
	}
}

// static builds the texts of a day-record finding for measure i, met by
// how, for goods of commodity c.
func (ix *index) static(i int, m Measure, how Match, c Commodity, base, action string) staticText {
	st := staticText{ex: applicable(m.Exemptions, c)}
	st.reason[0], st.action[0] = ix.texts(i, outcomeOf(how), base, action, false, len(st.ex), false)
	// The texts inside the transition window are read only when the
	// window applies to goods c (see Regime.fill).
	st.reason[1], st.action[1] = st.reason[0], st.action[0]
	if !m.Transition.IsZero() && m.Transition.covers(c) {
		st.reason[1], st.action[1] = ix.texts(i, outcomeOf(how), base, action, true, len(st.ex), false)
	}
	return st
}

// texts joins a finding's reason and action: base and action, then what
// the measure's kind, its transition window, its exemptions and a period's
// changes add.
func (ix *index) texts(i int, o Outcome, base, action string, inTransition bool, exemptions int, changes bool) (string, string) {
	kind := ix.kindCovered[i]
	if o == Undetermined {
		kind = ix.kindUndetermined[i]
	}
	var trans, transAct, ex, exAct, chg, chgAct string
	if inTransition {
		trans, transAct = ix.transText[i], "check that the trade is under a contract finalized before adoption"
	}
	if exemptions > 0 {
		ex, exAct = exemptionsText(exemptions), "check whether an exemption applies"
	}
	if changes {
		chg, chgAct = "; the period straddles a change of this measure", "check the days of the trade against the changes listed"
	}
	return base + kind + trans + ex + chg, joinAction(joinAction(joinAction(action, transAct), exAct), chgAct)
}

// matchRank orders commodity matches from the closest: the commodity named
// itself, a class it lies within, a narrower class.
func matchRank(m Match) int {
	switch m {
	case ByCommodity:
		return 3
	case CommodityWithin:
		return 2
	case CommodityBroader:
		return 1
	}
	return 0
}

// DPRK returns the UN Security Council's DPRK (1718) regime: every row of
// kpledger's reference table, resolutions 1718 (2006) to 2397 (2017), one
// [Measure] per row (74 in all), with sources and verification levels. Each
// call builds a new Regime; nothing a caller does to one changes another.
func DPRK() Regime {
	// dprkMeasures builds new values on each call, so the regime may own
	// them without a copy.
	r, err := newRegime(dprkMeasures(), false)
	if err != nil {
		panic("sanctions: built-in data is invalid: " + err.Error())
	}
	return r
}

// NewRegime builds a regime from measures, which it copies and sorts by
// resolution number, paragraph number (paragraphs not seen last) and ID.
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
	return newRegime(measures, true)
}

// newRegime is [NewRegime]; it copies measures if clone is true, and
// otherwise takes them over (and reorders them), for a caller that keeps
// no reference to them.
func newRegime(measures []Measure, clone bool) (Regime, error) {
	ms := measures
	if clone {
		ms = make([]Measure, len(measures))
		for i, m := range measures {
			ms[i] = m.Clone()
		}
	}
	slices.SortStableFunc(ms, func(a, b Measure) int {
		return cmp.Or(cmp.Compare(a.Resolution.Number, b.Resolution.Number), cmp.Compare(a.Paragraph.order(), b.Paragraph.order()), cmp.Compare(a.ID, b.ID))
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
		lapsed:     make([]bool, len(ms)),
		transEnd:   make([]int64, len(ms)),
		citation:   make([]string, len(ms)),
		supersedBy: make([]string, len(ms)),
		inferences: HeadingInferences(),
	}
	ix.kindCovered = make([]string, len(ms))
	ix.kindUndetermined = make([]string, len(ms))
	ix.transText = make([]string, len(ms))
	for i, m := range ms {
		switch {
		case m.Kind.IsCap():
			ix.kindCovered[i] = "; capped, not banned: count it against the cap"
			ix.kindUndetermined[i] = "; if the goods are covered, they count against the cap"
		case m.Kind.IsBan():
			ix.kindCovered[i] = "; banned"
			ix.kindUndetermined[i] = "; if the goods are covered, they are banned"
		}
		if !m.Transition.IsZero() {
			ix.transText[i] = "; inside the transition window to " + m.Transition.LastDay.Format("2006-01-02") + ": allowed only under a contract finalized before adoption"
		}
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
		for _, s := range m.HS {
			for _, c := range s.Codes {
				if c.IsZero() {
					return Regime{}, bad(i, "HS", "zero HS code")
				}
			}
		}
	}
	for i, m := range ms {
		// A cap whose last period is fixed lapses the day after it ends.
		if n := len(m.Caps); n > 0 {
			last := m.Caps[n-1].Period
			if last.Kind == FixedPeriod {
				if l := dayNumber(last.End) + 1; l < ix.end[i] {
					ix.end[i], ix.lapsed[i], ix.supersedBy[i] = l, true, ""
				}
			}
		}
		ix.add(slots(m.Direction), i, m)
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
	if i := r.position(id); i >= 0 {
		return r.measures[i].Clone(), true
	}
	return Measure{}, false
}

// active reports whether measure i is in force on day d: adopted on or
// before d and not superseded or lapsed by then.
func (r Regime) active(i int, d int64) bool {
	return d >= r.ix.start[i] && d < r.ix.end[i]
}

// activeIn reports whether measure i is in force on any day from lo to hi.
func (r Regime) activeIn(i int, lo, hi int64) bool {
	return r.ix.start[i] <= hi && r.ix.end[i] > lo
}

// SupersededBy returns the ID of the measure that supersedes the measure
// id and the first day it no longer applies, and false if nothing in the
// regime supersedes it. Whether the supersession is stated or inferred is
// in the superseding measure's [Supersession].
func (r Regime) SupersededBy(id string) (string, time.Time, bool) {
	if i := r.position(id); i >= 0 && r.ix.supersedBy[i] != "" {
		return r.ix.supersedBy[i], dayTime(r.ix.end[i]), true
	}
	return "", time.Time{}, false
}

// InForce returns the measures in force on the calendar day of on, in
// resolution and paragraph order: those adopted on or before that day and
// neither superseded nor lapsed by then. A measure inside its transition
// window is in force (see [Measure.InTransition]); 2321's coal cap stops on
// the day 2371's full coal ban is adopted, and 2375's refined-petroleum cap
// on 1 January 2018, when 2397's takes over. A cap lapses when its last
// period has ended and no later one follows: 2375's crude-oil cap, whose one
// period ends 2018-09-10, is not in force from 2018-09-11.
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

// Banned reports whether commodity c is banned in direction d on the
// calendar day of on, with one of three answers in [BanStatus].Outcome, as
// [Regime.BannedHS] gives for an HS code:
//
//   - [Covered]: a ban in force names c or a class c lies within
//     ([Commodity.Within]): iron supplied to the DPRK in 2018 is banned by
//     2397's ban on "iron, steel and other metals". Measure is the ban, the
//     most recently adopted if several apply (2371's full coal ban, not
//     2270's, from 2017-08-05). A ban counts from its adoption day,
//     transition window included: check the findings' InTransition and
//     Exemptions.
//   - [Undetermined]: a ban in force names a narrower class than c, so c's
//     goods may be banned and the data cannot say which they are. In the
//     built-in regime: arms and related materiel from 2006-10-14 to
//     2009-06-11 (1718 names major conventional arms; only 1874 the whole
//     class); "iron, steel and other metals" exported from 2016-03-02
//     (2270 and 2371 name iron, 2321 copper, nickel and zinc, 2371 lead);
//     vessels, helicopters and transportation vehicles supplied from
//     2016-11-30 to 2017-12-21 (2321 OP 30 names new ones); industrial
//     machinery and transportation vehicles exported from 2017-12-22 (2397
//     OP 6 names machinery and vessels). The Findings name each ban and
//     the narrower class ([CommodityBroader]); never read this as "not
//     banned".
//   - [Clean]: no ban in force names c, a class c lies within, or a class
//     within c. Caps are not bans (refined petroleum supplied in 2018 is
//     capped, and Clean here: see [Regime.Screen]), nor are catch-all
//     clauses.
//
// Banned is [Regime.Screen] for the one-day trade {Date: on, Direction: d,
// Commodity: c} restricted to bans, as BannedHS is for a code.
//
// Banned returns the error Screen returns for that trade, a [*FieldError]
// wrapping [ErrInvalidTrade], if on is the zero time (field Trade.Date),
// d is not [DPRKExports] or [SupplyToDPRK] (Trade.Direction: a [BothWays]
// ban is found under either, so ask once per direction), or c is
// UnknownCommodity or out of range (Trade.Commodity).
//
// Banned used to return (Measure, bool), whose false meant both "no ban"
// and "a narrower ban may apply"; code that tests that bool no longer
// compiles, on purpose: switch on the Outcome.
func (r Regime) Banned(c Commodity, d Direction, on time.Time) (BanStatus, error) {
	return r.banStatus(Trade{Date: on, Direction: d, Commodity: c})
}

// BanStatus is the answer of [Regime.Banned] and [Regime.BannedHS]: a ban in force covers the
// goods, may cover them, or none does. It is a value, safe for concurrent
// use; its Measure and Findings are the caller's own copies.
type BanStatus struct {
	// Outcome is [Covered], [Undetermined] or [Clean], as [Regime.Screen]
	// answers for the bans alone ([OutcomeOf] the Findings):
	//   - Covered: a ban in force covers the goods; Measure is that ban.
	//   - Undetermined: no ban is known to cover the goods, but a ban in
	//     force may, and the data cannot decide. The Findings name each
	//     such ban and its commodity, say why (the code is broader than the
	//     ban's HS scope, or the ban's goods have no verified HS codes and
	//     the code lies under a heading whose text names them) and what
	//     would decide it (their Action).
	//   - Clean: no ban of the regime in force on the day covers the goods
	//     or may (see [Regime.Screen] for exactly what that means).
	//
	// The zero BanStatus has UnknownOutcome; no method returns it without
	// an error.
	Outcome Outcome
	// Measure is the ban that covers the goods when Outcome is Covered:
	// the most recently adopted if several do (2371 OP 8, not 2270 OP 29,
	// for coal from 2017-08-05). The zero Measure otherwise.
	Measure Measure
	// Findings are Screen's findings for the bans ([Kind.IsBan]) in force,
	// in Screen's order: Covered ones (the bans that cover the goods, with
	// their transition windows and exemptions to check) and Undetermined
	// ones (the bans that may). Nil when Outcome is Clean.
	Findings []Finding
}

// BannedHS reports whether goods of HS code code are banned in direction
// d on the calendar day of on, with one of three answers in
// [BanStatus].Outcome:
//
//   - [Covered]: code lies within a code of the HS scope of a ban in force
//     ([HSCode.Within]): HS 2701 (coal) exported in 2018 is banned by
//     2371 OP 8. Measure is the ban, the most recently adopted if several
//     apply. A ban counts from its adoption day, transition window
//     included: check the findings' InTransition and Exemptions.
//   - [Undetermined]: a ban in force may cover the goods and the data
//     cannot decide. Either code is broader than a ban's scope (chapter 27
//     holds coal, HS 2701, and much else), or the ban names goods whose HS
//     codes the reference does not verify and code lies under a heading
//     whose text names them: HS 0303 (frozen fish) exported in October
//     2017 falls under 2371 OP 9's seafood ban only if the goods are
//     seafood, which no verified mapping says (see [HeadingInferences]).
//     The Findings say which ban, which commodity, why, and what to
//     check; never read this as "not banned".
//   - [Clean]: no ban in force on the day covers the goods or may.
//
// BannedHS is [Regime.Screen] for the one-day trade {Date: on, Direction:
// d, HS: code} restricted to bans ([Kind.IsBan]): its Findings are
// Screen's findings whose Kind is a ban, and its Outcome is [OutcomeOf]
// them, so the two always agree on what bans apply. They differ where
// Screen reports measures that are not bans: caps. HS 2712 (petroleum
// jelly, paraffin wax), which the implementing text maps to refined
// petroleum products, supplied to the DPRK in 2018 is Clean here and
// Covered by Screen through 2397 OP 5's cap; HS 2710 is Undetermined here,
// as the goods may be aviation fuel (2270 OP 31). Catch-all clauses name
// no goods and are in neither.
//
// d must be [DPRKExports] or [SupplyToDPRK]: a [BothWays] ban is found
// under either, so ask once per direction.
//
// BannedHS returns the error Screen returns for that trade, a
// [*FieldError] wrapping [ErrInvalidTrade], if on is the zero time
// (field Trade.Date), d is not DPRKExports or SupplyToDPRK
// (Trade.Direction), or code is the zero HSCode (Trade.HS).
//
// BannedHS used to return (Measure, bool), whose false meant both "no ban"
// and "the data cannot tell"; code that tests that bool no longer
// compiles, on purpose: switch on the Outcome.
func (r Regime) BannedHS(code HSCode, d Direction, on time.Time) (BanStatus, error) {
	return r.banStatus(Trade{Date: on, Direction: d, HS: code})
}

// banStatus is the [BanStatus] of trade t: [Regime.Screen]'s findings for
// bans, and the most recently adopted ban that covers the goods (on the
// same day, the later in regime order, as Banned chooses).
func (r Regime) banStatus(t Trade) (BanStatus, error) {
	fs, err := r.Screen(t)
	if err != nil {
		return BanStatus{}, err
	}
	bans := fs[:0]
	best := -1
	for _, f := range fs {
		if !f.Kind.IsBan() {
			continue
		}
		bans = append(bans, f)
		if f.Outcome != Covered {
			continue
		}
		i := r.position(f.MeasureID)
		if best < 0 || r.ix.start[i] > r.ix.start[best] || (r.ix.start[i] == r.ix.start[best] && i > best) {
			best = i
		}
	}
	clear(fs[len(bans):])
	if len(bans) == 0 {
		return BanStatus{Outcome: Clean}, nil
	}
	st := BanStatus{Outcome: OutcomeOf(bans), Findings: bans[:len(bans):len(bans)]}
	if best >= 0 {
		st.Measure = r.measures[best].Clone()
	}
	return st, nil
}

// position returns the index of the measure with the given ID, or -1.
func (r Regime) position(id string) int {
	for i := range r.measures {
		if r.measures[i].ID == id {
			return i
		}
	}
	return -1
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
// cap periods that start later (not those superseded before they start),
// transition windows that end (those that cover c), deadlines,
// supersessions and lapses. It follows the commodity hierarchy both ways:
// measures that name c, a class c lies within, or a class within c.
func (r Regime) Timeline(c Commodity) []Event {
	return r.TimelineOf(Filter{Commodity: c})
}

// Filter selects measures for [Regime.TimelineOf]. A zero field selects
// any value; the zero Filter selects every measure.
type Filter struct {
	Commodity Commodity // measures naming it, a class it lies within, or a class within it
	Kind      Kind
	Direction Direction // measures acting in it; BothWays measures also match DPRKExports and SupplyToDPRK
}

// matches reports whether the filter selects measure m.
func (f Filter) matches(m Measure) bool {
	if f.Kind != UnknownKind && m.Kind != f.Kind {
		return false
	}
	if f.Direction != UnknownDirection && !m.Direction.Covers(f.Direction) {
		return false
	}
	if f.Commodity == UnknownCommodity {
		return true
	}
	for _, mc := range m.namedCommodities() {
		if mc.Within(f.Commodity) || f.Commodity.Within(mc) {
			return true
		}
	}
	return false
}

// TimelineOf returns every dated change of the measures f selects, in date
// order, as [Regime.Timeline] does for one commodity: the workers abroad
// are TimelineOf(Filter{Direction: Labour}) (2371's freeze, 2375's ban,
// 2397's repatriation with its deadlines); the asset freezes are
// TimelineOf(Filter{Kind: AssetFreeze}).
func (r Regime) TimelineOf(f Filter) []Event {
	var out []Event
	for i, m := range r.measures {
		if f.matches(m) {
			out = append(out, r.events(i, f.Commodity)...)
		}
	}
	// By day; on one day, supersessions and lapses after what caused them.
	last := func(e Event) int {
		if e.Change == Superseded || e.Change == Lapsed {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		return cmp.Or(cmp.Compare(dayNumber(a.Date), dayNumber(b.Date)), cmp.Compare(last(a), last(b)))
	})
	return out
}

// events returns measure i's dated changes, in the measure's own order: its
// adoption, later cap periods that start while it applies, the end of its
// transition window if the window covers c (UnknownCommodity: any window),
// its deadlines, and its supersession or lapse.
func (r Regime) events(i int, c Commodity) []Event {
	m := r.measures[i]
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
	out := []Event{{Date: m.Resolution.Adopted, MeasureID: m.ID, Citation: cite, Change: Adopted, Text: text}}
	for k, cp := range m.Caps {
		if k == 0 && cp.Period.Start.Equal(m.Resolution.Adopted) {
			continue
		}
		if dayNumber(cp.Period.Start) >= r.ix.end[i] {
			continue // superseded or lapsed before it started: it never applied
		}
		out = append(out, Event{Date: cp.Period.Start, MeasureID: m.ID, Citation: cite, Change: CapPeriodStarts, Text: capText(cp)})
	}
	if !m.Transition.IsZero() && (c == UnknownCommodity || m.Transition.overlaps(c)) {
		out = append(out, Event{Date: m.Transition.LastDay, MeasureID: m.ID, Citation: cite, Change: TransitionEnds, Text: m.Transition.Applies, Derived: m.Transition.LastDayDerived})
	}
	for _, dl := range m.Deadlines {
		out = append(out, Event{Date: dl.Day, MeasureID: m.ID, Citation: cite, Change: DeadlineFalls, Text: dl.What, Derived: dl.Derived})
	}
	switch {
	case r.ix.lapsed[i]:
		out = append(out, Event{Date: dayTime(r.ix.end[i]), MeasureID: m.ID, Citation: cite, Change: Lapsed, Text: "its last cap period ended " + dayTime(r.ix.end[i]-1).Format("2006-01-02") + " and no later one follows"})
	case r.ix.supersedBy[i] != "":
		by := r.ix.supersedBy[i]
		e := Event{Date: dayTime(r.ix.end[i]), MeasureID: m.ID, Citation: cite, Change: Superseded, Text: "by " + by}
		for _, s := range r.measures[r.position(by)].Supersedes {
			if s.ID == m.ID {
				e.Inferred = s.Inferred
			}
		}
		out = append(out, e)
	}
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
