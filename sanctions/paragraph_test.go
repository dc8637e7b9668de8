package sanctions

import (
	"testing"
	"time"
)

func TestParagraph(t *testing.T) {
	tests := []struct {
		name  string
		p     Paragraph
		str   string
		num   int
		known bool
	}{
		{"number", OP(26), "OP 26", 26, true},
		{"sub-paragraphs", OPLabel("8 (a) (iii)"), "OP 8 (a) (iii)", 8, true},
		{"range", OPLabel("9–15"), "OP 9–15", 9, true},
		{"pair", OPLabel("21 and 13"), "OP 21 and 13", 21, true},
		{"not seen", Paragraph{}, "paragraph not seen", 0, false},
		{"label without a number", OPLabel("(a)"), "paragraph not seen", 0, false},
		{"paragraph 0", OPLabel("0 (a)"), "paragraph not seen", 0, false},
		{"a number too long", OPLabel("1234"), "paragraph not seen", 0, false},
		{"leading zero", OPLabel("08"), "paragraph not seen", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.String(); got != tt.str || tt.p.Number != tt.num || tt.p.Known != tt.known || !tt.p.valid() {
				t.Errorf("%+v: String() = %q, Number %d, Known %v, valid %v; want %q, %d, %v, valid", tt.p, got, tt.p.Number, tt.p.Known, tt.p.valid(), tt.str, tt.num, tt.known)
			}
		})
	}
}

func TestCitation(t *testing.T) {
	r := Resolution{Number: 1874, Adopted: day(2009, time.June, 12)}
	tests := []struct {
		name string
		m    Measure
		want string
	}{
		{"seen", Measure{Resolution: r, Paragraph: OP(17), ParagraphVerified: VerifiedText}, "S/RES/1874 (2009), OP 17"},
		{"expected number", Measure{Resolution: r, Paragraph: OP(9), ParagraphVerified: NotVerified}, "S/RES/1874 (2009), OP 9?"},
		{"not seen", Measure{Resolution: r, ParagraphVerified: NotVerified}, "S/RES/1874 (2009), paragraph not seen"},
		{"sub-paragraph", Measure{Resolution: Resolution{Number: 1718, Adopted: day(2006, time.October, 14)}, Paragraph: OPLabel("8 (a) (iii)"), ParagraphVerified: VerifiedPartly}, "S/RES/1718 (2006), OP 8 (a) (iii)"},
	}
	for _, tt := range tests {
		if got := tt.m.Citation(); got != tt.want {
			t.Errorf("%s: Citation() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzOPLabel: OPLabel never panics, and gives either the zero Paragraph or
// a valid one whose label is the input and whose number begins it.
func FuzzOPLabel(f *testing.F) {
	for _, s := range []string{"8 (a) (iii)", "9–15", "21 and 13", "", "0", "(a)", "1234", "08", "999x", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := OPLabel(s)
		if p == (Paragraph{}) {
			return
		}
		if !p.valid() || p.Label != s || p.Number < 1 || p.Number > 999 || p.String() != "OP "+s {
			t.Fatalf("OPLabel(%q) = %+v", s, p)
		}
	})
}
