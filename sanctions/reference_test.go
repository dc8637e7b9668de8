package sanctions

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kpledger/kpledger/currency"
)

// referenceRegime is the whole reference table as a Regime: DPRK(), whose
// dprkMeasures appends addedMeasures to the first 23 rows.
func referenceRegime(t *testing.T) Regime {
	t.Helper()
	return DPRK()
}

// The expected values below are copied from kpledger's reference table
// (shared/reference/sanctions.md, revised 2026-12-01) as Go literals, so
// the test needs no file outside the repository. Each refRow is one row of
// the table: its paragraph as the table's OP cell shows it ("not seen", a
// label such as "8 (a) (iii)", or an expected number such as "29?"), its
// kind and direction, and its verification levels.

type refRow struct {
	id   string
	op   string // "not seen", "29?" or a label
	kind Kind
	dir  Direction
	row  Verified // the row's level
	para Verified // the level of the paragraph number alone
	// added is true for the rows marked "added 2026-12-01".
	added bool
}

// Short names for the table below.
const (
	refNo     = NotVerified
	refPartly = VerifiedPartly
	refYes    = VerifiedText
)

// referenceRows is the whole table, 74 rows, in table order.
var referenceRows = []refRow{
	// 1718 (2006)
	{"1718/OP8(a)(i)-(ii)", "8 (a) (i)–(ii)", ArmsEmbargo, SupplyToDPRK, refPartly, refPartly, true},
	{"1718/OP8(b)", "8 (b)", ArmsEmbargo, DPRKExports, refPartly, refPartly, true},
	{"1718/OP8(a)(iii)", "8 (a) (iii)", LuxuryGoodsBan, SupplyToDPRK, refPartly, refPartly, true},
	{"1718/OP8(d)", "8 (d)", AssetFreeze, Financial, refPartly, refPartly, true},
	{"1718/cargo-inspection", "not seen", CargoInspection, Maritime, refNo, refNo, true},
	{"1718/reporting", "not seen", ReportingDuty, General, refNo, refNo, true},
	// 1874 (2009)
	{"1874/OP9", "9", ArmsEmbargo, DPRKExports, refNo, refNo, true}, // the number is seen only as cited by OPs 11, 12, 17
	{"1874/OP10", "10", ArmsEmbargo, SupplyToDPRK, refYes, refYes, true},
	{"1874/OP11", "11", CargoInspection, Maritime, refYes, refYes, true},
	{"1874/OP12", "12", VesselInspection, Maritime, refYes, refYes, true},
	{"1874/OP13", "13", VesselInspection, Maritime, refYes, refYes, true},
	{"1874/cargo-seizure", "not seen", CargoInspection, Maritime, refNo, refNo, true},
	{"1874/OP17", "17", BunkeringBan, Maritime, refYes, refYes, true},
	{"1874/financial", "not seen", FinancialRestriction, Financial, refNo, refNo, true},
	{"1874/OP23", "23", ArmsEmbargo, BothWays, refYes, refYes, true},
	// 2087 (2013)
	{"2087/none-seen", "not seen", NoMeasureSeen, General, refNo, refNo, true},
	// 2094 (2013)
	{"2094/OP11", "11", FinancialRestriction, Financial, refPartly, refPartly, true},
	{"2094/OP17", "17", PortEntryDenial, Maritime, refYes, refYes, true},
	{"2094/OP18", "18", AviationRestriction, Aviation, refYes, refYes, true},
	{"2094/OP22", "22", CatchAll, SupplyToDPRK, refYes, refYes, true},
	{"2094/OP23", "23", LuxuryGoodsBan, SupplyToDPRK, refYes, refYes, true},
	{"2094/OP25", "25", ReportingDuty, General, refYes, refYes, true},
	{"2094/OP27", "27", Designation, Persons, refYes, refYes, true},
	{"2094/banking", "not seen", FinancialRestriction, Financial, refNo, refNo, true},
	// 2270 (2016)
	{"2270/OP29", "29?", ExportBan, DPRKExports, refNo, refNo, false},
	{"2270/OP30", "30?", ExportBan, DPRKExports, refNo, refNo, false},
	{"2270/OP31", "31", SupplyBan, SupplyToDPRK, refYes, refYes, false},
	{"2270/OP8", "8", CatchAll, SupplyToDPRK, refPartly, refPartly, true},
	{"2270/OP12", "12", AssetFreeze, Maritime, refPartly, refPartly, true},
	{"2270/OP18", "18", CargoInspection, Maritime, refYes, refYes, true},
	{"2270/OP19", "19", LeasingCharteringBan, Maritime, refYes, refYes, true},
	{"2270/OP32", "32", AssetFreeze, Financial, refPartly, refPartly, true},
	{"2270/banking", "not seen", FinancialRestriction, Financial, refNo, refNo, true},
	{"2270/reporting", "not seen", ReportingDuty, General, refNo, refNo, true},
	// 2321 (2016)
	{"2321/OP26", "26", ExportCap, DPRKExports, refPartly, refPartly, false},
	{"2321/OP28", "28?", ExportBan, DPRKExports, refNo, refNo, false},
	{"2321/OP29", "29?", ExportBan, DPRKExports, refNo, refNo, false},
	{"2321/OP8", "8", LeasingCharteringBan, Maritime, refYes, refYes, true},
	{"2321/OP12", "12", VesselDeregistration, Maritime, refYes, refYes, true},
	{"2321/OP21-and-13", "21 and 13", CargoInspection, Maritime, refPartly, refPartly, true},
	{"2321/OP23", "23", ProcurementBan, Maritime, refYes, refYes, true},
	{"2321/OP24", "24", VesselDeregistration, Maritime, refPartly, refPartly, true},
	{"2321/OP30", "30", SupplyBan, SupplyToDPRK, refYes, refYes, true},
	{"2321/OP32", "32", FinancialRestriction, Financial, refYes, refYes, true},
	{"2321/AnnexIV-luxury", "not seen", LuxuryGoodsBan, SupplyToDPRK, refPartly, refNo, true},
	// 2356 (2017)
	{"2356/designations", "not seen", Designation, Persons, refPartly, refNo, true},
	// 2371 (2017)
	{"2371/OP6", "6", PortEntryDenial, Maritime, refPartly, refPartly, true},
	{"2371/OP8", "8", ExportBan, DPRKExports, refPartly, refPartly, false},
	{"2371/OP9", "9", ExportBan, DPRKExports, refPartly, refPartly, false},
	{"2371/OP10", "10?", ExportBan, DPRKExports, refNo, refNo, false},
	{"2371/OP11", "11?", WorkAuthorizationFreeze, Labour, refPartly, refNo, false},
	{"2371/OP12", "12?", JointVentureBan, Investment, refNo, refNo, false},
	{"2371/financial", "not seen", FinancialRestriction, Financial, refPartly, refNo, true},
	// 2375 (2017)
	{"2375/OP6", "6", PortEntryDenial, Maritime, refPartly, refPartly, true},
	{"2375/OP7", "7", VesselInspection, Maritime, refPartly, refPartly, true},
	{"2375/OP8", "8", VesselInspection, Maritime, refYes, refYes, true},
	{"2375/ship-to-ship", "not seen", ShipToShipTransferBan, Maritime, refNo, refNo, true},
	{"2375/OP13", "13?", SupplyBan, SupplyToDPRK, refNo, refNo, false},
	{"2375/OP14", "14?", SupplyCap, SupplyToDPRK, refNo, refNo, false},
	{"2375/OP15", "15?", SupplyCap, SupplyToDPRK, refNo, refNo, false},
	{"2375/OP16", "16", ExportBan, DPRKExports, refPartly, refPartly, false},
	{"2375/OP17", "17", WorkAuthorizationBan, Labour, refPartly, refPartly, false},
	{"2375/OP18", "18", JointVentureClosure, Investment, refYes, refYes, false},
	{"2375/OP26", "26", ExemptionMechanism, General, refPartly, refPartly, true},
	// 2397 (2017)
	{"2397/OP4", "4", SupplyCap, SupplyToDPRK, refPartly, refPartly, false},
	{"2397/OP5", "5", SupplyCap, SupplyToDPRK, refPartly, refPartly, false},
	{"2397/OP6", "6", ExportBan, DPRKExports, refYes, refYes, false},
	{"2397/OP6-fishing", "6", ExportBan, DPRKExports, refYes, refYes, false},
	{"2397/OP7", "7?", SupplyBan, SupplyToDPRK, refNo, refNo, false},
	{"2397/OP8", "8", WorkerRepatriation, Labour, refPartly, refPartly, false},
	{"2397/OP9-15", "9–15", VesselInspection, Maritime, refPartly, refPartly, true},
	{"2397/OP14", "14", SupplyBan, SupplyToDPRK, refYes, refYes, true},
	{"2397/OP25", "25", ExemptionMechanism, General, refPartly, refPartly, true},
	{"2397/OP27", "27", Commitment, General, refPartly, refPartly, true},
}

