package currency

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want Amount
	}{
		// ISO codes.
		{"KRW 1500000000000", MustNewAmount("1500000000000", KRW)},
		{"1500000000000 KRW", MustNewAmount("1500000000000", KRW)},
		{"USD 1,200,000,000.00", MustNewAmount("1200000000", USD)},
		{"usd 78m", MustNewAmount("78000000", USD)},
		{"KRW1500", MustNewAmount("1500", KRW)},
		{"1.5e12 KRW", MustNewAmount("1500000000000", KRW)},
		{"  EUR 12.5  ", MustNewAmount("12.5", EUR)},
		{"XXX 5", MustNewAmount("5", XXX)},
		// Signs.
		{"₩1,500,000,000,000", MustNewAmount("1500000000000", KRW)},
		{"$1.2 billion", MustNewAmount("1200000000", USD)},
		{"US$78 million", MustNewAmount("78000000", USD)},
		{"$626M", MustNewAmount("626000000", USD)},
		{"$1.2B", MustNewAmount("1200000000", USD)},
		{"€3.5 million", MustNewAmount("3500000", EUR)},
		{"¥58 billion", MustNewAmount("58000000000", JPY)},
		{"CN¥100 million", MustNewAmount("100000000", CNY)},
		{"JP¥580억", MustNewAmount("58000000000", JPY)},
		{"£2 million", MustNewAmount("2000000", MustParseCurrency("GBP"))},
		{"￦1,000", MustNewAmount("1000", KRW)},
		{"$ 5", MustNewAmount("5", USD)},
		{"-$1,234.50", MustNewAmount("-1234.5", USD)},
		{"−$1,234.50", MustNewAmount("-1234.5", USD)},
		// Words.
		{"1.5 trillion won", MustNewAmount("1500000000000", KRW)},
		{"800 billion won", MustNewAmount("800000000000", KRW)},
		{"58 billion yen", MustNewAmount("58000000000", JPY)},
		{"1.2 billion dollars", MustNewAmount("1200000000", USD)},
		{"1.2 billion US dollars", MustNewAmount("1200000000", USD)},
		{"1.2 billion U.S. dollars", MustNewAmount("1200000000", USD)},
		{"100 million yuan", MustNewAmount("100000000", CNY)},
		{"2.5 bn dollars", MustNewAmount("2500000000", USD)},
		{"3tn won", MustNewAmount("3000000000000", KRW)},
		{"3 Trillion Won", MustNewAmount("3000000000000", KRW)},
		{"10k dollars", MustNewAmount("10000", USD)},
		{"2 thousand euros", MustNewAmount("2000", EUR)},
		{"1 dollar", MustNewAmount("1", USD)},
		{"5 South Korean won", MustNewAmount("5", KRW)},
		{"5 Korean won", MustNewAmount("5", KRW)},
		{"5 North Korean won", MustNewAmount("5", KPW)},
		{"4 mn Japanese yen", MustNewAmount("4000000", JPY)},
		{"7 renminbi", MustNewAmount("7", CNY)},
		// Korean.
		{"1조 5000억 원", MustNewAmount("1500000000000", KRW)},
		{"1조5000억원", MustNewAmount("1500000000000", KRW)},
		{"1조 5,000억 원", MustNewAmount("1500000000000", KRW)},
		{"1조5천억원", MustNewAmount("1500000000000", KRW)},
		{"USD1.2bn", MustNewAmount("1200000000", USD)},
		{"1.2 billion USD", MustNewAmount("1200000000", USD)},
		{"8,000억 원", MustNewAmount("800000000000", KRW)},
		{"5천억 원", MustNewAmount("500000000000", KRW)},
		{"1.5조 원", MustNewAmount("1500000000000", KRW)},
		{"12억 달러", MustNewAmount("1200000000", USD)},
		{"6억2600만 달러", MustNewAmount("626000000", USD)},
		{"6억 2600만 달러", MustNewAmount("626000000", USD)},
		{"₩1.5조", MustNewAmount("1500000000000", KRW)},
		{"US$12억", MustNewAmount("1200000000", USD)},
		{"3천5백만 원", MustNewAmount("35000000", KRW)},
		{"5천만 원", MustNewAmount("50000000", KRW)},
		{"1억5천만 원", MustNewAmount("150000000", KRW)},
		{"$1.2\u00a0billion", MustNewAmount("1200000000", USD)},
		{"1.5 trillion\nwon", MustNewAmount("1500000000000", KRW)},
		{"1억 2345 원", MustNewAmount("100002345", KRW)},
		{"1만 2345.5 달러", MustNewAmount("12345.5", USD)},
		{"1.5천 엔", MustNewAmount("1500", JPY)},
		{"2경 원", MustNewAmount("20000000000000000", KRW)},
		{"100억 위안", MustNewAmount("10000000000", CNY)},
		{"3억 유로", MustNewAmount("300000000", EUR)},
		{"1조 북한 원", MustNewAmount("1000000000000", KPW)},
		{"1조 북한원", MustNewAmount("1000000000000", KPW)},
		{"CHF 12억 3000만", MustNewAmount("1230000000", MustParseCurrency("CHF"))},
		// Won written "W", only with a scale word or grouped digits.
		{"W160 billion", MustNewAmount("160000000000", KRW)},
		{"W1.65 trillion", MustNewAmount("1650000000000", KRW)},
		{"W5.2tn", MustNewAmount("5200000000000", KRW)},
		{"W50,000", MustNewAmount("50000", KRW)},
		// Marks of other dollars, and the renminbi.
		{"$US3 billion", MustNewAmount("3000000000", USD)},
		{"US $400 million", MustNewAmount("400000000", USD)},
		{"U.S. $2 million", MustNewAmount("2000000", USD)},
		{"S$1.45 billion", MustNewAmount("1450000000", MustParseCurrency("SGD"))},
		{"SG$3", MustNewAmount("3", MustParseCurrency("SGD"))},
		{"HK$2.8 billion", MustNewAmount("2800000000", MustParseCurrency("HKD"))},
		{"NT$90 million", MustNewAmount("90000000", MustParseCurrency("TWD"))},
		{"A$12 million", MustNewAmount("12000000", MustParseCurrency("AUD"))},
		{"C$4.5 million", MustNewAmount("4500000", MustParseCurrency("CAD"))},
		{"RMB 2 billion", MustNewAmount("2000000000", CNY)},
		{"RMB2bn", MustNewAmount("2000000000", CNY)},
		{"2 billion yuan", MustNewAmount("2000000000", CNY)},
		{"7 million Singapore dollars", MustNewAmount("7000000", MustParseCurrency("SGD"))},
		{"3 billion Hong Kong dollars", MustNewAmount("3000000000", MustParseCurrency("HKD"))},
		// English number forms.
		{"5 mln dollars", MustNewAmount("5000000", USD)},
		{"8 bln euros", MustNewAmount("8000000000", EUR)},
		{"2 tln won", MustNewAmount("2000000000000", KRW)},
		{"four billion yuan", MustNewAmount("4000000000", CNY)},
		{"Twenty million dollars", MustNewAmount("20000000", USD)},
		{"eleven trillion won", MustNewAmount("11000000000000", KRW)},
		{"one-point-65 billion dollars", MustNewAmount("1650000000", USD)},
		{"two point 5 trillion won", MustNewAmount("2500000000000", KRW)},
		{"$1,46 billion", MustNewAmount("1460000000", USD)},
		{"$1,4 billion", MustNewAmount("1400000000", USD)},
		{"$1,460 million", MustNewAmount("1460000000", USD)},
		{"$5-million", MustNewAmount("5000000", USD)},
		// Korean units without digits, spaces inside groups.
		{"천만 원", MustNewAmount("10000000", KRW)},
		{"백만 달러", MustNewAmount("1000000", USD)},
		{"십억 원", MustNewAmount("1000000000", KRW)},
		{"2조천억 원", MustNewAmount("2100000000000", KRW)},
		{"20억 천만 달러", MustNewAmount("2010000000", USD)},
		{"1조 4천 7백억 원", MustNewAmount("1470000000000", KRW)},
		{"3천 500억 원", MustNewAmount("350000000000", KRW)},
		{"₩천만", MustNewAmount("10000000", KRW)},
		// Japanese and Chinese units and currency signs.
		{"480億円", MustNewAmount("48000000000", JPY)},
		{"19億円", MustNewAmount("1900000000", JPY)},
		{"1兆2000億円", MustNewAmount("1200000000000", JPY)},
		{"3千万円", MustNewAmount("30000000", JPY)},
		{"500万円", MustNewAmount("5000000", JPY)},
		{"500万元", MustNewAmount("5000000", CNY)},
		{"2億元", MustNewAmount("200000000", CNY)},
		{"5억 엔", MustNewAmount("500000000", JPY)},
		{"300만 위안", MustNewAmount("3000000", CNY)},
		{"1,200円", MustNewAmount("1200", JPY)},
		{"20元", MustNewAmount("20", CNY)},
		{"7억 홍콩달러", MustNewAmount("700000000", MustParseCurrency("HKD"))},
		// Digits beyond the currency's scale are kept.
		{"1.234 billion won", MustNewAmount("1234000000", KRW)},
		{"$1.2345", MustNewAmount("1.2345", USD)},
		{"0.5 won", MustNewAmount("0.5", KRW)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			if err != nil {
				t.Fatalf("ParseAmount(%q) error: %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseAmount(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// A 31-digit value is one past the bounds of NewAmount.
func TestParseAmountBounds(t *testing.T) {
	max := strings.Repeat("9", MaxIntegerDigits)
	if _, err := ParseAmount(max + " won"); err != nil {
		t.Errorf("ParseAmount(30 nines) error: %v", err)
	}
	for _, in := range []string{"1" + max + " won", "1e999 trillion won", "0." + strings.Repeat("0", MaxFractionDigits) + "1 won", "1000000000000000000 trillion won"} {
		_, err := ParseAmount(in)
		if !errors.Is(err, ErrOutOfRange) {
			t.Errorf("ParseAmount(%q) error = %v, want ErrOutOfRange", in, err)
		}
	}
	// Trailing fraction zeros do not count against the bound.
	in := "1." + strings.Repeat("0", 80) + " USD"
	if got, err := ParseAmount(in); err != nil || !got.Equal(MustNewAmount("1", USD)) {
		t.Errorf("ParseAmount(%q) = %v, %v, want USD 1.00", in, got, err)
	}
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		reason string // a part of the reason
		is     error
	}{
		{"", 0, "empty amount", nil},
		{"   ", 3, "empty amount", nil},
		{"$", 1, "no number", nil},
		{"$ billion", 2, `no number: unknown word "billion"`, nil},
		{"1.5 trillion", 12, "no currency", nil},
		{"5 bananas", 2, `no currency: unknown word "bananas"`, nil},
		{"$5 dollars", 3, "two currencies: $ and dollars", nil},
		{"USD 5 won", 6, "two currencies: USD and won", nil},
		{"5 ABC", 2, `unknown currency code "ABC"`, ErrUnknownCurrency},
		{"ABC 5", 0, `unknown currency code "ABC"`, ErrUnknownCurrency},
		{"$5 bananas", 3, `unknown word "bananas"`, nil},
		{"5 won won", 6, `unknown word "won"`, nil},
		{"1,2345 won", 1, `unknown word ","`, nil},
		{"1e999 trillion won", 0, "out of range", ErrOutOfRange},
		{"1만 5억 원", 6, "Korean unit 억 after 만", nil},
		{"1억 2조 원", 6, "Korean unit 조 after 억", nil},
		{"1조 15000억 원", 5, `Korean group "15000" is not below 10000`, nil},
		{"3백5천 원", 5, "Korean unit 천 after 백", nil},
		{"3천5000 원", 4, `Korean number "5000" is too large for its place`, nil},
		{"1.5조 3000억 원", 7, "only the last Korean group may have a fraction", nil},
		{"5 m won", 2, `unknown word "m"`, nil},
		{"$5 million.", 10, `unknown word "."`, nil},
		{"5 wonders", 2, `unknown word "wonders"`, nil},
		{"만 원", 0, `no number: unknown word "만"`, nil},
		{"4조 3천억여 원", 12, "여 makes this a figure", nil},
		{strings.Repeat("억", 1000), 0, `no number: unknown word "억억억억억억억억억억억억억…"`, nil},
		{"1억 5만 2천만 원", 14, "Korean unit 만 after 만", nil},
		{"W5", 0, "W is won only before a number with a scale word or grouped digits", nil},
		{"W 5 billion", 0, `no number: unknown word "W"`, nil},
		{"four dollars", 0, `no number: unknown word "four"`, nil},
		{"$1,46", 2, `unknown word ","`, nil},
		{"5천여억 원", 7, "여 makes this a figure", nil},
		{"수백억 원", 0, `no number: unknown word "수백억"`, nil},
		{"2조 원이 넘는", 8, `unknown word "이"`, nil},
		{"1.5조 천억 원", 7, "only the last Korean group may have a fraction", nil},
		{"USD 0." + strings.Repeat("1", 70), 4, "digits after the decimal point, more than the 30 an amount may have", ErrOutOfRange},
		{"0." + strings.Repeat("0", 30) + "1 won", 0, "digits after the decimal point, more than the 30 an amount may have", ErrOutOfRange},
		{"1" + strings.Repeat("0", 30) + " won", 0, "digits before the decimal point, more than the 30 an amount may have", ErrOutOfRange},
		{"5 ETH", 2, `unknown currency code "ETH"`, ErrUnknownCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseAmount(%q) = %v, %v, want a *ParseError", tt.in, got, err)
			}
			if pe.Input != tt.in || pe.Offset != tt.offset || !strings.Contains(pe.Reason, tt.reason) {
				t.Errorf("ParseAmount(%q) error = {%q, %d, %q}, want {%q, %d, …%q…}", tt.in, pe.Input, pe.Offset, pe.Reason, tt.in, tt.offset, tt.reason)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("ParseAmount(%q) error %v does not wrap %v", tt.in, err, tt.is)
			}
			if !strings.HasPrefix(err.Error(), "currency: ") {
				t.Errorf("ParseAmount(%q) error %q does not start with the package name", tt.in, err)
			}
		})
	}
}

// Errors quote a short prefix of long input and say how long it was, so
// that megabytes of bad text do not make a message of megabytes.
func TestParseErrorBounded(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("억", 1_000_000),
		strings.Repeat("1", 1_000_000) + " 원",
		"$" + strings.Repeat("x", 1_000_000),
		strings.Repeat("₩", 100_000),
	} {
		for name, parse := range map[string]func(string) error{
			"ParseAmount": func(s string) error { _, err := ParseAmount(s); return err },
			"ParseFigure": func(s string) error { _, err := ParseFigure(s); return err },
		} {
			err := parse(in)
			if err == nil {
				t.Fatalf("%s(%d bytes) succeeded, want an error", name, len(in))
			}
			msg := err.Error()
			if len(msg) > 300 || !strings.Contains(msg, fmt.Sprintf("(%d bytes)", len(in))) {
				t.Errorf("%s(%d bytes of %q…) error has %d bytes, want a short one naming the length: %.300s", name, len(in), in[:3], len(msg), msg)
			}
		}
	}
}

