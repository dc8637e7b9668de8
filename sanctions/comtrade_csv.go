package sanctions

import (
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// The columns a [ComtradeHeader] reads, by Comtrade's field names.
const (
	colTypeCode = iota
	colFreqCode
	colRefYear
	colRefMonth
	colPeriod
	colReporterCode
	colReporterISO
	colFlowCode
	colPartnerCode
	colPartner2Code
	colClassificationCode
	colIsOriginalClassification
	colCmdCode
	colCmdDesc
	colQtyUnitCode
	colQty
	colIsQtyEstimated
	colAltQtyUnitCode
	colAltQty
	colIsAltQtyEstimated
	colNetWgt
	colIsNetWgtEstimated
	colGrossWgt
	colIsGrossWgtEstimated
	colCIFValue
	colFOBValue
	colPrimaryValue
	colMirrorPrimaryValue
	colLegacyEstimationFlag
	colIsReported
	colIsAggregate
	numComtradeCols
)

// comtradeColumnNames are the column names, as TradeDataItems spells
// them; matching ignores case, so the output spellings (cifvalue,
// isNetWgtEstimated) match too.
func comtradeColumnNames() [numComtradeCols]string {
	return [numComtradeCols]string{
		"typeCode", "freqCode", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
		"flowCode", "partnerCode", "partner2Code", "classificationCode", "isOriginalClassification",
		"cmdCode", "cmdDesc", "qtyUnitCode", "qty", "isQtyEstimated", "altQtyUnitCode", "altQty",
		"isAltQtyEstimated", "netWgt", "isnetWgtEstimated", "grossWgt", "isgrossWgtEstimated",
		"cifValue", "fobValue", "primaryValue", "mirrorPrimaryValue", "legacyEstimationFlag",
		"isReported", "isAggregate",
	}
}

// ComtradeHeader is the column layout of a Comtrade CSV file: which
// column holds which field. Build it once per file with
// [ParseComtradeHeader] and read each line with [ComtradeHeader.Record],
// or with [ComtradeHeader.Trade] to screen it. The zero ComtradeHeader has
// no columns and reads nothing.
type ComtradeHeader struct {
	col [numComtradeCols]int // column index + 1; 0 when absent
	n   int                  // the number of columns in the header
}

// ParseComtradeHeader reads the header line of a Comtrade CSV file (an API
// download or bulk file written as CSV). Column names are matched without
// regard to case, so both Comtrade's reference spelling ("cifValue",
// "isnetWgtEstimated") and its output spelling ("cifvalue",
// "isNetWgtEstimated") are read; a leading byte-order mark and spaces
// around names are ignored. Columns the package does not read
// (reporterDesc, motCode, …) are skipped.
//
// ParseComtradeHeader returns a [*FieldError] wrapping
// [ErrInvalidComtrade] if a column is named twice, or if one of the
// columns screening needs is missing: freqCode, period, reporterCode,
// flowCode, partnerCode, classificationCode, cmdCode.
func ParseComtradeHeader(header []string) (ComtradeHeader, error) {
	var h ComtradeHeader
	names := comtradeColumnNames()
	h.n = len(header)
	for i, name := range header {
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff")
		}
		name = strings.TrimSpace(name)
		for c, want := range names {
			if strings.EqualFold(name, want) {
				if h.col[c] != 0 {
					return ComtradeHeader{}, &FieldError{Field: "header", Value: clip(name), Reason: "column named twice", Err: ErrInvalidComtrade}
				}
				h.col[c] = i + 1
			}
		}
	}
	for _, c := range [...]int{colFreqCode, colPeriod, colReporterCode, colFlowCode, colPartnerCode, colClassificationCode, colCmdCode} {
		if h.col[c] == 0 {
			return ComtradeHeader{}, &FieldError{Field: "header", Value: names[c], Reason: "missing column", Err: ErrInvalidComtrade}
		}
	}
	return h, nil
}

