package sanctions

import (
	"fmt"
	"time"
)

// Precision says how much of a [Trade]'s Date is known: trade statistics
// come by month or year, not by day. The zero value is PrecisionUnknown,
// which the package reads as a full day, so a Trade with only a Date is a
// day record. New values are only appended.
type Precision uint8

// The precisions of a trade record's date.
const (
	PrecisionUnknown Precision = iota // not stated; read as a day
	PrecisionDay                      // the calendar day of Date
	PrecisionMonth                    // the calendar month containing Date ("201710" in Comtrade)
	PrecisionYear                     // the calendar year containing Date ("2017")
)

const numPrecisions = 4

// String returns "unknown", "day", "month" or "year".
func (p Precision) String() string {
	switch p {
	case PrecisionUnknown:
		return "unknown"
	case PrecisionDay:
		return "day"
	case PrecisionMonth:
		return "month"
	case PrecisionYear:
		return "year"
	}
	return fmt.Sprintf("Precision(%d)", uint8(p))
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (p Precision) MarshalText() ([]byte, error) {
	return marshalEnum("Precision", p, numPrecisions, Precision.String)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it takes the forms
// String returns.
func (p *Precision) UnmarshalText(text []byte) error {
	v, err := unmarshalEnum("Precision", text, numPrecisions, Precision.String)
	if err == nil {
		*p = v
	}
	return err
}

// span returns the first and last day numbers of the day, month or year
// containing t.
func (p Precision) span(t time.Time) (first, last int64) {
	y, m, d := t.Date()
	switch p {
	case PrecisionMonth:
		first = daysFromCivil(int64(y), int64(m), 1)
		if m == time.December {
			return first, daysFromCivil(int64(y)+1, 1, 1) - 1
		}
		return first, daysFromCivil(int64(y), int64(m)+1, 1) - 1
	case PrecisionYear:
		return daysFromCivil(int64(y), 1, 1), daysFromCivil(int64(y)+1, 1, 1) - 1
	}
	n := daysFromCivil(int64(y), int64(m), int64(d))
	return n, n
}

// dayTime returns midnight UTC of day number n.
func dayTime(n int64) time.Time { return time.Unix(n*86400, 0).UTC() }
