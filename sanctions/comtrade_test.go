package sanctions

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

func nd(s string) decimal.NullDecimal {
	return decimal.NullDecimal{Decimal: decimal.RequireFromString(s), Valid: true}
}

// chinaImport is an illustrative monthly record made for the tests: a
// partner's imports of anthracite from the DPRK.
func chinaImport() ComtradeRecord {
	return ComtradeRecord{
		TypeCode: "C", FreqCode: "M", Period: "201710", RefYear: 2017, RefMonth: 10,
		ReporterCode: 156, ReporterISO: "CHN", FlowCode: "M", PartnerCode: ComtradeDPRK,
		ClassificationCode: "H5", IsOriginalClassification: ComtradeTrue, CmdCode: "270111",
		QtyUnitCode: 8, Qty: nd("2500000"), NetWgt: nd("2500000"),
		PrimaryValue: currency.MustNewAmount("210000", currency.USD), IsReported: ComtradeTrue,
	}
}

func TestComtradeRecordTrade(t *testing.T) {
	usd := func(s string) currency.Amount { return currency.MustNewAmount(s, currency.USD) }
	tests := []struct {
		name string
		edit func(*ComtradeRecord)
		want Trade
	}{
		{"monthly import from the DPRK is a DPRK export", func(r *ComtradeRecord) {},
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("2500000", Kilogram), Value: usd("210000")}},
		{"annual export to the DPRK is supply to it", func(r *ComtradeRecord) {
			r.FreqCode, r.Period, r.RefYear, r.RefMonth, r.FlowCode = "A", "2018", 2018, 52, "X"
			r.CmdCode, r.QtyUnitCode, r.Qty = "2710", 19, nd("1200")
		}, Trade{Date: day(2018, time.January, 1), Precision: PrecisionYear, Direction: SupplyToDPRK, HS: MustParseHSCode("2710"),
			Quantity: MustQuantity("1200", Barrel), Value: usd("210000")}},
		{"thousands of kilograms are metric tons", func(r *ComtradeRecord) { r.QtyUnitCode, r.Qty = 21, nd("2500") },
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("2500", MetricTon), Value: usd("210000")}},
		{"items fall back to net weight", func(r *ComtradeRecord) { r.QtyUnitCode, r.Qty, r.NetWgt = 5, nd("40"), nd("880") },
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("880", Kilogram), Value: usd("210000")}},
		{"no quantity and no weight", func(r *ComtradeRecord) {
			r.QtyUnitCode, r.Qty, r.NetWgt = -1, decimal.NullDecimal{}, decimal.NullDecimal{}
		},
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"), Value: usd("210000")}},
		{"no value", func(r *ComtradeRecord) { r.PrimaryValue = currency.Amount{} },
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("2500000", Kilogram)}},
		{"period without refYear and refMonth", func(r *ComtradeRecord) { r.RefYear, r.RefMonth = 0, 0 },
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("2500000", Kilogram), Value: usd("210000")}},
		{"World as reporter (trade matrix)", func(r *ComtradeRecord) { r.ReporterCode, r.IsReported = ComtradeWorld, ComtradeFalse },
			Trade{Date: day(2017, time.October, 1), Precision: PrecisionMonth, Direction: DPRKExports, HS: MustParseHSCode("270111"),
				Quantity: MustQuantity("2500000", Kilogram), Value: usd("210000")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := chinaImport()
			tt.edit(&r)
			got, err := r.Trade()
			if err != nil {
				t.Fatalf("Trade() error: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Trade() mismatch (-want +got):\n%s", diff)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("the Trade does not validate: %v", err)
			}
		})
	}
}

