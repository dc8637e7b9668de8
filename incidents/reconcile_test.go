package incidents

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

func TestReconcileNIS2022(t *testing.T) {
	n3, _ := LookupEstimate("N3")
	rates := currency.AnnualKRWUSD()
	tests := []struct {
		name      string
		m         Measure
		incidents []string
		total     string
		missing   []string
		share     string
	}{
		// Ronin's loss was reported in coins only; Harmony's as approx. $100MM.
		// Deribit's own figure was not seen either.
		{"reported loss", ReportedLoss, []string{"2022-ronin-bridge", "2022-harmony-horizon-bridge", "2022-deribit"}, "KRW 129177960000", []string{"2022-ronin-bridge", "2022-deribit"}, "16.1 %"},
		// With the FBI's $620M for Ronin and the press's $28M for Deribit,
		// at the 2022 annual average 1291.7796: (620+100+28)M × 1291.7796.
		{"loss or USD", LossOrUSD, []string{"2022-ronin-bridge", "2022-harmony-horizon-bridge", "2022-deribit"}, "KRW 966251140800", nil, "120.8 %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Reconcile(n3, slices.Values(Known()), tt.m, rates)
			if err != nil {
				t.Fatalf("Reconcile(N3) error: %v", err)
			}
			if diff := cmp.Diff(tt.incidents, r.Incidents); diff != "" {
				t.Errorf("Reconcile(N3).Incidents (-want +got):\n%s", diff)
			}
			if got := r.Converted.Total.String(); got != tt.total {
				t.Errorf("Reconcile(N3).Converted.Total = %s, want %s", got, tt.total)
			}
			if diff := cmp.Diff(tt.missing, r.Missing()); diff != "" {
				t.Errorf("Reconcile(N3).Missing() (-want +got):\n%s", diff)
			}
			if got := r.Share.Percent(1); got != tt.share {
				t.Errorf("Reconcile(N3).Share = %s, want %s", got, tt.share)
			}
			for _, c := range r.Converted.Items {
				if c.Rate.Value.String() != "1291.7796" {
					t.Errorf("Reconcile(N3) rate for %s = %v, want the 2022 annual average 1291.7796", c.ID, c.Rate)
				}
			}
		})
	}
}

func TestReconcileScope(t *testing.T) {
	known := Known()
	rates := currency.AnnualKRWUSD()
	tests := []struct {
		id   string
		want []string
	}{
		// South Korea only, 2017 to the briefing.
		{"N4", []string{"2017-yapizon", "2017-bithumb", "2017-coinis", "2017-youbit", "2018-bithumb", "2019-bithumb", "2019-upbit"}},
		// Banks included, to mid-2019.
		{"U1", []string{"2015-banco-del-austro", "2015-tpbank", "2016-bangladesh-bank", "2017-yapizon", "2017-bithumb", "2017-coinis", "2017-feib", "2017-nicehash", "2017-youbit",
			"2018-bancomext", "2018-coincheck", "2018-banco-de-chile", "2018-bithumb", "2018-cosmos-bank", "2018-indonesian-crypto-company", "2018-bankislami",
			"2019-bank-of-valletta", "2019-dragonex", "2019-bithumb", "2019-exchange-3"}},
		// Crypto only, so the bank is out.
		{"N1", []string{"2017-yapizon", "2017-bithumb", "2017-coinis", "2017-youbit"}},
		{"F1", []string{"2025-bybit"}},
		// Exchanges only, January to September 2025.
		{"M1/2025", []string{"2025-phemex", "2025-bybit", "2025-bitopro", "2025-woo-x"}},
	}
	for _, tt := range tests {
		e, ok := LookupEstimate(tt.id)
		if !ok {
			t.Fatalf("LookupEstimate(%q) not found", tt.id)
		}
		r, err := Reconcile(e, slices.Values(known), LossOrUSD, rates)
		if err != nil {
			t.Fatalf("Reconcile(%s) error: %v", tt.id, err)
		}
		if diff := cmp.Diff(tt.want, r.Incidents); diff != "" {
			t.Errorf("Reconcile(%s).Incidents (-want +got):\n%s", tt.id, diff)
		}
	}
}

