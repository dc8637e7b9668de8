package currency

// The lexicon of the text readers: the currency signs, codes and words,
// the hedges ("about", "more than", 약, 이상, 가량, 여), the range
// separators and the lead words, each in one table. Adding a form means
// adding a row here. The numerals (digits, scale words, Korean and CJK
// units) are in numeral.go, the grammar that puts them together in
// parse.go, the prose scanner in find.go.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- characters ----

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

// wordRune reports whether r continues a word.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return isLetter(c) || isDigit(c) || c == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

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
	return !wordRune(r)
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
	return !wordRune(r)
}

// hangulAt reports whether a Hangul syllable starts at byte i.
func hangulAt(s string, i int) bool {
	if i+3 > len(s) || s[i] < 0xea || s[i] > 0xed {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return 0xac00 <= r && r <= 0xd7a3
}

// skipHangul returns the offset after the Hangul syllables from byte i.
func skipHangul(s string, i int) int {
	for hangulAt(s, i) {
		i += 3
	}
	return i
}

// matchFold reports whether s has word at byte i, ignoring the case of the
// lower-case ASCII letters of word (upper-case letters in word match only
// themselves); a space in word matches one or more spaces in s. It returns
// the offset after the match.
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
		if c != w && !('a' <= w && w <= 'z' && c|0x20 == w) {
			return 0, false
		}
		i++
	}
	return i, true
}

// matchWord is matchFold for a whole word: it must start and end at word
// boundaries.
func matchWord(s string, i int, word string) (int, bool) {
	if !boundaryBefore(s, i) {
		return 0, false
	}
	j, ok := matchFold(s, i, word)
	if !ok || !boundary(s, j) {
		return 0, false
	}
	return j, true
}

// wordAt returns the word starting at byte i: letters and digits, or the
// single character there. A word longer than clipLen bytes is cut at a
// character boundary; messages quote it with an ellipsis.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && j-i < clipLen+4 {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !wordRune(r) {
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

// ---- currencies before the number ----

type signRow struct {
	sign string
	c    Currency
}

// letterSigns are the currency signs with letters read before a number.
// They must start a word and are matched exactly (upper case), the longest
// first where one begins another.
func letterSigns() [19]signRow {
	return [...]signRow{
		{"US $", USD}, {"US$", USD}, {"U.S.$", USD}, {"U.S. $", USD},
		{"CN¥", CNY}, {"JP¥", JPY}, {"RMB¥", CNY},
		{"CA$", code('C', 'A', 'D')}, {"C$", code('C', 'A', 'D')},
		{"AU$", code('A', 'U', 'D')}, {"A$", code('A', 'U', 'D')},
		{"HK$", code('H', 'K', 'D')}, {"NT$", code('T', 'W', 'D')},
		{"NZ$", code('N', 'Z', 'D')}, {"MX$", code('M', 'X', 'N')},
		{"SG$", code('S', 'G', 'D')}, {"S$", code('S', 'G', 'D')},
		{"R$", code('B', 'R', 'L')},
		{"W", KRW}, // only before a digit; see symbolAt
	}
}

