package incidents

import (
	"cmp"
	"fmt"
	"iter"
	"math/big"
	"reflect"
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Measure picks the amount of an incident that an aggregation counts, and
// reports whether the incident has one. [ReportedLoss], [FirstUSD] and
// [LossOrUSD] are the measures the package provides; a nil Measure is
// [ReportedLoss].
type Measure func(Incident) (currency.Amount, bool)

// ReportedLoss is the [Measure] of the loss as first officially reported, in
// its own currency: [Incident.Loss]. Incidents without one (see
// [Incident.HasLoss]) have no amount.
func ReportedLoss(inc Incident) (currency.Amount, bool) { return reportedLoss(&inc) }

func reportedLoss(inc *Incident) (currency.Amount, bool) {
	if !hasLoss(inc) {
		return currency.Amount{}, false
	}
	return inc.Loss, true
}

// hasLoss reports whether inc has a loss for [ReportedLoss]: a non-zero
// amount in a currency.
func hasLoss(inc *Incident) bool { return !inc.Loss.IsZero() && isMoney(inc.Loss.Currency()) }

// FirstUSD is the [Measure] of the first USD figure listed in
// [Incident.LossUSD] (the reference table's order). A range counts with its
// low end, so a total of ranges is a lower bound. An attempt that took
// nothing counts its reported USD 0. Incidents with no USD figure have no
// amount.
func FirstUSD(inc Incident) (currency.Amount, bool) { return firstUSD(&inc) }

func firstUSD(inc *Incident) (currency.Amount, bool) {
	for _, r := range inc.LossUSD {
		a := r.Figure.Amount
		if a.Currency() == currency.USD && (!a.IsZero() || inc.AttemptOnly) {
			return a, true
		}
	}
	return currency.Amount{}, false
}

// LossOrUSD is the [Measure] of [ReportedLoss] where the incident has a
// reported loss, else [FirstUSD].
func LossOrUSD(inc Incident) (currency.Amount, bool) {
	if a, ok := ReportedLoss(inc); ok {
		return a, true
	}
	return FirstUSD(inc)
}

// Item is one incident's amount inside a [Sum].
type Item struct {
	ID string
	// Date is the incident's date, to the second, in UTC; conversions use
	// the rate of this day. The zero Time if the incident has none.
	Date   time.Time
	Amount currency.Amount
}

// Sum is what a group of incidents adds up to: the exact total in each
// currency (currencies kept apart until the caller converts), the items that
// make it ([Sum.Items]), and the incidents that had no amount under the
// measure used. Every incident given is either an item or in Missing,
// never dropped.
//
// A Sum is a value; its items are stored compactly and shared read-only
// between copies. Build one by hand with [MakeSum].
type Sum struct {
	Totals  currency.Totals
	Missing []string // IDs of incidents without an amount, in input order
	items   [][]item
	exact   []currency.Amount // the amounts items hold no compact form of
	n       int
}

// item is the compact form of an Item, with no pointer but the ID's: the
// date as Unix seconds, and the amount as its currency, its decimal
// exponent and its count of minor units, which give the Amount back
// exactly. An amount without that form (finer digits than its currency's
// scale, or beyond an int64) is kept whole in Sum.exact, and minor is its
// index there.
type item struct {
	id    string
	unix  int64
	minor int64
	exp   int32
	cur   currency.Currency
	exact bool
}

// zeroUnix is the Unix time of the zero Time, which marks "no date".
const zeroUnix = -62135596800

// amount returns the Amount it stands for; exact is its Sum's exact.
func (it *item) amount(exact []currency.Amount) currency.Amount {
	if it.exact {
		return exact[it.minor]
	}
	if it.minor == 0 {
		return currency.AmountOf(decimal.New(0, it.exp), it.cur)
	}
	// The coefficient is minor·10^-shift. A fits-in-int64 count of minor
	// units that is not zero bounds shift above by 18; a negative shift
	// (USD 1.500: 150 cents, exponent -3) multiplies.
	shift := int64(it.exp) + int64(it.cur.Scale())
	if shift >= 0 {
		coef := it.minor
		for range shift {
			coef /= 10
		}
		return currency.AmountOf(decimal.New(coef, it.exp), it.cur)
	}
	coef := new(big.Int).Exp(big.NewInt(10), big.NewInt(-shift), nil)
	return currency.AmountOf(decimal.NewFromBigInt(coef.Mul(coef, big.NewInt(it.minor)), it.exp), it.cur)
}

func (it *item) item(exact []currency.Amount) Item {
	d := time.Time{}
	if it.unix != zeroUnix {
		d = time.Unix(it.unix, 0).UTC()
	}
	return Item{ID: it.id, Date: d, Amount: it.amount(exact)}
}

// MakeSum returns the Sum of items and missing as given: the items in
// order, each amount added to Totals (amounts without a currency, or in
// XXX, are added as Totals adds them), and missing as the IDs without an
// amount. Dates are kept to the second, in UTC.
func MakeSum(items []Item, missing []string) Sum {
	var s Sum
	for _, it := range items {
		s.add(it.ID, it.Date, it.Amount)
	}
	s.Missing = slices.Clone(missing)
	return s
}

// Items returns the items of s (the incidents with an amount), in input
// order, as a new slice.
func (s Sum) Items() []Item {
	if s.n == 0 {
		return nil
	}
	out := make([]Item, 0, s.n)
	for _, c := range s.items {
		for i := range c {
			out = append(out, c[i].item(s.exact))
		}
	}
	return out
}

// All yields the items of s in input order without building a slice.
func (s Sum) All() iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, c := range s.items {
			for i := range c {
				if !yield(c[i].item(s.exact)) {
					return
				}
			}
		}
	}
}

