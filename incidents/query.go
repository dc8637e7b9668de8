package incidents

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// AsOf is what had been said about an incident's attribution on a given
// day: the attributions certainly made by then, the strongest of them, and
// whether a dispute had been raised. Attributions whose date is unknown,
// or known only to a month or year that the day falls in, cannot be placed
// before or after the day; they are listed in Undetermined and do not
// count.
type AsOf struct {
	Day time.Time
	// Status is the strongest status among the verified attributions made
	// on or before Day ([Suspected] < [Attributed] < [Confirmed]), or
	// [StatusUnknown] if none was.
	Status Status
	// Disputed is set when a verified dispute had been made by Day.
	Disputed bool
	// Made are the attributions made on or before Day, in the incident's
	// order; Undetermined those that cannot be placed.
	Made, Undetermined []Attribution
}

// StatusOn returns what had been attributed for inc by the end of day (a
// UTC calendar day): who had attributed it, how firmly, and whether anyone
// had disputed it. So StatusOn(2022-04-13) of the Ronin theft has no
// attribution, and StatusOn(2022-04-14) the FBI's confirmation.
//
// An attribution dated to a month or a year counts only from the end of
// that month or year; one without a date never counts and is listed in
// [AsOf.Undetermined], so the answer never claims more than the data
// knows. Unverified attributions are listed where they fall but do not
// count towards Status or Disputed.
func (inc Incident) StatusOn(day time.Time) AsOf {
	d := utcDay(day)
	out := AsOf{Day: d}
	for _, a := range inc.Attributions {
		switch madeBy(a, d) {
		case made:
			out.Made = append(out.Made, a.Clone())
			switch {
			case a.Unverified != "":
			case a.Status == Disputed:
				out.Disputed = true
			case a.Status.strength() > out.Status.strength():
				out.Status = a.Status
			}
		case undetermined:
			out.Undetermined = append(out.Undetermined, a.Clone())
		}
	}
	return out
}

type placed uint8

const (
	notYet placed = iota
	made
	undetermined
)

// madeBy places an attribution against the end of day d.
func madeBy(a Attribution, d time.Time) placed {
	if a.Date.IsZero() {
		return undetermined
	}
	start := utcDay(a.Date)
	end := a.DatePrecision.lastDay(start) // the last day the attribution may have been made
	switch {
	case !end.After(d):
		return made
	case start.After(d):
		return notYet
	}
	return undetermined
}

// AttributedOn keeps the incidents that had happened by day and that a
// verified attribution made by then ties, at least as firmly as s, to
// North Korean actors ([Incident.StatusOn]): AttributedOn(2022-12-22,
// Suspected) is what the NIS could know on the day of its briefing.
// Incidents disputed by then still pass (the dispute is in StatusOn);
// attributions that cannot be placed before the day do not count. An s
// below [Suspected] ([StatusUnknown], [Disputed]) keeps every incident
// with at least a suspicion by then.
func AttributedOn(day time.Time, s Status) Filter {
	d := utcDay(day)
	min := max(s.strength(), Suspected.strength())
	return func(inc Incident) bool {
		if inc.Date.IsZero() || inc.Date.After(d) {
			return false
		}
		return inc.statusBy(d).strength() >= min
	}
}

// statusBy is [Incident.StatusOn]'s Status for the day d (midnight UTC),
// found without collecting the attributions: the strongest status among
// the verified attributions made by the end of d.
func (inc *Incident) statusBy(d time.Time) Status {
	best := StatusUnknown
	for i := range inc.Attributions {
		a := &inc.Attributions[i]
		if a.Unverified == "" && a.Status.strength() > best.strength() && madeBy(*a, d) == made {
			best = a.Status
		}
	}
	return best
}

// ActorNamed keeps incidents with an attribution that names the actor
// name, ignoring case, whatever alias the attributor printed: a name that
// is a cluster or one of its [Cluster.Aliases] ("Jade Sleet", "UNC4899")
// matches every attribution normalised to that cluster and every actor
// text containing any of its names; any other name matches actor texts
// that contain it ("APT38" in "Lazarus Group and APT38"). It looks at
// every attribution, verified or not; an empty name matches every incident
// with a named actor.
func ActorNamed(name string) Filter {
	names := []string{strings.ToLower(strings.TrimSpace(name))}
	c, isCluster := ClusterNamed(name)
	if isCluster {
		names = append(names, strings.ToLower(c.String()))
		for _, a := range c.Aliases() {
			names = append(names, strings.ToLower(a))
		}
	}
	return func(inc Incident) bool {
		for _, a := range inc.Attributions {
			if isCluster && a.Names(c) {
				return true
			}
			if a.Actor == "" {
				continue
			}
			actor := strings.ToLower(a.Actor)
			for _, n := range names {
				if strings.Contains(actor, n) {
					return true
				}
			}
		}
		return false
	}
}

