package currency

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func TestFigureImpliedRate(t *testing.T) {
	tests := []struct {
		in   string
		want string // KRW (or the amount's currency) per unit of the equivalent's
	}{
		{"an estimated 1.5 trillion won ($1.2 billion)", "1250"},
		{"1조5000억원(12억 달러)", "1250"},
		{"about 800 billion won ($626 million)", "1277.95527157"},
		{"more than 100 billion won ($78 million)", "1282.05128205"},
		// 12 significant digits, not 12 fraction digits.
		{"1 won ($100 trillion)", "0.00000000000001"},
		{"$1 (3 won)", "0.333333333333"},
		{"$2 (3 won)", "0.666666666667"},
		{"1조~2조 원(약 8억~16억 달러)", "1250"},
	}
	for _, tt := range tests {
		f, err := ParseFigure(tt.in)
		if err != nil {
			t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
		}
		r, err := f.ImpliedRate()
		if err != nil {
			t.Fatalf("ParseFigure(%q).ImpliedRate() error: %v", tt.in, err)
		}
		if want := decimal.RequireFromString(tt.want); !r.Value.Equal(want) || r.From != f.Equivalent.c || r.To != f.Amount.c {
			t.Errorf("ParseFigure(%q).ImpliedRate() = %v %v/%v, want %s", tt.in, r.Value, r.From, r.To, want)
		}
	}
	// One rounding, half to even, from the exact quotient.
	for _, tt := range []struct{ a, b, want string }{
		{"1000000000005", "1000000000000", "1"},             // a tie: to even
		{"1000000000015", "1000000000000", "1.00000000002"}, // a tie: to even
		{"1000000000025", "1000000000000", "1.00000000002"}, // a tie: to even
		{"1000000000025000000000001", "1000000000000000000000000", "1.00000000003"},
		{"2", "3", "0.666666666667"},
		{"1500000000000", "1200000000", "1250"}, // exact: no trailing zeros
		{"1", "100000000000000", "0.00000000000001"},
	} {
		if got := divRate(decimal.RequireFromString(tt.a), decimal.RequireFromString(tt.b)); got.String() != tt.want {
			t.Errorf("divRate(%s, %s) = %v, want %s", tt.a, tt.b, got, tt.want)
		}
	}
	for _, in := range []string{"$5", "1 won (0 dollars)", "$5 ($6)", "1조~2조 원(8억 달러)", "1조 원(8억~16억 달러)"} {
		f, err := ParseFigure(in)
		if err != nil {
			t.Fatalf("ParseFigure(%q) error: %v", in, err)
		}
		if r, err := f.ImpliedRate(); err == nil {
			t.Errorf("ParseFigure(%q).ImpliedRate() = %v, want an error", in, r)
		}
	}
}

func TestFigureString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"an estimated 1.5 trillion won ($1.2 billion)", "about KRW 1500000000000 (USD 1200000000.00)"},
		{"between $630 million and more than $1 billion", "USD 630000000.00 to more than USD 1000000000.00"},
		{"1조~2조 원(약 8억~16억 달러)", "KRW 1000000000000 to KRW 2000000000000 (about USD 800000000.00 to USD 1600000000.00)"},
	}
	for _, tt := range tests {
		f, err := ParseFigure(tt.in)
		if err != nil {
			t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
		}
		if got := f.String(); got != tt.want {
			t.Errorf("ParseFigure(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFigureJSON(t *testing.T) {
	tests := []struct {
		in   string // a figure as printed, or "" for the zero Figure
		want string
	}{
		{"", `{}`},
		{"$5", `{"amount":{"amount":"5.00","currency":"USD"}}`},
		{"an estimated 1.5 trillion won ($1.2 billion)", `{"qualifier":"about","amount":{"amount":"1500000000000","currency":"KRW"},"equivalent":{"amount":"1200000000.00","currency":"USD"}}`},
		{"1조~2조 원 이상(약 8억~16억 달러)", `{"amount":{"amount":"1000000000000","currency":"KRW"},"equivalent_qualifier":"about","equivalent":{"amount":"800000000.00","currency":"USD"},"high_qualifier":"more than","high":{"amount":"2000000000000","currency":"KRW"},"high_equivalent":{"amount":"1600000000.00","currency":"USD"}}`},
		{"5000만 달러(약 600억 원) 이상", `{"qualifier":"more than","amount":{"amount":"50000000.00","currency":"USD"},"equivalent_qualifier":"about","equivalent":{"amount":"60000000000","currency":"KRW"}}`},
	}
	for _, tt := range tests {
		var f Figure
		if tt.in != "" {
			var err error
			if f, err = ParseFigure(tt.in); err != nil {
				t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
			}
		}
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatalf("json.Marshal(%v) error: %v", f, err)
		}
		if string(b) != tt.want {
			t.Errorf("json.Marshal(%v) = %s, want %s", f, b, tt.want)
		}
		var back Figure
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
		}
		if diff := cmp.Diff(f, back); diff != "" {
			t.Errorf("json.Unmarshal(%s) mismatch (-want +got):\n%s", b, diff)
		}
		if b2, _ := json.Marshal(back); string(b2) != string(b) {
			t.Errorf("marshalling twice: %s, then %s", b, b2)
		}
	}
	// Inside another struct, the zero Figure is left out with omitzero.
	type wrap struct {
		F Figure `json:"f,omitzero"`
	}
	if b, _ := json.Marshal(wrap{}); string(b) != `{}` {
		t.Errorf("json.Marshal(zero Figure, omitzero) = %s, want {}", b)
	}
}

