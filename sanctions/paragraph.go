package sanctions

import (
	"math"
	"strconv"
	"strings"
)

// Paragraph is the operative paragraph a measure sits in, as the reference
// labels it: "8", "8 (a) (iii)", "26", "9–15" (a range a fact sheet gives),
// "21 and 13" (a pair a source cites without saying which is which).
//
// The zero Paragraph is "not seen": Known is false, Number is 0 and Label
// is empty, and it prints as "paragraph not seen". A paragraph the reference
// has not seen therefore never looks like a number; check Known before
// using Number. Paragraph is a small comparable value, safe for concurrent
// use.
type Paragraph struct {
	// Number is the operative paragraph number Label starts with: 8 for
	// "8 (a) (iii)", 9 for "9–15". It is 0 when Known is false.
	Number int
	// Label is the paragraph with its sub-paragraphs as the reference writes
	// it, without "OP": "8 (a) (iii)". It is "" when Known is false.
	Label string
	// Known is false when the reference shows the paragraph as "not seen".
	Known bool
}

// OP returns the paragraph numbered n, with no sub-paragraph: OP(8) is
// "OP 8". It is meant for the built-in data and tests.
func OP(n int) Paragraph { return Paragraph{Number: n, Label: strconv.Itoa(n), Known: true} }

// OPLabel returns the paragraph labelled label, such as "8 (a) (iii)" or
// "9–15"; Number is the leading digits of label. It returns the zero
// Paragraph (not seen) if label does not start with a number from 1 to 999
// (no resolution has more operative paragraphs) written without a leading
// zero.
func OPLabel(label string) Paragraph {
	if label == "" || label[0] == '0' {
		return Paragraph{}
	}
	n, i := 0, 0
	for i < len(label) && '0' <= label[i] && label[i] <= '9' {
		n = n*10 + int(label[i]-'0')
		i++
		if i > 3 {
			return Paragraph{}
		}
	}
	if n == 0 {
		return Paragraph{}
	}
	return Paragraph{Number: n, Label: label, Known: true}
}

// String returns "OP 8 (a) (iii)", or "paragraph not seen" for an unknown
// paragraph.
func (p Paragraph) String() string {
	if !p.Known {
		return "paragraph not seen"
	}
	return "OP " + p.Label
}

// valid reports whether p is consistent: an unknown paragraph has no number
// or label; a known one has a label that starts with its number.
func (p Paragraph) valid() bool {
	if !p.Known {
		return p.Number == 0 && p.Label == ""
	}
	return p.Number > 0 && strings.HasPrefix(p.Label, strconv.Itoa(p.Number)) && OPLabel(p.Label).Number == p.Number
}

// order is the paragraph's place in a resolution: its number, and after
// every numbered paragraph when not seen.
func (p Paragraph) order() int {
	if !p.Known {
		return math.MaxInt
	}
	return p.Number
}