// TestReferenceCounts checks the number of rows per resolution, in total
// and among the rows added on 2026-12-01.
func TestReferenceCounts(t *testing.T) {
	wantAll := map[int]int{1718: 6, 1874: 9, 2087: 1, 2094: 8, 2270: 10, 2321: 11, 2356: 1, 2371: 7, 2375: 11, 2397: 10}
	wantAdded := map[int]int{1718: 6, 1874: 9, 2087: 1, 2094: 8, 2270: 7, 2321: 8, 2356: 1, 2371: 2, 2375: 5, 2397: 4}

	gotAll := map[int]int{}
	for m := range referenceRegime(t).All() {
		gotAll[m.Resolution.Number]++
	}
	if diff := cmp.Diff(wantAll, gotAll); diff != "" {
		t.Errorf("reference rows per resolution (-want +got):\n%s", diff)
	}
	gotAdded := map[int]int{}
	for _, m := range addedMeasures() {
		gotAdded[m.Resolution.Number]++
	}
	if diff := cmp.Diff(wantAdded, gotAdded); diff != "" {
		t.Errorf("addedMeasures() rows per resolution (-want +got):\n%s", diff)
	}
	if n := referenceRegime(t).Len(); n != 74 {
		t.Errorf("reference regime has %d rows, want 74", n)
	}
	if n := len(addedMeasures()); n != 51 {
		t.Errorf("len(addedMeasures()) = %d, want 51", n)
	}
	// The expected table itself must agree with the counts, or the
	// row-by-row test below would check the wrong rows.
	tableAll, tableAdded := map[int]int{}, map[int]int{}
	for _, r := range referenceRows {
		n := resolutionOfID(r.id)
		tableAll[n]++
		if r.added {
			tableAdded[n]++
		}
	}
	if !cmp.Equal(tableAll, wantAll) || !cmp.Equal(tableAdded, wantAdded) {
		t.Fatalf("referenceRows counts %v / %v disagree with the reference's %v / %v", tableAll, tableAdded, wantAll, wantAdded)
	}
}

// resolutionOfID returns the number an ID starts with ("2371/OP8" → 2371).
func resolutionOfID(id string) int {
	n := 0
	for i := 0; i < len(id) && id[i] >= '0' && id[i] <= '9'; i++ {
		n = n*10 + int(id[i]-'0')
	}
	return n
}

