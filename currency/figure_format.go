package currency

import (
	"strings"

	"golang.org/x/text/language"
)

// FormatFigure writes f for people reading language tag, keeping what the
// source printed: each end's qualifier, the amount, the range and the
// equivalent, at the precision the figure has: every significant digit of
// each amount, in the words of [Long] style, and no more.
// "$660.5 million" stays "$660.5 million", and the figure read from
// "약 6억6050만 달러" is "about $660.5 million" in English.
//
// English writes qualifiers before each end ("about", "more than", "up
// to", …), ranges with "to" and the equivalent in parentheses after a
// space: "about 1.5 trillion won ($1.2 billion)", "$1.3 billion to more
// than $1.5 billion". Korean writes 약, 최대, 최소 and 거의 before an end,
// 이상 and 미만 after it, ranges with "~" and the equivalent in
// parentheses against the figure: "1조 5000억 원(약 12억 달러)",
// "2억 달러~3억 달러 이상". [ParseFigure] reads what FormatFigure writes in
// English and Korean back to an equal Figure, with one exception: a range
// whose low end is written without a scale word or unit and whose high end
// with one, which ParseFigure reads as readers do, the low end taking the
// scale ("$5 to $10 million" is five to ten million). Other tags get English words with
// their locale's digits and separators, as in [Format].
//
// The zero Figure is written as the zero Amount is: "XXX 0".
func FormatFigure(f Figure, tag language.Tag) string {
	korean := localeFor(tag).korean
	var b strings.Builder
	writeEnd := func(q Qualifier, a Amount) {
		if korean {
			switch q {
			case About:
				b.WriteString("약 ")
			case UpTo:
				b.WriteString("최대 ")
			case AtLeast:
				b.WriteString("최소 ")
			case Nearly:
				b.WriteString("거의 ")
			}
		} else if q != Exact {
			b.WriteString(q.String())
			b.WriteByte(' ')
		}
		b.WriteString(Format(a, tag, Long, MaxSignificant(significantDigits(a))))
		if korean {
			switch q {
			case MoreThan:
				b.WriteString(" 이상")
			case LessThan:
				b.WriteString(" 미만")
			}
		}
	}
	sep := " to "
	if korean {
		sep = "~"
	}
	writeEnd(f.Qualifier, f.Amount)
	if f.IsRange() {
		b.WriteString(sep)
		writeEnd(f.HighQualifier, f.High)
	}
	if !f.Equivalent.empty() {
		if korean {
			b.WriteString("(")
		} else {
			b.WriteString(" (")
		}
		writeEnd(f.EquivalentQualifier, f.Equivalent)
		if !f.HighEquivalent.empty() {
			b.WriteString(sep)
			writeEnd(f.HighEquivalentQualifier, f.HighEquivalent)
		}
		b.WriteString(")")
	}
	return b.String()
}

// significantDigits is the number of digits of a from its first to its
// last non-zero digit, at least 1.
func significantDigits(a Amount) int {
	if a.d.IsZero() {
		return 1
	}
	c := a.d.Coefficient()
	s := strings.TrimRight(strings.TrimLeft(c.String(), "-"), "0")
	return max(1, len(s))
}
