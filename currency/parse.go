package currency

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// ParseAmount reads an amount of money written the way reports, press
// releases and news print it, in English or Korean, exactly: the value never
// passes through a float. Spaces around the amount are ignored.
//
// It reads:
//   - ISO codes before or after the number, in any letter case:
//     "KRW 1500000000000", "1500000000000 KRW", "USD 1,200,000,000.00",
//     "usd 78m".
//   - Currency signs before the number: "₩1,500,000,000,000", "$1.2 billion",
//     "US$78 million", "€3.5 million", "£2 million". "$" is USD and "¥"
//     alone is JPY ("CN¥" is CNY, "JP¥" JPY); the signs are those
//     [Format] writes for English and Korean (see [Format]).
//   - Currency words after the number: "1.5 trillion won", "58 billion yen",
//     "1.2 billion dollars", "1.2 billion US dollars", "100 million yuan",
//     "3.5 million euros". "won", "Korean won" and "South Korean won" are
//     KRW, "North Korean won" is KPW; "dollars" and "US dollars" are USD.
//   - English scales: the words thousand, million, billion and trillion
//     (with or without a space), and the abbreviations k, m, b and t
//     (written against the number, as in "78m" and "$1.2B") and mn, bn and
//     tn (with or without a space: "2.5 bn", "3tn"). Letter case is ignored.
//   - Korean units: 만 (10⁴), 억 (10⁸), 조 (10¹²) and 경 (10¹⁶), each after a
//     number that may itself use 천 (1,000), 백 (100) and 십 (10), as in
//     "1조 5000억 원", "1조5000억원", "5천억 원", "6억2600만 달러",
//     "1.5조 원", "₩1.5조". Units must get smaller from left to right, a
//     group after the first must be below 10,000, and only the last group
//     may have a fraction. The Korean currency words are 원 (KRW),
//     북한 원 (KPW), 달러 (USD), 엔 (JPY), 위안 (CNY) and 유로 (EUR).
//   - Digits grouped by commas in threes ("1,200,000"), a decimal point, an
//     exponent ("1.5e12 KRW") and a leading minus sign ("-$1,234.50").
//
// The result keeps every digit the text has, even beyond the currency's
// scale: "1.234 billion won" is KRW 1234000000 and "$1.2345" is USD 1.2345.
// Use [Amount.Round] to round it.
//
// ParseAmount returns a [*ParseError] giving the input, the byte offset of
// the problem and the reason if:
//   - there is no number, or no currency, or two currencies ("$5 dollars");
//   - a word is not a currency, scale or unit it knows (the error wraps
//     [ErrUnknownCurrency] for an unknown three-letter code);
//   - Korean units are out of order ("1만 5억") or a group is too large;
//   - the value has more than [MaxIntegerDigits] digits before or
//     [MaxFractionDigits] after the point (the error wraps [ErrOutOfRange]).
func ParseAmount(s string) (Amount, error) {
	i := skipSpaces(s, 0)
	a, end, perr := scanAmount(s, i, false)
	if perr != nil {
		return Amount{}, perr.toError(s)
	}
	if end = skipSpaces(s, end); end != len(s) {
		return Amount{}, unexpected(s, end).toError(s)
	}
	return a, nil
}

// MustParseAmount is like [ParseAmount] but panics if s cannot be read. It
// is meant for constants in tests and examples.
func MustParseAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// ParseFigure reads a figure as a source printed it: an optional qualifier,
// an amount as [ParseAmount] reads it, and optionally the equivalent in
// another currency in parentheses, as in
// "an estimated 1.5 trillion won ($1.2 billion)" or
// "1000억 원 이상(7800만 달러)".
//
// The qualifiers it knows, in any letter case, are:
//   - [About]: about, approximately, an estimated, estimated, roughly,
//     around, some, ~, 약;
//   - [MoreThan]: more than, slightly more than, over, above, and 이상 or
//     넘는 after the amount;
//   - [LessThan]: less than, under, below, and 미만 after the amount;
//   - [UpTo]: up to, as much as, 최대;
//   - [AtLeast]: at least, 최소;
//   - [Nearly]: nearly, almost, close to.
//
// English qualifiers and 약, 최대 and 최소 come before the amount; 이상, 넘는 and
// 미만 come after it (or after the parenthesis). The parenthesis may have
// its own qualifier ("(약 12억 달러)"): it is used if the figure has none and
// must otherwise be the same.
//
// ParseFigure returns a [*ParseError] for anything [ParseAmount] rejects in
// either amount, for two different qualifiers, and for text it cannot read
// after the figure.
func ParseFigure(s string) (Figure, error) {
	i := skipSpaces(s, 0)
	f, end, trail, perr := scanFigure(s, i, false)
	if perr != nil {
		return Figure{}, perr.toError(s)
	}
	if end = skipSpaces(s, end); end != len(s) {
		if trail != nil {
			return Figure{}, trail.toError(s)
		}
		return Figure{}, unexpected(s, end).toError(s)
	}
	return f, nil
}

