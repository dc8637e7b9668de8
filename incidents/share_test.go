package incidents

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpledger/kpledger/currency"
)

func TestShare(t *testing.T) {
	krw := currency.KRW
	tests := []struct {
		name        string
		part, whole currency.Amount
		digits      int
		want        string
		wantValue   string
		half        bool
	}{
		{"NIS 2022 of since 2017", mustAmt("800000000000", krw), mustAmt("1500000000000", krw), 1, "53.3 %", "0.533333333333333333333333333333", true},
		{"exactly half", mustAmt("1", krw), mustAmt("2", krw), 2, "50.00 %", "0.5", false},
		{"half up on percent", mustAmt("1", krw), mustAmt("8", krw), 1, "12.5 %", "0.125", false},
		{"rounds once, half away from zero", mustAmt("1", krw), mustAmt("16", krw), 2, "6.25 %", "0.0625", false},
		{"two thirds, no digits", mustAmt("2", krw), mustAmt("3", krw), 0, "67 %", "0.666666666666666666666666666667", true},
		{"negative digits clamp to 0", mustAmt("2", krw), mustAmt("3", krw), -4, "67 %", "0.666666666666666666666666666667", true},
		{"zero part", mustAmt("0", krw), mustAmt("3", krw), 1, "0.0 %", "0", false},
		{"more than the whole", mustAmt("3", currency.USD), mustAmt("2", currency.USD), 1, "150.0 %", "1.5", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Share(tt.part, tt.whole)
			if err != nil {
				t.Fatalf("Share(%v, %v) error: %v", tt.part, tt.whole, err)
			}
			if got := r.Percent(tt.digits); got != tt.want {
				t.Errorf("Share(%v, %v).Percent(%d) = %q, want %q", tt.part, tt.whole, tt.digits, got, tt.want)
			}
			if !r.Value.Equal(dec(tt.wantValue)) {
				t.Errorf("Share(%v, %v).Value = %v, want %s", tt.part, tt.whole, r.Value, tt.wantValue)
			}
			if r.MoreThanHalf() != tt.half {
				t.Errorf("Share(%v, %v).MoreThanHalf() = %v, want %v", tt.part, tt.whole, r.MoreThanHalf(), tt.half)
			}
		})
	}
}

func TestShareErrors(t *testing.T) {
	tests := []struct {
		name        string
		part, whole currency.Amount
		want        error
	}{
		{"currency mismatch", mustAmt("1", currency.USD), mustAmt("2", currency.KRW), currency.ErrCurrencyMismatch},
		{"zero whole", mustAmt("1", currency.KRW), mustAmt("0", currency.KRW), ErrZeroWhole},
		{"zero values", currency.Amount{}, currency.Amount{}, ErrZeroWhole},
		{"negative part", mustAmt("-1", currency.KRW), mustAmt("2", currency.KRW), ErrNegative},
		{"negative whole", mustAmt("1", currency.KRW), mustAmt("-2", currency.KRW), ErrNegative},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Share(tt.part, tt.whole)
			if !errors.Is(err, tt.want) {
				t.Errorf("Share(%v, %v) error = %v, want %v", tt.part, tt.whole, err, tt.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "incidents: share of ") || strings.Count(msg, "incidents:") != 1 {
				t.Errorf("Share(%v, %v) error = %q, want one \"incidents:\" prefix", tt.part, tt.whole, msg)
			}
		})
	}
	var zero Ratio
	if got := zero.Percent(1); got != "0.0 %" {
		t.Errorf("Ratio{}.Percent(1) = %q, want \"0.0 %%\"", got)
	}
}

func TestRatioString(t *testing.T) {
	r, _ := Share(mustAmt("800000000000", currency.KRW), mustAmt("1500000000000", currency.KRW))
	if got, want := r.String(), "KRW 800000000000 / KRW 1500000000000 = 53.3 %"; got != want {
		t.Errorf("Ratio.String() = %q, want %q", got, want)
	}
}