// Len returns the number of incidents in s with an amount.
func (s Sum) Len() int { return s.n }

// Count returns the number of incidents in s, with or without an amount.
func (s Sum) Count() int { return s.n + len(s.Missing) }

// maxChunk is the largest chunk of items a Sum allocates at once.
const maxChunk = 1 << 12

// add adds an item of id, d and a to s. The items are kept in chunks, so
// that a million items are allocated once, compactly, and never copied;
// copies of s share them read-only once it is built.
func (s *Sum) add(id string, d time.Time, a currency.Amount) {
	s.Totals.Add(a)
	k := len(s.items) - 1
	if k < 0 || len(s.items[k]) == cap(s.items[k]) {
		s.items = append(s.items, make([]item, 0, min(max(8, s.n), maxChunk)))
		k++
	}
	c := s.items[k]
	c = c[:len(c)+1]
	it := &c[len(c)-1]
	it.id, it.unix, it.cur = id, d.Unix(), a.Currency()
	if n, ok := a.MinorUnits(); ok {
		it.minor, it.exp = n, a.Decimal().Exponent()
	} else {
		it.minor, it.exact = int64(len(s.exact)), true
		s.exact = append(s.exact, a)
	}
	s.items[k] = c
	s.n++
}

// Conversion is one item converted to another currency, with the rate used.
type Conversion struct {
	Item
	Converted currency.Amount
	Rate      currency.Rate
}

// Converted is a [Sum] in one currency: the total, each item with its
// converted amount and rate (so the rate used per incident can be
// inspected), and the incidents that had no amount to convert.
type Converted struct {
	Total   currency.Amount
	Items   []Conversion
	Missing []string
}

