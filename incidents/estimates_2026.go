package incidents

import (
	"time"

	"github.com/kpledger/kpledger/currency"
)

// estimatesAdded are the ten rows the reference added on 2026-12-01 (N9,
// C7, T3, U6, U7, U8, M2, S1, D1, A1), with the revisions its note 6
// states.
func estimatesAdded() []Estimate {
	const (
		ex      = currency.Exact
		abt     = currency.About
		more    = currency.MoreThan
		atLeast = currency.AtLeast
		nearly  = currency.Nearly
	)
	usd := currency.USD
	c7 := []Source{
		src("Binance Square (Foresight News translation)", "https://bbapi.viigoo.eu.org/en/square/post/27221393928474", "the figures"),
		src("Lapaas Voice", "https://voice.lapaas.com/north-korea-hackers-2-17-billion-crypto-h1-2025/?amp=1", "the figures"),
	}
	t3 := []Source{
		src("Nairametrics", "https://nairametrics.com/2025/06/27/crypto-worth-2-1-billion-stolen-in-half-year-2025-report/", "the figures"),
		src("Binance Square", "https://bbapi.viigoo.eu.org/fr-AF/square/post/26257646358809", "the figures"),
		src("BTC Newswire", "https://btc-newswire.com/?p=438262", "the figures"),
	}
	u6 := []Source{
		src("Nikkei Asia", "https://asia.nikkei.com/Spotlight/N-Korea-at-crossroads/North-Korea-stole-cryptocurrency-via-hacking-UN-panel", "about $670 million"),
		src("KBS World", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=143546", "571 million dollars, at least five attacks"),
		src("MIT Technology Review", "https://www.technologyreview.com/the-download/613099/north-koreas-military-has-stolen-more-than-half-a-billion-dollars-in/", "the figures"),
	}
	msmt2 := []Source{
		src("cryptocoinbizz", "https://cryptocoinbizz.com/2025/10/23/north-koreas-cybercriminals-a-2-83-billion-heist-in-crypto", "$1.19 billion stolen in 2024"),
		src("informat.ro", "https://informat.ro/it/internazionale/compagnie-americane-e-studi-giapponesi-assumono-senza-sapere-informatici-nordcoreani-86597", "the figure"),
	}
	s1 := []Source{
		src("AZ Free Press", "http://www.azfreepress.com/news/10893/the-democratic-peoples-republic-of-koreas-violations-and-evasions-of-un-sanctions-through-cyber-and-it-worker-activities", "the remarks"),
		src("The Follow Up", "https://www.thefollowup.ai/article/the-democratic-peoples-republic-of-koreas-violations-and-evasions-of-un-sanctions-through-cyber-and-it-worker-activities-2026-01-12", "the remarks; 2026-01-12 in the URL"),
	}
	d1 := []Source{
		src("thailandnewsday (BenarNews)", "https://thailandnewsday.com/us-charges-three-north-korean-spies-for-attempted-cybertheft-of-1-3b-worldwide/", "more than $1.3 billion attempted"),
		src("globalvillagespace (Anadolu)", "https://www.globalvillagespace.com/justice-department-charges-3-north-korean-hackers-for-cyber-hacks/", "the banks' countries"),
		src("The Block", "https://www.theblock.co/linked/95175/us-charges-north-korea-hackers-crypto-thefts", "the crypto thefts and their sum"),
	}
	d1Venue := "indictment of Jon Chang Hyok, Kim Il, Park Jin Hyok (filed 2020-12-08, unsealed)"
	msmtVenue := "Multilateral Sanctions Monitoring Team (11 states), second report"
	return []Estimate{
		{
			ID: "N9", Row: "N9", Publisher: NIS, Venue: "National Assembly Intelligence Committee audit, via Rep. Yoo Sang-beom's briefing",
			Published: date(2023, 11, 1), PublishedPrecision: PrecisionDay,
			Period: period(date(2022, 1, 1), date(2023, 11, 1)), PeriodAsPrinted: "작년부터 올해 (from last year to this year)",
			Scope: Money, ScopeAsPrinted: "not crypto-only: \"금전\" (money) taken by hacking worldwide",
			Figure: fig(abt, "920000000", usd), AsPrinted: "9억2000만달러 가량의 금전",
			Verification: Secondary,
			Notes: []string{
				"overlaps N7 (2022, crypto) and N8 (H1 2023) in period but counts money, not crypto only; it revises neither",
				"the period ends on the day of the audit",
			},
			Sources: []Source{
				src("Financial News", "https://www.fnnews.com/news/202311011748511960", "the figure"),
				src("PANews", "https://t-www.panewslab.com/en/articledetails/c1075173.html", "the figure"),
				src("Viva100", "https://viva100.com/main/view.php?key=20231101010000427", "the date of the audit"),
			},
		},
		{
			ID: "C7", Row: "C7", Publisher: Chainalysis, Venue: "2025 mid-year update, in a Foresight News translation",
			Published: date(2025, 7, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2025, 1, 1), date(2025, 6, 30)), PeriodAsPrinted: "Jan – Jun 2025",
			Scope: Crypto, AllActors: true, ScopeAsPrinted: "all actors: funds stolen from crypto services",
			Figure: fig(more, "2170000000", usd), AsPrinted: "over $2.17 billion",
			Verification: Secondary,
			Unverified:   []string{"the publication day"},
			Notes:        []string{"counts all actors; the only DPRK figure given is Bybit (C7/bybit); superseded by C6"},
			Sources:      c7,
		},
		{
			ID: "C7/bybit", Row: "C7", Publisher: Chainalysis, Venue: "2025 mid-year update, in a Foresight News translation",
			Published: date(2025, 7, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2025, 2, 21), date(2025, 2, 21)), PeriodAsPrinted: "Bybit",
			Scope: SingleIncident, Incident: "2025-bybit", ScopeAsPrinted: "the Bybit theft",
			Figure: fig(ex, "1500000000", usd), AsPrinted: "North Korea's $1.5 billion hack of ByBit",
			Verification: Secondary,
			Unverified:   []string{"the publication day"},
			Sources:      c7,
		},
		{
			ID: "T3", Row: "T3", Publisher: TRMLabs, Venue: "H1 2025 Crypto Hacks and Exploits: A New Record Amid Evolving Threats",
			Published: date(2025, 6, 27), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 1, 1), date(2025, 6, 30)), PeriodAsPrinted: "H1 2025",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks and exploits, ≥75 incidents",
			Figure: fig(ex, "1600000000", usd), AsPrinted: "$1.6 billion by North Korea-linked groups, \"about 70%\" of \"$2.1 billion\"",
			Attacks:      Count{N: 75, Qualifier: atLeast, Unit: "incidents"},
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL", "whether the ≥75 incidents count North Korea's only or all actors'"},
			Sources:      t3,
		},
		{
			ID: "T3/all-actors", Row: "T3", Publisher: TRMLabs, Venue: "H1 2025 Crypto Hacks and Exploits: A New Record Amid Evolving Threats",
			Published: date(2025, 6, 27), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 1, 1), date(2025, 6, 30)), PeriodAsPrinted: "H1 2025",
			Scope: Crypto, AllActors: true, ScopeAsPrinted: "crypto hacks and exploits, all actors",
			Figure: fig(ex, "2100000000", usd), AsPrinted: "$2.1 billion",
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL"},
			Sources:      t3,
		},
		{
			ID: "T3/since-2017", Row: "T3", Publisher: TRMLabs, Venue: "H1 2025 Crypto Hacks and Exploits (press paraphrase)",
			Published: date(2025, 6, 27), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2025, 6, 27)), PeriodAsPrinted: "since 2017",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "5000000000", usd), AsPrinted: "more than US$5 billion in crypto since 2017 (paraphrase, TRM)",
			Revises: "T2/2017-2023", Revision: Extends,
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL", "the wording is a press paraphrase"},
			Sources:      []Source{src("Investor Minute", "https://investorminute.com/?p=172752", "the cumulative figure")},
		},
		{
			ID: "U6", Row: "U6", Publisher: UNPanel, Venue: "annual report to the 1718 Committee (document symbol not seen)",
			Published: date(2019, 3, 5), PublishedPrecision: PrecisionDay,
			Period: period(date(2015, 1, 1), date(2018, 12, 31)), PeriodAsPrinted: "2015 – 2018",
			Scope: CryptoAndBanks, ScopeAsPrinted: "includes banks: \"foreign and virtual currency\" taken by cyberthefts",
			Figure: fig(abt, "670000000", usd), AsPrinted: "around $670 million in foreign and virtual currency",
			Verification: Secondary,
			Unverified:   []string{"the document symbol", "the day of public release (\"next week\" per Nikkei)"},
			Notes: []string{
				"the confidential text was reported 2019-03-05/06 (Nikkei; KBS 2019-03-06)",
				"earlier and narrower than U1 (August 2019, up to two billion US dollars); keep both",
			},
			Sources: u6,
		},
		{
			ID: "U6/exchanges", Row: "U6", Publisher: UNPanel, Venue: "annual report to the 1718 Committee (document symbol not seen)",
			Published: date(2019, 3, 5), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2018, 9, 30)), PeriodAsPrinted: "Jan 2017 – Sep 2018",
			Scope: CryptoFromExchanges, ScopeAsPrinted: "at least five successful attacks on exchanges in Asia",
			Figure: fig(ex, "571000000", usd), AsPrinted: "571 million dollars",
			Attacks:      Count{N: 5, Qualifier: atLeast, Unit: "successful attacks"},
			Verification: Secondary,
			Unverified:   []string{"the document symbol", "which five exchanges (the excerpt seen does not list them)"},
			Sources:      u6,
		},
		{
			ID: "U7", Row: "U7", Publisher: UNPanel, Venue: "final report; S/2021/211 per repo list, dated 2021-03-04",
			Published: date(2021, 2, 8), PublishedPrecision: PrecisionDay,
			Period: period(date(2019, 1, 1), date(2020, 11, 30)), PeriodAsPrinted: "2019 – Nov 2020",
			Scope: Crypto, ScopeAsPrinted: "virtual assets; estimate of one Member State",
			Figure: fig(abt, "316400000", usd), AsPrinted: "approximately $316.4 million",
			Verification: Secondary,
			Unverified:   []string{"the UN document itself; its symbol was seen only in third-party lists"},
			Notes: []string{
				"the confidential draft was reported 2021-02-08/09 (Nikkei, CNN); the public text 2021-03-31 (Yonhap, \"said Wednesday\")",
				"overlaps U8 in 2020; neither revises the other",
			},
			Sources: []Source{
				src("Korea Herald", "https://m.koreaherald.com/view.php?ud=20210401000141", "the figure"),
				src("precoinnews", "https://precoinnews.com/crypto/un-report-north-korea-stockpiles-316-million-in-cryptocurrencies-from-cyberattacks-bitcoin-news", "the figure"),
				src("freenews.live (CNN)", "https://freenews.live/cnn-north-korean-hackers-stole-more-than-300-million-for-nuclear-program/", "the figure"),
			},
		},
		{
			ID: "U8", Row: "U8", Publisher: UNPanel, Venue: "annual report submitted 2022-02-04 (symbol not seen)",
			Published: date(2022, 2, 5), PublishedPrecision: PrecisionDay,
			Period: period(date(2020, 1, 1), date(2021, 6, 30)), PeriodAsPrinted: "2020 – mid-2021",
			Scope: CryptoFromExchanges, ScopeAsPrinted: "crypto exchanges, \"at least three\" in North America, Europe and Asia",
			Figure: fig(more, "50000000", usd), AsPrinted: "more than 50 million U.S. dollars",
			Attacks:      Count{N: 3, Qualifier: atLeast, Unit: "exchanges"},
			Verification: Secondary,
			Unverified:   []string{"the document symbol", "the period's end: \"mid-2021\" is read as 2021-06-30"},
			Notes:        []string{"the confidential text was reported 2022-02-05/07 (Reuters via KBS)"},
			Sources:      []Source{src("KBS World (Reuters)", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=167429", "the figure")},
		},
		{
			ID: "M2", Row: "M2", Publisher: MSMT, Venue: msmtVenue,
			Published: date(2025, 10, 22), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2024), PeriodAsPrinted: "2024",
			Scope: Crypto, ScopeAsPrinted: "crypto stolen",
			Figure: fig(ex, "1190000000", usd), AsPrinted: "$1.19 billion stolen in 2024",
			Verification: Secondary,
			Notes:        []string{"stands beside C5 (Chainalysis) and J1 (itemized); different publishers, not revisions of each other"},
			Sources:      msmt2,
		},
		{
			ID: "S1", Row: "S1", Publisher: USStateDepartment, Venue: "remarks at the UN highlighting the MSMT report",
			Published: date(2026, 1, 1), PublishedPrecision: PrecisionMonth,
			Period: YearPeriod(2025), PeriodAsPrinted: "calendar 2025",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "2000000000", usd), AsPrinted: "bringing the total stolen in 2025 to more than $2 billion",
			Revises: "M1/2025", Revision: Extends,
			Verification: Secondary,
			Unverified:   []string{"the publication day (2026-01-12 in one copy's URL)"},
			Notes:        []string{"extends M1/2025 ($1.65 billion, Jan–Sep 2025) with an additional $400 million (S1/additional)"},
			Sources:      s1,
		},
		{
			ID: "S1/additional", Row: "S1", Publisher: USStateDepartment, Venue: "remarks at the UN highlighting the MSMT report",
			Published: date(2026, 1, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2025, 10, 22), time.Time{}), PeriodAsPrinted: "the three months since the report's release",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "400000000", usd), AsPrinted: "an additional $400 million in cryptocurrency",
			Verification: Secondary,
			Unverified:   []string{"the publication day (2026-01-12 in one copy's URL)", "the period's end (late Oct 2025 – Jan 2026; open here)"},
			Sources:      s1,
		},
		{
			ID: "D1", Row: "D1", Publisher: USDOJ, Venue: d1Venue,
			Published: date(2021, 2, 17), PublishedPrecision: PrecisionDay,
			Period: period(date(2015, 1, 1), date(2020, 12, 31)), PeriodAsPrinted: "2015 – 2020",
			Scope: CryptoAndBanks, Attempted: true, ScopeAsPrinted: "attempted: banks, crypto and extortion",
			Figure: fig(more, "1300000000", usd), AsPrinted: "attempted to steal or extort more than $1.3 billion",
			Verification: Secondary,
			Notes:        []string{"an amount attempted, not stolen, including banks: do not sum it with theft totals"},
			Sources:      d1,
		},
		{
			ID: "D1/banks", Row: "D1", Publisher: USDOJ, Venue: d1Venue,
			Published: date(2021, 2, 17), PublishedPrecision: PrecisionDay,
			Period: period(date(2015, 1, 1), date(2019, 12, 31)), PeriodAsPrinted: "banks 2015 – 2019",
			Scope: Banks, Attempted: true, ScopeAsPrinted: "attempted, banks",
			Figure: fig(more, "1200000000", usd), AsPrinted: "more than $1.2 billion (attempted)",
			Verification: Secondary,
			Sources:      d1,
		},
		{
			ID: "D1/crypto", Row: "D1", Publisher: USDOJ, Venue: d1Venue,
			Published: date(2021, 2, 17), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 12, 1), date(2020, 8, 31)), PeriodAsPrinted: "crypto Dec 2017 – Aug 2020",
			Scope: Crypto, ScopeAsPrinted: "crypto thefts itemized in the indictment",
			Figure: fig(abt, "111700000", usd), AsPrinted: "some $111.7 million (The Block's sum of $75M + $24.9M + $11.8M)",
			Parts: []Part{
				{Label: "a Slovenian cryptocurrency company", Figure: fig(ex, "75000000", usd), Incident: "2017-nicehash"},
				{Label: "an Indonesian cryptocurrency company", Figure: fig(ex, "24900000", usd), Incident: "2018-indonesian-crypto-company"},
				{Label: "a financial services company in New York", Figure: fig(ex, "11800000", usd), Incident: "2020-ny-financial-services"},
			},
			Verification: Secondary,
			Notes:        []string{"the total is a press sum (The Block), not the indictment's figure"},
			Sources:      d1,
		},
		{
			ID: "A1", Row: "A1", Publisher: USJointAlert, Venue: "joint alert \"FASTCash 2.0: North Korea's BeagleBoyz Robbing Banks\"",
			Published: date(2020, 8, 26), PublishedPrecision: PrecisionDay,
			Period: period(date(2015, 1, 1), date(2020, 8, 26)), PeriodAsPrinted: "since 2015",
			Scope: Banks, Attempted: true, ScopeAsPrinted: "attempted, banks (fraudulent transfers and ATM cash-outs)",
			Figure: fig(nearly, "2000000000", usd), AsPrinted: "nearly $2 billion attempted by BeagleBoyz since 2015 (as restated in the UN Panel's 2021 report)",
			Verification: Secondary,
			Notes:        []string{"an amount attempted, not stolen: do not sum it with theft totals"},
			Sources: []Source{
				src("Korea Herald", "https://m.koreaherald.com/view.php?ud=20210401000141", "the figure, as restated by the UN Panel"),
				src("Newser (WSJ)", "https://img1-azrcdn.newser.com/story/295454/us-agencies-n-korea-funds-nukes-with-bank-robbery.html", "the alert"),
				src("MarketScreener", "https://www.marketscreener.com/news/North-Korean-hackers-ramp-up-bank-heists-U-S-government-cyber-alert--31183017/", "the alert's date"),
			},
		},
	}
}
