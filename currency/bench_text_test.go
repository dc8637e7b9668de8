package currency

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func BenchmarkParseAmount(b *testing.B) {
	for _, in := range []string{"USD 1200000000.00", "1.5 trillion won", "1조 5000억 원", "$1.2 billion", "W160 billion"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseAmount(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseFigure(b *testing.B) {
	for _, in := range []string{
		"an estimated 1.5 trillion won ($1.2 billion)",
		"5000만 달러(약 600억 원) 이상",
		"between $630 million and more than $1 billion",
	} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseFigure(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFormatFigure(b *testing.B) {
	f := MustParseFigureForTest("an estimated 1.5 trillion won ($1.2 billion)")
	for _, tag := range []language.Tag{language.English, language.Korean} {
		b.Run(tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if FormatFigure(f, tag) == "" {
					b.Fatal("empty")
				}
			}
		})
	}
}

// MustParseFigureForTest is ParseFigure for constants in tests.
func MustParseFigureForTest(s string) Figure {
	f, err := ParseFigure(s)
	if err != nil {
		panic(err)
	}
	return f
}

func BenchmarkFindFiguresNIS(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(nisParagraph)))
	for b.Loop() {
		if len(FindFigures(nisParagraph)) != 3 {
			b.Fatal("want 3 figures")
		}
	}
}

// englishNews and koreanNews are made-up news-like paragraphs: mostly
// prose, with a figure every few sentences and numbers that are not money.
func englishNews() []string {
	return []string{
		"Investigators said the group behind the breach had used stolen credentials to reach the exchange's hot wallets late on a Friday.",
		"The ministry declined to name the firms involved, citing an investigation that is still under way in several countries.",
		"Analysts at a blockchain research firm put the losses at about $620 million, the largest such theft of the year.",
		"In 2022 alone, 14 platforms reported attacks, and at least 3 of them have since closed; 40% of users never recovered their funds.",
		"Lawmakers in Seoul were told that the thefts came to some W1.65 trillion over five years, or roughly $1.2 billion.",
		"Officials said the proceeds were laundered through mixers and over-the-counter brokers before being cashed out in yuan.",
		"The panel's report, which runs to more than 400 pages, also lists ship-to-ship transfers of coal and refined petroleum.",
		"One estimate put the annual haul between $630 million and more than $1 billion, depending on how tokens were valued.",
		"A spokesperson said the company had frozen 400,000 ETH and was working with law enforcement to trace the rest.",
		"Security researchers noted that the attackers reused malware first seen in campaigns against defence contractors in 2019.",
	}
}

func koreanNews() []string {
	return []string{
		"정보당국은 해킹 조직이 거래소 직원의 계정을 도용해 핫월렛에 접근한 것으로 보고 있다고 밝혔다.",
		"당국은 수사가 진행 중이라는 이유로 피해 업체의 이름을 공개하지 않았다.",
		"한 분석 업체는 올해 피해액을 약 8000억원(6억2600만 달러)으로 추산했다.",
		"2022년 한 해에만 14곳이 공격을 받았고 이 중 3곳은 문을 닫았으며 이용자의 40%는 자산을 돌려받지 못했다.",
		"국회 정보위원회는 지난 5년간 피해 규모가 1조 5000억 원이 넘는다고 보고받았다.",
		"자금은 믹서와 장외 중개인을 거쳐 세탁된 뒤 위안화로 환전된 것으로 알려졌다.",
		"보고서는 400쪽이 넘는 분량으로, 석탄과 정제유의 선박 간 환적 사례도 담고 있다.",
		"일본 거래소의 피해는 480億円, 즉 4조 3천억여 원으로 집계됐다.",
		"회사 측은 이더리움 40만 개를 동결했으며 나머지를 추적하고 있다고 말했다.",
		"보안 연구자들은 공격자가 2019년 방산업체를 겨냥한 캠페인에서 처음 발견된 악성코드를 다시 썼다고 지적했다.",
	}
}

// repeatTo joins the paragraphs, over and over, to about n bytes.
func repeatTo(parts []string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkFindFigures(b *testing.B) {
	const mb = 1 << 20
	for _, bc := range []struct{ name, text string }{
		{"english-news", repeatTo(englishNews(), mb)},
		{"korean-news", repeatTo(koreanNews(), mb)},
		{"adversarial-ones", strings.Repeat("1 ", mb/2)},
		{"adversarial-dollars", strings.Repeat("$", mb)},
		{"adversarial-eok", strings.Repeat("억", mb/3)},
		{"adversarial-ranges", strings.Repeat("1~", mb/2)},
		{"adversarial-cheon", strings.Repeat("천 ", mb/4)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				FindFigures(bc.text)
			}
		})
	}
}

func BenchmarkFormat(b *testing.B) {
	won := MustNewAmount("1500000000000", KRW)
	dollars := MustNewAmount("1200000000", USD)
	for _, bc := range []struct {
		name  string
		a     Amount
		tag   language.Tag
		style Style
	}{
		{"Full/en/USD", dollars, language.English, Full},
		{"Full/ko/KRW", won, language.Korean, Full},
		{"Short/en/USD", dollars, language.English, Short},
		{"Long/en/KRW", won, language.English, Long},
		{"Long/ko/KRW", won, language.Korean, Long},
		{"Full/de/USD", dollars, language.German, Full},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if Format(bc.a, bc.tag, bc.style) == "" {
					b.Fatal("empty")
				}
			}
		})
	}
}

// nearFigures are pieces of text that start figures and then break them,
// or make FindFigures try its other readings: a qualifier with "between"
// or "from" before it (read again with other options), a qualifier before
// and after one amount, ranges chained with "to", parentheses that never
// close, signs and codes without a number, Korean units out of order.
func nearFigures() []string {
	return []string{
		"between about $1.5 billion to ", "from about $500-1.5 billion ", "between about 5억 원 이상 and ",
		"about 5억 원 이상 ", "$1 to 2 to 3 to ", "1조~2조~", "4조 3천억여 원 (약 ", "(US$ 12억 달러 ",
		"W1,000 ", "US$ ", "KRW 1 KRW ", "1억1억1억 ", "2조 원이 넘", "between about 5 and $6 ",
		"more than about $5 ", "천만 ", "$5 ($6 to $7 ", "by nearly 1.2 trillion won to ", "1.5조 원(",
	}
}

// BenchmarkFindFiguresLinear reads 1 MB of near-figures and 1 MB of
// report-like prose; ns/op divided by 1 MB is the cost per byte, which
// stays flat as the input grows only if the scan is linear.
func BenchmarkFindFiguresLinear(b *testing.B) {
	const mb = 1 << 20
	report := append(englishNews(), koreanNews()...)
	for _, bc := range []struct{ name, text string }{
		{"near-figures", repeatTo(nearFigures(), mb)},
		{"report", repeatTo(report, mb)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				FindFigures(bc.text)
			}
		})
	}
}
