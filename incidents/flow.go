package incidents

// FlowKind says what an amount beside the loss counts: what was attempted,
// executed, reversed, recovered, returned, seized, or left unrecovered. The
// zero value is [FlowUnknown].
type FlowKind uint8

// The flow kinds. New values are only appended.
const (
	FlowUnknown FlowKind = iota // not stated
	Attempted                   // orders sent or transfers tried, whether or not they went through
	Executed                    // transfers that went through (before any reversal or recovery)
	Reversed                    // transfers stopped or reversed by the banks
	Recovered                   // funds recovered after the theft (by the victim, banks or police)
	Returned                    // funds handed back by the thief
	Seized                      // funds seized by authorities for return to the victim
	Unrecovered                 // what was still not recovered, as a source reported it
)

func (k FlowKind) name() (string, bool) {
	switch k {
	case FlowUnknown:
		return "unknown", true
	case Attempted:
		return "attempted", true
	case Executed:
		return "executed", true
	case Reversed:
		return "reversed", true
	case Recovered:
		return "recovered", true
	case Returned:
		return "returned", true
	case Seized:
		return "seized", true
	case Unrecovered:
		return "unrecovered", true
	}
	return "", false
}

// String returns the kind in lower case, "attempted"; an undefined value
// prints as "FlowKind(12)".
func (k FlowKind) String() string { return enumString(k, "FlowKind", FlowKind.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (k FlowKind) MarshalText() ([]byte, error) { return enumMarshal(k, "FlowKind", FlowKind.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (k *FlowKind) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "FlowKind", FlowKind.name)
	if err == nil {
		*k = v
	}
	return err
}

func (k FlowKind) valid() bool { _, ok := k.name(); return ok }

// Flow is an amount the reference keeps apart from what was stolen: the
// $951 million of orders sent in the Bangladesh Bank heist (attempted),
// the $20 million reversed, the funds the Munchables thief handed back.
// Figure keeps the source's precision; Source is where it was seen.
//
// Whole is set when the source says the flow is all of the loss ("all
// funds returned"), whatever the figure printed: [NetUSD] then counts a
// net loss of zero.
type Flow struct {
	Kind   FlowKind
	Figure Reported
	Whole  bool
	Source Source
}
