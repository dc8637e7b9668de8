package incidents

import (
	"strconv"
	"strings"

	"github.com/kpledger/kpledger/currency"
)

// Publisher is the normalised body behind an estimate, apart from the
// document or venue it appeared in ([Estimate.Venue]): all of the NIS's
// briefings, books and audits are [NIS]. The zero value is
// [PublisherUnknown].
type Publisher uint8

// The publishers. New values are only appended.
const (
	PublisherUnknown  Publisher = iota // not stated
	NIS                                // South Korea's National Intelligence Service
	ROKIntelligence                    // South Korean "intelligence authorities", no agency named
	Chainalysis                        // Chainalysis
	TRMLabs                            // TRM Labs
	Elliptic                           // Elliptic
	UNPanel                            // the UN Panel of Experts of the 1718 Committee
	FormerUNPanel                      // former members of the UN Panel, after it was disbanded
	FBI                                // the US Federal Bureau of Investigation
	JointStatement                     // the US–Japan–ROK joint statement
	MSMT                               // the Multilateral Sanctions Monitoring Team (11 states)
	USStateDepartment                  // the US Department of State
	USDOJ                              // the US Department of Justice
	USJointAlert                       // a joint alert of US CISA, Treasury, FBI and US Cyber Command
)

func (p Publisher) name() (string, bool) {
	switch p {
	case PublisherUnknown:
		return "unknown", true
	case NIS:
		return "NIS", true
	case ROKIntelligence:
		return "ROK intelligence authorities", true
	case Chainalysis:
		return "Chainalysis", true
	case TRMLabs:
		return "TRM Labs", true
	case Elliptic:
		return "Elliptic", true
	case UNPanel:
		return "UN Panel of Experts", true
	case FormerUNPanel:
		return "former UN Panel members", true
	case FBI:
		return "FBI", true
	case JointStatement:
		return "US–Japan–ROK joint statement", true
	case MSMT:
		return "MSMT", true
	case USStateDepartment:
		return "US State Department", true
	case USDOJ:
		return "US DOJ", true
	case USJointAlert:
		return "US joint alert (CISA, Treasury, FBI, Cyber Command)", true
	}
	return "", false
}

// String returns the publisher's short name, "NIS", "TRM Labs"; an
// undefined value prints as "Publisher(40)".
func (p Publisher) String() string { return enumString(p, "Publisher", Publisher.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (p Publisher) MarshalText() ([]byte, error) {
	return enumMarshal(p, "Publisher", Publisher.name)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (p *Publisher) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Publisher", Publisher.name)
	if err == nil {
		*p = v
	}
	return err
}

func (p Publisher) valid() bool { _, ok := p.name(); return ok }

// PublisherNamed returns the publisher whose String is name, ignoring case
// and surrounding spaces, and false if there is none.
func PublisherNamed(name string) (Publisher, bool) {
	name = strings.TrimSpace(name)
	for p := NIS; p.valid(); p++ {
		if strings.EqualFold(name, p.String()) {
			return p, true
		}
	}
	return PublisherUnknown, false
}

// Revision says how an estimate relates to the earlier one it names in
// [Estimate.Revises]. The zero value is [NoRevision].
type Revision uint8

// The revision kinds. New values are only appended.
const (
	NoRevision Revision = iota // revises nothing
	Restates                   // the same publisher's new figure for the same period and scope
	Supersedes                 // replaces an earlier, narrower figure (a mid-year all-actors count by the full year's)
	Extends                    // carries an earlier figure forward to a longer period
)

func (r Revision) name() (string, bool) {
	switch r {
	case NoRevision:
		return "none", true
	case Restates:
		return "restates", true
	case Supersedes:
		return "supersedes", true
	case Extends:
		return "extends", true
	}
	return "", false
}

// String returns "restates", "supersedes", "extends" or "none"; an
// undefined value prints as "Revision(9)".
func (r Revision) String() string { return enumString(r, "Revision", Revision.name) }

// MarshalText implements [encoding.TextMarshaler] with the String form. It
// fails for an undefined value.
func (r Revision) MarshalText() ([]byte, error) { return enumMarshal(r, "Revision", Revision.name) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns for defined values.
func (r *Revision) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(text, "Revision", Revision.name)
	if err == nil {
		*r = v
	}
	return err
}

func (r Revision) valid() bool { _, ok := r.name(); return ok }

// Count is a number of attacks, incidents or heists a publisher printed
// with its estimate ("58 suspected attacks", "≥7 attacks", "more than 30
// hacks"). The zero Count means none was printed.
type Count struct {
	// N is the number as printed; Qualifier its hedge ("at least", "more
	// than").
	N         int
	Qualifier currency.Qualifier
	// Unit is what was counted, in the source's word: "attacks",
	// "incidents", "heists", "hacks", "exchanges".
	Unit string
}

// IsZero reports whether no count was printed.
func (c Count) IsZero() bool { return c == Count{} }

// String returns "58 attacks", "at least 7 attacks"; the zero Count is "".
func (c Count) String() string {
	if c.IsZero() {
		return ""
	}
	s := strconv.Itoa(c.N) + " " + c.Unit
	if c.Qualifier != currency.Exact {
		s = c.Qualifier.String() + " " + s
	}
	return s
}
