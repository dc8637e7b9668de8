package currency

// The numerals: digits with grouping commas, a decimal point or (before a
// scale word) a decimal comma, an exponent; English numbers spelled out
// before a scale word ("four billion", "one-point-65 billion"); English
// scale words and abbreviations; Korean units (천 백 십, 만 억 조 경) and
// their Japanese and Chinese forms (千 百 十, 万 億 兆). A value is
// collected digit by digit into a mag, which checks the bounds of
// [NewAmount] as it goes and allocates nothing; only a figure that was
// read in full becomes a decimal.

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// number is a decimal number as written. Its digits are substrings of the
// text (or, for a spelled number, a literal), so that reading one
// allocates nothing.
type number struct {
	start, end int    // the bytes of the text it was read from
	ipart      string // integer digits, maybe grouped by commas
	fpart      string // fraction digits
	exp        int    // the written exponent ("1.5e12")
	grouped    bool   // commas grouped the integer part
	frac       bool   // a decimal point or comma was written
}

// top is the power of ten just above n's highest non-zero digit, or 0 if
// n is below one: 4 for "1234", 0 for "0.5".
func (n *number) top() int {
	k := 0
	for i := 0; i < len(n.ipart); i++ {
		c := n.ipart[i]
		if c == ',' || k == 0 && c == '0' {
			continue
		}
		k++
	}
	if k > 0 {
		return max(0, k+n.exp)
	}
	for i := 0; i < len(n.fpart); i++ {
		if n.fpart[i] != '0' {
			return max(0, n.exp-i)
		}
	}
	return 0
}

// intLen is the number of integer digits written, grouping commas aside.
func (n *number) intLen() int {
	k := len(n.ipart)
	if n.grouped {
		k -= strings.Count(n.ipart, ",")
	}
	return k
}

// scanNumber reads a number at byte i: digits, optionally grouped in threes
// by commas, a fraction after a point (or after a comma, if one or two
// digits follow it and then a scale word: "$1,46 billion"), and an
// exponent. ok is false if there is no digit at i.
func scanNumber(s string, i int) (n number, ok bool) {
	if i >= len(s) || !isDigit(s[i]) {
		return n, false
	}
	n.start = i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	run := i - n.start
	// Commas group the integer part in threes, if the first group has at
	// most three digits; otherwise a comma ends the number.
	if run <= 3 {
		for i+3 < len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i+4 == len(s) || !isDigit(s[i+4])) {
			n.grouped = true
			i += 4
		}
	}
	n.ipart = s[n.start:i]
	switch {
	case i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]):
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		n.frac, n.fpart, i = true, s[i+1:j], j
	case !n.grouped && run <= 3 && i+1 < len(s) && s[i] == ',' && isDigit(s[i+1]):
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i-1 <= 2 {
			if e, _ := scaleAt(s, j); e > 0 {
				n.frac, n.fpart, i = true, s[i+1:j], j
			}
		}
	}
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
			n.exp = e
			i = j
		}
	}
	n.end = i
	return n, true
}

// spelledDigits returns the digits of an English number word from one to
// twenty, in lower case, or "".
func spelledDigits(w string) string {
	switch w {
	case "one":
		return "1"
	case "two":
		return "2"
	case "three":
		return "3"
	case "four":
		return "4"
	case "five":
		return "5"
	case "six":
		return "6"
	case "seven":
		return "7"
	case "eight":
		return "8"
	case "nine":
		return "9"
	case "ten":
		return "10"
	case "eleven":
		return "11"
	case "twelve":
		return "12"
	case "thirteen":
		return "13"
	case "fourteen":
		return "14"
	case "fifteen":
		return "15"
	case "sixteen":
		return "16"
	case "seventeen":
		return "17"
	case "eighteen":
		return "18"
	case "nineteen":
		return "19"
	case "twenty":
		return "20"
	}
	return ""
}

// spelledAt reads an English number from one to twenty written as a word
// at byte i, in any letter case, optionally with a fraction in broadcast
// style ("one-point-65", "two point 5"). The caller requires a scale word
// after it. ok is false if there is none.
func spelledAt(s string, i int) (n number, ok bool) {
	if i >= len(s) || !boundaryBefore(s, i) {
		return n, false
	}
	switch s[i] | 0x20 {
	case 'o', 't', 'f', 's', 'e', 'n':
	default:
		return n, false
	}
	// The word: 3 to 9 letters.
	j := i
	for j < len(s) && j-i < 10 && isLetter(s[j]) {
		j++
	}
	if l := j - i; l < 3 || l > 9 || !boundary(s, j) {
		return n, false
	}
	var low [9]byte
	for k := i; k < j; k++ {
		low[k-i] = s[k] | 0x20
	}
	if d := spelledDigits(string(low[:j-i])); d != "" {
		n = number{start: i, end: j, ipart: d}
		for _, p := range [...]string{"-point-", " point "} {
			k, ok := matchFold(s, j, p)
			if !ok || k >= len(s) || !isDigit(s[k]) {
				continue
			}
			e := k
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if boundary(s, e) {
				n.frac, n.fpart, n.end = true, s[k:e], e
			}
			break
		}
		return n, true
	}
	return n, false
}

