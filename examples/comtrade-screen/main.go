// Command comtrade-screen reads trade records in UN Comtrade's CSV column
// layout and screens each against the UN Security Council's DPRK measures:
// it reads and converts each record with sanctions.ComtradeReader.ReadTrade
// (a partner's imports from the DPRK are DPRK exports, its exports to the
// DPRK supply to it) and prints, per record, the measures it falls under, what is
// undetermined and why, the clean ones, and the records it cannot screen.
//
// The records it reads by default (records.csv, built into the program)
// are illustrative, made for this example: they are not real statistics.
// Lines starting with "#" are comments. Every fact about the measures comes
// from sanctions.DPRK(), and every HS heading text from sanctions.LookupHS.
//
// Usage:
//
//	go run ./examples/comtrade-screen [file.csv]
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/examples/internal/prose"
	"github.com/kpledger/kpledger/sanctions"
)

//go:embed records.csv
var builtIn []byte

func main() {
	data, name := builtIn, "records.csv (built in)"
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "comtrade-screen:", err)
			os.Exit(1)
		}
		data, name = b, os.Args[1]
	}
	if err := run(os.Stdout, name, data); err != nil {
		fmt.Fprintln(os.Stderr, "comtrade-screen:", err)
		os.Exit(1)
	}
}

// uncomment returns data with its "#" comment lines blanked, and the
// comments. The CSV reader skips blank lines but counts them, so the line
// numbers in its errors are those of the file.
func uncomment(data []byte) ([]byte, []string) {
	var out bytes.Buffer
	var comments []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			comments = append(comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			line = ""
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Bytes(), comments
}

func run(w io.Writer, name string, data []byte) error {
	regime := sanctions.DPRK()
	body, comments := uncomment(data)
	fmt.Fprintf(w, "Screening the records of %s against the UN DPRK measures\n", name)
	prose.Wrap(w, "  ", strings.Join(comments, " "), width)
	fmt.Fprintln(w, "How to read it:")
	for _, l := range []string{
		`outcome "covered": a measure applies; "undetermined": one may, and the data cannot say; "clean": no measure the library knows applies`,
		`"OP 29?": a source gives this paragraph number, but it was not verified in a copy of the text`,
		`"paragraph seen in the text", "attested indirectly", "paragraph not verified": how well the measure is attested`,
		`"not read": the record breaks Comtrade's layout; "not screened": it was read, but is not a trade the measures can be applied to`,
	} {
		prose.Wrap(w, "  ", l, width)
	}
	cr, err := sanctions.NewComtradeReader(bytes.NewReader(body))
	if err != nil {
		return err
	}
	var clean, covered, undetermined, unscreened, unread int
	for n := 1; ; n++ {
		// ReadTrade reads and converts a record with one validation; a
		// line it cannot read gives the zero record.
		rec, t, err := cr.ReadTrade()
		if errors.Is(err, io.EOF) {
			break
		}
		fmt.Fprintln(w)
		if err != nil && rec == (sanctions.ComtradeRecord{}) {
			fmt.Fprintf(w, "record %d: not read\n", n)
			prose.Wrap(w, "   ", "why: "+err.Error(), width)
			unread++
			continue
		}
		prose.Hang(w, "", "   ", fmt.Sprintf("record %d: %s", n, describe(rec)), width)
		if err != nil {
			fmt.Fprintln(w, "   not screened")
			prose.Wrap(w, "   ", "why: "+err.Error(), width)
			unscreened++
			continue
		}
		prose.Wrap(w, "   ", fmt.Sprintf("screened as: %s, %s %s, HS %s", t.Direction, t.Precision, period(rec), t.HS), width)
		if e, ok := sanctions.LookupHS(t.HS); ok {
			prose.Wrap(w, "   ", "goods: "+e.Deepest().String(), width)
		}
		findings, err := regime.Screen(t)
		if err != nil {
			return fmt.Errorf("record %d: %w", n, err)
		}
		outcome := sanctions.OutcomeOf(findings)
		fmt.Fprintf(w, "   outcome: %s\n", outcome)
		switch outcome {
		case sanctions.Clean:
			clean++
			prose.Wrap(w, "   ", "no measure the library knows covers these goods at any point of the period, and none may", width)
		case sanctions.Covered:
			covered++
		case sanctions.Undetermined:
			undetermined++
		}
		for _, f := range findings {
			prose.Finding(w, f, width)
		}
	}
	fmt.Fprintf(w, "\n%d covered, %d undetermined, %d clean, %d not screened, %d not read\n", covered, undetermined, clean, unscreened, unread)
	fmt.Fprintln(w, "(illustrative records made for this example, not real statistics)")
	return nil
}

// width is the most characters a line of the output has.
const width = 100

// describe says who reported what, as the record gives it.
func describe(r sanctions.ComtradeRecord) string {
	who := fmt.Sprint(r.ReporterCode)
	if a, ok := sanctions.LookupComtradeArea(r.ReporterCode); ok {
		who = fmt.Sprintf("%s (%d)", strings.TrimSpace(a.Name), r.ReporterCode)
	}
	flow := r.FlowCode
	if f, ok := sanctions.LookupComtradeFlow(r.FlowCode); ok {
		flow = strings.ToLower(f.Text)
	}
	partner := fmt.Sprint(r.PartnerCode)
	if a, ok := sanctions.LookupComtradeArea(r.PartnerCode); ok {
		partner = fmt.Sprintf("%s (%d)", strings.TrimSpace(a.Name), r.PartnerCode)
	}
	qty, unit := ", no quantity given", ""
	if r.Qty.Valid {
		qty = ", " + prose.Number(r.Qty.Decimal)
		if u, ok := sanctions.LookupComtradeUnit(r.QtyUnitCode); ok {
			qty, unit = qty+" "+u.Abbr, u.Abbr
		} else {
			// A number without its unit would read as a count of anything.
			qty += fmt.Sprintf(" (unit code %d, not in the Comtrade list)", r.QtyUnitCode)
		}
	}
	// The net weight, unless the quantity already says it in kilograms.
	if r.NetWgt.Valid && (unit != "kg" || !r.NetWgt.Decimal.Equal(r.Qty.Decimal)) {
		qty += ", net weight " + prose.Number(r.NetWgt.Decimal) + " kg"
	}
	// An empty primaryValue and a reported value of 0 are different facts.
	value := ", no value given"
	if r.PrimaryValue != (currency.Amount{}) {
		value = ", " + prose.Amount(r.PrimaryValue)
	}
	return fmt.Sprintf("%s %s, partner %s, period %s, %s %s%s%s", who, flow, partner, r.Period, r.ClassificationCode, r.CmdCode, qty, value)
}

// period prints a record's period as YYYY-MM or YYYY.
func period(r sanctions.ComtradeRecord) string {
	if len(r.Period) == 6 {
		return r.Period[:4] + "-" + r.Period[4:]
	}
	return r.Period
}
