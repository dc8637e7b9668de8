package stix

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/kpledger/kpledger/incidents"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The extension-definition IDs the bundle uses.
const (
	// IncidentCoreExtension is the incident-core property extension of the
	// incident SDO.
	IncidentCoreExtension = "extension-definition--ef765651-680c-498d-9894-99799f2fa126"
	// ImpactExtension defines the impact SDO and its category extensions.
	ImpactExtension = "extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9"
)

// Namespace is the UUID namespace of every identifier the package makes:
// the UUIDv5 of "https://github.com/kpledger/kpledger/stix" in the RFC 9562
// URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
const Namespace = "44ee9dc9-d30e-565e-a15f-d0340375a3c9"

// SpecVersion is the STIX version of every object.
const SpecVersion = "2.1"

// The confidence of an attributed-to relationship by status: the
// None/Low/Med/High scale of the STIX 2.1 confidence appendix.
const (
	ConfidenceConfirmed  = 85 // High
	ConfidenceAttributed = 50 // Med
	ConfidenceSuspected  = 15 // Low; also the most an unverified attribution gets
)

// Options change what [Write] exports. The zero Options is valid.
type Options struct {
	// Rates, if it has a rate for an incident's day, adds an impact with
	// the incident's own-currency loss converted to USD, its rate and the
	// rate's date (see [currency.Rates.Convert], which uses a rate only
	// inside the span it stands for). conversion_time is the rate's Date:
	// the day of a daily rate, 1 January for an annual average such as
	// [currency.AnnualKRWUSD]. The zero Rates adds none.
	Rates currency.Rates
	// Indent, if not empty, indents the JSON with it ("  "); the bundle is
	// then written one property a line.
	Indent string
}

// ID returns the STIX identifier of the object of type typ with the given
// name in [Namespace]: ID("incident", "incident/2022-ronin-bridge").
func ID(typ, name string) string {
	return typ + "--" + uuid5(Namespace, name)
}

// uuid5 returns the RFC 9562 version-5 UUID of name in namespace ns (a
// UUID in its text form).
func uuid5(ns, name string) string {
	nsb, err := hex.DecodeString(strings.ReplaceAll(ns, "-", ""))
	if err != nil || len(nsb) != 16 {
		panic("stix: bad namespace " + ns) // only package constants reach here
	}
	h := sha1.New()
	h.Write(nsb)
	h.Write([]byte(name))
	b := h.Sum(nil)[:16]
	b[6] = b[6]&0x0f | 0x50
	b[8] = b[8]&0x3f | 0x80
	x := hex.EncodeToString(b)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

// timestamp formats t as a STIX timestamp to the millisecond in UTC.
func timestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// externalReference is a STIX external reference.
type externalReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
}

// sourceRef makes an external reference of a source: the URL only when it
// is one (a document symbol or repository path goes to the description).
func sourceRef(s incidents.Source) externalReference {
	r := externalReference{SourceName: s.By}
	if r.SourceName == "" {
		r.SourceName = "source"
	}
	var desc []string
	if !s.Date.IsZero() {
		desc = append(desc, s.Date.Format(time.DateOnly))
	}
	if s.URL != "" {
		if strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://") {
			r.URL = s.URL
		} else {
			desc = append(desc, s.URL)
		}
	}
	if s.Note != "" {
		desc = append(desc, s.Note)
	}
	r.Description = strings.Join(desc, "; ")
	if r.URL == "" && r.Description == "" {
		r.Description = "no address given"
	}
	return r
}

// common holds the properties every object has, in the order written.
type common struct {
	Type               string              `json:"type"`
	SpecVersion        string              `json:"spec_version"`
	ID                 string              `json:"id"`
	CreatedByRef       string              `json:"created_by_ref,omitempty"`
	Created            string              `json:"created"`
	Modified           string              `json:"modified"`
	Labels             []string            `json:"labels,omitempty"`
	Confidence         *int                `json:"confidence,omitempty"`
	ExternalReferences []externalReference `json:"external_references,omitempty"`
}

type incidentCore struct {
	ExtensionType       string   `json:"extension_type"`
	Determination       string   `json:"determination"`
	InvestigationStatus string   `json:"investigation_status"`
	ImpactRefs          []string `json:"impact_refs,omitempty"`
}

