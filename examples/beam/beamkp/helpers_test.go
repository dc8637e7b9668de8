package beamkp

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// testCurrencies mixes currencies of scale 0 (KRW, JPY, KPW) and 2, and
// more than eight, so that some share a fast slot of Totals.
var testCurrencies = []string{"USD", "KRW", "JPY", "EUR", "CNY", "KPW", "GBP", "CHF", "HKD", "SGD", "RUB"}

// randDigits returns n random decimal digits.
func randDigits(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(byte('0' + r.IntN(10)))
	}
	return b.String()
}

// randValue returns a decimal string: mostly small amounts in minor units,
// some with finer digits, some near or past the int64 range, some zeros
// with trailing fraction zeros, some negative.
func randValue(r *rand.Rand) string {
	var s string
	switch k := r.IntN(10); {
	case k < 5:
		s = randDigits(r, 1+r.IntN(6)) + "." + randDigits(r, 2)
	case k < 7:
		s = randDigits(r, 1+r.IntN(4)) + "." + randDigits(r, 1+r.IntN(6))
	case k < 8:
		s = randDigits(r, 17+r.IntN(10))
	case k < 9:
		s = "0." + strings.Repeat("0", r.IntN(5))
	default:
		s = randDigits(r, 1+r.IntN(12))
	}
	if r.IntN(8) == 0 {
		s = "-" + s
	}
	return s
}

func randAmount(r *rand.Rand) currency.Amount {
	c, err := currency.ParseCurrency(testCurrencies[r.IntN(len(testCurrencies))])
	if err != nil {
		panic(err)
	}
	a, err := currency.NewAmount(randValue(r), c)
	if err != nil {
		panic(fmt.Sprintf("randAmount: %v", err))
	}
	return a
}

func randAmounts(r *rand.Rand, n int) []currency.Amount {
	out := make([]currency.Amount, n)
	for i := range out {
		if r.IntN(20) == 0 {
			continue // Amount{}: no amount
		}
		out[i] = randAmount(r)
	}
	return out
}

// randQuantity returns a non-negative decimal with 0 to 4 fraction digits.
func randQuantity(r *rand.Rand) decimal.Decimal {
	if r.IntN(10) == 0 {
		return decimal.Decimal{}
	}
	return decimal.RequireFromString(randDigits(r, 1+r.IntN(9)) + "." + randDigits(r, r.IntN(5)))
}

// split cuts n items into random consecutive chunks (some empty) and
// returns the chunk boundaries.
func split(r *rand.Rand, n int) [][2]int {
	var out [][2]int
	for i := 0; i < n; {
		k := r.IntN(n/3 + 2)
		if i+k > n {
			k = n - i
		}
		out = append(out, [2]int{i, i + k})
		i += k
	}
	if r.IntN(2) == 0 {
		out = append(out, [2]int{n, n}) // an empty partial
	}
	return out
}

// The orders in which partial accumulators are merged.
var mergeOrders = []string{"in order", "shuffled", "tree"}

// mergeAll merges accs in the given order with merge, which may modify its
// first argument.
func mergeAll[A any](r *rand.Rand, order string, accs []A, create func() A, merge func(A, A) A) A {
	switch order {
	case "shuffled":
		r.Shuffle(len(accs), func(i, j int) { accs[i], accs[j] = accs[j], accs[i] })
	case "tree":
		r.Shuffle(len(accs), func(i, j int) { accs[i], accs[j] = accs[j], accs[i] })
		for len(accs) > 1 {
			var next []A
			for i := 0; i < len(accs); i += 2 {
				if i+1 < len(accs) {
					next = append(next, merge(accs[i], accs[i+1]))
				} else {
					next = append(next, accs[i])
				}
			}
			accs = next
		}
		if len(accs) == 1 {
			return accs[0]
		}
		return create()
	}
	out := create()
	for _, a := range accs {
		out = merge(out, a)
	}
	return out
}

func reflectTypeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }
