package sanctions

import (
	"strings"
	"testing"

	"github.com/kpledger/kpledger/currency"
)

// TestJSONRoundTripReferenceTables round-trips all of the HS reference
// data and the Comtrade code tables.
func TestJSONRoundTripReferenceTables(t *testing.T) {
	for _, s := range HSSections() {
		roundTrip(t, s.String(), s)
	}
	for _, h := range HSChapters() {
		roundTrip(t, "chapter "+h.Code.String(), h)
	}
	for _, h := range HSHeadings() {
		roundTrip(t, "heading "+h.Code.String(), h)
	}
	for _, c := range HSChanges() {
		roundTrip(t, "change "+c.Change, c)
	}
	for _, code := range []string{"030389", "27", "8803", "7701", "9999", "300490"} {
		e, _ := LookupHS(MustParseHSCode(code))
		b := roundTrip(t, "entry "+code, e)
		if code == "9999" && strings.Contains(string(b), `"section"`) {
			t.Errorf("entry 9999 JSON %s has a section; chapter 99 is in none", b)
		}
	}
	for _, f := range ComtradeFlows() {
		roundTrip(t, "flow "+f.Code, f)
	}
	for _, u := range ComtradeUnits() {
		roundTrip(t, "unit "+u.Abbr, u)
	}
	for _, code := range []string{"H0", "H6", "HS", "S4", "B5"} {
		c, _ := LookupComtradeClassification(code)
		roundTrip(t, "classification "+code, c)
	}
	for _, a := range ComtradeAreas() {
		b := roundTrip(t, "area "+a.Name, a)
		if a.Code == 756 && !strings.Contains(string(b), `"name":"Switzerland "`) {
			t.Errorf("area 756 JSON %s lost the trailing space", b)
		}
	}
	roundTrip(t, "filter", Filter{Commodity: Iron, Kind: SupplyBan, Direction: SupplyToDPRK})
}

func TestJSONRoundTripComtradeRecord(t *testing.T) {
	r := chinaImport()
	r.AltQtyUnitCode, r.AltQty, r.IsAltQtyEstimated = -1, nd("0"), ComtradeFalse
	r.GrossWgt, r.CIFValue = nd("2600000.5"), currency.MustNewAmount("210000", currency.USD)
	r.MirrorPrimaryValue, r.LegacyEstimationFlag, r.IsAggregate = currency.MustNewAmount("0", currency.USD), "4", ComtradeFalse
	b := roundTrip(t, "ComtradeRecord", r)
	for _, want := range []string{`"freq_code":"M"`, `"cmd_code":"270111"`, `"qty":"2500000"`, `"alt_qty":"0"`, `"mirror_primary_value":{"amount":"0.00","currency":"USD"}`, `"is_reported":"true"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("ComtradeRecord JSON %s lacks %s", b, want)
		}
	}
	roundTrip(t, "World reporter", ComtradeRecord{FreqCode: "A", Period: "2017", ReporterCode: ComtradeWorld, PartnerCode: ComtradeDPRK})
}
