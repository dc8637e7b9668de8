package incidents

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ids(seq func(func(Incident) bool)) []string {
	var out []string
	for inc := range seq {
		out = append(out, inc.ID)
	}
	return out
}

func TestSelectHandBuilt(t *testing.T) {
	incs := slices.Values(handBuilt())
	tests := []struct {
		name    string
		filters []Filter
		want    []string
	}{
		{"no filter", nil, []string{"a", "b", "c", "d", "e", "f"}},
		{"nil filter passes", []Filter{nil}, []string{"a", "b", "c", "d", "e", "f"}},
		{"2022", []Filter{InYear(2022)}, []string{"a", "b", "c"}},
		{"during", []Filter{During(Period{From: day(2022, 7, 9), To: day(2023, 1, 1)})}, []string{"b", "c", "d"}},
		{"at least suspected", []Filter{StatusAtLeast(Suspected)}, []string{"a", "b", "c", "d"}},
		{"at least attributed", []Filter{StatusAtLeast(Attributed)}, []string{"a", "b", "c"}},
		{"at least confirmed", []Filter{StatusAtLeast(Confirmed)}, []string{"a", "c"}},
		{"at least disputed keeps every status", []Filter{StatusAtLeast(Disputed)}, []string{"a", "b", "c", "d"}},
		{"at least unknown is all", []Filter{StatusAtLeast(StatusUnknown)}, []string{"a", "b", "c", "d", "e", "f"}},
		{"exactly attributed", []Filter{StatusIs(Attributed)}, []string{"b"}},
		{"exactly unknown", []Filter{StatusIs(StatusUnknown)}, []string{"e", "f"}},
		{"exactly disputed: an attribution with a dispute is not", []Filter{StatusIs(Disputed)}, nil},
		{"with a dispute", []Filter{WithDispute}, []string{"b"}},
		{"KR", []Filter{InCountry(region("KR"))}, []string{"a", "d"}},
		{"SC, unverified", []Filter{InCountry(region("SC"))}, []string{"e"}},
		{"country verified", []Filter{CountryVerified}, []string{"a", "b", "c", "d"}},
		{"Lazarus", []Filter{InCluster(Lazarus)}, []string{"a", "b"}},
		{"APT38 and 2022", []Filter{InCluster(APT38), InYear(2022)}, []string{"a"}},
		{"actor name, any case", []Filter{ActorNamed("TEST ACTOR")}, []string{"a", "b", "c"}},
		{"actor name of a dispute", []Filter{ActorNamed("someone")}, []string{"b"}},
		{"exchanges", []Filter{OfType(Exchange)}, []string{"a", "b", "e"}},
		{"nothing", []Filter{OfType(Exchange), OfType(Bank)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(Select(incs, tt.filters...))); diff != "" {
				t.Errorf("Select (-want +got):\n%s", diff)
			}
		})
	}
	if got := ids(Select(nil, InYear(2022))); got != nil {
		t.Errorf("Select(nil) = %v, want nothing", got)
	}
	// Early stop: the iterator honours a break.
	n := 0
	for range Select(incs) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("breaking out of Select after 2 gave %d", n)
	}
}

func TestSelectKnown(t *testing.T) {
	known := slices.Values(Known())
	tests := []struct {
		name    string
		filters []Filter
		want    []string
	}{
		{"confirmed in 2023", []Filter{StatusIs(Confirmed), InYear(2023)}, []string{"2023-atomic-wallet", "2023-alphapo", "2023-coinspaid", "2023-stake"}},
		{"disputed rows", []Filter{StatusIs(Disputed)}, []string{"2018-coincheck", "2024-uwu-lend"}},
		{"any dispute", []Filter{WithDispute}, []string{"2018-coincheck", "2019-bithumb", "2024-uwu-lend"}},
		{"attributed in 2018 leaves out disputed Coincheck", []Filter{StatusIs(Attributed), InYear(2018)}, []string{"2018-banco-de-chile", "2018-bithumb", "2018-cosmos-bank"}},
		{"at least suspected in 2018 ranks Coincheck below", []Filter{StatusAtLeast(Suspected), InYear(2018)}, []string{"2018-bancomext", "2018-banco-de-chile", "2018-bithumb", "2018-cosmos-bank", "2018-indonesian-crypto-company", "2018-bankislami"}},
		{"at least disputed keeps every status in 2018", []Filter{StatusAtLeast(Disputed), InYear(2018)}, []string{"2018-bancomext", "2018-coincheck", "2018-banco-de-chile", "2018-bithumb", "2018-cosmos-bank", "2018-indonesian-crypto-company", "2018-bankislami"}},
		{"Bithumb 2019 ranks as attributed", []Filter{StatusAtLeast(Attributed), WithDispute}, []string{"2019-bithumb"}},
		{"TraderTraitor", []Filter{InCluster(TraderTraitor)}, []string{"2023-atomic-wallet", "2023-alphapo", "2023-coinspaid", "2024-dmm-bitcoin", "2025-bybit"}},
		{"Andariel", []Filter{InCluster(Andariel)}, []string{"2019-upbit"}},
		{"banks", []Filter{OfType(Bank)}, []string{"2015-banco-del-austro", "2015-tpbank", "2016-bangladesh-bank", "2017-feib", "2018-bancomext", "2018-banco-de-chile", "2018-cosmos-bank", "2018-bankislami", "2019-bank-of-valletta"}},
		{"Japan", []Filter{InCountry(region("JP"))}, []string{"2018-coincheck", "2024-dmm-bitcoin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(Select(known, tt.filters...))); diff != "" {
				t.Errorf("Select(Known()) (-want +got):\n%s", diff)
			}
		})
	}
}
