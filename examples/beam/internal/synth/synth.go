// Package synth writes synthetic trade records in UN Comtrade's CSV column
// layout for the Beam example's tests, benchmarks and cmd/gen. Every record
// is made up: the output starts with comment lines that say so.
package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
)

// Header is the header line gen writes: Comtrade's field names.
const Header = "typeCode,freqCode,refYear,refMonth,period,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,qtyUnitCode,qty,netWgt,primaryValue,isReported"

// reporters are Comtrade reporter codes the records name.
var reporters = []int{156, 643, 699, 704, 764, 76, 392, 36, 458, 360}

// goods are HS codes the records name: goods under measures of the 1718
// regime at some time (coal, iron ore, seafood, textiles, crude and refined
// oil, vehicles, machinery, gold), codes of chapters that name such goods,
// and goods no measure names.
var goods = []string{
	"270112", "2701", "27", "260111", "2601", "030389", "0303", "03", "610910", "6109", "6204",
	"270900", "271019", "8703", "870323", "8429", "7108", "710812", "2616", "7601",
	"090111", "1006", "100630", "3004", "8517", "847130", "0805", "2204", "4011", "9403",
}

// Write writes the comment lines, the header and n synthetic records to w.
// The same n and seed always give the same bytes. About one record in two
// hundred is malformed on purpose (a partner that is not the DPRK, a
// period that is not a date, an unknown flow code).
//
// Write returns the first error of w.
func Write(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "# SYNTHETIC records made by kpledger's examples/beam/cmd/gen (-n %d -seed %d), in UN Comtrade's column layout.\n", n, seed)
	bw.WriteString("# They are NOT real statistics: every figure below is random.\n")
	bw.WriteString(Header + "\n")
	r := rand.New(rand.NewPCG(seed, 0x6b706c6564676572))
	var b []byte
	for range n {
		b = appendRecord(b[:0], r)
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// appendRecord appends one record line.
func appendRecord(b []byte, r *rand.Rand) []byte {
	year := 2006 + r.IntN(19)
	monthly := r.IntN(3) > 0
	month := 1 + r.IntN(12)
	flow := "M"
	switch k := r.IntN(100); {
	case k < 30:
		flow = "X"
	case k == 30:
		flow = "RX" // the library cannot tell these records' direction: rejected
	case k == 31:
		flow = "RM"
	}
	partner := 408
	period := ""
	if monthly {
		period = strconv.Itoa(year*100 + month)
	} else {
		period = strconv.Itoa(year)
	}
	switch r.IntN(200) { // malformed on purpose
	case 0:
		partner = 410
	case 1:
		period = "20x7"
	case 2:
		flow = "ZZ"
	}
	freq, refMonth := "A", 52
	if monthly {
		freq, refMonth = "M", month
	}
	b = append(b, "C,"...)
	b = append(b, freq...)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(refMonth), 10)
	b = append(b, ',')
	b = append(b, period...)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(reporters[r.IntN(len(reporters))]), 10)
	b = append(b, ',')
	b = append(b, flow...)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(partner), 10)
	b = append(b, ",0,H"...)
	b = strconv.AppendInt(b, int64(3+r.IntN(4)), 10)
	b = append(b, ',')
	b = append(b, goods[r.IntN(len(goods))]...)
	b = append(b, ',')
	// quantity: mostly kilograms, some barrels, some items, some none
	kg := r.Int64N(50_000_000)
	switch k := r.IntN(10); {
	case k < 6:
		b = append(b, "8,"...)
		b = strconv.AppendInt(b, kg, 10)
	case k < 7:
		b = append(b, "19,"...)
		b = strconv.AppendInt(b, r.Int64N(200_000), 10)
	case k < 8:
		b = append(b, "5,"...)
		b = strconv.AppendInt(b, r.Int64N(10_000), 10)
	default:
		b = append(b, "-1,"...)
	}
	b = append(b, ',')
	if r.IntN(5) > 0 {
		b = strconv.AppendInt(b, kg, 10)
		if r.IntN(4) == 0 {
			b = append(b, '.')
			b = strconv.AppendInt(b, int64(r.IntN(1000)), 10)
		}
	}
	b = append(b, ',')
	if r.IntN(20) > 0 { // some records report no value
		b = strconv.AppendInt(b, r.Int64N(100_000_000), 10)
		if r.IntN(3) == 0 {
			b = append(b, '.')
			b = strconv.AppendInt(b, int64(10+r.IntN(90)), 10)
		}
	}
	if r.IntN(10) > 0 {
		b = append(b, ",True\n"...)
	} else {
		b = append(b, ",False\n"...)
	}
	return b
}
