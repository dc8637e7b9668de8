package incidents

import (
	"slices"
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
// attribution names, whatever alias the attributor used. The zero value is
// [ClusterUnknown]: no cluster named.
type Cluster uint8

// The clusters. New values are only appended.
const (
	ClusterUnknown Cluster = iota // no cluster named
	DPRK                          // North Korean actors, no cluster named ("DPRK cyber actors")
	Lazarus                       // Lazarus Group (MITRE ATT&CK G0032)
	APT38                         // APT38 (MITRE ATT&CK G0082)
	Andariel                      // Andariel, "Andaryl" (MITRE ATT&CK G0138)
	Kimsuky                       // Kimsuky (MITRE ATT&CK G0094)
	BlueNoroff                    // BlueNoroff, "Bluenoroff" (US Treasury 2019)
	TraderTraitor                 // TraderTraitor, aka Jade Sleet, UNC4899, Slow Pisces (FBI)
	UNC4736                       // UNC4736, aka AppleJeus, Citrine Sleet (Mandiant)
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

// MITRE returns the cluster's MITRE ATT&CK group ID, "G0032", or "" where
// the library records none (the IDs recorded are those of Lazarus Group,
// APT38, Andariel and Kimsuky).
func (c Cluster) MITRE() string {
	switch c {
	case Lazarus:
		return "G0032"
	case APT38:
		return "G0082"
	case Andariel:
		return "G0138"
	case Kimsuky:
		return "G0094"
	}
	return ""
}

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
