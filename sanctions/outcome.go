package sanctions

import "fmt"

// Outcome is the answer screening gives for a trade: covered by a measure,
// undetermined, or clean. The zero Outcome is UnknownOutcome. New values are
// only appended.
type Outcome uint8

// The outcomes of screening.
const (
	UnknownOutcome Outcome = iota // not set
	// Clean: no measure the library knows covers the trade, and none may
	// (see [Regime.Screen] for exactly what that means).
	Clean
	// Covered: a measure in force covers the goods: banned, capped, inside
	// a transition window, or with an exemption to check.
	Covered
	// Undetermined: a measure in force may cover the goods and the library
	// cannot tell: the trade's HS code is broader than the measure's codes,
	// or its commodity is broader than the measure's, or the measure's goods
	// have no verified HS codes and the trade's code lies under an HS heading
	// that names that kind of goods. The finding says what to check.
	Undetermined
)

const numOutcomes = 4

// String returns "unknown", "clean", "covered" or "undetermined".
func (o Outcome) String() string {
	switch o {
	case UnknownOutcome:
		return "unknown"
	case Clean:
		return "clean"
	case Covered:
		return "covered"
	case Undetermined:
		return "undetermined"
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (o Outcome) MarshalText() ([]byte, error) {
	return marshalEnum("Outcome", o, numOutcomes, Outcome.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (o *Outcome) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Outcome", text, numOutcomes, Outcome.String)
	if err == nil {
		*o = v
	}
	return err
}

// OutcomeOf sums up the findings [Regime.Screen] returned for one trade:
// Clean if there are none, Covered if any finding is Covered, else
// Undetermined.
func OutcomeOf(findings []Finding) Outcome {
	if len(findings) == 0 {
		return Clean
	}
	for _, f := range findings {
		if f.Outcome == Covered {
			return Covered
		}
	}
	return Undetermined
}
