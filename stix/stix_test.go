package stix

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sample is a small hand-built set: a KRW loss with a USD range, two
// attributions (one unverified, one with no cluster), a dispute.
func sample() []incidents.Incident {
	src := incidents.Source{By: "test source", URL: "https://example.org/a"}
	return []incidents.Incident{{
		ID: "2022-test-exchange", Date: day(2022, 3, 1), DatePrecision: incidents.PrecisionMonth,
		Victim: "Test Exchange", Country: language.MustParseRegion("KR"), VictimType: incidents.Exchange,
		Loss: currency.MustNewAmount("53200000000", currency.KRW),
		LossReport: incidents.Reported{Figure: currency.Figure{Qualifier: currency.About,
			Amount: currency.MustNewAmount("53200000000", currency.KRW), Equivalent: currency.MustNewAmount("43000000", currency.USD)},
			AsPrinted: "about 53.2 billion won", By: "police", EquivalentBy: "wire"},
		LossUSD: []incidents.Reported{{
			Figure: currency.Figure{Amount: currency.MustNewAmount("123456789012345678901234567890.12", currency.USD),
				High: currency.MustNewAmount("123456789012345678901234567891.5", currency.USD)}, By: "press"}},
		Attributions: []incidents.Attribution{
			{Actor: "Lazarus Group and APT38", Clusters: []incidents.Cluster{incidents.Lazarus, incidents.APT38}, By: "FBI",
				Date: day(2022, 4, 14), DatePrecision: incidents.PrecisionDay, Status: incidents.Confirmed, Source: src},
			{By: "a firm", Status: incidents.Attributed, Unverified: "report not seen", Source: src},
			{By: "the victim", Date: day(2022, 5, 1), Status: incidents.Disputed, Source: src},
		},
		Sources: []incidents.Source{src, {By: "court", URL: "S/2019/691"}},
	}, {
		ID: "2023-test-attempt", Date: day(2023, 1, 9), Victim: "Test Bank", VictimType: incidents.Bank, AttemptOnly: true,
		Attributions: []incidents.Attribution{{By: "FBI", Date: day(2023, 2, 1), Status: incidents.Suspected, Source: src}},
		StatedStatus: incidents.Disputed,
	}}
}

func write(t *testing.T, incs []incidents.Incident, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, incs, opt); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

type object = map[string]any

func decode(t *testing.T, b []byte) (object, []object) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var bundle object
	if err := dec.Decode(&bundle); err != nil {
		t.Fatalf("the bundle is not JSON: %v", err)
	}
	var objs []object
	for _, o := range bundle["objects"].([]any) {
		objs = append(objs, o.(object))
	}
	return bundle, objs
}

