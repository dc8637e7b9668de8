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
// own: an unverified victim, the coins taken, and the unverified points
// and notes, so the export states nothing the data hedges without the
// hedge.
func TestDescriptionKeepsHedgesAndAssets(t *testing.T) {
	inc := incidents.Incident{
		ID: "2019-made-up", Date: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), DatePrecision: incidents.PrecisionDay,
		Victim: "Made-up Exchange", VictimUnverified: true,
		Assets:     []incidents.Asset{{Symbol: "ETH", Quantity: decimal.RequireFromString("1200.5"), Qualifier: currency.About, By: "a firm"}},
		Unverified: []string{"the day of the theft"},
		Notes:      []string{"a second source gives the day before"},
	}
	var b bytes.Buffer
	if err := Write(&b, []incidents.Incident{inc}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Made-up Exchange (identity unverified)",
		"taken: about 1200.5 ETH (per a firm)",
		"Unverified: the day of the theft.",
		"Note: a second source gives the day before.",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("bundle has no %q in its description", want)
		}
	}
}
