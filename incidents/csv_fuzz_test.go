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
