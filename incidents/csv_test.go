package incidents

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kpledger/kpledger/currency"
)

type incidentBuffers struct{ inc, fig, asset, flow, attr, src, note bytes.Buffer }

func (b *incidentBuffers) tables() IncidentTables {
	return IncidentTables{&b.inc, &b.fig, &b.asset, &b.flow, &b.attr, &b.src, &b.note}
}

func (b *incidentBuffers) readers() IncidentReaders {
	return IncidentReaders{&b.inc, &b.fig, &b.asset, &b.flow, &b.attr, &b.src, &b.note}
}

// readAll parses a table with encoding/csv, as a user's tool would.
func readAll(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the table: %v", err)
	}
	return recs
}

func TestIncidentTablesRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name string
		incs []Incident
	}{{"Known", Known()}, {"handBuilt", handBuilt()}} {
		t.Run(tt.name, func(t *testing.T) {
			var b incidentBuffers
			if err := WriteIncidentTables(b.tables(), slices.Values(tt.incs)); err != nil {
				t.Fatal(err)
			}
			recs := readAll(t, b.inc.Bytes())
			if len(recs) != len(tt.incs)+1 {
				t.Errorf("incidents table has %d rows, want a header and %d incidents", len(recs), len(tt.incs))
			}
			first := b.inc.String()
			got, err := ReadIncidentTables(b.readers())
			if err != nil && tt.name == "Known" {
				t.Fatalf("ReadIncidentTables: %v", err)
			}
			if diff := cmp.Diff(tt.incs, got, cmpRegion(), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("read back (-want +got):\n%s", diff)
			}
			var again incidentBuffers
			if err := WriteIncidentTables(again.tables(), slices.Values(got)); err != nil {
				t.Fatal(err)
			}
			if again.inc.String() != first {
				t.Errorf("writing what was read gives another incidents table")
			}
		})
	}
}