// scaleAt reads an English scale after a number ending at byte i and
// returns its power of ten and the offset after it, or 0 and i. Words
// may follow a space, a hyphen ("a $5-million fine") or nothing; the
// one-letter abbreviations only nothing ("78m", "$1.2B").
func scaleAt(s string, i int) (exp int, end int) {
	j := skipSpaces(s, i)
	attached := j == i
	hyphen := attached && i < len(s) && s[i] == '-'
	if hyphen {
		j++
	}
	for _, w := range [...]struct {
		word     string
		exp      int
		attached bool // only written against the number
	}{
		{"thousand", 3, false}, {"million", 6, false}, {"billion", 9, false}, {"trillion", 12, false},
		{"mln", 6, false}, {"bln", 9, false}, {"tln", 12, false},
		{"mn", 6, false}, {"bn", 9, false}, {"tn", 12, false},
		{"k", 3, true}, {"m", 6, true}, {"b", 9, true}, {"t", 12, true},
	} {
		if w.attached && (!attached || hyphen) {
			continue
		}
		if e, ok := matchFold(s, j, w.word); ok && boundary(s, e) {
			return w.exp, e
		}
	}
	return 0, i
}

// smallUnitAt returns the power of ten of the Korean small unit (천, 백,
// 십) or its Japanese and Chinese form (千, 百, 十) at byte i, or 0; cjk
// says it is the latter, which needs a digit before it. Small units
// multiply a number inside a group of four digits; big units multiply a
// whole group.
func smallUnitAt(s string, i int) (exp int, cjk bool) {
	if i+unitLen > len(s) {
		return 0, false
	}
	switch s[i : i+unitLen] {
	case "천":
		return 3, false
	case "백":
		return 2, false
	case "십":
		return 1, false
	case "千":
		return 3, true
	case "百":
		return 2, true
	case "十":
		return 1, true
	}
	return 0, false
}

// bigUnitAt returns the power of ten of the Korean big unit (만, 억, 조, 경)
// or its Japanese and Chinese form (万 or 萬, 億, 兆) at byte i, or 0.
func bigUnitAt(s string, i int) int {
	if i+unitLen > len(s) {
		return 0
	}
	switch s[i : i+unitLen] {
	case "만", "万", "萬":
		return 4
	case "억", "億":
		return 8
	case "조", "兆":
		return 12
	case "경":
		return 16
	}
	return 0
}

// moreAt reports whether 여 ("more than", as in "5천7백여억", "4조
// 3천억여") is at byte i.
func moreAt(s string, i int) bool { return strings.HasPrefix(s[i:], "여") }

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

const unitLen = len("만") // every Korean and CJK unit is three bytes of UTF-8

// koreanStartsAt reports whether a Korean numeral part starts at byte i: a
// number with a unit against it, or a bare Korean small unit (천만).
func koreanStartsAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if isDigit(s[i]) {
		n, _ := scanNumber(s, i)
		return unitAfter(s, n.end)
	}
	e, cjk := smallUnitAt(s, i)
	return e > 0 && !cjk
}

// unitAfter reports whether a Korean or CJK unit, or 여 and a big unit,
// follows a number ending at byte i.
func unitAfter(s string, i int) bool {
	if e, _ := smallUnitAt(s, i); e > 0 || bigUnitAt(s, i) > 0 {
		return true
	}
	return moreAt(s, i) && bigUnitAt(s, i+unitLen) > 0
}

// koreanNumeral is what scanKorean read.
type koreanNumeral struct {
	end  int  // the offset after it
	lead int  // the power of ten of its first big unit, or 0
	more bool // 여 was written
}