// TestReferenceRows checks every row of the table: it exists, nothing else
// does, and its paragraph, kind, direction and levels are the table's.
func TestReferenceRows(t *testing.T) {
	r := referenceRegime(t)
	var wantIDs, gotIDs []string
	for _, want := range referenceRows {
		wantIDs = append(wantIDs, want.id)
	}
	for m := range r.All() {
		gotIDs = append(gotIDs, m.ID)
	}
	slices.Sort(wantIDs)
	slices.Sort(gotIDs)
	if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
		t.Errorf("reference IDs (-want +got):\n%s", diff)
	}

	added := map[string]bool{}
	for _, m := range addedMeasures() {
		added[m.ID] = true
	}
	for _, want := range referenceRows {
		t.Run(want.id, func(t *testing.T) {
			m, ok := r.Measure(want.id)
			if !ok {
				t.Fatalf("Measure(%q) not found", want.id)
			}
			if added[want.id] != want.added {
				t.Errorf("%s in addedMeasures() = %v, want %v", want.id, added[want.id], want.added)
			}
			p := m.Paragraph
			switch {
			case want.op == "not seen":
				if p.Known || p.Number != 0 || p.Label != "" {
					t.Errorf("Paragraph = %+v, want the zero Paragraph (not seen)", p)
				}
				if got := m.Citation(); !strings.HasSuffix(got, ", paragraph not seen") || strings.ContainsAny(got[len("S/RES/0000 (0000)"):], "0123456789") {
					t.Errorf("Citation() = %q, want %q and no paragraph number", got, m.Resolution.Symbol()+", paragraph not seen")
				}
			case strings.HasSuffix(want.op, "?"):
				label := strings.TrimSuffix(want.op, "?")
				if !p.Known || p.Label != label || m.ParagraphVerified != NotVerified {
					t.Errorf("Paragraph = %+v (%v), want the expected number %s, not verified", p, m.ParagraphVerified, label)
				}
				if got, wantC := m.Citation(), m.Resolution.Symbol()+", OP "+want.op; got != wantC {
					t.Errorf("Citation() = %q, want %q", got, wantC)
				}
			default:
				if !p.Known || p.Label != want.op {
					t.Errorf("Paragraph = %+v, want label %q", p, want.op)
				}
				if got, wantC := m.Citation(), m.Resolution.Symbol()+", OP "+want.op; want.para != NotVerified && got != wantC {
					t.Errorf("Citation() = %q, want %q", got, wantC)
				}
			}
			if m.Kind != want.kind || m.Direction != want.dir {
				t.Errorf("Kind, Direction = %v, %v; want %v, %v", m.Kind, m.Direction, want.kind, want.dir)
			}
			if m.Verified != want.row || m.ParagraphVerified != want.para {
				t.Errorf("Verified, ParagraphVerified = %v, %v; want %v, %v", m.Verified, m.ParagraphVerified, want.row, want.para)
			}
		})
	}
}

// TestReferenceNotSeenHasNoNumber: no row of the data has a paragraph that
// is unknown yet carries a number or label, and every unknown paragraph is
// one the table shows as "not seen".
func TestReferenceNotSeenHasNoNumber(t *testing.T) {
	notSeen := map[string]bool{}
	for _, r := range referenceRows {
		if r.op == "not seen" {
			notSeen[r.id] = true
		}
	}
	if len(notSeen) != 12 {
		t.Fatalf("the table has %d \"not seen\" rows, want 12", len(notSeen))
	}
	for m := range referenceRegime(t).All() {
		if m.Paragraph.Known == notSeen[m.ID] {
			t.Errorf("%s: Paragraph.Known = %v, but the table shows %q", m.ID, m.Paragraph.Known, map[bool]string{true: "not seen", false: "a paragraph"}[notSeen[m.ID]])
		}
		if !m.Paragraph.Known && (m.Paragraph.Number != 0 || m.Paragraph.Label != "" || m.Paragraph.String() != "paragraph not seen") {
			t.Errorf("%s: unknown Paragraph %+v prints %q, want no number and \"paragraph not seen\"", m.ID, m.Paragraph, m.Paragraph.String())
		}
	}
}

// TestReferenceSources: every row has at least one source with a publisher
// and an address, every quote names where it was seen, and every row that
// is not fully verified says what is unchecked.
func TestReferenceSources(t *testing.T) {
	added := map[string]bool{}
	for _, m := range addedMeasures() {
		added[m.ID] = true
	}
	for m := range referenceRegime(t).All() {
		t.Run(m.ID, func(t *testing.T) {
			if len(m.Sources) == 0 {
				t.Fatal("no source")
			}
			for i, s := range m.Sources {
				if s.Publisher == "" || s.URL == "" {
					t.Errorf("Sources[%d] = %+v, want a publisher and an address", i, s)
				}
			}
			if m.Quote != "" && m.QuoteSource == "" {
				t.Errorf("Quote %q has no QuoteSource", m.Quote)
			}
			if m.Scope == "" {
				t.Error("no scope")
			}
			full := m.Verified == VerifiedText && m.ParagraphVerified == VerifiedText
			switch {
			case added[m.ID] && !full && len(m.Unverified) == 0:
				// The rows added on 2026-12-01 each say in Unverified
				// what is unchecked.
				t.Errorf("row %v, paragraph %v, but Unverified is empty", m.Verified, m.ParagraphVerified)
			case !full && len(m.Unverified) == 0 && len(m.Notes) == 0:
				t.Errorf("row %v, paragraph %v, but nothing says what is unchecked", m.Verified, m.ParagraphVerified)
			}
			for i, e := range m.Exemptions {
				if e.Text == "" || e.Source == "" {
					t.Errorf("Exemptions[%d] = %+v, want text and source", i, e)
				}
			}
		})
	}
}