func TestIncidentTablesColumns(t *testing.T) {
	inc := Incident{
		ID: "x", Date: day(2022, 3, 23), DatePrecision: PrecisionMonth, Country: region("KR"), VictimType: DeFiBridge,
		Loss:         mustAmt("1200000000", currency.USD),
		LossUSD:      []Reported{{Figure: currency.Figure{Qualifier: currency.About, Amount: mustAmt("5", currency.USD)}}},
		Attributions: []Attribution{confirmedBy(Lazarus, APT38)},
		Notes:        []string{"first", "second, with a comma"},
	}
	var b incidentBuffers
	if err := WriteIncidentTables(b.tables(), slices.Values([]Incident{inc})); err != nil {
		t.Fatal(err)
	}
	cell := func(recs [][]string, row int, col string) string {
		i := slices.Index(recs[0], col)
		if i < 0 {
			t.Fatalf("no column %q in %q", col, recs[0])
		}
		return recs[row][i]
	}
	incs := readAll(t, b.inc.Bytes())
	attrs := readAll(t, b.attr.Bytes())
	figs := readAll(t, b.fig.Bytes())
	notes := readAll(t, b.note.Bytes())
	tests := []struct {
		name, got, want string
	}{
		{"date", cell(incs, 1, "date"), "2022-03-23"},
		{"date_precision", cell(incs, 1, "date_precision"), "month"},
		{"country", cell(incs, 1, "country"), "KR"},
		{"victim_type", cell(incs, 1, "victim_type"), "DeFi bridge"},
		{"loss_amount", cell(incs, 1, "loss_amount"), "1200000000.00"},
		{"loss_currency", cell(incs, 1, "loss_currency"), "USD"},
		{"status", cell(incs, 1, "status"), "confirmed"},
		{"disputed", cell(incs, 1, "disputed"), "false"},
		{"attribution key", cell(attrs, 1, "incident_id"), "x"},
		{"clusters", cell(attrs, 1, "clusters"), "Lazarus Group|APT38"},
		{"figure field", cell(figs, 1, "field"), "loss_usd"},
		{"figure qualifier", cell(figs, 1, "qualifier"), "about"},
		{"figure amount", cell(figs, 1, "amount"), "5.00"},
		{"no high end", cell(figs, 1, "high_amount"), ""},
		{"note seq", cell(notes, 2, "seq"), "2"},
		{"note text", cell(notes, 2, "text"), "second, with a comma"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	wantHeader := []string{"id", "row", "date", "date_precision", "victim", "victim_unverified", "filed_as",
		"identified_as", "identified_by", "country", "country_unverified", "victim_type", "loss_amount",
		"loss_currency", "attempt_only", "stated_status", "stated_text", "status", "disputed"}
	if diff := cmp.Diff(wantHeader, incs[0]); diff != "" {
		t.Errorf("incidents header (-want +got):\n%s", diff)
	}
}

func TestEstimateTablesRoundTrip(t *testing.T) {
	es := Estimates()
	var e, p, s, n bytes.Buffer
	if err := WriteEstimateTables(EstimateTables{&e, &p, &s, &n}, slices.Values(es)); err != nil {
		t.Fatal(err)
	}
	if recs := readAll(t, e.Bytes()); len(recs) != len(es)+1 {
		t.Errorf("estimates table has %d rows, want %d", len(recs), len(es)+1)
	}
	got, err := ReadEstimateTables(EstimateReaders{&e, &p, &s, &n})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(es, got, cmpRegion(), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
}

func TestReadIncidentTablesErrors(t *testing.T) {
	const header = "id,date,country,loss_amount,loss_currency\n"
	tests := []struct {
		name      string
		r         func() IncidentReaders
		table     string
		line      int
		column    string
		wantInErr string
	}{
		{"unknown country", tables(header + "a,2022-01-01,KR,1,USD\nb,2022-01-02,Korea,1,USD\n"), "incidents", 3, "country", `unknown country "Korea"`},
		{"unknown currency", tables(header + "a,2022-01-01,KR,1,usd\n"), "incidents", 2, "loss_currency", `unknown currency "usd"`},
		{"malformed amount", tables(header + "a,2022-01-01,KR,\"1,000\",USD\n"), "incidents", 2, "loss_amount", `malformed amount "1,000"`},
		{"malformed date", tables(header + "a,01/02/2022,KR,1,USD\n"), "incidents", 2, "date", `malformed date "01/02/2022"`},
		{"unknown column", tables("id,victim_country\na,KR\n"), "incidents", 1, "victim_country", "unknown column"},
		{"column twice", tables("id,date,date\n"), "incidents", 1, "date", "column named twice"},
		{"no id column", tables("date\n2022-01-01\n"), "incidents", 1, "id", "missing column"},
		{"empty id", tables(header + ",2022-01-01,KR,1,USD\n"), "incidents", 2, "id", "empty"},
		{"repeated id", tables(header + "a,2022-01-01,,,\na,2022-01-02,,,\n"), "incidents", 3, "id", `"a" repeats line 2`},
		{"enum", tables("id,victim_type\na,Exchange\n"), "incidents", 2, "victim_type", `unknown victim type "Exchange"`},
		{"bool", tables("id,attempt_only\na,yes\n"), "incidents", 2, "attempt_only", `"yes" is not a boolean`},
		{"ragged row", tables("id,date\na,2022-01-01,extra\n"), "incidents", 2, "", "wrong number of fields"},
		{"orphan attribution", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Attributions: strings.NewReader("incident_id,status\nb,confirmed\n")}
		}, "attributions", 2, "incident_id", `"b" is in no row of the main table`},
		{"attribution status", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Attributions: strings.NewReader("incident_id,status,by\na,confirmed,FBI\na,probable,ROK\n")}
		}, "attributions", 3, "status", `unknown status "probable"`},
		{"cluster", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Attributions: strings.NewReader("incident_id,clusters\na,Lazarus Group|Lazarus\n")}
		}, "attributions", 2, "clusters", `unknown cluster "Lazarus"`},
		{"figure field", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Figures: strings.NewReader("incident_id,field,amount,currency\na,loss,1,USD\n")}
		}, "figures", 2, "field", `unknown field "loss"`},
		{"seq", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Sources: strings.NewReader("incident_id,seq,by\na,first,x\n")}
		}, "sources", 2, "seq", `"first" is not a position`},
		{"quantity", func() IncidentReaders {
			return IncidentReaders{Incidents: strings.NewReader("id\na\n"), Assets: strings.NewReader("incident_id,symbol,quantity\na,ETH,1e6\n")}
		}, "assets", 2, "quantity", `malformed decimal "1e6"`},
		{"empty input", tables(""), "incidents", 1, "", "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadIncidentTables(tt.r())
			var ce *CSVError
			if !errors.As(err, &ce) {
				t.Fatalf("ReadIncidentTables = %v, %v; want a *CSVError", got, err)
			}
			if ce.Table != tt.table || ce.Line != tt.line || ce.Column != tt.column || !strings.Contains(err.Error(), tt.wantInErr) {
				t.Errorf("ReadIncidentTables error = %+v (%q), want table %q line %d column %q containing %q", ce, err, tt.table, tt.line, tt.column, tt.wantInErr)
			}
			if got != nil {
				t.Errorf("ReadIncidentTables returned %d incidents with a table error, want none", len(got))
			}
			if !strings.HasPrefix(err.Error(), "incidents: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
		})
	}
}

