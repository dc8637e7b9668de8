package currency

// The prose scanner: FindFigures walks a text once, tries the figure
// grammar of parse.go where a figure may start, and looks back a few bytes
// for the hedge and lead words before it.
//
// Why it is linear: the walk visits each offset once or jumps past it. A
// start is read at most four times (with the options at the amount, at a
// qualifier before it, without the qualifier, without "between"), but
// the values in it (numbers, scale and currency words) go through a
// memo of the last few, so the rereads only redo the separators, spaces
// and hedges between them; the memo also serves a range's high end or an
// equivalent read again as the next start after the figure failed or
// ended before it. The look-backs are bounded (24 bytes for a qualifier)
// or cross only the spaces just before the start, once per reading.

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
// prose (and Japanese or Chinese amounts such as "480億円"), in order of
// appearance, with its qualifiers, its range and the equivalent printed
// beside it in parentheses. For "an estimated 1.5 trillion won ($1.2
// billion) in virtual assets" it finds About KRW 1500000000000 (USD
// 1200000000), matching "an estimated 1.5 trillion won ($1.2 billion)".
//
// A figure is what [ParseFigure] reads, with rules that keep prose from
// turning into money:
//   - a number needs a currency beside it, so years, counts, percentages
//     and "2016–17" are not figures, nor is "400,000 ETH" (not an ISO
//     code), nor "hundreds of millions of dollars" (no number);
//   - ISO codes count only in upper case ("TRY 5", not "try 5") and, after
//     a number, only if no number follows them ("in 2022 USD 5 million"
//     is USD 5000000, not 2022 dollars); "W" is won only as [ParseAmount]
//     says;
//   - "X to Y" after "from" or "by" is a change, not a range: "rose from
//     $1 billion to $2 billion" gives two figures;
//   - a minus sign is not read.
//
// The text of each match, given to ParseFigure, gives the same Figure.
//
// FindFigures never fails: text that is not a figure is skipped. It walks
// the text once, examining each byte a bounded number of times, so its
// time is linear in the length of the text; it allocates only for the
// figures it returns, and returns nil if there is none.
func FindFigures(text string) []FigureMatch {
	var fs figureScan // reused: a failed attempt allocates nothing
	return findFigures(text, &fs)
}

// findFigures is FindFigures with the scan state given, so that a test
// can read how much the memo read.
func findFigures(text string, fs *figureScan) []FigureMatch {
	var out []FigureMatch
	fs.memo.on, fs.memo.strict = true, true
	last := 0 // the end of the previous match
	for i := 0; i < len(text); {
		// Most bytes cannot start a figure: skip them one by one (no
		// start byte is a UTF-8 continuation byte, so this never lands
		// inside a character that could).
		c := text[i]
		if startByte(c) == 0 {
			i++
			continue
		}
		if !figureCanStart(text, i) {
			i++
			if isLetter(c) {
				// No figure starts inside a word: skip the rest of it.
				for i < len(text) && isLetter(text[i]) {
					i++
				}
			}
			continue
		}
		if c == '$' || c >= utf8.RuneSelf {
			// A sign must have a number after it: "$$$$" is no figure.
			if _, n := symbolAt(text, i); n > 0 {
				if j := skipSpaces(text, i+n); j >= len(text) || !isDigit(text[j]) && !isLetter(text[j]) {
					i += n
					continue
				}
			}
		}
		o, betweenAt := optsBefore(text, i, last)
		if _, err := scanFigure(text, i, o, fs); err.failed() {
			i = skipToken(text, i)
			continue
		}
		start := i
		if o.between && fs.ranged {
			start = betweenAt
		}
		// A qualifier just before the amount, and maybe "between" (or
		// "from", "by") before it: "between about $1 billion and …".
		q, qs := prefixQualifierBefore(text, i, last)
		if q != Exact {
			o2, betweenAt2 := optsBefore(text, qs, last)
			if o2 != o {
				o = o2
				if _, err := scanFigure(text, i, o, fs); err.failed() {
					i = skipToken(text, i)
					continue
				}
			}
			start = qs
			if o.between && fs.ranged {
				start = betweenAt2
			}
			if e := fs.low.setQ(q, qs); e.failed() {
				// The qualifier before and one after the amount disagree
				// (two qualifiers): take the figure without the one before,
				// and without "between" before it. (Without "between", the
				// figure already read is the one.)
				start = i
				if o.between {
					o.between = false
					if _, err := scanFigure(text, i, o, fs); err.failed() {
						i = skipToken(text, i)
						continue
					}
				}
			}
		}
		if o.between && !fs.ranged {
			// "between" did not open a range: read again without it, so
			// that "and" is not a separator in the match.
			o.between = false
			if _, err := scanFigure(text, i, o, fs); err.failed() {
				i = skipToken(text, i)
				continue
			}
			if start < i {
				if q != Exact && fs.low.setQ(q, qs).failed() {
					start = i
				} else {
					start = qs
				}
			}
		}
		out = append(out, FigureMatch{Figure: fs.figure(), Start: start, End: fs.end})
		i, last = fs.end, fs.end
	}
	return out
}

