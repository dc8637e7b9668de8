package incidents

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// The rows of the reference table of estimates.
func estimateRows() []string {
	return []string{"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "C1", "C2", "C3", "C4", "C5", "C6", "T1", "T2", "E1", "E2", "U1", "U2", "U3", "U4", "U5", "F1", "J1", "M1", "N9", "C7", "T3", "U6", "U7", "U8", "M2", "S1", "D1", "A1"}
}

func TestEstimatesRows(t *testing.T) {
	es := Estimates()
	var rows []string
	ids := map[string]bool{}
	for _, e := range es {
		if len(rows) == 0 || rows[len(rows)-1] != e.Row {
			rows = append(rows, e.Row)
		}
		if ids[e.ID] {
			t.Errorf("duplicate estimate ID %q", e.ID)
		}
		ids[e.ID] = true
		if e.ID != e.Row && !(len(e.ID) > len(e.Row) && e.ID[:len(e.Row)+1] == e.Row+"/") {
			t.Errorf("estimate ID %q does not belong to row %q", e.ID, e.Row)
		}
	}
	if diff := cmp.Diff(estimateRows(), rows); diff != "" {
		t.Errorf("Estimates() rows (-want +got):\n%s", diff)
	}
	for _, e := range es {
		if !ids[e.Row] {
			t.Errorf("row %s has no main estimate with ID %q", e.Row, e.Row)
		}
		if e.Revises != "" && !ids[e.Revises] {
			t.Errorf("%s revises unknown %q", e.ID, e.Revises)
		}
		if e.Scope == SingleIncident {
			if _, ok := Lookup(e.Incident); !ok {
				t.Errorf("%s names unknown incident %q", e.ID, e.Incident)
			}
		}
		for _, p := range e.Parts {
			if _, ok := Lookup(p.Incident); p.Incident != "" && !ok {
				t.Errorf("%s part %q names unknown incident %q", e.ID, p.Label, p.Incident)
			}
		}
	}
}

// TestEstimatesSources fails if any built-in estimate lacks a source.
func TestEstimatesSources(t *testing.T) {
	for _, e := range Estimates() {
		if len(e.Sources) == 0 {
			t.Errorf("estimate %s has no source", e.ID)
		}
		for _, s := range e.Sources {
			if s.IsZero() || s.URL == "" {
				t.Errorf("estimate %s: source %+v lacks a publisher or URL", e.ID, s)
			}
		}
		if e.Publisher == PublisherUnknown || e.AsPrinted == "" || e.Published.IsZero() || e.Verification == VerificationUnknown || e.Scope == ScopeUnknown {
			t.Errorf("estimate %s lacks a publisher, printed figure, date, verification or scope: %+v", e.ID, e)
		}
		if e.Figure.Amount.IsZero() || !e.Figure.Amount.Currency().Valid() {
			t.Errorf("estimate %s has no figure", e.ID)
		}
		if (!e.Figure.Equivalent.IsZero() || !e.Figure.HighEquivalent.IsZero()) && e.EquivalentBy == "" {
			t.Errorf("estimate %s has an equivalent but not who supplied it", e.ID)
		}
	}
}

func TestEstimatesValues(t *testing.T) {
	type row struct {
		Figure, High, Period, Revises string
		Scope                         Scope
	}
	want := map[string]row{
		"N2":      {"about KRW 1500000000000 (USD 1200000000.00)", "", "2017-01-01 – 2022-12-22", "", Crypto},
		"N3":      {"about KRW 800000000000 (USD 626000000.00)", "", "2022-01-01 – 2022-12-31", "", CryptoBanksRansomware},
		"N4":      {"more than KRW 100000000000 (USD 78000000.00)", "", "2017-01-01 – 2022-12-22", "", Crypto},
		"N6":      {"about KRW 160000000000", "", "2022-01-01 – 2022-12-31", "", Crypto},
		"N7":      {"USD 700000000.00 (KRW 880000000000)", "", "2022-01-01 – 2022-12-31", "", Crypto},
		"C1":      {"nearly USD 400000000.00", "", "2021-01-01 – 2021-12-31", "", Crypto},
		"C2":      {"about USD 1700000000.00", "", "2022-01-01 – 2022-12-31", "", Crypto},
		"C3/2022": {"USD 1650000000.00", "", "2022-01-01 – 2022-12-31", "C2", Crypto},
		"C4":      {"about USD 1000000000.00", "", "2023-01-01 – 2023-12-31", "", Crypto},
		"C5/2023": {"USD 660500000.00", "", "2023-01-01 – 2023-12-31", "C4", Crypto},
		"C6":      {"USD 2020000000.00", "", "2025-01-01 – 2025-12-18", "C7", Crypto},
		"T2":      {"USD 600000000.00", "up to USD 700000000.00", "2023-01-01 – 2023-12-31", "", Crypto},
		"U1":      {"up to USD 2000000000.00", "", "… – 2019-08-05", "", CryptoAndBanks},
		"U2":      {"USD 630000000.00", "more than USD 1000000000.00 (KRW 1200000000000)", "2022-01-01 – 2022-12-31", "", Crypto},
		"F1":      {"about USD 1500000000.00", "", "2025-02-21 – 2025-02-21", "", SingleIncident},
		"M1/2025": {"USD 1650000000.00 (KRW 2300000000000)", "", "2025-01-01 – 2025-09-30", "", CryptoFromExchanges},
		// Rows added on 2026-12-01.
		"N9":            {"about USD 920000000.00", "", "2022-01-01 – 2023-11-01", "", Money},
		"C7":            {"more than USD 2170000000.00", "", "2025-01-01 – 2025-06-30", "", Crypto},
		"C7/bybit":      {"USD 1500000000.00", "", "2025-02-21 – 2025-02-21", "", SingleIncident},
		"T3":            {"USD 1600000000.00", "", "2025-01-01 – 2025-06-30", "", Crypto},
		"T3/since-2017": {"more than USD 5000000000.00", "", "2017-01-01 – 2025-06-27", "T2/2017-2023", Crypto},
		"U6":            {"about USD 670000000.00", "", "2015-01-01 – 2018-12-31", "", CryptoAndBanks},
		"U6/exchanges":  {"USD 571000000.00", "", "2017-01-01 – 2018-09-30", "", CryptoFromExchanges},
		"U7":            {"about USD 316400000.00", "", "2019-01-01 – 2020-11-30", "", Crypto},
		"U8":            {"more than USD 50000000.00", "", "2020-01-01 – 2021-06-30", "", CryptoFromExchanges},
		"M2":            {"USD 1190000000.00", "", "2024-01-01 – 2024-12-31", "", Crypto},
		"S1":            {"more than USD 2000000000.00", "", "2025-01-01 – 2025-12-31", "M1/2025", Crypto},
		"S1/additional": {"USD 400000000.00", "", "2025-10-22 – …", "", Crypto},
		"D1":            {"more than USD 1300000000.00", "", "2015-01-01 – 2020-12-31", "", CryptoAndBanks},
		"D1/banks":      {"more than USD 1200000000.00", "", "2015-01-01 – 2019-12-31", "", Banks},
		"D1/crypto":     {"about USD 111700000.00", "", "2017-12-01 – 2020-08-31", "", Crypto},
		"A1":            {"nearly USD 2000000000.00", "", "2015-01-01 – 2020-08-26", "", Banks},
	}
	got := map[string]row{}
	for _, e := range Estimates() {
		if _, ok := want[e.ID]; !ok {
			continue
		}
		high := ""
		if e.IsRange() {
			high = currency.Figure{Qualifier: e.Figure.HighQualifier, Amount: e.Figure.High, Equivalent: e.Figure.HighEquivalent}.String()
		}
		low := currency.Figure{Qualifier: e.Figure.Qualifier, Amount: e.Figure.Amount, Equivalent: e.Figure.Equivalent}
		got[e.ID] = row{low.String(), high, e.Period.String(), e.Revises, e.Scope}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Estimates() values (-want +got):\n%s", diff)
	}
	c6, _ := LookupEstimate("C6")
	if c6.Verification != Primary {
		t.Errorf("C6 verification = %v, want primary", c6.Verification)
	}
	n6, _ := LookupEstimate("N6")
	if len(n6.Unverified) == 0 {
		t.Error("N6: the attribution to the NIS should be marked unverified")
	}
	if _, ok := LookupEstimate("Z9"); ok {
		t.Error(`LookupEstimate("Z9") found something`)
	}
}

// TestEstimatesImpliedRates checks the rates the reference reads off the
// NIS/AP pairs.
func TestEstimatesImpliedRates(t *testing.T) {
	tests := []struct {
		id   string
		want string // KRW per USD, rounded to 0 places
	}{
		{"N2", "1250"},
		{"N3", "1278"},
		{"N4", "1282"},
	}
	for _, tt := range tests {
		e, _ := LookupEstimate(tt.id)
		r, err := e.Figure.ImpliedRate()
		if err != nil {
			t.Fatalf("%s ImpliedRate: %v", tt.id, err)
		}
		if got := r.Value.Round(0).String(); got != tt.want || r.From != currency.USD || r.To != currency.KRW {
			t.Errorf("%s ImpliedRate = %v, want USD/KRW ≈ %s", tt.id, r, tt.want)
		}
	}
}

func TestEstimatesFreshCopies(t *testing.T) {
	first := Estimates()
	want := Estimates()
	for i := range first {
		first[i].Venue = "changed"
		if len(first[i].Sources) > 0 {
			first[i].Sources[0].URL = "changed"
		}
		if len(first[i].Parts) > 0 {
			first[i].Parts[0].Label = "changed"
		}
	}
	if diff := cmp.Diff(want, Estimates(), cmpRegion()); diff != "" {
		t.Errorf("Estimates() changed after mutating an earlier result (-want +got):\n%s", diff)
	}
	// No two estimates of one call share a slice.
	es := Estimates()
	es[1].Sources[0].URL = "changed" // N2
	if es[2].Sources[0].URL == "changed" {
		t.Error("N2 and N3 share their Sources slice")
	}
}

func TestPeriodContains(t *testing.T) {
	p := YearPeriod(2022)
	tests := []struct {
		p    Period
		day  string
		want bool
	}{
		{p, "2022-01-01", true},
		{p, "2022-12-31", true},
		{p, "2021-12-31", false},
		{p, "2023-01-01", false},
		{Period{To: day(2019, 8, 5)}, "2016-02-04", true},
		{Period{From: day(2025, 1, 1)}, "2030-01-01", true},
	}
	for _, tt := range tests {
		d := mustDay(t, tt.day)
		if got := tt.p.Contains(d); got != tt.want {
			t.Errorf("%v.Contains(%s) = %v, want %v", tt.p, tt.day, got, tt.want)
		}
	}
	if (Period{}).Contains(time.Time{}) {
		t.Error("Period{}.Contains(time.Time{}) = true, want false: a zero time is in no period")
	}
	if got := (Period{}).String(); got != "… – …" {
		t.Errorf("Period{}.String() = %q, want \"… – …\"", got)
	}
}
