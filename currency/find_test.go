package currency

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nisParagraph summarizes, in the project's own words, the figures of the
// December 2022 report of South Korea's National Intelligence Service, in
// the forms the press printed them.
const nisParagraph = "In a December 2022 report, South Korea's National Intelligence Service (NIS) put the virtual assets North Korean hackers had taken since 2017 at an estimated 1.5 trillion won ($1.2 billion): about 800 billion won ($626 million) in 2022 alone, and more than 100 billion won ($78 million) from South Korean victims. Under the UN sanctions of 2016–17, North Korea's coal, textile and seafood exports are prohibited, and states must send North Korean workers home."

// found is a match as text and figure, for readable diffs.
type found struct {
	Text   string
	Figure Figure
}

func findAll(text string) []found {
	var out []found
	for _, m := range FindFigures(text) {
		out = append(out, found{text[m.Start:m.End], m.Figure})
	}
	return out
}

func TestFindFiguresNIS(t *testing.T) {
	want := []found{
		{"an estimated 1.5 trillion won ($1.2 billion)", fig(About, MustNewAmount("1500000000000", KRW), MustNewAmount("1200000000", USD))},
		{"about 800 billion won ($626 million)", fig(About, MustNewAmount("800000000000", KRW), MustNewAmount("626000000", USD))},
		{"more than 100 billion won ($78 million)", fig(MoreThan, MustNewAmount("100000000000", KRW), MustNewAmount("78000000", USD))},
	}
	if diff := cmp.Diff(want, findAll(nisParagraph)); diff != "" {
		t.Errorf("FindFigures(NIS paragraph) mismatch (-want +got):\n%s", diff)
	}
	// The spans are byte offsets into the paragraph, each where its text
	// first occurs.
	for i, m := range FindFigures(nisParagraph) {
		if i >= len(want) {
			break
		}
		start := strings.Index(nisParagraph, want[i].Text)
		if m.Start != start || m.End != start+len(want[i].Text) {
			t.Errorf("FindFigures(NIS paragraph)[%d] = [%d:%d], want [%d:%d], the bytes of %q", i, m.Start, m.End, start, start+len(want[i].Text), want[i].Text)
		}
	}
}

