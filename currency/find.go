package currency

import (
	"unicode/utf8"
)

// FigureMatch is a figure found in a text by [FindFigures]: the figure and
// the byte offsets of the text it was read from, text[Start:End].
type FigureMatch struct {
	Figure     Figure
	Start, End int
}

// FindFigures returns every figure in a paragraph of English or Korean
// prose, in order of appearance, with its qualifier and the equivalent
// printed beside it in parentheses. For "an estimated 1.5 trillion won
// ($1.2 billion) in virtual assets" it finds About KRW 1500000000000 (USD
// 1200000000), matching "an estimated 1.5 trillion won ($1.2 billion)".
//
// A figure is what [ParseFigure] reads, with two rules that keep prose
// from turning into money: a number needs a currency beside it (so years,
// counts and "2016–17" are not figures, and "hundreds of millions of
// dollars", having no number, is not one either), and ISO codes count only
// in upper case ("TRY 5", not "try 5") and, after a number, only if no
// number follows them ("in 2022 USD 5 million" is USD 5000000, not 2022
// dollars). A minus sign is not read. The text
// of each match, given to ParseFigure, gives the same Figure.
//
// FindFigures never fails: text that is not a figure is skipped. It reads
// the text once, in time linear in its length, and returns nil if there is
// no figure.
func FindFigures(text string) []FigureMatch {
	var out []FigureMatch
	for i := 0; i < len(text); {
		if !figureCanStart(text, i) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		a, j, err := scanAmount(text, i, true)
		if err != nil {
			i = skipToken(text, i)
			continue
		}
		q, start := prefixQualifierBefore(text, i)
		if n := len(out); n > 0 && start < out[n-1].End {
			q, start = Exact, i // the words before belong to the previous figure
		}
		f, end, _, err := figureAfter(text, Figure{Qualifier: q, Amount: a}, j, true)
		if err != nil {
			// The qualifier and what follows the amount disagree (two
			// qualifiers): take the figure without the qualifier before.
			start = i
			if f, end, _, err = figureAfter(text, Figure{Amount: a}, j, true); err != nil {
				i = skipToken(text, i)
				continue
			}
		}
		out = append(out, FigureMatch{Figure: f, Start: start, End: end})
		i = end
	}
	return out
}

// figureCanStart reports whether an amount may start at byte i of prose: a
// digit that does not continue a word or a number, or a currency sign or
// upper-case code.
func figureCanStart(s string, i int) bool {
	c := s[i]
	if isDigit(c) {
		if i == 0 {
			return true
		}
		p := s[i-1]
		return !(isDigit(p) || isLetter(p) || p == '.' || p == ',' || p == '_')
	}
	if !('A' <= c && c <= 'Z' || c == '$' || c >= utf8.RuneSelf) {
		return false
	}
	if _, n := symbolAt(s, i); n > 0 {
		return true
	}
	_, n, _ := codeAt(s, i, true)
	return n > 0
}

// skipToken returns the offset after the number, word or character at i,
// so that a failed attempt is not retried inside the same token.
func skipToken(s string, i int) int {
	if _, n := symbolAt(s, i); n > 0 {
		return i + n
	}
	j := i
	for j < len(s) && (isDigit(s[j]) || isLetter(s[j]) || s[j] == ',' || s[j] == '.') {
		j++
	}
	if j == i {
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	return j
}
