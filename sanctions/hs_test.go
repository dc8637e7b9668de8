package sanctions

import (
	"slices"
	"strings"
	"testing"
)

// TestHSCounts checks the data against the size of the reference's tables:
// 21 sections (Table A), chapters 01–97 and 99 (Table B), and the 653
// heading rows of Table D.
func TestHSCounts(t *testing.T) {
	if n := len(HSSections()); n != 21 {
		t.Errorf("len(HSSections()) = %d, want 21", n)
	}
	if n := len(HSChapters()); n != 98 {
		t.Errorf("len(HSChapters()) = %d, want 98 (01–97 and 99)", n)
	}
	if n := len(HSHeadings()); n != 653 {
		t.Errorf("len(HSHeadings()) = %d, want 653", n)
	}
	listed := 0
	for _, c := range HSChapters() {
		if c.HeadingsListed {
			listed++
		}
	}
	// 03, 16, 25–27, 44, 50–63 (14), 68–76 (9), 78–83 (6), 84–89 (6), 93, 97.
	if listed != 43 {
		t.Errorf("chapters with headings listed = %d, want 43", listed)
	}
}

// TestHSSectionsCoverChapters checks that the sections' chapter ranges
// follow one another from 1 to 97 and agree with each chapter's section.
func TestHSSectionsCoverChapters(t *testing.T) {
	next := 1
	for _, s := range HSSections() {
		if s.FirstChapter != next || s.LastChapter < s.FirstChapter {
			t.Errorf("%s: chapters %d–%d, want to start at %d", s, s.FirstChapter, s.LastChapter, next)
		}
		next = s.LastChapter + 1
		if s.Title().IsZero() {
			t.Errorf("%s has no title", s)
		}
	}
	if next != 98 {
		t.Errorf("sections end at chapter %d, want 97", next-1)
	}
	for _, c := range HSChapters() {
		ch := c.Code.Chapter()
		if ch == 99 {
			if c.Section != 0 || !c.NotHS {
				t.Errorf("chapter 99: Section %d NotHS %v, want 0 true", c.Section, c.NotHS)
			}
			continue
		}
		s := HSSections()[c.Section-1]
		if ch < s.FirstChapter || ch > s.LastChapter {
			t.Errorf("chapter %s is in section %d, whose range is %d–%d", c.Code, c.Section, s.FirstChapter, s.LastChapter)
		}
	}
}

// TestHSEveryTextHasSource checks that every text carries a level, a
// source id the data can describe, and that no third-party (T) text is
// encoded as a heading.
func TestHSEveryTextHasSource(t *testing.T) {
	check := func(where string, w HSWording) {
		t.Helper()
		if w.IsZero() {
			return
		}
		if w.Level == UnknownHSVerification || w.Level >= numHSVerifications {
			t.Errorf("%s %q: level %v", where, w.Text, w.Level)
		}
		if _, _, ok := HSSource(w.SourceID); !ok {
			t.Errorf("%s %q: source %q unknown", where, w.Text, w.SourceID)
		}
		if strings.HasPrefix(w.SourceID, "O") || strings.HasPrefix(w.SourceID, "T") && w.SourceID != "T1" {
			t.Errorf("%s %q: third-party source %s encoded", where, w.Text, w.SourceID)
		}
		want := map[string]HSVerification{"C": HSComtrade, "D": HSComtrade, "W": HSWCO}[w.SourceID[:1]]
		if want == 0 {
			want = HSNational
		}
		if w.Level != want {
			t.Errorf("%s %q [%s]: level %v, want %v", where, w.Text, w.SourceID, w.Level, want)
		}
	}
	for _, s := range HSSections() {
		for _, w := range s.Wordings {
			check(s.String(), w)
		}
	}
	for _, h := range append(HSChapters(), HSHeadings()...) {
		if h.Text().IsZero() {
			t.Errorf("%s: no descriptor", h.Code)
		}
		check(h.Code.String(), h.Descriptor)
		check(h.Code.String(), h.DescriptorHS2017)
		for _, w := range h.Wordings {
			check(h.Code.String(), w)
			if w.Level == HSComtrade {
				t.Errorf("%s: Wordings holds a Comtrade text %q; want only official ones", h.Code, w.Text)
			}
		}
	}
}

