package currency

import (
	"fmt"
	"strings"
)

// ParseError describes text that could not be read as an amount, a currency
// or a figure.
type ParseError struct {
	Input  string // the whole input
	Offset int    // byte offset into Input where the problem is
	Reason string // what was wrong there; it quotes at most a short word of the input
	Err    error  // an underlying sentinel such as ErrUnknownCurrency, or nil
}

// Error says what could not be parsed, at which byte, and why. A long
// input is quoted by its first 40 bytes and its length.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("currency: cannot parse ")
	b.WriteString(quote(e.Input))
	fmt.Fprintf(&b, " at byte %d: %s", e.Offset, e.Reason)
	return b.String()
}

// Unwrap returns the underlying sentinel, if any.
func (e *ParseError) Unwrap() error { return e.Err }

// scanErr is a parse failure inside the scanners, a value so that a failed
// attempt in FindFigures allocates nothing. Its reason is a format with up
// to two arguments, formatted only when it becomes a *ParseError; %q
// arguments are quoted short.
type scanErr struct {
	off    int
	reason string // empty: no error
	args   [2]string
	nargs  int
	err    error
}

func (e scanErr) failed() bool { return e.reason != "" }

func (e scanErr) toError(input string) *ParseError {
	var b strings.Builder
	k := 0
	for i := 0; i < len(e.reason); i++ {
		c := e.reason[i]
		if c == '%' && i+1 < len(e.reason) && k < e.nargs {
			switch e.reason[i+1] {
			case 'q':
				b.WriteString(quoteShort(e.args[k]))
				k, i = k+1, i+1
				continue
			case 's':
				b.WriteString(e.args[k])
				k, i = k+1, i+1
				continue
			}
		}
		b.WriteByte(c)
	}
	r := b.String()
	if re, ok := e.err.(*rangeError); ok {
		r = re.Error()
	}
	return &ParseError{Input: input, Offset: e.off, Reason: r, Err: e.err}
}

// unexpected reports the word (or character) at i as not understood.
func unexpected(s string, i int) scanErr {
	if i >= len(s) {
		return scanErr{off: i, reason: "unexpected end of text"}
	}
	return scanErr{off: i, reason: "unknown word %q", args: [2]string{wordAt(s, i)}, nargs: 1}
}

// noCurrency reports a number with no currency, naming the word after it.
func noCurrency(s string, j int) scanErr {
	if j < len(s) {
		return scanErr{off: j, reason: "no currency: unknown word %q", args: [2]string{wordAt(s, j)}, nargs: 1}
	}
	return scanErr{off: j, reason: "no currency"}
}