type incidentObject struct {
	common
	Name        string                  `json:"name"`
	Description string                  `json:"description,omitempty"`
	Extensions  map[string]incidentCore `json:"extensions"`
}

type monetary struct {
	Variety        string          `json:"variety"`
	Currency       string          `json:"currency"`
	MinAmount      json.RawMessage `json:"min_amount"`
	MaxAmount      json.RawMessage `json:"max_amount"`
	CurrencyActual string          `json:"currency_actual,omitempty"`
	ConversionRate json.RawMessage `json:"conversion_rate,omitempty"`
	ConversionTime string          `json:"conversion_time,omitempty"`
}

type impactExtensions struct {
	Definition struct {
		ExtensionType string `json:"extension_type"`
	} `json:"extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9"`
	Monetary monetary `json:"monetary"`
}

type impactObject struct {
	common
	ImpactCategory    string           `json:"impact_category"`
	Description       string           `json:"description,omitempty"`
	StartTime         string           `json:"start_time,omitempty"`
	StartTimeFidelity string           `json:"start_time_fidelity,omitempty"`
	Extensions        impactExtensions `json:"extensions"`
}

type intrusionSet struct {
	common
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
}

type identity struct {
	common
	Name string `json:"name"`
}

type relationship struct {
	common
	RelationshipType string `json:"relationship_type"`
	Description      string `json:"description,omitempty"`
	SourceRef        string `json:"source_ref"`
	TargetRef        string `json:"target_ref"`
}