func TestComtradeRecordBad(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*ComtradeRecord)
		field string
		err   error
		// validateOnly: a field Trade does not use, which only Validate
		// checks.
		validateOnly bool
	}{
		{"partner World", func(r *ComtradeRecord) { r.PartnerCode = ComtradeWorld }, "ComtradeRecord.PartnerCode", ErrInvalidComtrade, false},
		{"partner South Korea", func(r *ComtradeRecord) { r.PartnerCode = 410 }, "ComtradeRecord.PartnerCode", ErrInvalidComtrade, false},
		{"reporter DPRK", func(r *ComtradeRecord) { r.ReporterCode = 408 }, "ComtradeRecord.ReporterCode", ErrInvalidComtrade, false},
		{"unknown flow", func(r *ComtradeRecord) { r.FlowCode = "MIF" }, "ComtradeRecord.FlowCode", ErrInvalidComtrade, false},
		{"empty flow", func(r *ComtradeRecord) { r.FlowCode = "" }, "ComtradeRecord.FlowCode", ErrInvalidComtrade, false},
		{"lower-case flow", func(r *ComtradeRecord) { r.FlowCode = "m" }, "ComtradeRecord.FlowCode", ErrInvalidComtrade, false},
		{"re-export", func(r *ComtradeRecord) { r.FlowCode = "RX" }, "ComtradeRecord.FlowCode", ErrDirectionUndetermined, false},
		{"re-import", func(r *ComtradeRecord) { r.FlowCode = "RM" }, "ComtradeRecord.FlowCode", ErrDirectionUndetermined, false},
		{"domestic export", func(r *ComtradeRecord) { r.FlowCode = "DX" }, "ComtradeRecord.FlowCode", ErrDirectionUndetermined, false},
		{"quarterly", func(r *ComtradeRecord) { r.FreqCode = "Q" }, "ComtradeRecord.FreqCode", ErrInvalidComtrade, false},
		{"no frequency", func(r *ComtradeRecord) { r.FreqCode = "" }, "ComtradeRecord.FreqCode", ErrInvalidComtrade, false},
		{"period too short", func(r *ComtradeRecord) { r.Period = "20171" }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"month 13", func(r *ComtradeRecord) { r.Period, r.RefMonth = "201713", 0 }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"month 00", func(r *ComtradeRecord) { r.Period, r.RefMonth = "201700", 0 }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"period with a letter", func(r *ComtradeRecord) { r.Period = "2017-1" }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"annual period for monthly", func(r *ComtradeRecord) { r.Period = "2017" }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"year 1066", func(r *ComtradeRecord) { r.Period, r.RefYear = "106610", 0 }, "ComtradeRecord.Period", ErrInvalidComtrade, false},
		{"refYear disagrees", func(r *ComtradeRecord) { r.RefYear = 2016 }, "ComtradeRecord.RefYear", ErrInvalidComtrade, false},
		{"refMonth disagrees", func(r *ComtradeRecord) { r.RefMonth = 11 }, "ComtradeRecord.RefMonth", ErrInvalidComtrade, false},
		{"annual with refMonth 99", func(r *ComtradeRecord) { r.FreqCode, r.Period, r.RefMonth = "A", "2017", 99 }, "ComtradeRecord.RefMonth", ErrInvalidComtrade, false},
		{"services", func(r *ComtradeRecord) { r.TypeCode = "S" }, "ComtradeRecord.TypeCode", ErrInvalidComtrade, false},
		{"SITC", func(r *ComtradeRecord) { r.ClassificationCode = "S4" }, "ComtradeRecord.ClassificationCode", ErrInvalidComtrade, false},
		{"H7", func(r *ComtradeRecord) { r.ClassificationCode = "H7" }, "ComtradeRecord.ClassificationCode", ErrInvalidComtrade, false},
		{"TOTAL", func(r *ComtradeRecord) { r.CmdCode = "TOTAL" }, "ComtradeRecord.CmdCode", ErrInvalidComtrade, false},
		{"5-digit code", func(r *ComtradeRecord) { r.CmdCode = "27011" }, "ComtradeRecord.CmdCode", ErrInvalidHSCode, false},
		{"negative quantity", func(r *ComtradeRecord) { r.Qty = nd("-1") }, "ComtradeRecord.Qty", ErrInvalidComtrade, false},
		{"quantity with no unit", func(r *ComtradeRecord) { r.QtyUnitCode = 0 }, "ComtradeRecord.QtyUnitCode", ErrInvalidComtrade, false},
		{"unknown unit", func(r *ComtradeRecord) { r.QtyUnitCode = 99 }, "ComtradeRecord.QtyUnitCode", ErrInvalidComtrade, false},
		{"negative net weight", func(r *ComtradeRecord) { r.NetWgt = nd("-5") }, "ComtradeRecord.NetWgt", ErrInvalidComtrade, false},
		{"value in euros", func(r *ComtradeRecord) { r.PrimaryValue = currency.MustNewAmount("1", currency.EUR) }, "ComtradeRecord.PrimaryValue", ErrInvalidComtrade, false},
		{"negative value", func(r *ComtradeRecord) { r.CIFValue = currency.MustNewAmount("-1", currency.USD) }, "ComtradeRecord.CIFValue", ErrInvalidComtrade, true},
		{"legacy flag not an integer", func(r *ComtradeRecord) { r.LegacyEstimationFlag = "x" }, "ComtradeRecord.LegacyEstimationFlag", ErrInvalidComtrade, true},
		{"flag out of range", func(r *ComtradeRecord) { r.IsReported = 7 }, "ComtradeRecord.IsReported", ErrInvalidComtrade, true},
		{"negative partner2", func(r *ComtradeRecord) { r.Partner2Code = -1 }, "ComtradeRecord.Partner2Code", ErrInvalidComtrade, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := chinaImport()
			tt.edit(&r)
			got, err := r.Trade()
			if tt.validateOnly {
				if err != nil {
					t.Errorf("Trade() error %v for a field it does not use", err)
				}
				err = r.Validate()
			} else if verr := r.Validate(); !strings.Contains(tt.field, "PartnerCode") && !strings.Contains(tt.field, "ReporterCode") && !strings.Contains(tt.field, "FlowCode") {
				// Validate checks the record's form; only Direction checks
				// the partner, reporter and flow.
				if verr == nil || verr.Error() != err.Error() {
					t.Errorf("Validate() = %v, want the error of Trade(): %v", verr, err)
				}
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Trade() = %v, %v; want a *FieldError", got, err)
			}
			if fe.Field != tt.field || !errors.Is(err, tt.err) {
				t.Errorf("Trade() error = %v (field %q); want field %q wrapping %v", err, fe.Field, tt.field, tt.err)
			}
			if !strings.HasPrefix(err.Error(), "sanctions: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
		})
	}
}