// Record reads one CSV line, split into fields, into a [ComtradeRecord].
// Empty cells are absent values. Numbers are read exactly (decimal
// digits, an optional fraction and exponent, as Comtrade's files and
// pandas write them); values become US-dollar [currency.Amount] values (see
// [ComtradeRecord]); true/false cells are read without regard to case.
//
// Record returns a [*FieldError] wrapping [ErrInvalidComtrade] that names
// the column if the line has a different number of fields than the
// header, a code or number is malformed, a true/false cell is neither, or
// the record fails [ComtradeRecord.Validate] (its error names the
// record's field).
func (h ComtradeHeader) Record(fields []string) (ComtradeRecord, error) {
	r, _, err := h.record(fields)
	return r, err
}

// Trade reads one CSV line, split into fields, into a [ComtradeRecord] and
// the [Trade] it gives: it is [ComtradeHeader.Record] then
// [ComtradeRecord.Trade], with the record validated once, not once by each.
//
// Trade returns the error of Record, with the zero record, for a line it
// cannot read; and the error of ComtradeRecord.Trade (that of
// [ComtradeRecord.Direction]: a partner other than the DPRK, a flow that
// is not a partner's import or export), with the record read, for a
// record that cannot be screened. A caller tells the two apart by the
// record: zero for the first.
func (h ComtradeHeader) Trade(fields []string) (ComtradeRecord, Trade, error) {
	r, c, err := h.record(fields)
	if err != nil {
		return ComtradeRecord{}, Trade{}, err
	}
	t, err := r.checkedTrade(c)
	return r, t, err
}

// comtradeChecked is what validating a record finds on the way
// ([ComtradeRecord.check]): the first day and precision of its period,
// and its HS code.
type comtradeChecked struct {
	date      time.Time
	precision Precision
	hs        HSCode
}

// record is [ComtradeHeader.Record], which also returns what the record's
// validation found.
func (h ComtradeHeader) record(fields []string) (ComtradeRecord, comtradeChecked, error) {
	r, err := h.parse(fields)
	if err != nil {
		return ComtradeRecord{}, comtradeChecked{}, err
	}
	c, err := r.check(true)
	if err != nil {
		return ComtradeRecord{}, comtradeChecked{}, err
	}
	return r, c, nil
}

