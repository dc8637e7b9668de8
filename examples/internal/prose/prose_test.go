package prose

import (
	"bytes"
	"testing"

	"github.com/kpledger/kpledger/currency"
)

func TestWrap(t *testing.T) {
	var b bytes.Buffer
	Wrap(&b, "> ", "one two three four five six", 9)
	want := "> one two\n>   three\n>   four\n>   five\n>   six\n"
	if b.String() != want {
		t.Errorf("Wrap = %q, want %q", b.String(), want)
	}
	b.Reset()
	Wrap(&b, "", "   ", 10)
	if b.Len() != 0 {
		t.Errorf("Wrap of blanks wrote %q", b.String())
	}
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"가나다라", 3, "가나…"},
	} {
		if got := Clip(tc.s, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestApprox(t *testing.T) {
	if got, want := Approx(currency.MustNewAmount("660500000", currency.USD)), "$660 million"; got != want {
		t.Errorf("Approx = %q, want %q", got, want)
	}
	if got := Approx(currency.MustNewAmount("0", currency.USD)); got != "—" {
		t.Errorf("Approx(0) = %q, want —", got)
	}
}