// TestHSSample checks exact fields of rows of each table against the
// reference.
func TestHSSample(t *testing.T) {
	t.Run("chapter 03", func(t *testing.T) {
		e, ok := LookupHS(MustParseHSCode("030389"))
		if !ok {
			t.Fatal("LookupHS(030389) not found")
		}
		if got, want := e.Chapter.Descriptor.Text, "Fish and crustaceans, molluscs and other aquatic invertebrates"; got != want {
			t.Errorf("chapter 03 descriptor = %q, want %q", got, want)
		}
		if got, want := e.Heading.Descriptor.Text, "Fish; frozen, excluding fish fillets and other fish meat of heading 0304"; got != want {
			t.Errorf("heading 0303 descriptor = %q, want %q", got, want)
		}
		if e.Section.Number != 1 || e.Section.Title().Text != "Live animals; animal products" || e.Section.Title().SourceID != "A1" {
			t.Errorf("section = %d %v, want 1 \"Live animals; animal products\" [A1]", e.Section.Number, e.Section.Title())
		}
		if len(e.Heading.Wordings) != 0 || e.Heading.Verification() != HSComtrade {
			t.Errorf("heading 0303: wordings %v, verification %v; want none, Comtrade only", e.Heading.Wordings, e.Heading.Verification())
		}
		if e.Chapter.Descriptor.Edition != "HS 2022" || e.Chapter.DescriptorHS2017.Edition != "HS 2017" {
			t.Errorf("descriptor editions %q %q, want HS 2022, HS 2017", e.Chapter.Descriptor.Edition, e.Chapter.DescriptorHS2017.Edition)
		}
	})
	t.Run("heading 0302 Faroe tariff", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("0302"))
		want := HSWording{Text: "Fish, fresh or chilled, excluding fish fillets and other fish meat of heading 0304", Level: HSNational, SourceID: "F1",
			Source: "http://voruskra.taks.fo/en/Chapters/Details/03 (TAKS, Faroe Islands tax and customs)", Note: "Faroe Islands TAKS tariff; edition not shown"}
		if len(e.Heading.Wordings) != 1 || e.Heading.Wordings[0] != want {
			t.Errorf("0302 wordings = %+v, want [%+v]", e.Heading.Wordings, want)
		}
	})
	t.Run("heading 0309 new in HS 2022", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("0309"))
		if !e.Heading.InHS2022 || e.Heading.InHS2017 || !e.Heading.DescriptorHS2017.IsZero() {
			t.Errorf("0309: InHS2022 %v InHS2017 %v H5 %q; want true false \"\"", e.Heading.InHS2022, e.Heading.InHS2017, e.Heading.DescriptorHS2017.Text)
		}
	})
	t.Run("heading 0305 reworded", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("0305"))
		if e.Heading.Descriptor.Text == e.Heading.DescriptorHS2017.Text {
			t.Errorf("0305: H5 and H6 texts equal (%q); the reference shows them different", e.Heading.Descriptor.Text)
		}
		if !strings.HasSuffix(e.Heading.DescriptorHS2017.Text, "flours, meals and pellets of fish, fit for human consumption") {
			t.Errorf("0305 H5 = %q", e.Heading.DescriptorHS2017.Text)
		}
	})
	t.Run("heading 8803 only HS 2017", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("880330"))
		h := e.Heading
		if h.InHS2022 || !h.InHS2017 || h.Text().Text != "Aircraft; parts of heading no. 8801 or 8802" {
			t.Errorf("8803: InHS2022 %v InHS2017 %v text %q", h.InHS2022, h.InHS2017, h.Text().Text)
		}
		if got, want := h.String(), `heading 8803 "Aircraft; parts of heading no. 8801 or 8802" (UN Comtrade descriptor, HS 2017; not in HS 2022)`; got != want {
			t.Errorf("String() = %s, want %s", got, want)
		}
	})
	t.Run("heading 9301 two tariffs", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("9301"))
		var ids []string
		for _, w := range e.Heading.Wordings {
			ids = append(ids, w.SourceID+"/"+w.Edition)
		}
		want := []string{`A8/"Note 1(f) operative 1/1/22."`, `K2/"T2021"`}
		if !slices.Equal(ids, want) {
			t.Errorf("9301 wordings = %v, want %v", ids, want)
		}
		if e.Section.Number != 19 || e.Section.Title().Text != "Section XIX - Arms and ammunition; parts and accessories thereof" {
			t.Errorf("section = %d %q", e.Section.Number, e.Section.Title().Text)
		}
	})
	t.Run("chapter 24 disagreement kept", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("2402"))
		if !strings.Contains(e.Chapter.Descriptor.Text, "nicotine") {
			t.Errorf("chapter 24 H6 = %q, want the nicotine wording", e.Chapter.Descriptor.Text)
		}
		if len(e.Chapter.Wordings) != 1 || e.Chapter.Wordings[0].Text != "Tobacco and manufactured tobacco substitutes" || e.Chapter.Wordings[0].SourceID != "A3" {
			t.Errorf("chapter 24 wordings = %v, want the A3 text", e.Chapter.Wordings)
		}
		if len(e.Chapter.Notes) == 0 || !strings.HasPrefix(e.Chapter.Notes[0], "H4:") {
			t.Errorf("chapter 24 notes = %q, want flag H4", e.Chapter.Notes)
		}
		if !e.Heading.IsZero() {
			t.Errorf("heading 2402 = %v, want none: chapter 24's headings are not in the data", e.Heading)
		}
	})
	t.Run("chapter 77 reserved", func(t *testing.T) {
		e, ok := LookupHS(MustParseHSCode("7701"))
		if !ok || !e.Chapter.Reserved || e.Chapter.InHS2022 || e.Section.Number != 15 {
			t.Errorf("7701: ok %v reserved %v inHS2022 %v section %d", ok, e.Chapter.Reserved, e.Chapter.InHS2022, e.Section.Number)
		}
		if got, want := e.Chapter.String(), "chapter 77 (reserved for possible future use in the HS)"; got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	})
	t.Run("chapter 99 not HS", func(t *testing.T) {
		e, ok := LookupHS(MustParseHSCode("9999"))
		if !ok || !e.Chapter.NotHS || !e.Section.IsZero() || !e.Heading.IsZero() {
			t.Errorf("9999: ok %v notHS %v section %v heading %v", ok, e.Chapter.NotHS, e.Section, e.Heading)
		}
	})
	t.Run("heading 8462 truncated text kept", func(t *testing.T) {
		e, _ := LookupHS(MustParseHSCode("8462"))
		if !strings.HasSuffix(e.Heading.Descriptor.Text, "flattening,") || len(e.Heading.Notes) != 1 {
			t.Errorf("8462 = %q, notes %q", e.Heading.Descriptor.Text, e.Heading.Notes)
		}
	})
	t.Run("section XX has no official title", func(t *testing.T) {
		s := HSSections()[19]
		if len(s.Wordings) != 1 || s.Title().SourceID != "D1" || s.Title().Text != "Miscellaneous manufactured articles" {
			t.Errorf("section XX wordings = %v", s.Wordings)
		}
	})
	t.Run("section XVI from A4 only", func(t *testing.T) {
		s := HSSections()[15]
		if s.Title().SourceID != "A4" || s.Title().Edition != "" {
			t.Errorf("section XVI title = %v edition %q, want [A4], no edition", s.Title(), s.Title().Edition)
		}
	})
}