// parse reads fields into a record without validating it beyond what
// reading the cells needs.
func (h ComtradeHeader) parse(fields []string) (ComtradeRecord, error) {
	if h.n == 0 {
		return ComtradeRecord{}, &FieldError{Field: "header", Reason: "no header: use ParseComtradeHeader", Err: ErrInvalidComtrade}
	}
	if len(fields) != h.n {
		return ComtradeRecord{}, &FieldError{Field: "line", Value: strconv.Itoa(len(fields)) + " fields", Reason: "the header has " + strconv.Itoa(h.n), Err: ErrInvalidComtrade}
	}
	names := comtradeColumnNames()
	cell := func(c int) string {
		if h.col[c] == 0 {
			return ""
		}
		return strings.TrimSpace(fields[h.col[c]-1])
	}
	var err error
	fail := func(c int, reason string) {
		if err == nil {
			err = &FieldError{Field: names[c], Value: clip(cell(c)), Reason: reason, Err: ErrInvalidComtrade}
		}
	}
	integer := func(c int) int {
		s := cell(c)
		if s == "" {
			return 0
		}
		n, ok := comtradeInt(s)
		if !ok {
			fail(c, "not an integer code")
		}
		return n
	}
	number := func(c int) decimal.NullDecimal {
		s := cell(c)
		if s == "" {
			return decimal.NullDecimal{}
		}
		d, ok := comtradeNumber(s)
		if !ok {
			fail(c, "not a decimal number")
			return decimal.NullDecimal{}
		}
		return decimal.NullDecimal{Decimal: d, Valid: true}
	}
	value := func(c int) currency.Amount {
		d := number(c)
		if !d.Valid {
			return currency.Amount{}
		}
		return currency.AmountOf(d.Decimal, currency.USD)
	}
	flag := func(c int) ComtradeFlag {
		switch s := cell(c); {
		case s == "":
			return ComtradeUnset
		case strings.EqualFold(s, "true"):
			return ComtradeTrue
		case strings.EqualFold(s, "false"):
			return ComtradeFalse
		}
		fail(c, "want true or false")
		return ComtradeUnset
	}
	r := ComtradeRecord{
		TypeCode:                 cell(colTypeCode),
		FreqCode:                 cell(colFreqCode),
		RefYear:                  integer(colRefYear),
		RefMonth:                 integer(colRefMonth),
		Period:                   cell(colPeriod),
		ReporterCode:             integer(colReporterCode),
		ReporterISO:              cell(colReporterISO),
		FlowCode:                 cell(colFlowCode),
		PartnerCode:              integer(colPartnerCode),
		Partner2Code:             integer(colPartner2Code),
		ClassificationCode:       cell(colClassificationCode),
		IsOriginalClassification: flag(colIsOriginalClassification),
		CmdCode:                  cell(colCmdCode),
		CmdDesc:                  cell(colCmdDesc),
		QtyUnitCode:              integer(colQtyUnitCode),
		Qty:                      number(colQty),
		IsQtyEstimated:           flag(colIsQtyEstimated),
		AltQtyUnitCode:           integer(colAltQtyUnitCode),
		AltQty:                   number(colAltQty),
		IsAltQtyEstimated:        flag(colIsAltQtyEstimated),
		NetWgt:                   number(colNetWgt),
		IsNetWgtEstimated:        flag(colIsNetWgtEstimated),
		GrossWgt:                 number(colGrossWgt),
		IsGrossWgtEstimated:      flag(colIsGrossWgtEstimated),
		CIFValue:                 value(colCIFValue),
		FOBValue:                 value(colFOBValue),
		PrimaryValue:             value(colPrimaryValue),
		MirrorPrimaryValue:       value(colMirrorPrimaryValue),
		LegacyEstimationFlag:     cell(colLegacyEstimationFlag),
		IsReported:               flag(colIsReported),
		IsAggregate:              flag(colIsAggregate),
	}
	if h.col[colReporterCode] != 0 && cell(colReporterCode) == "" {
		fail(colReporterCode, "empty")
	}
	if h.col[colPartnerCode] != 0 && cell(colPartnerCode) == "" {
		fail(colPartnerCode, "empty")
	}
	if err != nil {
		return ComtradeRecord{}, err
	}
	return r, nil
}

// ParseComtradeCSV reads one CSV line of a Comtrade file, given the file's
// header line: it is [ParseComtradeHeader] then [ComtradeHeader.Record],
// for callers that see one line at a time (a pipeline's map step). Parse
// the header once with ParseComtradeHeader where you can.
//
// ParseComtradeCSV returns the errors of both.
func ParseComtradeCSV(header, fields []string) (ComtradeRecord, error) {
	h, err := ParseComtradeHeader(header)
	if err != nil {
		return ComtradeRecord{}, err
	}
	return h.Record(fields)
}

// comtradeNumber reads a plain decimal number: an optional '-', digits
// with at most one '.', and an optional exponent of at most three digits
// ("3.921504e+05"). At most 64 bytes, so that no cell can make an
// unbounded number.
func comtradeNumber(s string) (decimal.Decimal, bool) {
	if len(s) == 0 || len(s) > 64 {
		return decimal.Decimal{}, false
	}
	i := 0
	if s[0] == '-' {
		i++
	}
	digits, dot := 0, false
mantissa:
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			break mantissa
		}
	}
	if digits == 0 {
		return decimal.Decimal{}, false
	}
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return decimal.Decimal{}, false
		}
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		n := len(s) - i
		if n < 1 || n > 3 {
			return decimal.Decimal{}, false
		}
		if _, ok := comtradeDigits(s[i:]); !ok {
			return decimal.Decimal{}, false
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	return d, true
}