func TestFigureJSONErrors(t *testing.T) {
	tests := []struct{ in, field string }{
		{`{"qualifier":"roughly","amount":{"amount":"5","currency":"USD"}}`, `"qualifier"`},
		{`{"qualifier":5,"amount":{"amount":"5","currency":"USD"}}`, `"qualifier"`},
		{`{"amount":{"amount":"5","currency":"ABC"}}`, `"amount"`},
		{`{"amount":{"amount":"5"}}`, `"amount"`},
		{`{"amount":{"amount":"5","currency":"USD"},"color":"red"}`, `"color"`},
		{`{"qualifier":"about"}`, `"qualifier" without "amount"`},
		{`{"high_qualifier":"about","amount":{"amount":"5","currency":"USD"}}`, `"high_qualifier" without "high"`},
		{`{"equivalent":{"amount":"5","currency":"USD"}}`, `without "amount"`},
		{`{"amount":{"amount":"5","currency":"USD"},"high":{"amount":"6","currency":"KRW"}}`, `"high" is in KRW`},
		{`{"amount":{"amount":"5","currency":"USD"},"high_equivalent":{"amount":"6","currency":"KRW"}}`, `"high_equivalent" without "high"`},
		{`{"amount":{"amount":"5","currency":"USD"},"high":{"amount":"6","currency":"USD"},"equivalent":{"amount":"6","currency":"KRW"},"high_equivalent":{"amount":"7","currency":"JPY"}}`, `"high_equivalent" is in JPY`},
		{`{"amount":{"amount":"1e999","currency":"USD"}}`, `"amount"`},
		{`[1]`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		var f Figure
		err := json.Unmarshal([]byte(tt.in), &f)
		if err == nil || !strings.Contains(err.Error(), tt.field) || !strings.HasPrefix(err.Error(), "currency: ") {
			t.Errorf("json.Unmarshal(%s) error = %v, want a currency: error naming %s", tt.in, err, tt.field)
		}
	}
	if _, err := json.Marshal(Figure{Qualifier: 99, Amount: MustNewAmount("1", USD)}); err == nil {
		t.Errorf("json.Marshal of an invalid qualifier succeeded")
	}
	// json.Unmarshal checks the whole input first; a direct call does not.
	for _, in := range []string{`{"amount":{"amount":"5","currency":"USD"}} {}`, `{"amount":{"amount":"5","currency":"USD"}}}`, `{}]`} {
		var f Figure
		if err := f.UnmarshalJSON([]byte(in)); err == nil || !strings.Contains(err.Error(), "data after the object") {
			t.Errorf("Figure.UnmarshalJSON(%s) error = %v, want one mentioning %q", in, err, "data after the object")
		}
	}
	// What Marshal would write and Unmarshal reject, Marshal rejects.
	usd, krw := MustNewAmount("5", USD), MustNewAmount("6", KRW)
	for _, tt := range []struct {
		name string
		f    Figure
		want string
	}{
		{"qualifier alone", Figure{Qualifier: About}, `"qualifier" without "amount"`},
		{"equivalent alone", Figure{Equivalent: usd}, `without "amount"`},
		{"high qualifier alone", Figure{Amount: usd, HighQualifier: MoreThan}, `"high_qualifier" without "high"`},
		{"high in another currency", Figure{Amount: usd, High: krw}, `"high" is in KRW, "amount" in USD`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.f)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("json.Marshal(%#v) = %s, %v; want an error saying %s", tt.f, b, err, tt.want)
			}
		})
	}
}

// A range whose high end alone was printed with an equivalent keeps it in
// every form: String, FormatFigure and JSON.
func TestFigureHighEquivalentOnly(t *testing.T) {
	f := Figure{
		Amount: MustNewAmount("630000000", USD), HighQualifier: MoreThan, High: MustNewAmount("1000000000", USD),
		HighEquivalent: MustNewAmount("1200000000000", KRW),
	}
	if got, want := f.String(), "USD 630000000.00 to more than USD 1000000000.00 (high end: KRW 1200000000000)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := FormatFigure(f, language.English), "$630 million to more than $1 billion (1.2 trillion won)"; got != want {
		t.Errorf("FormatFigure(en) = %q, want %q", got, want)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var back Figure
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s) error: %v", b, err)
	}
	if !back.HighEquivalent.Equal(f.HighEquivalent) || !back.Equivalent.IsZero() {
		t.Errorf("JSON round trip of %v = %v", f, back)
	}
	if err := json.Unmarshal([]byte(`{"amount":{"amount":"1","currency":"USD"},"high_equivalent":{"amount":"1","currency":"KRW"}}`), &back); err == nil {
		t.Error(`Unmarshal of "high_equivalent" without "high" succeeded, want an error`)
	}
}
