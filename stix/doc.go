// Package stix exports kpledger's incidents as a STIX 2.1 bundle, so that
// threat-intelligence platforms (MISP, OpenCTI, any STIX 2.1 consumer) can
// load the thefts, who attributed them to which North Korean cluster, and
// what was lost.
//
// The package is pure: [Write] writes to the [io.Writer] it is given and
// reads no clock, file or network. The same incidents always give the same
// bytes.
//
// # What is exported
//
// [Write] writes one bundle holding:
//
//   - an incident SDO per [incidents.Incident], named after the victim, with
//     the incident-core extension ([IncidentCoreExtension]): determination
//     "successful-attempt", or "failed-attempt" for an incident whose
//     sources say nothing was lost ([incidents.Incident.AttemptOnly]);
//     investigation_status "closed" (the extension requires one; kpledger
//     records published thefts and runs no investigation, so the value says
//     only that the producer's work on the record is done); impact_refs to
//     its impacts. Its external references are kpledger's ID (source_name
//     "kpledger", external_id the incident ID, the reference table's row
//     in the description) and every source of the row, then the source
//     of each flow, its description led by the flow's number and kind.
//   - an impact SDO ([ImpactExtension]) of category "monetary" and variety
//     "asset-and-fraud" per figure: the reported loss in its own currency
//     ([incidents.Incident.Loss]), every USD figure as reported
//     ([incidents.Incident.LossUSD]), every other own-currency figure
//     ([incidents.Incident.OtherLosses]), the USD equivalent printed beside
//     the reported loss, and, when [Options.Rates] has a rate for the
//     incident's day, the loss converted to USD with its rate. A range is
//     min_amount to max_amount; a single figure is both. start_time is the
//     incident's date, with start_time_fidelity its precision.
//   - an intrusion-set SDO per [incidents.Cluster] an attribution names,
//     with the cluster's aliases ([incidents.Cluster.Aliases]) and, where
//     the library records one, its MITRE ATT&CK group as an external
//     reference (source_name "mitre-attack", [incidents.Cluster.MITRE]). An
//     attribution that names no cluster points to the intrusion set
//     [incidents.DPRK] ("North Korean actors, no cluster named").
//   - an identity SDO per attributor ([incidents.Attribution.By]).
//   - an attributed-to relationship from the incident to each cluster of
//     each attribution that is not a dispute, created by the attributor's
//     identity (created_by_ref), created on the attribution's date, with the
//     attribution's source as its external reference and a confidence from
//     its status (below).
//   - an opinion SDO ("disagree") for each disputed attribution, and one
//     for an incident whose status, as kpledger's reference states it, is
//     disputed ([incidents.Incident.StatedStatus]), applied to the
//     incident and its attributed-to relationships.
//
// Flows (attempted, reversed, recovered or returned amounts) are not
// impacts, since a consumer adds impacts up; the incident's description
// lists them, each with its figure as printed and who gave it.
//
// # Confidence
//
// The confidence of an attributed-to relationship follows the
// None/Low/Med/High scale of the STIX 2.1 confidence appendix:
//
//	confirmed  (by a government)                 85  High
//	attributed (by a firm or the UN Panel)       50  Med
//	suspected                                    15  Low
//	any status, the attribution marked unverified 15 at most, labelled "unverified"
//	unknown status                               no confidence property
//
// A disputed attribution is not a relationship: it is an opinion (see
// above), so that no consumer counts a dispute as an attribution.
//
// # Identifiers and timestamps
//
// Every identifier is a UUIDv5 (SHA-1, RFC 9562) in the namespace
// [Namespace], itself the UUIDv5 of "https://github.com/kpledger/kpledger/stix"
// in the RFC 9562 URL namespace, of a name made of the object's type and
// the incident ID: "incident/2022-ronin-bridge",
// "impact/2022-ronin-bridge/2", "relationship/2022-ronin-bridge/0/Lazarus
// Group", "intrusion-set/Lazarus Group", "identity/FBI" ([ID] computes
// them). The bundle's ID is that of the sorted incident IDs.
//
// Timestamps come from the data, to the millisecond, in UTC: an incident
// and its impacts are created on the incident's date; an attribution's
// relationship on the attribution's date (the incident's date when the
// data has none, which the relationship's description then says); an
// intrusion set or identity on the earliest date of the objects that use
// it, and modified on the latest. [Write] fails for an incident without a
// date, rather than invent one.
//
// # Amounts
//
// Amounts are JSON numbers written digit for digit from the exact decimal
// ("1200000000.00"), never through float64. A conversion rate is
// conversion_rate units of currency_actual per unit of currency (the
// extension's example reads so): for a KRW loss shown in USD, KRW per USD,
// taken exactly from the stored rate. A figure's qualifier ("about", "more
// than") has no property in the extension and is kept in the impact's
// description, with the figure as printed.
//
// # Known conflict with the STIX core schema
//
// The impact extension names the object holding an impact's figures after
// its category ("extensions": {"monetary": {…}}). The STIX 2.1 core JSON
// schema allows only extension keys ending in "-ext" or of the form
// "extension-definition--<UUID>", so a strict validator rejects every
// impact, the extension's own examples included. This package follows the
// extension's definition. The core bundle schema, for its part, lists
// neither incident nor opinion among the objects it knows, so check each
// object against the schema of its own type.
//
// # Errors
//
// [Write] returns an error starting with "stix:" and naming the incident
// for an incident without an ID or a date, two incidents with one ID, a
// negative amount, or an enumeration value the incidents package does not
// define; and the writer's error if writing fails.
package stix
