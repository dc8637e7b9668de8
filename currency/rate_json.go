package currency

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// rateJSON is the JSON form of a Rate.
type rateJSON struct {
	From   Currency `json:"from"`
	To     Currency `json:"to"`
	Value  string   `json:"value"`
	Date   string   `json:"date,omitzero"`
	Span   Span     `json:"span,omitzero"`
	Status Status   `json:"status,omitzero"`
	Source string   `json:"source,omitzero"`
}

// MarshalJSON implements [json.Marshaler]:
// {"from":"USD","to":"KRW","value":"1291.7796","date":"2022-01-01","span":"Year","status":"Primary","source":"…"}.
// The value is an exact decimal string with every digit the rate has
// ("1.3800"); an unset date, span, status or
// source is left out. It fails for an invalid currency or an undefined
// span or status.
func (r Rate) MarshalJSON() ([]byte, error) {
	j := rateJSON{From: r.From, To: r.To, Value: plain(r.Value), Span: r.Span, Status: r.Status, Source: r.Source}
	if !r.Date.IsZero() {
		j.Date = r.Date.Format(time.DateOnly)
	}
	b, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("currency: cannot marshal rate %v: %w", r, err)
	}
	return b, nil
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads the form of
// MarshalJSON; "from", "to" and "value" are required. A JSON null leaves r
// unchanged. It returns an error naming the field for an unknown key (a
// misspelt "source" would otherwise vanish unseen), an unknown currency,
// span or status, a value that is not a decimal string within the bounds
// of an amount, or a date that is not "YYYY-MM-DD". It does not check what
// [NewRates] checks (a positive value, a span): a Rate may be incomplete.
func (r *Rate) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var raw struct {
		From   *string `json:"from"`
		To     *string `json:"to"`
		Value  *string `json:"value"`
		Date   string  `json:"date"`
		Span   string  `json:"span"`
		Status string  `json:"status"`
		Source string  `json:"source"`
	}
	fail := func(field string, err error) error {
		return fmt.Errorf("currency: cannot unmarshal rate from JSON: %s: %w", field, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("currency: cannot unmarshal rate from JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("currency: cannot unmarshal rate from JSON: data after the object")
	}
	var out Rate
	for _, f := range []struct {
		name string
		in   *string
		c    *Currency
	}{{"from", raw.From, &out.From}, {"to", raw.To, &out.To}} {
		if f.in == nil {
			return fail(f.name, fmt.Errorf("missing"))
		}
		c, err := ParseCurrency(*f.in)
		if err != nil {
			return fail(f.name, err)
		}
		*f.c = c
	}
	if raw.Value == nil {
		return fail("value", fmt.Errorf("missing"))
	}
	v, err := parseBounded(*raw.Value, MaxIntegerDigits, MaxFractionDigits, "a rate")
	if err != nil {
		return fail("value", err)
	}
	out.Value = v
	if raw.Date != "" {
		d, err := time.Parse(time.DateOnly, raw.Date)
		if err != nil {
			return fail("date", fmt.Errorf("%s is not YYYY-MM-DD", quote(raw.Date)))
		}
		out.Date = d
	}
	if raw.Span != "" {
		if err := out.Span.UnmarshalText([]byte(raw.Span)); err != nil {
			return fail("span", err)
		}
	}
	if raw.Status != "" {
		if err := out.Status.UnmarshalText([]byte(raw.Status)); err != nil {
			return fail("status", err)
		}
	}
	out.Source = raw.Source
	*r = out
	return nil
}

// MarshalJSON implements [json.Marshaler]: the rates of [Rates.All] as a
// JSON array of [Rate.MarshalJSON] objects. An empty table is [].
func (t Rates) MarshalJSON() ([]byte, error) {
	all := t.All()
	if all == nil {
		all = []Rate{}
	}
	b, err := json.Marshal(all)
	if err != nil {
		return nil, fmt.Errorf("currency: cannot marshal rates: %w", err)
	}
	return b, nil
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads an array of rates
// and builds the table with [NewRates], failing as NewRates does (naming
// the rate by index). A JSON null leaves t unchanged.
func (t *Rates) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var rs []Rate
	if err := json.Unmarshal(data, &rs); err != nil {
		return fmt.Errorf("currency: cannot unmarshal rates from JSON: %w", err)
	}
	u, err := NewRates(rs...)
	if err != nil {
		return fmt.Errorf("currency: cannot unmarshal rates from JSON: %w", err)
	}
	*t = u
	return nil
}