// scanError is a parse failure inside the scanners. Its reason is formatted
// only when it becomes a *ParseError, because FindFigures tries and drops
// many.
type scanError struct {
	off    int
	reason string
	word   string // quoted into the reason, if any
	err    error
}

func (e *scanError) toError(input string) *ParseError {
	r := e.reason
	if e.word != "" {
		r = fmt.Sprintf(e.reason, e.word)
	}
	return &ParseError{Input: input, Offset: e.off, Reason: r, Err: e.err}
}

// unexpected reports the word (or character) at i as not understood.
func unexpected(s string, i int) *scanError {
	if i >= len(s) {
		return &scanError{off: i, reason: "unexpected end of text"}
	}
	return &scanError{off: i, reason: "unknown word %q", word: wordAt(s, i)}
}

// wordAt returns the word starting at byte i: letters and digits, or the
// single character there.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	if j == i {
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	return s[i:j]
}

// spaceAt returns the width of the space character at byte i, or 0.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\r':
		return 1
	case 0xc2: // U+00A0 no-break space
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+202F narrow no-break space, U+2009 thin space
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xaf || s[i+2] == 0x89) {
			return 3
		}
	}
	return 0
}

// skipSpaces returns the byte offset of the first non-space at or after i.
func skipSpaces(s string, i int) int {
	for {
		n := spaceAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// boundary reports whether a word may end before byte i: the end of the
// text, or a character that is neither a letter nor a digit.
func boundary(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if c := s[i]; c < utf8.RuneSelf {
		return !isLetter(c) && !isDigit(c) && c != '_'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// boundaryBefore reports whether a word may start at byte i.
func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !isLetter(c) && !isDigit(c) && c != '_'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// matchFold reports whether s has word at byte i, ignoring ASCII letter
// case; a space in word matches one or more spaces in s. It returns the
// offset after the match.
func matchFold(s string, i int, word string) (int, bool) {
	for k := 0; k < len(word); k++ {
		w := word[k]
		if w == ' ' {
			n := spaceAt(s, i)
			if n == 0 {
				return 0, false
			}
			i = skipSpaces(s, i+n)
			continue
		}
		if i >= len(s) {
			return 0, false
		}
		c := s[i]
		if c != w && !(isLetter(w) && c|0x20 == w) {
			return 0, false
		}
		i++
	}
	return i, true
}

// symbolAt returns the currency of the currency sign at byte i and its
// width, or 0 if there is none. The signs are those golang.org/x/text gives
// for English and Korean, where they name one currency; "$" is USD and "¥"
// is JPY.
func symbolAt(s string, i int) (Currency, int) {
	if i >= len(s) {
		return 0, 0
	}
	t := s[i:]
	switch t[0] {
	case '$':
		return USD, 1
	case 0xe2:
		switch {
		case strings.HasPrefix(t, "₩"):
			return KRW, len("₩")
		case strings.HasPrefix(t, "€"):
			return EUR, len("€")
		case strings.HasPrefix(t, "₹"):
			return code('I', 'N', 'R'), len("₹")
		case strings.HasPrefix(t, "₪"):
			return code('I', 'L', 'S'), len("₪")
		case strings.HasPrefix(t, "₫"):
			return code('V', 'N', 'D'), len("₫")
		case strings.HasPrefix(t, "₱"):
			return code('P', 'H', 'P'), len("₱")
		}
	case 0xef:
		if strings.HasPrefix(t, "￦") {
			return KRW, len("￦")
		}
	case 0xc2:
		switch {
		case strings.HasPrefix(t, "¥"):
			return JPY, len("¥")
		case strings.HasPrefix(t, "£"):
			return code('G', 'B', 'P'), len("£")
		}
	}
	// Letters and a sign: US$, CN¥, JP¥, CA$, A$, HK$, NT$, NZ$, MX$, R$.
	// The letters must be upper case and start a word.
	if t[0] < 'A' || t[0] > 'Z' || !boundaryBefore(s, i) {
		return 0, 0
	}
	for _, p := range [...]struct {
		sym string
		c   Currency
	}{
		{"US$", USD}, {"CN¥", CNY}, {"JP¥", JPY},
		{"CA$", code('C', 'A', 'D')}, {"A$", code('A', 'U', 'D')},
		{"HK$", code('H', 'K', 'D')}, {"NT$", code('T', 'W', 'D')},
		{"NZ$", code('N', 'Z', 'D')}, {"MX$", code('M', 'X', 'N')},
		{"R$", code('B', 'R', 'L')},
	} {
		if strings.HasPrefix(t, p.sym) {
			return p.c, len(p.sym)
		}
	}
	return 0, 0
}

// symbolCurrency returns the currency a whole sign names, as symbolAt
// reads it, and false for any other text.
func symbolCurrency(sym string) (Currency, bool) {
	c, n := symbolAt(sym, 0)
	return c, n > 0 && n == len(sym)
}

// codeAt reads a three-letter ISO 4217 code that forms a whole word at byte
// i, or is followed by a digit ("KRW1500"). In strict mode (prose) only upper-case codes count. It returns the
// width 0 if there is no three-letter word there, and an error if there is
// one that looks like a code (upper case) but is not in the ISO table.
func codeAt(s string, i int, strict bool) (Currency, int, *scanError) {
	if i+3 > len(s) || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) ||
		!boundaryBefore(s, i) || !boundary(s, i+3) && !isDigit(s[i+3]) {
		return 0, 0, nil
	}
	upper := s[i] < 'a' && s[i+1] < 'a' && s[i+2] < 'a'
	if strict && !upper {
		return 0, 0, nil
	}
	c, err := ParseCurrency(s[i : i+3])
	if err != nil {
		if upper {
			return 0, 0, &scanError{off: i, reason: "unknown currency code %q", word: s[i : i+3], err: ErrUnknownCurrency}
		}
		return 0, 0, nil
	}
	return c, 3, nil
}

// wordCurrencyAt reads a currency word after a number at byte i: English
// words (whole words, any letter case) or Korean ones.
func wordCurrencyAt(s string, i int) (Currency, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c >= utf8.RuneSelf {
		for _, w := range [...]struct {
			word string
			c    Currency
		}{
			{"북한 원", KPW}, {"북한원", KPW}, {"원", KRW}, {"달러", USD},
			{"엔", JPY}, {"위안", CNY}, {"유로", EUR},
		} {
			if j, ok := matchFold(s, i, w.word); ok {
				return w.c, j - i
			}
		}
		return 0, 0
	}
	for _, w := range [...]struct {
		word string
		c    Currency
	}{
		{"north korean won", KPW}, {"south korean won", KRW}, {"korean won", KRW}, {"won", KRW},
		{"u.s. dollars", USD}, {"u.s. dollar", USD}, {"us dollars", USD}, {"us dollar", USD},
		{"dollars", USD}, {"dollar", USD},
		{"japanese yen", JPY}, {"yen", JPY},
		{"chinese yuan", CNY}, {"yuan", CNY}, {"renminbi", CNY},
		{"euros", EUR}, {"euro", EUR},
	} {
		if j, ok := matchFold(s, i, w.word); ok && boundary(s, j) {
			return w.c, j - i
		}
	}
	return 0, 0
}

// prefixCurrencyAt reads a currency before a number: a sign, or an ISO code.
func prefixCurrencyAt(s string, i int, strict bool) (Currency, int, *scanError) {
	if c, n := symbolAt(s, i); n > 0 {
		return c, n, nil
	}
	return codeAt(s, i, strict)
}

// number is a decimal number as written: its significant digits (leading
// zeros dropped) and the power of ten of the last one.
type number struct {
	start, end int
	digits     [64]byte // significant digits, ASCII; the first min(nd, 64)
	nd         int      // significant digits seen; those beyond digits are zeros unless over
	over       bool     // a non-zero digit did not fit in digits
	exp        int      // power of ten of the last digit seen
	frac       bool     // the number has a fractional part
}

// add appends a digit.
func (n *number) add(c byte) {
	switch {
	case n.nd == 0 && c == '0':
		return
	case n.nd < len(n.digits):
		n.digits[n.nd] = c
	case c != '0':
		n.over = true
	}
	n.nd++
}

// intDigits is the number of digits of n before the decimal point.
func (n *number) intDigits() int {
	if n.nd == 0 {
		return 0
	}
	return max(0, n.nd+n.exp)
}

// scanNumber reads a number at byte i: digits, optionally grouped in threes
// by commas, a fraction after a point, and an exponent. ok is false if
// there is no digit at i.
func scanNumber(s string, i int) (n number, ok bool) {
	if i >= len(s) || !isDigit(s[i]) {
		return n, false
	}
	n.start = i
	run := 0
	for i < len(s) && isDigit(s[i]) {
		n.add(s[i])
		i++
		run++
	}
	// Commas group the integer part in threes, if the first group has at
	// most three digits; otherwise a comma ends the number.
	if run <= 3 {
		for i+3 < len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i+4 == len(s) || !isDigit(s[i+4])) {
			n.add(s[i+1])
			n.add(s[i+2])
			n.add(s[i+3])
			i += 4
		}
	}
	fracDigits := 0
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		n.frac = true
		i++
		for i < len(s) && isDigit(s[i]) {
			n.add(s[i])
			fracDigits++
			i++
		}
	}
	n.exp = -fracDigits
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		neg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			neg = s[j] == '-'
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			e := 0
			for ; j < len(s) && isDigit(s[j]); j++ {
				if e < 1_000_000 {
					e = e*10 + int(s[j]-'0')
				}
			}
			if neg {
				e = -e
			}
			n.exp += e
			i = j
		}
	}
	n.end = i
	return n, true
}

