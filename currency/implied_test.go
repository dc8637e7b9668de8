package currency

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// Each way ImpliedRate can fail says what is missing, and the ones where no
// equivalent exists for the amount wrap ErrNoEquivalent.
func TestFigureImpliedRateErrors(t *testing.T) {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	tests := []struct {
		name  string
		f     Figure
		want  string // in the message, after the figure
		noEq  bool   // wraps ErrNoEquivalent
		parse string // if set, f is ParseFigure(parse)
	}{
		{name: "zero figure", f: Figure{}, want: "the figure has no amount"},
		{name: "no equivalent", parse: "$5", want: "no equivalent: no amount in another currency", noEq: true},
		{name: "range without equivalent", parse: "$5 to $6", want: "no equivalent: no amount in another currency", noEq: true},
		{
			name: "high end only",
			f:    Figure{Amount: usd("630000000"), HighQualifier: MoreThan, High: usd("1000000000"), HighEquivalent: krw("1200000000000")},
			want: "no equivalent for the low end: only the high end has one", noEq: true,
		},
		{name: "amount in no currency", parse: "5 XXX ($3)", want: "the amount has no currency (XXX)"},
		{name: "equivalent in no currency", f: Figure{Amount: usd("3"), Equivalent: MustNewAmount("5", XXX)}, want: "the equivalent has no currency (XXX)"},
		{name: "zero amount", parse: "0 won ($3)", want: "the amount is zero"},
		{name: "zero equivalent", parse: "1 won (0 dollars)", want: "the equivalent is zero"},
		{name: "negative amount", parse: "-5 won ($3)", want: "the amount is negative"},
		{name: "negative equivalent", parse: "5 won (-$3)", want: "the equivalent is negative"},
		{name: "one currency", parse: "$5 ($6)", want: "both amounts are in USD"},
		{name: "range amount, single equivalent", parse: "1조~2조 원(8억 달러)", want: "the amount is a range but its equivalent is not"},
		{name: "single amount, range equivalent", parse: "1조 원(8억~16억 달러)", want: "the equivalent is a range but the amount is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f
			if tt.parse != "" {
				var err error
				if f, err = ParseFigure(tt.parse); err != nil {
					t.Fatalf("ParseFigure(%q) error: %v", tt.parse, err)
				}
			}
			r, err := f.ImpliedRate()
			if err == nil {
				t.Fatalf("%v.ImpliedRate() = %v, want an error saying %q", f, r, tt.want)
			}
			prefix := "currency: ImpliedRate of " + f.String() + ": "
			if msg := err.Error(); !strings.HasPrefix(msg, prefix) || !strings.Contains(msg[len(prefix):], tt.want) {
				t.Errorf("%v.ImpliedRate() error = %q, want %q followed by %q", f, msg, prefix, tt.want)
			}
			if got := errors.Is(err, ErrNoEquivalent); got != tt.noEq {
				t.Errorf("errors.Is(%v.ImpliedRate() error, ErrNoEquivalent) = %v, want %v", f, got, tt.noEq)
			}
		})
	}
}

// The error for a high-end-only equivalent names what the caller can do,
// and doing it gives the high end's rate.
func TestFigureImpliedRateHighEndOnly(t *testing.T) {
	f := Figure{
		Amount: MustNewAmount("630000000", USD), HighQualifier: MoreThan, High: MustNewAmount("1000000000", USD),
		HighEquivalent: MustNewAmount("1200000000000", KRW),
	}
	_, err := f.ImpliedRate()
	if err == nil || !strings.Contains(err.Error(), "Figure{Amount: High, Equivalent: HighEquivalent}") {
		t.Fatalf("%v.ImpliedRate() error = %v, want it to name Figure{Amount: High, Equivalent: HighEquivalent}", f, err)
	}
	hi := Figure{Amount: f.HighEquivalent, Equivalent: f.High}
	r, err := hi.ImpliedRate()
	if err != nil {
		t.Fatalf("%v.ImpliedRate() error: %v", hi, err)
	}
	if want := decimal.RequireFromString("1200"); !r.Value.Equal(want) || r.From != USD || r.To != KRW {
		t.Errorf("%v.ImpliedRate() = %v %v per %v, want %v KRW per USD", hi, r.Value, r.To, r.From, want)
	}
	hi = Figure{Amount: f.High, Equivalent: f.HighEquivalent}
	if r, err := hi.ImpliedRate(); err != nil || !r.Value.Equal(decimal.RequireFromString("0.000833333333333")) {
		t.Errorf("%v.ImpliedRate() = %v, %v; want 0.000833333333333 USD per KRW", hi, r.Value, err)
	}
}