// refSample is a handful of exact fields of one row, copied from the table
// and the quotes section.
type refSample struct {
	id          string
	label       string // "" for a paragraph not seen
	adopted     string
	quotePrefix string
	sourceURL   string // one of the row's sources
	commodities []Commodity
}

// TestReferenceSample checks exact fields of at least one row per
// resolution.
func TestReferenceSample(t *testing.T) {
	samples := []refSample{
		{"1718/OP8(a)(iii)", "8 (a) (iii)", "2006-10-14", "OP 8(a)(iii) of the resolution required all Member States", "https://nkhumanitarian.wordpress.com/un-sanctions-definition-of-luxury-goods/", []Commodity{LuxuryGoods}},
		{"1718/cargo-inspection", "", "2006-10-14", "calling upon all States to take cooperative action, including through inspection of cargo", "https://press.un.org/en/2006/sc8853.doc.htm", nil},
		{"1718/OP8(d)", "8 (d)", "2006-10-14", "the asset freeze imposed by paragraph 8(d) of resolution 1718 (2006)", "https://press.un.org/en/2023/sc15324.doc.htm", nil},
		{"1874/OP17", "17", "2009-06-12", "Decides that Member States shall prohibit the provision by their nationals or from their territory of bunkering services", "https://unsanctionsapp.com/types-of-sanctions/recommended-bunkering-ban", nil},
		{"1874/cargo-seizure", "", "2009-06-12", "Obligation and authorization for states to seize and dispose of banned cargo.", "https://docslib.org/doc/2839278/report-to-the-security-council-from-the-panel-of-experts-pursuant-to", nil},
		{"1874/OP23", "23", "2009-06-12", "shall also apply to the items listed in INFCIRC/254/Rev.9/Part 1a", "https://unsanctionsapp.com/checklist/implementation/designation-practices/sanctions-committee", []Commodity{NuclearSupplierListItems}},
		{"2087/none-seen", "", "2013-01-22", "UNSCR 2087, adopted on January 22, 2013", "https://quickcen.sanctions.org/QuickCEN/research/fincen-advisory-fin-2013-a005-update-on-the-continuing-illicit-finance-threat-emana", nil},
		{"2094/OP23", "23", "2013-03-07", "阐明“奢侈品”包括但不限于本决议附件四开列的物项", "http://news.takungpao.cn/world/roll/2013-03/1481455_4.html", []Commodity{LuxuryGoods}},
		{"2094/banking", "", "2013-03-07", "禁止朝鲜银行在各国开设新的分行", "https://bbs.wforum.com/guns/bbsviewer.php?trd_id=214296", nil},
		{"2270/OP31", "31", "2016-03-02", "prevent the sale or supply […] of aviation fuel, including aviation gasoline, naptha-type jet fuel", "https://unsanctionsapp.com/types-of-sanctions/aviation-fuel-imports", []Commodity{AviationFuel}},
		{"2270/OP19", "19", "2016-03-02", "prohibit their nationals and those in their territories from leasing or chartering their flagged vessels or aircraft", "https://unsanctionsapp.com/types-of-sanctions/leasing-chartering-crew-services", nil},
		{"2321/OP26", "26", "2016-11-30", "Pursuant to paragraph 26 (b) of resolution 2321 (2016), total exports to all Member States of coal", "http://redstate.com/streiff/2017/06/09/north-korea-coal-april-n72969", []Commodity{Coal}},
		{"2321/OP21-and-13", "21 and 13", "2016-11-30", "includes the cargo being transported by rail and by road", "https://unsanctionsapp.com/checklist/implementation/enforcement-of-sanctions/shipping", nil},
		{"2321/OP30", "30", "2016-11-30", "Decides that all Member States shall prevent the direct or indirect supply, sale or transfer to the DPRK, […] of new helicopters and vessels", "https://unsanctionsapp.com/types-of-sanctions/transportation-vehicles", []Commodity{NewHelicopters, NewVessels}},
		{"2356/designations", "", "2017-06-02", "Designates additional 14 individuals and 4 entities.", "http://loc.gov/law/foreign-news/article/united-nationsnorth-korea-additional-sanctions-adopted/", nil},
		{"2371/OP8", "8", "2017-08-05", "Decides that the DPRK shall not supply, sell or transfer, directly or indirectly, from its territory", "http://dprknow.jp/blog-entry-2424.html", []Commodity{Coal, Iron, IronOre}},
		{"2371/OP6", "6", "2017-08-05", "prohibits port calls by designated vessels and chartering of DPRK flagged vessels", "https://www.un.org/sc/suborg/en/sanctions/1718/resolutions", nil},
		{"2375/OP18", "18", "2017-09-11", "18. Décide que les États doivent interdire l'ouverture", "http://www.amitiefrancecoree.org/2017/09/la-chine-ordonne-la-fermeture-des-entreprises-nord-coreennes-sur-son-territoire-en-application-de-la-resolution-2375-du-csnu.html", nil},
		{"2375/ship-to-ship", "", "2017-09-11", "conducting ship-to-ship transfers, a practice prohibited by United Nations Security Council Resolution (UNSCR) 2375", "https://hk.crntt.com/doc/93_15730_104984966_2_0301105930.html", nil},
		{"2397/OP6", "6", "2017-12-22", "food and agricultural products (HS codes 12, 08, 07), machinery (HS code 84)", "https://www.kmi.re.kr/globalnews/posts/view.do?idx=4269&page=771&rbsIdx=32", []Commodity{FoodAndAgriculturalProducts, Machinery, ElectricalEquipment, EarthAndStone, Wood, Vessels}},
		{"2397/OP9-15", "9–15", "2017-12-22", "要求会员国扣押、检查和冻结在其港口和领水内参与被禁活动的任何船只", "https://usun.state.gov/remarks/8238", nil},
		{"2397/OP14", "14", "2017-12-22", "decides that all Member States shall prevent the direct or indirect supply, sale or transfer to the DPRK, […] of any new or used vessels", "https://unsanctionsapp.com/types-of-sanctions/transportation-vehicles", []Commodity{Vessels}},
	}
	r := referenceRegime(t)
	seen := map[int]bool{}
	for _, s := range samples {
		t.Run(s.id, func(t *testing.T) {
			m, ok := r.Measure(s.id)
			if !ok {
				t.Fatalf("Measure(%q) not found", s.id)
			}
			seen[m.Resolution.Number] = true
			if m.Paragraph.Label != s.label || m.Paragraph.Known != (s.label != "") {
				t.Errorf("Paragraph = %+v, want label %q", m.Paragraph, s.label)
			}
			if got := m.Adopted().Format(time.DateOnly); got != s.adopted {
				t.Errorf("Adopted() = %s, want %s", got, s.adopted)
			}
			if !strings.HasPrefix(m.Quote, s.quotePrefix) {
				t.Errorf("Quote = %q, want the prefix %q", m.Quote, s.quotePrefix)
			}
			if !slices.ContainsFunc(m.Sources, func(x Source) bool { return x.URL == s.sourceURL }) {
				t.Errorf("Sources = %+v, want one at %s", m.Sources, s.sourceURL)
			}
			if diff := cmp.Diff(s.commodities, m.Commodities); diff != "" {
				t.Errorf("Commodities (-want +got):\n%s", diff)
			}
		})
	}
	if len(seen) != 10 {
		t.Errorf("the sample covers %d resolutions, want all 10", len(seen))
	}
}

