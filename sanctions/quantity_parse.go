package sanctions

import (
	"errors"
	"strings"

	"github.com/shopspring/decimal"
)

// ErrInvalidQuantity: text given to [ParseQuantity] is not a quantity
// with a unit the package knows.
var ErrInvalidQuantity = errors.New("invalid quantity")

// maxQuantityText bounds the input of ParseQuantity, so that no text can
// make it build a huge number.
const maxQuantityText = 100

// ParseQuantity reads a quantity as people write it: a number, an
// optional scale word, and a unit, such as "14,000 metric tons",
// "7.5 million barrels", "500 kg", "525,000 tons" or "2500t".
//
// The number is digits with an optional decimal point; the integer part
// may be grouped by commas in threes ("1,250,000"). The scale words
// "thousand", "million" and "billion" (10⁹) multiply it exactly. Units,
// without regard to case, and in singular or plural:
//   - [MetricTon]: "metric ton", "metric tonne", "tonne", "t";
//   - [Ton]: "ton" (a ton the text does not say is metric, kept apart as
//     the data keeps 2397's "525,000 tons");
//   - [Barrel]: "barrel", "bbl", "bbls";
//   - [Kilogram]: "kilogram", "kilogramme", "kg", "kgs".
//
// "MT" is not read: it stands for metric tons in trade papers and for
// megatonnes or million tons elsewhere. Spaces around the text and
// between its words are ignored; the forms [Quantity.String] prints are
// read back.
//
// ParseQuantity returns a [*FieldError] wrapping [ErrInvalidQuantity] if
// s is empty or longer than 100 bytes, the number is missing, negative,
// malformed or badly grouped ("14,00"), the scale word or unit is unknown
// or missing, or anything follows the unit.
func ParseQuantity(s string) (Quantity, error) {
	bad := func(reason string) (Quantity, error) {
		return Quantity{}, &FieldError{Field: "Quantity", Value: clip(s), Reason: reason, Err: ErrInvalidQuantity}
	}
	if len(s) > maxQuantityText {
		return bad("longer than 100 bytes")
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return bad("empty")
	}
	// The number: digits, commas and one point.
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == ',' || t[i] == '.') {
		i++
	}
	num := t[:i]
	if num == "" {
		if t[0] == '-' {
			return bad("negative")
		}
		return bad("no number at the start")
	}
	v, reason := parseGroupedDecimal(num)
	if reason != "" {
		return bad(reason)
	}
	words := strings.Fields(t[i:])
	if len(words) > 0 {
		if shift, ok := scaleWord(words[0]); ok {
			v = v.Shift(shift)
			words = words[1:]
		}
	}
	if len(words) == 0 {
		return bad("no unit: want metric tons, tons, barrels or kilograms")
	}
	u, n := quantityUnit(words)
	switch {
	case n == 0:
		return bad("unknown unit " + clip(words[0]) + ": want metric tons, tons, barrels or kilograms")
	case n < len(words):
		return bad("text after the unit")
	}
	return Quantity{Value: v, Unit: u}, nil
}

// parseGroupedDecimal reads digits with commas grouping the integer part
// in threes and at most one decimal point; it returns why not, or "".
func parseGroupedDecimal(s string) (decimal.Decimal, string) {
	intPart, frac, hasDot := strings.Cut(s, ".")
	if strings.Contains(frac, ".") {
		return decimal.Decimal{}, "more than one decimal point"
	}
	if strings.Contains(frac, ",") {
		return decimal.Decimal{}, "a comma after the decimal point"
	}
	if intPart == "" || hasDot && frac == "" {
		return decimal.Decimal{}, "malformed number"
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) < 1 || len(groups[0]) > 3 {
			return decimal.Decimal{}, "digits badly grouped by commas"
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return decimal.Decimal{}, "digits badly grouped by commas"
			}
		}
		intPart = strings.Join(groups, "")
	}
	if len(intPart)+len(frac) > 40 {
		return decimal.Decimal{}, "more than 40 digits"
	}
	plain := intPart
	if hasDot {
		plain += "." + frac
	}
	d, err := decimal.NewFromString(plain)
	if err != nil {
		return decimal.Decimal{}, "malformed number"
	}
	return d, ""
}

// scaleWord returns the power of ten of a scale word.
func scaleWord(w string) (int32, bool) {
	switch strings.ToLower(w) {
	case "thousand":
		return 3, true
	case "million":
		return 6, true
	case "billion":
		return 9, true
	}
	return 0, false
}

// quantityUnit reads a unit from the first one or two words and returns
// it with the number of words used (0 if none matched).
func quantityUnit(words []string) (Unit, int) {
	w0 := strings.ToLower(words[0])
	if w0 == "metric" && len(words) > 1 {
		switch strings.ToLower(words[1]) {
		case "ton", "tons", "tonne", "tonnes":
			return MetricTon, 2
		}
		return UnknownUnit, 0
	}
	switch w0 {
	case "t", "tonne", "tonnes":
		return MetricTon, 1
	case "ton", "tons":
		return Ton, 1
	case "barrel", "barrels", "bbl", "bbls":
		return Barrel, 1
	case "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes":
		return Kilogram, 1
	}
	return UnknownUnit, 0
}
