package sanctions

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// FuzzParseQuantity checks that ParseQuantity never panics, gives only
// non-negative quantities in a known unit, and reads back what
// Quantity.String prints.
func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"14,000 metric tons", "7.5 million barrels", "500 kg", "525,000 tons", "2500t", "1 metric ton",
		"", " ", "-1 t", "1,00 t", "1..2 t", "1e9999 t", "9999999999999999999999999999999999999999 t", "0.0000000001 billion kg",
		"1 metric", "metric tons", "１ t", "1\x00t", "1 t\xff", strings.Repeat("9,999", 30) + " t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuantity(s)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalidQuantity) {
				t.Fatalf("ParseQuantity(%q) error %v is not a *FieldError wrapping ErrInvalidQuantity", s, err)
			}
			if len(fe.Value) > 45 {
				t.Fatalf("ParseQuantity(%q): error quotes %d bytes", s, len(fe.Value))
			}
			return
		}
		if q.Value.Sign() < 0 || q.Unit == UnknownUnit || q.Unit >= numUnits {
			t.Fatalf("ParseQuantity(%q) = %v", s, q)
		}
		back, err := ParseQuantity(q.String())
		if err != nil || !back.Equal(q) {
			t.Fatalf("ParseQuantity(%q) = %v; ParseQuantity(%q) = %v, %v", s, q, q.String(), back, err)
		}
	})
}

// FuzzComtradeCSV reads one fuzzed line against a full header and checks
// that a record the reader accepts converts or fails cleanly, and that an
// accepted Trade validates and has the direction of its flow.
func FuzzComtradeCSV(f *testing.F) {
	header := strings.Split(comtradeTestHeader, ",")
	f.Add("C,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False")
	f.Add("C,A,20180101,2018,52,2018,643,RUS,Russian Federation,X,Export,408,PRK,0,H5,True,2710,Petroleum oils,19,BBL,1200.5,False,-1,,,,,,98000.25,98000.25,4,True,False")
	f.Add("C,M,,,,201713,156,,,RX,,408,,,H6,,TOTAL,,21,,1e999,,,,,,,,,-5,x,maybe,")
	f.Add(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,")
	f.Add("S,Q,x,x,x,x,-1,x,x,x,x,x,x,x,S4,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x,x")
	f.Fuzz(func(t *testing.T, line string) {
		fields := strings.Split(line, ",")
		r, err := ParseComtradeCSV(header, fields)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("ParseComtradeCSV error %v is not a *FieldError", err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("an accepted record does not validate: %v", err)
		}
		checkComtradeTrade(t, r)
	})
}

// FuzzComtradeRecordTrade builds records from fuzzed fields and checks
// the conversion: no panic, a *FieldError on failure, and a valid Trade
// with the flow's direction on success.
func FuzzComtradeRecordTrade(f *testing.F) {
	f.Add("M", "201710", 10, 156, "M", 408, "H5", "270111", 8, "2500000", "210000")
	f.Add("A", "2018", 52, 643, "X", 408, "H6", "2710", 19, "1200.5", "98000.25")
	f.Add("A", "2018", 99, 643, "RX", 0, "S4", "TOTAL", 0, "-1", "-1")
	f.Add("Q", "20181", 13, -1, "", 408, "HS", "2701.12", -1, "0", "0")
	f.Fuzz(func(t *testing.T, freq, period string, month, reporter int, flow string, partner int, cl, cmd string, unit int, qty, value string) {
		r := ComtradeRecord{FreqCode: freq, Period: period, RefMonth: month, ReporterCode: reporter, FlowCode: flow,
			PartnerCode: partner, ClassificationCode: cl, CmdCode: cmd, QtyUnitCode: unit}
		if d, err := decimal.NewFromString(qty); err == nil && len(qty) < 30 {
			r.Qty = decimal.NullDecimal{Decimal: d, Valid: true}
		}
		if a, err := currency.NewAmount(value, currency.USD); err == nil {
			r.PrimaryValue = a
		}
		checkComtradeTrade(t, r)
	})
}

func checkComtradeTrade(t *testing.T, r ComtradeRecord) {
	t.Helper()
	tr, err := r.Trade()
	if err != nil {
		var fe *FieldError
		if !errors.As(err, &fe) || !(errors.Is(err, ErrInvalidComtrade) || errors.Is(err, ErrDirectionUndetermined) || errors.Is(err, ErrInvalidHSCode)) {
			t.Fatalf("Trade() error %v is not a *FieldError with a known sentinel", err)
		}
		return
	}
	if err := tr.Validate(); err != nil {
		t.Fatalf("Trade() = %+v, which does not validate: %v", tr, err)
	}
	want := map[string]Direction{"M": DPRKExports, "X": SupplyToDPRK}[r.FlowCode]
	if tr.Direction != want || r.PartnerCode != ComtradeDPRK {
		t.Fatalf("flow %q partner %d gave direction %v", r.FlowCode, r.PartnerCode, tr.Direction)
	}
	if tr.Precision != PrecisionMonth && tr.Precision != PrecisionYear || tr.Date.Day() != 1 {
		t.Fatalf("Trade() date %v precision %v", tr.Date, tr.Precision)
	}
}

// FuzzComtradeReader reads a fuzzed file and checks that the reader ends
// (EOF or a header error), gives *FieldErrors for bad lines, and never
// reads more lines than the file has.
func FuzzComtradeReader(f *testing.F) {
	f.Add([]byte(comtradeTestHeader + "\nC,M,20171001,2017,10,201710,156,CHN,China,M,Import,408,PRK,0,H5,True,270111,Anthracite,8,kg,2500000,False,-1,0,2500000,False,,2.1e+05,,210000,0,True,False\n"))
	f.Add([]byte("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode\nM,201710,156,M,408,H5,0303\n\"M,201710\n"))
	f.Add([]byte(""))
	f.Add([]byte("\ufeff\n\n\n"))
	f.Add([]byte("freqCode,period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode\n\"\"\"\n,,,,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cr, err := NewComtradeReader(bytes.NewReader(data))
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("NewComtradeReader error %v is not a *FieldError", err)
			}
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for n := 0; ; n++ {
			if n > lines {
				t.Fatalf("read %d records from %d lines", n, lines)
			}
			r, err := cr.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var fe *FieldError
				if !errors.As(err, &fe) {
					t.Fatalf("Read error %v is not a *FieldError", err)
				}
				continue
			}
			checkComtradeTrade(t, r)
		}
	})
}
