package incidents

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// maxJSONDecimalLen bounds the length of a decimal string a decoder accepts.
const maxJSONDecimalLen = 80

// jsonClip returns s quoted, cut to a short prefix if it is long.
func jsonClip(s string) string {
	const n = 40
	if len(s) <= n {
		return fmt.Sprintf("%q", s)
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return fmt.Sprintf("%q…", s[:cut])
}

// jsonDecodeError is a decoding error at a path inside a value.
func jsonDecodeError(what, path string, err error) error {
	if path == "" {
		return fmt.Errorf("incidents: cannot unmarshal %s from JSON: %w", what, err)
	}
	return fmt.Errorf("incidents: cannot unmarshal %s from JSON: %s: %w", what, path, err)
}

// decodeJSONStrict decodes one JSON value from data into v, rejecting unknown
// keys and trailing data. It reports whether data was null.
func decodeJSONStrict(data []byte, v any) (null bool, err error) {
	if string(bytes.TrimSpace(data)) == "null" {
		return true, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return false, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return false, errors.New("trailing data after the value")
	}
	return false, nil
}

// jsonJoin joins a path and a key: jsonJoin("attributions[1]", "date").
func jsonJoin(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func jsonIndex(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// jsonPathError is an error at one field.
type jsonPathError struct {
	path string
	err  error
}

func (e *jsonPathError) Error() string { return e.path + ": " + e.err.Error() }
func (e *jsonPathError) Unwrap() error { return e.err }

func jsonAt(path string, err error) error {
	if err == nil {
		return nil
	}
	var pe *jsonPathError
	if errors.As(err, &pe) {
		return err
	}
	return &jsonPathError{path, err}
}

// Dates.

// isUTCMidnight reports whether t is midnight UTC (in any location whose
// offset is zero then).
func isUTCMidnight(t time.Time) bool {
	_, off := t.Zone()
	return off == 0 && t.Equal(utcDay(t))
}

func jsonDate(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case isUTCMidnight(t):
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

func parseJSONDate(path, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, jsonAt(path, errors.New(`empty date: leave the key out for no date`))
	}
	if len(s) == len(time.DateOnly) {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t, nil
		}
	} else if len(s) <= len("2006-01-02T15:04:05.999999999+00:00") {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			if t.IsZero() {
				return time.Time{}, jsonAt(path, fmt.Errorf("%s is the zero time: leave the key out for no date", jsonClip(s)))
			}
			return t, nil
		}
	}
	return time.Time{}, jsonAt(path, fmt.Errorf("malformed date %s: want YYYY-MM-DD", jsonClip(s)))
}

// Countries.

func jsonCountry(path string, r language.Region) (string, error) {
	var zero language.Region
	if r == zero {
		return "", nil
	}
	if !r.IsCountry() || len(r.String()) != 2 {
		return "", jsonAt(path, fmt.Errorf("region %v is not an ISO 3166-1 alpha-2 country", r))
	}
	return r.String(), nil
}

// parseCountry reads an ISO 3166-1 alpha-2 country code in upper case.
// It rejects "ZZ" (unknown region), macro-regions, numeric and alpha-3
// codes, and codes x/text would rewrite.
func parseCountry(s string) (language.Region, error) {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return language.Region{}, fmt.Errorf("unknown country %s: want an ISO 3166-1 alpha-2 code in upper case, such as \"KR\"", jsonClip(s))
	}
	r, err := language.ParseRegion(s)
	if err != nil || !r.IsCountry() || r.String() != s {
		return language.Region{}, fmt.Errorf("unknown country %q: not an ISO 3166-1 alpha-2 country code", s)
	}
	return r, nil
}

func parseJSONCountry(path, s string) (language.Region, error) {
	if s == "" {
		return language.Region{}, jsonAt(path, errors.New(`empty country: leave the key out for an unknown country`))
	}
	r, err := parseCountry(s)
	return r, jsonAt(path, err)
}

// Enumerations.

func jsonEnum(path string, v encoding.TextMarshaler) (string, error) {
	b, err := v.MarshalText()
	return string(b), jsonAt(path, err)
}

// parseJSONEnum parses s into v with its UnmarshalText, naming the type in
// the error without quoting more than a prefix of s.
func parseJSONEnum(path, typ, s string, v interface{ UnmarshalText([]byte) error }) error {
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return jsonAt(path, fmt.Errorf("unknown %s %s", typ, jsonClip(s)))
	}
	return nil
}

// Decimals and amounts.

// parseJSONDecimal reads a plain decimal: an optional minus, digits, and an
// optional fraction. No exponent, no spaces, at most maxJSONDecimalLen bytes.
func parseJSONDecimal(s string) (decimal.Decimal, error) {
	bad := fmt.Errorf("malformed decimal %s: want digits with an optional fraction, such as \"173600.5\"", jsonClip(s))
	if s == "" || len(s) > maxJSONDecimalLen {
		return decimal.Decimal{}, bad
	}
	i := 0
	if s[0] == '-' {
		i++
	}
	digits, dot := 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i+1 < len(s):
			dot = true
		default:
			return decimal.Decimal{}, bad
		}
	}
	if digits == 0 {
		return decimal.Decimal{}, bad
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, bad
	}
	return d, nil
}

// isNoAmount reports whether a is the zero Amount (XXX 0): left out.
func isNoAmount(a currency.Amount) bool {
	return a.Currency() == currency.XXX && a.IsZero()
}

func jsonAmount(path string, a currency.Amount) (json.RawMessage, error) {
	if isNoAmount(a) {
		return nil, nil
	}
	b, err := a.MarshalJSON()
	return b, jsonAt(path, err)
}

