package kpledger

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// withoutExample lists the exported functions and types that need no
// Example of their own, each with the reason. Everything else a user can
// start from has one, so pkg.go.dev shows how to call it.
//
// An entry's reason names the Examples that show the identifier, and the test
// checks that each Example it names exists in the package.
var withoutExample = map[string]string{
	// Values that methods return or take, and their parts: go/doc lists no
	// function under these types, so no Example attaches to them, and the
	// Examples named print them.
	"sanctions.Finding":           "the result of Regime.Screen, shown by ExampleRegime_Screen and ExampleRegime_Screen_undetermined",
	"sanctions.Shipment":          "the input of CapUsage, shown by ExampleCapUsage",
	"sanctions.LimitUsage":        "a field of Usage, shown by ExampleCapUsage",
	"sanctions.Threshold":         "a field of LimitUsage, shown by ExampleCapUsage",
	"incidents.AsOf":              "the result of Incident.StatusOn, shown by ExampleIncident_StatusOn and ExampleAttributedOn",
	"incidents.Converted":         "the result of Sum.In, shown by ExampleSum_In and ExampleByYear_inUSD",
	"incidents.Conversion":        "an item of Converted, shown by ExampleSum_In and ExampleByYear_inUSD",
	"incidents.PartialConversion": "the result of Sum.InPartial, shown by ExampleSum_InPartial",
	"incidents.Unconverted":       "an item of PartialConversion, shown by ExampleSum_InPartial",
	"incidents.Item":              "what Sum.Items returns and MakeSum takes, shown by ExampleSum_Items and ExampleMakeSum",
	// Where the tidy tables go and come from: the Examples of the functions
	// that take them fill them in.
	"incidents.IncidentTables":  "the writers of WriteIncidentTables, shown by ExampleWriteIncidentTables",
	"incidents.IncidentReaders": "the readers of ReadIncidentTables, shown by ExampleReadIncidentTables",
	"incidents.EstimateTables":  "the writers of WriteEstimateTables, shown by ExampleWriteEstimateTables",
	"incidents.EstimateReaders": "the readers of ReadEstimateTables, shown by ExampleReadEstimateTables",
	"stix.Options":              "what Write exports, shown by ExampleWrite",
	// Parts of an Incident.
	"incidents.Asset":  "Incident.Assets, shown by ExampleLookup and ExampleImpliedPrice",
	"incidents.Source": "where an attribution or flow was seen, shown by ExampleLookup and ExampleFlow",
	// Parts of the result of Totals.InPartial.
	"currency.PartialTotal":     "the result of Totals.InPartial, shown by ExampleTotals_InPartial",
	"currency.ConvertedTotal":   "an item of PartialTotal, shown by ExampleTotals_InPartial",
	"currency.UnconvertedTotal": "an item of PartialTotal, shown by ExampleTotals_InPartial",
}

// sharedExample names, per package, the one Example that shows the
// package's enumerations and error types together (issue 15 allows one such
// example per package). An enumeration or error type without an Example of
// its own is covered only if that Example names it or one of its constants
// (sanctions.Kind, sanctions.ExportBan), so a new enumeration that the
// shared Example does not show fails the test.
var sharedExample = map[string]string{
	"sanctions": "Kind",
	"incidents": "Status",
	"currency":  "Qualifier",
}

