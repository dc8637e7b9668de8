package incidents

import (
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// VictimType is the kind of organisation a theft hit. The zero value is
// [VictimUnknown].
type VictimType uint8

// The victim types. New values are only appended.
const (
	VictimUnknown    VictimType = iota // not stated
	Exchange                           // a centralised crypto exchange
	DeFiBridge                         // a cross-chain bridge
	WalletProvider                     // a wallet provider (thefts from its users' wallets)
	PaymentProcessor                   // a crypto payment processor
	GamblingPlatform                   // a crypto gambling platform
	Bank                               // a bank, including a central bank
	OtherVictim                        // anything else: a mining marketplace, a lending protocol, …
)

func (t VictimType) name() (string, bool) {
	switch t {
	case VictimUnknown:
		return "unknown", true
	case Exchange:
		return "exchange", true
	case DeFiBridge:
		return "DeFi bridge", true
	case WalletProvider:
		return "wallet provider", true
	case PaymentProcessor:
		return "payment processor", true
	case GamblingPlatform:
		return "gambling platform", true
	case Bank:
		return "bank", true
	case OtherVictim:
		return "other", true
	}
	return "", false
}

// String returns the type in prose, "DeFi bridge"; an undefined value
// prints as "VictimType(12)".
func (t VictimType) String() string { return enumString(t, "VictimType", VictimType.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (t VictimType) MarshalText() ([]byte, error) {
	return enumMarshal(t, "VictimType", VictimType.name)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (t *VictimType) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "VictimType", VictimType.name)
	if err == nil {
		*t = v
	}
	return err
}

// Precision says how much of a date its source gave. The zero value is
// [PrecisionUnknown], which the package reads as a full day.
type Precision uint8

// The date precisions. New values are only appended.
const (
	PrecisionUnknown Precision = iota // not stated; read as a day
	PrecisionDay                      // a calendar day
	PrecisionMonth                    // a month only: the Time is the 1st of the month
	PrecisionYear                     // a year only: the Time is 1 January
)

func (p Precision) name() (string, bool) {
	switch p {
	case PrecisionUnknown:
		return "unknown", true
	case PrecisionDay:
		return "day", true
	case PrecisionMonth:
		return "month", true
	case PrecisionYear:
		return "year", true
	}
	return "", false
}

// String returns "day", "month" or "year"; an undefined value prints as
// "Precision(7)".
func (p Precision) String() string { return enumString(p, "Precision", Precision.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (p Precision) MarshalText() ([]byte, error) { return enumMarshal(p, "Precision", Precision.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (p *Precision) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Precision", Precision.name)
	if err == nil {
		*p = v
	}
	return err
}

// lastDay returns the last day that a date given as day (midnight UTC)
// to precision p may stand for: the last of its month or year, or day
// itself.
func (p Precision) lastDay(day time.Time) time.Time {
	switch p {
	case PrecisionMonth:
		return day.AddDate(0, 1, -1)
	case PrecisionYear:
		return day.AddDate(1, 0, -1)
	}
	return day
}

// format prints t to precision p: "2017-06" for a month.
func (p Precision) format(t time.Time) string {
	switch {
	case t.IsZero():
		return "date unknown"
	case p == PrecisionMonth:
		return t.Format("2006-01")
	case p == PrecisionYear:
		return t.Format("2006")
	}
	return t.Format(time.DateOnly)
}

// Source is where a fact was seen: a publisher or body, the page's date if
// known, its URL (or a document or repository path) and what it supports.
type Source struct {
	By   string    // the publisher or body: "FBI (via hstoday)", "JoongAng Daily"
	Date time.Time // the page's or document's date; zero if not known
	URL  string    // the address, or a document symbol or repository path
	Note string    // what the source supports, or a short quote
}

// IsZero reports whether s names no source at all.
func (s Source) IsZero() bool { return s.By == "" && s.URL == "" }

// Asset is a quantity of one coin or token as a source reported it taken:
// 173,600 ETH. Quantity is exact as printed; Qualifier keeps "about", "more
// than". Incidents may list the same symbol twice when sources differ.
type Asset struct {
	Symbol    string          // ticker as reported: "BTC", "ETH", "USDC", "XEM"
	Quantity  decimal.Decimal // units of the coin, as printed
	Qualifier currency.Qualifier
	By        string // who reported the quantity
	// Partial is set when the quantity is one part of what was taken (one
	// of two mints), not the whole as one source counted it; implied
	// prices are then not computed ([Incident.ImpliedPrices]).
	Partial bool
}

// Reported is a money figure as one source printed it: a single figure, or a
// range ("~$533–534M"), whose high end is Figure.High with its own
// qualifier.
type Reported struct {
	// Figure is the figure; for a range, Figure.High is its high end.
	Figure currency.Figure
	// AsPrinted is the text as the source printed it: "$1.2 billion",
	// "approx. $100MM".
	AsPrinted string
	// By is who gave the figure: "FBI", "Ronin", "press".
	By string
	// EquivalentBy is who supplied Figure.Equivalent when a second currency
	// was printed ("AP", "Dong-A"); empty when there is none.
	EquivalentBy string
}

// IsRange reports whether r is a range.
func (r Reported) IsRange() bool { return r.Figure.IsRange() }

// Incident is one theft attributed, at least by someone, to North Korean
// actors: when, whom, what was taken, how much as reported, who attributed
// it, and the sources.
//
// Incident is a plain value holding slices; [Incident.Clone] makes a deep
// copy. The data [Known] returns is fresh on every call. The zero Incident
// is valid input to every aggregation (it counts as an incident without an
// amount) but fails [Incident.Validate].
type Incident struct {
	// ID is stable and unique: "2022-ronin-bridge".
	ID string
	// Row is the row of kpledger's reference table the incident comes from
	// ("10", "13a"); empty for incidents built by callers.
	Row string
	// Date is the day of the theft as a UTC calendar day (midnight UTC of
	// the victim's local day unless Notes say UTC). DatePrecision says if
	// only the month is known.
	Date          time.Time
	DatePrecision Precision
	// Victim is the victim as the sources name it.
	Victim string
	// VictimUnverified is set when no source confirmed the victim's
	// identity (NiceHash: inferred from press, not named by DOJ).
	VictimUnverified bool
	// FiledAs is the name a court filing or an official text gives a victim
	// it does not name ("Exchange 3", "an Indonesian cryptocurrency
	// company"); empty when the victim is named. Victim then keeps that
	// name.
	FiledAs string
	// IdentifiedAs is who press or researchers say an unnamed victim is
	// ("CoinTiger"), and IdentifiedBy who says so; no official source
	// confirmed it, so it is an unverified note, never the Victim.
	IdentifiedAs, IdentifiedBy string
	// Country is the victim's country; the zero Region when unknown.
	Country language.Region
	// CountryUnverified is set when Country is a reading no source
	// confirmed.
	CountryUnverified bool
	VictimType        VictimType
	// Assets are the coins taken, as reported; nil when none were.
	Assets []Asset
	// Loss is the amount as first officially reported, in its own currency
	// (KRW, JPY, USD); the zero Amount when no amount was reported (see
	// [Incident.HasLoss]). LossReport says who reported it and how it was
	// printed.
	Loss       currency.Amount
	LossReport Reported
	// OtherLosses are other own-currency figures from other sources (a
	// prosecutors' figure beside a regulator's, an industry source's when
	// the victim gave none).
	OtherLosses []Reported
	// LossUSD are the USD figures as reported, each with its source, in the
	// order of the reference table; a range keeps both ends. For an attempt
	// that took nothing (AttemptOnly) it holds the reported "$0 lost".
	LossUSD []Reported
	// AttemptOnly is set when the sources say nothing was lost in the end
	// (Bancomext, TPBank): the attempted amount is a [Flow] of kind
	// [Attempted], never a loss.
	AttemptOnly bool
	// Flows are the amounts the reference keeps apart from what was
	// stolen: attempted, executed, reversed, recovered, returned, seized or
	// left unrecovered, each with its own source, in the reference's order.
	Flows []Flow
	// Attributions are every attribution seen, in date order.
	Attributions []Attribution
	// StatedStatus is the incident's status as kpledger's reference states
	// it for the row ([Disputed] for Coincheck); [StatusUnknown] for an
	// incident built without one, whose [Incident.Status] is then computed
	// from the attributions. StatedText is the reference's status cell as
	// printed ("firm/UN (ROK: suspected)").
	StatedStatus Status
	StatedText   string
	// Sources are the sources of the row as a whole.
	Sources []Source
	// Unverified lists what the reference marks unverified or unconfirmed
	// for this incident, and the figures left out for that reason.
	Unverified []string
	// Notes carry what the sources add that has no field: date details,
	// partial amounts.
	Notes []string
}

// Clone returns a deep copy of inc.
func (inc Incident) Clone() Incident {
	inc.Assets = slices.Clone(inc.Assets)
	inc.OtherLosses = slices.Clone(inc.OtherLosses)
	inc.LossUSD = slices.Clone(inc.LossUSD)
	inc.Flows = slices.Clone(inc.Flows)
	if inc.Attributions != nil {
		as := make([]Attribution, len(inc.Attributions))
		for i, a := range inc.Attributions {
			as[i] = a.Clone()
		}
		inc.Attributions = as
	}
	inc.Sources = slices.Clone(inc.Sources)
	inc.Unverified = slices.Clone(inc.Unverified)
	inc.Notes = slices.Clone(inc.Notes)
	return inc
}

// HasLoss reports whether inc has a reported Loss: a non-zero amount in a
// currency (not XXX, "no currency").
func (inc Incident) HasLoss() bool { return hasLoss(&inc) }

// isMoney reports whether c is an ISO 4217 currency other than XXX.
func isMoney(c currency.Currency) bool { return c != currency.XXX && c.Valid() }

// Status returns the incident's status as the reference states it for its
// row ([Incident.StatedStatus]); for an incident without one, the
// [Incident.StrongestAttribution]. So Coincheck, whose row the reference
// marks disputed, has the status [Disputed], although Group-IB attributed
// it; Bithumb 2019, marked attributed by the UN Panel and disputed by the
// victim, has [Attributed] and [Incident.Disputed] true.
func (inc Incident) Status() Status {
	if inc.StatedStatus != StatusUnknown {
		return inc.StatedStatus
	}
	return inc.StrongestAttribution()
}

// StrongestAttribution returns the strongest status among inc's verified
// attributions ([Confirmed] > [Attributed] > [Suspected]), or
// [StatusUnknown] if it has none, whatever the reference's status for the
// row. It ignores disputes: it answers "how firmly did anyone attribute
// this", not "what is its status" ([Incident.Status]).
func (inc Incident) StrongestAttribution() Status {
	best := StatusUnknown
	for _, a := range inc.Attributions {
		if a.Unverified == "" && a.Status.strength() > best.strength() {
			best = a.Status
		}
	}
	return best
}

// Disputed reports whether inc's status is [Disputed] or any verified
// attribution of it is a dispute (Bithumb 2019: the victim's).
func (inc Incident) Disputed() bool {
	if inc.StatedStatus == Disputed {
		return true
	}
	for _, a := range inc.Attributions {
		if a.Unverified == "" && a.Status == Disputed {
			return true
		}
	}
	return false
}

// StatusText returns the status with any dispute: "confirmed",
// "attributed; disputed", "disputed" (the row's status is a dispute, or
// there is a dispute and no other attribution).
func (inc Incident) StatusText() string {
	s := inc.Status()
	switch {
	case !inc.Disputed():
		return s.String()
	case s == StatusUnknown || s == Disputed:
		return Disputed.String()
	}
	return s.String() + "; disputed"
}

// Clusters returns the clusters named by inc's verified attributions, each
// once, in Cluster order.
func (inc Incident) Clusters() []Cluster { return (&inc).appendClusters(nil) }

// appendClusters appends the clusters of Clusters to cs, which it expects
// empty, and returns it.
func (inc *Incident) appendClusters(cs []Cluster) []Cluster {
	for _, a := range inc.Attributions {
		if a.Unverified != "" || a.Status == Disputed {
			continue
		}
		for _, c := range a.Clusters {
			if !slices.Contains(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	slices.Sort(cs)
	return cs
}

// DateString returns the date to its precision: "2022-03-23", "2017-06".
func (inc Incident) DateString() string { return inc.DatePrecision.format(inc.Date) }