func TestParseFigure(t *testing.T) {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	tests := []struct {
		in   string
		want Figure
	}{
		{"1.5 trillion won ($1.2 billion)", fig(Exact, krw("1500000000000"), usd("1200000000"))},
		{"an estimated 1.5 trillion won ($1.2 billion)", fig(About, krw("1500000000000"), usd("1200000000"))},
		{"An Estimated 1.5 trillion won", fig(About, krw("1500000000000"), Amount{})},
		{"estimated $5 million", fig(About, usd("5000000"), Amount{})},
		{"about 800 billion won ($626 million)", fig(About, krw("800000000000"), usd("626000000"))},
		{"approximately $1", fig(About, usd("1"), Amount{})},
		{"roughly $1", fig(About, usd("1"), Amount{})},
		{"around $1", fig(About, usd("1"), Amount{})},
		{"some $1", fig(About, usd("1"), Amount{})},
		{"~$1", fig(About, usd("1"), Amount{})},
		{"약 8000억 원", fig(About, krw("800000000000"), Amount{})},
		{"약8000억원", fig(About, krw("800000000000"), Amount{})},
		{"more than 100 billion won ($78 million)", fig(MoreThan, krw("100000000000"), usd("78000000"))},
		{"slightly more than $1", fig(MoreThan, usd("1"), Amount{})},
		{"over $1", fig(MoreThan, usd("1"), Amount{})},
		{"above $1", fig(MoreThan, usd("1"), Amount{})},
		{"1000억원 이상", fig(MoreThan, krw("100000000000"), Amount{})},
		{"1000억 원 넘는", fig(MoreThan, krw("100000000000"), Amount{})},
		{"1000억원 이상(7800만 달러)", fig(MoreThan, krw("100000000000"), usd("78000000"))},
		{"1000억원(7800만 달러) 이상", fig(MoreThan, krw("100000000000"), usd("78000000"))},
		{"less than $1", fig(LessThan, usd("1"), Amount{})},
		{"under $1", fig(LessThan, usd("1"), Amount{})},
		{"below $1", fig(LessThan, usd("1"), Amount{})},
		{"1억 원 미만", fig(LessThan, krw("100000000"), Amount{})},
		{"up to $1", fig(UpTo, usd("1"), Amount{})},
		{"as much as $1", fig(UpTo, usd("1"), Amount{})},
		{"최대 1억 원", fig(UpTo, krw("100000000"), Amount{})},
		{"at least $1", fig(AtLeast, usd("1"), Amount{})},
		{"최소 1억 원", fig(AtLeast, krw("100000000"), Amount{})},
		{"nearly $1", fig(Nearly, usd("1"), Amount{})},
		{"almost $1", fig(Nearly, usd("1"), Amount{})},
		{"close to $1", fig(Nearly, usd("1"), Amount{})},
		{"1조5000억원(약 12억 달러)", Figure{Amount: krw("1500000000000"), EquivalentQualifier: About, Equivalent: usd("1200000000")}},
		{"about $1.2 billion (about 1.5 trillion won)", Figure{Qualifier: About, Amount: usd("1200000000"), EquivalentQualifier: About, Equivalent: krw("1500000000000")}},
		{"about $1 (over 2 won)", Figure{Qualifier: About, Amount: usd("1"), EquivalentQualifier: MoreThan, Equivalent: krw("2")}},
		{"$1.2 billion ( 1.5조 원 )", fig(Exact, usd("1200000000"), krw("1500000000000"))},
		// Korean hedges and particles.
		{"4조 3천억여 원", fig(MoreThan, krw("4300000000000"), Amount{})},
		{"5천7백여억 원", fig(MoreThan, krw("570000000000"), Amount{})},
		{"100여억 원", fig(MoreThan, krw("10000000000"), Amount{})},
		{"1조 원 가량", fig(About, krw("1000000000000"), Amount{})},
		{"1조 원가량", fig(About, krw("1000000000000"), Amount{})},
		{"8000억 원 남짓", fig(MoreThan, krw("800000000000"), Amount{})},
		{"3000억 원 정도", fig(About, krw("300000000000"), Amount{})},
		{"1조원대", fig(About, krw("1000000000000"), Amount{})},
		{"2억 달러 규모", fig(About, usd("200000000"), Amount{})},
		{"거의 1조 원", fig(Nearly, krw("1000000000000"), Amount{})},
		{"대략 500억 원", fig(About, krw("50000000000"), Amount{})},
		{"2조 원이 넘는", fig(MoreThan, krw("2000000000000"), Amount{})},
		{"2조 원 넘게", fig(MoreThan, krw("2000000000000"), Amount{})},
		{"1조 원을 넘어서는", fig(MoreThan, krw("1000000000000"), Amount{})},
		{"3억 달러를 초과하는", fig(MoreThan, usd("300000000"), Amount{})},
		{"1천억 원 이상", fig(MoreThan, krw("100000000000"), Amount{})},
		{"5000억 원에 육박하는", fig(Nearly, krw("500000000000"), Amount{})},
		{"1억 달러 미만", fig(LessThan, usd("100000000"), Amount{})},
		// Equivalents with their own hedge; a hedge outside the
		// parentheses qualifies the amount.
		{"5000만 달러(약 600억 원) 이상", Figure{Qualifier: MoreThan, Amount: usd("50000000"), EquivalentQualifier: About, Equivalent: krw("60000000000")}},
		{"$1 billion (한화 약 13억원)", Figure{Amount: usd("1000000000"), EquivalentQualifier: About, Equivalent: krw("1300000000")}},
		{"1조 원(US $805 million)", fig(Exact, krw("1000000000000"), usd("805000000"))},
		{"1조 원（약 7억5천만 달러）", Figure{Amount: krw("1000000000000"), EquivalentQualifier: About, Equivalent: usd("750000000")}},
		{"over $1 billion (about 1.2 trillion won)", Figure{Qualifier: MoreThan, Amount: usd("1000000000"), EquivalentQualifier: About, Equivalent: krw("1200000000000")}},
		{"480億円(약 4200억 원)", Figure{Amount: MustNewAmount("48000000000", JPY), EquivalentQualifier: About, Equivalent: krw("420000000000")}},
		{"W160 billion ($120 million)", fig(Exact, krw("160000000000"), usd("120000000"))},
		{"just over $2 million", fig(MoreThan, usd("2000000"), Amount{})},
		{"in excess of $2 million", fig(MoreThan, usd("2000000"), Amount{})},
		{"at most $2 million", fig(UpTo, usd("2000000"), Amount{})},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFigure(tt.in)
			if err != nil {
				t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseFigureRanges(t *testing.T) {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	rng := func(q Qualifier, lo Amount, hq Qualifier, hi Amount) Figure {
		return Figure{Qualifier: q, Amount: lo, HighQualifier: hq, High: hi}
	}
	tests := []struct {
		in   string
		want Figure
	}{
		{"2억~3억달러", rng(Exact, usd("200000000"), Exact, usd("300000000"))},
		{"2~3억 달러", rng(Exact, usd("200000000"), Exact, usd("300000000"))},
		{"2억 달러~3억 달러", rng(Exact, usd("200000000"), Exact, usd("300000000"))},
		{"1조~1조5000억 원", rng(Exact, krw("1000000000000"), Exact, krw("1500000000000"))},
		{"1 trillion to 2 trillion won", rng(Exact, krw("1000000000000"), Exact, krw("2000000000000"))},
		{"1 to 2 trillion won", rng(Exact, krw("1000000000000"), Exact, krw("2000000000000"))},
		{"$1.3 billion-$1.5 billion", rng(Exact, usd("1300000000"), Exact, usd("1500000000"))},
		{"$1.3-1.5 billion", rng(Exact, usd("1300000000"), Exact, usd("1500000000"))},
		{"$1.3 billion – $1.5 billion", rng(Exact, usd("1300000000"), Exact, usd("1500000000"))},
		{"$5 to $10", rng(Exact, usd("5"), Exact, usd("10"))},
		{"$5 to $10 million", rng(Exact, usd("5000000"), Exact, usd("10000000"))},
		{"$1.3-$1.5 billion", rng(Exact, usd("1300000000"), Exact, usd("1500000000"))},
		{"between $630 million and more than $1 billion", rng(Exact, usd("630000000"), MoreThan, usd("1000000000"))},
		{"Between about $1 billion and $2 billion", rng(About, usd("1000000000"), Exact, usd("2000000000"))},
		{"about $1.3 billion to $1.5 billion", rng(About, usd("1300000000"), Exact, usd("1500000000"))},
		{"1조 원 이상~2조 원 미만", rng(MoreThan, krw("1000000000000"), LessThan, krw("2000000000000"))},
		{"약 2억~3억 달러 가량", rng(About, usd("200000000"), About, usd("300000000"))},
		{"-$5 to -$3", rng(Exact, usd("-5"), Exact, usd("-3"))},
		{"1조~2조 원(약 8억~16억 달러)", Figure{Amount: krw("1000000000000"), High: krw("2000000000000"),
			EquivalentQualifier: About, Equivalent: usd("800000000"), HighEquivalent: usd("1600000000")}},
		{"$1 billion to $2 billion (1.3조~2.6조 원)", Figure{Amount: usd("1000000000"), High: usd("2000000000"),
			Equivalent: krw("1300000000000"), HighEquivalent: krw("2600000000000")}},
		{"100万~200万円", rng(Exact, MustNewAmount("1000000", JPY), Exact, MustNewAmount("2000000", JPY))},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFigure(tt.in)
			if err != nil {
				t.Fatalf("ParseFigure(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if !got.IsRange() {
				t.Errorf("ParseFigure(%q).IsRange() = false, want true", tt.in)
			}
		})
	}
}

func TestParseFigureErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		reason string
	}{
		{"", 0, "empty amount"},
		{"about", 0, `no number: unknown word "about"`},
		{"about 5", 7, "no currency"},
		{"about 1000억원 이상", 17, "two qualifiers: about and more than"},
		{"about $1 (over 2 won) 이상", 22, "two qualifiers: about and more than"},
		{"$1.2 billion (2017)", 18, `no currency: unknown word ")"`},
		{"$1.2 billion (1.5 trillion won", 30, "missing ) after the equivalent"},
		{"$1.2 billion (1.5 trillion won or so)", 31, `unknown word "or" in the equivalent`},
		{"$1.2 billion and more", 13, `unknown word "and"`},
		{"$2 billion to $1 billion", 11, `unknown word "to"`},
		{"$2 to 3 won", 3, `unknown word "to"`},
		{"between $1 billion", 18, "between needs a range"},
		{"$500-1.5 billion", 0, "ambiguous range"},
		{"5 won~1조 원", 0, "ambiguous range"},
		{"2억~3억", 4, `no currency: unknown word "~"`},
		{"약 1조 원 이상", 13, "two qualifiers: about and more than"},
		{"$1 billion (1조 원 이상 가량)", 28, `unknown word "가량" in the equivalent`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFigure(tt.in)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseFigure(%q) = %v, %v, want a *ParseError", tt.in, got, err)
			}
			if pe.Input != tt.in || pe.Offset != tt.offset || !strings.Contains(pe.Reason, tt.reason) {
				t.Errorf("ParseFigure(%q) error = {%q, %d, %q}, want {%q, %d, …%q…}", tt.in, pe.Input, pe.Offset, pe.Reason, tt.in, tt.offset, tt.reason)
			}
		})
	}
}

