package incidents

import (
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"golang.org/x/text/language"
)

// Scope is what an estimate counts. The zero value is [ScopeUnknown].
type Scope uint8

// The scopes. New values are only appended.
const (
	ScopeUnknown          Scope = iota // not stated
	Crypto                             // crypto or virtual assets stolen, from any kind of victim except banks
	CryptoFromExchanges                // crypto stolen from exchanges only
	CryptoAndBanks                     // thefts from "financial institutions and cryptocurrency exchanges"
	CryptoBanksRansomware              // virtual assets, financial-institution hacking and ransomware (NIS, 2022)
	SingleIncident                     // one incident, named in [Estimate.Incident]
	Money                              // "money" taken by hacking, not crypto only (NIS, 2023-11-01)
	Banks                              // banks only (fraudulent transfers, ATM cash-outs)
)

func (s Scope) name() (string, bool) {
	switch s {
	case ScopeUnknown:
		return "unknown", true
	case Crypto:
		return "crypto", true
	case CryptoFromExchanges:
		return "crypto from exchanges", true
	case CryptoAndBanks:
		return "crypto and banks", true
	case CryptoBanksRansomware:
		return "crypto, banks and ransomware", true
	case SingleIncident:
		return "single incident", true
	case Money:
		return "money", true
	case Banks:
		return "banks", true
	}
	return "", false
}

