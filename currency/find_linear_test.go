package currency

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// linearParts are texts after which no figure, range, parenthesis or
// hedge continues past the ".\n" that ends each: FindFigures of their
// concatenation must be the concatenation of FindFigures of each, shifted
// by its offset.
func linearParts() []string {
	var parts []string
	for _, tt := range newsSentences() {
		parts = append(parts, tt.text)
	}
	parts = append(parts, englishNews()...)
	parts = append(parts, koreanNews()...)
	parts = append(parts, nearFigures()...)
	for i, p := range parts {
		parts[i] = p + ".\n"
	}
	return parts
}

// The figures of a long text built from parts are the figures of the
// parts, at their offsets: the scan keeps no state from one part to the
// next beyond where the last figure ended, and reading the long text
// again and again in one call would show as a time-out, not a mismatch.
func TestFindFiguresConcatenation(t *testing.T) {
	parts := linearParts()
	each := make([][]FigureMatch, len(parts))
	for i, p := range parts {
		each[i] = FindFigures(p)
	}
	for _, n := range []int{1, 7, 100} {
		t.Run(fmt.Sprintf("%d-rounds", n), func(t *testing.T) {
			var b strings.Builder
			var want []FigureMatch
			for k := range n * len(parts) {
				// A different order each round, so that every part follows
				// many others.
				i := (k*7 + k/len(parts)) % len(parts)
				off := b.Len()
				b.WriteString(parts[i])
				for _, m := range each[i] {
					m.Start += off
					m.End += off
					want = append(want, m)
				}
			}
			text := b.String()
			got := FindFigures(text)
			if len(got) != len(want) {
				t.Errorf("FindFigures of %d parts (%d bytes) found %d figures, want %d", n*len(parts), len(text), len(got), len(want))
			}
			for i := range min(len(got), len(want)) {
				if diff := cmp.Diff(want[i], got[i]); diff != "" {
					t.Fatalf("FindFigures of %d parts (%d bytes): match %d (%q) differs from the parts' (-want +got):\n%s",
						n*len(parts), len(text), i, text[got[i].Start:got[i].End], diff)
				}
			}
		})
	}
}

// FindFigures reads the numbers and words of each value a bounded number
// of times, however often it reads a start again with other options: the
// bytes its value readings span (counted, not timed) stay within twice
// the text on inputs made to make it read again, at two sizes.
func TestFindFiguresReadsBounded(t *testing.T) {
	texts := []string{"1 ", "1~", "1억1억 ", "천만 ", "1 trillion to ", "$1 to ", "US$ ", "KRW 1 KRW "}
	texts = append(texts, nearFigures()...)
	for _, p := range texts {
		for _, n := range []int{1 << 12, 1 << 16} {
			text := strings.Repeat(p, n/len(p)+1)
			var fs figureScan
			findFigures(text, &fs)
			if fs.memo.read > 2*len(text) {
				t.Errorf("FindFigures(%q × %d): value readings spanned %d bytes, want at most %d (twice the text)",
					p, n/len(p)+1, fs.memo.read, 2*len(text))
			}
		}
	}
	// The whole of near-figures, in order.
	text := repeatTo(nearFigures(), 1<<16)
	var fs figureScan
	findFigures(text, &fs)
	if fs.memo.read > 2*len(text) {
		t.Errorf("FindFigures(near-figures, %d bytes): value readings spanned %d bytes, want at most %d", len(text), fs.memo.read, 2*len(text))
	}
}