// value returns n × 10^shift, or an error wrapping ErrOutOfRange if it has
// more digits than the bounds of NewAmount allow. Trailing zeros go into
// the exponent: "1,200.00" is 12 × 10².
func (n *number) value(shift int) (decimal.Decimal, *scanError) {
	if n.nd == 0 {
		e := n.exp + shift
		if e > 0 || e < -MaxFractionDigits {
			e = 0
		}
		return decimal.New(0, int32(e)), nil
	}
	k := min(n.nd, len(n.digits))
	e := n.exp + shift + (n.nd - k)
	for k > 0 && n.digits[k-1] == '0' {
		k--
		e++
	}
	if n.over || k+e > MaxIntegerDigits {
		return decimal.Decimal{}, &scanError{off: n.start, reason: "number out of range: more than %s digits before the decimal point", word: strconv.Itoa(MaxIntegerDigits), err: ErrOutOfRange}
	}
	if -e > MaxFractionDigits {
		return decimal.Decimal{}, &scanError{off: n.start, reason: "number out of range: more than %s digits after the decimal point", word: strconv.Itoa(MaxFractionDigits), err: ErrOutOfRange}
	}
	if k <= 18 {
		var v int64
		for _, c := range n.digits[:k] {
			v = v*10 + int64(c-'0')
		}
		return decimal.New(v, int32(e)), nil
	}
	v, _ := new(big.Int).SetString(string(n.digits[:k]), 10)
	return decimal.NewFromBigInt(v, int32(e)), nil
}