// scanKorean reads Korean-unit groups from byte i into m: one or more
// groups, each of parts (a number or bare small unit with falling small
// units: "3천5백", "천") and an optional big unit, the big units falling
// from left to right. Parts may be apart ("1조 4천 7백억"); a group after
// the first must be below 10,000, and only the last part may have a
// fraction. prefixed says a currency came before the numeral.
func scanKorean(s string, i int, prefixed bool, m *mag) (koreanNumeral, scanErr) {
	var r koreanNumeral
	lastBig := 1 << 10
	for group := 0; ; group++ {
		type part struct {
			n     number
			small int
		}
		var parts [4]part
		np := 0
		for {
			n, ok := scanNumber(s, i)
			j := i
			if ok {
				j = n.end
			}
			small, cjk := smallUnitAt(s, j)
			if !ok {
				if small == 0 || cjk {
					break
				}
				n = number{start: j, end: j, ipart: "1"}
			}
			if np > 0 {
				if parts[np-1].n.frac {
					return r, scanErr{off: n.start, reason: "only the last Korean group may have a fraction"}
				}
				prev := parts[np-1].small
				if small >= prev {
					return r, scanErr{off: j, reason: "Korean unit %s after %s: units must get smaller", args: [2]string{unitName(small), unitName(prev)}, nargs: 2}
				}
				if n.top()+small > prev {
					return r, scanErr{off: n.start, reason: "Korean number %q is too large for its place", args: [2]string{s[n.start:n.end]}, nargs: 1}
				}
			} else if group > 0 && n.top()+small > 4 {
				return r, scanErr{off: n.start, reason: "Korean group %q is not below 10000", args: [2]string{s[n.start:n.end]}, nargs: 1}
			}
			if np == len(parts) {
				return r, scanErr{off: n.start, reason: "too many Korean units in one group"}
			}
			parts[np] = part{n, small}
			np++
			if small == 0 {
				i = j
				break
			}
			i = j + unitLen
			// The next part: against this one, or after spaces if it has
			// a unit of its own ("4천 7백억").
			k := skipSpaces(s, i)
			if k > i && !koreanStartsAt(s, k) {
				break
			}
			i = k
		}
		if np == 0 {
			return r, scanErr{off: i, reason: "no number"}
		}
		if moreAt(s, i) && bigUnitAt(s, i+unitLen) > 0 {
			r.more = true // "5천7백여억"
			i += unitLen
		}
		big := bigUnitAt(s, i)
		if big > 0 {
			if big >= lastBig {
				return r, scanErr{off: i, reason: "Korean unit %s after %s: units must get smaller", args: [2]string{unitName(big), unitName(lastBig)}, nargs: 2}
			}
			if group == 0 {
				r.lead = big
			}
			lastBig = big
			i += unitLen
		}
		for k := range np {
			m.add(&parts[k].n, parts[k].small+big)
		}
		if big == 0 || r.more {
			r.end = i
			return r, scanErr{}
		}
		if moreAt(s, i) && !unitAfter(s, i+unitLen) {
			r.more = true // "4조 3천억여"
			r.end = i + unitLen
			return r, scanErr{}
		}
		// The next group: against the unit, or after spaces.
		j := skipSpaces(s, i)
		if j >= len(s) {
			r.end = i
			return r, scanErr{}
		}
		cont := false
		if isDigit(s[j]) {
			next, _ := scanNumber(s, j)
			// A plain number after spaces belongs to the amount only if a
			// unit or currency follows it, or, after a currency sign or
			// code, if it ends a word: "1억 2017년" stops at 억, "CHF 9만
			// 9999" does not.
			cont = j == i || koreanContinues(s, next.end) || prefixed && boundary(s, next.end)
		} else if e, cjk := smallUnitAt(s, j); e > 0 && !cjk {
			// A bare small unit: "2조천억", "20억 천만".
			cont = koreanContinues(s, j+unitLen)
		}
		if !cont {
			r.end = i
			return r, scanErr{}
		}
		if parts[np-1].n.frac {
			return r, scanErr{off: j, reason: "only the last Korean group may have a fraction"}
		}
		i = j
	}
}

// koreanContinues reports whether the number ending at byte i is followed
// by a Korean unit, or by a currency word or code (after optional spaces).
func koreanContinues(s string, i int) bool {
	if unitAfter(s, i) {
		return true
	}
	j := skipSpaces(s, i)
	if _, n := wordCurrencyAt(s, j); n > 0 {
		return true
	}
	_, n, _ := codeAt(s, j, false)
	return n > 0
}

// ---- values ----

// magGuard is how many digits a mag keeps beyond the bounds on each side,
// so that the bounds rule ([checkAmount]) decides, not the array.
const (
	magGuard = 2
	magLow   = MaxFractionDigits + magGuard // d[magLow] is the digit of 10^0
	magLen   = MaxIntegerDigits + MaxFractionDigits + 2*magGuard
)

// mag is the magnitude of a value, digit by digit: d[k] is the digit of
// 10^(k-magLow). Digits beyond the array are not kept, only where they
// were, for the message. Adding allocates nothing; [mag.check] applies the
// bounds rule to the whole value.
type mag struct {
	d      [magLen]byte
	lo, hi int // the non-zero digits are within d[lo:hi]; lo >= hi when zero

	over, under bool // non-zero digits were above or below the array
	maxP, minP  int  // the highest and lowest powers of those digits
	overDigit   byte // the digit at maxP
}

