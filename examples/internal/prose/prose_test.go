package prose

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kpledger/kpledger/currency"
	// The golden package defines the -update flag; every test binary of
	// ./examples/... needs it for "go test ./examples/... -update".
	"github.com/kpledger/kpledger/examples/internal/golden"
	"github.com/kpledger/kpledger/sanctions"
	"github.com/shopspring/decimal"
)

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		name, indent, text string
		width              int
		want               string
	}{
		{"width counts the indent", "> ", "one two three four five six", 11, "> one two\n>   three\n>   four\n>   five\n>   six\n"},
		{"fits on one line", "  ", "one two", 9, "  one two\n"},
		{"a long word stands alone", "", "a extraordinarily b", 6, "a\n  extraordinarily\n  b\n"},
		{"blank text writes nothing", "", "   ", 10, ""},
		{"runes, not bytes", "", "가나 다라 마바", 6, "가나 다라\n  마바\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			Wrap(&b, tc.indent, tc.text, tc.width)
			if b.String() != tc.want {
				t.Errorf("Wrap(%q, %q, %d) = %q, want %q", tc.indent, tc.text, tc.width, b.String(), tc.want)
			}
		})
	}
}

func TestHang(t *testing.T) {
	var b bytes.Buffer
	Hang(&b, "  N3   ", "       ", "NIS, 2022-12-22: about 800 billion won", 24)
	want := "  N3   NIS, 2022-12-22:\n       about 800 billion\n       won\n"
	if b.String() != want {
		t.Errorf("Hang = %q, want %q", b.String(), want)
	}
}

func TestRow(t *testing.T) {
	for _, tc := range []struct{ name, first, text, want string }{
		{"under the cells", "  N3 ", "one two three", "  N3 one two\n       three\n"},
		// "—" is three bytes and one rune: the indent counts it once.
		{"runes, not bytes", "  — ", "one two three", "  — one two\n      three\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			Row(&b, tc.first, tc.text, 12)
			if b.String() != tc.want {
				t.Errorf("Row(%q, %q, 12) = %q, want %q", tc.first, tc.text, b.String(), tc.want)
			}
		})
	}
}

