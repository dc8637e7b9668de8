package sanctions

import (
	"errors"
	"strings"
	"testing"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in   string
		want Quantity
	}{
		{"14,000 metric tons", MustQuantity("14000", MetricTon)},
		{"1 metric ton", MustQuantity("1", MetricTon)},
		{"7,500,000 Metric Tonnes", MustQuantity("7500000", MetricTon)},
		{"2500t", MustQuantity("2500", MetricTon)},
		{"2500 t", MustQuantity("2500", MetricTon)},
		{"12.5 tonnes", MustQuantity("12.5", MetricTon)},
		{"525,000 tons", MustQuantity("525000", Ton)},
		{"1 ton", MustQuantity("1", Ton)},
		{"4 million barrels", MustQuantity("4000000", Barrel)},
		{"2,000,000 barrels", MustQuantity("2000000", Barrel)},
		{"500,000 bbl", MustQuantity("500000", Barrel)},
		{"3 BBLS", MustQuantity("3", Barrel)},
		{"7.5 million metric tons", MustQuantity("7500000", MetricTon)},
		{"1.2 billion kg", MustQuantity("1200000000", Kilogram)},
		{"2 thousand kilograms", MustQuantity("2000", Kilogram)},
		{"880 KG", MustQuantity("880", Kilogram)},
		{"1 kilogramme", MustQuantity("1", Kilogram)},
		{"  40   metric   tons  ", MustQuantity("40", MetricTon)},
		{"0 kg", MustQuantity("0", Kilogram)},
		{"0.001 t", MustQuantity("0.001", MetricTon)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseQuantity(tt.in)
			if err != nil {
				t.Fatalf("ParseQuantity(%q) error: %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseQuantity(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQuantityErrors(t *testing.T) {
	tests := []struct {
		in, reason string // reason: a substring of the error's reason
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"metric tons", "no number"},
		{"-5 t", "negative"},
		{"14,00 metric tons", "grouped"},
		{"1,0000 t", "grouped"},
		{",000 t", "grouped"},
		{"1000,000 t", "grouped"},
		{"1.5.3 t", "more than one decimal point"},
		{"1.5,3 t", "comma after the decimal point"},
		{"5. t", "malformed"},
		{".5 t", "malformed"},
		{"14000", "no unit"},
		{"14000 million", "no unit"},
		{"14000 MT", "unknown unit"},
		{"14000 metric", "unknown unit"},
		{"14000 metric barrels", "unknown unit"},
		{"14000 litres", "unknown unit"},
		{"14000 tons of coal", "text after the unit"},
		{"14000 tons.", "unknown unit"},
		{"1e5 t", "unknown unit"},
		{strings.Repeat("9", 41) + " t", "more than 40 digits"},
		{strings.Repeat("1", 101), "longer than 100 bytes"},
		{"１４ t", "no number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseQuantity(tt.in)
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidQuantity) {
				t.Fatalf("ParseQuantity(%q) = %v, %v; want a *FieldError wrapping ErrInvalidQuantity", tt.in, got, err)
			}
			if !strings.Contains(fe.Reason, tt.reason) {
				t.Errorf("ParseQuantity(%q) reason = %q, want it to mention %q", tt.in, fe.Reason, tt.reason)
			}
			if len(fe.Value) > 45 {
				t.Errorf("ParseQuantity(%q): error quotes %d bytes of input", tt.in, len(fe.Value))
			}
		})
	}
}

// TestParseQuantityReadsString checks that the forms Quantity.String
// prints are read back.
func TestParseQuantityReadsString(t *testing.T) {
	for _, q := range []Quantity{MustQuantity("7500000", MetricTon), MustQuantity("1", MetricTon), MustQuantity("525000", Ton),
		MustQuantity("1", Barrel), MustQuantity("4000000", Barrel), MustQuantity("2500000", Kilogram), MustQuantity("0.5", Kilogram)} {
		got, err := ParseQuantity(q.String())
		if err != nil || !got.Equal(q) {
			t.Errorf("ParseQuantity(%q) = %v, %v; want %v", q.String(), got, err, q)
		}
	}
}