// scaleAt reads an English scale after a number ending at byte i and
// returns its power of ten and the offset after it, or 0 and i.
func scaleAt(s string, i int) (exp int, end int) {
	j := skipSpaces(s, i)
	attached := j == i
	for _, w := range [...]struct {
		word     string
		exp      int
		attached bool // only written against the number
	}{
		{"thousand", 3, false}, {"million", 6, false}, {"billion", 9, false}, {"trillion", 12, false},
		{"mn", 6, false}, {"bn", 9, false}, {"tn", 12, false},
		{"k", 3, true}, {"m", 6, true}, {"b", 9, true}, {"t", 12, true},
	} {
		if w.attached && !attached {
			continue
		}
		if e, ok := matchFold(s, j, w.word); ok && boundary(s, e) {
			return w.exp, e
		}
	}
	return 0, i
}

// smallUnitAt returns the power of ten of the Korean small unit (천, 백,
// 십) at byte i, or 0. Small units multiply a number inside a group of four
// digits; big units (만, 억, 조, 경) multiply a whole group.
func smallUnitAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "천"):
		return 3
	case strings.HasPrefix(s[i:], "백"):
		return 2
	case strings.HasPrefix(s[i:], "십"):
		return 1
	}
	return 0
}

// bigUnitAt returns the power of ten of the Korean big unit at byte i, or 0.
func bigUnitAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "만"):
		return 4
	case strings.HasPrefix(s[i:], "억"):
		return 8
	case strings.HasPrefix(s[i:], "조"):
		return 12
	case strings.HasPrefix(s[i:], "경"):
		return 16
	}
	return 0
}

