package incidents

import (
	"encoding"
	"fmt"
	"testing"
)

// enumCase runs String/MarshalText/UnmarshalText round trips for one
// enumeration with n defined values.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

func checkEnum[T interface {
	~uint8
	textEnum
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typ string, n int) {
	t.Helper()
	seen := map[string]bool{}
	for i := range n {
		v := T(i)
		b, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s(%d).MarshalText() error: %v", typ, i, err)
			continue
		}
		if string(b) != v.String() {
			t.Errorf("%s(%d).MarshalText() = %q, String() = %q", typ, i, b, v.String())
		}
		if seen[string(b)] {
			t.Errorf("%s(%d) repeats the name %q", typ, i, b)
		}
		seen[string(b)] = true
		var back T
		if err := P(&back).UnmarshalText(b); err != nil || back != v {
			t.Errorf("%s UnmarshalText(%q) = %v, %v; want %v", typ, b, back, err, v)
		}
	}
	bad := T(n)
	if got, want := bad.String(), fmt.Sprintf("%s(%d)", typ, n); got != want {
		t.Errorf("%s(%d).String() = %q, want %q", typ, n, got, want)
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Errorf("%s(%d).MarshalText() succeeded, want an error", typ, n)
	}
	var v T
	if err := P(&v).UnmarshalText([]byte("no such value")); err == nil {
		t.Errorf("%s UnmarshalText(\"no such value\") succeeded", typ)
	}
}

func TestEnums(t *testing.T) {
	checkEnum[Status](t, "Status", 5)
	checkEnum[Cluster](t, "Cluster", 10)
	checkEnum[VictimType](t, "VictimType", 8)
	checkEnum[Precision](t, "Precision", 4)
	checkEnum[Scope](t, "Scope", 8)
	checkEnum[Verification](t, "Verification", 3)
	checkEnum[FlowKind](t, "FlowKind", 8)
	checkEnum[Publisher](t, "Publisher", 14)
	checkEnum[Revision](t, "Revision", 4)
}

func TestClusterMITRE(t *testing.T) {
	// The reference records no ATT&CK ID, so none is returned.
	for c := range Cluster(12) {
		if got := c.MITRE(); got != "" {
			t.Errorf("%v.MITRE() = %q, want \"\" (no ID in the reference)", c, got)
		}
	}
}

// fuzzEnum checks that UnmarshalText never panics, and that whatever it
// accepts marshals back to the same text.
func fuzzEnum[T interface {
	~uint8
	textEnum
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, text []byte) {
	var v T
	if err := P(&v).UnmarshalText(text); err != nil {
		return
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != string(text) {
		t.Errorf("UnmarshalText(%q) = %v, then MarshalText = %q, %v", text, v, b, err)
	}
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"confirmed", "disputed", "Lazarus Group", "APT38", "DeFi bridge", "month", "crypto and banks", "primary", "unknown", "", "Status(9)", "CONFIRMED"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		fuzzEnum[Status](t, b)
		fuzzEnum[Cluster](t, b)
		fuzzEnum[VictimType](t, b)
		fuzzEnum[Precision](t, b)
		fuzzEnum[Scope](t, b)
		fuzzEnum[Verification](t, b)
		fuzzEnum[FlowKind](t, b)
		fuzzEnum[Publisher](t, b)
		fuzzEnum[Revision](t, b)
	})
}
