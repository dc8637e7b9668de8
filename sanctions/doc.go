// Package sanctions models the UN Security Council's sanctions on the DPRK
// (the 1718 regime) as typed data, paragraph by paragraph, and answers the
// questions researchers ask of them.
//
// Start from [DPRK], the built-in regime: the 74 rows of kpledger's
// reference table, from resolution 1718 (2006) to 2397 (2017), one [Measure]
// per row: trade bans and caps, the arms embargo, luxury goods, asset
// freezes, financial, cargo, vessel and aviation measures, labour,
// investment, designations, reporting duties, and rows where the reference
// saw no measure at all (2087). Its methods say which measures were in force
// on a day ([Regime.InForce]), whether a ban covers a commodity or an HS
// code, may cover it or none does ([Regime.Banned], [Regime.BannedHS],
// answering covered, undetermined or clean in a [BanStatus]), how the
// treatment of a commodity, a kind of measure or a direction
// changed ([Regime.Timeline], [Regime.TimelineOf]), and whether a trade
// record falls under a measure ([Regime.Screen], summed up by
// [OutcomeOf]). [NewRegime] builds a regime
// from measures of your own.
//
// The other entry points: [ParseHSCode] and [LookupHS] for HS codes and
// what their headings say ([HSChapters], [HSSections]); [NewComtradeReader]
// and [ParseComtradeCSV] for UN Comtrade files, whose records become a
// [Trade] to screen; [ParseQuantity] for quantities such as "7.5 million
// barrels"; [CapUsage] for how shipments use up a cap; [Resolutions] for the
// resolutions and their days of adoption; and [RevenueEstimates] for what
// export revenue the measures were said to cut.
//
// # Representation
//
// A [Measure] is one operative paragraph, or one part of one (2397's OP 6
// gives two rows, "2397/OP6" and "2397/OP6-fishing"). It has a [Paragraph]
// (a number and its sub-paragraph label, "8 (a) (iii)"; the zero Paragraph
// is "not seen" and has no number), a [Kind] (export ban, supply cap, arms
// embargo, asset freeze, port-entry denial, …), a [Direction] (DPRK
// exports, supply to the DPRK, both ways, labour, financial, maritime, …),
// the [Commodity] values it names, its HS mappings ([HSScope]), caps
// ([Cap]), exemptions ([Exemption], each scoped to the goods it applies
// to), a [Transition] window for contracts signed before adoption,
// deadlines ([Deadline]), what it supersedes ([Supersession]), a short quote
// of its wording and its sources ([Source]).
//
// Commodities are the classes of goods the measures name. Where the texts
// place one class inside another they form a hierarchy ([Commodity.Parent],
// [Commodity.Within]): iron lies within "iron, steel and other metals", so
// [Regime.Banned] finds 2397's supply ban for iron. HS codes belong to a
// measure's scope, each mapping with who made it ([HSOrigin]: the
// resolution's own text, or a State's implementing text such as China's
// MOFCOM announcements or Singapore Customs' lists).
//
// # Screening: covered, undetermined, clean
//
// [Regime.Screen] answers each [Trade] with findings that are [Covered] or
// [Undetermined] ([OutcomeOf] sums them up). Undetermined means the library
// cannot tell: most often a measure in force names goods whose HS codes the
// reference does not verify (seafood, textiles, lead, iron, the 2270 and
// 2321 minerals and metals, luxury goods, arms), and the trade's HS code
// lies under a chapter or heading whose text names that kind of goods. The
// finding names the measure, the commodity and the heading, and says what to
// do (check the goods, or set Trade.Commodity). The heading texts are in
// [HeadingInferences], the library's own table built from kpledger's HS
// reference; every entry has the level [InferredFromHeading] and is never
// presented as a verified mapping.
//
// A Screen result with no finding means clean with respect to everything
// the library knows, and only that: no measure of the regime in force on
// the day (or at any point of the period) names the goods or a class they
// lie within, has the trade's HS code in its scope, or names goods that
// [HeadingInferences] links to a heading overlapping the trade's code.
// Catch-all clauses, designated persons and vessels, goods a measure covers
// under a heading whose text does not name them, and anything the reference
// has not recorded are outside it.
//
// # Units and precision
//
// Days are calendar days: every question takes the day as an input, uses
// the calendar date of the [time.Time] in its own location, and ignores the
// time of day. Nothing reads the clock. A trade record may carry a month or
// a year instead of a day ([Trade].Precision), as trade statistics do;
// screening a period reports every measure in force at any point of it and
// lists the changes it straddles (adoptions, the end of a transition window,
// cap period boundaries, supersessions, lapses). Money values are
// [currency.Amount] values (2321's coal cap is USD 400870018 or 7500000 metric
// tons a year, whichever is lower); physical quantities are exact [Quantity]
// values in a [Unit] (metric ton, barrel, kilogram, or "ton" where the
// source does not say metric). No value passes through a float.
//
// # Rounding
//
// None. Cap usage is summed exactly (kilograms count against metric tons
// as thousandths, exactly); thresholds (75, 90, 95 %) are compared as
// used × 100 ≥ limit × percent, with no division.
//
// # Errors
//
// Bad input gets a [*FieldError] naming the field ("Trade.Date",
// "shipments[3].Quantity.Unit", "HSCode") and wrapping a sentinel such as
// [ErrInvalidHSCode], [ErrInvalidTrade] or [ErrUnitMismatch]; nothing
// panics on input. Must… helpers panic and are meant for constants.
//
// # Concurrency
//
// Every type is an immutable value, safe for concurrent use. [DPRK],
// [Resolutions], [HeadingInferences] and [RevenueEstimates] build fresh data
// on each call, and a [Regime] returns deep copies, so no caller can change
// what another sees.
//
// # Data sources and verification
//
// All built-in facts come from kpledger's reference files on the DPRK
// measures and on the HS nomenclature, compiled from public pages named row
// by row. Their authors did not have the official resolution texts in full,
// and marked every row "yes" (paragraph number and wording seen together in
// a copy of the text), "partly" (attested indirectly) or "no" (not seen).
// The data carries this: [Measure].Verified is the row's level,
// ParagraphVerified the level of the paragraph number alone (a number the
// reference shows as "29?" is [OP](29) with ParagraphVerified
// [NotVerified], and [Measure.Citation] prints "OP 29?"; a paragraph shown
// as "not seen" prints "paragraph not seen"), and Unverified lists in words
// what is not checked. Caps, exemptions, deadlines and HS mappings carry
// their own levels.
//
// Days that the reference gives only as a count ("up to 30 days from the
// date of adoption", "no later than 24 months") are computed and flagged:
// [Transition].LastDayDerived, [Deadline].Derived. The worker repatriation
// deadline is 2019-12-22 by computation; press gives 22 or 23 December.
//
// Left out, because the reference marks them unverified or did not see them:
// HS mappings for seafood (03, 1604, 1605?), lead and lead ore (2607, 78?),
// textiles (50–63?), iron, luxury goods and the 2270 and 2321 minerals;
// India's item list and the EU, UK and US annexes. Those goods are found by
// [Trade].Commodity, or as undetermined through [HeadingInferences].
//
// Supersession and lapse: 2397 OP 5 supersedes 2375's refined-petroleum cap
// from 1 January 2018, as the reference states, so that cap's 2018 period
// never starts. 2371 OP 8 ending 2321's coal cap is the library's inference
// (a full ban leaves no room for a cap); no visible text says "replaces",
// and the data marks it Inferred. 2375's crude cap lapses after its one
// 12-month period (the day after 2018-09-10).
//
// The 2371 coal paragraph is OP 8 as later official texts cite it; a copy
// made from press material on the day of adoption numbers it 9. The data
// keeps 8 and says so.
package sanctions
