package incidents

import (
	"bytes"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzReadIncidentTables reads fuzzed incidents and attributions tables; what
// reads must write and read back to the same incidents.
func FuzzReadIncidentTables(f *testing.F) {
	var b incidentBuffers
	if err := WriteIncidentTables(b.tables(), slices.Values(Known()[:3])); err != nil {
		f.Fatal(err)
	}
	f.Add(b.inc.Bytes(), b.attr.Bytes())
	f.Add([]byte("id,date,country\na,2022-01-01,KR\n"), []byte("incident_id,seq,clusters\na,2,Lazarus Group|APT38\na,1,\n"))
	f.Add([]byte("\ufeffid,loss_amount,loss_currency\n\"a\nb\",0.000,JPY\n"), []byte(""))
	f.Add([]byte("id\n\"unterminated\n"), []byte("incident_id\n"))
	f.Add([]byte("id,date\na,2022-01-01T09:00:00+09:00\n"), []byte("incident_id,date\na,0001-01-01\n"))
	f.Fuzz(func(t *testing.T, incs, attrs []byte) {
		got, err := ReadIncidentTables(IncidentReaders{Incidents: bytes.NewReader(incs), Attributions: bytes.NewReader(attrs)})
		if got == nil {
			return
		}
		_ = err // validation errors still return the incidents
		var w incidentBuffers
		if err := WriteIncidentTables(w.tables(), slices.Values(got)); err != nil {
			t.Fatalf("read %d incidents, but cannot write them: %v", len(got), err)
		}
		again, _ := ReadIncidentTables(w.readers())
		if diff := cmp.Diff(got, again, cmpRegion(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("second read differs (-first +second):\n%s", diff)
		}
	})
}

// FuzzReadEstimateTables reads fuzzed estimates and parts tables; what
// reads must write and read back to the same estimates.
func FuzzReadEstimateTables(f *testing.F) {
	var e, p bytes.Buffer
	if err := WriteEstimateTables(EstimateTables{Estimates: &e, Parts: &p}, slices.Values(Estimates()[:4])); err != nil {
		f.Fatal(err)
	}
	f.Add(e.Bytes(), p.Bytes())
	f.Add([]byte("id,publisher,attacks_n,revised_by\nN1,NIS,58,N2|N3\n"), []byte("estimate_id,seq,label,amount,currency\nN1,1,DeFi,1.5,USD\n"))
	f.Add([]byte("id,period_from,period_to\nx,2022-01-01,\n"), []byte("estimate_id\nx\ny\n"))
	f.Fuzz(func(t *testing.T, ests, parts []byte) {
		got, _ := ReadEstimateTables(EstimateReaders{Estimates: bytes.NewReader(ests), Parts: bytes.NewReader(parts)})
		if got == nil {
			return
		}
		var e, p, s, n bytes.Buffer
		if err := WriteEstimateTables(EstimateTables{&e, &p, &s, &n}, slices.Values(got)); err != nil {
			t.Fatalf("read %d estimates, but cannot write them: %v", len(got), err)
		}
		again, _ := ReadEstimateTables(EstimateReaders{&e, &p, &s, &n})
		if diff := cmp.Diff(got, again, cmpRegion(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("second read differs (-first +second):\n%s", diff)
		}
	})
}
