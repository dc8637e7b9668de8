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
// English and Korean back to an equal Figure. Where the low end of a range
// is written without a scale word or unit and the high end would have one,
// the high end is written in [Full] ("$5.00 to $10,000,000.00"), since
// ParseFigure reads "$5 to $10 million" as readers do, as five to ten
// million. Other tags get English words with
// their locale's digits and separators, as in [Format].
//
// A range whose high end alone has an equivalent (HighEquivalent set,
// Equivalent zero: a source converted only "more than $1 billion") is
// written with that equivalent after the high end, "$630 million to more
// than $1 billion (1.2 trillion won)", so nothing is dropped; ParseFigure
// reads that text back with the equivalent as the whole figure's, as a
// reader might, so such a figure does not read back equal.
//
// The zero Figure is written as the zero Amount is: "XXX 0".
func FormatFigure(f Figure, tag language.Tag) string {
	korean := localeFor(tag).korean
	var b strings.Builder
	writeEnd := func(q Qualifier, a Amount, full bool) {
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
		if full {
			b.WriteString(Format(a, tag, Full))
		} else {
			b.WriteString(Format(a, tag, Long, MaxSignificant(significantDigits(a))))
		}
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
	writeEnd(f.Qualifier, f.Amount, false)
	if f.IsRange() {
		b.WriteString(sep)
		writeEnd(f.HighQualifier, f.High, takesScale(f.Amount, f.High, korean))
	}
	if !f.Equivalent.empty() {
		if korean {
			b.WriteString("(")
		} else {
			b.WriteString(" (")
		}
		writeEnd(f.EquivalentQualifier, f.Equivalent, false)
		if !f.HighEquivalent.empty() {
			b.WriteString(sep)
			writeEnd(f.HighEquivalentQualifier, f.HighEquivalent, takesScale(f.Equivalent, f.HighEquivalent, korean))
		}
		b.WriteString(")")
	} else if !f.HighEquivalent.empty() {
		// Only the high end has an equivalent: write it after the high
		// end, where a reader takes it as that end's. ParseFigure reads it
		// back as the equivalent of the whole figure (see above).
		if korean {
			b.WriteString("(")
		} else {
			b.WriteString(" (")
		}
		writeEnd(f.HighEquivalentQualifier, f.HighEquivalent, false)
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

// takesScale reports whether the Long forms of a range from lo to hi
// would be a low end without a scale word or unit and a high end with one:
// English writes scales from one thousand, Korean units from ten thousand.
func takesScale(lo, hi Amount, korean bool) bool {
	n := 4 // integer digits from which Long writes a scale
	if korean {
		n = 5
	}
	return intDigits(lo) < n && intDigits(hi) >= n
}

// intDigits is the number of digits of a before the decimal point.
func intDigits(a Amount) int {
	s := a.d.Abs().Truncate(0).String()
	if s == "0" {
		return 0
	}
	return len(s)
}
