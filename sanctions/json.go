package sanctions

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// JSON forms of the package's values.
//
// Keys are lower snake_case; unset optional fields are left out; days are
// "YYYY-MM-DD" strings (the package works in calendar days, so a time of
// day or location is not kept); enumerations are their text names
// ("export ban", "partly"); decimals are strings ("7500000"); money is the
// {"amount":"…","currency":"USD"} object of [currency.Amount]. Decoding
// rejects unknown keys, unknown enumeration names, malformed days and
// decimals, with an error that names the type and the field. Values are
// written through mirror structs, so that the JSON form stays the same
// when a Go field is renamed.

// jsonDay is a calendar day as "YYYY-MM-DD"; the zero time is unset.
type jsonDay time.Time

func (d jsonDay) IsZero() bool { return time.Time(d).IsZero() }

func (d jsonDay) MarshalText() ([]byte, error) {
	return []byte(time.Time(d).Format(time.DateOnly)), nil
}

func (d *jsonDay) UnmarshalText(b []byte) error {
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil || len(b) != 10 {
		return &FieldError{Field: "date", Value: clip(string(b)), Reason: "want YYYY-MM-DD", Err: ErrInvalidJSON}
	}
	*d = jsonDay(t)
	return nil
}

// jsonDecimal is an exact decimal as a JSON string.
type jsonDecimal decimal.Decimal

func (d jsonDecimal) MarshalText() ([]byte, error) {
	v := decimal.Decimal(d)
	if e := v.Exponent(); e < -60 || e > 60 {
		return nil, &FieldError{Field: "decimal", Value: decimalText(v), Reason: "exponent out of range", Err: ErrInvalidJSON}
	}
	return []byte(v.String()), nil
}

func (d *jsonDecimal) UnmarshalText(b []byte) error {
	s := string(b)
	ok := len(s) > 0 && len(s) <= 64
	digits, dot := 0, false
	for i := 0; ok && i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' && i == 0:
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && i > 0 && i < len(s)-1:
			dot = true
		default:
			ok = false
		}
	}
	if !ok || digits == 0 {
		return &FieldError{Field: "decimal", Value: clip(s), Reason: "want a plain decimal string such as \"7500000\" or \"0.5\"", Err: ErrInvalidJSON}
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return &FieldError{Field: "decimal", Value: clip(s), Reason: "not a decimal", Err: ErrInvalidJSON}
	}
	*d = jsonDecimal(v)
	return nil
}

// jsonAmount is a money value, unset only when it has no currency and is
// zero (the zero [currency.Amount]); USD 0 is written.
type jsonAmount currency.Amount

func (a jsonAmount) IsZero() bool {
	v := currency.Amount(a)
	return v.Currency() == currency.XXX && v.IsZero()
}

func (a jsonAmount) MarshalJSON() ([]byte, error) { return currency.Amount(a).MarshalJSON() }

func (a *jsonAmount) UnmarshalJSON(b []byte) error { return (*currency.Amount)(a).UnmarshalJSON(b) }

// ErrInvalidJSON: JSON given to an UnmarshalJSON method of this package
// is malformed or holds what the type cannot represent.
var ErrInvalidJSON = fmt.Errorf("invalid JSON")

// decodeStrict decodes one JSON value into v, rejecting unknown keys and
// trailing data; errors name the type.
func decodeStrict(typ string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(typ, err)
	}
	if dec.More() {
		return &FieldError{Field: typ, Reason: "trailing data after the JSON value", Err: ErrInvalidJSON}
	}
	return nil
}

// jsonError names the type and, where encoding/json gives one, the field.
func jsonError(typ string, err error) error {
	if _, ok := err.(*FieldError); ok {
		return fmt.Errorf("sanctions: decoding %s: %w", typ, err)
	}
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		return &FieldError{Field: typ + "." + te.Field, Reason: "want a JSON " + te.Type.String() + ", got " + te.Value, Err: ErrInvalidJSON}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.HasPrefix(msg, "unknown field ") {
		return &FieldError{Field: typ, Value: clip(strings.Trim(strings.TrimPrefix(msg, "unknown field "), `"`)), Reason: "unknown key", Err: ErrInvalidJSON}
	}
	return fmt.Errorf("sanctions: decoding %s: %w: %w", typ, ErrInvalidJSON, err)
}