// symbolAt returns the currency of the currency sign at byte i and its
// width, or 0 if there is none. The single-character signs are those
// golang.org/x/text gives for English and Korean where they name one
// currency ("$" is USD, "¥" JPY); the signs with letters are those of
// letterSigns. "W" for won (as some Korean English-language papers print
// it: "W160 billion") counts only against a digit; the grammar also wants a
// scale word or grouped digits after it (see scanValue).
func symbolAt(s string, i int) (Currency, int) {
	if i >= len(s) {
		return 0, 0
	}
	t := s[i:]
	switch t[0] {
	case '$':
		// "$US3 billion": Australian papers' US dollars.
		if strings.HasPrefix(t, "$US") && (len(t) == 3 || !isLetter(t[3])) {
			return USD, 3
		}
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
	if t[0] < 'A' || t[0] > 'Z' || !boundaryBefore(s, i) {
		return 0, 0
	}
	// Every sign with letters has "$" or "¥" within its first five bytes,
	// or is "W" before a digit.
	if t[0] == 'W' {
		if len(t) < 2 || !isDigit(t[1]) {
			return 0, 0
		}
	} else if !signSoon(t) {
		return 0, 0
	}
	for _, p := range letterSigns() {
		j, ok := matchFold(s, i, p.sign)
		if !ok {
			continue
		}
		if p.c == KRW && (j >= len(s) || !isDigit(s[j])) {
			continue // "W" only against a digit
		}
		return p.c, j - i
	}
	return 0, 0
}

// signSoon reports whether "$" or the lead byte of "¥" is among the
// bytes 1 to 5 of t.
func signSoon(t string) bool {
	for k := 1; k < len(t) && k < 6; k++ {
		if t[k] == '$' || t[k] == 0xc2 {
			return true
		}
	}
	return false
}

// symbolCurrency returns the currency a whole sign names, as symbolAt
// reads it, and false for any other text.
func symbolCurrency(sym string) (Currency, bool) {
	c, n := symbolAt(sym, 0)
	return c, n > 0 && n == len(sym)
}

// codeAt reads a three-letter ISO 4217 code that forms a whole word at byte
// i, or is followed by a digit ("KRW1500"); "RMB" is read as CNY. In strict
// mode (prose) only upper-case codes count. It returns the width 0 if there
// is no three-letter word there, and failed true if there is one that looks
// like a code (upper case) but is not in the ISO table.
func codeAt(s string, i int, strict bool) (c Currency, n int, failed bool) {
	if i+3 > len(s) || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) ||
		!boundaryBefore(s, i) || !boundary(s, i+3) && !isDigit(s[i+3]) {
		return 0, 0, false
	}
	upper := s[i] < 'a' && s[i+1] < 'a' && s[i+2] < 'a'
	if strict && !upper {
		return 0, 0, false
	}
	a, b, d := s[i]&^0x20, s[i+1]&^0x20, s[i+2]&^0x20
	if a == 'R' && b == 'M' && d == 'B' {
		return CNY, 3, false
	}
	c = code(a, b, d)
	if a == 'X' && b == 'X' && d == 'X' {
		return XXX, 3, false
	}
	if c == XXX || !c.Valid() {
		return 0, 0, upper
	}
	return c, 3, false
}

// ---- currencies after the number ----

type wordRow struct {
	word string
	c    Currency
}

// koreanWords are the currency words after a number in Korean, Japanese
// and Chinese text, longest first where one begins another. They need no
// word boundary after them: particles follow ("원이", "달러를").
func koreanWords() [28]wordRow {
	return [...]wordRow{
		{"북한 원", KPW}, {"북한원", KPW},
		{"원화", KRW}, {"원", KRW},
		{"미국 달러", USD}, {"미국달러", USD}, {"미 달러", USD}, {"미달러", USD},
		{"홍콩 달러", code('H', 'K', 'D')}, {"홍콩달러", code('H', 'K', 'D')},
		{"싱가포르 달러", code('S', 'G', 'D')}, {"싱가포르달러", code('S', 'G', 'D')},
		{"대만 달러", code('T', 'W', 'D')}, {"대만달러", code('T', 'W', 'D')},
		{"호주 달러", code('A', 'U', 'D')}, {"호주달러", code('A', 'U', 'D')},
		{"캐나다 달러", code('C', 'A', 'D')}, {"캐나다달러", code('C', 'A', 'D')},
		{"달러", USD},
		{"엔화", JPY}, {"엔", JPY}, {"円", JPY},
		{"위안화", CNY}, {"위안", CNY}, {"元", CNY}, {"人民币", CNY},
		{"유로화", EUR}, {"유로", EUR},
	}
}

