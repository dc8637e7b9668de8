package incidents

import (
	"slices"
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// repo is the researcher's repository the reference cites as secondary.
const repo = "GitHub tayvano/lazarus-bluenoroff-research (researcher's notes, secondary)"

// Literal helpers for the built-in data. They panic only on a malformed
// literal, which the package's tests would catch.

func amt(v string, c currency.Currency) currency.Amount { return currency.MustNewAmount(v, c) }

func rep(q currency.Qualifier, v string, c currency.Currency, asPrinted, by string) Reported {
	return Reported{Figure: currency.Figure{Qualifier: q, Amount: amt(v, c)}, AsPrinted: asPrinted, By: by}
}

func usd(q currency.Qualifier, v, asPrinted, by string) Reported {
	return rep(q, v, currency.USD, asPrinted, by)
}

func usdRange(q currency.Qualifier, lo, hi, asPrinted, by string) Reported {
	r := usd(q, lo, asPrinted, by)
	r.Figure.High, r.Figure.HighQualifier = amt(hi, currency.USD), q
	return r
}

func coins(q currency.Qualifier, qty, symbol, by string) Asset {
	return Asset{Symbol: symbol, Quantity: decimal.RequireFromString(qty), Qualifier: q, By: by}
}

func region(s string) language.Region { return language.MustParseRegion(s) }

func attr(actor string, cs []Cluster, by string, d time.Time, p Precision, s Status, src Source) Attribution {
	return Attribution{Actor: actor, Clusters: cs, By: by, Date: d, DatePrecision: p, Status: s, Source: src}
}

func src(by, url, note string) Source { return Source{By: by, URL: url, Note: note} }

func cl(cs ...Cluster) []Cluster { return cs }

// Known returns the thefts of kpledger's reference table of thefts
// attributed to DPRK-linked actors (compiled 2026-11-23, updated
// 2026-12-01), one Incident per row: rows 1–47 with 13a and 13b, 48
// incidents in 47 rows, attempts included, in date order, each with its
// sources and the reference's status for its row ([Incident.StatedStatus]).
// The slice and everything in it are new on every call.
//
// What the reference marks unverified is either left out (and named in
// [Incident.Unverified]) or kept with a flag: [Incident.CountryUnverified],
// [Incident.VictimUnverified], [Attribution.Unverified]. An amount cell the
// reference marks unverified leaves [Incident.Loss] zero.
func Known() []Incident {
	out := knownData()
	slices.SortStableFunc(out, func(a, b Incident) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return compareRow(a.Row, b.Row)
	})
	return out
}

// Lookup returns the incident of [Known] with the given ID, and whether
// there is one.
func Lookup(id string) (Incident, bool) {
	for _, inc := range knownData() {
		if inc.ID == id {
			return inc, true
		}
	}
	return Incident{}, false
}