func TestLookupHS(t *testing.T) {
	tests := []struct {
		name        string
		code        HSCode
		ok          bool
		deepest     string // Deepest().Code
		section     int
		verifiedBy  HSVerification
		wantHeading bool
	}{
		{"subheading in a listed chapter", MustParseHSCode("610910"), true, "6109", 11, HSComtrade, true},
		{"national tariff line", MustParseHSCode("2601111000"), true, "2601", 5, HSNational, true},
		{"chapter only", MustParseHSCode("27"), true, "27", 5, HSNational, false},
		{"chapter whose headings are not listed", MustParseHSCode("300490"), true, "30", 6, HSNational, false},
		{"chapter with only Comtrade text", MustParseHSCode("8471"), true, "8471", 16, HSComtrade, true},
		{"WCO-worded heading", MustParseHSCode("1605"), true, "1605", 4, HSWCO, true},
		{"heading not in H6 or H5", MustParseHSCode("0399"), true, "03", 1, HSNational, false},
		{"no chapter 98", MustParseHSCode("9801"), false, "", 0, UnknownHSVerification, false},
		{"chapter 00", MustParseHSCode("00"), false, "", 0, UnknownHSVerification, false},
		{"zero code", HSCode{}, false, "", 0, UnknownHSVerification, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := LookupHS(tt.code)
			if ok != tt.ok {
				t.Fatalf("LookupHS(%q) ok = %v, want %v", tt.code, ok, tt.ok)
			}
			if got := e.Deepest().Code.String(); got != tt.deepest {
				t.Errorf("LookupHS(%q).Deepest() = %q, want %q", tt.code, got, tt.deepest)
			}
			if e.Section.Number != tt.section {
				t.Errorf("LookupHS(%q).Section = %d, want %d", tt.code, e.Section.Number, tt.section)
			}
			if got := e.Deepest().Verification(); got != tt.verifiedBy {
				t.Errorf("LookupHS(%q).Deepest().Verification() = %v, want %v", tt.code, got, tt.verifiedBy)
			}
			if got := !e.Heading.IsZero(); got != tt.wantHeading {
				t.Errorf("LookupHS(%q) has heading %v, want %v", tt.code, got, tt.wantHeading)
			}
			if ok && e.Code != tt.code {
				t.Errorf("LookupHS(%q).Code = %q", tt.code, e.Code)
			}
		})
	}
}

