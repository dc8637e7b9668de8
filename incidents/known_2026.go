package incidents

import (
	"time"

	"github.com/kpledger/kpledger/currency"
	"github.com/shopspring/decimal"
)

// cur returns the currency of an ISO code in a literal; it panics on a bad
// code, which the package's tests would catch.
func cur(code string) currency.Currency {
	c, err := currency.ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// srcDOJ2021 is the press copy of the DOJ release on the 2021 indictment
// that lists the banks' countries.
func srcDOJ2021(note string) Source {
	return src("Anadolu (via globalvillagespace)", "https://www.globalvillagespace.com/justice-department-charges-3-north-korean-hackers-for-cyber-hacks/", note)
}

func srcTheBlock2021(note string) Source {
	return src("The Block", "https://www.theblock.co/linked/95175/us-charges-north-korea-hackers-crypto-thefts", note)
}

func srcMSMTProtos(note string) Source {
	return src("Protos", "https://protos.com/chart-north-korea-stole-2-8b-in-crypto-hacks-since-2024-report/", note)
}

func srcRepo(path string) Source {
	return src(repo, "https://github.com/tayvano/lazarus-bluenoroff-research", path)
}

// knownRows23to47 are the rows added to the reference on 2026-12-01: bank
// heists (23–30) and crypto thefts (31–47).
func knownRows23to47() []Incident {
	const (
		ex   = currency.Exact
		abt  = currency.About
		more = currency.MoreThan
		less = currency.LessThan
		near = currency.Nearly
	)
	usdC, krw, eur := currency.USD, currency.KRW, currency.EUR
	doj2021 := date(2021, 2, 17)
	indictment := "US DOJ (2021 indictment, unsealed)"
	rgb := "RGB hackers (\"Lazarus Group\"/\"APT38\")"
	msmtDay := date(2025, 10, 22)
	return []Incident{
		{
			ID: "2015-banco-del-austro", Row: "23",
			StatedStatus: Suspected, StatedText: "suspected (firm statement seen only as press paraphrase; Ecuador is not in the country list of the US indictment as reported)",
			Date: date(2015, 1, 12), DatePrecision: PrecisionDay,
			Victim: "Banco del Austro (BDA)", Country: region("EC"), VictimType: Bank,
			OtherLosses: []Reported{
				rep(ex, "12200000", usdC, "$12.2M per BDA's lawsuit against Wells Fargo", "press (DataBreachToday)"),
				rep(near, "12000000", usdC, "nearly USD 12 million", "press on the lawsuit (The Paypers)"),
			},
			LossUSD: []Reported{usd(abt, "12000000", "~$12M", "press")},
			Flows: []Flow{{Kind: Recovered, Figure: usd(ex, "2800000", "USD 2.8 million recovered", "press on the lawsuit"),
				Source: src("The Paypers", "https://thepaypers.com/fraud-and-fincrime/news/another-swift-hack-targets-ecuador-bank", "recovery of USD 2.8 million")}},
			Attributions: []Attribution{
				attr("Lazarus", cl(Lazarus), "Symantec (Symantec Korea official, as quoted by Chosun Ilbo)", date(2017, 4, 27), PrecisionDay, Suspected,
					src("Chosun Ilbo", "https://english.chosun.com/site/data/html_dir/2017/04/27/2017042701750.html?related_all", "Lazarus behind attacks on banks in Vietnam, Ecuador, the Philippines and Poland since 2015")),
			},
			Sources: []Source{
				src("ems-solutionsinc (press summary of Symantec)", "https://ems-solutionsinc.com/lazarus-is-back-now-tied-to-the-bangladeshs-central-bank-heist/", "a bank in Ecuador reported to have lost $12 million"),
				src("Christian Science Monitor (via Yahoo)", "https://news.yahoo.com/north-korea-behind-bank-heists-161819569.html", "Lazarus \"believed to be responsible\""),
				src("DataBreachToday", "https://www.databreachtoday.com/another-swift-hack-stole-12-million-a-9121", "$12.2 million; attacks dated Jan. 21, 2015"),
				src("Reuters (via news.world.edu)", "https://news.world.edu/special-report-cyber-thieves-exploit-banks-faith-swift-transfer-network", "first message on January 12, 2015"),
				src("BenarNews (via thailandnewsday)", "https://thailandnewsday.com/us-charges-three-north-korean-spies-for-attempted-cybertheft-of-1-3b-worldwide/", "the indictment's country list has no Ecuador"),
			},
			Unverified: []string{"amount: BDA's own notice not seen", "Symantec's statement was seen only as a press paraphrase"},
			Notes: []string{
				"first fraudulent SWIFT message 2015-01-12 (Reuters); another report says the attacks occurred 2015-01-21",
				"fiat USD via SWIFT (Wells Fargo correspondent account)",
			},
		},
		{
			ID: "2015-tpbank", Row: "24",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim identity unverified: DOJ does not name TPBank)",
			Date: date(2015, 12, 8), DatePrecision: PrecisionDay,
			Victim: "Tien Phong Bank (TPBank)", VictimUnverified: true, FiledAs: "\"Vietnamese Bank\", a bank headquartered in Hanoi (the indictment, as listed in the repo)",
			Country: region("VN"), VictimType: Bank,
			AttemptOnly: true,
			LossUSD:     []Reported{usd(ex, "0", "$0 lost; the messages \"did not cause any losses\"", "TPBank statement (via Reuters)")},
			Flows: []Flow{
				{Kind: Attempted, Figure: Reported{Figure: figEq(more, "1000000", eur, "1100000", usdC), AsPrinted: "more than 1 million euros (~$1.1M, Reuters conversion)", By: "TPBank statement (via Reuters)", EquivalentBy: "Reuters"},
					Source: src("Saigoneer (Reuters)", "https://saigoneer.com/vietnam-news/7024-vietnamese-bank-prevents-$1-1m-cyber-heist", "the messages did not cause any losses")},
				{Kind: Attempted, Figure: Reported{Figure: figEq(ex, "1200000", eur, "1360000", usdC), AsPrinted: "1.2 million euros ($1.36 million)", By: "State Bank of Vietnam official", EquivalentBy: "Reuters"},
					Source: src("VnExpress", "http://e.vnexpress.net/news/news/slovenian-bank-was-recipient-named-in-failed-vietnam-cyber-heist-3404706.html", "the Dec. 8 transfer for 1.2 million euros")},
			},
			Attributions: []Attribution{
				attr("Lazarus", cl(Lazarus), "Symantec", date(2016, 5, 26), PrecisionDay, Attributed,
					src("Fortune", "https://fortune.com/2016/05/27/north-korea-swift-hack/", "evidence that the attacks on Asian banks are linked to North Korea")),
				attr(rgb, cl(Lazarus, APT38), indictment, doj2021, PrecisionDay, Confirmed,
					srcDOJ2021("cyber heists that targeted banks in Vietnam, Bangladesh, Taiwan, Mexico, Malta and Africa")),
			},
			Sources: []Source{
				src("SlashGear", "https://www.slashgear.com/north-korea-may-be-hacking-banks-across-the-world-27441971/", "Symantec's finding"),
				srcRepo("README.md: the indictment's \"Vietnamese Bank\" headquartered in Hanoi"),
			},
			Unverified: []string{"victim identity: DOJ does not name TPBank"},
			Notes:      []string{"TPBank: \"fourth quarter of 2015\"", "attempt only: fiat EUR via SWIFT, blocked"},
		},
		{
			ID: "2017-feib", Row: "25",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (the indictment's naming of FEIB seen only in repo summary)",
			Date: date(2017, 10, 3), DatePrecision: PrecisionDay,
			Victim: "Far Eastern International Bank (遠東商銀, FEIB)", Country: region("TW"), VictimType: Bank,
			Loss:       amt("500000", usdC),
			LossReport: rep(less, "500000", usdC, "maximum loss under US$500,000", "FEIB, at the CIB press conference"),
			LossUSD:    []Reported{usd(abt, "500000", "~$0.5M lost", "press")},
			Flows: []Flow{
				{Kind: Attempted, Figure: usd(abt, "60000000", "~US$60M in suspect transfers", "FEIB, at the CIB press conference"),
					Source: src("TVBS", "https://news.tvbs.com.tw/amp/local/783970", "當初發現有疑慮的金額大概6000萬(美金)")},
				{Kind: Unrecovered, Figure: usd(more, "130000", "13萬多美金 (over US$130,000) still unrecovered", "FEIB's president (2018)"),
					Source: src("PTS", "https://news.pts.org.tw/article/408576", "剩下13萬多美金")},
			},
			Attributions: []Attribution{
				attr("Lazarus", cl(Lazarus), "BAE Systems", date(2017, 10, 16), PrecisionDay, Attributed,
					src("Taipei Times (Bloomberg)", "http://www.taipeitimes.com/News/front/archives/2017/10/18/2003680561", "Lazarus might have been behind the theft from FEIB")),
				attr("APT38", cl(APT38), "FireEye", date(2018, 10, 1), PrecisionMonth, Attributed,
					src("PTS", "https://news.pts.org.tw/article/408576", "北韓駭客組織「APT38」就是幕後黑手")),
				attr(rgb, cl(Lazarus, APT38), indictment, doj2021, PrecisionDay, Confirmed,
					srcDOJ2021("bank heists in Taiwan; the repo README lists FEIB among the indictment's victims")),
			},
			Sources:    []Source{srcRepo("README.md: Far Eastern International Bank, a bank headquartered in Taipei")},
			Unverified: []string{"the indictment's naming of FEIB (seen only in the repo's summary)"},
			Notes: []string{
				"anomaly found 2017-10-03; fraudulent transfers confirmed 10-05 and reported to Taiwan's CIB",
				"fiat USD via SWIFT, to Sri Lanka, Cambodia and the US",
			},
		},
		{
			ID: "2018-bancomext", Row: "26",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (attempt; PGR wording seen only in press)",
			Date: date(2018, 1, 9), DatePrecision: PrecisionDay,
			Victim: "Banco Nacional de Comercio Exterior (Bancomext)", Country: region("MX"), VictimType: Bank,
			AttemptOnly: true,
			LossUSD:     []Reported{usd(ex, "0", "no withdrawals or losses; $0 lost", "Bancomext spokesperson")},
			Flows: []Flow{
				{Kind: Attempted, Figure: usd(abt, "110000000", "attempted to steal around US $110 million", "FireEye (via Mexico News Daily)"),
					Source: src("Mexico News Daily", "https://mexiconewsdaily.com/news/north-korean-hackers-attempted-theft-of-millions/", "FireEye: attempted to steal around US $110 million")},
				{Kind: Executed, Figure: usd(abt, "110000000", "~US$110M transferred to a Seoul bank", "PGR preliminary findings (via press)"),
					Source: src("El Clarinete", "https://www.elclarinete.com.mx/bancomext-fue-hackeado-por-un-virus-de-corea-del-norte/", "110 millones de dólares transferred to a South Korean bank")},
				{Kind: Recovered, Whole: true, Figure: usd(abt, "110000000", "recovered", "PGR preliminary findings (via press)"),
					Source: src("Opinión de Yucatán", "https://opiniondeyucatan.com/?p=62019", "the money was recovered")},
			},
			Attributions: []Attribution{
				attr("hackers de origen norcoreano (no group named)", cl(DPRK), "Mexico PGR (preliminary findings, via press)", time.Time{}, PrecisionUnknown, Confirmed,
					src("El Clarinete (El Debate)", "https://www.elclarinete.com.mx/bancomext-fue-hackeado-por-un-virus-de-corea-del-norte/", "hackers de origen norcoreano")),
				attr("APT38", cl(APT38), "FireEye", date(2018, 10, 1), PrecisionMonth, Attributed,
					src("Mexico News Daily", "https://mexiconewsdaily.com/news/north-korean-hackers-attempted-theft-of-millions/", "the attack on Bancomext")),
				attr(rgb, cl(Lazarus, APT38), indictment, doj2021, PrecisionDay, Confirmed,
					srcDOJ2021("bank heists in Mexico; the repo README lists Bancomext among the indictment's victims")),
			},
			Sources: []Source{
				src("El Economista", "https://www.eleconomista.com.mx/sectorfinanciero/Hackeo-a-Bancomext-el-primero-del-ano-20180513-0056.html", "Bancomext's communiqué of 2018-01-10"),
				src("Don Dinero", "https://dondinero.mx/notas/intantan-robar-a-bancomext-via-hackeo", "no hubo retiros de dinero ni pérdidas"),
			},
			Unverified: []string{"the PGR wording was seen only in press", "the indictment's naming of Bancomext (seen only in the repo's summary)"},
			Notes:      []string{"attempt only: fiat USD via SWIFT (international payments platform)", "the newspaper adds Grupo Lazarus; the PGR named no group"},
		},
		{
			ID: "2018-banco-de-chile", Row: "27",
			StatedStatus: Attributed, StatedText: "firm/UN (the bank's Microsoft forensics said \"eastern Europe or Asia\")",
			Date: date(2018, 5, 24), DatePrecision: PrecisionDay,
			Victim: "Banco de Chile", Country: region("CL"), VictimType: Bank,
			Loss:       amt("10000000", usdC),
			LossReport: rep(ex, "10000000", usdC, "$10m", "CEO Eduardo Ebensperger (La Tercera, 2018-06-09)"),
			LossUSD:    []Reported{usd(ex, "10000000", "$10M", "CEO Eduardo Ebensperger (La Tercera)")},
			Attributions: []Attribution{
				attr("a cell of \"Lazarus Group\" (APT38 report)", cl(Lazarus), "FireEye (as reported by La Tercera)", date(2018, 10, 1), PrecisionMonth, Attributed,
					src("La Tercera", "https://latercera.com/pulso/noticia/hong-kong-levanta-secreto-bancario-banco-chile-recupere-dinero-del-hackeo/359878/?outputType=amp", "una célula del grupo norcoreano Lazarus Group")),
			},
			Sources: []Source{
				src("Tripwire", "https://tripwire.com/state-of-security/banco-de-chile-says-virus-infiltrated-its-computer-systems-stole-10m", "$10 million"),
				src("Stabroek News (Reuters)", "https://stabroeknews.com/2018/06/12/news/world/bank-of-chile-trading-down-after-hackers-rob-millions-in-cyberattack", "the bank's forensics: eastern Europe or Asia"),
			},
			Notes: []string{
				"the bank's contingency protocol; a Hong Kong court document cites 23 May",
				"fiat USD via SWIFT, to Hong Kong",
				"no UN or government attribution was found",
			},
		},
		{
			ID: "2018-cosmos-bank", Row: "28",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2018, 8, 11), DatePrecision: PrecisionDay,
			Victim: "Cosmos Co-operative Bank", Country: region("IN"), VictimType: Bank,
			Loss:       amt("944200000", cur("INR")),
			LossReport: rep(ex, "944200000", cur("INR"), "Rs 94.42 crore", "Cosmos chairman Milind Kale; FIR"),
			LossUSD: []Reported{
				usd(ex, "13400000", "$13.4 million (\"94.24 crore\", digits transposed)", "Finextra (conversion)"),
				usd(ex, "13000000", "$13 million", "WSJ (via Newser)"),
			},
			Attributions: []Attribution{
				attr("DPRK", cl(DPRK), "UN Panel of Experts (annual report, as reported by Indian press)", date(2019, 3, 1), PrecisionMonth, Attributed,
					src("LatestLY", "https://marathi.latestly.com/maharashtra/un-security-council-finds-pune-cosmos-bank-cyber-attack-motivated-by-north-korea-hackers-28663.html", "the DPRK was behind the attack")),
			},
			Sources: []Source{
				src("Financial Express", "https://www.financialexpress.com/market/pune-based-cosmos-cooperative-bank-takes-rs-94-cr-hit-from-cyberattack/1281052/", "Rs 94.42 crore in two hours"),
				src("Indiatimes", "https://indiatimes.com/amp/news/india/how-pune-based-cosmos-bank-lost-rs-94-crore-in-cyber-theft-in-just-48-hours-351264.html", "split by day"),
				src("press (UN Panel report)", "http://34.80.245.248/content_html/2019-03-28/9a99ccf3b9f9244aebb726e4ee263a1f.html", "the UN Panel's finding"),
				src("Finextra", "https://www.finextra.com/newsarticle/32520/indias-cosmos-bank-falls-victim-to-global-atm-cash-out-fraud/innovation", "$13.4 million"),
				src("Newser (WSJ)", "https://img1-azrcdn.newser.com/story/295454/us-agencies-n-korea-funds-nukes-with-bank-robbery.html", "$13 million"),
			},
			Unverified: []string{"which UN report symbol carries the attribution", "whether the 2020 US FASTCash alert itself names Cosmos"},
			Notes: []string{
				"ATM cash-out on Saturday 2018-08-11 and a SWIFT transfer on 2018-08-13",
				"Rs 80.50 crore in 14,849 card transactions on 11 Aug; Rs 13.92 crore via SWIFT to Hang Seng Bank, Hong Kong, on 13 Aug",
				"fiat via cloned Visa/RuPay cards at ATMs in 28 countries",
			},
		},
		{
			ID: "2018-bankislami", Row: "29",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim disputes the $6M figure, not the attribution)",
			Date: date(2018, 10, 27), DatePrecision: PrecisionDay,
			Victim: "BankIslami Pakistan Ltd", Country: region("PK"), VictimType: Bank,
			Loss:        amt("2600000", cur("PKR")),
			LossReport:  rep(ex, "2600000", cur("PKR"), "Rs 2.6 million in abnormal transactions", "BankIslami (to the PSX)"),
			OtherLosses: []Reported{rep(abt, "6000000", usdC, "approximately $6 million as claimed by the international payment scheme, \"not acknowledged by the bank\"", "the international payment scheme")},
			LossUSD:     []Reported{usd(abt, "6100000", "about $6.1 million", "US DOJ")},
			Attributions: []Attribution{
				attr(rgb, cl(Lazarus, APT38), indictment, doj2021, PrecisionDay, Confirmed,
					srcDOJ2021("an ATM cash-out resulted in about $6.1 million stolen from BankIslami")),
				attr("", nil, "US DOJ (2021 sentencing of Ghaleb Alaumary, as reported by MaltaToday)", date(2021, 1, 1), PrecisionYear, Confirmed,
					src("MaltaToday", "https://maltatoday.uberflip.com/i/1409324-maltatoday-12-september-2021/1", "a 2018 ATM cash-out theft from BankIslami")),
			},
			Sources:    []Source{src("Arab News", "https://www.arabnews.com/node/1395891/pakistan", "BankIslami to the PSX")},
			Unverified: []string{"the $6 million figure: the bank does not acknowledge it"},
			Notes:      []string{"fiat via payment cards (ATM cash-out abroad)"},
		},
		{
			ID: "2019-bank-of-valletta", Row: "30",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (bank named by MaltaToday, DOJ text not seen; Maltese TVM credited an \"Empire Monkey\" group)",
			Date: date(2019, 2, 13), DatePrecision: PrecisionDay,
			Victim: "Bank of Valletta (BOV)", Country: region("MT"), VictimType: Bank,
			Loss:       amt("13000000", eur),
			LossReport: rep(ex, "13000000", eur, "€13 million, \"traced and are being reversed\"", "Prime Minister Muscat to parliament (2019-02-13)"),
			LossUSD:    []Reported{usdRange(ex, "14650000", "14700000", "$14.65M–14.7M (press conversions of €13M)", "press")},
			Flows: []Flow{{Kind: Unrecovered, Figure: rep(less, "1000000", eur, "\"less than €1 million\" unrecoverable; ~€10 million tracked", "bank sources (Times of Malta)"),
				Source: src("Times of Malta", "https://timesofmalta.com/articles/view/black-listed-state-believed-to-be-behind-bov-cyberattack.728243", "€10 million tracked; less than €1 million lost")}},
			Attributions: []Attribution{
				attr(rgb, cl(Lazarus, APT38), indictment, doj2021, PrecisionDay, Confirmed,
					srcDOJ2021("bank heists in Malta")),
				attr("", nil, "US DOJ (2021 sentencing of Ghaleb Alaumary, as reported by MaltaToday)", date(2021, 1, 1), PrecisionYear, Confirmed,
					src("MaltaToday", "https://maltatoday.uberflip.com/i/1409324-maltatoday-12-september-2021/1", "laundered the funds from the North Korean-perpetrated cyber-heist of Bank of Valletta")),
			},
			Sources: []Source{
				src("MSSP Alert", "https://msspalert.com/news/european-bank-temporarily-closes-after-cyberattack", "€13 million (US$14.65 million) to banks in four countries"),
				src("TVM", "https://www.tvm.com.mt/mt/news/11-il-sena-habs-ghal-ragel-li-kellu-sehem-fis-serqa-ta-e13-il-miljun-mill-bov/", "a conflicting local report crediting \"Empire Monkey\""),
				srcRepo("README.md: \"Maltese Bank\", a bank headquartered in Malta"),
			},
			Unverified: []string{"the DOJ text was not seen; the bank is named by MaltaToday"},
			Notes: []string{
				"fiat EUR via SWIFT: false international payments to the UK, US, Czech Republic and Hong Kong",
				"a conflicting local report (TVM) credited an \"Empire Monkey\" group",
			},
		},
		{
			ID: "2017-coinis", Row: "31",
			StatedStatus: Attributed, StatedText: "firm/UN (ROK: suspected)",
			Date: date(2017, 9, 23), DatePrecision: PrecisionDay,
			Victim: "Coinis", Country: region("KR"), VictimType: Exchange,
			LossUSD: []Reported{usd(abt, "2190000", "possibly 2.19 million USD", "UN Panel of Experts (\"possibly\")")},
			Attributions: []Attribution{
				attr("", nil, "ROK NIS (via press)", date(2017, 12, 1), PrecisionMonth, Suspected,
					src("CoinDesk (copy)", "https://cryptonewz.pages.dev/crypto-news-coindesk.com/markets/2017/12/18/north-korea-suspected-again-in-crypto-exchange-attacks", "the NIS also suspects North Korea in the attack on Coinis")),
				attr("DPRK cyber actors", cl(DPRK), "UN Panel of Experts (S/2019/691, via repo)", date(2019, 8, 1), PrecisionMonth, Attributed,
					srcUN2019("Theft of undisclosed amount of Bitcoin (possibly 2.19 million USD) in attack on Coinis")),
			},
			Sources:    []Source{srcRepo("it-only-takes-one.md (commit 656522eb): the date 2017-Sep-23")},
			Unverified: []string{"amount: undisclosed; the UN gives \"possibly\" $2.19M", "cluster", "the day (the repo's; the NIS says \"in September\")"},
			Notes:      []string{"BTC"},
		},
		{
			ID: "2018-indonesian-crypto-company", Row: "32",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim identity unverified; not the 2024 Indodax hack)",
			Date: date(2018, 9, 1), DatePrecision: PrecisionMonth,
			Victim: "unnamed \"Indonesian cryptocurrency company\"", FiledAs: "an Indonesian cryptocurrency company",
			IdentifiedAs: "Indodax (probably)", IdentifiedBy: repo + " README.md",
			Country: region("ID"), VictimType: VictimUnknown,
			LossUSD: []Reported{usd(ex, "24900000", "$24.9 million", "US DOJ")},
			Attributions: []Attribution{
				attr(rgb, cl(Lazarus, APT38), "US DOJ (indictment, unsealed)", doj2021, PrecisionDay, Confirmed,
					srcTheBlock2021("$24.9 million from an Indonesian cryptocurrency company in September 2018")),
			},
			Unverified: []string{"victim identity: the repo's guess only", "victim type (DOJ: \"cryptocurrency company\")", "assets", "amount: the victim's figure not seen"},
			Notes:      []string{"not the 2024 Indodax hack, which the reference leaves out"},
		},
		{
			ID: "2019-dragonex", Row: "33",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2019, 3, 24), DatePrecision: PrecisionDay,
			Victim: "DragonEx", Country: region("SG"), VictimType: Exchange,
			OtherLosses: []Reported{rep(more, "6000000", usdC, "just over $6 million (early estimate)", "PeckShield")},
			LossUSD:     []Reported{usd(abt, "7000000", "$7 million", "Chainalysis")},
			Attributions: []Attribution{
				attr("Lazarus Group", cl(Lazarus), "Chainalysis (report)", date(2020, 2, 1), PrecisionMonth, Attributed,
					src("Korea Herald (RFA)", "http://www.koreaherald.com/view.php?ud=20200205000871", "Lazarus stole $7 million worth of cryptocurrencies in March 2019")),
				attr("", nil, "CNAS (via repo)", time.Time{}, PrecisionUnknown, Attributed,
					srcRepo("it-only-takes-one.md (commit 656522eb): the CNAS attribution")),
			},
			Sources:    []Source{src("Invest in Blockchain", "https://www.investinblockchain.com/singapore-exchange-hacked-for-suspected-6-million/", "DragonEx's notice; PeckShield's estimate")},
			Unverified: []string{"amount: DragonEx gave no total (it promised one \"in a week\")"},
			Notes:      []string{"multi-asset (BTC, ETH, EOS and ~20 tokens)"},
		},
		{
			ID: "2019-exchange-3", Row: "34",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim identity unverified)",
			Date: date(2019, 7, 1), DatePrecision: PrecisionDay,
			Victim: "\"Exchange 3\" (unnamed)", FiledAs: "Exchange 3", IdentifiedAs: "CoinTiger", IdentifiedBy: repo + " README.md",
			VictimUnverified: true, VictimType: Exchange,
			LossUSD: []Reported{usd(more, "272000", "over $272,000", "US DOJ")},
			Attributions: []Attribution{
				attr("an actor tied to North Korea", cl(DPRK), "US DOJ (civil forfeiture complaint, US v. 280 Virtual Currency Accounts)", date(2020, 8, 27), PrecisionDay, Confirmed,
					src("buycrypto.news", "https://buycrypto.news/?p=14882", "an individual tied to North Korea hacked a virtual currency exchange in July 2019")),
			},
			Sources: []Source{
				src("thecybersecurity.news", "https://thecybersecurity.news/general-cyber-security-news/us-moves-to-forfeit-280-crypto-accounts-1614/", "the complaint"),
				srcRepo("README.md and it-only-takes-one.md (commit 656522eb): the victim's name"),
			},
			Unverified: []string{"victim identity: CoinTiger per the repo only", "country", "amount: the victim's figure not seen"},
			Notes:      []string{"tokens (Proton, PlayGame, IHT Real Estate Protocol)"},
		},
		{
			ID: "2019-exchange-10", Row: "35",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim identity unverified)",
			Date: date(2019, 9, 25), DatePrecision: PrecisionDay,
			Victim: "\"Exchange 10\" (unnamed), a US company focused on the Algorand blockchain", FiledAs: "Exchange 10",
			IdentifiedAs: "Algo Capital", IdentifiedBy: repo + " README.md",
			VictimUnverified: true, Country: region("US"), VictimType: OtherVictim,
			Assets: []Asset{coins(ex, "9612652", "ALGO", "the complaint, as quoted in the repo")},
			OtherLosses: []Reported{{Figure: figRange(fig(ex, "1000000", usdC), fig(ex, "2000000", usdC)),
				AsPrinted: "$1 million to $2 million", By: "Algo Capital CEO (email, as quoted in the repo)"}},
			LossUSD: []Reported{usd(near, "2500000", "nearly $2.5 million", "US DOJ")},
			Attributions: []Attribution{
				attr("a North Korea-tied actor", cl(DPRK), "US DOJ (civil forfeiture complaint, US v. 280 Virtual Currency Accounts)", date(2020, 8, 27), PrecisionDay, Confirmed,
					src("buycrypto.news", "https://buycrypto.news/?p=14882", "the same hacker stole nearly $2.5 million from a US company")),
			},
			Sources:    []Source{srcRepo("README.md and it-only-takes-one.md (commit 656522eb): name, day, ALGO count")},
			Unverified: []string{"victim identity: Algo Capital per the repo only", "amount: the victim's own figure not seen"},
			Notes:      []string{"day as the complaint is quoted in the repo; press: \"September 2019\"", "ALGO and other tokens"},
		},
		{
			ID: "2020-ny-financial-services", Row: "36",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (victim unnamed)",
			Date: date(2020, 8, 7), DatePrecision: PrecisionDay,
			Victim: "unnamed \"financial services company in New York\"", FiledAs: "a financial services company in New York",
			Country: region("US"), VictimType: OtherVictim,
			LossUSD: []Reported{usd(abt, "11800000", "$11.8 million", "US DOJ")},
			Flows: []Flow{{Kind: Seized, Figure: usd(ex, "1900000", "$1.9 million seized for return", "US DOJ"),
				Source: srcTheBlock2021("$1.9 million seized for return")}},
			Attributions: []Attribution{
				attr(rgb+", via the CryptoNeuro Trader backdoor", cl(Lazarus, APT38), "US DOJ (indictment, unsealed)", doj2021, PrecisionDay, Confirmed,
					srcTheBlock2021("$11.8 million from a financial services company in New York in August 2020")),
			},
			Sources:    []Source{srcRepo("it-only-takes-one.md (commit 656522eb): the 2020-08-07 date")},
			Unverified: []string{"assets (crypto)", "amount: the victim's figure not seen"},
		},
		{
			ID: "2020-eterbase", Row: "37",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (the police wording is seen only as quoted in repo)",
			Date: date(2020, 9, 7), DatePrecision: PrecisionDay,
			Victim: "Eterbase", Country: region("SK"), VictimType: Exchange,
			LossUSD: []Reported{usd(abt, "5400000", "some $5.4 million", "Reuters")},
			Attributions: []Attribution{
				attr("Lazarus hacking group", cl(Lazarus), "Slovak National Crime Agency (letter to Binance, via Reuters)", date(2021, 6, 1), PrecisionMonth, Confirmed,
					srcRepo("hacks-and-thefts/Eterbase.md: the police letter")),
			},
			Sources: []Source{
				src("Reuters (via cryptotradeinfo)", "https://cryptotradeinfo.com/2022/06/special-report-how-crypto-giant-binance-became-a-hub-for-hackers-fraudsters-and-drug-traffickers", "Lazarus broke into a small Slovakian crypto exchange; some $5.4 million"),
			},
			Unverified: []string{"the police wording (seen only as quoted in the repo)", "amount: Eterbase's figure not seen"},
			Notes:      []string{"day per the repo; Reuters: \"September 2020\"", "multi-asset (ETH, ERC-20s, TRX, XTZ, BTC, ALGO, XRP)"},
		},
		{
			ID: "2022-deribit", Row: "38",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (complaint seen only via press)",
			Date: date(2022, 11, 1), DatePrecision: PrecisionMonth,
			Victim: "Deribit", Country: region("PA"), CountryUnverified: true, VictimType: Exchange,
			LossUSD: []Reported{usd(ex, "28000000", "$28 million", "press on the DOJ complaint")},
			Attributions: []Attribution{
				attr("Lazarus Group", cl(Lazarus), "US DOJ (civil forfeiture complaint, D.D.C.)", date(2024, 10, 4), PrecisionDay, Confirmed,
					src("MarketCap news (Cointelegraph copy)", "https://news.marketcap.com/us-gov-files-complaints-to-seize-assets-from-north-korean-hackers", "the 2022 Deribit hack, $28 million")),
			},
			Sources: []Source{
				src("cryptoworld.news", "https://cryptoworld.news/2024/u-s-moves-to-seize-2-7-million-from-lazarus-hacks-traced-through-tornado-cash-and-other-mixers/", "November 2022"),
				src("armcp (Italian copy)", "https://cryptoblog.armcp.net/it/blog/172/us-government-has-filed-lawsuits-confiscation", "Panama; misprints the loss as 2,8 milioni"),
			},
			Unverified: []string{"country: one Italian copy only", "amount: Deribit's own figure not seen", "the complaint (seen only via press)"},
			Notes:      []string{"month per press; the repo says 2022-11-02", "options exchange; hot wallet, laundered to USDT"},
		},
		{
			ID: "2024-playdapp", Row: "39",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (MSMT via press; value is the notional price of newly minted tokens)",
			Date: date(2024, 2, 9), DatePrecision: PrecisionDay,
			Victim: "PlayDapp", Country: region("KR"), VictimType: OtherVictim,
			Assets: []Asset{
				{Symbol: "PLA", Quantity: decimal.RequireFromString("200000000"), By: "PlayDapp/PeckShield, via press", Partial: true},
				{Symbol: "PLA", Quantity: decimal.RequireFromString("1590000000"), By: "PlayDapp/PeckShield, via press", Partial: true},
			},
			LossUSD: []Reported{
				usd(more, "290000000", ">$290M notional", "press"),
				usd(ex, "290000000", "$290 million", "MSMT (via press)"),
			},
			Attributions: []Attribution{
				attr("", nil, "MSMT (11 states, via press)", msmtDay, PrecisionDay, Confirmed,
					srcMSMTProtos("PlayDapp, which saw $290 million stolen")),
			},
			Sources: []Source{
				src("CryptoPotato", "https://cryptopotato.com/this-nft-platform-lost-290m-in-a-4-day-exploit/", "200 million PLA worth $36 million; 1.59 billion PLA worth $249.6 million"),
				src("FinOracle", "https://finoracle.net/technology/gaming/massive-hack-rocks-playdapp-290m-in-tokens-stolen", "Elliptic's $36.5M and $253.9M"),
				src("Bitcoins News", "https://bitcoinsnews.com/playdapp-private-key-breach-exposes-290-million-in-token-vulnerabilities-76837", "01:01 UTC"),
			},
			Unverified: []string{"cluster: the MSMT names TraderTraitor, CryptoCore and Citrine Sleet generally", "the MSMT report itself was not read", "no PlayDapp USD total seen"},
			Notes: []string{
				"unauthorised minting on 2024-02-09 and 2024-02-12 (second mint 01:01 UTC)",
				"the value is the notional price of newly minted tokens",
				"press: $36 million and $249.6 million at the time; Elliptic: $36.5M and $253.9M",
			},
		},
		{
			ID: "2024-munchables", Row: "40",
			StatedStatus: Confirmed, StatedText: "confirmed-gov (MSMT via press; net loss zero)",
			Date: date(2024, 3, 26), DatePrecision: PrecisionDay,
			Victim: "Munchables (GameFi app on Blast L2)", VictimType: OtherVictim,
			Assets: []Asset{coins(abt, "17400", "ETH", "press")},
			LossUSD: []Reported{
				usd(abt, "62500000", "~$62.5M", "press"),
				usd(ex, "63000000", "$63 million", "MSMT (via press)"),
			},
			Flows: []Flow{{Kind: Returned, Whole: true,
				Figure: usd(ex, "62535441.24", "the key which holds $62,535,441.24 USD, the key which holds 73 WETH; all funds returned 2024-03-27", "Munchables (statement)"),
				Source: src("Cointeeth", "https://www.cointeeth.com/id/news/munchables-developer-returns-62-8m-worth-of-ether-after-exploit", "the keys handed back")}},
			Attributions: []Attribution{
				attr("North Korea-linked developer", cl(DPRK), "ZachXBT (investigator)", time.Time{}, PrecisionUnknown, Suspected,
					src("GetBlock", "https://getblock.net/en/news/hacker-returns-all-625-million-worth-of-stolen-assets-to-gaming-platform-munchables", "ZachXBT's North Korea link")),
				attr("", nil, "MSMT (11 states, via press)", msmtDay, PrecisionDay, Confirmed,
					src("CoinTurk", "https://en.coin-turk.com/north-korean-hackers-target-cryptocurrency-exchanges-for-billions-in-theft/", "the loss of $63 million from Munchables cited as an example")),
			},
			Unverified: []string{"country", "cluster (the MSMT's, as reported)"},
			Notes:      []string{"~21:30 UTC (hack disclosed around 9:30 pm UTC)", "insider developer", "the returned funds also included 73 WETH"},
		},
		{
			ID: "2024-rain", Row: "41",
			StatedStatus: Confirmed, StatedText: "confirmed-gov",
			Date: date(2024, 4, 29), DatePrecision: PrecisionDay,
			Victim: "Rain Management (Rain exchange)", Country: region("BH"), VictimType: Exchange,
			LossUSD: []Reported{
				usd(ex, "14100000", "$14.1M", "ZachXBT"),
				usd(abt, "14800000", "~$14.8M", "press"),
				usd(ex, "16130000", "$16.13 million", "US–Japan–ROK joint statement"),
			},
			Attributions: []Attribution{
				attr("DPRK actors", cl(DPRK), "US–Japan–ROK joint statement", date(2025, 1, 14), PrecisionDay, Confirmed,
					src("Foreign Policy Watchdog", "https://foreignpolicywatchdog.com/united-states/u-s-japan-and-south-korea-unite-against-north-korean-cryptocurrency-thefts", "Rain Management $16.13 million")),
			},
			Sources: []Source{
				src("Blockoala", "https://blockoala.com/news/12236", "the co-founder confirmed the attack"),
				src("The Crypto Miami", "https://thecryptomiami.com/hackers-laundering-stolen-ethereum-from-bahrain-rain-exchange-via-tornado-cash", "$14.8M"),
			},
			Unverified: []string{"amount: Rain's own figure not seen"},
			Notes:      []string{"multi-asset (BTC, ETH, SOL, XRP)"},
		},
		{
			ID: "2024-uwu-lend", Row: "42",
			StatedStatus: Disputed, StatedText: "disputed (repo author Taylor Monahan: not DPRK; an oracle-manipulation exploit)",
			Date: date(2024, 6, 10), DatePrecision: PrecisionDay,
			Victim: "UwU Lend", VictimType: OtherVictim,
			OtherLosses: []Reported{rep(abt, "20000000", usdC, "a ~$20M exploit", "UwU Lend (via press)")},
			LossUSD: []Reported{
				usd(abt, "19300000", "closer to $19.3 million", "Arkham"),
				usd(ex, "19400000", "$19.4m", "PeckShield"),
				usd(ex, "19300000", "$19.3 million", "MSMT (via press)"),
			},
			Attributions: []Attribution{
				attr("", nil, "MSMT (11 states, via press)", msmtDay, PrecisionDay, Confirmed,
					srcMSMTProtos("UwU Lend, which lost $19.3 million")),
				attr("not DPRK: an oracle-manipulation exploit", nil, "Taylor Monahan (repo author)", time.Time{}, PrecisionUnknown, Disputed,
					srcMSMTProtos("UwU Lend and others \"weren’t related to North Korea\"")),
			},
			Sources: []Source{
				src("Unchained", "https://unchainedcrypto.com/0xsifu-offers-20-bounty-to-hackers-after-19-million-uwu-lend-exploit", "Arkham's $19.3 million"),
				src("leeninfo", "http://leeninfo.org/index-708.html", "PeckShield's $19.4m and the date"),
			},
			Unverified: []string{"country", "cluster", "amount: UwU Lend's acknowledgement seen only via press"},
			Notes:      []string{"DeFi lending protocol; multi-asset (WETH, WBTC, CRV, USDT, sUSDe …)"},
		},
		{
			ID: "2024-bingx", Row: "43",
			StatedStatus: Suspected, StatedText: "suspected (MSMT attribution seen only via repo/press summaries)",
			Date: date(2024, 9, 20), DatePrecision: PrecisionDay,
			Victim: "BingX", Country: region("SG"), VictimType: Exchange,
			LossUSD: []Reported{
				usd(ex, "26680000", "$26.68 million (initial)", "PeckShield"),
				usd(ex, "43000000", "revised upwards to $43 million", "PeckShield"),
				usd(more, "52000000", ">$52M", "Cyvers"),
				usd(ex, "45000000", "$45,000,000", repo),
			},
			Attributions: []Attribution{
				attr("tactics \"consistent with\" Lazarus operations", nil, "Cyvers", time.Time{}, PrecisionUnknown, Suspected,
					src("Cryptocredex", "https://cryptocredex.com/north-korea-linked-hack-costs-crypto-exchange-bingx-52-million-in-crypto", "consistent with past Lazarus operations")),
				{By: "MSMT (per a repo note; press lists BingX among MSMT targets)", Date: msmtDay, DatePrecision: PrecisionDay, Status: Confirmed,
					Unverified: "seen only via the repo's note and press summaries",
					Source:     srcRepo("hacks-and-thefts/bingx.md: \"Attributed in MSMT …\"")},
			},
			Sources: []Source{
				src("Bitcoin Insider", "https://bitcoininsider.org/article/259476/over-50m-possibly-stolen-bingx-hack-north-koreas-lazarus-group-involved", "PeckShield's estimates; BingX's minor asset loss"),
				src("Evrim Ağacı", "https://evrimagaci.org/gpt/north-korea-launders-billions-in-crypto-heists-worldwide-512461", "press list of MSMT targets"),
			},
			Unverified: []string{"amount: BingX said only \"minor asset loss\"", "cluster", "the MSMT attribution"},
			Notes:      []string{"~04:00 SGT; the repo: 2024-09-19 22:11 UTC onward", "multi-asset (USDT, USDC, BTCB, ZRO …)"},
		},
		{
			ID: "2025-phemex", Row: "44",
			StatedStatus: Suspected, StatedText: "suspected (MSMT attribution seen only via repo/press summaries)",
			Date: date(2025, 1, 23), DatePrecision: PrecisionDay,
			Victim: "Phemex", Country: region("SG"), VictimType: Exchange,
			LossUSD: []Reported{
				usd(abt, "29000000", "~$29M initial", "press (geekfeed)"),
				usd(ex, "69000000", "$69M", "PeckShield"),
				{Figure: fig(currency.AtLeast, "85000000", usdC), AsPrinted: "≥$85M", By: "Taylor Monahan"},
				usd(ex, "85085704", "$85,085,704", repo),
			},
			Attributions: []Attribution{
				attr("", nil, "experts, \"possibly\" (The Block)", time.Time{}, PrecisionUnknown, Suspected,
					src("Tradesavi (The Block)", "https://tradesavi.com/flash-news/north-korea-hack-group-possibly-behind-70-million-phemex-exploit-experts-say", "North Korean hackers potentially behind the exploit")),
				{By: "MSMT (per a repo note)", Date: msmtDay, DatePrecision: PrecisionDay, Status: Confirmed,
					Unverified: "seen only via the repo's note and press summaries",
					Source:     srcRepo("hacks-and-thefts/phemex.md")},
				{Actor: "TraderTraitor", Clusters: cl(TraderTraitor), By: repo + " (tag)", Status: Attributed,
					Unverified: "a tag in the researcher's repo, no attributor",
					Source:     srcRepo("hacks-and-thefts/phemex.md")},
			},
			Sources: []Source{
				src("geekfeed", "https://geekfeed.net/?p=5251", "detected 11:30 UTC; $29M, $69M, $85M estimates"),
				src("Evrim Ağacı", "https://evrimagaci.org/gpt/north-korea-launders-billions-in-crypto-heists-worldwide-512461", "press list of MSMT targets"),
			},
			Unverified: []string{"amount: Phemex's statement gives no total", "the MSMT attribution", "the repo's TraderTraitor tag"},
			Notes:      []string{"detected 11:30 UTC (Phemex)", "multi-asset across many chains"},
		},
		{
			ID: "2025-bitopro", Row: "45",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2025, 5, 8), DatePrecision: PrecisionDay,
			Victim: "BitoPro", Country: region("TW"), VictimType: Exchange,
			LossUSD: []Reported{
				usd(abt, "11500000", "~$11.5M", "ZachXBT"),
				usd(abt, "11000000", "about $11 million", "Elliptic (via press)"),
			},
			Attributions: []Attribution{
				attr("methods match incidents attributed to \"Lazarus Group\"", cl(Lazarus), "BitoPro (statement, third-party forensics)", date(2025, 6, 19), PrecisionDay, Attributed,
					src("NK News", "https://www.nknews.org/2025/06/north-koreas-lazarus-group-linked-to-11-5m-theft-from-taiwan-crypto-exchange/", "the methodology matched patterns of incidents attributed to the syndicate")),
				attr("Lazarus Group", cl(Lazarus), "Elliptic", date(2025, 10, 1), PrecisionMonth, Attributed,
					src("CyberSecureFox", "https://cybersecurefox.com/en/north-korea-crypto-hacks-2025-elliptic-report", "the Lazarus Group reportedly stole about $11 million")),
			},
			Sources: []Source{
				src("CryptoBigBox", "https://cryptobigbox.com/news/bitopro-confirms-may-8-hack", "May 8 and $11.5M"),
				srcRepo("hacks-and-thefts/bitopro.md: the statement; $12,300,000"),
			},
			Unverified: []string{"amount: BitoPro's own figure not seen", "the day: sources give 8 or 9 May 2025"},
			Notes:      []string{"2025-05-08/09 (sources differ)", "the repo gives $12,300,000", "old hot wallet on Tron, Ethereum, Solana, Polygon"},
		},
		{
			ID: "2025-woo-x", Row: "46",
			StatedStatus: Attributed, StatedText: "firm/UN",
			Date: date(2025, 7, 24), DatePrecision: PrecisionDay,
			Victim: "WOO X", VictimType: Exchange,
			Loss:       amt("14000000", usdC),
			LossReport: rep(ex, "14000000", usdC, "$14 millones de 9 cuentas de usuario", "WOO X incident report (via press)"),
			LossUSD:    []Reported{usd(ex, "14000000", "$14M", "WOO X incident report (via press)")},
			Attributions: []Attribution{
				attr("", nil, "Elliptic (\"publicly attributed\")", date(2025, 10, 1), PrecisionMonth, Attributed,
					src("DL News", "https://www.dlnews.com/articles/markets/how-north-korean-hackers-stole-a-record-two-billion-in-crypto", "publicly attributed hacks include WOO X")),
				{Actor: "UNC4899 (TraderTraitor / Jade Sleet)", Clusters: cl(TraderTraitor), By: "press", Status: Attributed,
					Unverified: "the press's cluster name, not sourced further",
					Source:     src("SecurityLab", "https://www.securitylab.lat/news/562977.php", "the incident report as summarised")},
			},
			Sources:    []Source{src("SecurityLab", "https://www.securitylab.lat/news/562977.php", "$14 millones de 9 cuentas de usuario")},
			Unverified: []string{"country", "cluster (UNC4899, per press)"},
			Notes:      []string{"multi-asset from 9 user accounts (BTC, ETH, BNB, Arbitrum)"},
		},
		{
			ID: "2025-upbit", Row: "47",
			StatedStatus: Suspected, StatedText: "suspected",
			Date: date(2025, 11, 27), DatePrecision: PrecisionDay,
			Victim: "Upbit (Dunamu)", Country: region("KR"), VictimType: Exchange,
			Loss:       amt("44500000000", krw),
			LossReport: rep(abt, "44500000000", krw, "정정 445억원 (corrected to ~KRW 44.5 bn)", "Upbit"),
			OtherLosses: []Reported{
				rep(abt, "54000000000", krw, "당초 약 540억원 (~KRW 54 bn first announced, later corrected)", "Upbit"),
				rep(abt, "38600000000", krw, "회원 피해 자산은 약 386억 (members' assets)", "Upbit (via Herald)"),
				rep(abt, "5900000000", krw, "업비트 피해 자산은 59억원 (Upbit's own assets)", "Upbit (via Herald)"),
			},
			LossUSD: []Reported{usdRange(abt, "30000000", "37000000", "~$30–37M", "press conversions")},
			Attributions: []Attribution{
				attr("Lazarus (as the press reports it)", nil, "ROK authorities (anonymous officials, via press)", date(2025, 11, 28), PrecisionDay, Suspected,
					src("Dong-A Ilbo", "https://www.donga.com/news/Society/article/all/20251128/132863727/1", "authorities cautious; evidence may take time")),
			},
			Sources: []Source{
				src("ZDNet Korea", "https://zdnet.co.kr/view/?no=20251128121259", "540억원, corrected to 445억원"),
				src("Herald Corp", "https://biz.heraldcorp.com/article/10630812", "police formal investigation; members' and Upbit's shares"),
				src("Yellow", "https://yellow.com/news/upbit-loses-dollar36m-in-solana-hot-wallet-breach-as-lazarus-group-emerges-as-prime-suspect", "time 4:42 a.m."),
			},
			Unverified: []string{"cluster (Lazarus per press)", "no formal ROK attribution yet"},
			Notes: []string{
				"04:42 KST",
				"Loss is Upbit's corrected figure; its first announcement (~KRW 54 bn) is in OtherLosses",
				"ROK police formal investigation from December 2025; suspect not disclosed",
				"SOL and 20+ Solana-based tokens (hot wallet)",
			},
		},
	}
}