// englishWords are the English currency words after a number, in any
// letter case, longest first where one begins another. They must end a
// word.
func englishWords() [31]wordRow {
	return [...]wordRow{
		{"north korean won", KPW}, {"south korean won", KRW}, {"korean won", KRW}, {"won", KRW},
		{"u.s. dollars", USD}, {"u.s. dollar", USD}, {"us dollars", USD}, {"us dollar", USD},
		{"american dollars", USD},
		{"singapore dollars", code('S', 'G', 'D')}, {"singapore dollar", code('S', 'G', 'D')},
		{"hong kong dollars", code('H', 'K', 'D')}, {"hong kong dollar", code('H', 'K', 'D')},
		{"new taiwan dollars", code('T', 'W', 'D')}, {"taiwan dollars", code('T', 'W', 'D')},
		{"australian dollars", code('A', 'U', 'D')}, {"australian dollar", code('A', 'U', 'D')},
		{"canadian dollars", code('C', 'A', 'D')}, {"canadian dollar", code('C', 'A', 'D')},
		{"dollars", USD}, {"dollar", USD},
		{"japanese yen", JPY}, {"yen", JPY},
		{"chinese yuan", CNY}, {"yuan renminbi", CNY}, {"yuan", CNY}, {"renminbi", CNY},
		{"euros", EUR}, {"euro", EUR},
		{"swiss francs", code('C', 'H', 'F')}, {"swiss franc", code('C', 'H', 'F')},
	}
}

// wordCurrencyAt reads a currency word after a number at byte i: English
// words (whole words, any letter case) or Korean, Japanese and Chinese ones.
func wordCurrencyAt(s string, i int) (Currency, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c >= utf8.RuneSelf {
		if c < 0xe3 || c > 0xed {
			return 0, 0 // not CJK or Hangul
		}
		for _, w := range koreanWords() {
			if j, ok := matchFold(s, i, w.word); ok {
				return w.c, j - i
			}
		}
		return 0, 0
	}
	switch s[i] | 0x20 {
	case 'n', 's', 'k', 'w', 'u', 'a', 'h', 't', 'c', 'd', 'j', 'y', 'r', 'e':
	default:
		return 0, 0
	}
	for _, w := range englishWords() {
		if j, ok := matchFold(s, i, w.word); ok && boundary(s, j) {
			return w.c, j - i
		}
	}
	return 0, 0
}

// ---- hedges ----

type hedgeRow struct {
	word string
	q    Qualifier
}

// englishHedges are the qualifiers printed before an amount in English,
// in any letter case and followed by a space; where one phrase ends
// another, the longer comes first.
func englishHedges() [31]hedgeRow {
	return [...]hedgeRow{
		{"slightly more than", MoreThan}, {"just over", MoreThan}, {"more than", MoreThan},
		{"in excess of", MoreThan}, {"upwards of", MoreThan}, {"over", MoreThan}, {"above", MoreThan},
		{"slightly less than", LessThan}, {"just under", LessThan}, {"less than", LessThan},
		{"under", LessThan}, {"below", LessThan},
		{"approximately", About}, {"approx.", About}, {"an estimated", About}, {"estimated", About},
		{"roughly", About}, {"around", About}, {"about", About}, {"some", About}, {"circa", About},
		{"up to", UpTo}, {"as much as", UpTo}, {"at most", UpTo}, {"as high as", UpTo},
		{"at least", AtLeast}, {"no less than", AtLeast},
		{"nearly", Nearly}, {"almost", Nearly}, {"close to", Nearly}, {"just shy of", Nearly},
	}
}

// koreanPrefixHedges are the qualifiers printed before an amount in
// Korean, with or without a space after them.
func koreanPrefixHedges() [7]hedgeRow {
	return [...]hedgeRow{
		{"~", About}, {"약", About}, {"대략", About},
		{"최대", UpTo}, {"최소", AtLeast}, {"적어도", AtLeast}, {"거의", Nearly},
	}
}

// koreanSuffixHedges are the qualifiers printed after an amount in Korean
// (after spaces or none): nouns and set phrases, matched exactly.
func koreanSuffixHedges() [11]hedgeRow {
	return [...]hedgeRow{
		{"이상", MoreThan}, {"남짓", MoreThan}, {"초과", MoreThan},
		{"미만", LessThan}, {"이하", UpTo},
		{"가량", About}, {"정도", About}, {"안팎", About}, {"내외", About}, {"규모", About},
		{"넘", MoreThan}, // a verb: 넘는, 넘은, 넘게, 넘어서는; see suffixQualifierAt
	}
}

// koreanVerbHedges are verb stems after an amount and an optional particle
// ("2조 원이 넘는", "3억 달러를 초과하는"): the rest of the word is their
// ending and belongs to the match.
func koreanVerbHedges() [6]hedgeRow {
	return [...]hedgeRow{
		{"넘", MoreThan}, {"초과", MoreThan}, {"웃도", MoreThan}, {"상회", MoreThan},
		{"밑도", LessThan}, {"육박", Nearly},
	}
}

