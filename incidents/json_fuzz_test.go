package incidents

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// jsonSeeds adds marshalled built-in data and hostile inputs to f.
func jsonSeeds(f *testing.F, values ...any) {
	for _, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`null`, `{}`, `[]`, `""`, `{"id":"x"} trailing`, `{"id":1}`,
		`{"date":"2022-02-30"}`, `{"date":"+10000-01-01"}`, `{"date":"2022-03-23T25:00:00Z"}`,
		`{"date":"2022-03-23T00:00:00.000000001+14:00"}`, `{"country":"ZZ"}`, `{"country":"\u00c5X"}`,
		`{"loss":{"amount":"1e999999999","currency":"USD"}}`, `{"loss":{"amount":-0,"currency":"KRW"}}`,
		`{"loss":{"amount":"0.` + string(bytes.Repeat([]byte("1"), 40)) + `","currency":"USD"}}`,
		`{"assets":[{"quantity":"-0.0"}]}`, `{"assets":[{"quantity":"00012.50"}]}`,
		`{"attributions":[{"clusters":null}]}`, `{"attributions":[{"clusters":[]}]}`,
		`{"totals":[{"amount":"1","currency":"XXX"}],"items":[{"id":"a"}]}`,
		`{"year":-5,"totals":[]}`, `{"cluster":"unknown","totals":null}`,
		`{"period":{"from":"2022-01-01","to":"2021-01-01"}}`, `{"notes":["\u0000"]}`,
		string(bytes.Repeat([]byte(`{"sources":[`), 100)),
	} {
		f.Add([]byte(s))
	}
}

// fuzzJSON checks one decoder: on success, marshalling must succeed, the
// result must decode to an equal value, and marshalling again must give
// the same bytes.
func fuzzJSON[T any](t *testing.T, data []byte) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return
	}
	b1, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("decoded %q, but Marshal fails: %v", data, err)
	}
	var w T
	if err := json.Unmarshal(b1, &w); err != nil {
		t.Fatalf("Unmarshal(Marshal(Unmarshal(%q))) = %v", data, err)
	}
	if diff := cmp.Diff(v, w, cmpRegion(), cmpTotals(), cmpSum()); diff != "" {
		t.Fatalf("second decode of %q differs (-first +second):\n%s", data, diff)
	}
	b2, err := json.Marshal(w)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("Marshal is not stable for %q: %s vs %s (%v)", data, b1, b2, err)
	}
}

func FuzzIncidentJSON(f *testing.F) {
	known := Known()
	seeds := []any{known[0], known[len(known)-1], handBuilt()[1], known[3].Attributions[0], known[3].Sources[0]}
	for _, inc := range known {
		if len(inc.Flows) > 0 {
			seeds = append(seeds, inc, inc.Flows[0])
			break
		}
	}
	jsonSeeds(f, seeds...)
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[Incident](t, data)
		fuzzJSON[Attribution](t, data)
		fuzzJSON[Source](t, data)
		fuzzJSON[Asset](t, data)
		fuzzJSON[Reported](t, data)
		fuzzJSON[Flow](t, data)
	})
}

func FuzzEstimateJSON(f *testing.F) {
	es := Estimates()
	jsonSeeds(f, es[0], es[len(es)-1], es[0].Period)
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[Estimate](t, data)
		fuzzJSON[Period](t, data)
		fuzzJSON[Part](t, data)
	})
}

func FuzzSumJSON(f *testing.F) {
	all := slices.Values(handBuilt())
	jsonSeeds(f, Total(all, LossOrUSD), ByYear(all, nil)[0], ByCountry(all, nil)[0], ByActor(all, nil)[0],
		ByStatus(all, nil)[0], ByVictimType(all, nil)[0], Total(all, nil).Items()[0])
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[Sum](t, data)
		fuzzJSON[Item](t, data)
		fuzzJSON[YearTotal](t, data)
		fuzzJSON[CountryTotal](t, data)
		fuzzJSON[ActorTotal](t, data)
		fuzzJSON[StatusTotal](t, data)
		fuzzJSON[TypeTotal](t, data)
	})
}

func FuzzResultJSON(f *testing.F) {
	known := Known()
	seeds := []any{known[0].StatusOn(day(2022, 12, 22)), Count{N: 58, Unit: "attacks"}}
	for _, inc := range known {
		if ps := inc.ImpliedPrices(); len(ps) > 0 {
			seeds = append(seeds, ps[0])
			break
		}
	}
	if r, err := Reconcile(Estimates()[0], slices.Values(known), LossOrUSD, currency.AnnualKRWUSD()); err == nil {
		seeds = append(seeds, r.Converted, r.Share)
	}
	jsonSeeds(f, seeds...)
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzJSON[Count](t, data)
		fuzzJSON[AsOf](t, data)
		fuzzJSON[CoinPrice](t, data)
		fuzzJSON[Ratio](t, data)
		fuzzJSON[Conversion](t, data)
		fuzzJSON[Converted](t, data)
	})
}