func parseJSONAmount(path string, raw json.RawMessage) (currency.Amount, error) {
	if raw == nil || string(bytes.TrimSpace(raw)) == "null" {
		return currency.Amount{}, nil
	}
	var probe struct {
		Amount   json.RawMessage `json:"amount"`
		Currency json.RawMessage `json:"currency"`
	}
	if _, err := decodeJSONStrict(raw, &probe); err != nil {
		return currency.Amount{}, jsonAt(path, err)
	}
	var code string
	if err := json.Unmarshal(probe.Currency, &code); err == nil {
		if _, err := currency.ParseCurrency(code); err != nil {
			return currency.Amount{}, jsonAt(jsonJoin(path, "currency"), fmt.Errorf("unknown currency %s", jsonClip(code)))
		}
	}
	var a currency.Amount
	if err := a.UnmarshalJSON(raw); err != nil {
		return currency.Amount{}, jsonAt(path, err)
	}
	return a, nil
}

// Mirror structs. Field order is key order.

type sourceJSON struct {
	By   string `json:"by,omitzero"`
	Date string `json:"date,omitzero"`
	URL  string `json:"url,omitzero"`
	Note string `json:"note,omitzero"`
}

func sourceToJSON(s Source) sourceJSON {
	return sourceJSON{By: s.By, Date: jsonDate(s.Date), URL: s.URL, Note: s.Note}
}

func (m sourceJSON) value(path string) (Source, error) {
	s := Source{By: m.By, URL: m.URL, Note: m.Note}
	if m.Date != "" {
		d, err := parseJSONDate(jsonJoin(path, "date"), m.Date)
		if err != nil {
			return Source{}, err
		}
		s.Date = d
	}
	return s, nil
}

type assetJSON struct {
	Symbol    string `json:"symbol,omitzero"`
	Quantity  string `json:"quantity"`
	Qualifier string `json:"qualifier,omitzero"`
	By        string `json:"by,omitzero"`
	Partial   bool   `json:"partial,omitzero"`
}

func assetToJSON(path string, a Asset) (assetJSON, error) {
	m := assetJSON{Symbol: a.Symbol, Quantity: a.Quantity.String(), By: a.By, Partial: a.Partial}
	if a.Qualifier != currency.Exact {
		q, err := jsonEnum(jsonJoin(path, "qualifier"), a.Qualifier)
		if err != nil {
			return assetJSON{}, err
		}
		m.Qualifier = q
	}
	return m, nil
}

func (m assetJSON) value(path string) (Asset, error) {
	a := Asset{Symbol: m.Symbol, By: m.By, Partial: m.Partial}
	d, err := parseJSONDecimal(m.Quantity)
	if err != nil {
		return Asset{}, jsonAt(jsonJoin(path, "quantity"), err)
	}
	a.Quantity = d
	if m.Qualifier != "" {
		if err := parseJSONEnum(jsonJoin(path, "qualifier"), "qualifier", m.Qualifier, &a.Qualifier); err != nil {
			return Asset{}, err
		}
	}
	return a, nil
}

type figureJSON struct {
	Qualifier               string          `json:"qualifier,omitzero"`
	Amount                  json.RawMessage `json:"amount,omitzero"`
	EquivalentQualifier     string          `json:"equivalent_qualifier,omitzero"`
	Equivalent              json.RawMessage `json:"equivalent,omitzero"`
	HighQualifier           string          `json:"high_qualifier,omitzero"`
	High                    json.RawMessage `json:"high,omitzero"`
	HighEquivalentQualifier string          `json:"high_equivalent_qualifier,omitzero"`
	HighEquivalent          json.RawMessage `json:"high_equivalent,omitzero"`
}

// figureParts lists a figure's qualifier–amount pairs with their keys, in
// key order, for the mirror m.
func figureParts(f *currency.Figure, m *figureJSON) [4]struct {
	qkey, akey string
	q          *currency.Qualifier
	a          *currency.Amount
	mq         *string
	ma         *json.RawMessage
} {
	type part = struct {
		qkey, akey string
		q          *currency.Qualifier
		a          *currency.Amount
		mq         *string
		ma         *json.RawMessage
	}
	return [4]part{
		{"qualifier", "amount", &f.Qualifier, &f.Amount, &m.Qualifier, &m.Amount},
		{"equivalent_qualifier", "equivalent", &f.EquivalentQualifier, &f.Equivalent, &m.EquivalentQualifier, &m.Equivalent},
		{"high_qualifier", "high", &f.HighQualifier, &f.High, &m.HighQualifier, &m.High},
		{"high_equivalent_qualifier", "high_equivalent", &f.HighEquivalentQualifier, &f.HighEquivalent, &m.HighEquivalentQualifier, &m.HighEquivalent},
	}
}

