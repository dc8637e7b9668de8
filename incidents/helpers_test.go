package incidents

import (
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// day returns midnight UTC of a day, for tests.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func mustAmt(s string, c currency.Currency) currency.Amount { return currency.MustNewAmount(s, c) }

// testSource is a source for hand-built attributions.
const testURL = "https://example.org/"

// confirmed returns a confirmed attribution naming clusters.
func confirmedBy(cs ...Cluster) Attribution {
	return Attribution{Actor: "test actor", Clusters: cs, By: "FBI", Status: Confirmed, Source: Source{By: "test", URL: testURL}}
}

func attributedBy(cs ...Cluster) Attribution {
	return Attribution{Actor: "test actor", Clusters: cs, By: "Elliptic", Status: Attributed, Source: Source{By: "test", URL: testURL}}
}

func disputedBy() Attribution {
	return Attribution{Actor: "someone else", By: "victim", Status: Disputed, Source: Source{By: "test", URL: testURL}}
}

// handBuilt returns a small set of incidents with known exact sums:
//
//	a 2022 KR exchange  KRW 1000.5   confirmed (Lazarus, APT38)
//	b 2022 JP exchange  JPY 300      attributed (Lazarus) and disputed
//	c 2022 US bridge    USD 10.25    confirmed (TraderTraitor)
//	d 2023 KR bank      no loss, USD figure 5 (range 5–6)  suspected
//	e 2023 SC exchange  USD 0.75, country unverified, no attribution
//	f zero Incident except ID: no date, no amount
func handBuilt() []Incident {
	return []Incident{
		{ID: "a", Date: day(2022, 3, 1), Country: region("KR"), VictimType: Exchange,
			Loss: mustAmt("1000.5", currency.KRW), Attributions: []Attribution{confirmedBy(Lazarus, APT38)}},
		{ID: "b", Date: day(2022, 7, 9), Country: region("JP"), VictimType: Exchange,
			Loss: mustAmt("300", currency.JPY), Attributions: []Attribution{attributedBy(Lazarus), disputedBy()}},
		{ID: "c", Date: day(2022, 12, 31), Country: region("US"), VictimType: DeFiBridge,
			Loss: mustAmt("10.25", currency.USD), Attributions: []Attribution{confirmedBy(TraderTraitor)}},
		{ID: "d", Date: day(2023, 1, 1), Country: region("KR"), VictimType: Bank,
			LossUSD:      []Reported{{Figure: currency.Figure{Amount: mustAmt("5", currency.USD), High: mustAmt("6", currency.USD)}}},
			Attributions: []Attribution{{By: "ROK", Status: Suspected, Source: Source{By: "test", URL: testURL}}}},
		{ID: "e", Date: day(2023, 5, 5), Country: region("SC"), CountryUnverified: true, VictimType: Exchange,
			Loss: mustAmt("0.75", currency.USD)},
		{ID: "f"},
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// cmpRegion lets go-cmp compare language.Region, whose fields are
// unexported.
func cmpRegion() cmp.Option {
	return cmp.Comparer(func(a, b language.Region) bool { return a == b })
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