func TestComtradeTradeAs(t *testing.T) {
	r := chinaImport()
	r.FlowCode = "RX"
	got, err := r.TradeAs(SupplyToDPRK)
	if err != nil || got.Direction != SupplyToDPRK || got.HS.String() != "270111" {
		t.Errorf("TradeAs(SupplyToDPRK) = %+v, %v", got, err)
	}
	if _, err := r.TradeAs(Labour); !errors.Is(err, ErrInvalidTrade) {
		t.Errorf("TradeAs(Labour) error = %v, want ErrInvalidTrade", err)
	}
	r.Period = "x"
	if _, err := r.TradeAs(SupplyToDPRK); !errors.Is(err, ErrInvalidComtrade) {
		t.Errorf("TradeAs with a bad period: error = %v, want ErrInvalidComtrade", err)
	}
}

func TestComtradeIsMirror(t *testing.T) {
	r := chinaImport()
	if !r.IsMirror() {
		t.Error("China's report on trade with 408: IsMirror() = false")
	}
	r.PartnerCode = 410
	if r.IsMirror() {
		t.Error("a record with partner 410: IsMirror() = true")
	}
}

const comtradeTestHeader = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partner2Code,classificationCode,isOriginalClassification,cmdCode,cmdDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQty,netWgt,isNetWgtEstimated,grossWgt,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate"

