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
package incidents