// figureToJSON returns nil for the zero Figure. The keys are those of
// [currency.Figure.MarshalJSON].
func figureToJSON(path string, f currency.Figure) (*figureJSON, error) {
	if f.IsZero() {
		return nil, nil
	}
	var m figureJSON
	for _, p := range figureParts(&f, &m) {
		var err error
		if *p.q != currency.Exact {
			if *p.mq, err = jsonEnum(jsonJoin(path, p.qkey), *p.q); err != nil {
				return nil, err
			}
		}
		if *p.ma, err = jsonAmount(jsonJoin(path, p.akey), *p.a); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

func (m *figureJSON) value(path string) (currency.Figure, error) {
	var f currency.Figure
	if m == nil {
		return f, nil
	}
	for _, p := range figureParts(&f, m) {
		if *p.mq != "" {
			if err := parseJSONEnum(jsonJoin(path, p.qkey), "qualifier", *p.mq, p.q); err != nil {
				return currency.Figure{}, err
			}
		}
		var err error
		if *p.a, err = parseJSONAmount(jsonJoin(path, p.akey), *p.ma); err != nil {
			return currency.Figure{}, err
		}
	}
	return f, nil
}

type reportedJSON struct {
	Figure       *figureJSON `json:"figure,omitempty"`
	AsPrinted    string      `json:"as_printed,omitzero"`
	By           string      `json:"by,omitzero"`
	EquivalentBy string      `json:"equivalent_by,omitzero"`
}

// reportedToJSON returns nil for the zero Reported.
func reportedToJSON(path string, r Reported) (*reportedJSON, error) {
	m := reportedJSON{AsPrinted: r.AsPrinted, By: r.By, EquivalentBy: r.EquivalentBy}
	var err error
	if m.Figure, err = figureToJSON(jsonJoin(path, "figure"), r.Figure); err != nil {
		return nil, err
	}
	if m == (reportedJSON{}) {
		return nil, nil
	}
	return &m, nil
}

func (m *reportedJSON) value(path string) (Reported, error) {
	if m == nil {
		return Reported{}, nil
	}
	r := Reported{AsPrinted: m.AsPrinted, By: m.By, EquivalentBy: m.EquivalentBy}
	var err error
	if r.Figure, err = m.Figure.value(jsonJoin(path, "figure")); err != nil {
		return Reported{}, err
	}
	return r, nil
}

type attributionJSON struct {
	Actor         string      `json:"actor,omitzero"`
	Clusters      []string    `json:"clusters,omitzero"`
	By            string      `json:"by,omitzero"`
	Date          string      `json:"date,omitzero"`
	DatePrecision string      `json:"date_precision,omitzero"`
	Status        string      `json:"status,omitzero"`
	Unverified    string      `json:"unverified,omitzero"`
	Source        *sourceJSON `json:"source,omitempty"`
}

func attributionToJSON(path string, a Attribution) (attributionJSON, error) {
	m := attributionJSON{Actor: a.Actor, By: a.By, Date: jsonDate(a.Date), Unverified: a.Unverified}
	var err error
	if a.Clusters != nil {
		m.Clusters = make([]string, len(a.Clusters))
		for i, c := range a.Clusters {
			if m.Clusters[i], err = jsonEnum(jsonIndex(jsonJoin(path, "clusters"), i), c); err != nil {
				return m, err
			}
		}
	}
	if a.DatePrecision != PrecisionUnknown {
		if m.DatePrecision, err = jsonEnum(jsonJoin(path, "date_precision"), a.DatePrecision); err != nil {
			return m, err
		}
	}
	if a.Status != StatusUnknown {
		if m.Status, err = jsonEnum(jsonJoin(path, "status"), a.Status); err != nil {
			return m, err
		}
	}
	if a.Source != (Source{}) {
		s := sourceToJSON(a.Source)
		m.Source = &s
	}
	return m, nil
}

func (m attributionJSON) value(path string) (Attribution, error) {
	a := Attribution{Actor: m.Actor, By: m.By, Unverified: m.Unverified}
	if m.Clusters != nil {
		a.Clusters = make([]Cluster, len(m.Clusters))
		for i, s := range m.Clusters {
			if err := parseJSONEnum(jsonIndex(jsonJoin(path, "clusters"), i), "cluster", s, &a.Clusters[i]); err != nil {
				return Attribution{}, err
			}
		}
	}
	var err error
	if m.Date != "" {
		if a.Date, err = parseJSONDate(jsonJoin(path, "date"), m.Date); err != nil {
			return Attribution{}, err
		}
	}
	if m.DatePrecision != "" {
		if err := parseJSONEnum(jsonJoin(path, "date_precision"), "precision", m.DatePrecision, &a.DatePrecision); err != nil {
			return Attribution{}, err
		}
	}
	if m.Status != "" {
		if err := parseJSONEnum(jsonJoin(path, "status"), "status", m.Status, &a.Status); err != nil {
			return Attribution{}, err
		}
	}
	if m.Source != nil {
		if a.Source, err = m.Source.value(jsonJoin(path, "source")); err != nil {
			return Attribution{}, err
		}
	}
	return a, nil
}

type flowJSON struct {
	Kind   string        `json:"kind,omitzero"`
	Figure *reportedJSON `json:"figure,omitempty"`
	Whole  bool          `json:"whole,omitzero"`
	Source *sourceJSON   `json:"source,omitempty"`
}

func flowToJSON(path string, f Flow) (flowJSON, error) {
	m := flowJSON{Whole: f.Whole}
	var err error
	if f.Kind != FlowUnknown {
		if m.Kind, err = jsonEnum(jsonJoin(path, "kind"), f.Kind); err != nil {
			return m, err
		}
	}
	if m.Figure, err = reportedToJSON(jsonJoin(path, "figure"), f.Figure); err != nil {
		return m, err
	}
	if f.Source != (Source{}) {
		src := sourceToJSON(f.Source)
		m.Source = &src
	}
	return m, nil
}

func (m flowJSON) value(path string) (Flow, error) {
	f := Flow{Whole: m.Whole}
	var err error
	if m.Kind != "" {
		if err = parseJSONEnum(jsonJoin(path, "kind"), "flow kind", m.Kind, &f.Kind); err != nil {
			return Flow{}, err
		}
	}
	if f.Figure, err = m.Figure.value(jsonJoin(path, "figure")); err != nil {
		return Flow{}, err
	}
	if m.Source != nil {
		if f.Source, err = m.Source.value(jsonJoin(path, "source")); err != nil {
			return Flow{}, err
		}
	}
	return f, nil
}

// MarshalJSON implements [json.Marshaler]: {"kind":"returned",
// "figure":{…},"whole":true,"source":{…}}. It fails for an undefined kind.
func (f Flow) MarshalJSON() ([]byte, error) {
	return marshalMirror("flow", f, func(f Flow) (flowJSON, error) { return flowToJSON("", f) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Flow.MarshalJSON] writes.
func (f *Flow) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("flow", data, f, func(m flowJSON) (Flow, error) { return m.value("") })
}

type incidentJSON struct {
	ID                string            `json:"id,omitzero"`
	Row               string            `json:"row,omitzero"`
	Date              string            `json:"date,omitzero"`
	DatePrecision     string            `json:"date_precision,omitzero"`
	Victim            string            `json:"victim,omitzero"`
	VictimUnverified  bool              `json:"victim_unverified,omitzero"`
	FiledAs           string            `json:"filed_as,omitzero"`
	IdentifiedAs      string            `json:"identified_as,omitzero"`
	IdentifiedBy      string            `json:"identified_by,omitzero"`
	Country           string            `json:"country,omitzero"`
	CountryUnverified bool              `json:"country_unverified,omitzero"`
	VictimType        string            `json:"victim_type,omitzero"`
	Assets            []assetJSON       `json:"assets,omitzero"`
	Loss              json.RawMessage   `json:"loss,omitzero"`
	LossReport        *reportedJSON     `json:"loss_report,omitempty"`
	OtherLosses       []*reportedJSON   `json:"other_losses,omitzero"`
	LossUSD           []*reportedJSON   `json:"loss_usd,omitzero"`
	AttemptOnly       bool              `json:"attempt_only,omitzero"`
	Flows             []flowJSON        `json:"flows,omitzero"`
	Attributions      []attributionJSON `json:"attributions,omitzero"`
	StatedStatus      string            `json:"stated_status,omitzero"`
	StatedText        string            `json:"stated_text,omitzero"`
	Sources           []sourceJSON      `json:"sources,omitzero"`
	Unverified        []string          `json:"unverified,omitzero"`
	Notes             []string          `json:"notes,omitzero"`
}

// listToJSON converts each of vs with conv, which gets the element's path
// (path[i]); nil stays nil, and the first error is returned.
func listToJSON[T, M any](path string, vs []T, conv func(string, T) (M, error)) ([]M, error) {
	if vs == nil {
		return nil, nil
	}
	out := make([]M, len(vs))
	for i, v := range vs {
		var err error
		if out[i], err = conv(jsonIndex(path, i), v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// listFromJSON is the inverse of [listToJSON]: each mirror's value at its
// path.
func listFromJSON[T any, M interface{ value(string) (T, error) }](path string, ms []M) ([]T, error) {
	if ms == nil {
		return nil, nil
	}
	out := make([]T, len(ms))
	for i, m := range ms {
		var err error
		if out[i], err = m.value(jsonIndex(path, i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// reportedsToJSON marshals a list of Reported; a zero Reported in a list is
// written as {}.
func reportedsToJSON(path string, rs []Reported) ([]*reportedJSON, error) {
	if rs == nil {
		return nil, nil
	}
	out := make([]*reportedJSON, len(rs))
	for i, r := range rs {
		m, err := reportedToJSON(jsonIndex(path, i), r)
		if err != nil {
			return nil, err
		}
		if m == nil {
			m = &reportedJSON{}
		}
		out[i] = m
	}
	return out, nil
}

func sourcesToJSON(ss []Source) []sourceJSON {
	if ss == nil {
		return nil
	}
	out := make([]sourceJSON, len(ss))
	for i, s := range ss {
		out[i] = sourceToJSON(s)
	}
	return out
}

func incidentToJSON(inc Incident) (incidentJSON, error) {
	m := incidentJSON{
		ID: inc.ID, Row: inc.Row, Date: jsonDate(inc.Date),
		Victim: inc.Victim, VictimUnverified: inc.VictimUnverified,
		FiledAs: inc.FiledAs, IdentifiedAs: inc.IdentifiedAs, IdentifiedBy: inc.IdentifiedBy,
		CountryUnverified: inc.CountryUnverified, AttemptOnly: inc.AttemptOnly, StatedText: inc.StatedText,
		Sources:    sourcesToJSON(inc.Sources),
		Unverified: inc.Unverified, Notes: inc.Notes,
	}
	var err error
	if inc.DatePrecision != PrecisionUnknown {
		if m.DatePrecision, err = jsonEnum("date_precision", inc.DatePrecision); err != nil {
			return m, err
		}
	}
	if m.Country, err = jsonCountry("country", inc.Country); err != nil {
		return m, err
	}
	if inc.VictimType != VictimUnknown {
		if m.VictimType, err = jsonEnum("victim_type", inc.VictimType); err != nil {
			return m, err
		}
	}
	if m.Assets, err = listToJSON("assets", inc.Assets, assetToJSON); err != nil {
		return m, err
	}
	if m.Loss, err = jsonAmount("loss", inc.Loss); err != nil {
		return m, err
	}
	if m.LossReport, err = reportedToJSON("loss_report", inc.LossReport); err != nil {
		return m, err
	}
	if m.OtherLosses, err = reportedsToJSON("other_losses", inc.OtherLosses); err != nil {
		return m, err
	}
	if m.LossUSD, err = reportedsToJSON("loss_usd", inc.LossUSD); err != nil {
		return m, err
	}
	if m.Flows, err = listToJSON("flows", inc.Flows, flowToJSON); err != nil {
		return m, err
	}
	if inc.StatedStatus != StatusUnknown {
		if m.StatedStatus, err = jsonEnum("stated_status", inc.StatedStatus); err != nil {
			return m, err
		}
	}
	if m.Attributions, err = listToJSON("attributions", inc.Attributions, attributionToJSON); err != nil {
		return m, err
	}
	return m, nil
}

func (m incidentJSON) value() (Incident, error) {
	inc := Incident{
		ID: m.ID, Row: m.Row, Victim: m.Victim, VictimUnverified: m.VictimUnverified,
		FiledAs: m.FiledAs, IdentifiedAs: m.IdentifiedAs, IdentifiedBy: m.IdentifiedBy,
		CountryUnverified: m.CountryUnverified, AttemptOnly: m.AttemptOnly, StatedText: m.StatedText,
		Unverified: m.Unverified, Notes: m.Notes,
	}
	var err error
	if m.Date != "" {
		if inc.Date, err = parseJSONDate("date", m.Date); err != nil {
			return Incident{}, err
		}
	}
	if m.DatePrecision != "" {
		if err = parseJSONEnum("date_precision", "precision", m.DatePrecision, &inc.DatePrecision); err != nil {
			return Incident{}, err
		}
	}
	if m.Country != "" {
		if inc.Country, err = parseJSONCountry("country", m.Country); err != nil {
			return Incident{}, err
		}
	}
	if m.VictimType != "" {
		if err = parseJSONEnum("victim_type", "victim type", m.VictimType, &inc.VictimType); err != nil {
			return Incident{}, err
		}
	}
	if inc.Assets, err = listFromJSON[Asset]("assets", m.Assets); err != nil {
		return Incident{}, err
	}
	if inc.Loss, err = parseJSONAmount("loss", m.Loss); err != nil {
		return Incident{}, err
	}
	if inc.LossReport, err = m.LossReport.value("loss_report"); err != nil {
		return Incident{}, err
	}
	if inc.OtherLosses, err = listFromJSON[Reported]("other_losses", m.OtherLosses); err != nil {
		return Incident{}, err
	}
	if inc.LossUSD, err = listFromJSON[Reported]("loss_usd", m.LossUSD); err != nil {
		return Incident{}, err
	}
	if inc.Flows, err = listFromJSON[Flow]("flows", m.Flows); err != nil {
		return Incident{}, err
	}
	if m.StatedStatus != "" {
		if err = parseJSONEnum("stated_status", "status", m.StatedStatus, &inc.StatedStatus); err != nil {
			return Incident{}, err
		}
	}
	if inc.Attributions, err = listFromJSON[Attribution]("attributions", m.Attributions); err != nil {
		return Incident{}, err
	}
	if inc.Sources, err = listFromJSON[Source]("sources", m.Sources); err != nil {
		return Incident{}, err
	}
	return inc, nil
}

// marshalMirror marshals the mirror that conv makes of v, naming what in an
// error.
func marshalMirror[T, M any](what string, v T, conv func(T) (M, error)) ([]byte, error) {
	m, err := conv(v)
	if err != nil {
		return nil, fmt.Errorf("incidents: cannot marshal %s to JSON: %w", what, err)
	}
	return json.Marshal(m)
}

// unmarshalMirror decodes data into a mirror M and converts it with value. A
// JSON null leaves *dst unchanged.
func unmarshalMirror[T, M any](what string, data []byte, dst *T, value func(M) (T, error)) error {
	var m M
	null, err := decodeJSONStrict(data, &m)
	if err != nil {
		return jsonDecodeError(what, "", err)
	}
	if null {
		return nil
	}
	v, err := value(m)
	if err != nil {
		return jsonDecodeError(what, "", err)
	}
	*dst = v
	return nil
}

// MarshalJSON implements [json.Marshaler] in the package's JSON style (see
// the package documentation): {"id":"2022-ronin-bridge","date":"2022-03-23",
// "country":…}. It returns an error if a field holds an undefined
// enumeration value, a region that is not an ISO 3166-1 alpha-2 country, or
// an amount in an invalid currency, naming the field.
func (inc Incident) MarshalJSON() ([]byte, error) {
	return marshalMirror(fmt.Sprintf("incident %s", jsonClip(inc.ID)), inc, incidentToJSON)
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Incident.MarshalJSON] writes. It returns an error naming the field for
// an unknown key, currency, country or enumeration name, or a malformed
// date or decimal. It does not call [Incident.Validate].
func (inc *Incident) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("incident", data, inc, incidentJSON.value)
}

// MarshalJSON implements [json.Marshaler]: {"actor":…,"clusters":[…],
// "by":…,"date":"2022-04-14","status":"confirmed","source":{…}}. It
// returns an error for an undefined cluster, precision or status.
func (a Attribution) MarshalJSON() ([]byte, error) {
	return marshalMirror("attribution", a, func(a Attribution) (attributionJSON, error) { return attributionToJSON("", a) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Attribution.MarshalJSON] writes, and fails naming the field on an
// unknown key or name or a malformed date.
func (a *Attribution) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("attribution", data, a, func(m attributionJSON) (Attribution, error) { return m.value("") })
}

// MarshalJSON implements [json.Marshaler]:
// {"by":…,"date":"2022-04-14","url":…,"note":…}.
func (s Source) MarshalJSON() ([]byte, error) {
	return json.Marshal(sourceToJSON(s))
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Source.MarshalJSON] writes, and fails on an unknown key or a malformed
// date.
func (s *Source) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("source", data, s, func(m sourceJSON) (Source, error) { return m.value("") })
}

// MarshalJSON implements [json.Marshaler]:
// {"symbol":"ETH","quantity":"173600","qualifier":"about","by":…}; the
// quantity is a decimal string.
func (a Asset) MarshalJSON() ([]byte, error) {
	return marshalMirror("asset", a, func(a Asset) (assetJSON, error) { return assetToJSON("", a) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Asset.MarshalJSON] writes. The quantity is required and must be a plain
// decimal string (no exponent).
func (a *Asset) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("asset", data, a, func(m assetJSON) (Asset, error) { return m.value("") })
}

// MarshalJSON implements [json.Marshaler]: {"figure":{"qualifier":"about",
// "amount":{…},"equivalent":{…}},"high":{…},"as_printed":…,"by":…}. The
// zero Reported is {}.
func (r Reported) MarshalJSON() ([]byte, error) {
	m, err := reportedToJSON("", r)
	if err != nil {
		return nil, fmt.Errorf("incidents: cannot marshal reported figure to JSON: %w", err)
	}
	if m == nil {
		m = &reportedJSON{}
	}
	return json.Marshal(m)
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Reported.MarshalJSON] writes.
func (r *Reported) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("reported figure", data, r, func(m reportedJSON) (Reported, error) { return (&m).value("") })
}

type periodJSON struct {
	From string `json:"from,omitzero"`
	To   string `json:"to,omitzero"`
}

func periodToJSON(p Period) *periodJSON {
	if p.From.IsZero() && p.To.IsZero() {
		return nil
	}
	return &periodJSON{From: jsonDate(p.From), To: jsonDate(p.To)}
}

func (m *periodJSON) value(path string) (Period, error) {
	var p Period
	if m == nil {
		return p, nil
	}
	var err error
	if m.From != "" {
		if p.From, err = parseJSONDate(jsonJoin(path, "from"), m.From); err != nil {
			return Period{}, err
		}
	}
	if m.To != "" {
		if p.To, err = parseJSONDate(jsonJoin(path, "to"), m.To); err != nil {
			return Period{}, err
		}
	}
	return p, nil
}

type partJSON struct {
	Label    string      `json:"label,omitzero"`
	Figure   *figureJSON `json:"figure,omitempty"`
	Incident string      `json:"incident,omitzero"`
}

func partToJSON(path string, p Part) (partJSON, error) {
	f, err := figureToJSON(jsonJoin(path, "figure"), p.Figure)
	return partJSON{Label: p.Label, Figure: f, Incident: p.Incident}, err
}

func (m partJSON) value(path string) (Part, error) {
	f, err := m.Figure.value(jsonJoin(path, "figure"))
	if err != nil {
		return Part{}, err
	}
	return Part{Label: m.Label, Figure: f, Incident: m.Incident}, nil
}

type countJSON struct {
	N         int    `json:"n"`
	Qualifier string `json:"qualifier,omitzero"`
	Unit      string `json:"unit,omitzero"`
}

func countToJSON(path string, c Count) (countJSON, error) {
	m := countJSON{N: c.N, Unit: c.Unit}
	if c.Qualifier != currency.Exact {
		var err error
		if m.Qualifier, err = jsonEnum(jsonJoin(path, "qualifier"), c.Qualifier); err != nil {
			return m, err
		}
	}
	return m, nil
}

func (m countJSON) value(path string) (Count, error) {
	c := Count{N: m.N, Unit: m.Unit}
	if m.Qualifier != "" {
		if err := parseJSONEnum(jsonJoin(path, "qualifier"), "qualifier", m.Qualifier, &c.Qualifier); err != nil {
			return Count{}, err
		}
	}
	return c, nil
}

type estimateJSON struct {
	ID                 string       `json:"id,omitzero"`
	Row                string       `json:"row,omitzero"`
	Publisher          string       `json:"publisher,omitzero"`
	Venue              string       `json:"venue,omitzero"`
	Published          string       `json:"published,omitzero"`
	PublishedPrecision string       `json:"published_precision,omitzero"`
	Period             *periodJSON  `json:"period,omitempty"`
	PeriodAsPrinted    string       `json:"period_as_printed,omitzero"`
	Scope              string       `json:"scope,omitzero"`
	Country            string       `json:"country,omitzero"`
	Incident           string       `json:"incident,omitzero"`
	ScopeAsPrinted     string       `json:"scope_as_printed,omitzero"`
	Figure             *figureJSON  `json:"figure,omitempty"`
	AsPrinted          string       `json:"as_printed,omitzero"`
	EquivalentBy       string       `json:"equivalent_by,omitzero"`
	Attacks            *countJSON   `json:"attacks,omitempty"`
	Attempted          bool         `json:"attempted,omitzero"`
	AllActors          bool         `json:"all_actors,omitzero"`
	Parts              []partJSON   `json:"parts,omitzero"`
	Revises            string       `json:"revises,omitzero"`
	Revision           string       `json:"revision,omitzero"`
	RevisedBy          []string     `json:"revised_by,omitzero"`
	Verification       string       `json:"verification,omitzero"`
	Unverified         []string     `json:"unverified,omitzero"`
	Notes              []string     `json:"notes,omitzero"`
	Sources            []sourceJSON `json:"sources,omitzero"`
}

func estimateToJSON(e Estimate) (estimateJSON, error) {
	m := estimateJSON{
		ID: e.ID, Row: e.Row, Venue: e.Venue, Published: jsonDate(e.Published),
		Attempted: e.Attempted, AllActors: e.AllActors, RevisedBy: e.RevisedBy,
		Period: periodToJSON(e.Period), PeriodAsPrinted: e.PeriodAsPrinted,
		Incident: e.Incident, ScopeAsPrinted: e.ScopeAsPrinted,
		AsPrinted: e.AsPrinted, EquivalentBy: e.EquivalentBy, Revises: e.Revises,
		Unverified: e.Unverified, Notes: e.Notes, Sources: sourcesToJSON(e.Sources),
	}
	var err error
	if e.Publisher != PublisherUnknown {
		if m.Publisher, err = jsonEnum("publisher", e.Publisher); err != nil {
			return m, err
		}
	}
	if e.Revision != NoRevision {
		if m.Revision, err = jsonEnum("revision", e.Revision); err != nil {
			return m, err
		}
	}
	if !e.Attacks.IsZero() {
		c, err := countToJSON("attacks", e.Attacks)
		if err != nil {
			return m, err
		}
		m.Attacks = &c
	}
	if e.PublishedPrecision != PrecisionUnknown {
		if m.PublishedPrecision, err = jsonEnum("published_precision", e.PublishedPrecision); err != nil {
			return m, err
		}
	}
	if e.Scope != ScopeUnknown {
		if m.Scope, err = jsonEnum("scope", e.Scope); err != nil {
			return m, err
		}
	}
	if m.Country, err = jsonCountry("country", e.Country); err != nil {
		return m, err
	}
	if m.Figure, err = figureToJSON("figure", e.Figure); err != nil {
		return m, err
	}
	if m.Parts, err = listToJSON("parts", e.Parts, partToJSON); err != nil {
		return m, err
	}
	if e.Verification != VerificationUnknown {
		if m.Verification, err = jsonEnum("verification", e.Verification); err != nil {
			return m, err
		}
	}
	return m, nil
}

func (m estimateJSON) value() (Estimate, error) {
	e := Estimate{
		ID: m.ID, Row: m.Row, Venue: m.Venue, PeriodAsPrinted: m.PeriodAsPrinted,
		Attempted: m.Attempted, AllActors: m.AllActors, RevisedBy: m.RevisedBy,
		Incident: m.Incident, ScopeAsPrinted: m.ScopeAsPrinted, AsPrinted: m.AsPrinted,
		EquivalentBy: m.EquivalentBy, Revises: m.Revises, Unverified: m.Unverified, Notes: m.Notes,
	}
	var err error
	if m.Publisher != "" {
		if err = parseJSONEnum("publisher", "publisher", m.Publisher, &e.Publisher); err != nil {
			return Estimate{}, err
		}
	}
	if m.Revision != "" {
		if err = parseJSONEnum("revision", "revision", m.Revision, &e.Revision); err != nil {
			return Estimate{}, err
		}
	}
	if m.Attacks != nil {
		if e.Attacks, err = m.Attacks.value("attacks"); err != nil {
			return Estimate{}, err
		}
	}
	if m.Published != "" {
		if e.Published, err = parseJSONDate("published", m.Published); err != nil {
			return Estimate{}, err
		}
	}
	if m.PublishedPrecision != "" {
		if err = parseJSONEnum("published_precision", "precision", m.PublishedPrecision, &e.PublishedPrecision); err != nil {
			return Estimate{}, err
		}
	}
	if e.Period, err = m.Period.value("period"); err != nil {
		return Estimate{}, err
	}
	if m.Scope != "" {
		if err = parseJSONEnum("scope", "scope", m.Scope, &e.Scope); err != nil {
			return Estimate{}, err
		}
	}
	if m.Country != "" {
		if e.Country, err = parseJSONCountry("country", m.Country); err != nil {
			return Estimate{}, err
		}
	}
	if e.Figure, err = m.Figure.value("figure"); err != nil {
		return Estimate{}, err
	}
	if e.Parts, err = listFromJSON[Part]("parts", m.Parts); err != nil {
		return Estimate{}, err
	}
	if m.Verification != "" {
		if err = parseJSONEnum("verification", "verification", m.Verification, &e.Verification); err != nil {
			return Estimate{}, err
		}
	}
	if e.Sources, err = listFromJSON[Source]("sources", m.Sources); err != nil {
		return Estimate{}, err
	}
	return e, nil
}

// MarshalJSON implements [json.Marshaler] in the package's JSON style:
// {"id":"N2","publisher":…,"published":"2022-12-22","period":{"from":…,
// "to":…},"scope":"crypto","country":"KR","figure":{…},…}. It returns an
// error naming the field for an undefined enumeration value, a region that
// is not an ISO 3166-1 alpha-2 country or an amount in an invalid currency.
func (e Estimate) MarshalJSON() ([]byte, error) {
	return marshalMirror(fmt.Sprintf("estimate %s", jsonClip(e.ID)), e, estimateToJSON)
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Estimate.MarshalJSON] writes, and fails naming the field for an unknown
// key, currency, country or enumeration name, or a malformed date.
func (e *Estimate) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("estimate", data, e, estimateJSON.value)
}

// MarshalJSON implements [json.Marshaler]: {"from":"2017-01-01",
// "to":"2022-12-22"}; an open end is left out.
func (p Period) MarshalJSON() ([]byte, error) {
	m := periodToJSON(p)
	if m == nil {
		m = &periodJSON{}
	}
	return json.Marshal(m)
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Period.MarshalJSON] writes.
func (p *Period) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("period", data, p, func(m periodJSON) (Period, error) { return (&m).value("") })
}

// MarshalJSON implements [json.Marshaler]: {"label":"DeFi","figure":{…},
// "incident":…}.
func (p Part) MarshalJSON() ([]byte, error) {
	return marshalMirror("part", p, func(p Part) (partJSON, error) { return partToJSON("", p) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Part.MarshalJSON] writes.
func (p *Part) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("part", data, p, func(m partJSON) (Part, error) { return m.value("") })
}

// Aggregation results.

type itemJSON struct {
	ID     string          `json:"id"`
	Date   string          `json:"date,omitzero"`
	Amount json.RawMessage `json:"amount,omitzero"`
}

func itemToJSON(path string, it Item) (itemJSON, error) {
	a, err := jsonAmount(jsonJoin(path, "amount"), it.Amount)
	return itemJSON{ID: it.ID, Date: jsonDate(it.Date), Amount: a}, err
}

func (m itemJSON) value(path string) (Item, error) {
	it := Item{ID: m.ID}
	var err error
	if m.Date != "" {
		if it.Date, err = parseJSONDate(jsonJoin(path, "date"), m.Date); err != nil {
			return Item{}, err
		}
	}
	if it.Amount, err = parseJSONAmount(jsonJoin(path, "amount"), m.Amount); err != nil {
		return Item{}, err
	}
	return it, nil
}

// sumJSON is a Sum: totals as a list of amounts in currency order (a
// [currency.Totals] holds one amount per currency), the items, the IDs
// without an amount.
type sumJSON struct {
	Totals  []json.RawMessage `json:"totals"`
	Items   []itemJSON        `json:"items,omitzero"`
	Missing []string          `json:"missing,omitzero"`
}

func sumToJSON(s Sum) (sumJSON, error) {
	m := sumJSON{Totals: []json.RawMessage{}, Missing: s.Missing}
	i := 0
	for a := range s.Totals.All() {
		b, err := a.MarshalJSON()
		if err != nil {
			return m, jsonAt(jsonIndex("totals", i), err)
		}
		m.Totals = append(m.Totals, b)
		i++
	}
	var err error
	m.Items, err = listToJSON("items", s.Items(), itemToJSON)
	return m, err
}

func (m sumJSON) value() (Sum, error) {
	var totals currency.Totals
	seen := make(map[currency.Currency]bool, len(m.Totals))
	for i, raw := range m.Totals {
		p := jsonIndex("totals", i)
		if raw == nil || string(bytes.TrimSpace(raw)) == "null" {
			return Sum{}, jsonAt(p, errors.New("null total"))
		}
		a, err := parseJSONAmount(p, raw)
		if err != nil {
			return Sum{}, err
		}
		if seen[a.Currency()] {
			return Sum{}, jsonAt(p, fmt.Errorf("second total in %v", a.Currency()))
		}
		seen[a.Currency()] = true
		totals.Add(a)
	}
	items, err := listFromJSON[Item]("items", m.Items)
	if err != nil {
		return Sum{}, err
	}
	s := MakeSum(items, m.Missing)
	s.Totals = totals
	return s, nil
}

// MarshalJSON implements [json.Marshaler]: {"id":"2022-ronin-bridge",
// "date":"2022-03-23","amount":{…}}.
func (it Item) MarshalJSON() ([]byte, error) {
	return marshalMirror("item", it, func(it Item) (itemJSON, error) { return itemToJSON("", it) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Item.MarshalJSON] writes.
func (it *Item) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("item", data, it, func(m itemJSON) (Item, error) { return m.value("") })
}

// MarshalJSON implements [json.Marshaler]: {"totals":[{"amount":…,
// "currency":"KRW"},…],"items":[…],"missing":[…]}. The totals are one
// amount per currency, in currency order, exact; "totals" is [] for an
// empty Sum.
func (s Sum) MarshalJSON() ([]byte, error) {
	return marshalMirror("sum", s, sumToJSON)
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Sum.MarshalJSON] writes, and fails on an unknown key or currency, a
// malformed amount or date, or two totals in one currency. It does not
// check that the totals add up to the items.
func (s *Sum) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("sum", data, s, sumJSON.value)
}

// The group results are a Sum with their key in front: {"year":2022,
// "totals":…,"items":…,"missing":…}.

type yearTotalJSON struct {
	Year int `json:"year"`
	sumJSON
}

type countryTotalJSON struct {
	Country    string `json:"country,omitzero"`
	Unverified bool   `json:"unverified,omitzero"`
	sumJSON
}

type actorTotalJSON struct {
	Cluster string `json:"cluster"`
	sumJSON
}

type statusTotalJSON struct {
	Status string `json:"status"`
	sumJSON
}

type typeTotalJSON struct {
	VictimType string `json:"victim_type"`
	sumJSON
}

// MarshalJSON implements [json.Marshaler]: {"year":2022,"totals":[…],
// "items":[…],"missing":[…]}; year 0 holds the incidents without a date.
func (y YearTotal) MarshalJSON() ([]byte, error) {
	return marshalMirror("year total", y, func(y YearTotal) (yearTotalJSON, error) {
		s, err := sumToJSON(y.Sum)
		return yearTotalJSON{y.Year, s}, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [YearTotal.MarshalJSON] writes.
func (y *YearTotal) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("year total", data, y, func(m yearTotalJSON) (YearTotal, error) {
		s, err := m.sumJSON.value()
		return YearTotal{Year: m.Year, Sum: s}, err
	})
}

// MarshalJSON implements [json.Marshaler]: {"country":"KR",
// "unverified":true,"totals":…}; the unknown country (the zero Region)
// has no "country" key. It fails for a region that is not an ISO 3166-1
// alpha-2 country.
func (c CountryTotal) MarshalJSON() ([]byte, error) {
	return marshalMirror("country total", c, func(c CountryTotal) (countryTotalJSON, error) {
		code, err := jsonCountry("country", c.Country)
		if err != nil {
			return countryTotalJSON{}, err
		}
		s, err := sumToJSON(c.Sum)
		return countryTotalJSON{code, c.Unverified, s}, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [CountryTotal.MarshalJSON] writes.
func (c *CountryTotal) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("country total", data, c, func(m countryTotalJSON) (CountryTotal, error) {
		out := CountryTotal{Unverified: m.Unverified}
		var err error
		if m.Country != "" {
			if out.Country, err = parseJSONCountry("country", m.Country); err != nil {
				return CountryTotal{}, err
			}
		}
		out.Sum, err = m.sumJSON.value()
		return out, err
	})
}

// MarshalJSON implements [json.Marshaler]: {"cluster":"Lazarus Group",
// "totals":…}. It fails for an undefined Cluster.
func (a ActorTotal) MarshalJSON() ([]byte, error) {
	return marshalMirror("actor total", a, func(a ActorTotal) (actorTotalJSON, error) {
		c, err := jsonEnum("cluster", a.Cluster)
		if err != nil {
			return actorTotalJSON{}, err
		}
		s, err := sumToJSON(a.Sum)
		return actorTotalJSON{c, s}, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [ActorTotal.MarshalJSON] writes.
func (a *ActorTotal) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("actor total", data, a, func(m actorTotalJSON) (ActorTotal, error) {
		var out ActorTotal
		if err := parseJSONEnum("cluster", "cluster", m.Cluster, &out.Cluster); err != nil {
			return ActorTotal{}, err
		}
		var err error
		out.Sum, err = m.sumJSON.value()
		return out, err
	})
}

// MarshalJSON implements [json.Marshaler]: {"status":"confirmed",
// "totals":…}. It fails for an undefined Status.
func (st StatusTotal) MarshalJSON() ([]byte, error) {
	return marshalMirror("status total", st, func(st StatusTotal) (statusTotalJSON, error) {
		v, err := jsonEnum("status", st.Status)
		if err != nil {
			return statusTotalJSON{}, err
		}
		s, err := sumToJSON(st.Sum)
		return statusTotalJSON{v, s}, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [StatusTotal.MarshalJSON] writes.
func (st *StatusTotal) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("status total", data, st, func(m statusTotalJSON) (StatusTotal, error) {
		var out StatusTotal
		if err := parseJSONEnum("status", "status", m.Status, &out.Status); err != nil {
			return StatusTotal{}, err
		}
		var err error
		out.Sum, err = m.sumJSON.value()
		return out, err
	})
}

// MarshalJSON implements [json.Marshaler]: {"victim_type":"exchange",
// "totals":…}. It fails for an undefined VictimType.
func (t TypeTotal) MarshalJSON() ([]byte, error) {
	return marshalMirror("victim type total", t, func(t TypeTotal) (typeTotalJSON, error) {
		v, err := jsonEnum("victim_type", t.VictimType)
		if err != nil {
			return typeTotalJSON{}, err
		}
		s, err := sumToJSON(t.Sum)
		return typeTotalJSON{v, s}, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [TypeTotal.MarshalJSON] writes.
func (t *TypeTotal) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("victim type total", data, t, func(m typeTotalJSON) (TypeTotal, error) {
		var out TypeTotal
		if err := parseJSONEnum("victim_type", "victim type", m.VictimType, &out.VictimType); err != nil {
			return TypeTotal{}, err
		}
		var err error
		out.Sum, err = m.sumJSON.value()
		return out, err
	})
}
