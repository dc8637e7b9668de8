package incidents

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"testing"
)

func BenchmarkMarshalKnownJSON(b *testing.B) {
	known := Known()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(known); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalKnownJSON(b *testing.B) {
	data, err := json.Marshal(Known())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var got []Incident
		if err := json.Unmarshal(data, &got); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteIncidentTables(b *testing.B) {
	known := Known()
	t := IncidentTables{io.Discard, io.Discard, io.Discard, io.Discard, io.Discard, io.Discard, io.Discard}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteIncidentTables(t, slices.Values(known)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadIncidentTables(b *testing.B) {
	var w incidentBuffers
	if err := WriteIncidentTables(w.tables(), slices.Values(Known())); err != nil {
		b.Fatal(err)
	}
	tables := [][]byte{w.inc.Bytes(), w.fig.Bytes(), w.asset.Bytes(), w.flow.Bytes(), w.attr.Bytes(), w.src.Bytes(), w.note.Bytes()}
	b.ReportAllocs()
	for b.Loop() {
		r := func(i int) io.Reader { return bytes.NewReader(tables[i]) }
		if _, err := ReadIncidentTables(IncidentReaders{r(0), r(1), r(2), r(3), r(4), r(5), r(6)}); err != nil {
			b.Fatal(err)
		}
	}
}
