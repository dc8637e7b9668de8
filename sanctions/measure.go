package sanctions

import (
	"fmt"
	"slices"
	"time"
)

// Kind is what a measure does: ban exports, ban supplies, cap them, freeze
// or ban work authorizations, order repatriation, ban joint ventures, embargo
// arms, freeze assets, inspect cargo, restrict vessels and aircraft, and so
// on. The zero Kind is UnknownKind. New values are only appended.
type Kind uint8

// The kinds of measure.
const (
	UnknownKind             Kind = iota // not set
	ExportBan                           // the DPRK shall not supply, sell or transfer the goods; States shall not procure them
	SupplyBan                           // States shall prevent the supply, sale or transfer of the goods to the DPRK
	ExportCap                           // DPRK exports capped (2321's coal)
	SupplyCap                           // supplies to the DPRK capped (petroleum)
	WorkAuthorizationFreeze             // States shall not increase the number of work authorizations for DPRK nationals
	WorkAuthorizationBan                // States shall not provide work authorizations for DPRK nationals
	WorkerRepatriation                  // States shall repatriate DPRK nationals earning income
	JointVentureBan                     // no new joint ventures, no expansion of existing ones
	JointVentureClosure                 // no joint ventures at all; existing ones must close
	ArmsEmbargo                         // arms and related materiel, WMD- and missile-related items (supply, export or both)
	LuxuryGoodsBan                      // States shall prevent the supply of luxury goods to the DPRK
	AssetFreeze                         // funds and economic resources of designated persons, entities (and vessels) frozen
	FinancialRestriction                // financial services, transfers and bulk cash; banking; public and private trade finance
	CargoInspection                     // inspection (and seizure) of cargo to and from the DPRK
	VesselInspection                    // inspection of vessels on the high seas; flag-State duty to direct a vessel to port; seizure of vessels
	PortEntryDenial                     // vessels denied entry to ports
	BunkeringBan                        // no bunkering or other servicing of DPRK vessels
	LeasingCharteringBan                // no leasing or chartering of vessels or aircraft, no crew services
	VesselDeregistration                // de-flagging and de-registration of vessels
	AviationRestriction                 // aircraft denied take-off, landing or overflight
	CatchAll                            // any item a State determines could contribute to prohibited programmes or the armed forces
	ProcurementBan                      // States shall prohibit procuring goods or services from the DPRK (where no export ban names them)
	ReportingDuty                       // States or the Committee shall report
	Designation                         // the Committee designates individuals, entities or vessels
	ExemptionMechanism                  // a way to exempt activities case by case (humanitarian exemptions)
	Commitment                          // the Council commits itself to further action
	ShipToShipTransferBan               // no ship-to-ship transfers to or from DPRK-flagged vessels
	NoMeasureSeen                       // the reference records the resolution but saw no measure of it
)

const numKinds = 29

