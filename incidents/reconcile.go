package incidents

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/kpledger/kpledger/currency"
)

// ErrNoFigure is returned by [Reconcile] for an estimate without a usable
// figure.
var ErrNoFigure = errors.New("estimate has no figure")

// Reconciliation sets an estimate beside the incidents in its period and
// scope: what they add up to in the estimate's currency, with the rate used
// for each, the share of the estimate they explain, and which of them have
// no usable amount.
type Reconciliation struct {
	Estimate Estimate
	// Incidents are the IDs of the incidents in the estimate's period and
	// scope ([Estimate.Covers]), in input order.
	Incidents []string
	// Converted is their total in the estimate's currency, item by item,
	// with the rate used; its Missing lists the incidents without a usable
	// amount under the measure used, which the total does not include.
	Converted Converted
	// Unconverted are the incidents whose amount could not be converted to
	// the estimate's currency (no rate whose span covers their day), each with
	// the error; the total does not include them.
	Unconverted []Unconverted
	// Share is Converted.Total's share of the estimate's Figure (for a
	// range, its low end).
	Share Ratio
	// HighShare is the share of the range's high end; the zero Ratio when
	// the estimate printed a single figure.
	HighShare Ratio
}

// Missing returns the IDs of the incidents in scope that lack a usable
// amount: those without an amount under the measure used, then those whose
// amount could not be converted, each group in input order.
func (r Reconciliation) Missing() []string {
	out := slices.Clone(r.Converted.Missing)
	for _, u := range r.Unconverted {
		out = append(out, u.ID)
	}
	return out
}

// Reconcile selects the incidents of incs that e covers ([Estimate.Covers]),
// adds their amounts under measure m (nil is [ReportedLoss]), converts the
// total to the currency of e's figure with rates, each incident at the rate
// of its own day, and computes the share of the estimate they explain.
//
// An incident whose amount cannot be converted (no rate whose span covers its
// day) is not an error: it is listed in Unconverted and in
// [Reconciliation.Missing], and left out of the total.
//
// Reconcile returns an error if e has no figure ([ErrNoFigure]), or if a
// share cannot be computed (a negative amount, [ErrNegative]; a range whose
// ends are in different currencies, wrapping
// [currency.ErrCurrencyMismatch]). Nothing in scope is not an error: the
// share is then zero.
func Reconcile(e Estimate, incs iter.Seq[Incident], m Measure, rates currency.Rates) (Reconciliation, error) {
	to := e.Figure.Amount.Currency()
	if !isMoney(to) || e.Figure.Amount.IsZero() {
		return Reconciliation{}, fmt.Errorf("incidents: Reconcile %q: %w", e.ID, ErrNoFigure)
	}
	r := Reconciliation{Estimate: e.Clone()}
	var in []Incident
	for inc := range Select(incs, e.Covers) {
		in = append(in, inc)
		r.Incidents = append(r.Incidents, inc.ID)
	}
	sum := Total(slices.Values(in), m)
	conv, failed := sum.convert(to, rates, true)
	r.Converted, r.Unconverted = conv, failed
	var err error
	if r.Share, err = share(conv.Total, e.Figure.Amount); err != nil {
		return Reconciliation{}, fmt.Errorf("incidents: Reconcile %q: %w", e.ID, err)
	}
	if e.IsRange() {
		if r.HighShare, err = share(conv.Total, e.Figure.High); err != nil {
			return Reconciliation{}, fmt.Errorf("incidents: Reconcile %q: high end: %w", e.ID, err)
		}
	}
	return r, nil
}
