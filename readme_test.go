package kpledger_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/kpledger/kpledger/sanctions"
	"golang.org/x/text/language"
)

// The README's usage section shows the bodies of the Example_readme…
// functions below, each followed by its output; TestREADMEUsage keeps the
// two identical, so the README cannot drift from the code.

func Example_readmeConvert() {
	nis := currency.MustNewAmount("1500000000000", currency.KRW)
	day := time.Date(2022, 12, 22, 0, 0, 0, 0, time.UTC)

	usd, rate, err := currency.AnnualKRWUSD().Convert(nis, currency.USD, day)
	fmt.Println(usd, err)
	fmt.Println(rate)

	// A day no rate covers is an error that says so, never a stale rate.
	_, _, err = currency.AnnualKRWUSD().Convert(nis, currency.USD, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	fmt.Println(errors.Is(err, currency.ErrNoRate))
	// Output:
	// USD 1161188797.22 <nil>
	// 0.000774125864815 USD per KRW for 2022
	// currency: Convert KRW 1500000000000 to USD: no rate for 2026-03-01: KRW per USD rates cover the years 2010–2025
	// true
}

func Example_readmeTotals() {
	var t currency.Totals // the zero value is ready
	t.Add(currency.MustNewAmount("58000000000", currency.JPY))
	t.Add(currency.MustNewAmount("35000000000", currency.KRW))
	t.Add(currency.MustNewAmount("620000000", currency.USD))
	fmt.Println(t)

	// Amounts of different currencies never add silently.
	_, err := currency.MustNewAmount("1", currency.KRW).Add(currency.MustNewAmount("1", currency.USD))
	fmt.Println(err)
	fmt.Println(errors.Is(err, currency.ErrCurrencyMismatch))
	// Output:
	// JPY 58000000000, KRW 35000000000, USD 620000000.00
	// currency: Add: currency mismatch: KRW and USD
	// true
}

func Example_readmeFigures() {
	f, _ := currency.ParseFigure("an estimated 1.5 trillion won ($1.2 billion)")
	fmt.Println(f)
	r, _ := f.ImpliedRate()
	fmt.Println(r)
	fmt.Println(currency.FormatFigure(f, language.Korean))
	fmt.Println(currency.Format(f.Equivalent, language.English, currency.Short))

	text := "Officials put the loss at between $630 million and more than $1 billion; " +
		"local exchanges lost W160 billion, and 2019 saw 17 attacks."
	for _, m := range currency.FindFigures(text) {
		fmt.Printf("%q -> %s\n", text[m.Start:m.End], m.Figure)
	}
	// Output:
	// about KRW 1500000000000 (USD 1200000000.00)
	// 1,250 KRW per USD
	// 약 1조 5000억 원(12억 달러)
	// $1.2B
	// "between $630 million and more than $1 billion" -> USD 630000000.00 to more than USD 1000000000.00
	// "W160 billion" -> KRW 160000000000
}

func Example_readmeSanctions() {
	dprk := sanctions.DPRK()
	day := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)

	coal, _ := dprk.Banned(sanctions.Coal, sanctions.DPRKExports, day)
	fmt.Println(coal.Outcome, coal.Measure.Citation())

	// Frozen fish: the seafood ban has no verified HS codes, so the
	// answer is "undetermined", with the heading it was inferred from.
	findings, _ := dprk.Screen(sanctions.Trade{
		Date:      time.Date(2017, 10, 16, 0, 0, 0, 0, time.UTC),
		Direction: sanctions.DPRKExports,
		HS:        sanctions.MustParseHSCode("0303"),
	})
	fmt.Println(sanctions.OutcomeOf(findings))
	for _, f := range findings {
		fmt.Println(f.Citation, f.Commodity, f.Outcome)
	}
	// Output:
	// covered S/RES/2371 (2017), OP 8
	// undetermined
	// S/RES/2371 (2017), OP 9 seafood undetermined
}

func Example_readmeIncidents() {
	known := slices.Values(incidents.Known())
	for _, y := range incidents.ByYearRange(known, incidents.FirstUSD, 2020, 2022) {
		fmt.Println(y.Year, y.Totals.Get(currency.USD), y.Len(), "with an amount,", len(y.Missing), "without")
	}
	// Output:
	// 2020 USD 298200000.00 3 with an amount, 0 without
	// 2021 USD 91000000.00 1 with an amount, 0 without
	// 2022 USD 748000000.00 3 with an amount, 0 without
}

// TestREADMEUsage checks that README.md shows every Example_readme…
// function's body and its output exactly, and no go block besides them.
func TestREADMEUsage(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "readme_test.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || !strings.HasPrefix(fn.Name.Name, "Example_readme") {
			continue
		}
		n++
		body := string(src[fset.Position(fn.Body.Lbrace).Offset+1 : fset.Position(fn.Body.Rbrace).Offset])
		code, output, found := strings.Cut(body, "\t// Output:\n")
		if !found {
			t.Errorf("%s has no // Output: comment", fn.Name.Name)
			continue
		}
		block := "```go\n" + dedent(code) + "```\n"
		if !strings.Contains(string(readme), block) {
			t.Errorf("README.md does not show the body of %s as a go block:\n%s", fn.Name.Name, block)
		}
		var out strings.Builder
		for line := range strings.Lines(output) {
			out.WriteString(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(line), "//"), " ") + "\n")
		}
		text := "```text\n" + out.String() + "```\n"
		if !strings.Contains(string(readme), block+"\n"+text) {
			t.Errorf("README.md does not show the output of %s right after its code:\n%s", fn.Name.Name, text)
		}
	}
	if n == 0 {
		t.Fatal("no Example_readme functions found")
	}
	// The other way round: a go block that is no Example's body would go
	// uncompiled.
	if blocks := strings.Count(string(readme), "```go\n"); blocks != n {
		t.Errorf("README.md has %d go blocks and readme_test.go %d Example_readme functions: every go block must be the body of one", blocks, n)
	}
}

// TestREADMESample checks that the sample output README.md shows for its
// first command is where the program's output begins: the lines before
// the closing "…" are the first lines of examples/nis2022's golden file,
// which that program's own test keeps equal to what it prints.
func TestREADMESample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("examples/nis2022/testdata/output.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "it begins:\n\n```text\n")
	if !ok {
		t.Fatal("README.md has no sample output block after \"it begins:\"")
	}
	sample, _, ok := strings.Cut(rest, "\n…\n```")
	if !ok {
		t.Fatal("README.md's sample output block does not end with a line \"…\"")
	}
	if !strings.HasPrefix(string(golden), sample) {
		t.Errorf("README.md's sample output is not how go run ./examples/nis2022 begins; copy the first lines of examples/nis2022/testdata/output.txt")
	}
}

// dedent removes one leading tab from every line of an example's body and
// the blank first line after the opening brace.
func dedent(body string) string {
	var b strings.Builder
	for line := range strings.Lines(strings.TrimPrefix(body, "\n")) {
		b.WriteString(strings.TrimPrefix(line, "\t"))
	}
	return b.String()
}
