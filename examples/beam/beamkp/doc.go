// Package beamkp runs kpledger's exact totals and sanctions screening on
// Apache Beam, so that an aggregation too large for one machine gives
// exactly the answer a single loop would.
//
// Beam moves values between workers by encoding them. A type with
// unexported fields, such as [currency.Totals] or [currency.Amount], gets
// Beam's default schema coder, which drops those fields without an error:
// every total arrives as zero. This package registers a coder for each
// kpledger type that crosses a Beam boundary, built on the library's own
// exact encodings ([currency.Totals.MarshalBinary], [currency.Amount.MarshalText]),
// and for its own element types ([Key], [Item], [Tally], [Measured],
// [YearTally]). Import it (or copy its init function) in every program whose
// PCollections hold these types.
//
// A struct of your own that holds an Amount or a Totals needs a coder of
// its own as well: Beam's schema coder for a struct does not use the
// coders registered for its fields' types, and drops them the same way.
// Register one with beam.RegisterCoder, as this package does for [Item].
//
// The combine functions merge partial results in any grouping, so a runner
// may split and combine them as it likes: [SumFn] adds amounts into a
// [currency.Totals], [TallyFn] adds screened trade records into a [Tally]
// per measure, year, outcome and unit, and [IncidentYearFn] adds measured
// incidents into a [YearTally] per year.
package beamkp