// EstimatesPublished returns the estimates of [Estimates] by publisher p
// published on day, in table order. An estimate whose publication date is
// known only to the month (or year) is returned for every day of that
// month (or year); check [Estimate.PublishedPrecision] before reading the
// day as exact.
func EstimatesPublished(p Publisher, day time.Time) []Estimate {
	d := utcDay(day)
	var out []Estimate
	for _, e := range Estimates() {
		if e.Publisher == p && publishedOn(e, d) {
			out = append(out, e)
		}
	}
	return out
}

func publishedOn(e Estimate, d time.Time) bool {
	if e.Published.IsZero() {
		return false
	}
	start := utcDay(e.Published)
	return !d.Before(start) && !d.After(e.PublishedPrecision.lastDay(start))
}

// LatestEstimate returns publisher p's latest figure for exactly period
// per: among p's estimates of that period, it follows [Estimate.RevisedBy]
// links to the last revision of the same period, and of several unrevised
// figures it takes the latest published (the later in table order on a
// tie). So LatestEstimate(Chainalysis, YearPeriod(2023)) is C5/2023
// ($660.50 million, December 2024), which restates C4. Figures counting
// all actors are left out. It reports false if p has no figure for per.
func LatestEstimate(p Publisher, per Period) (Estimate, bool) {
	all := Estimates()
	byID := make(map[string]int, len(all))
	for i, e := range all {
		byID[e.ID] = i
	}
	var best Estimate
	found := false
	for _, e := range all {
		if e.Publisher != p || !samePeriod(e.Period, per) || e.AllActors {
			continue
		}
		// Follow the forward links while they stay in the same period.
		for seen := 0; seen < len(all); seen++ {
			next := -1
			for _, id := range e.RevisedBy {
				// An ID missing from the table (which validation rules
				// out) must not read as the first estimate.
				if j, ok := byID[id]; ok && all[j].Publisher == p && samePeriod(all[j].Period, per) {
					next = j
				}
			}
			if next < 0 {
				break
			}
			e = all[next]
		}
		if !found || !e.Published.Before(best.Published) {
			best, found = e, true
		}
	}
	return best, found
}

// samePeriod reports whether two periods cover the same days, whatever the
// zones their ends were given in.
func samePeriod(a, b Period) bool {
	same := func(x, y time.Time) bool {
		return x.IsZero() == y.IsZero() && (x.IsZero() || utcDay(x).Equal(utcDay(y)))
	}
	return same(a.From, b.From) && same(a.To, b.To)
}

// MaxRangeYear is the last year [ByYearRange] lists: dates are read and
// written as YYYY-MM-DD.
const MaxRangeYear = 9999

// ByYearRange returns the [Sum] of incs under m (nil is [ReportedLoss])
// for every calendar year from first to last, both included, in year
// order: a year without incidents is listed with a zero Sum, so a table
// 2015–2025 has no holes. Incidents dated outside the range, and undated
// ones, are left out: use [ByYear] to see them. An empty range (last
// before first) gives nil.
//
// The range is cut to the years 1 to [MaxRangeYear], the four-digit years
// the package reads and writes, so the result has at most that many
// entries and a huge range (up to math.MaxInt) returns at once instead of
// exhausting memory; incidents dated outside those years are left out
// like any outside the range.
func ByYearRange(incs iter.Seq[Incident], m Measure, first, last int) []YearTotal {
	first, last = max(first, 1), min(last, MaxRangeYear)
	if last < first {
		return nil
	}
	g := newSlotGrouper(m, yearSlot)
	if incs != nil {
		for inc := range incs {
			if y := yearOf(&inc); !inc.Date.IsZero() && y >= first && y <= last {
				g.addTo(&inc, y)
			}
		}
	}
	got := yearTotals(g.groups(cmp.Compare[int]))
	out := make([]YearTotal, 0, last-first+1)
	i := 0
	for y := first; y <= last; y++ {
		if i < len(got) && got[i].Year == y {
			out = append(out, got[i])
			i++
			continue
		}
		out = append(out, YearTotal{Year: y})
	}
	return out
}

// CoinPrice is the price per coin that a coin count and a money figure
// for the same theft imply: 342,000 ETH for $48.5 million is about $141.81
// per ETH. Coins and Value are the figures it came from; Price is
// Value/Quantity rounded half away from zero to [PriceDigits] fraction
// digits, and High the same for a range's high end (the zero Amount for a
// single figure). Exact gives the unrounded quotient's parts.
type CoinPrice struct {
	Coins Asset
	Value Reported
	Price currency.Amount
	High  currency.Amount
}

// PriceDigits is the number of fraction digits of [CoinPrice.Price].
const PriceDigits = 12