// reset makes m zero, clearing only the digits that were set.
func (m *mag) reset() {
	for k := max(m.lo, 0); k < min(m.hi, magLen); k++ {
		m.d[k] = 0
	}
	m.lo, m.hi, m.over, m.under = 0, 0, false, false
}

// add adds n × 10^shift to m.
func (m *mag) add(n *number, shift int) {
	p := n.intLen() - 1 + n.exp + shift // the power of ten of the first digit
	for _, part := range [2]string{n.ipart, n.fpart} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c == ',' {
				continue
			}
			if c != '0' {
				m.put(p, c-'0')
			}
			p--
		}
	}
}

// put adds digit v at power p.
func (m *mag) put(p int, v byte) {
	k := p + magLow
	switch {
	case k < 0:
		if !m.under || p < m.minP {
			m.under, m.minP = true, p
		}
		return
	case k >= magLen:
		if !m.over || p > m.maxP {
			m.over, m.maxP, m.overDigit = true, p, v
		}
		return
	}
	if m.lo >= m.hi {
		m.lo, m.hi = k, k+1
	}
	m.lo = min(m.lo, k)
	for {
		m.hi = max(m.hi, k+1)
		m.d[k] += v
		if m.d[k] < 10 {
			return
		}
		m.d[k] -= 10
		k, v = k+1, 1
		if k == magLen {
			m.put(k-magLow, 1)
			return
		}
	}
}

// check applies the bounds rule of every reader ([checkAmount]) to m; the
// error is at offset off.
func (m *mag) check(neg bool, off int) scanErr {
	lo, hi := m.trim()
	var err error
	switch {
	case m.over:
		d := string(rune('0' + m.overDigit))
		err = checkAmount(1, int64(m.maxP), func() string { return sciString(neg, d, "", d, int64(m.maxP)) })
	case m.under:
		lead := m.minP // the highest non-zero digit
		if lo < hi {
			lead = hi - 1 - magLow
		}
		err = checkAmount(lead-m.minP+1, int64(m.minP), func() string {
			ds := m.lead(lo, hi)
			return sciString(neg, ds, "", ds, int64(lead-len(ds)+1))
		})
	case lo < hi:
		exp := int64(lo - magLow)
		err = checkAmount(hi-lo, exp, func() string {
			ds := m.lead(lo, hi)
			return sciString(neg, ds, "", ds, int64(hi-magLow)-int64(len(ds)))
		})
	}
	if err != nil {
		return scanErr{off: off, reason: "out of range", err: err}
	}
	return scanErr{}
}

// lead returns up to 13 leading digits of d[lo:hi], or "1" if there are
// none, for messages.
func (m *mag) lead(lo, hi int) string {
	var b [13]byte
	n := 0
	for k := hi - 1; k >= lo && n < len(b); k-- {
		b[n] = '0' + m.d[k]
		n++
	}
	if n == 0 {
		return "1"
	}
	return string(b[:n])
}

// trim returns the range of m's digits without leading and trailing zeros.
func (m *mag) trim() (lo, hi int) {
	lo, hi = m.lo, m.hi
	for hi > lo && m.d[hi-1] == 0 {
		hi--
	}
	for lo < hi && m.d[lo] == 0 {
		lo++
	}
	return lo, hi
}

// isZero reports whether m is zero.
func (m *mag) isZero() bool {
	for k := m.lo; k < m.hi; k++ {
		if m.d[k] != 0 {
			return false
		}
	}
	return true
}

// cmpMag compares two magnitudes: -1, 0 or +1.
func cmpMag(a, b *mag) int {
	for k := magLen - 1; k >= 0; k-- {
		switch {
		case a.d[k] < b.d[k]:
			return -1
		case a.d[k] > b.d[k]:
			return 1
		}
	}
	return 0
}

// decimal returns m as a decimal, negated if neg, with trailing zeros in
// the exponent; m must have passed check. This is the only step of reading
// that allocates.
func (m *mag) decimal(neg bool) decimal.Decimal {
	lo, hi := m.trim()
	if lo >= hi {
		return decimal.Decimal{}
	}
	exp := int32(lo - magLow)
	if hi-lo <= 18 {
		var v int64
		for k := hi - 1; k >= lo; k-- {
			v = v*10 + int64(m.d[k])
		}
		if neg {
			v = -v
		}
		return decimal.New(v, exp)
	}
	var buf [magLen + 1]byte
	b := buf[:0]
	if neg {
		b = append(b, '-')
	}
	for k := hi - 1; k >= lo; k-- {
		b = append(b, '0'+m.d[k])
	}
	v, _ := new(big.Int).SetString(string(b), 10)
	return decimal.NewFromBigInt(v, exp)
}