// In converts every item of s to currency to with rates, each at the rate of
// its incident's day ([currency.Rates.Convert]: a rate whose span covers
// the day, rounded half-even to to's scale once per item), and adds them.
// [Sum.InPartial] converts what it can and lists the rest.
//
// In returns an error if to is not a currency, or is XXX (wrapping
// [currency.ErrUnknownCurrency]), or, naming the incident, if an item cannot
// be converted: no rate covering its date (wrapping [currency.ErrNoRate]),
// or no date.
func (s Sum) In(to currency.Currency, rates currency.Rates) (Converted, error) {
	if !isMoney(to) {
		return Converted{}, fmt.Errorf("incidents: convert to %v: %w", to, currency.ErrUnknownCurrency)
	}
	out, failed := s.convert(to, rates, false)
	if len(failed) > 0 {
		return Converted{}, failed[0].Err
	}
	return out, nil
}

// PartialConversion is a [Sum] converted to one currency as far as the
// rates allow: the converted part (its Total counts only what converted)
// and the items that could not be converted, each with the reason.
type PartialConversion struct {
	Converted
	Unconverted []Unconverted
}

// InPartial converts what it can of s to currency to, like [Sum.In], and
// lists what it cannot and why (no rate whose span covers the item's day,
// no rate for its currency at all, no date), as [Reconcile] does, so that
// one missing rate does not lose a whole year. Every item is either in
// Converted.Items or in Unconverted; the incidents without an amount stay
// in Converted.Missing.
//
// InPartial returns an error only if to is not a currency, or is XXX
// (wrapping [currency.ErrUnknownCurrency]).
func (s Sum) InPartial(to currency.Currency, rates currency.Rates) (PartialConversion, error) {
	if !isMoney(to) {
		return PartialConversion{}, fmt.Errorf("incidents: convert to %v: %w", to, currency.ErrUnknownCurrency)
	}
	out, failed := s.convert(to, rates, true)
	return PartialConversion{Converted: out, Unconverted: failed}, nil
}

// Unconverted is an item that could not be converted, and why.
type Unconverted struct {
	Item
	Err error
}

// convert converts s's items to currency to, which must be valid; it stops at the first failure
// unless keepGoing, in which case it leaves failed items out of the result
// and returns them.
func (s Sum) convert(to currency.Currency, rates currency.Rates, keepGoing bool) (Converted, []Unconverted) {
	out := Converted{
		Total:   currency.AmountOf(decimal.New(0, -to.Scale()), to),
		Items:   make([]Conversion, 0, s.n),
		Missing: slices.Clone(s.Missing),
	}
	var failed []Unconverted
	for it := range s.All() {
		var err error
		if it.Date.IsZero() {
			err = fmt.Errorf("incidents: convert incident %q to %v: %w: the incident has no date", it.ID, to, currency.ErrNoRate)
		} else {
			var v currency.Amount
			var r currency.Rate
			if v, r, err = rates.Convert(it.Amount, to, it.Date); err == nil {
				if out.Total, err = out.Total.Add(v); err == nil {
					out.Items = append(out.Items, Conversion{Item: it, Converted: v, Rate: r})
					continue
				}
			}
			err = fmt.Errorf("incidents: convert incident %q: %w", it.ID, err)
		}
		failed = append(failed, Unconverted{Item: it, Err: err})
		if !keepGoing {
			break
		}
	}
	return out, failed
}

// Total returns the [Sum] of every incident in incs under measure m (nil is
// [ReportedLoss]).
func Total(incs iter.Seq[Incident], m Measure) Sum {
	if incs == nil {
		return Sum{}
	}
	g := newGrouper[struct{}](m)
	for inc := range incs {
		g.addTo(&inc, struct{}{})
	}
	if gs := g.groups(func(struct{}, struct{}) int { return 0 }); len(gs) > 0 {
		return *gs[0].sum
	}
	return Sum{}
}

// YearTotal is the [Sum] of one calendar year's incidents. Year 0 holds
// incidents without a date.
type YearTotal struct {
	Year int
	Sum
}