// compareRow orders reference rows "2" < "10" < "13a" < "13b".
func compareRow(a, b string) int {
	na, nb := len(a), len(b)
	for na > 0 && (a[na-1] < '0' || a[na-1] > '9') {
		na--
	}
	for nb > 0 && (b[nb-1] < '0' || b[nb-1] > '9') {
		nb--
	}
	if na != nb {
		return na - nb
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Shared sources.
func srcDOJ2025(note string) Source {
	return src("cryptonews.today (paraphrase of the DOJ forfeiture of 2025-11-14)", "https://cryptonews.today/doj-seizes-15-million-from-north-korean-crypto-heists-while-securing-new-convictions", note)
}

func srcBB() Source {
	return src("Manila Times", "http://www.manilatimes.net/the-rcbc-bangladesh-settlement-must-not-be-allowed-to-happen/400247/", "mechanics: 35 orders, $951M, 5 executed for $101M")
}

func srcUN2019(note string) Source {
	return src("UN Panel of Experts, S/2019/691, as quoted in "+repo+" it-only-takes-one.md", "https://github.com/tayvano/lazarus-bluenoroff-research", note)
}

func knownData() []Incident { return append(knownRows1to22(), knownRows23to47()...) }

// knownRows1to22 are the rows of the reference's first edition.
func knownRows1to22() []Incident {
	const (
		ex   = currency.Exact
		abt  = currency.About
		more = currency.MoreThan
	)
	usdC, krw, jpy := currency.USD, currency.KRW, currency.JPY
	un2019 := "UN Panel of Experts (S/2019/691)"
	// S/2019/691: its text was reported on 2019-08-05 and the report is
	// dated 2019-08-30 (reference, estimates row U1), so August 2019.
	un2019Month := date(2019, 8, 1)
	return []Incident{
		{
			ID: "2016-bangladesh-bank", Row: "1",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2016, 2, 4), DatePrecision: PrecisionDay,
			Victim: "Bangladesh Bank (central bank)", Country: region("BD"), VictimType: Bank,
			Loss:       amt("81000000", usdC),
			LossReport: rep(ex, "81000000", usdC, "$81M reached RCBC (PH)", "press (Manila Times; FT Sri Lanka)"),
			LossUSD:    []Reported{usd(ex, "81000000", "$81M", "US DOJ")},
			Flows: []Flow{
				{Kind: Attempted, Figure: usd(ex, "951000000", "35 SWIFT orders for $951M", "press (Manila Times; FT Sri Lanka)"), Source: srcBB()},
				{Kind: Executed, Figure: usd(ex, "101000000", "5 executed ($101M)", "press (Manila Times; FT Sri Lanka)"), Source: srcBB()},
				{Kind: Reversed, Figure: usd(ex, "20000000", "$20M to Sri Lanka was reversed", "press (Manila Times; FT Sri Lanka)"), Source: srcBB()},
			},
			Attributions: []Attribution{
				attr("Lazarus Group", cl(Lazarus), "US DOJ (2018 complaint)", date(2018, 1, 1), PrecisionYear, Confirmed,
					src("Finextra", "https://finextra.com/newsarticle/32623/us-charges-north-korean-over-bangladesh-bank-hack", "Park Jin Hyok charged with involvement in the hacking team known as 'Lazarus Group'")),
				attr("Bluenoroff (with Lazarus)", cl(BlueNoroff, Lazarus), "US Treasury OFAC", date(2019, 1, 1), PrecisionYear, Confirmed,
					src("The Diplomat", "https://thediplomat.com/2019/09/us-sanctions-three-north-korean-entities-linked-to-cyberattacks-theft/", "behind the $80 million heist at the Central Bank of Bangladesh's New York Federal Reserve account")),
				attr("Lazarus Group / APT38 (RGB)", cl(Lazarus, APT38), "US DOJ (2021 indictment, unsealed)", date(2021, 2, 17), PrecisionDay, Confirmed,
					src("Al Jazeera", "https://www.aljazeera.com/news/2021/2/17/us-charges-three-north-koreans-for-major-hacks-and-cyber-thefts", "the 2021 indictment's labels, Lazarus Group and APT38")),
			},
			Sources: []Source{
				src("Manila Times", "http://www.manilatimes.net/the-rcbc-bangladesh-settlement-must-not-be-allowed-to-happen/400247/", "mechanics: 35 orders, $951M, 5 executed for $101M; date"),
				src("FT Sri Lanka", "https://ft.lk/it-telecom-tech/how-millions-from-the-bangladesh-bank-heist-disappeared/50-556508", "mechanics and date"),
			},
			Notes: []string{
				"orders sent Thursday 4 Feb 2016; transfers 4–5 Feb",
				"35 SWIFT orders for $951M; 5 executed ($101M); $81M reached RCBC (Philippines); $20M to Sri Lanka was reversed",
				"asset: fiat USD via SWIFT, from the New York Fed account",
			},
		},
		{
			ID: "2017-yapizon", Row: "2",
			StatedStatus: Attributed, StatedText: "firm/UN (ROK: suspected)",
			Date: date(2017, 4, 22), DatePrecision: PrecisionDay,
			Victim: "Yapizon (later renamed Youbit; operator Yapian)", Country: region("KR"), VictimType: Exchange,
			Assets: []Asset{
				coins(ex, "3816", "BTC", "Yapizon notice"),
				coins(ex, "3831", "BTC", "one report ("+repo+" youbit_aka_yapizon_aka_coinbin.md)"),
			},
			Loss:       amt("5500000000", krw),
			LossReport: rep(abt, "5500000000", krw, "≈ KRW 5.5 bn", "JoongAng Daily (with the Yapizon notice)"),
			LossUSD:    []Reported{usd(abt, "4800000", "~$4.8M", "UN Panel of Experts; JoongAng Daily")},
			Attributions: []Attribution{
				attr("DPRK cyber actors", cl(DPRK), un2019, un2019Month, PrecisionMonth, Attributed,
					srcUN2019("Youbit (formerly Yapizon) suffered multiple attacks involving a $4.8 million loss in April 2017")),
				attr("", nil, "ROK authorities (as reported by press)", time.Time{}, PrecisionUnknown, Suspected,
					src("Straits Times", "https://www.straitstimes.com/asia/east-asia/south-korean-crypto-exchange-files-for-bankruptcy-after-hack", "ROK authorities blamed North Korea")),
			},
			Sources: []Source{
				src("JoongAng Daily", "https://koreajoongangdaily.joins.com/2017/04/28/finance/Bitcoin-theft-frightens-investors/3032835.html", "amount and time"),
			},
			Unverified: []string{"cluster: the UN text as quoted names only \"DPRK cyber actors\""},
			Notes:      []string{"02:00–03:00 KST", "37.08 % of the exchange's assets"},
		},
		{
			ID: "2017-youbit", Row: "3",
			StatedStatus: Attributed, StatedText: "firm/UN (ROK: suspected)",
			Date: date(2017, 12, 19), DatePrecision: PrecisionDay,
			Victim: "Youbit (Yapian)", Country: region("KR"), VictimType: Exchange,
			Attributions: []Attribution{
				attr("DPRK cyber actors", cl(DPRK), un2019, un2019Month, PrecisionMonth, Attributed,
					srcUN2019("and then 17% of its overall assets in December 2017, forcing the exchange to close")),
				attr("", nil, "ROK officials (WSJ, via press)", time.Time{}, PrecisionUnknown, Suspected,
					src("Nikkei Asia", "https://asia.nikkei.com/Spotlight/Bitcoin-evolution/Hack-casts-North-Korea-s-shadow-over-crypto-exchanges", "DPRK involvement \"widely suspected\" but \"unconfirmed\"")),
			},
			Sources: []Source{
				src("Straits Times", "https://www.straitstimes.com/asia/east-asia/south-korean-crypto-exchange-files-for-bankruptcy-after-hack", "time and share of assets"),
			},
			Unverified: []string{
				"assets taken (hot-wallet coins)",
				"amount: no KRW figure seen; Yapian gave \"about 17 % of total assets\"",
				"USD figure: only the researcher's repo gives $2.65M (left out)",
				"cluster",
			},
			Notes: []string{"~04:35 KST"},
		},
		{
			ID: "2017-bithumb", Row: "4",
			StatedStatus: Attributed, StatedText: "firm/UN (ROK: suspected)",
			Date: date(2017, 6, 1), DatePrecision: PrecisionMonth,
			Victim: "Bithumb", Country: region("KR"), VictimType: Exchange,
			Loss:        amt("7000000000", krw),
			LossReport:  rep(abt, "7000000000", krw, "KRW ~7 bn, held by 243 customers, stolen May–Oct 2017", "prosecutors, via press"),
			OtherLosses: []Reported{rep(ex, "7600000000", krw, "KRW 7.6 bn", "NIS")},
			LossUSD:     []Reported{usd(abt, "7000000", "~$7M", "UN Panel of Experts")},
			Attributions: []Attribution{
				attr("", nil, "ROK Supreme Prosecutors' Office sources and NIS (anonymous)", date(2017, 1, 1), PrecisionYear, Suspected,
					src("The Investor", "http://m.theinvestor.co.kr/view.php?ud=20171016000776", "authorities are close to concluding that North Korea was behind a cyberattack")),
				attr("DPRK cyber actors", cl(DPRK), un2019, un2019Month, PrecisionMonth, Attributed,
					srcUN2019("The first two attacks, in February and July 2017, resulted in losses of approximately $7 million each")),
			},
			Sources: []Source{
				src("blocking.net", "https://blocking.net/32922/bithumb-fined-30-million-won-for-leaking-customer-information/", "the KRW figure"),
				src("CoinDesk (copy)", "https://cryptonewz.pages.dev/crypto-news-coindesk.com/markets/2017/12/18/north-korea-suspected-again-in-crypto-exchange-attacks", "the NIS referral"),
				src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/Bithumb.md"),
			},
			Unverified: []string{"asset detail (multi-asset customer crypto)", "cluster"},
			Notes: []string{
				"breach found late June 2017; the UN says \"July 2017\"",
				"also a data leak of 31,000 users",
			},
		},
		{
			ID: "2018-coincheck", Row: "5",
			StatedStatus: Disputed, StatedText: "disputed (Asahi, June 2019: malware linked to Russian-speaking actors)",
			Date: date(2018, 1, 26), DatePrecision: PrecisionDay,
			Victim: "Coincheck", Country: region("JP"), VictimType: Exchange,
			Assets:     []Asset{coins(ex, "523000000", "XEM", "Coincheck press conference")},
			Loss:       amt("58000000000", jpy),
			LossReport: rep(abt, "58000000000", jpy, "≈ JPY 58 bn", "Coincheck press conference"),
			LossUSD:    []Reported{usdRange(abt, "533000000", "534000000", "~$533–534M", "press")},
			Attributions: []Attribution{
				attr("", nil, "ROK NIS", date(2018, 2, 1), PrecisionMonth, Suspected,
					src("Coinfox", "http://www.coinfox.info/news/8816-north-korean-hackers-may-stand-behind-the-coincheck-attack", "“It’s possible, but not a probable scenario backed by evidence”")),
				attr("Lazarus", cl(Lazarus), "Group-IB", date(2018, 10, 1), PrecisionMonth, Attributed,
					src("press (ethereum.medianewsonline.com)", "http://ethereum.medianewsonline.com/2018/10/19/north-koreas-new-big-industry-stealing-your-crypto/", "Lazarus is suspected of one of the biggest cryptocurrency hacks to date, that of Coincheck")),
				attr("Russian-speaking actors", nil, "Asahi Shimbun (via press)", date(2019, 6, 1), PrecisionMonth, Disputed,
					src("Chepicap", "https://www.chepicap.com/en/news/10581/coincheck-s-hack-wasn-t-north-korean-lazarus-job-it-was-russian-hackers.html", "malware attached to the emails sent to Coincheck employees linked back to Russian hacking groups")),
				{Actor: "", By: "UN Panel of Experts (2019 report)", Date: date(2019, 1, 1), DatePrecision: PrecisionYear, Status: Attributed,
					Unverified: "reported only by a secondary summary to have reused Group-IB's $571M total",
					Source:     src("blocking.net", "https://blocking.net/16260/us-treasury-announces-sanctions-against-three-north-korean-hacker-groups-such-as-lazarus/", "secondary summary")},
			},
			Sources: []Source{
				src("rno.jp", "http://rno.jp/archives/874", "amount"),
				src("KBS World", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=143546", "the UN Panel's 571 million dollars for at least five exchange attacks, Jan 2017 – Sep 2018; the excerpt does not list Coincheck"),
			},
			Unverified: []string{
				"the 2019 UN Panel report's reuse of Group-IB's $571M total",
			},
			Notes: []string{"~00:02–08:26 JST", "NIS: \"possible\", no evidence given"},
		},
		{
			ID: "2018-bithumb", Row: "6",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2018, 6, 19), DatePrecision: PrecisionDay,
			Victim: "Bithumb", Country: region("KR"), VictimType: Exchange,
			Assets:     []Asset{coins(abt, "2016", "BTC", "reported lost ("+repo+" Bithumb.md: Elliptic on-chain, 1,993 of ~2,016 BTC)")},
			Loss:       amt("35000000000", krw),
			LossReport: rep(abt, "35000000000", krw, "~KRW 35 bn", "Bithumb notice"),
			LossUSD: []Reported{
				usd(abt, "31000000", "~$31M", "UN Panel of Experts"),
				usd(abt, "30000000", "~$30,000,000", "Bithumb (deleted tweet)"),
				usd(ex, "17000000", "net loss $17M", "later reports"),
			},
			Attributions: []Attribution{
				attr("DPRK cyber actors", cl(DPRK), un2019, un2019Month, PrecisionMonth, Attributed,
					srcUN2019("subsequent attacks in June 2018 and March 2019 resulting in the loss of $31 million and $20 million")),
			},
			Sources: []Source{
				src("OpenLedger news", "https://dex.openledger.io/news/hackers-steal-30m-in-cryptocurrencies-from-bitthumb/", "the KRW 35 bn notice"),
				src("y4l.net", "http://y4l.net/post/M3RaOA", "the KRW 35 bn notice"),
			},
			Unverified: []string{"cluster"},
			Notes:      []string{"overnight 19/20 June 2018 (KST)", "multi-asset, including XRP"},
		},
		{
			ID: "2019-bithumb", Row: "7",
			StatedStatus: Attributed, StatedText: "firm/UN; the victim says it was an insider job (disputed by victim)",
			Date: date(2019, 3, 29), DatePrecision: PrecisionDay,
			Victim: "Bithumb", Country: region("KR"), VictimType: Exchange,
			Assets: []Asset{
				coins(more, "3000000", "EOS", "third parties"),
				coins(abt, "20000000", "XRP", "third parties"),
			},
			OtherLosses: []Reported{rep(abt, "14000000000", krw, "~KRW 14 bn", "industry source (BusinessKorea)")},
			LossUSD: []Reported{
				usdRange(abt, "19000000", "20000000", "~$19–20M", "reporter not named in the reference"),
				usd(abt, "20000000", "~$20M", "UN Panel of Experts"),
			},
			Attributions: []Attribution{
				attr("DPRK cyber actors", cl(DPRK), un2019, un2019Month, PrecisionMonth, Attributed,
					srcUN2019("subsequent attacks in June 2018 and March 2019 resulting in the loss of $31 million and $20 million")),
				attr("insiders", nil, "Bithumb (the victim)", time.Time{}, PrecisionUnknown, Disputed,
					src("The Block", "https://www.theblock.co/linked/17815/bithumb-hacked-for-20-million-funds-already-sent-to-exchanges", "it is judged that the incident is an accident involving insiders.")),
			},
			Sources: []Source{src("BusinessKorea", "http://www.businesskorea.co.kr/news/articleView.html?idxno=30449", "KRW 14 bn")},
			Unverified: []string{
				"amount: Bithumb gave no figure",
				"cluster",
			},
			Notes: []string{"~22:00 KST"},
		},
		{
			ID: "2019-upbit", Row: "8",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2019, 11, 27), DatePrecision: PrecisionDay,
			Victim: "Upbit (Dunamu)", Country: region("KR"), VictimType: Exchange,
			Assets:     []Asset{coins(ex, "342000", "ETH", "Upbit CEO")},
			Loss:       amt("58000000000", krw),
			LossReport: rep(ex, "58000000000", krw, "KRW 58 bn at the time", "ROK police"),
			LossUSD: []Reported{
				usd(ex, "48500000", "$48.5 million", "US DOJ complaint"),
				usd(ex, "50000000", "$50 million", "US–Japan–ROK joint statement"),
			},
			Attributions: []Attribution{
				attr("\"Exchange 3\" theft (cluster not quoted)", nil, "US DOJ (complaint, 2020; via repo)", date(2020, 1, 1), PrecisionYear, Confirmed,
					src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/upbit.md: \"Exchange 3 … approximately 342,000 ETH ($48.5 million)\"")),
				attr("Lazarus and Andaryl (RGB)", cl(Lazarus, Andariel), "ROK National Police Agency (National Office of Investigation)", date(2024, 11, 21), PrecisionDay, Confirmed,
					src("YTN", "https://m.ytn.co.kr/en/news_view.amp.php?param=0103_202411212149561588", "Lazarus and Andaryl, a hacker group under the North Korean Reconnaissance General Bureau, stole 342,000 Ethereum")),
			},
			Sources: []Source{src("Followin", "https://followin.io/feed/14536783", "ROK police statement")},
			Notes:   []string{"~13:06 KST / 04:06 UTC"},
		},
		{
			ID: "2020-kucoin", Row: "9",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2020, 9, 25), DatePrecision: PrecisionDay,
			Victim: "KuCoin", Country: region("SC"), CountryUnverified: true, VictimType: Exchange,
			LossUSD: []Reported{
				usd(ex, "281000000", "$281M", "press/UN"),
				usd(ex, "275000000", "$275M", "Chainalysis"),
			},
			Attributions: []Attribution{
				attr("DPRK", cl(DPRK), "UN Panel of Experts (S/2021/211, preliminary; victim not named)", date(2021, 1, 1), PrecisionYear, Attributed,
					src("Straits Times", "https://www.straitstimes.com/world/united-states/un-inquiry-suspects-n-korea-link-in-372m-digital-currency-heist", "strongly suggests links to the DPRK")),
				attr("Lazarus Group", cl(Lazarus), "Chainalysis (2021 report)", date(2021, 1, 1), PrecisionYear, Attributed,
					src("Chainalysis", "https://blog.chainalysis.com/reports/lazarus-group-kucoin-exchange-hack/", "We were able to attribute this hack to Lazarus Group")),
			},
			Sources: []Source{src("KuCoin", "https://www.kucoin.com/news/en-kucoin-ceo-livestream-recap-latest-updates-about-security-incident", "timeline")},
			Unverified: []string{
				"country: Reuters says Seychelles-based, others Singapore-based",
				"amount: KuCoin gave no total (early press ~$150M)",
			},
			Notes: []string{"2020-09-25 UTC (2020-09-26 02:51 UTC+8)"},
		},
		{
			ID: "2021-liquid", Row: "21",
			StatedStatus: Attributed, StatedText: "firm/UN (DOJ filing not seen)",
			Date: date(2021, 8, 18), DatePrecision: PrecisionDay,
			Victim: "Liquid Global (wallet run by Singapore subsidiary Quoine Pte)", VictimType: Exchange,
			LossUSD: []Reported{
				usdRange(abt, "91000000", "97000000", "~$91–97M", "reporter not named in the reference"),
				usd(abt, "91350000", "~$91.35M laundered", "Chainalysis"),
			},
			Attributions: []Attribution{
				attr("a party working on behalf of DPRK", cl(DPRK), "Chainalysis (2022 report)", date(2022, 1, 14), PrecisionDay, Attributed,
					src("iHodl", "https://ihodl.com/topnews/2022-01-14/north-korea-linked-hackers-laundered-91m-after-liquidcom-hack", "moved to wallets controlled by a party working on behalf of DPRK")),
				{Actor: "", By: "US DOJ (forfeiture complaint, \"COMPANY-1\", $90M)", Date: date(2024, 10, 4), DatePrecision: PrecisionDay, Status: Confirmed,
					Unverified: "the complaint itself was not seen; only the repo's summary",
					Source:     src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/ronin_bridge.md")},
			},
			Sources: []Source{src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/liquid_global.md")},
			Unverified: []string{
				"country: JP or SG",
				"amount: Liquid's figure not seen",
				"the DOJ filing (COMPANY-1) was not seen",
			},
			Notes: []string{"2021-08-18 or 19 (sources differ)", "multi-asset (BTC, TRX, XRP, ERC-20s)"},
		},
		{
			ID: "2022-ronin-bridge", Row: "10",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2022, 3, 23), DatePrecision: PrecisionDay,
			Victim: "Ronin Bridge (Sky Mavis / Axie Infinity)", Country: region("SG"), VictimType: DeFiBridge,
			Assets: []Asset{
				coins(ex, "173600", "ETH", "Ronin"),
				coins(ex, "25500000", "USDC", "Ronin"),
			},
			LossUSD: []Reported{
				usd(ex, "620000000", "$620 million", "FBI"),
				usd(ex, "625000000", "$625M", "Ronin"),
			},
			Attributions: []Attribution{
				attr("Lazarus Group and APT38", cl(Lazarus, APT38), "FBI", date(2022, 4, 14), PrecisionDay, Confirmed,
					src("Washington Examiner", "https://www.washingtonexaminer.com/news/1242830/fbi-blames-north-korea-hackers-for-620-million-crypto-theft", "confirm Lazarus Group and APT38 … are responsible for the theft of $620 million")),
				attr("Lazarus Group (SDN entry)", cl(Lazarus), "US Treasury OFAC (address added to the SDN entry)", time.Time{}, PrecisionUnknown, Confirmed,
					src("SC Magazine", "https://www.scmagazine.com/brief/cybercrime/fbi-north-korean-hackers-behind-620m-axie-infinity-theft", "OFAC address listing")),
			},
			Sources: []Source{
				src("VIR", "https://vir.com.vn/vietnamese-startup-sky-mavis-creator-of-axie-infinity-bags-152-million-in-series-b-88221.html", "Sky Mavis's legal HQ"),
				src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/ronin_bridge.md"),
			},
			Notes: []string{"disclosed 2022-03-29", "country: legal HQ; core team in Vietnam", "the amount was reported in coins only"},
		},
		{
			ID: "2022-harmony-horizon-bridge", Row: "11",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2022, 6, 23), DatePrecision: PrecisionDay,
			Victim: "Harmony – Horizon Bridge", Country: region("US"), VictimType: DeFiBridge,
			Loss:       amt("100000000", usdC),
			LossReport: rep(abt, "100000000", usdC, "approx. $100MM", "Harmony"),
			LossUSD: []Reported{
				usd(ex, "100000000", "$100 million", "FBI"),
				usd(ex, "105000000", "$105M", "US DOJ complaint (2024, via repo)"),
			},
			Attributions: []Attribution{
				attr("", nil, "Elliptic", date(2022, 6, 1), PrecisionMonth, Attributed,
					src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/harmony_horizon_bridge.md")),
				attr("Lazarus Group and APT38", cl(Lazarus, APT38), "FBI", date(2023, 1, 23), PrecisionDay, Confirmed,
					src("BTimes", "https://www.btimesonline.com/articles/157506/20230124/fbi-confirms-north-koreas-lazarus-apt38-perpetrators-100m-harmony-horizon.htm", "the Lazarus Group and APT38 … are responsible for the theft of $100 million")),
			},
			Sources: []Source{src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/harmony_horizon_bridge.md: Harmony tweet of 23 June")},
			Notes:   []string{"~11:06 UTC; the repo's header says 24 June", "multi-asset (ETH, USDC, WBTC, USDT, DAI, BUSD, …)"},
		},
		{
			ID: "2023-atomic-wallet", Row: "12",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2023, 6, 2), DatePrecision: PrecisionDay,
			Victim: "Atomic Wallet", Country: region("EE"), CountryUnverified: true, VictimType: WalletProvider,
			LossUSD: []Reported{
				usd(ex, "100000000", "$100 million", "FBI"),
				usd(ex, "35000000", "$35M (first report)", "Elliptic"),
			},
			Attributions: []Attribution{
				attr("Lazarus", cl(Lazarus), "Elliptic", date(2023, 6, 6), PrecisionDay, Attributed,
					src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/Atomic Wallet.md: \"Elliptic attributed this hack to Lazarus on June 6th 2023\"")),
				attr("TraderTraitor-affiliated actors (also known as Lazarus Group and APT38)", cl(TraderTraitor, Lazarus, APT38), "FBI", date(2023, 8, 22), PrecisionDay, Confirmed,
					src("HSToday", "https://www.hstoday.us/subject-matter-areas/cybersecurity/fbi-identifies-cryptocurrency-funds-stolen-by-north-korea/", "DPRK TraderTraitor-affiliated actors were responsible for … the $100 million theft … from Atomic Wallet")),
			},
			Unverified: []string{"country", "amount: Atomic gave no figure"},
			Notes:      []string{"FBI: \"on or about\"; the repo says 06-03", "thefts from users' non-custodial wallets", "multi-asset"},
		},
		{
			ID: "2023-alphapo", Row: "13a",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2023, 7, 22), DatePrecision: PrecisionDay,
			Victim: "Alphapo", VictimType: PaymentProcessor,
			LossUSD: []Reported{
				usd(ex, "60000000", "$60 million", "FBI"),
				usd(abt, "100000000", "roughly $100 million from a Panama-based virtual currency payment processor", "US DOJ forfeiture of 2025-11-14, as paraphrased (the match with Alphapo is press inference)"),
			},
			Attributions: []Attribution{
				attr("TraderTraitor-affiliated actors (also known as Lazarus Group and APT38)", cl(TraderTraitor, Lazarus, APT38), "FBI", date(2023, 8, 22), PrecisionDay, Confirmed,
					src("HSToday", "https://www.hstoday.us/subject-matter-areas/cybersecurity/fbi-identifies-cryptocurrency-funds-stolen-by-north-korea/", "the $60 million theft of virtual currency from Alphapo on June 22, 2023")),
				attr("Lazarus Group (also known as APT38)", cl(Lazarus, APT38), "FBI", date(2023, 9, 6), PrecisionDay, Confirmed,
					src("CoinsNews", "https://coinsnews.com/fbi-traces-41-million-cryptocurrency-theft-from-stakecom-to-lazarus-group", "approximately $60 million of virtual currency from Alphapo and CoinsPaid on or about July 22, 2023")),
			},
			Unverified: []string{"country", "asset detail", "amount: Alphapo's own figure not seen", "that the DOJ's Panama-based processor of 2025-11-14 is Alphapo (press inference only)"},
			Sources:    []Source{srcDOJ2025("roughly $100 million from a Panama-based virtual currency payment processor")},
			Notes: []string{
				"date from the FBI's September release; its August release misprints \"June 22\"",
				"the FBI's September release gives \"approximately $60 million\" for Alphapo and CoinsPaid together",
			},
		},
		{
			ID: "2023-coinspaid", Row: "13b",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (below $40M; the brief lists it together with Alphapo)",
			Date: date(2023, 7, 22), DatePrecision: PrecisionDay,
			Victim: "CoinsPaid", Country: region("EE"), CountryUnverified: true, VictimType: PaymentProcessor,
			Loss:       amt("37300000", usdC),
			LossReport: rep(abt, "37300000", usdC, "~$37.3M", "CoinsPaid, as quoted in "+repo),
			LossUSD: []Reported{
				usd(ex, "37000000", "$37 million", "FBI"),
				usd(abt, "37000000", "approximately $37 million from an Estonia-based virtual currency payments processor", "US DOJ forfeiture of 2025-11-14, as paraphrased (the match with CoinsPaid is press inference)"),
			},
			Attributions: []Attribution{
				attr("Lazarus", cl(Lazarus), "CoinsPaid (the victim)", date(2023, 7, 26), PrecisionDay, Attributed,
					src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/Alphapo Coinspaid.md")),
				attr("TraderTraitor-affiliated actors (also known as Lazarus Group and APT38)", cl(TraderTraitor, Lazarus, APT38), "FBI", date(2023, 8, 22), PrecisionDay, Confirmed,
					src("HSToday", "https://www.hstoday.us/subject-matter-areas/cybersecurity/fbi-identifies-cryptocurrency-funds-stolen-by-north-korea/", "$37 million … from CoinsPaid")),
			},
			Unverified: []string{"country: reported to Estonian police per a repo-linked headline", "asset detail", "that the DOJ's Estonia-based processor of 2025-11-14 is CoinsPaid (press inference only)"},
			Sources:    []Source{srcDOJ2025("approximately $37 million from an Estonia-based virtual currency payments processor")},
			Notes:      []string{"below $40M; listed with Alphapo"},
		},
		{
			ID: "2023-stake", Row: "14",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2023, 9, 4), DatePrecision: PrecisionDay,
			Victim: "Stake.com", VictimType: GamblingPlatform,
			LossUSD: []Reported{usd(abt, "41000000", "~$41M", "FBI")},
			Attributions: []Attribution{
				attr("Lazarus Group (also known as APT38)", cl(Lazarus, APT38), "FBI", date(2023, 9, 6), PrecisionDay, Confirmed,
					src("Crowdfund Insider", "https://www.crowdfundinsider.com/2023/09/212697-fbi-identifies-lazarus-group-cyber-actors-as-responsible-for-theft-of-41m-in-crypto-from-stake-com/", "attributes it to the Lazarus Group (also known as APT38)")),
				attr("", nil, "US DOJ (forfeiture complaint)", date(2024, 10, 4), PrecisionDay, Confirmed,
					src("MarketCap news", "https://news.marketcap.com/us-gov-files-complaints-to-seize-assets-from-north-korean-hackers", "the 2024 complaint")),
			},
			Sources:    []Source{src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/stake.md")},
			Unverified: []string{"country", "amount: Stake's own figure not seen"},
			Notes:      []string{"multi-asset (ETH, BSC, Polygon)"},
		},
		{
			ID: "2023-coinex", Row: "15",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2023, 9, 12), DatePrecision: PrecisionDay,
			Victim: "CoinEx", VictimType: Exchange,
			LossUSD: []Reported{
				usd(abt, "54000000", "~$54M", "Elliptic/press"),
				usd(abt, "70000000", "~$70M", "SlowMist (estimate)"),
			},
			Attributions: []Attribution{
				attr("Lazarus Group", cl(Lazarus), "Elliptic", time.Time{}, PrecisionUnknown, Attributed,
					src("VIP Finance News", "https://vipfinancenews.com/north-koreas-lazarus-group-has-stolen-240m-in-crypto-in-just-104-days-elliptic", "some of the funds stolen from CoinEx were sent to an address which was used by the Lazarus group")),
				attr("Lazarus Group", cl(Lazarus), "SlowMist", time.Time{}, PrecisionUnknown, Attributed,
					src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/CoinEx.md: \"CoinEx hackers may be the North Korean hacker group Lazarus Group.\"")),
				{By: "UN Panel of Experts (2024 report)", Date: date(2024, 1, 1), DatePrecision: PrecisionYear, Status: Attributed,
					Unverified: "UN text not seen; page reference only in the repo",
					Source:     src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/CoinEx.md")},
			},
			Sources:    []Source{src("Coinatory", "https://coinatory.com/cryptocurrency-news/lazarus-270-million-13116", "figures")},
			Unverified: []string{"country", "amount: CoinEx's own figure not seen (early press ~$27.8M)", "the UN Panel's 2024 attribution"},
			Notes:      []string{"multi-asset"},
		},
		{
			ID: "2023-htx-heco", Row: "16",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2023, 11, 22), DatePrecision: PrecisionDay,
			Victim: "HTX (ex-Huobi) hot wallets + HECO Chain bridge", VictimType: Exchange,
			LossUSD: []Reported{
				usd(abt, "100000000", "≈ $100M", "Elliptic"),
				usd(abt, "86600000", "~$86.6M (bridge)", "Elliptic"),
				usdRange(abt, "12500000", "13600000", "~$12.5–13.6M (HTX)", "Elliptic"),
			},
			Attributions: []Attribution{
				attr("Lazarus Group", cl(Lazarus), "Elliptic", date(2024, 3, 14), PrecisionDay, Attributed,
					src("lazarus.day (reproducing Elliptic)", "https://lazarus.day/timeline/post/north-korean-hackers-return-to-tornado-cash-despite-sanctions-9Cx45", "Elliptic has attributed this hack to North Korea’s Lazarus Group")),
				{Actor: "APT38", Clusters: cl(APT38), By: "an unidentified US filing (quoted in the repo)", Status: Confirmed,
					Unverified: "the filing was not identified",
					Source:     src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/htx_heco.md")},
			},
			Sources: []Source{
				src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/htx_heco.md: amounts"),
				src("GitHub 1712n/dn-institute", "https://github.com/1712n/dn-institute", "content/attacks/posts/2023-11-23-HecoBridge.md: amounts"),
			},
			Unverified: []string{"country", "amount: no official total seen", "the US filing naming APT38"},
			Notes:      []string{"HECO bridge 09:59 UTC; HTX 10:41 UTC", "victim type: exchange and DeFi bridge (kept as exchange)"},
		},
		{
			ID: "2024-dmm-bitcoin", Row: "17",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2024, 5, 31), DatePrecision: PrecisionDay,
			Victim: "DMM Bitcoin", Country: region("JP"), VictimType: Exchange,
			Assets:     []Asset{coins(ex, "4502.9", "BTC", "DMM Bitcoin")},
			Loss:       amt("48200000000", jpy),
			LossReport: rep(abt, "48200000000", jpy, "≈ JPY 48.2 bn", "DMM Bitcoin"),
			LossUSD:    []Reported{usd(ex, "308000000", "$308M", "FBI")},
			Attributions: []Attribution{
				attr("TraderTraitor", cl(TraderTraitor), "FBI, DC3 and Japan NPA (joint)", date(2024, 12, 23), PrecisionDay, Confirmed,
					src("The Daily Hodl", "https://dailyhodl.com/2024/12/24/fbi-and-other-federal-agencies-identify-hacker-behind-308000000-hack-of-dmm-crypto-exchange/amp", "identified the North Korean group known as “TraderTraitor” as responsible for the theft of 4,502.9 Bitcoin")),
			},
			Sources: []Source{
				src("Coinlive", "https://coinlive.com/news-flash/701655", "the NPA side"),
				src("iolite", "https://iolite.net/news/dmm-bitcoin-btc-unauthorized-outflow", "DMM's notice: BTC amount, JPY value, time"),
			},
			Notes: []string{"detected 13:26 JST", "joint attribution dated 2024-12-23/24", "TraderTraitor is also known as Jade Sleet, UNC4899, Slow Pisces; Lazarus-affiliated"},
		},
		{
			ID: "2024-wazirx", Row: "18",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2024, 7, 18), DatePrecision: PrecisionDay,
			Victim: "WazirX (Zanmai Labs)", Country: region("IN"), VictimType: Exchange,
			LossUSD: []Reported{
				usd(ex, "234900000", "$234.9M", "Cyvers"),
				usd(ex, "235000000", "$235 million", "US–Japan–ROK joint statement"),
			},
			Attributions: []Attribution{
				attr("\"North Korea\"-affiliated hackers", cl(DPRK), "Elliptic", date(2024, 7, 1), PrecisionMonth, Attributed,
					src("Bitcoinworld", "https://bitcoinworld.co.in/indian-exchange-wazirx-hacked-for-230-million-by-north-korean-group", "this hack was perpetrated by hackers affiliated with North Korea")),
				attr("DPRK actors (names Lazarus Group generally)", cl(DPRK), "US–Japan–ROK joint statement", date(2025, 1, 14), PrecisionDay, Confirmed,
					src("SC World", "https://www.scworld.com/brief/north-korean-crypto-heist-toll-exceeded-659m-in-2024", "the first to attribute the WazirX attack to North Korean hackers")),
				{Actor: "TraderTraitor", Clusters: cl(TraderTraitor), By: repo + " (tag)", Status: Attributed,
					Unverified: "a tag in the researcher's repo, no attributor",
					Source:     src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/wazirx.md")},
			},
			Sources: []Source{src("Siasat", "https://www.siasat.com/crypto-exchange-wazirx-hacked-usd-235-million-funds-stolen-3063935/", "$234.9M")},
			Unverified: []string{
				"amount: WazirX gave no figure at first (~$230M in post-mortem coverage)",
				"the repo's TraderTraitor tag",
				"the state.gov text of the joint statement was not opened",
			},
			Notes: []string{"multi-asset (SHIB, ETH, MATIC, PEPE, USDT, GALA …)"},
		},
		{
			ID: "2024-radiant-capital", Row: "22",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2024, 10, 16), DatePrecision: PrecisionDay,
			Victim: "Radiant Capital", VictimType: OtherVictim,
			Loss:       amt("50000000", usdC),
			LossReport: rep(abt, "50000000", usdC, "~$50M", "Radiant post-mortem, via press"),
			LossUSD:    []Reported{usd(ex, "50000000", "$50 million", "US–Japan–ROK joint statement")},
			Attributions: []Attribution{
				attr("UNC4736 (AppleJeus / Citrine Sleet)", cl(UNC4736), "Mandiant (for Radiant)", date(2024, 12, 1), PrecisionMonth, Attributed,
					src("SecurityTicks", "https://securityticks.com/investigation-north-korean-hackers-behind-50m-radiant-capital-heist", "attributed the attack to a group tracked as UNC4736, also known as AppleJeus or Citrine Sleet")),
				attr("DPRK actors", cl(DPRK), "US–Japan–ROK joint statement", date(2025, 1, 14), PrecisionDay, Confirmed,
					src("The Federal Newswire", "https://thefederalnewswire.com/stories/667671354-us-japan-south-korea-warn-of-north-korean-cryptocurrency-thefts", "Additional thefts against WazirX for $235 million and Radiant Capital for $50 million were also noted.")),
			},
			Unverified: []string{"country", "asset detail"},
			Notes:      []string{"a DeFi lending protocol"},
		},
		{
			ID: "2025-bybit", Row: "19",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2025, 2, 21), DatePrecision: PrecisionDay,
			Victim: "Bybit", Country: region("AE"), VictimType: Exchange,
			Assets:     []Asset{coins(abt, "401000", "ETH", "Bybit, via press")},
			Loss:       amt("1400000000", usdC),
			LossReport: rep(abt, "1400000000", usdC, "~$1.4B per Bybit, via press", "Bybit, via press"),
			LossUSD:    []Reported{usd(abt, "1500000000", "approximately $1.5 billion USD", "FBI")},
			Attributions: []Attribution{
				attr("TraderTraitor", cl(TraderTraitor), "FBI (PSA)", date(2025, 2, 26), PrecisionDay, Confirmed,
					src("Protos", "https://protos.com/fbi-confirms-north-korean-tradertraitor-to-blame-for-1-5-billion-bybit-hack", "FBI refers to this specific North Korean malicious cyber activity as “TraderTraitor.”")),
			},
			Sources: []Source{
				src("Fintech Fetch", "https://fintechfetch.com/?p=11807", "401,000 ETH and Dubai base"),
				src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", "hacks-and-thefts/bybit.md: time 14:16 UTC"),
			},
			Notes: []string{"~14:16 UTC", "ETH plus staked-ETH tokens (stETH, mETH, cmETH)", "Dubai-based"},
		},
		{
			ID: "2017-nicehash", Row: "20",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim identity unverified)",
			Date: date(2017, 12, 6), DatePrecision: PrecisionDay,
			Victim: "NiceHash (DOJ: \"Slovenian cryptocurrency company\")", VictimUnverified: true,
			Country: region("SI"), VictimType: OtherVictim,
			Assets: []Asset{
				coins(abt, "4700", "BTC", "NiceHash executive"),
				coins(ex, "4736.42", "BTC", "attacker wallet (press)"),
			},
			LossUSD: []Reported{
				usd(abt, "64000000", "~$64M at the time", "press"),
				usd(ex, "75000000", "$75 million", "US DOJ"),
			},
			Attributions: []Attribution{
				attr("Lazarus Group / APT38 (RGB hackers)", cl(Lazarus, APT38), "US DOJ (indictment, unsealed)", date(2021, 2, 17), PrecisionDay, Confirmed,
					src("CoinNewsDaily", "https://coinnewsdaily.com/doj-charges-3-north-korean-hackers-with-stealing-100m-from-crypto-firms", "including $75 million from a Slovenian cryptocurrency company in December 2017")),
			},
			Sources: []Source{
				src("ZDNet", "https://www.zdnet.com/article/bitcoin-exchange-nicehash-hacked-70m-lost/", "BTC amount and date"),
				src("Review Central ME", "https://reviewcentralme.com/2017/12/08/hackers-steal-64-million-worth-cryptocurrency-nicehash", "BTC amount and date"),
			},
			Unverified: []string{"victim identity: inferred from press and the repo README, not stated by DOJ"},
			Notes:      []string{"a crypto-mining marketplace"},
		},
	}
}