func TestMustParseAmount(t *testing.T) {
	if got := MustParseAmount("$5"); !got.Equal(MustNewAmount("5", USD)) {
		t.Errorf("MustParseAmount(%q) = %v, want USD 5.00", "$5", got)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustParseAmount(%q) did not panic", "5")
		}
	}()
	MustParseAmount("5")
}

// fig is a single figure with an equivalent and no hedge inside it.
func fig(q Qualifier, a, eq Amount) Figure {
	return Figure{Qualifier: q, Amount: a, Equivalent: eq}
}

// ParseAmount applies the one bounds rule NewAmount does: the same values
// are in and out of range, counted after the exponent, trailing fraction
// zeros aside.
func TestParseAmountBoundsAgreeWithNewAmount(t *testing.T) {
	for _, v := range []string{
		"0.0000000001e35", "1" + strings.Repeat("0", 40) + "e-40", "1000000000e-35", "0e5000", "0e-5000",
		strings.Repeat("9", 30), strings.Repeat("9", 31), "1e29", "1e30", "1e-30", "1e-31", "12.5e-29", "12.5e-30",
		"1." + strings.Repeat("0", 1000), "0." + strings.Repeat("0", 29) + "1", "0." + strings.Repeat("0", 30) + "1",
		"5e1000000000000", "5e-1000000000000", "123456789012345678901234567890.123456789012345678901234567890",
	} {
		want, werr := NewAmount(v, USD)
		got, gerr := ParseAmount("USD " + v)
		switch {
		case werr != nil && gerr != nil:
			if !errors.Is(werr, ErrOutOfRange) || !errors.Is(gerr, ErrOutOfRange) {
				t.Errorf("NewAmount(%.40q) error %v, ParseAmount error %v: want both ErrOutOfRange", v, werr, gerr)
			}
		case werr != nil || gerr != nil:
			t.Errorf("NewAmount(%.40q) = %v, %v but ParseAmount = %v, %v: the readers disagree", v, want, werr, got, gerr)
		case !got.Equal(want):
			t.Errorf("ParseAmount(%.40q) = %v, want %v as NewAmount", "USD "+v, got, want)
		}
	}
}
