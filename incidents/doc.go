// Package incidents records thefts attributed to North Korean (DPRK) actors,
// the aggregate estimates publishers print about them, and exact
// aggregation over both, so that a claim such as "North Korea stole an
// estimated 1.5 trillion won ($1.2 billion) since 2017, more than half of
// it this year" can be taken apart: what it is made of, who says so, and how
// it compares with other counts.
//
// [Known] and [Estimates] return the built-in data; [Lookup] and
// [LookupEstimate] find one entry by ID, [EstimatesPublished] a
// publisher's estimates of one day, and [LatestEstimate] a publisher's
// latest figure for a period, following revisions. [Select] filters
// incidents ([InYear], [StatusAtLeast], [InCountry], …); [Total], [ByYear]
// and the other groupings add them up exactly under a [Measure]
// ([FirstUSD], [ReportedLoss], …); [Reconcile] sets an estimate beside the
// incidents it covers, and [Share] gives a part's share of a whole.
//
// # Representation
//
// An [Incident] is one theft: a stable ID ("2022-ronin-bridge"), the day
// (or month: [Incident.DatePrecision]), the victim, its country
// ([language.Region]) and type, the coins taken ([Asset]), the loss as
// first officially reported in its own currency ([Incident.Loss], a
// [currency.Amount]), the USD figures as reported ([Incident.LossUSD], each
// a [Reported] whose [currency.Figure] keeps a range's high end and who
// gave it), and every [Attribution] seen: the actor as named, its
// normalised [Cluster] (with its [Cluster.Aliases]: TraderTraitor is also
// Jade Sleet, UNC4899 and Slow Pisces), who attributed it, when, and how
// firmly ([Status]).
//
// What the reference keeps apart from the loss stays apart: amounts
// attempted, executed, reversed, recovered, returned, seized or left
// unrecovered are [Flow] values with their own sources (an attempt that took
// nothing is [Incident.AttemptOnly]); a victim a court filing names only
// as "Exchange 3" keeps that name ([Incident.FiledAs]), and the press's
// identification is an unverified note ([Incident.IdentifiedAs]).
//
// An incident's status is the one the reference states for its row
// ([Incident.StatedStatus], [Incident.Status]): Coincheck is [Disputed],
// although Group-IB attributed it; Bithumb 2019 is [Attributed], and
// [Incident.Disputed] reports the victim's dispute beside it. The
// strongest attribution, whatever the row's status, is a separate
// accessor ([Incident.StrongestAttribution]). [Incident.StatusOn] answers
// what had been attributed, by whom, on a given day (the FBI attributed
// Ronin on 2022-04-14, not before); an attribution known only to a month
// or a year, or undated, is not counted before it can be placed.
//
// An [Estimate] is one published aggregate: its [Publisher] (a normalised
// key: [NIS], [Chainalysis], [TRMLabs], …) apart from the venue, the
// publication date, [Period], [Scope] (crypto only; crypto and banks; …; or
// one incident), the [currency.Figure] exactly as printed (qualifier,
// range, second-currency equivalent, with who supplied it), the attacks
// counted ([Count]), whether it counts attempts or all actors, and its
// sources. A revision is a separate Estimate whose Revises names the one
// it revises, with the kind ([Revision]); [Estimate.RevisedBy] is the
// forward link.
//
// # Aggregation
//
// [Total], [ByYear], [ByYearRange], [ByCountry], [ByActor], [ByStatus] and
// [ByVictimType] take an [iter.Seq] of incidents (filter it first with
// [Select] and [During], [InYear], [StatusAtLeast], [StatusIs],
// [WithDispute], [AttributedOn], [InCountry], [CountryVerified],
// [InCluster], [ActorNamed], [OfType]) and a [Measure] saying which
// reported figure to count ([ReportedLoss], [FirstUSD], [LossOrUSD],
// [NetUSD] after recovered or returned funds, [AttemptedUSD]). Each group
// is a [Sum]: a [currency.Totals] that keeps currencies apart, the items
// that make it, and the incidents without an amount, which are listed,
// never dropped. [Sum.In] converts a group to one currency with
// [currency.Rates], each incident at the rate of its own day, and shows the
// rate used per incident; [Sum.InPartial] converts what the rates cover
// and lists the rest with the reason. Groups come sorted by key.
//
// In the order of [StatusAtLeast], a disputed row ranks below every
// attribution: unknown < disputed < suspected < attributed < confirmed.
//
// [Share] gives the exact share of a part in a whole as a [Ratio];
// [Reconcile] sets an estimate beside the incidents in its period and
// scope; [Incident.ImpliedPrices] gives the price per coin a coin count
// and a money figure imply.
//
// # JSON
//
// Every value type of the package (incidents, attributions, estimates, sums
// and group totals, query and conversion results) marshals to and from JSON
// without loss, in the module's one style:
//
//   - keys in lower snake_case: "country_unverified", "date_precision";
//   - optional fields that are unset are left out, never written as zero
//     values; a nil slice is left out and an empty one is written as [], so
//     that both come back as they were;
//   - dates as "YYYY-MM-DD" (midnight UTC); a time that is not midnight UTC
//     (allowed in values built by callers) is written in RFC 3339 with its
//     offset, so that nothing is dropped; the precision of a date is a field
//     of its own beside it ("date_precision": "month");
//   - countries as ISO 3166-1 alpha-2 codes ("KR");
//   - enumerations by their text names ("DeFi bridge", "confirmed");
//   - amounts in the form of [currency.Amount]:
//     {"amount":"1200000000.00","currency":"USD"}; coin quantities and
//     decimals as strings, never as JSON numbers.
//
// Decoding rejects what it cannot represent with an error that names the
// value and the field ("attributions[1].date"): an unknown key, currency,
// country or enumeration name, a malformed date or decimal. A JSON null
// leaves the value unchanged.
//
// # Tidy tables
//
// [WriteIncidentTables] and [WriteEstimateTables] write the data as tidy
// CSV tables (encoding/csv, RFC 4180, a header row first): one row per
// record, one value per cell, and every multi-valued field in a long table
// of its own whose rows carry the record's ID and their position ("seq",
// from 1), so that a join in pandas or R on incident_id (or estimate_id)
// rebuilds the whole. [ReadIncidentTables] and [ReadEstimateTables] read
// them back, exactly.
//
// Cells follow the JSON style of the package: dates are ISO 8601
// "YYYY-MM-DD" (RFC 3339 with its offset for a time that is not midnight
// UTC) with their precision in a column of their own; an amount is two
// columns, the exact decimal ("1200000000.00") and the ISO 4217 code
// ("USD"), both empty when there is no amount; countries are ISO 3166-1
// alpha-2 codes; enumerations are their text names; booleans "true" or
// "false". A list of clusters in one attribution is a single cell with the
// names separated by "|". An empty cell is an unset field.
//
// The column names below are stable: new columns are only appended.
//
// Incident tables ([IncidentTables]):
//
//	incidents     id, row, date, date_precision, victim, victim_unverified,
//	              filed_as, identified_as, identified_by, country,
//	              country_unverified, victim_type, loss_amount,
//	              loss_currency, attempt_only, stated_status, stated_text,
//	              status, disputed
//	figures       incident_id, field (loss_report, loss_usd, other_losses),
//	              seq, then the figure columns
//	assets        incident_id, seq, symbol, quantity, qualifier, by, partial
//	flows         incident_id, seq, kind, whole, then the figure columns,
//	              then source_by, source_date, source_url, source_note
//	attributions  incident_id, seq, actor, clusters, by, date,
//	              date_precision, status, unverified, source_by,
//	              source_date, source_url, source_note
//	sources       incident_id, seq, by, date, url, note
//	notes         incident_id, field (unverified, notes), seq, text
//
// The figure columns of a [currency.Figure]: qualifier, amount, currency,
// equivalent_qualifier, equivalent_amount, equivalent_currency,
// high_qualifier, high_amount, high_currency, high_equivalent_qualifier,
// high_equivalent_amount, high_equivalent_currency (the high_ columns are
// the high end of a range, empty for a single figure). Those of a
// [Reported] are the figure columns, then as_printed, by, equivalent_by.
//
// Estimate tables ([EstimateTables]):
//
//	estimates  id, row, publisher, venue, published, published_precision,
//	           period_from, period_to, period_as_printed, scope, country,
//	           incident, scope_as_printed, then the figure columns,
//	           as_printed, equivalent_by,
//	           attacks_n, attacks_qualifier, attacks_unit, attempted,
//	           all_actors, revises, revision, revised_by, verification
//	parts      estimate_id, seq, label, then the figure columns, incident
//	sources    estimate_id, seq, by, date, url, note
//	notes      estimate_id, field (unverified, notes), seq, text
//
// The incidents table's status and disputed columns are
// [Incident.Status] and [Incident.Disputed], written for convenience; the
// readers ignore them, since they follow from the other columns. The
// estimates table's revised_by lists the IDs that revise the estimate,
// separated by "|".
//
// # Units and precision
//
// Amounts are exact decimals in the currency printed; nothing passes through
// floating point. Coin quantities ([Asset.Quantity]) are exact as printed.
// Dates are UTC calendar days (midnight UTC); a month-only date is the 1st
// of its month, marked [PrecisionMonth].
//
// # Rounding
//
// Aggregation never rounds. Conversion rounds each incident's converted
// amount once, half-even, to the target currency's minor unit (see
// [currency.Rates.Convert]). [Share] rounds the ratio half away from zero to
// [ShareDigits] fraction digits, and [Ratio.Percent] rounds once from the
// exact quotient.
//
// # Errors
//
// Functions that can fail return errors whose messages start with
// "incidents:" and wrap sentinels for [errors.Is]: [ErrInvalid] (every
// [*ValidationError] from [Incident.Validate] and [Estimate.Validate]), [ErrZeroWhole],
// [ErrNegative], [ErrNoFigure], and the currency package's
// [currency.ErrCurrencyMismatch] and [currency.ErrNoRate]. Aggregations do
// not fail and do not panic, whatever the incidents hold: the zero Incident
// is an incident without an amount.
//
// # Concurrency
//
// The functions hold no state. Incident and Estimate values hold slices:
// share them read-only, or copy them with [Incident.Clone] and
// [Estimate.Clone]. [Known] and [Estimates] return new copies on every call,
// so a caller may change what it got.
//
// # Data sources and verification
//
// The built-in data comes only from kpledger's reference tables of thefts
// and of published estimates (compiled 2026-11-23 from public pages named
// row by row, updated 2026-12-01: 48 incidents in 47 rows, 36 estimate
// rows), and every entry carries its sources ([Source]). The reference
// records no MITRE ATT&CK IDs, so [Cluster.MITRE] returns none. Figures are
// as printed: never rounded, converted or completed. What the reference
// marks unverified is either left out and named in the entry's Unverified
// notes, or kept with a flag: [Incident.CountryUnverified],
// [Incident.VictimUnverified], [Attribution.Unverified] (such attributions
// do not count towards the status). An amount the reference marks
// unverified leaves [Incident.Loss] zero, so the incident shows up as
// without an amount. Estimates carry the reference's verification level
// ([Primary] or [Secondary]).
package incidents
