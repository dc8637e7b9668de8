package currency

import "unicode/utf8"

// The grammar of amounts and figures: a value is an optional sign and
// currency sign or code, a numeral (numeral.go) and a currency word or
// code after it; an end is a value with its hedges; a figure is an end, or
// two ends of a range, with an equivalent in parentheses and a hedge after
// it. The words are in lexicon.go.

// ParseAmount reads an amount of money written the way reports, press
// releases and news print it, in English, Korean, Japanese or Chinese,
// exactly: the value never passes through a float. Spaces around the
// amount are ignored.
//
// It reads:
//   - ISO codes before or after the number, in any letter case:
//     "KRW 1500000000000", "1500000000000 KRW", "USD 1,200,000,000.00",
//     "usd 78m"; "RMB" is CNY ("RMB 2 billion").
//   - Currency signs before the number: "₩1,500,000,000,000", "$1.2 billion",
//     "US$78 million", "US $400 million", "$US3 billion", "€3.5 million",
//     "£2 million", "S$1.45 billion" (Singapore dollars), "HK$", "NT$",
//     "A$", "C$" and "CA$", "NZ$". "$" alone is USD and "¥" alone JPY
//     ("CN¥" is CNY, "JP¥" JPY). "W" is won when a digit follows it and the
//     number has a scale word or grouped digits ("W160 billion",
//     "W5.2tn", "W50,000"), so that not every capital W is won.
//   - Currency words after the number: "1.5 trillion won", "58 billion yen",
//     "1.2 billion dollars", "1.2 billion US dollars", "2 billion yuan",
//     "3.5 million euros", "5 million Singapore dollars". "won", "Korean
//     won" and "South Korean won" are KRW, "North Korean won" is KPW;
//     "dollars" and "US dollars" are USD.
//   - English scales: the words thousand, million, billion and trillion
//     (after a space, a hyphen or nothing), the abbreviations k, m, b and t
//     (written against the number, as in "78m" and "$1.2B") and mn, bn,
//     tn, mln, bln and tln. Letter case is ignored. A comma followed by one
//     or two digits and a scale word is a decimal comma ("$1,46 billion" is
//     1.46 billion; "$1,460 million" is grouping).
//   - English numbers from one to twenty spelled out before a scale word,
//     with a fraction in broadcast style: "four billion yuan",
//     "one-point-65 billion dollars".
//   - Korean units: 만 (10⁴), 억 (10⁸), 조 (10¹²) and 경 (10¹⁶), each after a
//     number that may itself use 천 (1,000), 백 (100) and 십 (10), with or
//     without a digit before them and with or without spaces between the
//     parts: "1조 5000억 원", "1조5000억원", "2조천억 원", "20억 천만 달러",
//     "1조 4천 7백억 원", "1.5조 원". Units must get smaller from left to
//     right, a group after the first must be below 10,000, and only the last
//     part may have a fraction. The Japanese and Chinese units 万 (or 萬),
//     億 and 兆, and 千, 百 and 十 after a digit, are read the same way:
//     "480億円", "3千万円". The Korean currency words are 원 (KRW),
//     북한 원 (KPW), 달러 (USD; 홍콩 달러 HKD, 싱가포르 달러 SGD, …), 엔 and
//     円 (JPY), 위안 and 元 (CNY) and 유로 (EUR).
//   - Digits grouped by commas in threes ("1,200,000"), a decimal point, an
//     exponent ("1.5e12 KRW") and a leading minus sign ("-$1,234.50").
//
// The result keeps every digit the text has, even beyond the currency's
// scale: "1.234 billion won" is KRW 1234000000 and "$1.2345" is USD 1.2345.
// Use [Amount.Round] to round it.
//
// ParseAmount returns a [*ParseError] giving the input, the byte offset of
// the problem and the reason (quoting at most a short word of the input) if:
//   - there is no number, or no currency, or two currencies ("$5 dollars");
//   - a word is not a currency, scale or unit it knows (the error wraps
//     [ErrUnknownCurrency] for an unknown three-letter code), including a
//     hedge: "5천여억 원" is a figure for [ParseFigure], not an amount;
//   - Korean units are out of order ("1만 5억") or a group is too large;
//   - the value has more than [MaxIntegerDigits] digits before or
//     [MaxFractionDigits] after the point (the error wraps [ErrOutOfRange]).
func ParseAmount(s string) (Amount, error) {
	i := skipSpaces(s, 0)
	var v value
	if e := scanValue(s, i, false, &v); e.failed() {
		return Amount{}, e.toError(s)
	}
	if v.curAt < 0 {
		if i == len(s) {
			return Amount{}, scanErr{off: i, reason: "empty amount"}.toError(s)
		}
		return Amount{}, noCurrency(s, skipSpaces(s, v.end)).toError(s)
	}
	if v.more {
		return Amount{}, scanErr{off: v.moreAt, reason: "여 makes this a figure (more than the amount): use ParseFigure"}.toError(s)
	}
	if end := skipSpaces(s, v.end); end != len(s) {
		return Amount{}, unexpected(s, end).toError(s)
	}
	return v.amount(), nil
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

// ParseFigure reads a figure as a source printed it: amounts as
// [ParseAmount] reads them, with their qualifiers, as a single amount or a
// range, and optionally the equivalent in another currency in
// parentheses, as in "an estimated 1.5 trillion won ($1.2 billion)",
// "2억~3억달러", "between $630 million and more than $1 billion",
// "4조 3천억여 원" or "5000만 달러(약 600억 원) 이상".
//
// The qualifiers it knows, in any letter case, are:
//   - [About]: about, approximately, approx., an estimated, estimated,
//     roughly, around, some, circa, ~, 약, 대략; 가량, 정도, 안팎, 내외 and
//     규모 after the amount, and 대 against its currency word ("1조원대",
//     in the trillion-won range);
//   - [MoreThan]: more than, slightly more than, just over, over, above,
//     in excess of, upwards of; 이상, 남짓, 초과 and 여 after the amount
//     ("4조 3천억여 원", "5천7백여억 원"), and verbs after it with or
//     without a particle: "2조 원이 넘는", "1조 원을 넘어서는", "3억 달러를
//     초과하는";
//   - [LessThan]: less than, slightly less than, just under, under, below;
//     미만 and 밑도는 after the amount;
//   - [UpTo]: up to, as much as, as high as, at most, 최대; 이하 after it;
//   - [AtLeast]: at least, no less than, 최소, 적어도;
//   - [Nearly]: nearly, almost, close to, just shy of, 거의; 육박하는
//     after the amount.
//
// English qualifiers and the Korean ones listed first come before the
// amount; the others after it (or after the parenthesis). A qualifier
// before a range belongs to its low end, one after it to its high end.
// Inside the parentheses, a qualifier belongs to the equivalent
// ([Figure.EquivalentQualifier]); "(한화 약 13억원)" and "(US $805 million)"
// are equivalents. The parentheses may be full-width.
//
// A range is two ends joined by "-", "–", "~", "∼" or "to", or by "and"
// after "between"; one of them may leave out the currency, and a low end
// written without a scale word or unit takes the high end's, as readers
// take it: "1 trillion to 2 trillion won", "$1.3-1.5 billion",
// "$1.3-$1.5 billion", "2~3억 달러". The low end must be below the high end;
// a low end that is not, once scaled, makes the range ambiguous ("$500-1.5
// billion": $500 million or $500?), which is an error. The equivalent may
// be a range too.
//
// ParseFigure returns a [*ParseError] for anything [ParseAmount] rejects in
// any amount (except hedges), for two different qualifiers on one end, for
// a range whose ends differ in currency or are out of order, and for text
// it cannot read after the figure.
func ParseFigure(s string) (Figure, error) {
	i := skipSpaces(s, 0)
	between := false
	if j, ok := matchWord(s, i, "between"); ok && spaceAt(s, j) > 0 {
		between, i = true, skipSpaces(s, j)
	}
	var fs figureScan
	trail, e := scanFigure(s, i, scanOpts{between: between}, &fs)
	if e.failed() {
		return Figure{}, e.toError(s)
	}
	if between && !fs.ranged {
		return Figure{}, scanErr{off: fs.low.end, reason: "between needs a range: and and a high end"}.toError(s)
	}
	if end := skipSpaces(s, fs.end); end != len(s) {
		if trail.failed() {
			return Figure{}, trail.toError(s)
		}
		return Figure{}, unexpected(s, end).toError(s)
	}
	return fs.figure(), nil
}

// scanOpts says how to read: strict is for prose (ISO codes in upper case
// only, no minus sign); between says "between" came before the figure, so
// that "and" joins a range; noRange that a word before it ("from", "by")
// makes "X to Y" a change, not a range.
type scanOpts struct {
	strict, between, noRange bool
}

// value is an amount as read, before it becomes an Amount.
type value struct {
	m          mag
	neg        bool
	cur        Currency
	curAt      int // offset of the currency, or -1
	start, end int // the bytes read; end is before any spaces
	scale      int // power of ten of the leading scale word or Korean unit, or 0
	plain      bool
	num        number // the number, if plain: one number with no scale or unit
	more       bool   // 여 was written
	moreAt     int
}

func (v *value) amount() Amount { return mk(v.m.decimal(v.neg), v.cur) }

// cmpValues compares the values (am, aneg) and (bm, bneg): -1, 0 or +1.
func cmpValues(am *mag, aneg bool, bm *mag, bneg bool) int {
	sign := func(m *mag, neg bool) int {
		switch {
		case m.isZero():
			return 0
		case neg:
			return -1
		}
		return 1
	}
	sa, sb := sign(am, aneg), sign(bm, bneg)
	if sa != sb {
		if sa < sb {
			return -1
		}
		return 1
	}
	return sa * cmpMag(am, bm)
}

// scanValue reads an amount at byte i, with or without a currency (curAt
// is -1 if there is none; the caller decides). strict is for prose.
func scanValue(s string, i int, strict bool, v *value) (e scanErr) {
	v.start, v.curAt, v.neg, v.cur, v.scale, v.plain, v.more, v.moreAt = i, -1, false, 0, 0, false, false, 0
	v.m.reset()
	if !strict {
		switch {
		case i < len(s) && s[i] == '-':
			v.neg, i = true, i+1
		case len(s)-i >= len("−") && s[i:i+len("−")] == "−": // U+2212 minus sign
			v.neg, i = true, i+len("−")
		}
	}
	won := false // the currency is "W", which needs a scale or grouping
	if c, n := symbolAt(s, i); n > 0 {
		v.cur, v.curAt, won = c, i, c == KRW && s[i] == 'W'
		i = skipSpaces(s, i+n)
	} else if c, n, bad := codeAt(s, i, strict); bad {
		return scanErr{off: i, reason: "unknown currency code %q", args: [2]string{s[i : i+3]}, nargs: 1, err: ErrUnknownCurrency}
	} else if n > 0 {
		v.cur, v.curAt = c, i
		i = skipSpaces(s, i+n)
	}
	numAt := i
	num, ok := scanNumber(s, i)
	spelled := false
	if !ok {
		num, ok = spelledAt(s, i)
		spelled = ok
	}
	switch {
	case ok && !spelled && unitAfter(s, num.end),
		!ok && koreanBareAt(s, i, v.curAt >= 0):
		k, e := scanKorean(s, i, v.curAt >= 0, &v.m)
		if e.failed() {
			return e
		}
		i, v.scale, v.more = k.end, k.lead, k.more
		if v.more {
			v.moreAt = i - unitLen
		}
	case ok:
		exp, end := scaleAt(s, num.end)
		if spelled && exp == 0 {
			return scanErr{off: num.start, reason: "no number: unknown word %q", args: [2]string{wordAt(s, num.start)}, nargs: 1}
		}
		v.m.add(&num, exp)
		i, v.scale = end, exp
		v.plain, v.num = exp == 0, num
	default:
		switch {
		case i >= len(s) && i == v.start:
			return scanErr{off: i, reason: "empty amount"}
		case i >= len(s):
			return scanErr{off: i, reason: "no number"}
		}
		return scanErr{off: i, reason: "no number: unknown word %q", args: [2]string{wordAt(s, i)}, nargs: 1}
	}
	if e := v.m.check(v.neg, numAt); e.failed() {
		return e
	}
	if won && v.scale == 0 && !num.grouped {
		return scanErr{off: v.curAt, reason: "W is won only before a number with a scale word or grouped digits"}
	}
	// A currency after the number.
	j := skipSpaces(s, i)
	c, n := wordCurrencyAt(s, j)
	if n == 0 {
		var bad bool
		c, n, bad = codeAt(s, j, strict)
		if bad && v.curAt < 0 {
			return scanErr{off: j, reason: "unknown currency code %q", args: [2]string{s[j : j+3]}, nargs: 1, err: ErrUnknownCurrency}
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
		if v.curAt >= 0 {
			return scanErr{off: j, reason: "two currencies: %s and %s", args: [2]string{prefixText(s, v.curAt), s[j : j+n]}, nargs: 2}
		}
		v.cur, v.curAt = c, j
		i = j + n
	}
	v.end = i
	return scanErr{}
}

// koreanBareAt reports whether a Korean numeral with a bare small unit
// (천만, 백억) starts a word at byte i; after a currency sign it need not.
func koreanBareAt(s string, i int, prefixed bool) bool {
	e, cjk := smallUnitAt(s, i)
	return e > 0 && !cjk && (prefixed || boundaryBefore(s, i)) && koreanContinues(s, i+unitLen)
}

// prefixText returns the currency sign or code at i, for messages.
func prefixText(s string, i int) string {
	if _, n := symbolAt(s, i); n > 0 {
		return s[i : i+n]
	}
	return s[i:min(i+3, len(s))]
}

// end is one end of a figure: a value and its hedge.
type end struct {
	value
	q Qualifier
}

// setQ gives e the qualifier q read at offset at; a second, different
// one is an error.
func (e *end) setQ(q Qualifier, at int) scanErr {
	switch {
	case q == Exact || q == e.q:
	case e.q == Exact:
		e.q = q
	default:
		return scanErr{off: at, reason: "two qualifiers: %s and %s", args: [2]string{e.q.String(), q.String()}, nargs: 2}
	}
	return scanErr{}
}

// scanEnd reads an end at byte i into en: a qualifier, a value, 여 and a
// Korean qualifier after it. A value without currency is not an error
// here. memo, if not nil, remembers the values read.
func scanEnd(s string, i int, strict bool, en *end, memo *valueMemo) scanErr {
	q, j := Exact, i
	if i < len(s) {
		// A hedge starts with a letter, "~" or a Hangul syllable: the
		// digits and signs that start most ends skip the lists.
		if c := s[i]; c >= utf8.RuneSelf || isLetter(c) || c == '~' {
			q, j = prefixQualifierAt(s, i)
		}
	}
	if e := memo.scanValue(s, j, strict, &en.value); e.failed() {
		return e
	}
	en.q = q
	en.start = i
	if en.more {
		if e := en.setQ(MoreThan, en.moreAt); e.failed() {
			return e
		}
	}
	if en.curAt < 0 {
		return scanErr{} // a hedge after the number would be after the currency
	}
	// Korean "대" against the currency: "1조원대" is in the trillion-won range.
	if en.end < len(s) && s[en.end] >= 0xea && s[en.end] <= 0xed && s[en.end-1] >= 0x80 &&
		len(s)-en.end >= unitLen && s[en.end:en.end+unitLen] == "대" {
		if e := en.setQ(About, en.end); e.failed() {
			return e
		}
		en.end += unitLen
	}
	if q2, k := suffixQualifierAt(s, en.end); q2 != Exact {
		at := skipSpaces(s, en.end)
		if e := en.setQ(q2, at); e.failed() {
			return e
		}
		en.end = k
	}
	return scanErr{}
}

// joinRange makes low and high one range, or reports why not: ends of
// different currencies, or neither with one; low not below high. A plain
// low end (one number, no scale word or unit) takes the scale of a scaled
// high end, as readers do: "$1.3-1.5 billion", "$5 to $10 million",
// "2~3억 달러". If the low end so scaled is not below the high end
// ("$500-1.5 billion": $500 million? $500?), the text is ambiguous:
// ambiguous is set, so that the caller reads no figure rather than "$500".
// The end without currency takes the other's.
func joinRange(low, high *end) (ok, ambiguous bool) {
	switch {
	case low.curAt >= 0 && high.curAt >= 0 && low.cur != high.cur, low.curAt < 0 && high.curAt < 0:
		return false, false
	case low.cur == XXX && high.cur == XXX:
		return false, false // "no currency" has no ranges
	}
	lm := &low.m
	var m mag
	adopt := low.plain && high.scale > 0
	if adopt {
		m.add(&low.num, high.scale)
		if m.check(low.neg, low.start).failed() {
			return false, true
		}
		lm = &m
	}
	if cmpValues(lm, low.neg, &high.m, high.neg) >= 0 {
		return false, adopt
	}
	if adopt {
		low.m = m
	}
	if low.curAt < 0 {
		low.cur, low.curAt = high.cur, high.curAt
	}
	if high.curAt < 0 {
		high.cur, high.curAt = low.cur, low.curAt
	}
	return true, false
}

// figureScan is a figure as read.
type figureScan struct {
	low, high     end
	ranged        bool
	eq, eqHigh    end
	hasEq, eqPair bool
	end           int

	memo valueMemo // off unless FindFigures turns it on
}

// valueMemo remembers the last few values scanValue read from one text,
// by offset, so that reading a figure again with other options, or a
// range's high end again as the next figure's amount, does not read the
// bytes of its numbers and words again. Its zero value is off: every
// call reads. A memo serves one text only.
type valueMemo struct {
	on     bool
	strict bool
	next   int
	ent    [4]valueMemoEntry

	// read counts the bytes from the start of each value read (not
	// found in the memo) to where its reading stopped, for tests.
	read int
}

type valueMemoEntry struct {
	set bool
	at  int
	v   value
	e   scanErr
}

// scanValue is [scanValue] through the memo, if m is not nil and on.
func (m *valueMemo) scanValue(s string, i int, strict bool, v *value) scanErr {
	if m == nil || !m.on || strict != m.strict {
		return scanValue(s, i, strict, v)
	}
	for k := range m.ent {
		if en := &m.ent[k]; en.set && en.at == i {
			*v = en.v
			return en.e
		}
	}
	en := &m.ent[m.next]
	m.next = (m.next + 1) % len(m.ent)
	en.set, en.at = true, i
	en.e = scanValue(s, i, strict, &en.v)
	if en.e.failed() {
		m.read += max(en.e.off-i, 0)
	} else {
		m.read += en.v.end - i
	}
	*v = en.v
	return en.e
}

func (fs *figureScan) figure() Figure {
	f := Figure{Qualifier: fs.low.q, Amount: fs.low.amount()}
	if fs.ranged {
		f.HighQualifier, f.High = fs.high.q, fs.high.amount()
	}
	if fs.hasEq {
		f.EquivalentQualifier, f.Equivalent = fs.eq.q, fs.eq.amount()
		if fs.eqPair {
			f.HighEquivalentQualifier, f.HighEquivalent = fs.eqHigh.q, fs.eqHigh.amount()
		}
	}
	return f
}

// scanFigure reads a figure at byte i into fs: an end, maybe a range, an
// equivalent in parentheses and a Korean qualifier after them. If a
// parenthesis after the amount cannot be read as an equivalent, the figure
// ends before it and trail says why. fs is reused, not reset, by callers
// that try many offsets; every field it reports is set here.
func scanFigure(s string, i int, o scanOpts, fs *figureScan) (trail, e scanErr) {
	fs.ranged, fs.hasEq, fs.eqPair = false, false, false
	if e = scanEnd(s, i, o.strict, &fs.low, &fs.memo); e.failed() {
		return trail, e
	}
	last := &fs.low
	if !o.noRange {
		if k, ok := rangeSepAt(s, fs.low.end, o.between); ok {
			if e := scanEnd(s, k, o.strict, &fs.high, &fs.memo); !e.failed() {
				ok, ambiguous := joinRange(&fs.low, &fs.high)
				if ambiguous {
					return trail, scanErr{off: fs.low.start, reason: "ambiguous range: the low end has no scale word, and with the high end's it is not below it"}
				}
				if ok {
					fs.ranged, last = true, &fs.high
				}
			}
		}
	}
	if fs.low.curAt < 0 {
		return trail, noCurrency(s, skipSpaces(s, fs.low.end))
	}
	j := last.end
	// An equivalent in parentheses.
	if k := skipSpaces(s, j); openParenAt(s, k) > 0 {
		pair, after, perr := scanEquivalent(s, k+openParenAt(s, k), o.strict, &fs.eq, &fs.eqHigh, &fs.memo)
		if perr.failed() {
			trail = perr
		} else {
			fs.hasEq, fs.eqPair = true, pair
			j = after
			// A Korean qualifier after the parenthesis belongs to the
			// amount (the last end): "5000만 달러(약 600억 원) 이상".
			if q2, k := suffixQualifierAt(s, j); q2 != Exact {
				at := skipSpaces(s, j)
				if e := last.setQ(q2, at); e.failed() {
					return trail, e
				}
				j = k
			}
		}
	}
	fs.end = j
	return trail, scanErr{}
}

// scanEquivalent reads "lead? end (separator end)? )" from byte i, just
// after an opening parenthesis, into eq and eqHigh, and returns the offset
// after the closing one.
func scanEquivalent(s string, i int, strict bool, eq, eqHigh *end, memo *valueMemo) (pair bool, after int, e scanErr) {
	i = equivalentLeadAt(s, skipSpaces(s, i))
	if e = scanEnd(s, i, strict, eq, memo); e.failed() {
		return false, 0, e
	}
	j := eq.end
	if k, ok := rangeSepAt(s, j, false); ok {
		if e := scanEnd(s, k, strict, eqHigh, memo); !e.failed() {
			ok, ambiguous := joinRange(eq, eqHigh)
			if ambiguous {
				return false, 0, scanErr{off: eq.start, reason: "ambiguous range: the low end has no scale word, and with the high end's it is not below it"}
			}
			if ok {
				pair, j = true, eqHigh.end
			}
		}
	}
	if eq.curAt < 0 {
		return false, 0, noCurrency(s, skipSpaces(s, eq.end))
	}
	if eq.cur == XXX {
		return false, 0, scanErr{off: eq.curAt, reason: "an equivalent needs a currency, not XXX"}
	}
	j = skipSpaces(s, j)
	n := closeParenAt(s, j)
	if n == 0 {
		if j >= len(s) {
			return false, 0, scanErr{off: j, reason: "missing ) after the equivalent"}
		}
		return false, 0, scanErr{off: j, reason: "unknown word %q in the equivalent", args: [2]string{wordAt(s, j)}, nargs: 1}
	}
	return pair, j + n, scanErr{}
}
