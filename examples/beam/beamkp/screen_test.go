package beamkp

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

func TestSplitAgreesWithEncodingCSV(t *testing.T) {
	tests := []struct {
		name, line string
	}{
		{"plain", "C,M,2017,10,201710,156,M,408,0,H5,270112,8,1,1,1,True"},
		{"empty fields", ",,a,,"},
		{"one field", "abc"},
		{"quoted comma", `C,"a, b",x`},
		{"quoted quote", `"say ""hi""",2`},
		{"spaces kept", " a , b "},
	}
	sc := &Screener{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := csv.NewReader(strings.NewReader(tt.line))
			r.FieldsPerRecord = -1
			want, err := r.Read()
			if err != nil {
				t.Fatal(err)
			}
			got, err := sc.split(tt.line)
			if err != nil || !slices.Equal(got, want) {
				t.Errorf("split(%q) = %q, %v; want %q", tt.line, got, err, want)
			}
		})
	}
	for _, bad := range []string{`a,"b`, `a"b,c`, `"a"b`} {
		if got, err := sc.split(bad); err == nil {
			t.Errorf("split(%q) = %q, want an error", bad, got)
		}
	}
}

func FuzzScreenerLine(f *testing.F) {
	const header = "typeCode,freqCode,refYear,refMonth,period,reporterCode,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,qtyUnitCode,qty,netWgt,primaryValue,isReported"
	for _, s := range []string{
		"C,M,2017,10,201710,156,M,408,0,H5,270112,8,1200000,1200000,96000.50,True",
		"C,A,2019,52,2019,156,M,408,0,H5,100630,-1,,,,True",
		"C,M,2017,13,201713,156,M,408,0,H5,270112,8,1,1,1,True",
		"C,M,2018,3,201803,643,X,408,0,H5,271019,19,12000,,880000,True",
		header, "# comment", "", "\ufeff" + header, `C,"M",2017,10,"201710",156,M,408,0,H5,"2701",8,1,1,1e400,True`,
		"C,M,2017,10,201710,156,M,408,0,H5,2701,8,-1,1,1,True", ",,,,,,,,,,,,,,,", `"`, "C,M,9999999999999999999,10",
	} {
		f.Add(s)
	}
	sc, err := NewScreener(header)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var keys []Key
		err := sc.Line(line, func(k Key, _ Item) { keys = append(keys, k) })
		switch {
		case sc.Skip(line):
			if len(keys) != 0 || err != nil {
				t.Errorf("Line(%q) of a skipped line: %d keys, %v", line, len(keys), err)
			}
		case err != nil:
			if len(keys) != 1 || keys[0].Outcome != OutcomeRejected {
				t.Errorf("Line(%q) = %v with keys %+v, want one rejected key", line, err, keys)
			}
		default:
			if len(keys) == 0 {
				t.Errorf("Line(%q) emitted nothing", line)
			}
			for _, k := range keys {
				if k.Outcome == OutcomeRejected || k.Outcome == "" || k.Outcome == "unknown" {
					t.Errorf("Line(%q) emitted %+v without an error", line, k)
				}
			}
		}
	})
}
