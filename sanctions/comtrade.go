package sanctions

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// Errors of the UN Comtrade conversion; test with [errors.Is].
var (
	// ErrInvalidComtrade: a [ComtradeRecord] (or a CSV line read into one)
	// has a malformed or unknown field: a flow code not among Comtrade's
	// ten, a partner other than the DPRK, a malformed period or code.
	ErrInvalidComtrade = errors.New("invalid Comtrade record")
	// ErrDirectionUndetermined: a [ComtradeRecord]'s flow is a sub-flow
	// (re-export, re-import, domestic export, processing) whose place in
	// the DPRK's trade the reference does not document, so the record
	// cannot be given a [Direction] without a guess. Use
	// [ComtradeRecord.TradeAs] if you know it.
	ErrDirectionUndetermined = errors.New("trade direction undetermined")
)

// Comtrade country or area codes the conversion to [Trade] uses.
const (
	ComtradeWorld = 0   // "World", the aggregate of all partners (never the DPRK)
	ComtradeDPRK  = 408 // "Dem. People's Rep. of Korea" (ISO 3166 KP) in Comtrade's partner and reporter lists
)

// ComtradeFlag is one of Comtrade's true/false fields (isReported,
// isQtyEstimated, …) with a third state for a field the file does not
// carry. The zero ComtradeFlag is ComtradeUnset. New values are only
// appended.
type ComtradeFlag uint8

// The states of a [ComtradeFlag].
const (
	ComtradeUnset ComtradeFlag = iota // the file has no such column, or the cell is empty
	ComtradeFalse
	ComtradeTrue
)

const numComtradeFlags = 3

