package sanctions

import (
	"fmt"
	"strconv"
)

// HSVerification is who wrote a text of the HS nomenclature that the data
// holds, in the three levels of kpledger's HS reference. The levels say
// whose wording a text is, not whether a sanctions measure covers the
// goods. The zero HSVerification is UnknownHSVerification. New values are
// only appended.
type HSVerification uint8

// The levels of the HS reference.
const (
	UnknownHSVerification HSVerification = iota // not set
	// HSComtrade ("C"): UN Comtrade's stand-alone descriptor, copied from
	// its HS 2022 (H6) or HS 2017 (H5) reference table. Certain as
	// Comtrade's text, but not the WCO's legal heading: the UN writes these
	// descriptors because many legal headings ("Other", "… of heading
	// 8525 to 8528") do not describe their scope on their own.
	HSComtrade
	// HSNational ("N"): printed by a national customs tariff or statistics
	// office, in that office's own edition (see [HSWording].Edition).
	// National tariffs follow the HS wording but not always word for word.
	HSNational
	// HSWCO ("W"): printed on a site of the World Customs Organization.
	// The pages the reference holds are of the HS 2017 edition or are
	// course titles; no WCO page of HS 2022 was seen.
	HSWCO
)

const numHSVerifications = 4

// String returns the level in words: "UN Comtrade descriptor", "national
// tariff", "WCO site".
func (v HSVerification) String() string {
	switch v {
	case UnknownHSVerification:
		return "unknown"
	case HSComtrade:
		return "UN Comtrade descriptor"
	case HSNational:
		return "national tariff"
	case HSWCO:
		return "WCO site"
	}
	return fmt.Sprintf("HSVerification(%d)", uint8(v))
}

