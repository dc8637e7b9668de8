package incidents

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func validIncident() Incident {
	return Incident{
		ID: "test-1", Date: day(2022, 3, 23), DatePrecision: PrecisionDay, VictimType: Exchange,
		Loss:         mustAmt("100", currency.USD),
		Attributions: []Attribution{confirmedBy(Lazarus)},
	}
}

func TestValidate(t *testing.T) {
	if err := validIncident().Validate(); err != nil {
		t.Fatalf("valid incident: Validate() = %v", err)
	}
	tests := []struct {
		name   string
		change func(*Incident)
		field  string
		reason string
	}{
		{"empty ID", func(i *Incident) { i.ID = "" }, "ID", "empty"},
		{"loss without currency", func(i *Incident) { i.Loss = currency.AmountOf(dec("5"), currency.XXX) }, "Loss", "no valid currency"},
		{"negative loss", func(i *Incident) { i.Loss = mustAmt("-1", currency.KRW) }, "Loss", "negative"},
		{"no date", func(i *Incident) { i.Date = time.Time{} }, "Date", "missing"},
		{"date too early", func(i *Incident) { i.Date = day(1899, 1, 1) }, "Date", "outside the years"},
		{"date too late", func(i *Incident) { i.Date = day(2200, 1, 1) }, "Date", "outside the years"},
		{"not a calendar day", func(i *Incident) { i.Date = time.Date(2022, 3, 23, 12, 0, 0, 0, time.UTC) }, "Date", "not a UTC calendar day"},
		{"not UTC", func(i *Incident) { i.Date = time.Date(2022, 3, 23, 0, 0, 0, 0, time.FixedZone("KST", 9*3600)) }, "Date", "not a UTC calendar day"},
		{"unknown status", func(i *Incident) { i.Attributions[0].Status = StatusUnknown }, "Attributions[0].Status", "unknown status"},
		{"undefined status", func(i *Incident) { i.Attributions[0].Status = Status(42) }, "Attributions[0].Status", "Status(42)"},
		{"attribution without source", func(i *Incident) { i.Attributions[0].Source = Source{} }, "Attributions[0].Source", "no source"},
		{"attribution date", func(i *Incident) { i.Attributions[0].Date = day(1970, 1, 1) }, "Attributions[0].Date", "outside the years"},
		{"undefined victim type", func(i *Incident) { i.VictimType = VictimType(99) }, "VictimType", "VictimType(99)"},
		{"undefined precision", func(i *Incident) { i.DatePrecision = Precision(9) }, "DatePrecision", "Precision(9)"},
		// The audit defects of issue 10, each named by incident and field.
		{"one nanosecond past midnight prints the nanosecond", func(i *Incident) { i.Date = day(2022, 3, 23).Add(time.Nanosecond) }, "Date", "2022-03-23T00:00:00.000000001Z is not a UTC calendar day"},
		{"midnight at +14:00 is not a UTC day, not a bad year", func(i *Incident) { i.Date = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("LINT", 14*3600)) }, "Date", "2000-01-01T00:00:00+14:00 is not a UTC calendar day"},
		{"undefined cluster", func(i *Incident) { i.Attributions[0].Clusters = []Cluster{Cluster(200)} }, "Attributions[0].Clusters[0]", "Cluster(200)"},
		{"undefined attribution precision", func(i *Incident) { i.Attributions[0].DatePrecision = Precision(9) }, "Attributions[0].DatePrecision", "Precision(9)"},
		{"undefined qualifier", func(i *Incident) {
			i.LossUSD = []Reported{{Figure: currency.Figure{Qualifier: currency.Qualifier(99), Amount: mustAmt("5", currency.USD)}}}
		}, "LossUSD[0].Qualifier", "Qualifier(99)"},
		{"undefined asset qualifier", func(i *Incident) {
			i.Assets = []Asset{{Symbol: "ETH", Quantity: dec("1"), Qualifier: currency.Qualifier(99)}}
		}, "Assets[0].Qualifier", "Qualifier(99)"},
		{"undefined stated status", func(i *Incident) { i.StatedStatus = Status(7) }, "StatedStatus", "Status(7)"},
		{"undefined flow kind", func(i *Incident) { i.Flows = []Flow{{Kind: FlowKind(50)}} }, "Flows[0].Kind", "FlowKind(50)"},
		{"negative equivalent", func(i *Incident) {
			i.LossUSD = []Reported{{Figure: currency.Figure{Amount: mustAmt("5", currency.USD), Equivalent: mustAmt("-6000", currency.KRW)}}}
		}, "LossUSD[0].Equivalent", "negative"},
		{"range low above high", func(i *Incident) {
			i.LossUSD = []Reported{{Figure: currency.Figure{Amount: mustAmt("7", currency.USD), High: mustAmt("6", currency.USD)}}}
		}, "LossUSD[0].High", "low end exceeds the high end"},
		{"range ends in two currencies", func(i *Incident) {
			i.OtherLosses = []Reported{{Figure: currency.Figure{Amount: mustAmt("7", currency.USD), High: mustAmt("6000", currency.KRW)}}}
		}, "OtherLosses[0].High", "different currencies"},
		{"negative flow", func(i *Incident) {
			i.Flows = []Flow{{Kind: Recovered, Figure: Reported{Figure: currency.Figure{Amount: mustAmt("-1", currency.USD)}}}}
		}, "Flows[0]", "negative"},
		{"non-USD USD figure", func(i *Incident) {
			i.LossUSD = []Reported{{Figure: currency.Figure{Amount: mustAmt("5", currency.KRW)}}}
		}, "LossUSD[0]", "not in USD"},
		{"negative range end", func(i *Incident) {
			i.LossUSD = []Reported{{Figure: currency.Figure{Amount: mustAmt("5", currency.USD), High: mustAmt("-6", currency.USD)}}}
		}, "LossUSD[0].High", "negative"},
		{"negative other loss", func(i *Incident) {
			i.OtherLosses = []Reported{{Figure: currency.Figure{Amount: mustAmt("-5", currency.KRW)}}}
		}, "OtherLosses[0]", "negative"},
		{"negative asset", func(i *Incident) {
			i.Assets = []Asset{{Symbol: "ETH", Quantity: decimal.NewFromInt(-1)}}
		}, "Assets[0]", "negative quantity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inc := validIncident()
			tt.change(&inc)
			err := inc.Validate()
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate() = %v, want an ErrInvalid", err)
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			if ve.Field != tt.field || !strings.Contains(ve.Problem, tt.reason) {
				t.Errorf("Validate() = %v, want field %q and a problem containing %q", err, tt.field, tt.reason)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "incidents: incident ") || !strings.Contains(msg, tt.field) {
				t.Errorf("Validate() message %q should start with \"incidents: incident\" and name the field %q", msg, tt.field)
			}
			if inc.ID != "" && !strings.Contains(msg, inc.ID) {
				t.Errorf("Validate() message %q should name the incident %q", msg, inc.ID)
			}
		})
	}
}

