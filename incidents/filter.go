package incidents

import (
	"iter"

	"golang.org/x/text/language"
)

// Filter reports whether an incident passes. Filters compose with [Select],
// which keeps the incidents that pass all of them.
type Filter func(Incident) bool

// Select returns the incidents of incs that pass every filter, in order. A
// nil Filter passes everything; a nil incs yields nothing.
func Select(incs iter.Seq[Incident], filters ...Filter) iter.Seq[Incident] {
	return func(yield func(Incident) bool) {
		if incs == nil {
			return
		}
	next:
		for inc := range incs {
			for _, f := range filters {
				if f != nil && !f(inc) {
					continue next
				}
			}
			if !yield(inc) {
				return
			}
		}
	}
}

// During keeps incidents whose date lies in p ([Period.Contains]). An
// incident known only to the month counts on the 1st of that month.
func During(p Period) Filter { return func(inc Incident) bool { return p.Contains(inc.Date) } }

// InYear keeps incidents of calendar year y (UTC).
func InYear(y int) Filter { return During(YearPeriod(y)) }

// StatusAtLeast keeps incidents whose [Incident.Status] ranks at least s
// in the order
//
//	[StatusUnknown] < [Disputed] < [Suspected] < [Attributed] < [Confirmed]
//
// A disputed row (Coincheck, UwU Lend: the reference's status is
// "disputed") ranks below every attribution, so StatusAtLeast(Suspected)
// leaves it out and StatusAtLeast(Disputed) keeps every incident with a
// status. An incident whose status is an attribution and which is also
// disputed (Bithumb 2019: attributed by the UN Panel, disputed by the
// victim) ranks by its status; use [WithDispute] to find such disputes.
// StatusAtLeast of [StatusUnknown] or an undefined Status keeps every
// incident.
func StatusAtLeast(s Status) Filter {
	min := s.rank()
	return func(inc Incident) bool { return inc.Status().rank() >= min }
}

// StatusIs keeps incidents whose [Incident.Status] is exactly s: the
// reference's status for the row. StatusIs(Attributed) does not keep
// Coincheck, whose row is disputed; StatusIs(Disputed) keeps the rows
// whose status is a dispute, not Bithumb 2019 (attributed, and disputed by
// the victim): see [WithDispute].
func StatusIs(s Status) Filter {
	return func(inc Incident) bool { return inc.Status() == s }
}

// WithDispute keeps incidents with any dispute ([Incident.Disputed]): the
// disputed rows and the rows whose attribution someone disputes.
func WithDispute(inc Incident) bool { return inc.Disputed() }

// InCountry keeps incidents whose victim country is r, whether or not a
// source confirmed it; use [CountryVerified] to keep only confirmed countries.
func InCountry(r language.Region) Filter {
	return func(inc Incident) bool { return inc.Country == r }
}

// CountryVerified keeps incidents whose country is known and not marked
// unverified.
func CountryVerified(inc Incident) bool {
	var zero language.Region
	return inc.Country != zero && !inc.CountryUnverified
}

// InCluster keeps incidents that a verified, undisputed attribution ties to
// cluster c ([Incident.Clusters]).
func InCluster(c Cluster) Filter {
	return func(inc Incident) bool {
		for _, x := range inc.Clusters() {
			if x == c {
				return true
			}
		}
		return false
	}
}

// OfType keeps incidents whose victim is of type t.
func OfType(t VictimType) Filter { return func(inc Incident) bool { return inc.VictimType == t } }