// unitName returns the Korean unit for a power of ten.
func unitName(exp int) string {
	switch exp {
	case 1:
		return "십"
	case 2:
		return "백"
	case 3:
		return "천"
	case 4:
		return "만"
	case 8:
		return "억"
	case 12:
		return "조"
	case 16:
		return "경"
	}
	return ""
}

const unitLen = len("만") // every Korean unit is three bytes of UTF-8

// scanKorean reads Korean-unit groups starting with the number first, whose
// next character is a unit; prefixed says a currency came before it. It returns the value and the offset after the
// last group.
func scanKorean(s string, first number, prefixed bool) (decimal.Decimal, int, *scanError) {
	var sum decimal.Decimal
	terms := 0
	lastBig := 1 << 10
	n, i := first, first.end
	for group := 0; ; group++ {
		// The parts of one group: numbers with falling small units
		// (천, 백, 십), maybe ending in a plain number.
		var parts [4]struct {
			n     number
			small int
		}
		np := 0
		for {
			small := smallUnitAt(s, i)
			if np > 0 {
				prev := parts[np-1].small
				if small >= prev {
					return decimal.Decimal{}, 0, &scanError{off: i, reason: "Korean unit %s after " + unitName(prev) + ": units must get smaller", word: unitName(small)}
				}
				if n.intDigits()+small > prev {
					return decimal.Decimal{}, 0, &scanError{off: n.start, reason: "Korean number %s is too large for its place", word: s[n.start:n.end]}
				}
			} else if group > 0 && n.intDigits()+small > 4 {
				return decimal.Decimal{}, 0, &scanError{off: n.start, reason: "Korean group %s is not below 10000", word: s[n.start:n.end]}
			}
			if np == len(parts) {
				return decimal.Decimal{}, 0, &scanError{off: n.start, reason: "too many Korean units in one group"}
			}
			parts[np].n, parts[np].small = n, small
			np++
			if small == 0 {
				break
			}
			i += unitLen
			next, ok := scanNumber(s, i)
			if !ok {
				break
			}
			if n.frac {
				return decimal.Decimal{}, 0, &scanError{off: next.start, reason: "only the last Korean group may have a fraction"}
			}
			n, i = next, next.end
		}
		big := bigUnitAt(s, i)
		if big > 0 {
			if big >= lastBig {
				return decimal.Decimal{}, 0, &scanError{off: i, reason: "Korean unit %s after " + unitName(lastBig) + ": units must get smaller", word: unitName(big)}
			}
			lastBig = big
			i += unitLen
		}
		for k := range np {
			v, err := parts[k].n.value(parts[k].small + big)
			if err != nil {
				return decimal.Decimal{}, 0, err
			}
			if terms == 0 {
				sum = v
			} else {
				sum = sum.Add(v)
			}
			terms++
		}
		if big == 0 {
			return sum, i, nil
		}
		j := skipSpaces(s, i)
		next, ok := scanNumber(s, j)
		if !ok {
			return sum, i, nil
		}
		// A plain number after spaces belongs to the amount only if a
		// unit or currency follows it, or, after a currency sign or code,
		// if it ends a word: "1억 2017년" stops at 억, "CHF 9만 9999" does not.
		if j > i && !koreanContinues(s, next.end) && !(prefixed && boundary(s, next.end)) {
			return sum, i, nil
		}
		if n.frac {
			return decimal.Decimal{}, 0, &scanError{off: next.start, reason: "only the last Korean group may have a fraction"}
		}
		n, i = next, next.end
	}
}

// koreanContinues reports whether the number ending at byte i is followed
// by a Korean unit, or by a currency word (after optional spaces).
func koreanContinues(s string, i int) bool {
	if i < len(s) && (smallUnitAt(s, i) > 0 || bigUnitAt(s, i) > 0) {
		return true
	}
	_, n := wordCurrencyAt(s, skipSpaces(s, i))
	if n > 0 {
		return true
	}
	_, n, _ = codeAt(s, skipSpaces(s, i), false)
	return n > 0
}