// TestReferenceAddedDetails checks fields of the added rows that carry the
// reference's flags, exemptions, deadlines and open points.
func TestReferenceAddedDetails(t *testing.T) {
	r := referenceRegime(t)
	mention := func(id, what string) {
		t.Helper()
		m, ok := r.Measure(id)
		if !ok {
			t.Fatalf("Measure(%q) not found", id)
		}
		text := strings.Join(append(append([]string{m.Scope}, m.Unverified...), m.Notes...), "\n")
		if !strings.Contains(text, what) {
			t.Errorf("%s: scope, unverified and notes do not mention %q:\n%s", id, what, text)
		}
	}
	// The disagreements between sources the reference flags stay visible,
	// each with its source.
	mention("1718/OP8(b)", "flag 13")
	mention("1718/OP8(b)", "does not name its resolution")
	mention("1874/OP9", "flag 16")
	if m, _ := r.Measure("1874/OP9"); m.Citation() != "S/RES/1874 (2009), OP 9?" {
		// The table shows "9" with the level "no": the citation marks the
		// paragraph as unverified.
		t.Errorf("1874/OP9.Citation() = %q, want %q", m.Citation(), "S/RES/1874 (2009), OP 9?")
	}
	mention("2270/OP19", "flag 18")
	mention("2270/OP19", "FreeKorea")
	mention("2270/OP19", "NK News")
	mention("2321/OP12", "(c) was not in the excerpt")
	mention("2321/OP21-and-13", "does not say which")
	mention("2397/OP9-15", "individual paragraph numbers were not seen")
	mention("2087/none-seen", "not verified")
	mention("2321/AnnexIV-luxury", "USD 500")
	mention("1718/OP8(a)(i)-(ii)", "which sub-paragraph holds arms and which WMD items was not seen")

	// Scoped exemption: 1874 OP 10's small-arms exception applies to small
	// arms and light weapons, not to major conventional arms.
	m, _ := r.Measure("1874/OP10")
	if len(m.Exemptions) == 0 || !m.Exemptions[0].AppliesTo(SmallArmsAndLightWeapons) || m.Exemptions[0].AppliesTo(MajorConventionalArms) {
		t.Errorf("1874/OP10 exemptions = %+v, want the SALW exception scoped to small arms and light weapons", m.Exemptions)
	}

	// Deadlines computed from "within N days of adoption" are marked
	// derived and equal adoption + N days.
	for _, id := range []string{"1718/reporting", "2094/OP25", "2270/banking", "2270/reporting"} {
		m, _ := r.Measure(id)
		if len(m.Deadlines) != 1 {
			t.Fatalf("%s has %d deadlines, want 1", id, len(m.Deadlines))
		}
		d := m.Deadlines[0]
		if want := m.Adopted().AddDate(0, 0, d.Days); d.Days == 0 || !d.Derived || !d.Day.Equal(want) {
			t.Errorf("%s deadline = %+v, want %d days from adoption, %s, derived", id, d, d.Days, want.Format(time.DateOnly))
		}
	}

	// Clarifications point at the rows the reference names.
	for id, want := range map[string]string{
		"2270/OP12": "1718/OP8(d)", "2094/OP23": "1718/OP8(a)(iii)", "2321/OP8": "2270/OP19",
		"2321/OP21-and-13": "2270/OP18", "2371/financial": "2094/OP11",
	} {
		if m, _ := r.Measure(id); m.Clarifies != want {
			t.Errorf("%s.Clarifies = %q, want %q", id, m.Clarifies, want)
		}
	}
}