// String returns the kind in words: "export ban", "supply cap".
func (k Kind) String() string {
	switch k {
	case UnknownKind:
		return "unknown"
	case ExportBan:
		return "export ban"
	case SupplyBan:
		return "supply ban"
	case ExportCap:
		return "export cap"
	case SupplyCap:
		return "supply cap"
	case WorkAuthorizationFreeze:
		return "work-authorization freeze"
	case WorkAuthorizationBan:
		return "work-authorization ban"
	case WorkerRepatriation:
		return "worker repatriation"
	case JointVentureBan:
		return "joint-venture ban"
	case JointVentureClosure:
		return "joint-venture closure"
	case ArmsEmbargo:
		return "arms embargo"
	case LuxuryGoodsBan:
		return "luxury-goods ban"
	case AssetFreeze:
		return "asset freeze"
	case FinancialRestriction:
		return "financial restriction"
	case CargoInspection:
		return "cargo inspection"
	case VesselInspection:
		return "vessel inspection"
	case PortEntryDenial:
		return "port-entry denial"
	case BunkeringBan:
		return "bunkering ban"
	case LeasingCharteringBan:
		return "leasing and chartering ban"
	case VesselDeregistration:
		return "vessel deregistration"
	case AviationRestriction:
		return "aviation restriction"
	case CatchAll:
		return "catch-all"
	case ProcurementBan:
		return "procurement ban"
	case ReportingDuty:
		return "reporting duty"
	case Designation:
		return "designation"
	case ExemptionMechanism:
		return "exemption mechanism"
	case Commitment:
		return "commitment"
	case ShipToShipTransferBan:
		return "ship-to-ship transfer ban"
	case NoMeasureSeen:
		return "no measure seen"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// IsBan reports whether k forbids named goods outright: ExportBan,
// SupplyBan, ArmsEmbargo and LuxuryGoodsBan. A [CatchAll] names no goods
// and is not a ban in this sense.
func (k Kind) IsBan() bool {
	return k == ExportBan || k == SupplyBan || k == ArmsEmbargo || k == LuxuryGoodsBan
}

// IsCap reports whether k limits the goods to a cap (ExportCap, SupplyCap).
func (k Kind) IsCap() bool { return k == ExportCap || k == SupplyCap }

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (k Kind) MarshalText() ([]byte, error) { return marshalEnum("Kind", k, numKinds, Kind.String) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Kind", text, numKinds, Kind.String)
	if err == nil {
		*k = v
	}
	return err
}

// Direction is which way a measure acts: on what the DPRK exports, on what
// is supplied to it, on goods both ways, on its workers abroad, on
// investment, finance, ships, aircraft, designated persons, or on the
// regime as a whole (reporting, exemption mechanisms). The zero Direction is
// UnknownDirection. New values are only appended.
type Direction uint8

// The directions.
const (
	UnknownDirection Direction = iota // not set
	DPRKExports                       // goods leaving the DPRK
	SupplyToDPRK                      // goods supplied, sold or transferred to the DPRK
	Labour                            // DPRK nationals working abroad
	Investment                        // joint ventures and cooperative entities
	BothWays                          // goods supplied to the DPRK and goods procured from it (1718 OP 8 (a)–(b), 1874 OP 23)
	Financial                         // funds, financial services, banking, trade finance
	Maritime                          // ships: inspection, ports, bunkering, leasing, crews, flags
	Aviation                          // aircraft: take-off, landing, overflight
	Persons                           // designated individuals and entities
	General                           // the regime as a whole: reporting, exemption mechanisms, commitments, rows with no measure seen
)

const numDirections = 11

// String returns the direction in words: "DPRK exports", "supply to the DPRK".
func (d Direction) String() string {
	switch d {
	case UnknownDirection:
		return "unknown"
	case DPRKExports:
		return "DPRK exports"
	case SupplyToDPRK:
		return "supply to the DPRK"
	case Labour:
		return "labour"
	case Investment:
		return "investment"
	case BothWays:
		return "both ways"
	case Financial:
		return "financial"
	case Maritime:
		return "maritime"
	case Aviation:
		return "aviation"
	case Persons:
		return "persons"
	case General:
		return "general"
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// IsTrade reports whether d is a direction of goods (DPRKExports or
// SupplyToDPRK), the two a [Trade] may have.
func (d Direction) IsTrade() bool { return d == DPRKExports || d == SupplyToDPRK }

// Covers reports whether a measure acting in direction d acts on trade in
// direction t: d == t, or d is BothWays and t is a trade direction.
func (d Direction) Covers(t Direction) bool {
	return d == t || (d == BothWays && t.IsTrade())
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (d Direction) MarshalText() ([]byte, error) {
	return marshalEnum("Direction", d, numDirections, Direction.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (d *Direction) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Direction", text, numDirections, Direction.String)
	if err == nil {
		*d = v
	}
	return err
}

// Verified is how well the reference attests a fact, in its own three
// levels. The zero Verified is NotVerified, so a fact nobody marked is
// treated as unchecked. New values are only appended.
type Verified uint8

// The verification levels of the reference file.
const (
	// NotVerified ("no"): not seen. A paragraph number such as "29?" is the
	// expected number, consistent with the numbering around it, unchecked.
	NotVerified Verified = iota
	// VerifiedPartly ("partly"): attested only indirectly, through a
	// cross-reference in another resolution, an official body's paraphrase
	// or an implementing act.
	VerifiedPartly
	// VerifiedText ("yes"): the paragraph number and the key wording appear
	// together in a copy of the resolution text in an official UN language.
	VerifiedText
	// InferredFromHeading ("inferred from HS heading text") is not a level of
	// the reference: it marks the library's own inference that goods under
	// an HS chapter or heading are of a kind a measure names, because the
	// heading's text names that kind of goods (see [HeadingInferences]). No
	// measure carries it; [NewRegime] rejects a measure that does.
	InferredFromHeading
)

const numVerified = 4

// String returns the reference's word for the level: "no", "partly", "yes".
func (v Verified) String() string {
	switch v {
	case NotVerified:
		return "no"
	case VerifiedPartly:
		return "partly"
	case VerifiedText:
		return "yes"
	case InferredFromHeading:
		return "inferred from HS heading text"
	}
	return fmt.Sprintf("Verified(%d)", uint8(v))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (v Verified) MarshalText() ([]byte, error) {
	return marshalEnum("Verified", v, numVerified, Verified.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes "no",
// "partly", "yes" and "inferred from HS heading text".
func (v *Verified) UnmarshalText(text []byte) error {
	x, err := unmarshalEnum("Verified", text, numVerified, Verified.String)
	if err == nil {
		*v = x
	}
	return err
}

// HSOrigin says who mapped a measure to HS codes: the resolution itself, or
// a State's implementing text (China's MOFCOM announcements, Singapore
// Customs' lists). The zero HSOrigin is UnknownOrigin. New values are only
// appended.
type HSOrigin uint8

// The origins of an HS mapping.
const (
	UnknownOrigin    HSOrigin = iota // not set
	ResolutionText                   // the codes are in the resolution's own text
	ImplementingText                 // a State's implementing text maps the measure to these codes
	HeadingText                      // the library's inference from the HS heading's text (see [HeadingInferences])
)

const numOrigins = 4

// String returns "resolution text", "implementing text" or "HS heading
// text".
func (o HSOrigin) String() string {
	switch o {
	case UnknownOrigin:
		return "unknown"
	case ResolutionText:
		return "resolution text"
	case ImplementingText:
		return "implementing text"
	case HeadingText:
		return "HS heading text"
	}
	return fmt.Sprintf("HSOrigin(%d)", uint8(o))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (o HSOrigin) MarshalText() ([]byte, error) {
	return marshalEnum("HSOrigin", o, numOrigins, HSOrigin.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (o *HSOrigin) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("HSOrigin", text, numOrigins, HSOrigin.String)
	if err == nil {
		*o = v
	}
	return err
}

// Source is where a fact was seen: the publisher or body, the date where the
// reference gives one (zero otherwise), and the address or document.
type Source struct {
	Publisher string    // "1718 Committee", "China MOFCOM/GAC Announcement 2017 No. 40"
	Date      time.Time // zero when the reference gives no date
	URL       string    // the address, or a document's name where there is no address
}

// HSScope is one mapping of a measure's commodity to HS codes, with who made
// it. Codes are prefixes: goods whose code is [HSCode.Within] one of them
// are in scope. The reference's HS codes marked "not verified" or "?" are
// not encoded at all.
type HSScope struct {
	Commodity Commodity
	Codes     []HSCode
	Origin    HSOrigin // ResolutionText or ImplementingText
	Verified  Verified // VerifiedText for codes seen in the resolution; VerifiedPartly for codes seen in an implementing text
	Excludes  string   // goods under the same codes that the mapping leaves out ("condensate")
	// Incomplete is true when the source's list was cut off, so codes
	// outside Codes may still be in scope (China's 2371 iron-ore list).
	Incomplete bool
	Quote      string // the source's words, copied as displayed
	Note       string
	Source     Source
}

func (s HSScope) clone() HSScope {
	s.Codes = slices.Clone(s.Codes)
	return s
}

// Exemption is an exception to a measure, in the source's words. It is
// scoped: Commodities lists the goods it applies to (the Rajin transit
// exemption of 2371 OP 8 applies to coal, not to iron or iron ore); empty
// means all of the measure's goods (or, for a measure on no goods, the whole
// measure).
type Exemption struct {
	Text        string      // the exception, quoted where Quoted, else the reference's paraphrase
	Quoted      bool        // Text is copied character for character from the source
	Commodities []Commodity // the goods it applies to; empty means all of the measure's
	Verified    Verified    // how well the exemption itself is attested
	Source      string      // who states it ("Xinhua", "MOFCOM 2016 No. 11", "EU text")
}

// AppliesTo reports whether the exemption may apply to goods of commodity
// c: it names no commodities, or one of them overlaps c (one is
// [Commodity.Within] the other). UnknownCommodity (goods known only by HS
// code) gets every exemption, since none can be ruled out.
func (e Exemption) AppliesTo(c Commodity) bool {
	if len(e.Commodities) == 0 || c == UnknownCommodity {
		return true
	}
	for _, x := range e.Commodities {
		if c.Within(x) || x.Within(c) {
			return true
		}
	}
	return false
}

func (e Exemption) clone() Exemption {
	e.Commodities = slices.Clone(e.Commodities)
	return e
}

// Transition is a window after adoption in which trade under contracts
// signed before adoption may still go ahead. The zero Transition is "no
// window".
type Transition struct {
	Applies     string      // what the window covers, in words
	Commodities []Commodity // the commodities it covers; empty means all of the measure's
	Days        int         // the length the text states, in days from adoption; 0 if only an end day is stated
	LastDay     time.Time   // the last day inside the window (midnight UTC)
	// LastDayDerived is true when LastDay was computed as adoption + Days,
	// not read in a source: the text counts days "from the date of
	// adoption" and the day-count convention is not stated.
	LastDayDerived bool
	NotifyDays     int    // notification to the 1718 Committee due this many days after adoption; 0 if none seen
	Note           string // what the sources add or leave open
	Source         string // who states the window
}

// IsZero reports whether t is "no window".
func (t Transition) IsZero() bool { return t.LastDay.IsZero() }

// covers reports whether the window applies to commodity c: it names no
// commodities, or c lies within one it names. UnknownCommodity (goods
// identified by HS code only) is covered only by a window that names no
// commodities.
func (t Transition) covers(c Commodity) bool {
	if len(t.Commodities) == 0 {
		return true
	}
	for _, x := range t.Commodities {
		if c.Within(x) {
			return true
		}
	}
	return false
}

// overlaps reports whether the window may apply to some goods of class c:
// it names no commodities, or one it names overlaps c.
func (t Transition) overlaps(c Commodity) bool {
	if len(t.Commodities) == 0 {
		return true
	}
	for _, x := range t.Commodities {
		if c.Within(x) || x.Within(c) {
			return true
		}
	}
	return false
}

// Deadline is a dated obligation of a measure, such as repatriation "no
// later than 24 months from the date of adoption".
type Deadline struct {
	What   string    // "repatriate all DPRK nationals earning income"
	Months int       // the period the text states, in months from adoption; 0 if none
	Days   int       // the period the text states, in days from adoption; 0 if none
	Day    time.Time // the day (midnight UTC)
	// Derived is true when Day was computed from Months or Days, not
	// stated in a source.
	Derived  bool
	Verified Verified // how well the deadline itself is attested
	Note     string
}

// Supersession says that a measure replaces (part of) an earlier one from a
// given day.
type Supersession struct {
	ID   string    // the superseded measure's ID, such as "2321/OP26"
	From time.Time // the first day the earlier measure no longer applies
	// Inferred is true when no source says "replaces": the library infers
	// it from the later measure's effect (a full ban leaves no room for a
	// cap).
	Inferred bool
	Note     string
}

// Measure is one operative paragraph of a resolution that bans, caps or
// otherwise restricts trade, labour, investment, finance, vessels or
// aircraft, as the reference records it (one row of its table). Verified,
// ParagraphVerified and Unverified say what is not checked; a paragraph
// number the reference shows as "29?" is [OP](29) with ParagraphVerified
// NotVerified, and a paragraph it shows as "not seen" is the zero
// [Paragraph], which has no number at all.
//
// Measure values from this package are copies: changing one changes no
// other. Use [Measure.Clone] to copy one you hold.
type Measure struct {
	ID          string // "2371/OP8", "1718/cargo-inspection"; unique in a [Regime], starting with the resolution number and "/"
	Resolution  Resolution
	Paragraph   Paragraph // the operative paragraph; the zero Paragraph when the reference has not seen it
	Kind        Kind
	Direction   Direction
	Commodities []Commodity
	Scope       string    // the scope as worded in the reference
	HS          []HSScope // HS mappings seen; none where the reference has none verified
	Caps        []Cap     // the cap's limits, one per period, in date order
	Exemptions  []Exemption
	Transition  Transition     // the window for contracts signed before adoption; zero if none seen
	Deadlines   []Deadline     // dated obligations (repatriation, reports)
	Supersedes  []Supersession // earlier measures this one replaces
	Clarifies   string         // the ID of a measure whose scope this one clarifies, if any
	Quote       string         // the measure's wording, a short quote copied as displayed; empty if none was seen
	QuoteSource string         // where the quote was seen
	Sources     []Source       // every source of the row

	// Verified is the reference's level for the row: its scope and
	// wording. Where the reference rates the paragraph number apart ("no
	// (OP); scope partly"), that level is ParagraphVerified.
	Verified          Verified
	ParagraphVerified Verified // the level for the paragraph number alone
	Unverified        []string // what is not checked, in words
	Notes             []string // other open points from the reference
}

// Clone returns a deep copy of m.
func (m Measure) Clone() Measure {
	m.Commodities = slices.Clone(m.Commodities)
	if m.HS != nil {
		hs := make([]HSScope, len(m.HS))
		for i, s := range m.HS {
			hs[i] = s.clone()
		}
		m.HS = hs
	}
	if m.Caps != nil {
		caps := make([]Cap, len(m.Caps))
		for i, c := range m.Caps {
			caps[i] = c.Clone()
		}
		m.Caps = caps
	}
	if m.Exemptions != nil {
		ex := make([]Exemption, len(m.Exemptions))
		for i, e := range m.Exemptions {
			ex[i] = e.clone()
		}
		m.Exemptions = ex
	}
	m.Transition.Commodities = slices.Clone(m.Transition.Commodities)
	m.Deadlines = slices.Clone(m.Deadlines)
	m.Supersedes = slices.Clone(m.Supersedes)
	m.Sources = slices.Clone(m.Sources)
	m.Unverified = slices.Clone(m.Unverified)
	m.Notes = slices.Clone(m.Notes)
	return m
}

// Citation returns the measure's citation in the style of the reference:
// "S/RES/2371 (2017), OP 8", "S/RES/1718 (2006), OP 8 (a) (iii)", with
// "OP 29?" when the paragraph number is not verified, and "S/RES/1874
// (2009), paragraph not seen" when the reference has not seen it.
func (m Measure) Citation() string {
	s := m.Resolution.Symbol() + ", " + m.Paragraph.String()
	if m.Paragraph.Known && m.ParagraphVerified == NotVerified {
		s += "?"
	}
	return s
}

// String returns the citation, kind and commodities:
// "S/RES/2371 (2017), OP 8: export ban on coal, iron, iron ore".
func (m Measure) String() string {
	s := m.Citation() + ": " + m.Kind.String()
	for i, c := range m.Commodities {
		if i == 0 {
			s += " on "
		} else {
			s += ", "
		}
		s += c.String()
	}
	return s
}

// Adopted returns the day the measure was adopted: its resolution's date.
func (m Measure) Adopted() time.Time { return m.Resolution.Adopted }

// InTransition reports whether on falls inside the measure's transition
// window for goods of commodity c: the window applies to c (it names no
// commodities, or c lies within one it names) and on is on or after
// adoption and on or before Transition.LastDay.
//
// For UnknownCommodity (goods known only by HS code) a window that names
// commodities answers false, and that false does not say the goods are
// outside it: 2371 OP 8's window covers iron and iron ore only, so ask for
// each of Transition.Commodities, or screen the trade ([Regime.Screen]
// checks the window for the goods the HS code matches).
func (m Measure) InTransition(c Commodity, on time.Time) bool {
	if m.Transition.IsZero() || !m.Transition.covers(c) {
		return false
	}
	d := dayNumber(on)
	return d >= dayNumber(m.Resolution.Adopted) && d <= dayNumber(m.Transition.LastDay)
}

// mapped reports whether the measure has a complete HS mapping for
// commodity c: an HS scope for c whose source list was not cut off.
func (m Measure) mapped(c Commodity) bool {
	for _, s := range m.HS {
		if s.Commodity == c && !s.Incomplete {
			return true
		}
	}
	return false
}

// namedCommodities returns the commodities the measure names, in its
// Commodities and its HS scopes, each once.
func (m Measure) namedCommodities() []Commodity {
	out := slices.Clone(m.Commodities)
	for _, s := range m.HS {
		if s.Commodity != UnknownCommodity && !slices.Contains(out, s.Commodity) {
			out = append(out, s.Commodity)
		}
	}
	return out
}