// TestLookupHSCopies checks that a caller changing a result does not
// change what the next caller sees.
func TestLookupHSCopies(t *testing.T) {
	e, _ := LookupHS(MustParseHSCode("2701"))
	e.Heading.Wordings[0].Text = "changed"
	e.Chapter.Wordings[0].Text = "changed"
	e.Section.Wordings[0].Text = "changed"
	f, _ := LookupHS(MustParseHSCode("2701"))
	if f.Heading.Wordings[0].Text == "changed" || f.Chapter.Wordings[0].Text == "changed" || f.Section.Wordings[0].Text == "changed" {
		t.Error("a change to a LookupHS result is seen by the next call")
	}
}

func TestHSChanges(t *testing.T) {
	cs := HSChanges()
	if len(cs) != 8 {
		t.Fatalf("len(HSChanges()) = %d, want the 8 rows of Table C", len(cs))
	}
	added := cs[4]
	if len(added.Headings) != 8 {
		t.Fatalf("added headings = %d, want 8", len(added.Headings))
	}
	for _, h := range added.Headings {
		if !h.InHS2022 || h.InHS2017 || h.Descriptor.IsZero() {
			t.Errorf("added %s: InHS2022 %v InHS2017 %v descriptor %q", h.Code, h.InHS2022, h.InHS2017, h.Descriptor.Text)
		}
	}
	if h := added.Headings[1]; h.Code.String() != "2404" || h.Section != 4 {
		t.Errorf("added[1] = %s in section %d, want 2404 in section 4", h.Code, h.Section)
	}
	for _, h := range cs[5].Headings {
		if h.InHS2022 || !h.InHS2017 {
			t.Errorf("dropped %s: InHS2022 %v InHS2017 %v", h.Code, h.InHS2022, h.InHS2017)
		}
	}
	reworded := cs[6].Codes
	if !slices.Contains(reworded, MustParseHSCode("0305")) || slices.Contains(reworded, MustParseHSCode("0301")) || slices.Contains(reworded, MustParseHSCode("0309")) {
		t.Errorf("reworded headings %v: want 0305, not 0301 nor 0309", reworded)
	}
	if len(reworded) == 0 || len(reworded) > 57 {
		t.Errorf("%d reworded headings, want 1 to 57", len(reworded))
	}
	if !cs[7].ThirdParty || cs[0].ThirdParty {
		t.Errorf("ThirdParty = %v, %v; want only the chapter 97 row", cs[0].ThirdParty, cs[7].ThirdParty)
	}
}

func TestHSVerificationText(t *testing.T) {
	for v := HSVerification(0); v < numHSVerifications; v++ {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", v, err)
		}
		var got HSVerification
		if err := got.UnmarshalText(b); err != nil || got != v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, v)
		}
	}
	if _, err := HSVerification(9).MarshalText(); err == nil {
		t.Error("HSVerification(9).MarshalText() succeeded, want an error")
	}
	var v HSVerification
	if err := v.UnmarshalText([]byte("C")); err == nil {
		t.Error(`UnmarshalText("C") succeeded, want an error`)
	}
	if got := HSVerification(9).String(); got != "HSVerification(9)" {
		t.Errorf("String() = %q", got)
	}
}