// TestExportedIdentifiersHaveExamples fails for every exported function and
// type of the library packages that has no Example and is not in
// withoutExample, and for every withoutExample entry that no longer names an
// exported identifier or that has an Example after all.
//
// The packages are read with go/doc, as pkg.go.dev reads them, and a type
// counts as shown when the page shows an Example in its section:
//   - ExampleT or ExampleT_suffix;
//   - an Example of one of its methods (ExampleT_Method);
//   - an Example of a function that go/doc lists under the type, that is a
//     function that returns T, *T or []T (DPRK under Regime, Known under
//     Incident): the page shows that Example inside T's section, so the
//     reader sees T made and used there;
//   - for an enumeration (a type with constants of its own) or an error type
//     (one with an Error method), the package's sharedExample, if it names
//     the type or one of its constants.
//
// Every exported function, those listed under a type included, needs an
// Example of its own.
func TestExportedIdentifiersHaveExamples(t *testing.T) {
	for _, dir := range libraryPackages(t) {
		pkg, examples := readPackage(t, dir)
		var exported []string
		check := func(name string, has bool) {
			exported = append(exported, name)
			key := dir + "." + name
			_, allowed := withoutExample[key]
			switch {
			case !has && !allowed:
				t.Errorf("no Example for %s (add Example%s to %s/example_api_test.go)", key, name, dir)
			case has && allowed:
				t.Errorf("%s has an Example: remove it from withoutExample", key)
			}
		}
		for _, f := range pkg.Funcs {
			check(f.Name, len(f.Examples) > 0)
		}
		shared, sharedOK := examples[sharedExample[dir]]
		if name, ok := sharedExample[dir]; ok && !sharedOK {
			t.Errorf("sharedExample names Example%s, which %s does not have", name, dir)
		}
		for _, typ := range pkg.Types {
			has := len(typ.Examples) > 0
			for _, m := range typ.Methods {
				has = has || len(m.Examples) > 0
			}
			for _, f := range typ.Funcs {
				has = has || len(f.Examples) > 0
				check(f.Name, len(f.Examples) > 0)
			}
			if !has && sharedOK && (len(typ.Consts) > 0 || hasMethod(typ, "Error")) {
				has = names(shared, identifiers(typ))
			}
			check(typ.Name, has)
		}
		for key, reason := range withoutExample {
			p, name, _ := strings.Cut(key, ".")
			if p != dir {
				continue
			}
			if !slices.Contains(exported, name) {
				t.Errorf("withoutExample names %s, which is not an exported function or type", key)
			}
			shown := exampleName.FindAllString(reason, -1)
			if len(shown) == 0 {
				t.Errorf("withoutExample[%q] names no Example that shows it", key)
			}
			for _, e := range shown {
				if _, ok := examples[strings.TrimPrefix(e, "Example")]; !ok {
					t.Errorf("withoutExample[%q] names %s, which %s does not have", key, e, dir)
				}
			}
		}
	}
}

// libraryPackages returns the folders of the packages whose API is checked:
// every folder with Go files except the examples, testdata, internal and
// hidden ones.
func libraryPackages(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == "." {
			return nil
		}
		base := d.Name()
		if base == "examples" || base == "testdata" || base == "internal" || strings.HasPrefix(base, ".") {
			return filepath.SkipDir
		}
		if m, _ := filepath.Glob(filepath.Join(path, "*.go")); len(m) > 0 {
			dirs = append(dirs, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// readPackage parses the Go files of dir, test files included, and returns
// its documentation as go/doc sees it (examples attached to the functions,
// types and methods they name) and its Example functions by name without
// the "Example" prefix.
func readPackage(t *testing.T, dir string) (*doc.Package, map[string]*doc.Example) {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, path := range paths {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, "github.com/kpledger/kpledger/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	examples := make(map[string]*doc.Example)
	for _, e := range doc.Examples(files...) {
		examples[e.Name] = e
	}
	return pkg, examples
}

// identifiers returns the name of typ and of the constants declared with it
// (Kind, ExportBan, SupplyBan, …).
func identifiers(typ *doc.Type) []string {
	ids := []string{typ.Name}
	for _, c := range typ.Consts {
		ids = append(ids, c.Names...)
	}
	return ids
}

// names reports whether the code of e names one of ids as a qualified
// identifier (sanctions.Kind, sanctions.ExportBan).
func names(e *doc.Example, ids []string) bool {
	found := false
	ast.Inspect(e.Code, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok && slices.Contains(ids, s.Sel.Name) {
			if _, ok := s.X.(*ast.Ident); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// exampleName matches the name of an Example function in a reason.
var exampleName = regexp.MustCompile(`\bExample\w*`)

func hasMethod(typ *doc.Type, name string) bool {
	return slices.ContainsFunc(typ.Methods, func(f *doc.Func) bool { return f.Name == name })
}