// Exact returns the quotient the price rounds, as numerator and
// denominator: the money amount and the coin quantity.
func (p CoinPrice) Exact() (currency.Amount, decimal.Decimal) {
	return p.Value.Figure.Amount, p.Coins.Quantity
}

// String returns "USD 141.812865497076 per ETH (USD 48500000.00 / 342000 ETH, US DOJ complaint)".
func (p CoinPrice) String() string {
	s := p.Price.String()
	if !p.High.IsZero() {
		s += "–" + p.High.Decimal().String()
	}
	return fmt.Sprintf("%s per %s (%v / %s %s, %s)", s, p.Coins.Symbol, p.Value.Figure.Amount, p.Coins.Quantity.String(), p.Coins.Symbol, p.Value.By)
}

// ImpliedPrice returns the price per coin that coins and value imply.
//
// ImpliedPrice returns an error if the quantity is zero or negative, or
// the value has no currency, is zero or negative.
func ImpliedPrice(coins Asset, value Reported) (CoinPrice, error) {
	a := value.Figure.Amount
	switch {
	case coins.Quantity.Sign() <= 0:
		return CoinPrice{}, fmt.Errorf("incidents: implied price of %s %s: the quantity must be positive", coins.Quantity.String(), coins.Symbol)
	case !isMoney(a.Currency()) || a.Sign() <= 0:
		return CoinPrice{}, fmt.Errorf("incidents: implied price of %s %s: the value %v must be a positive amount", coins.Quantity.String(), coins.Symbol, a)
	}
	p := CoinPrice{Coins: coins, Value: value,
		Price: currency.AmountOf(a.Decimal().DivRound(coins.Quantity, PriceDigits), a.Currency())}
	if value.IsRange() && value.Figure.High.Currency() == a.Currency() {
		p.High = currency.AmountOf(value.Figure.High.Decimal().DivRound(coins.Quantity, PriceDigits), a.Currency())
	}
	return p, nil
}

// ImpliedPrices returns the prices per coin that inc's coin counts and
// money figures imply: each coin count with the loss as first reported
// ([Incident.LossReport]) and then with each USD figure, in that order. It
// returns nil when the assets name more than one coin (173,600 ETH and
// 25.5 million USDC for $620 million imply no one price) or any count is
// only part of what was taken ([Asset.Partial]); figures that cannot give
// a price (zero, no currency) are skipped.
func (inc Incident) ImpliedPrices() []CoinPrice {
	if len(inc.Assets) == 0 {
		return nil
	}
	for _, a := range inc.Assets {
		if a.Symbol != inc.Assets[0].Symbol || a.Partial {
			return nil
		}
	}
	values := make([]Reported, 0, 1+len(inc.LossUSD))
	if inc.HasLoss() {
		values = append(values, inc.LossReport)
	}
	values = append(values, inc.LossUSD...)
	var out []CoinPrice
	for _, coins := range inc.Assets {
		for _, v := range values {
			if p, err := ImpliedPrice(coins, v); err == nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// NetUSD is the [Measure] of the first USD figure ([FirstUSD]) less what
// was recovered, returned or seized for return in USD ([Flow]): Banco del
// Austro's $12 million less the $2.8 million recovered. A flow that is the
// whole loss ([Flow.Whole], Munchables: all funds returned) makes the net
// USD 0. Incidents with no USD figure, with such a flow in another
// currency or given as a range (which end to subtract the data cannot
// say), or whose flows exceed the figure have no amount, and are listed
// as missing.
func NetUSD(inc Incident) (currency.Amount, bool) {
	gross, ok := FirstUSD(inc)
	if !ok {
		return currency.Amount{}, false
	}
	net := gross.Decimal()
	for _, f := range inc.Flows {
		if f.Kind != Recovered && f.Kind != Returned && f.Kind != Seized {
			continue
		}
		if f.Whole {
			return currency.AmountOf(decimal.New(0, -2), currency.USD), true
		}
		a := f.Figure.Figure.Amount
		if a.Currency() != currency.USD || f.Figure.IsRange() {
			return currency.Amount{}, false
		}
		net = net.Sub(a.Decimal())
	}
	if net.Sign() < 0 {
		return currency.Amount{}, false
	}
	return currency.AmountOf(net, currency.USD), true
}

// AttemptedUSD is the [Measure] of the largest attempted USD amount of an
// incident ([Flow] of kind [Attempted]): the $951 million of orders sent
// in the Bangladesh Bank heist. Incidents without one have no amount.
func AttemptedUSD(inc Incident) (currency.Amount, bool) {
	var best currency.Amount
	found := false
	for _, f := range inc.Flows {
		a := f.Figure.Figure.Amount
		if f.Kind != Attempted || a.Currency() != currency.USD {
			continue
		}
		if !found || a.Decimal().GreaterThan(best.Decimal()) {
			best, found = a, true
		}
	}
	return best, found
}