// String returns "unset", "false" or "true".
func (f ComtradeFlag) String() string {
	switch f {
	case ComtradeUnset:
		return "unset"
	case ComtradeFalse:
		return "false"
	case ComtradeTrue:
		return "true"
	}
	return fmt.Sprintf("ComtradeFlag(%d)", uint8(f))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (f ComtradeFlag) MarshalText() ([]byte, error) {
	return marshalEnum("ComtradeFlag", f, numComtradeFlags, ComtradeFlag.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (f *ComtradeFlag) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("ComtradeFlag", text, numComtradeFlags, ComtradeFlag.String)
	if err == nil {
		*f = v
	}
	return err
}

// ComtradeRecord is one record of a UN Comtrade file (an API download or a
// bulk file), with the fields of Comtrade's data-item reference
// (TradeDataItems) that screening needs, named as there. Build one from a
// CSV line with [ParseComtradeCSV] or [ComtradeReader], or by hand; turn it
// into the [Trade] that [Regime.Screen] takes with [ComtradeRecord.Trade].
//
// Numbers are exact: quantities are [decimal.NullDecimal] (Valid false when
// the file has no value), money values are [currency.Amount] in US dollars
// (the zero Amount when the file has no value). Comtrade's legacy
// knowledge base says its trade values are "in current dollar values",
// converted by UNSD from the national currency most reporters send, with an
// annual exchange rate weighted by monthly trade; no current Comtrade page
// the reference read states the unit, so the dollar reading rests on that
// legacy page. A value is therefore not what the reporter's customs
// recorded, and a reporter's revision of its conversion factor changes it.
//
// Mirror data: a record whose partner is the DPRK (408) and whose reporter
// is another country is the DPRK's trade seen through that partner's
// report ([ComtradeRecord.IsMirror]). Comtrade marks such records by
// position only, not by a field, and partners' figures differ from what
// the DPRK would report (imports are valued CIF, exports FOB; goods pass
// through third countries; partners attribute by origin or consignment).
//
// The zero ComtradeRecord is not a valid record. ComtradeRecord is a value,
// safe for concurrent use once built.
type ComtradeRecord struct {
	// The fields screening uses come first, so that converting a record
	// reads as little memory as it can.

	FreqCode string // "A" annual, "M" monthly ("Q" quarterly is in the Frequency reference)
	// Period is "YYYYMM" for monthly and "YYYY" for annual records
	// ("201710", "2017"), as in Comtrade's period field.
	Period   string
	RefYear  int // the refYear field; 0 when absent
	RefMonth int // the refMonth field: 1 to 12, or 52 for annual records; 0 when absent
	// ReporterCode is the Comtrade country or area code of the reporting
	// economy. Comtrade's codes are its own list (0 is World, 842 the USA
	// with Puerto Rico and the US Virgin Islands), not plain ISO 3166 or
	// UN M49 numbers: see [LookupComtradeArea].
	ReporterCode int
	PartnerCode  int    // the primary partner; 408 for the DPRK
	FlowCode     string // one of the ten codes of [ComtradeFlows]: "M", "X", "RX", …
	// ClassificationCode is the product classification and edition of
	// CmdCode: "H0" (HS 1992) to "H6" (HS 2022), "HS" (Comtrade's combined
	// HS), or a non-HS code such as "S4" (SITC Rev.4), which [ComtradeRecord.Trade]
	// rejects.
	ClassificationCode string
	CmdCode            string // the commodity code: "030389", "27", or "TOTAL"
	// QtyUnitCode is the unit of Qty, a code of [ComtradeUnits]: 8 is
	// kilograms, 19 barrels, -1 "N/A"; 0 when the file has none.
	QtyUnitCode  int
	Qty          decimal.NullDecimal
	NetWgt       decimal.NullDecimal // net weight in kilograms
	PrimaryValue currency.Amount     // the primary value (CIF or FOB), in US dollars (see above)
	TypeCode     string              // "C" goods or "S" services; "" when the file has no typeCode

	// The other fields of the record.

	ReporterISO              string       // reporterISO as the file spells it; may be empty
	Partner2Code             int          // the secondary partner; 0 also when the file has none
	IsOriginalClassification ComtradeFlag // the reporter reported in this classification (false: converted by UNSD)
	CmdDesc                  string       // Comtrade's stand-alone descriptor of CmdCode, if the file has it
	IsQtyEstimated           ComtradeFlag
	AltQtyUnitCode           int // the unit of AltQty, as QtyUnitCode
	AltQty                   decimal.NullDecimal
	IsAltQtyEstimated        ComtradeFlag
	IsNetWgtEstimated        ComtradeFlag
	GrossWgt                 decimal.NullDecimal // gross weight in kilograms
	IsGrossWgtEstimated      ComtradeFlag
	CIFValue                 currency.Amount // the value CIF, in US dollars
	FOBValue                 currency.Amount // the value FOB, in US dollars
	// MirrorPrimaryValue is the partner's figure for the same trade, in
	// files from Comtrade's bilateral tool (getBilateralData), which
	// compare a report with its mirror; zero when the file has none.
	MirrorPrimaryValue currency.Amount
	// LegacyEstimationFlag is the integer as the file writes it (such as
	// "0" or "4"), or "" when absent. Comtrade describes it only as a
	// "Legacy quantity estimation flag"; the meanings of its values are
	// not verified, so the package does not decode it.
	LegacyEstimationFlag string
	IsReported           ComtradeFlag // the record is reported by a country (false: estimated or aggregated by UNSD)
	IsAggregate          ComtradeFlag // the record is aggregated by UNSD
}

// IsMirror reports whether r is the DPRK's trade as a partner reports it:
// partner 408 and a reporter other than 408. This is a mark by position,
// the only one Comtrade files carry, and an inference from Comtrade's help
// pages, not a field.
func (r ComtradeRecord) IsMirror() bool {
	return r.PartnerCode == ComtradeDPRK && r.ReporterCode != ComtradeDPRK
}

// Direction returns the direction of the DPRK's trade that r records.
// A partner's imports from the DPRK (flow "M") are DPRK exports
// ([DPRKExports]); its exports to the DPRK ("X") are supply to the DPRK
// ([SupplyToDPRK]). This reading of partners' reports as mirrors of the
// DPRK's trade follows Comtrade's help pages; it is an inference, and the
// partner's attribution (origin, consignment, last known destination) is
// the partner's own.
//
// Direction returns a [*FieldError] if:
//   - PartnerCode is not 408, or ReporterCode is 408 ([ErrInvalidComtrade]):
//     only records of a partner's trade with the DPRK can be screened;
//   - FlowCode is not one of Comtrade's ten flow codes ([ErrInvalidComtrade]);
//   - FlowCode is a re-export, re-import or another sub-flow (RX, RM, DX,
//     FM, MIP, MOP, XIP, XOP), which the reference does not place in the
//     DPRK's trade ([ErrDirectionUndetermined]).
func (r ComtradeRecord) Direction() (Direction, error) { return r.direction() }

func (r *ComtradeRecord) direction() (Direction, error) {
	if r.PartnerCode != ComtradeDPRK {
		return UnknownDirection, &FieldError{Field: "ComtradeRecord.PartnerCode", Value: strconv.Itoa(r.PartnerCode), Reason: "the partner is not the DPRK (408): only a partner's trade with the DPRK can be screened", Err: ErrInvalidComtrade}
	}
	if r.ReporterCode == ComtradeDPRK {
		return UnknownDirection, &FieldError{Field: "ComtradeRecord.ReporterCode", Value: "408", Reason: "reporter and partner are both the DPRK", Err: ErrInvalidComtrade}
	}
	switch r.FlowCode {
	case "M":
		return DPRKExports, nil
	case "X":
		return SupplyToDPRK, nil
	case "RX", "RM":
		return UnknownDirection, &FieldError{Field: "ComtradeRecord.FlowCode", Value: r.FlowCode, Reason: "where re-exports and re-imports fall in the DPRK's trade seen through its partners is not documented, nor whether X and M include them; use TradeAs with the direction you know", Err: ErrDirectionUndetermined}
	case "DX", "FM", "MIP", "MOP", "XIP", "XOP":
		return UnknownDirection, &FieldError{Field: "ComtradeRecord.FlowCode", Value: r.FlowCode, Reason: "a sub-flow whose place in the DPRK's trade seen through its partners the reference does not document; use TradeAs with the direction you know", Err: ErrDirectionUndetermined}
	}
	return UnknownDirection, &FieldError{Field: "ComtradeRecord.FlowCode", Value: clip(r.FlowCode), Reason: "not one of Comtrade's ten flow codes (M, X, RM, RX, DX, FM, MIP, MOP, XIP, XOP)", Err: ErrInvalidComtrade}
}

// Trade converts r to the [Trade] that [Regime.Screen] takes:
//   - Date and Precision from Period (and RefYear, RefMonth where given):
//     the first day of the month ([PrecisionMonth]) or of the year
//     ([PrecisionYear]);
//   - Direction from [ComtradeRecord.Direction];
//   - HS from CmdCode, as given; the HS edition stays in
//     ClassificationCode, which Trade does not carry;
//   - Quantity from Qty where its unit is one a cap uses: kilograms
//     (code 8) as [Kilogram], thousands of kilograms (code 21) as
//     [MetricTon] (the same number: 1,000 kg is one metric ton), barrels
//     (code 19) as [Barrel]; otherwise from NetWgt in kilograms; otherwise
//     the zero Quantity (not reported). Other units (litres, items, cubic
//     metres) have no [Unit] and stay on r;
//   - Value from PrimaryValue, in US dollars (see [ComtradeRecord] for the
//     caveat).
//
// Commodity stays unknown: Comtrade names goods only by code. Trade
// neither allocates nor rounds.
//
// Trade checks the fields it uses as [ComtradeRecord.Validate] does and
// returns the first problem, with the errors of [ComtradeRecord.Direction];
// a CmdCode of "TOTAL" (all commodities) cannot be screened by HS code. It
// does not look at the fields it does not use (AltQty, GrossWgt, CIF and
// FOB values, the flags): Validate checks those, and the readers
// ([ComtradeHeader.Record], [ComtradeReader]) call it. A record read with
// Record and then converted with Trade is so checked twice;
// [ComtradeHeader.Trade] reads and converts a line with one check.
func (r ComtradeRecord) Trade() (Trade, error) {
	d, err := r.direction()
	if err != nil {
		return Trade{}, err
	}
	return r.tradeAs(d)
}

// TradeAs is like [ComtradeRecord.Trade] but takes the direction from the
// caller and does not check the flow or the partner: for a re-export whose
// direction the caller knows, or a record of the DPRK's own report. d must
// be [DPRKExports] or [SupplyToDPRK].
//
// TradeAs checks the fields it uses as Trade does, and returns a
// [*FieldError] if d is not a direction of goods ([ErrInvalidTrade]) or
// CmdCode is "TOTAL" ([ErrInvalidComtrade]).
func (r ComtradeRecord) TradeAs(d Direction) (Trade, error) { return r.tradeAs(d) }

func (r *ComtradeRecord) tradeAs(d Direction) (Trade, error) {
	if !d.IsTrade() {
		return Trade{}, &FieldError{Field: "direction", Value: d.String(), Reason: "want DPRK exports or supply to the DPRK", Err: ErrInvalidTrade}
	}
	c, err := r.check(false)
	if err != nil {
		return Trade{}, err
	}
	return r.trade(d, c), nil
}

// checkedTrade is [ComtradeRecord.Trade] for a record already checked
// (c is what the check found): [ComtradeHeader.Trade] and
// [ComtradeReader.ReadTrade] check every field Trade checks, and more.
func (r *ComtradeRecord) checkedTrade(c comtradeChecked) (Trade, error) {
	d, err := r.direction()
	if err != nil {
		return Trade{}, err
	}
	return r.trade(d, c), nil
}

// trade is the Trade of r in direction d, with what checking r found.
func (r *ComtradeRecord) trade(d Direction, c comtradeChecked) Trade {
	return Trade{Date: c.date, Precision: c.precision, Direction: d, HS: c.hs, Quantity: r.tradeQuantity(), Value: r.PrimaryValue}
}

// tradeQuantity is the quantity rule of Trade.
func (r *ComtradeRecord) tradeQuantity() Quantity {
	if r.Qty.Valid {
		switch r.QtyUnitCode {
		case 8:
			return Quantity{Value: r.Qty.Decimal, Unit: Kilogram}
		case 21:
			return Quantity{Value: r.Qty.Decimal, Unit: MetricTon}
		case 19:
			return Quantity{Value: r.Qty.Decimal, Unit: Barrel}
		}
	}
	if r.NetWgt.Valid {
		return Quantity{Value: r.NetWgt.Decimal, Unit: Kilogram}
	}
	return Quantity{}
}

// Validate reports whether r is well formed: it returns the first
// problem as a [*FieldError] wrapping [ErrInvalidComtrade] that names the
// field, if:
//   - TypeCode is not "", "C" or "S", or is "S" (services have no HS code);
//   - FreqCode is not "A" or "M" ("Q" is named in the error: quarterly
//     records have no period format in the reference, and [Trade] has no
//     quarter precision);
//   - Period is not "YYYYMM" (monthly) or "YYYY" (annual), with a month of
//     01 to 12 and a year from 1900 to 2999, or disagrees with RefYear or
//     RefMonth; RefMonth of an annual record is neither 0 nor 52;
//   - ReporterCode, PartnerCode or Partner2Code is negative;
//   - FlowCode is not one of Comtrade's ten flow codes;
//   - ClassificationCode is not one of Comtrade's classification codes, or
//     is not an HS one (H0 to H6, HS);
//   - CmdCode is not an HS code of 2, 4, 6, 8 or 10 digits ("TOTAL"
//     included);
//   - a quantity or weight is negative, or Qty or AltQty is given with a
//     unit code missing or unknown;
//   - a value is negative or not in US dollars;
//   - LegacyEstimationFlag is not an integer;
//   - a [ComtradeFlag] is out of range.
func (r ComtradeRecord) Validate() error {
	_, err := r.check(true)
	return err
}

// check validates r (every field if full, otherwise those Trade uses) and
// returns its period's first day and precision and its HS code.
func (r *ComtradeRecord) check(full bool) (comtradeChecked, error) {
	bad := func(field, value, reason string) (comtradeChecked, error) {
		return comtradeChecked{}, &FieldError{Field: "ComtradeRecord." + field, Value: clip(value), Reason: reason, Err: ErrInvalidComtrade}
	}
	switch r.TypeCode {
	case "", "C":
	case "S":
		return bad("TypeCode", r.TypeCode, "a services record has no HS code")
	default:
		return bad("TypeCode", r.TypeCode, `want "C" (goods)`)
	}
	date, p, field, reason := r.period()
	if reason != "" {
		v := r.Period
		switch field {
		case "FreqCode":
			v = r.FreqCode
		case "RefYear":
			v = strconv.Itoa(r.RefYear)
		case "RefMonth":
			v = strconv.Itoa(r.RefMonth)
		}
		return bad(field, v, reason)
	}
	switch {
	case r.ReporterCode < 0:
		return bad("ReporterCode", strconv.Itoa(r.ReporterCode), "negative")
	case r.PartnerCode < 0:
		return bad("PartnerCode", strconv.Itoa(r.PartnerCode), "negative")
	case full && r.Partner2Code < 0:
		return bad("Partner2Code", strconv.Itoa(r.Partner2Code), "negative")
	}
	if !isHSClassification(r.ClassificationCode) {
		if _, _, ok := comtradeClassificationRow(r.ClassificationCode); !ok {
			return bad("ClassificationCode", r.ClassificationCode, "not one of Comtrade's classification codes")
		}
		return bad("ClassificationCode", r.ClassificationCode, "not an HS classification (want H0 to H6 or HS)")
	}
	if r.CmdCode == "TOTAL" {
		return bad("CmdCode", r.CmdCode, "all commodities together: no HS code to screen")
	}
	hs, err := ParseHSCode(r.CmdCode)
	if err != nil {
		reason := "not an HS code"
		var fe *FieldError
		if errors.As(err, &fe) {
			reason = fe.Reason
		}
		return comtradeChecked{}, &FieldError{Field: "ComtradeRecord.CmdCode", Value: clip(r.CmdCode), Reason: reason, Err: ErrInvalidHSCode}
	}
	if f, v, reason := r.checkNumbers(full); reason != "" {
		return bad(f, v, reason)
	}
	if !full {
		return comtradeChecked{date, p, hs}, nil
	}
	if _, _, ok := comtradeFlowRow(r.FlowCode); !ok {
		return bad("FlowCode", r.FlowCode, "not one of Comtrade's ten flow codes (M, X, RM, RX, DX, FM, MIP, MOP, XIP, XOP)")
	}
	if r.LegacyEstimationFlag != "" {
		if _, ok := comtradeInt(r.LegacyEstimationFlag); !ok {
			return bad("LegacyEstimationFlag", r.LegacyEstimationFlag, "not an integer")
		}
	}
	if f := r.badFlag(); f != "" {
		return bad(f, "", "out of range")
	}
	return comtradeChecked{date, p, hs}, nil
}

// checkNumbers checks r's quantities and values (only those Trade uses
// unless full); it returns the field at
// fault, its text and why, or "" for the reason.
func (r *ComtradeRecord) checkNumbers(full bool) (field, value, reason string) {
	if f, v, why := checkQuantity("Qty", &r.Qty, r.QtyUnitCode); why != "" {
		return f, v, why
	}
	if f, v, why := checkQuantity("NetWgt", &r.NetWgt, 8); why != "" {
		return f, v, why
	}
	if f, v, why := checkValue("PrimaryValue", &r.PrimaryValue); why != "" || !full {
		return f, v, why
	}
	if f, v, why := checkQuantity("AltQty", &r.AltQty, r.AltQtyUnitCode); why != "" {
		return f, v, why
	}
	if f, v, why := checkQuantity("GrossWgt", &r.GrossWgt, 8); why != "" {
		return f, v, why
	}
	if f, v, why := checkValue("CIFValue", &r.CIFValue); why != "" {
		return f, v, why
	}
	if f, v, why := checkValue("FOBValue", &r.FOBValue); why != "" {
		return f, v, why
	}
	return checkValue("MirrorPrimaryValue", &r.MirrorPrimaryValue)
}

func checkQuantity(name string, q *decimal.NullDecimal, unit int) (field, value, reason string) {
	switch {
	case !q.Valid:
		return "", "", ""
	case q.Decimal.Sign() < 0:
		return name, decimalText(q.Decimal), "negative"
	case unit == 0:
		return name + "UnitCode", "", "a quantity needs a unit code"
	case !comtradeUnitKnown(unit):
		return name + "UnitCode", strconv.Itoa(unit), "not one of Comtrade's quantity unit codes"
	}
	return "", "", ""
}

func checkValue(name string, a *currency.Amount) (field, value, reason string) {
	switch c := a.Currency(); {
	case c == currency.USD:
		if a.Sign() < 0 {
			return name, decimalText(a.Decimal()), "negative"
		}
	case c == currency.XXX && a.IsZero():
	default:
		return name, c.String() + " " + decimalText(a.Decimal()), "want US dollars, as Comtrade records values"
	}
	return "", "", ""
}

// badFlag returns the name of the first out-of-range flag of r, or "".
func (r *ComtradeRecord) badFlag() string {
	switch {
	case r.IsOriginalClassification >= numComtradeFlags:
		return "IsOriginalClassification"
	case r.IsQtyEstimated >= numComtradeFlags:
		return "IsQtyEstimated"
	case r.IsAltQtyEstimated >= numComtradeFlags:
		return "IsAltQtyEstimated"
	case r.IsNetWgtEstimated >= numComtradeFlags:
		return "IsNetWgtEstimated"
	case r.IsGrossWgtEstimated >= numComtradeFlags:
		return "IsGrossWgtEstimated"
	case r.IsReported >= numComtradeFlags:
		return "IsReported"
	case r.IsAggregate >= numComtradeFlags:
		return "IsAggregate"
	}
	return ""
}

// isHSClassification reports whether c is H0 to H6 or HS.
func isHSClassification(c string) bool {
	return len(c) == 2 && c[0] == 'H' && ('0' <= c[1] && c[1] <= '6' || c[1] == 'S')
}

// period reads r's period: the first day and the precision, or the field
// at fault and why.
func (r *ComtradeRecord) period() (time.Time, Precision, string, string) {
	var want int
	var p Precision
	switch r.FreqCode {
	case "M":
		want, p = 6, PrecisionMonth
	case "A":
		want, p = 4, PrecisionYear
	case "Q":
		return time.Time{}, 0, "FreqCode", "quarterly records cannot be screened: the reference gives no quarterly period format, and a Trade is a day, a month or a year"
	default:
		return time.Time{}, 0, "FreqCode", `want "A" (annual) or "M" (monthly)`
	}
	if len(r.Period) != want {
		return time.Time{}, 0, "Period", fmt.Sprintf("want %d digits for freqCode %s", want, r.FreqCode)
	}
	n, ok := comtradeDigits(r.Period)
	if !ok {
		return time.Time{}, 0, "Period", "not all digits"
	}
	y, m := n, 1
	if p == PrecisionMonth {
		y, m = n/100, n%100
		if m < 1 || m > 12 {
			return time.Time{}, 0, "Period", "month not 01 to 12"
		}
	}
	if y < 1900 || y > 2999 {
		return time.Time{}, 0, "Period", "year not 1900 to 2999"
	}
	if r.RefYear != 0 && r.RefYear != y {
		return time.Time{}, 0, "RefYear", "disagrees with Period " + r.Period
	}
	switch {
	case r.RefMonth == 0:
	case p == PrecisionYear && r.RefMonth != 52:
		return time.Time{}, 0, "RefMonth", "an annual record has refMonth 52"
	case p == PrecisionMonth && r.RefMonth != m:
		return time.Time{}, 0, "RefMonth", "disagrees with Period " + r.Period
	}
	return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), p, "", ""
}

// comtradeDigits reads 1 to 9 ASCII digits.
func comtradeDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// comtradeInt reads an integer of at most 9 digits with an optional
// leading '-' (Comtrade writes -1 for "N/A").
func comtradeInt(s string) (int, bool) {
	if len(s) > 1 && s[0] == '-' {
		n, ok := comtradeDigits(s[1:])
		return -n, ok
	}
	return comtradeDigits(s)
}

// decimalText returns d as text when it has at most 40 digits and an
// exponent within ±40, and a short description otherwise: a decimal built
// by hand may carry an exponent whose plain form would take gigabytes.
func decimalText(d decimal.Decimal) string {
	if e := d.Exponent(); e < -40 || e > 40 || d.NumDigits() > 40 {
		return "(a number too long to print)"
	}
	return d.String()
}

// clip returns s, or its first 40 bytes (at a rune boundary) and "…".
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