func TestReconcileRange(t *testing.T) {
	u2, _ := LookupEstimate("U2")
	r, err := Reconcile(u2, slices.Values(Known()), LossOrUSD, currency.AnnualKRWUSD())
	if err != nil {
		t.Fatalf("Reconcile(U2) error: %v", err)
	}
	// $620M (Ronin, FBI) + $100M (Harmony) + $28M (Deribit) of "$630 million" to "more than $1 billion".
	if got := r.Converted.Total.String(); got != "USD 748000000.00" {
		t.Errorf("Reconcile(U2) total = %s, want USD 748000000.00", got)
	}
	if got, want := r.Share.Percent(1)+" / "+r.HighShare.Percent(1), "118.7 % / 74.8 %"; got != want {
		t.Errorf("Reconcile(U2) shares = %s, want %s", got, want)
	}
}

func TestReconcileErrors(t *testing.T) {
	if _, err := Reconcile(Estimate{ID: "empty"}, slices.Values(Known()), nil, currency.Rates{}); !errors.Is(err, ErrNoFigure) || err.Error() != `incidents: Reconcile "empty": estimate has no figure` {
		t.Errorf("Reconcile of an estimate without figure: err = %v, want ErrNoFigure with the estimate's ID", err)
	}
	mixed := Estimate{ID: "mixed", Scope: Crypto, Figure: currency.Figure{Amount: mustAmt("1", currency.USD), High: mustAmt("2000", currency.KRW)}}
	if _, err := Reconcile(mixed, nil, nil, currency.Rates{}); !errors.Is(err, currency.ErrCurrencyMismatch) {
		t.Errorf("Reconcile of a range in two currencies: err = %v, want ErrCurrencyMismatch", err)
	}
	n3, _ := LookupEstimate("N3")
	// Without rates nothing converts: every incident is listed, none dropped.
	r, err := Reconcile(n3, slices.Values(Known()), LossOrUSD, currency.Rates{})
	if err != nil {
		t.Fatalf("Reconcile(N3) without rates: %v", err)
	}
	if diff := cmp.Diff([]string{"2022-ronin-bridge", "2022-harmony-horizon-bridge", "2022-deribit"}, r.Missing()); diff != "" {
		t.Errorf("Reconcile(N3) without rates: Missing() (-want +got):\n%s", diff)
	}
	for _, u := range r.Unconverted {
		if !errors.Is(u.Err, currency.ErrNoRate) {
			t.Errorf("Reconcile(N3) without rates: %s error = %v, want ErrNoRate", u.ID, u.Err)
		}
	}
	if !r.Converted.Total.IsZero() {
		t.Errorf("Reconcile(N3) without rates: total = %v, want 0", r.Converted.Total)
	}
	// Nothing in scope is not an error: the share is zero.
	r, err = Reconcile(n3, nil, nil, currency.Rates{})
	if err != nil || r.Share.Percent(1) != "0.0 %" || len(r.Incidents) != 0 {
		t.Errorf("Reconcile(N3, nil) = %v, %v; want no incidents, 0.0 %%", r.Share, err)
	}
}

// TestReconcileUnconverted: U1 (USD) covers Coincheck's JPY loss, for
// which the annual KRW/USD table has no rate.
func TestReconcileUnconverted(t *testing.T) {
	u1, _ := LookupEstimate("U1")
	r, err := Reconcile(u1, slices.Values(Known()), ReportedLoss, currency.AnnualKRWUSD())
	if err != nil {
		t.Fatalf("Reconcile(U1): %v", err)
	}
	// Reported losses in the period: Bangladesh $81M; Yapizon KRW 5.5bn;
	// Bithumb 2017 KRW 7bn; Bithumb 2018 KRW 35bn; FEIB under $500,000;
	// Banco de Chile $10M; in JPY, INR, PKR and EUR (no rate in the annual
	// KRW/USD table): Coincheck, Cosmos, BankIslami, Bank of Valletta.
	want := []string{"2015-banco-del-austro", "2015-tpbank", "2017-coinis", "2017-nicehash", "2017-youbit", "2018-bancomext",
		"2018-indonesian-crypto-company", "2019-dragonex", "2019-bithumb", "2019-exchange-3",
		"2018-coincheck", "2018-cosmos-bank", "2018-bankislami", "2019-bank-of-valletta"}
	if diff := cmp.Diff(want, r.Missing()); diff != "" {
		t.Errorf("Reconcile(U1).Missing() (-want +got):\n%s", diff)
	}
	// 81000000 + 500000 + 10000000 + 5500000000/1129.0435 + 7000000000/1129.0435
	// + 35000000000/1099.2926, each rounded half-even to cents.
	if got := r.Converted.Total.String(); got != "USD 134409975.31" {
		t.Errorf("Reconcile(U1) total = %s, want USD 134409975.31", got)
	}
}
