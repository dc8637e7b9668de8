package beamkp

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
)

// TestMain runs the pipelines of these tests on the prism runner, in
// process, unless -runner names another.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// keyedAmount is an amount with the small key a test groups it by.
type keyedAmount struct {
	Key    int
	Amount currency.Amount
}

func init() {
	register.Function1x2(splitKeyed)
	register.Function2x1(formatTotals)
	register.Function2x1(formatYearTally)
	register.Function1x1(formatTotal)
	// keyedAmount holds an Amount, so it needs a coder of its own: Beam's
	// schema coder for a struct does not use the coder registered for a
	// field's type, and would drop the amount.
	beam.RegisterCoder(reflectTypeOf[keyedAmount](), func(k keyedAmount) ([]byte, error) {
		var w writer
		w.varint(int64(k.Key))
		err := w.amount(k.Amount)
		return w.b, err
	}, func(b []byte) (keyedAmount, error) {
		r := reader{what: "keyedAmount", b: b}
		k := keyedAmount{Key: int(r.varint("Key")), Amount: r.amount("Amount")}
		return k, r.done()
	})
}

func splitKeyed(k keyedAmount) (int, currency.Amount) { return k.Key, k.Amount }

func formatTotals(k int, t currency.Totals) string { return fmt.Sprintf("%d: %v", k, t) }

func formatYearTally(y int, t YearTally) string {
	return fmt.Sprintf("%d: %d incidents, %v, missing %s", y, t.Incidents, t.Totals, strings.Join(t.Missing, " "))
}

func formatTotal(t currency.Totals) string { return t.String() }

// TestSumOnRunner checks that Sum gives the one-loop total of amounts in
// several currencies.
func TestSumOnRunner(t *testing.T) {
	amounts := randAmounts(rand.New(rand.NewPCG(2026, 1)), 20000)
	var want currency.Totals
	for _, a := range amounts {
		want.Add(a)
	}
	p, s := beam.NewPipelineWithRoot()
	sum := Sum(s, beam.CreateList(s, amounts))
	passert.EqualsList(s, beam.ParDo(s, formatTotal, sum), []string{want.String()})
	ptest.RunAndValidate(t, p)
}

func TestSumPerKeyOnRunner(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 12))
	amounts := randAmounts(r, 20000)
	in := make([]keyedAmount, len(amounts))
	want := map[int]*currency.Totals{}
	for i, a := range amounts {
		in[i] = keyedAmount{Key: r.IntN(7), Amount: a}
		if want[in[i].Key] == nil {
			want[in[i].Key] = &currency.Totals{}
		}
		want[in[i].Key].Add(a)
	}
	var wantRows []string
	for k, tot := range want {
		wantRows = append(wantRows, formatTotals(k, *tot))
	}
	slices.Sort(wantRows)

	p, s := beam.NewPipelineWithRoot()
	col := beam.CreateList(s, in)
	sums := SumPerKey(s, beam.ParDo(s, splitKeyed, col))
	passert.EqualsList(s, beam.ParDo(s, formatTotals, sums), wantRows)
	ptest.RunAndValidate(t, p)
}

func TestIncidentsByYearOnRunner(t *testing.T) {
	for _, name := range []string{"reported_loss", "first_usd", "loss_or_usd"} {
		t.Run(name, func(t *testing.T) {
			m, err := MeasureNamed(name)
			if err != nil {
				t.Fatal(err)
			}
			known := incidents.Known()
			var want []string
			for _, yt := range incidents.ByYear(slices.Values(known), m) {
				missing := slices.Sorted(slices.Values(yt.Missing))
				want = append(want, formatYearTally(yt.Year, YearTally{Incidents: int64(yt.Count()), Totals: yt.Totals, Missing: missing}))
			}
			measured := make([]Measured, len(known))
			for i, inc := range known {
				measured[i] = MeasureIncident(inc, m)
			}
			p, s := beam.NewPipelineWithRoot()
			byYear := IncidentsByYear(s, beam.CreateList(s, measured))
			passert.EqualsList(s, beam.ParDo(s, formatYearTally, byYear), want)
			ptest.RunAndValidate(t, p)
		})
	}
}

func TestMeasureNamed(t *testing.T) {
	if _, err := MeasureNamed("median"); err == nil || !strings.Contains(err.Error(), `beamkp: unknown measure "median"`) {
		t.Errorf("MeasureNamed(%q) = %v, want an error naming it", "median", err)
	}
}
