// Command nis2022 reproduces the December 2022 report of South Korea's
// National Intelligence Service on North Korean virtual-asset theft from
// kpledger's own data and functions.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "nis2022:", err)
		os.Exit(1)
	}
}

// briefing is the day of the NIS briefing.
var briefing = time.Date(2022, time.December, 22, 0, 0, 0, 0, time.UTC)

func run(w io.Writer) error {
	figures := []struct {
		label string
		f     currency.Figure
	}{
		{"stolen since 2017", currency.Figure{Qualifier: currency.About,
			Amount: currency.MustNewAmount("1500000000000", currency.KRW), Equivalent: currency.MustNewAmount("1200000000", currency.USD)}},
		{"stolen in 2022", currency.Figure{Qualifier: currency.About,
			Amount: currency.MustNewAmount("800000000000", currency.KRW), Equivalent: currency.MustNewAmount("626000000", currency.USD)}},
		{"from South Korea", currency.Figure{Qualifier: currency.MoreThan,
			Amount: currency.MustNewAmount("100000000000", currency.KRW), Equivalent: currency.MustNewAmount("78000000", currency.USD)}},
	}
	annual, daily := currency.AnnualKRWUSD(), currency.DailyKRWUSD()
	one := currency.MustNewAmount("1", currency.USD)
	_, dayRate, err := daily.Convert(one, currency.KRW, briefing)
	if err != nil {
		return err
	}
	_, yearRate, err := annual.Convert(one, currency.KRW, briefing)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "NIS briefing, 2022-12-22: North Korean theft of virtual assets")
	fmt.Fprintf(w, "rates: %s KRW per USD on the day (New York noon), %s KRW per USD 2022 average (Fed G.5A)\n",
		dayRate.Value.String(), yearRate.Value.String())
	fmt.Fprintln(w)
	for _, x := range figures {
		implied, err := x.f.ImpliedRate()
		if err != nil {
			return err
		}
		atDay, _, err := daily.Convert(x.f.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		atYear, _, err := annual.Convert(x.f.Amount, currency.USD, briefing)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-18s %s\n", x.label, x.f)
		fmt.Fprintf(w, "  implied rate       %s KRW per USD\n", implied.Value.StringFixed(0))
		fmt.Fprintf(w, "  at the day's rate  %v\n", atDay)
		fmt.Fprintf(w, "  at 2022's average  %v\n", atYear)
	}
	thisYear, total := figures[1].f.Amount.Decimal(), figures[0].f.Amount.Decimal()
	share := thisYear.DivRound(total, 6).Shift(2)
	fmt.Fprintf(w, "\n2022's share of the total: %s %% (\"more than half\": %v)\n",
		share.StringFixed(1), share.GreaterThan(decimal.NewFromInt(50)))
	return nil
}
