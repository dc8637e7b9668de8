package sanctions

import (
	"encoding/json"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// JSON forms of the HS reference data, the Comtrade records and code
// tables, and the regime filter, in the conventions of json.go.

func optDecimal(d decimal.NullDecimal) *jsonDecimal {
	if !d.Valid {
		return nil
	}
	v := jsonDecimal(d.Decimal)
	return &v
}

func valDecimal(d *jsonDecimal) decimal.NullDecimal {
	if d == nil {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: decimal.Decimal(*d), Valid: true}
}

type comtradeRecordJSON struct {
	FreqCode                 string       `json:"freq_code,omitzero"`
	Period                   string       `json:"period,omitzero"`
	RefYear                  int          `json:"ref_year,omitzero"`
	RefMonth                 int          `json:"ref_month,omitzero"`
	ReporterCode             int          `json:"reporter_code"`
	PartnerCode              int          `json:"partner_code"`
	FlowCode                 string       `json:"flow_code,omitzero"`
	ClassificationCode       string       `json:"classification_code,omitzero"`
	CmdCode                  string       `json:"cmd_code,omitzero"`
	QtyUnitCode              int          `json:"qty_unit_code,omitzero"`
	Qty                      *jsonDecimal `json:"qty,omitempty"`
	NetWgt                   *jsonDecimal `json:"net_wgt,omitempty"`
	PrimaryValue             jsonAmount   `json:"primary_value,omitzero"`
	TypeCode                 string       `json:"type_code,omitzero"`
	ReporterISO              string       `json:"reporter_iso,omitzero"`
	Partner2Code             int          `json:"partner2_code,omitzero"`
	IsOriginalClassification ComtradeFlag `json:"is_original_classification,omitzero"`
	CmdDesc                  string       `json:"cmd_desc,omitzero"`
	IsQtyEstimated           ComtradeFlag `json:"is_qty_estimated,omitzero"`
	AltQtyUnitCode           int          `json:"alt_qty_unit_code,omitzero"`
	AltQty                   *jsonDecimal `json:"alt_qty,omitempty"`
	IsAltQtyEstimated        ComtradeFlag `json:"is_alt_qty_estimated,omitzero"`
	IsNetWgtEstimated        ComtradeFlag `json:"is_net_wgt_estimated,omitzero"`
	GrossWgt                 *jsonDecimal `json:"gross_wgt,omitempty"`
	IsGrossWgtEstimated      ComtradeFlag `json:"is_gross_wgt_estimated,omitzero"`
	CIFValue                 jsonAmount   `json:"cif_value,omitzero"`
	FOBValue                 jsonAmount   `json:"fob_value,omitzero"`
	MirrorPrimaryValue       jsonAmount   `json:"mirror_primary_value,omitzero"`
	LegacyEstimationFlag     string       `json:"legacy_estimation_flag,omitzero"`
	IsReported               ComtradeFlag `json:"is_reported,omitzero"`
	IsAggregate              ComtradeFlag `json:"is_aggregate,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: Comtrade's field names in
// snake_case ("freq_code", "cmd_code", "net_wgt"), quantities as exact
// decimal strings, values as US-dollar amounts, flags as "true"/"false"
// (left out when unset). It does not validate r.
func (r ComtradeRecord) MarshalJSON() ([]byte, error) {
	return json.Marshal(comtradeRecordJSON{r.FreqCode, r.Period, r.RefYear, r.RefMonth, r.ReporterCode, r.PartnerCode, r.FlowCode,
		r.ClassificationCode, r.CmdCode, r.QtyUnitCode, optDecimal(r.Qty), optDecimal(r.NetWgt), jsonAmount(r.PrimaryValue), r.TypeCode,
		r.ReporterISO, r.Partner2Code, r.IsOriginalClassification, r.CmdDesc, r.IsQtyEstimated, r.AltQtyUnitCode, optDecimal(r.AltQty),
		r.IsAltQtyEstimated, r.IsNetWgtEstimated, optDecimal(r.GrossWgt), r.IsGrossWgtEstimated, jsonAmount(r.CIFValue),
		jsonAmount(r.FOBValue), jsonAmount(r.MirrorPrimaryValue), r.LegacyEstimationFlag, r.IsReported, r.IsAggregate})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes. It does not validate the record: [ComtradeRecord.Validate] and
// [ComtradeRecord.Trade] do.
func (r *ComtradeRecord) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m comtradeRecordJSON
	if err := decodeStrict("ComtradeRecord", data, &m); err != nil {
		return err
	}
	*r = ComtradeRecord{FreqCode: m.FreqCode, Period: m.Period, RefYear: m.RefYear, RefMonth: m.RefMonth, ReporterCode: m.ReporterCode,
		PartnerCode: m.PartnerCode, FlowCode: m.FlowCode, ClassificationCode: m.ClassificationCode, CmdCode: m.CmdCode,
		QtyUnitCode: m.QtyUnitCode, Qty: valDecimal(m.Qty), NetWgt: valDecimal(m.NetWgt), PrimaryValue: currency.Amount(m.PrimaryValue),
		TypeCode: m.TypeCode, ReporterISO: m.ReporterISO, Partner2Code: m.Partner2Code, IsOriginalClassification: m.IsOriginalClassification,
		CmdDesc: m.CmdDesc, IsQtyEstimated: m.IsQtyEstimated, AltQtyUnitCode: m.AltQtyUnitCode, AltQty: valDecimal(m.AltQty),
		IsAltQtyEstimated: m.IsAltQtyEstimated, IsNetWgtEstimated: m.IsNetWgtEstimated, GrossWgt: valDecimal(m.GrossWgt),
		IsGrossWgtEstimated: m.IsGrossWgtEstimated, CIFValue: currency.Amount(m.CIFValue), FOBValue: currency.Amount(m.FOBValue),
		MirrorPrimaryValue: currency.Amount(m.MirrorPrimaryValue), LegacyEstimationFlag: m.LegacyEstimationFlag,
		IsReported: m.IsReported, IsAggregate: m.IsAggregate}
	return nil
}

type hsWordingJSON struct {
	Text     string         `json:"text"`
	Level    HSVerification `json:"level"`
	SourceID string         `json:"source_id,omitzero"`
	Source   string         `json:"source,omitzero"`
	Edition  string         `json:"edition,omitzero"`
	Note     string         `json:"note,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"text":…,"level":"national
// tariff","source_id":"A1",…}; an empty edition (not shown) is left out.
func (w HSWording) MarshalJSON() ([]byte, error) {
	return json.Marshal(hsWordingJSON{w.Text, w.Level, w.SourceID, w.Source, w.Edition, w.Note})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (w *HSWording) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsWordingJSON
	if err := decodeStrict("HSWording", data, &m); err != nil {
		return err
	}
	*w = HSWording{Text: m.Text, Level: m.Level, SourceID: m.SourceID, Source: m.Source, Edition: m.Edition, Note: m.Note}
	return nil
}

type hsHeadingJSON struct {
	Code             HSCode      `json:"code"`
	Section          int         `json:"section,omitzero"`
	Descriptor       *HSWording  `json:"descriptor,omitempty"`
	DescriptorHS2017 *HSWording  `json:"descriptor_hs2017,omitempty"`
	InHS2022         bool        `json:"in_hs2022,omitzero"`
	InHS2017         bool        `json:"in_hs2017,omitzero"`
	Wordings         []HSWording `json:"wordings,omitempty"`
	HeadingsListed   bool        `json:"headings_listed,omitzero"`
	Reserved         bool        `json:"reserved,omitzero"`
	NotHS            bool        `json:"not_hs,omitzero"`
	Notes            []string    `json:"notes,omitempty"`
}

func optWording(w HSWording) *HSWording {
	if w == (HSWording{}) {
		return nil
	}
	return &w
}

func valWording(w *HSWording) HSWording {
	if w == nil {
		return HSWording{}
	}
	return *w
}

// MarshalJSON implements [json.Marshaler].
func (h HSHeading) MarshalJSON() ([]byte, error) {
	return json.Marshal(hsHeadingJSON{h.Code, h.Section, optWording(h.Descriptor), optWording(h.DescriptorHS2017), h.InHS2022, h.InHS2017,
		h.Wordings, h.HeadingsListed, h.Reserved, h.NotHS, h.Notes})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (h *HSHeading) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsHeadingJSON
	if err := decodeStrict("HSHeading", data, &m); err != nil {
		return err
	}
	*h = HSHeading{Code: m.Code, Section: m.Section, Descriptor: valWording(m.Descriptor), DescriptorHS2017: valWording(m.DescriptorHS2017),
		InHS2022: m.InHS2022, InHS2017: m.InHS2017, Wordings: m.Wordings, HeadingsListed: m.HeadingsListed, Reserved: m.Reserved,
		NotHS: m.NotHS, Notes: m.Notes}
	return nil
}

type hsSectionJSON struct {
	Number       int         `json:"number"`
	FirstChapter int         `json:"first_chapter"`
	LastChapter  int         `json:"last_chapter"`
	RangeSource  string      `json:"range_source,omitzero"`
	Wordings     []HSWording `json:"wordings,omitempty"`
	Notes        []string    `json:"notes,omitempty"`
}

// MarshalJSON implements [json.Marshaler].
func (s HSSection) MarshalJSON() ([]byte, error) {
	return json.Marshal(hsSectionJSON{s.Number, s.FirstChapter, s.LastChapter, s.RangeSource, s.Wordings, s.Notes})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *HSSection) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsSectionJSON
	if err := decodeStrict("HSSection", data, &m); err != nil {
		return err
	}
	*s = HSSection{Number: m.Number, FirstChapter: m.FirstChapter, LastChapter: m.LastChapter, RangeSource: m.RangeSource, Wordings: m.Wordings, Notes: m.Notes}
	return nil
}

type hsEntryJSON struct {
	Code    HSCode     `json:"code"`
	Section *HSSection `json:"section,omitempty"`
	Chapter *HSHeading `json:"chapter,omitempty"`
	Heading *HSHeading `json:"heading,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: the code looked up with its
// section, chapter and heading, each left out when it has no field set.
func (e HSEntry) MarshalJSON() ([]byte, error) {
	m := hsEntryJSON{Code: e.Code}
	if !sectionEmpty(e.Section) {
		m.Section = &e.Section
	}
	if !headingEmpty(e.Chapter) {
		m.Chapter = &e.Chapter
	}
	if !headingEmpty(e.Heading) {
		m.Heading = &e.Heading
	}
	return json.Marshal(m)
}

// sectionEmpty reports whether s has no field set, so that leaving it out
// loses nothing.
func sectionEmpty(s HSSection) bool {
	return s.Number == 0 && s.FirstChapter == 0 && s.LastChapter == 0 && s.RangeSource == "" && len(s.Wordings) == 0 && len(s.Notes) == 0
}

// headingEmpty reports whether h has no field set.
func headingEmpty(h HSHeading) bool {
	return h.Code.IsZero() && h.Section == 0 && h.Descriptor == (HSWording{}) && h.DescriptorHS2017 == (HSWording{}) && !h.InHS2022 &&
		!h.InHS2017 && len(h.Wordings) == 0 && !h.HeadingsListed && !h.Reserved && !h.NotHS && len(h.Notes) == 0
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (e *HSEntry) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsEntryJSON
	if err := decodeStrict("HSEntry", data, &m); err != nil {
		return err
	}
	v := HSEntry{Code: m.Code}
	if m.Section != nil {
		v.Section = *m.Section
	}
	if m.Chapter != nil {
		v.Chapter = *m.Chapter
	}
	if m.Heading != nil {
		v.Heading = *m.Heading
	}
	*e = v
	return nil
}

type hsChangeJSON struct {
	Sections   []int       `json:"sections,omitempty"`
	Codes      []HSCode    `json:"codes,omitempty"`
	Change     string      `json:"change"`
	Headings   []HSHeading `json:"headings,omitempty"`
	Sources    []string    `json:"sources,omitempty"`
	ThirdParty bool        `json:"third_party,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (c HSChange) MarshalJSON() ([]byte, error) {
	return json.Marshal(hsChangeJSON{c.Sections, c.Codes, c.Change, c.Headings, c.Sources, c.ThirdParty})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (c *HSChange) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsChangeJSON
	if err := decodeStrict("HSChange", data, &m); err != nil {
		return err
	}
	*c = HSChange{Sections: m.Sections, Codes: m.Codes, Change: m.Change, Headings: m.Headings, Sources: m.Sources, ThirdParty: m.ThirdParty}
	return nil
}

type filterJSON struct {
	Commodity Commodity `json:"commodity,omitzero"`
	Kind      Kind      `json:"kind,omitzero"`
	Direction Direction `json:"direction,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: the set fields of the filter by
// name.
func (f Filter) MarshalJSON() ([]byte, error) {
	return json.Marshal(filterJSON{f.Commodity, f.Kind, f.Direction})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (f *Filter) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m filterJSON
	if err := decodeStrict("Filter", data, &m); err != nil {
		return err
	}
	*f = Filter{Commodity: m.Commodity, Kind: m.Kind, Direction: m.Direction}
	return nil
}

type comtradeFlowJSON struct {
	Code       string `json:"code"`
	Text       string `json:"text"`
	Definition string `json:"definition,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (f ComtradeFlow) MarshalJSON() ([]byte, error) {
	return json.Marshal(comtradeFlowJSON{f.Code, f.Text, f.Definition})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (f *ComtradeFlow) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m comtradeFlowJSON
	if err := decodeStrict("ComtradeFlow", data, &m); err != nil {
		return err
	}
	*f = ComtradeFlow{Code: m.Code, Text: m.Text, Definition: m.Definition}
	return nil
}

type comtradeUnitJSON struct {
	Code        int    `json:"code"`
	Abbr        string `json:"abbr"`
	Description string `json:"description"`
	NoQuantity  bool   `json:"no_quantity,omitzero"`
	Source      string `json:"source,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (u ComtradeUnit) MarshalJSON() ([]byte, error) {
	return json.Marshal(comtradeUnitJSON{u.Code, u.Abbr, u.Description, u.NoQuantity, u.Source})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (u *ComtradeUnit) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m comtradeUnitJSON
	if err := decodeStrict("ComtradeUnit", data, &m); err != nil {
		return err
	}
	*u = ComtradeUnit{Code: m.Code, Abbr: m.Abbr, Description: m.Description, NoQuantity: m.NoQuantity, Source: m.Source}
	return nil
}

type comtradeClassificationJSON struct {
	Code        string `json:"code"`
	Variable    string `json:"variable"`
	Description string `json:"description"`
}

// MarshalJSON implements [json.Marshaler].
func (c ComtradeClassification) MarshalJSON() ([]byte, error) {
	return json.Marshal(comtradeClassificationJSON{c.Code, c.Variable, c.Description})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (c *ComtradeClassification) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m comtradeClassificationJSON
	if err := decodeStrict("ComtradeClassification", data, &m); err != nil {
		return err
	}
	*c = ComtradeClassification{Code: m.Code, Variable: m.Variable, Description: m.Description}
	return nil
}

type comtradeAreaJSON struct {
	Code           int    `json:"code"`
	Name           string `json:"name"`
	ISO3           string `json:"iso3,omitzero"`
	ISO2           string `json:"iso2,omitzero"`
	Note           string `json:"note,omitzero"`
	ValidFrom      int    `json:"valid_from,omitzero"`
	ValidTo        int    `json:"valid_to,omitzero"`
	InPartnerList  bool   `json:"in_partner_list,omitzero"`
	InReporterList bool   `json:"in_reporter_list,omitzero"`
	Group          bool   `json:"group,omitzero"`
}

// MarshalJSON implements [json.Marshaler]; texts keep their trailing
// spaces, as the Comtrade lists have them.
func (a ComtradeArea) MarshalJSON() ([]byte, error) {
	return json.Marshal(comtradeAreaJSON{a.Code, a.Name, a.ISO3, a.ISO2, a.Note, a.ValidFrom, a.ValidTo, a.InPartnerList, a.InReporterList, a.Group})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (a *ComtradeArea) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m comtradeAreaJSON
	if err := decodeStrict("ComtradeArea", data, &m); err != nil {
		return err
	}
	*a = ComtradeArea{Code: m.Code, Name: m.Name, ISO3: m.ISO3, ISO2: m.ISO2, Note: m.Note, ValidFrom: m.ValidFrom, ValidTo: m.ValidTo,
		InPartnerList: m.InPartnerList, InReporterList: m.InReporterList, Group: m.Group}
	return nil
}