// isNull reports whether data is the JSON null.
func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// --- Resolution, Paragraph, Source

type resolutionJSON struct {
	Number  int     `json:"number"`
	Adopted jsonDay `json:"adopted,omitzero"`
	Subject string  `json:"subject,omitzero"`
	Note    string  `json:"note,omitzero"`
}

// MarshalJSON implements [json.Marshaler]:
// {"number":2371,"adopted":"2017-08-05","subject":"…"}.
func (r Resolution) MarshalJSON() ([]byte, error) {
	return json.Marshal(resolutionJSON{r.Number, jsonDay(r.Adopted), r.Subject, r.Note})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes. A JSON null leaves r unchanged.
func (r *Resolution) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m resolutionJSON
	if err := decodeStrict("Resolution", data, &m); err != nil {
		return err
	}
	*r = Resolution{Number: m.Number, Adopted: time.Time(m.Adopted), Subject: m.Subject, Note: m.Note}
	return nil
}

type paragraphJSON struct {
	Number int    `json:"number"`
	Label  string `json:"label"`
}

// MarshalJSON implements [json.Marshaler]: {"number":8,"label":"8 (a)
// (iii)"} for a paragraph seen, and null for one the reference has not
// seen (the zero Paragraph), so that "not seen" never reads as a number.
// It returns an error for a Paragraph that is not seen yet has a number
// or label.
func (p Paragraph) MarshalJSON() ([]byte, error) {
	if !p.Known {
		if p.Number != 0 || p.Label != "" {
			return nil, &FieldError{Field: "Paragraph", Value: p.Label, Reason: "not seen, yet with a number or label", Err: ErrInvalidJSON}
		}
		return []byte("null"), nil
	}
	return json.Marshal(paragraphJSON{p.Number, p.Label})
}

// UnmarshalJSON implements [json.Unmarshaler]: null is the paragraph not
// seen; an object needs a label beginning with its number.
func (p *Paragraph) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		*p = Paragraph{}
		return nil
	}
	var m paragraphJSON
	if err := decodeStrict("Paragraph", data, &m); err != nil {
		return err
	}
	v := Paragraph{Number: m.Number, Label: m.Label, Known: true}
	if !v.valid() {
		return &FieldError{Field: "Paragraph.label", Value: clip(m.Label), Reason: "want a label beginning with the number", Err: ErrInvalidJSON}
	}
	*p = v
	return nil
}

type sourceJSON struct {
	Publisher string  `json:"publisher,omitzero"`
	Date      jsonDay `json:"date,omitzero"`
	URL       string  `json:"url,omitzero"`
}

// MarshalJSON implements [json.Marshaler]:
// {"publisher":"…","date":"2017-08-14","url":"…"}.
func (s Source) MarshalJSON() ([]byte, error) {
	return json.Marshal(sourceJSON{s.Publisher, jsonDay(s.Date), s.URL})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *Source) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m sourceJSON
	if err := decodeStrict("Source", data, &m); err != nil {
		return err
	}
	*s = Source{Publisher: m.Publisher, Date: time.Time(m.Date), URL: m.URL}
	return nil
}

// --- HSScope, Exemption, Transition, Deadline, Supersession

type hsScopeJSON struct {
	Commodity  Commodity `json:"commodity,omitzero"`
	Codes      []HSCode  `json:"codes,omitempty"`
	Origin     HSOrigin  `json:"origin,omitzero"`
	Verified   Verified  `json:"verified"`
	Excludes   string    `json:"excludes,omitzero"`
	Incomplete bool      `json:"incomplete,omitzero"`
	Quote      string    `json:"quote,omitzero"`
	Note       string    `json:"note,omitzero"`
	Source     *Source   `json:"source,omitempty"`
}

func optSource(s Source) *Source {
	if s == (Source{}) {
		return nil
	}
	return &s
}

func valSource(s *Source) Source {
	if s == nil {
		return Source{}
	}
	return *s
}