// TestWrapKeepsTheLayoutRule wraps a long text at the examples' width and
// holds the result to the rule golden.Check applies to every program.
func TestWrapKeepsTheLayoutRule(t *testing.T) {
	text := strings.Repeat("exemption: repatriation prohibited under applicable national and international law ", 5)
	var b bytes.Buffer
	Wrap(&b, "                                         ", text, golden.MaxLine)
	if ps := golden.Problems(b.Bytes()); len(ps) > 0 {
		t.Errorf("Wrap at width %d breaks the layout rule: %q", golden.MaxLine, ps)
	}
	if got, want := strings.Join(strings.Fields(b.String()), " "), strings.TrimSpace(text); got != want {
		t.Errorf("Wrap lost or changed words: got %q, want %q", got, want)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if n := utf8.RuneCountInString(l); n < golden.MaxLine-len("international") {
			// Only the last line may be short.
			if !strings.HasSuffix(b.String(), l+"\n") {
				t.Errorf("Wrap broke line %q (%d runes) early", l, n)
			}
		}
	}
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0", "0"},
		{"999", "999"},
		{"1000", "1,000"},
		{"1000866", "1,000,866"},
		{"53495894.00", "53,495,894.00"},
		{"400870018.00", "400,870,018.00"},
		{"-1250.5", "-1,250.5"},
		{"123456.789", "123,456.789"},
	} {
		if got := Number(decimal.RequireFromString(tc.in)); got != tc.want {
			t.Errorf("Number(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, "0 exemptions"},
		{1, "1 exemption"},
		{2, "2 exemptions"},
	} {
		if got := Count(tc.n, "exemption", "exemptions"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestMoney(t *testing.T) {
	usd := func(s string) currency.Amount { return currency.MustNewAmount(s, currency.USD) }
	about800 := currency.Figure{
		Qualifier:  currency.About,
		Amount:     currency.MustNewAmount("800000000000", currency.KRW),
		Equivalent: usd("626000000"),
	}
	rng := currency.Figure{Amount: usd("630000000"), HighQualifier: currency.MoreThan, High: usd("1000000000"),
		Equivalent: currency.MustNewAmount("1200000000000", currency.KRW)}
	highOnly := currency.Figure{Amount: usd("630000000"), HighQualifier: currency.MoreThan, High: usd("1000000000"),
		HighEquivalent: currency.MustNewAmount("1200000000000", currency.KRW)}
	for _, tc := range []struct{ name, got, want string }{
		{"Figure", Figure(about800), "about 800 billion won ($626 million)"},
		{"Figure of a range", Figure(rng), "$630 million to more than $1 billion (1.2 trillion won)"},
		{"Figure of a range, equivalent of the high end only", Figure(highOnly), "$630 million to more than $1 billion (1.2 trillion won)"},
		{"Plain", Plain(about800), "about 800 billion won"},
		{"Plain of a range", Plain(rng), "$630 million to more than $1 billion"},
		{"Amount keeps every digit", Amount(usd("660500000")), "$660.5 million"},
		{"Amount of a small amount", Amount(usd("272000")), "$272 thousand"},
		{"Approx rounds", Approx(usd("660500000")), "$660 million"},
		{"Approx of zero", Approx(usd("0")), "—"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestCap(t *testing.T) {
	c := sanctions.Cap{
		Period: sanctions.Period{Kind: sanctions.CalendarYears, Start: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)},
		Limits: []sanctions.Limit{
			{Value: currency.MustNewAmount("400870018.00", currency.USD)},
			{Quantity: sanctions.MustQuantity("7500000", sanctions.MetricTon)},
		},
		WhicheverLower: true,
	}
	if got, want := Cap(c), "$400,870,018.00 or 7,500,000 metric tons, whichever is lower, calendar years from 2017"; got != want {
		t.Errorf("Cap = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		q    sanctions.Quantity
		want string
	}{
		{sanctions.MustQuantity("1", sanctions.Barrel), "1 barrel"},
		{sanctions.MustQuantity("120000000", sanctions.Kilogram), "120,000,000 kilograms"},
	} {
		if got := Quantity(tc.q); got != tc.want {
			t.Errorf("Quantity(%v) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestFinding(t *testing.T) {
	f := sanctions.Finding{
		Citation: "S/RES/2371 (2017), OP 9", Kind: sanctions.ExportBan, Outcome: sanctions.Undetermined,
		Verified: sanctions.VerifiedPartly, Reason: "heading text", Action: "check the goods",
		Exemptions: []sanctions.Exemption{{Text: "contracts", Source: "UN"}},
	}
	var b bytes.Buffer
	Finding(&b, f, 100)
	want := "   S/RES/2371 (2017), OP 9: export ban, undetermined (attested indirectly)\n" +
		"     why: heading text\n     to do: check the goods\n     exemption to check: contracts (UN)\n"
	if b.String() != want {
		t.Errorf("Finding = %q, want %q", b.String(), want)
	}
	for _, tc := range []struct {
		v    sanctions.Verified
		want string
	}{
		{sanctions.NotVerified, "paragraph not verified"},
		{sanctions.VerifiedText, "paragraph seen in the text"},
		{sanctions.Verified(17), "attestation Verified(17)"},
	} {
		if got := Verification(tc.v); got != tc.want {
			t.Errorf("Verification(%d) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestRevenue(t *testing.T) {
	fig := currency.Figure{Qualifier: currency.About, Amount: currency.MustNewAmount("500000000", currency.USD)}
	for _, tc := range []struct {
		name string
		r    sanctions.RevenueEstimate
		want string
	}{
		{"every part", sanctions.RevenueEstimate{Figure: fig, Per: "per year", Publisher: "officials", Via: "a radio", Published: "2019-12"},
			"about $500 million per year — officials via a radio, 2019-12"},
		{"words, no figure", sanctions.RevenueEstimate{Text: "most of it", Publisher: "an analyst"}, "most of it — an analyst"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Revenue(tc.r); got != tc.want {
				t.Errorf("Revenue(%+v) = %q, want %q", tc.r, got, tc.want)
			}
		})
	}
}

func TestDerived(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    sanctions.Deadline
		want string
	}{
		{"stated", sanctions.Deadline{Months: 24}, ""},
		{"months", sanctions.Deadline{Derived: true, Months: 24}, "derived: 24 months from adoption"},
		// A count in days must not read as "0 months".
		{"days", sanctions.Deadline{Derived: true, Days: 90}, "derived: 90 days from adoption"},
		{"no count", sanctions.Deadline{Derived: true}, "derived"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Derived(tc.d); got != tc.want {
				t.Errorf("Derived(%+v) = %q, want %q", tc.d, got, tc.want)
			}
		})
	}
}

func TestKnown(t *testing.T) {
	zero, some := currency.MustNewAmount("0", currency.USD), currency.MustNewAmount("660500000", currency.USD)
	for _, tc := range []struct {
		name           string
		total          currency.Amount
		count, missing int
		want           string
	}{
		{"no incident", zero, 0, 0, "—"},
		{"every incident without a figure", zero, 2, 2, "not known"},
		{"a figure of zero beside one without", zero, 2, 1, "—"},
		{"a total", some, 3, 1, "$660 million"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Known(tc.total, tc.count, tc.missing); got != tc.want {
				t.Errorf("Known(%v, %d, %d) = %q, want %q", tc.total, tc.count, tc.missing, got, tc.want)
			}
		})
	}
}
