package currency

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// rateDigits is the number of significant digits kept in the Value of a
// computed Rate (an inverse, a cross, an implied rate), which is for
// display: conversions use the exact stored values and round once.
const rateDigits = 12

// Span says what stretch of time a [Rate] stands for. The zero Span is
// SpanUnknown, which [NewRates] rejects: a table must know when each of its
// rates applies.
type Span uint8

// The spans. New values are only appended.
const (
	SpanUnknown Span = iota // not stated
	Day                     // the rate's day only: a daily noon rate, a year-end rate
	Year                    // the calendar year of the rate's Date: an annual average
)

const numSpans = 3

var spanNames = [numSpans]string{"SpanUnknown", "Day", "Year"}

// String returns the span's name, such as "Year"; an undefined value prints
// as "Span(7)".
func (s Span) String() string {
	if s < numSpans {
		return spanNames[s]
	}
	return "Span(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (s Span) MarshalText() ([]byte, error) {
	if s >= numSpans {
		return nil, fmt.Errorf("currency: cannot marshal undefined %v", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (s *Span) UnmarshalText(text []byte) error {
	for i, n := range spanNames {
		if string(text) == n {
			*s = Span(i)
			return nil
		}
	}
	return fmt.Errorf("currency: unknown span %s, want Day or Year", quote(string(text)))
}

// Status says how a rate was checked against its source, with the codes of
// kpledger's reference files. The zero Status is StatusUnknown, for rates
// the caller did not grade.
type Status uint8

// The statuses. New values are only appended.
const (
	StatusUnknown Status = iota // not stated
	Primary                     // P: seen on the publisher's own page or document
	Secondary                   // S: seen in a faithful copy of the publisher's data, not on its own page
	Unverified                  // U: not seen in any source
)

const numStatuses = 4

var statusNames = [numStatuses]string{"StatusUnknown", "Primary", "Secondary", "Unverified"}

// String returns the status's name, such as "Primary"; an undefined value
// prints as "Status(7)".
func (s Status) String() string {
	if s < numStatuses {
		return statusNames[s]
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (s Status) MarshalText() ([]byte, error) {
	if s >= numStatuses {
		return nil, fmt.Errorf("currency: cannot marshal undefined %v", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (s *Status) UnmarshalText(text []byte) error {
	for i, n := range statusNames {
		if string(text) == n {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("currency: unknown status %s, want Primary, Secondary or Unverified", quote(string(text)))
}

// weaker returns the weaker of two statuses: a combined rate is only as
// well checked as its least checked part.
func weaker(a, b Status) Status {
	if a == StatusUnknown || b == StatusUnknown {
		return StatusUnknown
	}
	return max(a, b)
}

// Rate is an exchange rate: one unit of From buys Value units of To, for
// the time its Span and Date say, according to Source. "1,291.7796 KRW per
// USD for 2022 (Federal Reserve G.5A)" is a Rate with From USD, To KRW,
// Span Year and Date 2022-01-01.
//
// Date is a calendar day: only its year, month and day (in Date's own
// location) count. For a Year span it is 1 January of the year.
//
// Rate is a plain value, safe for concurrent use once built; [NewRate]
// builds one from strings and checks it.
type Rate struct {
	From, To Currency
	Value    decimal.Decimal // units of To per one unit of From; positive
	Date     time.Time       // the day the rate is for, or the first day of its span
	Span     Span            // the time the rate stands for
	Status   Status          // how the rate was checked against its source
	Source   string          // who published it, and where
}

// NewRate returns the rate of value units of to per one unit of from, for
// day with span, from source, checked as [NewRates] checks a rate. from
// and to are ISO codes; value a plain decimal as [NewAmount] reads it
// ("1291.7796"); span "Day" or "Year"; day "YYYY-MM-DD", or for a Year span
// also "YYYY". The Status is StatusUnknown: set it if you know it.
//
// NewRate returns an error naming the argument if a code is not ISO 4217
// or both are the same, the value is not a positive decimal within the
// bounds of an amount, the span is not one of the names, or the day is
// malformed (or, for a Year span, not 1 January).
func NewRate(from, to, value, day, span, source string) (Rate, error) {
	fail := func(what string, err error) (Rate, error) {
		return Rate{}, fmt.Errorf("currency: NewRate: %s: %w", what, err)
	}
	f, err := ParseCurrency(from)
	if err != nil {
		return fail("from", err)
	}
	t, err := ParseCurrency(to)
	if err != nil {
		return fail("to", err)
	}
	v, err := parseBounded(value, MaxIntegerDigits, MaxFractionDigits, "a rate")
	if err != nil {
		return fail("value "+quote(value), err)
	}
	var sp Span
	if err := sp.UnmarshalText([]byte(span)); err != nil {
		return fail("span", err)
	}
	d, err := parseRateDay(day, sp)
	if err != nil {
		return fail("day", err)
	}
	r := Rate{From: f, To: t, Value: v, Date: d, Span: sp, Source: source}
	if err := r.check(); err != nil {
		return Rate{}, fmt.Errorf("currency: NewRate: %w", err)
	}
	return r, nil
}

// parseRateDay reads "YYYY-MM-DD", or "YYYY" for a Year span.
func parseRateDay(s string, sp Span) (time.Time, error) {
	if sp == Year && len(s) == 4 {
		y, err := strconv.Atoi(s)
		if err != nil || y < 1 {
			return time.Time{}, fmt.Errorf("%s is not a year", quote(s))
		}
		return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s is not a day (YYYY-MM-DD)", quote(s))
	}
	return d, nil
}

// check reports what makes r unusable in a table.
func (r Rate) check() error {
	switch {
	case !r.From.Valid() || !r.To.Valid() || r.From == XXX || r.To == XXX:
		return fmt.Errorf("%w: need two ISO currencies, have %v and %v", ErrUnknownCurrency, r.From, r.To)
	case r.From == r.To:
		return fmt.Errorf("from and to are both %v", r.From)
	case r.Value.Sign() <= 0:
		return fmt.Errorf("%v per %v: value %s must be positive", r.To, r.From, clip(r.Value.String()))
	case r.Date.IsZero():
		return fmt.Errorf("%v per %v: no date", r.To, r.From)
	case r.Span == SpanUnknown || r.Span >= numSpans:
		return fmt.Errorf("%v per %v on %s: span %v: say what time the rate stands for (Day or Year)", r.To, r.From, r.Date.Format(time.DateOnly), r.Span)
	case r.Span == Year && (r.Date.Month() != time.January || r.Date.Day() != 1):
		return fmt.Errorf("%v per %v: a Year span starts on 1 January, not %s", r.To, r.From, r.Date.Format(time.DateOnly))
	case r.Status >= numStatuses:
		return fmt.Errorf("%v per %v: undefined %v", r.To, r.From, r.Status)
	}
	if err := checkDecimal(r.Value, MaxIntegerDigits, MaxFractionDigits, "a rate"); err != nil {
		return fmt.Errorf("%v per %v: value: %w", r.To, r.From, err)
	}
	return nil
}

// String returns the rate the way a reader takes it in at a glance: the
// value with its integer digits grouped and every digit it was given
// ("1.3800" stays), the units, and the time it
// stands for: "1,291.7796 KRW per USD for 2022", "1,275.68 KRW per USD on
// 2022-12-22", "1.0534 USD per EUR for 2022". A rate with no date (an
// implied one) is "1,250 KRW per USD".
func (r Rate) String() string {
	var b strings.Builder
	b.WriteString(groupDigits(plain(r.Value)))
	b.WriteString(" ")
	b.WriteString(r.To.String())
	b.WriteString(" per ")
	b.WriteString(r.From.String())
	if !r.Date.IsZero() {
		if r.Span == Year {
			b.WriteString(" for ")
			b.WriteString(strconv.Itoa(r.Date.Year()))
		} else {
			b.WriteString(" on ")
			b.WriteString(r.Date.Format(time.DateOnly))
		}
	}
	return b.String()
}

// plain writes d with the digits it has, trailing zeros included, as a
// source printed it: "1.3800".
func plain(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 {
		return d.StringFixed(-e)
	}
	return d.String()
}

// trimZeros returns the decimal v × 10^exp without trailing fraction
// zeros, for computed values whose zeros mean nothing. It divides v, which
// it may change, by ten at most -exp times: no text round trip.
func trimZeros(v *big.Int, exp int32) decimal.Decimal {
	ten, q, r := big.NewInt(10), new(big.Int), new(big.Int)
	for exp < 0 && v.Sign() != 0 {
		if q.QuoRem(v, ten, r); r.Sign() != 0 {
			break
		}
		v, q = q, v
		exp++
	}
	if v.Sign() == 0 {
		exp = 0
	}
	return decimal.NewFromBigInt(v, exp)
}

// groupDigits puts commas between the thousands of a plain decimal's
// integer part: "1291.7796" → "1,291.7796".
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	ip, fp, dot := strings.Cut(s, ".")
	if len(ip) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.WriteString(sign)
	first := len(ip) % 3
	if first > 0 {
		b.WriteString(ip[:first])
	}
	for i := first; i < len(ip); i += 3 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(ip[i : i+3])
	}
	if dot {
		b.WriteByte('.')
		b.WriteString(fp)
	}
	return b.String()
}

// Equal reports whether r and s have the same currencies, value (as a
// number), day, span, status and source.
func (r Rate) Equal(s Rate) bool {
	return r.From == s.From && r.To == s.To && r.Value.Equal(s.Value) &&
		day(r.Date).Equal(day(s.Date)) && r.Span == s.Span && r.Status == s.Status && r.Source == s.Source
}

// Inverse returns the rate the other way round: units of From per one unit
// of To, for the same time and with the same status, its Source "inverse
// of " and r's. Its Value is rounded half-even to 12 significant digits,
// for display; [Rates.Convert] divides by the stored value exactly instead.
//
// Inverse returns an error if r's value is not positive.
func (r Rate) Inverse() (Rate, error) {
	if r.Value.Sign() <= 0 {
		return Rate{}, fmt.Errorf("currency: Inverse of %v: value must be positive", r)
	}
	return r.inverse(), nil
}

// inverse is [Rate.Inverse] for a rate known to be positive, such as one
// stored in a table.
func (r Rate) inverse() Rate {
	return Rate{
		From: r.To, To: r.From,
		Value: divRate(decimal.NewFromInt(1), r.Value),
		Date:  r.Date, Span: r.Span, Status: r.Status,
		Source: "inverse of " + r.Source,
	}
}

// start and end give the days r stands for: [start, end).
func (r Rate) start() time.Time { return r.Date }

func (r Rate) end() time.Time {
	if r.Span == Year {
		return r.Date.AddDate(1, 0, 0)
	}
	return r.Date.AddDate(0, 0, 1)
}

// covers reports whether r stands for the day on (midnight UTC).
func (r Rate) covers(on time.Time) bool {
	return !on.Before(r.start()) && on.Before(r.end())
}

// day returns t's calendar day as midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// pair is an unordered pair of currencies, lo < hi: a table keeps the
// rates of both directions together, so that no two rates of a pair can
// cover one day.
type pair struct{ lo, hi Currency }

func pairOf(a, b Currency) pair {
	if a > b {
		a, b = b, a
	}
	return pair{a, b}
}

// Rates is an immutable table of exchange rates, each for the span of time
// it stands for, built by [NewRates]. It is safe for concurrent use. The
// zero Rates is an empty table: every conversion between two different
// currencies fails with [ErrNoRate].
type Rates struct {
	byPair map[pair][]Rate // each sorted by start, spans not overlapping
}

// NewRates returns a table of the given rates. The rates are copied; each
// Date is reduced to its calendar day (midnight UTC).
//
// NewRates returns an error naming the rate (by index) if a rate has:
//   - an invalid currency, or the same currency on both sides;
//   - a zero or negative value, or one beyond the bounds of an amount
//     ([MaxIntegerDigits], [MaxFractionDigits]);
//   - a zero Date, no Span (SpanUnknown), a Year span not starting on
//     1 January, or an undefined Span or Status;
//
// or if two rates of one pair of currencies, in either direction, cover a
// common day. An exact duplicate (same direction, value, day, span, status
// and source) is kept once.
func NewRates(rates ...Rate) (Rates, error) {
	t := Rates{byPair: make(map[pair][]Rate)}
	for i, r := range rates {
		r.Date = day(r.Date)
		if err := r.check(); err != nil {
			return Rates{}, fmt.Errorf("currency: NewRates: rate %d: %w", i, err)
		}
		p := pairOf(r.From, r.To)
		t.byPair[p] = append(t.byPair[p], r)
	}
	for p, rs := range t.byPair {
		slices.SortStableFunc(rs, func(a, b Rate) int { return a.Date.Compare(b.Date) })
		out := rs[:0]
		for _, r := range rs {
			if n := len(out); n > 0 && out[n-1].end().After(r.start()) {
				if out[n-1].Equal(r) {
					continue
				}
				return Rates{}, fmt.Errorf("currency: NewRates: two rates of %v and %v cover %s: %v (%s) and %v (%s)",
					p.lo, p.hi, r.Date.Format(time.DateOnly), out[n-1], clip(out[n-1].Source), r, clip(r.Source))
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
// does if the two have rates of one pair for a common day.
func (t Rates) Merge(u Rates) (Rates, error) {
	return NewRates(append(t.All(), u.All()...)...)
}

// Equal reports whether t and u hold the same rates.
func (t Rates) Equal(u Rates) bool {
	return slices.EqualFunc(t.All(), u.All(), Rate.Equal)
}

// lookup returns the rate of p that covers on, or, if earlier, the latest
// rate of p whose span ends on or before on.
func (t Rates) lookup(p pair, on time.Time, earlier bool) (Rate, bool) {
	rs := t.byPair[p]
	// The last rate starting on or before on.
	i, _ := slices.BinarySearchFunc(rs, on, func(r Rate, d time.Time) int {
		if r.Date.After(d) {
			return 1
		}
		return -1
	})
	if i == 0 {
		return Rate{}, false
	}
	r := rs[i-1]
	if r.covers(on) || earlier {
		return r, true
	}
	return Rate{}, false
}

// has reports whether the table has any rate of c.
func (t Rates) has(c Currency) bool {
	for p := range t.byPair {
		if p.lo == c || p.hi == c {
			return true
		}
	}
	return false
}

// leg is one step of a conversion: multiply by a stored rate, or divide by
// it (an inverse).
type leg struct {
	r   Rate
	inv bool
}

func (t Rates) leg(from, to Currency, on time.Time, earlier bool) (leg, bool) {
	r, ok := t.lookup(pairOf(from, to), on, earlier)
	return leg{r: r, inv: r.From != from}, ok
}

// describe names a leg's rate and source for a combined Rate's Source.
func (l leg) describe() string {
	s := l.r.String() + " (" + l.r.Source + ")"
	if l.inv {
		s = "inverse of " + s
	}
	return s
}

// Convert returns a in currency to, at the rate that stands for the day on,
// rounded half-even to to's scale, once, from the exact product or
// quotient, and the Rate it used.
//
// The rate is the stored rate of the pair whose span covers on (a Day rate
// its day, a Year rate its calendar year), in either direction: a stored
// to→from rate is divided by, exactly. Failing that, a cross through USD:
// from→USD and USD→to, each looked up the same way. For an inverse or a
// cross the returned Rate is computed: its Value rounded to 12 significant
// digits, its Span the narrower of the spans used and Date its start, its
// Status the weaker of the two, its Source naming each source.
//
// Convert never uses a rate outside its span: for the latest earlier rate,
// say so with [Rates.ConvertWithLatestEarlierRate].
//
// Converting to a's own currency returns a unchanged and a Rate of 1 for
// the day on with an empty Source.
//
// Convert returns an error if:
//   - to is not a valid currency (wrapping [ErrUnknownCurrency]);
//   - the pair has rates but none covers on: a [*NoRateError] wrapping
//     [ErrNoRate] and [ErrNotCovered], whose message says what the table
//     covers ("KRW per USD rates cover the years 2010–2025");
//   - the table has no rate of one of the currencies, or none connecting
//     them directly or through USD: a [*NoRateError] wrapping [ErrNoRate]
//     and [ErrNoPair] ("the table has no JPY rate");
//   - a (made with [AmountOf]) or the result is beyond the bounds of an
//     amount (wrapping [ErrOutOfRange]).
func (t Rates) Convert(a Amount, to Currency, on time.Time) (Amount, Rate, error) {
	return t.convert(a, to, on, false)
}

// ConvertWithLatestEarlierRate is [Rates.Convert], except that where no
// rate covers the day on it uses the latest rate whose span ended before
// it: for a 2026 amount and a table of annual averages to 2025, the 2025
// average. The returned Rate keeps its Span and Date, so that the caller
// can see (and should say) which time the rate stood for; a cross takes
// the older of its legs' spans.
//
// It returns the errors of Convert, except that a pair whose rates all
// start after on fails with [ErrNotCovered].
func (t Rates) ConvertWithLatestEarlierRate(a Amount, to Currency, on time.Time) (Amount, Rate, error) {
	return t.convert(a, to, on, true)
}

func (t Rates) convert(a Amount, to Currency, on time.Time, earlier bool) (Amount, Rate, error) {
	from := a.c
	on = day(on)
	if !to.Valid() {
		return Amount{}, Rate{}, fmt.Errorf("currency: Convert %v to %v: %w", a, to, ErrUnknownCurrency)
	}
	if from == to {
		return a, Rate{From: from, To: to, Value: decimal.NewFromInt(1), Date: on, Span: Day}, nil
	}
	if err := a.checkValue("Convert"); err != nil {
		return Amount{}, Rate{}, err
	}
	if l, ok := t.leg(from, to, on, earlier); ok {
		out, err := convertExact(a, to, l)
		if err != nil {
			return Amount{}, Rate{}, err
		}
		if l.inv {
			return out, l.r.inverse(), nil
		}
		return out, l.r, nil
	}
	noRate := &NoRateError{From: from, To: to, On: on, amount: a.String()}
	if len(t.byPair[pairOf(from, to)]) > 0 {
		noRate.Coverage = t.coverage(from, to)
		return Amount{}, Rate{}, noRate
	}
	if from != USD && to != USD {
		l1, ok1 := t.leg(from, USD, on, earlier)
		l2, ok2 := t.leg(USD, to, on, earlier)
		if ok1 && ok2 {
			out, err := convertExact(a, to, l1, l2)
			if err != nil {
				return Amount{}, Rate{}, err
			}
			// The leg whose span ends first: the narrower of two that
			// cover on, the older of two earlier ones.
			narrow := l1.r
			if l2.r.end().Before(l1.r.end()) {
				narrow = l2.r
			}
			r := Rate{
				From: from, To: to,
				Value:  crossValue(l1, l2),
				Date:   narrow.Date,
				Span:   narrow.Span,
				Status: weaker(l1.r.Status, l2.r.Status),
				Source: "cross via USD: " + l1.describe() + "; " + l2.describe(),
			}
			return out, r, nil
		}
		// Say which leg fails, and how.
		for _, lg := range []struct {
			x, y Currency
			ok   bool
		}{{from, USD, ok1}, {USD, to, ok2}} {
			if !lg.ok && len(t.byPair[pairOf(lg.x, lg.y)]) > 0 {
				noRate.Coverage = t.coverage(lg.x, lg.y)
				return Amount{}, Rate{}, noRate
			}
		}
	}
	for _, c := range []Currency{from, to} {
		if !t.has(c) {
			noRate.Unknown = c
			return Amount{}, Rate{}, noRate
		}
	}
	return Amount{}, Rate{}, noRate
}

// coverage describes the days the rates of the pair of x and y cover,
// in the direction of its first rate: "KRW per USD rates cover the years
// 2010–2025", "JPY per USD rates cover the years 2012–2015 and 2017–2023",
// "KRW per USD rates cover the days 2016-02-04, 2017-04-21 to 2017-04-24,
// 2017-06-30 and 19 more, the last 2025-02-21".
func (t Rates) coverage(x, y Currency) string {
	rs := t.byPair[pairOf(x, y)]
	var runs []string // runs of consecutive spans
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].Span == rs[i].Span && rs[j-1].end().Equal(rs[j].start()) {
			j++
		}
		first, last := rs[i], rs[j-1]
		var s string
		if first.Span == Year {
			s = strconv.Itoa(first.Date.Year())
			if j-i > 1 {
				s += "–" + strconv.Itoa(last.Date.Year())
			}
		} else {
			s = first.Date.Format(time.DateOnly)
			if j-i > 1 {
				s += " to " + last.Date.Format(time.DateOnly)
			}
		}
		runs = append(runs, s)
		i = j
	}
	const show = 4
	list := runs
	more := ""
	if len(runs) > show {
		list = runs[:show-1]
		more = fmt.Sprintf(" and %d more, the last %s", len(runs)-len(list), runs[len(runs)-1])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%v per %v rates cover ", rs[0].To, rs[0].From)
	if rs[0].Span == Year {
		b.WriteString("the years ")
	} else {
		b.WriteString("the days ")
	}
	for i, s := range list {
		switch {
		case i == 0:
		case i == len(list)-1 && more == "":
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	b.WriteString(more)
	return b.String()
}

// convertExact returns a converted along legs, rounded half-even to to's
// scale once, from the exact value, and checked against the bounds of an
// amount.
func convertExact(a Amount, to Currency, legs ...leg) (Amount, error) {
	num := new(big.Int).Set(a.d.Coefficient())
	den := big.NewInt(1)
	exp := int64(a.d.Exponent())
	for _, l := range legs {
		c := l.r.Value.Coefficient()
		if l.inv {
			den.Mul(den, c)
			exp -= int64(l.r.Value.Exponent())
		} else {
			num.Mul(num, c)
			exp += int64(l.r.Value.Exponent())
		}
	}
	scale := to.Scale()
	v := roundQuo(num, den, exp+int64(scale))
	d := decimal.NewFromBigInt(v, -scale)
	if err := checkAmountDecimal(d); err != nil {
		return Amount{}, fmt.Errorf("currency: Convert %v to %v: the result %w", a, to, err)
	}
	return mk(d, to), nil
}

// roundQuo returns num/den × 10^shift rounded half-even to an integer.
// den is positive; |shift| is bounded by the bounds of amounts and rates.
// It scales num or den in place: its callers build both for it and do not
// use them after.
func roundQuo(num, den *big.Int, shift int64) *big.Int {
	n, d := num, den
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(shift)), nil)
	if shift >= 0 {
		n.Mul(n, p)
	} else {
		d.Mul(d, p)
	}
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	// Compare 2|r| with d.
	r2 := new(big.Int).Abs(r)
	r2.Lsh(r2, 1)
	c := r2.Cmp(d)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// divRate returns x/y rounded half-even to 12 significant digits, once,
// from the exact quotient. y is not zero.
func divRate(x, y decimal.Decimal) decimal.Decimal {
	if x.IsZero() {
		return decimal.Zero
	}
	neg := x.Sign()*y.Sign() < 0
	num := new(big.Int).Abs(x.Coefficient())
	den := new(big.Int).Abs(y.Coefficient())
	// x/y has lead or lead+1 digits before the point: take enough places
	// for at least 14 digits, so that at least two are dropped.
	lead := int64(x.NumDigits()) + int64(x.Exponent()) - (int64(y.NumDigits()) + int64(y.Exponent()))
	places := int64(rateDigits) + 2 - lead
	shift := int64(x.Exponent()) - int64(y.Exponent()) + places
	// The truncated quotient at places says how many digits to drop; the
	// rounding itself is roundQuo's, from the exact quotient.
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(shift)), nil)
	q := new(big.Int)
	if shift >= 0 {
		q.Quo(q.Mul(num, p), den)
	} else {
		q.Quo(num, p.Mul(den, p))
	}
	drop := max(int64(len(q.String()))-rateDigits, 0)
	q2 := roundQuo(num, den, shift-drop)
	if neg {
		q2.Neg(q2)
	}
	return trimZeros(q2, int32(drop-places))
}

// crossValue is the from→to factor of legs, for display.
func crossValue(legs ...leg) decimal.Decimal {
	n, d := decimal.NewFromInt(1), decimal.NewFromInt(1)
	for _, l := range legs {
		if l.inv {
			d = d.Mul(l.r.Value)
		} else {
			n = n.Mul(l.r.Value)
		}
	}
	return divRate(n, d)
}

// ErrNotCovered and ErrNoPair tell the two kinds of [NoRateError] apart.
// Test with [errors.Is]; both come wrapped together with [ErrNoRate].
var (
	// ErrNotCovered: the table has rates of the pair, but none for the day.
	ErrNotCovered = errors.New("no rate covers the day")
	// ErrNoPair: the table has no rate of a currency, or none connecting
	// the two.
	ErrNoPair = errors.New("no rate for the pair")
)

// NoRateError is the error of a conversion the table cannot make. It wraps
// [ErrNoRate] and, as its fields say, [ErrNotCovered] or [ErrNoPair].
type NoRateError struct {
	From, To Currency
	On       time.Time // the day asked for
	// Coverage, when the table has rates of the pair (or of a leg through
	// USD) but none for On, says what they cover: "KRW per USD rates cover
	// the years 2010–2025".
	Coverage string
	// Unknown is the currency the table has no rate of at all, if any.
	Unknown Currency
	amount  string
}

// Error says what could not be converted and why.
func (e *NoRateError) Error() string {
	var why string
	switch {
	case e.Coverage != "":
		why = "no rate for " + e.On.Format(time.DateOnly) + ": " + e.Coverage
	case e.Unknown != XXX:
		why = "the table has no " + e.Unknown.String() + " rate"
	case e.From == XXX || e.To == XXX:
		why = "the table has no XXX rate"
	default:
		why = fmt.Sprintf("the table has no rate between %v and %v, direct or through USD", e.From, e.To)
	}
	what := e.amount
	if what == "" {
		what = e.From.String()
	}
	return fmt.Sprintf("currency: Convert %s to %v: %s", what, e.To, why)
}

// Unwrap returns [ErrNoRate] and [ErrNotCovered] or [ErrNoPair].
func (e *NoRateError) Unwrap() []error {
	if e.Coverage != "" {
		return []error{ErrNoRate, ErrNotCovered}
	}
	return []error{ErrNoRate, ErrNoPair}
}