type opinion struct {
	common
	Explanation string   `json:"explanation,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	ObjectRefs  []string `json:"object_refs"`
	Opinion     string   `json:"opinion"`
}

type bundle struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Objects []any  `json:"objects"`
}

// span is the first and last date of the objects that use a shared object.
type span struct{ first, last time.Time }

func (s *span) add(t time.Time) {
	if s.first.IsZero() || t.Before(s.first) {
		s.first = t
	}
	if t.After(s.last) {
		s.last = t
	}
}

// Write writes incs as one STIX 2.1 bundle (see the package documentation
// for what it holds) to w, as JSON followed by a newline.
//
// Write returns an error, naming the incident, if an incident has no ID or
// no date, two incidents have one ID, an amount is negative or in an
// invalid currency, or a status, cluster or precision is undefined; and
// the error of w if writing fails. It writes nothing if it fails before
// writing.
func Write(w io.Writer, incs []incidents.Incident, opt Options) error {
	b, err := build(incs, opt)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", opt.Indent)
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("stix: write bundle: %w", err)
	}
	return nil
}

func build(incs []incidents.Incident, opt Options) (*bundle, error) {
	seen := make(map[string]bool, len(incs))
	ids := make([]string, 0, len(incs))
	for _, inc := range incs {
		switch {
		case inc.ID == "":
			return nil, errors.New("stix: an incident has no ID")
		case seen[inc.ID]:
			return nil, fmt.Errorf("stix: incident %q: the ID is used twice", inc.ID)
		case inc.Date.IsZero():
			return nil, fmt.Errorf("stix: incident %q: no date, and STIX needs one for created", inc.ID)
		}
		seen[inc.ID] = true
		ids = append(ids, inc.ID)
	}
	slices.Sort(ids)

	clusters := map[incidents.Cluster]*span{}
	identities := map[string]*span{}
	var perIncident []any
	for _, inc := range incs {
		objs, err := incidentObjects(inc, opt, clusters, identities)
		if err != nil {
			return nil, err
		}
		perIncident = append(perIncident, objs...)
	}

	var objs []any
	names := make([]string, 0, len(identities))
	for n := range identities {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		s := identities[n]
		objs = append(objs, identity{common: common{
			Type: "identity", SpecVersion: SpecVersion, ID: identityID(n),
			Created: timestamp(s.first), Modified: timestamp(s.last),
		}, Name: n})
	}
	cs := make([]incidents.Cluster, 0, len(clusters))
	for c := range clusters {
		cs = append(cs, c)
	}
	slices.Sort(cs)
	for _, c := range cs {
		s := clusters[c]
		is := intrusionSet{common: common{
			Type: "intrusion-set", SpecVersion: SpecVersion, ID: clusterID(c),
			Created: timestamp(s.first), Modified: timestamp(s.last),
		}, Name: c.String(), Aliases: c.Aliases()}
		if c == incidents.DPRK {
			is.Description = "North Korean actors, no cluster named"
		}
		if m := c.MITRE(); m != "" {
			is.ExternalReferences = []externalReference{{
				SourceName: "mitre-attack", ExternalID: m, URL: "https://attack.mitre.org/groups/" + m + "/",
			}}
		}
		objs = append(objs, is)
	}
	objs = append(objs, perIncident...)
	if objs == nil {
		objs = []any{}
	}
	return &bundle{Type: "bundle", ID: ID("bundle", "bundle/"+strings.Join(ids, "\n")), Objects: objs}, nil
}

func identityID(name string) string { return ID("identity", "identity/"+name) }

func clusterID(c incidents.Cluster) string { return ID("intrusion-set", "intrusion-set/"+c.String()) }

// fidelity maps a date precision to the extension's timestamp fidelity.
func fidelity(p incidents.Precision) (string, error) {
	switch p {
	case incidents.PrecisionUnknown, incidents.PrecisionDay:
		return "day", nil
	case incidents.PrecisionMonth:
		return "month", nil
	case incidents.PrecisionYear:
		return "year", nil
	}
	return "", fmt.Errorf("undefined %v", p)
}

// confidence maps an attribution to its relationship's confidence; nil
// means none is stated.
func confidence(a incidents.Attribution) (*int, error) {
	var c int
	switch a.Status {
	case incidents.StatusUnknown:
		return nil, nil
	case incidents.Confirmed:
		c = ConfidenceConfirmed
	case incidents.Attributed:
		c = ConfidenceAttributed
	case incidents.Suspected:
		c = ConfidenceSuspected
	default:
		return nil, fmt.Errorf("status %v has no confidence", a.Status)
	}
	if a.Unverified != "" {
		c = min(c, ConfidenceSuspected)
	}
	return &c, nil
}

// number writes an amount's exact decimal as a JSON number.
func number(a currency.Amount) json.RawMessage {
	_, num, _ := strings.Cut(a.String(), " ")
	return json.RawMessage(num)
}

func incidentObjects(inc incidents.Incident, opt Options, clusters map[incidents.Cluster]*span, identities map[string]*span) ([]any, error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("stix: incident %q: %s", inc.ID, fmt.Sprintf(format, args...))
	}
	fid, err := fidelity(inc.DatePrecision)
	if err != nil {
		return nil, fail("date precision: %v", err)
	}
	created := timestamp(inc.Date)
	incID := ID("incident", "incident/"+inc.ID)

	// Impacts.
	var impacts []any
	var impactRefs []string
	addImpact := func(field string, m monetary, desc string) {
		n := len(impacts)
		id := ID("impact", fmt.Sprintf("impact/%s/%d", inc.ID, n))
		im := impactObject{
			common:         common{Type: "impact", SpecVersion: SpecVersion, ID: id, Created: created, Modified: created},
			ImpactCategory: "monetary", Description: field + ": " + desc,
			StartTime: created, StartTimeFidelity: fid,
		}
		im.Extensions.Definition.ExtensionType = "new-sdo"
		m.Variety = "asset-and-fraud"
		im.Extensions.Monetary = m
		impacts = append(impacts, im)
		impactRefs = append(impactRefs, id)
	}
	// reported adds the impact of a reported figure (or range).
	reported := func(field string, r incidents.Reported) error {
		lo, hi := r.Figure.Amount, r.Figure.Amount
		if r.IsRange() {
			hi = r.Figure.High
		}
		switch {
		case lo.IsZero() && !r.IsRange():
			return nil // nothing lost: an impact's amounts must be positive
		case !lo.Currency().Valid() || lo.Currency() == currency.XXX:
			return fail("%s: amount %s has no valid currency", field, lo.Decimal().String())
		case lo.Sign() < 0 || hi.Sign() < 0:
			return fail("%s: negative amount in %v", field, r.Figure)
		case hi.Currency() != lo.Currency():
			return fail("%s: range from %v to %v", field, lo, hi)
		}
		addImpact(field, monetary{Currency: lo.Currency().String(), MinAmount: number(lo), MaxAmount: number(hi)}, reportedText(r))
		return nil
	}
	if inc.HasLoss() {
		if inc.Loss.Sign() < 0 {
			return nil, fail("loss: negative amount %v", inc.Loss)
		}
		r := inc.LossReport
		r.Figure.Amount = inc.Loss
		r.Figure.Equivalent, r.Figure.EquivalentQualifier = currency.Amount{}, currency.Exact
		r.Figure.HighEquivalent, r.Figure.HighEquivalentQualifier = currency.Amount{}, currency.Exact
		if r.IsRange() && r.Figure.High.Currency() != inc.Loss.Currency() {
			r.Figure.High, r.Figure.HighQualifier = currency.Amount{}, currency.Exact
		}
		if err := reported("loss as first reported", r); err != nil {
			return nil, err
		}
		if eq := inc.LossReport.Figure.Equivalent; !eq.IsZero() && eq.Currency() != inc.Loss.Currency() {
			f := inc.LossReport.Figure
			if err := reported("equivalent printed with the loss", incidents.Reported{
				Figure: currency.Figure{Qualifier: f.EquivalentQualifier, Amount: eq, HighQualifier: f.HighEquivalentQualifier, High: f.HighEquivalent},
				By:     inc.LossReport.EquivalentBy,
			}); err != nil {
				return nil, err
			}
		}
		if opt.Rates.Len() > 0 && inc.Loss.Currency() != currency.USD {
			if conv, rate, err := opt.Rates.Convert(inc.Loss, currency.USD, inc.Date); err == nil {
				if v, src, ok := usdRate(opt.Rates, rate, inc.Loss.Currency(), inc.Date); ok && v.Sign() > 0 {
					addImpact("loss converted to USD", monetary{
						Currency: "USD", MinAmount: number(conv), MaxAmount: number(conv),
						CurrencyActual: inc.Loss.Currency().String(),
						ConversionRate: json.RawMessage(v.String()),
						ConversionTime: timestamp(rate.Date),
					}, fmt.Sprintf("%v at %s %v per USD of %s (%s)", inc.Loss, v.String(), inc.Loss.Currency(),
						rate.Date.Format(time.DateOnly), src))
				}
			}
		}
	}
	for i, r := range inc.LossUSD {
		if err := reported(fmt.Sprintf("USD figure %d", i+1), r); err != nil {
			return nil, err
		}
	}
	for i, r := range inc.OtherLosses {
		if err := reported(fmt.Sprintf("other figure %d", i+1), r); err != nil {
			return nil, err
		}
	}

	determination := "successful-attempt"
	if inc.AttemptOnly {
		determination = "failed-attempt"
	}
	name := inc.Victim
	if name == "" {
		name = inc.ID
	}
	own := externalReference{SourceName: "kpledger", ExternalID: inc.ID}
	if inc.Row != "" {
		own.Description = "reference table row " + inc.Row
	}
	refs := []externalReference{own}
	for _, s := range inc.Sources {
		refs = append(refs, sourceRef(s))
	}
	for i, f := range inc.Flows {
		if f.Source.IsZero() {
			continue
		}
		r := sourceRef(f.Source)
		r.Description = fmt.Sprintf("flow %d (%s): %s", i+1, f.Kind, r.Description)
		refs = append(refs, r)
	}
	obj := incidentObject{
		common: common{
			Type: "incident", SpecVersion: SpecVersion, ID: incID, Created: created, Modified: created,
			ExternalReferences: refs,
		},
		Name:        name,
		Description: describe(inc),
		Extensions: map[string]incidentCore{IncidentCoreExtension: {
			ExtensionType: "property-extension", Determination: determination,
			InvestigationStatus: "closed", ImpactRefs: impactRefs,
		}},
	}
	out := []any{obj}
	out = append(out, impacts...)

	// Attributions.
	var rels []string
	var disputes []incidents.Attribution
	var disputeIdx []int
	for i, a := range inc.Attributions {
		// A dispute's date is written too (dateText), so its precision is
		// checked like any attribution's.
		if _, err := fidelity(a.DatePrecision); err != nil {
			return nil, fail("attributions[%d]: date precision: %v", i, err)
		}
		if a.Status == incidents.Disputed {
			disputes, disputeIdx = append(disputes, a), append(disputeIdx, i)
			continue
		}
		conf, err := confidence(a)
		if err != nil {
			return nil, fail("attributions[%d]: %v", i, err)
		}
		when, dated := a.Date, !a.Date.IsZero()
		if !dated {
			when = inc.Date
		}
		cs := a.Clusters
		if len(cs) == 0 {
			cs = []incidents.Cluster{incidents.DPRK}
		}
		by := a.By
		if by == "" {
			by = "unnamed attributor"
		}
		if identities[by] == nil {
			identities[by] = &span{}
		}
		identities[by].add(when)
		for _, c := range cs {
			if _, err := c.MarshalText(); err != nil {
				return nil, fail("attributions[%d]: undefined cluster %v", i, c)
			}
			if clusters[c] == nil {
				clusters[c] = &span{}
			}
			clusters[c].add(when)
			id := ID("relationship", fmt.Sprintf("relationship/%s/%d/%s", inc.ID, i, c))
			rel := relationship{
				common: common{
					Type: "relationship", SpecVersion: SpecVersion, ID: id, CreatedByRef: identityID(by),
					Created: timestamp(when), Modified: timestamp(when), Confidence: conf,
					ExternalReferences: []externalReference{sourceRef(a.Source)},
				},
				RelationshipType: "attributed-to", SourceRef: incID, TargetRef: clusterID(c),
				Description: attributionText(a, dated, inc.Date),
			}
			if a.Unverified != "" {
				rel.Labels = []string{"unverified"}
			}
			out = append(out, rel)
			rels = append(rels, id)
		}
	}
	for k, a := range disputes {
		when := a.Date
		if when.IsZero() {
			when = inc.Date
		}
		authors := []string(nil)
		if a.By != "" {
			authors = []string{a.By}
		}
		out = append(out, opinion{
			common: common{
				Type: "opinion", SpecVersion: SpecVersion, ID: ID("opinion", fmt.Sprintf("opinion/%s/%d", inc.ID, disputeIdx[k])),
				Created: timestamp(when), Modified: timestamp(when),
				ExternalReferences: []externalReference{sourceRef(a.Source)},
			},
			Explanation: "Disputed: " + attributionText(a, !a.Date.IsZero(), inc.Date),
			Authors:     authors, ObjectRefs: append([]string{incID}, rels...), Opinion: "disagree",
		})
	}
	if inc.StatedStatus == incidents.Disputed && len(disputes) == 0 {
		text := "kpledger's reference states the attribution of this incident as disputed"
		if inc.StatedText != "" {
			text += fmt.Sprintf(" (%q)", inc.StatedText)
		}
		out = append(out, opinion{
			common: common{
				Type: "opinion", SpecVersion: SpecVersion, ID: ID("opinion", "opinion/"+inc.ID+"/stated"),
				Created: created, Modified: created,
			},
			Explanation: text, Authors: []string{"kpledger reference"},
			ObjectRefs: append([]string{incID}, rels...), Opinion: "disagree",
		})
	}
	return out, nil
}

// usdRate returns the rate of rate's conversion as units of from per USD:
// exactly the stored value where the table holds a USD→from rate (looked
// up for the day on, as Convert found it, not by a scan of the table); a
// stored from→USD rate inverted to 12 fraction digits.
//
// It also returns the source of the stored rate.
func usdRate(rates currency.Rates, rate currency.Rate, from currency.Currency, on time.Time) (decimal.Decimal, string, bool) {
	if src, ok := strings.CutPrefix(rate.Source, "inverse of "); ok {
		_, r, err := rates.Convert(currency.AmountOf(decimal.NewFromInt(1), currency.USD), from, on)
		if err != nil || r.From != currency.USD || r.To != from || r.Source != src || !r.Date.Equal(rate.Date) {
			return decimal.Decimal{}, "", false
		}
		return r.Value, src, true
	}
	if rate.From == from && rate.To == currency.USD && rate.Value.Sign() > 0 {
		return decimal.NewFromInt(1).DivRound(rate.Value, 12), "inverse of " + rate.Source, true
	}
	return decimal.Decimal{}, "", false
}

// reportedText writes a reported figure for a description: the figure,
// the text as printed, who gave it and who gave its equivalent.
func reportedText(r incidents.Reported) string {
	s := r.Figure.String()
	if r.AsPrinted != "" {
		s += fmt.Sprintf(", printed %q", r.AsPrinted)
	}
	if r.By != "" {
		s += ", by " + r.By
	}
	if r.EquivalentBy != "" && (!r.Figure.Equivalent.IsZero() || !r.Figure.HighEquivalent.IsZero()) {
		s += ", equivalent by " + r.EquivalentBy
	}
	return s
}

func attributionText(a incidents.Attribution, dated bool, incDate time.Time) string {
	by := a.By
	if by == "" {
		by = "an unnamed attributor"
	}
	s := "Attributed by " + by
	if dated {
		s += " on " + dateText(a.Date, a.DatePrecision)
	} else {
		s += " (date not given; created is the incident's date " + incDate.Format(time.DateOnly) + ")"
	}
	if a.Actor != "" {
		s += fmt.Sprintf(" to %q", a.Actor)
	}
	s += " (" + a.Status.String() + ")"
	if a.Unverified != "" {
		s += "; unverified: " + a.Unverified
	}
	return s + "."
}

func dateText(t time.Time, p incidents.Precision) string {
	switch p {
	case incidents.PrecisionMonth:
		return t.Format("2006-01")
	case incidents.PrecisionYear:
		return t.Format("2006")
	}
	return t.Format(time.DateOnly)
}

// describe writes the incident's description from its fields.
func describe(inc incidents.Incident) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Theft from %s", cmp.Or(inc.Victim, "an unnamed victim"))
	if inc.VictimUnverified {
		b.WriteString(" (identity unverified)")
	}
	if inc.FiledAs != "" && inc.FiledAs != inc.Victim {
		fmt.Fprintf(&b, " (filed as %q)", inc.FiledAs)
	}
	if inc.VictimType != incidents.VictimUnknown {
		fmt.Fprintf(&b, " (victim type: %s)", inc.VictimType)
	}
	if inc.Country != (language.Region{}) {
		fmt.Fprintf(&b, " in %s", inc.Country)
		if inc.CountryUnverified {
			b.WriteString(" (unverified)")
		}
	}
	fmt.Fprintf(&b, ", on %s", dateText(inc.Date, inc.DatePrecision))
	if inc.AttemptOnly {
		b.WriteString("; an attempt: the sources say nothing was lost")
	}
	if inc.HasLoss() {
		fmt.Fprintf(&b, "; loss as first reported %v", inc.Loss)
		if inc.LossReport.AsPrinted != "" {
			fmt.Fprintf(&b, " (printed %q)", inc.LossReport.AsPrinted)
		}
	}
	for _, a := range inc.Assets {
		b.WriteString("; taken: ")
		if a.Qualifier != currency.Exact {
			b.WriteString(a.Qualifier.String() + " ")
		}
		fmt.Fprintf(&b, "%s %s", a.Quantity.String(), a.Symbol)
		if a.By != "" {
			fmt.Fprintf(&b, " (per %s)", a.By)
		}
		if a.Partial {
			b.WriteString(" (part of what was taken)")
		}
	}
	for i, f := range inc.Flows {
		fmt.Fprintf(&b, "; flow %d, %s: %s", i+1, f.Kind, reportedText(f.Figure))
		if f.Whole {
			b.WriteString(" (all of it)")
		}
	}
	fmt.Fprintf(&b, ". Status: %s", inc.StatusText())
	if inc.StatedText != "" {
		fmt.Fprintf(&b, " (as stated: %q)", inc.StatedText)
	}
	b.WriteString(".")
	if inc.IdentifiedAs != "" {
		fmt.Fprintf(&b, " Identified by %s as %s (unverified).", cmp.Or(inc.IdentifiedBy, "press"), inc.IdentifiedAs)
	}
	for _, u := range inc.Unverified {
		fmt.Fprintf(&b, " Unverified: %s.", strings.TrimSuffix(u, "."))
	}
	for _, n := range inc.Notes {
		fmt.Fprintf(&b, " Note: %s.", strings.TrimSuffix(n, "."))
	}
	return b.String()
}
