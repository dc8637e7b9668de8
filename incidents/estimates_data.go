package incidents

import (
	"time"

	"github.com/kpledger/kpledger/currency"
)

func fig(q currency.Qualifier, v string, c currency.Currency) currency.Figure {
	return currency.Figure{Qualifier: q, Amount: amt(v, c)}
}

func figEq(q currency.Qualifier, v string, c currency.Currency, eq string, ec currency.Currency) currency.Figure {
	return currency.Figure{Qualifier: q, Amount: amt(v, c), Equivalent: amt(eq, ec)}
}

// figRange joins a low and a high figure into one range.
func figRange(lo, hi currency.Figure) currency.Figure {
	lo.High, lo.HighQualifier = hi.Amount, hi.Qualifier
	lo.HighEquivalent, lo.HighEquivalentQualifier = hi.Equivalent, hi.EquivalentQualifier
	return lo
}

func period(from, to time.Time) Period { return Period{From: from, To: to} }

// Estimates returns the published aggregate estimates of crypto and virtual
// assets stolen by DPRK-linked actors from kpledger's reference table
// (compiled 2026-11-23, with the ten rows added 2026-12-01), in the table's order. A row that printed several
// figures gives one Estimate per figure: the main one with the row's ID
// ("C5"), the others with a suffix ("C5/2023"). Restatements point at what
// they restate with [Estimate.Revises]. Every amount is as published, with
// its qualifier; second-currency equivalents name who supplied them. The
// slice and everything in it are new on every call, and no two estimates
// share a slice.
func Estimates() []Estimate {
	es := estimatesData()
	index := make(map[string]int, len(es))
	for i := range es {
		es[i] = es[i].Clone()
		index[es[i].ID] = i
	}
	for _, e := range es {
		if j, ok := index[e.Revises]; ok && e.Revises != "" {
			es[j].RevisedBy = append(es[j].RevisedBy, e.ID)
		}
	}
	return es
}