// optsBefore returns the options for a figure at byte i: between if the
// word "between" and spaces end just before it (betweenAt is then its
// offset), noRange if "from" or "by" do, so that "X to Y" there is a
// change, not a range. The words start a word at or after floor, in any
// letter case. It walks back over the spaces once for the three words.
func optsBefore(s string, i, floor int) (o scanOpts, betweenAt int) {
	o.strict = true
	j := i
	for j > floor && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return o, 0
	}
	for _, w := range [...]string{"between", "from", "by"} {
		k := j - len(w)
		if k < floor || !boundaryBefore(s, k) {
			continue
		}
		if e, ok := matchFold(s, k, w); ok && e == j {
			if w == "between" {
				o.between, betweenAt = true, k
			} else {
				o.noRange = true
			}
		}
	}
	return o, betweenAt
}

// startBytes marks with '1' the bytes that may begin a figure: digits,
// signs and their UTF-8 lead bytes (₩ € ₹ ￦ ¥ £), letters (codes, signs
// with letters, number words) and the lead bytes of 천, 백 and 십.
const startBytes = "" +
	"0000000000000000" + "0000000000000000" + // control
	"0000100000000000" + "1111111111000000" + // space to ?: $ and digits
	"0111111111111111" + "1111111111100000" + // @ to _: A-Z
	"0111111111111111" + "1111111111100000" + // ` to DEL: a-z
	"0000000000000000" + "0000000000000000" + // continuation bytes
	"0000000000000000" + "0000000000000000" +
	"0010000000000000" + "0000000000000000" + // 0xc2: ¥ £
	"0010000000011001" + "0000000000000000" // 0xe2 (₩ € ₹…), 0xeb-0xec (백, 천, 십), 0xef (￦)

func startByte(c byte) byte { return startBytes[c] - '0' }

// figureCanStart reports whether an amount may start at byte i of prose: a
// digit that does not continue a word or a number, a currency sign or
// upper-case code, a number word ("four billion"), or a bare Korean small
// unit (천만 원).
func figureCanStart(s string, i int) bool {
	c := s[i]
	if isDigit(c) {
		if i == 0 {
			return true
		}
		p := s[i-1]
		return !(isDigit(p) || isLetter(p) || p == '.' || p == ',' || p == '_')
	}
	switch {
	case c == '$':
		return true
	case 'a' <= c && c <= 'z':
		_, ok := spelledAt(s, i)
		return ok
	case 'A' <= c && c <= 'Z':
		if _, ok := spelledAt(s, i); ok {
			return true
		}
	case c < utf8.RuneSelf:
		return false
	case c == 0xeb || c == 0xec:
		e, cjk := smallUnitAt(s, i)
		return e > 0 && !cjk && boundaryBefore(s, i)
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

// prefixQualifierBefore finds a qualifier that ends, with its spaces, just
// before byte i, starts a word and starts at or after floor. It returns
// Exact and i if there is none, else the qualifier and its offset.
func prefixQualifierBefore(s string, i, floor int) (Qualifier, int) {
	// Try each word start in the 24 bytes before i, the farthest first:
	// the longest phrase ("slightly more than ") and its spaces fit.
	for k := max(floor, i-24); k < i; k++ {
		// Hedges start with a letter, a Hangul syllable or "~".
		if c := s[k]; !(isLetter(c) && boundaryBefore(s, k) || c == '~' || c >= 0xea && c <= 0xed && boundaryBefore(s, k)) {
			continue
		}
		if q, j := prefixQualifierAt(s, k); q != Exact && j == i {
			return q, k
		}
	}
	return Exact, i
}