func TestComtradeReader(t *testing.T) {
	in := "\ufeff" + comtradeTestHeader + "\n" +
		// line 2: a good monthly import
		"C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False\n" +
		// line 3: an unknown flow
		"C,M,20171001,2017,10,201710,156,CHN,China,MIF,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,,,210000,0,True,False\n" +
		// line 4: a boolean written 1
		"C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,1,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,,,210000,0,True,False\n" +
		// line 5: too few fields
		"C,M,20171001\n" +
		// line 6: an annual export, values with a fraction
		"C,A,20180101,2018,52,2018,643,RUS,Russian Federation,X,Export,408,PRK,0,H5,True,2710,Petroleum oils,19,BBL,1200.5,False,-1,,,,,,98000.25,98000.25,4,True,False\n"
	cr, err := NewComtradeReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Line  int
		Field string // "" for a good record
	}
	var got []result
	var recs []ComtradeRecord
	for {
		r, err := cr.Read()
		if err == io.EOF {
			break
		}
		res := result{Line: cr.Line()}
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidComtrade) {
				t.Fatalf("line %d: error %v is not a *FieldError wrapping ErrInvalidComtrade", cr.Line(), err)
			}
			res.Field = fe.Field
		} else {
			recs = append(recs, r)
		}
		got = append(got, res)
	}
	want := []result{{2, ""}, {3, "line 3, ComtradeRecord.FlowCode"}, {4, "line 4, isOriginalClassification"}, {5, "line 5"}, {6, ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines read (-want +got):\n%s", diff)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	r := recs[0]
	if r.CIFValue.Decimal().String() != "210000" || !r.FOBValue.Equal(currency.Amount{}) || r.IsReported != ComtradeTrue || r.IsAggregate != ComtradeFalse || r.IsNetWgtEstimated != ComtradeFalse {
		t.Errorf("line 2: CIF %v FOB %v reported %v aggregate %v netWgtEstimated %v", r.CIFValue, r.FOBValue, r.IsReported, r.IsAggregate, r.IsNetWgtEstimated)
	}
	if r.AltQtyUnitCode != -1 || !r.AltQty.Valid || !r.AltQty.Decimal.IsZero() || r.CmdDesc != "Anthracite" || r.LegacyEstimationFlag != "0" {
		t.Errorf("line 2: alt %d %v desc %q legacy %q", r.AltQtyUnitCode, r.AltQty, r.CmdDesc, r.LegacyEstimationFlag)
	}
	tr, err := recs[1].Trade()
	if err != nil {
		t.Fatal(err)
	}
	want6 := Trade{Date: day(2018, time.January, 1), Precision: PrecisionYear, Direction: SupplyToDPRK, HS: MustParseHSCode("2710"),
		Quantity: MustQuantity("1200.5", Barrel), Value: currency.MustNewAmount("98000.25", currency.USD)}
	if diff := cmp.Diff(want6, tr); diff != "" {
		t.Errorf("line 6 Trade() (-want +got):\n%s", diff)
	}
}

func TestParseComtradeHeader(t *testing.T) {
	tests := []struct {
		name   string
		header string
		value  string // the FieldError's Value; "" for no error
	}{
		{"full", comtradeTestHeader, ""},
		{"reference spelling", "freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,cifValue,isnetWgtEstimated", ""},
		{"any case and spaces", " FREQCODE ,Period,REPORTERcode,flowcode,partnercode,classificationcode,cmdcode", ""},
		{"missing cmdCode", "freqCode,period,reporterCode,flowCode,partnerCode,classificationCode", "cmdCode"},
		{"missing period", "freqCode,reporterCode,flowCode,partnerCode,classificationCode,cmdCode", "period"},
		{"twice", "freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,FlowCode", "FlowCode"},
		{"empty", "", "freqCode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseComtradeHeader(strings.Split(tt.header, ","))
			if tt.value == "" {
				if err != nil {
					t.Errorf("ParseComtradeHeader(%q) error: %v", tt.header, err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Value != tt.value || !errors.Is(err, ErrInvalidComtrade) {
				t.Errorf("ParseComtradeHeader(%q) error = %v, want one naming %q", tt.header, err, tt.value)
			}
		})
	}
}

func TestParseComtradeCSVBadCells(t *testing.T) {
	header := strings.Split("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,qtyUnitCode,qty,primaryValue,isReported", ",")
	good := "M,201710,156,M,408,H5,270111,8,100,5000,true"
	if _, err := ParseComtradeCSV(header, strings.Split(good, ",")); err != nil {
		t.Fatalf("good line: %v", err)
	}
	tests := []struct {
		name, line, field string
	}{
		{"reporter not a number", "M,201710,CHN,M,408,H5,270111,8,100,5000,true", "reporterCode"},
		{"empty partner", "M,201710,156,M,,H5,270111,8,100,5000,true", "partnerCode"},
		{"qty with a comma", "M,201710,156,M,408,H5,270111,8,\"1,000\",5000,true", "qty"},
		{"value NaN", "M,201710,156,M,408,H5,270111,8,100,NaN,true", "primaryValue"},
		{"value Inf", "M,201710,156,M,408,H5,270111,8,100,Inf,true", "primaryValue"},
		{"huge exponent", "M,201710,156,M,408,H5,270111,8,1e999999,5000,true", "qty"},
		{"hex", "M,201710,156,M,408,H5,270111,8,0x10,5000,true", "qty"},
		{"flag yes", "M,201710,156,M,408,H5,270111,8,100,5000,yes", "isReported"},
		{"record check: month 13", "M,201713,156,M,408,H5,270111,8,100,5000,true", "ComtradeRecord.Period"},
		{"record check: bad code", "M,201710,156,M,408,H5,2701x1,8,100,5000,true", "ComtradeRecord.CmdCode"},
		{"too many fields", good + ",x", "line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields := strings.Split(tt.line, ",")
			if strings.Contains(tt.line, "\"") {
				fields = []string{"M", "201710", "156", "M", "408", "H5", "270111", "8", "1,000", "5000", "true"}
			}
			_, err := ParseComtradeCSV(header, fields)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("ParseComtradeCSV(%q) error = %v, want a *FieldError for %q", tt.line, err, tt.field)
			}
		})
	}
}

func TestComtradeTables(t *testing.T) {
	if n := len(ComtradeFlows()); n != 10 {
		t.Errorf("len(ComtradeFlows()) = %d, want 10", n)
	}
	if f, ok := LookupComtradeFlow("RX"); !ok || f.Text != "Re-export" || !strings.HasPrefix(f.Definition, "3.2 Re-exports (RX)") {
		t.Errorf("LookupComtradeFlow(RX) = %+v, %v", f, ok)
	}
	if f, _ := LookupComtradeFlow("MOP"); f.Definition != "" {
		t.Errorf("MOP definition = %q, want none (not retrieved)", f.Definition)
	}
	if _, ok := LookupComtradeFlow("MIF"); ok {
		t.Error("LookupComtradeFlow(MIF) found a third-party code")
	}
	units := ComtradeUnits()
	if len(units) != 42 {
		t.Errorf("len(ComtradeUnits()) = %d, want 41 and the legacy code 1", len(units))
	}
	for _, c := range []struct {
		code       int
		abbr       string
		noQuantity bool
	}{{-1, "N/A", true}, {1, "–", true}, {2, "m²", false}, {8, "kg", false}, {19, "BBL", false}, {21, "1000 KG", false}, {41, "ce/el", false}} {
		u, ok := LookupComtradeUnit(c.code)
		if !ok || u.Abbr != c.abbr || u.NoQuantity != c.noQuantity {
			t.Errorf("LookupComtradeUnit(%d) = %+v, %v; want abbr %q no quantity %v", c.code, u, ok, c.abbr, c.noQuantity)
		}
	}
	if _, ok := LookupComtradeUnit(0); ok {
		t.Error("LookupComtradeUnit(0) found a unit")
	}
	for code, hs := range map[string]bool{"H0": true, "H6": true, "HS": true, "S4": false, "SS": false, "B5": false, "EB10S": false} {
		c, ok := LookupComtradeClassification(code)
		if !ok || c.IsHS() != hs {
			t.Errorf("LookupComtradeClassification(%q) = %+v, %v; IsHS want %v", code, c, ok, hs)
		}
	}
	if c, _ := LookupComtradeClassification("H6"); c.Variable != "Product [HS 2022]" {
		t.Errorf("H6 variable = %q", c.Variable)
	}
	dprk, ok := LookupComtradeArea(ComtradeDPRK)
	if r, rok := dprk.Region(); !ok || dprk.ISO3 != "PRK" || !rok || r.String() != "KP" {
		t.Errorf("LookupComtradeArea(408) = %+v; region %v %v", dprk, r, rok)
	}
	if sw, _ := LookupComtradeArea(756); sw.Name != "Switzerland " {
		t.Errorf("756 name = %q, want the trailing space kept", sw.Name)
	}
	if w, _ := LookupComtradeArea(ComtradeWorld); w.ISO3 != "W00" || !w.Group || w.InReporterList {
		t.Errorf("World = %+v", w)
	}
	if _, ok := LookupComtradeArea(975); !ok {
		t.Error("ASEAN (975) not found")
	}
	if a, _ := LookupComtradeArea(975); func() bool { _, ok := a.Region(); return ok }() {
		t.Error("ASEAN has a region")
	}
	if n := len(ComtradeAreas()); n != 58 {
		t.Errorf("len(ComtradeAreas()) = %d, want 32 + 26", n)
	}
}

// TestComtradeAreasAgreeWithM49 checks the ISO2 fields of the areas whose
// Comtrade code is also their UN M49 number against x/text's M49 table.
// It does not claim Comtrade codes are M49 codes: 842 and 251, for one,
// are not.
func TestComtradeAreasAgreeWithM49(t *testing.T) {
	for _, c := range []int{408, 410, 156, 344, 446, 643, 392, 496, 704, 702, 458, 764, 784, 840} {
		a, _ := LookupComtradeArea(c)
		r, ok := a.Region()
		if !ok {
			t.Errorf("%d: no region", c)
			continue
		}
		if got := r.M49(); got != c {
			t.Errorf("area %d (%s): region %v has M49 %d", c, a.Name, r, got)
		}
	}
}

func TestComtradeReaderAll(t *testing.T) {
	in := "freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode\n" +
		"M,201710,156,M,408,H5,030389\n" +
		"M,201799,156,M,408,H5,030389\n" +
		"A,2018,643,X,408,H6,2710\n"
	cr, err := NewComtradeReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	bad := 0
	for r, err := range cr.All() {
		if err != nil {
			bad++
			continue
		}
		codes = append(codes, r.CmdCode)
	}
	if diff := cmp.Diff([]string{"030389", "2710"}, codes); diff != "" || bad != 1 {
		t.Errorf("All() records (-want +got):\n%s\nbad lines %d, want 1", diff, bad)
	}
}

// TestComtradeScreenStraddles screens a monthly record of coal imports
// from the DPRK in August 2017, the month 2371 was adopted (5 August): the
// coal ban is among the findings and the adoption is flagged inside the
// period.
func TestComtradeScreenStraddles(t *testing.T) {
	r := chinaImport()
	r.Period, r.RefMonth = "201708", 8
	tr, err := r.Trade()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := DPRK().Screen(tr)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.MeasureID != "2371/OP8" {
			continue
		}
		for _, c := range f.Changes {
			if c.Date.Equal(day(2017, time.August, 5)) {
				return
			}
		}
		t.Fatalf("2371/OP8 finding has changes %v, want one on 2017-08-05", f.Changes)
	}
	t.Fatalf("Screen(%+v) = %+v, want a 2371/OP8 finding", tr, fs)
}