// String returns the scope in prose, "crypto and banks"; an undefined value
// prints as "Scope(9)".
func (s Scope) String() string { return enumString(s, "Scope", Scope.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (s Scope) MarshalText() ([]byte, error) { return enumMarshal(s, "Scope", Scope.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Scope", Scope.name)
	if err == nil {
		*s = v
	}
	return err
}

// Covers reports whether a victim of type t falls in scope s: banks only in
// the scopes that include them, exchanges only in [CryptoFromExchanges],
// banks only in [Banks], every type in [CryptoAndBanks],
// [CryptoBanksRansomware] and [Money].
// Unknown and single-incident scopes cover no type.
func (s Scope) Covers(t VictimType) bool {
	switch s {
	case Crypto:
		return t != Bank
	case CryptoFromExchanges:
		return t == Exchange
	case Banks:
		return t == Bank
	case CryptoAndBanks, CryptoBanksRansomware, Money:
		return true
	}
	return false
}

// Verification is how well the reference verified an estimate's figure.
// The zero value is [VerificationUnknown].
type Verification uint8

// The verification levels of kpledger's reference files. New values are
// only appended.
const (
	VerificationUnknown Verification = iota // not stated
	Primary                                 // seen in the publisher's own page or document
	Secondary                               // seen in a faithful copy or a news report quoting the publisher
)

func (v Verification) name() (string, bool) {
	switch v {
	case VerificationUnknown:
		return "unknown", true
	case Primary:
		return "primary", true
	case Secondary:
		return "secondary", true
	}
	return "", false
}

// String returns "primary" or "secondary"; an undefined value prints as
// "Verification(5)".
func (v Verification) String() string { return enumString(v, "Verification", Verification.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (v Verification) MarshalText() ([]byte, error) {
	return enumMarshal(v, "Verification", Verification.name)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (v *Verification) UnmarshalText(text []byte) error {
	x, err := enumUnmarshal(text, "Verification", Verification.name)
	if err == nil {
		*v = x
	}
	return err
}

// Period is a span of calendar days, both ends included. A zero From is an
// open start ("to date"); a zero To an open end.
type Period struct {
	From, To time.Time
}

// YearPeriod returns the calendar year y as a Period.
func YearPeriod(y int) Period {
	return Period{From: date(y, 1, 1), To: date(y, 12, 31)}
}

// Contains reports whether day t (its calendar day in UTC) lies in p. The
// zero Time is in no period.
func (p Period) Contains(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	d := utcDay(t)
	return (p.From.IsZero() || !d.Before(utcDay(p.From))) && (p.To.IsZero() || !d.After(utcDay(p.To)))
}

// String returns "2017-01-01 – 2022-12-22"; an open end prints as "…".
func (p Period) String() string {
	f, t := "…", "…"
	if !p.From.IsZero() {
		f = p.From.Format(time.DateOnly)
	}
	if !p.To.IsZero() {
		t = p.To.Format(time.DateOnly)
	}
	return f + " – " + t
}

// Part is one item a publisher itemized inside an estimate: the DeFi share
// of a year's total, one theft in a joint statement's list.
type Part struct {
	Label  string // as printed: "DeFi", "DMM Bitcoin"
	Figure currency.Figure
	// Incident is the ID of the matching incident in [Known], if any.
	Incident string
}

// Estimate is a publisher's aggregate claim about what North Korean actors
// stole: who published it, when, over which period and scope, the figure
// exactly as printed, and where it was seen. An estimate that restates an
// earlier one is a separate Estimate whose Revises names the earlier.
//
// Estimate is a plain value holding slices; [Estimate.Clone] makes a deep
// copy. The data [Estimates] returns is fresh on every call.
type Estimate struct {
	// ID is unique: the reference row ("N2", "C5") for the row's main
	// figure, the row and a suffix ("C5/2023") for its other figures.
	ID string
	// Row is the reference row the estimate comes from: "N2".
	Row string
	// Publisher is the normalised body behind the figure ([NIS],
	// [Chainalysis]); Venue the document, briefing or channel as the
	// reference names it ("press briefing, National Cyber Security
	// Cooperation Center, Pangyo").
	Publisher Publisher
	Venue     string
	// Published is the day (or month or year, see PublishedPrecision) of
	// publication or first report; the notes say which.
	Published          time.Time
	PublishedPrecision Precision
	// Period is the span the figure covers, as the library reads the
	// printed PeriodAsPrinted ("2017 – Dec 2022"); an open "to date" ends
	// on the publication day.
	Period          Period
	PeriodAsPrinted string
	Scope           Scope
	// Country is set when the estimate counts only victims in one country
	// (KR: "damage in South Korea"); the zero Region means worldwide.
	Country language.Region
	// Incident is the incident ID of a [SingleIncident] estimate.
	Incident string
	// ScopeAsPrinted is the scope in the source's words.
	ScopeAsPrinted string
	// Figure is the figure as printed, with qualifier and any second-currency
	// equivalent; a range ("$630 million" to "more than $1 billion") keeps
	// its high end in Figure.High, with its own qualifier and equivalent.
	Figure currency.Figure
	// AsPrinted is the figure's text exactly as published.
	AsPrinted string
	// EquivalentBy is who supplied the second-currency equivalent ("AP");
	// empty when none was printed.
	EquivalentBy string
	// Attacks is the number of attacks or incidents the publisher printed
	// with the figure ("58 suspected attacks"); the zero Count if none.
	Attacks Count
	// Attempted is set when the figure counts what was attempted, not what
	// was stolen (US DOJ 2021, the 2020 FASTCash alert): never add it to
	// theft totals.
	Attempted bool
	// AllActors is set when the figure counts thefts by every actor, not
	// only North Korean ones (Chainalysis, mid-2025).
	AllActors bool
	// Parts are the items the publisher itemized, if any.
	Parts []Part
	// Revises is the ID of the earlier estimate this one revises, and
	// Revision how ([Restates], [Supersedes], [Extends]); empty and
	// [NoRevision] if none. RevisedBy is the forward link: the IDs of the
	// estimates that revise this one, in table order ([Estimates] fills it
	// in from the Revises links).
	Revises      string
	Revision     Revision
	RevisedBy    []string
	Verification Verification
	// Unverified lists what the reference marks unverified for this
	// estimate (a publication day, the attribution to a publisher).
	Unverified []string
	Notes      []string
	Sources    []Source
}

// Clone returns a deep copy of e.
func (e Estimate) Clone() Estimate {
	e.Parts = slices.Clone(e.Parts)
	e.RevisedBy = slices.Clone(e.RevisedBy)
	e.Unverified = slices.Clone(e.Unverified)
	e.Notes = slices.Clone(e.Notes)
	e.Sources = slices.Clone(e.Sources)
	return e
}

// PublishedString returns the publication date to its precision:
// "2022-12-22", or "2022-01" for an estimate known only to the month.
func (e Estimate) PublishedString() string { return e.PublishedPrecision.format(e.Published) }

// IsRange reports whether e printed a range.
func (e Estimate) IsRange() bool { return e.Figure.IsRange() }

// Covers reports whether inc falls in e's period and scope: its date in
// Period (a month-only date counts as the 1st of its month), its victim
// type in Scope (or its ID the estimate's Incident), and its country
// Country when the estimate is limited to one country (an unverified
// country counts as given).
func (e Estimate) Covers(inc Incident) bool {
	if e.Scope == SingleIncident {
		return e.Incident != "" && inc.ID == e.Incident
	}
	if !e.Period.Contains(inc.Date) || !e.Scope.Covers(inc.VictimType) {
		return false
	}
	var zero language.Region
	return e.Country == zero || inc.Country == e.Country
}

// date returns midnight UTC of a calendar day.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// utcDay returns t's calendar day in UTC as midnight UTC.
func utcDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return date(y, m, d)
}