func TestValidateAllProblems(t *testing.T) {
	err := Incident{Attributions: []Attribution{{}}}.Validate()
	var n int
	for _, f := range []string{"ID", "Date", "Attributions[0].Status", "Attributions[0].Source"} {
		if strings.Contains(err.Error(), ": "+f+": ") {
			n++
		}
	}
	if n != 4 {
		t.Errorf("Validate() of a zero incident = %v, want problems with ID, Date, Attributions[0].Status and .Source", err)
	}
}

// TestValidateUTCZone: midnight in a zone named UTC with offset 0 is a UTC
// calendar day, like midnight in time.UTC.
func TestValidateUTCZone(t *testing.T) {
	inc := validIncident()
	inc.Date = time.Date(2022, 3, 23, 0, 0, 0, 0, time.FixedZone("UTC", 0))
	if err := inc.Validate(); err != nil {
		t.Errorf("Validate() of midnight in FixedZone(\"UTC\", 0) = %v, want nil", err)
	}
}

func TestKnownEstimatesValidate(t *testing.T) {
	for _, e := range Estimates() {
		if err := e.Validate(); err != nil {
			t.Errorf("Estimates() %s: Validate() = %v", e.ID, err)
		}
	}
}

func validEstimate() Estimate {
	return Estimate{ID: "X1", Row: "X1", Publisher: Chainalysis, Published: day(2024, 1, 24), PublishedPrecision: PrecisionDay,
		Period: YearPeriod(2023), Scope: Crypto, Figure: currency.Figure{Amount: mustAmt("1000000000", currency.USD)}, Verification: Secondary}
}

