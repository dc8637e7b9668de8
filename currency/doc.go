// Package currency holds exact money values in any ISO 4217 currency, with
// the dated conversions and multi-currency totals that North Korea sanctions
// and theft research needs: figures reported in won, dollars and yen, set
// side by side without losing a digit.
//
// # Representation
//
// A [Currency] is an ISO 4217 code (KRW, KPW, USD, …), a small comparable
// value backed by the code table of golang.org/x/text/currency. An [Amount]
// is a [decimal.Decimal] from github.com/shopspring/decimal and a Currency:
// "KRW 1500000000000", "USD 1200000000.00". A [Figure] is an amount as a
// source printed it, with its qualifier ("about", "more than") and the
// equivalent printed beside it. A [Rate] is a dated exchange rate with its
// source; [Rates] is a table of them; [Totals] accumulates amounts of many
// currencies.
//
// # Units and precision
//
// Values are exact decimals: money never passes through float64. An amount
// keeps every digit it was given, even beyond its currency's minor unit
// ("USD 0.125"). [NewAmount] and the parsers accept at most
// [MaxIntegerDigits] digits before and [MaxFractionDigits] after the decimal
// point, so that a typo cannot build a value with a million digits.
// [Currency.Scale] gives the minor-unit digits from x/text's standard
// rounding: 0 for KRW, KPW and JPY, 2 for USD, EUR and CNY.
//
// # Rounding
//
// Arithmetic ([Amount.Add], [Amount.Sub], [Amount.Mul], [Totals]) is exact.
// Rounding happens only where a method says so, with the mode named:
// [Amount.Round] takes a [RoundingMode]; [Rates.Convert] rounds the result
// HalfEven to the target currency's scale, once, after an exact
// multiplication or a division carried to 40 digits. [Amount.Split] and
// [Amount.Allocate] never lose or invent a minor unit.
//
// # Exchange rates
//
// Rates are inputs: [Rates.Convert] uses the latest rate on or before the
// day asked for, the inverse of a stored rate, or a cross through USD, and
// returns the Rate it used. The package ships the reference KRW per USD
// series as separate tables so that no conversion mixes bases:
// [AnnualKRWUSD] (Federal Reserve G.5A annual averages, 2010–2025),
// [YearEndKRWUSD] (the last New York noon rate of each year) and
// [DailyKRWUSD] (the noon rate of 2022-12-22, the day of the NIS briefing).
// Each rate carries its source and whether it was seen on the publisher's
// own page.
//
// # Text
//
// [Format] writes amounts for people, in three styles: [Full]
// ("$1,200,000,000.00", "₩1,500,000,000,000"), [Short] ("$1.2B", "₩1.5조")
// and [Long] ("$1.2 billion", "1.5 trillion won", "1조 5000억 원"), in
// English and Korean, and with other locales' digits and separators from
// golang.org/x/text. Short and Long follow CLDR's compact decimal rules and
// round half-even to three significant digits unless [MaxSignificant] says
// otherwise. [ParseAmount] reads the same forms and the ones reports print
// ("US$78 million", "1조5000억원", "3tn won"); [ParseFigure] reads a
// qualified figure with its equivalent ("an estimated 1.5 trillion won
// ($1.2 billion)"); [FindFigures] finds every figure in a paragraph of
// prose, with byte offsets. Reading is exact, never through float64.
//
// # Errors
//
// Bad input gets an error, never a panic (the Must functions aside, which
// are for constants in tests and examples). Errors start with "currency: ",
// say what was wrong and where, and wrap a sentinel a caller can test with
// [errors.Is]: [ErrCurrencyMismatch] (as a [*MismatchError]),
// [ErrUnknownCurrency], [ErrOutOfRange], [ErrNoRate]. Text that cannot be
// read gives a [*ParseError] with the input, the byte offset and the reason.
//
// # Comparing
//
// Do not compare Amounts with ==: KRW 1500 and KRW 1500.0 are the same
// amount with different representations. Use [Amount.Equal] or
// [Amount.Cmp]; github.com/google/go-cmp calls Equal by itself.
//
// # Concurrency
//
// Currency, Amount, Figure, Rate and Rates are immutable values, safe for
// concurrent use, and the text functions hold no state. A Totals is an accumulator: give each goroutine its own
// and combine them with [Totals.Merge], which gives exactly the sequential
// result whatever the grouping.
package currency