// MarshalJSON implements [json.Marshaler]: the commodity, codes, origin and
// verification of an HS mapping with its quote and source.
func (s HSScope) MarshalJSON() ([]byte, error) {
	return json.Marshal(hsScopeJSON{s.Commodity, s.Codes, s.Origin, s.Verified, s.Excludes, s.Incomplete, s.Quote, s.Note, optSource(s.Source)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *HSScope) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m hsScopeJSON
	if err := decodeStrict("HSScope", data, &m); err != nil {
		return err
	}
	*s = HSScope{Commodity: m.Commodity, Codes: m.Codes, Origin: m.Origin, Verified: m.Verified, Excludes: m.Excludes,
		Incomplete: m.Incomplete, Quote: m.Quote, Note: m.Note, Source: valSource(m.Source)}
	return nil
}

type exemptionJSON struct {
	Text        string      `json:"text,omitzero"`
	Quoted      bool        `json:"quoted,omitzero"`
	Commodities []Commodity `json:"commodities,omitempty"`
	Verified    Verified    `json:"verified"`
	Source      string      `json:"source,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (e Exemption) MarshalJSON() ([]byte, error) {
	return json.Marshal(exemptionJSON{e.Text, e.Quoted, e.Commodities, e.Verified, e.Source})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (e *Exemption) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m exemptionJSON
	if err := decodeStrict("Exemption", data, &m); err != nil {
		return err
	}
	*e = Exemption{Text: m.Text, Quoted: m.Quoted, Commodities: m.Commodities, Verified: m.Verified, Source: m.Source}
	return nil
}

type transitionJSON struct {
	Applies        string      `json:"applies,omitzero"`
	Commodities    []Commodity `json:"commodities,omitempty"`
	Days           int         `json:"days,omitzero"`
	LastDay        jsonDay     `json:"last_day,omitzero"`
	LastDayDerived bool        `json:"last_day_derived,omitzero"`
	NotifyDays     int         `json:"notify_days,omitzero"`
	Note           string      `json:"note,omitzero"`
	Source         string      `json:"source,omitzero"`
}

func (t Transition) mirror() transitionJSON {
	return transitionJSON{t.Applies, t.Commodities, t.Days, jsonDay(t.LastDay), t.LastDayDerived, t.NotifyDays, t.Note, t.Source}
}

// MarshalJSON implements [json.Marshaler]; the zero Transition (no window)
// is {}.
func (t Transition) MarshalJSON() ([]byte, error) { return json.Marshal(t.mirror()) }

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (t *Transition) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m transitionJSON
	if err := decodeStrict("Transition", data, &m); err != nil {
		return err
	}
	*t = Transition{Applies: m.Applies, Commodities: m.Commodities, Days: m.Days, LastDay: time.Time(m.LastDay),
		LastDayDerived: m.LastDayDerived, NotifyDays: m.NotifyDays, Note: m.Note, Source: m.Source}
	return nil
}

type deadlineJSON struct {
	What     string   `json:"what,omitzero"`
	Months   int      `json:"months,omitzero"`
	Days     int      `json:"days,omitzero"`
	Day      jsonDay  `json:"day,omitzero"`
	Derived  bool     `json:"derived,omitzero"`
	Verified Verified `json:"verified"`
	Note     string   `json:"note,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (d Deadline) MarshalJSON() ([]byte, error) {
	return json.Marshal(deadlineJSON{d.What, d.Months, d.Days, jsonDay(d.Day), d.Derived, d.Verified, d.Note})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (d *Deadline) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m deadlineJSON
	if err := decodeStrict("Deadline", data, &m); err != nil {
		return err
	}
	*d = Deadline{What: m.What, Months: m.Months, Days: m.Days, Day: time.Time(m.Day), Derived: m.Derived, Verified: m.Verified, Note: m.Note}
	return nil
}

type supersessionJSON struct {
	ID       string  `json:"id"`
	From     jsonDay `json:"from,omitzero"`
	Inferred bool    `json:"inferred,omitzero"`
	Note     string  `json:"note,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (s Supersession) MarshalJSON() ([]byte, error) {
	return json.Marshal(supersessionJSON{s.ID, jsonDay(s.From), s.Inferred, s.Note})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *Supersession) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m supersessionJSON
	if err := decodeStrict("Supersession", data, &m); err != nil {
		return err
	}
	*s = Supersession{ID: m.ID, From: time.Time(m.From), Inferred: m.Inferred, Note: m.Note}
	return nil
}

// --- Quantity, Period, Limit, Cap

type quantityJSON struct {
	Value jsonDecimal `json:"value"`
	Unit  Unit        `json:"unit"`
}

// MarshalJSON implements [json.Marshaler]: {"value":"7500000","unit":"metric
// ton"}, the value an exact decimal string.
func (q Quantity) MarshalJSON() ([]byte, error) {
	return json.Marshal(quantityJSON{jsonDecimal(q.Value), q.Unit})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; both keys are required.
func (q *Quantity) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m struct {
		Value *jsonDecimal `json:"value"`
		Unit  *Unit        `json:"unit"`
	}
	if err := decodeStrict("Quantity", data, &m); err != nil {
		return err
	}
	if m.Value == nil || m.Unit == nil {
		return &FieldError{Field: "Quantity", Reason: `want both "value" and "unit"`, Err: ErrInvalidJSON}
	}
	*q = Quantity{Value: decimal.Decimal(*m.Value), Unit: *m.Unit}
	return nil
}

type periodJSON struct {
	Kind  PeriodKind `json:"kind"`
	Start jsonDay    `json:"start,omitzero"`
	End   jsonDay    `json:"end,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"kind":"calendar
// years","start":"2017-01-01"}.
func (p Period) MarshalJSON() ([]byte, error) {
	return json.Marshal(periodJSON{p.Kind, jsonDay(p.Start), jsonDay(p.End)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (p *Period) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m periodJSON
	if err := decodeStrict("Period", data, &m); err != nil {
		return err
	}
	*p = Period{Kind: m.Kind, Start: time.Time(m.Start), End: time.Time(m.End)}
	return nil
}

type limitJSON struct {
	Value    jsonAmount `json:"value,omitzero"`
	Quantity Quantity   `json:"quantity,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"value":{"amount":…}} or
// {"quantity":{"value":…,"unit":…}}.
func (l Limit) MarshalJSON() ([]byte, error) {
	return json.Marshal(limitJSON{jsonAmount(l.Value), l.Quantity})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (l *Limit) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m limitJSON
	if err := decodeStrict("Limit", data, &m); err != nil {
		return err
	}
	*l = Limit{Value: currency.Amount(m.Value), Quantity: m.Quantity}
	return nil
}

type capJSON struct {
	Period         Period   `json:"period,omitzero"`
	Limits         []Limit  `json:"limits,omitempty"`
	WhicheverLower bool     `json:"whichever_lower,omitzero"`
	PerState       bool     `json:"per_state,omitzero"`
	Basis          string   `json:"basis,omitzero"`
	Paragraph      string   `json:"paragraph,omitzero"`
	Quote          string   `json:"quote,omitzero"`
	Verified       Verified `json:"verified"`
	Note           string   `json:"note,omitzero"`
	Source         string   `json:"source,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (c Cap) MarshalJSON() ([]byte, error) {
	return json.Marshal(capJSON{c.Period, c.Limits, c.WhicheverLower, c.PerState, c.Basis, c.Paragraph, c.Quote, c.Verified, c.Note, c.Source})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (c *Cap) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m capJSON
	if err := decodeStrict("Cap", data, &m); err != nil {
		return err
	}
	*c = Cap{Period: m.Period, Limits: m.Limits, WhicheverLower: m.WhicheverLower, PerState: m.PerState, Basis: m.Basis,
		Paragraph: m.Paragraph, Quote: m.Quote, Verified: m.Verified, Note: m.Note, Source: m.Source}
	return nil
}

// --- Measure, Regime

type measureJSON struct {
	ID                string         `json:"id"`
	Resolution        Resolution     `json:"resolution"`
	Paragraph         Paragraph      `json:"paragraph,omitzero"`
	Kind              Kind           `json:"kind,omitzero"`
	Direction         Direction      `json:"direction,omitzero"`
	Commodities       []Commodity    `json:"commodities,omitempty"`
	Scope             string         `json:"scope,omitzero"`
	HS                []HSScope      `json:"hs,omitempty"`
	Caps              []Cap          `json:"caps,omitempty"`
	Exemptions        []Exemption    `json:"exemptions,omitempty"`
	Transition        *Transition    `json:"transition,omitempty"`
	Deadlines         []Deadline     `json:"deadlines,omitempty"`
	Supersedes        []Supersession `json:"supersedes,omitempty"`
	Clarifies         string         `json:"clarifies,omitzero"`
	Quote             string         `json:"quote,omitzero"`
	QuoteSource       string         `json:"quote_source,omitzero"`
	Sources           []Source       `json:"sources,omitempty"`
	Verified          Verified       `json:"verified"`
	ParagraphVerified Verified       `json:"paragraph_verified"`
	Unverified        []string       `json:"unverified,omitempty"`
	Notes             []string       `json:"notes,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: every field of the measure, its
// paragraph left out when the reference has not seen it. It returns an
// error for an enumeration value out of range or a paragraph that is not
// seen yet has a number.
func (m Measure) MarshalJSON() ([]byte, error) {
	var tr *Transition
	if !transitionIsZero(m.Transition) {
		t := m.Transition
		tr = &t
	}
	return json.Marshal(measureJSON{m.ID, m.Resolution, m.Paragraph, m.Kind, m.Direction, m.Commodities, m.Scope, m.HS, m.Caps,
		m.Exemptions, tr, m.Deadlines, m.Supersedes, m.Clarifies, m.Quote, m.QuoteSource, m.Sources, m.Verified,
		m.ParagraphVerified, m.Unverified, m.Notes})
}

func transitionIsZero(t Transition) bool {
	return t.Applies == "" && len(t.Commodities) == 0 && t.Days == 0 && t.LastDay.IsZero() && !t.LastDayDerived && t.NotifyDays == 0 && t.Note == "" && t.Source == ""
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes. It does not check the measure as [NewRegime] does; decode a
// [Regime] for that.
func (m *Measure) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var j measureJSON
	if err := decodeStrict("Measure", data, &j); err != nil {
		return err
	}
	var tr Transition
	if j.Transition != nil {
		tr = *j.Transition
	}
	*m = Measure{ID: j.ID, Resolution: j.Resolution, Paragraph: j.Paragraph, Kind: j.Kind, Direction: j.Direction,
		Commodities: j.Commodities, Scope: j.Scope, HS: j.HS, Caps: j.Caps, Exemptions: j.Exemptions, Transition: tr,
		Deadlines: j.Deadlines, Supersedes: j.Supersedes, Clarifies: j.Clarifies, Quote: j.Quote, QuoteSource: j.QuoteSource,
		Sources: j.Sources, Verified: j.Verified, ParagraphVerified: j.ParagraphVerified, Unverified: j.Unverified, Notes: j.Notes}
	return nil
}

type regimeJSON struct {
	Measures []Measure `json:"measures"`
}

// MarshalJSON implements [json.Marshaler]: {"measures":[…]}, in the
// regime's order.
func (r Regime) MarshalJSON() ([]byte, error) {
	ms := slices.Collect(r.All())
	if ms == nil {
		ms = []Measure{}
	}
	return json.Marshal(regimeJSON{ms})
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes the measures and
// builds the regime with [NewRegime], so it returns NewRegime's errors for
// measures that do not form a regime.
func (r *Regime) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var j regimeJSON
	if err := decodeStrict("Regime", data, &j); err != nil {
		return err
	}
	reg, err := NewRegime(j.Measures)
	if err != nil {
		return err
	}
	*r = reg
	return nil
}

// --- Findings, events, inferences

type headingInferenceJSON struct {
	Commodity Commodity `json:"commodity,omitzero"`
	Code      HSCode    `json:"code,omitzero"`
	Heading   string    `json:"heading,omitzero"`
	Wording   string    `json:"wording,omitzero"`
	Note      string    `json:"note,omitzero"`
	Verified  Verified  `json:"verified"`
}

// MarshalJSON implements [json.Marshaler].
func (h HeadingInference) MarshalJSON() ([]byte, error) {
	return json.Marshal(headingInferenceJSON{h.Commodity, h.Code, h.Heading, h.Wording, h.Note, h.Verified})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (h *HeadingInference) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m headingInferenceJSON
	if err := decodeStrict("HeadingInference", data, &m); err != nil {
		return err
	}
	*h = HeadingInference{Commodity: m.Commodity, Code: m.Code, Heading: m.Heading, Wording: m.Wording, Note: m.Note, Verified: m.Verified}
	return nil
}

type eventJSON struct {
	Date      jsonDay `json:"date,omitzero"`
	MeasureID string  `json:"measure_id,omitzero"`
	Citation  string  `json:"citation,omitzero"`
	Change    Change  `json:"change,omitzero"`
	Text      string  `json:"text,omitzero"`
	Derived   bool    `json:"derived,omitzero"`
	Inferred  bool    `json:"inferred,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (e Event) MarshalJSON() ([]byte, error) {
	return json.Marshal(eventJSON{jsonDay(e.Date), e.MeasureID, e.Citation, e.Change, e.Text, e.Derived, e.Inferred})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (e *Event) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m eventJSON
	if err := decodeStrict("Event", data, &m); err != nil {
		return err
	}
	*e = Event{Date: time.Time(m.Date), MeasureID: m.MeasureID, Citation: m.Citation, Change: m.Change, Text: m.Text, Derived: m.Derived, Inferred: m.Inferred}
	return nil
}

type findingJSON struct {
	MeasureID         string            `json:"measure_id"`
	Citation          string            `json:"citation,omitzero"`
	Kind              Kind              `json:"kind,omitzero"`
	Outcome           Outcome           `json:"outcome,omitzero"`
	Match             Match             `json:"match,omitzero"`
	Code              HSCode            `json:"code,omitzero"`
	Origin            HSOrigin          `json:"origin,omitzero"`
	Commodity         Commodity         `json:"commodity,omitzero"`
	Inference         *HeadingInference `json:"inference,omitempty"`
	Reason            string            `json:"reason,omitzero"`
	Action            string            `json:"action,omitzero"`
	InTransition      bool              `json:"in_transition,omitzero"`
	TransitionLastDay jsonDay           `json:"transition_last_day,omitzero"`
	Exemptions        []Exemption       `json:"exemptions,omitempty"`
	Verified          Verified          `json:"verified"`
	Changes           []Event           `json:"changes,omitempty"`
}

// MarshalJSON implements [json.Marshaler].
func (f Finding) MarshalJSON() ([]byte, error) {
	var inf *HeadingInference
	if f.Inference != (HeadingInference{}) {
		h := f.Inference
		inf = &h
	}
	return json.Marshal(findingJSON{f.MeasureID, f.Citation, f.Kind, f.Outcome, f.Match, f.Code, f.Origin, f.Commodity, inf,
		f.Reason, f.Action, f.InTransition, jsonDay(f.TransitionLastDay), f.Exemptions, f.Verified, f.Changes})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (f *Finding) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m findingJSON
	if err := decodeStrict("Finding", data, &m); err != nil {
		return err
	}
	var inf HeadingInference
	if m.Inference != nil {
		inf = *m.Inference
	}
	*f = Finding{MeasureID: m.MeasureID, Citation: m.Citation, Kind: m.Kind, Outcome: m.Outcome, Match: m.Match, Code: m.Code,
		Origin: m.Origin, Commodity: m.Commodity, Inference: inf, Reason: m.Reason, Action: m.Action, InTransition: m.InTransition,
		TransitionLastDay: time.Time(m.TransitionLastDay), Exemptions: m.Exemptions, Verified: m.Verified, Changes: m.Changes}
	return nil
}

type banStatusJSON struct {
	Outcome  Outcome         `json:"outcome"`
	Measure  json.RawMessage `json:"measure,omitempty"`
	Findings []Finding       `json:"findings,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: {"outcome":"covered",
// "measure":{…},"findings":[…]}. The measure is left out when it is the
// zero Measure (no ban covers the goods) and the findings when there are
// none (Clean), so that neither reads as a ban with empty fields.
func (s BanStatus) MarshalJSON() ([]byte, error) {
	m, err := json.Marshal(s.Measure)
	if err != nil {
		return nil, err
	}
	// Left out only when it is written as the zero Measure is, which
	// decodes back to the zero Measure: nothing is lost.
	if zero, err := json.Marshal(Measure{}); err == nil && bytes.Equal(m, zero) {
		m = nil
	}
	return json.Marshal(banStatusJSON{s.Outcome, m, s.Findings})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *BanStatus) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m banStatusJSON
	if err := decodeStrict("BanStatus", data, &m); err != nil {
		return err
	}
	v := BanStatus{Outcome: m.Outcome, Findings: m.Findings}
	if len(m.Measure) > 0 {
		if err := json.Unmarshal(m.Measure, &v.Measure); err != nil {
			return err
		}
	}
	*s = v
	return nil
}

// --- Revenue estimates

type numberJSON struct {
	Qualifier currency.Qualifier `json:"qualifier,omitzero"`
	Value     jsonDecimal        `json:"value"`
}

// MarshalJSON implements [json.Marshaler]: {"qualifier":"about","value":"90"},
// the value an exact decimal string; an exact number has no qualifier key.
func (n Number) MarshalJSON() ([]byte, error) {
	return json.Marshal(numberJSON{n.Qualifier, jsonDecimal(n.Value)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; "value" is required.
func (n *Number) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m struct {
		Qualifier currency.Qualifier `json:"qualifier"`
		Value     *jsonDecimal       `json:"value"`
	}
	if err := decodeStrict("Number", data, &m); err != nil {
		return err
	}
	if m.Value == nil {
		return &FieldError{Field: "Number.value", Reason: "missing", Err: ErrInvalidJSON}
	}
	*n = Number{Qualifier: m.Qualifier, Value: decimal.Decimal(*m.Value)}
	return nil
}

// isZero reports whether n is the zero Number (no number printed); a
// parsed 0 is not.
func (n Number) isZero() bool { return n.Qualifier == currency.Exact && n.Value == (decimal.Decimal{}) }

type revenueEstimateJSON struct {
	Subject     string           `json:"subject,omitzero"`
	Resolutions []int            `json:"resolutions,omitempty"`
	Commodities []Commodity      `json:"commodities,omitempty"`
	Workers     bool             `json:"workers,omitzero"`
	Outcome     bool             `json:"outcome,omitzero"`
	Text        string           `json:"text,omitzero"`
	Figure      *currency.Figure `json:"figure,omitempty"`
	Per         string           `json:"per,omitzero"`
	Share       *Number          `json:"share,omitempty"`
	People      *Number          `json:"people,omitempty"`
	Publisher   string           `json:"publisher,omitzero"`
	Via         string           `json:"via,omitzero"`
	Published   string           `json:"published,omitzero"`
	Source      string           `json:"source,omitzero"`
}

func optNumber(n Number) *Number {
	if n.isZero() {
		return nil
	}
	return &n
}

// MarshalJSON implements [json.Marshaler]: the estimate's fields, its
// figure in the form of [currency.Figure.MarshalJSON] (a range's high end
// and the equivalents' qualifiers included); Published stays
// the text the source gives ("2019-12"), with its own precision.
func (e RevenueEstimate) MarshalJSON() ([]byte, error) {
	m := revenueEstimateJSON{Subject: e.Subject, Resolutions: e.Resolutions, Commodities: e.Commodities, Workers: e.Workers,
		Outcome: e.Outcome, Text: e.Text, Per: e.Per, Share: optNumber(e.Share), People: optNumber(e.People),
		Publisher: e.Publisher, Via: e.Via, Published: e.Published, Source: e.Source}
	if !e.Figure.IsZero() {
		m.Figure = &e.Figure
	}
	return json.Marshal(m)
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (e *RevenueEstimate) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m revenueEstimateJSON
	if err := decodeStrict("RevenueEstimate", data, &m); err != nil {
		return err
	}
	v := RevenueEstimate{Subject: m.Subject, Resolutions: m.Resolutions, Commodities: m.Commodities, Workers: m.Workers,
		Outcome: m.Outcome, Text: m.Text, Per: m.Per, Publisher: m.Publisher, Via: m.Via, Published: m.Published, Source: m.Source}
	if m.Figure != nil {
		v.Figure = *m.Figure
	}
	if m.Share != nil {
		v.Share = *m.Share
	}
	if m.People != nil {
		v.People = *m.People
	}
	*e = v
	return nil
}

// --- Trade records and cap usage

type tradeJSON struct {
	Date          jsonDay    `json:"date,omitzero"`
	DatePrecision Precision  `json:"date_precision,omitzero"`
	Direction     Direction  `json:"direction,omitzero"`
	HS            HSCode     `json:"hs,omitzero"`
	Commodity     Commodity  `json:"commodity,omitzero"`
	Quantity      Quantity   `json:"quantity,omitzero"`
	Value         jsonAmount `json:"value,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"date":"2017-10-01",
// "date_precision":"month","direction":"DPRK exports","hs":"030389",…};
// date_precision is left out for a record by day whose Precision is unset.
func (t Trade) MarshalJSON() ([]byte, error) {
	return json.Marshal(tradeJSON{jsonDay(t.Date), t.Precision, t.Direction, t.HS, t.Commodity, t.Quantity, jsonAmount(t.Value)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes. It does not validate the trade: [Regime.Screen] does.
func (t *Trade) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m tradeJSON
	if err := decodeStrict("Trade", data, &m); err != nil {
		return err
	}
	*t = Trade{Date: time.Time(m.Date), Precision: m.DatePrecision, Direction: m.Direction, HS: m.HS, Commodity: m.Commodity,
		Quantity: m.Quantity, Value: currency.Amount(m.Value)}
	return nil
}

type shipmentJSON struct {
	Date     jsonDay    `json:"date,omitzero"`
	Value    jsonAmount `json:"value,omitzero"`
	Quantity Quantity   `json:"quantity,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (s Shipment) MarshalJSON() ([]byte, error) {
	return json.Marshal(shipmentJSON{jsonDay(s.Date), jsonAmount(s.Value), s.Quantity})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (s *Shipment) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m shipmentJSON
	if err := decodeStrict("Shipment", data, &m); err != nil {
		return err
	}
	*s = Shipment{Date: time.Time(m.Date), Value: currency.Amount(m.Value), Quantity: m.Quantity}
	return nil
}

type thresholdJSON struct {
	Percent int     `json:"percent"`
	Reached jsonDay `json:"reached,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"percent":90,"reached":"…"},
// reached left out when the threshold was not reached.
func (t Threshold) MarshalJSON() ([]byte, error) {
	return json.Marshal(thresholdJSON{t.Percent, jsonDay(t.Reached)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (t *Threshold) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m thresholdJSON
	if err := decodeStrict("Threshold", data, &m); err != nil {
		return err
	}
	*t = Threshold{Percent: m.Percent, Reached: time.Time(m.Reached)}
	return nil
}

type limitUsageJSON struct {
	Limit      Limit       `json:"limit"`
	Used       Limit       `json:"used"`
	Remaining  Limit       `json:"remaining"`
	Missing    int         `json:"missing,omitzero"`
	Thresholds []Threshold `json:"thresholds,omitempty"`
	Crossed    jsonDay     `json:"crossed,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (u LimitUsage) MarshalJSON() ([]byte, error) {
	return json.Marshal(limitUsageJSON{u.Limit, u.Used, u.Remaining, u.Missing, u.Thresholds, jsonDay(u.Crossed)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (u *LimitUsage) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m limitUsageJSON
	if err := decodeStrict("LimitUsage", data, &m); err != nil {
		return err
	}
	*u = LimitUsage{Limit: m.Limit, Used: m.Used, Remaining: m.Remaining, Missing: m.Missing, Thresholds: m.Thresholds, Crossed: time.Time(m.Crossed)}
	return nil
}

type usageJSON struct {
	First   jsonDay      `json:"first,omitzero"`
	Last    jsonDay      `json:"last,omitzero"`
	AsOf    jsonDay      `json:"as_of,omitzero"`
	Limits  []LimitUsage `json:"limits,omitempty"`
	Crossed jsonDay      `json:"crossed,omitzero"`
}

// MarshalJSON implements [json.Marshaler].
func (u Usage) MarshalJSON() ([]byte, error) {
	return json.Marshal(usageJSON{jsonDay(u.First), jsonDay(u.Last), jsonDay(u.AsOf), u.Limits, jsonDay(u.Crossed)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes.
func (u *Usage) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		return nil
	}
	var m usageJSON
	if err := decodeStrict("Usage", data, &m); err != nil {
		return err
	}
	*u = Usage{First: time.Time(m.First), Last: time.Time(m.Last), AsOf: time.Time(m.AsOf), Limits: m.Limits, Crossed: time.Time(m.Crossed)}
	return nil
}