// ByYear returns the [Sum] of incs under m (nil is [ReportedLoss]) per
// calendar year of the incident's Date (UTC), in year order. Incidents
// without a date are in Year 0, first.
//
// Ranging over an iter.Seq[Incident] copies every Incident into the loop;
// for incidents already in a slice, [ByYearOf] gives the same result
// without that copy.
func ByYear(incs iter.Seq[Incident], m Measure) []YearTotal {
	if incs == nil {
		return nil
	}
	g := newSlotGrouper(m, yearSlot)
	for inc := range incs {
		g.addTo(&inc, yearOf(&inc))
	}
	return yearTotals(g.groups(cmp.Compare[int]))
}

// ByYearOf is [ByYear] over the incidents of a slice, in slice order: it
// returns the same groups, totals, items and missing IDs as
// ByYear(slices.Values(incs), m), but reads each incident in place rather
// than copying it (a caller's own Measure m still receives a copy, as
// its signature requires). A nil or empty slice gives nil, as an empty
// sequence does for ByYear. ByYearOf does not modify incs.
func ByYearOf(incs []Incident, m Measure) []YearTotal {
	g := newSlotGrouper(m, yearSlot)
	for i := range incs {
		g.addTo(&incs[i], yearOf(&incs[i]))
	}
	return yearTotals(g.groups(cmp.Compare[int]))
}

// yearOf is the calendar year (UTC) that groups inc by year: 0 if inc has
// no date.
func yearOf(inc *Incident) int {
	if inc.Date.IsZero() {
		return 0
	}
	return inc.Date.UTC().Year()
}

// yearSlot is the dense slot of a year key for [grouper]: years 1970 to
// 2993 index a slice instead of a map.
func yearSlot(y int) int {
	if s := y - 1970; s >= 0 && s < 1024 {
		return s
	}
	return -1
}

// yearTotals returns the year groups as YearTotals; no groups give nil.
func yearTotals(gs []group[int]) []YearTotal {
	if len(gs) == 0 {
		return nil
	}
	out := make([]YearTotal, len(gs))
	for i, g := range gs {
		out[i] = YearTotal{Year: g.key, Sum: *g.sum}
	}
	return out
}

// measureKind names the package's own measures, which aggregation calls
// directly; measureOther calls the caller's Measure.
type measureKind uint8

const (
	measureOther measureKind = iota
	measureLoss
	measureFirstUSD
	measureLossOrUSD
)

func measureOf(m Measure) measureKind {
	if m == nil {
		return measureLoss
	}
	switch reflect.ValueOf(m).Pointer() {
	case reflect.ValueOf(ReportedLoss).Pointer():
		return measureLoss
	case reflect.ValueOf(FirstUSD).Pointer():
		return measureFirstUSD
	case reflect.ValueOf(LossOrUSD).Pointer():
		return measureLossOrUSD
	}
	return measureOther
}

// measure applies the measure to inc without copying it, except for a
// caller's Measure m, which takes a copy.
func (k measureKind) measure(inc *Incident, m Measure) (currency.Amount, bool) {
	switch k {
	case measureLoss:
		return reportedLoss(inc)
	case measureFirstUSD:
		return firstUSD(inc)
	case measureLossOrUSD:
		if a, ok := reportedLoss(inc); ok {
			return a, true
		}
		return firstUSD(inc)
	}
	return m(*inc)
}

// CountryTotal is the [Sum] of the incidents whose victims are in one
// country. Countries no source confirmed are kept in groups of their own,
// with Unverified set. The zero Region holds incidents whose country is
// unknown.
type CountryTotal struct {
	Country    language.Region
	Unverified bool
	Sum
}

type countryKey struct {
	r          language.Region
	unverified bool
}

