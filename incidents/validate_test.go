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