// scanAmount reads an amount starting at byte i. strict is for prose: ISO
// codes must be upper case and no sign is read.
func scanAmount(s string, i int, strict bool) (Amount, int, *scanError) {
	start := i
	neg := false
	if !strict {
		switch {
		case strings.HasPrefix(s[i:], "-"):
			neg, i = true, i+1
		case strings.HasPrefix(s[i:], "−"): // U+2212 minus sign
			neg, i = true, i+len("−")
		}
	}
	cur, curAt := Currency(0), -1
	c, n, err := prefixCurrencyAt(s, i, strict)
	if err != nil {
		return Amount{}, 0, err
	}
	if n > 0 {
		cur, curAt = c, i
		i = skipSpaces(s, i+n)
	}
	num, ok := scanNumber(s, i)
	if !ok {
		if i >= len(s) {
			if i == start {
				return Amount{}, 0, &scanError{off: i, reason: "empty amount"}
			}
			return Amount{}, 0, &scanError{off: i, reason: "no number"}
		}
		return Amount{}, 0, &scanError{off: i, reason: "no number: unknown word %q", word: wordAt(s, i)}
	}
	var d decimal.Decimal
	if i = num.end; i < len(s) && (smallUnitAt(s, i) > 0 || bigUnitAt(s, i) > 0) {
		d, i, err = scanKorean(s, num, curAt >= 0)
	} else {
		var exp int
		exp, i = scaleAt(s, i)
		d, err = num.value(exp)
	}
	if err != nil {
		return Amount{}, 0, err
	}
	// A currency after the number.
	j := skipSpaces(s, i)
	c, n = wordCurrencyAt(s, j)
	if n == 0 {
		c, n, err = codeAt(s, j, strict)
		if err != nil && curAt < 0 {
			return Amount{}, 0, err
		}
		// In prose, a code followed by a number starts the next amount:
		// "in 2022 USD 5 million" is not 2022 dollars.
		if strict && n > 0 {
			if k := skipSpaces(s, j+n); k < len(s) && isDigit(s[k]) {
				n = 0
			}
		}
	}
	if n > 0 {
		if curAt >= 0 {
			return Amount{}, 0, &scanError{off: j, reason: "two currencies: " + prefixText(s, curAt) + " and %s", word: s[j : j+n]}
		}
		cur, curAt = c, j
		i = j + n
	}
	if curAt < 0 {
		if j < len(s) && !strict {
			return Amount{}, 0, &scanError{off: j, reason: "no currency: unknown word %q", word: wordAt(s, j)}
		}
		return Amount{}, 0, &scanError{off: j, reason: "no currency"}
	}
	if neg {
		d = d.Neg()
	}
	return mk(d, cur), i, nil
}

// prefixText returns the currency sign or code at i, for messages.
func prefixText(s string, i int) string {
	if _, n := symbolAt(s, i); n > 0 {
		return s[i : i+n]
	}
	return s[i:min(i+3, len(s))]
}

// prefixQualifierAt reads a qualifier before an amount at byte i and the
// spaces after it. Where one phrase ends another, the longer comes first.
// It returns Exact and i if there is none.
func prefixQualifierAt(s string, i int) (Qualifier, int) {
	if i >= len(s) {
		return Exact, i
	}
	for _, p := range [...]struct {
		word string
		q    Qualifier
	}{
		{"slightly more than", MoreThan}, {"more than", MoreThan}, {"over", MoreThan}, {"above", MoreThan},
		{"less than", LessThan}, {"under", LessThan}, {"below", LessThan},
		{"approximately", About}, {"an estimated", About}, {"estimated", About},
		{"roughly", About}, {"around", About}, {"about", About}, {"some", About},
		{"up to", UpTo}, {"as much as", UpTo},
		{"at least", AtLeast},
		{"nearly", Nearly}, {"almost", Nearly}, {"close to", Nearly},
	} {
		if s[i]|0x20 != p.word[0] {
			continue
		}
		if j, ok := matchFold(s, i, p.word); ok && spaceAt(s, j) > 0 {
			return p.q, skipSpaces(s, j)
		}
	}
	for _, p := range [...]struct {
		word string
		q    Qualifier
	}{{"~", About}, {"약", About}, {"최대", UpTo}, {"최소", AtLeast}} {
		if strings.HasPrefix(s[i:], p.word) {
			return p.q, skipSpaces(s, i+len(p.word))
		}
	}
	return Exact, i
}