func estimatesData() []Estimate {
	const (
		ex      = currency.Exact
		abt     = currency.About
		more    = currency.MoreThan
		upTo    = currency.UpTo
		atLeast = currency.AtLeast
		nearly  = currency.Nearly
	)
	usd, krw := currency.USD, currency.KRW
	kr := region("KR")
	nisDec2022 := "press briefing, National Cyber Security Cooperation Center, Pangyo"
	srcNIS2022 := []Source{
		src("Dailian", "https://m.dailian.co.kr/amp/news/view/1186136", "KRW figures"),
		src("Daum (news)", "https://v.daum.net/v/20221222200002477", "KRW figures"),
		src("AP (newspressnow copy)", "https://www.newspressnow.com/seoul-north-korean-hackers-stole-1-2b-in-virtual-assets/article_776a3cd6-823a-11ed-8643-2f43d514bf41.html", "AP text with USD conversions"),
	}
	apCopy := src("AP (copy)", "https://lotradecoin.tigerbrokes.com/news/11d11299876.html", "AP text with USD conversions")
	chainalysis2023 := []Source{
		src("Chainalysis (blog)", "https://www.chainalysis.com/blog/2022-biggest-year-ever-for-crypto-hacking/", "blog dated Feb 1, 2023 in a copy at new.arinsa.org"),
		src("altnewscoin", "https://altnewscoin.com/crypto/hackers-stole-3-8-billion-from-crypto-firms-in-2022-says-chainalysis-featured-bitcoin-news", "quotes the figure"),
		src("SC Magazine", "https://www.scmagazine.com/brief/crypto-hack-theft-reached-record-high-in-2022", "quotes the figure"),
	}
	chainalysis2024 := []Source{
		src("Chainalysis (blog)", "https://www.chainalysis.com/blog/crypto-hacking-stolen-funds-2024/", "URL as listed by tayvano"),
		src("Japan Times", "https://www.japantimes.co.jp/news/2024/01/25/asia-pacific/crime-legal/north-korean-hackers-crypto-platforms/", "the figure"),
		src("Zawya (Reuters)", "https://www.zawya.com/en/special-coverage/the-future-of-cryptos/crypto-hackers-stole-around-17bln-in-2023-report-q8ucetia", "the figure"),
	}
	chainalysis2025 := []Source{
		src("Chainalysis (blog)", "https://chainalysis.com/blog/crypto-hacking-stolen-funds-2025", "page and title seen; DPRK paragraph not in the stored excerpt"),
		src("Korea Times", "https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=388862", "the figures"),
		src("Coinpaprika", "https://coinpaprika.com/ko/news/us-japan-south-korea-warn-of-north-korean-crypto-hacks", "the figures"),
	}
	chainalysis2026 := []Source{src("Chainalysis", "https://www.chainalysis.com/?p=26730", "preview of the 2026 Crypto Crime Report")}
	trm2023 := []Source{src("Decrypt", "https://decrypt.co/153063/north-korean-hackers-stolen-over-200-million-in-2023", "released on Friday")}
	trm2024 := []Source{
		src("CryptoDaily", "https://cryptodaily.co.uk/2024/01/trm-labs-report-groups-tied-to-north-korea-stole-600-million-in-crypto-in-2023", "the figures"),
		src("welt-news (CoinDesk text)", "https://welt-news.com/bitcoin/north-korea-was-responsible-for-over-600m-in-crypto-thefts-last-year-trm-labs.html", "the figures"),
	}
	elliptic2025a := []Source{
		src("Elliptic (blog)", "https://www.elliptic.co/blog/bybit-hack-largest-in-history", "URL seen in https://gigazine.net/gsc_news/en/20250224-bybit-hack-largest-theft"),
		src("newsforall (Sky News)", "https://newsforall.eu/sky-news/largest-cryptocurrency-theft-tied-to-north-korea-hackers-science-environment-technology-updates", "the figures"),
	}
	elliptic2025b := []Source{
		src("Mint", "https://www.livemint.com/market/cryptocurrency/north-korean-hackers-steal-2-billion-worth-of-crypto-this-year-report-reveals-who-are-their-targets/amp-11759928760354.html", "the figures"),
		src("DL News", "https://www.dlnews.com/articles/markets/how-north-korean-hackers-stole-a-record-two-billion-in-crypto", "the figures"),
	}
	unFinal2024 := []Source{
		src("OODA Loop", "https://www.oodaloop.com/briefs/2024/02/12/un-experts-investigating-58-suspected-north-korean-cyberattacks-valued-at-about-3-billion/", "the figures"),
		src("tridex", "https://tridex.co.uk/category/crypto-crime/", "the figures"),
		src("BTimes", "https://www.btimesonline.com/articles/164986/20240322/un-probes-north-koreas-3-billion-crypto-heists-tied-to-weapons-funding.htm", "the figures"),
	}
	msmt := []Source{
		src("finanznachrichten", "https://www.finanznachrichten.de/nachrichten-2025-10/66772217-msmt-releases-report-on-north-korean-cyber-and-it-worker-activities-020.htm", "the figures"),
		src("Phemex", "https://phemex.com/ko/news/article/north-korean-hackers-launder-165-billion-in-crypto-via-huiwang-payment-29574", "the figures"),
		src("Alpha Biz", "https://alphabiz.co.kr/news/view/1065621090157634", "the won equivalent"),
	}
	nis2023 := []Source{
		src("Bloomingbit", "https://web-stg.bloomingbit.io/ko/feed/news/53594", "the figures"),
		src("Cointeeth", "https://cointeeth.com/id/news/North-Korean-Hackers-Amass-180-Million-in-Cryptocurrency-in-2023", "the figures"),
	}
	return append([]Estimate{
		{
			ID: "N1", Row: "N1", Publisher: NIS, Venue: "report to National Assembly Intelligence Committee",
			Published: date(2018, 2, 5), PublishedPrecision: PrecisionDay,
			Period: period(time.Time{}, date(2018, 2, 5)), PeriodAsPrinted: "to early 2018",
			Scope: Crypto, Country: kr, ScopeAsPrinted: "crypto stolen by hacking South Korean exchange(s)",
			Figure: fig(ex, "26000000000", krw), AsPrinted: "260억원 상당의 가상화폐",
			Verification: Secondary,
			Notes:        []string{"another report says \"수백억원\""},
			Sources: []Source{
				src("Kukmin Ilbo", "https://www.kmib.co.kr/article/view_amp.asp?arcid=0923896634", "the figure"),
				src("padoyo.tistory.com", "https://padoyo.tistory.com/306", "the figure"),
			},
		},
		{
			ID: "N2", Row: "N2", Publisher: NIS, Venue: nisDec2022,
			Published: date(2022, 12, 22), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2022, 12, 22)), PeriodAsPrinted: "2017 – Dec 2022",
			Scope: Crypto, ScopeAsPrinted: "virtual assets, worldwide",
			Figure:       figEq(abt, "1500000000000", krw, "1200000000", usd),
			AsPrinted:    "약 1조5000억원 / 1조5000억원 (1.5 trillion won); AP: \"$1.2 billion\"",
			EquivalentBy: "AP (conversion; implied 1,250 KRW/USD, rounded)",
			Verification: Secondary,
			Notes:        []string{"the USD figure appears to be AP's conversion; Korean-language reports carry only KRW"},
			Sources:      srcNIS2022,
		},
		{
			ID: "N3", Row: "N3", Publisher: NIS, Venue: nisDec2022,
			Published: date(2022, 12, 22), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: CryptoBanksRansomware, ScopeAsPrinted: "not crypto-only; Herald Economy: overseas money theft \"including virtual assets, financial-institution hacking and ransomware\"",
			Figure:       figEq(abt, "800000000000", krw, "626000000", usd),
			AsPrinted:    "약 8000억원 / 8000억원 이상; AP: \"$626 million\"",
			EquivalentBy: "AP (implied ≈1,278; DEXKOUS 2022-12-22 was 1275.68)",
			Verification: Secondary,
			Notes:        []string{"also printed as \"8000억원 이상\" (more than 800 billion won)"},
			Sources:      append(srcNIS2022, apCopy),
		},
		{
			ID: "N4", Row: "N4", Publisher: NIS, Venue: nisDec2022,
			Published: date(2022, 12, 22), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2022, 12, 22)), PeriodAsPrinted: "2017 – 2022, cumulative",
			Scope: Crypto, Country: kr, ScopeAsPrinted: "damage in South Korea",
			Figure:       figEq(more, "100000000000", krw, "78000000", usd),
			AsPrinted:    "1000억원 이상; AP: \"$78 million\"",
			EquivalentBy: "AP (implied ≈1,282)",
			Verification: Secondary,
			Sources:      []Source{srcNIS2022[1], apCopy},
		},
		{
			ID: "N5", Row: "N5", Publisher: NIS, Venue: "annual book \"2022년 테러정세와 2023년 전망\"",
			Published: date(2023, 1, 17), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "virtual assets, worldwide, by hacking",
			Figure: fig(ex, "800000000000", krw), AsPrinted: "가상자산 8000억원",
			Verification: Secondary,
			Sources:      []Source{src("Blockmedia", "https://www.blockmedia.co.kr/archives/303389", "the figure")},
		},
		{
			ID: "N6", Row: "N6", Publisher: ROKIntelligence, Venue: "\"Intelligence authorities\", as reported by Chosun Ilbo (NIS not named explicitly)",
			Published: date(2023, 2, 6), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, Country: kr, ScopeAsPrinted: "crypto stolen from South Korean firms and individuals",
			Figure: fig(abt, "160000000000", krw), AsPrinted: "about W160 billion",
			Verification: Secondary,
			Unverified:   []string{"the attribution to a publisher (the NIS is not named)"},
			Notes: []string{
				"article dated 2023-02-07",
				"≈1/10 of \"some W1.65 trillion\" worldwide (N6/world)",
				"Chosun states US$1=W1,253 but gives no USD figure",
			},
			Sources: []Source{src("Chosun Ilbo", "http://english.chosun.com/site/data/html_dir/2023/02/07/2023020700963.html", "the figures")},
		},
		{
			ID: "N6/world", Row: "N6", Publisher: ROKIntelligence, Venue: "\"Intelligence authorities\", as reported by Chosun Ilbo (NIS not named explicitly)",
			Published: date(2023, 2, 6), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "worldwide",
			Figure: fig(abt, "1650000000000", krw), AsPrinted: "some W1.65 trillion",
			Verification: Secondary,
			Unverified:   []string{"the attribution to a publisher (the NIS is not named)"},
			Notes:        []string{"article dated 2023-02-07"},
			Sources:      []Source{src("Chosun Ilbo", "http://english.chosun.com/site/data/html_dir/2023/02/07/2023020700963.html", "the figures")},
		},
		{
			ID: "N7", Row: "N7", Publisher: NIS, Venue: "briefing by 3rd Deputy Director Baek Jong-wook",
			Attacks:   Count{N: 2, Unit: "incidents"},
			Published: date(2023, 7, 19), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "virtual assets, two incidents",
			Figure:       figEq(ex, "700000000", usd, "880000000000", krw),
			AsPrinted:    "\"$700 million\"; Dong-A: \"8800억원\"",
			EquivalentBy: "Dong-A (conversion; implied ≈1,257)",
			Verification: Secondary,
			Sources: []Source{
				src("Korea Herald", "https://m.koreaherald.com/view.php?mp=6&np=51&ud=20230719000770", "the USD figure"),
				src("Bloomingbit", "https://web-stg.bloomingbit.io/ko/feed/news/51999", "the KRW conversion"),
			},
		},
		{
			ID: "N8", Row: "N8", Publisher: NIS, Venue: "Intelligence Committee briefing, via Rep. Yoo Sang-beom",
			Published: date(2023, 1, 1), PublishedPrecision: PrecisionYear,
			Period: period(date(2015, 1, 1), date(2023, 6, 30)), PeriodAsPrinted: "2015 – H1 2023",
			Scope: Crypto, ScopeAsPrinted: "virtual assets",
			Figure: fig(more, "1500000000", usd), AsPrinted: "15억달러 이상",
			Verification: Secondary,
			Unverified:   []string{"the exact publication date (Asia Today, \"17일\", after July 2023)"},
			Sources:      nis2023,
		},
		{
			ID: "N8/H1-2023", Row: "N8", Publisher: NIS, Venue: "Intelligence Committee briefing, via Rep. Yoo Sang-beom",
			Published: date(2023, 1, 1), PublishedPrecision: PrecisionYear,
			Period: period(date(2023, 1, 1), date(2023, 6, 30)), PeriodAsPrinted: "H1 2023",
			Scope: Crypto, ScopeAsPrinted: "virtual assets",
			Figure: fig(more, "180000000", usd), AsPrinted: "1억8000만달러 이상",
			Verification: Secondary,
			Unverified:   []string{"the exact publication date (Asia Today, \"17일\", after July 2023)"},
			Sources:      nis2023,
		},
		{
			ID: "C1", Row: "C1", Publisher: Chainalysis,
			Attacks:   Count{N: 7, Qualifier: atLeast, Unit: "attacks"},
			Published: date(2022, 1, 1), PublishedPrecision: PrecisionMonth,
			Period: YearPeriod(2021), PeriodAsPrinted: "2021",
			Scope: Crypto, ScopeAsPrinted: "crypto, ≥7 attacks",
			Figure: fig(nearly, "400000000", usd), AsPrinted: "nearly $400 million",
			Verification: Secondary,
			Notes:        []string{"reported 2022-01-14"},
			Sources:      []Source{src("OODA Loop", "https://www.oodaloop.com/technology/2022/01/14/north-korean-hackers-stole-a-record-breaking-amount-of-cryptocurrency-last-year/", "the figure")},
		},
		{
			ID: "C2", Row: "C2", Publisher: Chainalysis, Venue: "blog, part of the 2023 Crypto Crime Report",
			Published: date(2023, 2, 1), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks",
			Figure: fig(abt, "1700000000", usd), AsPrinted: "an estimated $1.7 billion",
			Parts:        []Part{{Label: "DeFi", Figure: fig(ex, "1100000000", usd)}},
			Verification: Secondary,
			Notes:        []string{"no won equivalent from Chainalysis (Chosun used W1,253)", "restated as $1.65 billion in C3/2022"},
			Sources:      chainalysis2023,
		},
		{
			ID: "C2/2021", Row: "C2", Publisher: Chainalysis, Venue: "blog, part of the 2023 Crypto Crime Report",
			Published: date(2023, 2, 1), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2021), PeriodAsPrinted: "2021",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks",
			Figure: fig(ex, "429000000", usd), AsPrinted: "$429 million",
			Verification: Secondary,
			Notes:        []string{"Chainalysis's January 2022 figure for 2021 was \"nearly $400 million\" (C1)"},
			Sources:      chainalysis2023,
		},
		{
			ID: "C3", Row: "C3", Publisher: Chainalysis, Venue: "mid-year update",
			Published: date(2023, 9, 14), PublishedPrecision: PrecisionDay,
			Period: period(date(2023, 1, 1), date(2023, 9, 14)), PeriodAsPrinted: "Jan 1 – Sep 14, 2023",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "340400000", usd), AsPrinted: "$340.4 million",
			Verification: Secondary,
			Sources:      []Source{src("BTC Newswire", "https://btc-newswire.com/north-korean-crypto-hacks-down-80-but-that-could-change-overnight-chainalysis", "the figures")},
		},
		{
			ID: "C3/2022", Row: "C3", Publisher: Chainalysis, Venue: "mid-year update",
			Published: date(2023, 9, 14), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "1650000000", usd), AsPrinted: "$1.65 billion",
			Revises: "C2", Revision: Restates,
			Verification: Secondary,
			Sources:      []Source{src("BTC Newswire", "https://btc-newswire.com/north-korean-crypto-hacks-down-80-but-that-could-change-overnight-chainalysis", "the figures")},
		},
		{
			ID: "C4", Row: "C4", Publisher: Chainalysis,
			Attacks:   Count{N: 20, Unit: "incidents"},
			Published: date(2024, 1, 24), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2023), PeriodAsPrinted: "2023",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks, 20 incidents",
			Figure: fig(abt, "1000000000", usd), AsPrinted: "roughly $1 billion",
			Parts: []Part{
				{Label: "DeFi", Figure: fig(ex, "428800000", usd)},
				{Label: "exchanges", Figure: fig(ex, "330900000", usd)},
				{Label: "centralized services", Figure: fig(ex, "150000000", usd)},
				{Label: "wallet providers", Figure: fig(ex, "127000000", usd)},
			},
			Verification: Secondary,
			Notes:        []string{"Reuters: \"slightly more than $1 billion\"", "revised down to $660.50 million in C5/2023"},
			Sources:      chainalysis2024,
		},
		{
			ID: "C5", Row: "C5", Publisher: Chainalysis,
			Attacks:   Count{N: 47, Unit: "incidents"},
			Published: date(2024, 12, 19), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2024), PeriodAsPrinted: "2024",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks, 47 incidents",
			Figure: fig(ex, "1340000000", usd), AsPrinted: "$1.34 billion",
			Verification: Secondary,
			Notes:        []string{"61% of $2.2 billion total"},
			Sources:      chainalysis2025,
		},
		{
			ID: "C5/2023", Row: "C5", Publisher: Chainalysis,
			Attacks:   Count{N: 20, Unit: "incidents"},
			Published: date(2024, 12, 19), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2023), PeriodAsPrinted: "2023",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks, 20 incidents",
			Figure: fig(ex, "660500000", usd), AsPrinted: "$660.50 million",
			Revises: "C4", Revision: Restates,
			Verification: Secondary,
			Sources:      chainalysis2025,
		},
		{
			ID: "C6", Row: "C6", Publisher: Chainalysis, Venue: "preview of the 2026 Crypto Crime Report",
			Revises: "C7", Revision: Supersedes,
			Published: date(2025, 12, 18), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 1, 1), date(2025, 12, 18)), PeriodAsPrinted: "Jan – early Dec 2025",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "2020000000", usd), AsPrinted: "$2.02 billion … a 51% year-over-year increase",
			Verification: Primary,
			Sources:      chainalysis2026,
		},
		{
			ID: "C6/all-time", Row: "C6", Publisher: Chainalysis, Venue: "preview of the 2026 Crypto Crime Report",
			Published: date(2025, 12, 18), PublishedPrecision: PrecisionDay,
			Period: period(time.Time{}, date(2025, 12, 18)), PeriodAsPrinted: "all-time",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "6750000000", usd), AsPrinted: "pushing their all-time total to $6.75 billion",
			Verification: Primary,
			Sources:      chainalysis2026,
		},
		{
			ID: "T1", Row: "T1", Publisher: TRMLabs,
			Published: date(2023, 8, 18), PublishedPrecision: PrecisionDay,
			Period: period(date(2023, 1, 1), date(2023, 8, 18)), PeriodAsPrinted: "2023 YTD",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "200000000", usd), AsPrinted: "over $200 million",
			Verification: Secondary,
			Unverified:   []string{"the publication day: Decrypt's \"released on Friday\" is Aug 18; another copy says Aug 17"},
			Sources:      trm2023,
		},
		{
			ID: "T1/5y", Row: "T1", Publisher: TRMLabs,
			Published: date(2023, 8, 18), PublishedPrecision: PrecisionDay,
			Period: period(date(2018, 8, 18), date(2023, 8, 18)), PeriodAsPrinted: "last five years",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "2000000000", usd), AsPrinted: "more than $2 billion",
			Verification: Secondary,
			Unverified: []string{
				"the publication day: Decrypt's \"released on Friday\" is Aug 18; another copy says Aug 17",
				"the period's start: \"last five years\" is read as five years before publication",
			},
			Sources: trm2023,
		},
		{
			ID: "T1/2022", Row: "T1", Publisher: TRMLabs,
			Published: date(2023, 8, 18), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "800000000", usd), AsPrinted: "over $800 million",
			Verification: Secondary,
			Unverified:   []string{"the publication day: Decrypt's \"released on Friday\" is Aug 18; another copy says Aug 17"},
			Sources:      trm2023,
		},
		{
			ID: "T2", Row: "T2", Publisher: TRMLabs,
			Published: date(2024, 1, 5), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2023), PeriodAsPrinted: "2023",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks",
			Figure:       figRange(fig(ex, "600000000", usd), fig(upTo, "700000000", usd)),
			AsPrinted:    "$600 million (possibly \"up to $700 million\")",
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL"},
			Sources:      trm2024,
		},
		{
			ID: "T2/2022", Row: "T2", Publisher: TRMLabs,
			Published: date(2024, 1, 5), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks",
			Figure: fig(ex, "850000000", usd), AsPrinted: "$850 million",
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL"},
			Sources:      trm2024,
		},
		{
			ID: "T2/2017-2023", Row: "T2", Publisher: TRMLabs,
			Published: date(2024, 1, 5), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2023, 12, 31)), PeriodAsPrinted: "since 2017",
			Scope: Crypto, ScopeAsPrinted: "crypto hacks",
			Figure: fig(nearly, "3000000000", usd), AsPrinted: "nearly $3 billion",
			Verification: Secondary,
			Unverified:   []string{"TRM's own URL"},
			Sources:      trm2024,
		},
		{
			ID: "E1", Row: "E1", Publisher: Elliptic, Venue: "Bybit blog post",
			Published: date(2025, 2, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2017, 1, 1), date(2025, 2, 28)), PeriodAsPrinted: "2017 – Feb 2025",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(more, "6000000000", usd), AsPrinted: "over $6 billion",
			Verification: Secondary,
			Unverified:   []string{"the publication day (≈21–24 Feb 2025)"},
			Notes:        []string{"the Bybit blog post"},
			Sources:      elliptic2025a,
		},
		{
			ID: "E1/bybit", Row: "E1", Publisher: Elliptic, Venue: "Bybit blog post",
			Published: date(2025, 2, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2025, 2, 21), date(2025, 2, 21)), PeriodAsPrinted: "Bybit",
			Scope: SingleIncident, Incident: "2025-bybit", ScopeAsPrinted: "the Bybit theft",
			Figure: fig(ex, "1460000000", usd), AsPrinted: "$1.46 billion",
			Verification: Secondary,
			Unverified:   []string{"the publication day (≈21–24 Feb 2025)"},
			Sources:      elliptic2025a,
		},
		{
			ID: "E2", Row: "E2", Publisher: Elliptic, Venue: "blog",
			Attacks:   Count{N: 30, Qualifier: more, Unit: "hacks"},
			Published: date(2025, 10, 7), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 1, 1), date(2025, 10, 7)), PeriodAsPrinted: "Jan – early Oct 2025",
			Scope: Crypto, ScopeAsPrinted: "crypto, >30 hacks",
			Figure: fig(more, "2000000000", usd), AsPrinted: "over $2 billion",
			Verification: Secondary,
			Unverified:   []string{"Elliptic's own URL"},
			Notes:        []string{"Mint dated it 2025-10-08"},
			Sources:      elliptic2025b,
		},
		{
			ID: "E2/2022", Row: "E2", Publisher: Elliptic, Venue: "blog",
			Published: date(2025, 10, 7), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022 (previous record)",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(ex, "1350000000", usd), AsPrinted: "$1.35 billion",
			Verification: Secondary,
			Unverified:   []string{"Elliptic's own URL"},
			Sources:      elliptic2025b,
		},
		{
			ID: "E2/2017-2025", Row: "E2", Publisher: Elliptic, Venue: "blog",
			Published: date(2025, 10, 7), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2025, 10, 7)), PeriodAsPrinted: "since 2017",
			Scope: Crypto, ScopeAsPrinted: "crypto",
			Figure: fig(atLeast, "6000000000", usd), AsPrinted: "at least $6 billion",
			Verification: Secondary,
			Unverified:   []string{"Elliptic's own URL"},
			Notes:        []string{"also printed as \"more than $6 billion\""},
			Sources:      elliptic2025b,
		},
		{
			ID: "U1", Row: "U1", Publisher: UNPanel, Venue: "1718 Committee; midterm report S/2019/691",
			Published: date(2019, 8, 5), PublishedPrecision: PrecisionDay,
			Period: period(time.Time{}, date(2019, 8, 5)), PeriodAsPrinted: "to mid-2019",
			Scope: CryptoAndBanks, ScopeAsPrinted: "\"financial institutions and cryptocurrency exchanges\"",
			Figure: fig(upTo, "2000000000", usd), AsPrinted: "total proceeds to date estimated at up to two billion US dollars",
			Verification: Secondary,
			Unverified:   []string{"the UN document itself; its symbol was seen only in third-party lists"},
			Notes:        []string{"the confidential text was reported on 2019-08-05; the report is dated 2019-08-30 per the tayvano repo list"},
			Sources: []Source{
				src("Oklahoman (AP)", "http://oklahoman.com/article/feed/9941199/un-report-north-korea-cyber-experts-raised-up-to-2-billion", "the figure"),
				src("TRT World (Reuters)", "https://www.trtworld.com:443/article/12727766", "the figure"),
			},
		},
		{
			ID: "U2", Row: "U2", Publisher: UNPanel, Venue: "final report; S/2023/171 per repo list",
			Published: date(2023, 2, 6), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "virtual assets",
			Figure:       figRange(fig(ex, "630000000", usd), figEq(more, "1000000000", usd, "1200000000000", krw)),
			AsPrinted:    "\"$630 million\" (South Korean estimate) to \"more than $1 billion\" / \"over $1 billion\" (cybersecurity firm)",
			EquivalentBy: "KBS (\"one-point-two trillion won\", for the $1 billion)",
			Verification: Secondary,
			Unverified:   []string{"the UN document itself; its symbol was seen only in third-party lists"},
			Notes:        []string{"the confidential report was reported 2023-02-06/07; its public release was reported 2023-04-05"},
			Sources: []Source{
				src("KBS World", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=175705", "the range and the won equivalent"),
				src("PYMNTS", "https://pymnts.com/?p=1462980", "the range"),
				src("posterguy.in", "https://posterguy.in/2023/04/07/north-korea-stole-as-much-as-1bn-in-crypto-assets-u-n-report/", "the range"),
			},
		},
		{
			ID: "U3", Row: "U3", Publisher: UNPanel, Venue: "midterm report (symbol not seen)",
			Published: date(2023, 8, 1), PublishedPrecision: PrecisionMonth,
			Period: YearPeriod(2022), PeriodAsPrinted: "2022",
			Scope: Crypto, ScopeAsPrinted: "crypto/virtual assets",
			Figure:       figEq(abt, "1700000000", usd, "2300000000000", krw),
			AsPrinted:    "a record level of cyber thefts in 2022, valued at an estimated $1.7 billion; Yonhap: \"약 2조3000억원\"",
			EquivalentBy: "Yonhap (\"약 2조3000억원\", about; implied ≈1,353)",
			Verification: Secondary,
			Unverified:   []string{"the report's symbol", "the day of Yonhap's report on the public text (2023-09)"},
			Notes:        []string{"the confidential text was reported in August 2023"},
			Sources: []Source{
				src("Pledge Times", "https://pledgetimes.com/un-report-pyongyang-is-developing-nuclear-weapons-and-evading-sanctions/", "the figure"),
				src("Kuki News", "http://img.kukinews.com/article/list/@sdh3698?page=81", "the won equivalent"),
			},
		},
		{
			ID: "U4", Row: "U4", Publisher: UNPanel, Venue: "final report S/2024/215",
			Attacks:   Count{N: 58, Unit: "suspected attacks"},
			Published: date(2024, 2, 8), PublishedPrecision: PrecisionDay,
			Period: period(date(2017, 1, 1), date(2023, 12, 31)), PeriodAsPrinted: "2017 – 2023",
			Scope: Crypto, ScopeAsPrinted: "58 suspected attacks on cryptocurrency-related companies",
			Figure: fig(abt, "3000000000", usd), AsPrinted: "valued at approximately $3 billion",
			Verification: Secondary,
			Unverified:   []string{"the day of public release (March 2024)", "the UN document itself; its symbol was seen only in third-party lists"},
			Notes:        []string{"the executive summary was reported 2024-02-08/09"},
			Sources:      unFinal2024,
		},
		{
			ID: "U4/2023", Row: "U4", Publisher: UNPanel, Venue: "final report S/2024/215",
			Attacks:   Count{N: 17, Unit: "heists"},
			Published: date(2024, 2, 8), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2023), PeriodAsPrinted: "2023",
			Scope: Crypto, ScopeAsPrinted: "17 heists",
			Figure: fig(more, "750000000", usd), AsPrinted: "over $750 million",
			Verification: Secondary,
			Unverified:   []string{"the day of public release (March 2024)", "the UN document itself; its symbol was seen only in third-party lists"},
			Sources:      unFinal2024,
		},
		{
			ID: "U5", Row: "U5", Publisher: FormerUNPanel, Venue: "unfinished work submitted after the panel was disbanded",
			Attacks:   Count{N: 97, Unit: "attacks"},
			Published: date(2024, 5, 1), PublishedPrecision: PrecisionMonth,
			Period: period(date(2017, 1, 1), date(2024, 4, 30)), PeriodAsPrinted: "2017 – Apr 2024",
			Scope: Crypto, ScopeAsPrinted: "crypto, 97 attacks",
			Figure: fig(ex, "3600000000", usd), AsPrinted: "3.6 billion dollars",
			Verification: Secondary,
			Notes:        []string{"NHK, 2024-05-16: submitted \"on Friday\""},
			Sources:      []Source{src("NHK World", "https://www3.nhk.or.jp/nhkworld/en/news/20240516_13/", "the figure")},
		},
		{
			ID: "F1", Row: "F1", Publisher: FBI, Venue: "IC3 public service announcement (PSA number not seen)",
			Published: date(2025, 2, 26), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 2, 21), date(2025, 2, 21)), PeriodAsPrinted: "on or about 2025-02-21",
			Scope: SingleIncident, Incident: "2025-bybit", ScopeAsPrinted: "single incident, Bybit; virtual assets",
			Figure: fig(abt, "1500000000", usd), AsPrinted: "approximately $1.5 billion USD in virtual assets",
			Verification: Secondary,
			Unverified:   []string{"the PSA number", "the ic3.gov URL"},
			Sources:      []Source{src("Protos", "https://protos.com/fbi-confirms-north-korean-tradertraitor-to-blame-for-1-5-billion-bybit-hack", "PSA text quoted")},
		},
		{
			ID: "J1", Row: "J1", Publisher: JointStatement, Venue: "U.S. State Dept; ROK MOFA",
			Published: date(2025, 1, 14), PublishedPrecision: PrecisionDay,
			Period: YearPeriod(2024), PeriodAsPrinted: "2024",
			Scope: Crypto, ScopeAsPrinted: "itemized crypto thefts",
			Figure:    fig(ex, "659000000", usd),
			AsPrinted: "press: \"$659 million\" / \"about $660 million\"",
			Parts: []Part{
				{Label: "DMM Bitcoin", Figure: fig(ex, "308000000", usd), Incident: "2024-dmm-bitcoin"},
				{Label: "Upbit", Figure: fig(ex, "50000000", usd), Incident: "2019-upbit"},
				{Label: "Rain Management", Figure: fig(ex, "16130000", usd)},
				{Label: "WazirX (US & ROK attribution)", Figure: fig(ex, "235000000", usd), Incident: "2024-wazirx"},
				{Label: "Radiant Capital (US & ROK)", Figure: fig(ex, "50000000", usd), Incident: "2024-radiant-capital"},
			},
			Verification: Secondary,
			Notes: []string{
				"the statement itemizes the thefts (Parts) and prints no total; Figure is the press's total",
				"the Parts sum to $659.13 million (computed, not printed)",
			},
			Sources: []Source{
				src("Foreign Policy Watchdog", "https://foreignpolicywatchdog.com/united-states/u-s-japan-and-south-korea-unite-against-north-korean-cryptocurrency-thefts", "the items"),
				src("bitcoininfonews", "https://bitcoininfonews.com/?p=2179", "the items"),
			},
		},
		{
			ID: "M1", Row: "M1", Publisher: MSMT, Venue: "Multilateral Sanctions Monitoring Team (11 states), second report",
			Published: date(2025, 10, 22), PublishedPrecision: PrecisionDay,
			Period: period(date(2024, 1, 1), date(2025, 9, 30)), PeriodAsPrinted: "Jan 2024 – Sep 2025",
			Scope: CryptoFromExchanges, ScopeAsPrinted: "crypto stolen from exchanges",
			Figure: fig(atLeast, "2837000000", usd), AsPrinted: "at least $2.837 billion",
			Verification: Secondary,
			Sources:      msmt,
		},
		{
			ID: "M1/2025", Row: "M1", Publisher: MSMT, Venue: "Multilateral Sanctions Monitoring Team (11 states), second report",
			Published: date(2025, 10, 22), PublishedPrecision: PrecisionDay,
			Period: period(date(2025, 1, 1), date(2025, 9, 30)), PeriodAsPrinted: "Jan – Sep 2025",
			Scope: CryptoFromExchanges, ScopeAsPrinted: "crypto stolen from exchanges",
			Figure:       figEq(ex, "1650000000", usd, "2300000000000", krw),
			AsPrinted:    "\"$1.65 billion\"; Alpha Biz: \"₩2.3 trillion\"",
			EquivalentBy: "Alpha Biz (implied ≈1,394)",
			Verification: Secondary,
			Sources:      msmt,
		},
	}, estimatesAdded()...)
}

// LookupEstimate returns the estimate of [Estimates] with the given ID, and
// whether there is one. [EstimatesPublished] finds estimates by publisher
// and publication day, [LatestEstimate] a publisher's latest figure for a
// period.
func LookupEstimate(id string) (Estimate, bool) {
	for _, e := range Estimates() {
		if e.ID == id {
			return e, true
		}
	}
	return Estimate{}, false
}
