package sanctions

import (
	"encoding"
	"errors"
	"strings"
	"testing"
)

// enumCase is one enumeration: how many values it has and a fresh pointer
// to unmarshal into.
type enumCase struct {
	name string
	n    int
	at   func(i int) encoding.TextMarshaler
	ptr  func() encoding.TextUnmarshaler
	get  func(u encoding.TextUnmarshaler) encoding.TextMarshaler
}

func enumCases() []enumCase {
	return []enumCase{
		{"Kind", numKinds, func(i int) encoding.TextMarshaler { return Kind(i) }, func() encoding.TextUnmarshaler { return new(Kind) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Kind) }},
		{"Direction", numDirections, func(i int) encoding.TextMarshaler { return Direction(i) }, func() encoding.TextUnmarshaler { return new(Direction) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Direction) }},
		{"Verified", numVerified, func(i int) encoding.TextMarshaler { return Verified(i) }, func() encoding.TextUnmarshaler { return new(Verified) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Verified) }},
		{"HSOrigin", numOrigins, func(i int) encoding.TextMarshaler { return HSOrigin(i) }, func() encoding.TextUnmarshaler { return new(HSOrigin) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*HSOrigin) }},
		{"Commodity", numCommodities, func(i int) encoding.TextMarshaler { return Commodity(i) }, func() encoding.TextUnmarshaler { return new(Commodity) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Commodity) }},
		{"Unit", numUnits, func(i int) encoding.TextMarshaler { return Unit(i) }, func() encoding.TextUnmarshaler { return new(Unit) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Unit) }},
		{"PeriodKind", numPeriodKinds, func(i int) encoding.TextMarshaler { return PeriodKind(i) }, func() encoding.TextUnmarshaler { return new(PeriodKind) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*PeriodKind) }},
		{"Change", numChanges, func(i int) encoding.TextMarshaler { return Change(i) }, func() encoding.TextUnmarshaler { return new(Change) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Change) }},
		{"Precision", numPrecisions, func(i int) encoding.TextMarshaler { return Precision(i) }, func() encoding.TextUnmarshaler { return new(Precision) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Precision) }},
		{"Outcome", numOutcomes, func(i int) encoding.TextMarshaler { return Outcome(i) }, func() encoding.TextUnmarshaler { return new(Outcome) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Outcome) }},
		{"Match", numMatches, func(i int) encoding.TextMarshaler { return Match(i) }, func() encoding.TextUnmarshaler { return new(Match) }, func(u encoding.TextUnmarshaler) encoding.TextMarshaler { return *u.(*Match) }},
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			seen := map[string]bool{}
			for i := 0; i < ec.n; i++ {
				v := ec.at(i)
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%s(%d).MarshalText() error %v", ec.name, i, err)
				}
				if seen[string(b)] || strings.HasPrefix(string(b), ec.name+"(") {
					t.Fatalf("%s(%d) marshals to %q: duplicate or fallback name", ec.name, i, b)
				}
				seen[string(b)] = true
				p := ec.ptr()
				if err := p.UnmarshalText(b); err != nil || ec.get(p) != v {
					t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, ec.get(p), err, v)
				}
			}
			out := ec.at(ec.n)
			if _, err := out.MarshalText(); err == nil {
				t.Errorf("%s(%d).MarshalText() succeeded for an out-of-range value", ec.name, ec.n)
			}
			if s := out.(interface{ String() string }).String(); !strings.HasPrefix(s, ec.name+"(") {
				t.Errorf("%s(%d).String() = %q, want the %s(N) fallback", ec.name, ec.n, s, ec.name)
			}
			if err := ec.ptr().UnmarshalText([]byte("no such name")); !errors.Is(err, ErrUnknownName) {
				t.Errorf("%s.UnmarshalText(no such name) = %v, want ErrUnknownName", ec.name, err)
			}
		})
	}
}

func FuzzEnumUnmarshalText(f *testing.F) {
	for _, s := range []string{"export ban", "DPRK exports", "partly", "coal", "barrel", "12-month periods", "adopted", "commodity named", "", "unknown", "Kind(3)", "month", "undetermined", "inferred from HS heading text", "maritime", "arms embargo", "lapsed", "kilogram"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ec := range enumCases() {
			p := ec.ptr()
			if err := p.UnmarshalText([]byte(s)); err != nil {
				if !errors.Is(err, ErrUnknownName) {
					t.Fatalf("%s.UnmarshalText(%q) error %v does not wrap ErrUnknownName", ec.name, s, err)
				}
				continue
			}
			b, err := ec.get(p).MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%s: UnmarshalText(%q) then MarshalText = %q, %v", ec.name, s, b, err)
			}
		}
	})
}
