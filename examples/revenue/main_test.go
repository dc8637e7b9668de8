package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/internal/golden"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/sanctions"
)

func TestOutput(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())
}

// TestNetGapsNamed checks that an incident with a US dollar figure whose
// recovery the data cannot subtract (here one given in won) is named
// under the table as missing from the net values, not counted there as a
// net of nothing recovered.
func TestNetGapsNamed(t *testing.T) {
	usd := func(v string) incidents.Reported {
		return incidents.Reported{Figure: currency.Figure{Amount: currency.MustNewAmount(v, currency.USD)}}
	}
	won := incidents.Reported{Figure: currency.Figure{Amount: currency.MustNewAmount("1000000000", currency.KRW)}}
	day := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	incs := []incidents.Incident{
		{ID: "test-net-known", Date: day, LossUSD: []incidents.Reported{usd("3000000")}},
		{ID: "test-net-unknown", Date: day, LossUSD: []incidents.Reported{usd("5000000")},
			Flows: []incidents.Flow{{Kind: incidents.Recovered, Figure: won}}},
	}
	var b bytes.Buffer
	if err := stolen(&b, incs); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"  2020       $8 million      $3 million         2        0        0",
		"Not in the net values, with a recovery the data cannot subtract: test-net-unknown.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stolen(...) output does not contain %q:\n%s", want, out)
		}
	}
}

// TestRangeAgreesOnlyWithTheSameQualifier checks that two worker figures
// of the same amount are said to agree only when their qualifiers are the
// same too, and are otherwise each shown as printed.
func TestRangeAgreesOnlyWithTheSameQualifier(t *testing.T) {
	fig := func(q currency.Qualifier) currency.Figure {
		return currency.Figure{Qualifier: q, Amount: currency.MustNewAmount("500000000", currency.USD)}
	}
	for _, tc := range []struct {
		name   string
		q1, q2 currency.Qualifier
		want   string
	}{
		{"same qualifier", currency.About, currency.About, "about $500 million: both sources with a figure agree"},
		{"different qualifiers", currency.About, currency.MoreThan, "one amount, qualified differently: about $500 million (A, per year); more than $500 million (B, per year)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			revenueCut(&b, []sanctions.RevenueEstimate{
				{Subject: "workers", Workers: true, Figure: fig(tc.q1), Per: "per year", Publisher: "A"},
				{Subject: "workers", Workers: true, Figure: fig(tc.q2), Per: "per year", Publisher: "B"},
			})
			// The line may wrap: compare the words.
			if got := strings.Join(strings.Fields(b.String()), " "); !strings.Contains(got, tc.want) {
				t.Errorf("revenueCut(...) output does not contain %q:\n%s", tc.want, b.String())
			}
		})
	}
}