// koreanParticles may stand between an amount and a verb of koreanVerbHedges.
func koreanParticles() [7]string {
	return [...]string{"이", "가", "을", "를", "은", "는", "에"}
}

// prefixQualifierAt reads a qualifier before an amount at byte i and the
// spaces after it. It returns Exact and i if there is none.
func prefixQualifierAt(s string, i int) (Qualifier, int) {
	if i >= len(s) {
		return Exact, i
	}
	if c := s[i]; c < utf8.RuneSelf && isLetter(c) {
		for _, p := range englishHedges() {
			if c|0x20 != p.word[0] {
				continue
			}
			if j, ok := matchFold(s, i, p.word); ok && spaceAt(s, j) > 0 {
				return p.q, skipSpaces(s, j)
			}
		}
		return Exact, i
	}
	for _, p := range koreanPrefixHedges() {
		if strings.HasPrefix(s[i:], p.word) {
			return p.q, skipSpaces(s, i+len(p.word))
		}
	}
	return Exact, i
}

// suffixQualifierAt reads a Korean qualifier after an amount: after
// optional spaces, a hedge of koreanSuffixHedges, or a particle and a verb
// of koreanVerbHedges with its ending. It returns Exact and i if there is
// none.
func suffixQualifierAt(s string, i int) (Qualifier, int) {
	j := skipSpaces(s, i)
	if j >= len(s) || s[j] < 0xea || s[j] > 0xed {
		return Exact, i
	}
	for _, p := range koreanSuffixHedges() {
		if strings.HasPrefix(s[j:], p.word) {
			if p.word == "넘" {
				return p.q, skipHangul(s, j+len(p.word))
			}
			return p.q, j + len(p.word)
		}
	}
	for _, pt := range koreanParticles() {
		if !strings.HasPrefix(s[j:], pt) {
			continue
		}
		k := skipSpaces(s, j+len(pt))
		for _, v := range koreanVerbHedges() {
			if strings.HasPrefix(s[k:], v.word) {
				return v.q, skipHangul(s, k+len(v.word))
			}
		}
	}
	for _, v := range koreanVerbHedges() {
		if strings.HasPrefix(s[j:], v.word) {
			return v.q, skipHangul(s, j+len(v.word))
		}
	}
	return Exact, i
}

// ---- ranges and lead words ----

// rangeSepAt reads the separator between the two ends of a range at byte i
// (after optional spaces), and the spaces after it: "-", "–", "—", "~",
// "∼", "～", "〜", " to ", and " and " when and is set ("between … and …").
// It returns i and false if there is none.
func rangeSepAt(s string, i int, and bool) (next int, ok bool) {
	j := skipSpaces(s, i)
	for _, sep := range [...]string{"-", "–", "—", "~", "∼", "～", "〜"} {
		if strings.HasPrefix(s[j:], sep) {
			return skipSpaces(s, j+len(sep)), true
		}
	}
	if j == i {
		return i, false // words need a space before them
	}
	w := "to"
	if and {
		w = "and"
	}
	if k, ok := matchFold(s, j, w); ok && spaceAt(s, k) > 0 {
		return skipSpaces(s, k), true
	}
	return i, false
}

// equivalentLeadAt skips a word that may open an equivalent in
// parentheses, naming its currency as Korean papers do ("(한화 약 13억원)",
// "(미화 5000만 달러)"), and the spaces after it.
func equivalentLeadAt(s string, i int) int {
	for _, w := range [...]string{"한화", "원화", "미화", "우리 돈", "우리돈"} {
		if strings.HasPrefix(s[i:], w) {
			return skipSpaces(s, i+len(w))
		}
	}
	return i
}

// openParenAt and closeParenAt read an opening or closing parenthesis,
// ASCII or full-width, and return its width or 0.
func openParenAt(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '(':
		return 1
	case strings.HasPrefix(s[i:], "（"):
		return len("（")
	}
	return 0
}

func closeParenAt(s string, i int) int {
	switch {
	case i < len(s) && s[i] == ')':
		return 1
	case strings.HasPrefix(s[i:], "）"):
		return len("）")
	}
	return 0
}