func TestFindFigures(t *testing.T) {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	tests := []struct {
		name, text string
		want       []found
	}{
		{"korean", "국정원은 북한이 약 1조5000억원(12억 달러)을 훔쳤고 올해만 8000억원 이상(6억2600만 달러)이라고 밝혔다. 피해자는 1억 명이 아니다.",
			[]found{
				{"약 1조5000억원(12억 달러)", fig(About, krw("1500000000000"), usd("1200000000"))},
				{"8000억원 이상(6억2600만 달러)", fig(MoreThan, krw("800000000000"), usd("626000000"))},
			}},
		{"korean particle", "1000억 원을 탈취했다", []found{{"1000억 원", fig(Exact, krw("100000000000"), Amount{})}}},
		{"korean attached qualifier", "약8000억원", []found{{"약8000억원", fig(About, krw("800000000000"), Amount{})}}},
		{"no number", "hundreds of millions of dollars were taken", nil},
		{"years and ranges", "In 2017 and 2016–17, and in 2,017 cases, 1.5 trillion people", nil},
		{"lower-case code words", "try 5 times, all 3 of them", nil},
		{"upper-case code", "TRY 5 million was paid, and KRW 100", []found{
			{"TRY 5 million", fig(Exact, MustNewAmount("5000000", MustParseCurrency("TRY")), Amount{})},
			{"KRW 100", fig(Exact, krw("100"), Amount{})},
		}},
		{"sentence end", "It cost $5 million. Then $6M.", []found{
			{"$5 million", fig(Exact, usd("5000000"), Amount{})},
			{"$6M", fig(Exact, usd("6000000"), Amount{})},
		}},
		{"won as a verb", "The team won 3 games and 5 wonders", nil},
		{"parenthesis that is not an equivalent", "$1.2 billion (2017 figure)", []found{{"$1.2 billion", fig(Exact, usd("1200000000"), Amount{})}}},
		{"qualifier in a word", "moreover $5 million", []found{{"$5 million", fig(Exact, usd("5000000"), Amount{})}}},
		{"capitalized qualifier", "Up to $5 million.", []found{{"Up to $5 million", fig(UpTo, usd("5000000"), Amount{})}}},
		{"two qualifiers keep the amount", "about 1000억원 이상", []found{{"1000억원 이상", fig(MoreThan, krw("100000000000"), Amount{})}}},
		{"north korean won", "some 5 billion North Korean won", []found{{"some 5 billion North Korean won", fig(About, MustNewAmount("5000000000", KPW), Amount{})}}},
		{"no minus in prose", "a loss of -$5", []found{{"$5", fig(Exact, usd("5"), Amount{})}}},
		{"empty", "", nil},
		{"year before a code", "In 2022 USD 5 million was taken", []found{{"USD 5 million", fig(Exact, usd("5000000"), Amount{})}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findAll(tt.text)); diff != "" {
				t.Errorf("FindFigures(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// newsSentences are made-up sentences in the style of English and Korean
// reporting, with the figures FindFigures must find in them, and numbers
// that are not money.
func newsSentences() []struct {
	name, text string
	want       []found
} {
	usd := func(v string) Amount { return MustNewAmount(v, USD) }
	krw := func(v string) Amount { return MustNewAmount(v, KRW) }
	one := func(text string, f Figure) []found { return []found{{text, f}} }
	return []struct {
		name, text string
		want       []found
	}{
		{"W for won", "The agency put the haul at W160 billion, while a lawmaker cited some W1.65 trillion and W5.2tn in all.",
			[]found{
				{"W160 billion", fig(Exact, krw("160000000000"), Amount{})},
				{"some W1.65 trillion", fig(About, krw("1650000000000"), Amount{})},
				{"W5.2tn", fig(Exact, krw("5200000000000"), Amount{})},
			}},
		{"capital W that is not won", "Workers in Ward W3 earned W5 on the W-2 form, and Mr. W 10 times.", nil},
		{"dollar marks", "The group took $US3 billion; another estimate was US $400 million, and Singapore lost S$1.45 billion.",
			[]found{
				{"$US3 billion", fig(Exact, usd("3000000000"), Amount{})},
				{"US $400 million", fig(Exact, usd("400000000"), Amount{})},
				{"S$1.45 billion", fig(Exact, MustNewAmount("1450000000", MustParseCurrency("SGD")), Amount{})},
			}},
		{"yuan and other dollars", "The ring moved RMB 2 billion and 2 billion yuan through HK$50 million of shells, NT$3 billion, A$7 million and C$1 million.",
			[]found{
				{"RMB 2 billion", fig(Exact, MustNewAmount("2000000000", CNY), Amount{})},
				{"2 billion yuan", fig(Exact, MustNewAmount("2000000000", CNY), Amount{})},
				{"HK$50 million", fig(Exact, MustNewAmount("50000000", MustParseCurrency("HKD")), Amount{})},
				{"NT$3 billion", fig(Exact, MustNewAmount("3000000000", MustParseCurrency("TWD")), Amount{})},
				{"A$7 million", fig(Exact, MustNewAmount("7000000", MustParseCurrency("AUD")), Amount{})},
				{"C$1 million", fig(Exact, MustNewAmount("1000000", MustParseCurrency("CAD")), Amount{})},
			}},
		{"not money", "Hackers took 400,000 ETH in 2022, worth hundreds of millions of dollars, in 3 attacks on 25% of the 1,200 exchanges; 2016–17 saw 12 more.", nil},
		{"spelled numbers", "Officials put it at some four billion yuan, or one-point-65 billion dollars, and 5 mln dollars more; one of the two firms lost nothing.",
			[]found{
				{"some four billion yuan", fig(About, MustNewAmount("4000000000", CNY), Amount{})},
				{"one-point-65 billion dollars", fig(Exact, usd("1650000000"), Amount{})},
				{"5 mln dollars", fig(Exact, usd("5000000"), Amount{})},
			}},
		{"decimal comma and grouping", "One report said $1,46 billion, another $1,460 million, a $5-million gap.",
			[]found{
				{"$1,46 billion", fig(Exact, usd("1460000000"), Amount{})},
				{"$1,460 million", fig(Exact, usd("1460000000"), Amount{})},
				{"$5-million", fig(Exact, usd("5000000"), Amount{})},
			}},
		{"ranges and changes", "Losses grew from $1 billion to $2 billion, or by $3 billion to $5 billion; estimates lie between $630 million and more than $1 billion, or $1.3-1.5 billion.",
			[]found{
				{"$1 billion", fig(Exact, usd("1000000000"), Amount{})},
				{"$2 billion", fig(Exact, usd("2000000000"), Amount{})},
				{"$3 billion", fig(Exact, usd("3000000000"), Amount{})},
				{"$5 billion", fig(Exact, usd("5000000000"), Amount{})},
				{"between $630 million and more than $1 billion", Figure{Amount: usd("630000000"), HighQualifier: MoreThan, High: usd("1000000000")}},
				{"$1.3-1.5 billion", Figure{Amount: usd("1300000000"), High: usd("1500000000")}},
			}},
		{"range of won", "The bank lost 1 trillion to 2 trillion won over 5 to 10 years.",
			one("1 trillion to 2 trillion won", Figure{Amount: krw("1000000000000"), High: krw("2000000000000")})},
		{"between without a range", "It was between 2019 and 2021 that $5 million went missing.",
			one("$5 million", fig(Exact, usd("5000000"), Amount{}))},
		{"between and a qualifier", "Losses were between about $1 billion and $2 billion.",
			one("between about $1 billion and $2 billion", Figure{Qualifier: About, Amount: usd("1000000000"), High: usd("2000000000")})},
		{"from and a qualifier", "Losses rose from about $1 billion to $2 billion.",
			[]found{{"about $1 billion", fig(About, usd("1000000000"), Amount{})}, {"$2 billion", fig(Exact, usd("2000000000"), Amount{})}}},
		{"low end takes the scale", "Estimates put it at $1.3-$1.5 billion, or $5 to $10 million a month.",
			[]found{
				{"$1.3-$1.5 billion", Figure{Amount: usd("1300000000"), High: usd("1500000000")}},
				{"$5 to $10 million", Figure{Amount: usd("5000000"), High: usd("10000000")}},
			}},
		{"ambiguous range", "Estimates put it at $500-1.5 billion.", nil},
		{"korean numerals", "정보당국은 북한이 2조천억 원을 빼돌렸으며 이 가운데 4조 3천억여 원이 가상자산이고 20억 천만 달러는 현금이라고 밝혔다.",
			[]found{
				{"2조천억 원", fig(Exact, krw("2100000000000"), Amount{})},
				{"4조 3천억여 원", fig(MoreThan, krw("4300000000000"), Amount{})},
				{"20억 천만 달러", fig(Exact, usd("2010000000"), Amount{})},
			}},
		{"korean equivalents and ranges", "피해액은 5000만 달러(약 600억 원) 이상으로, 2억~3억달러의 자금이 세탁됐다.",
			[]found{
				{"5000만 달러(약 600억 원) 이상", Figure{Qualifier: MoreThan, Amount: usd("50000000"), EquivalentQualifier: About, Equivalent: krw("60000000000")}},
				{"2억~3억달러", Figure{Amount: usd("200000000"), High: usd("300000000")}},
			}},
		{"korean particles", "한 은행은 1조 원이 넘는 피해를 입었고 다른 은행은 3억 달러를 초과하는 손실을 봤으며, 1천억 원 이상의 돈이 1조 원에 달하는 규모로 불었다.",
			[]found{
				{"1조 원이 넘는", fig(MoreThan, krw("1000000000000"), Amount{})},
				{"3억 달러를 초과하는", fig(MoreThan, usd("300000000"), Amount{})},
				{"1천억 원 이상", fig(MoreThan, krw("100000000000"), Amount{})},
				{"1조 원", fig(Exact, krw("1000000000000"), Amount{})},
			}},
		{"korean hedges", "피해는 약 1조 원 가량이 아니라 8000억 원 남짓, 거의 5000억 원, 1조원대였다.",
			[]found{
				{"약 1조 원 가량", fig(About, krw("1000000000000"), Amount{})},
				{"8000억 원 남짓", fig(MoreThan, krw("800000000000"), Amount{})},
				{"거의 5000억 원", fig(Nearly, krw("500000000000"), Amount{})},
				{"1조원대", fig(About, krw("1000000000000"), Amount{})},
			}},
		{"korean not money", "2019년 이후 30건, 수백억 원대 피해, 백신 접종률 70%, 천안시 인구 60만 명.", nil},
		{"yen and yuan", "일본 거래소는 480億円을, 중국 업체는 500万元을, 다른 곳은 5억 엔과 300만 위안을 잃었다.",
			[]found{
				{"480億円", fig(Exact, MustNewAmount("48000000000", JPY), Amount{})},
				{"500万元", fig(Exact, MustNewAmount("5000000", CNY), Amount{})},
				{"5억 엔", fig(Exact, MustNewAmount("500000000", JPY), Amount{})},
				{"300만 위안", fig(Exact, MustNewAmount("3000000", CNY), Amount{})},
			}},
		{"equivalents in English text", "The exchange lost $805 million (한화 약 1조 1천억원), and the firm about 1.2 trillion won (US $900 million).",
			[]found{
				{"$805 million (한화 약 1조 1천억원)", Figure{Amount: usd("805000000"), EquivalentQualifier: About, Equivalent: krw("1100000000000")}},
				{"about 1.2 trillion won (US $900 million)", fig(About, krw("1200000000000"), usd("900000000"))},
			}},
	}
}

func TestFindFiguresNews(t *testing.T) {
	for _, tt := range newsSentences() {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findAll(tt.text)); diff != "" {
				t.Errorf("FindFigures(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// Each match, given to ParseFigure, reads as the same figure.
func TestFindFiguresMatchesParseFigure(t *testing.T) {
	texts := []string{nisParagraph, "국정원은 약 1조5000억원(12억 달러), 8000억원 이상(6억2600만 달러)"}
	for _, tt := range newsSentences() {
		texts = append(texts, tt.text)
	}
	for _, text := range texts {
		for _, m := range FindFigures(text) {
			f, err := ParseFigure(text[m.Start:m.End])
			if err != nil {
				t.Errorf("ParseFigure(%q) error: %v", text[m.Start:m.End], err)
				continue
			}
			if diff := cmp.Diff(m.Figure, f); diff != "" {
				t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", text[m.Start:m.End], diff)
			}
		}
	}
}

// A long run of digits or of failed attempts stays linear: the test only
// asserts the result, and would time out if the scan were quadratic.
func TestFindFiguresLongInput(t *testing.T) {
	text := strings.Repeat("1", 200_000) + " won " + strings.Repeat("1억 ", 50_000)
	if got := FindFigures(text); len(got) != 0 {
		t.Errorf("FindFigures(long digits) found %d figures, want 0", len(got))
	}
}

// The start table agrees with figureCanStart: no byte it rules out can
// start a figure.
func TestStartBytes(t *testing.T) {
	if len(startBytes) != 256 {
		t.Fatalf("len(startBytes) = %d, want 256", len(startBytes))
	}
	for _, s := range []string{"$", "₩", "€", "¥", "£", "￦", "₹", "천만 원", "백만 달러", "십억 원", "W5", "US$", "KRW", "four", "Four", "1", "9"} {
		if startByte(s[0]) == 0 {
			t.Errorf("startByte(%q) = 0, but %q may start a figure", s[0], s)
		}
	}
}

// FindFigures allocates nothing on text with no figure in it.
func TestFindFiguresNoAllocation(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("The ministry said 14 firms, 40% of them in 2022, lost 400,000 ETH. ", 50),
		strings.Repeat("당국은 2022년 14곳, 40%가 수백억 원대 피해를 입었다고 밝혔다. ", 50),
		strings.Repeat("1 ", 1000), strings.Repeat("$", 1000), strings.Repeat("억", 1000), strings.Repeat("1~", 500),
		strings.Repeat("천 ", 500), strings.Repeat("1 trillion to ", 200), strings.Repeat("W1 ", 300),
	} {
		if n := testing.AllocsPerRun(5, func() { FindFigures(text) }); n != 0 {
			t.Errorf("FindFigures(%.30q…) allocates %v times, want 0", text, n)
		}
	}
}
