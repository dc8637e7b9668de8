// Package prose lays out plain text for the example programs: wrapping
// long lines under an indent and clipping cells to a width.
package prose

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Wrap writes text as lines of at most width runes (longer single words
// stand alone), each after indent; lines after the first get two more
// spaces, so a wrapped item reads as one.
func Wrap(w io.Writer, indent, text string, width int) {
	line, cont := "", false
	for _, word := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			fmt.Fprintln(w, indent+line)
			line, cont = "", true
		}
		if line == "" && cont {
			line = "  "
		} else if line != "" {
			line += " "
		}
		line += word
	}
	if strings.TrimSpace(line) != "" {
		fmt.Fprintln(w, indent+line)
	}
}

// Clip cuts s to at most n runes, ending in "…" when it cut.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
