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
// ("USD 0.125"). One rule says what an amount may be, in every reader
// ([NewAmount], [Amount.UnmarshalText], [Amount.UnmarshalJSON],
// [ParseAmount]) and in the arithmetic that makes amounts ([Amount.Mul],
// [Rates.Convert]): at most [MaxIntegerDigits] digits before and
// [MaxFractionDigits] after the decimal point once the exponent is
// applied, not counting leading zeros or trailing fraction zeros. It is
// checked on digit counts before any big-number work, so reading costs
// time linear in the input, and "1." followed by a million zeros is 1
// (written with at most 30 zeros). Rates are bounded the same way.
// [Currency.Scale] gives the minor-unit digits from x/text's standard
// rounding: 0 for KRW, KPW and JPY, 2 for USD, EUR and CNY.
//
// # Rounding
//
// Arithmetic ([Amount.Add], [Amount.Sub], [Amount.Mul], [Totals]) is exact.
// Rounding happens only where a method says so, with the mode named:
// [Amount.Round] takes a [RoundingMode]; [Rates.Convert] rounds the result
// half-even to the target currency's scale, once, from the exact product
// or quotient. [Amount.Split] and [Amount.Allocate] never lose or invent a
// minor unit. The Value of a computed [Rate] (an inverse, a cross) is
// rounded to 12 significant digits for display; conversions never use it.
//
// # Exchange rates
//
// A [Rate] says the time it stands for: its [Span] is a [Day] (a daily
// noon rate, a year-end rate) or a [Year] (an annual average).
// [Rates.Convert] uses a rate only on a day its span covers, in either
// direction (dividing by a rate stored the other way round), or a cross
// through USD, and returns the Rate it used. It never reuses a rate for a
// later day on its own: [Rates.ConvertWithLatestEarlierRate] does, when
// asked in so many words, and its result keeps the span the rate had. A
// day outside every span and a currency the table lacks are two different
// errors ([ErrNotCovered], [ErrNoPair]), both a [*NoRateError] wrapping
// [ErrNoRate], and their messages say what the table covers. [Rate.String]
// reads "1,291.7796 KRW per USD for 2022".
//
// The package ships the reference rates as separate tables, so that no
// conversion mixes bases, each rate with its source and [Status]
// (Primary: seen on the Federal Reserve's own page; Secondary: from a
// faithful copy of FRED's data): [AnnualKRWUSD] (G.5A annual averages,
// 2010–2025), [AnnualAverages] (those and the G.5A averages of JPY, CNY,
// EUR, INR, GBP and SGD for 2012–2015 and 2017–2023, EUR and GBP in
// dollars per unit as printed), [YearEndKRWUSD] (the last New York noon
// rate of each year), [DailyKRWUSD] and [DailyNoon] (the noon rates of the
// incident days). Years and days the reference lacks are missing, never
// filled in.
//
// # Totals
//
// A [Totals] sums amounts of many currencies exactly and merges partial
// totals in any grouping to the same result, in value and printed form.
// [Totals.MarshalBinary] is a compact, versioned, canonical encoding for
// shipping partial totals between machines (equal totals, equal bytes);
// [Totals.MarshalJSON] writes the same losslessly as JSON. [Totals.In]
// converts the whole to one currency; [Totals.InPartial] converts what it
// can and says what it could not, and why.
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
// [ErrUnknownCurrency], [ErrOutOfRange], [ErrNoRate] (as a [*NoRateError],
// with [ErrNotCovered] or [ErrNoPair]). Messages quote at most a short
// prefix of long input, with its length. Text that cannot be
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
// concurrent use, and the text functions hold no state. A Totals is an
// accumulator: give each goroutine its own
// and combine them with [Totals.Merge], which gives exactly the sequential
// result whatever the grouping.
package currency