var (
	idForm        = regexp.MustCompile(`^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	timestampForm = regexp.MustCompile(`^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$`)
)

// checkBundle checks the STIX properties every object of a bundle needs
// and that every reference resolves inside the bundle.
func checkBundle(t *testing.T, b []byte) (map[string]object, []object) {
	t.Helper()
	bundle, objs := decode(t, b)
	if bundle["type"] != "bundle" || !idForm.MatchString(bundle["id"].(string)) || !strings.HasPrefix(bundle["id"].(string), "bundle--") {
		t.Errorf("bundle type/id = %v/%v", bundle["type"], bundle["id"])
	}
	if _, ok := bundle["spec_version"]; ok {
		t.Errorf("a 2.1 bundle has no spec_version")
	}
	byID := map[string]object{}
	for _, o := range objs {
		id, _ := o["id"].(string)
		typ, _ := o["type"].(string)
		m := idForm.FindStringSubmatch(id)
		switch {
		case m == nil:
			t.Errorf("object id %q is not TYPE--UUIDv5", id)
		case m[1] != typ:
			t.Errorf("object id %q does not start with its type %q", id, typ)
		}
		if byID[id] != nil {
			t.Errorf("id %q used twice", id)
		}
		byID[id] = o
		if o["spec_version"] != "2.1" {
			t.Errorf("%s: spec_version = %v, want 2.1", id, o["spec_version"])
		}
		for _, k := range []string{"created", "modified"} {
			if s, _ := o[k].(string); !timestampForm.MatchString(s) {
				t.Errorf("%s: %s = %q, want a UTC timestamp to the millisecond", id, k, s)
			}
		}
		if o["created"].(string) > o["modified"].(string) {
			t.Errorf("%s: created %v after modified %v", id, o["created"], o["modified"])
		}
		if c, ok := o["confidence"]; ok {
			n, err := c.(json.Number).Int64()
			if err != nil || n < 0 || n > 100 {
				t.Errorf("%s: confidence %v is not an integer 0–100", id, c)
			}
		}
		for _, r := range refsOf(o, "external_references") {
			ref := r.(object)
			if ref["source_name"] == "" || ref["url"] == nil && ref["description"] == nil && ref["external_id"] == nil {
				t.Errorf("%s: external reference %v needs source_name and url, description or external_id", id, ref)
			}
		}
		switch typ {
		case "incident":
			ext, _ := o["extensions"].(object)[IncidentCoreExtension].(object)
			if ext == nil || ext["extension_type"] != "property-extension" || ext["determination"] == nil || ext["investigation_status"] == nil {
				t.Errorf("%s: incident-core extension = %v", id, ext)
			}
			if o["name"] == nil {
				t.Errorf("%s: no name", id)
			}
		case "impact":
			ext := o["extensions"].(object)
			if d, _ := ext[ImpactExtension].(object); d == nil || d["extension_type"] != "new-sdo" {
				t.Errorf("%s: impact extension definition = %v", id, ext[ImpactExtension])
			}
			cat, _ := o["impact_category"].(string)
			if ext[cat] == nil {
				t.Errorf("%s: no extension named after impact_category %q", id, cat)
			}
		case "relationship":
			if o["relationship_type"] == nil || o["source_ref"] == nil || o["target_ref"] == nil {
				t.Errorf("%s: relationship without type or refs", id)
			}
		case "intrusion-set", "identity":
			if o["name"] == nil {
				t.Errorf("%s: no name", id)
			}
		case "opinion":
			if o["opinion"] == nil || len(refsOf(o, "object_refs")) == 0 {
				t.Errorf("%s: opinion without opinion or object_refs", id)
			}
		default:
			t.Errorf("%s: unexpected type %q", id, typ)
		}
	}
	for _, o := range objs {
		var refs []string
		for _, k := range []string{"source_ref", "target_ref", "created_by_ref"} {
			if s, ok := o[k].(string); ok {
				refs = append(refs, s)
			}
		}
		for _, r := range refsOf(o, "object_refs") {
			refs = append(refs, r.(string))
		}
		exts, _ := o["extensions"].(object)
		if ext, ok := exts[IncidentCoreExtension].(object); ok {
			for _, r := range refsOf(ext, "impact_refs") {
				refs = append(refs, r.(string))
			}
		}
		for _, r := range refs {
			if byID[r] == nil {
				t.Errorf("%s refers to %s, which is not in the bundle", o["id"], r)
			}
		}
	}
	return byID, objs
}

func refsOf(o object, key string) []any {
	l, _ := o[key].([]any)
	return l
}

func TestBundleKnown(t *testing.T) {
	for _, opt := range []Options{{}, {Rates: currency.YearEndKRWUSD()}, {Indent: "  "}} {
		b := write(t, incidents.Known(), opt)
		_, objs := checkBundle(t, b)
		var n int
		for _, o := range objs {
			if o["type"] == "incident" {
				n++
			}
		}
		if n != len(incidents.Known()) {
			t.Errorf("bundle has %d incidents, want %d", n, len(incidents.Known()))
		}
		if again := write(t, incidents.Known(), opt); !bytes.Equal(b, again) {
			t.Errorf("two writes of the same data differ")
		}
	}
}

func TestBundleSample(t *testing.T) {
	rates := currency.MustNewRates(currency.Rate{From: currency.USD, To: currency.KRW, Value: decimal.RequireFromString("1205.60"), Date: day(2022, 1, 1), Span: currency.Year, Source: "test table"})
	byID, objs := checkBundle(t, write(t, sample(), Options{Rates: rates}))
	inc := byID[ID("incident", "incident/2022-test-exchange")]
	if inc == nil {
		t.Fatalf("no incident with the ID of 2022-test-exchange")
	}
	ext := inc["extensions"].(object)[IncidentCoreExtension].(object)
	if ext["determination"] != "successful-attempt" {
		t.Errorf("determination = %v, want successful-attempt", ext["determination"])
	}
	if got := byID[ID("incident", "incident/2023-test-attempt")]["extensions"].(object)[IncidentCoreExtension].(object)["determination"]; got != "failed-attempt" {
		t.Errorf("determination of an attempt = %v, want failed-attempt", got)
	}

	// Impacts: the KRW loss, the printed USD equivalent, the conversion, the USD range.
	type money struct{ Cur, Min, Max, Actual, Rate, Time string }
	var got []money
	for _, r := range refsOf(ext, "impact_refs") {
		m := byID[r.(string)]["extensions"].(object)["monetary"].(object)
		s := func(k string) string {
			switch v := m[k].(type) {
			case string:
				return v
			case json.Number:
				return v.String()
			}
			return ""
		}
		got = append(got, money{s("currency"), s("min_amount"), s("max_amount"), s("currency_actual"), s("conversion_rate"), s("conversion_time")})
		if byID[r.(string)]["start_time_fidelity"] != "month" {
			t.Errorf("impact start_time_fidelity = %v, want month", byID[r.(string)]["start_time_fidelity"])
		}
	}
	want := []money{
		{"KRW", "53200000000", "53200000000", "", "", ""},
		{"USD", "43000000.00", "43000000.00", "", "", ""},
		{"USD", "44127405.44", "44127405.44", "KRW", "1205.6", "2022-01-01T00:00:00.000Z"},
		{"USD", "123456789012345678901234567890.12", "123456789012345678901234567891.50", "", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("monetary impacts (-want +got):\n%s", diff)
	}

	// Relationships: two clusters of the FBI's attribution, the unverified
	// firm's to DPRK, the suspected one; the dispute is an opinion.
	type rel struct {
		Target, By string
		Conf       string
		Created    string
		Unverified bool
	}
	var rels []rel
	var opinions []object
	for _, o := range objs {
		switch o["type"] {
		case "relationship":
			if o["relationship_type"] != "attributed-to" {
				t.Errorf("relationship_type = %v", o["relationship_type"])
			}
			rels = append(rels, rel{byID[o["target_ref"].(string)]["name"].(string), byID[o["created_by_ref"].(string)]["name"].(string),
				o["confidence"].(json.Number).String(), o["created"].(string), len(refsOf(o, "labels")) > 0})
		case "opinion":
			opinions = append(opinions, o)
		}
	}
	wantRels := []rel{
		{"Lazarus Group", "FBI", "85", "2022-04-14T00:00:00.000Z", false},
		{"APT38", "FBI", "85", "2022-04-14T00:00:00.000Z", false},
		{"DPRK", "a firm", "15", "2022-03-01T00:00:00.000Z", true},
		{"DPRK", "FBI", "15", "2023-02-01T00:00:00.000Z", false},
	}
	if diff := cmp.Diff(wantRels, rels); diff != "" {
		t.Errorf("attributed-to relationships (-want +got):\n%s", diff)
	}
	if len(opinions) != 2 {
		t.Fatalf("got %d opinions, want the victim's dispute and the stated dispute", len(opinions))
	}
	if o := opinions[0]; o["opinion"] != "disagree" || len(refsOf(o, "object_refs")) != 4 {
		t.Errorf("dispute opinion = %v, want disagree with the incident and its 3 relationships", o)
	}
	if fbi := byID[ID("identity", "identity/FBI")]; fbi["created"] != "2022-04-14T00:00:00.000Z" || fbi["modified"] != "2023-02-01T00:00:00.000Z" {
		t.Errorf("FBI identity created/modified = %v/%v, want its first and last attribution", fbi["created"], fbi["modified"])
	}
}

func TestConfidence(t *testing.T) {
	tests := []struct {
		a    incidents.Attribution
		want int // -1: none
	}{
		{incidents.Attribution{Status: incidents.Confirmed}, 85},
		{incidents.Attribution{Status: incidents.Attributed}, 50},
		{incidents.Attribution{Status: incidents.Suspected}, 15},
		{incidents.Attribution{Status: incidents.Confirmed, Unverified: "x"}, 15},
		{incidents.Attribution{Status: incidents.StatusUnknown}, -1},
	}
	for _, tt := range tests {
		c, err := confidence(tt.a)
		got := -1
		if c != nil {
			got = *c
		}
		if err != nil || got != tt.want {
			t.Errorf("confidence(%v, unverified %q) = %d, %v; want %d", tt.a.Status, tt.a.Unverified, got, err, tt.want)
		}
	}
	if _, err := confidence(incidents.Attribution{Status: incidents.Status(77)}); err == nil {
		t.Errorf("confidence(Status(77)) = nil error, want one")
	}
}

// TestIDs checks the UUIDv5 implementation against identifiers computed
// independently (Python's uuid.uuid5).
func TestIDs(t *testing.T) {
	const urlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8"
	if got := uuid5(urlNamespace, "https://github.com/kpledger/kpledger/stix"); got != Namespace {
		t.Errorf("uuid5(URL, kpledger) = %s, want Namespace %s", got, Namespace)
	}
	if got, want := ID("incident", "incident/2022-ronin-bridge"), "incident--a59eb125-16b8-5ebd-bfef-50fea3a73070"; got != want {
		t.Errorf("ID(incident, ronin) = %s, want %s", got, want)
	}
	if got, want := uuid5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d"; got != want {
		t.Errorf("uuid5(DNS, python.org) = %s, want %s", got, want)
	}
}

func TestWriteErrors(t *testing.T) {
	good := sample()[1]
	tests := []struct {
		name string
		incs []incidents.Incident
		want string
	}{
		{"no ID", []incidents.Incident{{Date: day(2022, 1, 1)}}, "stix: an incident has no ID"},
		{"no date", []incidents.Incident{{ID: "x"}}, `stix: incident "x": no date`},
		{"twice", []incidents.Incident{good, good}, `stix: incident "2023-test-attempt": the ID is used twice`},
		{"negative", []incidents.Incident{{ID: "n", Date: day(2022, 1, 1), LossUSD: []incidents.Reported{{Figure: currency.Figure{Amount: currency.MustNewAmount("-5", currency.USD)}}}}}, `stix: incident "n": USD figure 1: negative amount`},
		{"no currency", []incidents.Incident{{ID: "c", Date: day(2022, 1, 1), OtherLosses: []incidents.Reported{{Figure: currency.Figure{Amount: currency.AmountOf(decimal.NewFromInt(5), currency.XXX)}}}}}, `stix: incident "c": other figure 1: amount 5 has no valid currency`},
		{"bad status", []incidents.Incident{{ID: "s", Date: day(2022, 1, 1), Attributions: []incidents.Attribution{{Status: incidents.Status(50)}}}}, `stix: incident "s": attributions[0]`},
		{"bad cluster", []incidents.Incident{{ID: "k", Date: day(2022, 1, 1), Attributions: []incidents.Attribution{{Status: incidents.Attributed, Clusters: []incidents.Cluster{incidents.Cluster(200)}}}}}, `stix: incident "k": attributions[0]: undefined cluster Cluster(200)`},
		{"bad dispute precision", []incidents.Incident{{ID: "d", Date: day(2022, 1, 1), Attributions: []incidents.Attribution{{Status: incidents.Disputed, Date: day(2022, 2, 1), DatePrecision: incidents.Precision(9)}}}}, `stix: incident "d": attributions[0]: date precision`},
		{"bad precision", []incidents.Incident{{ID: "p", Date: day(2022, 1, 1), DatePrecision: incidents.Precision(9)}}, `stix: incident "p": date precision`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Write(&b, tt.incs, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Write = %v, want an error containing %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("Write wrote %d bytes before failing", b.Len())
			}
		})
	}
}

func TestEmptyBundle(t *testing.T) {
	bundle, objs := decode(t, write(t, nil, Options{}))
	if len(objs) != 0 || bundle["objects"] == nil {
		t.Errorf("empty bundle = %v, want \"objects\": []", bundle)
	}
}
