package sanctions

import (
	"slices"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// Number is a count or percentage as a source printed it, with its hedge:
// "more than 90,000" is {MoreThan, 90000}; "nearly 90 percent" is {Nearly,
// 90}. The zero Number (Exact 0) means "none printed" when Value is zero.
type Number struct {
	Qualifier currency.Qualifier
	Value     decimal.Decimal
}

// IsZero reports whether n is the zero Number (none printed).
func (n Number) IsZero() bool { return n.Qualifier == currency.Exact && n.Value.IsZero() }

// String returns the number with its qualifier: "more than 90000".
func (n Number) String() string {
	if n.Qualifier == currency.Exact {
		return n.Value.String()
	}
	return n.Qualifier.String() + " " + n.Value.String()
}

// RevenueEstimate is a published estimate of the export revenue a measure
// cut, or of an outcome, exactly as printed and with who printed it. The
// estimates disagree and measure different things (a year, 2016, a
// three-year average); each keeps its own basis in Per and its own source.
type RevenueEstimate struct {
	Subject     string      // the reference's "measure" column, such as "2375 (textiles)"
	Resolutions []int       // the resolutions it is about; empty for context rows
	Commodities []Commodity // the commodities it is about
	Workers     bool        // it is about DPRK workers abroad
	Outcome     bool        // it reports a measured outcome, not revenue a measure was meant to cut
	Text        string      // the figure as published, quoted where the reference quotes it
	Figure      currency.Figure
	Per         string // what the figure covers: "per year", "in 2016", "three-year average"; "" if not printed
	Share       Number // a percentage printed with the figure, as described in Text
	People      Number // a number of workers printed with the figure
	Publisher   string // who made the estimate: "US fact sheet", "KOTRA"
	Via         string // the secondary outlet it was seen through, where the reference says "via"
	Published   string // the date as given: "2017-08-05", "2019-12"; "" where none is given
	Source      string // where it was seen
}

// Clone returns a deep copy of e.
func (e RevenueEstimate) Clone() RevenueEstimate {
	e.Resolutions = slices.Clone(e.Resolutions)
	e.Commodities = slices.Clone(e.Commodities)
	return e
}

func usd(v string, q currency.Qualifier) currency.Figure {
	return currency.Figure{Qualifier: q, Amount: currency.MustNewAmount(v, currency.USD)}
}

func num(q currency.Qualifier, v string) Number {
	return Number{Qualifier: q, Value: decimal.RequireFromString(v)}
}

// RevenueEstimates returns the reference's table "Published estimates of the
// export revenue the measures cut", one entry per row in table order. Every
// row was seen in the source named, secondary where Via is set. Each call
// returns fresh copies.
func RevenueEstimates() []RevenueEstimate {
	return []RevenueEstimate{
		{
			Subject: "2371 (coal, iron, lead, seafood)", Resolutions: []int{2371},
			Commodities: []Commodity{Coal, Iron, Lead, Seafood},
			Text:        "would stop the DPRK \"earning over a $1 billion per year\" of its \"approximately $3 billion per year from export revenues\"",
			Figure:      usd("1000000000", currency.MoreThan), Per: "per year",
			Publisher: "US fact sheet", Published: "2017-08-05",
			Source: "eg.usembassy.gov fact sheet on UNSCR 2371",
		},
		{
			Subject: "2321 (coal cap)", Resolutions: []int{2321}, Commodities: []Commodity{Coal},
			Text:   "cuts coal exports by \"approximately $700 million per year from 2015 (more than 60%)\"",
			Figure: usd("700000000", currency.About), Per: "per year", Share: num(currency.MoreThan, "60"),
			Publisher: "US fact sheet", Published: "2016-11-30",
			Source: "kr.usembassy.gov fact sheet on UNSCR 2321",
		},
		{
			Subject: "2321 (copper, nickel, silver, zinc)", Resolutions: []int{2321},
			Commodities: []Commodity{Copper, Nickel, Silver, Zinc, Statues},
			Text:        "\"approximately $100 million\" a year; statues \"tens of millions\"",
			Figure:      usd("100000000", currency.About), Per: "per year",
			Publisher: "US fact sheet", Published: "2016-11-30",
			Source: "kr.usembassy.gov; business-standard.com",
		},
		{
			Subject: "coal exports (context)", Commodities: []Commodity{Coal},
			Text:   "almost $1.2 billion in 2016, about 40% of export revenue",
			Figure: usd("1200000000", currency.Nearly), Per: "in 2016", Share: num(currency.About, "40"),
			Publisher: "secondary press", Source: "envestorfirst.com",
		},
		{
			Subject: "2375 (textiles)", Resolutions: []int{2375}, Commodities: []Commodity{Textiles},
			Text:   "$752 million in 2016, about 80% of it to China",
			Figure: usd("752000000", currency.Exact), Per: "in 2016", Share: num(currency.About, "80"),
			Publisher: "KOTRA", Via: "press", Source: "just-style.com; fashionatingworld.com",
		},
		{
			Subject: "2375 (textiles)", Resolutions: []int{2375}, Commodities: []Commodity{Textiles},
			Text:   "$760 million, three-year average",
			Figure: usd("760000000", currency.Exact), Per: "three-year average",
			Publisher: "US officials", Via: "NPR", Source: "steemcn.xyz (NPR-derived)",
		},
		{
			Subject: "2375 (textiles)", Resolutions: []int{2375}, Commodities: []Commodity{Textiles},
			Text:      "about $800 million",
			Figure:    usd("800000000", currency.About),
			Publisher: "Japan's UN ambassador Bessho", Via: "UN press", Source: "strtrade.com",
		},
		{
			Subject: "2375 (textiles)", Resolutions: []int{2375}, Commodities: []Commodity{Textiles},
			Text:   "about $950 million a year",
			Figure: usd("950000000", currency.About), Per: "per year",
			Publisher: "Australian foreign minister Julie Bishop", Source: "textileexcellence.com",
		},
		{
			Subject: "2375 (all)", Resolutions: []int{2375},
			Text:      "\"over 90% of North Korea's publicly reported 2016 exports of $2.7 billion\" banned",
			Share:     num(currency.MoreThan, "90"),
			Publisher: "Kharon", Source: "Kharon analysis",
		},
		{
			Subject: "workers (2371, 2375, 2397)", Resolutions: []int{2371, 2375, 2397}, Workers: true,
			Text:   "more than 90,000 workers earning about $0.5 billion a year",
			Figure: usd("500000000", currency.About), Per: "per year", People: num(currency.MoreThan, "90000"),
			Publisher: "US officials", Via: "NPR", Source: "steemcn.xyz (NPR-derived)",
		},
		{
			Subject: "workers", Workers: true,
			Text:      "about 93,000 workers",
			People:    num(currency.About, "93000"),
			Publisher: "US officials", Source: "howafrica.com; Jiji",
		},
		{
			Subject: "workers", Workers: true,
			Text:   "about $500 million a year from about 100,000 workers (about 50,000 in China, 30,000 in Russia)",
			Figure: usd("500000000", currency.About), Per: "per year", People: num(currency.About, "100000"),
			Publisher: "Sejong Institute", Published: "2019-12", Source: "Sejong Institute",
		},
		{
			Subject: "workers (outcome)", Workers: true, Outcome: true,
			Text:      "about 23,000 repatriated by December 2019 per states' interim reports; Russia reported a drop of 18,533",
			People:    num(currency.About, "23000"),
			Publisher: "Yonhap", Source: "Yonhap",
		},
		{
			Subject: "2397 (refined petroleum)", Resolutions: []int{2397}, Commodities: []Commodity{RefinedPetroleum},
			Text:      "the cap blocks \"nearly 90 percent\" of refined-product supplies to the DPRK",
			Share:     num(currency.Nearly, "90"),
			Publisher: "Xinhua", Source: "dailyfinland.fi (Xinhua)",
		},
		{
			Subject: "outcome", Outcome: true,
			Text:      "DPRK exports fell 37.2% in 2017",
			Share:     num(currency.Exact, "37.2"),
			Publisher: "KOTRA", Via: "Yonhap", Source: "Yonhap",
		},
	}
}

// RevenueRange returns the lowest and highest of the estimates that print a
// money figure, compared by amount (qualifiers and bases are not weighed:
// each end keeps its own, see Per), and false if none prints one or the
// figures are in more than one currency. Use it on a filtered list, such as
// the textile rows, to keep disagreeing sources as a range.
func RevenueRange(estimates []RevenueEstimate) (low, high RevenueEstimate, ok bool) {
	for _, e := range estimates {
		a := e.Figure.Amount
		if a.Currency() == currency.XXX {
			continue
		}
		if !ok {
			low, high, ok = e, e, true
			continue
		}
		c, err := a.Cmp(low.Figure.Amount)
		if err != nil {
			return RevenueEstimate{}, RevenueEstimate{}, false
		}
		if c < 0 {
			low = e
		}
		if c, _ = a.Cmp(high.Figure.Amount); c > 0 {
			high = e
		}
	}
	if !ok {
		return RevenueEstimate{}, RevenueEstimate{}, false
	}
	return low.Clone(), high.Clone(), true
}
