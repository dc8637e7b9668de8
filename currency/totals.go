package currency

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Totals is a multi-currency accumulator: add amounts of any currency, read
// the total of one currency, or convert the whole to one currency. Its zero
// value is an empty total, ready to use.
//
// Totals are exact. Merging partial totals in any grouping gives exactly the
// result of adding every amount to one Totals, so a large aggregation can be
// split across goroutines or machines and combined with [Totals.Merge].
//
// [Totals.MarshalBinary] and [Totals.MarshalJSON] encode a Totals exactly,
// to ship it between machines; [Totals.Equal] compares two.
//
// A Totals is not safe for concurrent mutation, and a copy shares state with
// its original: use [Totals.Clone] to copy one. Give each goroutine its own
// Totals and merge them at the end.
type Totals struct {
	entries []totalEntry // sorted by currency
	// fast holds the int64 running sums of up to eight currencies, one per
	// value of c&7, so that Add finds them without a search. A currency
	// whose slot another took keeps its sum in its entry.
	fast [8]fastSum
}

// fastSum is a running sum in minor units for the currency whose key
// (currency | 1<<16) it holds; key 0 is a free slot.
type fastSum struct {
	key uint32
	n   int64
}

func fastKey(c Currency) uint32 { return uint32(c) | 1<<16 }

// totalEntry is the running total of one currency. Amounts whose digits fit
// the currency's minor unit and whose sum fits an int64 are added to small,
// in minor units, without allocating; the rest (finer digits, overflow) goes
// to rest, exactly. The total is small×10^-scale + rest.
type totalEntry struct {
	c     Currency
	scale int32
	small int64
	rest  decimal.Decimal
}

// pow10 returns 10^n for 0 ≤ n ≤ 18, every power of ten an int64 holds.
func pow10(n int32) int64 {
	m := int64(1)
	for ; n > 0; n-- {
		m *= 10
	}
	return m
}

// entry returns the entry for c, adding one if there is none.
func (t *Totals) entry(c Currency) *totalEntry {
	i, found := t.find(c)
	if found {
		return &t.entries[i]
	}
	t.entries = slices.Insert(t.entries, i, totalEntry{c: c, scale: c.Scale()})
	if f := &t.fast[c&7]; f.key == 0 {
		f.key = fastKey(c)
	}
	return &t.entries[i]
}

// find returns the index of c's entry, or where it would go, and whether
// there is one.
func (t *Totals) find(c Currency) (int, bool) {
	return slices.BinarySearchFunc(t.entries, c, func(e totalEntry, c Currency) int { return cmp.Compare(e.c, c) })
}

// addSmall adds x minor units to e, moving the running sum to rest first if
// the addition would overflow.
func (e *totalEntry) addSmall(x int64) {
	s := e.small + x
	if (s^e.small)&(s^x) < 0 { // the sign of s is neither e.small's nor x's
		e.rest = e.rest.Add(decimal.New(e.small, -e.scale))
		s = x
	}
	e.small = s
}

// Add adds a to the total of its currency. Adding Amount{} changes nothing.
// Add does not allocate once a currency has been seen. To add a slice,
// [Totals.AddAll] is faster.
func (t *Totals) Add(a Amount) {
	if !t.addFast(a) {
		t.add(a)
	}
}

// AddAll adds every amount, as Add does one by one, with the common case
// inlined into its loop.
func (t *Totals) AddAll(amounts ...Amount) {
	for _, a := range amounts {
		if !t.addFast(a) {
			t.add(a)
		}
	}
}

// addFast adds a and reports true in the common case, small enough to
// inline: an amount in whole minor units, a currency that owns its fast
// slot, and no int64 overflow.
func (t *Totals) addFast(a Amount) bool {
	f := &t.fast[a.c&7]
	if s := f.n + a.minor; a.fits && f.key == fastKey(a.c) && (s^f.n)&(s^a.minor) >= 0 {
		f.n = s
		return true
	}
	return false
}

// add is the general case of Add.
func (t *Totals) add(a Amount) {
	if a.empty() {
		return
	}
	e := t.entry(a.c)
	// Every Amount is made by mk, which has already tried minorUnits at
	// this scale: an amount without fits cannot be counted in minor units.
	if a.fits {
		e.addSmall(a.minor)
		return
	}
	e.rest = e.rest.Add(a.d)
}

// Merge adds every total of u to t. u is not changed.
func (t *Totals) Merge(u Totals) {
	for i := range u.entries {
		ue := u.entries[i] // a copy: u may share entries with t
		n := u.fastOf(ue.c)
		e := t.entry(ue.c)
		e.addSmall(ue.small)
		e.addSmall(n)
		// A zero rest still counts for its exponent: JPY 0.00 merged
		// into JPY 0.1 prints JPY 0.10, as adding one by one does.
		if !ue.rest.IsZero() || ue.rest.Exponent() < 0 {
			e.rest = e.rest.Add(ue.rest)
		}
	}
}

// Clone returns a copy of t that shares no state with it.
func (t Totals) Clone() Totals {
	return Totals{entries: slices.Clone(t.entries), fast: t.fast}
}

// fastOf returns the sum c keeps in its fast slot, if it has one.
func (t *Totals) fastOf(c Currency) int64 {
	if f := t.fast[c&7]; f.key == fastKey(c) {
		return f.n
	}
	return 0
}

