package currency

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nisParagraph is the December 2022 NIS figures as quoted in DESIGN.md.
const nisParagraph = "North Korean hackers have stolen an estimated 1.5 trillion won ($1.2 billion) in virtual assets since 2017, about 800 billion won ($626 million) of it this year alone; more than 100 billion won ($78 million) came from South Korea. The UN sanctions of 2016–17 ban North Korean exports of coal, textiles and seafood and require states to repatriate North Korean workers."

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
	ms := FindFigures(nisParagraph)
	if len(ms) > 0 && (ms[0].Start != strings.Index(nisParagraph, "an estimated") || ms[0].End != strings.Index(nisParagraph, " in virtual")) {
		t.Errorf("FindFigures(NIS paragraph)[0] = [%d:%d], want the bytes of %q", ms[0].Start, ms[0].End, want[0].Text)
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

// Each match, given to ParseFigure, reads as the same figure.
func TestFindFiguresMatchesParseFigure(t *testing.T) {
	for _, text := range []string{nisParagraph, "국정원은 약 1조5000억원(12억 달러), 8000억원 이상(6억2600만 달러)"} {
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
