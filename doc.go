// Package kpledger models the UN Security Council sanctions on North Korea
// and the illicit revenue that replaces what they cut, with the won and
// dollar amounts in which both are reported. It is a pure Go library: no
// file, network or clock access, exact decimal money, and built-in data that
// carries its source.
//
// The root package holds only this overview. The work is in three packages:
//
//   - [github.com/kpledger/kpledger/currency]: exact money values in any
//     ISO 4217 currency, dated conversion with the rate used, multi-currency
//     totals that merge exactly, and the reference KRW per USD rates.
//   - github.com/kpledger/kpledger/sanctions: the Security Council's DPRK
//     measures as typed data (coal, textiles and seafood export bans, worker
//     repatriation, caps), and the questions a researcher asks of them.
//   - github.com/kpledger/kpledger/incidents: thefts attributed to North
//     Korean actors, publishers' estimates, and exact aggregation over them.
//
// Imports go one way: sanctions and incidents build on currency and not on
// each other.
//
// # The reference case
//
// In December 2022 South Korea's National Intelligence Service said North
// Korean hackers had stolen an estimated 1.5 trillion won ($1.2 billion) in
// virtual assets since 2017, about 800 billion won ($626 million) of it that
// year. The program in examples/nis2022 reproduces that report from the
// library's own data: run it with
//
//	go run ./examples/nis2022
//
// # Data and provenance
//
// Every built-in fact (a measure, an incident, an estimate, a rate) comes
// from the project's reference files, compiled from public sources, and
// carries its source. Figures keep the source's precision and qualifier
// ("about", "more than", ranges); where sources disagree each figure is kept
// with its own source; a detail the reference marks unverified is flagged in
// the data, never presented as fact. Amounts are kept as first reported, in
// their own currency, and converted only when a caller asks, with the rate
// table the caller chooses.
package kpledger