// TestReferenceAddedJSON: every added row survives a JSON round trip, and
// marshalling it twice gives the same bytes.
func TestReferenceAddedJSON(t *testing.T) {
	for _, m := range addedMeasures() {
		t.Run(m.ID, func(t *testing.T) {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatalf("json.Marshal = %v", err)
			}
			b2, _ := json.Marshal(m)
			if !bytes.Equal(b, b2) {
				t.Errorf("json.Marshal twice gives different bytes")
			}
			var got Measure
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("json.Unmarshal = %v", err)
			}
			if diff := cmp.Diff(m, got); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// rowText joins every free-text field of a measure, where the reference's
// notes, flags and sources named in prose may sit: scope, quote, unverified
// points, notes, exemptions, caps, the transition window and HS scopes.
func rowText(m Measure) string {
	parts := []string{m.Scope, m.Quote, m.QuoteSource}
	parts = append(parts, m.Unverified...)
	parts = append(parts, m.Notes...)
	for _, e := range m.Exemptions {
		parts = append(parts, e.Text, e.Source)
	}
	for _, c := range m.Caps {
		parts = append(parts, c.Quote, c.Note, c.Source)
	}
	parts = append(parts, m.Transition.Applies, m.Transition.Note, m.Transition.Source)
	for _, h := range m.HS {
		parts = append(parts, h.Quote, h.Note, h.Source.Publisher)
	}
	return strings.Join(parts, "\n")
}

// TestReferenceRevisionFlags checks that each flag of the 2026-12-01
// revision (9 to 19) sits in the row it concerns, together with the
// sources that disagree, so no disagreement is silently resolved.
func TestReferenceRevisionFlags(t *testing.T) {
	r := referenceRegime(t)
	tests := []struct {
		name string
		id   string
		want []string // the flag and the sources (names or addresses) it sets against each other
	}{
		{"flag 10 direction of 2321 metals", "2321/OP28", []string{"flag 10", "https://un.org/securitycouncil/zh/s/res/2321%282016%29", "在禁止向朝鲜供应、销售或转让的物资中增加了铜、镍、银和锌", "Lexology", "Singapore"}},
		{"flag 11 coal figures in the press", "2321/OP26", []string{"flag 11", "http://www.koreaherald.com/view.php?ud=20170604000268", "7.5 million tons of coal worth $408.7 million this year", "https://dailynk.jp/archives/80225/2", "年間4億90万ドル", "not used"}},
		{"flag 12 textile window end", "2375/OP16", []string{"flag 12", "2017.12.11", "24:00 on 10 Dec 2017", "https://platform.opennuclear.org/sanctions/details?page=25", "up to 10 December 2017"}},
		{"flag 13 1718 OP 8 (b) attribution", "1718/OP8(b)", []string{"flag 13", "does not name its resolution"}},
		{"flag 15 NGL vs LNG", "2375/OP13", []string{"flag 15", "ROK MOFA", "all condensates and liquefied natural gas", "natural gas liquids"}},
		{"flag 16 1874 OP 9 vs OP 10", "1874/OP9", []string{"flag 16", "State Department"}},
		{"flag 17 national crude period", "2397/OP4", []string{"flag 17", "https://platform.opennuclear.org/sanctions/details?page=8", "from December 23, 2017 to December 11, 2018", "not UN data", "as of 22 December 2017"}},
		{"flag 18 2270 OP 19 de-registration", "2270/OP19", []string{"flag 18", "FreeKorea", "NK News"}},
		{"flag 19 naptha vs naphtha", "2270/OP31", []string{"flag 19", "naptha-type jet fuel", "Cap. 537AE", "Open Nuclear Network", "naphtha-type", "https://lawhero.io/ordinances/2426/cap-537ae-united-nations-sanctions-democratic-peoples-republic-of-korea-regulati"}},
		{"flag 5 rare-earth wording", "2270/OP30", []string{"flag 5", "Reuters 2017", "safety4sea", "Singapore Customs"}},
		{"flag 1 stays open", "2371/OP8", []string{"flag 1 ", "2371 OP 6 is a vessel measure", "does not settle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := r.Measure(tt.id)
			if !ok {
				t.Fatalf("Measure(%q) not found", tt.id)
			}
			text := rowText(m)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s does not mention %q", tt.id, w)
				}
			}
		})
	}

	// Flag 9: every row whose paragraph number is only the expected one
	// ("29?") says that no full text could be read to check it, naming the
	// copies of its resolution the flag lists.
	copies := map[int]string{
		2270: "https://lawglobalhub.com/?p=52458",
		2321: "https://vvvvvvvv.tistory.com/2177",
		2371: "https://newton.com.tw/wiki/",
		2375: "https://www.scribd.com/document/358639733/110917-DPRK-Draft-Res-Blue-E",
		2397: "https://www.yestrade.go.kr/northExconController.do?CATE=0005&CATE_SUB=0001&method=northExconContent",
	}
	n := 0
	for _, row := range referenceRows {
		if !strings.HasSuffix(row.op, "?") {
			continue
		}
		n++
		t.Run("flag 9 "+row.id, func(t *testing.T) {
			m, _ := r.Measure(row.id)
			notes := strings.Join(m.Notes, "\n")
			if !strings.Contains(notes, "flag 9") || !strings.Contains(notes, copies[m.Resolution.Number]) {
				t.Errorf("%s Notes = %q, want flag 9 naming %s", row.id, m.Notes, copies[m.Resolution.Number])
			}
		})
	}
	if n != 11 {
		t.Errorf("%d rows with an expected paragraph number (\"29?\"), want 11", n)
	}
}

