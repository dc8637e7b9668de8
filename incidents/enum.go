package incidents

import "fmt"

// enumName is the switch-based name table of one enumeration: the name of v
// and whether v is a defined value.
type enumName[T ~uint8] func(v T) (string, bool)

// enumString returns v's name, or "Type(17)" for an undefined value.
func enumString[T ~uint8](v T, typ string, name enumName[T]) string {
	if s, ok := name(v); ok {
		return s
	}
	return fmt.Sprintf("%s(%d)", typ, uint8(v))
}

// enumMarshal returns v's name, or an error for an undefined value.
func enumMarshal[T ~uint8](v T, typ string, name enumName[T]) ([]byte, error) {
	if s, ok := name(v); ok {
		return []byte(s), nil
	}
	return nil, fmt.Errorf("incidents: cannot marshal invalid %s(%d)", typ, uint8(v))
}

// enumUnmarshal reads a name that enumString returns for a defined value.
func enumUnmarshal[T ~uint8](text []byte, typ string, name enumName[T]) (T, error) {
	for i := range 256 {
		v := T(i)
		s, ok := name(v)
		if !ok {
			break
		}
		if s == string(text) {
			return v, nil
		}
	}
	return 0, fmt.Errorf("incidents: unknown %s %q", typ, text)
}
