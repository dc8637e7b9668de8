package currency

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// rateDigits is the number of significant fraction digits kept when a rate
// is inverted or two rates are crossed for display in the returned [Rate].
// Conversions themselves divide at convertDigits and round once.
const (
	rateDigits    = 12
	convertDigits = 40
)

// Rate is an exchange rate: one unit of From buys Value units of To, on Date,
// according to Source. "USD→KRW 1291.7796 on 2022-01-01 (Federal Reserve
// G.5A)" is a Rate.
//
// Date is a calendar day: only its year, month and day (in Date's own
// location) count.
type Rate struct {
	From, To Currency
	Value    decimal.Decimal // units of To per one unit of From; positive
	Date     time.Time       // the day the rate is for
	Source   string          // who published it, and where
}

// String returns the rate as "USD/KRW 1291.7796 on 2022-01-01".
func (r Rate) String() string {
	return fmt.Sprintf("%v/%v %s on %s", r.From, r.To, r.Value.String(), r.Date.Format(time.DateOnly))
}

// Equal reports whether r and s have the same currencies, value (as a
// number), day and source.
func (r Rate) Equal(s Rate) bool {
	return r.From == s.From && r.To == s.To && r.Value.Equal(s.Value) &&
		day(r.Date).Equal(day(s.Date)) && r.Source == s.Source
}

// day returns t's calendar day as midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

type pair struct{ from, to Currency }

// Rates is an immutable table of dated exchange rates, built by [NewRates].
// It is safe for concurrent use. The zero Rates is an empty table: every
// conversion between two different currencies fails with [ErrNoRate].
type Rates struct {
	byPair map[pair][]Rate // each sorted by day, oldest first
}

// NewRates returns a table of the given rates. The rates are copied.
//
// NewRates returns an error if a rate has a zero or negative value, the same
// currency on both sides, an invalid currency, or a zero Date, or if two
// rates for the same pair and day have different values. An exact duplicate
// is kept once.
func NewRates(rates ...Rate) (Rates, error) {
	t := Rates{byPair: make(map[pair][]Rate)}
	for i, r := range rates {
		switch {
		case !r.From.Valid() || !r.To.Valid() || r.From == XXX || r.To == XXX:
			return Rates{}, fmt.Errorf("currency: NewRates: rate %d (%v): %w: need two ISO currencies", i, r, ErrUnknownCurrency)
		case r.From == r.To:
			return Rates{}, fmt.Errorf("currency: NewRates: rate %d (%v): from and to are both %v", i, r, r.From)
		case r.Value.Sign() <= 0:
			return Rates{}, fmt.Errorf("currency: NewRates: rate %d (%v): value must be positive", i, r)
		case r.Date.IsZero():
			return Rates{}, fmt.Errorf("currency: NewRates: rate %d (%v/%v %s): no date", i, r.From, r.To, r.Value.String())
		}
		r.Date = day(r.Date)
		p := pair{r.From, r.To}
		t.byPair[p] = append(t.byPair[p], r)
	}
	for p, rs := range t.byPair {
		slices.SortStableFunc(rs, func(a, b Rate) int { return a.Date.Compare(b.Date) })
		out := rs[:0]
		for _, r := range rs {
			if n := len(out); n > 0 && out[n-1].Date.Equal(r.Date) {
				if !out[n-1].Value.Equal(r.Value) {
					return Rates{}, fmt.Errorf("currency: NewRates: two %v/%v rates on %s: %s and %s",
						p.from, p.to, r.Date.Format(time.DateOnly), out[n-1].Value.String(), r.Value.String())
				}
				continue
			}
			out = append(out, r)
		}
		t.byPair[p] = out
	}
	return t, nil
}

// MustNewRates is like [NewRates] but panics on error. It is meant for
// constants in tests and examples.
func MustNewRates(rates ...Rate) Rates {
	t, err := NewRates(rates...)
	if err != nil {
		panic(err)
	}
	return t
}

// Len returns the number of rates in the table.
func (t Rates) Len() int {
	n := 0
	for _, rs := range t.byPair {
		n += len(rs)
	}
	return n
}

// All returns every rate in the table, ordered by from, to and day.
func (t Rates) All() []Rate {
	var out []Rate
	for _, rs := range t.byPair {
		out = append(out, rs...)
	}
	slices.SortFunc(out, func(a, b Rate) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), a.Date.Compare(b.Date))
	})
	return out
}