// ByCountry returns the [Sum] of incs under m (nil is [ReportedLoss]) per
// victim country, ordered by the region's code, the unknown country (the
// zero Region, "ZZ") last, and each verified group before its unverified
// one.
func ByCountry(incs iter.Seq[Incident], m Measure) []CountryTotal {
	var zero language.Region
	name := func(r language.Region) string {
		if r == zero {
			return "\xff"
		}
		return r.String()
	}
	gs := groupBy(incs, m, func(inc *Incident, ks []countryKey) []countryKey {
		return append(ks, countryKey{inc.Country, inc.CountryUnverified && inc.Country != zero})
	}, func(a, b countryKey) int {
		if c := cmp.Compare(name(a.r), name(b.r)); c != 0 {
			return c
		}
		return compareBool(a.unverified, b.unverified)
	})
	out := make([]CountryTotal, len(gs))
	for i, g := range gs {
		out[i] = CountryTotal{Country: g.key.r, Unverified: g.key.unverified, Sum: *g.sum}
	}
	return out
}

// ActorTotal is the [Sum] of the incidents whose verified attributions name
// one cluster.
type ActorTotal struct {
	Cluster Cluster
	Sum
}

// ByActor returns the [Sum] of incs under m (nil is [ReportedLoss]) per
// cluster named by the incidents' verified, undisputed attributions
// ([Incident.Clusters]), in Cluster order. An incident counts once in each
// cluster it is attributed to, so the groups overlap and their totals add
// up to more than [Total]; incidents that name no cluster are in
// [ClusterUnknown].
func ByActor(incs iter.Seq[Incident], m Measure) []ActorTotal {
	gs := groupBy(incs, m, func(inc *Incident, ks []Cluster) []Cluster {
		ks = inc.appendClusters(ks)
		if len(ks) == 0 {
			ks = append(ks, ClusterUnknown)
		}
		return ks
	}, cmp.Compare[Cluster])
	out := make([]ActorTotal, len(gs))
	for i, g := range gs {
		out[i] = ActorTotal{Cluster: g.key, Sum: *g.sum}
	}
	return out
}

// StatusTotal is the [Sum] of the incidents of one attribution status.
type StatusTotal struct {
	Status Status
	Sum
}

// ByStatus returns the [Sum] of incs under m (nil is [ReportedLoss]) per
// [Incident.Status] (the reference's status for the row), in Status order.
// So that a dispute is always visible, the [Disputed] group also holds
// every incident whose status is an attribution that someone disputes
// (Bithumb 2019, attributed, disputed by the victim), which then counts
// under its status too: the groups overlap only there.
func ByStatus(incs iter.Seq[Incident], m Measure) []StatusTotal {
	gs := groupBy(incs, m, func(inc *Incident, ks []Status) []Status {
		s := inc.Status()
		ks = append(ks, s)
		if s != Disputed && inc.Disputed() {
			ks = append(ks, Disputed)
		}
		return ks
	}, cmp.Compare[Status])
	out := make([]StatusTotal, len(gs))
	for i, g := range gs {
		out[i] = StatusTotal{Status: g.key, Sum: *g.sum}
	}
	return out
}

// TypeTotal is the [Sum] of the incidents of one victim type.
type TypeTotal struct {
	VictimType VictimType
	Sum
}

// ByVictimType returns the [Sum] of incs under m (nil is [ReportedLoss]) per
// victim type, in VictimType order.
func ByVictimType(incs iter.Seq[Incident], m Measure) []TypeTotal {
	gs := groupBy(incs, m, func(inc *Incident, ks []VictimType) []VictimType {
		return append(ks, inc.VictimType)
	}, cmp.Compare[VictimType])
	out := make([]TypeTotal, len(gs))
	for i, g := range gs {
		out[i] = TypeTotal{VictimType: g.key, Sum: *g.sum}
	}
	return out
}

// group is the Sum of one key, built in place: gs grows by append, so
// each Sum has its own allocation.
type group[K comparable] struct {
	key K
	sum *Sum
}

