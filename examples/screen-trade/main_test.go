package main

import (
	"bytes"
	"testing"

	"github.com/kpledger/kpledger/examples/internal/golden"
	"github.com/kpledger/kpledger/sanctions"
)

func TestOutput(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())
}

// TestRecordsShowEachCase keeps the illustration honest: the records must
// include a clean trade, a banned one, one inside a transition window, one
// with an exemption to check and an undetermined one.
func TestRecordsShowEachCase(t *testing.T) {
	regime := sanctions.DPRK()
	var clean, banned, window, exempt, undetermined bool
	for _, r := range records() {
		fs, err := regime.Screen(r.trade)
		if err != nil {
			t.Fatalf("%s: %v", r.label, err)
		}
		clean = clean || len(fs) == 0
		undetermined = undetermined || (len(fs) > 0 && sanctions.OutcomeOf(fs) == sanctions.Undetermined)
		for _, f := range fs {
			banned = banned || (f.Kind.IsBan() && !f.InTransition && len(f.Exemptions) == 0)
			window = window || f.InTransition
			exempt = exempt || len(f.Exemptions) > 0
		}
	}
	if !clean || !banned || !window || !exempt || !undetermined {
		t.Errorf("records show clean %v, banned %v, in a window %v, with an exemption %v, undetermined %v; want all", clean, banned, window, exempt, undetermined)
	}
}
