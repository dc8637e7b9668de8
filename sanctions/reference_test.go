package sanctions

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
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
