package incidents

import (
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
)

// yearView is a YearTotal as comparable values: the year, the totals, every
// item with its date, and the missing IDs.
type yearView struct {
	Year    int
	Totals  string
	Items   []string
	Missing []string
}

func yearViews(ys []YearTotal) []yearView {
	var out []yearView
	for _, y := range ys {
		v := yearView{Year: y.Year, Totals: y.Totals.String(), Missing: y.Missing}
		for _, it := range y.Items() {
			v.Items = append(v.Items, it.ID+" "+it.Date.Format("2006-01-02T15:04:05Z07:00")+" "+it.Amount.String())
		}
		out = append(out, v)
	}
	return out
}

// TestByYearOfMatchesByYear checks that the slice form gives exactly what
// ByYear gives over slices.Values of the same slice, for every built-in
// measure and a caller's own, on hand-built, known and synthetic incidents.
func TestByYearOfMatchesByYear(t *testing.T) {
	doubled := func(inc Incident) (currency.Amount, bool) {
		a, ok := ReportedLoss(inc)
		if !ok {
			return a, false
		}
		d, err := a.Add(a)
		return d, err == nil
	}
	measures := []struct {
		name string
		m    Measure
	}{
		{"nil", nil},
		{"ReportedLoss", ReportedLoss},
		{"FirstUSD", FirstUSD},
		{"LossOrUSD", LossOrUSD},
		{"caller's measure", doubled},
	}
	sets := []struct {
		name string
		incs []Incident
	}{
		{"hand-built", handBuilt()},
		{"known", Known()},
		{"synthetic", synthetic(5000)},
	}
	for _, set := range sets {
		for _, mm := range measures {
			t.Run(set.name+"/"+mm.name, func(t *testing.T) {
				before := slices.Clone(set.incs)
				want := yearViews(ByYear(slices.Values(set.incs), mm.m))
				got := yearViews(ByYearOf(set.incs, mm.m))
				if len(want) == 0 {
					t.Fatalf("ByYear gave no groups; the case tests nothing")
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("ByYearOf differs from ByYear (-want +got):\n%s", diff)
				}
				if !reflect.DeepEqual(before, set.incs) {
					t.Errorf("ByYearOf changed its input")
				}
			})
		}
	}
}

func TestByYearOfEmpty(t *testing.T) {
	for name, incs := range map[string][]Incident{"nil": nil, "empty": {}} {
		if got := ByYearOf(incs, nil); got != nil {
			t.Errorf("ByYearOf(%s) = %v, want nil", name, got)
		}
	}
}