// Letter returns the reference's letter for the level: "C", "N" or "W",
// and "" for UnknownHSVerification or an out-of-range value.
func (v HSVerification) Letter() string {
	switch v {
	case HSComtrade:
		return "C"
	case HSNational:
		return "N"
	case HSWCO:
		return "W"
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (v HSVerification) MarshalText() ([]byte, error) {
	return marshalEnum("HSVerification", v, numHSVerifications, HSVerification.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (v *HSVerification) UnmarshalText(text []byte) error {
	x, err := unmarshalEnum("HSVerification", text, numHSVerifications, HSVerification.String)
	if err == nil {
		*v = x
	}
	return err
}

// HSWording is one text of a section, chapter or heading as one source
// prints it, copied exactly: the source's capitalisation, spelling and
// trailing punctuation are kept ("Fertilisers", "ORES, SLAG and ASH").
type HSWording struct {
	Text  string
	Level HSVerification
	// SourceID is the reference's short name of the source: "C1" for
	// Comtrade's HS 2022 table, "A1" for the Australian Border Force's
	// tariff index, "W1" for WCO Trade Tools, and so on.
	SourceID string
	// Source is the page address, or the repository, commit and file.
	Source string
	// Edition is the edition evidence the reference records for the
	// source, in its words: "HS 2022", "HS 2017", "T2024", "Date of trade
	// 11 May 2024". It is empty when the source shows none: the edition
	// is then unknown, not current.
	Edition string
	// Note is the reference's remark on this text, such as "title case as
	// printed" or "pre-HS 2022 wording".
	Note string
}

// IsZero reports whether w holds no text.
func (w HSWording) IsZero() bool { return w.Text == "" }

// String returns the text in quotes with its source and level:
// `"Iron and steel" [U4] (national tariff)`.
func (w HSWording) String() string {
	if w.Text == "" {
		return ""
	}
	return strconv.Quote(w.Text) + " [" + w.SourceID + "] (" + w.Level.String() + ")"
}

// HSHeading is one chapter (2 digits) or 4-digit heading of the Harmonized
// System as kpledger's HS reference gives it: UN Comtrade's descriptor for
// HS 2022 and HS 2017, and every official tariff or WCO wording the
// reference saw, each with its source and edition.
//
// An HSHeading says what a code is named, nothing more. It is not a
// mapping of a sanctions measure to HS codes: whether a measure worded in
// plain language ("seafood", "textiles") covers a chapter or heading is an
// inference, which the data of a [Measure] marks as such.
//
// The zero HSHeading (Code zero) is "no heading".
type HSHeading struct {
	Code    HSCode // "03" or "0303"
	Section int    // the section, 1 to 21; 0 for chapter 99, which is in none
	// Descriptor is UN Comtrade's stand-alone descriptor in its HS 2022
	// (H6) table, the text a Comtrade file carries in cmdDesc. For
	// chapter 77, which H6 does not list, it is the text of Comtrade's
	// combined HS table. It is never the WCO legal heading.
	Descriptor HSWording
	// DescriptorHS2017 is Comtrade's descriptor in its HS 2017 (H5)
	// table; zero when H5 does not list the code, or the reference does
	// not say (chapter 99).
	DescriptorHS2017 HSWording
	InHS2022         bool // Comtrade's H6 (HS 2022) table lists the code
	InHS2017         bool // Comtrade's H5 (HS 2017) table lists the code
	// Wordings are the texts of official customs tariffs and WCO pages
	// that the reference retrieved, in its order. Empty means no official
	// wording was seen: only Comtrade's descriptor is known.
	Wordings []HSWording
	// HeadingsListed, on a chapter, reports that the data holds all of the
	// chapter's 4-digit headings (the chapters the DPRK measures name). In
	// other chapters [LookupHS] knows the chapter only.
	HeadingsListed bool
	Reserved       bool // chapter 77: reserved for possible future use in the HS
	// NotHS is true for chapter 99, a Comtrade code for commodities not
	// specified according to kind, which is not an HS chapter.
	NotHS bool
	// Notes are the reference's flags on this code (disagreements between
	// sources, truncated texts), each starting with the flag's name
	// ("H4: …").
	Notes []string
}

// IsZero reports whether h is the zero HSHeading.
func (h HSHeading) IsZero() bool { return h.Code.IsZero() }

// IsChapter reports whether h is a chapter (2 digits) rather than a heading.
func (h HSHeading) IsChapter() bool { return h.Code.Digits() == 2 }

// Verification returns the strongest level of the texts held for h:
// [HSWCO] if a WCO page is among its wordings, else [HSNational] if a
// national tariff is, else [HSComtrade] (only Comtrade's descriptor is
// known); UnknownHSVerification for the zero HSHeading.
func (h HSHeading) Verification() HSVerification {
	best := UnknownHSVerification
	if !h.Descriptor.IsZero() || !h.DescriptorHS2017.IsZero() {
		best = HSComtrade
	}
	for _, w := range h.Wordings {
		if w.Level > best && w.Level < numHSVerifications {
			best = w.Level
		}
	}
	return best
}

// Text returns the descriptor to cite: Comtrade's HS 2022 text, or its
// HS 2017 text where HS 2022 does not list the code (8107, 8803).
func (h HSHeading) Text() HSWording {
	if !h.Descriptor.IsZero() {
		return h.Descriptor
	}
	return h.DescriptorHS2017
}

// String returns the heading as a citation: `chapter 03 "Fish and
// crustaceans, molluscs and other aquatic invertebrates" (UN Comtrade
// descriptor, HS 2022)`. A code HS 2022 does not list says so; the zero
// HSHeading gives "".
func (h HSHeading) String() string {
	if h.IsZero() {
		return ""
	}
	level := "heading "
	if h.IsChapter() {
		level = "chapter "
	}
	s := level + h.Code.String()
	t := h.Text()
	switch {
	case h.Reserved:
		return s + " (reserved for possible future use in the HS)"
	case t.IsZero():
		return s
	}
	s += " " + strconv.Quote(t.Text) + " (" + t.Level.String() + ", " + t.Edition
	if !h.InHS2022 && !h.NotHS {
		s += "; not in HS 2022"
	}
	if h.NotHS {
		s += "; a Comtrade code, not an HS chapter"
	}
	return s + ")"
}

// clone returns a deep copy of h.
func (h HSHeading) clone() HSHeading {
	h.Wordings = append([]HSWording(nil), h.Wordings...)
	h.Notes = append([]string(nil), h.Notes...)
	return h
}

// HSSection is one of the 21 sections of the Harmonized System, with the
// chapters it spans and its title as each source prints it.
type HSSection struct {
	Number       int // 1 to 21
	FirstChapter int // 1 for section I
	LastChapter  int // 5 for section I
	// RangeSource is the reference source of the chapter range: "A1" (the
	// Australian tariff index, HS 2022) or "D1" (the section column of a
	// dataset built from Comtrade data, for sections XVI to XXI).
	RangeSource string
	// Wordings are the titles seen, in the reference's order: the HS 2022
	// Australian index [A1] first where it has one, the older capture
	// [A2], other official or WCO pages, and last the name in the [D1]
	// dataset, a 2016 file that is not HS 2022 wording.
	Wordings []HSWording
	Notes    []string // the reference's flags on this section
}

// IsZero reports whether s is the zero HSSection (no section).
func (s HSSection) IsZero() bool { return s.Number == 0 }

// Roman returns the section number in Roman numerals, as the HS writes
// it: "XI"; "" for the zero HSSection.
func (s HSSection) Roman() string {
	if s.Number < 1 || s.Number > 21 {
		return ""
	}
	r := [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"}
	return r[s.Number-1]
}

// Title returns the first of the section's wordings: the HS 2022 title of
// the Australian tariff index where the reference has it, else the first
// other official page, else the [D1] dataset's name (section XX, for which
// no official page was retrieved). Check its Level and Edition before
// quoting it as the HS 2022 title.
func (s HSSection) Title() HSWording {
	if len(s.Wordings) == 0 {
		return HSWording{}
	}
	return s.Wordings[0]
}

// String returns "section XI (chapters 50–63)".
func (s HSSection) String() string {
	if s.IsZero() {
		return ""
	}
	if s.FirstChapter == s.LastChapter {
		return fmt.Sprintf("section %s (chapter %02d)", s.Roman(), s.FirstChapter)
	}
	return fmt.Sprintf("section %s (chapters %02d–%02d)", s.Roman(), s.FirstChapter, s.LastChapter)
}

// HSEntry is what [LookupHS] finds for a code: its section, chapter and,
// where the data lists it, its 4-digit heading.
type HSEntry struct {
	Code    HSCode    // the code looked up, as given ("030389")
	Section HSSection // zero for chapter 99
	Chapter HSHeading
	// Heading is the code's 4-digit heading; zero when the code has two
	// digits, when the data does not list its chapter's headings
	// (Chapter.HeadingsListed false), or when neither Comtrade's HS 2022
	// nor its HS 2017 table has the heading.
	Heading HSHeading
}

// Deepest returns the most detailed heading found: Heading if set, else
// Chapter.
func (e HSEntry) Deepest() HSHeading {
	if !e.Heading.IsZero() {
		return e.Heading
	}
	return e.Chapter
}

// LookupHS returns the section, chapter and 4-digit heading of code from
// kpledger's HS reference: every chapter from 01 to 97 (77 reserved) and
// Comtrade's 99, and every heading of the chapters the DPRK measures name
// (03, 16, 25–27, 44, 50–63, 68–83, 84–89, 93, 97). Digits beyond the
// heading (subheadings, national tariff lines) are not looked up: the
// entry describes the heading that contains them.
//
// The texts say what a code is named, by UN Comtrade and by the official
// pages the reference saw. They are not a mapping of sanctions measures to
// HS codes, and a match of words ("fish", "iron") is no evidence that a
// measure covers the goods.
//
// LookupHS reports false, with a zero HSEntry, for the zero HSCode and for
// a chapter the reference does not have (00, 98).
func LookupHS(code HSCode) (HSEntry, bool) {
	ch := code.Chapter()
	if ch < 0 {
		return HSEntry{}, false
	}
	c, ok := hsChapterRow(ch)
	if !ok {
		return HSEntry{}, false
	}
	e := HSEntry{Code: code, Chapter: c.heading(chapterCode(ch))}
	if c.section > 0 {
		e.Section, _ = hsSection(c.section)
	}
	if code.Digits() >= 4 && c.headings {
		h := code.digits[:4]
		if r, ok := hsHeadingRow(h); ok {
			e.Heading = r.heading(HSCode{digits: h}, c.section)
		}
	}
	return e, true
}

// HSSections returns the 21 sections in order.
func HSSections() []HSSection {
	out := make([]HSSection, 0, 21)
	for n := 1; n <= 21; n++ {
		s, _ := hsSection(n)
		out = append(out, s)
	}
	return out
}

// HSChapters returns every chapter of the reference in order: 01 to 97
// (77 reserved) and Comtrade's 99.
func HSChapters() []HSHeading {
	out := make([]HSHeading, 0, len(hsChapterCodes)/2)
	for i := 0; i+2 <= len(hsChapterCodes); i += 2 {
		code := HSCode{digits: hsChapterCodes[i : i+2]}
		c, _ := hsChapterRow(code.Chapter())
		out = append(out, c.heading(code))
	}
	return out
}

// HSHeadings returns every 4-digit heading the data lists, by chapter; a
// chapter's HS 2022 headings come first, then any heading only HS 2017
// has (8107 after 8113, 8803 after 8807).
func HSHeadings() []HSHeading {
	out := make([]HSHeading, 0, len(hsHeadingCodes)/4)
	for i := 0; i+4 <= len(hsHeadingCodes); i += 4 {
		code := HSCode{digits: hsHeadingCodes[i : i+4]}
		c, _ := hsChapterRow(code.Chapter())
		r, _ := hsHeadingRow(code.digits)
		out = append(out, r.heading(code, c.section))
	}
	return out
}

// HSChange is one difference between HS 2017 and HS 2022 that a source of
// the reference shows (its Table C).
type HSChange struct {
	Sections []int    // the sections concerned, if any
	Codes    []HSCode // the chapters or headings concerned, if any
	Change   string   // what changed, in kpledger's words
	// Headings holds the descriptors of headings added or dropped, from
	// Comtrade's H6 or H5 table, where the row is about such headings.
	Headings []HSHeading
	Sources  []string // reference source ids ("A1", "C1")
	// ThirdParty is true when only a third-party page states the change;
	// it is reported, not verified.
	ThirdParty bool
}

// hsSectionData is one row of the reference's Table A.
type hsSectionData struct {
	first, last int
	rangeSource string
	wordings    []HSWording
	notes       []string
}

// hsChapterData is one row of the reference's Table B.
type hsChapterData struct {
	section  int
	h6, h5   string // Comtrade's H6 and H5 texts; "" when not listed
	wordings []HSWording
	headings bool // the chapter's headings are in Table D
	reserved bool
	notHS    bool
	notes    []string
}

// hsHeadingData is one row of the reference's Table D.
type hsHeadingData struct {
	h6, h5   string // Comtrade's H6 and H5 texts; "" when not listed
	wordings []HSWording
	notes    []string
}

// hsw builds a wording from the reference's source id.
func hsw(level HSVerification, id, text, note string) HSWording {
	src, ed := hsSource(id)
	return HSWording{Text: text, Level: level, SourceID: id, Source: src, Edition: ed, Note: note}
}

// comtradeDescriptor builds Comtrade's descriptor from H6 (hs2022) or H5.
func comtradeDescriptor(text string, hs2022 bool) HSWording {
	if text == "" {
		return HSWording{}
	}
	id := "C2"
	if hs2022 {
		id = "C1"
	}
	return hsw(HSComtrade, id, text, "UN Comtrade stand-alone descriptor, not the WCO legal heading")
}

func hsSection(n int) (HSSection, bool) {
	r, ok := hsSectionRow(n)
	if !ok {
		return HSSection{}, false
	}
	return HSSection{Number: n, FirstChapter: r.first, LastChapter: r.last, RangeSource: r.rangeSource, Wordings: r.wordings, Notes: r.notes}, true
}

func (c hsChapterData) heading(code HSCode) HSHeading {
	h := HSHeading{
		Code: code, Section: c.section,
		Descriptor:       comtradeDescriptor(c.h6, true),
		DescriptorHS2017: comtradeDescriptor(c.h5, false),
		InHS2022:         c.h6 != "", InHS2017: c.h5 != "",
		Wordings: c.wordings, HeadingsListed: c.headings,
		Reserved: c.reserved, NotHS: c.notHS, Notes: c.notes,
	}
	if c.reserved {
		h.Descriptor = hsw(HSComtrade, "C3", "(Reserved for possible future use in the Harmonized System)", "UN Comtrade combined HS table; the chapter is in neither H6 nor H5")
	}
	return h
}

func (r hsHeadingData) heading(code HSCode, section int) HSHeading {
	return HSHeading{
		Code: code, Section: section,
		Descriptor:       comtradeDescriptor(r.h6, true),
		DescriptorHS2017: comtradeDescriptor(r.h5, false),
		InHS2022:         r.h6 != "", InHS2017: r.h5 != "",
		Wordings: r.wordings, Notes: r.notes,
	}
}

// HSChanges returns the differences between HS 2017 and HS 2022 that a
// source of kpledger's HS reference shows, in the reference's order. They
// are the changes a retrieved page documents, not a full correlation of
// the two editions.
func HSChanges() []HSChange {
	added := []HSHeading{}
	for _, c := range []string{"0309", "2404", "3827", "8485", "8524", "8549", "8806", "8807"} {
		added = append(added, hsChangedHeading(c))
	}
	dropped := []HSHeading{hsChangedHeading("8107"), hsChangedHeading("8803")}
	var reworded []HSCode
	for _, h := range HSHeadings() {
		if h.InHS2022 && h.InHS2017 && h.Descriptor.Text != h.DescriptorHS2017.Text {
			reworded = append(reworded, h.Code)
		}
	}
	codes := func(hs []HSHeading) []HSCode {
		out := make([]HSCode, len(hs))
		for i, h := range hs {
			out[i] = h.Code
		}
		return out
	}
	return []HSChange{
		{Sections: []int{3, 4}, Change: "the titles of sections III and IV changed: the HS 2022 wording of the Australian tariff index differs from its older capture", Sources: []string{"A1", "A2"}},
		{Codes: []HSCode{chapterCode(16)}, Change: `chapter 16 gained "or of insects" in HS 2022 (Australian and Canadian tariffs against WCO Trade Tools, HS 2017)`, Sources: []string{"A3", "K1", "W1"}},
		{Codes: []HSCode{chapterCode(93)}, Change: "the Australian tariff dates a change of a chapter 93 note to 1 January 2022; it does not say which HS edition the change implements", Sources: []string{"A8"}},
		{Codes: []HSCode{chapterCode(15), chapterCode(16), chapterCode(24), chapterCode(84), chapterCode(88)}, Change: "Comtrade changed its chapter text between H5 and H6; for 84 and 88 no official page shows whether the WCO heading itself changed", Sources: []string{"C1", "C2", "D1", "D2"}},
		{Codes: codes(added), Change: "headings added in HS 2022 (in Comtrade's H6 table, not in H5)", Headings: added, Sources: []string{"C1", "C2"}},
		{Codes: codes(dropped), Change: "headings in HS 2017 that HS 2022 no longer has (in Comtrade's H5 table, not in H6)", Headings: dropped, Sources: []string{"C1", "C2"}},
		{Codes: reworded, Change: "headings whose Comtrade text changed between H5 and H6: 57 in all chapters; Codes lists those of the chapters whose headings the data holds", Sources: []string{"C1", "C2"}},
		{Codes: []HSCode{chapterCode(97)}, Change: "a trade body reports that the WCO amended the chapter 97 subheadings (works of art and antiques) with effect from 1 January 2022", Sources: []string{"O2"}, ThirdParty: true},
	}
}

// hsChangedHeading returns a heading of the reference's Table C: from the
// heading data where its chapter is listed, else (2404, 3827) from the
// descriptor Table C quotes.
func hsChangedHeading(code string) HSHeading {
	c := HSCode{digits: code}
	ch, _ := hsChapterRow(c.Chapter())
	if r, ok := hsHeadingRow(code); ok {
		return r.heading(c, ch.section)
	}
	var text string
	switch code {
	case "2404":
		text = "Products containing tobacco, reconstituted tobacco, nicotine, or tobacco or nicotine substitutes, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body"
	case "3827":
		text = "Mixtures containing halogenated derivatives of methane, ethane or propane, not elsewhere specified or included"
	}
	return hsHeadingData{h6: text}.heading(c, ch.section)
}

// HSSource returns the address (or repository, commit and file) of a
// source of kpledger's HS reference by its short id, such as "A1" or "C1",
// and the edition evidence the reference records for it ("" when the
// source shows none). It reports false for an id the data does not use.
func HSSource(id string) (source, edition string, ok bool) {
	source, edition = hsSource(id)
	return source, edition, source != ""
}
