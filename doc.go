// Package kpledger models the UN Security Council sanctions on North Korea
// and the illicit revenue that replaces what they cut, with the won and
// dollar amounts in which both are reported. It is a pure Go library: no
// file, network or clock access, exact decimal money, and built-in data that
// carries its source.
//
// The root package holds only this overview. The work is in four packages:
//
//   - [github.com/kpledger/kpledger/currency] answers "how much, in what":
//     exact amounts in any ISO 4217 currency, dated conversion that says
//     which rate it used, multi-currency totals that merge exactly, the
//     Federal Reserve rates the reference holds, and figures read from and written to
//     prose ("an estimated 1.5 trillion won ($1.2 billion)", "8,000억 원").
//   - [github.com/kpledger/kpledger/sanctions] answers "what was banned, when,
//     by which paragraph": the Security Council's DPRK measures as typed data
//     (coal, textiles and seafood export bans, supply caps, worker
//     repatriation), what was in force on a day, a commodity's timeline,
//     screening of trade records (by day, month or year, in UN Comtrade's
//     layout too) that answers covered, undetermined or clean, cap usage,
//     HS headings, and the revenue the measures were said to cut.
//   - [github.com/kpledger/kpledger/incidents] answers "what was stolen, and
//     who says so": thefts attributed to North Korean actors with every
//     attribution and its status, publishers' aggregate estimates with their
//     revisions, and exact totals by year, country, actor or status, shares,
//     and the reconciliation of an estimate with the incidents behind it;
//     tidy CSV tables and lossless JSON.
//   - [github.com/kpledger/kpledger/stix] exports the incidents as a STIX 2.1
//     bundle for threat-intelligence tools.
//
// Imports go one way: sanctions and incidents build on currency and not on
// each other; stix builds on incidents. The separate module examples/beam
// runs the same aggregations and screening on Apache Beam.
//
// # The reference case
//
// In a December 2022 report, South Korea's National Intelligence Service
// (NIS) put the virtual assets North Korean hackers had taken since 2017 at
// an estimated 1.5 trillion won ($1.2 billion): about 800 billion won
// ($626 million) in 2022 alone, and more than 100 billion won ($78 million)
// from South Korean victims. The program in examples/nis2022 rebuilds that
// report from the library's own data: it reads the figures from the text,
// shows the rate each pair implies, checks "more than half this year"
// (53.3 %), sets the figures beside other publishers' estimates and the
// known incidents, and closes with the sanctions. Run it with
//
//	go run ./examples/nis2022
//
// # Figures are kept as reported
//
// A figure is stored as its source printed it: in its own currency, with its
// qualifier ("about", "more than", "up to") and the equivalent printed beside
// it, which is usually the press's conversion, not the publisher's. The
// library never converts a figure and stores the result as if it had been
// reported. Conversion is a question the caller asks, with the rate table
// the caller chooses ([github.com/kpledger/kpledger/currency.AnnualKRWUSD],
// [github.com/kpledger/kpledger/currency.DailyKRWUSD] or their own), and
// the answer names the rate it used, so that two tables never mix silently.
//
// # Data and provenance
//
// Every built-in fact (a measure, an incident, an estimate, a rate) comes
// from the project's reference files, compiled from public sources named
// row by row, and carries its source. Where sources disagree, each figure is
// kept with its own source. The reference marks how well each fact was seen,
// and the data carries that mark: rates seen on the publisher's page or in a
// faithful copy; sanctions paragraphs whose number and wording were seen
// together, attested only indirectly, or not seen (a paragraph number shown
// as "OP 29?"); days computed from a count rather than stated; incidents
// whose country, victim or attribution is unconfirmed. A detail the
// reference marks unverified is flagged or left out, never presented as
// fact; each package's documentation lists what it left out.
package kpledger