// headerTradeAgrees checks that ComtradeHeader.Trade gives what Record
// then ComtradeRecord.Trade give for fields: the same record, Trade and
// error text, and the zero record when Record fails.
func headerTradeAgrees(t *testing.T, h ComtradeHeader, fields []string) {
	t.Helper()
	rec, tr, err := h.Trade(fields)
	wantRec, rerr := h.Record(fields)
	var wantTr Trade
	werr := rerr
	if rerr == nil {
		wantTr, werr = wantRec.Trade()
	}
	if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
		t.Fatalf("Trade(%q) error = %v, want %v", fields, err, werr)
	}
	if !reflect.DeepEqual(rec, wantRec) {
		t.Fatalf("Trade(%q) record = %+v, want %+v", fields, rec, wantRec)
	}
	if diff := cmp.Diff(wantTr, tr); diff != "" {
		t.Fatalf("Trade(%q) (-want +got):\n%s", fields, diff)
	}
	if err == nil {
		if verr := tr.Validate(); verr != nil {
			t.Fatalf("Trade(%q) = %+v, which does not validate: %v", fields, tr, verr)
		}
	}
}

func TestComtradeHeaderTrade(t *testing.T) {
	h, err := ParseComtradeHeader(strings.Split(comtradeTestHeader, ","))
	if err != nil {
		t.Fatal(err)
	}
	good := "C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False"
	tests := []struct {
		name, line string
		field      string // the error's field; "" for none
		zeroRecord bool   // the line cannot be read
	}{
		{"monthly import", good, "", false},
		{"annual export", "C,A,20180101,2018,52,2018,643,RUS,Russian Federation,X,Export,408,PRK,0,H5,True,2710,Petroleum oils,19,BBL,1200.5,False,-1,,,,,,98000.25,98000.25,4,True,False", "", false},
		{"unknown flow: not read", strings.Replace(good, ",M,Import,", ",MIF,Import,", 1), "ComtradeRecord.FlowCode", true},
		{"re-export: read, not screened", strings.Replace(good, ",M,Import,", ",RX,Import,", 1), "ComtradeRecord.FlowCode", false},
		{"partner South Korea: read, not screened", strings.Replace(good, ",408,PRK,", ",410,KOR,", 1), "ComtradeRecord.PartnerCode", false},
		{"bad boolean", strings.Replace(good, ",H5,True,", ",H5,1,", 1), "isOriginalClassification", true},
		{"negative CIF value", strings.Replace(good, ",2.1e+05,", ",-2.1e+05,", 1), "ComtradeRecord.CIFValue", true},
		{"month 13", strings.Replace(good, ",201710,", ",201713,", 1), "ComtradeRecord.Period", true},
		{"TOTAL", strings.Replace(good, ",270111,", ",TOTAL,", 1), "ComtradeRecord.CmdCode", true},
		{"too few fields", "C,M,20171001", "line", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields := strings.Split(tt.line, ",")
			headerTradeAgrees(t, h, fields)
			rec, _, err := h.Trade(fields)
			var fe *FieldError
			switch {
			case tt.field == "" && err != nil:
				t.Fatalf("Trade(%s) error: %v", tt.name, err)
			case tt.field != "" && (!errors.As(err, &fe) || fe.Field != tt.field):
				t.Fatalf("Trade(%s) error = %v, want one for field %s", tt.name, err, tt.field)
			}
			if zero := rec.CmdCode == "" && rec.Period == ""; zero != tt.zeroRecord {
				t.Errorf("Trade(%s) record = %+v, want zero: %v", tt.name, rec, tt.zeroRecord)
			}
		})
	}
	if _, _, err := (ComtradeHeader{}).Trade(strings.Split(good, ",")); err == nil {
		t.Error("ComtradeHeader{}.Trade: no error")
	}
}

