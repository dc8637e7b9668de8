package incidents

import (
	"slices"
	"strings"
	"time"
)

// Status is how firmly an attribution ties a theft to North Korean actors.
// The zero value is [StatusUnknown]. The first three values are ordered by
// strength: [Suspected] < [Attributed] < [Confirmed]; [Disputed] is not a
// strength but a challenge to the others, kept visible beside them.
type Status uint8

// The attribution statuses. New values are only appended.
const (
	StatusUnknown Status = iota // not stated; also the status of an incident with no attribution
	Suspected                   // suspected, "possible", anonymous officials
	Attributed                  // attributed by a firm (Chainalysis, Elliptic, …) or by the UN Panel of Experts
	Confirmed                   // confirmed by a government (FBI, US DOJ, ROK police, Japan NPA, a joint statement)
	Disputed                    // disputed, by the victim or by other evidence
)

func (s Status) name() (string, bool) {
	switch s {
	case StatusUnknown:
		return "unknown", true
	case Suspected:
		return "suspected", true
	case Attributed:
		return "attributed", true
	case Confirmed:
		return "confirmed", true
	case Disputed:
		return "disputed", true
	}
	return "", false
}

// String returns the status in lower case, "confirmed"; an undefined value
// prints as "Status(9)".
func (s Status) String() string { return enumString(s, "Status", Status.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (s Status) MarshalText() ([]byte, error) { return enumMarshal(s, "Status", Status.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Status", Status.name)
	if err == nil {
		*s = v
	}
	return err
}

// valid reports whether s is a defined Status.
func (s Status) valid() bool { _, ok := s.name(); return ok }

// rank orders the statuses for [StatusAtLeast]: unknown (and undefined)
// 0, disputed 1, then suspected, attributed, confirmed.
func (s Status) rank() int {
	switch s {
	case Disputed:
		return 1
	case Suspected, Attributed, Confirmed:
		return int(s) + 1
	}
	return 0
}

// strength orders the non-dispute statuses; Disputed and undefined values
// have no strength.
func (s Status) strength() int {
	switch s {
	case Suspected, Attributed, Confirmed:
		return int(s)
	}
	return 0
}

// Cluster is a normalised North Korean threat-actor cluster: the group an
// attribution names, whatever alias the attributor used ([Cluster.Aliases],
// [ClusterNamed]). The zero value is [ClusterUnknown]: no cluster named.
type Cluster uint8

// The clusters. New values are only appended.
const (
	ClusterUnknown Cluster = iota // no cluster named
	DPRK                          // North Korean actors, no cluster named ("DPRK cyber actors")
	Lazarus                       // Lazarus Group
	APT38                         // APT38
	Andariel                      // Andariel, "Andaryl" (ROK police)
	Kimsuky                       // Kimsuky (named by no incident of the reference)
	BlueNoroff                    // BlueNoroff, "Bluenoroff" (US Treasury 2019)
	TraderTraitor                 // TraderTraitor, aka Jade Sleet, UNC4899, Slow Pisces (FBI)
	UNC4736                       // UNC4736, aka AppleJeus, Citrine Sleet (Mandiant)
	CryptoCore                    // CryptoCore (named generally by the MSMT's 2025 report)
)

func (c Cluster) name() (string, bool) {
	switch c {
	case ClusterUnknown:
		return "unknown", true
	case DPRK:
		return "DPRK", true
	case Lazarus:
		return "Lazarus Group", true
	case APT38:
		return "APT38", true
	case Andariel:
		return "Andariel", true
	case Kimsuky:
		return "Kimsuky", true
	case BlueNoroff:
		return "BlueNoroff", true
	case TraderTraitor:
		return "TraderTraitor", true
	case UNC4736:
		return "UNC4736", true
	case CryptoCore:
		return "CryptoCore", true
	}
	return "", false
}

// String returns the cluster's usual name, "Lazarus Group"; an undefined
// value prints as "Cluster(42)".
func (c Cluster) String() string { return enumString(c, "Cluster", Cluster.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (c Cluster) MarshalText() ([]byte, error) { return enumMarshal(c, "Cluster", Cluster.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (c *Cluster) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Cluster", Cluster.name)
	if err == nil {
		*c = v
	}
	return err
}

// valid reports whether c is a defined Cluster.
func (c Cluster) valid() bool { _, ok := c.name(); return ok }

// Aliases returns the other names under which attributors in kpledger's
// reference table print the cluster, as the table gives them: for
// [TraderTraitor] "Jade Sleet", "UNC4899" and "Slow Pisces"; for [UNC4736]
// "AppleJeus" and "Citrine Sleet"; for [Lazarus] "Lazarus" and the forms
// the sources print. The slice is new on every call; it is empty for a
// cluster the table gives no other name for.
func (c Cluster) Aliases() []string {
	switch c {
	case DPRK:
		return []string{"DPRK cyber actors", "DPRK actors", "North Korea"}
	case Lazarus:
		return []string{"Lazarus", "Lazarus hacking group", "Grupo Lazarus"}
	case Andariel:
		return []string{"Andaryl"}
	case BlueNoroff:
		return []string{"Bluenoroff"}
	case TraderTraitor:
		return []string{"Jade Sleet", "UNC4899", "Slow Pisces"}
	case UNC4736:
		return []string{"AppleJeus", "Citrine Sleet"}
	}
	return nil
}

// ClusterNamed returns the cluster whose name ([Cluster.String]) or one of
// whose [Cluster.Aliases] is name, ignoring case and surrounding spaces:
// ClusterNamed("jade sleet") is [TraderTraitor]. It reports false for a
// name it does not know, and for "unknown".
func ClusterNamed(name string) (Cluster, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return ClusterUnknown, false
	}
	for c := DPRK; c.valid(); c++ {
		if strings.EqualFold(name, c.String()) {
			return c, true
		}
		for _, a := range c.Aliases() {
			if strings.EqualFold(name, a) {
				return c, true
			}
		}
	}
	return ClusterUnknown, false
}

// MITRE returns the cluster's MITRE ATT&CK group ID, or "" where kpledger's
// reference records none. The reference tables of 2026-12-01 record no
// ATT&CK ID for any cluster, so MITRE returns "" for every cluster until a
// sourced ID is added; the library does not supply IDs from elsewhere.
func (c Cluster) MITRE() string { return "" }

// Attribution is one attributor's claim that North Korean actors carried out
// an incident: who was named (as named, and normalised), by whom, when, how
// firmly, and where that was seen.
//
// An Attribution is a plain value; [Attribution.Clone] copies its slice.
type Attribution struct {
	// Actor is the actor exactly as the attributor named it: "Lazarus Group
	// and APT38", "TraderTraitor", "DPRK cyber actors". Empty if the
	// attributor named none in the sources seen.
	Actor string
	// Clusters are the clusters Actor names, normalised, main one first.
	Clusters []Cluster
	// By is the attributor: "FBI", "US DOJ", "ROK National Police Agency",
	// "UN Panel of Experts", "Chainalysis", "Elliptic", ….
	By string
	// Date is the day (or month, or year: see DatePrecision) the attribution
	// was made; the zero Time if the sources give none.
	Date          time.Time
	DatePrecision Precision
	// Status is how firm this attribution is.
	Status Status
	// Unverified, if not empty, says what about this attribution no source
	// confirmed ("UN text not seen"). Unverified attributions are kept for
	// the record but do not count towards [Incident.Status] or
	// [Incident.Disputed].
	Unverified string
	// Source is where the attribution was seen.
	Source Source
}

// Clone returns a deep copy of a.
func (a Attribution) Clone() Attribution {
	a.Clusters = slices.Clone(a.Clusters)
	return a
}

// Names reports whether the attribution names cluster c.
func (a Attribution) Names(c Cluster) bool {
	for _, x := range a.Clusters {
		if x == c {
			return true
		}
	}
	return false
}