// Merge returns a table with the rates of t and u. It fails as [NewRates]
// does if the two disagree on a pair and day.
func (t Rates) Merge(u Rates) (Rates, error) {
	return NewRates(append(t.All(), u.All()...)...)
}

// latest returns the latest rate for p on or before on.
func (t Rates) latest(p pair, on time.Time) (Rate, bool) {
	rs := t.byPair[p]
	i, found := slices.BinarySearchFunc(rs, on, func(r Rate, d time.Time) int { return r.Date.Compare(d) })
	if found {
		return rs[i], true
	}
	if i == 0 {
		return Rate{}, false
	}
	return rs[i-1], true
}

// leg is one step of a conversion: multiply by a stored rate, or divide by
// one (an inverse).
type leg struct {
	r   Rate
	inv bool
}

// find returns the step from one currency to another on a day: the stored
// rate or the inverse of the opposite one, whichever is dated later (the
// stored direction on a tie).
func (t Rates) find(from, to Currency, on time.Time) (leg, bool) {
	d, okd := t.latest(pair{from, to}, on)
	i, oki := t.latest(pair{to, from}, on)
	switch {
	case okd && (!oki || !i.Date.After(d.Date)):
		return leg{r: d}, true
	case oki:
		return leg{r: i, inv: true}, true
	}
	return leg{}, false
}

// apply converts v along l, keeping convertDigits fraction digits.
func (l leg) apply(v decimal.Decimal) decimal.Decimal {
	if l.inv {
		return v.DivRound(l.r.Value, convertDigits)
	}
	return v.Mul(l.r.Value)
}

// value is the rate of l as a from→to factor, inverted if need be.
func (l leg) value() decimal.Decimal {
	if l.inv {
		return decimal.NewFromInt(1).DivRound(l.r.Value, convertDigits)
	}
	return l.r.Value
}

// Convert returns a in currency to, at the latest rate on or before the day
// on, rounded HalfEven to to's scale, and the Rate it used.
//
// The rate is looked up in this order: a stored from→to rate or the inverse
// of a stored to→from rate, whichever is dated later; otherwise a cross
// through USD (from→USD, then USD→to, each looked up the same way). For an
// inverse or a cross the returned Rate is computed (its Value rounded to 12
// significant fraction digits, its Date the older of the rates used, its
// Source naming each source); the conversion itself divides exactly to 40
// digits and rounds once, at the end.
//
// Converting to a's own currency returns a unchanged and a Rate of 1 with
// an empty Source. Convert returns an error wrapping [ErrNoRate], naming the
// pair and the day, if no rate on or before on connects the two currencies.
func (t Rates) Convert(a Amount, to Currency, on time.Time) (Amount, Rate, error) {
	from := a.c
	if from == to {
		return a, Rate{From: from, To: to, Value: decimal.NewFromInt(1), Date: day(on)}, nil
	}
	on = day(on)
	if l, ok := t.find(from, to, on); ok {
		out := mk(round(l.apply(a.d), to.Scale(), HalfEven), to)
		r := l.r
		if l.inv {
			r = Rate{From: from, To: to, Value: roundRate(l.value()), Date: l.r.Date, Source: "inverse of " + l.r.Source}
		}
		return out, r, nil
	}
	if from != USD && to != USD {
		l1, ok1 := t.find(from, USD, on)
		l2, ok2 := t.find(USD, to, on)
		if ok1 && ok2 {
			out := mk(round(l2.apply(l1.apply(a.d)), to.Scale(), HalfEven), to)
			date := l1.r.Date
			if l2.r.Date.Before(date) {
				date = l2.r.Date
			}
			r := Rate{
				From: from, To: to,
				Value:  roundRate(l1.value().Mul(l2.value())),
				Date:   date,
				Source: "cross via USD: " + l1.describe() + "; " + l2.describe(),
			}
			return out, r, nil
		}
	}
	return Amount{}, Rate{}, fmt.Errorf("currency: Convert %v to %v: %w on or before %s", a, to, ErrNoRate, on.Format(time.DateOnly))
}

// describe names a leg's rate and source for a combined Rate's Source.
func (l leg) describe() string {
	s := l.r.String() + " (" + l.r.Source + ")"
	if l.inv {
		s = "inverse of " + s
	}
	return s
}

// roundRate rounds a computed rate for display.
func roundRate(v decimal.Decimal) decimal.Decimal {
	return v.RoundBank(rateDigits).Truncate(rateDigits)
}
