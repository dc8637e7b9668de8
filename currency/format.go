package currency

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	xnumber "golang.org/x/text/number"
)

// Style is the form [Format] writes an amount in.
type Style uint8

// The styles. The zero Style is unknown; [Format] writes it as Full. New
// values are only appended.
const (
	// Full writes every digit, grouped, with the currency's scale or more:
	// "₩1,500,000,000,000", "$1,200,000,000.00", "-$1,234.50".
	Full Style = iota + 1
	// Short writes the compact form with a currency sign: "₩1.5T", "$1.2B",
	// "$626M"; in Korean "₩1.5조", "US$12억".
	Short
	// Long writes the compact form with words: "1.5 trillion won",
	// "$1.2 billion", "58 billion yen"; in Korean "1조 5000억 원",
	// "12억 달러", "6억 2600만 달러".
	Long
)

const numStyles = 4

// String returns the style's name, such as "Short"; the zero Style and
// unknown values print as "Style(N)".
func (s Style) String() string {
	switch s {
	case Full:
		return "Full"
	case Short:
		return "Short"
	case Long:
		return "Long"
	}
	return fmt.Sprintf("Style(%d)", s)
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (s Style) MarshalText() ([]byte, error) {
	if s == 0 || s >= numStyles {
		return nil, fmt.Errorf("currency: cannot marshal invalid %v", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the names
// String returns for Full, Short and Long.
func (s *Style) UnmarshalText(text []byte) error {
	for v := Full; v < numStyles; v++ {
		if string(text) == v.String() {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("currency: unknown style %s", quote(string(text)))
}

// FormatOption changes how [Format] writes an amount. The zero
// FormatOption changes nothing.
type FormatOption struct {
	maxSig int
}

// DefaultSignificant is the number of significant digits Short and Long
// keep unless [MaxSignificant] says otherwise.
const DefaultSignificant = 3

// MaxSignificant makes Short and Long keep up to n significant digits
// instead of [DefaultSignificant]. n below 1 keeps the default; n above
// 60 is taken as 60, enough for every digit of an amount within the
// bounds of [NewAmount].
func MaxSignificant(n int) FormatOption {
	return FormatOption{maxSig: min(n, MaxIntegerDigits+MaxFractionDigits)}
}

// Format writes a for people reading language tag, in the given style.
//
// Full writes every digit the amount has (at least its currency's scale:
// "$1,200,000,000.00"), grouped, and never rounds: [ParseAmount] reads it
// back to an equal Amount for English and Korean.
//
// Short and Long follow CLDR's compact decimal rules (Unicode TR35): the
// value is rounded to [DefaultSignificant] significant digits (or as many
// as [MaxSignificant] sets), half to even; then the largest magnitude not
// above the rounded value is picked (thousand, million, billion, trillion
// in English: K, M, B, T; 천, 만, 억, 조 in Korean Short); the number is
// scaled and its trailing zeros trimmed, so there is never a
// "1.0 trillion". If rounding would carry the value past the bounds of
// [NewAmount] (thirty nines round to 10^30), more digits are kept, so that
// ParseAmount reads every Short and Long form back. Korean Long writes the rounded value in groups of four
// digits with 조, 억 and 만 and no grouping commas: "1조 5000억 원". An amount
// whose magnitude is below one thousand is written in full in every style,
// with the currency's scale: "$12.50", "500 won". ParseAmount reads Short
// and Long back to the rounded value.
//
// Currency signs come from golang.org/x/text/currency for tag (₩, $, €,
// ¥, CN¥; US$ and JP¥ in Korean). A sign is used only if ParseAmount reads
// it back as the same currency; otherwise, and for currencies without a
// sign, the ISO code and a space are written: "KPW 1,500", "CHF 12.50".
// English Long writes won, North Korean won, yen and yuan as words after
// the number, other currencies with their sign; Korean Long writes 원,
// 북한 원, 달러, 엔, 위안 and 유로.
//
// Tags other than English and Korean get English words and signs with the
// digits, decimal and grouping separators and minus sign of the tag's
// locale, from golang.org/x/text ("$1.200.000.000,00" in German,
// "₩9,99,50,00,00,000" in Hindi). Finding those costs a few microseconds a
// call; [language.English], [language.AmericanEnglish], [language.Korean],
// [language.BritishEnglish] and [language.Und] are built in and fast.
//
// The zero Style, and unknown styles, are written as Full.
func Format(a Amount, tag language.Tag, style Style, opts ...FormatOption) string {
	maxSig := DefaultSignificant
	for _, o := range opts {
		if o.maxSig >= 1 {
			maxSig = o.maxSig
		}
	}
	loc := localeFor(tag)
	var buf [128]byte
	b := buf[:0]

	neg := a.d.Sign() < 0
	digits := a.d.StringFixed(a.places())
	if neg {
		digits = digits[1:] // the "-"
	}
	intp, frac, _ := strings.Cut(digits, ".")

	if neg {
		b = append(b, loc.minus...)
	}
	compact := style == Short || style == Long
	word := "" // a currency word after the number, instead of a sign before it
	if style == Long {
		word = longWord(a.c, loc.korean)
	}
	if word == "" {
		b = appendSymbol(b, tag, a.c, &loc)
	}
	if !compact || len(intp) < 4 {
		b = appendNumber(b, intp, frac, &loc, !compact)
	} else {
		var rbuf [80]byte
		ri, rf := roundSignificant(rbuf[:0], intp, frac, maxSig)
		// Rounding must not carry past the bounds ParseAmount reads
		// (thirty nines would round to 10^30): keep more digits instead.
		for n := maxSig + 1; len(ri) > MaxIntegerDigits && n <= MaxIntegerDigits+MaxFractionDigits; n++ {
			ri, rf = roundSignificant(rbuf[:0], intp, frac, n)
		}
		switch {
		case style == Long && loc.korean:
			b = appendKoreanGroups(b, ri, rf, &loc)
		case style == Long:
			k := englishMagnitude(len(ri))
			b = appendScaled(b, ri, rf, k, &loc)
			b = append(b, ' ')
			b = append(b, englishScaleWord(k)...)
		case loc.korean:
			k := koreanMagnitude(len(ri))
			b = appendScaled(b, ri, rf, k, &loc)
			b = append(b, unitName(k)...)
		default:
			k := englishMagnitude(len(ri))
			b = appendScaled(b, ri, rf, k, &loc)
			b = append(b, "KMBT"[k/3-1])
		}
	}
	if word != "" {
		b = append(b, ' ')
		b = append(b, word...)
	}
	return string(b)
}

// englishMagnitude is the power of ten of the largest English magnitude
// (thousand to trillion) not above a number with n integer digits, n ≥ 4.
func englishMagnitude(n int) int {
	return min(3*((n-1)/3), 12)
}

func englishScaleWord(k int) string {
	switch k {
	case 3:
		return "thousand"
	case 6:
		return "million"
	case 9:
		return "billion"
	}
	return "trillion"
}

// koreanMagnitude is the power of ten of the largest Korean Short unit
// (천, 만, 억, 조) not above a number with n integer digits, n ≥ 4.
func koreanMagnitude(n int) int {
	switch {
	case n > 12:
		return 12
	case n > 8:
		return 8
	case n > 4:
		return 4
	}
	return 3
}

// longWord is the currency's word in Long style, written after the number,
// or "" for a currency written with its sign.
func longWord(c Currency, korean bool) string {
	if korean {
		switch c {
		case KRW:
			return "원"
		case KPW:
			return "북한 원"
		case USD:
			return "달러"
		case JPY:
			return "엔"
		case CNY:
			return "위안"
		case EUR:
			return "유로"
		}
		return ""
	}
	switch c {
	case KRW:
		return "won"
	case KPW:
		return "North Korean won"
	case JPY:
		return "yen"
	case CNY:
		return "yuan"
	}
	return ""
}

// roundSignificant rounds the digits intp.frac (intp without leading
// zeros, at least four digits) to n significant digits, half to even,
// working in dst. It returns the integer digits, which may be one more
// than before, and the fraction digits left, if any.
func roundSignificant(dst []byte, intp, frac string, n int) ([]byte, []byte) {
	all := append(append(dst, intp...), frac...)
	l := len(intp)
	if n >= len(all) {
		return all[:l], all[l:]
	}
	up := false
	switch d := all[n]; {
	case d > '5':
		up = true
	case d == '5':
		up = all[n-1]%2 == 1 // '1' is odd
		for _, c := range all[n+1:] {
			if c != '0' {
				up = true
				break
			}
		}
	}
	all = all[:n]
	if up {
		k := n - 1
		for ; k >= 0 && all[k] == '9'; k-- {
			all[k] = '0'
		}
		if k >= 0 {
			all[k]++
		} else {
			all = append(all[:1], all...)
			all[0] = '1'
			l++
			n++
		}
	}
	if n >= l {
		return all[:l], all[l:n]
	}
	for len(all) < l {
		all = append(all, '0')
	}
	return all, nil
}

// appendScaled appends intp.frac divided by 10^k, trailing zeros trimmed.
func appendScaled(b, intp, frac []byte, k int, loc *locale) []byte {
	head, tail := intp[:len(intp)-k], intp[len(intp)-k:]
	b = loc.appendDigits(b, head)
	end := len(frac)
	for end > 0 && frac[end-1] == '0' {
		end--
	}
	if end == 0 {
		t := len(tail)
		for t > 0 && tail[t-1] == '0' {
			t--
		}
		tail = tail[:t]
	}
	if len(tail)+end == 0 {
		return b
	}
	b = append(b, loc.decimal...)
	b = loc.appendDigits(b, tail)
	return loc.appendDigits(b, frac[:end])
}

// appendKoreanGroups appends intp.frac in groups of four digits with 만, 억,
// 조 and 경, skipping zero groups: "1조 5000억". Digits above 경 stay in its
// group. A fraction, trimmed of trailing zeros, follows the last group.
func appendKoreanGroups(b, intp, frac []byte, loc *locale) []byte {
	end := len(frac)
	for end > 0 && frac[end-1] == '0' {
		end--
	}
	first := true
	for g := min((len(intp)-1)/4, 4); g >= 0; g-- {
		hi := len(intp) - 4*g
		lo := max(0, hi-4)
		if g == 4 {
			lo = 0 // digits above 경 stay in its group
		}
		grp := intp[lo:hi]
		for len(grp) > 1 && grp[0] == '0' {
			grp = grp[1:]
		}
		withFrac := g == 0 && end > 0
		if !withFrac && len(grp) == 1 && grp[0] == '0' {
			continue
		}
		if !first {
			b = append(b, ' ')
		}
		first = false
		b = loc.appendDigits(b, grp)
		if withFrac {
			b = append(b, loc.decimal...)
			b = loc.appendDigits(b, frac[:end])
		}
		b = append(b, unitName(4*g)...)
	}
	return b
}

// appendNumber appends intp.frac, with grouping separators if grouped.
func appendNumber(b []byte, intp, frac string, loc *locale, grouped bool) []byte {
	n := len(intp)
	for i := 0; i < n; i++ {
		if grouped && i > 0 && loc.primary > 0 {
			left := n - i // digits from here to the end
			if left == loc.primary || left > loc.primary && (left-loc.primary)%loc.secondary == 0 {
				b = append(b, loc.group...)
			}
		}
		b = loc.appendDigit(b, intp[i])
	}
	if frac != "" {
		b = append(b, loc.decimal...)
		for i := 0; i < len(frac); i++ {
			b = loc.appendDigit(b, frac[i])
		}
	}
	return b
}

// appendSymbol appends the sign of c for tag, or its ISO code and a space.
func appendSymbol(b []byte, tag language.Tag, c Currency, loc *locale) []byte {
	if loc.fastSym {
		if s := fastSymbol(c, loc.korean); s != "" {
			return append(b, s...)
		}
	}
	if c != XXX && c.Valid() {
		st := symbolState{tag: tag}
		xcurrency.Symbol(c.Unit()).Format(&st, 'v')
		if got, ok := symbolCurrency(string(st.buf)); ok && got == c {
			return append(b, st.buf...)
		}
	}
	b = append(b, c.String()...)
	return append(b, ' ')
}

// fastSymbol returns the signs golang.org/x/text gives the library's named
// currencies in en, en-US and ko, without a lookup; a test checks them
// against x/text. It returns "" for other currencies.
func fastSymbol(c Currency, korean bool) string {
	switch c {
	case KRW:
		return "₩"
	case USD:
		if korean {
			return "US$"
		}
		return "$"
	case JPY:
		if korean {
			return "JP¥"
		}
		return "¥"
	case CNY:
		return "CN¥"
	case EUR:
		return "€"
	}
	return ""
}

// symbolState is the fmt.State, with a language, that the formatters of
// golang.org/x/text/currency write a sign into.
type symbolState struct {
	buf []byte
	tag language.Tag
}

func (s *symbolState) Write(p []byte) (int, error) {
	s.buf = append(s.buf, p...)
	return len(p), nil
}
func (s *symbolState) Width() (int, bool)     { return 0, false }
func (s *symbolState) Precision() (int, bool) { return 0, false }
func (s *symbolState) Flag(int) bool          { return false }
func (s *symbolState) Language() language.Tag { return s.tag }

// locale holds the number symbols of a language.
type locale struct {
	fast               bool // ASCII digits, "," and ".", groups of three
	fastSym            bool // en, en-US or ko: the signs of fastSymbol
	korean             bool // Korean words and units
	digits             [10]string
	group, decimal     string
	minus              string
	primary, secondary int // grouping sizes; primary 0 is no grouping
}

func (l *locale) appendDigit(b []byte, c byte) []byte {
	if l.fast {
		return append(b, c)
	}
	return append(b, l.digits[c-'0']...)
}

func (l *locale) appendDigits(b, ds []byte) []byte {
	if l.fast {
		return append(b, ds...)
	}
	for _, c := range ds {
		b = append(b, l.digits[c-'0']...)
	}
	return b
}

// localeFor returns the number symbols of tag. English and Korean are
// built in (a test checks them against golang.org/x/text); other tags are
// read from x/text by formatting two probe integers.
func localeFor(tag language.Tag) locale {
	ascii := locale{fast: true, group: ",", decimal: ".", minus: "-", primary: 3, secondary: 3}
	switch tag {
	case language.English, language.AmericanEnglish:
		ascii.fastSym = true
		return ascii
	case language.Korean:
		ascii.fastSym, ascii.korean = true, true
		return ascii
	case language.BritishEnglish, language.Und:
		return ascii
	}
	base, _ := tag.Base()
	l, ok := probeLocale(tag)
	if !ok {
		l = ascii
	}
	l.korean = base.String() == "ko"
	return l
}

// probeLocale reads the digits and separators x/text uses for tag from
// its formatting of 1234567890 with one decimal (the digits 1 to 9, 0 and
// a fractional 0) and of -1. The probes are integers.
func probeLocale(tag language.Tag) (locale, bool) {
	p := message.NewPrinter(tag)
	s := p.Sprint(xnumber.Decimal(1234567890, xnumber.Scale(1)))
	var l locale
	var seps []string
	var runs []int
	digit, run, sepStart := 0, 0, -1
	for i, r := range s {
		if !unicode.IsDigit(r) {
			if sepStart < 0 {
				sepStart = i
			}
			continue
		}
		if sepStart >= 0 {
			if digit == 0 {
				return locale{}, false
			}
			seps = append(seps, s[sepStart:i])
			runs = append(runs, run)
			run, sepStart = 0, -1
		}
		if digit >= 11 {
			return locale{}, false
		}
		d := string(r)
		switch {
		case digit < 9:
			l.digits[digit+1] = d
		case digit == 9:
			l.digits[0] = d
		case d != l.digits[0]:
			return locale{}, false
		}
		digit++
		run++
	}
	if digit != 11 || sepStart >= 0 || len(seps) == 0 || run != 1 {
		return locale{}, false
	}
	l.decimal = seps[len(seps)-1]
	// runs holds the integer digits between separators: [1 3 3 3] for
	// "1,234,567,890", [1 2 2 2 3] for "1,23,45,67,890".
	if len(seps) >= 2 {
		l.group = seps[0]
		l.primary = runs[len(runs)-1]
		l.secondary = l.primary
		if len(runs) >= 3 {
			l.secondary = runs[len(runs)-2]
		}
		if l.primary <= 0 || l.secondary <= 0 {
			return locale{}, false
		}
	}
	m := p.Sprint(xnumber.Decimal(-1))
	one := strings.IndexFunc(m, unicode.IsDigit)
	if one <= 0 || !utf8.ValidString(m) {
		return locale{}, false
	}
	l.minus = m[:one]
	return l, true
}