// TestReferenceRevisionSources checks the sources the 2026-12-01 revision
// adds to the source cells of existing rows: each address is among the
// row's Sources.
func TestReferenceRevisionSources(t *testing.T) {
	want := map[string][]string{
		"2270/OP29": {urlSingaporeImports},
		"2270/OP30": {"http://uk.reuters.com/article/northkorea-usa-sanctions-idUKL3N1HR1LZ", "https://www.kmib.co.kr/article/view_amp.asp?arcid=0010414069"},
		"2321/OP26": {"http://www.koreaherald.com/view.php?ud=20170104000725"},
		"2321/OP28": {"https://www.lexology.com/library/detail.aspx?g=432ba8d1-ee8c-4c6b-85cc-ee533095424d", urlSingaporeImports},
		"2321/OP29": {"https://www.lexology.com/library/detail.aspx?g=432ba8d1-ee8c-4c6b-85cc-ee533095424d"},
		"2375/OP13": {"https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086"},
		"2375/OP14": {"https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086", "https://platform.opennuclear.org/sanctions/details?page=11"},
		"2375/OP15": {"https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086"},
		"2375/OP16": {"https://platform.opennuclear.org/sanctions/details?page=25"},
		"2375/OP18": {"https://xindemarinenews.com/en/Chinawatch/2017/0929/700.html"},
		"2397/OP4":  {"https://www.un.org/securitycouncil/zh/s/res/2397-%282017%29", "https://www.un.org/securitycouncil/ar/s/res/2397-%282017%29"},
		"2397/OP5":  {"https://main.un.org/securitycouncil/ar/sanctions/1718/exemptions-measures/arms-embargo/refined-petroleum-products", "https://tomorrow.paperai.life/https://www.scribd.com/document/461204275/IGP-I"},
		"2397/OP6":  {"https://unsanctionsapp.com/types-of-sanctions/transportation-vehicles"},
		"2397/OP7":  {"https://service.betterregulation.com/document/578840"},
	}
	if !strings.Contains(urlSingaporeImports, "10a-democratic-people-republic-of-korea.md") {
		t.Fatalf("urlSingaporeImports = %q, want the prohibited-imports list 10a", urlSingaporeImports)
	}
	r := referenceRegime(t)
	for id, urls := range want {
		t.Run(id, func(t *testing.T) {
			m, ok := r.Measure(id)
			if !ok {
				t.Fatalf("Measure(%q) not found", id)
			}
			for _, u := range urls {
				if !slices.ContainsFunc(m.Sources, func(s Source) bool { return s.URL == u }) {
					t.Errorf("%s Sources = %+v, want one at %s", id, m.Sources, u)
				}
			}
		})
	}
}

// TestReferenceRevisionDetails checks the added detail of the 2026-12-01
// revision for the 17 rows it names, quoted as the reference gives it, and
// that what the reference records as a variant was not encoded as data.
func TestReferenceRevisionDetails(t *testing.T) {
	r := referenceRegime(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"2270/OP29", []string{"\"Coal, iron, and iron ore.\""}},
		{"2270/OP30", []string{"Kookmin Ilbo", "예외 없이", "\"Rare earth metals\""}},
		{"2321/OP26", []string{"every month", "\"asks member states to submit data on their imports of the North's coal every month to the sanctions committee\"", "paragraph of the monthly coal-import reporting was not seen"}},
		{"2321/OP28", []string{"\"Copper, nickel, silver, and zinc.\"", "\"prohibitions on the purchase from the DPRK\""}},
		{"2321/OP29", []string{"\"prohibitions on the export of statues from the DPRK\"", "\"Statues.\""}},
		{"2371/OP8", []string{"\"Coal, iron, and iron ore.\""}},
		{"2371/OP9", []string{"\"Seafood.\""}},
		{"2371/OP10", []string{"\"Lead, Lead Ore.\""}},
		{"2375/OP13", []string{"\"Condensates and natural gas liquids.\""}},
		{"2375/OP14", []string{"\"500,000 barrels from October till December 2017 and an annual two million barrels from 2018\"", "Open Nuclear Network database has the same conditions", "Arabic version of that page also cuts it off"}},
		{"2375/OP15", []string{"\"freezing the current amount of crude oil provided to the North\"", "\"Crude oil.\""}},
		// The source's typo "authoorised" is kept.
		{"2375/OP16", []string{"\"Imports of textiles could be authoorised for which written contracts have been finalised prior to 11 September 2017, up to 10 December 2017.\""}},
		{"2375/OP18", []string{"Xinde Marine News", "\"states shall prohibit, by their nationals or in their territories, the opening, maintenance, and operation of all joint ventures or cooperative entities, new and existing\""}},
		{"2397/OP4", []string{"\"总量不超过400万桶或525 000吨的原油。要求会员国每90天向1718委员会报告\"", "Chinese and Arabic summaries give the same figures"}},
		{"2397/OP5", []string{"\"قرار مجلس الأمن 2397 (2017)، الفقرة 5\"", "\"كل ثلاثين يوما\"", "\"500,000 barrels of refined petroleum (paragraph 5 of resolution 2397 (2017))\""}},
		{"2397/OP6", []string{"\"vessels (HS code 89), and that all States shall prohibit the procurement of the above-mentioned commodities and products from the DPRK\"", "second verbatim excerpt"}},
		{"2397/OP7", []string{"\"the provision of spare parts is needed to maintain the safe operation of DPRK passenger aircraft\"", "cut off before its number and codes"}},
	}
	if len(tests) != 17 {
		t.Fatalf("%d rows checked, want the 17 the revision names", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			m, ok := r.Measure(tt.id)
			if !ok {
				t.Fatalf("Measure(%q) not found", tt.id)
			}
			text := rowText(m)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s does not contain %s", tt.id, w)
				}
			}
			// The revision adds corroboration at the same level: no level
			// was raised. The levels themselves are checked row by row in
			// TestReferenceRows; here, the verbatim "29?" rows stay unverified.
			if strings.Contains(strings.Join(m.Unverified, "\n"), "is the expected number") && m.ParagraphVerified != NotVerified {
				t.Errorf("%s ParagraphVerified = %v, want %v", tt.id, m.ParagraphVerified, NotVerified)
			}
		})
	}

	// 2270 OP 31 keeps the UN copy's spelling in its quote and scope.
	if m, _ := r.Measure("2270/OP31"); !strings.Contains(m.Quote, "naptha-type") || strings.Contains(m.Quote, "naphtha") || !strings.Contains(m.Scope, "naptha-type") {
		t.Errorf("2270/OP31 Quote = %q, Scope = %q, want the UN copy's \"naptha-type\"", m.Quote, m.Scope)
	}

	// Flag 17: the national reading of 2397 OP 4's period is a note, not a
	// cap: one cap, in 12-month periods from the adoption day.
	if m, _ := r.Measure("2397/OP4"); len(m.Caps) != 1 || !m.Caps[0].Period.Start.Equal(day(2017, time.December, 22)) || m.Caps[0].Period.Kind != TwelveMonths {
		t.Errorf("2397/OP4 Caps = %+v, want one cap of 12-month periods from 2017-12-22", m.Caps)
	}
	// Flag 11: the press figures are variants; the caps keep the 1718
	// Committee's and the EU's.
	if m, _ := r.Measure("2321/OP26"); len(m.Caps) != 2 ||
		m.Caps[0].Limits[0].Value.String() != currency.MustNewAmount("53495894", currency.USD).String() ||
		m.Caps[1].Limits[0].Value.String() != currency.MustNewAmount("400870018", currency.USD).String() ||
		m.Caps[1].Limits[1].Quantity.String() != MustQuantity("7500000", MetricTon).String() {
		t.Errorf("2321/OP26 Caps = %+v, want the 1718 Committee and EU figures", m.Caps)
	}
	// Flag 12: the window keeps the Korean notice's last day.
	if m, _ := r.Measure("2375/OP16"); !m.Transition.LastDay.Equal(day(2017, time.December, 11)) {
		t.Errorf("2375/OP16 Transition.LastDay = %v, want 2017-12-11", m.Transition.LastDay)
	}
}

