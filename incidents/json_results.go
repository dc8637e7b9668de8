package incidents

import "encoding/json"

// JSON for the result types of queries and conversions, in the style of
// json.go.

// MarshalJSON implements [json.Marshaler]: {"n":58,"qualifier":"at least",
// "unit":"attacks"}; the zero Count is {"n":0}.
func (c Count) MarshalJSON() ([]byte, error) {
	return marshalMirror("count", c, func(c Count) (countJSON, error) { return countToJSON("", c) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Count.MarshalJSON] writes.
func (c *Count) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("count", data, c, func(m countJSON) (Count, error) { return m.value("") })
}

type asOfJSON struct {
	Day          string            `json:"day,omitzero"`
	Status       string            `json:"status,omitzero"`
	Disputed     bool              `json:"disputed,omitzero"`
	Made         []attributionJSON `json:"made,omitzero"`
	Undetermined []attributionJSON `json:"undetermined,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"day":"2022-12-22",
// "status":"confirmed","disputed":true,"made":[…],"undetermined":[…]}.
func (a AsOf) MarshalJSON() ([]byte, error) {
	return marshalMirror("attribution status", a, func(a AsOf) (asOfJSON, error) {
		m := asOfJSON{Day: jsonDate(a.Day), Disputed: a.Disputed}
		var err error
		if a.Status != StatusUnknown {
			if m.Status, err = jsonEnum("status", a.Status); err != nil {
				return m, err
			}
		}
		if m.Made, err = listToJSON("made", a.Made, attributionToJSON); err != nil {
			return m, err
		}
		m.Undetermined, err = listToJSON("undetermined", a.Undetermined, attributionToJSON)
		return m, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [AsOf.MarshalJSON] writes.
func (a *AsOf) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("attribution status", data, a, func(m asOfJSON) (AsOf, error) {
		out := AsOf{Disputed: m.Disputed}
		var err error
		if m.Day != "" {
			if out.Day, err = parseJSONDate("day", m.Day); err != nil {
				return AsOf{}, err
			}
		}
		if m.Status != "" {
			if err = parseJSONEnum("status", "status", m.Status, &out.Status); err != nil {
				return AsOf{}, err
			}
		}
		if out.Made, err = listFromJSON[Attribution]("made", m.Made); err != nil {
			return AsOf{}, err
		}
		out.Undetermined, err = listFromJSON[Attribution]("undetermined", m.Undetermined)
		return out, err
	})
}

type coinPriceJSON struct {
	Coins *assetJSON      `json:"coins,omitempty"`
	Value *reportedJSON   `json:"value,omitempty"`
	Price json.RawMessage `json:"price,omitzero"`
	High  json.RawMessage `json:"high,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"coins":{…},"value":{…},
// "price":{"amount":"141.812865497076","currency":"USD"},"high":{…}}.
func (p CoinPrice) MarshalJSON() ([]byte, error) {
	return marshalMirror("coin price", p, func(p CoinPrice) (coinPriceJSON, error) {
		var m coinPriceJSON
		a, err := assetToJSON("coins", p.Coins)
		if err != nil {
			return m, err
		}
		m.Coins = &a
		if m.Value, err = reportedToJSON("value", p.Value); err != nil {
			return m, err
		}
		if m.Price, err = jsonAmount("price", p.Price); err != nil {
			return m, err
		}
		m.High, err = jsonAmount("high", p.High)
		return m, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [CoinPrice.MarshalJSON] writes.
func (p *CoinPrice) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("coin price", data, p, func(m coinPriceJSON) (CoinPrice, error) {
		var out CoinPrice
		var err error
		if m.Coins != nil {
			if out.Coins, err = m.Coins.value("coins"); err != nil {
				return CoinPrice{}, err
			}
		}
		if out.Value, err = m.Value.value("value"); err != nil {
			return CoinPrice{}, err
		}
		if out.Price, err = parseJSONAmount("price", m.Price); err != nil {
			return CoinPrice{}, err
		}
		out.High, err = parseJSONAmount("high", m.High)
		return out, err
	})
}

type ratioJSON struct {
	Part  json.RawMessage `json:"part,omitzero"`
	Whole json.RawMessage `json:"whole,omitzero"`
	Value string          `json:"value"`
}

// MarshalJSON implements [json.Marshaler]: {"part":{…},"whole":{…},
// "value":"0.5275…"}; the value is the exact decimal string.
func (r Ratio) MarshalJSON() ([]byte, error) {
	return marshalMirror("ratio", r, func(r Ratio) (ratioJSON, error) {
		m := ratioJSON{Value: r.Value.String()}
		var err error
		if m.Part, err = jsonAmount("part", r.Part); err != nil {
			return m, err
		}
		m.Whole, err = jsonAmount("whole", r.Whole)
		return m, err
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Ratio.MarshalJSON] writes.
func (r *Ratio) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("ratio", data, r, func(m ratioJSON) (Ratio, error) {
		var out Ratio
		var err error
		if out.Part, err = parseJSONAmount("part", m.Part); err != nil {
			return Ratio{}, err
		}
		if out.Whole, err = parseJSONAmount("whole", m.Whole); err != nil {
			return Ratio{}, err
		}
		if out.Value, err = parseJSONDecimal(m.Value); err != nil {
			return Ratio{}, jsonAt("value", err)
		}
		return out, nil
	})
}

type conversionJSON struct {
	itemJSON
	Converted json.RawMessage `json:"converted,omitzero"`
	Rate      json.RawMessage `json:"rate"`
}

func conversionToJSON(path string, c Conversion) (conversionJSON, error) {
	it, err := itemToJSON(path, c.Item)
	if err != nil {
		return conversionJSON{}, err
	}
	m := conversionJSON{itemJSON: it}
	if m.Converted, err = jsonAmount(jsonJoin(path, "converted"), c.Converted); err != nil {
		return m, err
	}
	if m.Rate, err = c.Rate.MarshalJSON(); err != nil {
		return m, jsonAt(jsonJoin(path, "rate"), err)
	}
	return m, nil
}

func (m conversionJSON) value(path string) (Conversion, error) {
	it, err := m.itemJSON.value(path)
	if err != nil {
		return Conversion{}, err
	}
	c := Conversion{Item: it}
	if c.Converted, err = parseJSONAmount(jsonJoin(path, "converted"), m.Converted); err != nil {
		return Conversion{}, err
	}
	if m.Rate != nil {
		if err := c.Rate.UnmarshalJSON(m.Rate); err != nil {
			return Conversion{}, jsonAt(jsonJoin(path, "rate"), err)
		}
	}
	return c, nil
}

// MarshalJSON implements [json.Marshaler]: the item's keys, then
// "converted" and the "rate" used, in the form of
// [currency.Rate.MarshalJSON].
func (c Conversion) MarshalJSON() ([]byte, error) {
	return marshalMirror("conversion", c, func(c Conversion) (conversionJSON, error) { return conversionToJSON("", c) })
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Conversion.MarshalJSON] writes.
func (c *Conversion) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("conversion", data, c, func(m conversionJSON) (Conversion, error) { return m.value("") })
}

type convertedJSON struct {
	Total   json.RawMessage  `json:"total,omitzero"`
	Items   []conversionJSON `json:"items,omitzero"`
	Missing []string         `json:"missing,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: {"total":{…},"items":[…],
// "missing":[…]}.
func (c Converted) MarshalJSON() ([]byte, error) {
	return marshalMirror("converted sum", c, func(c Converted) (convertedJSON, error) {
		m := convertedJSON{Missing: c.Missing}
		var err error
		if m.Total, err = jsonAmount("total", c.Total); err != nil {
			return m, err
		}
		if m.Items, err = listToJSON("items", c.Items, conversionToJSON); err != nil {
			return m, err
		}
		return m, nil
	})
}

// UnmarshalJSON implements [json.Unmarshaler]; it reads what
// [Converted.MarshalJSON] writes.
func (c *Converted) UnmarshalJSON(data []byte) error {
	return unmarshalMirror("converted sum", data, c, func(m convertedJSON) (Converted, error) {
		out := Converted{Missing: m.Missing}
		var err error
		if out.Total, err = parseJSONAmount("total", m.Total); err != nil {
			return Converted{}, err
		}
		if out.Items, err = listFromJSON[Conversion]("items", m.Items); err != nil {
			return Converted{}, err
		}
		return out, nil
	})
}