// ComtradeReader reads the records of a Comtrade CSV file, one per line,
// from an [io.Reader] the caller opens; the package opens no file. The
// first line is the header ([ParseComtradeHeader]). A ComtradeReader is
// not safe for concurrent use.
type ComtradeReader struct {
	r    *csv.Reader
	h    ComtradeHeader
	line int // the line of the last record read (1 is the header)
}

// NewComtradeReader reads the header line from r and returns a reader of
// the records after it.
//
// NewComtradeReader returns an error if r has no header line, the CSV is
// malformed, or [ParseComtradeHeader] rejects the header; the error names
// line 1.
func NewComtradeReader(r io.Reader) (*ComtradeReader, error) {
	c := csv.NewReader(r)
	c.ReuseRecord = true
	header, err := c.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &FieldError{Field: "line 1", Reason: "no header line", Err: ErrInvalidComtrade}
		}
		return nil, &FieldError{Field: "line 1", Reason: clip(err.Error()), Err: ErrInvalidComtrade}
	}
	h, err := ParseComtradeHeader(header)
	if err != nil {
		return nil, lineError(1, err)
	}
	c.FieldsPerRecord = len(header)
	return &ComtradeReader{r: c, h: h, line: 1}, nil
}

// Read returns the next record, or [io.EOF] after the last. A bad line
// gives a [*FieldError] whose Field names the line and column ("line 3,
// flowCode") or the record's field; the reader then goes on with the next
// line, so a caller may skip bad lines and keep reading.
func (cr *ComtradeReader) Read() (ComtradeRecord, error) {
	fields, err := cr.next()
	if err != nil {
		return ComtradeRecord{}, err
	}
	rec, err := cr.h.Record(fields)
	if err != nil {
		return ComtradeRecord{}, lineError(cr.line, err)
	}
	return rec, nil
}

// ReadTrade returns the next record and the [Trade] it gives, or [io.EOF]
// after the last: [ComtradeReader.Read] then [ComtradeRecord.Trade], with
// the record validated once, not once by each.
//
// A line that cannot be read gives Read's error and the zero record; a
// record that cannot be screened (a partner other than the DPRK, a flow
// that is not a partner's import or export) gives the error of
// ComtradeRecord.Trade, as that returns it, and the record read. Either
// way the reader goes on with the next line.
func (cr *ComtradeReader) ReadTrade() (ComtradeRecord, Trade, error) {
	fields, err := cr.next()
	if err != nil {
		return ComtradeRecord{}, Trade{}, err
	}
	rec, c, err := cr.h.record(fields)
	if err != nil {
		return ComtradeRecord{}, Trade{}, lineError(cr.line, err)
	}
	t, err := rec.checkedTrade(c)
	return rec, t, err
}

// next reads the fields of the next line, or returns io.EOF or the error
// of a line the CSV reader rejects, naming the line.
func (cr *ComtradeReader) next() ([]string, error) {
	fields, err := cr.r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		line := cr.line + 1
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
			if pe.Err == csv.ErrFieldCount {
				// The record was read; count it and go on.
				cr.line = line
			}
		}
		return nil, &FieldError{Field: "line " + strconv.Itoa(line), Reason: clip(err.Error()), Err: ErrInvalidComtrade}
	}
	cr.line, _ = cr.r.FieldPos(0)
	return fields, nil
}

// All returns an iterator over the remaining records and the errors of
// bad lines, as [ComtradeReader.Read] gives them, ending at the end of
// the input. Stopping the loop early stops reading.
func (cr *ComtradeReader) All() iter.Seq2[ComtradeRecord, error] {
	return func(yield func(ComtradeRecord, error) bool) {
		for {
			r, err := cr.Read()
			if errors.Is(err, io.EOF) || !yield(r, err) {
				return
			}
		}
	}
}

// Line returns the line number of the record last read (the header is
// line 1).
func (cr *ComtradeReader) Line() int { return cr.line }

// lineError puts the line number in front of a FieldError's field.
func lineError(line int, err error) error {
	var fe *FieldError
	if !errors.As(err, &fe) {
		return err
	}
	e := *fe
	e.Field = "line " + strconv.Itoa(line) + ", " + e.Field
	return &e
}