func TestEstimateValidate(t *testing.T) {
	if err := validEstimate().Validate(); err != nil {
		t.Fatalf("valid estimate: Validate() = %v", err)
	}
	tests := []struct {
		name   string
		change func(*Estimate)
		field  string
		reason string
	}{
		{"empty ID", func(e *Estimate) { e.ID = "" }, "ID", "empty"},
		{"no publisher", func(e *Estimate) { e.Publisher = PublisherUnknown }, "Publisher", "unknown"},
		{"undefined publisher", func(e *Estimate) { e.Publisher = Publisher(77) }, "Publisher", "Publisher(77)"},
		{"no date", func(e *Estimate) { e.Published = time.Time{} }, "Published", "missing"},
		{"date past midnight", func(e *Estimate) { e.Published = day(2024, 1, 24).Add(time.Nanosecond) }, "Published", "not a UTC calendar day"},
		{"period backwards", func(e *Estimate) { e.Period = Period{From: day(2024, 1, 1), To: day(2023, 1, 1)} }, "Period", "after its end"},
		{"no figure", func(e *Estimate) { e.Figure = currency.Figure{} }, "Figure", "no figure"},
		{"negative figure", func(e *Estimate) { e.Figure.Amount = mustAmt("-1", currency.USD) }, "Figure", "negative"},
		{"range backwards", func(e *Estimate) { e.Figure.High = mustAmt("5", currency.USD) }, "Figure.High", "low end exceeds"},
		{"range in two currencies", func(e *Estimate) { e.Figure.High = mustAmt("5000000000000", currency.KRW) }, "Figure.High", "different currencies"},
		{"negative equivalent", func(e *Estimate) { e.Figure.Equivalent = mustAmt("-1", currency.KRW) }, "Figure.Equivalent", "negative"},
		{"undefined qualifier", func(e *Estimate) { e.Figure.Qualifier = currency.Qualifier(99) }, "Figure.Qualifier", "Qualifier(99)"},
		{"undefined scope", func(e *Estimate) { e.Scope = Scope(40) }, "Scope", "Scope(40)"},
		{"single incident without one", func(e *Estimate) { e.Scope = SingleIncident }, "Incident", "names no incident"},
		{"revises without a kind", func(e *Estimate) { e.Revises = "C4" }, "Revision", "give both or neither"},
		{"revises itself", func(e *Estimate) { e.Revises, e.Revision = "X1", Restates }, "Revises", "itself"},
		{"negative count", func(e *Estimate) { e.Attacks = Count{N: -1, Unit: "attacks"} }, "Attacks", "negative"},
		{"count without unit", func(e *Estimate) { e.Attacks = Count{N: 5} }, "Attacks", "no unit"},
		{"bad part", func(e *Estimate) { e.Parts = []Part{{Figure: currency.Figure{Amount: mustAmt("-3", currency.USD)}}} }, "Parts[0].Figure", "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := validEstimate()
			tt.change(&e)
			err := e.Validate()
			var ve *ValidationError
			if !errors.Is(err, ErrInvalid) || !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError wrapping ErrInvalid", err)
			}
			if ve.Field != tt.field || !strings.Contains(ve.Problem, tt.reason) || ve.Record != "estimate" {
				t.Errorf("Validate() = %v, want field %q and a problem containing %q", err, tt.field, tt.reason)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "incidents: estimate ") {
				t.Errorf("Validate() message %q should start with \"incidents: estimate\"", msg)
			}
		})
	}
}