// FuzzComtradeHeaderTrade reads one fuzzed line with ComtradeHeader.Trade
// and checks that it agrees with Record then ComtradeRecord.Trade.
func FuzzComtradeHeaderTrade(f *testing.F) {
	h, err := ParseComtradeHeader(strings.Split(comtradeTestHeader, ","))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False")
	f.Add("C,A,20180101,2018,52,2018,643,RUS,Russian Federation,X,Export,408,PRK,0,H5,True,2710,Petroleum oils,19,BBL,1200.5,False,-1,,,,,,98000.25,98000.25,4,True,False")
	f.Add("C,M,20171001,2017,10,201710,156,CHN,China,RX,Import,410,KOR,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False")
	f.Add("C,M,,,,201713,156,,,RX,,408,,,H6,,TOTAL,,21,,1e999,,,,,,,,,-5,x,maybe,")
	f.Add(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,")
	f.Add("S,Q,x,x,x,x,-1,x,x,x,x,x,x,x,S4,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x")
	f.Add("C,A,,2999,52,2999,0,,,M,,408,,-1,HS,false,99,,21,,0.0000001e-999,,-1,-0,-0,,,,,,99999999999,TRUE,FALSE")
	f.Fuzz(func(t *testing.T, line string) {
		headerTradeAgrees(t, h, strings.Split(line, ","))
	})
}

// FuzzComtradeReaderReadTrade holds ReadTrade to Read then
// ComtradeRecord.Trade over a whole file: at every line the same record,
// Trade and error text, the same line numbers, and the same end.
func FuzzComtradeReaderReadTrade(f *testing.F) {
	good := "C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False"
	f.Add([]byte(comtradeTestHeader + "\n" + good + "\n"))
	f.Add([]byte(comtradeTestHeader + "\n" + strings.Replace(good, ",408,PRK,", ",410,KOR,", 1) + "\n" + good + "\n\"x\n" + good))
	f.Add([]byte(comtradeTestHeader + "\n,,,\n" + strings.Replace(good, ",M,Import,", ",RX,Import,", 1) + "\n"))
	f.Add([]byte("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode\nM,201710,156,M,408,H5,0303\n\"M,201710\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, errA := NewComtradeReader(bytes.NewReader(data))
		b, errB := NewComtradeReader(bytes.NewReader(data))
		if (errA == nil) != (errB == nil) {
			t.Fatalf("NewComtradeReader errors differ: %v, %v", errA, errB)
		}
		if errA != nil {
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for n := 0; ; n++ {
			if n > lines {
				t.Fatalf("read %d records from %d lines", n, lines)
			}
			rec, tr, err := a.ReadTrade()
			wantRec, werr := b.Read()
			var wantTr Trade
			if werr == nil {
				wantTr, werr = wantRec.Trade()
			}
			if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
				t.Fatalf("record %d: ReadTrade error = %v, want %v", n, err, werr)
			}
			if errors.Is(err, io.EOF) {
				return
			}
			if !reflect.DeepEqual(rec, wantRec) {
				t.Fatalf("record %d: ReadTrade record = %+v, want %+v", n, rec, wantRec)
			}
			if diff := cmp.Diff(wantTr, tr); diff != "" {
				t.Fatalf("record %d: ReadTrade trade (-want +got):\n%s", n, diff)
			}
			if a.Line() != b.Line() {
				t.Fatalf("record %d: line %d, want %d", n, a.Line(), b.Line())
			}
		}
	})
}
