package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/sanctions"

	"github.com/kpledger/kpledger/examples/internal/golden"
)

func TestOutput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"default.txt", nil},
		{"2018-01-05.txt", []string{"2018-01-05"}},
		{"2016-03-01.txt", []string{"2016-03-01"}}, // the day before 2270: none of its measures
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := run(&b, tc.args); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, tc.name, b.Bytes())
		})
	}
}

func TestBadArguments(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"2017-13-45"}, `bad date "2017-13-45": want YYYY-MM-DD (usage: sanctions-timeline [YYYY-MM-DD])`},
		{[]string{"31/12/2017"}, `bad date "31/12/2017": want YYYY-MM-DD (usage: sanctions-timeline [YYYY-MM-DD])`},
		{[]string{"2017-12-31", "extra"}, "usage: sanctions-timeline [YYYY-MM-DD]"},
	} {
		var b bytes.Buffer
		err := run(&b, tc.args)
		if err == nil || err.Error() != tc.want || !errors.Is(err, errUsage) {
			t.Errorf("run(%q) error = %v, want %q", tc.args, err, tc.want)
		}
		if b.Len() != 0 {
			t.Errorf("run(%q) printed %q before failing", tc.args, b.String())
		}
	}
}

// TestEventNamesEveryCap checks that a day on which two caps of a measure
// start lists both, not only the last.
func TestEventNamesEveryCap(t *testing.T) {
	day := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	limit := func(s string) []sanctions.Limit {
		return []sanctions.Limit{{Value: currency.MustNewAmount(s, currency.USD)}}
	}
	m := sanctions.Measure{Caps: []sanctions.Cap{
		{Period: sanctions.Period{Kind: sanctions.CalendarYears, Start: day}, Limits: limit("100.00")},
		{Period: sanctions.Period{Kind: sanctions.TwelveMonths, Start: day}, Limits: limit("200.00")},
	}}
	var b bytes.Buffer
	printEvent(&b, sanctions.Event{Date: day, Citation: "test", Change: sanctions.CapPeriodStarts}, m)
	for _, want := range []string{"$100.00", "$200.00"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("printEvent = %q, want it to name the cap of %s", b.String(), want)
		}
	}
}