// grouper is the state of every ByXxx: the groups by key, with the last
// key's group remembered, so that incidents in key order (a year's
// incidents in date order) find their group without a map lookup. The
// package's own measures are called directly, so no incident is copied or
// moved to the heap.
//
// A grouper made with a slot function finds the groups of the keys it
// maps to a small slot (a year since 1970) in a slice, without hashing,
// when keys alternate.
type grouper[K comparable] struct {
	kind    measureKind
	m       Measure
	index   map[K]int
	slot    func(K) int // a key's dense slot, or -1; nil: every key uses index
	slots   []int32     // per slot, 1 + the index of its group in gs; 0: none yet
	gs      []group[K]
	lastKey K
	last    int
}

func newGrouper[K comparable](m Measure) *grouper[K] {
	return &grouper[K]{kind: measureOf(m), m: m, index: make(map[K]int), last: -1}
}

// newSlotGrouper is newGrouper with the dense slots of slot.
func newSlotGrouper[K comparable](m Measure, slot func(K) int) *grouper[K] {
	g := newGrouper[K](m)
	g.slot = slot
	return g
}

// measure applies the grouper's measure to inc.
func (g *grouper[K]) measure(inc *Incident) (currency.Amount, bool) { return g.kind.measure(inc, g.m) }

// addTo files inc, measured, under key k; it keeps no pointer to inc.
// The common measure, [ReportedLoss], is applied in line.
func (g *grouper[K]) addTo(inc *Incident, k K) {
	if g.kind == measureLoss {
		g.add(inc.ID, inc.Date, inc.Loss, hasLoss(inc), k)
		return
	}
	a, ok := g.measure(inc)
	g.add(inc.ID, inc.Date, a, ok, k)
}

// add files the incident of id and date with its amount a (ok if it has
// one) under key k.
func (g *grouper[K]) add(id string, date time.Time, a currency.Amount, ok bool, k K) {
	i := g.last
	if i < 0 || k != g.lastKey {
		i = g.find(k)
		g.last, g.lastKey = i, k
	}
	b := g.gs[i].sum
	// The package's own measures give only amounts in a currency.
	if !ok || g.kind == measureOther && !isMoney(a.Currency()) {
		b.Missing = append(b.Missing, id)
		return
	}
	b.add(id, date, a)
}

// find returns the index in gs of k's group, adding the group if k has
// none yet.
func (g *grouper[K]) find(k K) int {
	s := -1
	if g.slot != nil {
		s = g.slot(k)
	}
	if s >= 0 {
		if s < len(g.slots) && g.slots[s] > 0 {
			return int(g.slots[s]) - 1
		}
		if s >= len(g.slots) {
			g.slots = append(g.slots, make([]int32, s+1-len(g.slots))...)
		}
		g.slots[s] = int32(len(g.gs)) + 1
	} else if i, found := g.index[k]; found {
		return i
	} else {
		g.index[k] = len(g.gs)
	}
	g.gs = append(g.gs, group[K]{key: k, sum: new(Sum)})
	return len(g.gs) - 1
}

// groups returns the groups sorted by compare.
func (g *grouper[K]) groups(compare func(a, b K) int) []group[K] {
	gs := g.gs
	slices.SortFunc(gs, func(a, b group[K]) int { return compare(a.key, b.key) })
	return gs
}

// groupBy adds each incident to the group of every key that keys appends
// to its buffer for it, and returns the groups sorted by compare. The
// incident is measured once however many keys it has, and keys reuses one
// buffer, so grouping allocates only when a group or its item list grows.
func groupBy[K comparable](incs iter.Seq[Incident], m Measure, keys func(*Incident, []K) []K, compare func(a, b K) int) []group[K] {
	if incs == nil {
		return nil
	}
	g := newGrouper[K](m)
	var buf []K
	// cur is the one Incident the measure and keys see by pointer; taking
	// the address of the loop variable instead would move every incident
	// to the heap, as keys is a function value.
	cur := new(Incident)
	for inc := range incs {
		*cur = inc
		a, ok := g.measure(cur)
		buf = keys(cur, buf[:0])
		for _, k := range buf {
			g.add(cur.ID, cur.Date, a, ok, k)
		}
	}
	return g.groups(compare)
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