// prefixQualifierBefore finds a qualifier that ends, with spaces, just
// before byte i and starts a word. It returns the qualifier's offset.
func prefixQualifierBefore(s string, i int) (Qualifier, int) {
	// Try each word start in the 24 bytes before i, the farthest first:
	// the longest phrase ("slightly more than ") and its spaces fit.
	lo := max(0, i-24)
	for k := lo; k < i; k++ {
		if !utf8.RuneStart(s[k]) || !boundaryBefore(s, k) && s[k] != '~' {
			continue
		}
		if q, j := prefixQualifierAt(s, k); q != Exact && j == i {
			return q, k
		}
	}
	return Exact, i
}

// suffixQualifierAt reads a Korean qualifier after an amount: 이상, 넘는,
// 미만, after optional spaces.
func suffixQualifierAt(s string, i int) (Qualifier, int) {
	j := skipSpaces(s, i)
	for _, p := range [...]struct {
		word string
		q    Qualifier
	}{{"이상", MoreThan}, {"넘는", MoreThan}, {"미만", LessThan}} {
		if strings.HasPrefix(s[j:], p.word) {
			return p.q, j + len(p.word)
		}
	}
	return Exact, i
}

// scanFigure reads a figure at byte i. If a parenthesis after the amount
// cannot be read as an equivalent, the figure ends before it and trail says
// why.
func scanFigure(s string, i int, strict bool) (f Figure, end int, trail, err *scanError) {
	q, j := prefixQualifierAt(s, i)
	a, j, err := scanAmount(s, j, strict)
	if err != nil {
		return Figure{}, 0, nil, err
	}
	return figureAfter(s, Figure{Qualifier: q, Amount: a}, j, strict)
}

// figureAfter reads what may follow the amount of f, from byte j: a Korean
// qualifier and an equivalent in parentheses, in either order. trail is as
// for scanFigure.
func figureAfter(s string, f Figure, j int, strict bool) (_ Figure, end int, trail, err *scanError) {
	setQ := func(q2 Qualifier, at int) *scanError {
		switch {
		case q2 == Exact || q2 == f.Qualifier:
		case f.Qualifier == Exact:
			f.Qualifier = q2
		default:
			return &scanError{off: at, reason: "two qualifiers: " + f.Qualifier.String() + " and %s", word: q2.String()}
		}
		return nil
	}
	suffixed := false
	if q2, k := suffixQualifierAt(s, j); q2 != Exact {
		if err := setQ(q2, skipSpaces(s, j)); err != nil {
			return Figure{}, 0, nil, err
		}
		suffixed, j = true, k
	}
	// An equivalent in parentheses.
	if k := skipSpaces(s, j); k < len(s) && s[k] == '(' {
		eq, e, perr := scanEquivalent(s, k+1, strict)
		if perr == nil {
			if perr = setQ(eq.Qualifier, k+1); perr != nil {
				return Figure{}, 0, nil, perr
			}
			f.Equivalent = eq.Amount
			j = e
		} else {
			trail = perr
		}
	}
	if !suffixed && trail == nil {
		if q2, k := suffixQualifierAt(s, j); q2 != Exact {
			if err := setQ(q2, skipSpaces(s, j)); err != nil {
				return Figure{}, 0, nil, err
			}
			j = k
		}
	}
	return f, j, trail, nil
}

// scanEquivalent reads "qualifier? amount qualifier? )" from byte i, just
// after an opening parenthesis.
func scanEquivalent(s string, i int, strict bool) (Figure, int, *scanError) {
	q, j := prefixQualifierAt(s, skipSpaces(s, i))
	a, j, err := scanAmount(s, j, strict)
	if err != nil {
		return Figure{}, 0, err
	}
	if q2, k := suffixQualifierAt(s, j); q2 != Exact {
		if q != Exact && q != q2 {
			return Figure{}, 0, &scanError{off: skipSpaces(s, j), reason: "two qualifiers: " + q.String() + " and %s", word: q2.String()}
		}
		q, j = q2, k
	}
	j = skipSpaces(s, j)
	if j >= len(s) || s[j] != ')' {
		if j >= len(s) {
			return Figure{}, 0, &scanError{off: j, reason: "missing ) after the equivalent"}
		}
		return Figure{}, 0, &scanError{off: j, reason: "unknown word %q in the equivalent", word: wordAt(s, j)}
	}
	return Figure{Qualifier: q, Amount: a}, j + 1, nil
}
