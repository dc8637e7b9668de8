// Package sanctions models the UN Security Council's sectoral sanctions on
// the DPRK as typed data, paragraph by paragraph, and answers the questions
// researchers ask of them: which measures were in force on a day
// ([Regime.InForce]), what banned a commodity or HS code ([Regime.Banned],
// [Regime.BannedHS]), how one commodity's treatment changed
// ([Regime.Timeline]), whether a trade record falls under a measure
// ([Regime.Screen]), how shipments use up a cap ([CapUsage]), and what
// export revenue the measures were said to cut ([RevenueEstimates]).
//
// [DPRK] returns the built-in regime: the trade and labour measures of
// resolutions 2270 (2016), 2321 (2016), 2371 (2017), 2375 (2017) and 2397
// (2017), one [Measure] per row of kpledger's reference table.
//
// # Representation
//
// A [Measure] is one operative paragraph (2397's OP 6 gives two rows, the
// export bans and the fishing-rights clarification, kept as "2397/OP6" and
// "2397/OP6-fishing"). It has a [Kind] (export ban, supply cap, worker
// repatriation, …), a [Direction], the [Commodity] values it names, its HS
// mappings ([HSScope]), caps ([Cap]), exemptions ([Exemption]), a [Transition] window
// for contracts signed before adoption, deadlines ([Deadline]), what it supersedes
// ([Supersession]), a short quote of its wording and its sources ([Source]).
// Commodities are the classes of goods the measures name; HS codes belong to
// a measure's scope, each mapping with who made it ([HSOrigin]: the
// resolution's own text, or a State's implementing text such as China's
// MOFCOM announcements or Singapore Customs' lists).
//
// # Units and precision
//
// Days are calendar days: every question takes the day as an input, uses
// the calendar date of the [time.Time] in its own location, and ignores the
// time of day. Nothing reads the clock. Money values are [currency.Amount]s
// (2321's coal cap is USD 400870018 or 7500000 metric tons a year, whichever
// is lower); physical quantities are exact [Quantity] values in a [Unit]
// (metric ton, barrel, or "ton" where the source does not say metric). No
// value passes through a float.
//
// # Rounding
//
// None. Cap usage is summed exactly; thresholds (75, 90, 95 %) are compared
// as used × 100 ≥ limit × percent, with no division.
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
// [Resolutions] and [RevenueEstimates] build fresh data on each call, and a
// [Regime] returns deep copies, so no caller can change what another sees.
//
// # Data sources and verification
//
// All built-in facts come from kpledger's reference file on the DPRK
// measures, compiled from public pages named row by row. Its authors did not
// have the official resolution texts in full, and marked every row "yes"
// (paragraph number and wording seen together in a copy of the text),
// "partly" (attested indirectly) or "no" (not seen). The data carries this:
// [Measure].Verified is the row's level, ParagraphVerified the level of the
// paragraph number alone (a number the reference shows as "29?" is
// Paragraph 29 with ParagraphVerified [NotVerified], and
// [Measure.Citation] prints "OP 29?"), and Unverified lists in words what is
// not checked. Caps, exemptions, deadlines and HS mappings carry their own
// levels.
//
// Days that the reference gives only as a count ("up to 30 days from the
// date of adoption", "no later than 24 months") are computed and flagged:
// [Transition].LastDayDerived, [Deadline].Derived. The worker repatriation
// deadline is 2019-12-22 by computation; press gives 22 or 23 December.
//
// Left out, because the reference marks them unverified or did not see them:
// HS codes for seafood (03, 1604, 1605?), lead and lead ore (2607, 78?),
// textiles (50–63?), iron, and the 2270 and 2321 minerals; India's item list
// and the EU, UK and US annexes. Those commodities are found by
// [Trade].Commodity, not by HS code.
//
// Supersession: 2397 OP 5 supersedes 2375's refined-petroleum cap from
// 1 January 2018, as the reference states. 2371 OP 8 ending 2321's coal cap
// is the library's inference (a full ban leaves no room for a cap); no
// visible text says "replaces", and the data marks it Inferred.
//
// The 2371 coal paragraph is OP 8 as later official texts cite it; a copy
// made from press material on the day of adoption numbers it 9. The data
// keeps 8 and says so.
package sanctions
