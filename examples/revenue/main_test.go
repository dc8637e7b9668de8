package main

import (
	"bytes"
	"testing"

	"github.com/kpledger/kpledger/examples/internal/golden"
)

func TestOutput(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "output.txt", b.Bytes())
}