// TestReferenceUnverifiedPresent: every row the reference does not rate
// "yes" for both its content and its paragraph number says in Unverified
// what is not checked (2397 OP 4 once said nothing).
func TestReferenceUnverifiedPresent(t *testing.T) {
	for m := range referenceRegime(t).All() {
		if (m.Verified != VerifiedText || m.ParagraphVerified != VerifiedText) && len(m.Unverified) == 0 {
			t.Errorf("%s is rated %v (paragraph %v) but has no Unverified entry", m.ID, m.Verified, m.ParagraphVerified)
		}
	}
	m, _ := referenceRegime(t).Measure("2397/OP4")
	if u := strings.Join(m.Unverified, "\n"); !strings.Contains(u, "the resolution text was not seen") {
		t.Errorf("2397/OP4 Unverified = %q, want it to say the resolution text was not seen", m.Unverified)
	}
}

// TestReferenceResolutionNotes checks the adoption table's 2026-12-01
// annotations: the added corroborations with their addresses, 2094's
// "date from press" kept beside FinCEN, 2087's catch-all wording marked
// not verified, and flag 14 on 2375's date.
func TestReferenceResolutionNotes(t *testing.T) {
	tests := []struct {
		number int
		field  string // "subject" or "note"
		want   []string
	}{
		{1718, "note", []string{"SC/8853", "\"14 October 2006\"", "https://www.un.org/press/en/2006/sc8853.doc.htm"}},
		{1874, "note", []string{"Panel of Experts", "\"On 12 June 2009, the Security Council unanimously adopted resolution 1874 (2009)\"", "https://docslib.org/doc/2839278/report-to-the-security-council-from-the-panel-of-experts-pursuant-to", "State Department"}},
		{2087, "subject", []string{"\"catch-all wording\": not verified"}},
		{2087, "note", []string{"FIN-2013-A005", urlFinCEN2013}},
		{2094, "note", []string{"date from press", "FIN-2013-A005", "\"adopted on March 7, 2013\"", urlFinCEN2013}},
		{2356, "note", []string{"Law Library of Congress", "http://loc.gov/law/foreign-news/article/united-nationsnorth-korea-additional-sanctions-adopted/"}},
		{2375, "note", []string{"flag 14", "\"adopted on September 12, New York time, Resolution 2375\"", "https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086", "keeps 11 Sep 2017"}},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.number)+" "+tt.field, func(t *testing.T) {
			res, ok := ResolutionNumbered(tt.number)
			if !ok {
				t.Fatalf("ResolutionNumbered(%d) not found", tt.number)
			}
			got := res.Note
			if tt.field == "subject" {
				got = res.Subject
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("ResolutionNumbered(%d) %s = %q, want it to contain %q", tt.number, tt.field, got, w)
				}
			}
		})
	}
	// No resolution carries the catch-all wording unmarked.
	for _, res := range Resolutions() {
		if strings.Contains(res.Subject+res.Note, "catch-all") && !strings.Contains(res.Subject, "\"catch-all wording\": not verified") {
			t.Errorf("%s: Subject %q mentions catch-all wording without marking it not verified", res.Symbol(), res.Subject)
		}
	}
}
