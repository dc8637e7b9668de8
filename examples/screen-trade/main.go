// Command screen-trade screens a small list of illustrative trade records
// against the UN Security Council's DPRK measures with
// sanctions.Regime.Screen, and prints for each record its outcome (covered,
// undetermined or clean) and each finding with the paragraph that applies
// and why: banned outright, inside a transition window for contracts signed
// before adoption, covered by an exemption the caller must check, or
// undetermined because the goods have no verified HS codes and the HS
// heading names that kind of goods. The records are made up to show each
// case; every fact about the measures comes from sanctions.DPRK().
//
// Usage:
//
//	go run ./examples/screen-trade
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/internal/prose"
	"github.com/kpledger/kpledger/sanctions"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "screen-trade:", err)
		os.Exit(1)
	}
}

// record is an illustrative trade with a label saying what it is.
type record struct {
	label string
	trade sanctions.Trade
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // the records below are constants
	}
	return t
}

// records returns the illustrative trades: each shows one case of
// screening; none is a real shipment.
func records() []record {
	exp, sup := sanctions.DPRKExports, sanctions.SupplyToDPRK
	usd := func(v string) currency.Amount { return currency.MustNewAmount(v, currency.USD) }
	return []record{
		{"anthracite, before any ban", sanctions.Trade{Date: day("2016-01-15"), Direction: exp,
			HS: sanctions.MustParseHSCode("2701"), Commodity: sanctions.Coal, Quantity: sanctions.MustQuantity("20000", sanctions.MetricTon), Value: usd("1800000")}},
		{"anthracite", sanctions.Trade{Date: day("2018-03-01"), Direction: exp,
			HS: sanctions.MustParseHSCode("2701.11"), Commodity: sanctions.Coal, Quantity: sanctions.MustQuantity("5000", sanctions.MetricTon), Value: usd("450000")}},
		{"textiles, inside 2375's window", sanctions.Trade{Date: day("2017-11-20"), Direction: exp,
			Commodity: sanctions.Textiles, Value: usd("120000")}},
		{"textiles, after 2375's window", sanctions.Trade{Date: day("2017-12-20"), Direction: exp,
			Commodity: sanctions.Textiles, Value: usd("120000")}},
		{"electric motors, inside 2397's window", sanctions.Trade{Date: day("2018-01-10"), Direction: exp,
			HS: sanctions.MustParseHSCode("8501"), Value: usd("35000")}},
		{"electric motors, after 2397's window", sanctions.Trade{Date: day("2018-02-15"), Direction: exp,
			HS: sanctions.MustParseHSCode("8501"), Value: usd("35000")}},
		{"diesel supplied to the DPRK", sanctions.Trade{Date: day("2018-06-01"), Direction: sup,
			HS: sanctions.MustParseHSCode("2710"), Quantity: sanctions.MustQuantity("1000", sanctions.Barrel)}},
		{"frozen fish by HS code only", sanctions.Trade{Date: day("2017-10-15"), Direction: exp,
			HS: sanctions.MustParseHSCode("0303"), Value: usd("60000")}},
		{"coffee", sanctions.Trade{Date: day("2018-03-01"), Direction: exp,
			HS: sanctions.MustParseHSCode("0901"), Value: usd("8000")}},
	}
}

func run(w io.Writer) error {
	regime := sanctions.DPRK()
	fmt.Fprintln(w, "Screening illustrative trade records (not real shipments) against the UN DPRK measures")
	fmt.Fprintln(w, "How to read it:")
	for _, l := range []string{
		`outcome "covered": a measure applies; "undetermined": one may, and the data cannot say; "clean": no measure the library knows applies`,
		`"OP 29?": a source gives this paragraph number, but it was not verified in a copy of the text`,
		`"paragraph seen in the text", "attested indirectly", "paragraph not verified": how well the measure is attested`,
	} {
		prose.Wrap(w, "  ", l, width)
	}
	for i, r := range records() {
		t := r.trade
		fmt.Fprintln(w)
		prose.Hang(w, "", "   ", fmt.Sprintf("%d. %s: %s %s, %s", i+1, r.label, t.Date.Format(time.DateOnly), t.Direction, goods(t)), width)
		findings, err := regime.Screen(t)
		if err != nil {
			return fmt.Errorf("record %d (%s): %w", i+1, r.label, err)
		}
		fmt.Fprintf(w, "   outcome: %s\n", sanctions.OutcomeOf(findings))
		if len(findings) == 0 {
			fmt.Fprintln(w, "   no measure the library knows covers it on that day")
		}
		for _, f := range findings {
			prose.Finding(w, f, width)
		}
	}
	return nil
}

// width is the most characters a line of the output has.
const width = 100

// goods describes a trade's goods, quantity and value.
func goods(t sanctions.Trade) string {
	var parts []string
	if !t.HS.IsZero() {
		parts = append(parts, "HS "+t.HS.String())
	}
	if t.Commodity != sanctions.UnknownCommodity {
		parts = append(parts, t.Commodity.String())
	}
	if t.Quantity.Unit != sanctions.UnknownUnit {
		parts = append(parts, prose.Quantity(t.Quantity))
	}
	if !t.Value.IsZero() {
		parts = append(parts, currency.Format(t.Value, language.English, currency.Full))
	}
	return strings.Join(parts, ", ")
}
