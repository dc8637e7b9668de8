// Package prose lays out plain text for the example programs: lines
// wrapped under an indent, digits grouped, counts with their nouns, and
// money as the sources printed it.
package prose

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Wrap writes text as lines of at most width runes, indent included,
// breaking at spaces (a word too long for a line stands alone on it). The
// lines after the first get two more spaces of indent, so that a wrapped
// item reads as one.
func Wrap(w io.Writer, indent, text string, width int) {
	Hang(w, indent, indent+"  ", text, width)
}

// Hang writes text as lines of at most width runes, prefixes included: the
// first line after first, the others after rest. It lays out a table row
// whose last cell is long: first holds the other cells, rest as many
// spaces. A word too long for a line stands alone on it; blank text writes
// nothing.
func Hang(w io.Writer, first, rest, text string, width int) {
	prefix := first
	line := ""
	flush := func() {
		fmt.Fprintln(w, prefix+line)
		prefix, line = rest, ""
	}
	for _, word := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(prefix)+utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			flush()
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		flush()
	}
}

// Row writes a table row whose last cell is long: first holds the other
// cells, and text wraps under itself two spaces past them ([Hang] with as
// many spaces as first has runes, plus two).
func Row(w io.Writer, first, text string, width int) {
	Hang(w, first, strings.Repeat(" ", utf8.RuneCountInString(first)+2), text, width)
}

// Number writes d with every digit it has and its integer digits grouped
// in threes: "53,495,894.00", "1,000,866", "-1,250.5".
func Number(d decimal.Decimal) string {
	s := d.String()
	if e := d.Exponent(); e < 0 {
		s = d.StringFixed(-e) // keep trailing zeros: "53495894.00"
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	ip, fp, dot := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if dot {
		b.WriteByte('.')
		b.WriteString(fp)
	}
	return b.String()
}

// Count writes n with its noun, singular or plural: "1 exemption",
// "2 exemptions", "0 incidents".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