func tables(incidents string) func() IncidentReaders {
	return func() IncidentReaders { return IncidentReaders{Incidents: strings.NewReader(incidents)} }
}

// TestReadIncidentTablesValidates checks that a user's row that reads but
// does not validate comes back with errors at its line and column.
func TestReadIncidentTablesValidates(t *testing.T) {
	r := IncidentReaders{
		Incidents: strings.NewReader("id,date,loss_amount,loss_currency\nok,2022-01-01,1,USD\nbad,2150-01-01,-5,USD\n"),
		Attributions: strings.NewReader("incident_id,by,status,source_url\n" +
			"ok,FBI,confirmed,https://example.org/\nbad,FBI,confirmed,https://example.org/\nbad,ROK,confirmed,\n"),
	}
	incs, err := ReadIncidentTables(r)
	if len(incs) != 2 {
		t.Fatalf("ReadIncidentTables returned %d incidents, want both", len(incs))
	}
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("ReadIncidentTables error = %v, want one wrapping ErrInvalid", err)
	}
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ce *CSVError
		if !errors.As(e, &ce) {
			t.Fatalf("error %v is not a *CSVError", e)
		}
		got = append(got, ce.Table+":"+strconv.Itoa(ce.Line)+":"+ce.Column)
	}
	want := []string{"incidents:3:date", "incidents:3:loss_amount", "attributions:4:source_by"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error locations (-want +got):\n%s\nerror: %v", diff, err)
	}
}

func TestReadTablesValidationLocations(t *testing.T) {
	incs := IncidentReaders{
		Incidents: strings.NewReader("id,date\na,2022-01-01\n"),
		Figures: strings.NewReader("incident_id,field,amount,currency,high_amount,high_currency\n" +
			"a,loss_usd,5,USD,4,USD\na,loss_usd,1,KRW,,\n"),
		Assets: strings.NewReader("incident_id,symbol,quantity\na,ETH,-1\n"),
	}
	ests := EstimateReaders{
		Estimates: strings.NewReader("id,publisher,published,period_from,period_to,amount,currency,revises\n" +
			"N1,NIS,2022-12-22,2022-12-31,2017-01-01,,,N1\n"),
		Parts: strings.NewReader("estimate_id,label,amount,currency\nN1,DeFi,-3,USD\n"),
	}
	for _, tt := range []struct {
		name string
		read func() error
		want []string
	}{
		{"incidents", func() error { _, err := ReadIncidentTables(incs); return err },
			[]string{"figures:2:high_amount", "figures:3:amount", "assets:2:quantity"}},
		{"estimates", func() error { _, err := ReadEstimateTables(ests); return err },
			[]string{"estimates:2:period_from", "estimates:2:amount", "parts:2:amount", "estimates:2:revision"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read()
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error = %v, want one wrapping ErrInvalid", err)
			}
			var got []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var ce *CSVError
				if !errors.As(e, &ce) {
					t.Fatalf("error %v is not a *CSVError", e)
				}
				got = append(got, ce.Table+":"+strconv.Itoa(ce.Line)+":"+ce.Column)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error locations (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}
