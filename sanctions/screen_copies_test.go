package sanctions

import (
	"fmt"
	"testing"
	"time"
)

// TestScreenExemptionCopies: each finding's exemptions are its own. Changing
// one finding's exemptions (their texts, their commodities) or appending to
// them leaves the other findings of the same call and the regime's later
// answers unchanged.
func TestScreenExemptionCopies(t *testing.T) {
	r := DPRK()
	trades := syntheticTrades(20000)
	for k := range trades {
		trades[k].Precision = Precision(k % 3)
		if k%5 == 0 {
			trades[k].Commodity = Commodity(1 + k%int(numCommodities-1))
		}
	}
	trades = append(trades,
		Trade{Date: day(2016, time.June, 1), Direction: SupplyToDPRK, Commodity: AviationFuel},
		Trade{Date: day(2018, time.March, 1), Direction: SupplyToDPRK, HS: MustParseHSCode("27")},
	)
	shared := 0 // calls with two or more findings that have exemptions
	for _, tr := range trades {
		fs, err := r.Screen(tr)
		if err != nil {
			t.Fatalf("Screen(%+v): %v", tr, err)
		}
		with := 0
		for _, f := range fs {
			if len(f.Exemptions) > 0 {
				with++
			}
		}
		if with < 2 {
			continue
		}
		shared++
		want := fmt.Sprintf("%+v", fs)
		for k := range fs {
			if len(fs[k].Exemptions) == 0 {
				continue
			}
			before := make([]string, len(fs))
			for j := range fs {
				before[j] = fmt.Sprintf("%+v", fs[j])
			}
			for x := range fs[k].Exemptions {
				fs[k].Exemptions[x].Text = "changed"
				for c := range fs[k].Exemptions[x].Commodities {
					fs[k].Exemptions[x].Commodities[c] = UnknownCommodity
				}
			}
			fs[k].Exemptions = append(fs[k].Exemptions, Exemption{Text: "appended"})
			for j := range fs {
				if j == k {
					continue
				}
				if got := fmt.Sprintf("%+v", fs[j]); got != before[j] {
					t.Errorf("Screen(%+v): changing finding %d's exemptions changed finding %d:\n%s\nwant\n%s", tr, k, j, got, before[j])
				}
			}
		}
		again, _ := r.Screen(tr)
		if got := fmt.Sprintf("%+v", again); got != want {
			t.Errorf("Screen(%+v) after changing the findings' exemptions = %s, want %s", tr, got, want)
		}
	}
	if shared == 0 {
		t.Fatal("no trade had two findings with exemptions; the test checks nothing")
	}
}
