package currency

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// MarshalJSON implements [json.Marshaler]. It writes an object with the
// keys "qualifier", "amount", "equivalent_qualifier", "equivalent",
// "high_qualifier", "high", "high_equivalent_qualifier" and
// "high_equivalent", in that order, leaving out Exact qualifiers and zero
// Amounts without currency: {"qualifier":"about","amount":{"amount":
// "1500000000000","currency":"KRW"},"equivalent":{…}}. Qualifiers are
// written by name, amounts in the form of [Amount.MarshalJSON].
//
// MarshalJSON returns an error for an invalid qualifier or currency, and
// for a figure [Figure.UnmarshalJSON] would reject (a qualifier without its
// amount, a high end or equivalent without the amount, ends in two
// currencies), so that what it writes always reads back.
func (f Figure) MarshalJSON() ([]byte, error) {
	if err := f.checkJSON(); err != nil {
		return nil, fmt.Errorf("currency: cannot marshal figure: %w", err)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	key := func(k string) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(`"` + k + `":`)
	}
	for _, p := range f.jsonParts() {
		if p.q != Exact {
			t, err := p.q.MarshalText()
			if err != nil {
				return nil, fmt.Errorf("currency: cannot marshal figure: %q: %w", p.qkey, err)
			}
			key(p.qkey)
			b.WriteString(`"` + string(t) + `"`)
		}
		if !p.a.empty() {
			j, err := p.a.MarshalJSON()
			if err != nil {
				return nil, fmt.Errorf("currency: cannot marshal figure: %q: %w", p.akey, err)
			}
			key(p.akey)
			b.Write(j)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what
// [Figure.MarshalJSON] writes. A missing key is an Exact qualifier or the
// zero Amount; a JSON null leaves f unchanged.
//
// UnmarshalJSON returns an error naming the key for an unknown key, an
// unknown qualifier name, an amount [Amount.UnmarshalJSON] rejects, a
// qualifier without its amount, a high end or equivalent without the
// amount, a high end in another currency than the amount, or a high
// equivalent in another currency than the equivalent.
func (f *Figure) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var raw struct {
		Qualifier               json.RawMessage `json:"qualifier"`
		Amount                  json.RawMessage `json:"amount"`
		EquivalentQualifier     json.RawMessage `json:"equivalent_qualifier"`
		Equivalent              json.RawMessage `json:"equivalent"`
		HighQualifier           json.RawMessage `json:"high_qualifier"`
		High                    json.RawMessage `json:"high"`
		HighEquivalentQualifier json.RawMessage `json:"high_equivalent_qualifier"`
		HighEquivalent          json.RawMessage `json:"high_equivalent"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return fmt.Errorf("currency: cannot unmarshal figure from JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("currency: cannot unmarshal figure from JSON: data after the object")
	}
	var g Figure
	for _, p := range [...]struct {
		qkey, akey string
		qraw, araw json.RawMessage
		q          *Qualifier
		a          *Amount
	}{
		{"qualifier", "amount", raw.Qualifier, raw.Amount, &g.Qualifier, &g.Amount},
		{"equivalent_qualifier", "equivalent", raw.EquivalentQualifier, raw.Equivalent, &g.EquivalentQualifier, &g.Equivalent},
		{"high_qualifier", "high", raw.HighQualifier, raw.High, &g.HighQualifier, &g.High},
		{"high_equivalent_qualifier", "high_equivalent", raw.HighEquivalentQualifier, raw.HighEquivalent, &g.HighEquivalentQualifier, &g.HighEquivalent},
	} {
		if p.araw != nil && string(p.araw) != "null" {
			if err := p.a.UnmarshalJSON(p.araw); err != nil {
				return fmt.Errorf("currency: cannot unmarshal figure from JSON: %q: %w", p.akey, err)
			}
		}
		if p.qraw != nil && string(p.qraw) != "null" {
			var name string
			if err := json.Unmarshal(p.qraw, &name); err != nil {
				return fmt.Errorf("currency: cannot unmarshal figure from JSON: %q: want a qualifier name", p.qkey)
			}
			if err := p.q.UnmarshalText([]byte(name)); err != nil {
				return fmt.Errorf("currency: cannot unmarshal figure from JSON: %q: %w", p.qkey, err)
			}
		}
	}
	if err := g.checkJSON(); err != nil {
		return fmt.Errorf("currency: cannot unmarshal figure from JSON: %w", err)
	}
	*f = g
	return nil
}

// jsonPart is one end of a figure in its JSON form: a qualifier and an
// amount, with their keys.
type jsonPart struct {
	qkey, akey string
	q          Qualifier
	a          Amount
}

// jsonParts returns f's four qualifier and amount pairs in the order the
// JSON form writes them.
func (f Figure) jsonParts() [4]jsonPart {
	return [4]jsonPart{
		{"qualifier", "amount", f.Qualifier, f.Amount},
		{"equivalent_qualifier", "equivalent", f.EquivalentQualifier, f.Equivalent},
		{"high_qualifier", "high", f.HighQualifier, f.High},
		{"high_equivalent_qualifier", "high_equivalent", f.HighEquivalentQualifier, f.HighEquivalent},
	}
}

// checkJSON reports, naming the keys, what makes f a figure the JSON form
// cannot carry: the one rule of MarshalJSON and UnmarshalJSON.
func (f Figure) checkJSON() error {
	for _, p := range f.jsonParts() {
		if p.q != Exact && p.a.empty() {
			return fmt.Errorf("%q without %q", p.qkey, p.akey)
		}
	}
	switch {
	case f.Amount.empty() && !(f.Equivalent.empty() && f.High.empty()):
		return fmt.Errorf("%q or %q without \"amount\"", "equivalent", "high")
	case f.High.empty() && !f.HighEquivalent.empty():
		return fmt.Errorf("\"high_equivalent\" without \"high\"")
	case !f.High.empty() && f.High.c != f.Amount.c:
		return fmt.Errorf("\"high\" is in %v, \"amount\" in %v", f.High.c, f.Amount.c)
	case !f.HighEquivalent.empty() && !f.Equivalent.empty() && f.HighEquivalent.c != f.Equivalent.c:
		return fmt.Errorf("\"high_equivalent\" is in %v, \"equivalent\" in %v", f.HighEquivalent.c, f.Equivalent.c)
	}
	return nil
}
