// Package prose lays out plain text for the example programs: wrapping
// long lines under an indent and clipping cells to a width.
package prose

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Wrap writes text as lines of at most width runes (a longer single word
// stands alone), each after indent; lines after the first get two more
// spaces, so a wrapped item reads as one.
func Wrap(w io.Writer, indent, text string, width int) {
	for i, l := range Lines(text, width) {
		if i > 0 {
			l = "  " + l
		}
		fmt.Fprintln(w, indent+l)
	}
}

// Lines breaks text into lines of at most width runes at spaces; the lines
// after the first are meant to be indented by two more spaces than the
// first, and are two runes shorter to match.
func Lines(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		max := width
		if len(lines) > 0 {
			max = width - 2
		}
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > max {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Clip cuts s to at most n runes, ending in "…" when it cut.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
