package sanctions

import (
	"errors"
	"strings"
	"testing"
)

func TestParseHSCode(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"27", "27", false},
		{"2701", "2701", false},
		{"270112", "270112", false},
		{"2701.12", "270112", false},
		{"8471.30.01", "84713001", false},
		{"2601111000", "2601111000", false},
		{"", "", true},
		{"2", "", true},
		{"270", "", true},
		{"27011", "", true},
		{"27011200000", "", true},
		{"ab", "", true},
		{"27a1", "", true},
		{" 2701", "", true},
		{"2701 ", "", true},
		{".2701", "", true},
		{"2701.", "", true},
		{"27..01", "", true},
		{"-2701", "", true},
		{"２７", "", true},
		{"2.7.0.1", "", true},
		{"27.01", "2701", false},
		{"27.01.12", "", true},
		{"2601.11.10.00", "2601111000", false},
		{"27011.2", "", true},
		{"270.1", "", true},
		{"2701.1.2", "", true},
		{"8471.3001", "84713001", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseHSCode(tt.in)
			if tt.wantErr {
				var fe *FieldError
				if !errors.Is(err, ErrInvalidHSCode) || !errors.As(err, &fe) || fe.Field != "HSCode" {
					t.Fatalf("ParseHSCode(%q) = %v, %v; want a *FieldError on HSCode wrapping ErrInvalidHSCode", tt.in, got, err)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ParseHSCode(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestParseHSCodeMessages: a character that is not a digit is named whole,
// a multi-byte rune as itself (not one of its bytes read as Latin-1), and
// an invalid byte as hex.
func TestParseHSCodeMessages(t *testing.T) {
	tests := []struct{ in, want string }{
		{"２７", `sanctions: HSCode "２７": byte 0 is '２', want a digit`},
		{"27é1", `sanctions: HSCode "27é1": byte 2 is 'é', want a digit`},
		{"27\xff1", `sanctions: HSCode "27\xff1": byte 2 is the invalid UTF-8 byte 0xff, want a digit`},
		{"2.7.0.1", `sanctions: HSCode "2.7.0.1": misplaced '.' at byte 1: dots go after the 4th, 6th or 8th digit`},
		{"27.01.12", `sanctions: HSCode "27.01.12": a dot after the 2nd digit is only for a heading written NN.NN`},
		{strings.Repeat("1", 40) + "x", `sanctions: HSCode "` + strings.Repeat("1", 40) + `…": byte 40 is 'x', want a digit`},
	}
	for _, tt := range tests {
		_, err := ParseHSCode(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseHSCode(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestHSCodeWithin(t *testing.T) {
	tests := []struct {
		code, prefix string
		want         bool
	}{
		{"270112", "2701", true},
		{"270112", "27", true},
		{"2701", "2701", true},
		{"27", "2701", false},
		{"2702", "2701", false},
		{"2601111000", "2601111000", true},
		{"2709", "2709000000", false},
		{"2709000000", "2709", true},
	}
	for _, tt := range tests {
		t.Run(tt.code+"/"+tt.prefix, func(t *testing.T) {
			if got := MustParseHSCode(tt.code).Within(MustParseHSCode(tt.prefix)); got != tt.want {
				t.Errorf("HSCode(%q).Within(%q) = %v, want %v", tt.code, tt.prefix, got, tt.want)
			}
		})
	}
	var zero HSCode
	if zero.Within(MustParseHSCode("27")) || MustParseHSCode("27").Within(zero) {
		t.Error("the zero HSCode is within something or contains something")
	}
	if got := zero.Chapter(); got != -1 {
		t.Errorf("HSCode{}.Chapter() = %d, want -1", got)
	}
	if got := MustParseHSCode("0802").Chapter(); got != 8 {
		t.Errorf("HSCode(0802).Chapter() = %d, want 8", got)
	}
}

func TestHSCodeText(t *testing.T) {
	var c HSCode
	if err := c.UnmarshalText([]byte("2701.12")); err != nil || c != MustParseHSCode("270112") {
		t.Fatalf("UnmarshalText(2701.12) = %v, %v", c, err)
	}
	b, err := c.MarshalText()
	if err != nil || string(b) != "270112" {
		t.Fatalf("MarshalText = %q, %v; want 270112", b, err)
	}
	if err := c.UnmarshalText([]byte("x")); !errors.Is(err, ErrInvalidHSCode) {
		t.Fatalf("UnmarshalText(x) = %v, want ErrInvalidHSCode", err)
	}
	if err := c.UnmarshalText(nil); err != nil || !c.IsZero() {
		t.Fatalf("UnmarshalText(empty) = %v, %v; want the zero HSCode", c, err)
	}
}

func FuzzParseHSCode(f *testing.F) {
	for _, s := range []string{"27", "2701", "2701.12", "8471.30.01", "2601111000", "", "x", "27..01", "270", "1234567890123", "2.7.0.1", "27.01", "２７", "27\xff1", "2601.11.10.00", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseHSCode(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidHSCode) {
				t.Fatalf("ParseHSCode(%q) error %v does not wrap ErrInvalidHSCode", s, err)
			}
			return
		}
		switch c.Digits() {
		case 2, 4, 6, 8, 10:
		default:
			t.Fatalf("ParseHSCode(%q) = %q with %d digits", s, c, c.Digits())
		}
		d, err := ParseHSCode(c.String())
		if err != nil || d != c {
			t.Fatalf("round trip of %q: %q, %v", s, d, err)
		}
		if !c.Within(c) || c.Chapter() < 0 || c.Chapter() > 99 {
			t.Fatalf("ParseHSCode(%q) = %q: Within itself %v, chapter %d", s, c, c.Within(c), c.Chapter())
		}
	})
}

func FuzzHSCodeUnmarshalText(f *testing.F) {
	for _, s := range []string{"27", "2701.12", "", "x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c HSCode
		if err := c.UnmarshalText(b); err != nil {
			return
		}
		out, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var d HSCode
		if err := d.UnmarshalText(out); err != nil || d != c {
			t.Fatalf("round trip of %q: %q, %v", b, d, err)
		}
	})
}
