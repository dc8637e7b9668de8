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
