package stix

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/shopspring/decimal"
)

// The incident's description carries what has no STIX property of its
// own: an unverified victim, the coins taken, the flows with who gave
// them, and the unverified points and notes, so the export states nothing
// the data hedges without the hedge. A flow's source and the reference
// row reach the incident's external references.
func TestDescriptionKeepsHedgesAndAssets(t *testing.T) {
	inc := incidents.Incident{
		ID: "2019-made-up", Date: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), DatePrecision: incidents.PrecisionDay,
		Victim: "Made-up Exchange", VictimUnverified: true, VictimType: incidents.Exchange,
		Assets: []incidents.Asset{{Symbol: "ETH", Quantity: decimal.RequireFromString("1200.5"), Qualifier: currency.About, By: "a firm"}},
		Row:    "7b",
		LossUSD: []incidents.Reported{{Figure: currency.Figure{Amount: currency.MustNewAmount("900000", currency.EUR),
			Equivalent: currency.MustNewAmount("1000000", currency.USD)}, By: "a bank", EquivalentBy: "a wire service"}},
		Flows: []incidents.Flow{{Kind: incidents.Recovered,
			Figure: incidents.Reported{Figure: currency.Figure{Amount: currency.MustNewAmount("5000", currency.USD)},
				AsPrinted: "five thousand back", By: "the police"},
			Source: incidents.Source{By: "a made-up paper", URL: "https://example.org/flow", Note: "the recovery"}}},
		Unverified: []string{"the day of the theft"},
		Notes:      []string{"a second source gives the day before"},
	}
	var b bytes.Buffer
	if err := Write(&b, []incidents.Incident{inc}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Made-up Exchange (identity unverified) (victim type: exchange), on 2019-05-01",
		"taken: about 1200.5 ETH (per a firm)",
		"Unverified: the day of the theft.",
		"Note: a second source gives the day before.",
		`flow 1, recovered: USD 5000.00, printed \"five thousand back\", by the police`,
		"by a bank, equivalent by a wire service",
		`"source_name":"kpledger","description":"reference table row 7b","external_id":"2019-made-up"`,
		`"source_name":"a made-up paper","description":"flow 1 (recovered): the recovery","url":"https://example.org/flow"`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("bundle has no %q in its description", want)
		}
	}
}