// total returns the exact total of the entry e of t.
func (t *Totals) total(e *totalEntry) Amount {
	d := decimal.New(e.small, -e.scale)
	if n := t.fastOf(e.c); n != 0 {
		d = d.Add(decimal.New(n, -e.scale))
	}
	if !e.rest.IsZero() || e.rest.Exponent() < -e.scale {
		d = d.Add(e.rest)
	}
	return mk(d, e.c)
}

// Get returns the total of currency c: zero in c if none was added. A
// total may exceed the bounds of [NewAmount] (it may have up to 60 digits
// before the point); its text then reads back only through the Totals
// decoders.
func (t Totals) Get(c Currency) Amount {
	if i, ok := t.find(c); ok {
		return t.total(&t.entries[i])
	}
	return mk(decimal.New(0, -c.Scale()), c)
}

// Len returns the number of currencies added, including any whose amounts
// have summed to zero.
func (t Totals) Len() int { return len(t.entries) }

// All returns the total of each currency added, in order of ISO code.
func (t Totals) All() iter.Seq[Amount] {
	return func(yield func(Amount) bool) {
		for i := range t.entries {
			if !yield(t.total(&t.entries[i])) {
				return
			}
		}
	}
}

// In returns the whole total in currency to: each currency's total
// converted with [Rates.Convert] at the rate that stands for the day on
// (and so rounded half-even to to's scale, once per currency), then
// added. It returns the first conversion error, which names the currency
// and why; [Totals.InPartial] converts what it can instead.
func (t Totals) In(to Currency, rates Rates, on time.Time) (Amount, error) {
	p, err := t.inPartial("Totals.In", to, rates, on)
	if err != nil {
		return Amount{}, err
	}
	if len(p.Unconverted) > 0 {
		return Amount{}, p.Unconverted[0].Err
	}
	return p.Total, nil
}

// PartialTotal is a [Totals] converted to one currency as far as the rates
// allow: the sum of what could be converted, each conversion with its
// rate, and each total that could not be, with the reason. Every currency
// of the Totals is in Converted or in Unconverted, never dropped.
type PartialTotal struct {
	Total       Amount             // the sum of Converted, in the target currency
	Converted   []ConvertedTotal   // in the order of [Totals.All]
	Unconverted []UnconvertedTotal // in the order of [Totals.All]
}

// ConvertedTotal is one currency's total, converted, and the rate used.
type ConvertedTotal struct {
	Amount    Amount // the total in its own currency
	Converted Amount // in the target currency, rounded half-even to its scale
	Rate      Rate   // the rate used, as [Rates.Convert] returns it
}

// UnconvertedTotal is one currency's total that could not be converted,
// and why: usually a [*NoRateError].
type UnconvertedTotal struct {
	Amount Amount
	Err    error
}

// InPartial converts each currency's total to currency to as [Totals.In]
// does, but goes on past a total it cannot convert, so that one missing
// rate does not lose the rest: the result says what was converted, at
// which rate, and what was not, and why. Its Total is zero in to if
// nothing was converted.
//
// InPartial returns an error only if to is not a valid currency (wrapping
// [ErrUnknownCurrency]) or the converted totals add up beyond the bounds
// of an amount (wrapping [ErrOutOfRange]).
func (t Totals) InPartial(to Currency, rates Rates, on time.Time) (PartialTotal, error) {
	return t.inPartial("Totals.InPartial", to, rates, on)
}

// inPartial is InPartial with the name of the method called, for its
// errors.
func (t Totals) inPartial(op string, to Currency, rates Rates, on time.Time) (PartialTotal, error) {
	if !to.Valid() || to == XXX {
		return PartialTotal{}, fmt.Errorf("currency: %s %v: %w", op, to, ErrUnknownCurrency)
	}
	sum := decimal.New(0, -to.Scale())
	var p PartialTotal
	for a := range t.All() {
		v, r, err := rates.Convert(a, to, on)
		if err != nil {
			p.Unconverted = append(p.Unconverted, UnconvertedTotal{Amount: a, Err: err})
			continue
		}
		p.Converted = append(p.Converted, ConvertedTotal{Amount: a, Converted: v, Rate: r})
		sum = sum.Add(v.d)
	}
	if err := checkAmountDecimal(sum); err != nil {
		return PartialTotal{}, fmt.Errorf("currency: %s %v: the sum %w", op, to, err)
	}
	p.Total = mk(sum, to)
	return p, nil
}

// String lists the totals in the form of [Amount.String], separated by
// ", ": "KRW 1500, USD 2.50". An empty Totals prints as "0".
func (t Totals) String() string {
	if len(t.entries) == 0 {
		return "0"
	}
	var b strings.Builder
	for i := range t.entries {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(t.total(&t.entries[i]).String())
	}
	return b.String()
}

// Sum returns the sum of amounts, which must all be in one currency (Amount{}
// aside). The sum of no amounts is Amount{}. A mismatch is a
// [*MismatchError].
func Sum(amounts ...Amount) (Amount, error) {
	var s Amount
	for _, a := range amounts {
		var err error
		if s, err = s.Add(a); err != nil {
			return Amount{}, err
		}
	}
	return s, nil
}
